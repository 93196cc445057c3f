// The reminder service end to end, as a desktop runs it: the real relief-reminders
// executable on a private session bus with a notification server that records each
// Notify and presses answers, and a private "system" bus where a stand-in for logind
// announces a sleep. Every answer must reach the journal file.
#include "fake_desktop.h"

#include "sharing/share.h"
#include "storage/journal.h"
#include "tests/support/private_bus.h"
#include "tests/support/temp_dir.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDeadlineTimer>
#include <QProcess>

#include <gtest/gtest.h>

#include <fstream>
#include <functional>

using namespace relief;
using relief::storage::Journal;
using relief::testing::announce_sleep;
using relief::testing::FakeNotificationServer;
using relief::testing::TempDir;

namespace {

// A dbus-daemon of our own, gone with the test.
class PrivateBus : public relief::testing::PrivateBus {
public:
    explicit PrivateBus(const QString& name) : relief::testing::PrivateBus(name, RELIEF_PRIVATE_BUS_CONF) {}
};

const Zone berlin = Zone::locate("Europe/Berlin");
Instant at(const char* when) { return parse_when(when, berlin); }

bool wait_for(const std::function<bool()>& done, int ms = 10000) {
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (done()) return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return done();
}

std::vector<Entry> doses_in(const std::filesystem::path& path) {
    std::vector<Entry> out;
    for (const auto& e : Journal::open(path, storage::OpenMode::read_only).all_entries())
        if (std::holds_alternative<DoseEntry>(e.data)) out.push_back(e);
    return out;
}

class RemindersOverDBus : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_FALSE(session_bus.address().isEmpty()) << "dbus-daemon did not start (Debian package dbus)";
        ASSERT_FALSE(system_bus.address().isEmpty());
        {
            // Written two days earlier, so today's doses are all expected.
            auto journal = Journal::create(journal_path, berlin, [] { return at("2026-02-28T09:00"); });
            Medication m;
            m.name = "Flexeril";
            m.ingredient = "cyclobenzaprine";
            m.dose = Amount::milligrams(5);
            m.schedule = Schedule{parse_times("08:00,14:00,20:00"), false};
            m.start = parse_day("2026-02-28");
            journal.add_medication(m);
            journal.set_setting("reminders.enabled", "yes");
        }
        set_clock("2026-03-02T08:05");
        session = session_bus.connection();
        ASSERT_TRUE(session.isConnected());
        ASSERT_TRUE(session.registerObject("/org/freedesktop/Notifications", &server, QDBusConnection::ExportAllSlots));
        ASSERT_TRUE(session.registerService("org.freedesktop.Notifications"));
        system = system_bus.connection();
        ASSERT_TRUE(system.isConnected());
        ASSERT_TRUE(system.registerService("org.freedesktop.login1"));
    }
    void TearDown() override {
        if (service.state() != QProcess::NotRunning) {
            service.kill();
            service.waitForFinished(5000);
        }
    }
    void set_clock(const char* when) {
        std::ofstream(dir / "clock") << format_utc(at(when)) << "\n";
    }
    void start_service(QStringList extra = {}, const std::filesystem::path* journal = nullptr) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("DBUS_SESSION_BUS_ADDRESS", session_bus.address());
        env.insert("DBUS_SYSTEM_BUS_ADDRESS", system_bus.address());
        env.insert("QT_LOGGING_RULES", "*.debug=false");
        service.setProcessEnvironment(env);
        service.start(RELIEF_REMINDERS_BIN, QStringList{"--journal", QString::fromStdString((journal ? *journal : journal_path).string()),
                                                        "--zone", "Europe/Berlin", "--clock-file",
                                                        QString::fromStdString((dir / "clock").string())} + extra);
        ASSERT_TRUE(service.waitForStarted(5000));
    }
    const relief::testing::NotifyCall& wait_for_notify(std::size_t count) {
        EXPECT_TRUE(wait_for([&] { return server.calls.size() >= count; }))
            << "no notification; the service said: " << service.readAllStandardError().toStdString();
        static relief::testing::NotifyCall none;
        return server.calls.size() >= count ? server.calls[count - 1] : none;
    }

    TempDir dir;
    std::filesystem::path journal_path = dir / "journal.db";
    PrivateBus session_bus{"reminders-test-session"};
    PrivateBus system_bus{"reminders-test-system"};
    QDBusConnection session{QString()};
    QDBusConnection system{QString()};
    FakeNotificationServer server{QDBusConnection::connectToBus(session_bus.address(), "reminders-test-session")};
    QProcess service;
};

}  // namespace

