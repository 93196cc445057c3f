#include "prescription_input.h"

#include "errors.h"
#include "translate.h"

#include <algorithm>

namespace relief {

PrescriptionStep prescription_change(const Medication& med, const PrescriptionChangeInput& in,
                                     const MedicationFieldNames& names) {
    const std::string day = format_day(in.from);
    if (in.from <= med.start)
        throw InputError(names.from, day,
                         fill(translate("relief::core::prescription_input", "a day after %1 started (%2)"), {med.name, display_day(med.start)}));
    if (med.stop && in.from > *med.stop)
        throw InputError(
            names.from, day,
            fill(translate("relief::core::prescription_input", "a day on or before %1's stop date %2"), {med.name, display_day(*med.stop)}));

    const PrescriptionStep before = med.prescription_on(in.from - date::days{1});
    // A second change from the same day corrects the first: what is left out stays as the
    // first one has it.
    const auto same_day =
        std::find_if(med.steps.begin(), med.steps.end(),
                     [&](const PrescriptionStep& s) { return s.from == in.from; });
    const PrescriptionStep base = same_day == med.steps.end() ? before : *same_day;
    PrescriptionStep step{in.from, base.dose, base.schedule};
    if (in.dose) step.dose = Amount::parse(*in.dose, names.dose);
    if (in.times)
        step.schedule.times =
            in.times->empty() ? std::vector<TimeOfDay>{} : parse_times(*in.times, names.times);
    if (in.as_needed) step.schedule.as_needed = *in.as_needed;
    if (!step.schedule.is_scheduled() && !step.schedule.as_needed)
        throw InputError(names.times, in.times.value_or(""),
                         fill(translate("relief::core::prescription_input", "dose times such as 08:00,20:00, or %1 (or both)"),
                              {display_field(names.as_needed)}));
    const std::string dose_typed = in.dose.value_or(step.dose.to_string());
    if (med.max_daily && *med.max_daily < step.dose)
        throw InputError(names.dose, dose_typed,
                         fill(translate("relief::core::prescription_input", "at most the maximum per day, %1"), {med.max_daily->display()}));
    if (step.dose == before.dose && step.schedule == before.schedule)
        throw InputError(names.dose, dose_typed,
                         //: %1: the day, %2: the prescription before it, %3: the as-needed field.
                         fill(translate("relief::core::prescription_input", "a change to the prescription before %1 (%2): a new dose, times or %3"),
                              {display_day(in.from), prescription_text(before.dose, before.schedule),
                               display_field(names.as_needed)}));
    if (same_day != med.steps.end() && step == *same_day)
        throw InputError(names.dose, dose_typed,
                         fill(translate("relief::core::prescription_input", "a change to the prescription from %1, which is already %2"),
                              {display_day(in.from), prescription_text(step.dose, step.schedule)}));
    validate(with_prescription_change(med, step), names);
    return step;
}

}  // namespace relief
