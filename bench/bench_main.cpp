// relief-bench: the journal's performance on synthetic journals (docs/performance.md).
//   relief-bench [--sizes=month,year,decade,thirty] [Google Benchmark options]
//   relief-bench --table [--sizes=...] [--reps=N]   each measurement against its SQLite floor
#include "bench_journals.h"
#include "bench_registry.h"
#include "floor_table.h"

#include <QGuiApplication>
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const auto comma = text.find(',', start);
        out.push_back(text.substr(start, comma - start));
        if (comma == std::string::npos) return out;
        start = comma + 1;
    }
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> sizes{"month", "year", "decade"};
    std::vector<char*> rest;
    bool table = false;
    int reps = 9;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--sizes=", 8) == 0) sizes = split(argv[i] + 8);
        else if (std::strcmp(argv[i], "--table") == 0) table = true;
        else if (std::strncmp(argv[i], "--reps=", 7) == 0) reps = std::max(1, std::atoi(argv[i] + 7));
        else rest.push_back(argv[i]);
    }
    int rest_count = static_cast<int>(rest.size());
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QGuiApplication app(rest_count, rest.data());  // the PDF's fonts and QPainter need it

    if (table) {
        relief::bench::print_floor_tables(relief::bench::bench_journals(sizes), reps);
        rusage usage{};
        ::getrusage(RUSAGE_SELF, &usage);
        std::fprintf(stderr, "peak RSS of the benchmark process: %ld MB\n", usage.ru_maxrss / 1024);
        return 0;
    }
    benchmark::Initialize(&rest_count, rest.data());
    if (benchmark::ReportUnrecognizedArguments(rest_count, rest.data())) return 2;
    for (const auto& journal : relief::bench::bench_journals(sizes)) {
        relief::bench::register_journal_benchmarks(journal);
        relief::bench::register_report_benchmarks(journal);
        relief::bench::register_share_benchmarks(journal);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    std::fprintf(stderr, "peak RSS of the benchmark process: %ld MB\n", usage.ru_maxrss / 1024);
    return 0;
}
