#pragma once

#include "core/zone.h"

#include <QString>

#include <functional>
#include <optional>

namespace relief::reminders {

struct ServiceOptions {
    QString journal;                 // the journal file
    std::function<Instant()> clock;  // the system clock, or a test's
    std::optional<Zone> zone;        // where the person is; else the system's zone
};

}  // namespace relief::reminders
