#include <gtest/gtest.h>

#include <algorithm>

#include "journal_builder.h"

namespace relief {
namespace {

using testing::JournalBuilder;
using testing::of_rule;

constexpr const char* opioid_rule = "treatment.opioid-first-line";
constexpr const char* non_drug_rule = "treatment.non-drug-measures";

bool has_evidence(const Alert& a, const std::string& label, const std::string& value) {
    return std::find(a.evidence.begin(), a.evidence.end(), Evidence{label, value}) !=
           a.evidence.end();
}

// A pain episode from 2026-03-01 (pain 6 daily) and oxycodone as needed, not yet taken.
struct OpioidJournal {
    JournalBuilder b;
    std::int64_t oxycodone = 0;
    std::int64_t ibuprofen = 0;
    OpioidJournal() {
        b.pain_daily("2026-03-01", "2026-03-10", 6);
        oxycodone = b.med("Roxicodone", "5 mg", "", "2026-03-01");
        ibuprofen = b.med("Advil", "400 mg", "", "2026-03-01");
    }
    std::vector<Alert> alerts(const std::string& as_of = "2026-03-10") {
        return of_rule(b.analyse(as_of), opioid_rule);
    }
};

TEST(TreatmentRule, OpioidBeforeAnythingElseIsInfo) {
    OpioidJournal j;
    j.b.dose(j.oxycodone, "2026-03-02T12:00");
    j.b.dose(j.oxycodone, "2026-03-04T12:00");
    const auto alerts = j.alerts();
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::info);
    EXPECT_EQ(a.subject, "opioid in pain episode from 2026-03-01");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-02"));
    EXPECT_EQ(a.title, "Opioid before first-line treatment");
    EXPECT_NE(a.message.find("you took Roxicodone (oxycodone) before any NSAID"), std::string::npos)
        << a.message;
    EXPECT_NE(a.message.find("Opioids are not a first choice for back pain."), std::string::npos);
    EXPECT_NE(a.message.find("clinician or pharmacist"), std::string::npos);
    EXPECT_TRUE(
        has_evidence(a, "First opioid dose", "Roxicodone (oxycodone) 5 mg at 2026-03-02 12:00"));
    EXPECT_TRUE(has_evidence(a, "Pain episode", "from 2026-03-01"));
    EXPECT_TRUE(has_evidence(a, "First NSAID, acetaminophen or non-drug measure",
                             "none logged in the episode"));
    EXPECT_TRUE(has_evidence(a, "Threshold", "none: any opioid dose before first-line treatment"));
    EXPECT_NE(std::find(a.sources.begin(), a.sources.end(), "ACP low back pain guideline 2017"),
              a.sources.end());
}

TEST(TreatmentRule, NsaidFirstIsSilent) {
    OpioidJournal j;
    j.b.dose(j.ibuprofen, "2026-03-02T11:59");
    j.b.dose(j.oxycodone, "2026-03-02T12:00");
    EXPECT_TRUE(j.alerts().empty());
}

TEST(TreatmentRule, NsaidAfterTheOpioidStillFires) {
    OpioidJournal j;
    j.b.dose(j.oxycodone, "2026-03-02T12:00");
    j.b.dose(j.ibuprofen, "2026-03-02T12:01");
    const auto alerts = j.alerts();
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(has_evidence(alerts[0], "First NSAID, acetaminophen or non-drug measure",
                             "Advil (ibuprofen) 400 mg at 2026-03-02 12:01, after the opioid"));
}

TEST(TreatmentRule, AcetaminophenFirstIsSilent) {
    OpioidJournal j;
    const auto tylenol = j.b.med("Tylenol", "500 mg", "", "2026-03-01");
    j.b.dose(tylenol, "2026-03-01T20:00");
    j.b.dose(j.oxycodone, "2026-03-02T12:00");
    EXPECT_TRUE(j.alerts().empty());
}

TEST(TreatmentRule, NonDrugMeasureFirstIsSilent) {
    for (const auto* measure :
         {"heat", "ice", "stretching", "activity", "exercise", "physical-therapy", "massage"}) {
        OpioidJournal j;
        j.b.measure("2026-03-02T08:00", measure);
        j.b.dose(j.oxycodone, "2026-03-02T12:00");
        EXPECT_TRUE(j.alerts().empty()) << measure;
    }
}

TEST(TreatmentRule, RestIsNotFirstLineCare) {
    OpioidJournal j;
    j.b.measure("2026-03-02T08:00", "rest");
    j.b.dose(j.oxycodone, "2026-03-02T12:00");
    EXPECT_EQ(j.alerts().size(), 1u);
}

TEST(TreatmentRule, SkippedOpioidDoseDoesNotCount) {
    OpioidJournal j;
    j.b.skipped(j.oxycodone, "2026-03-02T12:00");
    j.b.measure("2026-03-03T08:00", "heat");
    j.b.dose(j.oxycodone, "2026-03-03T12:00");
    EXPECT_TRUE(j.alerts().empty());
}

TEST(TreatmentRule, OpioidWithoutAPainEpisodeIsSilent) {
    JournalBuilder b;
    b.pain_daily("2026-03-01", "2026-03-10", 2);
    const auto id = b.med("Roxicodone", "5 mg", "", "2026-03-01");
    b.dose(id, "2026-03-02T12:00");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-10"), opioid_rule).empty());
}

TEST(TreatmentRule, EachEpisodeIsJudgedOnItsOwn) {
    JournalBuilder b;
    b.pain_daily("2026-03-01", "2026-03-03", 6);
    b.pain_daily("2026-03-04", "2026-03-10", 1);  // seven low days end the first episode
    b.pain_daily("2026-03-15", "2026-03-20", 6);
    const auto ibuprofen = b.med("Advil", "400 mg", "", "2026-03-01");
    const auto tramadol = b.med("Ultram", "50 mg", "", "2026-03-01");
    b.dose(ibuprofen, "2026-03-02T08:00");
    b.dose(tramadol, "2026-03-03T08:00");
    b.dose(tramadol, "2026-03-16T08:00");
    const auto alerts = of_rule(b.analyse("2026-03-20"), opioid_rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "opioid in pain episode from 2026-03-15");
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-16"));
    EXPECT_TRUE(has_evidence(alerts[0], "Pain episode", "from 2026-03-15"));
}

// Flexeril as needed, one dose a day on first..last.
JournalBuilder relaxant_days(const std::string& first, const std::string& last) {
    JournalBuilder b;
    const auto id = b.med("Flexeril", "5 mg", "", "2026-03-01");
    b.take_daily(id, first, last);
    return b;
}

TEST(TreatmentRule, RelaxantOnFiveDaysWithoutMeasuresIsInfo) {
    auto b = relaxant_days("2026-03-04", "2026-03-08");
    const auto alerts = of_rule(b.analyse("2026-03-08"), non_drug_rule);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::info);
    EXPECT_EQ(a.subject, "muscle relaxant without non-drug measures");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-08"));
    EXPECT_EQ(a.title, "Muscle relaxer without heat or stretching");
    EXPECT_NE(a.message.find("(Flexeril (cyclobenzaprine)) on 5 of the last 7 days"),
              std::string::npos)
        << a.message;
    EXPECT_NE(a.message.find("Heat, gentle activity and stretching are first-line"),
              std::string::npos);
    EXPECT_NE(a.message.find("clinician or pharmacist"), std::string::npos);
    EXPECT_TRUE(has_evidence(
        a, "Days with a muscle relaxant",
        "5 of the last 7 days (2026-03-04, 2026-03-05, 2026-03-06, 2026-03-07, 2026-03-08)"));
    EXPECT_TRUE(has_evidence(a, "Muscle relaxants", "Flexeril (cyclobenzaprine)"));
    EXPECT_TRUE(has_evidence(a, "Last non-drug measure", "none logged"));
    EXPECT_TRUE(
        has_evidence(a, "Threshold", "5 of 7 days (setting threshold.non-drug-relaxant-days)"));
    EXPECT_FALSE(a.sources.empty());
}

