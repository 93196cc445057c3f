#include "core/errors.h"
#include "journal_fixture.h"
#include "storage/errors.h"
#include "storage/journal_csv.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

using namespace relief;
using namespace relief::storage;
using relief::testing::FakeClock;
using relief::testing::pain_at;

namespace {

// A journal with every kind of entry, an edit, a delete, a full profile and prescription
// changes: one replaced by a second from the same day, and one removed.
Journal rich_journal(FakeClock& clock) {
    auto j = Journal::in_memory(Zone::locate("Europe/Berlin"), clock.clock());
    Profile p = j.profile();
    p.birth_year = 1955;
    p.birth_date = parse_day("1955-07-14");
    p.identifier = "MRN 12/34";
    p.identifier_system = "hospital number";
    p.conditions = {"kidney-disease"};
    p.onset = parse_day("2026-02-27");
    j.set_profile(p);
    auto med = relief::testing::sample_medication();
    med.max_daily = Amount::parse("15mg");
    const auto med_id = j.add_medication(med);
    const Schedule twice{parse_times("08:00,20:00"), false};
    for (const auto& [day, mg] : {std::pair{"2026-03-05", 10}, std::pair{"2026-03-05", 7}, std::pair{"2026-03-10", 2}}) {
        clock.now += std::chrono::minutes{1};
        j.change_prescription(med_id, {parse_day(day), Amount::milligrams(mg), twice});
    }
    clock.now += std::chrono::minutes{1};
    j.remove_prescription_change(med_id, parse_day("2026-03-10"));
    auto prn = relief::testing::sample_medication();
    prn.name = "Advil";
    prn.ingredient = "ibuprofen";
    prn.dose = Amount::parse("400mg");
    prn.schedule = Schedule{{}, true};
    j.add_medication(prn);
    const auto zone = Zone::locate("Europe/Berlin");
    auto at = [&](const char* w) { return parse_when(w, zone); };
    const std::vector<EntryData> data{
        DoseEntry{med_id, Amount::parse("5mg"), DoseStatus::taken, at("2026-03-01T08:00")},
        DoseEntry{med_id, Amount::parse("5mg"), DoseStatus::skipped, at("2026-03-01T14:00")},
        PainEntry{7, {"lower-back", "left-calf"}, {"spasm", "shooting"}},
        SideEffectEntry{"drowsiness", Severity::moderate},
        CrampEntry{"left-calf", 4, 6},
        MeasureEntry{"heat", 20},
        FluidsEntry{3},
        AlcoholEntry{2},
        SymptomEntry{"fever"},
        NoteEntry{"Slept badly, \"stiff\"\nnext morning better"},
    };
    int minute = 0;
    for (const auto& d : data) {
        clock.now += std::chrono::minutes{1};
        j.add_entry(Entry{0, at("2026-03-01T08:00") + std::chrono::minutes{minute++}, "Europe/Berlin", {}, d});
    }
    const auto edited = j.add_entry(pain_at("2026-03-01T21:00", 8));
    j.replace_entry(edited, pain_at("2026-03-01T21:00", 6));
    j.delete_entry(j.add_entry(pain_at("2026-03-01T22:00", 2)));
    j.add_entry(Entry{0, parse_utc("2026-03-02T01:00:00Z"), "America/New_York", {}, NoteEntry{"travel"}});
    return j;
}

std::size_t error_line(Journal& j, const std::string& text) {
    try {
        import_csv(j, text, "in.csv");
    } catch (const FileFormatError& e) {
        return e.line();
    }
    return 0;
}

}  // namespace

