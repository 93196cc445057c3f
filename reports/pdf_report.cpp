#include "pdf_report.h"

#include "chart.h"
#include "pdf_layout.h"
#include "report_text.h"

#include "core/translate.h"

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
    std::string out = identity_text(r.profile);
    if (!r.profile.name)
        //: %1 who the report is about without a name ("born 30 Apr 1961, ID MRN-0042").
        out = out.empty() ? translate("relief::reports::pdf_report", "Name not given")
                          : fill(translate("relief::reports::pdf_report", "Name not given, %1"), {out});
    //: %1 who the report is about, %n the age in years.
    if (r.age) out = fill(translate("relief::reports::pdf_report", "%1, %n years", nullptr, *r.age), {out});
    if (!r.profile.conditions.empty()) {
        std::string conditions;
        for (std::size_t i = 0; i < r.profile.conditions.size(); ++i)
            conditions += (i ? ", " : "") + readable_term(r.profile.conditions[i]);
        //: %1 who the report is about, %2 the conditions.
        out = fill(translate("relief::reports::pdf_report", "%1; %2", "person; conditions"), {out, conditions});
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
    p.drawText(QRectF(text.left(), top, text.width(), 12 * u), Qt::AlignLeft,
               q(translate("relief::reports::pdf_report", "Relief Journal - visit report")));
    p.setFont(l.font(8));
    p.setPen(QColor("#5f6670"));
    p.drawText(QRectF(text.left(), top, text.width(), 12 * u), Qt::AlignRight,
               q(identity_text(r.profile) + (identity_text(r.profile).empty() ? "" : " - ") + period_text(r.period)));
    p.setPen(QPen(QColor("#c9d6e3"), 0.8 * u));
    p.drawLine(QPointF(text.left(), top + 15 * u), QPointF(text.right(), top + 15 * u));
    const double foot = text.bottom() + 14 * u;
    p.setFont(l.font(7.5));
    p.setPen(QColor("#5f6670"));
    p.drawText(QRectF(text.left(), foot, text.width(), 12 * u), Qt::AlignLeft,
               q(fill(translate("relief::reports::pdf_report", "Generated %1. A patient's journal, not a medical device."),
                    {day_text(r.generated_on)})));
    p.drawText(QRectF(text.left(), foot, text.width(), 12 * u), Qt::AlignRight,
               q(fill(translate("relief::reports::pdf_report", "Page %1 of %2"),
                    {std::to_string(page), std::to_string(std::max(page, pages))})));
}

void title_block(PdfLayout& l, const VisitReport& r) {
    l.paragraph(q(translate("relief::reports::pdf_report", "Visit report")), l.font(20, true), QColor("#1d4f86"));
    l.paragraph(q(person_line(r)), l.font(10.5, true));
    const std::string period =
        r.last_visit ? fill(translate("relief::reports::pdf_report", "Period: %1. Last visit: %2."),
                            {period_text(r.period), day_text(*r.last_visit)})
                     : fill(translate("relief::reports::pdf_report", "Period: %1"), {period_text(r.period)});
    l.paragraph(q(period), l.font(9.5), QColor("#394049"));
    l.space(6);
}

void summary(PdfLayout& l, const VisitReport& r) {
    std::vector<QString> lines;
    lines.push_back(q(headline_text(r)));
    // Adherence is in the medication table just below; the box says only what it adds.
    if (const auto low = low_adherence_line(r); !low.empty()) lines.push_back(q(low));
    lines.push_back(q(current_alerts_line(r)));
    for (const auto& line : alert_title_lines(r)) lines.push_back(q(line));
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
    l.space(4);
}

void medications(PdfLayout& l, const VisitReport& r) {
    l.heading(q(translate("relief::reports::pdf_report", "Medications")));
    if (r.medications.empty()) {
        l.paragraph(q(translate("relief::reports::pdf_report", "No medications were taken or scheduled in this period.")),
                    l.font(9.5));
        return;
    }
    std::vector<std::vector<QString>> rows;
    for (const auto& m : r.medications) {
        std::string prescription = m.schedule_text;
        for (const auto& c : m.changes)
            //: A change of prescription: %1 the day, %2 the new dose and schedule.
            prescription += "\n" + fill(translate("relief::reports::pdf_report", "changed %1: %2"),
                                        {day_text(c.from), prescription_text(c.dose, c.schedule)});
        rows.push_back({q(m.label + "\n" + m.class_text), q(prescription), q(medication_dates_text(m)),
                        q(amount_summary_text(m)), q(adherence_text(m)),
                        //: The day of a course of a muscle relaxant taken day after day.
                        m.course_day ? q(fill(translate("relief::reports::pdf_report", "day %1", "course"),
                                              {std::to_string(*m.course_day)}))
                                     : QString("-")});
    }
    l.table({{q(translate("relief::reports::pdf_report", "Medication")), 0.2},
             {q(translate("relief::reports::pdf_report", "Prescription")), 0.18},
             {q(translate("relief::reports::pdf_report", "Dates")), 0.15},
             {q(translate("relief::reports::pdf_report", "Taken in the period")), 0.24},
             {q(translate("relief::reports::pdf_report", "Adherence")), 0.15},
             {q(translate("relief::reports::pdf_report", "Course")), 0.08, Qt::AlignRight}},
            rows);
}

