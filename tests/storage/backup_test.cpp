#include "core/errors.h"
#include "journal_fixture.h"
#include "storage/errors.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

using namespace relief;
using namespace relief::storage;
using relief::testing::TempDir;

TEST(Backup, CopiesEverythingPrivately) {
    TempDir dir;
    auto j = Journal::create(dir / "j.db", Zone::locate("Europe/Berlin"));
    j.add_medication(relief::testing::sample_medication());
    for (int i = 0; i < 20; ++i) j.add_entry(relief::testing::pain_at("2026-03-01T08:00", i % 11));
    j.backup_to(dir / "backup.db");
    EXPECT_EQ(relief::testing::file_mode(dir / "backup.db"), 0600u);
    auto copy = Journal::open(dir / "backup.db", OpenMode::read_only);
    EXPECT_EQ(copy.all_rows(), j.all_rows());
    EXPECT_EQ(copy.medications(), j.medications());
    EXPECT_EQ(copy.profile(), j.profile());
}

TEST(Backup, ReplacesAnOlderBackupAndWorksReadOnly) {
    TempDir dir;
    { Journal::create(dir / "j.db", Zone::locate("UTC")).add_entry(relief::testing::pain_at("2026-03-01T08:00", 3)); }
    relief::testing::write_file(dir / "backup.db", "old backup");
    auto ro = Journal::open(dir / "j.db", OpenMode::read_only);
    ro.backup_to(dir / "backup.db");
    EXPECT_EQ(Journal::open(dir / "backup.db").entry_count(), 1u);
}

TEST(Backup, FolderTargetIsRefused) {
    TempDir dir;
    auto j = Journal::in_memory(Zone::locate("UTC"));
    EXPECT_THROW(j.backup_to(dir.path()), StorageError);
}
