#include "floor_table.h"

#include "paired_timer.h"
#include "sqlite_floors.h"

#include "core/analyser.h"
#include "core/thresholds.h"
#include "reports/journal_report.h"
#include "reports/pdf_report.h"
#include "storage/alert_review.h"
#include "storage/journal.h"
#include "storage/journal_csv.h"
#include "storage/snapshot_cache.h"

#include <cstdio>
#include <map>
#include <memory>

namespace relief::bench {

namespace fs = std::filesystem;
using storage::Journal;
using storage::OpenMode;

namespace {

// What the table says of one measurement: its target and how to check it.
struct Target {
    std::string text;
    double max_ratio = 0;  // against the floor, when > 0
    double max_ms = 0;     // absolute, when > 0 (checked on the 10-year journal)
};

struct Row {
    std::string name;
    std::string floor_name;
    Target target;
    std::map<std::string, PairResult> by_size;
};

Instant noon(LocalDay day) { return Instant{(day + std::chrono::hours{12}).time_since_epoch()}; }

void remove_journal(const fs::path& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix);
}

fs::path copy_of(const BenchJournal& j, const std::string& name) {
    const auto copy = scratch_path(name + "-" + j.size + ".relief");
    remove_journal(copy);
    Journal::open(j.path, OpenMode::read_only).backup_to(copy);
    return copy;
}

Entry dose_at(const Medication& med, Instant at) {
    return Entry{0, at, "Europe/Berlin", {}, DoseEntry{med.id, med.dose, DoseStatus::taken, {}}};
}

// Runs every measurement on one journal and adds its results to `rows`.
void measure(const BenchJournal& j, int reps, std::vector<Row>& rows, bool with_replay) {
    auto add = [&](const std::string& name, const std::string& floor_name, Target target, Pair pair) {
        pair.reps = reps;
        std::fprintf(stderr, "  %s / %s ...\n", j.size.c_str(), name.c_str());
        const auto result = time_pair(pair);
        auto it = std::find_if(rows.begin(), rows.end(), [&](const Row& r) { return r.name == name; });
        if (it == rows.end()) it = rows.insert(rows.end(), Row{name, floor_name, std::move(target), {}});
        it->by_size[j.size] = result;
    };
    const FloorDb read_floor(j.path, true);
    const auto reader = std::make_shared<Journal>(Journal::open(j.path, OpenMode::read_only));

    add("open the journal", "open, same pragmas", {}, Pair{
        {nullptr, [&] { (void)Journal::open(j.path).home_zone(); }},
        Timed{nullptr, [&] {
                  const FloorDb db(j.path);
                  (void)floor_read(db, "PRAGMA application_id; ");
                  (void)floor_read(db, "PRAGMA user_version");
              }}});

    {
        const auto mine = copy_of(j, "log");
        const auto theirs = copy_of(j, "log-floor");
        {
            auto journal = Journal::open(mine);
            const Medication med = journal.medications().front();
            const FloorDb floor_db(theirs);
            Instant at = noon(j.last_day);
            std::int64_t floor_at = 1782820800;
            add("log one entry (durably)", "INSERT, own transaction", {"<= 1.5x", 1.5, 0}, Pair{
                {nullptr, [&] { journal.add_entry(dose_at(med, at += std::chrono::seconds{1})); }},
                Timed{nullptr, [&] { floor_insert_one(floor_db, ++floor_at); }}});
        }
        remove_journal(mine);
        remove_journal(theirs);
    }

    add("read the journal (snapshot)", "read the same rows", {}, Pair{
        {nullptr, [&] { (void)reader->snapshot(); }},
        Timed{nullptr, [&] { (void)floor_read_snapshot_rows(read_floor); }}});

    add("full analysis (read + rules)", "read the same rows", {"<= 1.5x", 1.5, 0}, Pair{
        {nullptr, [&] {
             const auto snapshot = reader->snapshot();
             (void)analyse(snapshot, j.last_day, thresholds_from_settings(reader->settings()));
         }},
        Timed{nullptr, [&] { (void)floor_read_snapshot_rows(read_floor); }}});

    {
        const auto copy = copy_of(j, "incremental");
        {
            auto journal = Journal::open(copy);
            storage::SnapshotCache cache(journal);
            const Medication med = journal.medications().front();
            const auto thresholds = thresholds_from_settings(journal.settings());
            Instant at = noon(j.last_day);
            std::int64_t id = 0;
            add("analysis after logging one entry", "", {"<= 5 ms", 0, 5}, Pair{
                {[&] { id = journal.add_entry(dose_at(med, at += std::chrono::seconds{1})); },
                 [&] {
                     cache.entry_added(journal, id);
                     (void)analyse(cache.snapshot(), j.last_day, thresholds);
                 }},
                std::nullopt});
        }
        remove_journal(copy);
    }

    {
        const reports::ReportPeriod period{j.last_day - date::days{89}, j.last_day};
        add("90-day PDF report", "read the period's rows", {"< 300 ms", 0, 300}, Pair{
            {nullptr, [&] {
                 const auto source = reports::report_source(*reader, period, j.last_day);
                 (void)reports::render_pdf(reports::build_report(source->input));
             }},
            Timed{nullptr, [&] {
                      (void)floor_read_period(read_floor, format_day(period.from), format_day(period.to));
                  }}});
    }

    add("CSV export", "read and write as CSV", {"<= 2x", 2, 0}, Pair{
        {nullptr, [&] { (void)storage::export_csv(*reader); }},
        Timed{nullptr, [&] { (void)floor_export(read_floor); }}});

    {
        const std::string text = storage::export_csv(*reader);
        const std::vector<FloorTable> tables{floor_table(read_floor, "medications"),
                                             floor_table(read_floor, "prescription_steps"),
                                             floor_table(read_floor, "entries")};
        const auto target = scratch_path("import-" + j.size + ".relief");
        std::unique_ptr<Journal> fresh;
        std::unique_ptr<FloorDb> fresh_floor;
        auto new_journal = [&] {
            fresh.reset();
            fresh_floor.reset();
            remove_journal(target);
            fresh = std::make_unique<Journal>(Journal::create(target, Zone::locate("Europe/Berlin")));
        };
        add("CSV import (new journal)", "bulk INSERT, one transaction", {"<= 3x", 3, 0}, Pair{
            {new_journal, [&] { (void)storage::import_csv(*fresh, text, target.string()); }},
            Timed{[&] {
                      new_journal();
                      fresh.reset();
                      fresh_floor = std::make_unique<FloorDb>(target);
                  },
                  [&] { floor_bulk_insert(*fresh_floor, tables); }}});
        fresh.reset();
        fresh_floor.reset();
        remove_journal(target);
    }

    if (with_replay) {
        const auto copy = scratch_path("replay-" + j.size + ".relief");
        std::unique_ptr<Journal> journal;
        const LocalDay first = j.last_day - date::days{j.days - 1};
        Pair pair{{[&] {
                       journal.reset();
                       remove_journal(copy);
                       Journal::open(j.path, OpenMode::read_only).backup_to(copy);
                       journal = std::make_unique<Journal>(Journal::open(copy));
                   },
                   [&] { (void)storage::replay_alerts(*journal, first, j.last_day); }},
                  std::nullopt};
        pair.min_sample_ms = 0;
        add("replay every day's alerts", "", {"< 5 s", 0, 5000}, pair);
        journal.reset();
        remove_journal(copy);
    }
}

std::string ms_text(double ms) {
    char buf[32];
    std::snprintf(buf, sizeof buf, ms >= 100 ? "%.0f" : ms >= 10 ? "%.1f" : "%.2f", ms);
    return buf;
}

const char* size_label(const std::string& size) {
    if (size == "month") return "1 month";
    if (size == "year") return "1 year";
    if (size == "decade") return "10 years";
    if (size == "thirty") return "30 years";
    return size.c_str();
}

}  // namespace