TEST(TreatmentRule, RelaxantOnFourDaysIsSilent) {
    auto b = relaxant_days("2026-03-05", "2026-03-08");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-08"), non_drug_rule).empty());
}

TEST(TreatmentRule, MeasureInTheWindowSilences) {
    auto b = relaxant_days("2026-03-04", "2026-03-08");
    b.measure("2026-03-02T18:00", "stretching");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-08"), non_drug_rule).empty());
}

TEST(TreatmentRule, MeasureBeforeTheWindowDoesNot) {
    auto b = relaxant_days("2026-03-04", "2026-03-08");
    b.measure("2026-03-01T18:00", "heat");
    const auto alerts = of_rule(b.analyse("2026-03-08"), non_drug_rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(has_evidence(alerts[0], "Last non-drug measure", "2026-03-01"));
}

TEST(TreatmentRule, IceAndRestAreNotTheFirstLineMeasures) {
    auto b = relaxant_days("2026-03-04", "2026-03-08");
    b.measure("2026-03-05T18:00", "ice");
    b.measure("2026-03-06T18:00", "rest");
    EXPECT_EQ(of_rule(b.analyse("2026-03-08"), non_drug_rule).size(), 1u);
}

TEST(TreatmentRule, NonDrugThresholdSettingMovesTheBoundary) {
    Thresholds t;
    t.non_drug_relaxant_days = 4;
    auto b = relaxant_days("2026-03-05", "2026-03-08");
    const auto alerts = of_rule(b.analyse("2026-03-08", t), non_drug_rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(has_evidence(alerts[0], "Threshold",
                             "4 of 7 days (setting threshold.non-drug-relaxant-days)"));
    auto fewer = relaxant_days("2026-03-06", "2026-03-08");
    EXPECT_TRUE(of_rule(fewer.analyse("2026-03-08", t), non_drug_rule).empty());
}

TEST(TreatmentRule, DaysOfDifferentRelaxantsAddUp) {
    JournalBuilder b;
    const auto flexeril = b.med("Flexeril", "5 mg", "", "2026-03-01");
    const auto baclofen = b.med("Lioresal", "10 mg", "", "2026-03-01");
    b.take_daily(flexeril, "2026-03-04", "2026-03-06");
    b.take_daily(baclofen, "2026-03-07", "2026-03-08");
    const auto alerts = of_rule(b.analyse("2026-03-10"), non_drug_rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "muscle relaxant without non-drug measures");
    EXPECT_TRUE(has_evidence(alerts[0], "Muscle relaxants",
                             "Lioresal (baclofen), Flexeril (cyclobenzaprine)"));
    EXPECT_TRUE(
        of_rule(b.analyse("2026-03-11"), non_drug_rule).empty());  // 03-04 leaves the window
}

}  // namespace
}  // namespace relief
