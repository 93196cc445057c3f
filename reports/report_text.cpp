#include "report_text.h"

#include "core/entry.h"
#include "core/metrics/pain.h"

#include <algorithm>
#include <cmath>

namespace relief::reports {

std::string day_text(LocalDay day) {
    const date::year_month_day ymd{day};
    static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return std::to_string(unsigned(ymd.day())) + " " + months[unsigned(ymd.month()) - 1] + " " +
           std::to_string(int(ymd.year()));
}

std::string period_text(const ReportPeriod& period) {
    return day_text(period.from) + " to " + day_text(period.to) + " (" + std::to_string(period.days()) +
           (period.days() == 1 ? " day)" : " days)");
}

std::string mean_text(const std::optional<double>& mean) { return mean ? format_mean(*mean) : "-"; }

std::string adherence_text(const MedicationSummary& med) {
    if (!med.adherence) return "as needed";
    const Adherence& a = *med.adherence;
    // A drug stopped before the period had no doses due in it: "yet" would say some are coming.
    if (a.scheduled == 0) return med.stopped ? "none due in the period" : "no doses due yet";
    std::string out = std::to_string(a.percent()) + " % (" + std::to_string(a.taken) + " of " +
                      std::to_string(a.scheduled) + ")";
    if (a.late) out += ", " + std::to_string(a.late) + " late";
    return out;
}

std::string pain_change_text(const PainTrend& pain) {
    if (!pain.change) {
        return pain.days_logged == 0 ? "no pain scores logged"
                                     : "not enough scores to compare (" + std::to_string(pain.days_logged) +
                                           " days logged)";
    }
    const double change = std::round(*pain.change * 10) / 10;
    std::string out = change < 0   ? "down " + format_mean(-change)
                      : change > 0 ? "up " + format_mean(change)
                                   : "unchanged";
    out += " from " + format_mean(*pain.baseline) + " to " + format_mean(*pain.latest);
    if (pain.clinically_important_improvement) out += " (a clinically important improvement)";
    return out;
}

std::string severity_label(AlertSeverity severity) {
    switch (severity) {
        case AlertSeverity::urgent: return "Urgent";
        case AlertSeverity::warning: return "Warning";
        case AlertSeverity::info: return "Info";
    }
    return "Info";
}

std::string count_text(int n, const std::string& noun) {
    return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

std::string identity_text(const Profile& p) {
    std::vector<std::string> parts;
    if (p.name) parts.push_back(*p.name);
    if (p.birth_date) parts.push_back("born " + day_text(*p.birth_date));
    else if (p.birth_year) parts.push_back("born " + std::to_string(*p.birth_year));
    if (p.identifier) parts.push_back((p.identifier_system ? *p.identifier_system + " " : std::string("ID ")) + *p.identifier);
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : ", ") + part;
    return out;
}

std::string short_day_text(LocalDay day) {
    const std::string full = day_text(day);
    return full.substr(0, full.rfind(' '));
}

std::string low_adherence_line(const VisitReport& r) {
    std::string low;
    for (const auto& m : r.medications)
        if (!m.stopped && m.adherence && m.adherence->scheduled > 0 && m.adherence->percent() < 80)
            low += (low.empty() ? "" : "; ") + m.label + " " + adherence_text(m);
    return low.empty() ? "" : "Scheduled doses taken below 80 %: " + low + ".";
}

std::string current_alerts_line(const VisitReport& r) {
    int urgent = 0, warning = 0, info = 0;
    for (const auto& a : r.alerts)
        (a.alert.severity == AlertSeverity::urgent ? urgent : a.alert.severity == AlertSeverity::warning ? warning : info)++;
    std::string line = "Current alerts: " + std::to_string(urgent) + " urgent, " + std::to_string(warning) +
                       " warning, " + std::to_string(info) + " info";
    if (!r.resolved_alerts.empty()) line += "; " + std::to_string(r.resolved_alerts.size()) + " resolved";
    return line + ".";
}

namespace {

std::string percent_words(double percent) {
    // IMMPACT (Dworkin 2008): 10-20 % minimally, 30 % moderately, 50 % substantially important.
    if (percent >= 50) return "substantial";
    if (percent >= 30) return "moderately important";
    if (percent >= 10) return "minimally important";
    return "little change";
}

std::string fall_or_rise(double from, double to) {
    if (from <= 0 || std::round((to - from) * 10) == 0) return "";
    return ", a " + std::to_string(std::lround(std::abs(to - from) * 100 / from)) + " % " + (to < from ? "fall" : "rise");
}

}  // namespace

std::string pain_period_text(const PainTrend& p) {
    if (!p.mean) return "no pain scores logged";
    std::string out = "mean " + format_mean(*p.mean);
    if (p.peak) out += ", peak " + std::to_string(*p.peak) + " on " + day_text(*p.peak_day);
    if (p.flare_days.empty()) return out + ", no flare days";
    out += ", " + count_text(static_cast<int>(p.flare_days.size()), "flare day") + " (";
    for (std::size_t i = 0; i < p.flare_days.size() && i < 6; ++i) out += (i ? ", " : "") + short_day_text(p.flare_days[i]);
    if (p.flare_days.size() > 6) out += " and " + std::to_string(p.flare_days.size() - 6) + " more";
    return out + ")";
}

std::string pain_comparison_text(const PainTrend& p, const ReportPeriod& period) {
    const std::string before = "the " + std::to_string(period.days()) + " days before";
    if (!p.mean) return "no pain scores logged";
    if (!p.previous_mean) {
        std::string out = "no comparison: " + std::to_string(p.previous_days_logged) + " of " + before + " have a score";
        // A first report still shows where the period went: its first week against its last.
        if (p.first_week && p.last_week) {
            out += "; first 7 days " + format_mean(*p.first_week) + ", last 7 days " + format_mean(*p.last_week);
            if (const auto words = fall_or_rise(*p.first_week, *p.last_week); !words.empty())
                out += words + " (" + percent_words(std::abs(*p.last_week - *p.first_week) * 100 / *p.first_week) + ")";
        }
        return out;
    }
    const double change = std::round((*p.mean - *p.previous_mean) * 10) / 10;
    std::string out = change < 0   ? "down " + format_mean(-change)
                      : change > 0 ? "up " + format_mean(change)
                                   : "unchanged";
    out += " from " + format_mean(*p.previous_mean) + " in " + before;
    if (const auto words = fall_or_rise(*p.previous_mean, *p.mean); !words.empty()) {
        const double percent = std::abs(*p.mean - *p.previous_mean) * 100 / *p.previous_mean;
        out += words + " (" + percent_words(percent) + ")";
    }
    return out;
}

std::string pain_weeks_text(const PainTrend& p) {
    if (!p.last_week) return "";
    std::string out = "last 7 days " + format_mean(*p.last_week);
    if (p.week_before) out += ", the 7 days before " + format_mean(*p.week_before);
    return out;
}

std::string headline_text(const VisitReport& r) {
    std::vector<std::string> parts;
    std::string condition;
    for (std::size_t i = 0; i < r.profile.conditions.size(); ++i)
        condition += (i ? ", " : "") + readable_term(r.profile.conditions[i]);
    if (!condition.empty()) {
        condition[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(condition[0])));
        if (r.profile.onset) condition += " since " + day_text(*r.profile.onset);
        parts.push_back(condition);
    }
    for (const auto& m : r.medications) {
        std::string line = m.medication.ingredient;
        if (m.stopped) {
            const LocalDay from = m.first_dose.value_or(m.medication.start);
            const LocalDay to = *m.medication.stop;
            line += " " + count_text(static_cast<int>((to - from).count()) + 1, "day") + ", stopped " + day_text(to);
        } else if (m.course_day) {
            line += ", day " + std::to_string(*m.course_day) + " of use";
        } else if (m.doses_taken == 0) {
            line += ", none taken";
        } else if (!m.medication.schedule_on(r.period.to).is_scheduled()) {
            line += " as needed on " + std::to_string(m.days_used) + " of " + count_text(r.period.days(), "day");
        } else {
            line += " since " + day_text(m.medication.start);
        }
        parts.push_back(line);
    }
    if (r.pain.mean) {
        std::string pain = "pain mean " + format_mean(*r.pain.mean);
        if (r.pain.previous_mean)
            pain += " (" + format_mean(*r.pain.previous_mean) + " in the " + std::to_string(r.period.days()) +
                    " days before" + fall_or_rise(*r.pain.previous_mean, *r.pain.mean) + ")";
        else if (r.pain.first_week && r.pain.last_week)
            pain += " (first 7 days " + format_mean(*r.pain.first_week) + ", last 7 days " +
                    format_mean(*r.pain.last_week) + fall_or_rise(*r.pain.first_week, *r.pain.last_week) + ")";
        if (r.pain.peak && !r.pain.flare_days.empty())
            pain += "; " + count_text(static_cast<int>(r.pain.flare_days.size()), "flare day") + ", peak " +
                    std::to_string(*r.pain.peak);
        parts.push_back(pain);
    } else {
        parts.push_back("no pain scores logged");
    }
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : "; ") + part;
    return out + ".";
}

