#include "cli_fixture.h"

using relief::testing::CliTest;

namespace {
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

class CliFunction : public CliTest {};

TEST_F(CliFunction, PegSleepAndPgicAreLoggedAndShownOnTheDay) {
    auto r = relief({"log", "peg", "6", "5", "7", "--at", "2026-03-10T09:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(has(r.out, "PEG 6.0: pain 6, enjoyment of life 5, general activity 7")) << r.out;
    ASSERT_EQ(relief({"log", "sleep", "6.5h", "--quality", "4", "--at", "2026-03-10T07:00"}).code, 0);
    ASSERT_EQ(relief({"log", "pgic", "much improved", "--at", "2026-03-10T09:05"}).code, 0);
    const auto day = relief({"day", "2026-03-10"}).out;
    EXPECT_TRUE(has(day, "sleep: 6 h 30 min, quality 4/10")) << day;
    EXPECT_TRUE(has(day, "global impression of change: much improved (2/7)")) << day;
}

TEST_F(CliFunction, BadAnswersAreRefusedAndChangeNothing) {
    const std::string before = content();
    for (const std::vector<std::string>& words :
         {std::vector<std::string>{"log", "peg", "6", "5", "11"}, {"log", "peg", "6", "5"}, {"log", "sleep", "25h"},
          {"log", "sleep", "7", "--quality", "12"}, {"log", "pgic", "8"}, {"log", "pgic", "better"},
          {"goal", "done", "1"}, {"goal", "add", ""}}) {
        const auto r = relief(words);
        EXPECT_EQ(r.code, 2) << words[1] << " " << r.err;
        EXPECT_FALSE(r.err.empty());
    }
    const auto r = relief({"log", "peg", "6", "5", "11"});
    EXPECT_TRUE(has(r.err, "PEG activity")) << r.err;
    EXPECT_TRUE(has(r.err, "'11'")) << r.err;
    EXPECT_TRUE(has(r.err, "0 to 10")) << r.err;
    EXPECT_EQ(content(), before);
}

TEST_F(CliFunction, GoalsInThePersonsWords) {
    ASSERT_EQ(relief({"goal", "add", "walk the dog 20 minutes"}).code, 0);
    ASSERT_EQ(relief({"goal", "add", "sit through a work day"}).code, 0);
    EXPECT_EQ(relief({"goal", "add", "garden"}).code, 2);
    EXPECT_TRUE(has(relief({"goal", "list"}).out, "2  sit through a work day"));
    ASSERT_EQ(relief({"goal", "done", "1", "--at", "2026-03-10T11:00"}).code, 0);
    ASSERT_EQ(relief({"goal", "done", "sit through a work day", "--not-met", "--at", "2026-03-10T11:01"}).code, 0);
    const auto day = relief({"day", "2026-03-10"}).out;
    EXPECT_TRUE(has(day, "goal met: walk the dog 20 minutes")) << day;
    EXPECT_TRUE(has(day, "goal not met: sit through a work day")) << day;
    ASSERT_EQ(relief({"goal", "remove", "1"}).code, 0);
    EXPECT_FALSE(has(relief({"goal", "list"}).out, "walk the dog"));
    EXPECT_TRUE(has(relief({"day", "2026-03-10"}).out, "goal met: walk the dog 20 minutes")) << "the days stay";
    ASSERT_EQ(relief({"goal", "add", "garden"}).code, 0);  // the freed slot
}

TEST_F(CliFunction, TheNewKindsSurviveExportAndImport) {
    ASSERT_EQ(relief({"log", "peg", "6", "5", "7", "--at", "2026-03-10T09:00"}).code, 0);
    ASSERT_EQ(relief({"log", "sleep", "7", "--at", "2026-03-10T07:00"}).code, 0);
    ASSERT_EQ(relief({"goal", "add", "walk the dog"}).code, 0);
    ASSERT_EQ(relief({"goal", "done", "1", "--at", "2026-03-10T11:00"}).code, 0);
    ASSERT_EQ(relief({"log", "pgic", "4", "--at", "2026-03-10T09:05"}).code, 0);
    const std::string file = (home / "all.csv").string();
    ASSERT_EQ(relief({"export", "-o", file}).code, 0);
    const std::string copy = (home / "copy.db").string();
    const auto imported = relief::testing::run_relief(home, {"--journal", copy, "import", file});
    ASSERT_EQ(imported.code, 0) << imported.err;
    const auto day = relief::testing::run_relief(home, {"--journal", copy, "--today", "2026-03-10T12:00", "day"}).out;
    EXPECT_TRUE(has(day, "PEG 6.0: pain 6, enjoyment of life 5, general activity 7")) << day;
    EXPECT_TRUE(has(day, "goal met: walk the dog")) << day;
    EXPECT_TRUE(has(day, "no change (4/7)")) << day;
}

TEST_F(CliFunction, TodaySaysWhichCheckInsAreDue) {
    ASSERT_EQ(relief({"goal", "add", "walk the dog"}).code, 0);
    auto day = relief({"day"}).out;
    EXPECT_TRUE(has(day, "Check-ins for today:")) << day;
    EXPECT_TRUE(has(day, "PEG (weekly): relief log peg")) << day;
    EXPECT_TRUE(has(day, "Goal 1 (walk the dog): relief goal done 1")) << day;
    ASSERT_EQ(relief({"log", "peg", "5", "5", "5"}).code, 0);
    ASSERT_EQ(relief({"log", "sleep", "7"}).code, 0);
    ASSERT_EQ(relief({"goal", "done", "1"}).code, 0);
    day = relief({"day"}).out;
    EXPECT_FALSE(has(day, "Check-ins for today:")) << day;
    EXPECT_FALSE(has(relief({"day", "2026-03-09"}).out, "Check-ins")) << "only today asks";
}
