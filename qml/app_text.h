#pragma once

#include <QString>

#include <exception>
#include <string>

namespace relief::reports {
struct PainTrend;
struct MedicationSummary;
}  // namespace relief::reports
namespace relief::storage {
struct ReviewedAlert;
}  // namespace relief::storage

// Sentences the app's pages show about a report's figures: whole sentences with their
// own capital and full stop, and numbers with the right singular or plural.
namespace relief::app {

// "Pain went down 2.1 points, from 6.5 to 4.4 (a clinically important improvement)." or
// "No pain scores logged in this period."
QString pain_sentence(const reports::PainTrend& pain);
// "Flexeril (cyclobenzaprine): 5 mg at 08:00, 14:00, 20:00; 41 of 45 scheduled doses taken (91 %)."
QString medication_sentence(const reports::MedicationSummary& med);

// An entry as the window says it: "Flexeril 5 mg taken", "Heat", "Pain 6/10 (moderate)"
// (the command line's "dose: " and "measure: " labels say nothing a list does not).
QString entry_as_shown(const std::string& described);

// What a failed action says in the window: a refused value as a sentence ("The birth
// year “61” is not possible: it must be a whole number from 1900 to 2026."), any other
// failure as it is.
QString error_text(const std::exception& error);

// Text from core with each setting key (threshold.persistent-pain-day, max-daily.baclofen)
// put in words ("“episode day for re-assessment”"): setting keys are for the command line.
QString setting_keys_in_words(std::string text);

// An alert's life after "Raised ": "2026-03-01 · came back 2 times · resolved 2026-03-20".
QString alert_life_text(const storage::ReviewedAlert& alert);

}  // namespace relief::app
