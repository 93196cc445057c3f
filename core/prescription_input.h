#pragma once

#include "medication.h"

#include <optional>
#include <string>

namespace relief {

// What a person typed to change a medication's prescription from a given day (a
// titration or taper step), from the command line or the app. What is left out stays as
// it was the day before the change, or, when that day already has a change, as that
// change has it (a second change the same day corrects the first).
struct PrescriptionChangeInput {
    std::optional<std::string> dose;   // "10mg"
    std::optional<std::string> times;  // "08:00,20:00"; empty: no fixed times
    std::optional<bool> as_needed;
    LocalDay from{};
};

// Builds and validates the change: `from` after the start and on or before the stop, a
// dose above zero, times or as needed, within the maximum per day, different from the
// prescription of the day before and from a change it replaces. Throws InputError naming
// the field as `names` calls it.
PrescriptionStep prescription_change(const Medication& med, const PrescriptionChangeInput& input,
                                     const MedicationFieldNames& names = {});

}  // namespace relief
