// Function, sleep, goals and the global impression of change in the report model and in
// the words of page one (issue 15), against the hand-built month of report_fixture.h.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <regex>

#include "report_fixture.h"
#include "reports/report_text.h"

using namespace relief;
using namespace relief::reports;
using relief::testing::JournalBuilder;

namespace {

LocalDay d(const char* text) {
    return parse_day(text);
}

class FunctionModel : public ::testing::Test {
protected:
    JournalBuilder b = relief::testing::function_month();
    VisitReport r = relief::testing::function_report(b);
};

}  // namespace

TEST_F(FunctionModel, EveryPegAnswerWithItsDateScoreAndChange) {
    const PegTrend& p = r.peg;
    ASSERT_EQ(p.answers.size(), 5u);
    const LocalDay days[] = {d("2026-03-01"), d("2026-03-08"), d("2026-03-15"), d("2026-03-22"),
                             d("2026-03-28")};
    const int sums[] = {19, 17, 14, 12, 11};
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_EQ(p.answers[i].day, days[i]);
        EXPECT_NEAR(p.answers[i].score, sums[i] / 3.0, 1e-12);
        ASSERT_TRUE(p.answers[i].change_percent);
        EXPECT_NEAR(*p.answers[i].change_percent, (sums[i] - 19) * 100.0 / 19, 1e-9);
    }
    EXPECT_EQ(p.answers[0].pain, 7);
    EXPECT_EQ(p.answers[0].enjoyment, 6);
    EXPECT_EQ(p.answers[0].activity, 6);
    EXPECT_EQ(p.latest(), &p.answers.back());
}

TEST_F(FunctionModel, BaselineIsThePeriodsFirstAndTheLineIsSeventyPercentOfIt) {
    const PegTrend& p = r.peg;
    ASSERT_TRUE(p.baseline);
    EXPECT_EQ(p.baseline->day, d("2026-03-01"));
    EXPECT_EQ(p.baseline_from, PegBaseline::period);
    EXPECT_FALSE(p.episode_start);
    EXPECT_EQ(p.improvement_percent, 30);
    ASSERT_TRUE(p.improvement_line);
    EXPECT_NEAR(*p.improvement_line, 19 / 3.0 * 0.7, 1e-12);
    EXPECT_TRUE(p.has_change());
    EXPECT_TRUE(p.improvement_reached) << "3.67 is 42 % below 6.33";
}

TEST_F(FunctionModel, AFollowUpReportMeasuresFromTheEpisodesFirstPeg) {
    const auto later = relief::testing::function_report(b, "2026-03-15", "2026-03-28");
    const PegTrend& p = later.peg;
    ASSERT_EQ(p.answers.size(), 3u) << "03-15, 03-22, 03-28";
    ASSERT_TRUE(p.baseline);
    EXPECT_EQ(p.baseline->day, d("2026-03-01"))
        << "the pain episode began on 03-01, before the period";
    EXPECT_EQ(p.baseline_from, PegBaseline::episode);
    EXPECT_EQ(p.episode_start, d("2026-03-01"));
    ASSERT_TRUE(p.answers.front().change_percent);
    EXPECT_NEAR(*p.answers.front().change_percent, (14 - 19) * 100.0 / 19, 1e-9);
    EXPECT_TRUE(p.improvement_reached);
}

TEST(FunctionModelPeg, WithoutAnEpisodeBeforeThePeriodTheBaselineIsThePeriodsFirst) {
    JournalBuilder b;
    // Pain ended (7 low days) before the period: the episode of the PEG before it is over.
    b.pain_daily("2026-02-01", "2026-02-07", 7);
    b.pain_daily("2026-02-08", "2026-02-20", 1);
    b.peg("2026-02-02T10:00", 8, 8, 8);
    b.pain_daily("2026-03-01", "2026-03-14", 5);
    b.peg("2026-03-01T10:00", 5, 5, 5);
    b.peg("2026-03-14T10:00", 4, 4, 3);
    const auto r = relief::testing::function_report(b, "2026-03-01", "2026-03-14");
    ASSERT_TRUE(r.peg.baseline);
    EXPECT_EQ(r.peg.baseline->day, d("2026-03-01"));
    EXPECT_EQ(r.peg.baseline_from, PegBaseline::period);
    EXPECT_FALSE(r.peg.improvement_reached) << "15 to 11 is 26.7 % lower";
    EXPECT_NEAR(*r.peg.answers.back().change_percent, -400.0 / 15, 1e-9);
}

