#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "journal_builder.h"

namespace relief {
namespace {

using testing::JournalBuilder;
using testing::of_rule;

constexpr const char* rule = "redflag.symptoms";

bool has_evidence(const Alert& a, const std::string& label, const std::string& value) {
    return std::find(a.evidence.begin(), a.evidence.end(), Evidence{label, value}) !=
           a.evidence.end();
}

TEST(RedFlagRule, LoggedRedFlagIsUrgent) {
    JournalBuilder b;
    b.symptom("2026-03-05T14:10", "bladder-control-loss");
    const auto alerts = of_rule(b.analyse("2026-03-06"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::urgent);
    EXPECT_EQ(a.subject, "bladder-control-loss");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-05"));
    EXPECT_EQ(a.title, "Loss of bladder control: seek care now");
    EXPECT_NE(a.message.find("You logged loss of bladder control on 2026-03-05."),
              std::string::npos)
        << a.message;
    EXPECT_NE(a.message.find("Seek urgent care now"), std::string::npos);
    EXPECT_NE(a.message.find("clinician"), std::string::npos);
    EXPECT_TRUE(has_evidence(a, "Symptom", "bladder-control-loss"));
    EXPECT_TRUE(has_evidence(a, "First logged", "2026-03-05 14:10"));
    EXPECT_TRUE(has_evidence(a, "Times logged that day", "1"));
    EXPECT_TRUE(has_evidence(a, "Threshold", "none: any logged red-flag symptom is urgent"));
    EXPECT_EQ(a.sources,
              (std::vector<std::string>{"AHCPR acute low back problems guideline (1994): red flags",
                                        "NASS Choosing Wisely"}));
}

TEST(RedFlagRule, EveryRedFlagOfTheRulesFires) {
    JournalBuilder b;
    const std::vector<std::string> flags{
        "bladder-control-loss", "bowel-control-loss", "saddle-numbness", "urinary-retention",
        "leg-weakness",         "foot-drop",          "fever-with-back-pain", "pain-after-fall",
        "night-pain",           "unexplained-weight-loss"};
    for (const auto& f : flags) b.symptom("2026-03-05T09:00", f);
    const auto alerts = of_rule(b.analyse("2026-03-05"), rule);
    ASSERT_EQ(alerts.size(), flags.size());
    for (const auto& f : flags)
        EXPECT_TRUE(std::any_of(alerts.begin(), alerts.end(), [&](const Alert& a) {
            return a.subject == f;
        })) << f;
}

TEST(RedFlagRule, OtherSymptomsAreSilent) {
    JournalBuilder b;
    b.symptom("2026-03-05T09:00", "leg-numbness");
    b.symptom("2026-03-05T09:00", "numbness");
    b.symptom("2026-03-05T09:00", "fever");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-05"), rule).empty());
}

// One alert per red flag, about its latest day: the same symptom logged again is the same
// alert back (and raised again even when discussed, docs/alerts.md), not a pile.
TEST(RedFlagRule, OneAlertPerSymptomAboutItsLatestDay) {
    JournalBuilder b;
    b.symptom("2026-03-05T08:00", "foot-drop");
    b.symptom("2026-03-05T20:30", "foot-drop");
    EXPECT_TRUE(has_evidence(of_rule(b.analyse("2026-03-06"), rule).at(0), "Times logged that day", "2"));
    b.symptom("2026-03-07T09:15", "foot-drop");
    const auto alerts = of_rule(b.analyse("2026-03-10"), rule);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "foot-drop");
    EXPECT_EQ(alerts[0].topic, "foot drop");
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-07"));
    EXPECT_EQ(alerts[0].last_seen, JournalBuilder::day("2026-03-07"));
    EXPECT_TRUE(has_evidence(alerts[0], "First logged", "2026-03-07 09:15"));
    EXPECT_TRUE(has_evidence(alerts[0], "Days logged in the last 12 months", "2"));
}

TEST(RedFlagRule, SymptomAfterTheAsOfDayIsNotSeen) {
    JournalBuilder b;
    b.symptom("2026-03-06T00:30", "saddle-numbness");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-05"), rule).empty());
    EXPECT_EQ(of_rule(b.analyse("2026-03-06"), rule).size(), 1u);
}

}  // namespace
}  // namespace relief

