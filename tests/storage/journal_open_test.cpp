#include "core/errors.h"
#include "journal_fixture.h"
#include "storage/errors.h"
#include "storage/journal.h"
#include "storage/schema.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

using namespace relief;
using namespace relief::storage;
using relief::testing::TempDir;
using relief::testing::read_file;
using relief::testing::write_file;

namespace {
const Zone berlin = Zone::locate("Europe/Berlin");

template <class Error = StorageError>
std::string open_error(const std::filesystem::path& path, OpenMode mode = OpenMode::read_write) {
    try {
        Journal::open(path, mode);
    } catch (const Error& e) {
        return e.what();
    }
    return "(opened)";
}
}  // namespace

TEST(JournalOpen, CreateMakesAPrivateWalJournal) {
    TempDir dir;
    const auto path = dir / "sub" / "journal.db";
    {
        auto j = Journal::create(path, berlin);
        EXPECT_EQ(j.schema_version(), latest_schema_version());
        EXPECT_EQ(j.home_zone().name(), "Europe/Berlin");
        j.add_entry(relief::testing::pain_at("2026-03-01T08:00", 4));
        EXPECT_EQ(relief::testing::file_mode(path), 0600u);
        EXPECT_EQ(relief::testing::file_mode(path.string() + "-wal"), 0600u);
        EXPECT_EQ(relief::testing::file_mode(path.string() + "-shm"), 0600u);
    }
    const std::string header = read_file(path).substr(0, 20);
    EXPECT_EQ(header.substr(0, 15), "SQLite format 3");
    EXPECT_EQ(header[18], 2) << "WAL mode is recorded in the header";
    SQLite::Database raw(path.string());
    EXPECT_EQ(raw.execAndGet("PRAGMA application_id").getInt(), application_id);
}

TEST(JournalOpen, CreateRefusesAnExistingFile) {
    TempDir dir;
    write_file(dir / "taken.db", "precious");
    EXPECT_THROW(Journal::create(dir / "taken.db", berlin), StorageError);
    EXPECT_EQ(read_file(dir / "taken.db"), "precious");
}

TEST(JournalOpen, APlantedWorkingFileLinkIsNamedAndNothingIsFollowed) {
    TempDir dir;
    const auto path = dir / "journal.db";
    { Journal::create(path, berlin).add_entry(relief::testing::pain_at("2026-03-01T08:00", 4)); }
    write_file(dir / "theirs", "their file");
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const std::filesystem::path link = path.string() + suffix;
        std::filesystem::remove(link);
        std::filesystem::create_symlink(dir / "theirs", link);
        for (const auto mode : {OpenMode::read_write, OpenMode::read_only}) {
            const auto message = open_error(path, mode);
            EXPECT_NE(message.find(link.string() + " beside it is a symbolic link"), std::string::npos) << message;
            EXPECT_EQ(message.find("does not let"), std::string::npos) << "the real cause, not a folder's: " << message;
        }
        std::filesystem::remove(link);
    }
    EXPECT_EQ(read_file(dir / "theirs"), "their file");
    EXPECT_NO_THROW(Journal::open(path)) << "once the link is gone";
    std::filesystem::create_symlink(dir / "theirs", dir / "new.db-wal");
    EXPECT_THROW(Journal::create(dir / "new.db", berlin), StorageError);
    EXPECT_FALSE(std::filesystem::exists(dir / "new.db"));
}

TEST(JournalOpen, MissingJournalSaysHowToCreateOne) {
    TempDir dir;
    const auto message = open_error<JournalMissing>(dir / "none.db");
    EXPECT_NE(message.find("Create a new journal, or open another file"), std::string::npos) << message;
    EXPECT_EQ(message.find("'relief"), std::string::npos) << "no command in the app's words: " << message;
    EXPECT_EQ(message.find("--"), std::string::npos) << "no option in the app's words: " << message;
    EXPECT_FALSE(std::filesystem::exists(dir / "none.db"));
}

