#include "journal_builder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

namespace relief {
namespace {

using testing::JournalBuilder;
using testing::of_rule;

const std::string rule = "condition.contraindication";

std::string evidence(const Alert& a, const std::string& label) {
    for (const auto& e : a.evidence)
        if (e.label == label) return e.value;
    return "";
}

bool has_source(const Alert& a, const std::string& prefix) {
    return std::any_of(a.sources.begin(), a.sources.end(),
                       [&](const std::string& s) { return s.rfind(prefix, 0) == 0; });
}

LocalDay day(const std::string& text) {
    return JournalBuilder::day(text);
}

// One drug taken daily from 2026-03-01 to `last`, analysed as of 2026-03-10.
std::vector<Alert> taking(const std::string& drug, std::vector<std::string> conditions,
                          std::optional<int> birth_year = std::nullopt,
                          const std::string& stop = "", const std::string& last = "2026-03-10",
                          const Thresholds& t = {}) {
    JournalBuilder j;
    j.profile().conditions = std::move(conditions);
    j.profile().birth_year = birth_year;
    const auto id = j.med(drug, "10 mg", "08:00", "2026-03-01", stop);
    j.take_daily(id, "2026-03-01", last);
    return of_rule(j.analyse("2026-03-10", t), rule);
}

TEST(ConditionRule, CyclobenzaprineWithACardiacConditionWarns) {
    for (const std::string c :
         {"hyperthyroidism", "arrhythmia", "heart-block", "heart-failure", "recent-heart-attack"}) {
        const auto alerts = taking("Flexeril", {c});
        ASSERT_EQ(alerts.size(), 1u) << c;
        EXPECT_EQ(alerts[0].severity, AlertSeverity::warning) << c;
        EXPECT_EQ(alerts[0].subject, "cyclobenzaprine with " + c);
    }
    const auto alerts = taking("Flexeril", {"heart-failure"});
    const Alert& a = alerts.at(0);
    EXPECT_EQ(a.title, "Flexeril with heart failure");
    EXPECT_EQ(a.raised_on, day("2026-03-01"));
    EXPECT_EQ(
        a.message,
        "Your profile lists heart failure. The label says Flexeril (cyclobenzaprine) should not be used "
        "with heart failure. Ask your prescriber before the next dose.");
    EXPECT_EQ(evidence(a, "Condition"), "heart-failure (profile)");
    EXPECT_EQ(evidence(a, "Medication"),
              "Flexeril, active since 2026-03-01, last taken 2026-03-10");
    EXPECT_EQ(evidence(a, "Threshold"), "active on 2026-03-10 or taken since 2026-03-04 (7 days)");
    EXPECT_TRUE(has_source(a, "Flexeril US label"));
    EXPECT_TRUE(has_source(a, "Baclofen vs. Flexeril"));
}

TEST(ConditionRule, NoMatchingConditionIsSilent) {
    EXPECT_TRUE(taking("Flexeril", {}).empty());
    EXPECT_TRUE(taking("Flexeril", {"hypothyroidism", "kidney-disease", "pregnancy"}).empty());
    EXPECT_TRUE(taking("Zanaflex", {"heart-failure", "liver-impairment"}).empty());
}

TEST(ConditionRule, SeveralConditionsRaiseOneAlertEach) {
    const auto alerts = taking("Flexeril", {"arrhythmia", "liver-impairment"});
    ASSERT_EQ(alerts.size(), 2u);
    EXPECT_NE(alerts[0].subject, alerts[1].subject);
}

TEST(ConditionRule, DrugTakenOnTheSeventhDayBackStillCounts) {
    const auto alerts =
        taking("Flexeril", {"arrhythmia"}, std::nullopt, "2026-03-04", "2026-03-04");
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(evidence(alerts[0], "Medication"), "Flexeril, last taken 2026-03-04");
    EXPECT_EQ(alerts[0].raised_on, day("2026-03-01"));
}

TEST(ConditionRule, DrugStoppedEightDaysBackIsSilent) {
    EXPECT_TRUE(
        taking("Flexeril", {"arrhythmia"}, std::nullopt, "2026-03-03", "2026-03-03").empty());
}

TEST(ConditionRule, ActiveMedicationNotYetTakenCounts) {
    JournalBuilder j;
    j.profile().conditions = {"arrhythmia"};
    j.med("Flexeril", "5 mg", "", "2026-03-08");
    const auto alerts = of_rule(j.analyse("2026-03-10"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].raised_on, day("2026-03-08"));
    EXPECT_EQ(evidence(alerts[0], "Medication"), "Flexeril, active since 2026-03-08");
}

TEST(ConditionRule, MedicationStartingAfterAsOfIsSilent) {
    JournalBuilder j;
    j.profile().conditions = {"arrhythmia"};
    j.med("Flexeril", "5 mg", "", "2026-03-11");
    EXPECT_TRUE(of_rule(j.analyse("2026-03-10"), rule).empty());
}

TEST(ConditionRule, LiverImpairmentWithCyclobenzaprineWarns) {
    const auto ir = taking("Flexeril", {"liver-impairment"});
    ASSERT_EQ(ir.size(), 1u);
    EXPECT_EQ(ir[0].severity, AlertSeverity::warning);
    EXPECT_EQ(ir[0].subject, "cyclobenzaprine with liver-impairment");
    EXPECT_EQ(
        ir[0].message,
        "Your profile lists liver impairment; Flexeril (cyclobenzaprine) needs extra care with "
        "liver impairment. Talk to your clinician or pharmacist.");
    EXPECT_TRUE(has_source(ir[0], "Flexeril and Amrix US labels (hepatic impairment)"));

    const auto er = taking("Amrix", {"liver-impairment"});
    ASSERT_EQ(er.size(), 1u);
    EXPECT_EQ(er[0].severity, AlertSeverity::warning);
    EXPECT_EQ(er[0].subject, "cyclobenzaprine with liver-impairment");
    EXPECT_EQ(
        er[0].message,
        "Your profile lists liver impairment; Amrix (cyclobenzaprine) needs extra care with liver "
        "impairment. The extended-release form (Amrix) is not recommended with any liver "
        "impairment. Talk to your clinician or pharmacist.");
    EXPECT_EQ(evidence(er[0], "Medication"),
              "Amrix (extended-release), active since 2026-03-01, last taken 2026-03-10");
}

TEST(ConditionRule, BaclofenWithKidneyDiseaseOrPregnancyIsInfo) {
    const auto kidney = taking("baclofen", {"kidney-disease"});
    ASSERT_EQ(kidney.size(), 1u);
    EXPECT_EQ(kidney[0].severity, AlertSeverity::info);
    EXPECT_EQ(kidney[0].subject, "baclofen with kidney-disease");
    EXPECT_EQ(
        kidney[0].message,
        "Your profile lists kidney disease; baclofen needs extra care with kidney disease. Talk to "
        "your clinician or pharmacist.");
    EXPECT_TRUE(has_source(kidney[0], "Baclofen (Lioresal) US label"));
    // Beers 2023: avoid baclofen at 65 or over when the kidneys work less well.
    const auto older = taking("baclofen", {"kidney-disease"}, 1961);
    ASSERT_EQ(older.size(), 1u);
    EXPECT_EQ(older[0].severity, AlertSeverity::warning);
    EXPECT_TRUE(has_source(older[0], "AGS Beers Criteria 2023"));
    EXPECT_NE(older[0].message.find("eGFR below 60"), std::string::npos) << older[0].message;
    EXPECT_EQ(taking("baclofen", {"kidney-disease"}, 1962).at(0).severity, AlertSeverity::info) << "at 64";

    const auto pregnancy = taking("Lioresal", {"pregnancy"});
    ASSERT_EQ(pregnancy.size(), 1u);
    EXPECT_EQ(pregnancy[0].severity, AlertSeverity::info);
    EXPECT_EQ(pregnancy[0].subject, "baclofen with pregnancy");

    EXPECT_TRUE(taking("baclofen", {"liver-impairment", "heart-failure"}).empty());
}

// AGS Beers 2023: avoid (strong recommendation), so a warning, not "extra care".
TEST(ConditionRule, AcuteAntispasmodicAt65Warns) {
    const auto alerts = taking("Flexeril", {}, 1961);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::warning);
    EXPECT_EQ(a.subject, "cyclobenzaprine at 65 or over");
    EXPECT_EQ(a.title, "Flexeril at 65 or over");
    EXPECT_EQ(a.raised_on, day("2026-03-01"));
    EXPECT_EQ(
        a.message,
        "Your profile lists your age as 65. Flexeril (cyclobenzaprine) is on the list of medicines adults "
        "of 65 or over should avoid (AGS Beers Criteria 2023): it can cause drowsiness, confusion and falls. "
        "Ask your clinician whether another option suits you.");
    EXPECT_EQ(a.drugs, std::vector<std::string>{"cyclobenzaprine"});
    EXPECT_EQ(a.topic, "at 65 or over");
    EXPECT_EQ(evidence(a, "Age"), "65 in 2026 (birth year 1961)");
    EXPECT_EQ(evidence(a, "Age threshold"), "65 (setting threshold.elderly-age)");
    EXPECT_TRUE(has_source(a, "AGS Beers Criteria 2023"));

