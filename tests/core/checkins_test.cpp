#include "core/checkins.h"

#include <gtest/gtest.h>

#include "journal_builder.h"

using namespace relief;
using relief::testing::JournalBuilder;

namespace {
CheckinsDue due_on(JournalBuilder& b, const char* day, const std::map<std::string, std::string>& settings = {}) {
    return checkins_due(b.snapshot(), parse_day(day), Thresholds{}, settings);
}
}  // namespace

TEST(Checkins, PegWeeklySleepDaily) {
    JournalBuilder b;
    EXPECT_TRUE(due_on(b, "2026-03-10").peg);
    EXPECT_TRUE(due_on(b, "2026-03-10").sleep);
    b.peg("2026-03-04T20:00", 5, 5, 5);
    b.sleep("2026-03-10T07:30", 400);
    EXPECT_FALSE(due_on(b, "2026-03-10").peg);  // 6 days ago
    EXPECT_TRUE(due_on(b, "2026-03-11").peg);   // 7 days ago: due again
    EXPECT_FALSE(due_on(b, "2026-03-10").sleep);
    EXPECT_TRUE(due_on(b, "2026-03-11").sleep);
}

TEST(Checkins, GoalsNotYetCheckedToday) {
    JournalBuilder b;
    const std::map<std::string, std::string> settings{{"goal.1", "walk the dog"}, {"goal.2", "garden"}};
    EXPECT_EQ(due_on(b, "2026-03-10", settings).goals.size(), 2u);
    b.goal("2026-03-10T18:00", "walk the dog", false);  // answered, even if not met
    const auto due = due_on(b, "2026-03-10", settings);
    ASSERT_EQ(due.goals.size(), 1u);
    EXPECT_EQ(due.goals[0].text, "garden");
}

TEST(Checkins, PgicAtRelaxantCourseDays14To21Once) {
    JournalBuilder b;
    const auto flexeril = b.med("Flexeril", "5mg", "08:00,20:00", "2026-03-01");
    b.take_daily(flexeril, "2026-03-01", "2026-03-25");
    EXPECT_FALSE(due_on(b, "2026-03-13").pgic);  // course day 13
    const auto day14 = due_on(b, "2026-03-14");
    EXPECT_TRUE(day14.pgic);
    EXPECT_EQ(day14.pgic_why, "day 14 of Flexeril");
    EXPECT_TRUE(due_on(b, "2026-03-21").pgic);   // day 21
    EXPECT_FALSE(due_on(b, "2026-03-22").pgic);  // day 22
    b.pgic("2026-03-15T20:00", 3);
    EXPECT_FALSE(due_on(b, "2026-03-16").pgic);
}

TEST(Checkins, PgicAtEpisodeWeeks4To6) {
    JournalBuilder b;
    b.pain_daily("2026-02-01", "2026-03-20", 6);
    EXPECT_FALSE(due_on(b, "2026-02-27").pgic);  // day 27
    const auto day28 = due_on(b, "2026-02-28");
    EXPECT_TRUE(day28.pgic);
    EXPECT_EQ(day28.pgic_why, "week 4 of this pain episode");
    EXPECT_TRUE(due_on(b, "2026-03-14").pgic);   // day 42
    EXPECT_FALSE(due_on(b, "2026-03-15").pgic);  // day 43
}
