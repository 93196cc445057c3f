#include "journal_builder.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace relief {
namespace {

using testing::JournalBuilder;
using testing::of_rule;

constexpr const char* rule = "withdrawal.abrupt-stop";

bool has_evidence(const Alert& a, const std::string& label, const std::string& part) {
    return std::any_of(a.evidence.begin(), a.evidence.end(), [&](const Evidence& e) {
        return e.label == label && e.value.find(part) != std::string::npos;
    });
}

// Zanaflex 4 mg three times a day, every dose taken from 2026-03-01 through `last`.
JournalBuilder tizanidine_until(const std::string& last) {
    JournalBuilder b;
    const auto id = b.med("Zanaflex", "4mg", "08:00,14:00,20:00", "2026-03-01");
    b.take_daily(id, "2026-03-01", last);
    return b;
}

JournalBuilder baclofen_until(const std::string& last) {
    JournalBuilder b;
    const auto id = b.med("Lioresal", "10mg", "08:00,20:00", "2026-03-01");
    b.take_daily(id, "2026-03-01", last);
    return b;
}

TEST(WithdrawalRule, TizanidineStoppedAfterFourteenDaysWarns) {
    auto b = tizanidine_until("2026-03-14");
    const auto alerts = of_rule(b.analyse("2026-03-15"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::warning);
    EXPECT_EQ(a.subject, "tizanidine stop on 2026-03-15");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-15"));
    EXPECT_EQ(a.title, "Zanaflex stopped suddenly");
    EXPECT_EQ(a.message,
              "Stopping Zanaflex (tizanidine) suddenly can cause withdrawal. Do not stop without a "
              "plan from "
              "your clinician.");
    EXPECT_TRUE(has_evidence(a, "Regular use", "2026-03-01 to 2026-03-14 (14 days)"));
    EXPECT_TRUE(has_evidence(a, "Daily dose on 2026-03-14", "12 mg"));
    EXPECT_TRUE(has_evidence(a, "First day without a dose", "2026-03-15"));
    EXPECT_TRUE(has_evidence(a, "Threshold",
                             "14 days of regular use (setting threshold.tizanidine-regular-days)"));
    EXPECT_NE(std::find(a.sources.begin(), a.sources.end(), "Zanaflex (tizanidine) US label"),
              a.sources.end());
}

TEST(WithdrawalRule, TizanidineStoppedAfterThirteenDaysIsSilent) {
    auto b = tizanidine_until("2026-03-13");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-14"), rule).empty());
    EXPECT_TRUE(of_rule(b.analyse("2026-03-20"), rule).empty());
}

TEST(WithdrawalRule, WaitsUntilTheDayWithoutADose) {
    auto b = tizanidine_until("2026-03-14");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-14"), rule).empty());
}

TEST(WithdrawalRule, SameStopKeepsItsIdentityLater) {
    auto b = tizanidine_until("2026-03-14");
    const auto later = of_rule(b.analyse("2026-04-10"), rule);
    ASSERT_EQ(later.size(), 1u);
    EXPECT_EQ(later[0].subject, "tizanidine stop on 2026-03-15");
    EXPECT_EQ(later[0].raised_on, JournalBuilder::day("2026-03-15"));
}

TEST(WithdrawalRule, BaclofenAfterSevenDaysWarnsAndSixIsSilent) {
    auto seven = baclofen_until("2026-03-07");
    const auto alerts = of_rule(seven.analyse("2026-03-08"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].severity, AlertSeverity::warning);
    EXPECT_EQ(alerts[0].subject, "baclofen stop on 2026-03-08");
    EXPECT_NE(alerts[0].message.find("Lioresal (baclofen)"), std::string::npos);
    EXPECT_TRUE(has_evidence(alerts[0], "Threshold",
                             "7 days of regular use (setting threshold.baclofen-regular-days)"));

    auto six = baclofen_until("2026-03-06");
    EXPECT_TRUE(of_rule(six.analyse("2026-03-07"), rule).empty());
}

TEST(WithdrawalRule, ThresholdSettingMovesTheBoundary) {
    Thresholds t;
    t.baclofen_regular_days = 8;
    auto seven = baclofen_until("2026-03-07");
    EXPECT_TRUE(of_rule(seven.analyse("2026-03-08", t), rule).empty());
    auto eight = baclofen_until("2026-03-08");
    const auto alerts = of_rule(eight.analyse("2026-03-09", t), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(has_evidence(alerts[0], "Threshold", "8 days of regular use"));
}

TEST(WithdrawalRule, RegularUseAllowsMissedDaysButNotTooMany) {
    // Taken on 5 of every 7 days stays regular use: the gap days are stops of their own.
    JournalBuilder b;
    const auto id = b.med("Lioresal", "10mg", "08:00,20:00", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-05");
    b.take_daily(id, "2026-03-07", "2026-03-08");
    const auto alerts = of_rule(b.analyse("2026-03-09"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "baclofen stop on 2026-03-09");
    EXPECT_TRUE(has_evidence(alerts[0], "Regular use", "2026-03-01 to 2026-03-08 (8 days)"));

    // Every other day is not regular use, however long it goes on.
    JournalBuilder sparse;
    const auto s = sparse.med("Lioresal", "10mg", "08:00,20:00", "2026-03-01");
    for (auto d = JournalBuilder::day("2026-03-01"); d <= JournalBuilder::day("2026-03-27");
         d += date::days{2})
        sparse.take_daily(s, format_day(d), format_day(d));
    EXPECT_TRUE(of_rule(sparse.analyse("2026-03-31"), rule).empty());
}

TEST(WithdrawalRule, TaperPlanSilencesIt) {
    JournalBuilder b;
    const auto id = b.med("Zanaflex", "4mg", "08:00,14:00,20:00", "2026-03-01", "2026-03-20");
    b.medication(id).taper = true;
    b.take_daily(id, "2026-03-01", "2026-03-20");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-25"), rule).empty());

    b.medication(id).taper = false;
    const auto alerts = of_rule(b.analyse("2026-03-25"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "tizanidine stop on 2026-03-21");
}

TEST(WithdrawalRule, SymptomsWithinAWeekMakeItUrgent) {
    auto b = baclofen_until("2026-03-07");
    b.symptom("2026-03-15T10:00", "confusion");  // stop day + 7
    const auto alerts = of_rule(b.analyse("2026-03-16"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].severity, AlertSeverity::urgent);
    EXPECT_TRUE(has_evidence(alerts[0], "Logged after the stop", "confusion on 2026-03-15"));
    EXPECT_NE(alerts[0].message.find("seek urgent care or contact your clinician now."),
              std::string::npos);
}

TEST(WithdrawalRule, SymptomsAfterTheWeekStayWarning) {
    auto b = baclofen_until("2026-03-07");
    b.symptom("2026-03-16T10:00", "confusion");  // stop day + 8
    const auto alerts = of_rule(b.analyse("2026-03-16"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].severity, AlertSeverity::warning);
}

TEST(WithdrawalRule, WithdrawalSideEffectsAlsoCount) {
    auto halluc = tizanidine_until("2026-03-14");
    halluc.side_effect("2026-03-16T22:00", "hallucinations", Severity::severe);
    EXPECT_EQ(of_rule(halluc.analyse("2026-03-17"), rule).at(0).severity, AlertSeverity::urgent);

    auto palp = tizanidine_until("2026-03-14");
    palp.side_effect("2026-03-16T22:00", "fast-heartbeat", Severity::moderate);
    EXPECT_EQ(of_rule(palp.analyse("2026-03-17"), rule).at(0).severity, AlertSeverity::urgent);

    auto other = tizanidine_until("2026-03-14");
    other.side_effect("2026-03-16T22:00", "dry-mouth", Severity::severe);
    other.symptom("2026-03-16T22:00", "back-pain");
    EXPECT_EQ(of_rule(other.analyse("2026-03-17"), rule).at(0).severity, AlertSeverity::warning);
}

TEST(WithdrawalRule, EveryListedSymptomCounts) {
    for (const std::string name :
         {"hallucinations", "confusion", "seizure", "fever", "palpitations", "severe-spasms"}) {
        auto b = baclofen_until("2026-03-07");
        b.symptom("2026-03-08T18:00", name);
        EXPECT_EQ(of_rule(b.analyse("2026-03-09"), rule).at(0).severity, AlertSeverity::urgent)
            << name;
    }
}

// Zanaflex 12 mg a day for 14 days, then `morning` + `noon` on 2026-03-15.
JournalBuilder tizanidine_drop(const std::string& morning, const std::string& noon) {
    JournalBuilder b;
    const auto id = b.med("Zanaflex", "4mg", "08:00,14:00,20:00", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-14");
    b.dose(id, "2026-03-15T08:00", morning);
    b.dose(id, "2026-03-15T14:00", noon);
    return b;
}

TEST(WithdrawalRule, TizanidineDropOfMoreThanFourMgWarns) {
    auto b = tizanidine_drop("4mg", "3.5mg");  // 12 mg -> 7.5 mg
    const auto alerts = of_rule(b.analyse("2026-03-15"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].severity, AlertSeverity::warning);
    EXPECT_EQ(alerts[0].subject, "tizanidine stop on 2026-03-15");
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-15"));
    EXPECT_EQ(alerts[0].title, "Zanaflex cut down suddenly");
    EXPECT_NE(alerts[0].message.find("Cutting down Zanaflex (tizanidine) suddenly"),
              std::string::npos);
    EXPECT_TRUE(has_evidence(alerts[0], "Daily dose on 2026-03-15", "7.5 mg"));
    EXPECT_TRUE(has_evidence(alerts[0], "Threshold",
                             "more than 4 mg a day (setting threshold.tizanidine-drop-mg)"));
}

TEST(WithdrawalRule, TizanidineDropOfExactlyFourMgIsSilent) {
    auto b = tizanidine_drop("4mg", "4mg");  // 12 mg -> 8 mg
    EXPECT_TRUE(of_rule(b.analyse("2026-03-15"), rule).empty());
}

TEST(WithdrawalRule, DropThresholdSettingMovesTheBoundary) {
    Thresholds t;
    t.tizanidine_drop_mg = 5;
    auto b = tizanidine_drop("4mg", "3.5mg");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-15", t), rule).empty());
    auto c = tizanidine_drop("4mg", "2.5mg");  // a drop of 5.5 mg
    EXPECT_EQ(of_rule(c.analyse("2026-03-15", t), rule).size(), 1u);
}

TEST(WithdrawalRule, BaclofenDropsDoNotCount) {
    JournalBuilder b;
    const auto id = b.med("Lioresal", "20mg", "08:00,20:00", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-14");
    b.dose(id, "2026-03-15T08:00", "5mg");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-15"), rule).empty());
}

JournalBuilder soma_until(const std::string& last) {
    JournalBuilder b;
    const auto id = b.med("Soma", "350mg", "08:00,20:00", "2026-03-01");
    b.take_daily(id, "2026-03-01", last);
    return b;
}

TEST(WithdrawalRule, CarisoprodolStoppedAfterMoreThanThreeWeeksIsInfo) {
    auto b = soma_until("2026-03-22");  // 22 days
    const auto alerts = of_rule(b.analyse("2026-03-26"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::info);
    EXPECT_EQ(a.subject, "carisoprodol stop on 2026-03-23");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-23"));
    EXPECT_EQ(a.title, "Soma stopped after 22 days");
    EXPECT_EQ(a.message,
              "Stopping Soma (carisoprodol) after 22 days can cause withdrawal. Do not stop "
              "without a plan from "
              "your clinician.");
    EXPECT_TRUE(has_evidence(a, "Course", "2026-03-01 to 2026-03-22 (22 days)"));
    EXPECT_TRUE(
        has_evidence(a, "Threshold", "more than 21 days (setting threshold.carisoprodol-days)"));
    EXPECT_EQ(a.sources.front(), "Soma (carisoprodol) US label");
}

TEST(WithdrawalRule, CarisoprodolAfterTwentyOneDaysIsSilent) {
    auto b = soma_until("2026-03-21");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-30"), rule).empty());
}

TEST(WithdrawalRule, CarisoprodolCourseWithinItsGapHasNotStopped) {
    auto b = soma_until("2026-03-22");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-25"), rule).empty());
}

TEST(WithdrawalRule, CarisoprodolThresholdSettingMovesTheBoundary) {
    Thresholds t;
    t.carisoprodol_days = 22;
    auto b = soma_until("2026-03-22");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-26", t), rule).empty());
    t.carisoprodol_days = 20;
    auto c = soma_until("2026-03-21");
    EXPECT_EQ(of_rule(c.analyse("2026-03-26", t), rule).size(), 1u);
}

TEST(WithdrawalRule, AnOldTaperDoesNotSilenceALaterAbruptStop) {
    JournalBuilder b;
    const auto old = b.med("Zanaflex", "4mg", "08:00,14:00,20:00", "2026-01-01", "2026-01-20");
    b.medication(old).taper = true;
    b.take_daily(old, "2026-01-01", "2026-01-20");
    const auto again = b.med("tizanidine", "4mg", "08:00,14:00,20:00", "2026-03-01");
    b.take_daily(again, "2026-03-01", "2026-03-20");
    const auto alerts = of_rule(b.analyse("2026-03-25"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "tizanidine stop on 2026-03-21");
}

// RULES.md: a taper is recognised from --taper and from falling doses. Falling doses
// entered as prescription changes are the prescriber's plan: neither the planned cuts nor
// the recorded stop after them are sudden.
TEST(WithdrawalRule, ATaperEnteredAsPrescriptionChangesIsATaperPlan) {
    JournalBuilder b;
    const auto id = b.med("Zanaflex", "4mg", "08:00,14:00,20:00", "2026-03-01", "2026-03-28");
    b.change(id, "2026-03-15", "2mg", "08:00,14:00,20:00");  // 12 mg -> 6 mg a day
    b.change(id, "2026-03-22", "2mg", "20:00");              // 6 mg -> 2 mg a day
    b.take_daily(id, "2026-03-01", "2026-03-28");
    EXPECT_TRUE(of_rule(b.analyse("2026-04-05"), rule).empty());
}

TEST(WithdrawalRule, TheSameFallingDosesWithoutAPlanWarn) {
    JournalBuilder b;
    const auto id = b.med("Zanaflex", "4mg", "08:00,14:00,20:00", "2026-03-01", "2026-03-28");
    b.take_daily(id, "2026-03-01", "2026-03-14");
    b.take_daily(id, "2026-03-15", "2026-03-21", "2mg");
    for (auto d = JournalBuilder::day("2026-03-22"); d <= JournalBuilder::day("2026-03-28"); d += date::days{1})
        b.dose(id, format_day(d) + "T20:00", "2mg");
    auto alerts = of_rule(b.analyse("2026-04-05"), rule);
    std::sort(alerts.begin(), alerts.end(), [](const Alert& x, const Alert& y) { return x.raised_on < y.raised_on; });
    ASSERT_EQ(alerts.size(), 2u);
    EXPECT_EQ(alerts[0].subject, "tizanidine stop on 2026-03-15");
    EXPECT_EQ(alerts[0].title, "Zanaflex cut down suddenly");
    EXPECT_EQ(alerts[1].subject, "tizanidine stop on 2026-03-29");
}

TEST(WithdrawalRule, ACutTakenADayAfterItsPlannedDayIsStillThePlan) {
    JournalBuilder b;
    const auto id = b.med("Zanaflex", "4mg", "08:00,14:00,20:00", "2026-03-01");
    b.change(id, "2026-03-15", "2mg", "08:00,14:00,20:00");
    b.take_daily(id, "2026-03-01", "2026-03-15", "4mg");  // the old dose once more on the day of the change
    b.take_daily(id, "2026-03-16", "2026-03-25");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-25"), rule).empty());
}

TEST(WithdrawalRule, ARaisedPrescriptionIsNoTaperPlan) {
    JournalBuilder b;
    const auto id = b.med("Zanaflex", "2mg", "08:00,14:00,20:00", "2026-03-01", "2026-03-20");
    b.change(id, "2026-03-08", "4mg", "08:00,14:00,20:00");  // titration up, then a sudden stop
    b.take_daily(id, "2026-03-01", "2026-03-20");
    const auto alerts = of_rule(b.analyse("2026-03-25"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "tizanidine stop on 2026-03-21");
}

TEST(WithdrawalRule, ALoweredPrescriptionDoesNotCoverAStopNobodyRecorded) {
    JournalBuilder b;
    const auto id = b.med("Zanaflex", "4mg", "08:00,14:00,20:00", "2026-03-01");
    b.change(id, "2026-03-15", "2mg", "08:00,14:00,20:00");
    b.take_daily(id, "2026-03-01", "2026-03-28");
    const auto alerts = of_rule(b.analyse("2026-04-05"), rule);
    ASSERT_EQ(alerts.size(), 1u) << "the planned cut is silent; the unplanned stop is not";
    EXPECT_EQ(alerts[0].subject, "tizanidine stop on 2026-03-29");
}

}  // namespace
}  // namespace relief
