// `relief import FILE`: any text imported into a journal that already holds a medication,
// entries, an edit and a delete. Properties (storage/journal_csv.h, DESIGN.md "imports are
// all-or-nothing", "export then import is exact"):
//  - a refused file throws StorageError (FileFormatError) and leaves the journal unchanged;
//  - an accepted file, imported a second time, adds nothing;
//  - the journal's export after an accepted import imports into a new journal as the same
//    journal (its export is identical).
// Any other exception type escapes and aborts the run.
#include "check.h"
#include "core/errors.h"
#include "storage/errors.h"
#include "storage/journal.h"
#include "storage/journal_csv.h"

using namespace relief;
using namespace relief::storage;
using relief::fuzz::require;

namespace {

Instant fixed_now() { return date::sys_days{date::year{2026} / 3 / 15} + std::chrono::hours{12}; }

const Zone& home() {
    static const Zone zone = Zone::locate("Europe/Berlin");
    return zone;
}

Journal baseline() {
    auto j = Journal::in_memory(home(), fixed_now);
    Medication med;
    med.name = "Flexeril";
    med.ingredient = "cyclobenzaprine";
    med.dose = Amount::parse("5mg");
    med.schedule.times = parse_times("08:00,20:00");
    med.start = parse_day("2026-03-01");
    const auto med_id = j.add_medication(med);
    auto at = [](const char* when) { return parse_when(when, home()); };
    j.add_entry(Entry{0, at("2026-03-02T08:05"), "Europe/Berlin", {},
                      DoseEntry{med_id, med.dose, DoseStatus::taken, at("2026-03-02T08:00")}});
    const auto pain = j.add_entry(Entry{0, at("2026-03-02T09:00"), "Europe/Berlin", {}, PainEntry{6, {"lower-back"}, {}}});
    j.replace_entry(pain, Entry{0, at("2026-03-02T09:00"), "Europe/Berlin", {}, PainEntry{5, {"lower-back"}, {}}});
    j.delete_entry(j.add_entry(Entry{0, at("2026-03-02T10:00"), "Asia/Tokyo", {}, NoteEntry{"travel"}}));
    return j;
}

std::string describe(const ImportSummary& s) {
    return std::to_string(s.settings_applied) + " settings, " + std::to_string(s.medications_added) +
           " medications, " + std::to_string(s.entries_added) + " entries added";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);

    // Read before the journal exists (relief import into a new journal).
    try {
        if (const auto zone = csv_home_zone(text, "fuzz.csv")) {
            (void)zone->size();
        }
    } catch (const FileFormatError&) {
    }

    auto journal = baseline();
    const std::string before = export_csv(journal);
    const std::size_t count = journal.entry_count();
    const std::size_t rows = journal.all_rows().size();
    ImportSummary first;
    try {
        first = import_csv(journal, text, "fuzz.csv");
    } catch (const StorageError&) {
        require(journal.entry_count() == count && journal.all_rows().size() == rows, "a refused import adds no entry");
        require(export_csv(journal) == before, "a refused import leaves the journal unchanged");
        return 0;
    }
    const std::string after = export_csv(journal);
    // Rows, not entry_count(): an imported edit or delete adds a row but no current entry.
    require(journal.all_rows().size() == rows + static_cast<std::size_t>(first.entries_added),
            "the journal grows by the rows an import reports", describe(first));

    ImportSummary second;
    try {
        second = import_csv(journal, text, "fuzz.csv");
    } catch (const StorageError& e) {
        fuzz::fail("a file imported once is refused the second time", e.what());
    }
    require(second.entries_added == 0 && second.medications_added == 0 && second.settings_applied == 0,
            "importing the same file twice adds nothing", describe(second));
    require(export_csv(journal) == after, "a second import leaves the journal unchanged");

    auto copy = Journal::in_memory(home(), fixed_now);
    try {
        import_csv(copy, after, "export.csv");
    } catch (const StorageError& e) {
        fuzz::fail("the export of an imported journal does not import", e.what());
    }
    require(export_csv(copy) == after, "export then import into a new journal is exact", after);
    return 0;
}