TEST(JournalCsv, RoundTripIsExact) {
    FakeClock clock;
    auto original = rich_journal(clock);
    const auto csv = export_csv(original);
    ASSERT_EQ(csv_home_zone(csv, "x.csv"), "Europe/Berlin");

    auto copy = Journal::in_memory(Zone::locate("Europe/Berlin"), clock.clock());
    const auto summary = import_csv(copy, csv, "x.csv");
    EXPECT_EQ(summary.medications_added, 2);
    EXPECT_EQ(summary.prescription_changes_added, 3);
    EXPECT_EQ(summary.entries_added, static_cast<int>(original.all_rows().size()));
    EXPECT_EQ(copy.all_rows(), original.all_rows());
    EXPECT_EQ(copy.medications(), original.medications());
    EXPECT_EQ(copy.all_prescription_rows(), original.all_prescription_rows());
    ASSERT_EQ(copy.medications()[0].steps.size(), 1u);
    EXPECT_EQ(copy.medications()[0].steps[0].dose, Amount::milligrams(7));
    EXPECT_TRUE(copy.medications()[0].entered) << "the moment it was entered travels with it";
    EXPECT_EQ(copy.profile(), original.profile());
    EXPECT_EQ(export_csv(copy), csv);
}

TEST(JournalCsv, ImportingTwiceAddsNothing) {
    FakeClock clock;
    auto original = rich_journal(clock);
    const auto csv = export_csv(original);
    const auto again = import_csv(original, csv, "x.csv");
    EXPECT_EQ(again.entries_added, 0);
    EXPECT_EQ(again.medications_added, 0);
    EXPECT_EQ(again.prescription_changes_added, 0);
    EXPECT_EQ(again.entries_already_present, static_cast<int>(original.all_rows().size()));
    EXPECT_EQ(export_csv(original), csv);
}

TEST(JournalCsv, BadFilesAreRefusedWithTheirLineAndChangeNothing) {
    FakeClock clock;
    auto source = rich_journal(clock);
    const auto csv = export_csv(source);
    auto target = Journal::in_memory(Zone::locate("UTC"));
    target.add_entry(pain_at("2026-01-01T08:00", 1));
    const auto before = export_csv(target);

    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < csv.size()) {
        // Split on row ends that are not inside the quoted note (which contains "\n", not "\r\n").
        const auto end = csv.find("\r\n", start);
        lines.push_back(csv.substr(start, end - start + 2));
        start = end + 2;
    }
    auto with_line = [&](std::size_t index, const std::string& replacement) {
        std::string out;
        for (std::size_t i = 0; i < lines.size(); ++i) out += i == index ? replacement : lines[i];
        return out;
    };
    const std::size_t pain_index = 15;  // header, 7 settings, 2 medications, 3 changes, 2 doses, pain
    ASSERT_NE(lines[pain_index].find(",pain,"), std::string::npos) << lines[pain_index];
    std::string bad_pain = lines[pain_index];
    bad_pain.replace(bad_pain.find(",7,"), 3, ",12,");

    EXPECT_EQ(error_line(target, with_line(pain_index, bad_pain)), pain_index + 1);
    EXPECT_EQ(error_line(target, "date,pain\r\n2026-01-01,5\r\n"), 1u);
    EXPECT_EQ(error_line(target, with_line(0, "record,id\r\n")), 1u);
    EXPECT_EQ(error_line(target, with_line(3, "setting,too,few\r\n")), 4u);
    EXPECT_EQ(error_line(target, std::string("\x89PNG\r\n\x1a\n\0\0\0", 12)), 1u);
    EXPECT_EQ(error_line(target, ""), 1u);
    std::string bad_med = lines[pain_index - 2];
    bad_med.replace(bad_med.find(",dose,1,"), 8, ",dose,77,");
    EXPECT_EQ(error_line(target, with_line(pain_index - 2, bad_med)), pain_index - 1)
        << "a dose pointing at a medication missing from the file";
    EXPECT_EQ(export_csv(target), before);
}

TEST(JournalCsv, IdenticalEntriesAreAllKept) {
    FakeClock clock;
    auto j = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    const auto med = j.add_medication(relief::testing::sample_medication());
    const Entry dose{0, parse_utc("2026-03-02T12:00:00Z"), "UTC", {},
                     DoseEntry{med, Amount::milligrams(5), DoseStatus::taken, std::nullopt}};
    j.add_entry(dose);
    j.add_entry(dose);  // same second, same content: two real doses
    const auto csv = export_csv(j);
    auto copy = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    EXPECT_EQ(import_csv(copy, csv, "x.csv").entries_added, 2);
    EXPECT_EQ(copy.all_rows(), j.all_rows());
    const auto again = import_csv(copy, csv, "x.csv");
    EXPECT_EQ(again.entries_added, 0);
    EXPECT_EQ(again.entries_already_present, 2);
}

