#pragma once

#include "entry.h"
#include "medication.h"
#include "profile.h"

#include <vector>

namespace relief {

// Everything the analyser and the reports read: the journal's current state, without
// history, in time order. Built by storage; pure data.
struct JournalSnapshot {
    Profile profile;
    std::vector<Medication> medications;
    std::vector<Entry> entries;
    bool operator==(const JournalSnapshot&) const = default;
};

}  // namespace relief
