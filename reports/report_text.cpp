#include "report_text.h"

#include "core/entry.h"
#include "core/metrics/pain.h"
#include "core/translate.h"

#include <algorithm>
#include <cmath>

namespace relief::reports {

// Every sentence is one pattern for the translator (docs/translating.md). English has no
// plural rules of its own here: where the English text says "1 day" and "2 days", both are
// sources, each a %n message, so the English stays what it was and every language still
// gets its own plural forms.

namespace {

std::string month_text(unsigned month) {
    switch (month) {
        case 1: return translate("relief::reports::report_text", "Jan", "month");
        case 2: return translate("relief::reports::report_text", "Feb", "month");
        case 3: return translate("relief::reports::report_text", "Mar", "month");
        case 4: return translate("relief::reports::report_text", "Apr", "month");
        case 5: return translate("relief::reports::report_text", "May", "month");
        case 6: return translate("relief::reports::report_text", "Jun", "month");
        case 7: return translate("relief::reports::report_text", "Jul", "month");
        case 8: return translate("relief::reports::report_text", "Aug", "month");
        case 9: return translate("relief::reports::report_text", "Sep", "month");
        case 10: return translate("relief::reports::report_text", "Oct", "month");
        case 11: return translate("relief::reports::report_text", "Nov", "month");
        default: return translate("relief::reports::report_text", "Dec", "month");
    }
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
    return out;
}

}  // namespace

// The report keeps its own written-out day ("1 Mar 2026"), which a clinician reads without
// doubt in every language; display_day() would make the English an ISO date.
std::string day_text(LocalDay day) {
    const date::year_month_day ymd{day};
    //: A day in the report: %1 the day of the month, %2 the month's short name (translated
    //: above), %3 the year: "1 Mar 2026".
    return fill(translate("relief::reports::report_text", "%1 %2 %3", "day month year"),
                {std::to_string(unsigned(ymd.day())), month_text(unsigned(ymd.month())), std::to_string(int(ymd.year()))});
}

std::string decimal_text(double value) { return display_decimal(std::round(value * 10) / 10, 1); }

std::string period_text(const ReportPeriod& period) {
    const int n = period.days();
    const std::string from = day_text(period.from), to = day_text(period.to);
    return n == 1 ? fill(translate("relief::reports::report_text", "%1 to %2 (%n day)", nullptr, n), {from, to})
                  : fill(translate("relief::reports::report_text", "%1 to %2 (%n days)", nullptr, n), {from, to});
}

std::string mean_text(const std::optional<double>& mean) { return mean ? decimal_text(*mean) : "-"; }

std::string adherence_text(const MedicationSummary& med) {
    if (!med.adherence) return translate("relief::reports::report_text", "as needed");
    const Adherence& a = *med.adherence;
    // A drug stopped before the period had no doses due in it: "yet" would say some are coming.
    if (a.scheduled == 0)
        return med.stopped ? translate("relief::reports::report_text", "none due in the period")
                           : translate("relief::reports::report_text", "no doses due yet");
    const std::string percent = std::to_string(a.percent()), taken = std::to_string(a.taken),
                      scheduled = std::to_string(a.scheduled);
    //: Scheduled doses taken: %1 percent, %2 taken of %3 due.
    if (!a.late) return fill(translate("relief::reports::report_text", "%1 % (%2 of %3)"), {percent, taken, scheduled});
    //: Scheduled doses taken: %1 percent, %2 taken of %3 due, %4 of them taken late.
    return fill(translate("relief::reports::report_text", "%1 % (%2 of %3), %4 late"),
                {percent, taken, scheduled, std::to_string(a.late)});
}

std::string pain_change_text(const PainTrend& pain) {
    if (!pain.change) {
        return pain.days_logged == 0
                   ? translate("relief::reports::report_text", "no pain scores logged")
                   : translate("relief::reports::report_text", "not enough scores to compare (%n days logged)", nullptr,
                               pain.days_logged);
    }
    const double change = std::round(*pain.change * 10) / 10;
    const std::string from = decimal_text(*pain.baseline), to = decimal_text(*pain.latest);
    std::string out = change < 0   ? fill(translate("relief::reports::report_text", "down %1 from %2 to %3"),
                                          {decimal_text(-change), from, to})
                      : change > 0 ? fill(translate("relief::reports::report_text", "up %1 from %2 to %3"),
                                          {decimal_text(change), from, to})
                                   : fill(translate("relief::reports::report_text", "unchanged from %1 to %2"), {from, to});
    if (pain.clinically_important_improvement)
        out = fill(translate("relief::reports::report_text", "%1 (a clinically important improvement)"), {out});
    return out;
}

std::string severity_label(AlertSeverity severity) {
    switch (severity) {
        case AlertSeverity::urgent: return translate("relief::reports::report_text", "Urgent");
        case AlertSeverity::warning: return translate("relief::reports::report_text", "Warning");
        case AlertSeverity::info: return translate("relief::reports::report_text", "Info");
    }
    return translate("relief::reports::report_text", "Info");
}

std::string days_text(int n) {
    return n == 1 ? translate("relief::reports::report_text", "%n day", nullptr, n)
                  : translate("relief::reports::report_text", "%n days", nullptr, n);
}

std::string times_text(int n) {
    return n == 1 ? translate("relief::reports::report_text", "%n time", nullptr, n)
                  : translate("relief::reports::report_text", "%n times", nullptr, n);
}

std::string minutes_text(int n) {
    return n == 1 ? translate("relief::reports::report_text", "%n minute", nullptr, n)
                  : translate("relief::reports::report_text", "%n minutes", nullptr, n);
}

std::string term_text(const std::string& term) {
    //: A cramp whose place was not logged.
    return term == "not given" ? translate("relief::reports::report_text", "not given", "place") : readable_term(term);
}

std::string identity_text(const Profile& p) {
    std::vector<std::string> parts;
    if (p.name) parts.push_back(*p.name);
    //: %1 the day (or the year) of birth.
    if (p.birth_date) parts.push_back(fill(translate("relief::reports::report_text", "born %1"), {day_text(*p.birth_date)}));
    else if (p.birth_year) parts.push_back(fill(translate("relief::reports::report_text", "born %1"), {std::to_string(*p.birth_year)}));
    // The identifier's system is the clinic's own word ("hospital number"), shown as given.
    if (p.identifier)
        parts.push_back(p.identifier_system ? *p.identifier_system + " " + *p.identifier
                                            : fill(translate("relief::reports::report_text", "ID %1"), {*p.identifier}));
    return joined(parts, ", ");
}

std::string short_day_text(LocalDay day) {
    const date::year_month_day ymd{day};
    //: A day whose year is clear from its context: %1 the day of the month, %2 the month's
    //: short name: "1 Mar".
    return fill(translate("relief::reports::report_text", "%1 %2", "day month"),
                {std::to_string(unsigned(ymd.day())), month_text(unsigned(ymd.month()))});
}

std::string low_adherence_line(const VisitReport& r) {
    std::vector<std::string> low;
    for (const auto& m : r.medications)
        if (!m.stopped && m.adherence && m.adherence->scheduled > 0 && m.adherence->percent() < 80)
            //: %1 a medication, %2 its share of scheduled doses taken ("70 % (21 of 30)").
            low.push_back(fill(translate("relief::reports::report_text", "%1 %2", "medication adherence"),
                               {m.label, adherence_text(m)}));
    //: %1 the medications, separated by semicolons, each with its share of doses taken.
    return low.empty() ? "" : fill(translate("relief::reports::report_text", "Scheduled doses taken below 80 %: %1."),
                                   {joined(low, "; ")});
}

std::string current_alerts_line(const VisitReport& r) {
    int urgent = 0, warning = 0, info = 0;
    for (const auto& a : r.alerts)
        (a.alert.severity == AlertSeverity::urgent ? urgent : a.alert.severity == AlertSeverity::warning ? warning : info)++;
    const std::string u = std::to_string(urgent), w = std::to_string(warning), i = std::to_string(info);
    //: The number of current alerts by severity: %1 urgent, %2 warning, %3 info.
    if (r.resolved_alerts.empty())
        return fill(translate("relief::reports::report_text", "Current alerts: %1 urgent, %2 warning, %3 info."), {u, w, i});
    //: The number of current alerts by severity (%1 urgent, %2 warning, %3 info) and %4 resolved ones.
    return fill(translate("relief::reports::report_text", "Current alerts: %1 urgent, %2 warning, %3 info; %4 resolved."),
                {u, w, i, std::to_string(r.resolved_alerts.size())});
}

namespace {

std::string percent_words(double percent) {
    // IMMPACT (Dworkin 2008): 10-20 % minimally, 30 % moderately, 50 % substantially important.
    if (percent >= 50) return translate("relief::reports::report_text", "substantial", "IMMPACT");
    if (percent >= 30) return translate("relief::reports::report_text", "moderately important", "IMMPACT");
    if (percent >= 10) return translate("relief::reports::report_text", "minimally important", "IMMPACT");
    return translate("relief::reports::report_text", "little change", "IMMPACT");
}

bool changed(double from, double to) { return from > 0 && std::round((to - from) * 10) != 0; }

std::string percent_of(double from, double to) { return std::to_string(std::lround(std::abs(to - from) * 100 / from)); }

// ", a 58 % fall": the clause that ends a sentence about a pain mean, or "" with no change.
std::string fall_or_rise(double from, double to) {
    if (!changed(from, to)) return "";
    //: Ends a sentence about a pain mean: %1 the change in percent.
    return to < from ? fill(translate("relief::reports::report_text", ", a %1 % fall"), {percent_of(from, to)})
                     : fill(translate("relief::reports::report_text", ", a %1 % rise"), {percent_of(from, to)});
}

// ", a 35 % fall (moderately important)": the same with IMMPACT's word for its size.
std::string fall_or_rise_words(double from, double to) {
    if (!changed(from, to)) return "";
    const std::string words = percent_words(std::abs(to - from) * 100 / from);
    //: Ends a sentence about a pain mean: %1 the change in percent, %2 how important IMMPACT counts it.
    return to < from ? fill(translate("relief::reports::report_text", ", a %1 % fall (%2)"), {percent_of(from, to), words})
                     : fill(translate("relief::reports::report_text", ", a %1 % rise (%2)"), {percent_of(from, to), words});
}

}  // namespace

std::string pain_period_text(const PainTrend& p) {
    if (!p.mean) return translate("relief::reports::report_text", "no pain scores logged");
    std::string out = p.peak ? fill(translate("relief::reports::report_text", "mean %1, peak %2 on %3"),
                                    {decimal_text(*p.mean), std::to_string(*p.peak), day_text(*p.peak_day)})
                             : fill(translate("relief::reports::report_text", "mean %1"), {decimal_text(*p.mean)});
    if (p.flare_days.empty()) return fill(translate("relief::reports::report_text", "%1, no flare days"), {out});
    std::vector<std::string> days;
    for (std::size_t i = 0; i < p.flare_days.size() && i < 6; ++i) days.push_back(short_day_text(p.flare_days[i]));
    std::string list = joined(days, ", ");
    // lupdate stops on an expression in brackets as the count: the count is named first.
    if (const int more = static_cast<int>(p.flare_days.size()) - 6; more > 0)
        //: %1 the first six flare days; %n how many more there were.
        list = fill(translate("relief::reports::report_text", "%1 and %n more", nullptr, more), {list});
    const int n = static_cast<int>(p.flare_days.size());
    //: %1 the pain's mean and peak, %2 the flare days.
    return n == 1 ? fill(translate("relief::reports::report_text", "%1, %n flare day (%2)", nullptr, n), {out, list})
                  : fill(translate("relief::reports::report_text", "%1, %n flare days (%2)", nullptr, n), {out, list});
}

std::string pain_comparison_text(const PainTrend& p, const ReportPeriod& period) {
    const int days = period.days();
    if (!p.mean) return translate("relief::reports::report_text", "no pain scores logged");
    if (!p.previous_mean) {
        //: %1 how many of the %n days before the period have a pain score.
        std::string out = fill(translate("relief::reports::report_text", "no comparison: %1 of the %n days before have a score",
                                         nullptr, days),
                               {std::to_string(p.previous_days_logged)});
        // A first report still shows where the period went: its first week against its last.
        if (p.first_week && p.last_week)
            //: %1 why there is no comparison; %2 and %3 the pain means of the period's first and last
            //: 7 days; %4 the change between them (", a 35 % fall (moderately important)") or nothing.
            out = fill(translate("relief::reports::report_text", "%1; first 7 days %2, last 7 days %3%4"),
                       {out, decimal_text(*p.first_week), decimal_text(*p.last_week),
                        fall_or_rise_words(*p.first_week, *p.last_week)});
        return out;
    }
    const double change = std::round((*p.mean - *p.previous_mean) * 10) / 10;
    const std::string before = decimal_text(*p.previous_mean), words = fall_or_rise_words(*p.previous_mean, *p.mean);
    //: %1 how far the pain mean went down, %2 the mean of the %n days before the period, %3 the
    //: change in percent (", a 35 % fall (moderately important)") or nothing.
    if (change < 0)
        return fill(translate("relief::reports::report_text", "down %1 from %2 in the %n days before%3", nullptr, days),
                    {decimal_text(-change), before, words});
    if (change > 0)
        return fill(translate("relief::reports::report_text", "up %1 from %2 in the %n days before%3", nullptr, days),
                    {decimal_text(change), before, words});
    return fill(translate("relief::reports::report_text", "unchanged from %1 in the %n days before%2", nullptr, days),
                {before, words});
}

std::string pain_weeks_text(const PainTrend& p) {
    if (!p.last_week) return "";
    if (!p.week_before) return fill(translate("relief::reports::report_text", "last 7 days %1"), {decimal_text(*p.last_week)});
    return fill(translate("relief::reports::report_text", "last 7 days %1, the 7 days before %2"),
                {decimal_text(*p.last_week), decimal_text(*p.week_before)});
}

std::string headline_text(const VisitReport& r) {
    std::vector<std::string> parts;
    std::string condition;
    for (std::size_t i = 0; i < r.profile.conditions.size(); ++i)
        condition += (i ? ", " : "") + readable_term(r.profile.conditions[i]);
    if (!condition.empty()) {
        condition[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(condition[0])));
        //: %1 the conditions, %2 the day they began.
        if (r.profile.onset)
            condition = fill(translate("relief::reports::report_text", "%1 since %2", "condition"), {condition, day_text(*r.profile.onset)});
        parts.push_back(condition);
    }
    for (const auto& m : r.medications) {
        const std::string& drug = m.medication.ingredient;
        if (m.stopped) {
            const LocalDay from = m.first_dose.value_or(m.medication.start);
            const LocalDay to = *m.medication.stop;
            const int n = static_cast<int>((to - from).count()) + 1;
            //: %1 a medication, taken on %n days and stopped on %2.
            parts.push_back(n == 1 ? fill(translate("relief::reports::report_text", "%1 %n day, stopped %2", nullptr, n), {drug, day_text(to)})
                                   : fill(translate("relief::reports::report_text", "%1 %n days, stopped %2", nullptr, n), {drug, day_text(to)}));
        } else if (m.course_day) {
            //: %1 a medication, %2 how many days it has been taken in a row.
            parts.push_back(fill(translate("relief::reports::report_text", "%1, day %2 of use"), {drug, std::to_string(*m.course_day)}));
        } else if (m.doses_taken == 0) {
            parts.push_back(fill(translate("relief::reports::report_text", "%1, none taken"), {drug}));
        } else if (!m.medication.schedule_on(r.period.to).is_scheduled()) {
            const int n = r.period.days();
            //: %1 a medication taken as needed, on %2 of the %n days of the period.
            parts.push_back(n == 1 ? fill(translate("relief::reports::report_text", "%1 as needed on %2 of %n day", nullptr, n),
                                          {drug, std::to_string(m.days_used)})
                                   : fill(translate("relief::reports::report_text", "%1 as needed on %2 of %n days", nullptr, n),
                                          {drug, std::to_string(m.days_used)}));
        } else {
            //: %1 a medication, %2 the day it was started.
            parts.push_back(fill(translate("relief::reports::report_text", "%1 since %2", "medication"), {drug, day_text(m.medication.start)}));
        }
    }
    if (r.pain.mean) {
        const std::string mean = decimal_text(*r.pain.mean);
        std::string pain;
        if (r.pain.previous_mean)
            //: %1 the period's pain mean, %2 the mean of the %n days before, %3 the change (", a 58 % fall") or nothing.
            pain = fill(translate("relief::reports::report_text", "pain mean %1 (%2 in the %n days before%3)", nullptr, r.period.days()),
                        {mean, decimal_text(*r.pain.previous_mean), fall_or_rise(*r.pain.previous_mean, *r.pain.mean)});
        else if (r.pain.first_week && r.pain.last_week)
            //: %1 the period's pain mean, %2 and %3 the means of its first and last 7 days, %4 the change or nothing.
            pain = fill(translate("relief::reports::report_text", "pain mean %1 (first 7 days %2, last 7 days %3%4)"),
                        {mean, decimal_text(*r.pain.first_week), decimal_text(*r.pain.last_week),
                         fall_or_rise(*r.pain.first_week, *r.pain.last_week)});
        else
            pain = fill(translate("relief::reports::report_text", "pain mean %1"), {mean});
        if (r.pain.peak && !r.pain.flare_days.empty()) {
            const int n = static_cast<int>(r.pain.flare_days.size());
            //: %1 the pain's mean, %n the flare days, %2 the highest score.
            pain = n == 1 ? fill(translate("relief::reports::report_text", "%1; %n flare day, peak %2", nullptr, n), {pain, std::to_string(*r.pain.peak)})
                          : fill(translate("relief::reports::report_text", "%1; %n flare days, peak %2", nullptr, n), {pain, std::to_string(*r.pain.peak)});
        }
        parts.push_back(pain);
    } else {
        parts.push_back(translate("relief::reports::report_text", "no pain scores logged"));
    }
    //: Page one's first sentence: %1 its parts (condition; each medication; pain), separated by semicolons.
    return fill(translate("relief::reports::report_text", "%1.", "headline"), {joined(parts, "; ")});
}

