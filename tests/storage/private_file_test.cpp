#include "core/errors.h"
#include "storage/errors.h"
#include "storage/private_file.h"
#include "support/temp_dir.h"

#include <sys/stat.h>

#include <gtest/gtest.h>

#include <chrono>

using namespace relief::storage;
using relief::testing::TempDir;
using relief::testing::file_mode;
using relief::testing::read_file;

TEST(PrivateFile, AtomicWriteIsPrivateAndReplaces) {
    TempDir dir;
    const auto old_mask = ::umask(0);  // even a permissive umask must not widen the mode
    write_file_atomically(dir / "out.csv", "first");
    ::umask(old_mask);
    EXPECT_EQ(file_mode(dir / "out.csv"), 0600u);
    write_file_atomically(dir / "out.csv", "second");
    EXPECT_EQ(read_file(dir / "out.csv"), "second");
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++files;
    EXPECT_EQ(files, 1u) << "no temporary file is left behind";
}

TEST(PrivateFile, CreateRefusesExisting) {
    TempDir dir;
    create_private_file(dir / "a");
    EXPECT_EQ(file_mode(dir / "a"), 0600u);
    EXPECT_THROW(create_private_file(dir / "a"), StorageError);
}

TEST(PrivateFile, WritingOverAFolderOrIntoAMissingFolderFails) {
    TempDir dir;
    EXPECT_THROW(write_file_atomically(dir.path(), "x"), StorageError);
    EXPECT_THROW(write_file_atomically(dir / "missing" / "x.csv", "x"), StorageError);
}

namespace {
void age(const std::filesystem::path& path, std::chrono::minutes by) {
    std::filesystem::last_write_time(path, std::filesystem::file_time_type::clock::now() - by);
}
}  // namespace

// What a killed export, report, backup or import left beside its file is removed at the
// next write there, but only our own old regular files: never a link, never another
// run's file in progress, never a file that merely looks alike.
TEST(PrivateFile, StaleTemporaryFilesOfAKilledRunAreRemovedSafely) {
    using namespace std::chrono_literals;
    TempDir dir;
    for (const char* name : {".out.csv.Ab12Cd", ".out.csv.Ab12Cd-journal", ".out.csv.Zz99Yy-wal", ".out.csv.Fresh1",
                             ".out.csv.Ab12Cd-other", ".other.csv.Ab12Cd", "out.csv.Ab12Cd"})
        relief::testing::write_file(dir / name, "health data");
    for (const char* name : {".out.csv.Ab12Cd", ".out.csv.Ab12Cd-journal", ".out.csv.Zz99Yy-wal",
                             ".out.csv.Ab12Cd-other", ".other.csv.Ab12Cd", "out.csv.Ab12Cd"})
        age(dir / name, 61min);
    age(dir / ".out.csv.Fresh1", 59min);  // another run's file in progress
    relief::testing::write_file(dir / "theirs", "x");
    std::filesystem::create_symlink(dir / "theirs", dir / ".out.csv.Link12");
    EXPECT_EQ(remove_stale_temps_beside(dir / "out.csv"), 3);
    for (const char* gone : {".out.csv.Ab12Cd", ".out.csv.Ab12Cd-journal", ".out.csv.Zz99Yy-wal"})
        EXPECT_FALSE(std::filesystem::exists(dir / gone)) << gone;
    for (const char* kept : {".out.csv.Fresh1", ".out.csv.Ab12Cd-other", ".other.csv.Ab12Cd", "out.csv.Ab12Cd", "theirs"})
        EXPECT_TRUE(std::filesystem::exists(dir / kept)) << kept;
    EXPECT_TRUE(std::filesystem::is_symlink(dir / ".out.csv.Link12"));
    // The next write beside out.csv sweeps too.
    age(dir / ".out.csv.Fresh1", 61min);
    write_file_atomically(dir / "out.csv", "report");
    EXPECT_FALSE(std::filesystem::exists(dir / ".out.csv.Fresh1"));
}

TEST(PrivateFile, ANewFileIsMovedIntoPlaceOnlyIfNothingIsThere) {
    TempDir dir;
    relief::testing::write_file(dir / ".j.ABCDEF", "new journal");
    move_into_place_new(dir / ".j.ABCDEF", dir / "j.db");
    EXPECT_EQ(read_file(dir / "j.db"), "new journal");
    EXPECT_FALSE(std::filesystem::exists(dir / ".j.ABCDEF"));
    relief::testing::write_file(dir / ".j.GHIJKL", "another");
    EXPECT_THROW(move_into_place_new(dir / ".j.GHIJKL", dir / "j.db"), StorageError);
    EXPECT_EQ(read_file(dir / "j.db"), "new journal") << "never replaced";
}
