#include "bench_journals.h"

#include "synthetic_journal.h"

#include "storage/alert_review.h"
#include "storage/journal.h"

#include <cstdlib>
#include <stdexcept>
#include <unistd.h>

namespace relief::bench {

namespace fs = std::filesystem;

namespace {

int days_of(const std::string& size) {
    if (size == "month") return 30;
    if (size == "year") return 365;
    if (size == "decade") return 3650;
    if (size == "thirty") return 10950;
    throw std::invalid_argument("unknown journal size " + size + " (month, year, decade or thirty)");
}

// A private folder (0700) for the run's journals, removed at exit: even synthetic health
// data is not left behind in /tmp.
struct RunFolder {
    fs::path path;
    ~RunFolder() {
        std::error_code ignored;
        if (!path.empty()) fs::remove_all(path, ignored);
    }
} folder;

const fs::path& run_folder() {
    if (folder.path.empty()) {
        std::string pattern = (fs::temp_directory_path() / "relief-bench-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a private temporary folder");
        folder.path = pattern;
    }
    return folder.path;
}

}  // namespace

LocalDay bench_last_day() { return parse_day("2026-06-30"); }

fs::path scratch_path(const std::string& name) { return run_folder() / name; }

const std::vector<BenchJournal>& bench_journals(const std::vector<std::string>& sizes) {
    static std::vector<BenchJournal> journals;
    if (!journals.empty()) return journals;
    const char* given = std::getenv("RELIEF_BENCH_DIR");
    for (const auto& size : sizes) {
        BenchJournal j{size, days_of(size), {}, bench_last_day()};
        if (given) {
            j.path = fs::path(given) / (size + ".relief");
            if (!fs::exists(j.path)) throw std::runtime_error("missing " + j.path.string() + " (run bench/run.sh)");
        } else {
            j.path = run_folder() / (size + ".relief");
            auto journal = storage::Journal::create(j.path, Zone::locate("Europe/Berlin"), synthetic_clock(j.last_day));
            write_synthetic_journal(journal, SyntheticOptions{j.days, 1, j.last_day});
            storage::review_alerts(journal, j.last_day);
        }
        journals.push_back(j);
    }
    return journals;
}

}  // namespace relief::bench
