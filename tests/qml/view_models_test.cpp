#include "qml/alerts_model.h"
#include "qml/app_controller.h"
#include "qml/app_text.h"
#include "qml/checkins_controller.h"
#include "qml/dose_slots_model.h"
#include "qml/medications_model.h"
#include "qml/reminders_controller.h"
#include "qml/report_controller.h"
#include "qml/today_model.h"
#include "qml/trends_chart.h"
#include "core/journal_snapshot.h"
#include "core/translate.h"
#include "i18n/language.h"
#include "reports/report_model.h"
#include "reminders/desktop.h"
#include "storage/journal.h"
#include "support/private_bus.h"
#include "support/temp_dir.h"

#include <QAbstractItemModelTester>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace relief;
using namespace relief::app;
using relief::testing::PrivateBus;
using relief::testing::TempDir;

namespace {

unsigned mode_of(const QString& path) {
    struct stat st {};
    return ::stat(path.toLocal8Bit().constData(), &st) == 0 ? unsigned(st.st_mode & 07777) : 0u;
}
QString read_text(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QGuiApplication& gui() {
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    static int argc = 1;
    static char name[] = "view_models_test";
    static char* argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);  // the app's settings, never the person's
    return app;
}

// A fresh controller over a new journal in a private folder, "today" fixed.
class ViewModels : public ::testing::Test {
protected:
    void SetUp() override {
        gui();
        // The Reminders card writes its autostart entry here, never in ~/.config, and starts
        // no service (the relief-reminders built beside the tests is named in the entry).
        config = QString::fromStdString((dir / "config").string());
        qputenv("XDG_CONFIG_HOME", config.toLocal8Bit());
        qputenv("RELIEF_REMINDERS_NO_START", "1");
        RemindersController::setServiceProgram(RELIEF_REMINDERS_BIN);
        controller = std::make_unique<AppController>(nullptr);
        ASSERT_TRUE(controller->setFixedToday("2026-03-10").isEmpty());
        ASSERT_TRUE(controller->createJournal(QString::fromStdString((dir / "j.db").string()), "Europe/Berlin"))
            << controller->lastError().toStdString();
    }
    void TearDown() override { RemindersController::setBus({}); }
    storage::Journal& journal() { return *controller->journal(); }
    QString journal_path() const { return QString::fromStdString((dir / "j.db").string()); }
    QString autostart() const { return config + "/autostart/relief-reminders.desktop"; }

    TempDir dir;
    QString config;
    std::unique_ptr<AppController> controller;
};

}  // namespace

