#pragma once

#include "medication.h"

#include <string>
#include <string_view>
#include <vector>

namespace relief {

// The person's medication that `name` means, case-insensitively: by the name they gave
// it first, then its ingredient, then a catalogue brand of the same form (so "Amrix" never
// lands on an immediate-release Flexeril). Among equal matches the one active on `day`
// wins, then the most recently started. Null when nothing matches.
const Medication* match_medication(const std::vector<Medication>& meds, std::string_view name,
                                   LocalDay day);

// Names close to `name` among the person's medications, for "did you mean".
std::vector<std::string> medication_suggestions(const std::vector<Medication>& meds,
                                                std::string_view name);

}  // namespace relief
