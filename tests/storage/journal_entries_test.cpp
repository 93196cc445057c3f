#include "core/errors.h"
#include "journal_fixture.h"
#include "storage/errors.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

using namespace relief;
using namespace relief::storage;
using relief::testing::FakeClock;
using relief::testing::pain_at;
using relief::testing::TempDir;

namespace {
const Zone berlin = Zone::locate("Europe/Berlin");
}

TEST(JournalEntries, DayIsTheLocalDayWhereItWasLogged) {
    auto j = Journal::in_memory(berlin);
    j.add_entry(pain_at("2026-03-02T00:30", 6));
    j.add_entry(Entry{0, parse_utc("2026-03-01T20:00:00Z"), "Asia/Tokyo", {}, NoteEntry{"in Tokyo"}});
    const auto day2 = j.entries_between(parse_day("2026-03-02"), parse_day("2026-03-02"));
    ASSERT_EQ(day2.size(), 2u);
    EXPECT_EQ(format_day(day2[0].day), "2026-03-02");
    EXPECT_TRUE(j.entries_between(parse_day("2026-03-01"), parse_day("2026-03-01")).empty());
}

TEST(JournalEntries, EmptyZoneMeansHomeZone) {
    auto j = Journal::in_memory(berlin);
    const auto id = j.add_entry(Entry{0, parse_utc("2026-03-01T23:30:00Z"), "", {}, FluidsEntry{2}});
    const auto row = j.stored_entry(id);
    EXPECT_EQ(row->entry.zone, "Europe/Berlin");
    EXPECT_EQ(format_day(row->entry.day), "2026-03-02");
}

TEST(JournalEntries, BadEntriesAreRefusedAndNothingIsWritten) {
    TempDir dir;
    auto j = Journal::create(dir / "j.db", berlin);
    j.add_entry(pain_at("2026-03-01T08:00", 3));
    const auto before = j.all_rows();
    EXPECT_THROW(j.add_entry(pain_at("2026-03-01T09:00", 11)), InputError);
    EXPECT_THROW(j.add_entry(Entry{0, {}, "Europe/Berlin", {},
                                   DoseEntry{99, Amount::milligrams(5), DoseStatus::taken, {}}}),
                 InputError);
    EXPECT_THROW(j.add_entry(Entry{0, {}, "Bad/Zone", {}, FluidsEntry{2}}), InputError);
    EXPECT_THROW(j.add_entry(Entry{0, {}, "", {}, SymptomEntry{"Foot Drop"}}), InputError);
    EXPECT_EQ(j.all_rows(), before);
}

TEST(JournalEntries, EditKeepsThePreviousVersion) {
    FakeClock clock;
    auto j = Journal::in_memory(berlin, clock.clock());
    const auto first = j.add_entry(pain_at("2026-03-01T08:00", 7));
    clock.now += std::chrono::hours{1};
    const auto second = j.replace_entry(first, pain_at("2026-03-01T08:00", 5));
    EXPECT_NE(first, second);
    ASSERT_EQ(j.all_entries().size(), 1u);
    EXPECT_EQ(std::get<PainEntry>(j.all_entries()[0].data).score, 5);

    const auto history = j.entry_history(second);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(std::get<PainEntry>(history[0].entry.data).score, 7);
    EXPECT_EQ(history[0].replaced_by, second);
    EXPECT_EQ(history[1].created, clock.now);
    EXPECT_EQ(j.entry_history(first), history);
    EXPECT_THROW(j.replace_entry(first, pain_at("2026-03-01T08:00", 4)), StorageError);
    EXPECT_THROW(j.replace_entry(second, pain_at("2026-03-01T08:00", 12)), InputError);
    EXPECT_EQ(j.entry_history(second).size(), 2u);
}

TEST(JournalEntries, DeleteIsSoftAndRestorable) {
    FakeClock clock;
    auto j = Journal::in_memory(berlin, clock.clock());
    const auto id = j.add_entry(pain_at("2026-03-01T08:00", 7));
    j.delete_entry(id);
    EXPECT_TRUE(j.all_entries().empty());
    EXPECT_EQ(j.entry_count(), 0u);
    ASSERT_EQ(j.all_rows().size(), 1u);
    EXPECT_EQ(j.all_rows()[0].deleted, clock.now);
    EXPECT_THROW(j.delete_entry(id), StorageError);
    EXPECT_THROW(j.replace_entry(id, pain_at("2026-03-01T08:00", 5)), StorageError);
    const Instant deleted = clock.now;
    clock.now += std::chrono::hours{1};
    const auto restored = j.restore_entry(id);
    EXPECT_NE(restored, id);
    EXPECT_EQ(j.entry_count(), 1u);
    EXPECT_THROW(j.restore_entry(id), StorageError) << "the deleted version is now history";
    EXPECT_THROW(j.restore_entry(restored), StorageError) << "not deleted";
    EXPECT_THROW(j.delete_entry(12345), StorageError);
    // The history keeps the deletion: the first version deleted, then the restored one.
    const auto history = j.entry_history(restored);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].entry.id, id);
    EXPECT_EQ(history[0].deleted, deleted);
    EXPECT_EQ(history[0].replaced_by, restored);
    EXPECT_EQ(history[1].created, clock.now);
    EXPECT_FALSE(history[1].deleted);
    EXPECT_EQ(history[1].entry.data, history[0].entry.data);
}

TEST(JournalEntries, AtomicallyRollsBackEverything) {
    auto j = Journal::in_memory(berlin);
    EXPECT_THROW(j.atomically([&] {
        j.add_entry(pain_at("2026-03-01T08:00", 3));
        j.add_entry(pain_at("2026-03-01T09:00", 4));
        throw std::runtime_error("boom");
    }),
                 std::runtime_error);
    EXPECT_EQ(j.entry_count(), 0u);
    j.atomically([&] { j.add_entry(pain_at("2026-03-01T08:00", 3)); });
    EXPECT_EQ(j.entry_count(), 1u);
}

TEST(JournalEntries, SnapshotHasEverythingInTimeOrder) {
    auto j = Journal::in_memory(berlin);
    const auto med = j.add_medication(relief::testing::sample_medication());
    j.add_entry(pain_at("2026-03-02T08:00", 3));
    j.add_entry(Entry{0, parse_when("2026-03-01T08:00", berlin), "Europe/Berlin", {},
                      DoseEntry{med, Amount::milligrams(5), DoseStatus::taken, {}}});
    const auto snap = j.snapshot();
    ASSERT_EQ(snap.entries.size(), 2u);
    EXPECT_TRUE(std::holds_alternative<DoseEntry>(snap.entries[0].data));
    EXPECT_EQ(snap.medications.size(), 1u);
    EXPECT_EQ(snap.profile.zone, "Europe/Berlin");
}

TEST(JournalEntries, SurvivesReopen) {
    TempDir dir;
    {
        auto j = Journal::create(dir / "j.db", berlin);
        j.add_entry(pain_at("2026-03-01T08:00", 3));
    }
    auto j = Journal::open(dir / "j.db");
    EXPECT_EQ(j.entry_count(), 1u);
}