std::string medication_dates_text(const MedicationSummary& m) {
    std::string out = m.medication.stop ? fill(translate("relief::reports::report_text", "%1 to %2"),
                                               {day_text(m.medication.start), day_text(*m.medication.stop)})
                                        : fill(translate("relief::reports::report_text", "from %1"), {day_text(m.medication.start)});
    if (m.stopped) out = fill(translate("relief::reports::report_text", "%1, stopped"), {out});
    if (m.last_dose && m.stopped) out = fill(translate("relief::reports::report_text", "%1; last dose %2"), {out, day_text(*m.last_dose)});
    return out;
}

std::string amount_summary_text(const MedicationSummary& m) {
    if (m.doses_taken == 0) return translate("relief::reports::report_text", "none taken in the period");
    const int n = m.days_used;
    //: Doses taken on %n days: %1 in all, %2 the mean a day, %3 the highest day.
    return n == 1 ? fill(translate("relief::reports::report_text", "%n day: %1, mean %2 a day, highest %3", nullptr, n),
                         {m.total.display(), m.mean_daily.display(), m.highest_daily.display()})
                  : fill(translate("relief::reports::report_text", "%n days: %1, mean %2 a day, highest %3", nullptr, n),
                         {m.total.display(), m.mean_daily.display(), m.highest_daily.display()});
}