TEST(FunctionModelPeg, ThirtyPercentIsReachedExactlyAtTheLine) {
    JournalBuilder b;
    b.peg("2026-03-01T10:00", 4, 3, 3);  // 10
    b.peg("2026-03-08T10:00", 3, 2, 2);  // 7: exactly 30 % lower
    auto r = relief::testing::function_report(b, "2026-03-01", "2026-03-08");
    EXPECT_TRUE(r.peg.improvement_reached);
    EXPECT_EQ(peg_change_text(*r.peg.answers.back().change_percent), "30 % lower");
    JournalBuilder c;
    c.peg("2026-03-01T10:00", 9, 9, 9);  // 27
    c.peg("2026-03-08T10:00", 7, 6, 6);  // 19: 29.6 % lower, not 30
    r = relief::testing::function_report(c, "2026-03-01", "2026-03-08");
    EXPECT_FALSE(r.peg.improvement_reached);
    EXPECT_EQ(peg_change_text(*r.peg.answers.back().change_percent), "29 % lower")
        << "never rounded up to 30";
    EXPECT_NE(peg_text(r.peg).find("29 % lower, short of a 30 % improvement"), std::string::npos)
        << peg_text(r.peg);
}

TEST(FunctionModelPeg, OneAnswerAZeroBaselineAndAWorseningSayWhatTheyCan) {
    JournalBuilder one;
    one.peg("2026-03-03T10:00", 6, 5, 7);
    auto r = relief::testing::function_report(one, "2026-03-01", "2026-03-14");
    EXPECT_FALSE(r.peg.has_change());
    EXPECT_FALSE(r.peg.improvement_reached);
    EXPECT_EQ(peg_text(r.peg), "6.0 on 3 Mar 2026, the first answer: nothing to compare with yet");

    JournalBuilder zero;
    zero.peg("2026-03-01T10:00", 0, 0, 0);
    zero.peg("2026-03-08T10:00", 2, 1, 0);
    r = relief::testing::function_report(zero, "2026-03-01", "2026-03-14");
    EXPECT_FALSE(r.peg.improvement_line);
    EXPECT_FALSE(r.peg.answers.back().change_percent);
    EXPECT_FALSE(r.peg.improvement_reached);
    EXPECT_EQ(
        peg_text(r.peg),
        "0.0 on 1 Mar 2026 (the period's first) to 1.0 on 8 Mar 2026: the first answer was 0, "
        "so there is no improvement to measure");

    JournalBuilder worse;
    worse.peg("2026-03-01T10:00", 4, 4, 4);
    worse.peg("2026-03-08T10:00", 5, 5, 4);
    r = relief::testing::function_report(worse, "2026-03-01", "2026-03-14");
    EXPECT_EQ(
        peg_text(r.peg),
        "4.0 on 1 Mar 2026 (the period's first) to 4.7 on 8 Mar 2026: 16 % higher, no improvement");

    JournalBuilder same;
    same.peg("2026-03-01T10:00", 4, 4, 4);
    same.peg("2026-03-08T10:00", 3, 4, 5);
    r = relief::testing::function_report(same, "2026-03-01", "2026-03-14");
    EXPECT_EQ(
        peg_text(r.peg),
        "4.0 on 1 Mar 2026 (the period's first) to 4.0 on 8 Mar 2026: unchanged, no improvement");
}

