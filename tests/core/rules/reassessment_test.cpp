#include <gtest/gtest.h>

#include <algorithm>

#include "journal_builder.h"

namespace relief {
namespace {

using testing::JournalBuilder;
using testing::of_rule;

constexpr const char* persistent = "reassess.persistent-pain";
constexpr const char* worsening = "reassess.worsening";

bool has_evidence(const Alert& a, const std::string& label, const std::string& value) {
    return std::find(a.evidence.begin(), a.evidence.end(), Evidence{label, value}) !=
           a.evidence.end();
}

bool has_label(const Alert& a, const std::string& label) {
    return std::any_of(a.evidence.begin(), a.evidence.end(),
                       [&](const Evidence& e) { return e.label == label; });
}

// Pain 6 every day from 2026-02-01 (episode day 1) through `last`.
std::vector<Alert> steady_pain_through(const std::string& last, const Thresholds& t = {}) {
    JournalBuilder b;
    b.pain_daily("2026-02-01", last, 6);
    return of_rule(b.analyse(last, t), persistent);
}

TEST(ReassessmentRule, EpisodeDay28WithoutImprovementIsWarning) {
    const auto alerts = steady_pain_through("2026-02-28");
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::warning);
    EXPECT_EQ(a.subject, "pain episode from 2026-02-01");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-02-28"));
    EXPECT_EQ(a.title, "Pain for 4 weeks without improvement");
    EXPECT_NE(a.message.find("lasted 4 weeks without clear improvement"), std::string::npos)
        << a.message;
    EXPECT_NE(a.message.find("re-assessed at 4-6 weeks."), std::string::npos) << a.message;
    EXPECT_NE(a.message.find("clinician"), std::string::npos);
    EXPECT_TRUE(has_evidence(a, "Pain episode", "day 28 (from 2026-02-01)"));
    EXPECT_TRUE(has_evidence(a, "Baseline", "6.0 (2026-02-01 to 2026-02-03)"));
    EXPECT_TRUE(has_evidence(a, "Last 7 days", "6.0 (2026-02-22 to 2026-02-28, 7 days logged)"));
    EXPECT_TRUE(
        has_evidence(a, "Threshold", "episode day 28 (setting threshold.persistent-pain-day)"));
    EXPECT_FALSE(has_label(a, "Re-assessment"));
    EXPECT_EQ(std::find(a.sources.begin(), a.sources.end(), "ACP low back pain guideline 2017"), a.sources.end())
        << "ACP 2017 does not say 4-6 weeks: seed 003's own reference does";
}

// Back-pain guidance is for back pain: spasticity from MS is followed, not re-assessed,
// unless the profile also lists back pain.
TEST(ReassessmentRule, NotForSpasticityUnlessBackPainIsListed) {
    for (const char* condition : {"multiple-sclerosis", "spinal-cord-injury", "cerebral-palsy", "stroke"}) {
        JournalBuilder b;
        b.profile().conditions = {condition};
        b.pain_daily("2026-02-01", "2026-03-20", 6);
        EXPECT_TRUE(of_rule(b.analyse("2026-03-20"), persistent).empty()) << condition;
    }
    JournalBuilder both;
    both.profile().conditions = {"multiple-sclerosis", "low-back-pain"};
    both.pain_daily("2026-02-01", "2026-02-28", 6);
    EXPECT_EQ(of_rule(both.analyse("2026-02-28"), persistent).size(), 1u);
}

TEST(ReassessmentRule, EpisodeDay27IsSilent) {
    EXPECT_TRUE(steady_pain_through("2026-02-27").empty());
}

TEST(ReassessmentRule, EpisodeDay42IsOverdue) {
    const auto alerts = steady_pain_through("2026-03-14");
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::warning);
    EXPECT_EQ(a.subject, "pain episode from 2026-02-01");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-14"));
    EXPECT_EQ(a.title, "Pain for 6 weeks: re-assessment overdue");
    EXPECT_NE(a.message.find("lasted 6 weeks"), std::string::npos) << a.message;
    EXPECT_NE(a.message.find("now overdue"), std::string::npos);
    EXPECT_TRUE(has_evidence(
        a, "Re-assessment",
        "overdue: episode day 42 or later (setting threshold.persistent-pain-overdue-day)"));
}

TEST(ReassessmentRule, EpisodeDay41IsNotYetOverdue) {
    const auto alerts = steady_pain_through("2026-03-13");
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].title, "Pain for 4 weeks without improvement");
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-02-28"));
    EXPECT_FALSE(has_label(alerts[0], "Re-assessment"));
}

TEST(ReassessmentRule, ClinicallyImportantImprovementIsSilent) {
    JournalBuilder b;
    b.pain_daily("2026-02-01", "2026-02-03", 6);
    b.pain_daily("2026-02-04", "2026-03-02", 4);  // 2 points below the baseline
    EXPECT_TRUE(of_rule(b.analyse("2026-03-02"), persistent).empty());
}

TEST(ReassessmentRule, OnePointImprovementStillFires) {
    JournalBuilder b;
    b.pain_daily("2026-02-01", "2026-02-03", 6);
    b.pain_daily("2026-02-04", "2026-03-02", 5);
    const auto alerts = of_rule(b.analyse("2026-03-02"), persistent);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(
        has_evidence(alerts[0], "Last 7 days", "5.0 (2026-02-24 to 2026-03-02, 7 days logged)"));
}

