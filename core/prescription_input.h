#pragma once

#include "medication.h"

#include <optional>
#include <string>

namespace relief {

// What a person typed to change a medication's prescription from a given day (a
// titration or taper step), from the command line or the app. What is left out stays as
// it was the day before the change.
struct PrescriptionChangeInput {
    std::optional<std::string> dose;   // "10mg"
    std::optional<std::string> times;  // "08:00,20:00"; empty: no fixed times
    std::optional<bool> as_needed;
    LocalDay from{};
};

// Builds and validates the change: `from` after the start and on or before the stop, a
// dose above zero, times or as needed, within the maximum per day, and different from
// the prescription it follows (which, on a day that already has a change, is the one
// before that change: a second change the same day replaces the first). Throws
// InputError naming the field as `names` calls it.
PrescriptionStep prescription_change(const Medication& med, const PrescriptionChangeInput& input,
                                     const MedicationFieldNames& names = {});

}  // namespace relief
