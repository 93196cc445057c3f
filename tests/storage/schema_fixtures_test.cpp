// Every schema version ever released has a fixture journal (tests/storage/fixtures): each
// opens, migrates to the latest version and keeps every entry, medication, setting,
// alert and visit it held. A file from a newer version is refused untouched.
#include "storage/errors.h"
#include "storage/journal.h"
#include "storage/schema.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <filesystem>

using namespace relief;
using namespace relief::storage;
using relief::testing::read_file;
using relief::testing::TempDir;
namespace fs = std::filesystem;

namespace {

fs::path fixture(int version) { return fs::path(FIXTURES_DIR) / ("journal-v" + std::to_string(version) + ".relief"); }

fs::path copy_of(int version, const TempDir& dir, const std::string& name = "v") {
    const auto path = dir / (name + std::to_string(version) + ".relief");
    fs::copy_file(fixture(version), path);
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
    return path;
}

// Read from the header itself: opening the committed fixtures with SQLite would leave its
// working files in the source tree.
int stored_version(const fs::path& path) {
    const auto header = read_file(path).substr(0, 100);
    int version = 0;
    for (int i = 60; i < 64; ++i) version = version << 8 | static_cast<unsigned char>(header.at(static_cast<std::size_t>(i)));
    return version;
}

// What the fixtures hold, as written by `relief` (see journal-v3.sql).
void expect_fixture_content(const Journal& j) {
    EXPECT_EQ(j.all_rows().size(), 27u);
    EXPECT_EQ(j.entry_count(), 25u) << "one entry deleted, one edited";
    const auto edited = j.stored_entry(13);
    ASSERT_TRUE(edited);
    EXPECT_EQ(edited->replaced_by, 27);
    EXPECT_EQ(std::get<PainEntry>(j.stored_entry(27)->entry.data).score, 7);
    EXPECT_TRUE(j.stored_entry(18)->deleted);
    EXPECT_EQ(std::get<NoteEntry>(j.stored_entry(26)->entry.data).text, "Fixture: a note with a comma, and ü");
    const auto cramp = std::get<CrampEntry>(j.stored_entry(21)->entry.data);
    EXPECT_EQ(cramp.minutes, 3);

    ASSERT_EQ(j.medications().size(), 3u);
    const auto baclofen = j.medication(1);
    ASSERT_TRUE(baclofen);
    EXPECT_EQ(baclofen->ingredient, "baclofen");
    EXPECT_EQ(baclofen->dose, Amount::milligrams(15));
    const auto history = j.medication_history(1);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].before.dose, Amount::milligrams(10));
    EXPECT_EQ(j.medication(2)->name, "Flexeril");
    EXPECT_EQ(j.medication(2)->ingredient, "cyclobenzaprine");

    EXPECT_EQ(j.medication(1)->entered, Instant{std::chrono::seconds{1796130636}}) << "created_utc, kept since version 1";

    const auto profile = j.profile();
    EXPECT_EQ(profile.zone, "Europe/Berlin");
    EXPECT_EQ(profile.name, "Fixture Person");
    EXPECT_EQ(profile.birth_year, 1961);
    EXPECT_EQ(profile.conditions, std::vector<std::string>{"multiple-sclerosis"});
}

// Version 4 added prescription changes (see journal-v4.sql): baclofen 20 mg from
// 2026-05-20, Flexeril 10 mg from 2026-05-15, and a furosemide change that was removed.
void expect_prescription_changes(const Journal& j) {
    EXPECT_EQ(j.medication(1)->steps,
              (std::vector<PrescriptionStep>{{parse_day("2026-05-20"), Amount::milligrams(20),
                                              Schedule{parse_times("08:00,14:00,20:00"), false}}}));
    EXPECT_EQ(j.medication(1)->dose_on(parse_day("2026-05-19")), Amount::milligrams(15));
    EXPECT_EQ(j.medication(2)->dose_on(parse_day("2026-05-15")), Amount::milligrams(10));
    EXPECT_TRUE(j.medication(3)->steps.empty());
    const auto removed = j.prescription_history(3);
    ASSERT_EQ(removed.size(), 1u);
    EXPECT_TRUE(removed[0].deleted);
}

std::vector<Medication> without_changes(std::vector<Medication> meds) {
    for (auto& m : meds) m.steps.clear();
    return meds;
}

}  // namespace

