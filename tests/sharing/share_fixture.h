#pragma once

#include "core/hlc.h"
#include "sharing/share.h"
#include "storage/journal.h"
#include "storage/journal_fixture.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <memory>
#include <sstream>
#include <string>

namespace relief::testing {

inline constexpr const char* test_words =
    "acorn actor adobe agent alarm album alley amber anchor angle ankle apple apron arbor arena armor";

// One device of a share: its own journal file and its own clock, which a test may set
// behind or ahead of the others'.
struct Device {
    FakeClock clock;
    std::filesystem::path file;
    std::unique_ptr<storage::Journal> journal;

    Device(const TempDir& dir, const std::string& name, std::chrono::seconds skew = {}) : file(dir / (name + ".relief")) {
        clock.now += skew;
        journal = std::make_unique<storage::Journal>(
            storage::Journal::create(file, Zone::locate("Europe/Berlin"), clock.clock()));
    }
    storage::Journal& j() { return *journal; }
    void later(std::chrono::seconds by) { clock.now += by; }
    // Reopens the file, as the next start of the app or the CLI does.
    void reopen() {
        journal.reset();
        journal = std::make_unique<storage::Journal>(
            storage::Journal::open(file, storage::OpenMode::read_write, clock.clock()));
    }
};

// Everything two converged journals must agree on, by global id: every version of every
// entry with its place in the history, the medications and prescription changes as they
// stand, the settings and the visits. (Local row ids differ between devices.)
inline std::string fingerprint(const storage::Journal& journal) {
    SQLite::Database db(journal.path().string(), SQLite::OPEN_READONLY);
    std::ostringstream out;
    const auto dump = [&](const char* title, const char* sql) {
        out << title << "\n";
        SQLite::Statement q(db, sql);
        while (q.executeStep()) {
            for (int i = 0; i < q.getColumnCount(); ++i) out << (q.getColumn(i).isNull() ? "-" : q.getColumn(i).getString()) << "|";
            out << "\n";
        }
    };
    dump("entries",
         "SELECT e.gid, e.lineage, e.kind, e.at_utc, e.score, e.text, e.deleted_utc, r.gid, m.gid FROM entries e "
         "LEFT JOIN entries r ON r.id = e.replaced_by LEFT JOIN medications m ON m.id = e.medication_id ORDER BY e.gid");
    dump("medications",
         "SELECT gid, name, ingredient, dose_ug, times, start_day, stop_day, taper FROM medications ORDER BY gid");
    dump("prescription changes",
         "SELECT p.gid, m.gid, p.from_day, p.dose_ug, p.times, p.deleted_utc FROM prescription_steps p "
         "JOIN medications m ON m.id = p.medication_id ORDER BY p.gid");
    dump("visits", "SELECT day FROM visits WHERE deleted_utc IS NULL ORDER BY day");
    out << "settings\n";
    for (const auto& [key, value] : journal.settings()) out << key << "=" << value << "\n";
    return out.str();
}

inline std::string current_texts(const storage::Journal& journal) {
    std::string out;
    for (const auto& e : journal.all_entries())
        if (const auto* note = std::get_if<NoteEntry>(&e.data)) out += note->text + ";";
    return out;
}

}  // namespace relief::testing
