#pragma once

#include "bench_journals.h"

namespace relief::bench {

// Each registers its benchmarks for one journal, named "what/size".
void register_journal_benchmarks(const BenchJournal& journal);  // journal_bench.cpp
void register_report_benchmarks(const BenchJournal& journal);   // report_bench.cpp
void register_share_benchmarks(const BenchJournal& journal);    // share_bench.cpp

}  // namespace relief::bench
