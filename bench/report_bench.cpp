#include "bench_registry.h"

#include "reports/journal_report.h"
#include "reports/pdf_report.h"
#include "storage/journal.h"

#include <benchmark/benchmark.h>

namespace relief::bench {

namespace {

// The visit report as the app and "relief report -o visit.pdf" make it: gather the
// journal, build the model, draw the PDF.
void pdf(benchmark::State& state, const BenchJournal& j, int days) {
    auto journal = storage::Journal::open(j.path, storage::OpenMode::read_only);
    const reports::ReportPeriod period{j.last_day - date::days{days - 1}, j.last_day};
    for (auto _ : state) {
        const auto source = reports::report_source(journal, period, j.last_day);
        benchmark::DoNotOptimize(reports::render_pdf(reports::build_report(source->input)));
    }
}

}  // namespace

void register_report_benchmarks(const BenchJournal& j) {
    for (const auto& [name, days] : {std::pair{"pdf_90_days", 90}, std::pair{"pdf_1_year", 365}})
        benchmark::RegisterBenchmark((std::string(name) + "/" + j.size).c_str(),
                                     [j, days = days](benchmark::State& s) { pdf(s, j, days); })
            ->Unit(benchmark::kMillisecond);
}

}  // namespace relief::bench
