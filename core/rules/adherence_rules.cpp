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

std::string slot_text(const SlotStatus& s, const Zone& home) {
    return format_local(s.scheduled, home) + " " + std::string(to_string(s.state));
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
    std::string message = "You took " + std::to_string(a->taken) + " of " +
                          std::to_string(a->scheduled) + " scheduled doses (" +
                          std::to_string(a->percent()) + " %) of " + label + " from " +
                          format_day(a->first) + " to " + format_day(a->last) + ".";
    message += warning ? " Missed doses keep " + med.name +
                             " from working and can bring back spasms or cause withdrawal."
                       : " Missed doses can keep " + med.name + " from working well.";
    message += ask_clinician;

    Alert alert = make_alert(
        below_target_id, warning ? AlertSeverity::warning : AlertSeverity::info, subject,
        capitalised(med.name) + " doses often missed", message, {sources::seed_000, pqa}, since);
    alert.drugs = {med.ingredient};
    alert.evidence.push_back({"Doses taken", std::to_string(a->taken) + " of " +
                                                 std::to_string(a->scheduled) + " scheduled (" +
                                                 std::to_string(a->percent()) + " %)"});
    alert.evidence.push_back({"Window", format_day(a->first) + " to " + format_day(a->last)});
    alert.evidence.push_back({"Skipped", std::to_string(a->skipped)});
    alert.evidence.push_back({"Never logged", std::to_string(a->missed)});
    alert.evidence.push_back({"Taken late", std::to_string(a->late)});
    alert.evidence.push_back({"Threshold", "below " + std::to_string(t.adherence_percent) +
                                               " % (setting threshold.adherence-percent)"});
    if (warning)
        alert.evidence.push_back({"Threshold", "below " + std::to_string(t.adherence_low_percent) +
                                                   " % for baclofen or tizanidine (setting "
                                                   "threshold.adherence-low-percent)"});
    alert.evidence.push_back({"Window rule", "the last " + std::to_string(t.adherence_window_days) +
                                                 " days, or the course so far from " +
                                                 std::to_string(t.adherence_min_course_days) +
                                                 " days (settings threshold.adherence-window-days, "
                                                 "threshold.adherence-min-course-days)"});
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
    std::string message =
        "You missed " + std::to_string(length) + " doses of " + drug_label(med) + " in a row.";
    if (warning)
        message += " Missed " + med.name + " doses can bring back spasms or cause withdrawal.";
    message += ask_clinician;

    Alert alert =
        make_alert(missed_streak_id, warning ? AlertSeverity::warning : AlertSeverity::info,
                   med.name + " doses missed in a row",
                   capitalised(med.name) + ": " + std::to_string(length) + " doses missed in a row",
                   message, {sources::seed_000}, home.day_of(first->scheduled));
    alert.drugs = {med.ingredient};
    alert.evidence.push_back({"Doses not taken in a row", std::to_string(length)});
    alert.evidence.push_back({"From", format_local(first->scheduled, home)});
    alert.evidence.push_back({"To", format_local((last - 1)->scheduled, home)});
    const auto listed_from =
        length > static_cast<int>(max_listed) ? last - static_cast<long>(max_listed) : first;
    if (listed_from != first)
        alert.evidence.push_back({"Listed", "the latest " + std::to_string(max_listed) + " of " +
                                                std::to_string(length) + " doses"});
    for (auto it = listed_from; it != last; ++it)
        alert.evidence.push_back({"Dose", slot_text(*it, home)});
    alert.evidence.push_back(
        {"Threshold",
         std::to_string(t.missed_streak) + " doses in a row (setting threshold.missed-streak)"});
    out.push_back(std::move(alert));
}

