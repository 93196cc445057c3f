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
constexpr const char* zanaflex_label = "Zanaflex (tizanidine) US label";
constexpr const char* baclofen_label = "Baclofen (Lioresal) US label";

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

// Withdrawal signs logged from the stop day through symptom_days after it.
std::vector<std::string> signs_after(const AnalysisContext& ctx, LocalDay stop) {
    std::vector<std::string> out;
    // Only the days after the stop, not the whole history for every stop; in the order of
    // entries() (time, then position: the index's pointers point into one vector).
    std::vector<const Entry*> window;
    for (LocalDay d = stop; d <= stop + date::days{symptom_days}; d += date::days{1})
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
        if (!name.empty()) out.push_back(name + " on " + format_day(e->day));
    }
    return out;
}

struct Stop {
    LocalDay day;            // first day at 0 mg, or the day of the drop
    LocalDay last_full;      // the dose day before it
    LocalDay regular_since;  // first day of the regular use before it
    Amount before;
    Amount after;  // zero for a stop
};

void raise_stop(const AnalysisContext& ctx, const Regimen& r, const Stop& stop,
                std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    const std::string label = ctx.drug_label(r.ingredient);
    const std::string name = capitalised(ctx.display_name(r.ingredient));
    const bool drop = stop.after > Amount{};
    const auto signs = signs_after(ctx, stop.day);
    const bool urgent = !signs.empty();

    std::string message =
        (drop ? "Cutting down " : "Stopping ") + label +
        " suddenly can cause withdrawal. Do not stop without a plan from your clinician.";
    if (urgent)
        message += " You logged possible withdrawal symptoms after the " +
                   std::string(drop ? "drop" : "stop") +
                   ": seek urgent care or contact your clinician now.";
    const std::string title = name + (drop ? " cut down suddenly" : " stopped suddenly");

    Alert alert =
        make_alert(rule_id, urgent ? AlertSeverity::urgent : AlertSeverity::warning,
                   r.ingredient + " stop on " + format_day(stop.day), title, message,
                   {sources::seed_000, sources::seed_001, sources::seed_002, r.label}, stop.day);
    const int regular_days = static_cast<int>((stop.last_full - stop.regular_since).count()) + 1;
    alert.evidence.push_back({"Regular use", format_day(stop.regular_since) + " to " +
                                                 format_day(stop.last_full) + " (" +
                                                 std::to_string(regular_days) + " days)"});
    alert.evidence.push_back(
        {"Daily dose on " + format_day(stop.last_full), stop.before.to_string()});
    if (drop)
        alert.evidence.push_back({"Daily dose on " + format_day(stop.day), stop.after.to_string()});
    else
        alert.evidence.push_back({"First day without a dose", format_day(stop.day)});
    alert.evidence.push_back({"Taper plan", "none set"});
    for (const auto& sign : signs) alert.evidence.push_back({"Logged after the stop", sign});
    alert.evidence.push_back({"Threshold", std::to_string(r.regular_days) +
                                               " days of regular use (setting threshold." + r.key +
                                               ")"});
    alert.evidence.push_back(
        {"Regular use means", "taken on " + std::to_string(t.regular_use_days) + " of " +
                                  std::to_string(t.regular_use_window_days) +
                                  " days (settings threshold.regular-use-days, "
                                  "threshold.regular-use-window-days)"});
    if (drop)
        alert.evidence.push_back(
            {"Threshold", "a drop of more than " +
                              Amount::milligrams(t.tizanidine_drop_mg).to_string() +
                              " a day (setting threshold.tizanidine-drop-mg)"});
    out.push_back(std::move(alert));
}

void check_regular_stops(const AnalysisContext& ctx, const Regimen& r, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    auto by_day = ctx.doses.find(r.ingredient);
    if (by_day == ctx.doses.end()) return;
    const std::set<LocalDay> days = dose_days(ctx.doses, r.ingredient);
    const bool drops_count = r.ingredient == "tizanidine";

    for (const LocalDay day : days) {
        const LocalDay next = day + date::days{1};
        // A day without a dose only counts once it is over: this morning is no stop.
        if (!ctx.index.day_complete(next)) break;
        Stop stop{next, day, day, total_on(by_day->second, day), total_on(by_day->second, next)};
        const bool stopped = !days.contains(next);
        const bool dropped = drops_count && !stopped &&
                             stop.before > stop.after + Amount::milligrams(t.tizanidine_drop_mg);
        if (!stopped && !dropped) continue;
        if (has_taper_plan(ctx, r.ingredient, next)) continue;
        if (dropped && planned_drop(ctx, r.ingredient, next)) continue;
        const auto since = regular_since(days, day, t);
        if (!since || (day - *since).count() + 1 < r.regular_days) continue;
        stop.regular_since = *since;
        raise_stop(ctx, r, stop, out);
    }
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
        if (course.length() <= t.carisoprodol_days) continue;
        const LocalDay stop = course.last + date::days{1};
        if (has_taper_plan(ctx, ingredient, stop)) continue;
        const std::string message =
            "Stopping " + ctx.drug_label(ingredient) + " after " + std::to_string(course.length()) +
            " days can cause withdrawal. Do not stop without a plan from your clinician.";
        Alert alert =
            make_alert(rule_id, AlertSeverity::info, ingredient + " stop on " + format_day(stop),
                       capitalised(ctx.display_name(ingredient)) + " stopped after " +
                           std::to_string(course.length()) + " days",
                       message, {sources::soma_label, sources::seed_000}, stop);
        alert.evidence.push_back({"Course", format_day(course.first) + " to " +
                                                format_day(course.last) + " (" +
                                                std::to_string(course.length()) + " days)"});
        alert.evidence.push_back({"First day without a dose", format_day(stop)});
        alert.evidence.push_back({"Taper plan", "none set"});
        alert.evidence.push_back({"Threshold", "a course of more than " +
                                                   std::to_string(t.carisoprodol_days) +
                                                   " days (setting threshold.carisoprodol-days)"});
        out.push_back(std::move(alert));
    }
}

}  // namespace

void check_withdrawal(const AnalysisContext& ctx, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    check_regular_stops(
        ctx, {"tizanidine", t.tizanidine_regular_days, "tizanidine-regular-days", zanaflex_label},
        out);
    check_regular_stops(
        ctx, {"baclofen", t.baclofen_regular_days, "baclofen-regular-days", baclofen_label}, out);
    check_carisoprodol(ctx, out);
}

}  // namespace relief
