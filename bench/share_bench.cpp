#include "bench_registry.h"

#include "sharing/change_file.h"
#include "sharing/share.h"
#include "storage/journal.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace relief::bench {

namespace fs = std::filesystem;

namespace {

constexpr const char* words = "acorn actor adobe agent alarm album alley amber anchor angle ankle apple apron arbor arena armor";

struct SharedCopy {
    fs::path folder;
    std::vector<std::string> files;  // the change files' bytes
    sharing::Key key{};
    std::string device;
    std::uintmax_t bytes = 0;
    std::size_t records = 0;
};

// The synthetic journal shared once: every row it holds goes out as one device's changes,
// as when a person shares a journal they have kept for a while.
SharedCopy share_once(const BenchJournal& j) {
    SharedCopy out;
    const auto copy = scratch_path("share-" + j.size + ".relief");
    out.folder = scratch_path("share-" + j.size);
    fs::remove_all(out.folder);
    fs::remove(copy);
    storage::Journal::open(j.path, storage::OpenMode::read_only).backup_to(copy);
    auto journal = storage::Journal::open(copy);
    sharing::create_share(journal, {out.folder, "laptop", words, false});
    out.device = journal.device_id();
    sharing::from_hex(journal.local_value("share.key").value(), out.key.data(), out.key.size());
    for (const auto& f : fs::directory_iterator(out.folder / "devices" / out.device)) {
        std::ifstream in(f.path(), std::ios::binary);
        out.files.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        out.bytes += out.files.back().size();
    }
    return out;
}

// Another device taking all of it: each change file opened (decrypted and checked) and
// merged, one transaction per file, into a journal of its own.
void share_merge(benchmark::State& state, const BenchJournal& j) {
    const SharedCopy shared = share_once(j);
    const auto target = scratch_path("share-target-" + j.size + ".relief");
    for (auto _ : state) {
        state.PauseTiming();
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(target.string() + suffix);
        auto journal = storage::Journal::create(target, Zone::locate("Europe/Berlin"));
        state.ResumeTiming();
        std::size_t records = 0;
        for (const auto& bytes : shared.files) {
            const auto file = sharing::open_change_file(bytes, shared.key);
            records += journal.merge_changes(shared.device, file.records).applied;
        }
        benchmark::DoNotOptimize(records);
    }
    state.counters["change_file_bytes"] = static_cast<double>(shared.bytes);
    state.counters["records"] = static_cast<double>(shared.files.empty() ? 0 : sharing::open_change_file(shared.files.front(), shared.key).records.size());
    state.counters["bytes_per_day"] = static_cast<double>(shared.bytes) / j.days;
}

}  // namespace

void register_share_benchmarks(const BenchJournal& j) {
    benchmark::RegisterBenchmark(("share_merge/" + j.size).c_str(), [j](benchmark::State& s) { share_merge(s, j); })
        ->Unit(benchmark::kMillisecond);
}

}  // namespace relief::bench