TEST(RedFlagRule, FeverOnADayWithBackPainIsTheRedFlag) {
    relief::testing::JournalBuilder b;
    b.symptom("2026-03-02T10:00", "fever");
    EXPECT_TRUE(relief::testing::of_rule(b.analyse("2026-03-02"), "redflag.symptoms").empty())
        << "fever alone is not a red flag";
    b.pain("2026-03-03T08:00", 4, {"lower-back"});
    b.symptom("2026-03-03T10:00", "fever");
    b.pain("2026-03-04T08:00", 4, {"neck"});
    b.symptom("2026-03-04T10:00", "fever");
    const auto alerts = relief::testing::of_rule(b.analyse("2026-03-04"), "redflag.symptoms");
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "fever-with-back-pain");
    EXPECT_EQ(alerts[0].severity, relief::AlertSeverity::urgent);
}

TEST(RedFlagRule, ARedFlagLoggedAsASideEffectStillCounts) {
    relief::testing::JournalBuilder b;
    b.side_effect("2026-03-02T10:00", "foot-drop");
    const auto alerts = relief::testing::of_rule(b.analyse("2026-03-02"), "redflag.symptoms");
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "foot-drop");
}

namespace relief {
namespace {

using testing::JournalBuilder;
using testing::of_rule;

constexpr const char* red_flag = "redflag.symptoms";

std::string evidence_of(const Alert& a, const std::string& label) {
    for (const auto& e : a.evidence)
        if (e.label == label) return e.value;
    return "(no '" + label + "')";
}

// In name order: the analyser lists the newest first.
std::vector<std::string> subjects(const std::vector<Alert>& alerts) {
    std::vector<std::string> out;
    for (const auto& a : alerts) out.push_back(a.subject);
    std::sort(out.begin(), out.end());
    return out;
}

const Alert& with_subject(const std::vector<Alert>& alerts, const std::string& subject) {
    const auto found = std::find_if(alerts.begin(), alerts.end(), [&](const Alert& a) { return a.subject == subject; });
    if (found == alerts.end()) throw std::runtime_error("no alert '" + subject + "'");
    return *found;
}

using Subjects = std::vector<std::string>;

// --- fever with back pain: 24 hours apart, not the same calendar day ---

TEST(RedFlagFever, FeverBeforeMidnightAndBackPainAfterPair) {
    JournalBuilder b;
    b.symptom("2026-03-05T23:30", "fever");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-05"), red_flag).empty()) << "no back pain yet";
    b.pain("2026-03-06T00:30", 6, {"lower-back"});
    const auto alerts = of_rule(b.analyse("2026-03-06"), red_flag);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::urgent);
    EXPECT_EQ(a.subject, "fever-with-back-pain") << "raised when the pair was complete";
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-06"));
    EXPECT_EQ(a.title, "Fever with back pain: seek care now");
    EXPECT_EQ(evidence_of(a, "Symptom"), "fever-with-back-pain");
    EXPECT_EQ(evidence_of(a, "Fever logged"), "2026-03-05 23:30, symptom: fever");
    EXPECT_EQ(evidence_of(a, "Back pain logged"), "2026-03-06 00:30, pain 6/10 (moderate): lower back");
    EXPECT_EQ(evidence_of(a, "Time apart"), "1 h 0 min");
    EXPECT_EQ(evidence_of(a, "Threshold"), "fever and back pain logged within 24 hours of each other");
    EXPECT_NE(a.message.find("You logged fever (2026-03-05 23:30) and back pain (2026-03-06 00:30), 1 h 0 min apart."),
              std::string::npos)
        << a.message;
    EXPECT_NE(a.message.find("Seek urgent care now"), std::string::npos);
    EXPECT_NE(a.message.find("clinician"), std::string::npos);
}

TEST(RedFlagFever, BackPainThenFeverTwentyFourHoursApartPairButNotAMinuteMore) {
    JournalBuilder at_limit;
    at_limit.pain("2026-03-05T10:00", 3, {"lower-back"});
    at_limit.symptom("2026-03-06T10:00", "fever");
    const auto alerts = of_rule(at_limit.analyse("2026-03-06"), red_flag);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "fever-with-back-pain");
    EXPECT_EQ(evidence_of(alerts[0], "Time apart"), "24 h 0 min");

