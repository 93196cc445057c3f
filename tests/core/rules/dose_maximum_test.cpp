#include "journal_builder.h"

#include "core/rules/dose_maximum.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace relief {
namespace {

using testing::JournalBuilder;
using testing::of_rule;

const std::string rule = "dose.daily-maximum";

std::string evidence(const Alert& a, const std::string& label) {
    for (const auto& e : a.evidence)
        if (e.label == label) return e.value;
    return "";
}

long count_evidence(const Alert& a, const std::string& label) {
    return std::count_if(a.evidence.begin(), a.evidence.end(),
                         [&](const Evidence& e) { return e.label == label; });
}

bool has_source(const Alert& a, const std::string& prefix) {
    return std::any_of(a.sources.begin(), a.sources.end(),
                       [&](const std::string& s) { return s.rfind(prefix, 0) == 0; });
}

// An as-needed Flexeril with three doses on one day.
std::vector<Alert> flexeril_day(const std::string& a, const std::string& b, const std::string& c,
                                const Thresholds& t = {}) {
    JournalBuilder j;
    const auto id = j.med("Flexeril", "10 mg", "", "2026-03-01");
    j.dose(id, "2026-03-04T08:00", a);
    j.dose(id, "2026-03-04T14:00", b);
    j.dose(id, "2026-03-04T20:00", c);
    return of_rule(j.analyse("2026-03-04", t), rule);
}

TEST(DoseMaximumRule, WarnsJustAboveTheLabelMaximum) {
    const auto alerts = flexeril_day("10 mg", "10 mg", "10.5 mg");
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::warning);
    EXPECT_EQ(a.subject, "cyclobenzaprine above the maximum");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-04"));
    EXPECT_EQ(a.title, "Flexeril above the daily maximum");
    EXPECT_EQ(
        a.message,
        "Today's total of Flexeril (30.5 mg of cyclobenzaprine) is above the maximum (30 mg). "
        "Check with your pharmacist before taking more.");
    EXPECT_EQ(evidence(a, "Day"), "2026-03-04");
    EXPECT_EQ(evidence(a, "Window"), "the day 2026-03-04");
    EXPECT_EQ(evidence(a, "Total"), "30.5 mg in 3 doses");
    EXPECT_EQ(count_evidence(a, "From"), 0) << "one medication made it";
    EXPECT_EQ(evidence(a, "Maximum"), "30 mg (label: Flexeril US label)");
    EXPECT_EQ(evidence(a, "Threshold"),
              "urgent at 45 mg (150 % of the maximum, setting threshold.urgent-dose-percent)");
    EXPECT_EQ(count_evidence(a, "Dose"), 3);
    EXPECT_EQ(evidence(a, "Dose"), "2026-03-04 08:00 Flexeril 10 mg");
    EXPECT_TRUE(has_source(a, "Baclofen vs. Flexeril"));
    EXPECT_TRUE(has_source(a, "Flexeril US label"));
}

TEST(DoseMaximumRule, SilentAtTheLabelMaximum) {
    EXPECT_TRUE(flexeril_day("10 mg", "10 mg", "10 mg").empty());
}

TEST(DoseMaximumRule, UrgentAtOneAndAHalfTimesTheMaximum) {
    const auto urgent = flexeril_day("15 mg", "15 mg", "15 mg");
    ASSERT_EQ(urgent.size(), 1u);
    EXPECT_EQ(urgent[0].severity, AlertSeverity::urgent);

    const auto below = flexeril_day("15 mg", "15 mg", "14.5 mg");
    ASSERT_EQ(below.size(), 1u);
    EXPECT_EQ(below[0].severity, AlertSeverity::warning);
}

TEST(DoseMaximumRule, UrgentPercentSettingMovesTheStep) {
    Thresholds t;
    t.urgent_dose_percent = 120;
    const auto urgent = flexeril_day("12 mg", "12 mg", "12 mg", t);
    ASSERT_EQ(urgent.size(), 1u);
    EXPECT_EQ(urgent[0].severity, AlertSeverity::urgent);
    EXPECT_EQ(evidence(urgent[0], "Threshold"),
              "urgent at 36 mg (120 % of the maximum, setting threshold.urgent-dose-percent)");

    const auto below = flexeril_day("12 mg", "12 mg", "11.5 mg", t);
    ASSERT_EQ(below.size(), 1u);
    EXPECT_EQ(below[0].severity, AlertSeverity::warning);

    const auto by_default = flexeril_day("12 mg", "12 mg", "12 mg");
    ASSERT_EQ(by_default.size(), 1u);
    EXPECT_EQ(by_default[0].severity, AlertSeverity::warning);
}

