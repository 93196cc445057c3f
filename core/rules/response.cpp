#include <string>

#include "rule_families.h"
#include "sources.h"

namespace relief {

namespace {

constexpr const char* rule_id = "response.early-benefit";
// The rule rests on the cyclobenzaprine trials; other relaxants lack that evidence.
constexpr const char* ingredient = "cyclobenzaprine";
constexpr const char* browning = sources::browning;

bool no_benefit_on(const AnalysisContext& ctx, const Course& course, LocalDay day) {
    if (day < course.first || course_day(course, day) < ctx.t().early_benefit_day) return false;
    const auto c = compare_pain(ctx, course.first, day);
    return c && !clinically_important_improvement(c->baseline.mean, c->current, ctx.t());
}

}  // namespace

void check_response(const AnalysisContext& ctx, std::vector<Alert>& out) {
    if (!back_pain_guidance_applies(ctx.index.profile())) return;
    const Thresholds& t = ctx.t();
    const LocalDay as_of = ctx.as_of();
    const auto found = ctx.courses.find(ingredient);
    if (found == ctx.courses.end()) return;
    // One run of (as-needed) use, not split by a few days without a dose or a log.
    const auto gap = std::max(t.course_gap_days, t.use_gap_days);
    const auto course = course_on(courses(dose_days(ctx.doses, ingredient), ingredient, gap), as_of, gap);
    if (!course || !no_benefit_on(ctx, *course, as_of)) return;

    const auto comparison = compare_pain(ctx, course->first, as_of);
    const auto since = run_start(
        as_of, [&](LocalDay d) { return no_benefit_on(ctx, *course, d); },
        course->day_number(as_of));
    const std::string label = ctx.drug_label(ingredient);
    const std::string message =
        "Benefit from " + label +
        " is usually greatest in the first days; your pain scores have not improved much "
        "(average " +
        format_mean(comparison->baseline.mean) + " when you started, " +
        format_mean(comparison->current) + " over the last " + std::to_string(t.window_days) +
        " days)." + ask_clinician;

    Alert alert =
        make_alert(rule_id, AlertSeverity::info, course_subject(*course),
                   "Little benefit from " + ctx.display_name(ingredient) + " so far", message,
                   {sources::seed_003, browning, sources::farrar}, since.value_or(as_of));
    alert.drugs = {course->ingredient};
    alert.evidence.push_back({"Course day", std::to_string(course_day(*course, as_of)) + " (from " +
                                                format_day(course->first) + ")"});
    alert.evidence.push_back({"Baseline", baseline_text(comparison->baseline)});
    alert.evidence.push_back({"Last " + std::to_string(t.window_days) + " days",
                              window_text(ctx.pain, comparison->current, as_of, t.window_days)});
    alert.evidence.push_back({"Threshold", "course day " + std::to_string(t.early_benefit_day) +
                                               " (setting threshold.early-benefit-day)"});
    alert.evidence.push_back(improvement_evidence(t));
    out.push_back(std::move(alert));
}

}  // namespace relief
