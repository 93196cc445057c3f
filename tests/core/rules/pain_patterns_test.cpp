#include <gtest/gtest.h>

#include <algorithm>

#include "journal_builder.h"

namespace relief {
namespace {

using testing::JournalBuilder;
using testing::of_rule;

constexpr const char* neuropathic = "pain.neuropathic-pattern";
constexpr const char* joint = "pain.joint-pattern";

bool has_evidence(const Alert& a, const std::string& label, const std::string& value) {
    return std::find(a.evidence.begin(), a.evidence.end(), Evidence{label, value}) !=
           a.evidence.end();
}

// Flexeril every day 2026-03-01..03-10 and plain back pain on the days without the pattern.
JournalBuilder on_flexeril() {
    JournalBuilder b;
    const auto id = b.med("Flexeril", "5 mg", "", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-10");
    b.pain_daily("2026-03-01", "2026-03-10", 4, {"lower-back"}, {"aching"});
    return b;
}

TEST(PainPatternRule, NerveQualitiesOnThreeDaysAreInfo) {
    auto b = on_flexeril();
    b.pain("2026-03-06T18:00", 5, {"lower-back"}, {"burning"});
    b.pain("2026-03-08T18:00", 5, {"lower-back"}, {"shooting"});
    b.pain("2026-03-10T18:00", 5, {"lower-back"}, {"electric", "tingling"});
    const auto alerts = of_rule(b.analyse("2026-03-10"), neuropathic);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::info);
    EXPECT_EQ(a.subject, "nerve-type pain");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-10"));
    EXPECT_EQ(a.title, "Nerve-type pain while on Flexeril");
    EXPECT_NE(a.message.find("On 3 of the last 7 days"), std::string::npos) << a.message;
    EXPECT_NE(a.message.find("while taking Flexeril (cyclobenzaprine)"), std::string::npos);
    EXPECT_NE(a.message.find("often does not respond to muscle relaxers"), std::string::npos);
    EXPECT_NE(a.message.find("clinician or pharmacist"), std::string::npos);
    EXPECT_TRUE(has_evidence(a, "Days with this pain",
                             "3 of the last 7 days (2026-03-06, 2026-03-08, 2026-03-10)"));
    EXPECT_TRUE(has_evidence(a, "Logged as", "burning, electric, shooting, tingling"));
    EXPECT_TRUE(has_evidence(a, "Muscle relaxant in use",
                             "Flexeril (cyclobenzaprine), last taken 2026-03-10"));
    EXPECT_TRUE(has_evidence(a, "Threshold", "3 of 7 days (setting threshold.pattern-days)"));
    EXPECT_FALSE(a.sources.empty());
    EXPECT_TRUE(of_rule(b.analyse("2026-03-10"), joint).empty());
}

TEST(PainPatternRule, TwoDaysAreSilent) {
    auto b = on_flexeril();
    b.pain("2026-03-08T18:00", 5, {}, {"burning"});
    b.pain("2026-03-10T18:00", 5, {}, {"burning"});
    EXPECT_TRUE(of_rule(b.analyse("2026-03-10"), neuropathic).empty());
}

TEST(PainPatternRule, DaysOutsideTheWindowDoNotCount) {
    auto b = on_flexeril();
    b.pain("2026-03-03T18:00", 5, {}, {"burning"});  // 8 days before 03-10
    b.pain("2026-03-08T18:00", 5, {}, {"burning"});
    b.pain("2026-03-10T18:00", 5, {}, {"burning"});
    EXPECT_TRUE(of_rule(b.analyse("2026-03-10"), neuropathic).empty());
    // The window 03-03..03-09 reaches back to the first: with 03-09 added it holds three days.
    b.pain("2026-03-09T18:00", 5, {}, {"burning"});
    const auto alerts = of_rule(b.analyse("2026-03-09"), neuropathic);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-09"));
}

TEST(PainPatternRule, PainBelowTheKneeCounts) {
    auto b = on_flexeril();
    b.pain("2026-03-08T18:00", 5, {"left-calf"});
    b.pain("2026-03-09T18:00", 5, {"foot"});
    b.pain("2026-03-10T18:00", 5, {"right-below-knee", "shin"});
    const auto alerts = of_rule(b.analyse("2026-03-10"), neuropathic);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(has_evidence(alerts[0], "Logged as", "foot, left-calf, right-below-knee, shin"));
}

TEST(PainPatternRule, KneeAndThighAreNotBelowTheKnee) {
    auto b = on_flexeril();
    b.pain("2026-03-08T18:00", 5, {"left-knee"});
    b.pain("2026-03-09T18:00", 5, {"thigh"});
    b.pain("2026-03-10T18:00", 5, {"knee"});
    EXPECT_TRUE(of_rule(b.analyse("2026-03-10"), neuropathic).empty());
}

TEST(PainPatternRule, ZeroScoreIsNotPain) {
    auto b = on_flexeril();
    b.pain("2026-03-08T18:00", 5, {}, {"tingling"});
    b.pain("2026-03-09T18:00", 5, {}, {"tingling"});
    b.pain("2026-03-10T18:00", 0, {}, {"tingling"});
    EXPECT_TRUE(of_rule(b.analyse("2026-03-10"), neuropathic).empty());
}

TEST(PainPatternRule, PatternLastsWhileItHolds) {
    auto b = on_flexeril();
    for (const auto* when :
         {"2026-03-05T18:00", "2026-03-06T18:00", "2026-03-07T18:00", "2026-03-08T18:00"})
        b.pain(when, 5, {}, {"burning"});
    const auto alerts = of_rule(b.analyse("2026-03-10"), neuropathic);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "nerve-type pain");
    EXPECT_EQ(alerts[0].raised_on, JournalBuilder::day("2026-03-07"));
}

TEST(PainPatternRule, NeedsAMuscleRelaxantInUse) {
    JournalBuilder b;
    const auto ibuprofen = b.med("Advil", "400 mg", "", "2026-03-01");
    b.take_daily(ibuprofen, "2026-03-01", "2026-03-10");
    for (const auto* when : {"2026-03-08T18:00", "2026-03-09T18:00", "2026-03-10T18:00"})
        b.pain(when, 5, {}, {"burning"});
    EXPECT_TRUE(of_rule(b.analyse("2026-03-10"), neuropathic).empty());
}

TEST(PainPatternRule, RelaxantTakenWithinTheLastSevenDaysIsInUse) {
    for (const auto& [last_dose, fires] :
         std::vector<std::pair<std::string, bool>>{{"2026-03-04", true}, {"2026-03-03", false}}) {
        JournalBuilder b;
        const auto id = b.med("Zanaflex", "2 mg", "", "2026-03-01");
        b.take_daily(id, "2026-03-01", last_dose);
        for (const auto* when : {"2026-03-08T18:00", "2026-03-09T18:00", "2026-03-10T18:00"})
            b.pain(when, 5, {}, {"joint"});
        const auto alerts = of_rule(b.analyse("2026-03-10"), joint);
        ASSERT_EQ(alerts.size(), fires ? 1u : 0u) << last_dose;
        if (fires) {
            EXPECT_TRUE(has_evidence(alerts[0], "Muscle relaxant in use",
                                     "Zanaflex (tizanidine), last taken 2026-03-04"));
        }
    }
}

TEST(PainPatternRule, JointPainOnThreeDaysIsInfo) {
    auto b = on_flexeril();
    for (const auto* when : {"2026-03-04T18:00", "2026-03-07T18:00", "2026-03-10T18:00"})
        b.pain(when, 5, {"knee"}, {"joint"});
    const auto alerts = of_rule(b.analyse("2026-03-10"), joint);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::info);
    EXPECT_EQ(a.subject, "joint pain");
    EXPECT_EQ(a.raised_on, JournalBuilder::day("2026-03-10"));
    EXPECT_EQ(a.title, "Joint pain while on Flexeril");
    EXPECT_NE(a.message.find("Joint pain is not treated by muscle relaxers."), std::string::npos)
        << a.message;
    EXPECT_NE(a.message.find("Flexeril (cyclobenzaprine)"), std::string::npos);
    EXPECT_NE(a.message.find("clinician or pharmacist"), std::string::npos);
    EXPECT_TRUE(has_evidence(a, "Days with this pain",
                             "3 of the last 7 days (2026-03-04, 2026-03-07, 2026-03-10)"));
    EXPECT_TRUE(has_evidence(a, "Threshold", "3 of 7 days (setting threshold.pattern-days)"));
    EXPECT_TRUE(of_rule(b.analyse("2026-03-10"), neuropathic).empty());
}

