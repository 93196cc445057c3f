#pragma once

#include "entry.h"
#include "medication.h"

#include <string>
#include <vector>

namespace relief {

// Words for entries, shared by the command line, the app and the reports.

// "lower-back" -> "lower back", "cant-stay-awake" -> "can't stay awake"
std::string readable_term(const std::string& term);
// "none", "mild", "moderate", "severe", "worst imaginable"
std::string pain_word(int score);
// "mild", "moderate", "severe" in the current language (to_string(Severity) is the stored word)
std::string severity_word(Severity severity);
// "7/10 (severe)"
std::string pain_words(int score);
std::string medication_label(const Medication& med);
// The classes a clinician would name: "muscle relaxant, antispasmodic", "NSAID, analgesic";
// "other" when none. The rest (acute, CNS depressant, ...) are properties rules use.
std::string class_description(const ClassSet& classes);
// One line a person can read: "pain 7/10 (severe): lower back; spasm".
std::string describe_entry(const Entry& entry, const std::vector<Medication>& meds);

}  // namespace relief