std::string medication_dates_text(const MedicationSummary& m) {
    std::string out = m.medication.stop ? day_text(m.medication.start) + " to " + day_text(*m.medication.stop)
                                        : "from " + day_text(m.medication.start);
    if (m.stopped) out += ", stopped";
    if (m.last_dose && m.stopped) out += "; last dose " + day_text(*m.last_dose);
    return out;
}

std::string amount_summary_text(const MedicationSummary& m) {
    if (m.doses_taken == 0) return "none taken in the period";
    return count_text(m.days_used, "day") + ": " + m.total.to_string() + ", mean " + m.mean_daily.to_string() +
           " a day, highest " + m.highest_daily.to_string();
}

std::string symptom_text(const SymptomSummary& s) {
    std::string out = readable_term(s.name) + " " + count_text(s.count, "time") + " on " + count_text(s.days, "day");
    out += s.first == s.last ? " (" + day_text(s.first) + ")" : " (" + day_text(s.first) + " to " + day_text(s.last) + ")";
    return out;
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
        std::string line;
        for (const auto& a : r.alerts)
            if (a.alert.severity == level)
                line += (line.empty() ? severity_label(level) + ": " : "; ") + a.alert.title + " (" +
                        day_text(a.alert.raised_on) + ")";
        if (!line.empty()) out.push_back(line + ".");
    }
    return out;
}

