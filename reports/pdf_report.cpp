#include "pdf_report.h"

#include "chart.h"
#include "pdf_layout.h"
#include "report_text.h"

#include <QBuffer>
#include <QPageSize>

namespace relief::reports {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

QColor severity_colour(AlertSeverity s) {
    switch (s) {
        case AlertSeverity::urgent: return QColor("#b3261e");
        case AlertSeverity::warning: return QColor("#a15c00");
        case AlertSeverity::info: return QColor("#2f6fb5");
    }
    return QColor("#2f6fb5");
}

std::string person_line(const VisitReport& r) {
    std::string out = r.profile.name.value_or("Name not given");
    if (r.age) out += ", " + std::to_string(*r.age) + " years";
    if (!r.profile.conditions.empty()) {
        out += "; ";
        for (std::size_t i = 0; i < r.profile.conditions.size(); ++i)
            out += (i ? ", " : "") + readable_term(r.profile.conditions[i]);
    }
    return out;
}

void decorate(PdfLayout& l, const VisitReport& r, int page, int pages) {
    QPainter& p = l.painter();
    const double u = l.pt();
    const QRectF text = l.text_area();
    const double top = text.top() - 34 * u;
    p.setFont(l.font(8, true));
    p.setPen(QColor("#1d4f86"));
    p.drawText(QRectF(text.left(), top, text.width(), 12 * u), Qt::AlignLeft, "Relief Journal - visit report");
    p.setFont(l.font(8));
    p.setPen(QColor("#5f6670"));
    p.drawText(QRectF(text.left(), top, text.width(), 12 * u), Qt::AlignRight,
               q(r.profile.name.value_or("") + (r.profile.name ? " - " : "") + period_text(r.period)));
    p.setPen(QPen(QColor("#c9d6e3"), 0.8 * u));
    p.drawLine(QPointF(text.left(), top + 15 * u), QPointF(text.right(), top + 15 * u));
    const double foot = text.bottom() + 14 * u;
    p.setFont(l.font(7.5));
    p.setPen(QColor("#5f6670"));
    p.drawText(QRectF(text.left(), foot, text.width(), 12 * u), Qt::AlignLeft,
               q("Generated " + day_text(r.generated_on) + ". A patient's journal, not a medical device."));
    p.drawText(QRectF(text.left(), foot, text.width(), 12 * u), Qt::AlignRight,
               QString("Page %1 of %2").arg(page).arg(std::max(page, pages)));
}

void title_block(PdfLayout& l, const VisitReport& r) {
    l.paragraph("Visit report", l.font(20, true), QColor("#1d4f86"));
    l.paragraph(q(person_line(r)), l.font(10.5, true));
    std::string period = "Period: " + period_text(r.period);
    if (r.last_visit) period += ". Last visit: " + day_text(*r.last_visit) + ".";
    l.paragraph(q(period), l.font(9.5), QColor("#394049"));
    l.space(6);
}

void summary(PdfLayout& l, const VisitReport& r) {
    int urgent = 0, warning = 0, info = 0;
    for (const auto& a : r.alerts)
        (a.alert.severity == AlertSeverity::urgent ? urgent : a.alert.severity == AlertSeverity::warning ? warning : info)++;
    std::vector<QString> lines;
    lines.push_back(q("Pain: " + pain_change_text(r.pain) + "."));
    for (const auto& m : r.medications)
        if (m.adherence && m.adherence->scheduled > 0)
            lines.push_back(QString("%1: %2 of %3 scheduled doses taken (%4 %)%5.")
                                .arg(q(m.label))
                                .arg(m.adherence->taken)
                                .arg(m.adherence->scheduled)
                                .arg(m.adherence->percent())
                                .arg(m.adherence->late ? QString(", %1 of them late").arg(m.adherence->late) : QString()));
    lines.push_back(QString("Alerts in this period: %1 urgent, %2 warning, %3 info.").arg(urgent).arg(warning).arg(info));
    lines.push_back(q("Cramps: " + std::to_string(r.cramps.count) + " on " + count_text(r.cramps.days, "day") +
                      ". Side effects: " + std::to_string(r.side_effects.size()) + " kinds logged."));
    const QFont f = l.font(9.5);
    double h = 10;
    for (const auto& line : lines) h += l.text_height(line, f, l.text_area().width() - 24 * l.pt()) / l.pt() + 3;
    l.block(h, [&](const QRectF& rect) {
        QPainter& p = l.painter();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor("#f1f6fb"));
        p.drawRoundedRect(rect, 4 * l.pt(), 4 * l.pt());
        p.setFont(f);
        p.setPen(QColor("#1f2328"));
        double y = rect.top() + 5 * l.pt();
        for (const auto& line : lines) {
            const double lh = l.text_height(line, f, rect.width() - 24 * l.pt());
            p.drawText(QRectF(rect.left() + 12 * l.pt(), y, rect.width() - 24 * l.pt(), lh), Qt::TextWordWrap, line);
            y += lh + 3 * l.pt();
        }
    });
    l.space(8);
}

