// withdrawal.abrupt-stop: raised for a real stop of regularly used baclofen or tizanidine
// (a recorded stop without a taper, or whole days without any dose), current while the
// stop lasts, and never for one skipped or forgotten dose: that belongs to adherence.
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
JournalBuilder tizanidine_until(const std::string& last, const std::string& stop = "") {
    JournalBuilder b;
    const auto id = b.med("Zanaflex", "4mg", "08:00,14:00,20:00", "2026-03-01", stop);
    b.take_daily(id, "2026-03-01", last);
    return b;
}

JournalBuilder baclofen_until(const std::string& last) {
    JournalBuilder b;
    const auto id = b.med("Lioresal", "10mg", "08:00,20:00", "2026-03-01");
    b.take_daily(id, "2026-03-01", last);
    return b;
}

}  // namespace

TEST(WithdrawalRule, TwoWholeDaysWithoutTizanidineWarnAndOneDoesNot) {
    auto b = tizanidine_until("2026-03-14");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-15"), rule).empty()) << "one day without a dose is adherence";
    const auto alerts = of_rule(b.analyse("2026-03-16"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::warning);
    EXPECT_EQ(a.subject, "tizanidine stopped");
    EXPECT_EQ(a.drugs, std::vector<std::string>{"tizanidine"});
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-15"));
    EXPECT_EQ(a.last_seen, JournalBuilder::day("2026-03-16"));
    EXPECT_EQ(a.title, "Zanaflex not taken for 2 days");
    EXPECT_NE(a.message.find("No dose of Zanaflex (tizanidine) is logged since 2026-03-14 (2 whole days)"), std::string::npos)
        << a.message;
    EXPECT_NE(a.message.find("watch for a fast heartbeat, high blood pressure"), std::string::npos) << a.message;
    EXPECT_EQ(a.message.find("Do not stop"), std::string::npos) << "after a stop, what to watch for";
    EXPECT_TRUE(has_evidence(a, "Regular use", "2026-03-01 to 2026-03-14 (14 days)"));
    EXPECT_TRUE(has_evidence(a, "Daily dose on 2026-03-14", "12 mg"));
    EXPECT_TRUE(has_evidence(a, "Days without a dose", "2 (from 2026-03-15)"));
    EXPECT_TRUE(has_evidence(a, "Threshold", "2 whole days without any dose (setting threshold.withdrawal-gap-days)"));
    EXPECT_EQ(a.sources.front(), "Zanaflex (tizanidine) US label");
}

TEST(WithdrawalRule, GapSettingMovesTheBoundary) {
    auto b = tizanidine_until("2026-03-14");
    Thresholds t;
    t.withdrawal_gap_days = 3;
    EXPECT_TRUE(of_rule(b.analyse("2026-03-16", t), rule).empty());
    EXPECT_EQ(of_rule(b.analyse("2026-03-17", t), rule).size(), 1u);
}

TEST(WithdrawalRule, SkippedDosesAndOneForgottenNightAreNotAStop) {
    JournalBuilder b;
    const auto id = b.med("Zanaflex", "2mg", "22:00", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-20");
    b.skipped(id, "2026-03-21T22:00");
    b.take_daily(id, "2026-03-22", "2026-03-30");
    for (const char* day : {"2026-03-21", "2026-03-22", "2026-03-25", "2026-03-31"})
        EXPECT_TRUE(of_rule(b.analyse(day), rule).empty()) << day;
}

TEST(WithdrawalRule, ResolvedWhenDosesResume) {
    JournalBuilder b;
    const auto id = b.med("Zanaflex", "2mg", "22:00", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-20");
    b.take_daily(id, "2026-03-24", "2026-03-30");  // 21-23: three days without
    EXPECT_EQ(of_rule(b.analyse("2026-03-23"), rule).size(), 1u);
    EXPECT_TRUE(of_rule(b.analyse("2026-03-24"), rule).empty()) << "doses resumed: no longer current";
    EXPECT_TRUE(of_rule(b.analyse("2026-03-28"), rule).empty());
}

TEST(WithdrawalRule, ThirteenDaysOfTizanidineIsNotRegularEnough) {
    auto b = tizanidine_until("2026-03-13");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-16"), rule).empty());
    auto c = tizanidine_until("2026-03-14");
    EXPECT_EQ(of_rule(c.analyse("2026-03-16"), rule).size(), 1u);
}

TEST(WithdrawalRule, BaclofenAfterSevenDaysWarnsAndSixIsSilent) {
    auto b = baclofen_until("2026-03-07");
    const auto alerts = of_rule(b.analyse("2026-03-09"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "baclofen stopped");
    EXPECT_NE(alerts[0].message.find("hallucinations, confusion, seizures"), std::string::npos);
    EXPECT_EQ(alerts[0].sources, (std::vector<std::string>{"Baclofen (Lioresal) US label",
                                                            "Baclofen vs. Flexeril, J. Berg (patient article, 2020)"}));
    EXPECT_TRUE(has_evidence(alerts[0], "Threshold", "7 days of regular use (setting threshold.baclofen-regular-days)"));
    auto six = baclofen_until("2026-03-06");
    EXPECT_TRUE(of_rule(six.analyse("2026-03-08"), rule).empty());
}

TEST(WithdrawalRule, CurrentForTwoWeeksAfterTheStopThenNot) {
    auto b = tizanidine_until("2026-03-14");
    EXPECT_EQ(of_rule(b.analyse("2026-03-28"), rule).size(), 1u);  // 14 whole days
    EXPECT_TRUE(of_rule(b.analyse("2026-03-29"), rule).empty());
}

TEST(WithdrawalRule, RecordedStopWithoutTaperWarnsFromItsFirstDay) {
    auto b = tizanidine_until("2026-03-14", "2026-03-14");
    const auto alerts = of_rule(b.analyse("2026-03-15"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].title, "Zanaflex stopped without a taper");
    EXPECT_TRUE(has_evidence(alerts[0], "Stop recorded", "2026-03-15"));
}

TEST(WithdrawalRule, TaperFlagSilencesARecordedStop) {
    auto b = tizanidine_until("2026-03-14", "2026-03-14");
    b.medication(1).taper = true;
    for (const char* day : {"2026-03-15", "2026-03-17", "2026-03-25"})
        EXPECT_TRUE(of_rule(b.analyse(day), rule).empty()) << day;
}

// The usual way: `med stop --taper` was not given, the stop date was entered, and the
// taper's falling doses were logged over the following days.
TEST(WithdrawalRule, FallingDosesLoggedAfterTheStopDateAreATaper) {
    JournalBuilder b;
    const auto id = b.med("Lioresal", "10mg", "08:00,14:00,20:00", "2026-03-01", "2026-03-14");
    b.take_daily(id, "2026-03-01", "2026-03-14");  // 30 mg a day
    for (const char* day : {"2026-03-15", "2026-03-16", "2026-03-17"}) {
        b.dose(id, std::string(day) + "T08:00", "10mg");
        b.dose(id, std::string(day) + "T20:00", "10mg");  // 20 mg
    }
    for (const char* day : {"2026-03-18", "2026-03-19", "2026-03-20"}) b.dose(id, std::string(day) + "T20:00", "10mg");
    for (const char* day : {"2026-03-18", "2026-03-21", "2026-03-23", "2026-03-30"})
        EXPECT_TRUE(of_rule(b.analyse(day), rule).empty()) << day;
}

TEST(WithdrawalRule, OneLowerLastDayIsNotATaper) {
    JournalBuilder b;
    const auto id = b.med("Lioresal", "10mg", "08:00,14:00,20:00", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-13");
    b.dose(id, "2026-03-14T08:00", "10mg");  // one dose on the last day, then nothing
    EXPECT_EQ(of_rule(b.analyse("2026-03-16"), rule).size(), 1u);
}

TEST(WithdrawalRule, SymptomsWithinAWeekMakeItUrgent) {
    auto b = baclofen_until("2026-03-07");
    b.symptom("2026-03-15T10:00", "confusion");  // stop day + 7
    const auto alerts = of_rule(b.analyse("2026-03-16"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].severity, AlertSeverity::urgent);
    EXPECT_TRUE(has_evidence(alerts[0], "Logged after the stop", "confusion on 2026-03-15"));
    EXPECT_NE(alerts[0].message.find("seek urgent care or contact your clinician now."), std::string::npos);

    auto later = baclofen_until("2026-03-07");
    later.symptom("2026-03-16T10:00", "confusion");  // stop day + 8
    EXPECT_EQ(of_rule(later.analyse("2026-03-16"), rule).at(0).severity, AlertSeverity::warning);
}

TEST(WithdrawalRule, WithdrawalSideEffectsAlsoCount) {
    auto halluc = tizanidine_until("2026-03-14");
    halluc.side_effect("2026-03-16T22:00", "hallucinations", Severity::severe);
    EXPECT_EQ(of_rule(halluc.analyse("2026-03-17"), rule).at(0).severity, AlertSeverity::urgent);

    auto other = tizanidine_until("2026-03-14");
    other.side_effect("2026-03-16T22:00", "dry-mouth", Severity::severe);
    EXPECT_EQ(of_rule(other.analyse("2026-03-17"), rule).at(0).severity, AlertSeverity::warning);
}

TEST(WithdrawalRule, EveryListedSymptomCounts) {
    for (const std::string name : {"hallucinations", "confusion", "seizure", "fever", "palpitations", "severe-spasms"}) {
        auto b = baclofen_until("2026-03-07");
        b.symptom("2026-03-08T18:00", name);
        EXPECT_EQ(of_rule(b.analyse("2026-03-09"), rule).at(0).severity, AlertSeverity::urgent) << name;
    }
}

// Zanaflex 12 mg a day for 14 days, then `morning` + `noon` on each of `days` days.
JournalBuilder tizanidine_drop(const std::string& morning, const std::string& noon, int days = 2) {
    JournalBuilder b;
    const auto id = b.med("Zanaflex", "4mg", "08:00,14:00,20:00", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-14");
    for (int i = 0; i < days; ++i) {
        const std::string day = format_day(JournalBuilder::day("2026-03-15") + date::days{i});
        b.dose(id, day + "T08:00", morning);
        b.dose(id, day + "T14:00", noon);
    }
    return b;
}

TEST(WithdrawalRule, TizanidineCutByMoreThanFourMgForTwoDaysWarns) {
    auto b = tizanidine_drop("4mg", "3.5mg");  // 12 mg -> 7.5 mg
    const auto alerts = of_rule(b.analyse("2026-03-16"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "tizanidine cut down");
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-15"));
    EXPECT_EQ(alerts[0].title, "Zanaflex cut down suddenly");
    EXPECT_TRUE(has_evidence(alerts[0], "Daily dose on 2026-03-14", "12 mg"));
    EXPECT_TRUE(has_evidence(alerts[0], "Daily dose on 2026-03-15", "7.5 mg"));
    auto one_day = tizanidine_drop("4mg", "3.5mg", 1);
    EXPECT_TRUE(of_rule(one_day.analyse("2026-03-15"), rule).empty()) << "one lower day is a missed dose";
}

TEST(WithdrawalRule, TizanidineCutOfExactlyFourMgIsSilent) {
    auto b = tizanidine_drop("4mg", "4mg");  // 12 mg -> 8 mg
    EXPECT_TRUE(of_rule(b.analyse("2026-03-16"), rule).empty());
}

TEST(WithdrawalRule, BaclofenCutsDoNotCount) {
    JournalBuilder b;
    const auto id = b.med("Lioresal", "20mg", "08:00,20:00", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-14");
    b.dose(id, "2026-03-15T08:00", "5mg");
    b.dose(id, "2026-03-16T08:00", "5mg");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-16"), rule).empty());
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
    EXPECT_EQ(a.subject, "carisoprodol stopped");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-23"));
    EXPECT_EQ(a.title, "Soma stopped after 22 days");
    EXPECT_TRUE(has_evidence(a, "Course", "2026-03-01 to 2026-03-22 (22 days)"));
    EXPECT_TRUE(has_evidence(a, "Threshold", "more than 21 days (setting threshold.carisoprodol-days)"));
    EXPECT_EQ(a.sources.front(), "Soma (carisoprodol) US label");
    EXPECT_TRUE(of_rule(b.analyse("2026-04-06"), rule).empty()) << "two weeks after the stop it is history";
}

TEST(WithdrawalRule, CarisoprodolAfterTwentyOneDaysIsSilent) {
    auto b = soma_until("2026-03-21");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-30"), rule).empty());
}

TEST(WithdrawalRule, CarisoprodolCourseWithinItsGapHasNotStopped) {
    auto b = soma_until("2026-03-22");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-25"), rule).empty());
}

}  // namespace relief