TEST_F(FunctionModel, SleepNightsMeanHoursAndQuality) {
    const SleepSummary& s = r.sleep;
    ASSERT_EQ(s.nights.size(), 7u) << "03-25 logged twice is one night";
    EXPECT_EQ(s.nights.front().day, d("2026-03-22"));
    EXPECT_EQ(s.nights[3].day, d("2026-03-25"));
    EXPECT_EQ(s.nights[3].minutes, 405) << "the day's last entry";
    EXPECT_EQ(s.nights[3].quality, 5);
    EXPECT_FALSE(s.nights.back().quality);
    ASSERT_TRUE(s.mean_hours);
    EXPECT_NEAR(*s.mean_hours, 2805.0 / 7 / 60, 1e-12);
    ASSERT_TRUE(s.mean_quality);
    EXPECT_NEAR(*s.mean_quality, 35.0 / 6, 1e-12);
    EXPECT_EQ(s.rated_nights, 6);
}

TEST_F(FunctionModel, GoalsMetPerWeekPerGoal) {
    ASSERT_EQ(r.goals.size(), 2u);
    const GoalSummary& dog = r.goals[0];
    EXPECT_EQ(dog.goal, "walk the dog 20 minutes");
    ASSERT_EQ(dog.weeks.size(), 4u);
    const int met[] = {0, 0, 5, 6}, checked[] = {0, 0, 6, 7};
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(dog.weeks[i].from, d("2026-03-01") + date::days{7 * int(i)});
        EXPECT_EQ(dog.weeks[i].to, d("2026-03-07") + date::days{7 * int(i)});
        EXPECT_EQ(dog.weeks[i].met, met[i]) << i;
        EXPECT_EQ(dog.weeks[i].checked, checked[i]) << i;
    }
    EXPECT_EQ(dog.met, 11);
    EXPECT_EQ(dog.checked, 13);
    const GoalSummary& work = r.goals[1];
    EXPECT_EQ(work.goal, "sit through a work day");
    EXPECT_EQ(work.weeks.back().met, 2);
    EXPECT_EQ(work.weeks.back().checked, 3);
    EXPECT_EQ(work.met, 2);
    EXPECT_EQ(work.checked, 3);
}

TEST(FunctionModelGoals, WeeksCountBackFromThePeriodsEndAndTheOldestMayBeShort) {
    JournalBuilder b;
    b.goal("2026-03-02T19:00", "sit through a work day", true);
    b.goal("2026-03-10T19:00", "sit through a work day", false);
    const auto r = relief::testing::function_report(b, "2026-03-01", "2026-03-10");  // 10 days
    ASSERT_EQ(r.goals.size(), 1u);
    ASSERT_EQ(r.goals[0].weeks.size(), 2u);
    EXPECT_EQ(r.goals[0].weeks[0].from, d("2026-03-01"));
    EXPECT_EQ(r.goals[0].weeks[0].to, d("2026-03-03"));
    EXPECT_EQ(r.goals[0].weeks[0].met, 1);
    EXPECT_EQ(r.goals[0].weeks[1].from, d("2026-03-04"));
    EXPECT_EQ(r.goals[0].weeks[1].to, d("2026-03-10"));
    EXPECT_EQ(r.goals[0].weeks[1].met, 0);
    EXPECT_EQ(r.goals[0].weeks[1].checked, 1);
    EXPECT_EQ(goals_label(r.goals), "Goals, last 7 days");
    const auto short_period = relief::testing::function_report(b, "2026-03-09", "2026-03-11");
    EXPECT_EQ(goals_label(short_period.goals), "Goals, 9 Mar to 11 Mar 2026")
        << "a period shorter than a week";
    EXPECT_EQ(goals_last_week_text(short_period.goals),
              "sit through a work day: met on 0 of 1 day checked");
}

