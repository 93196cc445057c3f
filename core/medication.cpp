#include "medication.h"

#include "errors.h"
#include "suggest.h"

namespace relief {

const Drug* catalogue_drug(const Medication& med) {
    return Catalogue::standard().find_ingredient(med.ingredient);
}

ClassSet classes_of(const Medication& med) {
    if (const Drug* drug = catalogue_drug(med)) return drug->classes;
    return implied_classes(med.chosen_class);
}

void validate(const Medication& med) {
    if (med.name.empty() || med.name.size() > 100)
        throw InputError("medication name", med.name, "a name of 1 to 100 characters");
    // The export carries the name (and, for a drug the catalogue lacks, the ingredient) to a
    // CSV that import reads only as text.
    if (!is_clean_text(med.name) || !is_clean_text(med.ingredient))
        throw InputError("medication name", "(text with control characters)",
                         "plain text: letters, numbers, punctuation");
    if (med.ingredient.empty())
        throw InputError("ingredient", med.ingredient, "the drug's ingredient name");
    if (med.dose <= Amount{})
        throw InputError("dose", med.dose.to_string(), "a dose of more than zero");
    if (!med.schedule.is_scheduled() && !med.schedule.as_needed)
        throw InputError("schedule", "none", "dose times (--times 08:00,20:00) or --as-needed");
    if (med.max_daily && *med.max_daily < med.dose)
        throw InputError("maximum per day", med.max_daily->to_string(),
                         "at least one dose (" + med.dose.to_string() + ")");
    if (med.stop && *med.stop < med.start)
        throw InputError("stop date", format_day(*med.stop),
                         "a day on or after the start date " + format_day(med.start));
}

}  // namespace relief
