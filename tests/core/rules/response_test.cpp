#include <gtest/gtest.h>

#include <algorithm>

#include "journal_builder.h"

namespace relief {
namespace {

using testing::JournalBuilder;
using testing::of_rule;

constexpr const char* rule = "response.early-benefit";

bool has_evidence(const Alert& a, const std::string& label, const std::string& value) {
    return std::find(a.evidence.begin(), a.evidence.end(), Evidence{label, value}) !=
           a.evidence.end();
}

// Flexeril daily from 2026-03-01 through `last`; pain 6 on the first three days (the
// baseline), then `later` every day.
JournalBuilder flexeril(const std::string& last, int later, const std::string& drug = "Flexeril") {
    JournalBuilder b;
    const auto id = b.med(drug, "5 mg", "", "2026-03-01");
    b.take_daily(id, "2026-03-01", last);
    b.pain_daily("2026-03-01", "2026-03-03", 6);
    b.pain_daily("2026-03-04", last, later);
    return b;
}

TEST(ResponseRule, CourseDay7WithoutImprovementIsInfo) {
    auto b = flexeril("2026-03-07", 6);
    const auto alerts = of_rule(b.analyse("2026-03-07"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::info);
    EXPECT_EQ(a.subject, "cyclobenzaprine course from 2026-03-01");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-07"));
    EXPECT_EQ(a.title, "Little benefit from Flexeril so far");
    EXPECT_NE(a.message.find("Flexeril (cyclobenzaprine)"), std::string::npos) << a.message;
    EXPECT_NE(a.message.find("greatest in the first days"), std::string::npos);
    EXPECT_NE(a.message.find("(average 6.0 when you started, 6.0 over the last 7 days)"),
              std::string::npos)
        << a.message;
    EXPECT_NE(a.message.find("clinician or pharmacist"), std::string::npos);
    EXPECT_TRUE(has_evidence(a, "Course day", "7 (from 2026-03-01)"));
    EXPECT_TRUE(has_evidence(a, "Baseline", "6.0 (2026-03-01 to 2026-03-03)"));
    EXPECT_TRUE(has_evidence(a, "Last 7 days", "6.0 (2026-03-01 to 2026-03-07, 7 days logged)"));
    EXPECT_TRUE(has_evidence(a, "Threshold", "course day 7 (setting threshold.early-benefit-day)"));
    EXPECT_EQ(a.sources.size(), 3u);
}

TEST(ResponseRule, CourseDay6IsSilent) {
    auto b = flexeril("2026-03-06", 6);
    EXPECT_TRUE(of_rule(b.analyse("2026-03-06"), rule).empty());
}

TEST(ResponseRule, OnePointBelowImprovementFires) {
    // Day 10: the window (03-04..03-10) is all 5, one point under the baseline of 6.
    auto b = flexeril("2026-03-10", 5);
    const auto alerts = of_rule(b.analyse("2026-03-10"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(
        has_evidence(alerts[0], "Last 7 days", "5.0 (2026-03-04 to 2026-03-10, 7 days logged)"));
    // The window first fell short of a 2-point drop on course day 7.
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-07"));
}

TEST(ResponseRule, ImprovementOfTwoPointsIsSilent) {
    auto b = flexeril("2026-03-10", 4);
    EXPECT_TRUE(of_rule(b.analyse("2026-03-10"), rule).empty());
}

TEST(ResponseRule, ImprovementOfThirtyPercentIsSilent) {
    JournalBuilder b;
    const auto id = b.med("Amrix", "15 mg", "", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-10");
    b.pain_daily("2026-03-01", "2026-03-03", 3);
    b.pain_daily("2026-03-04", "2026-03-10", 2);  // 1 point, 33 %
    EXPECT_TRUE(of_rule(b.analyse("2026-03-10"), rule).empty());
}

TEST(ResponseRule, RunStartsWhenImprovementIsLost) {
    // Better for a while (2 from day 4), then back to 6 from day 11.
    JournalBuilder b;
    const auto id = b.med("Flexeril", "5 mg", "", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-16");
    b.pain_daily("2026-03-01", "2026-03-03", 6);
    b.pain_daily("2026-03-04", "2026-03-10", 2);
    b.pain_daily("2026-03-11", "2026-03-16", 6);
    const auto alerts = of_rule(b.analyse("2026-03-16"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    // Improvement needs a window mean of 4.2 or less (30 % below 6). The window ending
    // 03-13 is 3.7; the one ending 03-14 is (3 * 2 + 4 * 6) / 7 = 4.3.
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-14"));
    EXPECT_EQ(alerts[0].subject, "cyclobenzaprine course from 2026-03-01");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-13"), rule).empty());
}

TEST(ResponseRule, ThresholdSettingMovesTheDay) {
    Thresholds t;
    t.early_benefit_day = 5;
    auto on = flexeril("2026-03-05", 6);
    const auto alerts = of_rule(on.analyse("2026-03-05", t), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(
        has_evidence(alerts[0], "Threshold", "course day 5 (setting threshold.early-benefit-day)"));
    auto below = flexeril("2026-03-04", 6);
    EXPECT_TRUE(of_rule(below.analyse("2026-03-04", t), rule).empty());
}

TEST(ResponseRule, TooFewScoresForAWindowIsSilent) {
    JournalBuilder b;
    const auto id = b.med("Flexeril", "5 mg", "", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-12");
    b.pain_daily("2026-03-01", "2026-03-03", 6);
    b.pain_daily("2026-03-10", "2026-03-12", 6);  // 3 of the last 7 days
    EXPECT_TRUE(of_rule(b.analyse("2026-03-12"), rule).empty());
}

TEST(ResponseRule, NoBaselineIsSilent) {
    Thresholds t;
    t.early_benefit_day = 3;
    JournalBuilder b;
    const auto id = b.med("Flexeril", "5 mg", "", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-03");
    b.pain_daily("2026-02-25", "2026-03-02", 6);  // a window mean, but 2 days in the course
    EXPECT_TRUE(of_rule(b.analyse("2026-03-03", t), rule).empty());
    b.pain("2026-03-03T09:00", 6);  // the third logged day of the course completes the baseline
    const auto alerts = of_rule(b.analyse("2026-03-03", t), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(has_evidence(alerts[0], "Baseline", "6.0 (2026-03-01 to 2026-03-03)"));
}

TEST(ResponseRule, OtherRelaxantsAreNotJudged) {
    auto b = flexeril("2026-03-10", 6, "Robaxin");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-10"), rule).empty());
}

}  // namespace
}  // namespace relief