TEST_F(FunctionModel, PgicAnswersWithTheirWords) {
    ASSERT_EQ(r.pgic.size(), 2u);
    EXPECT_EQ(r.pgic[0].day, d("2026-03-15"));
    EXPECT_EQ(r.pgic[0].answer, 4);
    EXPECT_EQ(r.pgic[0].words, "no change");
    EXPECT_EQ(r.pgic[1].day, d("2026-03-28"));
    EXPECT_EQ(r.pgic[1].answer, 2);
    EXPECT_EQ(r.pgic[1].words, "much improved");
    EXPECT_TRUE(r.has_function());
}

TEST(FunctionModelEmpty, NothingLoggedNothingShown) {
    auto b = relief::testing::fortnight();
    const auto r = relief::testing::fortnight_report(b);
    EXPECT_FALSE(r.has_function());
    EXPECT_TRUE(r.peg.answers.empty());
    EXPECT_FALSE(r.peg.baseline);
    EXPECT_TRUE(r.sleep.nights.empty());
    EXPECT_TRUE(r.goals.empty());
    EXPECT_TRUE(r.pgic.empty());
    EXPECT_EQ(peg_text(r.peg), "");
    EXPECT_EQ(sleep_text(r.sleep), "");
    EXPECT_EQ(goals_last_week_text(r.goals), "");
    EXPECT_EQ(pgic_text(r.pgic), "");
    EXPECT_TRUE(function_facts(r).empty());
}

TEST_F(FunctionModel, PageOneWords) {
    EXPECT_EQ(peg_text(r.peg),
              "6.3 on 1 Mar 2026 (the period's first) to 3.7 on 28 Mar 2026: 42 % lower, reaching the "
              "30 % improvement "
              "that IMMPACT counts as moderately important");
    const char* changes[] = {"the first", "10 % lower", "26 % lower", "36 % lower", "42 % lower"};
    for (std::size_t i = 0; i < 5; ++i)
        EXPECT_EQ(peg_answer_change_text(r.peg, r.peg.answers[i]), changes[i]);
    EXPECT_EQ(sleep_text(r.sleep),
              "7 nights logged: mean 6 h 41 min, quality 5.8 of 10 (6 nights rated)");
    EXPECT_EQ(goal_week_days_text(r.goals[0].weeks.back()), "22 Mar to 28 Mar 2026");
    EXPECT_EQ(goal_week_days_text(r.goals[0].weeks.front()), "1 Mar to 7 Mar 2026");
    EXPECT_EQ(goals_label(r.goals), "Goals, last 7 days");
    EXPECT_EQ(goals_last_week_text(r.goals),
              "walk the dog 20 minutes: met on 6 of 7 days checked; sit through a work day: met on "
              "2 of 3 days checked");
    EXPECT_EQ(pgic_text(r.pgic),
              "much improved (2 of 7) on 28 Mar 2026; before: no change (4 of 7) on 15 Mar 2026");
    EXPECT_EQ(pgic_answer_text(1), "very much improved (1 of 7)");
    EXPECT_EQ(pgic_answer_text(7), "very much worse (7 of 7)");
    const std::vector<std::pair<std::string, std::string>> facts{
        {"PEG (0-10)", peg_text(r.peg)},
        {"Sleep", sleep_text(r.sleep)},
        {"Goals, last 7 days", goals_last_week_text(r.goals)},
        {"Global impression (PGIC)", pgic_text(r.pgic)}};
    EXPECT_EQ(function_facts(r), facts);

    const auto later = relief::testing::function_report(b, "2026-03-15", "2026-03-28");
    EXPECT_EQ(peg_text(later.peg),
              "6.3 on 1 Mar 2026 (the first since the pain episode began on 1 Mar 2026) to 3.7 on "
              "28 Mar 2026: "
              "42 % lower, reaching the 30 % improvement that IMMPACT counts as moderately important");
}

