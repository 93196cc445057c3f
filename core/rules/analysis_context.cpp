#include "analysis_context.h"

#include <cctype>

namespace relief {

AnalysisContext::AnalysisContext(const JournalIndex& idx)
    : index(idx), pain(daily_pain_means(idx)), doses(daily_doses(idx)) {
    for (const auto& [ingredient, days] : doses)
        courses[ingredient] = relief::courses(dose_days(doses, ingredient), ingredient, idx.thresholds().course_gap_days);
}

ClassSet AnalysisContext::classes_of(const std::string& ingredient) const {
    if (const Drug* drug = Catalogue::standard().find_ingredient(ingredient)) return drug->classes;
    for (const Medication* m : medications_of(ingredient)) return relief::classes_of(*m);
    return ClassSet{DrugClass::other};
}

std::vector<const Medication*> AnalysisContext::medications_of(const std::string& ingredient) const {
    std::vector<const Medication*> out;
    for (const auto& m : index.medications())
        if (m.ingredient == ingredient) out.push_back(&m);
    return out;
}

std::string AnalysisContext::display_name(const std::string& ingredient) const {
    const auto meds = medications_of(ingredient);
    return meds.empty() ? ingredient : meds.back()->name;
}

std::vector<std::string> AnalysisContext::ingredients() const {
    std::vector<std::string> out;
    for (const auto& [ingredient, days] : doses) out.push_back(ingredient);
    return out;
}

std::optional<LocalDay> run_start(LocalDay end, const std::function<bool(LocalDay)>& holds, int max_back) {
    if (!holds(end)) return std::nullopt;
    LocalDay start = end;
    for (int i = 0; i < max_back && holds(start - date::days{1}); ++i) start -= date::days{1};
    return start;
}

Alert make_alert(std::string rule_id, AlertSeverity severity, std::string subject, std::string title,
                 std::string message, std::vector<std::string> sources, LocalDay raised_on) {
    Alert a;
    a.rule_id = std::move(rule_id);
    a.severity = severity;
    a.subject = std::move(subject);
    a.title = std::move(title);
    a.message = std::move(message);
    a.sources = std::move(sources);
    a.raised_on = raised_on;
    return a;
}

std::string capitalised(std::string text) {
    if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

std::string course_subject(const Course& course) {
    return course.ingredient + " course from " + format_day(course.first);
}

std::string episode_subject(const Episode& e) { return "pain episode from " + format_day(e.start); }

}  // namespace relief
