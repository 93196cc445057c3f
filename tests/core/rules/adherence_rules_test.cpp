#include "journal_builder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace relief {
namespace {

using testing::JournalBuilder;
using testing::of_rule;

constexpr const char* below = "adherence.below-target";
constexpr const char* streak = "adherence.missed-streak";
constexpr const char* side_effects = "adherence.side-effect-skips";

bool has_evidence(const Alert& a, const std::string& label, const std::string& part) {
    return std::any_of(a.evidence.begin(), a.evidence.end(), [&](const Evidence& e) {
        return e.label == label && e.value.find(part) != std::string::npos;
    });
}

int count_evidence(const Alert& a, const std::string& label) {
    return static_cast<int>(
        std::count_if(a.evidence.begin(), a.evidence.end(), [&](const Evidence& e) { return e.label == label; }));
}

bool has_label(const Alert& a, const std::string& label) { return count_evidence(a, label) > 0; }

bool mentions_clinician(const Alert& a) {
    return a.message.find("clinician") != std::string::npos ||
           a.message.find("pharmacist") != std::string::npos;
}

// One dose a day at 08:00 from `first` through `last`, skipping the days listed
// (nothing logged: the dose is missed).
std::int64_t once_daily(JournalBuilder& b, const std::string& name, const std::string& first,
                        const std::string& last, const std::set<std::string>& missed_days) {
    const auto id = b.med(name, name == "Lioresal" ? "10mg" : "750mg", "08:00", first);
    for (auto d = JournalBuilder::day(first); d <= JournalBuilder::day(last); d += date::days{1})
        if (!missed_days.contains(format_day(d))) b.take_daily(id, format_day(d), format_day(d));
    return id;
}

// adherence.below-target -------------------------------------------------------------

TEST(AdherenceRule, BelowEightyPercentIsInfo) {
    JournalBuilder b;
    once_daily(b, "Robaxin", "2026-03-01", "2026-03-10",
               {"2026-03-03", "2026-03-05", "2026-03-07"});
    const auto alerts = of_rule(b.analyse("2026-03-10"), below);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::info);
    EXPECT_EQ(a.subject, "Robaxin adherence");
    // The course first reached 7 days on 03-07, already below target (4 of 7).
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-07"));
    EXPECT_EQ(
        a.message.rfind("You took 7 of 10 scheduled doses (70 %) of Robaxin (methocarbamol)", 0),
        0u);
    EXPECT_TRUE(mentions_clinician(a));
    EXPECT_TRUE(has_evidence(a, "Doses taken", "7 of 10 scheduled (70 %)"));
    EXPECT_TRUE(has_evidence(a, "Window", "2026-03-01 to 2026-03-10"));
    EXPECT_TRUE(has_evidence(a, "Never logged", "3"));
    EXPECT_TRUE(has_evidence(a, "Threshold", "below 80 % (setting threshold.adherence-percent)"));
    EXPECT_FALSE(a.sources.empty());
}

TEST(AdherenceRule, EightyPercentIsSilent) {
    JournalBuilder b;
    once_daily(b, "Robaxin", "2026-03-01", "2026-03-10", {"2026-03-03", "2026-03-05"});
    EXPECT_TRUE(of_rule(b.analyse("2026-03-10"), below).empty());
}

TEST(AdherenceRule, NeedsSevenDaysOfSchedule) {
    JournalBuilder b;
    once_daily(b, "Robaxin", "2026-03-01", "2026-03-07",
               {"2026-03-03", "2026-03-05", "2026-03-06"});
    EXPECT_TRUE(of_rule(b.analyse("2026-03-06"), below).empty());
    EXPECT_EQ(of_rule(b.analyse("2026-03-07"), below).size(), 1u);
}

TEST(AdherenceRule, ThresholdSettingMovesTheBoundary) {
    JournalBuilder b;
    once_daily(b, "Robaxin", "2026-03-01", "2026-03-10",
               {"2026-03-03", "2026-03-05", "2026-03-07"});
    Thresholds t;
    t.adherence_percent = 70;
    EXPECT_TRUE(of_rule(b.analyse("2026-03-10", t), below).empty());
    t.adherence_percent = 71;
    EXPECT_EQ(of_rule(b.analyse("2026-03-10", t), below).size(), 1u);
}

