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

// The settled slots of one medication from a day on, for rules about runs of doses: they
// read back only as far as the run they look at goes, not years of history dose by dose.
class SlotHistory {
public:
    SlotHistory(const JournalIndex& index, const Medication& med) : index_(index), med_(med) {}
    // The slots of days `from` to as_of, each as settled_slots from the first expected day
    // judges it; when complete_from(from), every slot from that first day.
    std::vector<SlotStatus> from(LocalDay from) const;
    // Whether nothing is scheduled before `from` (give or take the days read around it).
    bool complete_from(LocalDay from) const;
    // A moment before every slot of `from`: where to start reading entries for them.
    Instant first_instant(LocalDay from) const;

private:
    const JournalIndex& index_;
    const Medication& med_;
};

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
