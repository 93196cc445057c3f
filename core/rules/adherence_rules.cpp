#include "rule_families.h"
#include "sources.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace relief {

namespace {

constexpr const char* below_target_id = "adherence.below-target";
constexpr const char* missed_streak_id = "adherence.missed-streak";
constexpr const char* side_effect_skips_id = "adherence.side-effect-skips";
constexpr const char* pqa = sources::pqa;

// missed-streak looks at runs that reach into the last week (RULES.md gives no window).
constexpr int recent_days = 7;
constexpr std::size_t max_listed = 10;

constexpr std::array<std::string_view, 3> sedating_effects{"drowsiness", "dizziness",
                                                           "cant-stay-awake"};

// Missed baclofen or tizanidine doses can bring back spasms and start withdrawal.
bool needs_steady_levels(const std::string& ingredient) {
    return ingredient == "baclofen" || ingredient == "tizanidine";
}

bool not_taken(const SlotStatus& s) {
    return s.state == SlotState::skipped || s.state == SlotState::missed;
}

// "2026-03-05 08:00 skipped": only doses not taken are listed.
std::string slot_text(const SlotStatus& s, const Zone& home) {
    const std::string when = display_local(s.scheduled, home);
    //: %1: the day and time a dose was due.
    if (s.state == SlotState::skipped) return fill(translate("relief::alerts::adherence_rules", "%1 skipped"), {when});
    //: %1: the day and time a dose was due; missed: never logged.
    if (s.state == SlotState::missed) return fill(translate("relief::alerts::adherence_rules", "%1 missed"), {when});
    return when + " " + std::string(to_string(s.state));
}

int span_days(LocalDay first, LocalDay last) {
    return static_cast<int>((last - first).count()) + 1;
}

// adherence.below-target -------------------------------------------------------------

// The first day of the adherence window as of `day`: the last adherence_window_days, or
// the course so far when it is shorter; nullopt while there are fewer than
// adherence_min_course_days days of schedule to judge.
std::optional<LocalDay> window_first(const AnalysisContext& ctx, const Medication& med,
                                     LocalDay day) {
    const Thresholds& t = ctx.t();
    LocalDay start = ctx.index.expected_from(med);
    if (auto all = ctx.courses.find(med.ingredient); all != ctx.courses.end())
        if (const auto course = course_on(all->second, day, t.course_gap_days))
            start = std::max(start, course->first);
    const LocalDay end = med.stop ? std::min(day, *med.stop) : day;
    if (end < start || span_days(start, end) < t.adherence_min_course_days) return std::nullopt;
    return std::max(start, day - date::days{t.adherence_window_days - 1});
}

std::optional<Adherence> below_target(const AnalysisContext& ctx, const Medication& med,
                                      LocalDay day) {
    const auto first = window_first(ctx, med, day);
    if (!first) return std::nullopt;
    const Adherence a = adherence(ctx.index, med, *first, day);
    if (a.scheduled == 0 || a.percent() >= ctx.t().adherence_percent) return std::nullopt;
    return a;
}

void check_below_target(const AnalysisContext& ctx, const Medication& med,
                        std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    const auto a = below_target(ctx, med, ctx.as_of());
    if (!a) return;
    const int back = static_cast<int>((ctx.as_of() - med.start).count());
    const LocalDay since = *run_start(
        ctx.as_of(), [&](LocalDay d) { return below_target(ctx, med, d).has_value(); }, back);

    const std::string subject = med.name + " adherence";

    const bool warning =
        needs_steady_levels(med.ingredient) && a->percent() < t.adherence_low_percent;
    const std::string label = drug_label(med);
    //: %1 of %2 doses, %3: percent; %4: the medicine; %5 and %6: the first and the last day.
    std::string message = fill(translate("relief::alerts::adherence_rules",
                                         "You took %1 of %2 scheduled doses (%3 %) of %4 from %5 to %6."),
                               {std::to_string(a->taken), std::to_string(a->scheduled), std::to_string(a->percent()),
                                label, display_day(a->first), display_day(a->last)});
    //: %1: the medicine's name.
    message += " " + (warning ? fill(translate("relief::alerts::adherence_rules",
                                               "Missed doses keep %1 from working and can bring back spasms or "
                                               "cause withdrawal."),
                                     {med.name})
                              //: %1: the medicine's name.
                              : fill(translate("relief::alerts::adherence_rules",
                                               "Missed doses can keep %1 from working well."),
                                     {med.name}));
    message += ask_clinician();

    Alert alert = make_alert(
        below_target_id, warning ? AlertSeverity::warning : AlertSeverity::info, subject,
        fill(translate("relief::alerts::adherence_rules", "%1 doses often missed"), {capitalised(med.name)}), message,
        {sources::seed_000, pqa}, since);
    alert.drugs = {med.ingredient};
    alert.evidence.push_back({translate("relief::alerts::adherence_rules", "Doses taken"),
                              fill(translate("relief::alerts::adherence_rules", "%1 of %2 scheduled (%3 %)"),
                                   {std::to_string(a->taken), std::to_string(a->scheduled),
                                    std::to_string(a->percent())})});
    alert.evidence.push_back({translate("relief::alerts::adherence_rules", "Window"),
                              fill(translate("relief::alerts::adherence_rules", "%1 to %2"),
                                   {display_day(a->first), display_day(a->last)})});
    alert.evidence.push_back({translate("relief::alerts::adherence_rules", "Skipped"), std::to_string(a->skipped)});
    alert.evidence.push_back({translate("relief::alerts::adherence_rules", "Never logged"), std::to_string(a->missed)});
    alert.evidence.push_back({translate("relief::alerts::adherence_rules", "Taken late"), std::to_string(a->late)});
    alert.evidence.push_back({translate("relief::alerts::adherence_rules", "Threshold"),
                              fill(translate("relief::alerts::adherence_rules",
                                             "below %1 % (setting threshold.adherence-percent)"),
                                   {std::to_string(t.adherence_percent)})});
    if (warning)
        alert.evidence.push_back({translate("relief::alerts::adherence_rules", "Threshold"),
                                  fill(translate("relief::alerts::adherence_rules",
                                                 "below %1 % for baclofen or tizanidine (setting "
                                                 "threshold.adherence-low-percent)"),
                                       {std::to_string(t.adherence_low_percent)})});
    alert.evidence.push_back({translate("relief::alerts::adherence_rules", "Window rule"),
                              fill(translate("relief::alerts::adherence_rules",
                                             "the last %1 days, or the course so far from %2 days (settings "
                                             "threshold.adherence-window-days, threshold.adherence-min-course-days)"),
                                   {std::to_string(t.adherence_window_days),
                                    std::to_string(t.adherence_min_course_days)})});
    out.push_back(std::move(alert));
}

// adherence.missed-streak ------------------------------------------------------------

void raise_streak(const AnalysisContext& ctx, const Medication& med,
                  std::vector<SlotStatus>::const_iterator first,
                  std::vector<SlotStatus>::const_iterator last, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    const Zone& home = ctx.index.home();
    const int length = static_cast<int>(last - first);
    // A whole day of baclofen or tizanidine doses missed is when spasms return and
    // withdrawal begins; two doses of three on one day are an adherence note. For a
    // once-a-day dose, whole days without it are withdrawal.abrupt-stop's to warn about.
    const auto per_day = static_cast<int>(med.schedule_on(home.day_of(first->scheduled)).times.size());
    // When withdrawal.abrupt-stop already warns about the same days, this is the note.
    const bool stop_raised = std::any_of(out.begin(), out.end(), [&](const Alert& a) {
        return a.rule_id == "withdrawal.abrupt-stop" &&
               std::find(a.drugs.begin(), a.drugs.end(), med.ingredient) != a.drugs.end();
    });
    const bool warning = needs_steady_levels(med.ingredient) && per_day >= 2 &&
                         length >= std::max(t.missed_streak, per_day) && !stop_raised;
    //: %n: how many doses; %1: the medicine.
    std::string message = fill(
        translate("relief::alerts::adherence_rules", "You missed %n doses of %1 in a row.", nullptr, length),
        {drug_label(med)});
    if (warning)
        //: %1: the medicine's name.
        message += " " + fill(translate("relief::alerts::adherence_rules",
                                        "Missed %1 doses can bring back spasms or cause withdrawal."),
                              {med.name});
    message += ask_clinician();

    Alert alert =
        make_alert(missed_streak_id, warning ? AlertSeverity::warning : AlertSeverity::info,
                   med.name + " doses missed in a row",
                   //: %1: the medicine's name; %n: how many doses.
                   fill(translate("relief::alerts::adherence_rules", "%1: %n doses missed in a row", nullptr, length),
                        {capitalised(med.name)}),
                   message, {sources::seed_000}, home.day_of(first->scheduled));
    alert.drugs = {med.ingredient};
    alert.evidence.push_back(
        {translate("relief::alerts::adherence_rules", "Doses not taken in a row"), std::to_string(length)});
    alert.evidence.push_back({translate("relief::alerts::adherence_rules", "From"), display_local(first->scheduled, home)});
    alert.evidence.push_back({translate("relief::alerts::adherence_rules", "To"), display_local((last - 1)->scheduled, home)});
    const auto listed_from =
        length > static_cast<int>(max_listed) ? last - static_cast<long>(max_listed) : first;
    if (listed_from != first)
        alert.evidence.push_back({translate("relief::alerts::adherence_rules", "Listed"),
                                  fill(translate("relief::alerts::adherence_rules", "the latest %1 of %2 doses"),
                                       {std::to_string(max_listed), std::to_string(length)})});
    for (auto it = listed_from; it != last; ++it)
        alert.evidence.push_back({translate("relief::alerts::adherence_rules", "Dose"), slot_text(*it, home)});
    alert.evidence.push_back(
        {translate("relief::alerts::adherence_rules", "Threshold"),
         translate("relief::alerts::adherence_rules", "%n doses in a row (setting threshold.missed-streak)", nullptr,
                   t.missed_streak)});
    out.push_back(std::move(alert));
}

// Every run of doses not taken that reaches into the last recent_days days; a run is
// dated from its first dose however far back it starts, so its identity stays put.
void check_missed_streak(const AnalysisContext& ctx, const Medication& med, const SlotHistory& history,
                         std::vector<Alert>& out) {
    const LocalDay recent = ctx.as_of() - date::days{recent_days - 1};
    // The slots from a few days before the recent days, reaching further back only while
    // the run at their start goes on: years of history are not judged dose by dose.
    LocalDay from = recent - date::days{recent_days};
    std::vector<SlotStatus> slots = history.from(from);
    while (!history.complete_from(from) && !slots.empty() && not_taken(slots.front())) {
        from -= date::days{std::max<long>(28, (ctx.as_of() - from).count())};
        slots = history.from(from);
    }
    // One alert per medication: the latest run (the pattern's latest occurrence).
    std::optional<std::pair<std::vector<SlotStatus>::const_iterator, std::vector<SlotStatus>::const_iterator>> latest;
    for (auto it = slots.cbegin(); it != slots.cend();) {
        if (!not_taken(*it)) {
            ++it;
            continue;
        }
        auto end = std::find_if(it, slots.cend(), [](const SlotStatus& s) { return !not_taken(s); });
        if (end - it >= ctx.t().missed_streak &&
            ctx.index.home().day_of((end - 1)->scheduled) >= recent)
            latest = std::make_pair(it, end);
        it = end;
    }
    if (latest) raise_streak(ctx, med, latest->first, latest->second, out);
}

// adherence.side-effect-skips --------------------------------------------------------

struct SideEffectAt {
    Instant at;
    const Entry* entry;
    const SideEffectEntry* effect;
};

// Moderate or severe sedating side effects logged from `from` on, in time order.
std::vector<SideEffectAt> sedating_side_effects(const AnalysisContext& ctx, Instant from) {
    std::vector<SideEffectAt> out;
    const auto& all = ctx.index.entries();
    auto it = std::lower_bound(all.begin(), all.end(), from, [](const Entry* e, Instant at) { return e->at < at; });
    for (; it != all.end(); ++it) {
        const auto* s = std::get_if<SideEffectEntry>(&(*it)->data);
        if (!s || s->severity < Severity::moderate) continue;
        if (std::find(sedating_effects.begin(), sedating_effects.end(), s->name) == sedating_effects.end()) continue;
        out.push_back({(*it)->at, *it, s});
    }
    return out;
}

// "moderate drowsiness at 2026-03-05 21:00"
std::string side_effect_text(const AnalysisContext& ctx, const SideEffectAt& e) {
    const std::string severity = e.effect->severity == Severity::severe
                                     ? translate("relief::alerts::adherence_rules", "severe")
                                     : translate("relief::alerts::adherence_rules", "moderate");
    //: %1: moderate or severe; %2: the side effect's name as the journal stores it; %3: a day and time.
    return fill(translate("relief::alerts::adherence_rules", "%1 %2 at %3"),
                {severity, e.effect->name, display_local(e.at, ctx.index.home())});
}

// The side effect that a dose not taken followed within side_effect_skip_hours, if any
// (the latest of them).
const SideEffectAt* preceding(const std::vector<SideEffectAt>& effects, const SlotStatus& slot,
                              const Thresholds& t) {
    const auto hours = std::chrono::hours{t.side_effect_skip_hours};
    auto after = std::upper_bound(effects.begin(), effects.end(), slot.scheduled,
                                  [](Instant at, const SideEffectAt& e) { return at < e.at; });
    if (after == effects.begin()) return nullptr;
    const SideEffectAt& found = *(after - 1);
    return slot.scheduled - found.at <= hours ? &found : nullptr;
}

void check_side_effect_skips(const AnalysisContext& ctx, const Medication& med, const SlotHistory& history,
                             std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    const Zone& home = ctx.index.home();

    struct Skip {
        LocalDay day;
        SlotStatus slot;
        const SideEffectAt* after;
    };
    const int window = t.side_effect_skip_window_days;
    const int back = static_cast<int>((ctx.as_of() - med.start).count());
    // The skips of the slots from `from` on; the run of days on which the window held is
    // followed back until it ends inside what was read, or reaches med.start.
    LocalDay from = ctx.as_of() - date::days{window + 28};
    std::vector<SideEffectAt> effects;
    std::vector<Skip> skips;
    auto in_window = [&](LocalDay end) {
        const LocalDay first = end - date::days{window - 1};
        std::vector<const Skip*> found;
        for (const auto& k : skips)
            if (k.day >= first && k.day <= end) found.push_back(&k);
        return found;
    };
    std::optional<LocalDay> since;
    while (true) {
        const bool complete = history.complete_from(from);
        effects = sedating_side_effects(ctx, complete ? Instant::min() : history.first_instant(from) - std::chrono::hours{t.side_effect_skip_hours});
        if (effects.empty()) return;
        skips.clear();
        for (const auto& s : history.from(from))
            if (not_taken(s))
                if (const auto* e = preceding(effects, s, t)) skips.push_back({home.day_of(s.scheduled), s, e});
        if (static_cast<int>(in_window(ctx.as_of()).size()) < t.side_effect_skips) return;
        since = *run_start(
            ctx.as_of(), [&](LocalDay d) { return static_cast<int>(in_window(d).size()) >= t.side_effect_skips; },
            back);
        // Days whose window starts before `from` were judged on part of their slots.
        if (complete || *since - date::days{window} > from) break;
        from -= date::days{std::max<long>(window + 28, (ctx.as_of() - from).count())};
    }
    const auto counted = in_window(ctx.as_of());

    //: %1: the medicine.
    const std::string message =
        fill(translate("relief::alerts::adherence_rules",
                       "Side effects may be getting in the way of your %1 doses; your clinician may adjust the plan."),
             {drug_label(med)}) +
        ask_clinician();
    Alert alert =
        make_alert(side_effect_skips_id, AlertSeverity::info,
                   med.name + " doses missed after side effects",
                   fill(translate("relief::alerts::adherence_rules", "%1 doses missed after side effects"),
                        {capitalised(med.name)}),
                   message, {sources::seed_000}, *since);
    alert.drugs = {med.ingredient};
    alert.evidence.push_back({translate("relief::alerts::adherence_rules", "Doses not taken after side effects"),
                              std::to_string(counted.size())});
    const std::size_t skip_first = counted.size() > max_listed ? counted.size() - max_listed : 0;
    if (skip_first > 0)
        alert.evidence.push_back({translate("relief::alerts::adherence_rules", "Listed"),
                                  fill(translate("relief::alerts::adherence_rules", "the latest %1 of %2 doses"),
                                       {std::to_string(max_listed), std::to_string(counted.size())})});
    for (std::size_t i = skip_first; i < counted.size(); ++i)
        alert.evidence.push_back(
            {translate("relief::alerts::adherence_rules", "Dose"),
             //: %1: a dose not taken ("2026-03-05 08:00 skipped"); %2: the side effect before it.
             fill(translate("relief::alerts::adherence_rules", "%1, after %2"),
                  {slot_text(counted[i]->slot, home), side_effect_text(ctx, *counted[i]->after)})});
    alert.evidence.push_back(
        {translate("relief::alerts::adherence_rules", "Threshold"),
         fill(translate("relief::alerts::adherence_rules",
                        "%1 doses in %2 days (settings threshold.side-effect-skips, "
                        "threshold.side-effect-skip-window-days)"),
              {std::to_string(t.side_effect_skips), std::to_string(t.side_effect_skip_window_days)})});
    alert.evidence.push_back(
        {translate("relief::alerts::adherence_rules", "Threshold"),
         translate("relief::alerts::adherence_rules",
                   "within %n hours after moderate or severe drowsiness or dizziness (setting "
                   "threshold.side-effect-skip-hours)",
                   nullptr, t.side_effect_skip_hours)});
    out.push_back(std::move(alert));
}

}  // namespace

void check_adherence(const AnalysisContext& ctx, std::vector<Alert>& out) {
    for (const Medication& med : ctx.index.medications()) {
        if (!med.ever_scheduled() || med.start > ctx.as_of()) continue;
        check_below_target(ctx, med, out);
        const SlotHistory history(ctx.index, med);
        check_missed_streak(ctx, med, history, out);
        check_side_effect_skips(ctx, med, history, out);
    }
}

}  // namespace relief