TEST_F(ViewModels, LoggingFromTodayReachesTheJournalAndUndoKeepsHistory) {
    TodayModel today;
    QAbstractItemModelTester tester(&today, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(today.rowCount(), 0);
    EXPECT_EQ(today.logPain(6, {"lower-back"}, {"spasm"}), "");
    EXPECT_EQ(today.logSideEffect("drowsiness", "moderate"), "");
    EXPECT_EQ(today.logCramp("left-calf", 5, 6), "");
    EXPECT_EQ(today.logMeasure("heat"), "");
    EXPECT_EQ(today.logFluids(3), "");
    EXPECT_EQ(today.logAlcohol(1), "");
    EXPECT_EQ(today.logSymptom("fever"), "");
    EXPECT_EQ(today.logNote("felt stiff"), "");
    EXPECT_EQ(today.rowCount(), 8);
    const auto entries = journal().all_entries();
    ASSERT_EQ(entries.size(), 8u);
    EXPECT_EQ(std::get<PainEntry>(entries[0].data).score, 6);
    EXPECT_EQ(format_day(entries[0].day), "2026-03-10");

    const int id = today.data(today.index(0), TodayModel::EntryIdRole).toInt();
    EXPECT_EQ(today.undo(id), "");
    EXPECT_EQ(today.rowCount(), 7);
    EXPECT_EQ(journal().all_rows().size(), 8u) << "undo keeps the row in the history";
}

TEST_F(ViewModels, BadInputIsRefusedWithAMessageAndNothingWritten) {
    TodayModel today;
    EXPECT_NE(today.logPain(11, {}, {}), "");
    EXPECT_NE(today.logSideEffect("drowsyness", "mild"), "");
    EXPECT_NE(today.logSideEffect("drowsiness", "awful"), "");
    EXPECT_NE(today.logFluids(0), "");
    EXPECT_NE(today.logNote("   "), "");
    EXPECT_TRUE(journal().all_rows().empty());
    EXPECT_EQ(today.painWords(10), "worst imaginable");
    EXPECT_TRUE(today.locations().contains("lower-back"));
}

TEST_F(ViewModels, MedicationsAddStopAndScheduledDosesTakenSkippedUndone) {
    MedicationsModel meds;
    QAbstractItemModelTester med_tester(&meds, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_TRUE(meds.suggestions("flex").contains("Flexeril"));
    EXPECT_TRUE(meds.describe("Flexeril").startsWith("cyclobenzaprine"));
    EXPECT_NE(meds.add("Flexiril", "5mg", "08:00", false, "", ""), "") << "a typo is not a new drug";
    EXPECT_EQ(meds.add("Flexeril", "5mg", "00:00,23:59", false, "", "", "2026-03-09"), "");
    EXPECT_EQ(meds.add("Advil", "400mg", "", true, "1200mg", ""), "");
    EXPECT_NE(meds.add("Flexeril", "5mg", "08:00", false, "", ""), "") << "no second Flexeril";
    EXPECT_EQ(meds.rowCount(), 2);
    EXPECT_EQ(journal().medications().size(), 2u);

    DoseSlotsModel doses;
    QAbstractItemModelTester slot_tester(&doses, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(doses.rowCount(), 2);
    ASSERT_EQ(doses.asNeeded().size(), 1);
    EXPECT_EQ(doses.asNeeded()[0].toMap()["name"].toString(), "Advil");
    EXPECT_EQ(doses.markSkipped(0), "");
    EXPECT_EQ(doses.data(doses.index(0), DoseSlotsModel::StateRole).toString(), "skipped");
    EXPECT_EQ(doses.undo(0), "");
    EXPECT_NE(doses.data(doses.index(0), DoseSlotsModel::StateRole).toString(), "skipped");
    EXPECT_EQ(doses.take(0), "");
    EXPECT_EQ(doses.takeAsNeeded("Advil"), "");
    const auto entries = journal().all_entries();
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(std::get<DoseEntry>(entries[0].data).status, DoseStatus::taken);

    EXPECT_EQ(meds.stop(0, "2026-03-10", true), "");
    EXPECT_TRUE(journal().medications()[0].taper);
    EXPECT_EQ(journal().medication_history(journal().medications()[0].id).size(), 1u);
}

TEST_F(ViewModels, ADoseAboveTheMaximumIsRecordedAndSaidAtOnce) {
    MedicationsModel meds;
    EXPECT_EQ(meds.add("Tylenol", "1000mg", "", true, "", ""), "");
    EXPECT_EQ(meds.add("Percocet", "1 tablet", "", true, "", ""), "") << "a combination product, dosed in tablets";
    EXPECT_EQ(journal().medications().at(1).dose, Amount::milligrams(5));

    DoseSlotsModel doses;
    QSignalSpy changed(&doses, &DoseSlotsModel::lastWarningChanged);
    doses.setDay("2026-03-09");
    for (const char* at : {"08:00", "12:00", "16:00"}) {
        doses.setTime(at);
        ASSERT_EQ(doses.takeAsNeeded("Tylenol"), "");
        EXPECT_EQ(doses.lastWarning(), "") << "3000 mg is the maximum, not above it";
    }
    EXPECT_EQ(changed.count(), 0);
    for (const char* at : {"17:00", "18:00", "19:00"}) {
        doses.setTime(at);
        ASSERT_EQ(doses.takeAsNeeded("Percocet"), "");
    }
    EXPECT_TRUE(doses.lastWarning().startsWith("Warning: On 2026-03-09 the total of acetaminophen (3975 mg"))
        << doses.lastWarning().toStdString();
    doses.setTime("20:00");
    ASSERT_EQ(doses.takeAsNeeded("Percocet"), "") << "the dose is recorded";
    EXPECT_TRUE(doses.lastWarning().startsWith(
        "Urgent: On 2026-03-09 the total of acetaminophen (4300 mg: Tylenol 3000 mg + Percocet 1300 mg)"))
        << doses.lastWarning().toStdString();
    EXPECT_TRUE(doses.lastWarning().contains("can seriously harm the liver"));
    EXPECT_EQ(journal().all_entries().size(), 7u);
}

TEST_F(ViewModels, AlertsAreListedAndDiscussed) {
    TodayModel today;
    ASSERT_EQ(today.logSymptom("foot drop"), "");
    AlertsModel alerts;
    QAbstractItemModelTester tester(&alerts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_GE(alerts.rowCount(), 1);
    EXPECT_EQ(alerts.data(alerts.index(0), AlertsModel::SeverityRole).toString(), "urgent");
    EXPECT_EQ(alerts.currentCount(), 1);
    const int id = alerts.data(alerts.index(0), AlertsModel::IdRole).toInt();
    EXPECT_EQ(alerts.discuss(id), "");
    EXPECT_FALSE(alerts.data(alerts.index(0), AlertsModel::DiscussedRole).toString().isEmpty());
    EXPECT_EQ(alerts.currentCount(), 0);
    EXPECT_TRUE(journal().stored_alert(id)->discussed);
}

// The alerts already on screen when an entry is logged are analysed again from the shared
// snapshot with just that entry added, and match a full read of the journal.
TEST_F(ViewModels, AnEntryLoggedWhileAlertsAreShownIsAnalysedAtOnce) {
    AlertsModel alerts;
    TodayModel today;
    ASSERT_EQ(alerts.rowCount(), 0);
    ASSERT_EQ(today.logPain(7, {"lower-back"}, {"spasm"}), "");
    ASSERT_EQ(today.logSymptom("foot drop"), "");
    EXPECT_EQ(alerts.currentCount(), 1);
    EXPECT_EQ(alerts.data(alerts.index(0), AlertsModel::SeverityRole).toString(), "urgent");
    EXPECT_EQ(controller->snapshot(), journal().snapshot());
    ASSERT_EQ(today.undo(today.data(today.index(0), TodayModel::EntryIdRole).toInt()), "");
    EXPECT_EQ(controller->snapshot(), journal().snapshot()) << "an undo reads the journal again";
}

TEST_F(ViewModels, ReportExportWritesAPrivateFile) {
    TodayModel today;
    ASSERT_EQ(today.logPain(5, {}, {}), "");
    ReportController report;
    EXPECT_FALSE(report.preview().isEmpty());
    for (const char* format : {"pdf", "html", "csv", "fhir"}) {
        const auto path = dir / (std::string("report.") + format);
        EXPECT_EQ(report.exportTo(format, QString::fromStdString(path.string())), "") << format;
        EXPECT_TRUE(std::filesystem::exists(path)) << format;
        EXPECT_EQ(relief::testing::file_mode(path), 0600u) << format;
    }
    EXPECT_NE(report.exportTo("pdf", QString::fromStdString((dir / "j.db").string())), "")
        << "never over the journal";
    EXPECT_EQ(report.recordVisit(), "");
    EXPECT_EQ(journal().visits().size(), 1u);
}

TEST_F(ViewModels, ReadOnlyRefusesEveryWrite) {
    {
        TodayModel today;
        MedicationsModel meds;
        ASSERT_EQ(meds.add("baclofen", "10mg", "08:00", false, "", "", "2026-03-09"), "");
        ASSERT_EQ(today.logPain(4, {}, {}), "");
    }
    const auto path = QString::fromStdString((dir / "j.db").string());
    controller->closeJournal();
    ASSERT_TRUE(controller->openJournal(path, true));
    ASSERT_TRUE(controller->readOnly());
    const auto before = journal().all_rows();
    TodayModel today;
    MedicationsModel meds;
    DoseSlotsModel doses;
    AlertsModel alerts;
    ReportController report;
    EXPECT_EQ(today.rowCount(), 1) << "the caregiver sees the day";
    for (const QString& error :
         {today.logPain(5, {}, {}), today.logNote("x"), today.undo(1), meds.add("Advil", "400mg", "", true, "", ""),
          meds.stop(0, "", false), doses.take(0), report.recordVisit()})
        EXPECT_TRUE(error.contains("read-only")) << error.toStdString();
    EXPECT_EQ(journal().all_rows(), before);
}

// "I took it at 14:05": logged at that time on the chosen day, so the 14:00 dose is on time
// (logged "now", hours later, it would be late); a time to come or one that does not
// exist is refused with nothing written.
TEST_F(ViewModels, AnEntryLoggedLateKeepsItsOwnTime) {
    ASSERT_EQ(controller->setFixedToday("2026-03-10T18:00"), "");
    MedicationsModel meds;
    ASSERT_EQ(meds.add("baclofen", "10mg", "14:00,22:00", false, "", "", "2026-03-09"), "");
    DoseSlotsModel doses;
    TodayModel today;
    today.setTime("14:05");
    doses.setTime("14:05");
    EXPECT_EQ(today.timeError(), "");
    ASSERT_EQ(doses.take(0), "");
    EXPECT_EQ(doses.data(doses.index(0), DoseSlotsModel::StateRole).toString(), "taken");
    EXPECT_EQ(doses.data(doses.index(0), DoseSlotsModel::LoggedAtRole).toString(), "14:05");
    EXPECT_EQ(doses.data(doses.index(1), DoseSlotsModel::EarlyRole).toBool(), true) << "22:00 is hours after 14:05";
    ASSERT_EQ(today.logPain(4, {}, {}), "");
    EXPECT_EQ(today.data(today.index(0), TodayModel::TimeRole).toString(), "14:05");

    // Yesterday, at a time: the day's list and the dose rows follow the day.
    today.setDay(today.yesterday());
    doses.setDay(today.yesterday());
    today.setTime("");
    EXPECT_NE(today.timeError(), "") << "another day needs a time";
    EXPECT_NE(today.logPain(3, {}, {}), "");
    today.setTime("23:30");
    ASSERT_EQ(today.logPain(3, {}, {}), "");
    ASSERT_EQ(today.rowCount(), 1);
    EXPECT_EQ(today.data(today.index(0), TodayModel::TimeRole).toString(), "23:30");
    const auto rows = journal().all_rows().size();
    today.setDay("");
    today.setTime("25:00");
    EXPECT_TRUE(today.timeError().contains("time")) << today.timeError().toStdString();
    EXPECT_NE(today.logPain(3, {}, {}), "");
    today.setTime("18:01");
    EXPECT_TRUE(today.timeError().contains("passed")) << "later today is the future";
    today.setTime("18:00");
    EXPECT_EQ(today.timeError(), "");
    today.setTime("18:01");
    EXPECT_NE(today.logNote("later"), "");
    EXPECT_EQ(journal().all_rows().size(), rows);
}

TEST_F(ViewModels, EveryFieldOfAnEntryCanBeEditedAsOneNewVersion) {
    TodayModel today;
    ASSERT_EQ(today.logCramp("left-calf", 5, 6), "");
    const int id = today.data(today.index(0), TodayModel::EntryIdRole).toInt();
    const auto fields = today.data(today.index(0), TodayModel::FieldsRole).toMap();
    EXPECT_EQ(fields["location"].toString(), "left-calf");
    EXPECT_EQ(fields["minutes"].toString(), "5");
    const auto rows = journal().all_rows().size();
    EXPECT_EQ(today.editEntry(id, {{"location", "right calf"}, {"minutes", ""}, {"severity", "3"}, {"time", "00:01"}}), "");
    EXPECT_EQ(journal().all_rows().size(), rows + 1) << "the old version stays";
    const auto entries = journal().all_entries();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(std::get<CrampEntry>(entries[0].data), (CrampEntry{"right-calf", std::nullopt, 3}));
    const int edited = today.data(today.index(0), TodayModel::EntryIdRole).toInt();
    for (const QVariantMap& bad : {QVariantMap{{"severity", "11"}}, QVariantMap{{"time", "24:00"}},
                                   QVariantMap{{"score", "5"}}, QVariantMap{{"location", "elbw"}}})
        EXPECT_NE(today.editEntry(edited, bad), "") << bad.firstKey().toStdString();
    EXPECT_EQ(journal().all_rows().size(), rows + 1) << "a refused edit writes nothing";
    EXPECT_NE(today.editEntry(id, {{"minutes", "3"}}), "") << "the replaced version is not current";
}

TEST_F(ViewModels, UndoLastTakesBackWhatThisWindowLoggedLast) {
    EXPECT_EQ(controller->undoLast(), "Nothing logged in this window to undo.");
    TodayModel today;
    ASSERT_EQ(today.logPain(6, {}, {}), "");
    ASSERT_EQ(today.logFluids(1), "");
    EXPECT_TRUE(controller->canUndo());
    EXPECT_TRUE(controller->undoLast().startsWith("Undone: Fluids: 1 glass")) << controller->lastError().toStdString();
    EXPECT_TRUE(controller->undoLast().startsWith("Undone: Pain 6/10"));
    EXPECT_FALSE(controller->canUndo());
    EXPECT_TRUE(journal().all_entries().empty());
    EXPECT_EQ(journal().all_rows().size(), 2u) << "both stay in the history";
}

TEST_F(ViewModels, DarkModeIsRemembered) {
    controller->setDarkMode(true);
    EXPECT_TRUE(AppController(nullptr).darkMode());
    controller->setDarkMode(false);
    EXPECT_FALSE(AppController(nullptr).darkMode());
}

// Alert evidence from core names the settings it used; the window puts them in words.
TEST_F(ViewModels, AlertsOnScreenNameNoSettingKey) {
    const Zone berlin = Zone::locate("Europe/Berlin");
    for (const char* when : {"2026-03-08T09:00", "2026-03-09T09:00", "2026-03-10T09:00"})
        journal().add_entry(Entry{0, parse_when(when, berlin), "Europe/Berlin", {}, CrampEntry{"calf", 5, 6}});
    controller->notifyChanged();
    AlertsModel alerts;
    bool cramps = false;
    for (int row = 0; row < alerts.rowCount(); ++row) {
        const QString evidence = alerts.data(alerts.index(row), AlertsModel::EvidenceRole).toString();
        const QString message = alerts.data(alerts.index(row), AlertsModel::MessageRole).toString();
        cramps |= alerts.data(alerts.index(row), AlertsModel::RuleRole).toString() == "cramps.frequent";
        EXPECT_FALSE(evidence.contains("threshold.")) << evidence.toStdString();
        EXPECT_FALSE(message.contains("threshold.")) << message.toStdString();
    }
    EXPECT_TRUE(cramps) << "the test needs an alert whose evidence names a setting";
    EXPECT_EQ(setting_keys_in_words("a (setting threshold.adherence-low-percent) b max-daily.baclofen."),
              "a (setting “adherence below which baclofen/tizanidine warn”) b “the most a day of baclofen”.");
}

// With the window left open, "later today" becomes "due now" as the clock passes a dose's
// time, and at midnight the page moves on to the new day.
TEST_F(ViewModels, TheDaysDosesFollowTheClock) {
    ASSERT_EQ(controller->setFixedToday("2026-03-10T11:59"), "");
    MedicationsModel meds;
    ASSERT_EQ(meds.add("baclofen", "10mg", "12:00", false, "", "", "2026-03-01"), "");
    DoseSlotsModel doses;
    TodayModel today;
    QSignalSpy day_changed(controller.get(), &AppController::changed);
    EXPECT_EQ(doses.data(doses.index(0), DoseSlotsModel::StateRole).toString(), "upcoming");
    QSignalSpy resets(&doses, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy updates(&doses, &QAbstractItemModel::dataChanged);
    controller->tick();
    EXPECT_EQ(updates.count(), 0) << "a minute that changes nothing updates nothing";
    ASSERT_EQ(controller->setFixedToday("2026-03-10T12:01"), "");
    controller->tick();
    EXPECT_EQ(doses.data(doses.index(0), DoseSlotsModel::StateRole).toString(), "overdue");
    EXPECT_EQ(updates.count(), 1);
    EXPECT_EQ(resets.count(), 0) << "the same slots are updated in place: a focused button keeps its focus";
    EXPECT_EQ(doses.dueCount(), 1);
    ASSERT_EQ(today.logPain(3, {}, {}), "");
    ASSERT_EQ(today.rowCount(), 1);
    ASSERT_EQ(controller->setFixedToday("2026-03-11T00:01"), "");
    day_changed.clear();
    controller->tick();
    EXPECT_GE(day_changed.count(), 1) << "a new day reloads everything";
    EXPECT_EQ(controller->todayText(), "2026-03-11");
    EXPECT_EQ(today.rowCount(), 0) << "the new day's log is empty";
    EXPECT_EQ(doses.data(doses.index(0), DoseSlotsModel::StateRole).toString(), "upcoming");
}

// Added at 15:40 today: the morning's dose was never expected, so it is neither missed
// nor due; the evening's is. One logged for the morning after all still counts.
TEST_F(ViewModels, AMedicationAddedThisAfternoonDoesNotMissTheMorningDose) {
    ASSERT_EQ(controller->setFixedToday("2026-03-10T15:40"), "");
    MedicationsModel meds;
    ASSERT_EQ(meds.add("baclofen", "10mg", "8:00, 20:00", false, "", ""), "");
    DoseSlotsModel doses;
    ASSERT_EQ(doses.rowCount(), 1);
    EXPECT_EQ(doses.data(doses.index(0), DoseSlotsModel::TimeRole).toString(), "20:00");
    EXPECT_EQ(doses.dueCount(), 0);
    TodayModel today;
    today.setTime("08:05");
    doses.setTime("08:05");
    const auto med = journal().medications().at(0);
    const Zone berlin = Zone::locate("Europe/Berlin");
    journal().add_entry(Entry{0, parse_when("2026-03-10T08:05", berlin), "Europe/Berlin", {},
                              DoseEntry{med.id, med.dose, DoseStatus::taken, parse_when("2026-03-10T08:00", berlin)}});
    controller->notifyChanged();
    ASSERT_EQ(doses.rowCount(), 2) << "an answered morning dose is listed";
    EXPECT_EQ(doses.data(doses.index(0), DoseSlotsModel::StateRole).toString(), "taken");
}

// A change of dose from a day: the Today page offers the new dose from that day on.
TEST_F(ViewModels, ADoseChangeFromADayIsWhatTodayOffers) {
    MedicationsModel meds;
    ASSERT_EQ(meds.add("baclofen", "10mg", "08:00,20:00", false, "", "", "2026-03-01"), "");
    EXPECT_NE(meds.change(0, "15mg", "08:00,20:00", false, "2026-02-01"), "") << "before the start";
    EXPECT_NE(meds.change(0, "abc", "08:00,20:00", false, "2026-03-08"), "");
    EXPECT_TRUE(journal().medications().at(0).steps.empty());
    ASSERT_EQ(meds.change(0, "15mg", "8:00, 20:00", false, "2026-03-08"), "");
    DoseSlotsModel doses;
    ASSERT_EQ(doses.rowCount(), 2);
    EXPECT_EQ(doses.data(doses.index(0), DoseSlotsModel::DoseRole).toString(), "15 mg");
    ASSERT_EQ(doses.take(0), "");
    EXPECT_EQ(std::get<DoseEntry>(journal().all_entries().at(0).data).amount, Amount::milligrams(15));
    EXPECT_TRUE(meds.data(meds.index(0), MedicationsModel::HistoryRole).toString().contains("before: 10 mg"));
    ASSERT_EQ(meds.removeChange(0, "2026-03-08"), "");
    EXPECT_TRUE(journal().medications().at(0).steps.empty());
    EXPECT_FALSE(meds.classWords().contains("cyp1a2-inhibitor"));
    EXPECT_EQ(meds.classWords().size(), meds.classes().size());
}

// The reminder service answers a notification in its own connection: the window sees the
// entry at its next poll of the journal, as if it had logged it itself.
TEST_F(ViewModels, AnEntryWrittenElsewhereAppearsAfterThePoll) {
    TodayModel today;
    QAbstractItemModelTester tester(&today, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(today.rowCount(), 0);
    const Zone berlin = Zone::locate("Europe/Berlin");
    {
        auto service = storage::Journal::open(dir / "j.db", storage::OpenMode::read_write,
                                              [&] { return parse_when("2026-03-10T12:00", berlin); });
        service.add_entry(Entry{0, parse_when("2026-03-10T00:05", berlin), "Europe/Berlin", {}, PainEntry{5, {}, {}}});
    }
    EXPECT_EQ(today.rowCount(), 0) << "not before the poll";
    QSignalSpy changed(controller.get(), &AppController::changed);
    EXPECT_TRUE(QTest::qWaitFor([&] { return today.rowCount() == 1; }, 3 * AppController::poll_interval_ms))
        << "the entry written through a second Journal is shown after the poll";
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(today.data(today.index(0), TodayModel::TextRole).toString().contains("Pain 5")) << 
        today.data(today.index(0), TodayModel::TextRole).toString().toStdString();

    // The window's own writes move nothing: no second refresh for them.
    changed.clear();
    ASSERT_EQ(today.logPain(3, {}, {}), "");
    const int after_own = int(changed.count());
    controller->checkOutsideWrites();
    EXPECT_EQ(changed.count(), after_own) << "the poll does not refresh for the window's own entry";
}

TEST_F(ViewModels, TheRemindersSwitchWritesAndRemovesTheAutostartEntry) {
    RemindersController reminders;
    EXPECT_FALSE(reminders.on());
    EXPECT_TRUE(reminders.canChange());
    EXPECT_EQ(reminders.setOn(true), "");
    EXPECT_TRUE(reminders.on());
    EXPECT_EQ(journal().setting("reminders.enabled").value_or(""), "yes");
    ASSERT_TRUE(QFileInfo::exists(autostart()));
    EXPECT_EQ(mode_of(autostart()), 0600u);
    EXPECT_EQ(mode_of(config + "/autostart"), 0700u);
    EXPECT_EQ(mode_of(config), 0700u) << "missing parents are made private too";
    const QString text = read_text(autostart());
    EXPECT_TRUE(text.startsWith("[Desktop Entry]\n"));
    for (const QString& line : {QString("Type=Application"), QString("Name=Relief Journal reminders"),
                               QString("X-GNOME-Autostart-enabled=true"), QString("NoDisplay=true"),
                               "Exec=" + QFileInfo(RELIEF_REMINDERS_BIN).absoluteFilePath() + " --journal " +
                                   journal_path()})
        EXPECT_TRUE(text.split('\n').contains(line)) << line.toStdString() << " in\n" << text.toStdString();

    // Only the entry is not enough: the journal must say so too (and the other way round).
    ASSERT_EQ(reminders.set("repeat-minutes", "20"), "");
    journal().set_setting("reminders.enabled", "no");
    reminders.refresh();
    EXPECT_FALSE(reminders.on());
    journal().set_setting("reminders.enabled", "yes");
    reminders.refresh();
    EXPECT_TRUE(reminders.on());

    EXPECT_EQ(reminders.setOn(false), "");
    EXPECT_FALSE(reminders.on());
    EXPECT_FALSE(QFileInfo::exists(autostart()));
    EXPECT_EQ(journal().setting("reminders.enabled").value_or(""), "no");
    EXPECT_EQ(reminders.setOn(false), "") << "off twice is fine";
}

TEST_F(ViewModels, AnAutostartEntrySwitchedOffOnTheDesktopOrForAnotherJournalIsNotOn) {
    RemindersController reminders;
    ASSERT_EQ(reminders.setOn(true), "");
    // The desktop's "Startup Applications" switched it off.
    QString text = read_text(autostart());
    text.replace("X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false");
    relief::testing::write_file(autostart().toStdString(), text.toStdString());
    reminders.refresh();
    EXPECT_FALSE(reminders.on()) << "the switch shows what will really happen at login";
    ASSERT_EQ(reminders.setOn(true), "");
    EXPECT_TRUE(reminders.on());
    EXPECT_TRUE(read_text(autostart()).contains("X-GNOME-Autostart-enabled=true"));

    // Another journal's entry: not on for this one, and switching off leaves it alone.
    reminders::write_autostart(RELIEF_REMINDERS_BIN, config + "/other.db");
    reminders.refresh();
    EXPECT_FALSE(reminders.on());
    EXPECT_EQ(reminders.setOn(false), "");
    EXPECT_TRUE(read_text(autostart()).contains("other.db")) << "another journal's entry is left";
}

TEST_F(ViewModels, AutostartExecIsQuotedAsTheDesktopEntrySpecAsks) {
    using reminders::desktop_exec;
    EXPECT_EQ(desktop_exec({"/usr/bin/relief-reminders", "--journal", "/home/sam/journal.db"}),
              "/usr/bin/relief-reminders --journal /home/sam/journal.db");
    EXPECT_EQ(desktop_exec({"/opt/Relief Journal/relief-reminders", "--journal", "/home/sam/My journal.db"}),
              "\"/opt/Relief Journal/relief-reminders\" --journal \"/home/sam/My journal.db\"");
    // Inside quotes ", `, $ and \ are escaped; then the value's own escape doubles each \.
    EXPECT_EQ(desktop_exec({"/x/a\"b`c$d\\e"}), "\"/x/a\\\\\"b\\\\`c\\\\$d\\\\\\\\e\"");
    EXPECT_EQ(desktop_exec({"/x/100%.db"}), "/x/100%%.db") << "% starts a field code";
    EXPECT_EQ(desktop_exec({"/x/it's;(1)"}), "\"/x/it's;(1)\"");
    EXPECT_EQ(desktop_exec({"/x/new\nline"}), "\"/x/new\\nline\"");
    EXPECT_EQ(desktop_exec({""}), "\"\"");

    // A journal with a space in its path is recognised as switched on.
    const QString spaced = QString::fromStdString((dir / "my journal.db").string());
    reminders::write_autostart(RELIEF_REMINDERS_BIN, spaced);
    EXPECT_TRUE(reminders::autostart_starts(spaced));
    EXPECT_FALSE(reminders::autostart_starts(journal_path()));
    EXPECT_TRUE(read_text(autostart()).contains("--journal \"" + spaced + "\""));
}

TEST_F(ViewModels, ReminderSettingsAreCheckedByCoreAndARefusalChangesNothing) {
    RemindersController reminders;
    EXPECT_EQ(reminders.settings().value("repeat-minutes").toString(), "15") << "core's default";
    EXPECT_EQ(reminders.settings().value("quiet-hours").toString(), "off");
    EXPECT_EQ(reminders.settings().value("quiet-from").toString(), "22:00") << "a suggestion while off";
    QSignalSpy settings_changed(&reminders, &RemindersController::settingsChanged);
    const QString refused = reminders.set("repeat-minutes", "500");
    EXPECT_TRUE(refused.contains("“500”")) << refused.toStdString();
    EXPECT_TRUE(refused.contains("0 to 120")) << refused.toStdString();
    EXPECT_FALSE(refused.contains("reminders.")) << "no setting key on screen: " << refused.toStdString();
    EXPECT_FALSE(journal().setting("reminders.repeat-minutes").has_value());
    EXPECT_EQ(settings_changed.count(), 0);

    const QString quiet = reminders.setQuietHours(true, "25:00", "07:00");
    EXPECT_TRUE(quiet.contains("25:00-07:00")) << quiet.toStdString();
    EXPECT_FALSE(journal().setting("reminders.quiet-hours").has_value());
    EXPECT_EQ(reminders.setQuietHours(true, "22:30", "6:45"), "");
    EXPECT_EQ(journal().setting("reminders.quiet-hours").value_or(""), "22:30-06:45");
    EXPECT_EQ(reminders.settings().value("quiet-until").toString(), "06:45");
    EXPECT_EQ(reminders.setQuietHours(false, "", ""), "");
    EXPECT_EQ(journal().setting("reminders.quiet-hours").value_or(""), "off");

    EXPECT_EQ(reminders.set("hide-names", "yes"), "");
    EXPECT_EQ(reminders.settings().value("hide-names").toString(), "yes");
    EXPECT_EQ(reminders.set("snooze-minutes", " 5 "), "");
    EXPECT_EQ(journal().setting("reminders.snooze-minutes").value_or(""), "5");
    EXPECT_NE(reminders.set("snooze-minutes", "0"), "");
    EXPECT_NE(reminders.set("enabled", "yes"), "") << "only the switch turns them on";
    EXPECT_FALSE(journal().setting("reminders.enabled").has_value());
    EXPECT_NE(reminders.set("volume", "3"), "");
}

TEST_F(ViewModels, RemindersCannotBeChangedInAReadOnlyJournal) {
    const QString path = journal_path();
    controller->closeJournal();
    ASSERT_TRUE(controller->openJournal(path, true));
    RemindersController reminders;
    EXPECT_FALSE(reminders.canChange());
    EXPECT_NE(reminders.setOn(true), "");
    EXPECT_FALSE(QFileInfo::exists(autostart())) << "a refused switch writes no entry";
    EXPECT_NE(reminders.set("repeat-minutes", "20"), "");
    EXPECT_FALSE(reminders.on());
}

TEST_F(ViewModels, WithoutTheServiceProgramTheSwitchChangesNothing) {
    RemindersController::setServiceProgram("");
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QByteArray(dir.path().c_str()));
    RemindersController reminders;
    const QString answer = reminders.setOn(true);
    qputenv("PATH", path);
    EXPECT_TRUE(answer.contains("relief-reminders")) << answer.toStdString();
    EXPECT_FALSE(reminders.on());
    EXPECT_FALSE(journal().setting("reminders.enabled").has_value());
    EXPECT_FALSE(QFileInfo::exists(autostart()));
    EXPECT_TRUE(reminders::find_service_program(QFileInfo(RELIEF_REMINDERS_BIN).absolutePath() + "/../qml")
                    .endsWith("/reminders/relief-reminders"))
        << "the build tree: build/qml/relief-journal finds build/reminders/relief-reminders";
}

// What the card says depends on the desktop: a private bus plays it.
TEST_F(ViewModels, TheRemindersCardSaysWhatThisDesktopCanDo) {
    RemindersController::setBus("unix:path=/nonexistent/bus");
    {
        RemindersController nowhere;
        EXPECT_TRUE(nowhere.status().contains("no session bus")) << nowhere.status().toStdString();
        EXPECT_TRUE(nowhere.status().contains("nothing is lost"));
    }
    PrivateBus bus("view-models-test", RELIEF_PRIVATE_BUS_CONF);
    ASSERT_FALSE(bus.address().isEmpty()) << "dbus-daemon did not start (Debian package dbus)";
    RemindersController::setBus(bus.address());
    ASSERT_EQ(controller->setFixedToday("2026-03-10T12:00"), "");
    controller->tick();
    MedicationsModel meds;
    ASSERT_EQ(meds.add("baclofen", "10mg", "20:00", false, "", "", "2026-03-01"), "");
    RemindersController reminders;
    EXPECT_EQ(reminders.status(),
              "This desktop has no notification service: reminders cannot be shown. The Today page still shows "
              "what is due; nothing is lost.");
    QDBusConnection desktop = bus.connection();
    ASSERT_TRUE(desktop.registerService("org.freedesktop.Notifications"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return reminders.status().startsWith("Reminders are off."); }, 5000))
        << reminders.status().toStdString();
    ASSERT_EQ(reminders.setOn(true), "");
    EXPECT_TRUE(reminders.status().contains("not running")) << reminders.status().toStdString();
    EXPECT_TRUE(reminders.canStart());
    ASSERT_TRUE(desktop.registerService("org.reliefjournal.Reminders"));  // as relief-reminders does
    EXPECT_TRUE(QTest::qWaitFor([&] { return reminders.status().startsWith("Reminders are on: the next one is at"); },
                                5000))
        << reminders.status().toStdString();
    EXPECT_TRUE(reminders.status().contains("baclofen 10 mg", Qt::CaseInsensitive)) << reminders.status().toStdString();
    EXPECT_FALSE(reminders.canStart());
    ASSERT_TRUE(desktop.unregisterService("org.reliefjournal.Reminders"));  // it ended
    EXPECT_TRUE(QTest::qWaitFor([&] { return reminders.status().contains("not running"); }, 5000))
        << reminders.status().toStdString();
    RemindersController::setBus({});
}

// Issue 15: the Today page's Check-ins. On a journal with nothing logged the PEG and sleep
// are due; each answer is logged now and takes its item off the card; what core refuses
// is said and nothing is written.
TEST_F(ViewModels, CheckinsAreDueAnsweredAndGone) {
    CheckinsController checkins;
    QSignalSpy changed(&checkins, &CheckinsController::changed);
    EXPECT_TRUE(checkins.shown());
    EXPECT_TRUE(checkins.pegDue());
    EXPECT_TRUE(checkins.sleepDue());
    EXPECT_FALSE(checkins.pgicDue());
    EXPECT_TRUE(checkins.goalsDue().isEmpty());
    EXPECT_TRUE(checkins.canAddGoal());

    EXPECT_TRUE(checkins.logPeg(6, -1, 7).contains("enjoyment of life")) << "an unanswered question is named";
    EXPECT_NE(checkins.logPeg(6, 11, 7), "") << "core's range";
    EXPECT_TRUE(checkins.logSleep("25h", -1).contains("“25h” is not possible")) << checkins.logSleep("25h", -1).toStdString();
    EXPECT_NE(checkins.logSleep("", 5), "");
    EXPECT_NE(checkins.logSleep("7", 11), "");
    EXPECT_TRUE(journal().all_rows().empty()) << "nothing refused is written";
    EXPECT_EQ(changed.count(), 0);

    ASSERT_EQ(checkins.logPeg(6, 5, 7), "");
    EXPECT_FALSE(checkins.pegDue());
    EXPECT_TRUE(checkins.shown());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(checkins.logged(), "Logged: PEG 6.0: pain 6, enjoyment of life 5, general activity 7.");
    ASSERT_EQ(checkins.logSleep(" 6h30 ", 4), "");
    EXPECT_FALSE(checkins.sleepDue());
    EXPECT_FALSE(checkins.shown()) << "nothing else is due";
    EXPECT_EQ(checkins.logged(), "Logged: Sleep: 6 h 30 min, quality 4/10. Nothing else to check in today.");
    const auto entries = journal().all_entries();
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(std::get<PegEntry>(entries[0].data), (PegEntry{6, 5, 7}));
    EXPECT_EQ(std::get<SleepEntry>(entries[1].data), (SleepEntry{390, 4}));
    EXPECT_EQ(format_day(entries[1].day), "2026-03-10");
    EXPECT_TRUE(controller->canUndo()) << "Ctrl+Z takes a check-in back like any entry";

    // The next day: sleep again, the PEG not before a week has passed.
    ASSERT_EQ(controller->setFixedToday("2026-03-11"), "");
    controller->tick();
    EXPECT_TRUE(checkins.sleepDue());
    EXPECT_FALSE(checkins.pegDue());
    ASSERT_EQ(controller->setFixedToday("2026-03-17"), "");
    controller->tick();
    EXPECT_TRUE(checkins.pegDue());
}

TEST_F(ViewModels, GoalsAreAddedCheckedOffAndRemoved) {
    CheckinsController checkins;
    EXPECT_EQ(checkins.maxGoals(), 2);
    ASSERT_EQ(checkins.addGoal("  walk the dog 20 minutes "), "");
    EXPECT_EQ(journal().setting("goal.1"), "walk the dog 20 minutes");
    EXPECT_TRUE(checkins.addGoal("Walk the dog 20 minutes").contains("it is goal 1")) << "core refuses it twice";
    EXPECT_NE(checkins.addGoal("   "), "");
    ASSERT_EQ(checkins.addGoal("sit through a work day"), "");
    EXPECT_FALSE(checkins.canAddGoal());
    EXPECT_TRUE(checkins.addGoal("garden").contains("at most 2 goals")) << checkins.addGoal("garden").toStdString();
    ASSERT_EQ(checkins.goals().size(), 2);
    ASSERT_EQ(checkins.goalsDue().size(), 2);
    EXPECT_EQ(checkins.goalsDue()[1].toMap()["text"].toString(), "sit through a work day");
    EXPECT_EQ(checkins.goalsDue()[1].toMap()["slot"].toInt(), 2);

    ASSERT_EQ(checkins.logGoal(1, true), "");
    ASSERT_EQ(checkins.logGoal(2, false), "");
    EXPECT_TRUE(checkins.goalsDue().isEmpty());
    const auto entries = journal().all_entries();
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(std::get<GoalEntry>(entries[0].data), (GoalEntry{"walk the dog 20 minutes", true}));
    EXPECT_EQ(std::get<GoalEntry>(entries[1].data), (GoalEntry{"sit through a work day", false}));

    ASSERT_EQ(checkins.removeGoal(1), "");
    EXPECT_EQ(journal().setting("goal.1").value_or(""), "");
    EXPECT_EQ(checkins.goals().size(), 1);
    EXPECT_TRUE(checkins.canAddGoal());
    EXPECT_NE(checkins.removeGoal(1), "") << "no goal 1 any more";
    EXPECT_NE(checkins.logGoal(1, true), "");
    EXPECT_EQ(journal().all_entries().size(), 2u) << "the days checked off stay";
}

// The global impression of change at a checkpoint: pain every day since 1 February puts
// 10 March in week 6 of the episode.
TEST_F(ViewModels, TheGlobalImpressionIsAskedAtACheckpointOnce) {
    const Zone berlin = journal().home_zone();
    for (LocalDay d = parse_day("2026-02-01"); d < parse_day("2026-03-10"); d += date::days{1})
        journal().add_entry(Entry{0, berlin.resolve_scheduled(d + std::chrono::hours{9}), "Europe/Berlin", {}, PainEntry{6, {}, {}}});
    CheckinsController checkins;
    EXPECT_TRUE(checkins.pgicDue());
    EXPECT_EQ(checkins.pgicWhy(), "week 6 of this pain episode");
    const QStringList choices = checkins.pgicChoices();
    ASSERT_EQ(choices.size(), 7);
    EXPECT_EQ(choices.front(), "Very much improved");
    EXPECT_EQ(choices[3], "No change");
    EXPECT_EQ(choices.back(), "Very much worse");
    EXPECT_NE(checkins.logPgic(8), "");
    ASSERT_EQ(checkins.logPgic(2), "");
    EXPECT_FALSE(checkins.pgicDue());
    EXPECT_EQ(checkins.pgicWhy(), "");
    EXPECT_EQ(std::get<PgicEntry>(journal().all_entries().back().data).answer, 2);
}

TEST_F(ViewModels, CheckinsAreNotAskedInAReadOnlyJournal) {
    {
        CheckinsController checkins;
        ASSERT_EQ(checkins.addGoal("walk the dog"), "");
    }
    controller->closeJournal();
    ASSERT_TRUE(controller->openJournal(journal_path(), true));
    const auto before = journal().all_rows();
    CheckinsController checkins;
    EXPECT_FALSE(checkins.shown()) << "due, but not the caregiver's to answer";
    EXPECT_FALSE(checkins.canChange());
    EXPECT_FALSE(checkins.canAddGoal());
    EXPECT_EQ(checkins.goals().size(), 1) << "the goals can be read";
    for (const QString& error : {checkins.logPeg(1, 2, 3), checkins.logSleep("7", -1), checkins.logGoal(1, true),
                                 checkins.logPgic(4), checkins.addGoal("garden"), checkins.removeGoal(1)})
        EXPECT_TRUE(error.contains("read-only")) << error.toStdString();
    EXPECT_EQ(journal().all_rows(), before);
    EXPECT_EQ(journal().setting("goal.1"), "walk the dog");
}

// The Trends chart draws the function lanes once the period has a PEG, a night's sleep or
// a goal checked, and asks for the room they take.
TEST_F(ViewModels, TheTrendsChartMakesRoomForTheFunctionLanes) {
    TrendsChart chart;
    TodayModel today;
    ASSERT_EQ(today.logPain(5, {}, {}), "");
    EXPECT_FALSE(chart.hasFunction());
    const int before = chart.neededHeight();
    QSignalSpy summary(&chart, &TrendsChart::summaryChanged);
    CheckinsController checkins;
    ASSERT_EQ(checkins.addGoal("walk the dog"), "");
    ASSERT_EQ(checkins.logGoal(1, true), "");
    EXPECT_TRUE(chart.hasFunction()) << "a goal checked is enough";
    EXPECT_GE(summary.count(), 1);
    EXPECT_GT(chart.neededHeight(), before + 100);
}

// The window's own sentences in the language in use: values in their places, decimals and
// days as the language writes them, and English exactly as before.
TEST_F(ViewModels, TheWindowsSentencesSpeakTheLanguageInUse) {
    reports::PainTrend pain;
    pain.baseline = 6.0;
    pain.latest = 4.5;
    pain.change = -1.5;
    pain.days_logged = 9;
    reports::PainTrend few;
    few.days_logged = 1;
    TodayModel today;
    ASSERT_EQ(today.logPain(5, {}, {}), "");
    ReportController report;

    const QString before = i18n::current_language();
    i18n::use_language("es");
    controller->notifyChanged();  // what the Language box does after use_language()
    EXPECT_EQ(pain_sentence(pain), "El dolor bajó 1,5 puntos, de 6,0 a 4,5.");
    EXPECT_EQ(pain_sentence(few), "Aún no hay suficientes niveles de dolor para mostrar un cambio (1 día registrado).");
    EXPECT_TRUE(report.preview().contains(
        "Aún no hay suficientes niveles de dolor para mostrar un cambio (1 día registrado)."))
        << report.preview().join(" | ").toStdString();
    EXPECT_EQ(report.reportLanguages().value(0).toMap().value("name"), "Igual que esta ventana");

    i18n::use_language("de");
    controller->notifyChanged();
    EXPECT_EQ(pain_sentence(pain), "Die Schmerzen sind um 1,5 Punkte gesunken, von 6,0 auf 4,5.");
    EXPECT_TRUE(report.preview().contains(
        "Noch nicht genug Schmerzwerte, um eine Veränderung zu zeigen (1 Tag eingetragen)."))
        << report.preview().join(" | ").toStdString();
    EXPECT_EQ(report.lastVisit(), "keiner eingetragen");

    i18n::use_language("en");
    controller->notifyChanged();
    EXPECT_EQ(pain_sentence(pain), "Pain went down 1.5 points, from 6.0 to 4.5.");
    few.days_logged = 2;
    EXPECT_EQ(pain_sentence(few), "Not enough pain scores to show a change yet (2 days logged).");
    EXPECT_TRUE(report.preview().contains("Not enough pain scores to show a change yet (1 day logged)."));
    i18n::use_language(before);
}

// "Language of the report": the file is written in the clinician's language while the
// window keeps its own, and the choice is only for the report.
TEST_F(ViewModels, TheReportIsWrittenInTheLanguageChosenForIt) {
    TodayModel today;
    ASSERT_EQ(today.logPain(5, {}, {}), "");
    ReportController report;
    const QVariantList choices = report.reportLanguages();
    ASSERT_EQ(choices.size(), 4);
    EXPECT_EQ(choices.value(0).toMap().value("name"), "Same as this window");
    EXPECT_EQ(choices.value(0).toMap().value("code"), "");
    EXPECT_EQ(choices.value(2).toMap().value("name"), "Español");
    EXPECT_EQ(choices.value(3).toMap().value("name"), "Deutsch");
    EXPECT_EQ(report.reportLanguage(), "");

    const QString english = QString::fromStdString((dir / "english.html").string());
    ASSERT_EQ(report.exportTo("html", english), "");
    QSignalSpy changed(&report, &ReportController::reportLanguageChanged);
    report.setReportLanguage("es");
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(report.reportLanguage(), "es");
    const QString spanish = QString::fromStdString((dir / "spanish.html").string());
    ASSERT_EQ(report.exportTo("html", spanish), "");

    // The window is still English, and so is core's text outside the report.
    EXPECT_EQ(i18n::current_language(), "en");
    EXPECT_TRUE(report.preview().contains("Not enough pain scores to show a change yet (1 day logged)."));
    EXPECT_EQ(translate("relief::reports::html_report", "Current alerts"), "Current alerts");
    EXPECT_TRUE(read_text(english).contains("Current alerts"));

    // The report's own words are translated by the reports part of the program.
    const auto es = i18n::load_translations("es");
    const std::string heading = es->find("relief::reports::html_report", "Current alerts", nullptr, -1);
    ASSERT_FALSE(heading.empty()) << "the reports speak Spanish";
    EXPECT_TRUE(read_text(spanish).contains(QString::fromStdString(heading))) << heading;
    EXPECT_FALSE(read_text(spanish).contains("Current alerts"));
}
