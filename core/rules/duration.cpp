#include <algorithm>
#include <cctype>
#include <string>

#include "rule_families.h"

namespace relief {

namespace {

constexpr const char* rule_id = "duration.short-term-limit";
constexpr const char* seed_003 =
    "Seed 003: What is the best treatment for back pain spasms? (2025)";
constexpr const char* seed_000 = "Seed 000: What to Do When Muscle Relaxers Don't Work";
constexpr const char* seed_001 = "Seed 001: Baclofen vs. Flexeril (2020)";
constexpr const char* flexeril_label = "Flexeril (cyclobenzaprine) US label";
constexpr const char* soma_label = "Soma (carisoprodol) US label";

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// "Flexeril (cyclobenzaprine)": the person's name for the drug, and the ingredient when
// it differs, so that a clinician reading the alert knows what was taken.
std::string drug_label(const AnalysisContext& ctx, const std::string& ingredient) {
    const std::string name = ctx.display_name(ingredient);
    return lower(name) == lower(ingredient) ? name : name + " (" + ingredient + ")";
}

// Thresholds are settings, so the wording follows them: 14 days read as "2 weeks".
std::string span_text(int days) {
    if (days > 0 && days % 7 == 0) {
        const int weeks = days / 7;
        return std::to_string(weeks) + (weeks == 1 ? " week" : " weeks");
    }
    return std::to_string(days) + (days == 1 ? " day" : " days");
}

// The course day a course has reached by `day`: a course stops counting at its last dose,
// so a person who stopped is not told they are still taking the drug.
int course_day(const Course& course, LocalDay day) {
    return course.day_number(std::min(day, course.last));
}

int days_taken(const std::set<LocalDay>& days, const Course& course) {
    return static_cast<int>(std::count_if(days.begin(), days.end(), [&](LocalDay d) {
        return d >= course.first && d <= course.last;
    }));
}

}  // namespace

void check_duration(const AnalysisContext& ctx, std::vector<Alert>& out) {
    const Thresholds& t = ctx.t();
    for (const auto& [ingredient, all] : ctx.courses) {
        if (!ctx.classes_of(ingredient).has(DrugClass::acute)) continue;
        const auto course = course_on(all, ctx.as_of(), t.course_gap_days);
        if (!course) continue;

        const int day = course_day(*course, ctx.as_of());
        const bool warning = day >= t.short_term_warning_day;
        if (!warning && day < t.short_term_info_day) continue;
        const int step_day = warning ? t.short_term_warning_day : t.short_term_info_day;
        const char* step_key = warning ? "short-term-warning-day" : "short-term-info-day";

        const std::string label = drug_label(ctx, ingredient);
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
        Alert alert =
            make_alert(rule_id, warning ? AlertSeverity::warning : AlertSeverity::info,
                       course_subject(*course), title, message,
                       {seed_003, seed_000, seed_001, flexeril_label, soma_label}, raised_on);
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
            {"Course gaps", "up to " + std::to_string(t.course_gap_days) +
                                " days without a dose do not end a course (setting "
                                "threshold.course-gap-days)"});
        out.push_back(std::move(alert));
    }
}

}  // namespace relief