enum class Unit { day, time };

std::string counts_text(const std::vector<Count>& counts, Unit unit) {
    std::string out;
    for (const auto& c : counts)
        //: A place or a kind and how often: %1 the term, %2 the count ("3 days", "2 times").
        out += (out.empty() ? "" : ", ") + fill(translate("relief::reports::pdf_report", "%1 (%2)", "term (count)"),
                                                {term_text(c.name), unit == Unit::day ? days_text(c.count) : times_text(c.count)});
    return out.empty() ? translate("relief::reports::pdf_report", "none logged") : out;
}

const std::vector<PdfLayout::Column> fact_columns{{"", 0.26}, {"", 0.74}};

std::vector<std::vector<QString>> function_rows(const VisitReport& r) {
    std::vector<std::vector<QString>> rows;
    for (const auto& [label, text] : function_facts(r)) rows.push_back({q(label), q(text)});
    return rows;
}

void pain(PdfLayout& l, const VisitReport& r) {
    l.heading(q(translate("relief::reports::pdf_report", "Pain (0-10)")), 240);
    const PainTrend& p = r.pain;
    std::vector<std::vector<QString>> rows{
        {q(translate("relief::reports::pdf_report", "This period")), q(pain_period_text(p))},
        {q(translate("relief::reports::pdf_report", "Against the period before")), q(pain_comparison_text(p, r.period))}};
    if (const auto weeks = pain_weeks_text(p); !weeks.empty())
        rows.push_back({q(translate("relief::reports::pdf_report", "Last 7 days")), q(weeks)});
    const int days = r.period.days();
    const std::string scores = std::to_string(p.scores), logged = std::to_string(p.days_logged);
    //: %1 pain scores logged on %2 of the %n days of the period.
    rows.push_back({q(translate("relief::reports::pdf_report", "Scores logged")),
                    q(days == 1 ? fill(translate("relief::reports::pdf_report", "%1 on %2 of %n day", nullptr, days), {scores, logged})
                                : fill(translate("relief::reports::pdf_report", "%1 on %2 of %n days", nullptr, days), {scores, logged}))});
    rows.push_back({q(translate("relief::reports::pdf_report", "Where")), q(counts_text(r.pain_locations, Unit::day))});
    rows.push_back({q(translate("relief::reports::pdf_report", "What it felt like")), q(counts_text(r.pain_qualities, Unit::day))});
    l.table(fact_columns, rows);
    // Page one ends with the Function sentences where there are any: the pain chart gives
    // up to 60 points of its height for them rather than send them to the next page (German
    // and Spanish sentences are a fifth to a third longer than English ones).
    double chart = 175;
    if (r.has_function()) {
        const auto function = function_rows(r);
        const double needed = chart + l.heading_height(q(translate("relief::reports::pdf_report", "Function"))) + l.table_height(fact_columns, function);
        if (needed > l.remaining() && needed - l.remaining() <= 60) chart -= needed - l.remaining();
    }
    l.block(chart, [&](const QRectF& rect) { draw_pain_chart(l.painter(), rect, r, l.pt()); });
}

// Function, sleep, goals and the global impression of change, only where logged: one
// sentence each, then the PEG chart against its first answer and the 30 % line. The
// sentences stay on the page of the pain chart (pain() leaves them room); the chart
// follows them when it fits, or opens the next page.
void function(PdfLayout& l, const VisitReport& r) {
    if (!r.has_function()) return;
    const auto rows = function_rows(r);
    l.heading(q(translate("relief::reports::pdf_report", "Function")), l.table_height(fact_columns, rows));
    l.table(fact_columns, rows);
    if (!r.peg.answers.empty())
        l.block(110, [&](const QRectF& rect) { draw_peg_chart(l.painter(), rect, r, l.pt()); });
}

