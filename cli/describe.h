#pragma once

#include "core/entry.h"
#include "core/medication.h"

#include <string>
#include <vector>

namespace relief::cli {

// "lower-back" -> "lower back"
std::string readable(const std::string& term);
// "7/10 (severe)"
std::string pain_words(int score);
std::string medication_label(const Medication& med);
// One line a person can read: "pain 7/10 (severe): lower back; spasm".
std::string describe(const Entry& entry, const std::vector<Medication>& meds);

}  // namespace relief::cli