TEST(AdherenceRule, OnlyTheLastThirtyDaysCount) {
    // Four misses before the window and seven inside it: 23 of 30 (76 %) fires...
    const std::set<std::string> early{"2026-03-02", "2026-03-04", "2026-03-06", "2026-03-08"};
    std::set<std::string> misses = early;
    for (const auto* d :
         {"2026-03-12", "2026-03-14", "2026-03-16", "2026-03-18", "2026-03-20", "2026-03-22"})
        misses.insert(d);
    auto with_seven = misses;
    with_seven.insert("2026-03-24");
    JournalBuilder fires;
    once_daily(fires, "Robaxin", "2026-03-01", "2026-04-09", with_seven);
    const auto alerts = of_rule(fires.analyse("2026-04-09"), below);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(has_evidence(alerts[0], "Doses taken", "23 of 30 scheduled (76 %)"));
    EXPECT_TRUE(has_evidence(alerts[0], "Window", "2026-03-11 to 2026-04-09"));

    // ... six inside it is 24 of 30 (80 %), though 30 of 40 overall would be 75 %.
    JournalBuilder silent;
    once_daily(silent, "Robaxin", "2026-03-01", "2026-04-09", misses);
    EXPECT_TRUE(of_rule(silent.analyse("2026-04-09"), below).empty());
}

TEST(AdherenceRule, BaclofenBelowFiftyPercentIsWarning) {
    JournalBuilder b;
    once_daily(
        b, "Lioresal", "2026-03-01", "2026-03-10",
        {"2026-03-02", "2026-03-04", "2026-03-06", "2026-03-08", "2026-03-09", "2026-03-10"});
    const auto alerts = of_rule(b.analyse("2026-03-10"), below);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].severity, AlertSeverity::warning);
    EXPECT_TRUE(has_evidence(alerts[0], "Doses taken", "4 of 10 scheduled (40 %)"));
    EXPECT_TRUE(has_evidence(alerts[0], "Threshold", "below 50 % for baclofen or tizanidine"));
    EXPECT_NE(alerts[0].message.find("Lioresal (baclofen)"), std::string::npos);
    EXPECT_TRUE(mentions_clinician(alerts[0]));
}

TEST(AdherenceRule, BaclofenAtFiftyPercentIsStillInfo) {
    JournalBuilder b;
    once_daily(b, "Lioresal", "2026-03-01", "2026-03-10",
               {"2026-03-02", "2026-03-04", "2026-03-06", "2026-03-08", "2026-03-10"});
    const auto alerts = of_rule(b.analyse("2026-03-10"), below);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].severity, AlertSeverity::info);
}

TEST(AdherenceRule, OtherDrugsBelowFiftyPercentStayInfo) {
    JournalBuilder b;
    once_daily(
        b, "Robaxin", "2026-03-01", "2026-03-10",
        {"2026-03-02", "2026-03-04", "2026-03-06", "2026-03-08", "2026-03-09", "2026-03-10"});
    EXPECT_EQ(of_rule(b.analyse("2026-03-10"), below).at(0).severity, AlertSeverity::info);
}

TEST(AdherenceRule, AsNeededMedicationsAreNotJudged) {
    JournalBuilder b;
    const auto id = b.med("Robaxin", "750mg", "", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-02");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-20"), below).empty());
    EXPECT_TRUE(of_rule(b.analyse("2026-03-20"), streak).empty());
}

// adherence.missed-streak ------------------------------------------------------------

// Two doses a day (08:00, 14:00) taken 03-01..03-08 except the slots listed.
JournalBuilder twice_daily(const std::string& name, const std::set<std::string>& not_logged,
                           const std::set<std::string>& skipped = {}) {
    JournalBuilder b;
    const auto id = b.med(name, name == "Lioresal" ? "10mg" : "750mg", "08:00,14:00", "2026-03-01");
    for (auto d = JournalBuilder::day("2026-03-01"); d <= JournalBuilder::day("2026-03-08");
         d += date::days{1})
        for (const auto* time : {"T08:00", "T14:00"}) {
            const std::string when = format_day(d) + time;
            if (skipped.contains(when))
                b.skipped(id, when);
            else if (!not_logged.contains(when))
                b.dose(id, when);
        }
    return b;
}