TEST(JournalOpen, AdviceIsInTheWordsOfTheProgramThatOpens) {
    TempDir dir;
    Advice cli;
    cli.create_or_open = "Create one with 'relief init'";
    cli.open_writable = "open it once without --read-only";
    cli.list_alerts = "'relief alerts' lists them";
    try {
        Journal::open(dir / "none.db", OpenMode::read_write, system_now, cli);
        FAIL() << "opened a missing journal";
    } catch (const JournalMissing& e) {
        EXPECT_NE(std::string(e.what()).find("Create one with 'relief init'"), std::string::npos) << e.what();
    }
    auto j = Journal::in_memory(berlin, system_now, cli);
    try {
        j.mark_alert_discussed(7);
        FAIL() << "marked an alert that is not there";
    } catch (const StorageError& e) {
        EXPECT_STREQ(e.what(), "there is no alert with id 7; 'relief alerts' lists them");
    }
    auto app = Journal::in_memory(berlin);
    try {
        app.mark_alert_discussed(7);
        FAIL() << "marked an alert that is not there";
    } catch (const StorageError& e) {
        EXPECT_STREQ(e.what(), "there is no alert with id 7; the Alerts page lists them");
    }
}

TEST(JournalOpen, FolderIsRefused) {
    TempDir dir;
    EXPECT_NE(open_error(dir.path()).find("is a folder"), std::string::npos);
}

TEST(JournalOpen, NonSqliteFilesAreRefusedUntouched) {
    TempDir dir;
    const std::string junk("\x7f" "ELF\x01\x02 binary \0 junk not a database at all.......", 50);
    for (const auto& [name, content] : std::vector<std::pair<std::string, std::string>>{
             {"junk.db", junk}, {"notes.txt", "just some text\n"}, {"empty.db", ""}}) {
        write_file(dir / name, content);
        const auto message = open_error(dir / name);
        EXPECT_NE(message.find("is not a Relief Journal"), std::string::npos) << message;
        EXPECT_EQ(read_file(dir / name), content);
        EXPECT_FALSE(std::filesystem::exists(dir / (name + "-wal")));
    }
}

TEST(JournalOpen, AnotherProgramsDatabaseIsRefusedUntouched) {
    TempDir dir;
    {
        SQLite::Database other((dir / "other.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
    }
    const auto before = read_file(dir / "other.db");
    EXPECT_NE(open_error(dir / "other.db").find("another program"), std::string::npos);
    EXPECT_EQ(read_file(dir / "other.db"), before);
}

TEST(JournalOpen, NewerVersionIsRefusedUntouched) {
    TempDir dir;
    const auto path = dir / "future.db";
    { Journal::create(path, berlin).add_entry(relief::testing::pain_at("2026-03-01T08:00", 4)); }
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = " + std::to_string(latest_schema_version() + 1));
        raw.exec("PRAGMA journal_mode = DELETE");
    }
    const auto before = read_file(path);
    const auto message = open_error(path);
    EXPECT_NE(message.find("newer version"), std::string::npos) << message;
    EXPECT_NE(message.find("not changed"), std::string::npos) << message;
    EXPECT_EQ(read_file(path), before);
    EXPECT_NE(open_error(path, OpenMode::read_only).find("newer version"), std::string::npos);
    EXPECT_EQ(read_file(path), before);
}

TEST(JournalOpen, VersionZeroJournalIsMigratedToLatest) {
    TempDir dir;
    const auto path = dir / "old.db";
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        raw.exec("PRAGMA application_id = " + std::to_string(application_id));
    }
    EXPECT_NE(open_error(path, OpenMode::read_only).find("older format"), std::string::npos);
    auto j = Journal::open(path);
    EXPECT_EQ(j.schema_version(), latest_schema_version());
    j.add_entry(relief::testing::pain_at("2026-03-01T08:00", 4));
    EXPECT_EQ(j.entry_count(), 1u);
}

