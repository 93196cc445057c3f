#pragma once

#include "journal.h"

#include <cstdint>
#include <optional>

namespace relief::storage {

struct DemoOptions {
    int weeks = 8;            // 1 to 520
    std::uint32_t seed = 1;   // the same seed always tells the same story
    // Nothing is written after this moment (the story ends "now", not at midnight).
    std::optional<Instant> not_after;
};

// Fills an empty journal with a realistic story ending on `last_day`: an acute back spasm
// treated with ibuprofen, then cyclobenzaprine, some missed and late doses, drowsiness,
// a few night cramps, heat and stretching, then a calmer chronic phase for longer runs.
// Refuses a journal that already holds entries or medications.
void write_demo_story(Journal& journal, LocalDay last_day, const DemoOptions& options);

}  // namespace relief::storage
