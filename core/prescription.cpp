#include "prescription.h"

#include <algorithm>

namespace relief {

std::string prescription_text(const Amount& dose, const Schedule& schedule) {
    std::string out = dose.to_string();
    if (schedule.is_scheduled()) {
        out += " at ";
        for (std::size_t i = 0; i < schedule.times.size(); ++i)
            out += (i ? ", " : "") + format_time_of_day(schedule.times[i]);
        if (schedule.as_needed) out += ", plus as needed";
    } else {
        out += " as needed";
    }
    return out;
}

Amount planned_daily(const PrescriptionStep& step) {
    const auto doses =
        static_cast<std::int64_t>(std::max<std::size_t>(step.schedule.times.size(), 1));
    return Amount::micrograms(step.dose.in_micrograms() * doses);
}

}  // namespace relief
