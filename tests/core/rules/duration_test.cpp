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

TEST(DurationRule, AWeekWithoutADoseStillDoesNotEndTheRunButEightDaysDo) {
    JournalBuilder b;
    const auto id = b.med("Soma", "350 mg", "", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-08");
    b.take_daily(id, "2026-03-16", "2026-03-22");  // 7 days without a dose
    ASSERT_EQ(of_rule(b.analyse("2026-03-22"), rule).size(), 1u);
    EXPECT_EQ(of_rule(b.analyse("2026-03-22"), rule)[0].subject, "carisoprodol course from 2026-03-01");

    JournalBuilder c;
    const auto cid = c.med("Soma", "350 mg", "", "2026-03-01");
    c.take_daily(cid, "2026-03-01", "2026-03-08");
    c.take_daily(cid, "2026-03-17", "2026-03-30");  // 8 days without: a new run, day 14
    EXPECT_TRUE(of_rule(c.analyse("2026-03-30"), rule).empty());
}

// As-needed twice a week for weeks is one run of use, on Monday and Thursday as on Monday
// and Wednesday: both reach the 3-week warning on the same day.
TEST(DurationRule, TwiceAWeekAsNeededIsOneRunWhicheverDays) {
    for (const int second : {3, 2}) {  // Thursday, Wednesday
        JournalBuilder b;
        const auto id = b.med("Flexeril", "5 mg", "", "2026-03-02");  // a Monday
        for (int week = 0; week < 4; ++week) {
            const auto monday = JournalBuilder::day("2026-03-02") + date::days{7 * week};
            b.take_daily(id, format_day(monday), format_day(monday));
            b.take_daily(id, format_day(monday + date::days{second}), format_day(monday + date::days{second}));
        }
        const auto alerts = of_rule(b.analyse("2026-03-23"), rule);  // the fourth Monday: day 22
        ASSERT_EQ(alerts.size(), 1u) << second;
        EXPECT_EQ(alerts[0].severity, AlertSeverity::warning) << second;
        EXPECT_TRUE(has_evidence(alerts[0], "Days taken in this course", "7 of 22")) << second;
    }
}

TEST(DurationRule, StoppedCourseIsNotCountedOn) {
    JournalBuilder b;
    const auto id = b.med("Flexeril", "5 mg", "", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-20");
    // The run still counts within its gap, at the course day of its last dose.
    const auto within = of_rule(b.analyse("2026-03-27"), rule);
    ASSERT_EQ(within.size(), 1u);
    EXPECT_EQ(within[0].severity, AlertSeverity::info);
    EXPECT_TRUE(of_rule(b.analyse("2026-03-28"), rule).empty());
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