TEST(SchemaFixtures, EveryReleasedVersionHasAFixture) {
    for (int version = 1; version <= latest_schema_version(); ++version) {
        EXPECT_TRUE(fs::exists(fixture(version)))
            << "schema version " << version << " has no fixture: make one with tests/storage/fixtures/make_fixtures.sh";
        EXPECT_EQ(stored_version(fixture(version)), version);
    }
    EXPECT_FALSE(fs::exists(fixture(latest_schema_version() + 1))) << "a fixture for a version the code does not know";
}

TEST(SchemaFixtures, EachVersionOpensMigratesAndKeepsEverything) {
    TempDir dir;
    const auto latest = Journal::open(copy_of(latest_schema_version(), dir, "reference-v"), OpenMode::read_only);
    for (int version = 1; version <= latest_schema_version(); ++version) {
        SCOPED_TRACE("schema version " + std::to_string(version));
        const auto path = copy_of(version, dir);
        if (version < latest_schema_version()) {
            const auto before = read_file(path);
            EXPECT_THROW(Journal::open(path, OpenMode::read_only), StorageError) << "read-only cannot upgrade";
            EXPECT_EQ(read_file(path), before);
        }
        {
            auto j = Journal::open(path);
            EXPECT_EQ(j.schema_version(), latest_schema_version());
            expect_fixture_content(j);
            EXPECT_EQ(j.all_rows(), latest.all_rows());
            if (version >= 4) {
                EXPECT_EQ(j.medications(), latest.medications());
                EXPECT_EQ(j.all_prescription_rows(), latest.all_prescription_rows());
                expect_prescription_changes(j);
            } else {
                // Before version 4 there were no prescription changes: everything else is the same.
                EXPECT_EQ(j.medications(), without_changes(latest.medications()));
                EXPECT_TRUE(j.all_prescription_rows().empty());
            }
            EXPECT_EQ(j.settings(), latest.settings());
            if (version >= 2) {
                EXPECT_EQ(j.stored_alerts(), latest.stored_alerts());
                EXPECT_TRUE(j.stored_alert(2)->discussed);
            } else {
                EXPECT_TRUE(j.stored_alerts().empty());
            }
            if (version >= 3) EXPECT_EQ(j.visits(), latest.visits());
            else EXPECT_TRUE(j.visits().empty());

            // The migrated journal takes every kind of write.
            j.add_entry(Entry{0, parse_when("2026-05-21T09:00", j.home_zone()), "", {}, PainEntry{3, {}, {}}});
            j.record_visit(parse_day("2026-05-22"));
            j.change_prescription(3, {parse_day("2026-05-22"), Amount::milligrams(40), Schedule{parse_times("08:00"), false}});
            for (const auto& alert : j.stored_alerts()) j.mark_alert_discussed(alert.id);
        }
        EXPECT_EQ(stored_version(path), latest_schema_version());
        const auto reopened = Journal::open(path, OpenMode::read_only);
        EXPECT_EQ(reopened.entry_count(), 26u);
        EXPECT_EQ(reopened.visits().back(), parse_day("2026-05-22"));
        EXPECT_EQ(reopened.medication(3)->dose_on(parse_day("2026-05-22")), Amount::milligrams(40));
        SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
        EXPECT_EQ(raw.execAndGet("PRAGMA integrity_check").getString(), "ok");
        SQLite::Statement dangling(raw, "PRAGMA foreign_key_check");
        EXPECT_FALSE(dangling.executeStep()) << "no row points at nothing";
    }
}

TEST(SchemaFixtures, NewerVersionIsRefusedUntouched) {
    TempDir dir;
    const auto path = copy_of(latest_schema_version(), dir);
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = " + std::to_string(latest_schema_version() + 1));
    }
    const auto before = read_file(path);
    for (const auto mode : {OpenMode::read_write, OpenMode::read_only}) {
        try {
            Journal::open(path, mode);
            ADD_FAILURE() << "a journal from a newer version opened";
        } catch (const StorageError& e) {
            EXPECT_NE(std::string(e.what()).find("newer version"), std::string::npos) << e.what();
        }
        EXPECT_EQ(read_file(path), before);
        EXPECT_FALSE(fs::exists(path.string() + "-wal"));
    }
}
