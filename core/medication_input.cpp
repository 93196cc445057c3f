#include "medication_input.h"

#include "entry_text.h"
#include "errors.h"
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
                             "no class: " + m.name + " is " + std::string(match->drug->ingredient) +
                                 ", which the catalogue knows");
        m.ingredient = std::string(match->drug->ingredient);
        m.form = match->form;
    } else if (!in.drug_class.empty()) {
        m.ingredient = m.name;
        m.chosen_class = parse_choosable_class(in.drug_class);
    } else {
        const auto near = Catalogue::standard().suggestions(m.name);
        throw InputError("drug", m.name,
                         (near.empty() ? std::string("a drug the catalogue knows")
                                       : "a drug the catalogue knows (did you mean " + join_choices(near) + "?)") +
                             "; to add one it does not know, choose its class (" + names.drug_class +
                             ", for example 'other')");
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
            throw InputError("medication", m.name,
                             "a medication not already in your list: " + medication_label(other) + " is there from " +
                                 format_day(other.start) +
                                 ". " + names.change_it + ", or stop it and add it again from a later day");
    }
    validate(m, names);
    return m;
}

}  // namespace relief