    const auto soma = taking("Soma", {}, 1950);
    ASSERT_EQ(soma.size(), 1u);
    EXPECT_EQ(soma[0].subject, "carisoprodol at 65 or over");
}

TEST(ConditionRule, AcuteAntispasmodicAt64IsSilent) {
    EXPECT_TRUE(taking("Flexeril", {}, 1962).empty());
    EXPECT_TRUE(taking("Flexeril", {}).empty());
}

TEST(ConditionRule, ExtendedReleaseCyclobenzaprineAt65Warns) {
    const auto alerts = taking("Amrix", {}, 1961);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].severity, AlertSeverity::warning);
    EXPECT_EQ(alerts[0].subject, "cyclobenzaprine at 65 or over");
    EXPECT_EQ(
        alerts[0].message,
        "Your profile lists your age as 65. Amrix (cyclobenzaprine) is on the list of medicines adults "
        "of 65 or over should avoid (AGS Beers Criteria 2023): it can cause drowsiness, confusion and falls. "
        "The extended-release form (Amrix) is not recommended at this age. Ask your clinician whether "
        "another option suits you.");
    EXPECT_TRUE(has_source(alerts[0], "Amrix US label"));
}

TEST(ConditionRule, ChronicRelaxantsAreNotPartOfTheAgeCheck) {
    EXPECT_TRUE(taking("Zanaflex", {}, 1940).empty());
    EXPECT_TRUE(taking("baclofen", {}, 1940).empty());
}

TEST(ConditionRule, ElderlyAgeSettingMovesTheBoundary) {
    Thresholds t;
    t.elderly_age = 70;
    EXPECT_TRUE(taking("Flexeril", {}, 1957, "", "2026-03-10", t).empty());
    const auto alerts = taking("Flexeril", {}, 1956, "", "2026-03-10", t);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "cyclobenzaprine at 70 or over");
    EXPECT_EQ(evidence(alerts[0], "Age threshold"), "70 (setting threshold.elderly-age)");
}

TEST(ConditionRule, AgeAlertIsRaisedWhenTheAgeWasReached) {
    JournalBuilder j;
    j.profile().birth_year = 1961;
    const auto id = j.med("Flexeril", "5 mg", "20:00", "2025-12-20");
    j.take_daily(id, "2025-12-20", "2026-03-10");
    const auto alerts = of_rule(j.analyse("2026-03-10"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].raised_on, day("2026-01-01"));
}

}  // namespace
}  // namespace relief