TEST(JournalCsv, BadSettingsAreRefusedByLine) {
    FakeClock clock;
    auto source = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    source.set_setting("threshold.window-days", "7");
    const auto csv = export_csv(source);
    auto target = Journal::in_memory(Zone::locate("UTC"));
    const auto before = export_csv(target);
    std::string bad = csv;
    bad.replace(bad.find(",threshold.window-days,,,7,"), 27, ",threshold.window-days,,,1,");
    EXPECT_EQ(error_line(target, bad), 2u);
    bad = csv;
    bad.replace(bad.find(",threshold.window-days,,,7,"), 27, ",profile.birth_year,,,nineteen,");
    EXPECT_EQ(error_line(target, bad), 2u);
    bad = csv;
    bad.replace(bad.find(",threshold.window-days,,,7,"), 27, ",profile.birth_date,,,1955-13-01,");
    EXPECT_EQ(error_line(target, bad), 2u);
    bad = csv;
    bad.replace(bad.find(",threshold.window-days,,,7,"), 27, ",profile.identifier,,, MRN,");
    EXPECT_EQ(error_line(target, bad), 2u);
    bad = csv;
    bad.replace(bad.find(",threshold.window-days,,,7,"), 27, ",colour,,,blue,");
    EXPECT_EQ(error_line(target, bad), 2u);
    EXPECT_EQ(export_csv(target), before);
}

TEST(JournalCsv, ADateOfBirthThatContradictsTheYearIsRefusedAndNothingChanges) {
    FakeClock clock;
    auto j = rich_journal(clock);
    const Profile before = j.profile();
    Profile p = before;
    p.birth_year = 1956;
    EXPECT_THROW(j.set_profile(p), InputError);
    EXPECT_EQ(j.profile(), before);
    EXPECT_EQ(before.birth_date, parse_day("1955-07-14"));
    EXPECT_EQ(before.identifier, "MRN 12/34");
}

// Found by fuzz_csv_import: an entry just after 1900 in UTC but still in 1899 on its own
// clock was imported, and the journal could then not read its local day back.
TEST(JournalCsv, AMomentBefore1900OnItsOwnClockIsRefused) {
    FakeClock clock;
    auto j = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    const std::string header = export_csv(j).substr(0, export_csv(j).find("\r\n") + 2);
    const std::string row =
        "entry,1,1900-01-01T00:30:00Z,America/New_York,,,symptom,,,,,,,,,fever,,,,,,,,,,,,,2026-03-02T10:00:00Z,,,,\r\n";
    const auto before = export_csv(j);
    EXPECT_EQ(error_line(j, header + row), 2u);
    EXPECT_EQ(export_csv(j), before);
    EXPECT_EQ(j.all_rows().size(), 0u);
    const std::string london = row.substr(0, row.find("America/New_York")) + "Europe/London" +
                               row.substr(row.find("America/New_York") + 16);
    EXPECT_EQ(import_csv(j, header + london, "in.csv").entries_added, 1);
    EXPECT_EQ(j.all_rows().size(), 1u) << "and the entry reads back";
}

// Found by fuzz_csv_import: the export listed medications by start day, so a medication
// added later with an earlier start came back from the file under another id.
TEST(JournalCsv, RoundTripKeepsMedicationIdsWhenOneStartsEarlier) {
    FakeClock clock;
    auto original = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    const auto flexeril = original.add_medication(relief::testing::sample_medication());
    auto advil = relief::testing::sample_medication();
    advil.name = "Advil";
    advil.ingredient = "ibuprofen";
    advil.dose = Amount::milligrams(400);
    advil.schedule = Schedule{{}, true};
    advil.start = parse_day("2026-02-06");
    const auto advil_id = original.add_medication(advil);
    for (const auto id : {flexeril, advil_id})
        original.add_entry(Entry{0, parse_utc("2026-03-02T12:00:00Z"), "UTC", {},
                                 DoseEntry{id, Amount::milligrams(5), DoseStatus::taken, std::nullopt}});
    const auto csv = export_csv(original);
    auto copy = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    import_csv(copy, csv, "x.csv");
    EXPECT_EQ(copy.medications(), original.medications());
    EXPECT_EQ(copy.all_rows(), original.all_rows());
    EXPECT_EQ(export_csv(copy), csv);
}

