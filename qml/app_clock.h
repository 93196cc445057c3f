#pragma once

#include "core/calendar.h"

namespace relief::app {

// The app's "today" and "now" (a fixed day with --today), for view models. Kept out of
// app_controller.h, which moc reads.
LocalDay app_today();
Instant app_now();

}  // namespace relief::app
