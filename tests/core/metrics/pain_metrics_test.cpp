#include "core/metrics/pain.h"
#include "journal_builder.h"

#include <gtest/gtest.h>

using namespace relief;
using relief::testing::JournalBuilder;

namespace {
LocalDay d(const char* text) { return parse_day(text); }
}  // namespace

TEST(PainMetrics, DailyMeansAveragePerLocalDay) {
    JournalBuilder b;
    b.pain("2026-03-01T08:00", 6);
    b.pain("2026-03-01T20:00", 3);
    b.pain("2026-03-02T00:30", 8);  // after midnight: the new day
    const JournalIndex index(b.snapshot(), d("2026-03-05"), {});
    const auto pain = daily_pain_means(index);
    ASSERT_EQ(pain.size(), 2u);
    EXPECT_DOUBLE_EQ(pain.at(d("2026-03-01")), 4.5);
    EXPECT_DOUBLE_EQ(pain.at(d("2026-03-02")), 8.0);
    const JournalIndex before(b.snapshot(), d("2026-03-01"), {});
    EXPECT_EQ(daily_pain_means(before).size(), 1u) << "nothing after the as-of day is read";
}

TEST(PainMetrics, WindowMeanNeedsFourOfSevenDays) {
    DailyPain pain{{d("2026-03-01"), 4}, {d("2026-03-03"), 6}, {d("2026-03-05"), 5}};
    EXPECT_EQ(window_mean(pain, d("2026-03-07"), Thresholds{}), std::nullopt);
    pain[d("2026-03-07")] = 9;
    EXPECT_DOUBLE_EQ(*window_mean(pain, d("2026-03-07"), Thresholds{}), 6.0);
    EXPECT_EQ(window_mean(pain, d("2026-03-08"), Thresholds{}), std::nullopt) << "03-01 left the window";
}

TEST(PainMetrics, BaselineIsTheFirstThreeLoggedDays) {
    const DailyPain pain{{d("2026-03-01"), 8}, {d("2026-03-04"), 6}, {d("2026-03-05"), 7}, {d("2026-03-06"), 1}};
    const auto b = baseline(pain, d("2026-03-01"), d("2026-03-10"), 3);
    ASSERT_TRUE(b);
    EXPECT_DOUBLE_EQ(b->mean, 7.0);
    EXPECT_EQ(b->first, d("2026-03-01"));
    EXPECT_EQ(b->last, d("2026-03-05"));
    EXPECT_EQ(baseline(pain, d("2026-03-01"), d("2026-03-04"), 3), std::nullopt);
}

TEST(PainMetrics, ClinicallyImportantImprovementAtTwoPointsOrThirtyPercent) {
    const Thresholds t;
    EXPECT_TRUE(clinically_important_improvement(8.0, 6.0, t));
    EXPECT_FALSE(clinically_important_improvement(8.0, 6.1, t));
    EXPECT_TRUE(clinically_important_improvement(5.0, 3.5, t)) << "30 % of 5 is 1.5";
    EXPECT_FALSE(clinically_important_improvement(5.0, 3.6, t));
    EXPECT_TRUE(clinically_important_improvement(7.0 / 3 * 3, 5.0, t)) << "rounding must not lose the edge";
    EXPECT_FALSE(clinically_important_improvement(0.0, 0.0, t));
    EXPECT_EQ(format_mean(4.25), "4.3");
    EXPECT_EQ(format_mean(7.0), "7.0");
}

TEST(PainMetrics, EpisodeStartsAtFirstDayOfThreeAndEndsAfterSevenLowDays) {
    JournalBuilder b;
    b.pain_daily("2026-03-01", "2026-03-02", 2);
    b.pain_daily("2026-03-03", "2026-03-10", 6);
    b.pain_daily("2026-03-11", "2026-03-16", 2);  // six low days: still open
    {
        const JournalIndex index(b.snapshot(), d("2026-03-16"), {});
        const auto e = current_episode(index, daily_pain_means(index));
        ASSERT_TRUE(e);
        EXPECT_EQ(e->start, d("2026-03-03"));
        EXPECT_EQ(e->day_number(d("2026-03-16")), 14);
    }
    b.pain_daily("2026-03-17", "2026-03-17", 1);  // the seventh
    const JournalIndex index(b.snapshot(), d("2026-03-17"), {});
    const auto all = pain_episodes(index, daily_pain_means(index));
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].end, d("2026-03-17"));
    EXPECT_EQ(current_episode(index, daily_pain_means(index)), std::nullopt);
}

TEST(PainMetrics, EpisodeEndsAfterFourteenDaysWithoutPainLogged) {
    JournalBuilder b;
    b.pain_daily("2026-03-01", "2026-03-05", 7);
    const JournalIndex open(b.snapshot(), d("2026-03-18"), {});
    EXPECT_TRUE(current_episode(open, daily_pain_means(open)));
    const JournalIndex ended(b.snapshot(), d("2026-03-19"), {});
    EXPECT_FALSE(current_episode(ended, daily_pain_means(ended)));
}

TEST(PainMetrics, OnsetStartsTheEpisode) {
    JournalBuilder b;
    b.profile().onset = d("2026-02-20");
    b.pain_daily("2026-02-10", "2026-02-12", 5);
    b.pain_daily("2026-03-01", "2026-03-05", 2);
    const JournalIndex index(b.snapshot(), d("2026-03-05"), {});
    const auto e = current_episode(index, daily_pain_means(index));
    ASSERT_TRUE(e);
    EXPECT_EQ(e->start, d("2026-02-20"));
}