namespace {

// The journal's export with one line changed by `edit`, found by `marker`.
std::string edited_line(const std::string& csv, const std::string& marker,
                        const std::function<void(std::string&)>& edit, std::size_t* line = nullptr) {
    const auto at = csv.find(marker);
    EXPECT_NE(at, std::string::npos) << marker;
    const auto begin = csv.rfind("\r\n", at) + 2;
    const auto end = csv.find("\r\n", at);
    std::string row = csv.substr(begin, end - begin);
    edit(row);
    if (line) *line = static_cast<std::size_t>(std::count(csv.begin(), csv.begin() + static_cast<std::ptrdiff_t>(begin), '\n')) + 1;
    return csv.substr(0, begin) + row + csv.substr(end);
}

}  // namespace

TEST(JournalCsv, PrescriptionChangesAreCheckedByLine) {
    FakeClock clock;
    auto source = rich_journal(clock);
    const auto csv = export_csv(source);
    auto target = Journal::in_memory(Zone::locate("UTC"));
    const auto before = export_csv(target);

    std::size_t line = 0;
    // The current change (7 mg from 2026-03-05) moved onto the medication's start day.
    auto bad = edited_line(csv, "prescription,2,", [](std::string& r) { r.replace(r.find("2026-03-05"), 10, "2026-03-01"); }, &line);
    EXPECT_EQ(error_line(target, bad), line);
    bad = edited_line(csv, "prescription,2,", [](std::string& r) { r.replace(r.find(",7,"), 3, ",20,"); }, &line);
    EXPECT_EQ(error_line(target, bad), line) << "above the 15 mg maximum per day";
    bad = edited_line(csv, "prescription,2,", [](std::string& r) { r.replace(r.find(",1,"), 3, ",9,"); }, &line);
    EXPECT_EQ(error_line(target, bad), line) << "a medication missing from the file";
    bad = edited_line(csv, "prescription,2,", [](std::string& r) { r.replace(r.find(",no,"), 4, ",maybe,"); }, &line);
    EXPECT_EQ(error_line(target, bad), line);
    EXPECT_EQ(export_csv(target), before);
}

TEST(JournalCsv, AChangeThatDiffersFromTheJournalsOwnIsRefused) {
    FakeClock clock;
    auto j = rich_journal(clock);
    const auto csv = export_csv(j);
    std::size_t line = 0;
    const auto other = edited_line(
        csv, "prescription,2,",
        [](std::string& r) {
            r.replace(r.find(",7,"), 3, ",8,");
        },
        &line);
    const auto before = export_csv(j);
    try {
        import_csv(j, other, "in.csv");
        FAIL() << "two current changes from one day";
    } catch (const FileFormatError& e) {
        EXPECT_EQ(e.line(), line);
        EXPECT_NE(std::string(e.what()).find("already has a prescription change from 2026-03-05"), std::string::npos)
            << e.what();
    }
    EXPECT_EQ(export_csv(j), before);
}

TEST(JournalCsv, AnOlderExportWithoutTheMomentOfEntryStillImports) {
    FakeClock clock;
    auto source = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    source.add_medication(relief::testing::sample_medication());
    const auto csv = export_csv(source);
    const auto older = edited_line(csv, "medication,1,", [&](std::string& r) {
        r.replace(r.find(format_utc(clock.now)), format_utc(clock.now).size(), "");
    });
    auto copy = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    import_csv(copy, older, "old.csv");
    ASSERT_EQ(copy.medications().size(), 1u);
    EXPECT_FALSE(copy.medications()[0].entered) << "unknown, so every dose of its start day is expected";
    EXPECT_EQ(export_csv(copy), older) << "and it stays unknown in the next export";
}