void print_floor_tables(const std::vector<BenchJournal>& journals, int reps) {
    std::vector<Row> rows;
    const BenchJournal* main = &journals.back();
    for (const auto& j : journals)
        if (j.size == "decade") main = &j;
    for (const auto& j : journals) {
        const bool is_main = &j == main;
        // The other sizes show growth: fewer repetitions, and replay only up to ten years
        // (thirty years of daily analyses is the slow case the growth column shows by itself).
        measure(j, is_main ? reps : std::max(3, reps / 3), rows, j.days <= 3650);
    }

    std::printf("| measurement (%s) | relief ms | floor (SQLite C API) | floor ms | ratio (IQR) | target | met |\n",
                size_label(main->size));
    std::printf("|---|---:|---|---:|---:|---|---|\n");
    for (const auto& row : rows) {
        const auto it = row.by_size.find(main->size);
        if (it == row.by_size.end()) continue;
        const PairResult& r = it->second;
        std::string ratio = "-", floor_ms = "-", met = "";
        if (!row.floor_name.empty()) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.2fx (%.2f-%.2f)", r.ratio, r.ratio_low, r.ratio_high);
            ratio = buf;
            floor_ms = ms_text(r.floor_ms);
        }
        if (row.target.max_ratio > 0) met = r.ratio <= row.target.max_ratio ? "yes" : "NO";
        if (row.target.max_ms > 0) met = r.relief_ms <= row.target.max_ms ? "yes" : "NO";
        std::printf("| %s | %s | %s | %s | %s | %s | %s |\n", row.name.c_str(), ms_text(r.relief_ms).c_str(),
                    row.floor_name.empty() ? "-" : row.floor_name.c_str(), floor_ms.c_str(), ratio.c_str(),
                    row.target.text.c_str(), met.c_str());
    }

    if (journals.size() < 2) return;
    std::printf("\n| measurement (relief ms) |");
    for (const auto& j : journals) std::printf(" %s |", size_label(j.size));
    std::printf(" ratio at each size |\n|---|");
    for (std::size_t i = 0; i < journals.size(); ++i) std::printf("---:|");
    std::printf("---|\n");
    for (const auto& row : rows) {
        std::printf("| %s |", row.name.c_str());
        std::string ratios;
        for (const auto& j : journals) {
            const auto it = row.by_size.find(j.size);
            if (it == row.by_size.end()) {
                std::printf(" - |");
                continue;
            }
            std::printf(" %s |", ms_text(it->second.relief_ms).c_str());
            if (!row.floor_name.empty()) {
                char buf[16];
                std::snprintf(buf, sizeof buf, "%s%.2fx", ratios.empty() ? "" : ", ", it->second.ratio);
                ratios += buf;
            }
        }
        std::printf(" %s |\n", ratios.empty() ? "-" : ratios.c_str());
    }
}

}  // namespace relief::bench
