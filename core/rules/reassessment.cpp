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
        return std::to_string(from_days / 7) + "-" + std::to_string(to_days / 7) + " weeks";
    return std::to_string(from_days) + "-" + std::to_string(to_days) + " days";
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
    const std::string title = overdue ? "Pain for " + lasted + ": re-assessment overdue"
                                      : "Pain for " + lasted + " without improvement";
    const std::string message = "Your pain has lasted " + lasted +
                                " without clear improvement. Guidance is to be re-assessed at " +
                                guidance +
                                (overdue ? ", so a re-assessment is now overdue." : ".") +
                                " Please arrange a review with your clinician.";

    Alert alert =
        make_alert(persistent_id, AlertSeverity::warning, episode_subject(*episode), title, message,
                   {sources::seed_003, sources::farrar}, since.value_or(as_of));
    alert.evidence.push_back({"Pain episode", "day " + std::to_string(day) + " (from " +
                                                  format_day(episode->start) + ")"});
    alert.evidence.push_back({"Baseline", baseline_text(c->baseline)});
    alert.evidence.push_back({"Last " + std::to_string(t.window_days) + " days",
                              window_text(ctx.pain, c->current, as_of, t.window_days)});
    alert.evidence.push_back({"Threshold", "episode day " + std::to_string(t.persistent_pain_day) +
                                               " (setting threshold.persistent-pain-day)"});
    if (overdue)
        alert.evidence.push_back(
            {"Re-assessment", "overdue: episode day " +
                                  std::to_string(t.persistent_pain_overdue_day) +
                                  " or later (setting threshold.persistent-pain-overdue-day)"});
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

    const std::string message = "Your pain is getting worse: the last " +
                                std::to_string(t.window_days) + " days averaged " +
                                format_mean(r->current) + ", up from " + format_mean(r->previous) +
                                " the days before. Please arrange a check-up with your clinician.";
    Alert alert = make_alert(worsening_id, AlertSeverity::warning,
                             "worsening pain", "Pain getting worse",
                             message, {sources::seed_003}, start);
    alert.evidence.push_back({"Last " + std::to_string(t.window_days) + " days",
                              window_text(ctx.pain, r->current, as_of, t.window_days)});
    alert.evidence.push_back({"Previous " + std::to_string(t.window_days) + " days",
                              window_text(ctx.pain, r->previous, previous_end, t.window_days)});
    alert.evidence.push_back({"Increase", format_mean(r->current - r->previous) + " points"});
    alert.evidence.push_back({"Threshold", std::to_string(t.worsening_points) +
                                               (t.worsening_points == 1 ? " point" : " points") +
                                               " (setting threshold.worsening-points)"});
    alert.evidence.push_back(
        {"Window mean", "needs " + std::to_string(t.window_min_logged_days) + " of " +
                            std::to_string(t.window_days) +
                            " days logged (setting threshold.window-min-logged-days)"});
    out.push_back(std::move(alert));
}

}  // namespace

void check_reassessment(const AnalysisContext& ctx, std::vector<Alert>& out) {
    check_persistent(ctx, out);
    check_worsening(ctx, out);
}

}  // namespace relief
