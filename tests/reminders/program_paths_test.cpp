// The app and the reminder service find each other where `cmake --install` and the .deb put
// them (bin/ and libexec/relief-journal/, GNUInstallDirs), in the build tree, and on PATH.
#include "reminders/desktop.h"

#include "tests/support/temp_dir.h"

#include <QString>

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

using namespace relief::reminders;
using relief::testing::TempDir;
namespace fs = std::filesystem;

namespace {

QString q(const fs::path& path) { return QString::fromStdString(path.string()); }

void make_program(const fs::path& path, fs::perms mode = fs::perms::owner_all) {
    fs::create_directories(path.parent_path());
    relief::testing::write_file(path, "#!/bin/sh\n");
    fs::permissions(path, mode);
}

// PATH names only an empty folder, so nothing is found there unless a test puts it there.
class ProgramPaths : public ::testing::Test {
protected:
    void SetUp() override {
        const char* path = std::getenv("PATH");
        saved_path = path ? path : "";
        fs::create_directories(dir / "on-path");
        ::setenv("PATH", (dir / "on-path").c_str(), 1);
    }
    void TearDown() override { ::setenv("PATH", saved_path.c_str(), 1); }

    TempDir dir;
    std::string saved_path;
};

}  // namespace

TEST_F(ProgramPaths, InstalledTheAppFindsTheServiceInLibexec) {
    const fs::path prefix = dir / "usr";
    make_program(prefix / "bin" / app_program);
    make_program(prefix / "libexec" / "relief-journal" / service_program);
    EXPECT_EQ(find_service_program(q(prefix / "bin")), q(prefix / "libexec" / "relief-journal" / service_program));
    EXPECT_EQ(find_app_program(q(prefix / "libexec" / "relief-journal")), q(prefix / "bin" / app_program));
}

TEST_F(ProgramPaths, TheBuildTreeFindsEachOtherInTheirFolders) {
    make_program(dir / "build" / "qml" / app_program);
    make_program(dir / "build" / "reminders" / service_program);
    EXPECT_EQ(find_service_program(q(dir / "build" / "qml")), q(dir / "build" / "reminders" / service_program));
    EXPECT_EQ(find_app_program(q(dir / "build" / "reminders")), q(dir / "build" / "qml" / app_program));
}

TEST_F(ProgramPaths, SideBySideEachFindsTheOther) {
    make_program(dir / "opt" / app_program);
    make_program(dir / "opt" / service_program);
    EXPECT_EQ(find_service_program(q(dir / "opt")), q(dir / "opt" / service_program));
    EXPECT_EQ(find_app_program(q(dir / "opt")), q(dir / "opt" / app_program));
}

TEST_F(ProgramPaths, ElsewhereTheyAreLookedUpOnPath) {
    fs::create_directories(dir / "bin");
    EXPECT_EQ(find_service_program(q(dir / "bin")), "") << "nowhere: empty, and the app says so";
    EXPECT_EQ(find_app_program(q(dir / "bin")), "");
    make_program(dir / "on-path" / service_program);
    make_program(dir / "on-path" / app_program);
    EXPECT_EQ(find_service_program(q(dir / "bin")), q(dir / "on-path" / service_program));
    EXPECT_EQ(find_app_program(q(dir / "bin")), q(dir / "on-path" / app_program));
}

TEST_F(ProgramPaths, AFileThatCannotBeRunIsPassedOver) {
    const fs::path prefix = dir / "usr";
    make_program(prefix / "libexec" / "relief-journal" / service_program, fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_EQ(find_service_program(q(prefix / "bin")), "");
}
