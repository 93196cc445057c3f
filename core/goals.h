#pragma once

#include <map>
#include <string>
#include <vector>

namespace relief {

// A personal function goal in the person's words ("walk the dog 20 minutes"): at most
// max_goals at a time, kept in the journal's settings ("goal.1", "goal.2") so that their
// history is kept like every setting. A day's check is a GoalEntry with the goal's words.
struct Goal {
    int slot = 0;  // 1 or 2
    std::string text;
};
inline constexpr int max_goals = 2;

std::vector<Goal> goals_from_settings(const std::map<std::string, std::string>& settings);
std::string goal_setting_key(int slot);
// The first free slot for `text` (validated as a goal: GoalEntry's rules); InputError when
// both are taken or the same goal is already there.
int free_goal_slot(const std::vector<Goal>& goals, const std::string& text);
// "1", "2", or the goal's words (any letter case); InputError listing the goals.
const Goal& find_goal(const std::vector<Goal>& goals, const std::string& which);

}  // namespace relief
