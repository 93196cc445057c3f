#include <gtest/gtest.h>

#include <algorithm>

#include "journal_builder.h"

namespace relief {
namespace {

using testing::JournalBuilder;
using testing::of_rule;

constexpr const char* rule = "duration.short-term-limit";

bool has_evidence(const Alert& a, const std::string& label, const std::string& value) {
    return std::find(a.evidence.begin(), a.evidence.end(), Evidence{label, value}) !=
           a.evidence.end();
}

// Flexeril as needed, one dose a day from 2026-03-01 through `last`.
std::vector<Alert> flexeril_through(const std::string& last, const Thresholds& t = {}) {
    JournalBuilder b;
    const auto id = b.med("Flexeril", "5 mg", "", "2026-03-01");
    b.take_daily(id, "2026-03-01", last);
    return of_rule(b.analyse(last, t), rule);
}

TEST(DurationRule, CourseDay15IsInfo) {
    const auto alerts = flexeril_through("2026-03-15");
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::info);
    EXPECT_EQ(a.subject, "cyclobenzaprine course from 2026-03-01");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-15"));
    EXPECT_EQ(a.title, "Flexeril for 2 weeks");
    EXPECT_NE(a.message.find("Flexeril (cyclobenzaprine) for 2 weeks"), std::string::npos)
        << a.message;
    EXPECT_NE(a.message.find("clinician"), std::string::npos);
    EXPECT_TRUE(has_evidence(a, "Course day", "15 (from 2026-03-01)"));
    EXPECT_TRUE(has_evidence(a, "Days taken in this course", "15 of 15"));
    EXPECT_TRUE(
        has_evidence(a, "Threshold", "course day 15 (setting threshold.short-term-info-day)"));
    EXPECT_FALSE(a.sources.empty());
    EXPECT_NE(std::find(a.sources.begin(), a.sources.end(), "Flexeril (cyclobenzaprine) US label"),
              a.sources.end());
}

TEST(DurationRule, CourseDay14IsSilent) {
    EXPECT_TRUE(flexeril_through("2026-03-14").empty());
}

TEST(DurationRule, CourseDay22IsWarningOnly) {
    const auto alerts = flexeril_through("2026-03-22");
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::warning);
    EXPECT_EQ(a.subject, "cyclobenzaprine course from 2026-03-01");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-22"));
    EXPECT_EQ(a.title, "Flexeril beyond 3 weeks");
    EXPECT_NE(a.message.find("more than 3 weeks"), std::string::npos) << a.message;
    EXPECT_NE(a.message.find("not supported by evidence"), std::string::npos);
    EXPECT_NE(a.message.find("clinician or pharmacist"), std::string::npos);
    EXPECT_TRUE(
        has_evidence(a, "Threshold", "course day 22 (setting threshold.short-term-warning-day)"));
}

TEST(DurationRule, CourseDay21IsStillInfo) {
    const auto alerts = flexeril_through("2026-03-21");
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].severity, AlertSeverity::info);
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-15"));
    EXPECT_TRUE(has_evidence(alerts[0], "Course day", "21 (from 2026-03-01)"));
}

TEST(DurationRule, ThresholdSettingsMoveBothSteps) {
    Thresholds t;
    t.short_term_info_day = 8;
    t.short_term_warning_day = 11;
    EXPECT_TRUE(flexeril_through("2026-03-07", t).empty());

    const auto info = flexeril_through("2026-03-08", t);
    ASSERT_EQ(info.size(), 1u);
    EXPECT_EQ(info[0].severity, AlertSeverity::info);
    EXPECT_EQ(info[0].title, "Flexeril for 1 week");
    EXPECT_TRUE(
        has_evidence(info[0], "Threshold", "course day 8 (setting threshold.short-term-info-day)"));

    const auto warning = flexeril_through("2026-03-11", t);
    ASSERT_EQ(warning.size(), 1u);
    EXPECT_EQ(warning[0].severity, AlertSeverity::warning);
    EXPECT_EQ(warning[0].title, "Flexeril beyond 10 days");
    EXPECT_EQ(warning[0].raised_on, JournalBuilder::day("2026-03-11"));
}

TEST(DurationRule, ShortGapsDoNotEndTheCourse) {
    JournalBuilder b;
    const auto id = b.med("Soma", "350 mg", "", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-08");
    b.take_daily(id, "2026-03-12", "2026-03-15");  // 3 days without a dose
    const auto alerts = of_rule(b.analyse("2026-03-15"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "carisoprodol course from 2026-03-01");
    EXPECT_NE(alerts[0].message.find("Soma (carisoprodol)"), std::string::npos);
    EXPECT_TRUE(has_evidence(alerts[0], "Days taken in this course", "12 of 15"));
}

TEST(DurationRule, LongerGapStartsANewCourse) {
    JournalBuilder b;
    const auto id = b.med("Soma", "350 mg", "", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-08");
    b.take_daily(id, "2026-03-13", "2026-03-22");  // 4 days without a dose
    EXPECT_TRUE(of_rule(b.analyse("2026-03-22"), rule).empty());
}

TEST(DurationRule, StoppedCourseIsNotCountedOn) {
    JournalBuilder b;
    const auto id = b.med("Flexeril", "5 mg", "", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-20");
    // The course still counts within the gap, at the course day of its last dose.
    const auto within = of_rule(b.analyse("2026-03-23"), rule);
    ASSERT_EQ(within.size(), 1u);
    EXPECT_EQ(within[0].severity, AlertSeverity::info);
    EXPECT_TRUE(of_rule(b.analyse("2026-03-24"), rule).empty());
}

TEST(DurationRule, ChronicRelaxantsAreNotLimited) {
    JournalBuilder b;
    const auto id = b.med("baclofen", "10 mg", "", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-04-10");
    EXPECT_TRUE(of_rule(b.analyse("2026-04-10"), rule).empty());
}

TEST(DurationRule, IngredientNameIsNotRepeated) {
    JournalBuilder b;
    const auto id = b.med("methocarbamol", "500 mg", "", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-15");
    const auto alerts = of_rule(b.analyse("2026-03-15"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].title, "Methocarbamol for 2 weeks");
    EXPECT_NE(alerts[0].message.find("taken methocarbamol for 2 weeks"), std::string::npos);
}

}  // namespace
}  // namespace relief
