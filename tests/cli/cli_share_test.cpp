#include "run_relief.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace relief::testing {
namespace {

// Two people's devices (or a person's laptop and a caregiver's computer) sharing one
// journal through a folder, through the real command line.
class CliShare : public ::testing::Test {
protected:
    TempDir home;
    std::string laptop = (home / "laptop.db").string();
    std::string desktop = (home / "desktop.db").string();
    std::string folder = (home / "Sync").string();

    CliRun on(const std::string& journal, std::vector<std::string> args, const std::string& input = {}) {
        args.insert(args.begin(), {"--journal", journal, "--today", "2026-03-10T12:00"});
        return run_relief(home, args, {}, {}, input);
    }
    std::string words() {
        const auto key = on(laptop, {"share", "key"});
        EXPECT_EQ(key.code, 0) << key.err;
        return key.out;
    }
};

TEST_F(CliShare, InitShowsTheWordsAndAnotherDeviceJoinsWithThem) {
    ASSERT_EQ(on(laptop, {"init", "--zone", "Europe/Berlin"}).code, 0);
    ASSERT_EQ(on(laptop, {"log", "pain", "6", "--at", "2026-03-10T08:00"}).code, 0);
    const auto init = on(laptop, {"share", "init", folder, "--name", "laptop"});
    ASSERT_EQ(init.code, 0) << init.err;
    EXPECT_NE(init.out.find("Sharing this journal in " + folder + " as \"laptop\"."), std::string::npos) << init.out;
    const std::string typed = words();
    EXPECT_NE(init.out.find(typed.substr(0, typed.size() - 1)), std::string::npos) << "the words shown are the key's";
    EXPECT_EQ(std::count(typed.begin(), typed.end(), ' '), 15);

    const auto join = on(desktop, {"share", "join", folder, "--name", "desktop"}, typed);
    ASSERT_EQ(join.code, 0) << join.err;
    EXPECT_NE(join.out.find("Joined the journal shared in"), std::string::npos);
    EXPECT_NE(on(desktop, {"day", "2026-03-10"}).out.find("pain 6"), std::string::npos);

    ASSERT_EQ(on(desktop, {"log", "note", "written on the desktop", "--at", "2026-03-10T09:00"}).code, 0);
    const auto sent = on(desktop, {"share", "sync"});
    EXPECT_EQ(sent.code, 0) << sent.err;
    EXPECT_NE(sent.out.find("Sent 1 change. Took 0 changes from other devices."), std::string::npos) << sent.out;
    ASSERT_EQ(on(laptop, {"share", "sync"}).code, 0);
    EXPECT_NE(on(laptop, {"day", "2026-03-10"}).out.find("written on the desktop"), std::string::npos);

    const auto status = on(laptop, {"share", "status"});
    EXPECT_EQ(status.code, 0);
    EXPECT_NE(status.out.find("Folder: " + folder), std::string::npos) << status.out;
    EXPECT_NE(status.out.find("This device: laptop (full)"), std::string::npos) << status.out;
    EXPECT_NE(status.out.find("Last change from desktop"), std::string::npos) << status.out;
}

// Alerts are each device's own analysis; a device joining in full replays the last weeks,
// so the days alerts were first raised agree with the first device's.
TEST_F(CliShare, ADeviceJoiningInFullHasTheSameAlertsRaisedOnTheSameDays) {
    ASSERT_EQ(on(laptop, {"init", "--zone", "Europe/Berlin"}).code, 0);
    ASSERT_EQ(on(laptop, {"demo", "--weeks", "4"}).code, 0);
    ASSERT_EQ(on(laptop, {"share", "init", folder, "--name", "laptop"}).code, 0);
    ASSERT_EQ(on(desktop, {"share", "join", folder, "--name", "desktop"}, words()).code, 0);
    const auto mine = on(laptop, {"alerts", "--json"});
    const auto theirs = on(desktop, {"alerts", "--json"});
    ASSERT_EQ(mine.code, 0);
    EXPECT_NE(mine.out.find("first_raised"), std::string::npos) << "the demo raises alerts: " << mine.out;
    EXPECT_EQ(theirs.out, mine.out);
}

TEST_F(CliShare, WrongWordsAreRefusedAndLeaveNoJournalBehind) {
    ASSERT_EQ(on(laptop, {"init", "--zone", "Europe/Berlin"}).code, 0);
    ASSERT_EQ(on(laptop, {"share", "init", folder}).code, 0);
    const auto join = on(desktop, {"share", "join", folder},
                         "zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra\n");
    EXPECT_EQ(join.code, 1);
    EXPECT_NE(join.err.find("these words do not open the share in " + folder), std::string::npos) << join.err;
    EXPECT_FALSE(std::filesystem::exists(desktop));
    const auto none = on(desktop, {"share", "join", folder});
    EXPECT_EQ(none.code, 2);
    EXPECT_NE(none.err.find("words"), std::string::npos) << none.err;
    EXPECT_FALSE(std::filesystem::exists(desktop));
}

TEST_F(CliShare, ACaregiverFollowsReadOnly) {
    ASSERT_EQ(on(laptop, {"init", "--zone", "Europe/Berlin"}).code, 0);
    ASSERT_EQ(on(laptop, {"log", "pain", "4", "--at", "2026-03-10T08:00"}).code, 0);
    ASSERT_EQ(on(laptop, {"share", "init", folder, "--name", "Ana's laptop"}).code, 0);
    const auto join = on(desktop, {"share", "join", folder, "--read-only", "--name", "carer"}, words());
    ASSERT_EQ(join.code, 0) << join.err;
    EXPECT_NE(join.out.find("read-only"), std::string::npos);
    const auto refused = on(desktop, {"log", "pain", "2"});
    EXPECT_EQ(refused.code, 1);
    EXPECT_NE(refused.err.find("follows a shared journal read-only"), std::string::npos) << refused.err;
    EXPECT_NE(on(desktop, {"day", "2026-03-10"}).out.find("pain 4"), std::string::npos);
    EXPECT_NE(on(desktop, {"share", "status"}).out.find("carer (read-only)"), std::string::npos);
    EXPECT_EQ(on(desktop, {"share", "key"}).code, 1);
    // The caregiver asks to be told; nothing is shown until the person lets them.
    const auto asked = on(desktop, {"share", "notify", "on"});
    EXPECT_EQ(asked.code, 0) << asked.err;
    EXPECT_NE(asked.out.find("has not asked for it yet"), std::string::npos) << asked.out;
    const auto allow = on(laptop, {"share", "notify", "on"});
    EXPECT_EQ(allow.code, 0) << allow.err;
    EXPECT_NE(allow.out.find("may now be told"), std::string::npos) << allow.out;
    ASSERT_EQ(on(laptop, {"share", "sync"}).code, 0);
    ASSERT_EQ(on(desktop, {"share", "sync"}).code, 0);
    const auto again = on(desktop, {"share", "notify", "on"});
    EXPECT_EQ(again.code, 0) << again.err;
    EXPECT_EQ(again.out.find("has not asked for it yet"), std::string::npos) << again.out;
}

TEST_F(CliShare, AJournalNotSharedSaysHowToShareIt) {
    ASSERT_EQ(on(laptop, {"init", "--zone", "Europe/Berlin"}).code, 0);
    const auto status = on(laptop, {"share", "status"});
    EXPECT_EQ(status.code, 0);
    EXPECT_NE(status.out.find("relief share init FOLDER"), std::string::npos) << status.out;
    const auto sync = on(laptop, {"share", "sync"});
    EXPECT_EQ(sync.code, 1);
    EXPECT_NE(sync.err.find("this journal is not shared"), std::string::npos) << sync.err;
    const auto own = on(laptop, {"share", "init", folder, "--passphrase"}, "short\n");
    EXPECT_EQ(own.code, 1);
    EXPECT_NE(own.err.find("at least 16 characters"), std::string::npos) << own.err;
    EXPECT_FALSE(std::filesystem::exists(home / "Sync" / "relief-share.json"));
    const auto help = on(laptop, {"share", "init", "--help"});
    EXPECT_NE(help.out.find("Syncthing"), std::string::npos) << help.out;
}

}  // namespace
}  // namespace relief::testing
