#include "core/errors.h"
#include "storage/errors.h"
#include "storage/private_file.h"
#include "support/temp_dir.h"

#include <sys/stat.h>

#include <gtest/gtest.h>

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