std::string symptom_text(const SymptomSummary& s) {
    const std::string when = s.first == s.last ? day_text(s.first)
                                               : fill(translate("relief::reports::report_text", "%1 to %2"), {day_text(s.first), day_text(s.last)});
    const int n = s.days;
    //: %1 a symptom, %2 how often ("5 times"), on %n days, %3 when (a day or "3 Nov 2026 to 28 Nov 2026").
    return n == 1 ? fill(translate("relief::reports::report_text", "%1 %2 on %n day (%3)", nullptr, n),
                         {readable_term(s.name), times_text(s.count), when})
                  : fill(translate("relief::reports::report_text", "%1 %2 on %n days (%3)", nullptr, n),
                         {readable_term(s.name), times_text(s.count), when});
}

std::string evidence_text(const std::string& value) {
    std::string out = value;
    for (const char* marker : {" (setting ", " (settings "}) {
        const auto at = out.find(marker);
        if (at == std::string::npos) continue;
        const auto close = out.find(')', at);
        out.erase(at, close == std::string::npos ? std::string::npos : close - at + 1);
    }
    return out;
}

std::vector<std::string> alert_title_lines(const VisitReport& r) {
    std::vector<std::string> out;
    for (const AlertSeverity level : {AlertSeverity::urgent, AlertSeverity::warning}) {
        std::vector<std::string> titles;
        for (const auto& a : r.alerts)
            if (a.alert.severity == level)
                //: %1 an alert's title, %2 the day it was raised.
                titles.push_back(fill(translate("relief::reports::report_text", "%1 (%2)", "alert raised"),
                                      {a.alert.title, day_text(a.alert.raised_on)}));
        //: %1 a severity ("Urgent"), %2 the alerts of that severity, separated by semicolons.
        if (!titles.empty())
            out.push_back(fill(translate("relief::reports::report_text", "%1: %2.", "severity: alerts"),
                               {severity_label(level), joined(titles, "; ")}));
    }
    return out;
}

