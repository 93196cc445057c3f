#include "chart.h"

#include "report_text.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <functional>
#include "core/entry.h"
#include "core/translate.h"
#include <cmath>
#include <map>

namespace relief::reports {

namespace {

QString tq(const std::string& text) { return QString::fromStdString(text); }

struct Palette {
    QColor background, text, muted, grid, pain, rolling, baseline, bar;
};

Palette palette(ChartTheme theme) {
    if (theme == ChartTheme::dark)
        return {QColor("#1e2126"), QColor("#e8eaed"), QColor("#a0a6ad"), QColor("#3a3f46"),
                QColor("#7fb2ff"), QColor("#ffb870"), QColor("#9fd49f"), QColor("#7fb2ff")};
    return {QColor("#ffffff"), QColor("#1f2328"), QColor("#5f6670"), QColor("#e3e6ea"),
            QColor("#2f6fb5"), QColor("#c2570c"), QColor("#2e7d32"), QColor("#4a86c5")};
}

QFont chart_font(double point, double size, bool bold = false) {
    QFont f("DejaVu Sans");
    f.setPixelSize(std::max(1, int(std::lround(size * point))));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

// The horizontal layout both charts share, so their days line up one above the other.
struct DayAxis {
    LocalDay from{};
    int days = 1;
    double left = 0, width = 0;
    double x(LocalDay d) const { return left + (double((d - from).count()) + 0.5) * width / days; }
    double slot() const { return width / days; }
};

DayAxis day_axis(const QRectF& plot, const VisitReport& report) {
    const LocalDay from = report.chart_from();
    return DayAxis{from, std::max(1, int((report.period.to - from).count()) + 1), plot.left(), plot.width()};
}

// A legend on the title's line, right-aligned: a swatch drawn by `mark` and its words, each.
struct LegendItem {
    QString text;
    std::function<void(QPainter&, const QRectF&)> mark;
};

void draw_legend(QPainter& p, const QRectF& area, const std::vector<LegendItem>& items, double point, const Palette& c) {
    p.save();
    p.setFont(chart_font(point, 7));
    const QFontMetricsF fm(p.font());
    double x = area.right();
    const double y = area.top() + 1 * point;
    for (auto it = items.rbegin(); it != items.rend(); ++it) {
        const double w = fm.horizontalAdvance(it->text);
        x -= w;
        p.setPen(c.muted);
        p.drawText(QPointF(x, y + fm.ascent()), it->text);
        x -= 12 * point;
        it->mark(p, QRectF(x, y + 1 * point, 9 * point, fm.ascent() - 1 * point));
        x -= 10 * point;
    }
    p.restore();
}

void draw_day_labels(QPainter& p, const DayAxis& axis, double baseline_y, double point, const Palette& c) {
    p.setFont(chart_font(point, 7.5));
    p.setPen(c.muted);
    const int step = std::max(1, int(std::ceil(axis.days / 7.0)));
    const QFontMetricsF fm(p.font());
    for (int i = 0; i < axis.days; i += step) {
        const LocalDay d = axis.from + date::days{i};
        const QString label = QString::fromStdString(short_day_text(d));
        const double w = fm.horizontalAdvance(label);
        p.drawText(QPointF(axis.x(d) - w / 2, baseline_y + fm.ascent() + 2 * point), label);
    }
}

void draw_title(QPainter& p, const QRectF& area, const QString& title, double point, const Palette& c) {
    p.setFont(chart_font(point, 9, true));
    p.setPen(c.text);
    p.drawText(QPointF(area.left(), area.top() + QFontMetricsF(p.font()).ascent()), title);
}

void draw_empty(QPainter& p, const QRectF& plot, const QString& text, double point, const Palette& c) {
    p.setFont(chart_font(point, 9));
    p.setPen(c.muted);
    p.drawText(plot, Qt::AlignCenter, text);
}

// What every chart starts with: its background and title, and the plot area inside the
// margins for the axis labels.
QRectF begin_chart(QPainter& p, const QRectF& area, const QString& title, double point, const Palette& c) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(area, c.background);
    draw_title(p, area, title, point, c);
    return QRectF(area.left() + 24 * point, area.top() + 18 * point, area.width() - 30 * point, area.height() - 36 * point);
}

// Gridlines and labels every 2 points of a 0-10 score, as y() below places them.
void draw_score_grid(QPainter& p, const QRectF& plot, double point, const Palette& c) {
    const auto y = [&](double v) { return plot.bottom() - v / 10.0 * plot.height(); };
    p.setFont(chart_font(point, 7.5));
    const QFontMetricsF fm(p.font());
    for (int v = 0; v <= 10; v += 2) {
        p.setPen(QPen(c.grid, 0.6 * point));
        p.drawLine(QPointF(plot.left(), y(v)), QPointF(plot.right(), y(v)));
        p.setPen(c.muted);
        const QString label = QString::number(v);
        p.drawText(QPointF(plot.left() - fm.horizontalAdvance(label) - 4 * point, y(v) + fm.ascent() / 2 - point),
                   label);
    }
}

}  // namespace

void draw_pain_chart(QPainter& p, const QRectF& area, const VisitReport& report, double point, ChartTheme theme) {
    const Palette c = palette(theme);
    const QRectF plot = begin_chart(p, area, tq(translate("relief::reports::chart", "Pain (0-10)")), point, c);

    const auto y = [&](double v) { return plot.bottom() - v / 10.0 * plot.height(); };

    draw_score_grid(p, plot, point, c);
    const DayAxis axis = day_axis(plot, report);
    draw_day_labels(p, axis, plot.bottom(), point, c);
    if (report.pain.daily.empty()) {
        draw_empty(p, plot, tq(translate("relief::reports::chart", "No pain scores were logged in this period.")), point, c);
        p.restore();
        return;
    }
    draw_legend(p, area,
                {{tq(translate("relief::reports::chart", "daily mean", "legend")),
                  [&](QPainter& q, const QRectF& r) {
                      q.setPen(Qt::NoPen);
                      q.setBrush(c.pain);
                      q.drawEllipse(r.center(), 2.2 * point, 2.2 * point);
                  }},
                 {tq(translate("relief::reports::chart", "7-day mean", "legend")),
                  [&](QPainter& q, const QRectF& r) {
                      q.setPen(QPen(c.rolling, 2 * point));
                      q.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
                  }},
                 {tq(translate("relief::reports::chart", "period mean", "legend")),
                  [&](QPainter& q, const QRectF& r) {
                      q.setPen(QPen(c.baseline, 1.2 * point, Qt::DashLine));
                      q.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
                  }}},
                point, c);
    // The same mean as the summary's "This period", not a baseline of its own.
    if (report.pain.mean) {
        p.setPen(QPen(c.baseline, 1.2 * point, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), y(*report.pain.mean)), QPointF(plot.right(), y(*report.pain.mean)));
    }
    // The 7-day line breaks where a window has too few scores rather than bridging the gap.
    QPainterPath line;
    LocalDay previous{};
    for (const auto& v : report.pain.rolling) {
        const QPointF pt(axis.x(v.day), y(v.value));
        if (line.elementCount() == 0 || v.day - previous > date::days{1}) line.moveTo(pt);
        else line.lineTo(pt);
        previous = v.day;
    }
    p.setPen(QPen(c.rolling, 2 * point, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    p.setPen(Qt::NoPen);
    p.setBrush(c.pain);
    const double r = std::clamp(axis.slot() * 0.3, 1.2 * point, 2.8 * point);
    for (const auto& v : report.pain.daily) p.drawEllipse(QPointF(axis.x(v.day), y(v.value)), r, r);
    p.restore();
}

void draw_peg_chart(QPainter& p, const QRectF& area, const VisitReport& report, double point, ChartTheme theme) {
    const Palette c = palette(theme);
    const PegTrend& peg = report.peg;
    const QRectF plot = begin_chart(p, area, tq(translate("relief::reports::chart", "PEG score (0-10): mean of pain, enjoyment and activity")), point, c);
    const auto y = [&](double v) { return plot.bottom() - v / 10.0 * plot.height(); };
    draw_score_grid(p, plot, point, c);
    const DayAxis axis = day_axis(plot, report);
    draw_day_labels(p, axis, plot.bottom(), point, c);
    if (peg.answers.empty() || !peg.baseline) {
        draw_empty(p, plot, tq(translate("relief::reports::chart", "No PEG answers were logged in this period.")), point, c);
        p.restore();
        return;
    }
    //: The PEG chart's line of the improvement looked for: %1 in percent.
    const QString line_name = tq(fill(translate("relief::reports::chart", "%1 % improvement", "legend"),
                                      {std::to_string(peg.improvement_percent)}));
    std::vector<LegendItem> legend{{tq(translate("relief::reports::chart", "PEG score", "legend")),
                                    [&](QPainter& q, const QRectF& r) {
                                        q.setPen(QPen(c.pain, 1.6 * point));
                                        q.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
                                        q.setPen(Qt::NoPen);
                                        q.setBrush(c.pain);
                                        q.drawEllipse(r.center(), 2.2 * point, 2.2 * point);
                                    }},
                                   {tq(translate("relief::reports::chart", "first answer", "legend")),
                                    [&](QPainter& q, const QRectF& r) {
                                        q.setPen(QPen(c.muted, 1.2 * point, Qt::DotLine));
                                        q.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
                                    }}};
    if (peg.improvement_line)
        legend.push_back({line_name, [&](QPainter& q, const QRectF& r) {
                              q.setPen(QPen(c.baseline, 1.4 * point, Qt::DashLine));
                              q.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
                          }});
    draw_legend(p, area, legend, point, c);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(c.muted, 1.2 * point, Qt::DotLine));
    p.drawLine(QPointF(plot.left(), y(peg.baseline->score)), QPointF(plot.right(), y(peg.baseline->score)));
    if (peg.improvement_line) {
        p.setPen(QPen(c.baseline, 1.4 * point, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), y(*peg.improvement_line)), QPointF(plot.right(), y(*peg.improvement_line)));
    }
    // Answers are weekly or so: one line through them all, a dot for each.
    QPainterPath path;
    for (const auto& a : peg.answers) {
        const QPointF pt(axis.x(a.day), y(a.score));
        if (path.elementCount() == 0) path.moveTo(pt);
        else path.lineTo(pt);
    }
    p.setPen(QPen(c.pain, 1.6 * point, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(c.pain);
    const double r = std::clamp(axis.slot() * 0.35, 2.0 * point, 3.0 * point);
    for (const auto& a : peg.answers) p.drawEllipse(QPointF(axis.x(a.day), y(a.score)), r, r);
    p.restore();
}

void draw_dose_chart(QPainter& p, const QRectF& area, const VisitReport& report, double point, ChartTheme theme) {
    const Palette c = palette(theme);
    const QRectF plot = begin_chart(p, area, tq(translate("relief::reports::chart", "Daily doses: total a day, each row from 0 to its highest day")), point, c);
    const DayAxis axis = day_axis(plot, report);
    draw_day_labels(p, axis, plot.bottom(), point, c);

    std::map<std::string, std::vector<const DoseDay*>> rows;
    for (const auto& d : report.dose_days) rows[d.ingredient].push_back(&d);
    if (rows.empty()) {
        draw_empty(p, plot, tq(translate("relief::reports::chart", "No doses were logged in this period.")), point, c);
        p.restore();
        return;
    }
    // A row per ingredient (Flexeril and Amrix are one drug), named as the person calls it.
    std::map<std::string, std::string> names;
    for (const auto& m : report.medications) {
        auto& name = names[m.medication.ingredient];
        if (name.find(m.medication.name) == std::string::npos) name += (name.empty() ? "" : " + ") + m.medication.name;
    }
    const double row_height = plot.height() / double(rows.size());
    int index = 0;
    for (const auto& [ingredient, days] : rows) {
        const double top = plot.top() + index * row_height;
        Amount highest;
        for (const DoseDay* d : days) highest = std::max(highest, d->total);
        p.setPen(QPen(c.grid, 0.6 * point));
        p.drawLine(QPointF(plot.left(), top + row_height), QPointF(plot.right(), top + row_height));
        const double label_height = 11 * point;
        const double bar_space = std::max(point, row_height - label_height - 2 * point);
        p.setPen(Qt::NoPen);
        p.setBrush(c.bar);
        const double bar_width = std::max(0.5 * point, axis.slot() * 0.7);
        for (const DoseDay* d : days) {
            const double h = bar_space * double(d->total.in_micrograms()) / double(highest.in_micrograms());
            p.drawRect(QRectF(axis.x(d->day) - bar_width / 2, top + row_height - h, bar_width, h));
        }
        p.setFont(chart_font(point, 7.5));
        //: A row of the dose chart: %1 the medication, %2 its highest total in a day ("800 mg").
        const QString label = tq(fill(translate("relief::reports::chart", "%1: highest %2 a day"),
                                      {names[ingredient].empty() ? ingredient : names[ingredient], highest.display()}));
        const QFontMetricsF label_metrics(p.font());
        // On the chart's background, so that bars under it never make it unreadable.
        QColor behind = c.background;
        behind.setAlphaF(0.85f);
        p.fillRect(QRectF(plot.left(), top + point, label_metrics.horizontalAdvance(label) + 4 * point,
                          label_metrics.height()),
                   behind);
        p.setPen(c.text);
        p.drawText(QPointF(plot.left() + 2 * point, top + label_metrics.ascent() + point), label);
        // The row's own axis: 0 at its foot, the highest day at the top of its bars.
        p.setFont(chart_font(point, 6.5));
        p.setPen(c.muted);
        const QFontMetricsF small(p.font());
        p.drawText(QPointF(plot.left() - small.horizontalAdvance("0") - 3 * point, top + row_height), "0");
        p.setPen(QPen(c.grid, 0.6 * point));
        p.drawLine(QPointF(plot.left(), top + row_height - bar_space), QPointF(plot.left(), top + row_height));
        ++index;
    }
    p.restore();
}

void draw_events_chart(QPainter& p, const QRectF& area, const VisitReport& report, double point, ChartTheme theme) {
    const Palette c = palette(theme);
    const QRectF plot = begin_chart(p, area, tq(translate("relief::reports::chart", "Events by day")), point, c);
    const QColor severe_colour("#b3261e"), moderate_colour("#d97706");
    auto swatch = [&](QColor colour, bool round) {
        return [colour, round, point](QPainter& q, const QRectF& r) {
            q.setPen(Qt::NoPen);
            q.setBrush(colour);
            const double side = 3.2 * point;
            if (round) q.drawEllipse(r.center(), side / 2 + 0.4 * point, side / 2 + 0.4 * point);
            else q.drawRect(QRectF(r.center().x() - side / 2, r.center().y() - side / 2, side, side));
        };
    };
    draw_legend(p, area,
                {{tq(translate("relief::reports::chart", "mild", "legend")), swatch(c.pain, true)},
                 {tq(translate("relief::reports::chart", "moderate", "legend")), swatch(moderate_colour, true)},
                 {tq(translate("relief::reports::chart", "severe", "legend")), swatch(severe_colour, true)},
                 {tq(translate("relief::reports::chart", "cramp", "legend")), swatch(c.rolling, false)},
                 {tq(translate("relief::reports::chart", "taken 80 %+", "legend")), swatch(c.baseline, false)},
                 {tq(translate("relief::reports::chart", "50-79 %", "legend")), swatch(moderate_colour, false)},
                 {tq(translate("relief::reports::chart", "under 50 %", "legend")), swatch(severe_colour, false)}},
                point, c);
    const DayAxis axis = day_axis(plot, report);
    draw_day_labels(p, axis, plot.bottom(), point, c);
    const double lane = plot.height() / 3;
    const QString names[] = {tq(translate("relief::reports::chart", "side effects", "lane")),
                             tq(translate("relief::reports::chart", "cramps", "lane")),
                             tq(translate("relief::reports::chart", "doses taken", "lane"))};
    p.setFont(chart_font(point, 7.5));
    for (int i = 0; i < 3; ++i) {
        p.setPen(QPen(c.grid, 0.6 * point));
        p.drawLine(QPointF(plot.left(), plot.top() + (i + 1) * lane), QPointF(plot.right(), plot.top() + (i + 1) * lane));
        p.setPen(c.muted);
        p.drawText(QPointF(plot.left(), plot.top() + i * lane + QFontMetricsF(p.font()).ascent()), names[i]);
    }
    const QColor severe("#b3261e"), moderate("#d97706"), mild(c.pain);
    const double r_max = std::clamp(axis.slot() * 0.45, 1.5 * point, lane * 0.3);
    for (const auto& e : report.day_events) {
        const double x = axis.x(e.day);
        p.setPen(Qt::NoPen);
        if (e.side_effects > 0) {
            const QColor colour = *e.worst_side_effect == Severity::severe     ? severe
                                  : *e.worst_side_effect == Severity::moderate ? moderate
                                                                               : mild;
            p.setBrush(colour);
            const double r = std::min(r_max, r_max * (0.55 + 0.15 * e.side_effects));
            p.drawEllipse(QPointF(x, plot.top() + lane * 0.62), r, r);
        }
        if (e.cramps > 0) {
            p.setBrush(c.rolling);
            for (int k = 0; k < std::min(e.cramps, 3); ++k)
                p.drawRect(QRectF(x - r_max * 0.5, plot.top() + lane * 1.6 - r_max * 0.5 - k * r_max * 1.2, r_max, r_max));
        }
        if (e.scheduled > 0) {
            const double share = double(e.taken) / e.scheduled;
            const double h = (lane - 12 * point) * share;
            p.setBrush(share >= 0.8 ? c.baseline : share >= 0.5 ? moderate : severe);
            const double w = std::max(0.5 * point, axis.slot() * 0.7);
            p.drawRect(QRectF(x - w / 2, plot.top() + 3 * lane - h, w, std::max(h, 0.8 * point)));
        }
    }
    p.restore();
}

QByteArray peg_chart_png(const VisitReport& report, int width, int height) {
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        draw_peg_chart(p, QRectF(0, 0, width, height), report, width / 560.0);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool has_function_days(const VisitReport& report) {
    return std::any_of(report.day_events.begin(), report.day_events.end(),
                       [](const DayEvents& e) { return e.peg || e.sleep_minutes || e.goals_checked > 0; });
}

void draw_function_chart(QPainter& p, const QRectF& area, const VisitReport& report, double point, ChartTheme theme) {
    const Palette c = palette(theme);
    const QRectF plot = begin_chart(p, area, tq(translate("relief::reports::chart", "Function by day")), point, c);
    const DayAxis axis = day_axis(plot, report);
    draw_day_labels(p, axis, plot.bottom(), point, c);
    if (!has_function_days(report)) {
        draw_empty(p, plot, tq(translate("relief::reports::chart", "No PEG, sleep or goals were logged in this period.")), point, c);
        p.restore();
        return;
    }
    const double goal_size = 3.6 * point;
    draw_legend(p, area,
                {{tq(translate("relief::reports::chart", "PEG score", "legend")),
                  [&](QPainter& q, const QRectF& r) {
                      q.setPen(QPen(c.pain, 1.6 * point));
                      q.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
                      q.setPen(Qt::NoPen);
                      q.setBrush(c.pain);
                      q.drawEllipse(r.center(), 2.2 * point, 2.2 * point);
                  }},
                 {tq(translate("relief::reports::chart", "hours slept", "legend")),
                  [&](QPainter& q, const QRectF& r) {
                      q.setPen(Qt::NoPen);
                      q.setBrush(c.rolling);
                      q.drawRect(QRectF(r.center().x() - 1.8 * point, r.top(), 3.6 * point, r.height()));
                  }},
                 {tq(translate("relief::reports::chart", "goal managed", "legend")),
                  [&](QPainter& q, const QRectF& r) {
                      q.setPen(Qt::NoPen);
                      q.setBrush(c.baseline);
                      q.drawRect(QRectF(r.center().x() - goal_size / 2, r.center().y() - goal_size / 2, goal_size, goal_size));
                  }},
                 {tq(translate("relief::reports::chart", "not that day", "legend")),
                  [&](QPainter& q, const QRectF& r) {
                      q.setPen(QPen(c.muted, 1 * point));
                      q.setBrush(Qt::NoBrush);
                      q.drawRect(QRectF(r.center().x() - goal_size / 2, r.center().y() - goal_size / 2, goal_size, goal_size));
                  }}},
                point, c);

    // Lanes: goals the room for their name and two marks, sleep two fifths of the rest, and
    // the PEG (a 0-10 scale) what remains.
    const double label_room = 11 * point;  // each lane's name above what it draws
    const double goal_height = std::min(plot.height() * 0.35, std::max(plot.height() * 0.22, 28 * point));
    const double sleep_height = (plot.height() - goal_height) * 0.4;
    const QRectF peg_lane(plot.left(), plot.top(), plot.width(), plot.height() - goal_height - sleep_height);
    const QRectF sleep_lane(plot.left(), peg_lane.bottom(), plot.width(), sleep_height);
    const QRectF goal_lane(plot.left(), sleep_lane.bottom(), plot.width(), goal_height);
    p.setFont(chart_font(point, 7.5));
    const QFontMetricsF fm(p.font());
    const QString names[] = {tq(translate("relief::reports::chart", "PEG score (0-10: pain, enjoyment, activity)", "lane")),
                             tq(translate("relief::reports::chart", "sleep (hours, 0-12)", "lane")),
                             tq(translate("relief::reports::chart", "goals", "lane"))};
    const QRectF lanes[] = {peg_lane, sleep_lane, goal_lane};
    for (int i = 0; i < 3; ++i) {
        p.setPen(QPen(c.grid, 0.6 * point));
        p.drawLine(QPointF(plot.left(), lanes[i].bottom()), QPointF(plot.right(), lanes[i].bottom()));
        p.setPen(c.muted);
        p.drawText(QPointF(plot.left(), lanes[i].top() + fm.ascent()), names[i]);
    }

    // The PEG: 0 at the lane's foot, 10 under its name; answers are weekly or so, one line
    // through them all and a dot for each.
    const double peg_top = peg_lane.top() + label_room + 2 * point;
    const auto peg_y = [&](double v) { return peg_lane.bottom() - v / 10.0 * (peg_lane.bottom() - peg_top); };
    p.setFont(chart_font(point, 6.5));
    const QFontMetricsF small(p.font());
    for (int v : {0, 5, 10}) {
        p.setPen(QPen(c.grid, 0.6 * point, v == 0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(QPointF(plot.left(), peg_y(v)), QPointF(plot.right(), peg_y(v)));
        p.setPen(c.muted);
        const QString label = QString::number(v);
        p.drawText(QPointF(plot.left() - small.horizontalAdvance(label) - 3 * point, peg_y(v) + small.ascent() / 2 - point),
                   label);
    }
    QPainterPath peg_line;
    for (const auto& e : report.day_events) {
        if (!e.peg) continue;
        const QPointF pt(axis.x(e.day), peg_y(*e.peg));
        if (peg_line.elementCount() == 0) peg_line.moveTo(pt);
        else peg_line.lineTo(pt);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(c.pain, 1.6 * point, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(peg_line);
    p.setPen(Qt::NoPen);
    p.setBrush(c.pain);
    const double r = std::clamp(axis.slot() * 0.35, 1.6 * point, 3.0 * point);
    for (const auto& e : report.day_events)
        if (e.peg) p.drawEllipse(QPointF(axis.x(e.day), peg_y(*e.peg)), r, r);

    // Sleep: a bar a night, 12 hours or more fill the lane.
    const double sleep_top = sleep_lane.top() + label_room + point;
    const double sleep_space = std::max(point, sleep_lane.bottom() - sleep_top);
    p.setPen(c.muted);
    p.drawText(QPointF(plot.left() - small.horizontalAdvance("12") - 3 * point, sleep_top + small.ascent() / 2), "12");
    p.drawText(QPointF(plot.left() - small.horizontalAdvance("0") - 3 * point, sleep_lane.bottom()), "0");
    p.setPen(Qt::NoPen);
    p.setBrush(c.rolling);
    const double bar_width = std::max(0.5 * point, axis.slot() * 0.6);
    for (const auto& e : report.day_events) {
        if (!e.sleep_minutes) continue;
        const double h = std::max(0.8 * point, sleep_space * std::min(1.0, *e.sleep_minutes / (12.0 * 60)));
        p.drawRect(QRectF(axis.x(e.day) - bar_width / 2, sleep_lane.bottom() - h, bar_width, h));
    }

    // Goals: a mark per goal checked that day, the ones managed first (filled).
    const double mark = std::clamp(std::min(axis.slot() * 0.6, (goal_lane.height() - label_room - 3 * point) / 2.6),
                                   2.0 * point, 5.0 * point);
    const double goal_bottom = goal_lane.bottom() - 2 * point;
    for (const auto& e : report.day_events)
        for (int k = 0; k < e.goals_checked; ++k) {
            const QRectF box(axis.x(e.day) - mark / 2, goal_bottom - (k + 1) * mark * 1.3, mark, mark);
            if (k < e.goals_met) {
                p.setPen(Qt::NoPen);
                p.setBrush(c.baseline);
            } else {
                p.setPen(QPen(c.muted, 1 * point));
                p.setBrush(Qt::NoBrush);
            }
            p.drawRect(box);
        }
    p.restore();
}

QByteArray charts_png(const VisitReport& report, int width, int height) {
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const double point = width / 560.0;  // about the width of an A4 text column in points
    {
        QPainter p(&image);
        // The dose chart takes what a taller image adds beyond 900 pixels: a row per drug.
        const double extra = std::max(0, height - 900);
        const double pain_height = (height - extra) * 0.46, dose_height = (height - extra) * 0.27 + extra;
        draw_pain_chart(p, QRectF(0, 0, width, pain_height), report, point);
        draw_dose_chart(p, QRectF(0, pain_height, width, dose_height), report, point);
        draw_events_chart(p, QRectF(0, pain_height + dose_height, width, height - pain_height - dose_height), report, point);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

}  // namespace relief::reports
