#include "core/entry.h"
#include "core/entry_edit.h"
#include "core/entry_text.h"
#include "core/errors.h"
#include "core/goals.h"

#include <gtest/gtest.h>

using namespace relief;

TEST(FunctionEntries, PegScoreIsTheMeanOfItsThreeAnswers) {
    EXPECT_DOUBLE_EQ((PegEntry{6, 5, 7}.score()), 6.0);
    EXPECT_DOUBLE_EQ((PegEntry{0, 0, 1}.score()), 1.0 / 3.0);
    EXPECT_NO_THROW(validate(PegEntry{0, 10, 10}));
    EXPECT_THROW(validate(PegEntry{11, 0, 0}), InputError);
    EXPECT_THROW(validate(PegEntry{0, -1, 0}), InputError);
    try {
        validate(PegEntry{0, 0, 11});
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "PEG general activity");
        EXPECT_EQ(e.value(), "11");
    }
}

TEST(FunctionEntries, SleepDurationInTheWordsPeopleType) {
    EXPECT_EQ(parse_sleep_duration("7", "hours"), 420);
    EXPECT_EQ(parse_sleep_duration("6.5h", "hours"), 390);
    EXPECT_EQ(parse_sleep_duration("6,5", "hours"), 390);
    EXPECT_EQ(parse_sleep_duration("6h30", "hours"), 390);
    EXPECT_EQ(parse_sleep_duration("6h 30m", "hours"), 390);
    EXPECT_EQ(parse_sleep_duration("6 hours 30 minutes", "hours"), 390);
    EXPECT_EQ(parse_sleep_duration("6:30", "hours"), 390);
    EXPECT_EQ(parse_sleep_duration("45m", "hours"), 45);
    EXPECT_EQ(parse_sleep_duration(" 0 ", "hours"), 0);
    EXPECT_EQ(parse_sleep_duration("24h", "hours"), 24 * 60);
    for (const char* bad : {"24h01", "25", "", "h", "6:60", "6.5:30", "six", "6h30x", "-1", "6..5"}) {
        try {
            parse_sleep_duration(bad, "hours slept");
            ADD_FAILURE() << bad;
        } catch (const InputError& e) {
            EXPECT_EQ(e.field(), "hours slept");
            EXPECT_EQ(e.value(), bad);
        }
    }
    EXPECT_EQ(format_sleep_duration(390), "6 h 30 min");
    EXPECT_EQ(format_sleep_duration(420), "7 h");
    EXPECT_EQ(format_sleep_duration(45), "45 min");
    EXPECT_THROW(validate(SleepEntry{max_sleep_minutes + 1, std::nullopt}), InputError);
    EXPECT_THROW(validate(SleepEntry{60, 11}), InputError);
    EXPECT_NO_THROW(validate(SleepEntry{max_sleep_minutes, 10}));
}

TEST(FunctionEntries, PgicByNumberOrWords) {
    EXPECT_EQ(parse_pgic("1", "pgic"), 1);
    EXPECT_EQ(parse_pgic("No Change", "pgic"), 4);
    EXPECT_EQ(parse_pgic("very much worse", "pgic"), 7);
    EXPECT_EQ(pgic_words(3), "minimally improved");
    EXPECT_THROW(parse_pgic("0", "pgic"), InputError);
    EXPECT_THROW(parse_pgic("8", "pgic"), InputError);
    EXPECT_THROW(parse_pgic("better", "pgic"), InputError);
    EXPECT_THROW(validate(PgicEntry{0}), InputError);
    EXPECT_NO_THROW(validate(PgicEntry{7}));
}

TEST(FunctionEntries, GoalsTwoAtMostNoTwins) {
    auto goals = goals_from_settings({{"goal.1", "walk the dog 20 minutes"}, {"goal.2", ""}});
    ASSERT_EQ(goals.size(), 1u);
    EXPECT_EQ(free_goal_slot(goals, "sit through a work day"), 2);
    EXPECT_THROW(free_goal_slot(goals, "Walk the dog 20 minutes"), InputError);
    goals.push_back({2, "sit through a work day"});
    EXPECT_THROW(free_goal_slot(goals, "garden"), InputError);
    EXPECT_EQ(find_goal(goals, "2").text, "sit through a work day");
    EXPECT_EQ(find_goal(goals, "WALK THE DOG 20 MINUTES").slot, 1);
    EXPECT_THROW(find_goal(goals, "3"), InputError);
    EXPECT_THROW(free_goal_slot({}, ""), InputError);
    EXPECT_THROW(free_goal_slot({}, std::string(max_goal_length + 1, 'a')), InputError);
    EXPECT_THROW(free_goal_slot({}, "two\nlines"), InputError);
}

TEST(FunctionEntries, DescribedAndEditable) {
    const Zone berlin = Zone::locate("Europe/Berlin");
    Entry e{1, parse_when("2026-03-02T08:00", berlin), "Europe/Berlin", parse_day("2026-03-02"), PegEntry{6, 5, 7}};
    EXPECT_EQ(describe_entry(e, {}), "PEG 6.0: pain 6, enjoyment of life 5, general activity 7");
    EXPECT_EQ(std::get<PegEntry>(edited_entry(e, {{"activity", "4"}}).data).activity, 4);
    EXPECT_THROW(edited_entry(e, {{"activity", "12"}}), InputError);
    e.data = SleepEntry{390, 4};
    EXPECT_EQ(entry_fields(e).at("hours"), "6 h 30 min");
    EXPECT_EQ(std::get<SleepEntry>(edited_entry(e, {{"hours", "7h"}}).data).minutes, 420);
    e.data = GoalEntry{"walk the dog", true};
    EXPECT_FALSE(std::get<GoalEntry>(edited_entry(e, {{"met", "no"}}).data).met);
    e.data = PgicEntry{3};
    EXPECT_EQ(describe_entry(e, {}), "global impression of change: minimally improved (3/7)");
}