TEST(ReassessmentRule, ThresholdSettingsMoveBothSteps) {
    Thresholds t;
    t.persistent_pain_day = 14;
    t.persistent_pain_overdue_day = 21;
    EXPECT_TRUE(steady_pain_through("2026-02-13", t).empty());
    const auto at_day = steady_pain_through("2026-02-14", t);
    ASSERT_EQ(at_day.size(), 1u);
    EXPECT_EQ(at_day[0].title, "Pain for 2 weeks without improvement");
    EXPECT_NE(at_day[0].message.find("re-assessed at 2-3 weeks."), std::string::npos)
        << at_day[0].message;
    EXPECT_TRUE(has_evidence(at_day[0], "Threshold",
                             "episode day 14 (setting threshold.persistent-pain-day)"));
    const auto overdue = steady_pain_through("2026-02-21", t);
    ASSERT_EQ(overdue.size(), 1u);
    EXPECT_EQ(overdue[0].title, "Pain for 3 weeks: re-assessment overdue");
}

TEST(ReassessmentRule, EpisodeStartsAtTheOnsetThePersonSet) {
    JournalBuilder b;
    b.profile().onset = JournalBuilder::day("2026-02-01");
    b.pain_daily("2026-02-05", "2026-02-28", 6);
    const auto alerts = of_rule(b.analyse("2026-02-28"), persistent);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "pain episode from 2026-02-01");
    EXPECT_TRUE(has_evidence(alerts[0], "Baseline", "6.0 (2026-02-05 to 2026-02-07)"));
}

TEST(ReassessmentRule, TooFewRecentScoresIsSilent) {
    JournalBuilder b;
    b.pain_daily("2026-02-01", "2026-02-20", 6);
    b.pain_daily("2026-02-26", "2026-02-28", 6);  // 3 of the last 7 days
    EXPECT_TRUE(of_rule(b.analyse("2026-02-28"), persistent).empty());
}

// Pain 3 for a week, then `later` for a week: the windows ending 03-07 and 03-14.
std::vector<Alert> week_then(int later, const Thresholds& t = {}) {
    JournalBuilder b;
    b.pain_daily("2026-03-01", "2026-03-07", 3);
    b.pain_daily("2026-03-08", "2026-03-14", later);
    return of_rule(b.analyse("2026-03-14", t), worsening);
}

TEST(ReassessmentRule, WorseningByTwoPointsIsWarning) {
    const auto alerts = week_then(5);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::warning);
    EXPECT_EQ(a.subject, "worsening pain");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-14"));
    EXPECT_EQ(a.title, "Pain getting worse");
    EXPECT_NE(a.message.find("getting worse"), std::string::npos);
    EXPECT_NE(a.message.find("averaged 5.0, up from 3.0"), std::string::npos) << a.message;
    EXPECT_NE(a.message.find("clinician"), std::string::npos);
    EXPECT_TRUE(has_evidence(a, "Last 7 days", "5.0 (2026-03-08 to 2026-03-14, 7 days logged)"));
    EXPECT_TRUE(
        has_evidence(a, "Previous 7 days", "3.0 (2026-03-01 to 2026-03-07, 7 days logged)"));
    EXPECT_TRUE(has_evidence(a, "Increase", "2.0 points"));
    EXPECT_TRUE(has_evidence(a, "Threshold", "2 points (setting threshold.worsening-points)"));
    EXPECT_FALSE(a.sources.empty());
}

TEST(ReassessmentRule, WorseningByOnePointIsSilent) {
    EXPECT_TRUE(week_then(4).empty());
}

TEST(ReassessmentRule, WorseningThresholdSettingMovesTheBoundary) {
    Thresholds t;
    t.worsening_points = 1;
    const auto alerts = week_then(4, t);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(
        has_evidence(alerts[0], "Threshold", "1 point (setting threshold.worsening-points)"));
}

TEST(ReassessmentRule, WorseningNeedsBothWindows) {
    JournalBuilder b;
    b.pain_daily("2026-03-05", "2026-03-07", 1);  // 3 days: no previous window mean
    b.pain_daily("2026-03-08", "2026-03-14", 8);
    EXPECT_TRUE(of_rule(b.analyse("2026-03-14"), worsening).empty());
}

TEST(ReassessmentRule, WorseningKeepsTheDayItBegan) {
    JournalBuilder b;
    b.pain_daily("2026-02-22", "2026-03-07", 2);
    b.pain_daily("2026-03-08", "2026-03-13", 6);
    // Windows ending 03-10: 3.7 vs 2.0; 03-11: 4.3 vs 2.0, the first rise of 2 points.
    EXPECT_TRUE(of_rule(b.analyse("2026-03-10"), worsening).empty());
    for (const auto* as_of : {"2026-03-11", "2026-03-13"}) {
        const auto alerts = of_rule(b.analyse(as_of), worsening);
        ASSERT_EQ(alerts.size(), 1u) << as_of;
        EXPECT_EQ(alerts[0].subject, "worsening pain");
        EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-11"));
    }
}

}  // namespace
}  // namespace relief