TEST(JournalOpen, ReadOnlyRefusesEveryWriteAndChangesNothing) {
    TempDir dir;
    const auto path = dir / "j.db";
    std::int64_t entry_id = 0;
    {
        auto j = Journal::create(path, berlin);
        j.add_medication(relief::testing::sample_medication());
        entry_id = j.add_entry(relief::testing::pain_at("2026-03-01T08:00", 4));
    }
    const auto before = read_file(path);
    auto ro = Journal::open(path, OpenMode::read_only);
    EXPECT_TRUE(ro.read_only());
    EXPECT_EQ(ro.entry_count(), 1u);
    EXPECT_EQ(ro.medications().size(), 1u);
    auto med = ro.medications().front();
    const std::vector<std::function<void()>> writes{
        [&] { ro.add_entry(relief::testing::pain_at("2026-03-02T08:00", 5)); },
        [&] { ro.add_medication(relief::testing::sample_medication()); },
        [&] { ro.update_medication(med); },
        [&] { ro.delete_entry(entry_id); },
        [&] { ro.replace_entry(entry_id, relief::testing::pain_at("2026-03-02T08:00", 5)); },
        [&] { ro.set_setting("x", "y"); },
        [&] { ro.set_profile(Profile{}); },
        [&] { ro.atomically([] {}); },
    };
    for (const auto& write : writes) {
        try {
            write();
            ADD_FAILURE() << "a write succeeded on a read-only journal";
        } catch (const ReadOnlyError& e) {
            EXPECT_NE(std::string(e.what()).find("read-only"), std::string::npos);
        }
    }
    EXPECT_EQ(ro.entry_count(), 1u);
    EXPECT_EQ(read_file(path), before);
}

TEST(JournalOpen, ProfileRoundTripsAndKeepsHistory) {
    auto j = Journal::in_memory(berlin);
    Profile p = j.profile();
    EXPECT_EQ(p.zone, "Europe/Berlin");
    p.birth_year = 1960;
    p.conditions = {"multiple-sclerosis", "kidney-disease"};
    p.onset = parse_day("2026-02-01");
    p.name = "Sam";
    j.set_profile(p);
    EXPECT_EQ(j.profile(), p);
    p.birth_year.reset();
    p.conditions.clear();
    j.set_profile(p);
    EXPECT_EQ(j.profile(), p);
    Profile bad = p;
    bad.zone = "Nowhere/Land";
    EXPECT_THROW(j.set_profile(bad), InputError);
    EXPECT_EQ(j.profile(), p);
}

// The app switches journals by assigning a new one over the old: the old one's cached
// statements must be finalised before its database closes.
TEST(JournalOpen, AssigningAnotherJournalClosesTheOldOneCleanly) {
    TempDir dir;
    auto j = Journal::create(dir / "first.db", berlin);
    j.add_entry(relief::testing::pain_at("2026-03-01T08:00", 4));
    EXPECT_EQ(j.all_entries().size(), 1u);  // leaves cached statements behind
    j = Journal::create(dir / "second.db", berlin);
    EXPECT_FALSE(std::filesystem::exists(dir / "first.db-wal")) << "the first journal was closed, not leaked";
    EXPECT_EQ(j.entry_count(), 0u);
    j.add_entry(relief::testing::pain_at("2026-03-01T09:00", 5));
    j = Journal::open(dir / "first.db");
    EXPECT_EQ(j.entry_count(), 1u);
    EXPECT_EQ(Journal::open(dir / "second.db").entry_count(), 1u);
}

// The window polls data_version to show what the reminder service or the CLI wrote: it
// moves when another connection commits, and not for this connection's own writes.
TEST(JournalOpen, DataVersionMovesWhenAnotherConnectionWrites) {
    TempDir dir;
    const auto path = dir / "journal.db";
    auto window = Journal::create(path, berlin);
    const auto first = window.data_version();
    EXPECT_EQ(window.data_version(), first) << "nothing written: nothing moves";
    window.add_entry(relief::testing::pain_at("2026-03-01T08:00", 4));
    EXPECT_EQ(window.data_version(), first) << "the window's own write does not count";

    auto service = Journal::open(path);
    service.add_entry(relief::testing::pain_at("2026-03-01T09:00", 5));
    const auto after_service = window.data_version();
    EXPECT_NE(after_service, first) << "the other connection's commit is seen";
    EXPECT_EQ(window.all_entries().size(), 2u);
    EXPECT_EQ(window.data_version(), after_service) << "reading does not move it";

    service.set_setting("reminders.enabled", "yes");
    EXPECT_NE(window.data_version(), after_service) << "a setting written elsewhere is a change too";

    auto reader = Journal::open(path, OpenMode::read_only);
    const auto reader_first = reader.data_version();
    window.add_entry(relief::testing::pain_at("2026-03-01T10:00", 3));
    EXPECT_NE(reader.data_version(), reader_first) << "a read-only view (the caregiver's) sees the owner's writes";
}