std::string resolved_alert_text(const ReportAlert& a) {
    const std::string title = a.alert.title, raised = day_text(a.alert.raised_on);
    //: %1 an alert's title, raised on %2, resolved on %3.
    if (a.resolved_on && !a.discussed_on)
        return fill(translate("relief::reports::report_text", "%1 (raised %2, resolved %3)"), {title, raised, day_text(*a.resolved_on)});
    //: %1 an alert's title, raised on %2, resolved on %3, discussed with the clinician on %4.
    if (a.resolved_on)
        return fill(translate("relief::reports::report_text", "%1 (raised %2, resolved %3, discussed %4)"),
                    {title, raised, day_text(*a.resolved_on), day_text(*a.discussed_on)});
    //: %1 an alert's title, raised on %2.
    if (!a.discussed_on)
        return fill(translate("relief::reports::report_text", "%1 (raised %2, no longer current)"), {title, raised});
    //: %1 an alert's title, raised on %2, discussed with the clinician on %3.
    return fill(translate("relief::reports::report_text", "%1 (raised %2, no longer current, discussed %3)"),
                {title, raised, day_text(*a.discussed_on)});
}

std::string peg_score_text(double score) { return decimal_text(score); }

std::string peg_change_text(double change_percent) {
    const long whole = std::lround(std::trunc(change_percent));
    if (whole == 0 && change_percent == 0) return translate("relief::reports::report_text", "unchanged", "PEG");
    if (whole == 0)
        return change_percent < 0 ? translate("relief::reports::report_text", "less than 1 % lower")
                                  : translate("relief::reports::report_text", "less than 1 % higher");
    //: A PEG score against the first answer: %1 the change in whole percent.
    return whole < 0 ? fill(translate("relief::reports::report_text", "%1 % lower"), {std::to_string(std::labs(whole))})
                     : fill(translate("relief::reports::report_text", "%1 % higher"), {std::to_string(std::labs(whole))});
}