TEST_F(RemindersOverDBus, ADueDoseIsNotifiedAndTakenFromTheNotification) {
    start_service();
    const auto shown = wait_for_notify(1);
    EXPECT_EQ(shown.app, "Relief Journal");
    // The installed desktop entry and icon (data/), so the desktop shows our name and icon.
    EXPECT_EQ(shown.icon, RELIEF_APP_ID);
    EXPECT_EQ(shown.hints.value("desktop-entry").toString(), RELIEF_APP_ID);
    EXPECT_EQ(shown.summary, "Time for Flexeril 5 mg");
    EXPECT_EQ(shown.body, "Flexeril 5 mg at 08:00");
    EXPECT_EQ(shown.timeout, 0);  // stays until answered
    ASSERT_GE(shown.actions.size(), 6);
    EXPECT_EQ(shown.actions.mid(0, 6), (QStringList{"taken", "Taken", "skip", "Skip", "snooze", "Snooze 10 min"}));

    server.press(shown.id, "taken");
    ASSERT_TRUE(wait_for([&] { return !doses_in(journal_path).empty(); }));
    const auto doses = doses_in(journal_path);
    ASSERT_EQ(doses.size(), 1u);
    const auto& dose = std::get<DoseEntry>(doses[0].data);
    EXPECT_EQ(dose.status, DoseStatus::taken);
    EXPECT_EQ(dose.scheduled, at("2026-03-02T08:00"));
    EXPECT_EQ(dose.amount, Amount::milligrams(5));
    EXPECT_EQ(doses[0].at, at("2026-03-02T08:05"));  // the real time of the answer
    EXPECT_EQ(doses[0].zone, "Europe/Berlin");
    EXPECT_TRUE(wait_for([&] { return std::count(server.closed.begin(), server.closed.end(), shown.id) > 0; }));
}

TEST_F(RemindersOverDBus, AfterASleepAcrossTwoDueTimesItSaysWhatWasMissedAndTheAnswerIsLogged) {
    {
        auto journal = Journal::open(journal_path);
        journal.set_setting("reminders.hide-names", "yes");
    }
    start_service();
    const auto first = wait_for_notify(1);
    server.press(first.id, "taken");
    ASSERT_TRUE(wait_for([&] { return doses_in(journal_path).size() == 1; }));

    announce_sleep(system, true);
    ASSERT_TRUE(wait_for([&] { return true; }, 300));
    set_clock("2026-03-02T21:30");  // slept through 14:00 and 20:00
    announce_sleep(system, false);
    wait_for([&] { return !server.calls.empty() && server.calls.back().summary == "While the computer was asleep"; });
    const auto catch_up = server.calls.back();
    ASSERT_EQ(catch_up.summary, "While the computer was asleep");
    EXPECT_EQ(catch_up.body, "Not logged:\n  A dose at 14:00\nDue now:\n  A dose at 20:00\nDid you take them?");
    EXPECT_FALSE(catch_up.body.contains("Flexeril"));

    server.press(catch_up.id, "skip");
    ASSERT_TRUE(wait_for([&] { return doses_in(journal_path).size() == 3; }));
    const auto doses = doses_in(journal_path);
    std::vector<std::pair<Instant, Instant>> skipped;  // at, scheduled
    for (const auto& e : doses)
        if (std::get<DoseEntry>(e.data).status == DoseStatus::skipped)
            skipped.emplace_back(e.at, *std::get<DoseEntry>(e.data).scheduled);
    std::sort(skipped.begin(), skipped.end());
    EXPECT_EQ(skipped, (std::vector<std::pair<Instant, Instant>>{{at("2026-03-02T14:00"), at("2026-03-02T14:00")},
                                                                  {at("2026-03-02T20:00"), at("2026-03-02T20:00")}}));
}

TEST_F(RemindersOverDBus, SnoozeClosesAndLogsNothing) {
    start_service();
    const auto shown = wait_for_notify(1);
    server.press(shown.id, "snooze");
    EXPECT_TRUE(wait_for([&] { return std::count(server.closed.begin(), server.closed.end(), shown.id) > 0; }));
    EXPECT_TRUE(doses_in(journal_path).empty());
    EXPECT_EQ(server.calls.size(), 1u);  // nothing again before the snooze ends
}

TEST_F(RemindersOverDBus, ADoseLoggedInTheWindowClosesTheNotification) {
    start_service();
    const auto shown = wait_for_notify(1);
    {
        auto journal = Journal::open(journal_path, storage::OpenMode::read_write, [] { return at("2026-03-02T08:06"); });
        journal.add_entry(Entry{0, at("2026-03-02T08:06"), "Europe/Berlin", {},
                                DoseEntry{1, Amount::milligrams(5), DoseStatus::taken, at("2026-03-02T08:00")}});
    }
    announce_sleep(system, false);  // a round now rather than in a minute
    EXPECT_TRUE(wait_for([&] { return std::count(server.closed.begin(), server.closed.end(), shown.id) > 0; }));
    EXPECT_EQ(doses_in(journal_path).size(), 1u);  // not logged twice
}

