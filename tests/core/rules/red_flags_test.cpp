#include <gtest/gtest.h>

#include <algorithm>

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
    EXPECT_EQ(a.subject, "bladder-control-loss on 2026-03-05");
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
        "bladder-control-loss", "bowel-control-loss", "saddle-numbness",
        "leg-weakness",         "foot-drop",          "fever-with-back-pain",
        "pain-after-fall"};
    for (const auto& f : flags) b.symptom("2026-03-05T09:00", f);
    const auto alerts = of_rule(b.analyse("2026-03-05"), rule);
    ASSERT_EQ(alerts.size(), flags.size());
    for (const auto& f : flags)
        EXPECT_TRUE(std::any_of(alerts.begin(), alerts.end(), [&](const Alert& a) {
            return a.subject == f + " on 2026-03-05";
        })) << f;
}

TEST(RedFlagRule, OtherSymptomsAreSilent) {
    JournalBuilder b;
    b.symptom("2026-03-05T09:00", "leg-numbness");
    b.symptom("2026-03-05T09:00", "numbness");
    b.symptom("2026-03-05T09:00", "fever");
    EXPECT_TRUE(of_rule(b.analyse("2026-03-05"), rule).empty());
}

TEST(RedFlagRule, OneAlertPerSymptomPerDay) {
    JournalBuilder b;
    b.symptom("2026-03-05T08:00", "foot-drop");
    b.symptom("2026-03-05T20:30", "foot-drop");
    b.symptom("2026-03-07T09:15", "foot-drop");
    const auto alerts = of_rule(b.analyse("2026-03-10"), rule);
    ASSERT_EQ(alerts.size(), 2u);
    const auto first = std::find_if(alerts.begin(), alerts.end(), [](const Alert& a) {
        return a.subject == "foot-drop on 2026-03-05";
    });
    ASSERT_NE(first, alerts.end());
    EXPECT_TRUE(has_evidence(*first, "Times logged that day", "2"));
    EXPECT_TRUE(has_evidence(*first, "First logged", "2026-03-05 08:00"));
    const auto second = std::find_if(alerts.begin(), alerts.end(), [](const Alert& a) {
        return a.subject == "foot-drop on 2026-03-07";
    });
    ASSERT_NE(second, alerts.end());
    EXPECT_EQ(second->raised_on, JournalBuilder::day("2026-03-07"));
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
    EXPECT_EQ(alerts[0].subject, "fever-with-back-pain on 2026-03-03");
    EXPECT_EQ(alerts[0].severity, relief::AlertSeverity::urgent);
}

TEST(RedFlagRule, ARedFlagLoggedAsASideEffectStillCounts) {
    relief::testing::JournalBuilder b;
    b.side_effect("2026-03-02T10:00", "foot-drop");
    const auto alerts = relief::testing::of_rule(b.analyse("2026-03-02"), "redflag.symptoms");
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "foot-drop on 2026-03-02");
}