// Every run of doses not taken that reaches into the last recent_days days; a run is
// dated from its first dose however far back it starts, so its identity stays put.
void check_missed_streak(const AnalysisContext& ctx, const Medication& med,
                         const std::vector<SlotStatus>& slots, std::vector<Alert>& out) {
    const LocalDay recent = ctx.as_of() - date::days{recent_days - 1};
    // One alert per medication: the latest run (the pattern's latest occurrence).
    std::optional<std::pair<std::vector<SlotStatus>::const_iterator, std::vector<SlotStatus>::const_iterator>> latest;
    for (auto it = slots.begin(); it != slots.end();) {
        if (!not_taken(*it)) {
            ++it;
            continue;
        }
        auto end = std::find_if(it, slots.end(), [](const SlotStatus& s) { return !not_taken(s); });
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
    std::string text;
};

std::vector<SideEffectAt> sedating_side_effects(const AnalysisContext& ctx) {
    std::vector<SideEffectAt> out;
    for (const Entry* e : ctx.index.entries()) {
        const auto* s = std::get_if<SideEffectEntry>(&e->data);
        if (!s || s->severity < Severity::moderate) continue;
        if (std::find(sedating_effects.begin(), sedating_effects.end(), s->name) ==
            sedating_effects.end())
            continue;
        out.push_back({e->at, std::string(to_string(s->severity)) + " " + s->name + " at " +
                                  format_local(e->at, ctx.index.home())});
    }
    return out;
}

// The side effect that a dose not taken followed within side_effect_skip_hours, if any.
const SideEffectAt* preceding(const std::vector<SideEffectAt>& effects, const SlotStatus& slot,
                              const Thresholds& t) {
    const auto hours = std::chrono::hours{t.side_effect_skip_hours};
    const SideEffectAt* found = nullptr;
    for (const auto& e : effects)
        if (e.at <= slot.scheduled && slot.scheduled - e.at <= hours) found = &e;
    return found;
}

void check_side_effect_skips(const AnalysisContext& ctx, const Medication& med,
                             const std::vector<SlotStatus>& slots, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    const Zone& home = ctx.index.home();
    const auto effects = sedating_side_effects(ctx);
    if (effects.empty()) return;

    struct Skip {
        LocalDay day;
        const SlotStatus* slot;
        const SideEffectAt* after;
    };
    std::vector<Skip> skips;
    for (const auto& s : slots)
        if (not_taken(s))
            if (const auto* e = preceding(effects, s, t))
                skips.push_back({home.day_of(s.scheduled), &s, e});
    auto in_window = [&](LocalDay end) {
        const LocalDay first = end - date::days{t.side_effect_skip_window_days - 1};
        std::vector<const Skip*> found;
        for (const auto& k : skips)
            if (k.day >= first && k.day <= end) found.push_back(&k);
        return found;
    };
    const auto counted = in_window(ctx.as_of());
    if (static_cast<int>(counted.size()) < t.side_effect_skips) return;
    const int back = static_cast<int>((ctx.as_of() - med.start).count());
    const LocalDay since = *run_start(
        ctx.as_of(),
        [&](LocalDay d) { return static_cast<int>(in_window(d).size()) >= t.side_effect_skips; },
        back);

    const std::string message = "Side effects may be getting in the way of your " +
                                drug_label(med) + " doses; your clinician may adjust the plan." +
                                ask_clinician;
    Alert alert =
        make_alert(side_effect_skips_id, AlertSeverity::info,
                   med.name + " doses missed after side effects",
                   capitalised(med.name) + " doses missed after side effects", message,
                   {sources::seed_000}, since);
    alert.drugs = {med.ingredient};
    alert.evidence.push_back(
        {"Doses not taken after side effects", std::to_string(counted.size())});
    const std::size_t skip_first = counted.size() > max_listed ? counted.size() - max_listed : 0;
    if (skip_first > 0)
        alert.evidence.push_back({"Listed", "the latest " + std::to_string(max_listed) + " of " +
                                                std::to_string(counted.size()) + " doses"});
    for (std::size_t i = skip_first; i < counted.size(); ++i)
        alert.evidence.push_back(
            {"Dose", slot_text(*counted[i]->slot, home) + ", after " + counted[i]->after->text});
    alert.evidence.push_back({"Threshold", std::to_string(t.side_effect_skips) + " doses in " +
                                               std::to_string(t.side_effect_skip_window_days) +
                                               " days (settings threshold.side-effect-skips, "
                                               "threshold.side-effect-skip-window-days)"});
    alert.evidence.push_back(
        {"Threshold", "within " + std::to_string(t.side_effect_skip_hours) +
                          " hours after moderate or severe drowsiness or dizziness "
                          "(setting threshold.side-effect-skip-hours)"});
    out.push_back(std::move(alert));
}

}  // namespace

void check_adherence(const AnalysisContext& ctx, std::vector<Alert>& out) {
    for (const Medication& med : ctx.index.medications()) {
        if (!med.ever_scheduled() || med.start > ctx.as_of()) continue;
        check_below_target(ctx, med, out);
        const auto slots = settled_slots(ctx.index, med, med.start, ctx.as_of());
        check_missed_streak(ctx, med, slots, out);
        check_side_effect_skips(ctx, med, slots, out);
    }
}

}  // namespace relief