TEST(AdherenceRule, TwoMissedInARowIsInfo) {
    auto b = twice_daily("Robaxin", {"2026-03-06T08:00"}, {"2026-03-06T14:00"});
    const auto alerts = of_rule(b.analyse("2026-03-08"), streak);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::info);
    EXPECT_EQ(a.subject, "Robaxin doses missed in a row");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-06"));
    EXPECT_EQ(a.message,
              "You missed 2 doses of Robaxin (methocarbamol) in a row. Talk to your clinician or "
              "pharmacist.");
    EXPECT_TRUE(has_evidence(a, "Dose", "2026-03-06 08:00 missed"));
    EXPECT_TRUE(has_evidence(a, "Dose", "2026-03-06 14:00 skipped"));
    EXPECT_TRUE(has_evidence(a, "Threshold", "2 doses in a row (setting threshold.missed-streak)"));
    EXPECT_FALSE(a.sources.empty());
}

// Ten doses are listed; with more, the evidence says they are the latest, so the dates
// are never read as the whole run.
TEST(AdherenceRule, ALongStreakSaysWhichDosesAreListed) {
    std::set<std::string> ten, eleven;
    for (const char* when : {"2026-03-04T08:00", "2026-03-04T14:00", "2026-03-05T08:00", "2026-03-05T14:00",
                             "2026-03-06T08:00", "2026-03-06T14:00", "2026-03-07T08:00", "2026-03-07T14:00",
                             "2026-03-08T08:00", "2026-03-08T14:00"})
        ten.insert(when), eleven.insert(when);
    eleven.insert("2026-03-03T14:00");
    auto at_ten = twice_daily("Robaxin", ten);
    const auto a10 = of_rule(at_ten.analyse("2026-03-08"), streak);
    ASSERT_EQ(a10.size(), 1u);
    EXPECT_EQ(count_evidence(a10[0], "Dose"), 10);
    EXPECT_FALSE(has_label(a10[0], "Listed"));
    auto at_eleven = twice_daily("Robaxin", eleven);
    const auto a11 = of_rule(at_eleven.analyse("2026-03-08"), streak);
    ASSERT_EQ(a11.size(), 1u);
    EXPECT_EQ(count_evidence(a11[0], "Dose"), 10);
    EXPECT_TRUE(has_evidence(a11[0], "Listed", "the latest 10 of 11 doses"));
    EXPECT_TRUE(has_evidence(a11[0], "From", "2026-03-03 14:00"));
}

TEST(AdherenceRule, OneMissedDoseIsNoStreak) {
    auto b = twice_daily("Robaxin", {"2026-03-06T08:00", "2026-03-07T08:00"});
    EXPECT_TRUE(of_rule(b.analyse("2026-03-08"), streak).empty());
}

TEST(AdherenceRule, BaclofenStreakIsWarning) {
    auto b = twice_daily("Lioresal", {"2026-03-05T14:00", "2026-03-06T08:00"});
    const auto alerts = of_rule(b.analyse("2026-03-08"), streak);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].severity, AlertSeverity::warning);
    EXPECT_EQ(alerts[0].subject, "Lioresal doses missed in a row");
    EXPECT_TRUE(mentions_clinician(alerts[0]));
}

TEST(AdherenceRule, StreakThresholdSettingMovesTheBoundary) {
    Thresholds t;
    t.missed_streak = 3;
    auto two = twice_daily("Robaxin", {"2026-03-06T08:00", "2026-03-06T14:00"});
    EXPECT_TRUE(of_rule(two.analyse("2026-03-08", t), streak).empty());
    auto three =
        twice_daily("Robaxin", {"2026-03-05T14:00", "2026-03-06T08:00", "2026-03-06T14:00"});
    EXPECT_EQ(of_rule(three.analyse("2026-03-08", t), streak).size(), 1u);
}

TEST(AdherenceRule, StreakMustReachIntoTheLastSevenDays) {
    auto old = twice_daily("Robaxin", {"2026-03-01T08:00", "2026-03-01T14:00"});
    EXPECT_TRUE(of_rule(old.analyse("2026-03-08"), streak).empty());
    auto recent = twice_daily("Robaxin", {"2026-03-02T08:00", "2026-03-02T14:00"});
    EXPECT_EQ(of_rule(recent.analyse("2026-03-08"), streak).size(), 1u);
}

