#pragma once

#include "core/calendar.h"

#include <QString>

namespace relief::app {

// The app's "today" and "now" (a fixed day with --today), for view models. Kept out of
// app_controller.h, which moc reads.
LocalDay app_today();
Instant app_now();

// The moment a person chose for an entry on the Today page: `day` (YYYY-MM-DD, empty for
// today) at `time` (HH:MM in the home zone, empty for now). Throws InputError for a day
// or time that does not parse or exist, an empty time on another day, or the future.
Instant chosen_moment(const QString& day, const QString& time);

}  // namespace relief::app
