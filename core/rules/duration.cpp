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
        const auto runs = courses(ctx.doses, ingredient, gap);
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
            //: %1: the medicine; %2: a length of time ("3 weeks").
            title = fill(translate("relief::alerts::duration", "%1 beyond %2"), {name, warning_span});
            //: %1: the medicine; %2: a length of time ("3 weeks").
            message = fill(translate("relief::alerts::duration",
                                     "You have taken %1 for more than %2. It is usually meant for up to 2-3 weeks; "
                                     "longer use is not supported by evidence and raises the risk of side effects."),
                           {label, warning_span}) +
                      ask_clinician();
        } else {
            //: %1: the medicine; %2: a length of time ("2 weeks").
            title = fill(translate("relief::alerts::duration", "%1 for %2"), {name, info_span});
            //: %1: the medicine; %2: a length of time ("2 weeks").
            message = fill(translate("relief::alerts::duration",
                                     "You have taken %1 for %2. It is usually meant for up to 2-3 weeks; ask your "
                                     "clinician whether to continue."),
                           {label, info_span});
        }

        const LocalDay raised_on = course->first + date::days{step_day - 1};
        Alert alert = make_alert(rule_id, warning ? AlertSeverity::warning : AlertSeverity::info,
                                 course_subject(*course), title, message,
                                 duration_sources(ingredient), raised_on);
        alert.drugs = {course->ingredient};
        alert.evidence.push_back({translate("relief::alerts::duration", "Course day"),
                                  fill(translate("relief::alerts::duration", "%1 (from %2)"),
                                       {std::to_string(day), display_day(course->first)})});
        alert.evidence.push_back({translate("relief::alerts::duration", "Last dose"), display_day(course->last)});
        alert.evidence.push_back(
            {translate("relief::alerts::duration", "Days taken in this course"),
             fill(translate("relief::alerts::duration", "%1 of %2"),
                  {std::to_string(days_taken(dose_days(ctx.doses, ingredient), *course)),
                   std::to_string(course->length())})});
        alert.evidence.push_back({translate("relief::alerts::duration", "Threshold"),
                                  //: %2 is the end of a setting's name: keep "threshold.%2" as it is.
                                  fill(translate("relief::alerts::duration", "course day %1 (setting threshold.%2)"),
                                       {std::to_string(step_day), step_key})});
        alert.evidence.push_back(
            {translate("relief::alerts::duration", "Course gaps"),
             translate("relief::alerts::duration",
                       "up to %n days without a dose do not end a run of use (settings "
                       "threshold.use-gap-days, threshold.course-gap-days)",
                       nullptr, gap)});
        out.push_back(std::move(alert));
    }
}

}  // namespace relief
