#include "journal_builder.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace relief {
namespace {

using testing::JournalBuilder;
using testing::of_rule;

constexpr const char* rule = "cramps.frequent";

bool has_evidence(const Alert& a, const std::string& label, const std::string& part) {
    return std::any_of(a.evidence.begin(), a.evidence.end(), [&](const Evidence& e) {
        return e.label == label && e.value.find(part) != std::string::npos;
    });
}

bool has_label(const Alert& a, const std::string& label) {
    return std::any_of(a.evidence.begin(), a.evidence.end(),
                       [&](const Evidence& e) { return e.label == label; });
}

// Night cramps on each of the days given.
JournalBuilder cramps_on(std::initializer_list<const char*> days) {
    JournalBuilder b;
    for (const auto* d : days) b.cramp(std::string(d) + "T22:30", "left-calf", 3);
    return b;
}

JournalBuilder three_cramp_days() {
    return cramps_on({"2026-03-08", "2026-03-09", "2026-03-10"});
}

TEST(CrampRule, ThreeCrampDaysInAWeekIsInfo) {
    auto b = three_cramp_days();
    const auto alerts = of_rule(b.analyse("2026-03-10"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::info);
    EXPECT_EQ(a.subject, "cramps");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-10"));
    EXPECT_EQ(a.title, "Frequent cramps");
    EXPECT_EQ(a.message,
              "Cramps have many causes: fluids, minerals, some medicines. Mention them at your "
              "next visit. Talk to "
              "your clinician or pharmacist.");
    EXPECT_TRUE(
        has_evidence(a, "Cramp days", "3 of the last 7: 2026-03-08, 2026-03-09, 2026-03-10"));
    EXPECT_TRUE(has_evidence(a, "Threshold", "3 of 7 days (setting threshold.cramp-days)"));
    EXPECT_EQ(a.sources.at(0), "Can Muscle Relaxers Cause Leg Cramps? (patient article)");
    EXPECT_FALSE(has_label(a, "Low fluids"));
    EXPECT_FALSE(has_label(a, "Muscle relaxant started"));
}

TEST(CrampRule, TwoCrampDaysIsSilent) {
    auto b = cramps_on({"2026-03-09", "2026-03-10", "2026-03-10"});
    EXPECT_TRUE(of_rule(b.analyse("2026-03-10"), rule).empty());
}

TEST(CrampRule, ThresholdSettingMovesTheBoundary) {
    auto b = cramps_on({"2026-03-09", "2026-03-10"});
    Thresholds t;
    t.cramp_days = 2;
    const auto alerts = of_rule(b.analyse("2026-03-10", t), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(has_evidence(alerts[0], "Threshold", "2 of 7 days"));
    t.cramp_days = 4;
    EXPECT_TRUE(of_rule(three_cramp_days().analyse("2026-03-10", t), rule).empty());
}

TEST(CrampRule, CrampsMustFallWithinSevenDays) {
    EXPECT_TRUE(
        of_rule(cramps_on({"2026-03-03", "2026-03-08", "2026-03-10"}).analyse("2026-03-10"), rule)
            .empty());
    EXPECT_EQ(
        of_rule(cramps_on({"2026-03-04", "2026-03-08", "2026-03-10"}).analyse("2026-03-10"), rule)
            .size(),
        1u);
}

TEST(CrampRule, KeepsItsSubjectWhileTheRunLasts) {
    auto b = three_cramp_days();
    const auto later = of_rule(b.analyse("2026-03-14"), rule);
    ASSERT_EQ(later.size(), 1u);
    EXPECT_EQ(later[0].subject, "cramps");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-15"), rule).empty());
}

TEST(CrampRule, NamesADiureticInUse) {
    auto b = three_cramp_days();
    const auto id = b.med("Lasix", "20mg", "08:00", "2026-02-01");
    b.take_daily(id, "2026-02-01", "2026-03-10");
    const auto alerts = of_rule(b.analyse("2026-03-10"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_NE(alerts[0].message.find(
                  "Some medicines you take can cause cramps: Lasix (furosemide), a diuretic."),
              std::string::npos);
    EXPECT_TRUE(has_evidence(alerts[0], "Medicine that can cause cramps",
                             "Lasix (furosemide), a diuretic (last taken 2026-03-10)"));
}

TEST(CrampRule, CulpritTakenInTheLastThirtyDaysCounts) {
    auto recent = three_cramp_days();
    const auto r = recent.med("Ventolin", "100mcg", "", "2026-01-01", "2026-02-09");
    recent.take_daily(r, "2026-02-09", "2026-02-09");
    EXPECT_TRUE(has_evidence(of_rule(recent.analyse("2026-03-10"), rule).at(0),
                             "Medicine that can cause cramps",
                             "Ventolin (albuterol), a beta-agonist"));

    auto old = three_cramp_days();
    const auto o = old.med("Ventolin", "100mcg", "", "2026-01-01", "2026-02-08");
    old.take_daily(o, "2026-02-08", "2026-02-08");
    const auto alerts = of_rule(old.analyse("2026-03-10"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_FALSE(has_label(alerts[0], "Medicine that can cause cramps"));
    EXPECT_EQ(alerts[0].message.find("Ventolin"), std::string::npos);
}

TEST(CrampRule, ActiveCulpritCountsEvenWithoutLoggedDoses) {
    auto b = three_cramp_days();
    b.med("Lipitor", "20mg", "20:00", "2026-03-01");
    const auto alerts = of_rule(b.analyse("2026-03-10"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(
        has_evidence(alerts[0], "Medicine that can cause cramps",
                     "Lipitor (atorvastatin), a statin (on the medication list from 2026-03-01)"));
}

TEST(CrampRule, NamesLowFluidDays) {
    auto b = three_cramp_days();
    b.fluids("2026-03-09T12:00", 3);
    const auto alerts = of_rule(b.analyse("2026-03-10"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_NE(alerts[0].message.find("You drank fewer than 4 glasses on 1 day in the last 7 days."),
              std::string::npos);
    EXPECT_TRUE(has_evidence(alerts[0], "Low fluids", "2026-03-09: 3 glasses"));
    EXPECT_TRUE(has_evidence(alerts[0], "Threshold",
                             "fewer than 4 glasses a day (setting threshold.low-fluid-glasses)"));
}

TEST(CrampRule, FourGlassesADayIsNotLow) {
    auto b = three_cramp_days();
    b.fluids("2026-03-09T09:00", 2);
    b.fluids("2026-03-09T18:00", 2);
    const auto alerts = of_rule(b.analyse("2026-03-10"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_FALSE(has_label(alerts[0], "Low fluids"));
    EXPECT_EQ(alerts[0].message.find("glasses"), std::string::npos);

    Thresholds t;
    t.low_fluid_glasses = 5;
    EXPECT_TRUE(has_evidence(of_rule(b.analyse("2026-03-10", t), rule).at(0), "Low fluids",
                             "2026-03-09: 4 glasses"));
}

// Zanaflex as needed, taken daily from `start` through 2026-03-10.
JournalBuilder relaxant_from(const std::string& start) {
    auto b = three_cramp_days();
    const auto id = b.med("Zanaflex", "2mg", "", start);
    b.take_daily(id, start, "2026-03-10");
    return b;
}

TEST(CrampRule, NamesARelaxantStartedWithinTwoWeeksBeforeTheFirstCramp) {
    auto b = relaxant_from("2026-02-22");  // 14 days before the first cramp on 03-08
    const auto alerts = of_rule(b.analyse("2026-03-10"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_NE(alerts[0].message.find("You started Zanaflex (tizanidine) shortly before the cramps "
                                     "began; a muscle relaxer may also "
                                     "contribute."),
              std::string::npos);
    EXPECT_TRUE(
        has_evidence(alerts[0], "Muscle relaxant started", "Zanaflex (tizanidine) on 2026-02-22"));
    EXPECT_TRUE(
        has_evidence(alerts[0], "Threshold", "setting threshold.cramp-relaxant-start-days"));
}

TEST(CrampRule, RelaxantStartedEarlierIsNotNamed) {
    auto b = relaxant_from("2026-02-21");
    const auto alerts = of_rule(b.analyse("2026-03-10"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_FALSE(has_label(alerts[0], "Muscle relaxant started"));
    EXPECT_EQ(alerts[0].message.find("Zanaflex"), std::string::npos);

    Thresholds t;
    t.cramp_relaxant_start_days = 15;
    EXPECT_TRUE(
        has_label(of_rule(b.analyse("2026-03-10", t), rule).at(0), "Muscle relaxant started"));
}

TEST(CrampRule, NamesCommonerCulpritsBeforeTheRelaxant) {
    auto b = relaxant_from("2026-03-01");
    const auto id = b.med("Lasix", "20mg", "08:00", "2026-02-01");
    b.take_daily(id, "2026-02-01", "2026-03-10");
    b.fluids("2026-03-08T12:00", 2);
    const auto alerts = of_rule(b.analyse("2026-03-10"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    const std::string& m = alerts[0].message;
    const auto diuretic = m.find("Lasix");
    const auto fluids = m.find("glasses");
    const auto relaxant = m.find("Zanaflex");
    ASSERT_NE(relaxant, std::string::npos);
    EXPECT_LT(diuretic, fluids);
    EXPECT_LT(fluids, relaxant);
    EXPECT_NE(m.find("may also contribute"), std::string::npos);
    EXPECT_TRUE(m.ends_with(" Talk to your clinician or pharmacist."));
}

}  // namespace
}  // namespace relief
