#include "bench_registry.h"

#include "core/analyser.h"
#include "core/thresholds.h"
#include "storage/journal.h"
#include "storage/journal_csv.h"
#include "storage/snapshot_cache.h"

#include <benchmark/benchmark.h>

#include <filesystem>

namespace relief::bench {

namespace fs = std::filesystem;

namespace {

using storage::Journal;

void register_one(const std::string& what, const BenchJournal& j, void (*run)(benchmark::State&, const BenchJournal&)) {
    benchmark::RegisterBenchmark((what + "/" + j.size).c_str(), [run, j](benchmark::State& s) { run(s, j); })
        ->Unit(benchmark::kMillisecond);
}

Instant noon(LocalDay day) { return Instant{(day + std::chrono::hours{12}).time_since_epoch()}; }

void open_journal(benchmark::State& state, const BenchJournal& j) {
    for (auto _ : state) {
        auto journal = Journal::open(j.path);
        benchmark::DoNotOptimize(journal.home_zone());
    }
}

// One dose, logged durably (WAL, synchronous=FULL) into a copy of the journal.
void log_entry(benchmark::State& state, const BenchJournal& j) {
    const auto copy = scratch_path("log-" + j.size + ".relief");
    Journal::open(j.path, storage::OpenMode::read_only).backup_to(copy);
    {
        auto journal = Journal::open(copy);
        const auto meds = journal.medications();
        const Medication& med = meds.front();
        Instant at = noon(j.last_day);
        for (auto _ : state) {
            at += std::chrono::seconds{1};
            benchmark::DoNotOptimize(
                journal.add_entry(Entry{0, at, "Europe/Berlin", {}, DoseEntry{med.id, med.dose, DoseStatus::taken, {}}}));
        }
    }
    fs::remove(copy);
    for (const char* suffix : {"-wal", "-shm"}) fs::remove(copy.string() + suffix);
}

// The current entries, as every analysis and report reads them.
void load(benchmark::State& state, const BenchJournal& j) {
    const auto journal = Journal::open(j.path, storage::OpenMode::read_only);
    for (auto _ : state) benchmark::DoNotOptimize(journal.snapshot());
}

// What "relief alerts" and the Alerts page compute: read the journal and analyse it.
void full_analysis(benchmark::State& state, const BenchJournal& j) {
    const auto journal = Journal::open(j.path, storage::OpenMode::read_only);
    for (auto _ : state) {
        const auto snapshot = journal.snapshot();
        benchmark::DoNotOptimize(analyse(snapshot, j.last_day, thresholds_from_settings(journal.settings())));
    }
}

// The analysis the app runs after logging one dose: the new row joins the snapshot it
// keeps (storage::SnapshotCache) instead of the whole journal being read again. The
// durable write itself is log_entry's, outside the timing.
void incremental_analysis(benchmark::State& state, const BenchJournal& j) {
    const auto copy = scratch_path("incremental-" + j.size + ".relief");
    Journal::open(j.path, storage::OpenMode::read_only).backup_to(copy);
    {
        auto journal = Journal::open(copy);
        storage::SnapshotCache cache(journal);
        const Medication med = journal.medications().front();
        Instant at = noon(j.last_day);
        for (auto _ : state) {
            state.PauseTiming();
            at += std::chrono::seconds{1};
            const auto id = journal.add_entry(Entry{0, at, "Europe/Berlin", {}, DoseEntry{med.id, med.dose, DoseStatus::taken, {}}});
            state.ResumeTiming();
            cache.entry_added(journal, id);
            benchmark::DoNotOptimize(analyse(cache.snapshot(), j.last_day, thresholds_from_settings(journal.settings())));
        }
    }
    fs::remove(copy);
    for (const char* suffix : {"-wal", "-shm"}) fs::remove(copy.string() + suffix);
}

void csv_export(benchmark::State& state, const BenchJournal& j) {
    const auto journal = Journal::open(j.path, storage::OpenMode::read_only);
    for (auto _ : state) benchmark::DoNotOptimize(storage::export_csv(journal));
}

// Into a new journal file, durably, as "relief import" does.
void csv_import(benchmark::State& state, const BenchJournal& j) {
    const std::string text = storage::export_csv(Journal::open(j.path, storage::OpenMode::read_only));
    const auto target = scratch_path("import-" + j.size + ".relief");
    for (auto _ : state) {
        state.PauseTiming();
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(target.string() + suffix);
        auto journal = Journal::create(target, Zone::locate("Europe/Berlin"));
        state.ResumeTiming();
        benchmark::DoNotOptimize(storage::import_csv(journal, text, target.string()));
    }
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(target.string() + suffix);
}

}  // namespace

void register_journal_benchmarks(const BenchJournal& j) {
    register_one("open", j, open_journal);
    register_one("log_entry", j, log_entry);
    register_one("load", j, load);
    register_one("full_analysis", j, full_analysis);
    register_one("incremental_analysis", j, incremental_analysis);
    register_one("csv_export", j, csv_export);
    register_one("csv_import", j, csv_import);
}

}  // namespace relief::bench
