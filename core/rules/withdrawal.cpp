#include "rule_families.h"
#include "sources.h"

#include <algorithm>
#include <array>
#include <functional>
#include <string>
#include <string_view>

namespace relief {

namespace {

constexpr const char* rule_id = "withdrawal.abrupt-stop";
constexpr const char* zanaflex_label = sources::zanaflex_label;
constexpr const char* baclofen_label = sources::baclofen_label;

// RULES.md says "logged after the stop" without a bound; baclofen and tizanidine
// withdrawal starts within days, so a week after the stop day is read as "after the stop".
constexpr int symptom_days = 7;

// The withdrawal signs RULES.md lists, as symptoms and as side effects. Logged as a side
// effect, "palpitations" is an alias of fast-heartbeat, so that name stands in for it.
constexpr std::array<std::string_view, 6> warning_symptoms{
    "hallucinations", "confusion", "seizure", "fever", "palpitations", "severe-spasms"};
constexpr std::array<std::string_view, 3> warning_side_effects{"hallucinations", "confusion",
                                                               "fast-heartbeat"};

struct Regimen {
    std::string ingredient;
    int regular_days;
    const char* key;
    const char* label;
    std::vector<std::string> sources;
    std::string watch_for;  // the signs the label names, in plain words
};

// Whether prescription change `i` lowers what a day adds up to: a decrease the prescriber
// planned is a taper plan, like --taper.
bool lowers_daily(const Medication& m, std::size_t i) {
    const PrescriptionStep before = i == 0 ? m.first_prescription() : m.steps[i - 1];
    return planned_daily(m.steps[i]) < planned_daily(before);
}

bool ends_in_decrease(const Medication& m) { return !m.steps.empty() && lowers_daily(m, m.steps.size() - 1); }

// A taper plan covers the stops of its own medication only: from its start to just after
// the stop date it records. An old taper must not silence a later abrupt stop. A stop
// recorded after a prescription change that lowered the dose is a taper's last step.
bool has_taper_plan(const AnalysisContext& ctx, const std::string& ingredient, LocalDay stop_day) {
    const auto meds = ctx.medications_of(ingredient);
    const auto grace = date::days{ctx.t().course_gap_days + 1};
    return std::any_of(meds.begin(), meds.end(), [&](const Medication* m) {
        return (m->taper || ends_in_decrease(*m)) && m->stop && stop_day >= m->start && stop_day <= *m->stop + grace;
    });
}

// A drop on `day` that follows a prescription change lowering the dose from about then
// (a day early, or up to the grace after it) is the plan, not a sudden cut.
bool planned_drop(const AnalysisContext& ctx, const std::string& ingredient, LocalDay day) {
    const auto grace = date::days{ctx.t().course_gap_days + 1};
    for (const Medication* m : ctx.medications_of(ingredient))
        for (std::size_t i = 0; i < m->steps.size(); ++i)
            if (lowers_daily(*m, i) && day >= m->steps[i].from - date::days{1} && day <= m->steps[i].from + grace)
                return true;
    return false;
}

// The first day of the regular use that runs up to `last` (a dose day), or nullopt when
// use is not regular on `last`. Regular use is judged over a trailing window, so it is
// dated from the first dose of the window that first made it regular: 7 days of daily
// baclofen count as 7 days of regular use, not 3.
std::optional<LocalDay> regular_since(const std::set<LocalDay>& days, LocalDay last,
                                      const Thresholds& t) {
    if (!regular_use(days, last, t)) return std::nullopt;
    LocalDay first_regular = last;
    while (regular_use(days, first_regular - date::days{1}, t)) first_regular -= date::days{1};
    return *days.lower_bound(first_regular - date::days{t.regular_use_window_days - 1});
}

Amount total_on(const std::map<LocalDay, DayDose>& by_day, LocalDay day) {
    auto it = by_day.find(day);
    return it == by_day.end() ? Amount{} : it->second.total;
}

// The highest day's total in the `days` days before `day`.
Amount peak_before(const std::map<LocalDay, DayDose>& by_day, LocalDay day, int days) {
    Amount peak{};
    for (auto it = by_day.lower_bound(day - date::days{days}); it != by_day.end() && it->first < day; ++it)
        peak = std::max(peak, it->second.total);
    return peak;
}

// A taper read from the doses themselves (people log a taper as they take it, often after
// the stop date they entered): the last two dose days each at most three quarters of the
// highest day of the three weeks before them. One forgotten dose on the last day is not a taper.
bool logged_taper(const std::map<LocalDay, DayDose>& by_day, LocalDay last) {
    auto it = by_day.find(last);
    if (it == by_day.end() || it == by_day.begin()) return false;
    const auto before = std::prev(it);
    const Amount peak = peak_before(by_day, before->first, 21);
    auto at_most_three_quarters = [&](Amount a) { return a.in_micrograms() * 4 <= peak.in_micrograms() * 3; };
    return peak > Amount{} && at_most_three_quarters(it->second.total) && at_most_three_quarters(before->second.total);
}

// Withdrawal signs logged from the stop day through symptom_days after it.
std::vector<std::string> signs_after(const AnalysisContext& ctx, LocalDay stop) {
    std::vector<std::string> out;
    // Only the days after the stop, not the whole history for every stop; in the order of
    // entries() (time, then position: the index's pointers point into one vector).
    std::vector<const Entry*> window;
    for (LocalDay d = stop; d <= std::min(ctx.as_of(), stop + date::days{symptom_days}); d += date::days{1})
        for (const Entry* e : ctx.index.entries_on(d)) window.push_back(e);
    std::sort(window.begin(), window.end(),
              [](const Entry* a, const Entry* b) { return a->at < b->at || (a->at == b->at && std::less<>{}(a, b)); });
    for (const Entry* e : window) {
        std::string name;
        if (const auto* s = std::get_if<SymptomEntry>(&e->data);
            s && listed(warning_symptoms, s->name))
            name = s->name;
        else if (const auto* f = std::get_if<SideEffectEntry>(&e->data);
                 f && listed(warning_side_effects, f->name))
            name = f->name;
        //: %1: a symptom's name as the journal stores it; %2: a day.
        if (!name.empty()) out.push_back(fill(translate("relief::alerts::withdrawal", "%1 on %2"), {name, display_day(e->day)}));
    }
    return out;
}

struct Stop {
    LocalDay day;            // first day without a dose, or the first day of the drop
    LocalDay last_full;      // the dose day before it
    LocalDay regular_since;  // first day of the regular use before it
    Amount before;
    Amount after;            // zero for a stop
    int days = 0;            // whole days it has lasted so far
    bool recorded = false;   // the medication was stopped in the journal
};

void raise_stop(const AnalysisContext& ctx, const Regimen& r, const Stop& stop,
                std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    const std::string label = ctx.drug_label(r.ingredient);
    const std::string name = capitalised(ctx.display_name(r.ingredient));
    const bool drop = stop.after > Amount{};
    const auto signs = signs_after(ctx, stop.day);
    const bool urgent = !signs.empty();

    // Said after the fact: what to watch for and when to call, not "do not stop".
    std::string message;
    if (drop)
        //: %1: the medicine; %2 and %3: daily amounts ("8 mg"); %4: a day.
        message = fill(translate("relief::alerts::withdrawal", "Your daily %1 fell from %2 to %3 on %4 without a taper plan."),
                       {label, stop.before.to_string(), stop.after.to_string(), display_day(stop.day)});
    else if (stop.recorded)
        //: %1: the medicine; %2: a day.
        message = fill(translate("relief::alerts::withdrawal", "%1 was stopped on %2 after regular use, without a taper plan."),
                       {label, display_day(stop.day)});
    else
        //: %1: the medicine; %2: the day of the last dose; %n: the whole days since.
        message = fill(translate("relief::alerts::withdrawal",
                                 "No dose of %1 is logged since %2 (%n whole days), after regular use. If you took "
                                 "doses and did not log them, log them.",
                                 nullptr, stop.days),
                       {label, display_day(stop.last_full)});
    //: %1: the withdrawal signs to watch for ("hallucinations, confusion, ...").
    message += " " + fill(translate("relief::alerts::withdrawal",
                                    "Stopping or cutting down suddenly can cause withdrawal: watch for %1. Call your "
                                    "clinician today about restarting or a plan to taper."),
                          {r.watch_for});
    if (urgent)
        message += " " + (drop ? translate("relief::alerts::withdrawal",
                                           "You logged possible withdrawal symptoms after the drop: seek urgent care or "
                                           "contact your clinician now.")
                               : translate("relief::alerts::withdrawal",
                                           "You logged possible withdrawal symptoms after the stop: seek urgent care or "
                                           "contact your clinician now."));
    //: %1: the medicine.
    const std::string title =
        drop ? fill(translate("relief::alerts::withdrawal", "%1 cut down suddenly"), {name})
        : stop.recorded ? fill(translate("relief::alerts::withdrawal", "%1 stopped without a taper"), {name})
                        //: %1: the medicine; %n: whole days without a dose.
                        : fill(translate("relief::alerts::withdrawal", "%1 not taken for %n days", nullptr, stop.days),
                               {name});

    Alert alert = make_alert(rule_id, urgent ? AlertSeverity::urgent : AlertSeverity::warning,
                             r.ingredient + (drop ? " cut down" : " stopped"), title, message, r.sources, stop.day);
    alert.drugs = {r.ingredient};
    alert.last_seen = ctx.as_of();
    const int regular_days = static_cast<int>((stop.last_full - stop.regular_since).count()) + 1;
    alert.evidence.push_back({translate("relief::alerts::withdrawal", "Regular use"),
                              fill(translate("relief::alerts::withdrawal", "%1 to %2 (%n days)", nullptr, regular_days),
                                   {display_day(stop.regular_since), display_day(stop.last_full)})});
    alert.evidence.push_back({fill(translate("relief::alerts::withdrawal", "Daily dose on %1"), {display_day(stop.last_full)}),
                              stop.before.to_string()});
    if (drop)
        alert.evidence.push_back(
            {fill(translate("relief::alerts::withdrawal", "Daily dose on %1"), {display_day(stop.day)}), stop.after.to_string()});
    else
        alert.evidence.push_back({translate("relief::alerts::withdrawal", "Days without a dose"),
                                  fill(translate("relief::alerts::withdrawal", "%1 (from %2)"),
                                       {std::to_string(stop.days), display_day(stop.day)})});
    if (stop.recorded)
        alert.evidence.push_back({translate("relief::alerts::withdrawal", "Stop recorded"), display_day(stop.day)});
    alert.evidence.push_back({translate("relief::alerts::withdrawal", "Taper plan"),
                              translate("relief::alerts::withdrawal",
                                        "none set, and the logged doses did not fall before the stop")});
    for (const auto& sign : signs)
        alert.evidence.push_back({translate("relief::alerts::withdrawal", "Logged after the stop"), sign});
    alert.evidence.push_back(
        {translate("relief::alerts::withdrawal", "Threshold"),
         //: %1 is the end of a setting's name: keep "threshold.%1" as it is.
         fill(translate("relief::alerts::withdrawal", "%n days of regular use (setting threshold.%1)", nullptr,
                        r.regular_days),
              {r.key})});
    if (!stop.recorded && !drop)
        alert.evidence.push_back(
            {translate("relief::alerts::withdrawal", "Threshold"),
             translate("relief::alerts::withdrawal",
                       "%n whole days without any dose (setting threshold.withdrawal-gap-days); a skipped or "
                       "forgotten dose belongs to adherence",
                       nullptr, t.withdrawal_gap_days)});
    alert.evidence.push_back(
        {translate("relief::alerts::withdrawal", "Regular use means"),
         fill(translate("relief::alerts::withdrawal",
                        "taken on %1 of %2 days (settings threshold.regular-use-days, "
                        "threshold.regular-use-window-days)"),
              {std::to_string(t.regular_use_days), std::to_string(t.regular_use_window_days)})});
    if (drop)
        alert.evidence.push_back(
            {translate("relief::alerts::withdrawal", "Threshold"),
             //: %1: an amount ("2 mg"); %2: a number of days.
             fill(translate("relief::alerts::withdrawal",
                            "a drop of more than %1 a day, on %2 days in a row (settings "
                            "threshold.tizanidine-drop-mg, threshold.withdrawal-gap-days)"),
                  {Amount::milligrams(t.tizanidine_drop_mg).to_string(), std::to_string(t.withdrawal_gap_days)})});
    out.push_back(std::move(alert));
}

// Only the stop going on as of the analysis day: one that ended when doses resumed is
// resolved, and its alert kept as history by whoever records alerts.
void check_regular_stops(const AnalysisContext& ctx, const Regimen& r, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    auto by_day = ctx.doses.find(r.ingredient);
    if (by_day == ctx.doses.end() || by_day->second.empty()) return;
    const std::set<LocalDay> days = dose_days(ctx.doses, r.ingredient);
    const LocalDay as_of = ctx.as_of();
    const LocalDay last_complete = ctx.index.day_complete(as_of) ? as_of : as_of - date::days{1};
    const LocalDay last = *days.rbegin();  // the last dose day

    const auto meds = ctx.medications_of(r.ingredient);
    const bool recorded_stop = !meds.empty() && std::none_of(meds.begin(), meds.end(), [&](const Medication* m) {
        return m->active_on(as_of);
    });
    Stop stop{last + date::days{1}, last, last, total_on(by_day->second, last), Amount{}};
    stop.days = static_cast<int>((last_complete - last).count());
    stop.recorded = recorded_stop;
    if (stop.days > 0) {
        if (stop.days > t.withdrawal_current_days) return;
        if (!recorded_stop && stop.days < t.withdrawal_gap_days) return;
        if (has_taper_plan(ctx, r.ingredient, stop.day) || logged_taper(by_day->second, last)) return;
    } else if (r.ingredient == "tizanidine") {
        // A cut that lasts: every one of the last gap-days whole days is lower than the
        // highest day of the week before by more than the drop threshold.
        const LocalDay from = last_complete - date::days{t.withdrawal_gap_days - 1};
        const Amount peak = peak_before(by_day->second, from, 7);
        const Amount drop = Amount::milligrams(t.tizanidine_drop_mg);
        for (LocalDay d = from; d <= last_complete; d += date::days{1}) {
            const Amount a = total_on(by_day->second, d);
            if (a == Amount{} || !(peak > a + drop)) return;
            stop.after = std::max(stop.after, a);
        }
        LocalDay start = from;
        while (total_on(by_day->second, start - date::days{1}) > Amount{} &&
               peak > total_on(by_day->second, start - date::days{1}) + drop)
            start -= date::days{1};
        if (planned_drop(ctx, r.ingredient, start) || has_taper_plan(ctx, r.ingredient, start)) return;
        stop.day = start;
        stop.last_full = start - date::days{1};
        while (stop.last_full > by_day->second.begin()->first && total_on(by_day->second, stop.last_full) != peak)
            stop.last_full -= date::days{1};
        stop.before = peak;
        stop.days = static_cast<int>((last_complete - start).count()) + 1;
    } else {
        return;
    }
    const auto since = regular_since(days, stop.last_full, t);
    if (!since || (stop.last_full - *since).count() + 1 < r.regular_days) return;
    stop.regular_since = *since;
    raise_stop(ctx, r, stop, out);
}

// Carisoprodol withdrawal is milder (Soma label), so a finished long course is worth
// mentioning, not warning about. A course has finished once the gap after its last dose
// is longer than a course gap.
void check_carisoprodol(const AnalysisContext& ctx, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    const std::string ingredient = "carisoprodol";
    auto all = ctx.courses.find(ingredient);
    if (all == ctx.courses.end()) return;
    for (const Course& course : all->second) {
        if ((ctx.as_of() - course.last).count() <= t.course_gap_days) continue;
        if ((ctx.as_of() - course.last).count() > t.withdrawal_current_days) continue;
        if (course.length() <= t.carisoprodol_days) continue;
        const LocalDay stop = course.last + date::days{1};
        if (has_taper_plan(ctx, ingredient, stop)) continue;
        //: %1: the medicine; %n: the days of the course.
        const std::string message =
            fill(translate("relief::alerts::withdrawal",
                           "Stopping %1 after %n days can cause withdrawal: watch for anxiety, sleeplessness, "
                           "shaking or muscle twitching. Tell your clinician if they come.",
                           nullptr, course.length()),
                 {ctx.drug_label(ingredient)});
        Alert alert =
            make_alert(rule_id, AlertSeverity::info, ingredient + " stopped",
                       fill(translate("relief::alerts::withdrawal", "%1 stopped after %n days", nullptr, course.length()),
                            {capitalised(ctx.display_name(ingredient))}),
                       message, {sources::soma_label, sources::seed_000}, stop);
        alert.drugs = {ingredient};
        alert.last_seen = ctx.as_of();
        alert.evidence.push_back({translate("relief::alerts::withdrawal", "Course"),
                                  fill(translate("relief::alerts::withdrawal", "%1 to %2 (%n days)", nullptr, course.length()),
                                       {display_day(course.first), display_day(course.last)})});
        alert.evidence.push_back({translate("relief::alerts::withdrawal", "First day without a dose"), display_day(stop)});
        alert.evidence.push_back({translate("relief::alerts::withdrawal", "Taper plan"),
                                  translate("relief::alerts::withdrawal", "none set")});
        alert.evidence.push_back({translate("relief::alerts::withdrawal", "Threshold"),
                                  translate("relief::alerts::withdrawal",
                                            "a course of more than %n days (setting threshold.carisoprodol-days)",
                                            nullptr, t.carisoprodol_days)});
        out.push_back(std::move(alert));
    }
}

}  // namespace

void check_withdrawal(const AnalysisContext& ctx, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    check_regular_stops(ctx,
                        {"tizanidine", t.tizanidine_regular_days, "tizanidine-regular-days", zanaflex_label,
                         {zanaflex_label, sources::seed_000, sources::seed_002},
                         translate("relief::alerts::withdrawal",
                                   "a fast heartbeat, high blood pressure, anxiety, shaking and spasms coming back")},
                        out);
    check_regular_stops(ctx,
                        {"baclofen", t.baclofen_regular_days, "baclofen-regular-days", baclofen_label,
                         {baclofen_label, sources::seed_001},
                         translate("relief::alerts::withdrawal",
                                   "hallucinations, confusion, seizures, high fever, and stiffness or spasms coming back")},
                        out);
    check_carisoprodol(ctx, out);
}

}  // namespace relief
