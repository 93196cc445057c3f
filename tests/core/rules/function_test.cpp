#include <gtest/gtest.h>

#include "journal_builder.h"

namespace relief {
namespace {

using testing::JournalBuilder;
using testing::of_rule;

constexpr const char* improved = "function.peg-improved";
constexpr const char* unimproved = "function.peg-no-improvement";
constexpr const char* course = "function.peg-course";
constexpr const char* persistent = "reassess.persistent-pain";

// Pain 6 every day from 2026-02-01 (episode day 1) to `last`; a PEG of 6 6 6 on day 1 and
// (pain, enjoyment, activity) on `later`.
JournalBuilder episode(const std::string& last, const std::string& later, int p, int e, int a) {
    JournalBuilder b;
    b.pain_daily("2026-02-01", last, 6);
    b.peg("2026-02-01T20:00", 6, 6, 6);
    b.peg(later + "T20:00", p, e, a);
    return b;
}

TEST(FunctionRules, ThirtyPercentBetterIsGoodNewsAndJustUnderIsNot) {
    // 6.0 to 4.2 (4, 4, 5 is 4.33: not; 4, 4, 4.6 impossible): 6.0 * 0.7 = 4.2 exactly.
    auto at_threshold = episode("2026-02-15", "2026-02-15", 4, 4, 4);  // 4.0: 33 %
    auto alerts = of_rule(at_threshold.analyse("2026-02-15"), improved);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].severity, AlertSeverity::info);
    EXPECT_EQ(alerts[0].title, "Function better: PEG 33 % better");
    EXPECT_NE(alerts[0].message.find("Good news"), std::string::npos);
    EXPECT_NE(alerts[0].message.find("6.0 to 4.0"), std::string::npos) << alerts[0].message;

    Thresholds t;
    t.peg_improvement_percent = 33;  // 4.0 is 33.3 % better: still counts
    EXPECT_EQ(of_rule(at_threshold.analyse("2026-02-15", t), improved).size(), 1u);
    t.peg_improvement_percent = 34;
    EXPECT_TRUE(of_rule(at_threshold.analyse("2026-02-15", t), improved).empty());

    auto under = episode("2026-02-15", "2026-02-15", 4, 4, 5);  // 4.33: 28 %
    EXPECT_TRUE(of_rule(under.analyse("2026-02-15"), improved).empty());
}

TEST(FunctionRules, ExactlyThirtyPercentCounts) {
    JournalBuilder b;
    b.pain_daily("2026-02-01", "2026-02-15", 6);
    b.peg("2026-02-01T20:00", 10, 10, 10);
    b.peg("2026-02-15T20:00", 7, 7, 7);  // 7.0 = 10 * 0.7
    EXPECT_EQ(of_rule(b.analyse("2026-02-15"), improved).size(), 1u);
    b.peg("2026-02-15T21:00", 7, 7, 8);  // 7.33: the latest decides
    EXPECT_TRUE(of_rule(b.analyse("2026-02-15"), improved).empty());
}

TEST(FunctionRules, NoImprovementByEpisodeDay28AsksForReassessmentInsteadOfPainAlone) {
    auto day27 = episode("2026-02-27", "2026-02-27", 6, 5, 6);
    EXPECT_TRUE(of_rule(day27.analyse("2026-02-27"), unimproved).empty());
    auto day28 = episode("2026-02-28", "2026-02-28", 6, 5, 6);
    const auto all = day28.analyse("2026-02-28");
    const auto alerts = of_rule(all, unimproved);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].severity, AlertSeverity::warning);
    EXPECT_EQ(alerts[0].title, "No 30 % improvement in function after 4 weeks");
    EXPECT_TRUE(of_rule(all, persistent).empty()) << "the PEG decides where it is logged";
    // Without a PEG, pain scores alone still ask for it.
    JournalBuilder b;
    b.pain_daily("2026-02-01", "2026-02-28", 6);
    EXPECT_EQ(of_rule(b.analyse("2026-02-28"), persistent).size(), 1u);
}

TEST(FunctionRules, AStalePegSaysNothingAboutNow) {
    auto b = episode("2026-03-01", "2026-02-15", 6, 6, 6);
    EXPECT_EQ(of_rule(b.analyse("2026-02-28"), unimproved).size(), 1u);  // 13 days old
    EXPECT_TRUE(of_rule(b.analyse("2026-03-01"), unimproved).empty());   // 14 days: stale
    EXPECT_EQ(of_rule(b.analyse("2026-03-01"), persistent).size(), 1u) << "then pain scores decide";
}

TEST(FunctionRules, ARelaxantWithoutBetterFunctionByCourseDay14) {
    JournalBuilder b;
    const auto flexeril = b.med("Flexeril", "5mg", "08:00,20:00", "2026-02-01");
    b.take_daily(flexeril, "2026-02-01", "2026-02-20");
    b.pain_daily("2026-02-01", "2026-02-20", 6);
    b.peg("2026-01-31T20:00", 6, 6, 6);
    b.peg("2026-02-13T20:00", 6, 5, 6);  // course day 13
    EXPECT_TRUE(of_rule(b.analyse("2026-02-13"), course).empty());
    EXPECT_TRUE(of_rule(b.analyse("2026-02-14"), course).empty()) << "the PEG of day 13 is not from day 14";
    b.peg("2026-02-14T20:00", 6, 5, 5);
    const auto alerts = of_rule(b.analyse("2026-02-14"), course);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].title, "Flexeril: function not better after 2 weeks");
    EXPECT_EQ(alerts[0].drugs, std::vector<std::string>{"cyclobenzaprine"});
    b.peg("2026-02-15T20:00", 4, 4, 4);
    EXPECT_TRUE(of_rule(b.analyse("2026-02-15"), course).empty());
    EXPECT_EQ(of_rule(b.analyse("2026-02-15"), improved).size(), 1u);
}

}  // namespace
}  // namespace relief
