#pragma once

#include "bench_journals.h"

#include <vector>

namespace relief::bench {

// `relief-bench --table`: each measurement timed in turns with its SQLite floor on the
// same file, in this process, `reps` times; prints the table of the 10-year journal (or
// the largest given) with each ratio's spread, then how each measurement grows with the
// journal's size (docs/performance.md).
void print_floor_tables(const std::vector<BenchJournal>& journals, int reps);

}  // namespace relief::bench
