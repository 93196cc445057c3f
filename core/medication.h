#pragma once

#include "amount.h"
#include "calendar.h"
#include "catalogue.h"
#include "schedule.h"

#include <cstdint>
#include <optional>
#include <string>

namespace relief {

struct Medication {
    std::int64_t id = 0;
    std::string name;        // as the person called it: "Flexeril"
    std::string ingredient;  // the catalogue ingredient, or the name for unknown drugs
    DrugClass chosen_class = DrugClass::other;  // only for drugs the catalogue lacks
    DoseForm form = DoseForm::immediate;
    Amount dose;  // one dose
    Schedule schedule;
    std::optional<Amount> max_daily;  // prescribed maximum, if the person entered one
    LocalDay start{};
    std::optional<LocalDay> stop;  // last day it is taken
    bool taper = false;            // the stop follows a taper plan from the clinician

    bool active_on(LocalDay day) const { return day >= start && (!stop || day <= *stop); }
    bool operator==(const Medication&) const = default;
};

// What the catalogue knows about this medication's ingredient, or what the class the
// person chose implies for an unknown drug.
ClassSet classes_of(const Medication& med);
const Drug* catalogue_drug(const Medication& med);

// Checks every field (positive dose, stop not before start, ...); throws InputError.
void validate(const Medication& med);

}  // namespace relief