std::string peg_text(const PegTrend& peg) {
    if (!peg.baseline || peg.answers.empty()) return "";
    const PegAnswer& first = *peg.baseline;
    //: A PEG score %1 answered on the day %2.
    const std::string from = fill(translate("relief::reports::report_text", "%1 on %2", "score on day"),
                                  {peg_score_text(first.score), day_text(first.day)});
    if (!peg.has_change())
        return fill(translate("relief::reports::report_text", "%1, the first answer: nothing to compare with yet"), {from});
    const PegAnswer& last = *peg.latest();
    const std::string source =
        peg.baseline_from == PegBaseline::episode
            ? fill(translate("relief::reports::report_text", "the first since the pain episode began on %1"), {day_text(*peg.episode_start)})
            : translate("relief::reports::report_text", "the period's first");
    const std::string to = fill(translate("relief::reports::report_text", "%1 on %2", "score on day"),
                                {peg_score_text(last.score), day_text(last.day)});
    std::string verdict;
    if (!last.change_percent) {
        verdict = translate("relief::reports::report_text", "the first answer was 0, so there is no improvement to measure");
    } else {
        const double change = *last.change_percent;
        const std::string percent = std::to_string(peg.improvement_percent);
        verdict = peg_change_text(change);
        if (peg.improvement_reached) {
            //: %1 the change ("36 % lower"), %2 the improvement looked for, in percent.
            verdict = peg.improvement_percent == 30
                          ? fill(translate("relief::reports::report_text",
                                           "%1, reaching the %2 % improvement that IMMPACT counts as moderately important"),
                                 {verdict, percent})
                          : fill(translate("relief::reports::report_text", "%1, reaching the %2 % improvement"), {verdict, percent});
            if (-change >= 50) verdict = fill(translate("relief::reports::report_text", "%1; IMMPACT counts 50 % as substantial"), {verdict});
        } else if (change < 0) {
            //: %1 the change ("20 % lower"), %2 the improvement looked for, in percent.
            verdict = fill(translate("relief::reports::report_text", "%1, short of a %2 % improvement"), {verdict, percent});
        } else {
            verdict = fill(translate("relief::reports::report_text", "%1, no improvement"), {verdict});
        }
    }
    //: %1 the first PEG score and its day, %2 which answer is the first, %3 the latest score and
    //: its day, %4 the change and what it means.
    return fill(translate("relief::reports::report_text", "%1 (%2) to %3: %4"), {from, source, to, verdict});
}