std::string resolved_alert_text(const ReportAlert& a) {
    std::string out = a.alert.title + " (raised " + day_text(a.alert.raised_on);
    out += a.resolved_on ? ", resolved " + day_text(*a.resolved_on) : ", no longer current";
    if (a.discussed_on) out += ", discussed " + day_text(*a.discussed_on);
    return out + ")";
}

std::string peg_score_text(double score) { return format_mean(score); }

std::string peg_change_text(double change_percent) {
    const long whole = std::lround(std::trunc(change_percent));
    if (whole == 0 && change_percent == 0) return "unchanged";
    if (whole == 0) return change_percent < 0 ? "less than 1 % lower" : "less than 1 % higher";
    return std::to_string(std::labs(whole)) + (whole < 0 ? " % lower" : " % higher");
}

std::string peg_text(const PegTrend& peg) {
    if (!peg.baseline || peg.answers.empty()) return "";
    const PegAnswer& first = *peg.baseline;
    const std::string from = peg_score_text(first.score) + " on " + day_text(first.day);
    if (!peg.has_change()) return from + ", the first answer: nothing to compare with yet";
    const PegAnswer& last = *peg.latest();
    const std::string source = peg.baseline_from == PegBaseline::episode
                                   ? "the first since the pain episode began on " + day_text(*peg.episode_start)
                                   : "the period's first";
    std::string out = from + " (" + source + ") to " + peg_score_text(last.score) + " on " + day_text(last.day) + ": ";
    if (!last.change_percent) return out + "the first answer was 0, so there is no improvement to measure";
    const double change = *last.change_percent;
    const std::string line = std::to_string(peg.improvement_percent) + " % improvement";
    out += peg_change_text(change);
    if (peg.improvement_reached) {
        out += ", reaching the " + line;
        if (peg.improvement_percent == 30) out += " that IMMPACT counts as moderately important";
        if (-change >= 50) out += "; IMMPACT counts 50 % as substantial";
    } else if (change < 0) {
        out += ", short of a " + line;
    } else {
        out += ", no improvement";
    }
    return out;
}