namespace {

// A file of note entries, each {id, at_utc, created_utc, deleted_utc, replaced_by}.
struct NoteRow {
    int id;
    std::string at = "2026-03-01T08:00:00Z";
    std::string created = "2026-03-01T08:00:00Z";
    std::string deleted;
    std::string replaced_by;
};

std::string notes_file(const std::vector<NoteRow>& rows) {
    const std::vector<std::string> header{"record", "id", "at_utc", "zone", "local_day", "local_time", "kind",
                                          "medication_id", "amount_mg", "status", "scheduled_utc", "score",
                                          "severity", "minutes", "quantity", "name", "locations", "qualities", "text",
                                          "ingredient", "class", "form", "times", "as_needed", "max_daily_mg", "start",
                                          "stop", "taper", "created_utc", "deleted_utc", "replaced_by"};
    std::string out;
    for (std::size_t i = 0; i < header.size(); ++i) out += (i ? "," : "") + header[i];
    out += "\r\n";
    for (const auto& r : rows) {
        std::map<std::string, std::string> cells{{"record", "entry"},         {"id", std::to_string(r.id)},
                                                 {"at_utc", r.at},           {"zone", "UTC"},
                                                 {"kind", "note"},           {"text", "note " + std::to_string(r.id)},
                                                 {"created_utc", r.created}, {"deleted_utc", r.deleted},
                                                 {"replaced_by", r.replaced_by}};
        for (std::size_t i = 0; i < header.size(); ++i) out += (i ? "," : "") + cells[header[i]];
        out += "\r\n";
    }
    return out;
}

std::string import_error(Journal& j, const std::string& text) {
    try {
        import_csv(j, text, "in.csv");
    } catch (const FileFormatError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST(JournalCsv, AnEditHistoryThatLoopsOrBranchesIsRefused) {
    FakeClock clock;
    auto j = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    j.add_entry(pain_at("2026-01-01T08:00", 1));
    const auto before = export_csv(j);
    const auto loop = import_error(j, notes_file({{.id = 1, .replaced_by = "2"}, {.id = 2, .replaced_by = "1"}}));
    EXPECT_NE(loop.find("form a loop"), std::string::npos) << loop;
    EXPECT_NE(loop.find("in.csv:2:"), std::string::npos) << loop;
    const auto self = import_error(j, notes_file({{.id = 1}, {.id = 2, .replaced_by = "2"}}));
    EXPECT_NE(self.find("in.csv:3:"), std::string::npos) << self;
    EXPECT_NE(self.find("entry 2 is replaced_by itself"), std::string::npos) << self;
    const auto branch = import_error(j, notes_file({{.id = 1, .replaced_by = "3"}, {.id = 2, .replaced_by = "3"}, {.id = 3}}));
    EXPECT_NE(branch.find("entry 3 replaces both entry 1 and entry 2"), std::string::npos) << branch;
    const auto three = import_error(j, notes_file({{.id = 1, .replaced_by = "2"}, {.id = 2, .replaced_by = "3"}, {.id = 3, .replaced_by = "1"}, {.id = 4}}));
    EXPECT_NE(three.find("form a loop"), std::string::npos) << three;
    EXPECT_EQ(export_csv(j), before) << "nothing of a refused file is imported";
    // One step inside: a chain of three versions imports, with one current version.
    EXPECT_EQ(import_error(j, notes_file({{.id = 1, .replaced_by = "2"}, {.id = 2, .replaced_by = "3"}, {.id = 3}})), "");
    EXPECT_EQ(j.all_entries().size(), 2u) << "the pain, and the note's current version";
}

TEST(JournalCsv, NothingFromTheFutureAndNoDeletionBeforeItsCreation) {
    FakeClock clock;  // 2026-05-28
    auto j = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    const std::string now = format_utc(clock.now);
    const std::string minute_later = format_utc(clock.now + std::chrono::minutes{1});
    const std::string too_late = format_utc(clock.now + std::chrono::minutes{2});
    const auto at = import_error(j, notes_file({{.id = 1, .at = "9999-12-31T08:00:00Z", .created = now}}));
    EXPECT_NE(at.find("in.csv:2: at_utc 9999-12-31T08:00:00Z is in the future"), std::string::npos) << at;
    const auto created = import_error(j, notes_file({{.id = 1, .created = too_late}}));
    EXPECT_NE(created.find("created_utc " + too_late + " is in the future"), std::string::npos) << created;
    const auto deleted = import_error(j, notes_file({{.id = 1, .deleted = too_late}}));
    EXPECT_NE(deleted.find("deleted_utc"), std::string::npos) << deleted;
    const auto early = import_error(j, notes_file({{.id = 1, .created = "2026-03-02T08:00:00Z", .deleted = "2026-03-01T09:00:00Z"}}));
    EXPECT_NE(early.find("deleted_utc 2026-03-01T09:00:00Z is before the row was written"), std::string::npos) << early;
    EXPECT_TRUE(j.all_rows().empty());
    // At the limits: now (and a minute of clock difference), a deletion in the second of creation.
    EXPECT_EQ(import_error(j, notes_file({{.id = 1, .at = minute_later, .created = minute_later},
                                          {.id = 2, .created = "2026-03-01T08:00:00Z", .deleted = "2026-03-01T08:00:00Z"}})),
              "");
    EXPECT_EQ(j.all_rows().size(), 2u);
}

TEST(JournalEntriesHistory, ALoopWrittenBeforeTheCheckEndsTheWalk) {
    auto j = Journal::in_memory(Zone::locate("UTC"));
    const auto a = j.add_entry(pain_at("2026-03-01T08:00", 1));
    const auto b = j.add_entry(pain_at("2026-03-01T09:00", 2));
    j.set_replaced_by(a, b);
    j.set_replaced_by(b, a);  // as an import of an unchecked file could have left it
    const auto history = j.entry_history(a);
    EXPECT_EQ(history.size(), 2u);
}

// Issue 17: a row the journal already has, edited or deleted in the file since, takes the
// file's later state, as a change from another device would; nothing is doubled.
TEST(JournalCsv, ALaterEditOrDeletionOfARowAlreadyPresentIsMerged) {
    FakeClock clock;
    auto laptop = Journal::in_memory(Zone::locate("Europe/Berlin"), clock.clock());
    const auto kept = laptop.add_entry(relief::testing::pain_at("2026-03-01T08:00", 5));
    const auto gone = laptop.add_entry(relief::testing::pain_at("2026-03-01T09:00", 6));
    auto desktop = Journal::in_memory(Zone::locate("Europe/Berlin"), clock.clock());
    import_csv(desktop, export_csv(laptop), "first.csv");
    ASSERT_EQ(desktop.entry_count(), 2u);

    clock.now += std::chrono::hours{1};
    laptop.replace_entry(kept, relief::testing::pain_at("2026-03-01T08:00", 3));
    laptop.delete_entry(gone);
    const auto summary = import_csv(desktop, export_csv(laptop), "second.csv");
    EXPECT_EQ(summary.entries_added, 1);  // the edited version
    EXPECT_EQ(summary.changes_merged, 2);
    ASSERT_EQ(desktop.entry_count(), 1u);
    EXPECT_EQ(std::get<PainEntry>(desktop.all_entries().front().data).score, 3);
    EXPECT_EQ(desktop.all_rows().size(), laptop.all_rows().size());
    const auto history = desktop.entry_history(desktop.all_entries().front().id);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(std::get<PainEntry>(history[0].entry.data).score, 5);

    // The same file again changes nothing.
    const auto again = import_csv(desktop, export_csv(laptop), "second.csv");
    EXPECT_EQ(again.entries_added, 0);
    EXPECT_EQ(again.changes_merged, 0);
    EXPECT_EQ(export_csv(desktop), export_csv(laptop));
}
