#include "journal_builder.h"

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
    EXPECT_EQ(a.subject, "cyclobenzaprine on 2026-03-04");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-04"));
    EXPECT_EQ(a.title, "Flexeril above the daily maximum");
    EXPECT_EQ(
        a.message,
        "Today's total of Flexeril (30.5 mg of cyclobenzaprine) is above the maximum (30 mg). "
        "Check with your pharmacist before taking more.");
    EXPECT_EQ(evidence(a, "Day"), "2026-03-04");
    EXPECT_EQ(evidence(a, "Total"), "30.5 mg in 3 doses");
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
    EXPECT_EQ(alerts[0].subject, "cyclobenzaprine on 2026-03-02");
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-02"));
    EXPECT_EQ(
        alerts[0].message,
        "On 2026-03-02 the total of Flexeril (35 mg of cyclobenzaprine) was above the maximum "
        "(30 mg). Check with your pharmacist before taking more.");
}

TEST(DoseMaximumRule, OneAlertPerDayAndNoneAfterAsOf) {
    JournalBuilder j;
    const auto id = j.med("cyclobenzaprine", "10 mg", "", "2026-03-01");
    j.dose(id, "2026-03-02T08:00", "35 mg");
    j.dose(id, "2026-03-03T08:00", "35 mg");
    j.dose(id, "2026-03-05T08:00", "35 mg");
    const auto alerts = of_rule(j.analyse("2026-03-04"), rule);
    ASSERT_EQ(alerts.size(), 2u);
    EXPECT_EQ(alerts[0].subject, "cyclobenzaprine on 2026-03-03");
    EXPECT_EQ(alerts[1].subject, "cyclobenzaprine on 2026-03-02");
    EXPECT_EQ(
        alerts[0].message.rfind("On 2026-03-03 the total of cyclobenzaprine (35 mg) was above", 0),
        0u);
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
    EXPECT_EQ(alerts[0].subject, "cyclobenzaprine on 2026-03-01");
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
std::vector<Alert> robaxin(const std::string& day3, const std::string& day4) {
    JournalBuilder j;
    const auto id = j.med("Robaxin", "1500 mg", "", "2026-03-01");
    j.dose(id, "2026-03-01T08:00", "4000 mg");
    j.dose(id, "2026-03-02T08:00", "4000 mg");
    j.dose(id, "2026-03-03T08:00", "4000 mg");
    j.dose(id, "2026-03-03T20:00", day3);
    j.dose(id, "2026-03-04T08:00", day4);
    return of_rule(j.analyse("2026-03-04"), rule);
}

TEST(DoseMaximumRule, MethocarbamolAllowsMoreOnTheFirstCourseDays) {
    EXPECT_TRUE(robaxin("4000 mg", "4500 mg").empty());

    const auto day3 = robaxin("4001 mg", "4500 mg");
    ASSERT_EQ(day3.size(), 1u);
    EXPECT_EQ(day3[0].subject, "methocarbamol on 2026-03-03");
    EXPECT_EQ(evidence(day3[0], "Maximum"),
              "8000 mg (label, course day 3 of the first 3: RULES.md; Robaxin US label)");

    const auto day4 = robaxin("4000 mg", "4501 mg");
    ASSERT_EQ(day4.size(), 1u);
    EXPECT_EQ(day4[0].subject, "methocarbamol on 2026-03-04");
    EXPECT_EQ(evidence(day4[0], "Maximum"), "4500 mg (label: RULES.md; Robaxin US label)");
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
    EXPECT_EQ(a.subject, "tizanidine doses on 2026-03-04");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-04"));
    EXPECT_EQ(
        a.message,
        "Today you took 4 doses of Zanaflex (tizanidine); the label allows at most 3 doses a day. "
        "Check with your pharmacist before taking more.");
    EXPECT_EQ(evidence(a, "Threshold"),
              "at most 3 doses a day (label: RULES.md; Zanaflex US label)");
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
    EXPECT_EQ(alerts[0].subject, "mystery-rub on 2026-03-04");
    EXPECT_EQ(evidence(alerts[0], "Maximum"), "20 mg (prescribed for mystery-rub)");
    EXPECT_FALSE(alerts[0].sources.empty());
}

}  // namespace
}  // namespace relief
