#pragma once

#include "medication.h"

#include <string>
#include <string_view>
#include <vector>

namespace relief {

// The person's medication that `name` means: by the name they gave it, its ingredient or
// any catalogue brand of it, case-insensitively. Among several matches the one active on
// `day` wins, then the most recently started. Null when nothing matches.
const Medication* match_medication(const std::vector<Medication>& meds, std::string_view name,
                                   LocalDay day);

// Names close to `name` among the person's medications, for "did you mean".
std::vector<std::string> medication_suggestions(const std::vector<Medication>& meds,
                                                std::string_view name);

}  // namespace relief
