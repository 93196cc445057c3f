#pragma once

#include "storage/journal.h"

#include <cstdint>
#include <string>

namespace relief::bench {

struct SyntheticOptions {
    int days = 30;             // 1 month, 1 year (365) or 10 years (3650) of daily use
    std::uint32_t seed = 1;    // the same seed always writes the same journal
    LocalDay last_day{};       // the journal ends on this day (never read from the clock)
};

// Fills an empty journal with years of daily use for benchmarks and tests: baclofen three
// times a day, a diuretic, tizanidine at night from the second month, as-needed
// cyclobenzaprine courses in flares and ibuprofen; pain twice a day with locations and
// qualities, 3-6 doses a day with some skipped, late or not logged, side effects, night
// cramps, heat and stretching, fluids, alcohol, symptoms, notes, and now and then an
// entry edited or deleted. Everything is written in one transaction.
void write_synthetic_journal(storage::Journal& journal, const SyntheticOptions& options);

// A clock for the journal's row stamps that never reads the system clock, so that the
// same options give the same file: the end of `last_day` in UTC.
storage::Clock synthetic_clock(LocalDay last_day);

}  // namespace relief::bench
