#include "goals.h"

#include "entry.h"
#include "errors.h"
#include "translate.h"
#include "unicode_text.h"

#include <algorithm>
#include <cctype>

namespace relief {

namespace {

std::string folded(const std::string& s) {
    std::string out;
    for (char c : s) out += char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string listing(const std::vector<Goal>& goals) {
    //: The command stays as it is: it is what the person types.
    if (goals.empty()) return translate("relief::core::goals", "a goal added first ('relief goal add \"walk the dog 20 minutes\"')");
    std::string out;
    for (const auto& g : goals) out += (out.empty() ? "" : ", ") + std::to_string(g.slot) + " (" + g.text + ")";
    return out;
}

}  // namespace

std::vector<Goal> goals_from_settings(const std::map<std::string, std::string>& settings) {
    std::vector<Goal> out;
    for (int slot = 1; slot <= max_goals; ++slot)
        if (const auto it = settings.find(goal_setting_key(slot)); it != settings.end() && !it->second.empty())
            out.push_back({slot, it->second});
    return out;
}

std::string goal_setting_key(int slot) { return "goal." + std::to_string(slot); }

int free_goal_slot(const std::vector<Goal>& goals, const std::string& text) {
    validate(GoalEntry{text, true});
    for (const auto& g : goals)
        if (folded(g.text) == folded(text)) 
            throw InputError("goal", text,
                             fill(translate("relief::core::goals", "a goal you do not have yet: it is goal %1"), {std::to_string(g.slot)}));
    for (int slot = 1; slot <= max_goals; ++slot)
        if (std::none_of(goals.begin(), goals.end(), [&](const Goal& g) { return g.slot == slot; })) return slot;
    throw InputError("goal", text,
                     //: %1: how many goals one may have. The command stays as it is.
                     fill(translate("relief::core::goals", "at most %1 goals at a time; remove one first ('relief goal remove 1')"),
                          {std::to_string(max_goals)}));
}

const Goal& find_goal(const std::vector<Goal>& goals, const std::string& which) {
    for (const auto& g : goals)
        if (which == std::to_string(g.slot) || folded(nfc(which)) == folded(g.text)) return g;
    throw InputError("goal", which, listing(goals));
}

}  // namespace relief
