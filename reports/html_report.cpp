#include "html_report.h"

#include "chart.h"
#include "core/zone.h"
#include "core/translate.h"
#include "report_text.h"

#include <QByteArray>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>


namespace relief::reports {

namespace {

// Print rules keep rows, alerts and the chart whole across pages and repeat table heads;
// everything is inline so the file opens the same anywhere, offline.
constexpr std::string_view style = R"(
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
  sans-serif; color: #1f2933; background: #fff; line-height: 1.45; max-width: 60rem; margin: 2rem auto;
  padding: 0 1.5rem; }
h1 { font-size: 1.6rem; color: #1c3d5a; margin: 0 0 .3rem; }
h2 { font-size: 1.2rem; color: #1c3d5a; border-bottom: 1px solid #d5dde5; padding-bottom: .2rem;
  margin: 1.8rem 0 .6rem; }
h3 { font-size: 1rem; margin: 0 0 .3rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1.2rem; margin: .4rem 0; }
dt { color: #52606d; }
dd { margin: 0; }
.summary { background: #f3f7fa; border: 1px solid #d5dde5; border-radius: 6px; padding: .2rem 1.2rem .6rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #e4e9ee; vertical-align: top; }
th { background: #eef2f6; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.chip { display: inline-block; padding: 0 .5rem; border-radius: 999px; font-size: .8em; font-weight: 600;
  margin-right: .4rem; border: 1px solid; }
.chip.urgent { background: #fbe3e1; color: #8a1c12; border-color: #e8a39b; }
.chip.warning { background: #fdf0d5; color: #7a4b00; border-color: #e9c27a; }
.chip.info { background: #e3eef9; color: #1c4f80; border-color: #a9c7e6; }
.alert { border: 1px solid #d5dde5; border-left: 4px solid #a9c7e6; border-radius: 4px; padding: .6rem .9rem;
  margin: .6rem 0; }
.alert.urgent { border-left-color: #c0392b; }
.alert.warning { border-left-color: #d99a1e; }
.meta, .empty, dt, figcaption, footer { color: #52606d; }
.meta, figcaption { font-size: .9em; margin: .3rem 0 0; }
.empty { font-style: italic; }
figure { margin: .4rem 0; }
img { width: 100%; height: auto; border: 1px solid #e4e9ee; }
footer { margin-top: 2rem; border-top: 1px solid #d5dde5; padding-top: .6rem; font-size: .85em; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { font-size: 11pt; max-width: none; margin: 0; padding: 0; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  table { page-break-inside: auto; }
  tr, .alert, figure, dl.facts, .summary { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .chip, .summary, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)";

std::string esc(std::string_view text) {
    constexpr std::string_view special = "&<>\"'";
    constexpr std::array<std::string_view, 5> entities{"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto i = special.find(c);
        out += i == std::string_view::npos ? std::string_view(&c, 1) : entities[i];
    }
    return out;
}

std::string tagged(std::string_view tag, std::string_view text, std::string_view cls = {}) {
    std::string out = "<" + std::string(tag);
    if (!cls.empty()) out += " class=\"" + std::string(cls) + "\"";
    return out + ">" + esc(text) + "</" + std::string(tag) + ">\n";
}

void open_section(std::string& out, std::string_view id, std::string_view title) {
    out += "<section id=\"" + std::string(id) + "\">\n" + tagged("h2", title);
}

void empty(std::string& out, std::string_view sentence) {
    out += tagged("p", sentence, "empty");
}

using Facts = std::vector<std::pair<std::string, std::string>>;

void facts(std::string& out, const Facts& items) {
    out += "<dl class=\"facts\">\n";
    for (const auto& [label, value] : items) out += tagged("dt", label) + tagged("dd", value);
    out += "</dl>\n";
}

struct Column {
    std::string name;
    std::string_view cls = {};  // "num" right-aligns figures, "text" keeps a note's line breaks
};

std::string cell(std::string_view tag, std::string_view cls, std::string_view text) {
    const std::string attr = cls.empty() ? "" : " class=\"" + std::string(cls) + "\"";
    return "<" + std::string(tag) + attr + ">" + esc(text) + "</" + std::string(tag) + ">";
}

void table(std::string& out, const std::vector<Column>& columns,
           const std::vector<std::vector<std::string>>& rows) {
    out += "<table>\n<thead><tr>";
    for (const auto& c : columns) out += cell("th", c.cls, c.name);
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : rows) {
        out += "<tr>";
        for (std::size_t i = 0; i < row.size() && i < columns.size(); ++i)
            out += cell("td", columns[i].cls, row[i]);
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
}

void counts(std::string& out, const std::string& what, const std::string& per,
            const std::vector<Count>& items) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& c : items) rows.push_back({term_text(c.name), std::to_string(c.count)});
    table(out, {{what}, {per, "num"}}, rows);
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
    return out;
}

std::string drinks_text(int n) {
    return n == 1 ? translate("relief::reports::html_report", "%n drink", nullptr, n)
                  : translate("relief::reports::html_report", "%n drinks", nullptr, n);
}

std::string cramps_text(int n) {
    return n == 1 ? translate("relief::reports::html_report", "%n cramp", nullptr, n)
                  : translate("relief::reports::html_report", "%n cramps", nullptr, n);
}

// "3 drinks on 2 days": %1 what, on %n days.
std::string on_days_text(const std::string& what, int days) {
    //: %1 how many drinks or cramps ("3 drinks"), on %n days.
    return days == 1 ? fill(translate("relief::reports::html_report", "%1 on %n day", nullptr, days), {what})
                     : fill(translate("relief::reports::html_report", "%1 on %n days", nullptr, days), {what});
}

std::string scores_logged_text(const PainTrend& p, int days) {
    const std::string scores = std::to_string(p.scores), logged = std::to_string(p.days_logged);
    //: %1 pain scores logged on %2 of the %n days of the period.
    return days == 1 ? fill(translate("relief::reports::html_report", "%1 on %2 of %n day", nullptr, days), {scores, logged})
                     : fill(translate("relief::reports::html_report", "%1 on %2 of %n days", nullptr, days), {scores, logged});
}

std::string hh_mm(Instant at, const std::string& zone) {
    const auto local = Zone::locate(zone).local_time(at);
    const auto minutes =
        std::chrono::duration_cast<std::chrono::minutes>(local - date::floor<date::days>(local));
    return format_time_of_day({static_cast<int>(minutes.count())});
}

std::string document_title(const VisitReport& report) {
    //: The title of the page: %1 the person's name, %2 the period.
    if (report.profile.name)
        return fill(translate("relief::reports::html_report", "Relief Journal visit report - %1 - %2"),
                    {*report.profile.name, period_text(report.period)});
    //: The title of the page: %1 the period.
    return fill(translate("relief::reports::html_report", "Relief Journal visit report - %1"), {period_text(report.period)});
}

void header(std::string& out, const VisitReport& report) {
    out += "<header>\n" + tagged("h1", translate("relief::reports::html_report", "Relief Journal visit report"));
    std::string who = identity_text(report.profile);
    //: %1 who the report is about, %2 the age in years.
    if (report.age) who = fill(translate("relief::reports::html_report", "%1 (age %2)"), {who, std::to_string(*report.age)});
    if (!who.empty()) out += tagged("p", who, "who");
    std::vector<std::string> conditions;
    for (const auto& c : report.profile.conditions) conditions.push_back(readable_term(c));
    Facts items{{translate("relief::reports::html_report", "Period"), period_text(report.period)}};
    if (!conditions.empty()) items.emplace_back(translate("relief::reports::html_report", "Conditions"), joined(conditions, ", "));
    items.emplace_back(translate("relief::reports::html_report", "Generated"), day_text(report.generated_on));
    items.emplace_back(translate("relief::reports::html_report", "Last visit"),
                       report.last_visit ? day_text(*report.last_visit) : translate("relief::reports::html_report", "not recorded"));
    facts(out, items);
    out += "</header>\n";
}

void summary(std::string& out, const VisitReport& report) {
    out += "<section id=\"summary\" class=\"summary\">\n";
    out += tagged("p", headline_text(report), "headline");
    if (const auto low = low_adherence_line(report); !low.empty()) out += tagged("p", low);
    out += tagged("p", current_alerts_line(report));
    for (const auto& title : alert_title_lines(report)) out += tagged("p", title, "alert-line");
    out += "</section>\n";
}

std::string chart_description(const VisitReport& report) {
    std::vector<std::string> ingredients;
    for (const auto& d : report.dose_days)
        if (std::find(ingredients.begin(), ingredients.end(), d.ingredient) == ingredients.end())
            ingredients.push_back(d.ingredient);
    //: The charts described for a screen reader: %1 and %2 the first and last day, %3 the
    //: period's pain mean, %4 the ingredients charted (": baclofen, tizanidine") or nothing.
    return fill(translate("relief::reports::html_report",
                          "Three charts from %1 to %2. Top: daily mean pain (dots) on a 0 to 10 scale with the 7-day mean "
                          "(line) and the period mean (dashed line, %3). Middle: daily total taken of each ingredient "
                          "(bars)%4. Bottom: side effects, cramps and the share of scheduled doses taken, by day."),
                {day_text(report.chart_from()), day_text(report.period.to), mean_text(report.pain.mean),
                 ingredients.empty() ? std::string("") : ": " + joined(ingredients, ", ")});
}

void charts(std::string& out, const VisitReport& report) {
    open_section(out, "charts", translate("relief::reports::html_report", "Doses and events by day"));
    if (report.pain.daily.empty() && report.dose_days.empty()) {
        empty(out, translate("relief::reports::html_report",
                             "No pain scores or doses were logged in this period, so there is nothing to chart."));
    } else {
        // Taller with more drugs, so that each dose row stays readable (six drugs and more).
        const int height = 900 + 90 * std::max(0, int(report.medications.size()) - 2);
        const QByteArray png = charts_png(report, 1600, height).toBase64();
        out += "<figure><img src=\"data:image/png;base64," + png.toStdString() + "\" alt=\"" +
               esc(chart_description(report)) + "\" width=\"1600\" height=\"" + std::to_string(height) + "\">\n";
        out += tagged("figcaption", translate("relief::reports::html_report", "Each chart has its legend; doses are daily "
                                                                             "totals, each row from 0 to its highest day."));
        out += "</figure>\n";
    }
    out += "</section>\n";
}

void questions(std::string& out, const VisitReport& report) {
    open_section(out, "questions", translate("relief::reports::html_report", "Questions to ask"));
    if (report.questions.empty()) {
        empty(out, translate("relief::reports::html_report", "No current alert raises a question."));
    } else {
        out += "<ol>\n";
        for (const auto& q : report.questions) out += tagged("li", q);
        out += "</ol>\n";
    }
    out += "</section>\n";
}

void alerts(std::string& out, const VisitReport& report) {
    open_section(out, "alerts", translate("relief::reports::html_report", "Current alerts"));
    if (report.alerts.empty()) empty(out, translate("relief::reports::html_report", "No alerts are current at the end of this period."));
    for (const auto& ra : report.alerts) {
        const Alert& a = ra.alert;
        const std::string severity(to_string(a.severity));
        //: An alert's heading: %1 its title, %2 the day it was raised.
        std::string head = fill(translate("relief::reports::html_report", "%1 (raised %2)"), {a.title, day_text(a.raised_on)});
        //: %1 an alert's heading, %2 the day it was discussed with the clinician.
        if (ra.discussed_on)
            head = fill(translate("relief::reports::html_report", "%1 - discussed %2"), {head, day_text(*ra.discussed_on)});
        out += "<article class=\"alert " + severity + "\">\n<h3><span class=\"chip " + severity +
               "\">" + esc(severity_label(a.severity)) + "</span>" + esc(head) + "</h3>\n";
        if (!a.evidence.empty()) {
            out += "<ul class=\"evidence\">\n";
            for (const auto& e : a.evidence)
                out += "<li><strong>" + esc(e.label) + ":</strong> " + esc(evidence_text(e.value)) + "</li>\n";
            out += "</ul>\n";
        }
        //: %1 the medical sources of an alert, separated by semicolons.
        if (!a.sources.empty())
            out += tagged("p", fill(translate("relief::reports::html_report", "Sources: %1"), {joined(a.sources, "; ")}), "meta");
        out += "</article>\n";
    }
    if (!report.resolved_alerts.empty()) {
        std::vector<std::string> lines;
        for (const auto& ra : report.resolved_alerts) lines.push_back(resolved_alert_text(ra));
        //: %1 the alerts resolved in the period, separated by semicolons.
        out += tagged("p", fill(translate("relief::reports::html_report", "Resolved: %1."), {joined(lines, "; ")}), "meta");
    }
    out += "</section>\n";
}

void symptoms(std::string& out, const VisitReport& report) {
    open_section(out, "symptoms", translate("relief::reports::html_report", "Symptoms logged"));
    if (report.symptoms.empty()) {
        empty(out, translate("relief::reports::html_report", "No symptoms were logged in this period."));
    } else {
        out += "<ul>\n";
        for (const auto& s : report.symptoms) out += tagged("li", symptom_text(s));
        out += "</ul>\n";
    }
    out += "</section>\n";
}

void medications(std::string& out, const VisitReport& report) {
    open_section(out, "medications", translate("relief::reports::html_report", "Medications"));
    if (report.medications.empty()) {
        empty(out, translate("relief::reports::html_report", "No medications were taken or scheduled in this period."));
    } else {
        std::vector<std::vector<std::string>> rows;
        for (const auto& m : report.medications) {
            std::string prescription = m.schedule_text;
            for (const auto& c : m.changes)
                //: A change of prescription: %1 the day, %2 the new dose and schedule.
                prescription += "\n" + fill(translate("relief::reports::html_report", "changed %1: %2"),
                                            {day_text(c.from), prescription_text(c.dose, c.schedule)});
            rows.push_back({m.label + "\n" + m.class_text, prescription, medication_dates_text(m),
                            amount_summary_text(m), adherence_text(m),
                            //: The day of a course of a muscle relaxant taken day after day.
                            m.course_day ? fill(translate("relief::reports::html_report", "day %1", "course"),
                                                {std::to_string(*m.course_day)})
                                         : "-"});
        }
        table(out,
              {{translate("relief::reports::html_report", "Medication"), "text"},
               {translate("relief::reports::html_report", "Prescription"), "text"},
               {translate("relief::reports::html_report", "Dates")},
               {translate("relief::reports::html_report", "Taken in the period")},
               {translate("relief::reports::html_report", "Adherence")},
               {translate("relief::reports::html_report", "Course"), "num"}},
              rows);
    }
    out += "</section>\n";
}

void pain(std::string& out, const VisitReport& report) {
    const PainTrend& p = report.pain;
    open_section(out, "pain", translate("relief::reports::html_report", "Pain (0-10)"));
    if (p.days_logged == 0) {
        empty(out, translate("relief::reports::html_report", "No pain scores were logged in this period."));
        out += "</section>\n";
        return;
    }
    Facts items{{translate("relief::reports::html_report", "This period"), pain_period_text(p)},
                {translate("relief::reports::html_report", "Against the period before"), pain_comparison_text(p, report.period)}};
    if (const auto weeks = pain_weeks_text(p); !weeks.empty())
        items.emplace_back(translate("relief::reports::html_report", "Last 7 days"), weeks);
    items.emplace_back(translate("relief::reports::html_report", "Scores logged"), scores_logged_text(p, report.period.days()));
    facts(out, items);
    out += tagged("h3", translate("relief::reports::html_report", "Where"));
    if (report.pain_locations.empty())
        empty(out, translate("relief::reports::html_report", "No locations were given."));
    else
        counts(out, translate("relief::reports::html_report", "Location"), translate("relief::reports::html_report", "Days"),
               report.pain_locations);
    out += tagged("h3", translate("relief::reports::html_report", "What it felt like"));
    if (report.pain_qualities.empty())
        empty(out, translate("relief::reports::html_report", "No qualities were given."));
    else
        counts(out, translate("relief::reports::html_report", "Quality"), translate("relief::reports::html_report", "Days"),
               report.pain_qualities);
    out += "</section>\n";
}

std::string peg_chart_description(const VisitReport& report) {
    const PegTrend& peg = report.peg;
    const std::string from = day_text(report.chart_from()), to = day_text(report.period.to),
                      first = peg_score_text(peg.baseline->score);
    //: The PEG chart described for a screen reader: %1 and %2 the first and last day, %3 the first answer's score.
    if (!peg.improvement_line)
        return fill(translate("relief::reports::html_report",
                              "PEG chart from %1 to %2: the PEG score of each answer (dots joined by a line) on a 0 to 10 "
                              "scale, the first answer's score (dotted line, %3)."),
                    {from, to, first});
    // Two decimals: at one, a line of 3.97 and a score of 4.0 that misses it would look the same.
    //: The PEG chart described for a screen reader: %1 and %2 the first and last day, %3 the first
    //: answer's score, %4 the improvement looked for in percent, %5 the score that reaches it.
    return fill(translate("relief::reports::html_report",
                          "PEG chart from %1 to %2: the PEG score of each answer (dots joined by a line) on a 0 to 10 "
                          "scale, the first answer's score (dotted line, %3) and the %4 % improvement line (dashed, %5)."),
                {from, to, first, std::to_string(peg.improvement_percent), display_decimal(*peg.improvement_line, 2)});
}

// Function, sleep, goals and the global impression of change, only where logged (as in
// the PDF): the PEG against its first answer and the 30 % line, then its chart.
void function(std::string& out, const VisitReport& report) {
    if (!report.has_function()) return;
    open_section(out, "function", translate("relief::reports::html_report", "Function"));
    facts(out, function_facts(report));
    if (!report.peg.answers.empty()) {
        const QByteArray png = peg_chart_png(report, 1600, 360).toBase64();
        out += "<figure><img src=\"data:image/png;base64," + png.toStdString() + "\" alt=\"" +
               esc(peg_chart_description(report)) + "\" width=\"1600\" height=\"360\">\n";
        out += "</figure>\n";
    }
    out += "</section>\n";
}

void side_effects(std::string& out, const VisitReport& report) {
    open_section(out, "side-effects", translate("relief::reports::html_report", "Side effects"));
    if (report.side_effects.empty()) {
        empty(out, translate("relief::reports::html_report", "No side effects were logged in this period."));
    } else {
        std::vector<std::vector<std::string>> rows;
        for (const auto& s : report.side_effects)
            rows.push_back({readable_term(s.name), std::to_string(s.count), std::to_string(s.mild),
                            std::to_string(s.moderate), std::to_string(s.severe)});
        table(out,
              {{translate("relief::reports::html_report", "Side effect")},
               {translate("relief::reports::html_report", "Times"), "num"},
               {translate("relief::reports::html_report", "Mild"), "num"},
               {translate("relief::reports::html_report", "Moderate"), "num"},
               {translate("relief::reports::html_report", "Severe"), "num"}},
              rows);
    }
    out += "</section>\n";
}

void cramps(std::string& out, const VisitReport& report) {
    const CrampSummary& c = report.cramps;
    open_section(out, "cramps", translate("relief::reports::html_report", "Cramps"));
    if (c.count == 0) {
        empty(out, translate("relief::reports::html_report", "No cramps were logged in this period."));
    } else {
        facts(out, {{translate("relief::reports::html_report", "Cramps"), on_days_text(cramps_text(c.count), c.days)},
                    {translate("relief::reports::html_report", "At night (22:00 to 06:00)"), std::to_string(c.nights)},
                    {translate("relief::reports::html_report", "Total duration"), minutes_text(c.total_minutes)},
                    {translate("relief::reports::html_report", "Longest"),
                     c.longest_minutes ? minutes_text(*c.longest_minutes) : "-"}});
        if (!c.locations.empty())
            counts(out, translate("relief::reports::html_report", "Location"), translate("relief::reports::html_report", "Cramps"),
                   c.locations);
    }
    out += "</section>\n";
}

void measures(std::string& out, const VisitReport& report) {
    open_section(out, "measures", translate("relief::reports::html_report", "Non-drug measures"));
    if (report.measures.empty())
        empty(out, translate("relief::reports::html_report", "No non-drug measures were logged in this period."));
    else
        counts(out, translate("relief::reports::html_report", "Measure"), translate("relief::reports::html_report", "Times"),
               report.measures);
    out += "</section>\n";
}

void intake(std::string& out, const VisitReport& report) {
    const IntakeSummary& in = report.intake;
    open_section(out, "intake", translate("relief::reports::html_report", "Alcohol and fluids"));
    if (in.alcohol_drinks == 0) empty(out, translate("relief::reports::html_report", "No alcohol was logged in this period."));
    if (in.fluid_days == 0) empty(out, translate("relief::reports::html_report", "No fluids were logged in this period."));
    Facts items;
    if (in.alcohol_drinks > 0)
        items.emplace_back(translate("relief::reports::html_report", "Alcohol"), on_days_text(drinks_text(in.alcohol_drinks), in.alcohol_days));
    if (in.fluid_days > 0) {
        items.emplace_back(translate("relief::reports::html_report", "Fluids logged"), days_text(in.fluid_days));
        items.emplace_back(translate("relief::reports::html_report", "Mean glasses a day"), mean_text(in.mean_glasses));
        items.emplace_back(translate("relief::reports::html_report", "Days with too little fluid"), std::to_string(in.low_fluid_days));
    }
    if (!items.empty()) facts(out, items);
    out += "</section>\n";
}

// Every PEG answer and every goal's weeks (as in the PDF), only where there are any.
void function_detail(std::string& out, const VisitReport& report) {
    const PegTrend& peg = report.peg;
    if (peg.answers.empty() && report.goals.empty()) return;
    open_section(out, "function-detail", translate("relief::reports::html_report", "PEG answers and goals by week"));
    if (!peg.answers.empty()) {
        std::vector<PegAnswer> shown = peg.answers;
        if (peg.baseline_from == PegBaseline::episode) shown.insert(shown.begin(), *peg.baseline);
        std::vector<std::vector<std::string>> rows;
        for (const auto& a : shown)
            //: A PEG answer's day (%1) that lies before the report's period.
            rows.push_back({report.period.contains(a.day)
                                ? day_text(a.day)
                                : fill(translate("relief::reports::html_report", "%1 (before the period)"), {day_text(a.day)}),
                            std::to_string(a.pain), std::to_string(a.enjoyment), std::to_string(a.activity),
                            peg_score_text(a.score), peg_answer_change_text(peg, a)});
        table(out,
              {{translate("relief::reports::html_report", "PEG answered")},
               {translate("relief::reports::html_report", "Pain"), "num"},
               {translate("relief::reports::html_report", "Enjoyment"), "num"},
               {translate("relief::reports::html_report", "Activity"), "num"},
               {translate("relief::reports::html_report", "PEG score"), "num"},
               {translate("relief::reports::html_report", "Against the first"), "num"}},
              rows);
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& g : report.goals)
        for (const auto& w : g.weeks)
            if (w.checked > 0)
                rows.push_back({g.goal, goal_week_days_text(w), std::to_string(w.met), std::to_string(w.checked)});
    if (!rows.empty())
        table(out,
              {{translate("relief::reports::html_report", "Goal")},
               {translate("relief::reports::html_report", "Week")},
               {translate("relief::reports::html_report", "Days met"), "num"},
               {translate("relief::reports::html_report", "Checked"), "num"}},
              rows);
    out += "</section>\n";
}

void notes(std::string& out, const VisitReport& report) {
    open_section(out, "notes", translate("relief::reports::html_report", "Notes"));
    if (report.notes.empty()) {
        empty(out, translate("relief::reports::html_report", "No notes were written in this period."));
    } else {
        std::vector<std::vector<std::string>> rows;
        for (const auto& n : report.notes) {
            // A note written while travelling keeps its own clock, so say which.
            std::string time = hh_mm(n.at, n.zone);
            if (n.zone != report.profile.zone) time += " (" + n.zone + ")";
            rows.push_back({day_text(n.day), time, n.text});
        }
        table(out,
              {{translate("relief::reports::html_report", "Date")},
               {translate("relief::reports::html_report", "Time")},
               {translate("relief::reports::html_report", "Note"), "text"}},
              rows);
    }
    out += "</section>\n";
}

}  // namespace

std::string render_html(const VisitReport& report) {
    std::string out =
        //: The language code of this translation for the web page ("es", "de"): screen readers speak by it.
        "<!DOCTYPE html>\n<html lang=\"" + translate("relief::reports::html_report", "en", "HTML lang") +
        "\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += tagged("title", document_title(report));
    out += "<style>" + std::string(style) + "</style>\n</head>\n<body>\n";
    header(out, report);
    out += "<main>\n";
    summary(out, report);
    medications(out, report);
    pain(out, report);
    function(out, report);
    symptoms(out, report);
    alerts(out, report);
    questions(out, report);
    charts(out, report);
    side_effects(out, report);
    cramps(out, report);
    measures(out, report);
    intake(out, report);
    function_detail(out, report);
    notes(out, report);
    out += "</main>\n<footer>\n";
    //: %1 the day the report was made.
    out += tagged("p", fill(translate("relief::reports::html_report",
                                      "Made with Relief Journal on %1 from what was logged in the journal. Relief Journal "
                                      "is not a medical device: it keeps a record and points out patterns to discuss, but "
                                      "it does not diagnose or recommend treatment. Talk to your clinician before "
                                      "changing any medication."),
                            {day_text(report.generated_on)}));
    out += "</footer>\n</body>\n</html>\n";
    return out;
}

}  // namespace relief::reports
