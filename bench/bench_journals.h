#pragma once

#include "core/calendar.h"

#include <filesystem>
#include <string>
#include <vector>

namespace relief::bench {

// One synthetic journal the benchmarks read: "month", "year" or "decade".
struct BenchJournal {
    std::string size;
    int days = 0;
    std::filesystem::path path;
    LocalDay last_day{};
};

// The journals of the run, written once by relief-synth's generator into a private
// temporary folder, or taken from $RELIEF_BENCH_DIR (SIZE.relief, as bench/run.sh writes
// them) so that the sqlite3 floors read the very same files.
const std::vector<BenchJournal>& bench_journals(const std::vector<std::string>& sizes);

// A private scratch file path in the run's folder, for journals a benchmark writes.
std::filesystem::path scratch_path(const std::string& name);

// The day every synthetic journal ends on; bench/run.sh passes the same to relief-synth.
LocalDay bench_last_day();

}  // namespace relief::bench
