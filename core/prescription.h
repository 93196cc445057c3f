#pragma once

#include "amount.h"
#include "calendar.h"
#include "schedule.h"

#include <string>

namespace relief {

// One prescription of a medication: how much one dose is and when it is taken, from a
// given day until the next change (a titration or taper step) or the stop.
struct PrescriptionStep {
    LocalDay from{};
    Amount dose;
    Schedule schedule;
    bool operator==(const PrescriptionStep&) const = default;
};

// "5 mg at 08:00, 14:00, 20:00", "400 mg as needed", "5 mg at 08:00, 20:00, plus as needed".
std::string prescription_text(const Amount& dose, const Schedule& schedule);

// What one day of the prescription adds up to when every scheduled dose is taken; one dose
// for an as-needed-only prescription, which has no planned number of doses.
Amount planned_daily(const PrescriptionStep& step);

}  // namespace relief