    JournalBuilder beyond;
    beyond.pain("2026-03-05T10:00", 3, {"lower-back"});
    beyond.symptom("2026-03-06T10:01", "fever");
    EXPECT_TRUE(of_rule(beyond.analyse("2026-03-07"), red_flag).empty());
}

TEST(RedFlagFever, FeverThenBackPainTwentyFourHoursApartPairButNotAMinuteMore) {
    JournalBuilder at_limit;
    at_limit.symptom("2026-03-05T10:00", "fever");
    at_limit.pain("2026-03-06T10:00", 1, {"mid-back"});
    EXPECT_EQ(subjects(of_rule(at_limit.analyse("2026-03-07"), red_flag)),
              Subjects{"fever-with-back-pain"});

    JournalBuilder beyond;
    beyond.symptom("2026-03-05T10:00", "fever");
    beyond.pain("2026-03-06T10:01", 1, {"mid-back"});
    EXPECT_TRUE(of_rule(beyond.analyse("2026-03-07"), red_flag).empty());
}

// 24 hours are hours on the clock of the world, not of the wall: across the spring change
// (Berlin, 2026-03-29 02:00 -> 03:00) 10:00 to 11:00 the next day is 24 hours.
TEST(RedFlagFever, TwentyFourHoursAcrossTheClockChange) {
    JournalBuilder at_limit;
    at_limit.symptom("2026-03-28T10:00", "fever");
    at_limit.pain("2026-03-29T11:00", 4, {"lower-back"});
    EXPECT_EQ(of_rule(at_limit.analyse("2026-03-29"), red_flag).size(), 1u);

    JournalBuilder beyond;
    beyond.symptom("2026-03-28T10:00", "fever");
    beyond.pain("2026-03-29T11:01", 4, {"lower-back"});
    EXPECT_TRUE(of_rule(beyond.analyse("2026-03-29"), red_flag).empty());
}

TEST(RedFlagFever, OnlyBackPainAboveZeroPairs) {
    JournalBuilder b;
    b.symptom("2026-03-05T10:00", "fever");
    b.pain("2026-03-05T09:00", 0, {"lower-back"});
    b.pain("2026-03-05T11:00", 8, {"neck", "left-leg"});
    EXPECT_TRUE(of_rule(b.analyse("2026-03-05"), red_flag).empty());
    b.pain("2026-03-05T12:00", 1, {"left-leg", "upper-back"});
    const auto alerts = of_rule(b.analyse("2026-03-05"), red_flag);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(evidence_of(alerts[0], "Back pain logged"), "2026-03-05 12:00, pain 1/10 (mild): left leg, upper back");
}

TEST(RedFlagFever, BackPainAsASymptomAndFeverAsASideEffectPair) {
    JournalBuilder b;
    b.symptom("2026-03-05T21:00", "back-pain");
    b.side_effect("2026-03-06T08:00", "feverish");  // a new side-effect word that means fever
    const auto alerts = of_rule(b.analyse("2026-03-06"), red_flag);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "fever-with-back-pain");
    EXPECT_EQ(evidence_of(alerts[0], "Fever logged"), "2026-03-06 08:00, side effect: feverish (mild)");
    EXPECT_EQ(evidence_of(alerts[0], "Back pain logged"), "2026-03-05 21:00, symptom: back pain");
}