void symptoms(PdfLayout& l, const VisitReport& r) {
    l.heading(q(translate("relief::reports::pdf_report", "Symptoms logged")));
    if (r.symptoms.empty()) {
        l.paragraph(q(translate("relief::reports::pdf_report", "No symptoms were logged in this period.")), l.font(9.5));
        return;
    }
    for (const auto& s : r.symptoms) l.paragraph(q("- " + symptom_text(s)), l.font(9.5), QColor("#1f2328"), 6);
}

double alert_height(PdfLayout& l, const std::string& head, const std::string& evidence, const std::string& sources) {
    const double w = l.text_area().width() - 10 * l.pt();
    return (l.text_height(q(head), l.font(9.5, true), w) + l.text_height(q(evidence), l.font(8.5), w) +
            l.text_height(q(sources), l.font(7.5), w)) / l.pt() + 14;
}

void alerts(PdfLayout& l, const VisitReport& r) {
    struct Shown {
        const ReportAlert* a;
        std::string head, evidence, sources;
    };
    std::vector<Shown> shown;
    for (const auto& a : r.alerts) {
        //: An alert's heading: %1 its severity ("Urgent"), %2 its title, %3 the day it was raised.
        std::string head = fill(translate("relief::reports::pdf_report", "%1: %2  (raised %3)"),
                                {severity_label(a.alert.severity), a.alert.title, day_text(a.alert.raised_on)});
        //: %1 an alert's heading, %2 the day it was discussed with the clinician.
        if (a.discussed_on)
            head = fill(translate("relief::reports::pdf_report", "%1  - discussed %2"), {head, day_text(*a.discussed_on)});
        std::string evidence;
        for (const auto& e : a.alert.evidence)
            evidence += (evidence.empty() ? "" : "\n") + e.label + ": " + evidence_text(e.value);
        std::string list;
        for (std::size_t i = 0; i < a.alert.sources.size(); ++i) list += (i ? "; " : "") + a.alert.sources[i];
        //: %1 the medical sources of an alert, separated by semicolons.
        const std::string sources = fill(translate("relief::reports::pdf_report", "Sources: %1"), {list});
        shown.push_back({&a, head, evidence, sources});
    }
    l.heading(q(translate("relief::reports::pdf_report", "Current alerts")), shown.empty() ? 30 : alert_height(l, shown[0].head, shown[0].evidence, shown[0].sources));
    if (shown.empty())
        l.paragraph(q(translate("relief::reports::pdf_report", "No alerts are current at the end of this period.")), l.font(9.5));
    for (const auto& s : shown) {
        l.keep(alert_height(l, s.head, s.evidence, s.sources));  // one alert never splits across pages
        l.paragraph(q(s.head), l.font(9.5, true), severity_colour(s.a->alert.severity));
        l.paragraph(q(s.evidence), l.font(8.5), QColor("#1f2328"), 10);
        l.paragraph(q(s.sources), l.font(7.5), QColor("#5f6670"), 10);
        l.space(4);
    }
    if (!r.resolved_alerts.empty()) {
        std::string line;
        for (std::size_t i = 0; i < r.resolved_alerts.size(); ++i)
            line += (i ? "; " : "") + resolved_alert_text(r.resolved_alerts[i]);
        //: %1 the alerts resolved in the period, separated by semicolons.
        l.paragraph(q(fill(translate("relief::reports::pdf_report", "Resolved: %1."), {line})), l.font(8.5), QColor("#394049"));
    }
}

void questions(PdfLayout& l, const VisitReport& r) {
    l.heading(q(translate("relief::reports::pdf_report", "Questions to ask")));
    if (r.questions.empty()) l.paragraph(q(translate("relief::reports::pdf_report", "No current alert raises a question.")), l.font(9.5));
    for (const auto& question : r.questions) l.paragraph(q("- " + question), l.font(9.5), QColor("#1f2328"), 6);
}

void dose_and_event_charts(PdfLayout& l, const VisitReport& r) {
    l.heading(q(translate("relief::reports::pdf_report", "Doses and events by day")), 150);
    const double dose_height = 40 + 30 * double(std::max<std::size_t>(1, r.medications.size()));
    l.block(std::min(220.0, dose_height), [&](const QRectF& rect) { draw_dose_chart(l.painter(), rect, r, l.pt()); });
    l.block(120, [&](const QRectF& rect) { draw_events_chart(l.painter(), rect, r, l.pt()); });
}

