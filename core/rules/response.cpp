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
    const auto course = course_on(courses(ctx.doses, ingredient, gap), as_of, gap);
    if (!course || !no_benefit_on(ctx, *course, as_of)) return;

    const auto comparison = compare_pain(ctx, course->first, as_of);
    const auto since = run_start(
        as_of, [&](LocalDay d) { return no_benefit_on(ctx, *course, d); },
        course->day_number(as_of));
    const std::string label = ctx.drug_label(ingredient);
    //: %1: the medicine; %2 and %3: pain means (0-10); %n: the days of the recent mean.
    const std::string message =
        fill(translate("relief::alerts::response",
                       "Benefit from %1 is usually greatest in the first days; your pain scores have not improved "
                       "much (average %2 when you started, %3 over the last %n days).",
                       nullptr, t.window_days),
             {label, display_mean(comparison->baseline.mean), display_mean(comparison->current)}) +
        ask_clinician();

    Alert alert =
        make_alert(rule_id, AlertSeverity::info, course_subject(*course),
                   fill(translate("relief::alerts::response", "Little benefit from %1 so far"),
                        {ctx.display_name(ingredient)}),
                   message, {sources::seed_003, browning, sources::farrar}, since.value_or(as_of));
    alert.drugs = {course->ingredient};
    alert.evidence.push_back({translate("relief::alerts::response", "Course day"),
                              fill(translate("relief::alerts::response", "%1 (from %2)"),
                                   {std::to_string(course_day(*course, as_of)), display_day(course->first)})});
    alert.evidence.push_back({translate("relief::alerts::response", "Baseline"), baseline_text(comparison->baseline)});
    alert.evidence.push_back({translate("relief::alerts::response", "Last %n days", nullptr, t.window_days),
                              window_text(ctx.pain, comparison->current, as_of, t.window_days)});
    alert.evidence.push_back({translate("relief::alerts::response", "Threshold"),
                              fill(translate("relief::alerts::response",
                                             "course day %1 (setting threshold.early-benefit-day)"),
                                   {std::to_string(t.early_benefit_day)})});
    alert.evidence.push_back(improvement_evidence(t));
    out.push_back(std::move(alert));
}

}  // namespace relief