void charts(PdfLayout& l, const VisitReport& r) {
    l.block(175, [&](const QRectF& rect) { draw_pain_chart(l.painter(), rect, r, l.pt()); });
    l.space(4);
    const double dose_height = 40 + 34 * double(std::max<std::size_t>(1, r.medications.size()));
    l.block(std::min(150.0, dose_height), [&](const QRectF& rect) { draw_dose_chart(l.painter(), rect, r, l.pt()); });
    l.block(110, [&](const QRectF& rect) { draw_events_chart(l.painter(), rect, r, l.pt()); });
}

void questions(PdfLayout& l, const VisitReport& r) {
    l.heading("Questions to ask");
    if (r.questions.empty()) l.paragraph("No alerts in this period raised a question.", l.font(9.5));
    for (const auto& question : r.questions) l.paragraph(q("- " + question), l.font(9.5), QColor("#1f2328"), 6);
}

void alerts(PdfLayout& l, const VisitReport& r) {
    l.heading("Alerts");
    if (r.alerts.empty()) l.paragraph("No alerts were raised in this period.", l.font(9.5));
    for (const auto& a : r.alerts) {
        std::string head = severity_label(a.alert.severity) + ": " + a.alert.title + "  (raised " +
                           day_text(a.alert.raised_on) + ")";
        if (a.discussed_on) head += "  - discussed " + day_text(*a.discussed_on);
        std::string evidence;
        for (const auto& e : a.alert.evidence) evidence += (evidence.empty() ? "" : "\n") + e.label + ": " + e.value;
        std::string sources = "Sources: ";
        for (std::size_t i = 0; i < a.alert.sources.size(); ++i) sources += (i ? "; " : "") + a.alert.sources[i];
        const double w = l.text_area().width() - 10 * l.pt();
        const double h = (l.text_height(q(head), l.font(9.5, true), w) + l.text_height(q(a.alert.message), l.font(9), w) +
                          l.text_height(q(evidence), l.font(8), w) + l.text_height(q(sources), l.font(7.5), w)) /
                             l.pt() + 16;
        l.keep(h);  // one alert never splits across pages
        l.paragraph(q(head), l.font(9.5, true), severity_colour(a.alert.severity));
        l.paragraph(q(a.alert.message), l.font(9), QColor("#1f2328"), 10);
        l.paragraph(q(evidence), l.font(8), QColor("#394049"), 10);
        l.paragraph(q(sources), l.font(7.5), QColor("#5f6670"), 10);
        l.space(6);
    }
}

void medications(PdfLayout& l, const VisitReport& r) {
    l.heading("Medications");
    if (r.medications.empty()) {
        l.paragraph("No medications were taken or scheduled in this period.", l.font(9.5));
        return;
    }
    std::vector<std::vector<QString>> rows;
    for (const auto& m : r.medications)
        rows.push_back({q(m.label + "\n" + m.class_text), q(m.schedule_text), QString::number(m.days_used),
                        q(m.total.to_string()), q(m.days_used ? m.mean_daily.to_string() : "-"),
                        q(m.days_used ? m.highest_daily.to_string() : "-"), q(adherence_text(m)),
                        m.course_day ? QString("day %1").arg(*m.course_day) : QString("-")});
    l.table({{"Medication", 0.22}, {"Schedule", 0.18}, {"Days used", 0.08, Qt::AlignRight},
             {"Total", 0.1, Qt::AlignRight}, {"Mean a day", 0.1, Qt::AlignRight},
             {"Highest a day", 0.1, Qt::AlignRight}, {"Adherence", 0.14}, {"Course", 0.08, Qt::AlignRight}},
            rows);
}

std::string counts_text(const std::vector<Count>& counts, const char* unit) {
    std::string out;
    for (const auto& c : counts)
        out += (out.empty() ? "" : ", ") + readable_term(c.name) + " (" + std::to_string(c.count) + " " + unit + ")";
    return out.empty() ? "none logged" : out;
}

