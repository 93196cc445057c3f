#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

#include "rule_families.h"

namespace relief {

namespace {

constexpr const char* rule_id = "response.early-benefit";
// The rule rests on the cyclobenzaprine trials; other relaxants lack that evidence.
constexpr const char* ingredient = "cyclobenzaprine";
constexpr const char* seed_003 =
    "Seed 003: What is the best treatment for back pain spasms? (2025)";
constexpr const char* browning =
    "Browning et al., cyclobenzaprine meta-analysis, Arch Intern Med 2001;161:1613";
constexpr const char* farrar = "Farrar et al., Pain 2001;94:149 (clinically important improvement)";

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string drug_label(const AnalysisContext& ctx, const std::string& ingr) {
    const std::string name = ctx.display_name(ingr);
    return lower(name) == lower(ingr) ? name : name + " (" + ingr + ")";
}

// A course stops counting at its last dose.
int course_day(const Course& course, LocalDay day) {
    return course.day_number(std::min(day, course.last));
}

int logged_days(const DailyPain& pain, LocalDay end, int days) {
    const LocalDay first = end - date::days{days - 1};
    return static_cast<int>(std::distance(pain.lower_bound(first), pain.upper_bound(end)));
}

struct Comparison {
    Baseline baseline;
    double current = 0;
};

// Baseline and window mean as they stood on `day`; nothing when either is missing,
// because a verdict on too few scores would be a guess.
std::optional<Comparison> compare_on(const AnalysisContext& ctx, const Course& course,
                                     LocalDay day) {
    const auto base = baseline(ctx.pain, course.first, day, ctx.t().baseline_days);
    const auto current = window_mean(ctx.pain, day, ctx.t());
    if (!base || !current) return std::nullopt;
    return Comparison{*base, *current};
}

bool no_benefit_on(const AnalysisContext& ctx, const Course& course, LocalDay day) {
    if (day < course.first || course_day(course, day) < ctx.t().early_benefit_day) return false;
    const auto c = compare_on(ctx, course, day);
    return c && !clinically_important_improvement(c->baseline.mean, c->current, ctx.t());
}

}  // namespace

void check_response(const AnalysisContext& ctx, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    const LocalDay as_of = ctx.as_of();
    const auto found = ctx.courses.find(ingredient);
    if (found == ctx.courses.end()) return;
    const auto course = course_on(found->second, as_of, t.course_gap_days);
    if (!course || !no_benefit_on(ctx, *course, as_of)) return;

    const auto comparison = compare_on(ctx, *course, as_of);
    const auto since = run_start(
        as_of, [&](LocalDay d) { return no_benefit_on(ctx, *course, d); },
        course->day_number(as_of));
    const std::string label = drug_label(ctx, ingredient);
    const std::string message =
        "Benefit from " + label +
        " is usually greatest in the first days; your pain scores have not improved much "
        "(average " +
        format_mean(comparison->baseline.mean) + " when you started, " +
        format_mean(comparison->current) + " over the last " + std::to_string(t.window_days) +
        " days)." + ask_clinician;

    Alert alert = make_alert(rule_id, AlertSeverity::info, course_subject(*course),
                             "Little benefit from " + ctx.display_name(ingredient) + " so far",
                             message, {seed_003, browning, farrar}, since.value_or(as_of));
    alert.evidence.push_back({"Course day", std::to_string(course_day(*course, as_of)) + " (from " +
                                                format_day(course->first) + ")"});
    alert.evidence.push_back({"Baseline", format_mean(comparison->baseline.mean) + " (" +
                                              format_day(comparison->baseline.first) + " to " +
                                              format_day(comparison->baseline.last) + ")"});
    const LocalDay window_first = as_of - date::days{t.window_days - 1};
    alert.evidence.push_back({"Last " + std::to_string(t.window_days) + " days",
                              format_mean(comparison->current) + " (" + format_day(window_first) +
                                  " to " + format_day(as_of) + ", " +
                                  std::to_string(logged_days(ctx.pain, as_of, t.window_days)) +
                                  " days logged)"});
    alert.evidence.push_back({"Threshold", "course day " + std::to_string(t.early_benefit_day) +
                                               " (setting threshold.early-benefit-day)"});
    alert.evidence.push_back({"Clinically important improvement",
                              "at least " + std::to_string(t.improvement_points) + " points or " +
                                  std::to_string(t.improvement_percent) +
                                  " % below baseline (settings threshold.improvement-points, "
                                  "threshold.improvement-percent)"});
    out.push_back(std::move(alert));
}

}  // namespace relief