std::string sleep_text(const SleepSummary& sleep) {
    if (sleep.nights.empty()) return "";
    const int n = static_cast<int>(sleep.nights.size());
    const std::string mean = format_sleep_duration(static_cast<int>(std::lround(*sleep.mean_hours * 60)));
    if (!sleep.mean_quality)
        //: %n nights with sleep logged, %1 the mean time asleep ("6 h 40 min").
        return n == 1 ? fill(translate("relief::reports::report_text", "%n night logged: mean %1, quality not rated", nullptr, n), {mean})
                      : fill(translate("relief::reports::report_text", "%n nights logged: mean %1, quality not rated", nullptr, n), {mean});
    const int rated = sleep.rated_nights;
    const std::string rated_text = rated == 1 ? translate("relief::reports::report_text", "%n night rated", nullptr, rated)
                                              : translate("relief::reports::report_text", "%n nights rated", nullptr, rated);
    //: %n nights with sleep logged, %1 the mean time asleep, %2 the mean quality (0-10), %3 how many nights were rated.
    return n == 1 ? fill(translate("relief::reports::report_text", "%n night logged: mean %1, quality %2 of 10 (%3)", nullptr, n),
                         {mean, decimal_text(*sleep.mean_quality), rated_text})
                  : fill(translate("relief::reports::report_text", "%n nights logged: mean %1, quality %2 of 10 (%3)", nullptr, n),
                         {mean, decimal_text(*sleep.mean_quality), rated_text});
}

