#include "prescription.h"

#include "translate.h"

#include <algorithm>

namespace relief {

std::string prescription_text(const Amount& dose, const Schedule& schedule) {
    if (!schedule.is_scheduled())
        //: A dose taken only when needed; %1 the amount (such as 400 mg).
        return fill(translate("relief::core::prescription", "%1 as needed"), {dose.display()});
    std::string times;
    for (std::size_t i = 0; i < schedule.times.size(); ++i) times += (i ? ", " : "") + format_time_of_day(schedule.times[i]);
    if (schedule.as_needed)
        //: %1 the amount (such as 5 mg), %2 the times of day (08:00, 20:00); more when needed.
        return fill(translate("relief::core::prescription", "%1 at %2, plus as needed"), {dose.display(), times});
    //: %1 the amount (such as 5 mg), %2 the times of day (08:00, 14:00, 20:00).
    return fill(translate("relief::core::prescription", "%1 at %2"), {dose.display(), times});
}

Amount planned_daily(const PrescriptionStep& step) {
    const auto doses =
        static_cast<std::int64_t>(std::max<std::size_t>(step.schedule.times.size(), 1));
    return Amount::micrograms(step.dose.in_micrograms() * doses);
}

}  // namespace relief