// One fever is one alert, even with back pain logged on both sides of it; a second fever on
// a later day is the same alert about the later day.
TEST(RedFlagFever, OneAlertAboutTheLatestFeverAndTheSameOnEveryRerun) {
    JournalBuilder b;
    b.pain_daily("2026-03-04", "2026-03-08", 5, {"lower-back"});  // 09:00 each day
    b.symptom("2026-03-05T12:00", "fever");
    b.symptom("2026-03-05T18:00", "fever");
    const auto fifth = of_rule(b.analyse("2026-03-05"), red_flag);
    ASSERT_EQ(subjects(fifth), Subjects{"fever-with-back-pain"});
    EXPECT_EQ(evidence_of(fifth[0], "Back pain logged"), "2026-03-05 09:00, pain 5/10 (moderate): lower back")
        << "the nearest back pain before the first fever";
    EXPECT_EQ(evidence_of(fifth[0], "Times logged that day"), "2");
    b.symptom("2026-03-07T20:00", "fever");
    const auto first = of_rule(b.analyse("2026-03-07"), red_flag);
    ASSERT_EQ(subjects(first), Subjects{"fever-with-back-pain"});
    EXPECT_EQ(first[0].raised_on, JournalBuilder::day("2026-03-07"));
    const auto later = of_rule(b.analyse("2026-03-10"), red_flag);
    EXPECT_EQ(subjects(later), subjects(first));
    for (const auto& a : later) EXPECT_EQ(a.raised_on, with_subject(first, a.subject).raised_on);
}

// --- saddle numbness logged as pain ---

TEST(RedFlagSaddle, NumbnessInTheGroinLoggedAsPainRaises) {
    JournalBuilder b;
    b.pain("2026-03-05T14:10", 3, {"groin"}, {"numbness"});
    const auto alerts = of_rule(b.analyse("2026-03-05"), red_flag);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.subject, "saddle-numbness");
    EXPECT_EQ(a.severity, AlertSeverity::urgent);
    EXPECT_EQ(evidence_of(a, "First logged"), "2026-03-05 14:10");
    EXPECT_EQ(evidence_of(a, "Logged as"), "pain 3/10 (mild): groin; numbness");
    EXPECT_EQ(evidence_of(a, "Threshold"),
              "numbness or tingling logged at the groin, an inner thigh or both buttocks");
    EXPECT_NE(a.message.find("You logged numbness in the groin or saddle area on 2026-03-05."), std::string::npos)
        << a.message;
}

TEST(RedFlagSaddle, GroinWithAchingDoesNot) {
    JournalBuilder b;
    b.pain("2026-03-05T14:10", 6, {"groin"}, {"aching"});
    b.pain("2026-03-05T15:00", 6, {"left-leg", "lower-back"}, {"numbness"});
    b.pain("2026-03-05T16:00", 6, {"left-buttock"}, {"tingling"});
    EXPECT_TRUE(of_rule(b.analyse("2026-03-05"), red_flag).empty());
}

TEST(RedFlagSaddle, InnerThighOrBothButtocksWithTinglingRaise) {
    JournalBuilder thigh;
    thigh.pain("2026-03-05T08:00", 2, {"left-inner-thigh"}, {"tingling"});
    EXPECT_EQ(subjects(of_rule(thigh.analyse("2026-03-05"), red_flag)), Subjects{"saddle-numbness"});

    JournalBuilder buttocks;
    buttocks.pain("2026-03-05T08:00", 0, {"left-buttock", "right-buttock"}, {"numbness"});
    EXPECT_EQ(subjects(of_rule(buttocks.analyse("2026-03-05"), red_flag)), Subjects{"saddle-numbness"})
        << "numbness is not a pain score: a 0 still counts";
}

TEST(RedFlagSaddle, PainAndSymptomOnOneDayAreOneAlert) {
    JournalBuilder b;
    b.pain("2026-03-05T08:00", 4, {"groin"}, {"tingling"});
    b.symptom("2026-03-05T09:00", "saddle-numbness");
    const auto alerts = of_rule(b.analyse("2026-03-05"), red_flag);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(evidence_of(alerts[0], "Times logged that day"), "2");
    EXPECT_EQ(evidence_of(alerts[0], "First logged"), "2026-03-05 08:00");
}

// --- the other AHCPR items ---

