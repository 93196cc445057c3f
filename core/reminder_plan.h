#pragma once

#include "dose_slot.h"
#include "entry.h"
#include "medication.h"
#include "reminder_settings.h"
#include "zone.h"

#include <compare>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace relief {

// One scheduled dose a reminder is about.
struct ReminderDose {
    std::int64_t medication_id = 0;
    Instant scheduled{};
    auto operator<=>(const ReminderDose&) const = default;
};

// What the reminder service has done about one scheduled dose.
struct SlotMemory {
    int shown = 0;  // reminders shown for it since it fell due (or since the last snooze)
    Instant last_shown{};
    std::optional<Instant> snoozed_until;
    bool heads_up_shown = false;
    bool caught_up = false;  // named in a catch-up after a sleep
};

// The service's memory, kept in the process only: a restart reminds once more of what is
// still due, which is the safe side.
struct ReminderMemory {
    std::map<ReminderDose, SlotMemory> doses;
    // Set on waking from a sleep or a clock jump: doses that fell due while asleep and can
    // no longer be answered (slot_window) are named once, and asked about.
    std::optional<Instant> asleep_from;
    std::optional<Instant> woke_at;
};

enum class ReminderKind { heads_up, due, repeat, catch_up };
std::string_view to_string(ReminderKind kind);

// One notification: every dose it names, grouped.
struct Reminder {
    ReminderKind kind = ReminderKind::due;
    std::vector<ReminderDose> due;     // their time has come, unanswered (overdue)
    std::vector<ReminderDose> coming;  // within the heads-up before their time
    std::vector<ReminderDose> missed;  // fell due while asleep, past answering in the window
    bool empty() const { return due.empty() && coming.empty() && missed.empty(); }
    std::vector<ReminderDose> all() const;
    bool operator==(const Reminder&) const = default;
};

// When the service next has something to say, and why.
struct NextReminder {
    Instant at{};
    ReminderKind kind = ReminderKind::due;
    ReminderDose dose;                    // the first dose it is about
    std::optional<Instant> held_from;     // its own time, when quiet hours or a snooze moved it
    bool quiet = false;                   // moved to the end of quiet hours
    bool snoozed = false;
};

struct ReminderPlan {
    std::optional<Reminder> show;      // to show now, replacing whatever is shown
    std::optional<NextReminder> next;  // the next moment there is something to show
    std::vector<ReminderDose> open;    // due and unanswered now (shown or held back)
};

// What to remind of at `now`, for the medications and the entries of the days around now
// (two days back to one ahead), on the clock of `here` (where the person is: a dose at
// 08:00 rings at 08:00 there, across DST changes and a move to another zone).
// Never a reminder for a stopped medication, a dose already answered, or a time the
// medication's schedule does not have. Quiet hours hold reminders back until they end; a
// heads-up that would fall in them is dropped.
ReminderPlan plan_reminders(const std::vector<Medication>& meds, const std::vector<Entry>& entries,
                            const Zone& here, const ReminderSettings& settings, const ReminderMemory& memory,
                            Instant now);

// The service showed `reminder` at `now`.
void record_shown(ReminderMemory& memory, const Reminder& reminder, Instant now);
// Snooze: the doses ring again after settings.snooze, with the repeat count started anew.
void record_snooze(ReminderMemory& memory, const Reminder& reminder, const ReminderSettings& settings, Instant now);
// The computer slept (or the clock jumped) from `from` to `woke`: the next plan names
// what fell due then and was missed. Two sleeps before a plan are one long one.
void record_sleep(ReminderMemory& memory, Instant from, Instant woke);
// Forgets doses long past, so the memory stays small in a service that runs for months.
void forget_before(ReminderMemory& memory, Instant before);

// `reminder` without the doses answered meanwhile (in the window, say) or no longer
// scheduled (the medication stopped or its schedule changed).
Reminder still_unanswered(const Reminder& reminder, const std::vector<Medication>& meds,
                          const std::vector<Entry>& entries, const Zone& here, Instant now);

// The journal entries that answer `reminder` (Taken or Skip), as the window would log
// them: a dose taken now at the real time of the answer, in the zone `here`, against its
// scheduled time; a skip at the dose's time (or now, before it); a dose named in a
// catch-up at its scheduled time (the person answers about that dose; the moment of the
// answer is kept as the entry's creation time).
std::vector<Entry> reminder_answers(const Reminder& reminder, bool taken, const std::vector<Medication>& meds,
                                    const Zone& here, Instant now);

}  // namespace relief
