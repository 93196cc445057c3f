#include "medication.h"

#include "errors.h"
#include "translate.h"
#include "suggest.h"
#include "typed_text.h"
#include "unicode_text.h"

#include <algorithm>

namespace relief {

namespace {

// The prescription in force on `day`, without copying it.
template <class Field>
const Field& on_day(const Medication& med, LocalDay day, Field PrescriptionStep::*field, const Field& first) {
    for (auto it = med.steps.rbegin(); it != med.steps.rend(); ++it)
        if (it->from <= day) return (*it).*field;
    return first;
}

std::string days_of(const std::vector<PrescriptionStep>& steps) {
    std::vector<std::string> days;
    for (const auto& s : steps) days.push_back(display_day(s.from));
    return join_choices(days);
}

// A field of a later prescription is named with the day it starts: "dose from 2026-03-01".
std::string field_from(const std::string& field, const std::optional<LocalDay>& from) {
    if (!from) return field;
    //: A field of a prescription change: %1 the field (such as dose), %2 the day it starts.
    return fill(translate("relief::core::medication", "%1 from %2"), {display_field(field), display_day(*from)});
}

void validate_prescription(const Amount& dose, const Schedule& schedule, const std::optional<LocalDay>& from,
                           const MedicationFieldNames& names) {
    if (dose <= Amount{})
        throw InputError(field_from(names.dose, from), dose.to_string(),
                         translate("relief::core::medication", "a dose of more than zero"));
    if (!schedule.is_scheduled() && !schedule.as_needed)
        throw InputError(field_from("schedule", from), translate("relief::core::medication", "none"),
                         fill(translate("relief::core::medication", "dose times such as 08:00,20:00 (%1), or %2"),
                              {display_field(names.times), display_field(names.as_needed)}));
}

}  // namespace

std::vector<PrescriptionStep> Medication::prescriptions() const {
    std::vector<PrescriptionStep> out{first_prescription()};
    out.insert(out.end(), steps.begin(), steps.end());
    return out;
}

PrescriptionStep Medication::prescription_on(LocalDay day) const {
    for (auto it = steps.rbegin(); it != steps.rend(); ++it)
        if (it->from <= day) return *it;
    return first_prescription();
}

const Amount& Medication::dose_on(LocalDay day) const { return on_day(*this, day, &PrescriptionStep::dose, dose); }

const Schedule& Medication::schedule_on(LocalDay day) const {
    return on_day(*this, day, &PrescriptionStep::schedule, schedule);
}

bool Medication::ever_scheduled() const {
    return schedule.is_scheduled() ||
           std::any_of(steps.begin(), steps.end(), [](const PrescriptionStep& s) { return s.schedule.is_scheduled(); });
}

const Drug* catalogue_drug(const Medication& med) {
    return Catalogue::standard().find_ingredient(med.ingredient);
}

ClassSet classes_of(const Medication& med) {
    if (const Drug* drug = catalogue_drug(med)) return drug->classes;
    return implied_classes(med.chosen_class);
}

void validate(const Medication& med, const MedicationFieldNames& names, NameRule rule) {
    if (rule == NameRule::new_name) {
        // The ingredient of a drug the catalogue lacks is the name as typed, matched like it.
        for (const auto* text : {&med.name, &med.ingredient})
            if ((text == &med.name || !text->empty()) && checked_name(*text, "medication name", max_medication_name_length) != *text)
                throw InputError("medication name", quoted_value(*text),
                                 translate("relief::core::medication", "a name in Unicode composed form (NFC)"));
    }
    if (med.name.empty() || !fits_characters(med.name, max_medication_name_length))
        throw InputError("medication name", quoted_value(med.name),
                         fill(translate("relief::core::medication", "a name of 1 to %1 characters"),
                              {std::to_string(max_medication_name_length)}));
    // The export carries the name (and, for a drug the catalogue lacks, the ingredient) to a
    // CSV that import reads only as text.
    if (!is_clean_text(med.name) || !is_clean_text(med.ingredient))
        throw InputError("medication name", translate("relief::core::medication", "(text with control characters)"),
                         translate("relief::core::medication", "plain text: letters, numbers, punctuation"));
    if (med.ingredient.empty())
        throw InputError("ingredient", med.ingredient, translate("relief::core::medication", "the drug's ingredient name"));
    validate_prescription(med.dose, med.schedule, std::nullopt, names);
    if (med.stop && *med.stop < med.start)
        throw InputError(names.stop, format_day(*med.stop),
                         fill(translate("relief::core::medication", "a day on or after the start date %1"), {display_day(med.start)}));
    Amount largest = med.dose;
    LocalDay previous = med.start;
    for (const auto& step : med.steps) {
        if (step.from <= previous)
            throw InputError(names.from, format_day(step.from),
                             step.from <= med.start
                                 ? fill(translate("relief::core::medication", "a day after the start date %1"), {display_day(med.start)})
                                 : fill(translate("relief::core::medication", "one prescription change a day, each after the one before (%1)"),
                                        {display_day(previous)}));
        validate_prescription(step.dose, step.schedule, step.from, names);
        largest = std::max(largest, step.dose);
        previous = step.from;
    }
    if (med.stop && !med.steps.empty() && *med.stop < med.steps.back().from)
        throw InputError(names.stop, format_day(*med.stop),
                         fill(translate("relief::core::medication", "a day on or after its last prescription change, from %1 (or remove "
                                            "that change first)"),
                              {display_day(med.steps.back().from)}));
    if (med.max_daily && *med.max_daily < largest)
        throw InputError(names.max_daily, med.max_daily->to_string(),
                         fill(translate("relief::core::medication", "at least one dose (%1)"), {largest.display()}));
}

Medication with_prescription_change(Medication med, const PrescriptionStep& step) {
    auto it = std::lower_bound(med.steps.begin(), med.steps.end(), step.from,
                               [](const PrescriptionStep& s, LocalDay day) { return s.from < day; });
    if (it != med.steps.end() && it->from == step.from) *it = step;
    else med.steps.insert(it, step);
    return med;
}

Medication without_prescription_change(Medication med, LocalDay from, const MedicationFieldNames& names) {
    auto it = std::find_if(med.steps.begin(), med.steps.end(), [&](const PrescriptionStep& s) { return s.from == from; });
    if (it == med.steps.end())
        throw InputError(names.from, format_day(from),
                         med.steps.empty()
                             ? fill(translate("relief::core::medication", "the first day of a prescription change, but %1 has none"),
                                    {med.name})
                             : fill(translate("relief::core::medication", "the first day of one of %1's prescription changes: %2"),
                                    {med.name, days_of(med.steps)}));
    med.steps.erase(it);
    return med;
}

std::string prescription_history_text(const Medication& med, LocalDay on) {
    const auto all = med.prescriptions();
    std::size_t current = 0;
    for (std::size_t i = 1; i < all.size(); ++i)
        if (all[i].from <= on) current = i;
    const auto text_of = [&](std::size_t i) {
        const std::string text = prescription_text(all[i].dose, all[i].schedule);
        //: A prescription and the day it started: %1 such as "10 mg at 08:00", %2 the day.
        return i == 0 ? text : fill(translate("relief::core::medication", "%1 from %2"), {text, display_day(all[i].from)});
    };
    std::string out = text_of(current);
    std::string notes;
    for (std::size_t i = current; i-- > 0;)
        //: The prescriptions before the current one, the latest first; %1 is one of them.
        notes += i + 1 == current ? fill(translate("relief::core::medication", "before: %1"), {text_of(i)}) : "; " + text_of(i);
    for (std::size_t i = current + 1; i < all.size(); ++i)
        //: The prescriptions after the current one; %1 is the first of them.
        notes += (notes.empty() ? "" : "; ") + (i == current + 1 ? fill(translate("relief::core::medication", "then: %1"), {text_of(i)}) : text_of(i));
    //: The prescription in force, then the others in brackets.
    return notes.empty() ? out : fill(translate("relief::core::medication", "%1 (%2)"), {out, notes});
}

}  // namespace relief