TEST(DoseMaximumRule, EarlierDayIsNamedInTheMessage) {
    JournalBuilder j;
    const auto id = j.med("Flexeril", "10 mg", "", "2026-03-01");
    j.dose(id, "2026-03-02T08:00", "20 mg");
    j.dose(id, "2026-03-02T20:00", "15 mg");
    j.dose(id, "2026-03-04T08:00", "10 mg");
    const auto alerts = of_rule(j.analyse("2026-03-04"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "cyclobenzaprine above the maximum");
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-02"));
    EXPECT_EQ(
        alerts[0].message,
        "On 2026-03-02 the total of Flexeril (35 mg of cyclobenzaprine) was above the maximum "
        "(30 mg). Check with your pharmacist before taking more.");
}

TEST(DoseMaximumRule, OneAlertPerIngredientAboutItsLatestDayAndNoneAfterAsOf) {
    JournalBuilder j;
    const auto id = j.med("cyclobenzaprine", "10 mg", "", "2026-03-01");
    j.dose(id, "2026-03-02T08:00", "35 mg");
    j.dose(id, "2026-03-03T08:00", "35 mg");
    j.dose(id, "2026-03-05T08:00", "35 mg");
    const auto alerts = of_rule(j.analyse("2026-03-04"), rule);
    ASSERT_EQ(alerts.size(), 1u) << "a maximum passed again is the same alert";
    EXPECT_EQ(alerts[0].subject, "cyclobenzaprine above the maximum");
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-03"));
    EXPECT_EQ(alerts[0].last_seen, JournalBuilder::day("2026-03-03"));
    EXPECT_EQ(evidence(alerts[0], "Days above the maximum in the last 12 months"), "2 (2026-03-02 and 2026-03-03)");
    EXPECT_EQ(
        alerts[0].message.rfind("On 2026-03-03 the total of cyclobenzaprine (35 mg) was above", 0),
        0u);
}

// The rule reads the last 365 days (event_look_back_days): as of 2026-03-12 the first day
// read is 2025-03-13, and a window ending on it counts the doses of the evening before.
TEST(DoseMaximumRule, CountsTheDaysOfTheLastYearOnly) {
    JournalBuilder j;
    const auto id = j.med("cyclobenzaprine", "10 mg", "", "2025-03-01");
    j.dose(id, "2025-03-12T08:00", "35 mg");
    j.dose(id, "2025-03-12T22:00", "20 mg");
    j.dose(id, "2025-03-13T07:00", "20 mg");  // 40 mg within 24 hours, ending on 2025-03-13
    const auto alerts = of_rule(j.analyse("2026-03-12"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2025-03-13"));
    EXPECT_EQ(evidence(alerts[0], "Days above the maximum in the last 12 months"), "");
    EXPECT_EQ(alerts[0].last_seen, JournalBuilder::day("2025-03-13")) << "2025-03-12 is before the year read";
    EXPECT_TRUE(of_rule(j.analyse("2026-03-13"), rule).empty());
}

TEST(DoseMaximumRule, SumsImmediateAndExtendedReleaseForms) {
    JournalBuilder j;
    const auto ir = j.med("Flexeril", "10 mg", "", "2026-03-01");
    const auto er = j.med("Amrix", "15 mg", "", "2026-03-01");
    j.dose(ir, "2026-03-04T08:00", "20 mg");
    j.dose(er, "2026-03-04T20:00", "15 mg");
    const auto alerts = of_rule(j.analyse("2026-03-04"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(evidence(alerts[0], "Total"), "35 mg in 2 doses");
    EXPECT_EQ(evidence(alerts[0], "From"), "Flexeril 20 mg; Amrix 15 mg");
    EXPECT_EQ(alerts[0].title, "Cyclobenzaprine above the daily maximum");
    EXPECT_EQ(alerts[0].message,
              "Today's total of cyclobenzaprine (35 mg: Flexeril 20 mg + Amrix 15 mg) is above the maximum (30 mg). "
              "Check with your pharmacist before taking more.");
    EXPECT_EQ(count_evidence(alerts[0], "Dose"), 2);
}

TEST(DoseMaximumRule, SettingReplacesTheLabelMaximum) {
    Thresholds t;
    t.max_daily_overrides["cyclobenzaprine"] = Amount::milligrams(20);
    EXPECT_TRUE(flexeril_day("10 mg", "5 mg", "5 mg", t).empty());
    const auto alerts = flexeril_day("10 mg", "5 mg", "5.5 mg", t);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(evidence(alerts[0], "Maximum"), "20 mg (setting max-daily.cyclobenzaprine)");
    EXPECT_NE(alerts[0].message.find("above the maximum in your settings (20 mg)"),
              std::string::npos);

    t.max_daily_overrides["cyclobenzaprine"] = Amount::milligrams(40);
    EXPECT_TRUE(flexeril_day("15 mg", "10 mg", "10 mg", t).empty());
}

TEST(DoseMaximumRule, PrescribedMaximumLowersTheLimit) {
    auto run = [](const std::string& total) {
        JournalBuilder j;
        const auto id = j.med("Flexeril", "5 mg", "", "2026-03-01");
        j.medication(id).max_daily = Amount::milligrams(15);
        j.dose(id, "2026-03-04T08:00", total);
        return of_rule(j.analyse("2026-03-04"), rule);
    };
    EXPECT_TRUE(run("15 mg").empty());
    const auto warn = run("15.5 mg");
    ASSERT_EQ(warn.size(), 1u);
    EXPECT_EQ(warn[0].severity, AlertSeverity::warning);
    EXPECT_EQ(evidence(warn[0], "Maximum"), "15 mg (prescribed for Flexeril)");
    EXPECT_NE(warn[0].message.find("above your prescribed maximum (15 mg)"), std::string::npos);
    const auto urgent = run("22.5 mg");
    ASSERT_EQ(urgent.size(), 1u);
    EXPECT_EQ(urgent[0].severity, AlertSeverity::urgent);
    EXPECT_EQ(run("22 mg").at(0).severity, AlertSeverity::warning);
}

TEST(DoseMaximumRule, PrescribedMaximumAboveTheLabelDoesNotRaiseIt) {
    JournalBuilder j;
    const auto id = j.med("Flexeril", "10 mg", "", "2026-03-01");
    j.medication(id).max_daily = Amount::milligrams(40);
    j.dose(id, "2026-03-04T08:00", "35 mg");
    const auto alerts = of_rule(j.analyse("2026-03-04"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(evidence(alerts[0], "Maximum"), "30 mg (label: Flexeril US label)");
}

TEST(DoseMaximumRule, PrescribedMaximumAppliesOnlyWhileItsMedicationIsActive) {
    JournalBuilder j;
    const auto old = j.med("Flexeril", "5 mg", "", "2026-02-20", "2026-03-01");
    j.medication(old).max_daily = Amount::milligrams(15);
    const auto now = j.med("Fexmid", "10 mg", "", "2026-03-02");
    j.dose(old, "2026-03-01T08:00", "20 mg");
    j.dose(now, "2026-03-04T08:00", "20 mg");
    const auto alerts = of_rule(j.analyse("2026-03-04"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "cyclobenzaprine above the maximum");
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-01"));
}

TEST(DoseMaximumRule, AcetaminophenWarnsAbove3000AndIsUrgentAbove4000) {
    auto run = [](const std::string& extra, const Thresholds& t = {}) {
        JournalBuilder j;
        const auto id = j.med("Tylenol", "1000 mg", "", "2026-03-01");
        j.dose(id, "2026-03-04T06:00");
        j.dose(id, "2026-03-04T12:00");
        j.dose(id, "2026-03-04T18:00");
        if (!extra.empty()) j.dose(id, "2026-03-04T22:00", extra);
        return of_rule(j.analyse("2026-03-04", t), rule);
    };
    EXPECT_TRUE(run("").empty());
    const auto warn = run("1 mg");
    ASSERT_EQ(warn.size(), 1u);
    EXPECT_EQ(warn[0].severity, AlertSeverity::warning);
    EXPECT_EQ(evidence(warn[0], "Threshold"),
              "urgent above 4000 mg (label: Tylenol US label (4000 mg); back-pain patient article, 2025 (3000 mg))");
    EXPECT_TRUE(has_source(warn[0], "What is the best treatment for back pain spasms?"));
    EXPECT_EQ(run("1000 mg").at(0).severity, AlertSeverity::warning);
    EXPECT_EQ(run("1001 mg").at(0).severity, AlertSeverity::urgent);

    // The label's own urgent level replaces the percentage for its own maximum.
    Thresholds t;
    t.urgent_dose_percent = 110;
    EXPECT_EQ(run("500 mg", t).at(0).severity, AlertSeverity::warning);
}

TEST(DoseMaximumRule, AcetaminophenLabelUrgentLevelHoldsUnderALowerPrescribedMaximum) {
    auto run = [](const std::string& dose) {
        JournalBuilder j;
        const auto id = j.med("Tylenol", "500 mg", "", "2026-03-01");
        j.medication(id).max_daily = Amount::milligrams(2000);
        j.dose(id, "2026-03-04T06:00", dose);
        return of_rule(j.analyse("2026-03-04"), rule);
    };
    EXPECT_EQ(run("2999 mg").at(0).severity, AlertSeverity::warning);
    EXPECT_EQ(run("3000 mg").at(0).severity, AlertSeverity::urgent);
    EXPECT_EQ(evidence(run("3000 mg").at(0), "Threshold"),
              "urgent at 3000 mg (150 % of the maximum, setting threshold.urgent-dose-percent); "
              "urgent above "
              "4000 mg (label: Tylenol US label (4000 mg); back-pain patient article, 2025 (3000 mg))");
}

// Methocarbamol's label allows 8000 mg on course days 1-3 and 4500 mg after.
std::vector<Alert> robaxin(const std::string& day3, const std::string& day4,
                           const std::string& day4_at = "2026-03-04T20:00") {
    JournalBuilder j;
    const auto id = j.med("Robaxin", "1500 mg", "", "2026-03-01");
    j.dose(id, "2026-03-01T08:00", "4000 mg");
    j.dose(id, "2026-03-02T08:00", "4000 mg");
    j.dose(id, "2026-03-03T08:00", "4000 mg");
    j.dose(id, "2026-03-03T20:00", day3);
    j.dose(id, day4_at, day4);
    return of_rule(j.analyse("2026-03-04"), rule);
}

TEST(DoseMaximumRule, MethocarbamolAllowsMoreOnTheFirstCourseDays) {
    EXPECT_TRUE(robaxin("4000 mg", "4500 mg").empty());
    // 24 hours that began on course day 3 keep its allowance, but 8500 mg is above it.
    const auto early = robaxin("4000 mg", "4500 mg", "2026-03-04T08:00");
    ASSERT_EQ(early.size(), 1u);
    EXPECT_EQ(early[0].subject, "methocarbamol above the maximum");
    EXPECT_EQ(early[0].raised_on, JournalBuilder::day("2026-03-04"));
    EXPECT_EQ(evidence(early[0], "Maximum"),
              "8000 mg (label, course day 3 of the first 3: Robaxin US label)");
    EXPECT_EQ(evidence(early[0], "Total"), "8500 mg in 2 doses");

    const auto day3 = robaxin("4001 mg", "4500 mg");
    ASSERT_EQ(day3.size(), 1u);
    EXPECT_EQ(day3[0].subject, "methocarbamol above the maximum");
    EXPECT_EQ(day3[0].raised_on, JournalBuilder::day("2026-03-03"));
    EXPECT_EQ(evidence(day3[0], "Maximum"),
              "8000 mg (label, course day 3 of the first 3: Robaxin US label)");

    const auto day4 = robaxin("4000 mg", "4501 mg");
    ASSERT_EQ(day4.size(), 1u);
    EXPECT_EQ(day4[0].subject, "methocarbamol above the maximum");
    EXPECT_EQ(day4[0].raised_on, JournalBuilder::day("2026-03-04"));
    EXPECT_EQ(evidence(day4[0], "Maximum"), "4500 mg (label: Robaxin US label)");
}

std::vector<Alert> zanaflex_doses(int taken, int skipped) {
    JournalBuilder j;
    const auto id = j.med("Zanaflex", "2 mg", "", "2026-03-01");
    for (int i = 0; i < taken; ++i) j.dose(id, "2026-03-04T0" + std::to_string(i + 1) + ":00");
    for (int i = 0; i < skipped; ++i) j.skipped(id, "2026-03-04T2" + std::to_string(i) + ":00");
    return of_rule(j.analyse("2026-03-04"), rule);
}

TEST(DoseMaximumRule, TizanidineMoreThanThreeDosesInADay) {
    const auto alerts = zanaflex_doses(4, 0);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::warning);
    EXPECT_EQ(a.subject, "tizanidine doses above the maximum");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-04"));
    EXPECT_EQ(a.title, "Zanaflex: too many doses in 24 hours");
    EXPECT_EQ(
        a.message,
        "Today you took 4 doses of Zanaflex (tizanidine); the label allows at most 3 doses in 24 hours. "
        "Check with your pharmacist before taking more.");
    EXPECT_EQ(evidence(a, "Window"), "the day 2026-03-04");
    EXPECT_EQ(evidence(a, "Threshold"),
              "at most 3 doses in 24 hours (label: Zanaflex US label)");
    EXPECT_EQ(evidence(a, "Doses"), "4 (total 8 mg)");
    EXPECT_EQ(count_evidence(a, "Dose"), 4);
    EXPECT_FALSE(a.sources.empty());
}

TEST(DoseMaximumRule, TizanidineThreeDosesAndSkippedOnesAreSilent) {
    EXPECT_TRUE(zanaflex_doses(3, 0).empty());
    EXPECT_TRUE(zanaflex_doses(3, 2).empty());
}

TEST(DoseMaximumRule, UnknownDrugUsesOnlyThePrescribedMaximum) {
    auto run = [](bool prescribed) {
        JournalBuilder j;
        const auto id = j.med("mystery-rub", "10 mg", "", "2026-03-01");
        if (prescribed) j.medication(id).max_daily = Amount::milligrams(20);
        j.dose(id, "2026-03-04T08:00", "25 mg");
        return of_rule(j.analyse("2026-03-04"), rule);
    };
    EXPECT_TRUE(run(false).empty());
    const auto alerts = run(true);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "mystery-rub above the maximum");
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-04"));
    EXPECT_EQ(evidence(alerts[0], "Maximum"), "20 mg (prescribed for mystery-rub)");
    EXPECT_FALSE(alerts[0].sources.empty());
}

// ---- Any 24 hours, not only a calendar day ----

// Tizanidine 2 mg at 08:00, 14:00 and 20:00 on 03-04, then a fourth dose at `fourth`.
std::vector<Alert> zanaflex_fourth(const std::string& fourth) {
    JournalBuilder j;
    const auto id = j.med("Zanaflex", "2 mg", "", "2026-03-01");
    for (const char* at : {"2026-03-04T08:00", "2026-03-04T14:00", "2026-03-04T20:00"}) j.dose(id, at);
    j.dose(id, fourth);
    return of_rule(j.analyse("2026-03-05"), rule);
}

TEST(DoseMaximumRule, AFourthTizanidineDoseWithin24HoursIsTooManyAcrossMidnight) {
    EXPECT_TRUE(zanaflex_fourth("2026-03-05T08:01").empty()) << "24 h 01 min after the first";
    EXPECT_TRUE(zanaflex_fourth("2026-03-05T08:00").empty()) << "every 8 hours is 3 doses in any 24 hours";

    const auto alerts = zanaflex_fourth("2026-03-05T07:59");  // 23 h 59 min after the first
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::warning);
    EXPECT_EQ(a.subject, "tizanidine doses above the maximum");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-05"));
    EXPECT_EQ(a.drugs, std::vector<std::string>{"tizanidine"});
    EXPECT_EQ(a.message,
              "In the 24 hours up to 07:59 today you took 4 doses of Zanaflex (tizanidine); the label allows at "
              "most 3 doses in 24 hours. Check with your pharmacist before taking more.");
    EXPECT_EQ(evidence(a, "Window"), "24 hours up to 2026-03-05 07:59");
    EXPECT_EQ(evidence(a, "Doses"), "4 (total 8 mg)");
    EXPECT_EQ(count_evidence(a, "Dose"), 4);
    EXPECT_EQ(evidence(a, "Dose"), "2026-03-04 08:00 Zanaflex 2 mg");
}

TEST(DoseMaximumRule, FourTizanidineDosesIn17HoursAcrossMidnight) {
    JournalBuilder j;
    const auto id = j.med("Zanaflex", "2 mg", "", "2026-03-01");
    for (const char* at : {"2026-03-04T16:00", "2026-03-04T21:00", "2026-03-05T02:00", "2026-03-05T09:00"})
        j.dose(id, at);
    const auto alerts = of_rule(j.analyse("2026-03-06"), rule);
    ASSERT_EQ(alerts.size(), 1u) << "each calendar day has 2 doses";
    EXPECT_EQ(alerts[0].subject, "tizanidine doses above the maximum");
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-05"));
    EXPECT_EQ(alerts[0].message.rfind("In the 24 hours up to 2026-03-05 09:00 you took 4 doses of Zanaflex", 0), 0u)
        << alerts[0].message;
}

TEST(DoseMaximumRule, TheTotalCountsOverAny24Hours) {
    auto run = [](const std::string& morning) {
        JournalBuilder j;
        const auto id = j.med("Flexeril", "10 mg", "", "2026-03-01");
        j.dose(id, "2026-03-04T20:00", "20 mg");
        j.dose(id, "2026-03-05T06:00", morning);
        return of_rule(j.analyse("2026-03-05"), rule);
    };
    EXPECT_TRUE(run("10 mg").empty());
    const auto alerts = run("15 mg");
    ASSERT_EQ(alerts.size(), 1u) << "neither calendar day is above 30 mg";
    EXPECT_EQ(alerts[0].subject, "cyclobenzaprine above the maximum");
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-05"));
    EXPECT_EQ(alerts[0].message,
              "In the 24 hours up to 06:00 today, the total of Flexeril (35 mg of cyclobenzaprine) is above the "
              "maximum (30 mg). Check with your pharmacist before taking more.");
    EXPECT_EQ(evidence(alerts[0], "Total"), "35 mg in 2 doses");
    EXPECT_EQ(evidence(alerts[0], "Dose"), "2026-03-04 20:00 Flexeril 20 mg");
}

TEST(DoseMaximumRule, TizanidineAbove36MgInAny24Hours) {
    JournalBuilder j;
    const auto id = j.med("Zanaflex", "12 mg", "", "2026-03-01");
    j.dose(id, "2026-03-04T12:00");
    j.dose(id, "2026-03-04T20:00");
    j.dose(id, "2026-03-05T04:00", "12.5 mg");
    const auto alerts = of_rule(j.analyse("2026-03-05"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "tizanidine above the maximum");
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-05"));
    EXPECT_EQ(evidence(alerts[0], "Total"), "36.5 mg in 3 doses");
    EXPECT_EQ(evidence(alerts[0], "Maximum"), "36 mg (label: Zanaflex US label)");
}

TEST(DoseMaximumRule, OneAlertPerDayForTheWorstWindow) {
    JournalBuilder j;
    const auto id = j.med("Flexeril", "10 mg", "", "2026-03-01");
    j.dose(id, "2026-03-04T20:00", "20 mg");
    j.dose(id, "2026-03-05T06:00", "15 mg");  // 35 mg in 24 h
    j.dose(id, "2026-03-05T12:00", "5 mg");   // 40 mg in 24 h
    const auto alerts = of_rule(j.analyse("2026-03-05"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(evidence(alerts[0], "Total"), "40 mg in 3 doses");
}

// A trip: doses are instants and windows are 24 real hours, so neither the day lost flying
// east nor the day gained flying home makes a maximum that was not there, or hides one.
TEST(DoseMaximumRule, TravelNewYorkTokyoAndBackGivesNoFalseMaximum) {
    JournalBuilder j("America/New_York");
    const auto id = j.med("Zanaflex", "4 mg", "", "2026-03-01");
    for (const char* at : {"2026-03-04T08:00", "2026-03-04T14:00", "2026-03-04T20:00"}) j.dose(id, at);
    for (const char* at : {"2026-03-06T08:00", "2026-03-06T14:00", "2026-03-06T20:00", "2026-03-07T08:00",
                           "2026-03-07T14:00", "2026-03-07T20:00", "2026-03-10T08:00", "2026-03-10T14:00"})
        j.dose_in("Asia/Tokyo", id, at);
    // Home again: 03-10 14:00 in Tokyo was 01:00 in New York, so 03-10 holds 4 doses in 25 hours.
    for (const char* at : {"2026-03-10T14:00", "2026-03-10T20:00"}) j.dose(id, at);
    EXPECT_TRUE(of_rule(j.analyse("2026-03-11"), rule).empty());
}

TEST(DoseMaximumRule, TravelEastCanMakeFourDosesIn24HoursOnTwoCalendarDays) {
    JournalBuilder j("America/New_York");
    const auto id = j.med("Zanaflex", "4 mg", "", "2026-03-01");
    for (const char* at : {"2026-03-04T08:00", "2026-03-04T14:00", "2026-03-04T20:00"}) j.dose(id, at);
    j.dose_in("Asia/Tokyo", id, "2026-03-05T14:00");  // 00:00 in New York: 16 hours after the first
    const auto alerts = of_rule(j.analyse("2026-03-05"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "tizanidine doses above the maximum");
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-05"));
    EXPECT_EQ(alerts[0].message.rfind("In the 24 hours up to 14:00 Asia/Tokyo today you took 4 doses", 0), 0u)
        << alerts[0].message;
    EXPECT_EQ(count_evidence(alerts[0], "Dose"), 4);
    const auto last = std::find_if(alerts[0].evidence.rbegin(), alerts[0].evidence.rend(),
                                   [](const Evidence& e) { return e.label == "Dose"; });
    EXPECT_EQ(last->value, "2026-03-05 14:00 Asia/Tokyo Zanaflex 4 mg");
}

TEST(DoseMaximumRule, TheDayTheClocksGoBackIsNotA25HourAllowance) {
    // 2026-10-25 in Berlin has 25 hours: four doses 24 h 20 min apart are 3 in any 24 hours.
    JournalBuilder j;
    const auto id = j.med("Zanaflex", "2 mg", "", "2026-10-01");
    for (const char* at : {"2026-10-25T00:30", "2026-10-25T08:30", "2026-10-25T16:30", "2026-10-25T23:50"})
        j.dose(id, at);
    EXPECT_TRUE(of_rule(j.analyse("2026-10-25"), rule).empty());
}

TEST(DoseMaximumRule, TheAlertShowsTheMostSevereRecentDayAndCountsTheOthers) {
    JournalBuilder j;
    const auto id = j.med("Tylenol", "1000 mg", "", "2026-03-01");
    j.dose(id, "2026-03-02T08:00", "4500 mg");  // urgent, more than 14 days before the latest
    j.dose(id, "2026-03-20T08:00", "4500 mg");  // urgent
    j.dose(id, "2026-03-25T08:00", "3500 mg");  // a warning, later
    const auto alerts = of_rule(j.analyse("2026-03-26"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].severity, AlertSeverity::urgent);
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-20"));
    EXPECT_EQ(alerts[0].last_seen, JournalBuilder::day("2026-03-25"));
    EXPECT_EQ(evidence(alerts[0], "Days above the maximum in the last 12 months"), "3 (2026-03-02, 2026-03-20 and 2026-03-25)");

    const auto later = of_rule(j.analyse("2026-04-10"), rule);
    ASSERT_EQ(later.size(), 1u);
    EXPECT_EQ(later[0].severity, AlertSeverity::urgent) << "the analysis of a later day keeps the facts";
    JournalBuilder k;
    const auto t = k.med("Tylenol", "1000 mg", "", "2026-03-01");
    k.dose(t, "2026-03-02T08:00", "4500 mg");
    k.dose(t, "2026-03-25T08:00", "3500 mg");
    const auto old_urgent = of_rule(k.analyse("2026-03-26"), rule);
    ASSERT_EQ(old_urgent.size(), 1u);
    EXPECT_EQ(old_urgent[0].severity, AlertSeverity::warning) << "an urgent day 23 days before is history";
    EXPECT_EQ(old_urgent[0].raised_on, JournalBuilder::day("2026-03-25"));
}

// ---- Combination products: an ingredient is totalled across every product ----

// Tylenol `tylenol` three times (08:00, 12:00, 16:00), then `percocets` Percocet tablets
// one at a time from 14:00.
std::vector<Alert> tylenol_and_percocet(const std::string& tylenol, int percocets) {
    JournalBuilder j;
    const auto t = j.med("Tylenol", "1000 mg", "", "2026-03-01");
    const auto p = j.med("Percocet", "5 mg", "", "2026-03-01");
    for (const char* at : {"2026-03-04T08:00", "2026-03-04T12:00", "2026-03-04T16:00"}) j.dose(t, at, tylenol);
    for (int i = 0; i < percocets; ++i) j.dose(p, "2026-03-04T" + std::to_string(14 + 2 * i) + ":00");
    return of_rule(j.analyse("2026-03-04"), rule);
}

TEST(DoseMaximumRule, TylenolAndFourPercocetAreUrgentAndNameTheLiver) {
    const auto alerts = tylenol_and_percocet("1000 mg", 4);  // 3000 + 4 x 325 = 4300 mg
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::urgent);
    EXPECT_EQ(a.subject, "acetaminophen above the maximum");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-04"));
    EXPECT_EQ(a.title, "Acetaminophen above the daily maximum");
    EXPECT_EQ(a.drugs, std::vector<std::string>{"acetaminophen"});
    EXPECT_EQ(a.message,
              "Today's total of acetaminophen (4300 mg: Tylenol 3000 mg + Percocet 1300 mg) is above the maximum "
              "(3000 mg). Above 4000 mg in 24 hours, acetaminophen can seriously harm the liver: contact your "
              "pharmacist or clinician now, or a poison control center, even if you feel well.");
    EXPECT_EQ(evidence(a, "Total"), "4300 mg in 7 doses");
    EXPECT_EQ(evidence(a, "From"), "Tylenol 3000 mg; Percocet 1300 mg");
    EXPECT_EQ(count_evidence(a, "Dose"), 7);
    EXPECT_NE(std::find(a.evidence.begin(), a.evidence.end(),
                        Evidence{"Dose", "2026-03-04 14:00 Percocet 1 tablet (325 mg acetaminophen)"}),
              a.evidence.end());
    EXPECT_TRUE(has_source(a, "Percocet US label"));
    EXPECT_TRUE(has_source(a, "Tylenol US label"));
}

TEST(DoseMaximumRule, AcetaminophenFromProductsAt4000IsAWarningAndAbove4000Urgent) {
    const auto at_4000 = tylenol_and_percocet("900 mg", 4);  // 2700 + 1300
    ASSERT_EQ(at_4000.size(), 1u);
    EXPECT_EQ(at_4000[0].severity, AlertSeverity::warning);
    EXPECT_EQ(at_4000[0].message.find("liver"), std::string::npos);
    EXPECT_NE(at_4000[0].message.find("Check with your pharmacist before taking more."), std::string::npos);

    const auto above = tylenol_and_percocet("900.5 mg", 4);  // 2701.5 + 1300
    ASSERT_EQ(above.size(), 1u);
    EXPECT_EQ(above[0].severity, AlertSeverity::urgent);

    const auto three = tylenol_and_percocet("1000 mg", 3);  // 3975 mg
    ASSERT_EQ(three.size(), 1u);
    EXPECT_EQ(three[0].severity, AlertSeverity::warning);
    EXPECT_TRUE(tylenol_and_percocet("800 mg", 1).empty()) << "2725 mg";
}

TEST(DoseMaximumRule, PercocetAloneCountsItsAcetaminophen) {
    JournalBuilder j;
    const auto p = j.med("Percocet", "10 mg", "", "2026-03-01");  // 2 tablets a dose
    for (const char* at : {"2026-03-04T06:00", "2026-03-04T10:00", "2026-03-04T14:00", "2026-03-04T18:00",
                           "2026-03-04T22:00"})
        j.dose(p, at);
    const auto alerts = of_rule(j.analyse("2026-03-04"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "acetaminophen above the maximum");
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-04"));
    EXPECT_EQ(alerts[0].severity, AlertSeverity::warning) << "3250 mg";
    EXPECT_EQ(alerts[0].message.rfind("Today's total of acetaminophen (3250 mg: Percocet 3250 mg) is above", 0), 0u)
        << alerts[0].message;
    EXPECT_EQ(evidence(alerts[0], "Dose"), "2026-03-04 06:00 Percocet 2 tablets (650 mg acetaminophen)");
}

TEST(DoseMaximumRule, APrescribedMaximumForAProductCountsItsUnits) {
    JournalBuilder j;
    const auto p = j.med("Percocet", "5 mg", "", "2026-03-01");
    j.medication(p).max_daily = Amount::milligrams(30);  // 6 tablets
    for (int i = 0; i < 7; ++i) j.dose(p, "2026-03-04T0" + std::to_string(i + 1) + ":00");
    const auto alerts = of_rule(j.analyse("2026-03-04"), rule);
    ASSERT_EQ(alerts.size(), 1u) << "2275 mg of acetaminophen is within its maximum";
    EXPECT_EQ(alerts[0].subject, "oxycodone/acetaminophen 5/325 mg above the maximum");
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-04"));
    EXPECT_EQ(alerts[0].message,
              "Today's total of Percocet (7 tablets) is above your prescribed maximum (6 tablets). "
              "Check with your pharmacist before taking more.");
}

TEST(DoseMaximumRule, ExcedrinAddsToAcetaminophenAndAspirin) {
    JournalBuilder j;
    const auto e = j.med("Excedrin", "500 mg", "", "2026-03-01");  // 2 tablets a dose
    const auto t = j.med("Tylenol", "500 mg", "", "2026-03-01");
    for (const char* at : {"2026-03-04T08:00", "2026-03-04T14:00", "2026-03-04T20:00"}) j.dose(e, at);
    for (const char* at : {"2026-03-04T10:00", "2026-03-04T16:00", "2026-03-04T22:00"}) j.dose(t, at);
    const auto alerts = of_rule(j.analyse("2026-03-04"), rule);
    EXPECT_TRUE(alerts.empty()) << "1500 mg from Excedrin + 1500 mg Tylenol is the 3000 mg maximum";
    j.dose(t, "2026-03-04T23:00", "1 mg");
    const auto above = of_rule(j.analyse("2026-03-04"), rule);
    ASSERT_EQ(above.size(), 1u);
    EXPECT_EQ(evidence(above[0], "From"), "Excedrin 1500 mg; Tylenol 1501 mg");
}

TEST(CombinationProducts, TheOpioidInPercocetMeetsAMuscleRelaxant) {
    JournalBuilder j;
    const auto f = j.med("Flexeril", "5 mg", "", "2026-03-01");
    const auto p = j.med("Percocet", "5 mg", "", "2026-03-01");
    j.dose(f, "2026-03-04T08:00");
    j.dose(p, "2026-03-04T12:00");
    const auto alerts = of_rule(j.analyse("2026-03-04"), "interaction.cns-depressants");
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_NE(alerts[0].message.find("Percocet"), std::string::npos) << alerts[0].message;
}

TEST(CombinationProducts, TheSleepAidInTylenolPmMeetsAMuscleRelaxant) {
    JournalBuilder j;
    const auto f = j.med("Zanaflex", "2 mg", "", "2026-03-01");
    const auto p = j.med("Tylenol PM", "1000 mg", "", "2026-03-01");
    j.dose(f, "2026-03-04T20:00");
    j.dose(p, "2026-03-04T22:00");
    EXPECT_EQ(of_rule(j.analyse("2026-03-04"), "interaction.cns-depressants").size(), 1u);
}

// ---- The warning said as a dose is logged ----

TEST(DoseWarnings, TheFourthTizanidineDoseIn24HoursIsNamedAtOnce) {
    JournalBuilder j;
    const auto id = j.med("Zanaflex", "2 mg", "", "2026-03-01");
    for (const char* at : {"2026-03-04T16:00", "2026-03-04T21:00", "2026-03-05T02:00"}) j.dose(id, at);
    EXPECT_TRUE(dose_warnings(j.snapshot(), 3, JournalBuilder::day("2026-03-05")).empty());
    j.dose(id, "2026-03-05T09:00");
    const auto w = dose_warnings(j.snapshot(), 4, JournalBuilder::day("2026-03-05"));
    ASSERT_EQ(w.size(), 1u);
    EXPECT_EQ(w[0].severity, AlertSeverity::warning);
    EXPECT_EQ(w[0].ingredient, "tizanidine");
    EXPECT_EQ(w[0].message,
              "In the 24 hours up to 09:00 today you took 4 doses of Zanaflex (tizanidine); the label allows at "
              "most 3 doses in 24 hours. Check with your pharmacist before taking more.");
}

TEST(DoseWarnings, APercocetThatTakesAcetaminophenAbove4000IsUrgent) {
    JournalBuilder j;
    const auto t = j.med("Tylenol", "1000 mg", "", "2026-03-01");
    const auto p = j.med("Percocet", "5 mg", "", "2026-03-01");
    for (const char* at : {"2026-03-04T08:00", "2026-03-04T12:00", "2026-03-04T16:00"}) j.dose(t, at);
    for (const char* at : {"2026-03-04T17:00", "2026-03-04T18:00", "2026-03-04T19:00"}) j.dose(p, at);
    const LocalDay today = JournalBuilder::day("2026-03-04");
    const auto third = dose_warnings(j.snapshot(), 6, today);
    ASSERT_EQ(third.size(), 1u);
    EXPECT_EQ(third[0].severity, AlertSeverity::warning);
    EXPECT_EQ(third[0].message.rfind("Today's total of acetaminophen (3975 mg: Tylenol 3000 mg + Percocet 975 mg) "
                                     "is above the maximum (3000 mg).",
                                     0),
              0u)
        << third[0].message;

    j.dose(p, "2026-03-04T20:00");
    const auto fourth = dose_warnings(j.snapshot(), 7, today);
    ASSERT_EQ(fourth.size(), 1u);
    EXPECT_EQ(fourth[0].severity, AlertSeverity::urgent);
    EXPECT_EQ(fourth[0].ingredient, "acetaminophen");
    EXPECT_NE(fourth[0].message.find("4300 mg: Tylenol 3000 mg + Percocet 1300 mg"), std::string::npos);
    EXPECT_NE(fourth[0].message.find("can seriously harm the liver"), std::string::npos);
}

TEST(DoseWarnings, NothingForADoseWithinTheMaximumOrASkippedOne) {
    JournalBuilder j;
    const auto id = j.med("Flexeril", "10 mg", "08:00,14:00,20:00", "2026-03-01");
    j.dose(id, "2026-03-04T08:00");
    j.dose(id, "2026-03-04T14:00");
    j.dose(id, "2026-03-04T20:00");
    const LocalDay today = JournalBuilder::day("2026-03-04");
    EXPECT_TRUE(dose_warnings(j.snapshot(), 3, today).empty());
    j.skipped(id, "2026-03-04T21:00");
    EXPECT_TRUE(dose_warnings(j.snapshot(), 4, today).empty());
    EXPECT_TRUE(dose_warnings(j.snapshot(), 99, today).empty()) << "no such entry";
}

TEST(DoseWarnings, ADoseLoggedLateWarnsOfTheWindowsItJoins) {
    JournalBuilder j;
    const auto id = j.med("Flexeril", "10 mg", "", "2026-03-01");
    j.dose(id, "2026-03-04T08:00", "20 mg");
    j.dose(id, "2026-03-04T20:00", "5 mg");
    j.dose(id, "2026-03-04T12:00", "10 mg");  // logged last, taken in between
    const auto w = dose_warnings(j.snapshot(), 3, JournalBuilder::day("2026-03-05"));
    ASSERT_EQ(w.size(), 1u);
    EXPECT_EQ(w[0].message.rfind("On 2026-03-04 the total of Flexeril (35 mg of cyclobenzaprine) was above", 0), 0u)
        << w[0].message;
}

}  // namespace
}  // namespace relief