std::string sleep_text(const SleepSummary& sleep) {
    if (sleep.nights.empty()) return "";
    std::string out = count_text(static_cast<int>(sleep.nights.size()), "night") + " logged: mean " +
                      format_sleep_duration(static_cast<int>(std::lround(*sleep.mean_hours * 60))) + ", quality ";
    if (!sleep.mean_quality) return out + "not rated";
    return out + format_mean(*sleep.mean_quality) + " of 10 (" + count_text(sleep.rated_nights, "night") + " rated)";
}

std::string goal_week_days_text(const GoalWeek& week) {
    return week.from == week.to ? day_text(week.to) : short_day_text(week.from) + " to " + day_text(week.to);
}

std::string goals_label(const std::vector<GoalSummary>& goals) {
    if (goals.empty() || goals.front().weeks.empty()) return "Goals";
    const GoalWeek& w = goals.front().weeks.back();
    return (w.to - w.from).count() == 6 ? "Goals, last 7 days" : "Goals, " + goal_week_days_text(w);
}

std::string peg_answer_change_text(const PegTrend& peg, const PegAnswer& answer) {
    if (peg.baseline && answer.entry_id == peg.baseline->entry_id) return "the first";
    return answer.change_percent ? peg_change_text(*answer.change_percent) : "-";
}

std::string goals_last_week_text(const std::vector<GoalSummary>& goals) {
    std::string out;
    for (const auto& g : goals) {
        if (g.weeks.empty()) continue;
        const GoalWeek& w = g.weeks.back();
        out += (out.empty() ? "" : "; ") + g.goal + ": ";
        out += w.checked == 0 ? std::string("not checked")
                              : "met on " + std::to_string(w.met) + " of " + count_text(w.checked, "day") + " checked";
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> function_facts(const VisitReport& r) {
    std::vector<std::pair<std::string, std::string>> out;
    if (!r.peg.answers.empty()) out.emplace_back("PEG (0-10)", peg_text(r.peg));
    if (!r.sleep.nights.empty()) out.emplace_back("Sleep", sleep_text(r.sleep));
    if (!r.goals.empty()) out.emplace_back(goals_label(r.goals), goals_last_week_text(r.goals));
    if (!r.pgic.empty()) out.emplace_back("Global impression (PGIC)", pgic_text(r.pgic));
    return out;
}

std::string pgic_answer_text(int answer) {
    return std::string(pgic_words(answer)) + " (" + std::to_string(answer) + " of 7)";
}

std::string pgic_text(const std::vector<PgicAnswer>& answers) {
    if (answers.empty()) return "";
    std::string out = pgic_answer_text(answers.back().answer) + " on " + day_text(answers.back().day);
    // The answers before it, newest first: three at most, the rest counted.
    std::string before;
    const std::size_t earlier = answers.size() - 1;
    for (std::size_t i = earlier; i-- > 0 && earlier - i <= 3;)
        before += (before.empty() ? "" : ", ") + pgic_answer_text(answers[i].answer) + " on " + day_text(answers[i].day);
    if (earlier > 3) before += " and " + std::to_string(earlier - 3) + " earlier";
    return before.empty() ? out : out + "; before: " + before;
}

}  // namespace relief::reports