TEST(AdherenceRule, OngoingStreakKeepsItsFirstDose) {
    JournalBuilder b;
    const auto id = b.med("Robaxin", "750mg", "08:00,14:00", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-03");
    for (const auto* as_of : {"2026-03-06", "2026-03-20"}) {
        const auto alerts = of_rule(b.analyse(as_of), streak);
        ASSERT_EQ(alerts.size(), 1u) << as_of;
        EXPECT_EQ(alerts[0].subject, "Robaxin doses missed in a row") << as_of;
    }
    EXPECT_TRUE(has_evidence(of_rule(b.analyse("2026-03-20"), streak)[0],
                             "Doses not taken in a row", "34"));
}

// adherence.side-effect-skips --------------------------------------------------------

TEST(AdherenceRule, DosesSkippedAfterDrowsinessIsInfo) {
    auto b = twice_daily("Robaxin", {}, {"2026-03-05T08:00", "2026-03-05T14:00"});
    b.side_effect("2026-03-04T14:00", "drowsiness",
                  Severity::moderate);  // exactly 24 h before 14:00
    const auto alerts = of_rule(b.analyse("2026-03-08"), side_effects);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::info);
    EXPECT_EQ(a.subject, "Robaxin doses missed after side effects");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-05"));
    EXPECT_EQ(a.message,
              "Side effects may be getting in the way of your Robaxin (methocarbamol) doses; your "
              "clinician may "
              "adjust the plan. Talk to your clinician or pharmacist.");
    EXPECT_TRUE(has_evidence(a, "Doses not taken after side effects", "2"));
    EXPECT_TRUE(has_evidence(
        a, "Dose", "2026-03-05 14:00 skipped, after moderate drowsiness at 2026-03-04 14:00"));
    EXPECT_TRUE(has_evidence(a, "Threshold", "within 24 hours"));
    EXPECT_TRUE(has_evidence(a, "Threshold", "setting threshold.side-effect-skip-hours"));
    EXPECT_TRUE(has_evidence(a, "Threshold", "2 doses in 7 days"));
}

TEST(AdherenceRule, DoseMoreThanADayAfterTheSideEffectDoesNotCount) {
    auto b = twice_daily("Robaxin", {}, {"2026-03-05T08:00", "2026-03-05T14:00"});
    b.side_effect("2026-03-04T13:59", "drowsiness", Severity::moderate);  // 24 h 1 min before 14:00
    EXPECT_TRUE(of_rule(b.analyse("2026-03-08"), side_effects).empty());

    Thresholds t;
    t.side_effect_skip_hours = 25;
    EXPECT_EQ(of_rule(b.analyse("2026-03-08", t), side_effects).size(), 1u);
}

TEST(AdherenceRule, MildSideEffectsDoNotCount) {
    auto b = twice_daily("Robaxin", {}, {"2026-03-05T08:00", "2026-03-05T14:00"});
    b.side_effect("2026-03-05T07:00", "dizziness", Severity::mild);
    EXPECT_TRUE(of_rule(b.analyse("2026-03-08"), side_effects).empty());
}

TEST(AdherenceRule, OtherSideEffectsDoNotCount) {
    auto b = twice_daily("Robaxin", {}, {"2026-03-05T08:00", "2026-03-05T14:00"});
    b.side_effect("2026-03-05T07:00", "dry-mouth", Severity::severe);
    EXPECT_TRUE(of_rule(b.analyse("2026-03-08"), side_effects).empty());
}

TEST(AdherenceRule, OneSkipAfterASideEffectIsNotEnough) {
    auto b = twice_daily("Robaxin", {}, {"2026-03-05T14:00"});
    b.side_effect("2026-03-05T07:00", "dizziness", Severity::severe);
    EXPECT_TRUE(of_rule(b.analyse("2026-03-08"), side_effects).empty());

    Thresholds t;
    t.side_effect_skips = 1;
    EXPECT_EQ(of_rule(b.analyse("2026-03-08", t), side_effects).size(), 1u);
}

TEST(AdherenceRule, SideEffectSkipsMustFallWithinSevenDays) {
    // Misses on 03-01 and 03-08: eight days apart, never two in one week.
    auto apart = twice_daily("Robaxin", {"2026-03-01T14:00", "2026-03-08T08:00"});
    apart.side_effect("2026-03-01T09:00", "cant-stay-awake", Severity::moderate);
    apart.side_effect("2026-03-08T07:00", "dizziness", Severity::moderate);
    EXPECT_TRUE(of_rule(apart.analyse("2026-03-08"), side_effects).empty());

    auto week = twice_daily("Robaxin", {"2026-03-02T14:00", "2026-03-08T08:00"});
    week.side_effect("2026-03-02T09:00", "cant-stay-awake", Severity::moderate);
    week.side_effect("2026-03-08T07:00", "dizziness", Severity::moderate);
    const auto alerts = of_rule(week.analyse("2026-03-08"), side_effects);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-08"));
}

}  // namespace
}  // namespace relief
