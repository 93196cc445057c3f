#include "cli_fixture.h"

using relief::testing::CliTest;

namespace {
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

class CliReminders : public CliTest {};

TEST_F(CliReminders, StatusSaysOffAndWhatRingsNext) {
    const auto r = relief({"reminders", "status"});  // 12:00 in Berlin (TZ)
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(has(r.out, "Reminders: off")) << r.out;
    EXPECT_TRUE(has(r.out, "Clock:     Europe/Berlin")) << r.out;
    EXPECT_TRUE(has(r.out, "Now:       Time for Flexeril 5 mg (Flexeril 5 mg at 08:00)")) << r.out;
    EXPECT_TRUE(has(r.out, "Next:      14:00 today: Flexeril 5 mg (scheduled 14:00) is due")) << r.out;
    // The service beside the command line, as the window finds it (build/cli, build/reminders).
    EXPECT_TRUE(has(r.out, "Program:   " RELIEF_REMINDERS_BIN "\n")) << r.out;
    EXPECT_TRUE(has(r.out, "relief settings set reminders.enabled yes && " RELIEF_REMINDERS_BIN " &")) << r.out;
    // No session bus in the test's clean environment: said, not failed.
    EXPECT_TRUE(has(r.out, "no D-Bus session bus")) << r.out;
}

TEST_F(CliReminders, StatusOnAnotherZonesClock) {
    // --today 12:00 is read on the clock where the person is: noon in Tokyo.
    const auto r = relief({"reminders", "status", "--zone", "Asia/Tokyo"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(has(r.out, "Clock:     Asia/Tokyo (--zone)")) << r.out;
    EXPECT_TRUE(has(r.out, "Next:      14:00 today")) << r.out;
    EXPECT_EQ(relief({"reminders", "status", "--zone", "Mars/Olympus"}).code, 2);
}

TEST_F(CliReminders, QuietHoursAreSaidWithTheDosesTheyHold) {
    ASSERT_EQ(relief({"settings", "set", "reminders.quiet-hours", "19:30 to 7:00"}).code, 0);
    const auto r = relief({"reminders", "status"});
    EXPECT_TRUE(has(r.out, "quiet hours 19:30-07:00")) << r.out;
    EXPECT_TRUE(has(r.out, "Quiet:     no reminder for doses in quiet hours (Flexeril 20:00)")) << r.out;
}

TEST_F(CliReminders, SettingsAreValidatedAndABadOneChangesNothing) {
    const std::string before = content();
    auto r = relief({"settings", "set", "reminders.repeat-minutes", "500"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(has(r.err, "reminders.repeat-minutes")) << r.err;
    EXPECT_TRUE(has(r.err, "500")) << r.err;
    EXPECT_TRUE(has(r.err, "0 to 120")) << r.err;
    r = relief({"settings", "set", "reminders.quiet-hours", "22:00-22:00"});
    EXPECT_EQ(r.code, 2);
    r = relief({"settings", "set", "reminders.snoze-minutes", "5"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(has(r.err, "reminders.snooze-minutes")) << r.err;  // lists the right names
    EXPECT_EQ(content(), before);

    ASSERT_EQ(relief({"settings", "set", "reminders.enabled", "on"}).code, 0);
    EXPECT_TRUE(has(relief({"settings"}).out, "reminders.enabled = yes")) << relief({"settings"}).out;
    EXPECT_TRUE(has(relief({"reminders", "status"}).out, "Reminders: on"));
    ASSERT_EQ(relief({"settings", "reset", "reminders.enabled"}).code, 0);
    EXPECT_TRUE(has(relief({"reminders", "status"}).out, "Reminders: off"));
}

TEST_F(CliReminders, TestNotificationWithoutABusFailsWithAReason) {
    const auto r = relief({"reminders", "test"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(has(r.err, "no D-Bus session bus")) << r.err;
}