// A caregiver's device following the person's journal through a share folder, with the
// caregiver's switch on; `allowed`: the person asked for caregivers to be told.
std::filesystem::path make_caregiver(const TempDir& dir, const std::filesystem::path& person, bool allowed) {
    const char* words = "acorn actor adobe agent alarm album alley amber anchor angle ankle apple apron arbor arena armor";
    const auto folder = dir / "Sync";
    const auto carer_path = dir / "carer.db";
    auto journal = Journal::open(person, storage::OpenMode::read_write, [] { return at("2026-03-02T07:00"); });
    journal.set_setting("profile.name", "Ana");
    journal.set_setting("share.tell-caregivers", allowed ? "yes" : "no");
    // Yesterday's afternoon and evening doses were taken: only this morning's is news.
    for (const char* when : {"2026-03-01T14:00", "2026-03-01T20:00"})
        journal.add_entry(Entry{0, at(when), "Europe/Berlin", {},
                                DoseEntry{journal.medications().front().id, Amount::milligrams(5), DoseStatus::taken, at(when)}});
    sharing::create_share(journal, {folder, "Ana's laptop", words, false});
    auto carer = Journal::create(carer_path, berlin, [] { return at("2026-03-02T07:00"); });
    sharing::join_share(carer, {folder, "carer", words}, sharing::JoinMode::read_only);
    carer.set_local_value("share.missed_dose_alerts", "yes");
    return carer_path;
}

// Its service takes the changes each round and tells of a dose not logged an hour after
// its time, once.
TEST_F(RemindersOverDBus, ACaregiverIsToldOfADoseNotLoggedAnHourAfterItsTime) {
    const auto carer_path = make_caregiver(dir, journal_path, true);
    set_clock("2026-03-02T08:59");  // 59 minutes: not yet
    start_service({}, &carer_path);
    EXPECT_FALSE(wait_for([&] { return !server.calls.empty(); }, 1500));
    set_clock("2026-03-02T09:00");
    announce_sleep(system, false);  // a round now rather than in a minute
    const auto shown = wait_for_notify(1);
    EXPECT_EQ(shown.summary, "Ana: a dose not logged");
    EXPECT_EQ(shown.body, "Flexeril 5 mg (08:00)\nNot logged an hour after their time. Perhaps ask how things are.");
    // A caregiver cannot log for the person: no Taken or Skip, only the window to open.
    EXPECT_EQ(shown.actions, (QStringList{"default", "Open Relief Journal"}));
    // Told once: the next round says nothing new.
    announce_sleep(system, false);
    EXPECT_FALSE(wait_for([&] { return server.calls.size() > 1; }, 1500));
    EXPECT_EQ(doses_in(carer_path).size(), 2u);  // the person's, taken from the share
}

TEST_F(RemindersOverDBus, ACaregiverIsToldNothingUntilThePersonAsksForIt) {
    const auto carer_path = make_caregiver(dir, journal_path, false);
    set_clock("2026-03-02T09:30");
    start_service({}, &carer_path);
    EXPECT_FALSE(wait_for([&] { return !server.calls.empty(); }, 2000));
    EXPECT_EQ(service.state(), QProcess::Running);  // it keeps the journal in step meanwhile
}

TEST_F(RemindersOverDBus, SwitchedOffInTheJournalTheServiceEnds) {
    start_service();
    wait_for_notify(1);
    {
        auto journal = Journal::open(journal_path);
        journal.set_setting("reminders.enabled", "no");
    }
    announce_sleep(system, false);
    EXPECT_TRUE(wait_for([&] { return service.state() == QProcess::NotRunning; }));
    EXPECT_EQ(service.exitCode(), 0);
}

TEST_F(RemindersOverDBus, WithoutANotificationServiceItSaysSoWithoutHealthData) {
    session.unregisterService("org.freedesktop.Notifications");
    start_service({"--once"});
    ASSERT_TRUE(service.waitForFinished(10000));
    const QString said = QString::fromUtf8(service.readAllStandardError());
    EXPECT_TRUE(said.contains("no notification service")) << said.toStdString();
    EXPECT_FALSE(said.contains("Flexeril"));
    EXPECT_TRUE(server.calls.empty());
}

TEST_F(RemindersOverDBus, OnlyOneServiceRuns) {
    start_service();
    wait_for_notify(1);
    QProcess second;
    second.setProcessEnvironment(service.processEnvironment());
    second.start(RELIEF_REMINDERS_BIN, {"--journal", QString::fromStdString(journal_path.string())});
    ASSERT_TRUE(second.waitForFinished(10000));
    EXPECT_EQ(second.exitCode(), 0);
    EXPECT_TRUE(QString::fromUtf8(second.readAllStandardError()).contains("already running"));
}

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