void side_effects(PdfLayout& l, const VisitReport& r) {
    l.heading(q(translate("relief::reports::pdf_report", "Side effects")));
    if (r.side_effects.empty()) {
        l.paragraph(q(translate("relief::reports::pdf_report", "No side effects were logged in this period.")), l.font(9.5));
        return;
    }
    std::vector<std::vector<QString>> rows;
    for (const auto& s : r.side_effects)
        rows.push_back({q(readable_term(s.name)), QString::number(s.count), QString::number(s.mild),
                        QString::number(s.moderate), QString::number(s.severe)});
    l.table({{q(translate("relief::reports::pdf_report", "Side effect")), 0.4},
             {q(translate("relief::reports::pdf_report", "Times")), 0.15, Qt::AlignRight},
             {q(translate("relief::reports::pdf_report", "Mild")), 0.15, Qt::AlignRight},
             {q(translate("relief::reports::pdf_report", "Moderate")), 0.15, Qt::AlignRight},
             {q(translate("relief::reports::pdf_report", "Severe")), 0.15, Qt::AlignRight}},
            rows);
}

void cramps_and_more(PdfLayout& l, const VisitReport& r) {
    l.heading(q(translate("relief::reports::pdf_report", "Cramps")));
    const CrampSummary& c = r.cramps;
    if (c.count == 0) {
        l.paragraph(q(translate("relief::reports::pdf_report", "No cramps were logged in this period.")), l.font(9.5));
    } else {
        const std::string count = std::to_string(c.count), nights = std::to_string(c.nights);
        //: %1 cramps on %n days, %2 of them at night.
        const std::string cramps =
            c.days == 1 ? fill(translate("relief::reports::pdf_report", "%1 on %n day, %2 at night (22:00-06:00)", nullptr, c.days), {count, nights})
                        : fill(translate("relief::reports::pdf_report", "%1 on %n days, %2 at night (22:00-06:00)", nullptr, c.days), {count, nights});
        //: %1 the minutes of cramps in all, %2 the longest cramp ("12 minutes").
        const std::string durations =
            c.longest_minutes ? fill(translate("relief::reports::pdf_report", "%1 in all, longest %2"),
                                     {minutes_text(c.total_minutes), minutes_text(*c.longest_minutes)})
                              : translate("relief::reports::pdf_report", "not given");
        l.table({{"", 0.3}, {"", 0.7}},
                {{q(translate("relief::reports::pdf_report", "Cramps")), q(cramps)},
                 {q(translate("relief::reports::pdf_report", "Durations")), q(durations)},
                 {q(translate("relief::reports::pdf_report", "Where")), q(counts_text(c.locations, Unit::time))}});
    }
    l.heading(q(translate("relief::reports::pdf_report", "Non-drug measures")));
    if (r.measures.empty())
        l.paragraph(q(translate("relief::reports::pdf_report", "No non-drug measures were logged in this period.")), l.font(9.5));
    else l.paragraph(q(counts_text(r.measures, Unit::time)), l.font(9.5));
    l.heading(q(translate("relief::reports::pdf_report", "Alcohol and fluids")));
    const IntakeSummary& in = r.intake;
    std::string alcohol = translate("relief::reports::pdf_report", "none logged");
    if (in.alcohol_drinks > 0) {
        const std::string drinks = in.alcohol_drinks == 1
                                       ? translate("relief::reports::pdf_report", "%n drink", nullptr, in.alcohol_drinks)
                                       : translate("relief::reports::pdf_report", "%n drinks", nullptr, in.alcohol_drinks);
        //: %1 the drinks of alcohol ("3 drinks") on %n days.
        alcohol = in.alcohol_days == 1 ? fill(translate("relief::reports::pdf_report", "%1 on %n day", nullptr, in.alcohol_days), {drinks})
                                       : fill(translate("relief::reports::pdf_report", "%1 on %n days", nullptr, in.alcohol_days), {drinks});
    }
    std::string fluids = translate("relief::reports::pdf_report", "not logged");
    if (in.fluid_days > 0) {
        //: Fluids logged on %n days, %1 the mean glasses a day, %2 the days with too little ("2 days").
        fluids = in.fluid_days == 1
                     ? fill(translate("relief::reports::pdf_report", "logged on %n day, mean %1 glasses a day; %2 with too little", nullptr, in.fluid_days),
                            {mean_text(in.mean_glasses), days_text(in.low_fluid_days)})
                     : fill(translate("relief::reports::pdf_report", "logged on %n days, mean %1 glasses a day; %2 with too little", nullptr, in.fluid_days),
                            {mean_text(in.mean_glasses), days_text(in.low_fluid_days)});
    }
    l.table({{"", 0.3}, {"", 0.7}},
            {{q(translate("relief::reports::pdf_report", "Alcohol")), q(alcohol)},
             {q(translate("relief::reports::pdf_report", "Fluids")), q(fluids)}});
}

