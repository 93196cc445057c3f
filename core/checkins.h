#pragma once

#include "goals.h"
#include "journal_snapshot.h"
#include "thresholds.h"

#include <string>
#include <vector>

namespace relief {

// What the Today page and `relief day` ask for on a day, beside pain and doses: the PEG
// once a week, last night's sleep once a day, each goal not yet checked off that day, and
// the Patient Global Impression of Change at the checkpoints of the seed documents: day
// 14-21 of an acute relaxant's course (relaxants are for 2-3 weeks), and week 4-6 of a pain
// episode (re-assess at 4-6 weeks); once per checkpoint.
struct CheckinsDue {
    bool peg = false;
    bool sleep = false;
    std::vector<Goal> goals;  // not yet checked off today
    bool pgic = false;
    std::string pgic_why;     // "day 15 of Flexeril", "week 5 of this pain episode"
    bool any() const { return peg || sleep || pgic || !goals.empty(); }
};

inline constexpr int peg_every_days = 7;

CheckinsDue checkins_due(const JournalSnapshot& snapshot, LocalDay today, const Thresholds& thresholds,
                         const std::map<std::string, std::string>& settings);

}  // namespace relief
