#pragma once

#include "core/alert.h"
#include "core/metrics/adherence.h"
#include "core/metrics/doses.h"
#include "core/metrics/pain.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace relief {

// The metrics every rule family reads, computed once per analysis.
struct AnalysisContext {
    explicit AnalysisContext(const JournalIndex& index);

    const JournalIndex& index;
    DailyPain pain;
    DailyDoses doses;
    std::map<std::string, std::vector<Course>> courses;  // per ingredient, in time order

    const Thresholds& t() const { return index.thresholds(); }
    LocalDay as_of() const { return index.as_of(); }
    // What the catalogue (or, for unknown drugs, the chosen class) says about an ingredient.
    ClassSet classes_of(const std::string& ingredient) const;
    // The name the person uses for an ingredient ("Flexeril"), else the ingredient.
    std::string display_name(const std::string& ingredient) const;
    // The person's medications of this ingredient, oldest first.
    std::vector<const Medication*> medications_of(const std::string& ingredient) const;
    // Ingredients ever taken, in name order.
    std::vector<std::string> ingredients() const;
};

// Builds an alert with the fields every rule sets the same way.
Alert make_alert(std::string rule_id, AlertSeverity severity, std::string subject, std::string title,
                 std::string message, std::vector<std::string> sources, LocalDay raised_on);

// "Cyclobenzaprine": the first letter upper case, for titles.
std::string capitalised(std::string text);
// Subjects that identify an alert together with its rule id.
std::string course_subject(const Course& course);  // "cyclobenzaprine course from 2026-03-04"
std::string episode_subject(const Episode& e);     // "pain episode from 2026-03-01"

// For rules over sliding windows: the first day of the unbroken run of days ending on
// `end` on which `holds` is true, looking back at most `max_back` days; nullopt when it
// does not hold on `end`. Used as raised_on and in the subject ("... since <day>"), it
// keeps one alert per run however often the analysis is repeated.
std::optional<LocalDay> run_start(LocalDay end, const std::function<bool(LocalDay)>& holds, int max_back = 400);

// Every message ends by sending the person to a clinician or pharmacist (RULES.md).
inline constexpr const char* ask_clinician = " Talk to your clinician or pharmacist.";

}  // namespace relief