void pain(PdfLayout& l, const VisitReport& r) {
    l.heading("Pain");
    const PainTrend& p = r.pain;
    std::vector<std::vector<QString>> rows{
        {"Scores logged", q(std::to_string(p.scores) + " on " + std::to_string(p.days_logged) + " of " +
                            count_text(r.period.days(), "day"))},
        {"Baseline (first logged days)", q(mean_text(p.baseline) +
                                           (p.baseline_from ? " (" + day_text(*p.baseline_from) + " to " +
                                                                  day_text(*p.baseline_to) + ")"
                                                            : ""))},
        {"Latest 7-day mean", q(mean_text(p.latest))},
        {"Change", q(pain_change_text(p))},
        {"Lowest and highest score", p.lowest ? QString("%1 and %2").arg(*p.lowest).arg(*p.highest) : QString("-")},
        {"Where (days)", q(counts_text(r.pain_locations, "days"))},
        {"What it felt like (days)", q(counts_text(r.pain_qualities, "days"))}};
    l.table({{"", 0.3}, {"", 0.7}}, rows);
}

void side_effects(PdfLayout& l, const VisitReport& r) {
    l.heading("Side effects");
    if (r.side_effects.empty()) {
        l.paragraph("No side effects were logged in this period.", l.font(9.5));
        return;
    }
    std::vector<std::vector<QString>> rows;
    for (const auto& s : r.side_effects)
        rows.push_back({q(readable_term(s.name)), QString::number(s.count), QString::number(s.mild),
                        QString::number(s.moderate), QString::number(s.severe)});
    l.table({{"Side effect", 0.4}, {"Times", 0.15, Qt::AlignRight}, {"Mild", 0.15, Qt::AlignRight},
             {"Moderate", 0.15, Qt::AlignRight}, {"Severe", 0.15, Qt::AlignRight}},
            rows);
}

void cramps_and_more(PdfLayout& l, const VisitReport& r) {
    l.heading("Cramps, measures, alcohol and fluids");
    const CrampSummary& c = r.cramps;
    std::vector<std::vector<QString>> rows{
        {"Cramps", c.count == 0 ? QString("none logged")
                                : q(std::to_string(c.count) + " on " + count_text(c.days, "day") + ", " +
                                    std::to_string(c.nights) + " at night (22:00-06:00)")},
        {"Cramp durations", c.longest_minutes ? QString("%1 minutes in all, longest %2").arg(c.total_minutes).arg(*c.longest_minutes)
                                              : QString("-")},
        {"Cramp locations", q(counts_text(c.locations, "times"))},
        {"Non-drug measures", q(counts_text(r.measures, "times"))},
        {"Alcohol", r.intake.alcohol_drinks == 0 ? QString("none logged")
                                                 : q(count_text(r.intake.alcohol_drinks, "drink") + " on " +
                                                     count_text(r.intake.alcohol_days, "day"))},
        {"Fluids", r.intake.fluid_days == 0
                       ? QString("not logged")
                       : q("logged on " + count_text(r.intake.fluid_days, "day") + ", mean " +
                           mean_text(r.intake.mean_glasses) + " glasses; " +
                           count_text(r.intake.low_fluid_days, "low day"))}};
    l.table({{"", 0.3}, {"", 0.7}}, rows);
}

void notes(PdfLayout& l, const VisitReport& r) {
    l.heading("Notes");
    if (r.notes.empty()) {
        l.paragraph("No notes were written in this period.", l.font(9.5));
        return;
    }
    std::vector<std::vector<QString>> rows;
    for (const auto& n : r.notes)
        rows.push_back({q(format_local(n.at, Zone::locate(n.zone))), q(n.text)});
    l.table({{"When", 0.2}, {"Note", 0.8}}, rows);
}

int render(QPdfWriter& writer, const VisitReport& r, int total_pages) {
    PdfLayout l(writer, total_pages, [&](PdfLayout& layout, int page, int pages) { decorate(layout, r, page, pages); });
    title_block(l, r);
    summary(l, r);
    charts(l, r);
    questions(l, r);
    alerts(l, r);
    medications(l, r);
    pain(l, r);
    side_effects(l, r);
    cramps_and_more(l, r);
    notes(l, r);
    return l.pages();
}

void set_up(QPdfWriter& writer, PaperSize paper) {
    writer.setPageSize(QPageSize(paper == PaperSize::letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(720);
    writer.setTitle("Relief Journal visit report");
    writer.setCreator("Relief Journal");
}

}  // namespace

QByteArray render_pdf(const VisitReport& report, PaperSize paper) {
    int pages = 0;
    {
        QBuffer scratch;
        scratch.open(QIODevice::WriteOnly);
        QPdfWriter counting(&scratch);
        set_up(counting, paper);
        pages = render(counting, report, 0);
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        set_up(writer, paper);
        render(writer, report, pages);
    }
    return pdf;
}

}  // namespace relief::reports