TEST(PainPatternRule, JointPainOnTwoDaysIsSilent) {
    auto b = on_flexeril();
    b.pain("2026-03-07T18:00", 5, {}, {"joint"});
    b.pain("2026-03-10T18:00", 5, {}, {"joint"});
    EXPECT_TRUE(of_rule(b.analyse("2026-03-10"), joint).empty());
}

TEST(PainPatternRule, ThresholdSettingMovesTheBoundary) {
    Thresholds t;
    t.pattern_days = 2;
    auto b = on_flexeril();
    b.pain("2026-03-09T18:00", 5, {}, {"joint"});
    b.pain("2026-03-10T18:00", 5, {}, {"shooting"});
    EXPECT_TRUE(of_rule(b.analyse("2026-03-10", t), joint).empty());
    EXPECT_TRUE(of_rule(b.analyse("2026-03-10", t), neuropathic).empty());
    b.pain("2026-03-08T18:00", 5, {}, {"joint"});
    b.pain("2026-03-08T19:00", 5, {}, {"shooting"});
    const auto joints = of_rule(b.analyse("2026-03-10", t), joint);
    ASSERT_EQ(joints.size(), 1u);
    EXPECT_TRUE(
        has_evidence(joints[0], "Threshold", "2 of 7 days (setting threshold.pattern-days)"));
    EXPECT_EQ(of_rule(b.analyse("2026-03-10", t), neuropathic).size(), 1u);
}

}  // namespace
}  // namespace relief