TEST(RedFlagAhcpr, RetentionNightPainAndWeightLossRaise) {
    JournalBuilder b;
    b.symptom("2026-03-05T07:00", "urinary-retention");
    b.symptom("2026-03-05T03:10", "night-pain");
    b.symptom("2026-03-05T12:00", "unexplained-weight-loss");
    const auto alerts = of_rule(b.analyse("2026-03-05"), red_flag);
    EXPECT_EQ(subjects(alerts), (Subjects{"night-pain", "unexplained-weight-loss",
                                          "urinary-retention"}));
    for (const auto& a : alerts) EXPECT_EQ(a.severity, AlertSeverity::urgent);
    EXPECT_EQ(with_subject(alerts, "urinary-retention").title,
              "New difficulty passing urine: seek care now");
    EXPECT_EQ(with_subject(alerts, "night-pain").title, "Pain at night or at rest: seek care now");
    EXPECT_EQ(with_subject(alerts, "unexplained-weight-loss").title,
              "Unexplained weight loss: seek care now");
}

TEST(RedFlagAhcpr, NeighbouringWordsAreSilent) {
    JournalBuilder b;
    b.symptom("2026-03-05T07:00", "weight-loss");
    b.symptom("2026-03-05T07:00", "tingling");
    b.symptom("2026-03-05T07:00", "back-pain");
    b.pain("2026-03-05T03:00", 9, {"lower-back"}, {"throbbing"});  // logged at night: not "night pain"
    EXPECT_TRUE(of_rule(b.analyse("2026-03-05"), red_flag).empty());
}

// Red flags read the last 365 days (event_look_back_days): as of 2026-03-06 the first day
// read is 2025-03-07, so the day before is not counted.
TEST(RedFlagAhcpr, CountsTheDaysOfTheLastYearOnly) {
    JournalBuilder b;
    b.symptom("2025-03-06T07:00", "saddle-numbness");
    b.symptom("2025-03-07T07:00", "saddle-numbness");
    b.symptom("2026-03-06T07:00", "saddle-numbness");
    const auto alerts = of_rule(b.analyse("2026-03-06"), red_flag);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(has_evidence(alerts[0], "Days logged in the last 12 months", "2"));
    const auto next_day = of_rule(b.analyse("2026-03-07"), red_flag);
    ASSERT_EQ(next_day.size(), 1u);
    EXPECT_EQ(evidence_of(next_day[0], "Days logged in the last 12 months"), "(no 'Days logged in the last 12 months')")
        << "only one day is left in the year: no count";
}

TEST(RedFlagAhcpr, RetentionAsASideEffectAndAnOlderStoredWordRaise) {
    JournalBuilder b;
    b.side_effect("2026-03-05T07:00", "urinary-retention", Severity::moderate);
    b.symptom("2026-03-06T07:00", "cant-pee");  // kept as a new word by an older version
    const auto alerts = of_rule(b.analyse("2026-03-06"), red_flag);
    ASSERT_EQ(subjects(alerts), Subjects{"urinary-retention"}) << "one alert, about its latest day";
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-06")) << "the older stored word counts";
    EXPECT_TRUE(has_evidence(alerts[0], "Days logged in the last 12 months", "2"));
    const auto side_effect = of_rule(b.analyse("2026-03-05"), red_flag);
    ASSERT_EQ(side_effect.size(), 1u);
    EXPECT_EQ(evidence_of(side_effect[0], "Logged as"), "side effect: urinary retention (moderate)");
}

TEST(RedFlagAhcpr, KnownRetentionIsNotNewButOtherRedFlagsStillRaise) {
    JournalBuilder b;
    b.profile().conditions = {"urinary-retention"};
    b.symptom("2026-03-05T07:00", "urinary-retention");
    b.symptom("2026-03-05T08:00", "bladder-control-loss");
    EXPECT_EQ(subjects(of_rule(b.analyse("2026-03-05"), red_flag)),
              Subjects{"bladder-control-loss"});
}

TEST(RedFlagAhcpr, NotesAreNotRead) {
    JournalBuilder b;
    b.note("2026-03-05T07:00", "numb groin, can't pee, fever and back pain");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-05"), red_flag).empty());
}

}  // namespace
}  // namespace relief