TEST(FunctionText, SubstantialAndUnratedAndManyPgicAnswers) {
    JournalBuilder b;
    b.peg("2026-03-01T10:00", 8, 8, 8);
    b.peg("2026-03-14T10:00", 3, 3, 4);  // 24 to 10: 58 % lower
    b.sleep("2026-03-14T07:00", 45);
    for (int day = 1; day <= 5; ++day) b.pgic("2026-03-0" + std::to_string(day) + "T10:00", day);
    const auto r = relief::testing::function_report(b, "2026-03-01", "2026-03-14");
    EXPECT_EQ(
        peg_text(r.peg),
        "8.0 on 1 Mar 2026 (the period's first) to 3.3 on 14 Mar 2026: 58 % lower, reaching the 30 % "
        "improvement that IMMPACT counts as moderately important; IMMPACT counts 50 % as "
        "substantial");
    EXPECT_EQ(sleep_text(r.sleep), "1 night logged: mean 45 min, quality not rated");
    EXPECT_EQ(function_facts(r).size(), 3u) << "no goals: no goals row";
    EXPECT_EQ(pgic_text(r.pgic),
              "minimally worse (5 of 7) on 5 Mar 2026; before: no change (4 of 7) on 4 Mar 2026, "
              "minimally improved (3 of 7) on 3 Mar 2026, much improved (2 of 7) on 2 Mar 2026 and "
              "1 earlier");
}

// Every sentence agrees with the figures: over many random PEG histories, the percentage
// the text shows is the model's change rounded towards zero, "reaching the 30 %" is said
// exactly when the model says the improvement was reached, and the scores shown are the
// first and the latest answer's.
TEST(FunctionText, PegSentencesAgreeWithTheFiguresOfRandomJournals) {
    std::mt19937 random(15);
    std::uniform_int_distribution<int> answer(0, 10), count(1, 6);
    int reached = 0, short_of = 0;
    for (int journal = 0; journal < 400; ++journal) {
        JournalBuilder b;
        const int n = count(random);
        for (int i = 0; i < n; ++i)
            b.peg("2026-03-" + std::string(1 + 2 * i < 10 ? "0" : "") + std::to_string(1 + 2 * i) +
                      "T10:00",
                  answer(random), answer(random), answer(random));
        const auto r = relief::testing::function_report(b, "2026-03-01", "2026-03-14");
        const PegTrend& p = r.peg;
        const std::string text = peg_text(p);
        ASSERT_TRUE(p.baseline);
        EXPECT_EQ(text.rfind(peg_score_text(p.baseline->score) + " on 1 Mar 2026", 0), 0u) << text;
        if (!p.has_change()) {
            EXPECT_NE(text.find("nothing to compare"), std::string::npos) << text;
            continue;
        }
        EXPECT_NE(text.find(" to " + peg_score_text(p.latest()->score) + " on "), std::string::npos)
            << text;
        const int base = p.baseline->pain + p.baseline->enjoyment + p.baseline->activity;
        const int last = p.latest()->pain + p.latest()->enjoyment + p.latest()->activity;
        if (base == 0) {
            EXPECT_NE(text.find("no improvement to measure"), std::string::npos) << text;
            continue;
        }
        EXPECT_EQ(p.improvement_reached, (base - last) * 10 >= 3 * base) << text;
        EXPECT_EQ(text.find("reaching the 30 % improvement") != std::string::npos,
                  p.improvement_reached)
            << text;
        std::smatch m;
        if (std::regex_search(text, m, std::regex(": (\\d+) % (lower|higher)"))) {
            const int shown = std::stoi(m[1]);
            const double exact = std::abs(double(last - base) * 100.0 / base);
            EXPECT_EQ(shown, int(std::floor(exact + 1e-9))) << text;
            EXPECT_EQ(m[2] == "lower", last < base) << text;
            EXPECT_EQ(shown >= 30 && m[2] == "lower", p.improvement_reached) << text;
        } else {
            EXPECT_EQ(last, base) << text;
            EXPECT_NE(text.find("unchanged"), std::string::npos) << text;
        }
        (p.improvement_reached ? reached : short_of)++;
    }
    EXPECT_GT(reached, 20);
    EXPECT_GT(short_of, 20);
}
