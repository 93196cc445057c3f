// A journal meets broken files, full disks, locks and read-only folders: each gives a
// message that names the file and what to do, and leaves the file as it was.
#include "journal_fixture.h"
#include "storage/errors.h"
#include "storage/journal.h"
#include "support/child_process.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <random>

using namespace relief;
using namespace relief::storage;
using relief::testing::pain_at;
using relief::testing::read_file;
using relief::testing::run_in_child;
using relief::testing::TempDir;
using relief::testing::write_file;
namespace fs = std::filesystem;

namespace {
const Zone berlin = Zone::locate("Europe/Berlin");

// A closed journal holding `count` pain scores (closing folds the log into the file).
fs::path journal_with(const TempDir& dir, int count, const std::string& name = "journal.relief") {
    const auto path = dir / name;
    auto j = Journal::create(path, berlin);
    j.atomically([&] {
        for (int i = 0; i < count; ++i) {
            auto e = pain_at("2026-03-01T08:00", i % 11);
            e.at += std::chrono::minutes(i);
            j.add_entry(e);
        }
    });
    return path;
}

std::string open_error(const fs::path& path, OpenMode mode = OpenMode::read_write) {
    try {
        Journal::open(path, mode);
    } catch (const StorageError& e) {
        return e.what();
    }
    return "(opened)";
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string integrity(const fs::path& path) {
    SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
    return raw.execAndGet("PRAGMA integrity_check").getString();
}
}  // namespace

TEST(JournalFaults, TruncatedJournalIsRefusedUntouched) {
    TempDir dir;
    const auto path = journal_with(dir, 2000);
    ASSERT_FALSE(fs::exists(path.string() + "-wal"));
    const auto whole = read_file(path);
    ASSERT_GT(whole.size(), 40'000u);
    for (const std::size_t keep : {whole.size() / 2, whole.size() - 4096, std::size_t{4096}}) {
        write_file(path, whole.substr(0, keep));
        for (const auto mode : {OpenMode::read_write, OpenMode::read_only}) {
            const auto message = open_error(path, mode);
            EXPECT_TRUE(contains(message, "cannot open " + path.string() + ": the file is damaged")) << keep << ": " << message;
            EXPECT_TRUE(contains(message, "backup")) << message;
            EXPECT_EQ(read_file(path), whole.substr(0, keep));
            EXPECT_FALSE(fs::exists(path.string() + "-wal"));
        }
    }
    write_file(path, whole);
    EXPECT_EQ(Journal::open(path).entry_count(), 2000u) << "the whole file still opens";
}

TEST(JournalFaults, HeaderOnlyAndZeroLengthFilesAreRefusedUntouched) {
    TempDir dir;
    const auto whole = read_file(journal_with(dir, 10));
    for (const std::size_t keep : {std::size_t{0}, std::size_t{16}, std::size_t{99}, std::size_t{100}}) {
        const auto path = dir / ("cut-" + std::to_string(keep) + ".relief");
        write_file(path, whole.substr(0, keep));
        const auto message = open_error(path);
        EXPECT_TRUE(contains(message, path.string())) << message;
        EXPECT_TRUE(contains(message, "is not a Relief Journal") || contains(message, "damaged")) << keep << ": " << message;
        EXPECT_FALSE(fs::exists(path.string() + "-wal"));
        EXPECT_EQ(read_file(path), whole.substr(0, keep));
    }
}

TEST(JournalFaults, RandomBytesAreRefusedUntouched) {
    TempDir dir;
    std::mt19937 random(20261201);
    for (const std::size_t size : {std::size_t{1}, std::size_t{512}, std::size_t{65536}}) {
        std::string bytes(size, '\0');
        for (auto& c : bytes) c = static_cast<char>(random() & 0xff);
        const auto path = dir / ("random-" + std::to_string(size));
        write_file(path, bytes);
        const auto message = open_error(path);
        EXPECT_TRUE(contains(message, "is not a Relief Journal")) << size << ": " << message;
        EXPECT_EQ(read_file(path), bytes);
        EXPECT_FALSE(fs::exists(path.string() + "-wal"));
    }
    // Our own header, then noise: SQLite's header is intact, the pages are not.
    const auto path = journal_with(dir, 200, "noisy.relief");
    auto bytes = read_file(path);
    for (std::size_t i = 100; i < bytes.size(); ++i) bytes[i] = static_cast<char>(random() & 0xff);
    write_file(path, bytes);
    const auto message = open_error(path);
    EXPECT_TRUE(contains(message, path.string())) << message;
    EXPECT_TRUE(contains(message, "damaged") || contains(message, "not a Relief Journal")) << message;
    EXPECT_EQ(read_file(path), bytes);
    EXPECT_FALSE(fs::exists(path.string() + "-wal"));
}

// Another process holds a write transaction: reading still works (write-ahead log), a
// write waits, then says who is in the way; nothing is half-written, and once the other
// program is done the journal takes writes again.
TEST(JournalFaults, LockedJournalRefusesWritesClearlyAndRecovers) {
    TempDir dir;
    const auto path = journal_with(dir, 3);
    int locked[2], release[2];
    ASSERT_EQ(::pipe(locked), 0);
    ASSERT_EQ(::pipe(release), 0);
    const pid_t holder = ::fork();
    if (holder == 0) {
        int code = 0;
        try {
            SQLite::Database other(path.string(), SQLite::OPEN_READWRITE);
            other.exec("BEGIN IMMEDIATE");
            other.exec("INSERT INTO settings (key, value, set_utc) VALUES ('other', 'program', 0)");
            (void)!::write(locked[1], "L", 1);
            char c;
            (void)!::read(release[0], &c, 1);
            other.exec("ROLLBACK");
        } catch (...) {
            code = 1;
        }
        ::_exit(code);
    }
    char c = 0;
    ASSERT_EQ(::read(locked[0], &c, 1), 1);

    auto j = Journal::open(path);
    EXPECT_EQ(j.entry_count(), 3u) << "reading is not blocked by a writer";
    std::string message;
    try {
        j.add_entry(pain_at("2026-03-02T08:00", 5));
    } catch (const StorageError& e) {
        message = e.what();
    }
    EXPECT_TRUE(contains(message, "another program is writing to it")) << message;
    EXPECT_TRUE(contains(message, path.string())) << message;
    EXPECT_TRUE(contains(message, "Nothing was changed")) << message;
    EXPECT_THROW(j.atomically([&] { j.add_entry(pain_at("2026-03-02T09:00", 5)); }), StorageError);

    (void)!::write(release[1], "R", 1);
    int status = 0;
    ::waitpid(holder, &status, 0);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    EXPECT_EQ(j.entry_count(), 3u);
    j.add_entry(pain_at("2026-03-02T10:00", 5));
    EXPECT_EQ(Journal::open(path).entry_count(), 4u) << "the failed write left no open transaction behind";
    EXPECT_EQ(integrity(path), "ok");
}

// Root ignores folder permissions, so the folder test runs as `nobody` when the suite
// runs as root.
TEST(JournalFaults, ReadOnlyFolderGivesClearErrorsAndChangesNothing) {
    TempDir dir;
    const auto folder = dir / "shared";
    fs::create_directory(folder);
    fs::permissions(dir.path(), fs::perms::all, fs::perm_options::replace);  // nobody may enter
    const auto path = [&] {
        TempDir scratch;
        const auto made = journal_with(scratch, 5);
        fs::copy_file(made, folder / "journal.relief");
        return folder / "journal.relief";
    }();
    if (::getuid() == 0) {
        ASSERT_EQ(::chown(path.c_str(), relief::testing::nobody, relief::testing::nobody), 0);
    }
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec,
                    fs::perm_options::replace);
    const auto before = read_file(path);

    const auto writable = run_in_child([&] { return open_error(path); }, true);
    EXPECT_EQ(writable.exit_code, 0) << writable.output;
    EXPECT_TRUE(contains(writable.output, "cannot open " + path.string())) << writable.output;
    EXPECT_TRUE(contains(writable.output, "folder " + folder.string())) << writable.output;

    // SQLite needs its shared-memory file beside a journal even to read it, so the
    // caregiver's view reads a consistent private copy, and leaves nothing anywhere.
    const auto reading = run_in_child([&] {
        auto count_copies = [] {
            int n = 0;
            // The copy and SQLite's -wal and -shm of it.
            for (const auto& e : fs::directory_iterator(fs::temp_directory_path()))
                n += e.path().filename().string().rfind(".relief-view-journal.relief.", 0) == 0;
            return n;
        };
        const int before_open = count_copies();
        std::string answer;
        {
            auto j = Journal::open(path, OpenMode::read_only);
            answer = std::to_string(j.entry_count()) + " entries, " + std::to_string(count_copies() - before_open) +
                     " copy while open";  // the copy, its -wal and its -shm
            try {
                j.add_entry(pain_at("2026-03-02T08:00", 5));
                answer += ", wrote";
            } catch (const ReadOnlyError&) {
                answer += ", refused a write";
            }
        }
        return answer + ", " + std::to_string(count_copies() - before_open) + " after";
    }, true);
    EXPECT_EQ(reading.exit_code, 0) << reading.output;
    EXPECT_EQ(reading.output, "5 entries, 3 copy while open, refused a write, 0 after");

    const auto create = run_in_child([&] {
        Journal::create(folder / "new.relief", berlin);
        return std::string("(created)");
    }, true);
    EXPECT_EQ(create.exit_code, 1);
    EXPECT_TRUE(contains(create.output, (folder / "new.relief").string())) << create.output;
    EXPECT_TRUE(contains(create.output, "ermission denied")) << create.output;

    EXPECT_EQ(read_file(path), before);
    EXPECT_FALSE(fs::exists(folder / "new.relief"));
    EXPECT_FALSE(fs::exists(path.string() + "-wal"));
    fs::permissions(folder, fs::perms::owner_all, fs::perm_options::add);  // so the test can clean up
}

// A full disk, simulated with a file-size limit: SQLite cannot grow its log, the write
// that needed the room is refused as a whole, and every write reported as saved before
// it is still there.
TEST(JournalFaults, FullDiskRefusesTheWriteAndKeepsEverythingSaved) {
    TempDir dir;
    const auto path = journal_with(dir, 20);
    const auto size = fs::file_size(path);
    const auto child = run_in_child([&] {
        std::signal(SIGXFSZ, SIG_IGN);  // a write past the limit fails instead of killing us
        const rlim_t limit = size + 3 * 4096 + 1000;  // not page-aligned: the last write is partial
        const rlimit r{limit, limit};
        if (::setrlimit(RLIMIT_FSIZE, &r) != 0) return std::string("no limit");
        auto j = Journal::open(path);
        int saved = 0;
        try {
            for (; saved < 10'000; ++saved) {
                j.atomically([&] {
                    for (int k = 0; k < 20; ++k) j.add_entry(pain_at("2026-03-05T08:00", k % 11));
                });
            }
        } catch (const StorageError& e) {
            return std::to_string(saved) + "|" + e.what();
        }
        return std::string("never full");
    });
    ASSERT_EQ(child.exit_code, 0) << child.output;
    const auto bar = child.output.find('|');
    ASSERT_NE(bar, std::string::npos) << child.output;
    const int saved = std::stoi(child.output.substr(0, bar));
    const auto message = child.output.substr(bar + 1);
    EXPECT_GT(saved, 0) << "some writes fit before the disk filled";
    EXPECT_TRUE(contains(message, "cannot save to " + path.string())) << message;
    EXPECT_TRUE(contains(message, "disk")) << message;
    EXPECT_TRUE(contains(message, "Nothing was changed")) << message;

    EXPECT_EQ(integrity(path), "ok");
    auto j = Journal::open(path);
    EXPECT_EQ(j.entry_count(), 20u + 20u * static_cast<unsigned>(saved));
    j.add_entry(pain_at("2026-03-06T08:00", 1));
    EXPECT_EQ(j.entry_count(), 21u + 20u * static_cast<unsigned>(saved)) << "with room again, writes work";
}
