#include "qml/alerts_model.h"
#include "qml/app_controller.h"
#include "qml/dose_slots_model.h"
#include "qml/medications_model.h"
#include "qml/report_controller.h"
#include "qml/today_model.h"
#include "core/journal_snapshot.h"
#include "storage/journal.h"
#include "support/temp_dir.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QUrl>
#include <gtest/gtest.h>

using namespace relief;
using namespace relief::app;
using relief::testing::TempDir;

namespace {

QGuiApplication& gui() {
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    static int argc = 1;
    static char name[] = "view_models_test";
    static char* argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
    return app;
}

// A fresh controller over a new journal in a private folder, "today" fixed.
class ViewModels : public ::testing::Test {
protected:
    void SetUp() override {
        gui();
        controller = std::make_unique<AppController>(nullptr);
        ASSERT_TRUE(controller->setFixedToday("2026-03-10").isEmpty());
        ASSERT_TRUE(controller->createJournal(QString::fromStdString((dir / "j.db").string()), "Europe/Berlin"))
            << controller->lastError().toStdString();
    }
    storage::Journal& journal() { return *controller->journal(); }

    TempDir dir;
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
    EXPECT_EQ(meds.add("Flexeril", "5mg", "00:00,23:59", false, "", ""), "");
    EXPECT_EQ(meds.add("Advil", "400mg", "", true, "1200mg", ""), "");
    EXPECT_NE(meds.add("Flexeril", "5mg", "08:00", false, "", ""), "") << "no second Flexeril";
    EXPECT_EQ(meds.rowCount(), 2);
    EXPECT_EQ(journal().medications().size(), 2u);

    DoseSlotsModel doses;
    QAbstractItemModelTester slot_tester(&doses, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(doses.rowCount(), 2);
    EXPECT_TRUE(doses.asNeeded().contains("Advil"));
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
        EXPECT_EQ(report.exportTo(format, QUrl::fromLocalFile(QString::fromStdString(path.string()))), "") << format;
        EXPECT_TRUE(std::filesystem::exists(path)) << format;
        EXPECT_EQ(relief::testing::file_mode(path), 0600u) << format;
    }
    EXPECT_NE(report.exportTo("pdf", QUrl::fromLocalFile(QString::fromStdString((dir / "j.db").string()))), "")
        << "never over the journal";
    EXPECT_EQ(report.recordVisit(), "");
    EXPECT_EQ(journal().visits().size(), 1u);
}

TEST_F(ViewModels, ReadOnlyRefusesEveryWrite) {
    {
        TodayModel today;
        MedicationsModel meds;
        ASSERT_EQ(meds.add("baclofen", "10mg", "08:00", false, "", ""), "");
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
