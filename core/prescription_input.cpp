#include "prescription_input.h"

#include "errors.h"

#include <algorithm>

namespace relief {

PrescriptionStep prescription_change(const Medication& med, const PrescriptionChangeInput& in,
                                     const MedicationFieldNames& names) {
    const std::string day = format_day(in.from);
    if (in.from <= med.start)
        throw InputError(names.from, day,
                         "a day after " + med.name + " started (" + format_day(med.start) + ")");
    if (med.stop && in.from > *med.stop)
        throw InputError(
            names.from, day,
            "a day on or before " + med.name + "'s stop date " + format_day(*med.stop));

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
                         "dose times such as 08:00,20:00, or " + names.as_needed + " (or both)");
    const std::string dose_typed = in.dose.value_or(step.dose.to_string());
    if (med.max_daily && *med.max_daily < step.dose)
        throw InputError(names.dose, dose_typed,
                         "at most the maximum per day, " + med.max_daily->to_string());
    if (step.dose == before.dose && step.schedule == before.schedule)
        throw InputError(names.dose, dose_typed,
                         "a change to the prescription before " + day + " (" +
                             prescription_text(before.dose, before.schedule) +
                             "): a new dose, times or " + names.as_needed);
    if (same_day != med.steps.end() && step == *same_day)
        throw InputError(names.dose, dose_typed,
                         "a change to the prescription from " + day + ", which is already " +
                             prescription_text(step.dose, step.schedule));
    validate(with_prescription_change(med, step), names);
    return step;
}

}  // namespace relief
