#include <algorithm>
#include <string>

#include "rule_families.h"
#include "sources.h"

namespace relief {

namespace {

constexpr const char* rule_id = "duration.short-term-limit";
constexpr const char* flexeril_label = sources::flexeril_label;

int days_taken(const std::set<LocalDay>& days, const Course& course) {
    return static_cast<int>(std::count_if(days.begin(), days.end(), [&](LocalDay d) {
        return d >= course.first && d <= course.last;
    }));
}

// The 2-3 weeks are seed 003's; each drug's own label says it too, where it does:
// cyclobenzaprine's (and seed 001, which is about it) and carisoprodol's, never another's.
std::vector<std::string> duration_sources(const std::string& ingredient) {
    std::vector<std::string> cited{sources::seed_003};
    if (ingredient == "cyclobenzaprine") {
        cited.push_back(flexeril_label);
        cited.push_back(sources::seed_001);
    }
    if (ingredient == "carisoprodol") cited.push_back(sources::soma_label);
    return cited;
}

}  // namespace

void check_duration(const AnalysisContext& ctx, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    for (const auto& [ingredient, all] : ctx.courses) {
        if (!ctx.classes_of(ingredient).has(DrugClass::acute)) continue;
        // As-needed use twice a week is one run of use, however the days fall: a run ends
        // only after use-gap-days without a dose, not at the shorter course gap.
        const auto gap = std::max(t.course_gap_days, t.use_gap_days);
        const auto runs = courses(dose_days(ctx.doses, ingredient), ingredient, gap);
        const auto course = course_on(runs, ctx.as_of(), gap);
        if (!course) continue;

        const int day = course_day(*course, ctx.as_of());
        const bool warning = day >= t.short_term_warning_day;
        if (!warning && day < t.short_term_info_day) continue;
        const int step_day = warning ? t.short_term_warning_day : t.short_term_info_day;
        const char* step_key = warning ? "short-term-warning-day" : "short-term-info-day";

        const std::string label = ctx.drug_label(ingredient);
        const std::string name = capitalised(ctx.display_name(ingredient));
        const std::string info_span = span_text(t.short_term_info_day - 1);
        const std::string warning_span = span_text(t.short_term_warning_day - 1);
        std::string title;
        std::string message;
        if (warning) {
            title = name + " beyond " + warning_span;
            message = "You have taken " + label + " for more than " + warning_span +
                      ". It is usually meant for up to 2-3 weeks; longer use is not supported by "
                      "evidence and raises the risk of side effects." +
                      ask_clinician;
        } else {
            title = name + " for " + info_span;
            message = "You have taken " + label + " for " + info_span +
                      ". It is usually meant for up to 2-3 weeks; ask your clinician whether to "
                      "continue.";
        }

        const LocalDay raised_on = course->first + date::days{step_day - 1};
        Alert alert = make_alert(rule_id, warning ? AlertSeverity::warning : AlertSeverity::info,
                                 course_subject(*course), title, message,
                                 duration_sources(ingredient), raised_on);
        alert.drugs = {course->ingredient};
        alert.evidence.push_back(
            {"Course day", std::to_string(day) + " (from " + format_day(course->first) + ")"});
        alert.evidence.push_back({"Last dose", format_day(course->last)});
        alert.evidence.push_back(
            {"Days taken in this course",
             std::to_string(days_taken(dose_days(ctx.doses, ingredient), *course)) + " of " +
                 std::to_string(course->length())});
        alert.evidence.push_back({"Threshold", "course day " + std::to_string(step_day) +
                                                   " (setting threshold." + step_key + ")"});
        alert.evidence.push_back(
            {"Course gaps", "up to " + std::to_string(gap) +
                                " days without a dose do not end a run of use (settings "
                                "threshold.use-gap-days, threshold.course-gap-days)"});
        out.push_back(std::move(alert));
    }
}

}  // namespace relief
