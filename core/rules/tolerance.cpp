#include "rule_families.h"
#include "sources.h"

#include <algorithm>
#include <string>

namespace relief {

namespace {

constexpr const char* rule_id = "tolerance.dose-escalation";

// RULES.md: "fires when true on two weekly checks in a row" and "doses above the prescribed
// dose on >= 2 of the last 7 days".
constexpr int week = 7;

// Tolerance is about relief wearing off, so only medicines taken for pain or spasm count;
// a statin or an antidepressant raised by the prescriber is no sign of it.
bool taken_for_pain(ClassSet c) {
    using enum DrugClass;
    return c.has(muscle_relaxant) || c.has(antispasmodic) || c.has(antispastic) ||
           c.has(analgesic) || c.has(nsaid) || c.has(opioid) || c.has(gabapentinoid);
}

struct Titration {
    int day;
    const char* key;
};

Titration titration(const std::string& ingredient, const Thresholds& t) {
    if (ingredient == "baclofen") return {t.baclofen_titration_days, "baclofen-titration-days"};
    if (ingredient == "tizanidine")
        return {t.tizanidine_titration_days, "tizanidine-titration-days"};
    return {t.other_titration_days, "other-titration-days"};
}

struct Window {
    LocalDay first;
    LocalDay last;
    std::int64_t total_ug = 0;
    int as_needed = 0;
    double pain = 0;
};

// One weekly check as of one day: what rose, and the facts behind it.
struct Check {
    Course course;
    Window previous;
    Window current;
    bool dose_up = false;
    bool as_needed_up = false;
    std::vector<LocalDay> above_prescribed;
    std::vector<std::string> adherence;  // one line per scheduled medication and window
};

Window sum_window(const std::map<LocalDay, DayDose>& by_day, LocalDay first, LocalDay last) {
    Window w{first, last};
    for (auto it = by_day.lower_bound(first); it != by_day.end() && it->first <= last; ++it) {
        w.total_ug += it->second.total.in_micrograms();
        w.as_needed += it->second.as_needed_doses;
    }
    return w;
}

std::vector<LocalDay> days_above_prescribed(const AnalysisContext& ctx,
                                            const std::string& ingredient, LocalDay end) {
    std::vector<LocalDay> out;
    for (LocalDay d = end - date::days{week - 1}; d <= end; d += date::days{1}) {
        const auto& entries = ctx.index.entries_on(d);
        const bool above = std::any_of(entries.begin(), entries.end(), [&](const Entry* e) {
            const auto* dose = std::get_if<DoseEntry>(&e->data);
            if (!dose || dose->status != DoseStatus::taken) return false;
            const Medication* med = ctx.index.medication(dose->medication_id);
            return med && med->ingredient == ingredient && dose->amount > med->dose_on(d);
        });
        if (above) out.push_back(d);
    }
    return out;
}

// Both windows must lie after titration: dose rises while titrating are the plan.
std::optional<Check> check_as_of(const AnalysisContext& ctx, const std::string& ingredient,
                                 LocalDay day) {
    const Thresholds& t = ctx.t();
    const auto all = ctx.courses.find(ingredient);
    const auto by_day = ctx.doses.find(ingredient);
    if (all == ctx.courses.end() || by_day == ctx.doses.end()) return std::nullopt;
    const auto course = course_on(all->second, day, t.course_gap_days);
    if (!course) return std::nullopt;
    const date::days span{t.tolerance_window_days};
    const LocalDay previous_first = day - span - span + date::days{1};
    if (course->day_number(previous_first) < titration(ingredient, t).day) return std::nullopt;

    Check c;
    c.course = *course;
    c.previous = sum_window(by_day->second, previous_first, day - span);
    c.current = sum_window(by_day->second, day - span + date::days{1}, day);
    // A prescribed increase is the plan, not tolerance: the rise counts only beyond the
    // prescription's own rise between the two windows.
    const auto planned = [&](LocalDay first, LocalDay last) {
        long double total = 0;
        for (LocalDay d = first; d <= last; d += date::days{1})
            for (const Medication* m : ctx.medications_of(ingredient))
                if (m->active_on(d)) total += static_cast<long double>(planned_daily(m->prescription_on(d)).in_micrograms());
        return total;
    };
    const long double planned_before = planned(previous_first, day - span);
    const long double planned_now = planned(day - span + date::days{1}, day);
    const long double planned_ratio = planned_before > 0 ? std::max<long double>(1, planned_now / planned_before) : 1;
    c.dose_up = c.previous.total_ug > 0 &&
                static_cast<long double>(c.current.total_ug) * 100 >=
                    static_cast<long double>(c.previous.total_ug) * t.tolerance_increase_percent * planned_ratio;
    c.as_needed_up = c.previous.as_needed > 0 &&
                     c.current.as_needed * 100 >=
                         c.previous.as_needed * (100 + t.tolerance_prn_increase_percent);
    c.above_prescribed = days_above_prescribed(ctx, ingredient, day);
    const bool above =
        static_cast<int>(c.above_prescribed.size()) >= t.tolerance_above_prescribed_days;
    if (!c.dose_up && !c.as_needed_up && !above) return std::nullopt;

    // A window mean needs as large a share of logged days as the 7-day pain window does.
    const int min_logged =
        (t.window_min_logged_days * t.tolerance_window_days + t.window_days - 1) / t.window_days;
    const auto before = window_mean(ctx.pain, c.previous.last, t.tolerance_window_days, min_logged);
    const auto now = window_mean(ctx.pain, c.current.last, t.tolerance_window_days, min_logged);
    if (!before || !now || clinically_important_improvement(*before, *now, t)) return std::nullopt;
    c.previous.pain = *before;
    c.current.pain = *now;

    // Taking fewer doses than planned in either window would make the comparison say
    // nothing about tolerance.
    for (const Medication* med : ctx.medications_of(ingredient)) {
        if (!med->ever_scheduled()) continue;
        for (const Window* w : {&c.previous, &c.current}) {
            const Adherence a = adherence(ctx.index, *med, w->first, w->last);
            if (a.scheduled == 0) continue;
            if (a.percent() < t.adherence_percent) return std::nullopt;
            //: %1: the medicine's name; %2 and %3: the window's days; %4 of %5 doses taken; %6: percent.
            c.adherence.push_back(fill(translate("relief::alerts::tolerance", "%1 %2 to %3: %4 of %5 (%6 %)"),
                                       {med->name, display_day(w->first), display_day(w->last),
                                        std::to_string(a.taken), std::to_string(a.scheduled),
                                        std::to_string(a.percent())}));
        }
    }
    return c;
}

bool fires_on(const AnalysisContext& ctx, const std::string& ingredient, LocalDay day) {
    return check_as_of(ctx, ingredient, day) &&
           check_as_of(ctx, ingredient, day - date::days{week});
}

std::string per_day(int doses, int days) {
    return display_mean(static_cast<double>(doses) / days);
}

std::string what_rose(const Check& c, int above_needed) {
    std::string out;
    auto add = [&out](const std::string& part) { out += (out.empty() ? "" : "; ") + part; };
    if (c.dose_up) add(translate("relief::alerts::tolerance", "daily dose"));
    if (c.as_needed_up) add(translate("relief::alerts::tolerance", "as-needed doses"));
    if (static_cast<int>(c.above_prescribed.size()) >= above_needed)
        add(translate("relief::alerts::tolerance", "doses above the prescribed dose"));
    return out;
}

void raise(const AnalysisContext& ctx, const std::string& ingredient, const Check& now,
           const Check& week_ago, LocalDay since, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    const int days = t.tolerance_window_days;
    const std::string label = ctx.drug_label(ingredient);
    //: %1: the medicine.
    const std::string message =
        fill(translate("relief::alerts::tolerance",
                       "You are taking more %1 but your pain has not improved. This can happen as the body adapts. Do "
                       "not raise the dose yourself; review the plan with your clinician."),
             {label});
    Alert alert =
        make_alert(rule_id, AlertSeverity::warning, course_subject(now.course),
                   fill(translate("relief::alerts::tolerance", "%1 use rising without relief"),
                        {capitalised(ctx.display_name(ingredient))}),
                   message, {sources::seed_000, sources::seed_001}, since);
    alert.drugs = {now.course.ingredient};

    auto avg = [days](const Window& w) {
        //: %1: an amount ("20 mg"); %2 and %3: the first and the last day it is the mean of.
        return fill(translate("relief::alerts::tolerance", "%1 (%2 to %3)"),
                    {Amount::micrograms(w.total_ug / days).to_string(), display_day(w.first), display_day(w.last)});
    };
    alert.evidence.push_back(
        {translate("relief::alerts::tolerance", "Course"),
         fill(translate("relief::alerts::tolerance", "day %1 (from %2)"),
              {std::to_string(now.course.day_number(now.current.last)), display_day(now.course.first)})});
    alert.evidence.push_back({translate("relief::alerts::tolerance", "Average daily dose"), avg(now.current)});
    alert.evidence.push_back({translate("relief::alerts::tolerance", "Previous average daily dose"), avg(now.previous)});
    if (now.previous.total_ug > 0)
        alert.evidence.push_back(
            {translate("relief::alerts::tolerance", "Change"),
             fill(translate("relief::alerts::tolerance", "%1 % of before"),
                  {std::to_string(now.current.total_ug * 100 / now.previous.total_ug)})});
    alert.evidence.push_back({translate("relief::alerts::tolerance", "As-needed doses per day"),
                              fill(translate("relief::alerts::tolerance", "%1 (before: %2)"),
                                   {per_day(now.current.as_needed, days), per_day(now.previous.as_needed, days)})});
    std::string above;
    for (const LocalDay d : now.above_prescribed)
        above += (above.empty() ? "" : ", ") + display_day(d);
    alert.evidence.push_back(
        {translate("relief::alerts::tolerance", "Days above the prescribed dose (last %n)", nullptr, week),
         std::to_string(now.above_prescribed.size()) + (above.empty() ? "" : ": " + above)});
    alert.evidence.push_back({translate("relief::alerts::tolerance", "Pain mean"),
                              fill(translate("relief::alerts::tolerance", "%1 (before: %2)"),
                                   {display_mean(now.current.pain), display_mean(now.previous.pain)})});
    for (const auto& line : now.adherence)
        alert.evidence.push_back({translate("relief::alerts::tolerance", "Adherence"), line});
    alert.evidence.push_back({fill(translate("relief::alerts::tolerance", "Rose as of %1"), {display_day(now.current.last)}),
                              what_rose(now, t.tolerance_above_prescribed_days)});
    alert.evidence.push_back(
        {fill(translate("relief::alerts::tolerance", "Rose as of %1"), {display_day(week_ago.current.last)}),
         what_rose(week_ago, t.tolerance_above_prescribed_days)});
    const Titration ti = titration(ingredient, t);
    alert.evidence.push_back(
        {translate("relief::alerts::tolerance", "Threshold"),
         fill(translate("relief::alerts::tolerance",
                        "%1 % of the previous %n days' average (settings threshold.tolerance-increase-percent, "
                        "threshold.tolerance-window-days)",
                        nullptr, days),
              {std::to_string(t.tolerance_increase_percent)})});
    alert.evidence.push_back(
        {translate("relief::alerts::tolerance", "Threshold"),
         fill(translate("relief::alerts::tolerance",
                        "as-needed doses up %1 % (setting threshold.tolerance-prn-increase-percent)"),
              {std::to_string(t.tolerance_prn_increase_percent)})});
    alert.evidence.push_back(
        {translate("relief::alerts::tolerance", "Threshold"),
         fill(translate("relief::alerts::tolerance",
                        "above the prescribed dose on %1 of %n days (setting threshold.tolerance-above-prescribed-days)",
                        nullptr, week),
              {std::to_string(t.tolerance_above_prescribed_days)})});
    alert.evidence.push_back(
        {translate("relief::alerts::tolerance", "Threshold"),
         //: %2 is the end of a setting's name: keep "threshold.%2" as it is.
         fill(translate("relief::alerts::tolerance", "both windows from course day %1 (setting threshold.%2)"),
              {std::to_string(ti.day), ti.key})});
    alert.evidence.push_back(
        {translate("relief::alerts::tolerance", "Threshold"),
         fill(translate("relief::alerts::tolerance",
                        "adherence at least %1 % in both windows (setting threshold.adherence-percent)"),
              {std::to_string(t.adherence_percent)})});
    out.push_back(std::move(alert));
}

}  // namespace

void check_tolerance(const AnalysisContext& ctx, std::vector<Alert>& out) {
    for (const auto& [ingredient, all] : ctx.courses) {
        if (!taken_for_pain(ctx.classes_of(ingredient))) continue;
        const auto now = check_as_of(ctx, ingredient, ctx.as_of());
        if (!now) continue;
        const auto week_ago = check_as_of(ctx, ingredient, ctx.as_of() - date::days{week});
        if (!week_ago) continue;
        const int back = now->course.day_number(ctx.as_of());
        // Named capture: clang 14 (the fuzz build) cannot capture a structured binding.
        const LocalDay since = *run_start(
            ctx.as_of(), [&ctx, &ingredient = ingredient](LocalDay d) { return fires_on(ctx, ingredient, d); }, back);
        raise(ctx, ingredient, *now, *week_ago, since, out);
    }
}

}  // namespace relief
