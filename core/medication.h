#pragma once

#include "amount.h"
#include "calendar.h"
#include "catalogue.h"
#include "prescription.h"
#include "schedule.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace relief {

struct Medication {
    std::int64_t id = 0;
    std::string name;        // as the person called it: "Flexeril"
    std::string ingredient;  // the catalogue ingredient, or the name for unknown drugs
    DrugClass chosen_class = DrugClass::other;  // only for drugs the catalogue lacks
    DoseForm form = DoseForm::immediate;
    // The first prescription, from `start`: one dose and when it is taken. Later changes
    // are in `steps`; code that means "on that day" reads dose_on() and schedule_on().
    Amount dose;
    Schedule schedule;
    std::optional<Amount> max_daily;  // prescribed maximum, if the person entered one
    LocalDay start{};
    std::optional<LocalDay> stop;  // last day it is taken
    bool taper = false;            // the stop follows a taper plan from the clinician
    // Prescription changes from a given day (titration, taper), in day order, each after
    // `start`; each holds until the next one or the stop.
    std::vector<PrescriptionStep> steps;
    // When the medication was entered in the journal, if known: on its start day, doses
    // scheduled before this moment are not expected (dose_slot.h).
    std::optional<Instant> entered;

    bool active_on(LocalDay day) const { return day >= start && (!stop || day <= *stop); }

    PrescriptionStep first_prescription() const { return {start, dose, schedule}; }
    // The first prescription, then each change, in day order.
    std::vector<PrescriptionStep> prescriptions() const;
    // The prescription in force on `day`: the latest one from that day or before (the
    // first one before the start, the last one after the stop).
    PrescriptionStep prescription_on(LocalDay day) const;
    const Amount& dose_on(LocalDay day) const;
    const Schedule& schedule_on(LocalDay day) const;
    // Whether any of its prescriptions has fixed dose times.
    bool ever_scheduled() const;

    bool operator==(const Medication&) const = default;
};

// The names messages use for the fields a person fills in: "--dose" on the command line,
// "dose" in the app. `change_it` says how to change a medication already listed.
struct MedicationFieldNames {
    std::string dose = "dose";
    std::string times = "times";
    std::string max_daily = "maximum per day";
    std::string drug_class = "drug class";
    std::string as_needed = "as needed";
    std::string from = "from";
    std::string stop = "stop date";
    std::string change_it = "Change it on the Medications page";
};

// What the catalogue knows about this medication's ingredient, or what the class the
// person chose implies for an unknown drug.
ClassSet classes_of(const Medication& med);
const Drug* catalogue_drug(const Medication& med);

// Checks every field (positive doses, stop not before start, changes between start and
// stop, ...); throws InputError naming the field as `names` calls it.
// A new name must follow the rules of typed_text.h (checked_name, in NFC); a name already in
// the journal (NameRule::stored, when stopping or changing it) is kept as it was written.
enum class NameRule { new_name, stored };
inline constexpr std::size_t max_medication_name_length = 100;  // characters
void validate(const Medication& med, const MedicationFieldNames& names = {}, NameRule rule = NameRule::new_name);

// The medication with `step` among its prescription changes; a change from a day that
// already has one replaces it. Not validated.
Medication with_prescription_change(Medication med, const PrescriptionStep& step);
// The medication without its change from `from`; throws InputError (names.from) when it
// has none from that day.
Medication without_prescription_change(Medication med, LocalDay from, const MedicationFieldNames& names = {});

// The current prescription with the day it began, then the earlier ones and any planned
// later ones: "10 mg at 08:00, 20:00 from 2026-03-05 (before: 5 mg at 08:00, 14:00, 20:00)".
std::string prescription_history_text(const Medication& med, LocalDay on);

}  // namespace relief
