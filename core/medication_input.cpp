#include "medication_input.h"

#include "entry_text.h"
#include "errors.h"
#include "translate.h"
#include "suggest.h"
#include "typed_text.h"

namespace relief {

Medication new_medication(const MedicationInput& in, const std::vector<Medication>& existing,
                          const MedicationFieldNames& names) {
    Medication m;
    // First, so that "Advil" with a hidden character is refused for that, not as an unknown drug.
    m.name = checked_name(in.name, "medication name", max_medication_name_length);
    if (const auto match = Catalogue::standard().lookup(m.name)) {
        if (!in.drug_class.empty())
            throw InputError(names.drug_class, in.drug_class,
                             fill(translate("relief::core::medication_input", "no class: %1 is %2, which the catalogue knows"),
                                  {m.name, match->drug->ingredient}));
        m.ingredient = std::string(match->drug->ingredient);
        m.form = match->form;
    } else if (!in.drug_class.empty()) {
        m.ingredient = m.name;
        m.chosen_class = parse_choosable_class(in.drug_class);
    } else {
        const auto near = Catalogue::standard().suggestions(m.name);
        const std::string class_name = display_field(names.drug_class);
        throw InputError(
            "drug", m.name,
            near.empty()
                ? fill(translate("relief::core::medication_input", "a drug the catalogue knows; to add one it does not know, choose its "
                                     "class (%1, for example 'other')"),
                       {class_name})
                //: %1: the names the person may have meant, %2: the field to choose a class with.
                : fill(translate("relief::core::medication_input", "a drug the catalogue knows (did you mean %1?); to add one it does not "
                                     "know, choose its class (%2, for example 'other')"),
                       {join_choices(near), class_name}));
    }
    // A combination product's dose may be a count of its units ("2 tablets").
    const Drug* drug = catalogue_drug(m);
    m.dose = parse_dose(drug, in.dose, names.dose);
    if (!in.times.empty()) m.schedule.times = parse_times(in.times, names.times);
    m.schedule.as_needed = in.as_needed;
    if (!in.max_daily.empty()) m.max_daily = parse_dose(drug, in.max_daily, names.max_daily);
    m.start = in.start;
    for (const auto& other : existing) {
        const bool overlaps = !other.stop || *other.stop >= m.start;
        if (overlaps && normalise_term(other.name) == normalise_term(m.name))
            //: %1: the medication, %2: the day it starts, %3: how to change it (a sentence).
            throw InputError("medication", m.name,
                             fill(translate("relief::core::medication_input", "a medication not already in your list: %1 is there from %2. "
                                                "%3, or stop it and add it again from a later day"),
                                  {medication_label(other), display_day(other.start), display_field(names.change_it)}));
    }
    validate(m, names);
    return m;
}

}  // namespace relief
