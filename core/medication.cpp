#include "medication.h"

#include "errors.h"
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
    for (const auto& s : steps) days.push_back(format_day(s.from));
    return join_choices(days);
}

void validate_prescription(const Amount& dose, const Schedule& schedule, const std::string& when,
                           const MedicationFieldNames& names) {
    if (dose <= Amount{})
        throw InputError(names.dose + when, dose.to_string(), "a dose of more than zero");
    if (!schedule.is_scheduled() && !schedule.as_needed)
        throw InputError("schedule" + when, "none",
                         "dose times such as 08:00,20:00 (" + names.times + "), or " + names.as_needed);
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
                throw InputError("medication name", quoted_value(*text), "a name in Unicode composed form (NFC)");
    }
    if (med.name.empty() || !fits_characters(med.name, max_medication_name_length))
        throw InputError("medication name", quoted_value(med.name),
                         "a name of 1 to " + std::to_string(max_medication_name_length) + " characters");
    // The export carries the name (and, for a drug the catalogue lacks, the ingredient) to a
    // CSV that import reads only as text.
    if (!is_clean_text(med.name) || !is_clean_text(med.ingredient))
        throw InputError("medication name", "(text with control characters)",
                         "plain text: letters, numbers, punctuation");
    if (med.ingredient.empty())
        throw InputError("ingredient", med.ingredient, "the drug's ingredient name");
    validate_prescription(med.dose, med.schedule, "", names);
    if (med.stop && *med.stop < med.start)
        throw InputError(names.stop, format_day(*med.stop),
                         "a day on or after the start date " + format_day(med.start));
    Amount largest = med.dose;
    LocalDay previous = med.start;
    for (const auto& step : med.steps) {
        const std::string when = " from " + format_day(step.from);
        if (step.from <= previous)
            throw InputError(names.from, format_day(step.from),
                             step.from <= med.start
                                 ? "a day after the start date " + format_day(med.start)
                                 : "one prescription change a day, each after the one before (" +
                                       format_day(previous) + ")");
        validate_prescription(step.dose, step.schedule, when, names);
        largest = std::max(largest, step.dose);
        previous = step.from;
    }
    if (med.stop && !med.steps.empty() && *med.stop < med.steps.back().from)
        throw InputError(names.stop, format_day(*med.stop),
                         "a day on or after its last prescription change, from " +
                             format_day(med.steps.back().from) + " (or remove that change first)");
    if (med.max_daily && *med.max_daily < largest)
        throw InputError(names.max_daily, med.max_daily->to_string(),
                         "at least one dose (" + largest.to_string() + ")");
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
                         med.steps.empty() ? "the first day of a prescription change, but " + med.name + " has none"
                                           : "the first day of one of " + med.name + "'s prescription changes: " +
                                                 days_of(med.steps));
    med.steps.erase(it);
    return med;
}

std::string prescription_history_text(const Medication& med, LocalDay on) {
    const auto all = med.prescriptions();
    std::size_t current = 0;
    for (std::size_t i = 1; i < all.size(); ++i)
        if (all[i].from <= on) current = i;
    const auto text_of = [&](std::size_t i) {
        return prescription_text(all[i].dose, all[i].schedule) + (i == 0 ? "" : " from " + format_day(all[i].from));
    };
    std::string out = text_of(current);
    std::string notes;
    for (std::size_t i = current; i-- > 0;) notes += (i + 1 == current ? "before: " : "; ") + text_of(i);
    for (std::size_t i = current + 1; i < all.size(); ++i)
        notes += (notes.empty() ? "" : "; ") + std::string(i == current + 1 ? "then: " : "") + text_of(i);
    return notes.empty() ? out : out + " (" + notes + ")";
}

}  // namespace relief