std::string goal_week_days_text(const GoalWeek& week) {
    return week.from == week.to ? day_text(week.to)
                                : fill(translate("relief::reports::report_text", "%1 to %2"), {short_day_text(week.from), day_text(week.to)});
}

std::string goals_label(const std::vector<GoalSummary>& goals) {
    if (goals.empty() || goals.front().weeks.empty()) return translate("relief::reports::report_text", "Goals");
    const GoalWeek& w = goals.front().weeks.back();
    //: %1 the days of the goals' last week ("1 Mar to 3 Mar 2026").
    return (w.to - w.from).count() == 6 ? translate("relief::reports::report_text", "Goals, last 7 days")
                                        : fill(translate("relief::reports::report_text", "Goals, %1"), {goal_week_days_text(w)});
}

std::string peg_answer_change_text(const PegTrend& peg, const PegAnswer& answer) {
    if (peg.baseline && answer.entry_id == peg.baseline->entry_id) return translate("relief::reports::report_text", "the first", "PEG answer");
    return answer.change_percent ? peg_change_text(*answer.change_percent) : "-";
}

std::string goals_last_week_text(const std::vector<GoalSummary>& goals) {
    std::vector<std::string> out;
    for (const auto& g : goals) {
        if (g.weeks.empty()) continue;
        const GoalWeek& w = g.weeks.back();
        const int n = w.checked;
        //: %1 a goal the person set themselves.
        if (n == 0) out.push_back(fill(translate("relief::reports::report_text", "%1: not checked"), {g.goal}));
        //: %1 a goal the person set themselves, met on %2 of the %n days it was checked.
        else if (n == 1) out.push_back(fill(translate("relief::reports::report_text", "%1: met on %2 of %n day checked", nullptr, n), {g.goal, std::to_string(w.met)}));
        else out.push_back(fill(translate("relief::reports::report_text", "%1: met on %2 of %n days checked", nullptr, n), {g.goal, std::to_string(w.met)}));
    }
    return joined(out, "; ");
}

