#pragma once

#include "core/dose_slot.h"
#include "core/journal_index.h"

#include <vector>

namespace relief {

// Every scheduled dose of `med` on [first, last] and what became of it, judged at the
// end of the as-of day. Slots still inside their window then (overdue) are left out:
// they are neither taken nor missed yet.
std::vector<SlotStatus> settled_slots(const JournalIndex& index, const Medication& med, LocalDay first,
                                      LocalDay last);

struct Adherence {
    int scheduled = 0;
    int taken = 0;  // on time or late
    int late = 0;
    int skipped = 0;
    int missed = 0;  // never logged
    LocalDay first{};
    LocalDay last{};
    // taken / scheduled in whole percent (rounded down); 100 when nothing was scheduled.
    int percent() const { return scheduled == 0 ? 100 : taken * 100 / scheduled; }
};
Adherence adherence(const JournalIndex& index, const Medication& med, LocalDay first, LocalDay last);

// The longest run of consecutive scheduled doses not taken (skipped or missed) in
// `slots`; of equally long runs, the later one.
struct MissedRun {
    int length = 0;
    Instant first_slot{};
    Instant last_slot{};
};
MissedRun longest_missed_run(const std::vector<SlotStatus>& slots);

}  // namespace relief
