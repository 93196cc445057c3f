#pragma once

#include "medication.h"

#include <string>
#include <vector>

namespace relief {

// What a person typed to add a medication, as text, from the command line or the app.
struct MedicationInput {
    std::string name;
    std::string dose;
    std::string times;        // "08:00,20:00" or empty
    bool as_needed = false;
    std::string max_daily;    // empty: none
    std::string drug_class;   // only for drugs the catalogue does not know
    LocalDay start{};
};

// Builds and validates a new medication: the catalogue gives ingredient and form (so
// "Amrix" is extended-release cyclobenzaprine); an unknown name needs a class, so that a
// typo never becomes a new drug; a name already current in `existing` is refused.
// Throws InputError naming the field as `names` calls it.
Medication new_medication(const MedicationInput& input, const std::vector<Medication>& existing,
                          const MedicationFieldNames& names = {});

}  // namespace relief