std::vector<std::pair<std::string, std::string>> function_facts(const VisitReport& r) {
    std::vector<std::pair<std::string, std::string>> out;
    if (!r.peg.answers.empty()) out.emplace_back(translate("relief::reports::report_text", "PEG (0-10)"), peg_text(r.peg));
    if (!r.sleep.nights.empty()) out.emplace_back(translate("relief::reports::report_text", "Sleep"), sleep_text(r.sleep));
    if (!r.goals.empty()) out.emplace_back(goals_label(r.goals), goals_last_week_text(r.goals));
    if (!r.pgic.empty()) out.emplace_back(translate("relief::reports::report_text", "Global impression (PGIC)"), pgic_text(r.pgic));
    return out;
}

// The PGIC's seven answers as the report words them; core's pgic_words() are also what a
// person types, so they stay English there.
std::string pgic_words_text(int answer) {
    switch (answer) {
        case 1: return translate("relief::reports::report_text", "very much improved", "PGIC");
        case 2: return translate("relief::reports::report_text", "much improved", "PGIC");
        case 3: return translate("relief::reports::report_text", "minimally improved", "PGIC");
        case 4: return translate("relief::reports::report_text", "no change", "PGIC");
        case 5: return translate("relief::reports::report_text", "minimally worse", "PGIC");
        case 6: return translate("relief::reports::report_text", "much worse", "PGIC");
        case 7: return translate("relief::reports::report_text", "very much worse", "PGIC");
    }
    return std::string(pgic_words(answer));  // out of range: core's check says so
}

std::string pgic_answer_text(int answer) {
    //: A PGIC answer: %1 its words, %2 its number on the scale of 7.
    return fill(translate("relief::reports::report_text", "%1 (%2 of 7)"), {pgic_words_text(answer), std::to_string(answer)});
}

std::string pgic_text(const std::vector<PgicAnswer>& answers) {
    if (answers.empty()) return "";
    //: A PGIC answer %1 given on the day %2.
    const std::string out = fill(translate("relief::reports::report_text", "%1 on %2", "answer on day"),
                                 {pgic_answer_text(answers.back().answer), day_text(answers.back().day)});
    // The answers before it, newest first: three at most, the rest counted.
    std::vector<std::string> before;
    const std::size_t earlier = answers.size() - 1;
    for (std::size_t i = earlier; i-- > 0 && earlier - i <= 3;)
        before.push_back(fill(translate("relief::reports::report_text", "%1 on %2", "answer on day"),
                              {pgic_answer_text(answers[i].answer), day_text(answers[i].day)}));
    if (before.empty()) return out;
    std::string list = joined(before, ", ");
    if (const int more = static_cast<int>(earlier) - 3; more > 0)
        //: %1 the three answers before the latest, %n how many earlier ones there were.
        list = fill(translate("relief::reports::report_text", "%1 and %n earlier", nullptr, more), {list});
    //: %1 the latest PGIC answer, %2 the ones before it.
    return fill(translate("relief::reports::report_text", "%1; before: %2"), {out, list});
}

}  // namespace relief::reports
