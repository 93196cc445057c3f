#include <string>

#include "rule_families.h"
#include "sources.h"

namespace relief {

namespace {

constexpr const char* persistent_id = "reassess.persistent-pain";
constexpr const char* worsening_id = "reassess.worsening";
// Means of integer scores are compared after division; this keeps 5.0 - 3.0 at 2.
constexpr double tolerance = 1e-9;

// "4-6 weeks", or in days when either end is not a whole number of weeks.
std::string range_text(int from_days, int to_days) {
    if (from_days % 7 == 0 && to_days % 7 == 0)
        //: A range of time after a preposition ("at 4-6 weeks"); German: dative.
        return fill(translate("relief::alerts::reassessment", "%1-%2 weeks"),
                    {std::to_string(from_days / 7), std::to_string(to_days / 7)});
    //: A range of time after a preposition ("at 28-42 days"); German: dative.
    return fill(translate("relief::alerts::reassessment", "%1-%2 days"),
                {std::to_string(from_days), std::to_string(to_days)});
}

// Episode day `from_day` or later with scores that show no clinically important improvement.
bool unimproved_on(const AnalysisContext& ctx, const Episode& e, LocalDay day, int from_day) {
    if (e.day_number(day) < from_day) return false;
    const auto c = compare_pain(ctx, e.start, day);
    return c && !clinically_important_improvement(c->baseline.mean, c->current, ctx.t());
}

void check_persistent(const AnalysisContext& ctx, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    const LocalDay as_of = ctx.as_of();
    if (!back_pain_guidance_applies(ctx.index.profile())) return;
    const auto episode = current_episode(ctx.index, ctx.pain);
    if (!episode || !unimproved_on(ctx, *episode, as_of, t.persistent_pain_day)) return;
    // Where the PEG is logged it decides (function.peg-*): it weighs function beside pain.
    if (peg_change(ctx, episode->start, as_of)) return;

    const int day = episode->day_number(as_of);
    const bool overdue = day >= t.persistent_pain_overdue_day;
    const int step_day = overdue ? t.persistent_pain_overdue_day : t.persistent_pain_day;
    const auto since = run_start(
        as_of, [&](LocalDay d) { return unimproved_on(ctx, *episode, d, step_day); }, day);
    const auto c = compare_pain(ctx, episode->start, as_of);

    const std::string lasted = span_text(step_day);
    const std::string guidance = range_text(t.persistent_pain_day, t.persistent_pain_overdue_day);
    const std::string title =
        overdue ? fill(translate("relief::alerts::reassessment", "Pain for %1: re-assessment overdue"), {lasted})
                : fill(translate("relief::alerts::reassessment", "Pain for %1 without improvement"), {lasted});
    //: %1: how long the pain has lasted ("4 weeks"); %2: when guidance says to re-assess ("4-6 weeks").
    const std::string message =
        overdue ? fill(translate("relief::alerts::reassessment",
                                 "Your pain has lasted %1 without clear improvement. Guidance is to be re-assessed at "
                                 "%2, so a re-assessment is now overdue. Please arrange a review with your clinician."),
                       {lasted, guidance})
                //: %1: how long the pain has lasted ("4 weeks"); %2: when guidance says to re-assess ("4-6 weeks").
                : fill(translate("relief::alerts::reassessment",
                                 "Your pain has lasted %1 without clear improvement. Guidance is to be re-assessed at "
                                 "%2. Please arrange a review with your clinician."),
                       {lasted, guidance});

    Alert alert =
        make_alert(persistent_id, AlertSeverity::warning, episode_subject(*episode), title, message,
                   {sources::seed_003, sources::farrar}, since.value_or(as_of));
    alert.evidence.push_back({translate("relief::alerts::reassessment", "Pain episode"),
                              fill(translate("relief::alerts::reassessment", "day %1 (from %2)"),
                                   {std::to_string(day), display_day(episode->start)})});
    alert.evidence.push_back({translate("relief::alerts::reassessment", "Baseline"), baseline_text(c->baseline)});
    alert.evidence.push_back({translate("relief::alerts::reassessment", "Last %n days", nullptr, t.window_days),
                              window_text(ctx.pain, c->current, as_of, t.window_days)});
    alert.evidence.push_back({translate("relief::alerts::reassessment", "Threshold"),
                              fill(translate("relief::alerts::reassessment",
                                             "episode day %1 (setting threshold.persistent-pain-day)"),
                                   {std::to_string(t.persistent_pain_day)})});
    if (overdue)
        alert.evidence.push_back(
            {translate("relief::alerts::reassessment", "Re-assessment"),
             fill(translate("relief::alerts::reassessment",
                            "overdue: episode day %1 or later (setting threshold.persistent-pain-overdue-day)"),
                  {std::to_string(t.persistent_pain_overdue_day)})});
    alert.evidence.push_back(improvement_evidence(t));
    out.push_back(std::move(alert));
}

struct Rise {
    double current = 0;
    double previous = 0;
};

// The window ending on `day` against the window just before it; both must exist.
std::optional<Rise> rise_on(const AnalysisContext& ctx, LocalDay day) {
    const auto current = window_mean(ctx.pain, day, ctx.t());
    const auto previous = window_mean(ctx.pain, day - date::days{ctx.t().window_days}, ctx.t());
    if (!current || !previous) return std::nullopt;
    return Rise{*current, *previous};
}

bool worsening_on(const AnalysisContext& ctx, LocalDay day) {
    const auto r = rise_on(ctx, day);
    return r && r->current - r->previous >= ctx.t().worsening_points - tolerance;
}

void check_worsening(const AnalysisContext& ctx, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    const LocalDay as_of = ctx.as_of();
    if (!worsening_on(ctx, as_of)) return;
    const auto since = run_start(
        as_of, [&](LocalDay d) { return worsening_on(ctx, d); }, ctx.history_days());
    const LocalDay start = since.value_or(as_of);
    const auto r = rise_on(ctx, as_of);
    const LocalDay previous_end = as_of - date::days{t.window_days};

    //: %n: the days of each mean; %1 and %2: pain means (0-10), the recent one first.
    const std::string message =
        fill(translate("relief::alerts::reassessment",
                       "Your pain is getting worse: the last %n days averaged %1, up from %2 the days before. Please "
                       "arrange a check-up with your clinician.",
                       nullptr, t.window_days),
             {display_mean(r->current), display_mean(r->previous)});
    Alert alert = make_alert(worsening_id, AlertSeverity::warning,
                             "worsening pain", translate("relief::alerts::reassessment", "Pain getting worse"),
                             message, {sources::seed_003}, start);
    alert.evidence.push_back({translate("relief::alerts::reassessment", "Last %n days", nullptr, t.window_days),
                              window_text(ctx.pain, r->current, as_of, t.window_days)});
    alert.evidence.push_back({translate("relief::alerts::reassessment", "Previous %n days", nullptr, t.window_days),
                              window_text(ctx.pain, r->previous, previous_end, t.window_days)});
    //: A rise of the pain mean (0-10): "1.5 points".
    alert.evidence.push_back({translate("relief::alerts::reassessment", "Increase"),
                              fill(translate("relief::alerts::reassessment", "%1 points"),
                                   {display_mean(r->current - r->previous)})});
    alert.evidence.push_back(
        {translate("relief::alerts::reassessment", "Threshold"),
         t.worsening_points == 1
             ? translate("relief::alerts::reassessment", "%n point (setting threshold.worsening-points)", nullptr,
                         t.worsening_points)
             : translate("relief::alerts::reassessment", "%n points (setting threshold.worsening-points)", nullptr,
                         t.worsening_points)});
    alert.evidence.push_back(
        {translate("relief::alerts::reassessment", "Window mean"),
         fill(translate("relief::alerts::reassessment",
                        "needs %1 of %n days logged (setting threshold.window-min-logged-days)", nullptr,
                        t.window_days),
              {std::to_string(t.window_min_logged_days)})});
    out.push_back(std::move(alert));
}

}  // namespace

void check_reassessment(const AnalysisContext& ctx, std::vector<Alert>& out) {
    check_persistent(ctx, out);
    check_worsening(ctx, out);
}

}  // namespace relief