// Every PEG answer and every goal's weeks, for the reader who wants more than page one.
void function_detail(PdfLayout& l, const VisitReport& r) {
    if (r.peg.answers.empty() && r.goals.empty()) return;
    l.heading(q(translate("relief::reports::pdf_report", "PEG answers and goals by week")));
    if (!r.peg.answers.empty()) {
        std::vector<std::vector<QString>> rows;
        std::vector<PegAnswer> shown = r.peg.answers;
        if (r.peg.baseline_from == PegBaseline::episode) shown.insert(shown.begin(), *r.peg.baseline);
        for (const auto& a : shown)
            //: A PEG answer's day (%1) that lies before the report's period.
            rows.push_back({q(r.period.contains(a.day) ? day_text(a.day)
                                                       : fill(translate("relief::reports::pdf_report", "%1 (before the period)"), {day_text(a.day)})),
                            QString::number(a.pain), QString::number(a.enjoyment), QString::number(a.activity),
                            q(peg_score_text(a.score)), q(peg_answer_change_text(r.peg, a))});
        l.table({{q(translate("relief::reports::pdf_report", "PEG answered")), 0.3},
                 {q(translate("relief::reports::pdf_report", "Pain")), 0.1, Qt::AlignRight},
                 {q(translate("relief::reports::pdf_report", "Enjoyment")), 0.14, Qt::AlignRight},
                 {q(translate("relief::reports::pdf_report", "Activity")), 0.12, Qt::AlignRight},
                 {q(translate("relief::reports::pdf_report", "PEG score")), 0.14, Qt::AlignRight},
                 {q(translate("relief::reports::pdf_report", "Against the first")), 0.2, Qt::AlignRight}},
                rows);
    }
    std::vector<std::vector<QString>> rows;
    for (const auto& g : r.goals)
        for (const auto& w : g.weeks)
            if (w.checked > 0)
                rows.push_back({q(g.goal), q(goal_week_days_text(w)), QString::number(w.met), QString::number(w.checked)});
    if (!rows.empty())
        l.table({{q(translate("relief::reports::pdf_report", "Goal")), 0.44},
                 {q(translate("relief::reports::pdf_report", "Week")), 0.3},
                 {q(translate("relief::reports::pdf_report", "Days met")), 0.13, Qt::AlignRight},
                 {q(translate("relief::reports::pdf_report", "Checked")), 0.13, Qt::AlignRight}},
                rows);
}

void notes(PdfLayout& l, const VisitReport& r) {
    l.heading(q(translate("relief::reports::pdf_report", "Notes")));
    if (r.notes.empty()) {
        l.paragraph(q(translate("relief::reports::pdf_report", "No notes were written in this period.")), l.font(9.5));
        return;
    }
    std::vector<std::vector<QString>> rows;
    for (const auto& n : r.notes)
        rows.push_back({q(format_local(n.at, Zone::locate(n.zone))), q(n.text)});
    l.table({{q(translate("relief::reports::pdf_report", "When")), 0.2}, {q(translate("relief::reports::pdf_report", "Note")), 0.8}},
            rows);
}

int render(QPdfWriter& writer, const VisitReport& r, int total_pages) {
    PdfLayout l(writer, total_pages, [&](PdfLayout& layout, int page, int pages) { decorate(layout, r, page, pages); });
    title_block(l, r);
    summary(l, r);
    medications(l, r);
    pain(l, r);
    function(l, r);
    symptoms(l, r);
    alerts(l, r);
    questions(l, r);
    dose_and_event_charts(l, r);
    side_effects(l, r);
    cramps_and_more(l, r);
    function_detail(l, r);
    notes(l, r);
    return l.pages();
}

void set_up(QPdfWriter& writer, PaperSize paper) {
    writer.setPageSize(QPageSize(paper == PaperSize::letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(720);
    writer.setTitle(q(translate("relief::reports::pdf_report", "Relief Journal visit report")));
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
