#include "reminder_plan.h"

#include <algorithm>

namespace relief {

namespace {

using std::chrono::minutes;

TimeOfDay local_time_of_day(const Zone& here, Instant at) {
    const auto local = here.local_time(at);
    const auto midnight = date::floor<date::days>(local);
    return TimeOfDay{int(std::chrono::duration_cast<minutes>(local - midnight).count())};
}

bool in_quiet(const ReminderSettings& s, const Zone& here, Instant at) {
    return s.quiet && s.quiet->contains(local_time_of_day(here, at));
}

// The first moment at or after `at` outside quiet hours (the end of the quiet hours `at`
// falls in). Resolved like a scheduled time, so an end skipped by a DST change still ends.
Instant quiet_end_after(const ReminderSettings& s, const Zone& here, Instant at) {
    if (!in_quiet(s, here, at)) return at;
    const LocalDay day = here.day_of(at);
    const minutes end{s.quiet->end.minutes};
    for (LocalDay d : {day, day + date::days{1}}) {
        const Instant end_at = here.resolve_scheduled(d + end);
        if (end_at > at) return end_at;
    }
    return at;  // not reached: quiet hours are shorter than a day
}

// A reminder held back (quiet hours, a snooze) rings only while the dose can still be
// answered: past slot_window it would ask about a dose the journal already counts missed.
bool still_answerable(Instant scheduled, Instant ring) { return ring - scheduled <= slot_window; }

const SlotMemory* memory_of(const ReminderMemory& memory, const ReminderDose& dose) {
    const auto it = memory.doses.find(dose);
    return it == memory.doses.end() ? nullptr : &it->second;
}

void consider(std::optional<NextReminder>& next, NextReminder candidate) {
    if (!next || candidate.at < next->at || (candidate.at == next->at && candidate.dose < next->dose))
        next = candidate;
}

}  // namespace

std::string_view to_string(ReminderKind kind) {
    switch (kind) {
    case ReminderKind::heads_up: return "heads-up";
    case ReminderKind::due: return "due";
    case ReminderKind::repeat: return "repeat";
    case ReminderKind::catch_up: return "catch-up";
    }
    return "due";
}

std::vector<ReminderDose> Reminder::all() const {
    std::vector<ReminderDose> out = missed;
    out.insert(out.end(), due.begin(), due.end());
    out.insert(out.end(), coming.begin(), coming.end());
    return out;
}

ReminderPlan plan_reminders(const std::vector<Medication>& meds, const std::vector<Entry>& entries,
                            const Zone& here, const ReminderSettings& settings, const ReminderMemory& memory,
                            Instant now) {
    ReminderPlan plan;
    Reminder wanted;
    bool first_time = false;  // a dose rings for the first time (or after its snooze)
    bool wants_now = false;   // something is to be said now: else a group is not re-shown
    const LocalDay today = here.day_of(now);
    for (LocalDay day : {today - date::days{1}, today, today + date::days{1}}) {
        for (const SlotStatus& slot : day_slots(meds, entries, day, here, now)) {
            const ReminderDose dose{slot.medication_id, slot.scheduled};
            const SlotMemory* mem = memory_of(memory, dose);
            switch (slot.state) {
            case SlotState::taken:
            case SlotState::taken_late:
            case SlotState::skipped: break;
            case SlotState::upcoming: {
                const Instant heads_up_at = slot.scheduled - settings.heads_up;
                const bool heads_up_due = settings.heads_up.count() > 0 && !(mem && mem->heads_up_shown);
                if (heads_up_due && heads_up_at <= now) {
                    if (!in_quiet(settings, here, now)) {
                        wanted.coming.push_back(dose);
                        wants_now = true;
                    }
                } else if (heads_up_due && !in_quiet(settings, here, heads_up_at)) {
                    consider(plan.next, {heads_up_at, ReminderKind::heads_up, dose});
                }
                const Instant ring = quiet_end_after(settings, here, slot.scheduled);
                if (still_answerable(slot.scheduled, ring))
                    consider(plan.next, {ring, ReminderKind::due, dose,
                                         ring != slot.scheduled ? std::optional{slot.scheduled} : std::nullopt,
                                         ring != slot.scheduled});
                break;
            }
            case SlotState::overdue: {
                plan.open.push_back(dose);
                if (mem && mem->snoozed_until && *mem->snoozed_until > now) {
                    const Instant ring = quiet_end_after(settings, here, *mem->snoozed_until);
                    if (still_answerable(slot.scheduled, ring))
                        consider(plan.next, {ring, ReminderKind::due, dose, *mem->snoozed_until,
                                             ring != *mem->snoozed_until, true});
                    break;
                }
                const int shown = mem ? mem->shown : 0;
                if (shown == 0) {
                    wanted.due.push_back(dose);
                    wants_now = first_time = true;
                    break;
                }
                const bool may_repeat = settings.repeat_every.count() > 0 && shown <= settings.repeat_limit;
                if (!may_repeat) {
                    wanted.due.push_back(dose);  // still named when another dose rings
                    break;
                }
                const Instant again = mem->last_shown + settings.repeat_every;
                wanted.due.push_back(dose);
                if (again <= now) {
                    wants_now = true;
                } else {
                    const Instant ring = quiet_end_after(settings, here, again);
                    if (still_answerable(slot.scheduled, ring))
                        consider(plan.next, {ring, ReminderKind::repeat, dose,
                                             ring != again ? std::optional{again} : std::nullopt, ring != again});
                }
                break;
            }
            case SlotState::missed:
                if (memory.asleep_from && memory.woke_at && slot.scheduled >= *memory.asleep_from &&
                    slot.scheduled <= *memory.woke_at && !(mem && (mem->caught_up || mem->shown > 0))) {
                    wanted.missed.push_back(dose);
                    wants_now = true;
                }
                break;
            }
        }
    }
    if (!wants_now) return plan;
    if (in_quiet(settings, here, now)) {
        // Held back: they ring when the quiet hours end, those still answerable then (a
        // missed dose named in a catch-up always is: it is asked about, not taken late).
        const Instant end = quiet_end_after(settings, here, now);
        for (const auto& d : wanted.missed) consider(plan.next, {end, ReminderKind::catch_up, d, d.scheduled, true});
        for (const auto& d : wanted.due)
            if (still_answerable(d.scheduled, end)) consider(plan.next, {end, ReminderKind::due, d, d.scheduled, true});
        return plan;
    }
    wanted.kind = !wanted.missed.empty() ? ReminderKind::catch_up
                  : first_time           ? ReminderKind::due
                  : !wanted.due.empty() && std::any_of(wanted.due.begin(), wanted.due.end(),
                                                       [&](const ReminderDose& d) {
                                                           const SlotMemory* m = memory_of(memory, d);
                                                           return m && m->shown > 0;
                                                       })
                      ? ReminderKind::repeat
                      : ReminderKind::heads_up;
    plan.show = wanted;
    return plan;
}

void record_shown(ReminderMemory& memory, const Reminder& reminder, Instant now) {
    for (const auto& d : reminder.due) {
        auto& m = memory.doses[d];
        ++m.shown;
        m.last_shown = now;
        m.snoozed_until.reset();
    }
    for (const auto& d : reminder.coming) memory.doses[d].heads_up_shown = true;
    for (const auto& d : reminder.missed) memory.doses[d].caught_up = true;
    if (!reminder.missed.empty()) {
        memory.asleep_from.reset();
        memory.woke_at.reset();
    }
}

void record_snooze(ReminderMemory& memory, const Reminder& reminder, const ReminderSettings& settings, Instant now) {
    for (const auto& d : reminder.due) {
        auto& m = memory.doses[d];
        m.shown = 0;
        m.snoozed_until = now + settings.snooze;
    }
    for (const auto& d : reminder.coming) memory.doses[d].heads_up_shown = true;
}

void record_sleep(ReminderMemory& memory, Instant from, Instant woke) {
    if (!memory.asleep_from || from < *memory.asleep_from) memory.asleep_from = from;
    if (!memory.woke_at || woke > *memory.woke_at) memory.woke_at = woke;
}

void forget_before(ReminderMemory& memory, Instant before) {
    std::erase_if(memory.doses, [&](const auto& kv) { return kv.first.scheduled < before; });
}

Reminder still_unanswered(const Reminder& reminder, const std::vector<Medication>& meds,
                          const std::vector<Entry>& entries, const Zone& here, Instant now) {
    const auto open = [&](const ReminderDose& d) {
        for (const SlotStatus& slot : day_slots(meds, entries, here.day_of(d.scheduled), here, now))
            if (slot.medication_id == d.medication_id && slot.scheduled == d.scheduled)
                return slot.state != SlotState::taken && slot.state != SlotState::taken_late &&
                       slot.state != SlotState::skipped;
        return false;
    };
    Reminder out = reminder;
    for (auto* list : {&out.due, &out.coming, &out.missed})
        std::erase_if(*list, [&](const ReminderDose& d) { return !open(d); });
    return out;
}

std::vector<Entry> reminder_answers(const Reminder& reminder, bool taken, const std::vector<Medication>& meds,
                                    const Zone& here, Instant now) {
    std::vector<Entry> out;
    const auto answer = [&](const ReminderDose& d, bool at_its_time) {
        const auto med = std::find_if(meds.begin(), meds.end(), [&](const Medication& m) { return m.id == d.medication_id; });
        if (med == meds.end()) return;  // deleted meanwhile: nothing to answer
        const Instant at = at_its_time ? d.scheduled : taken ? now : std::min(d.scheduled, now);
        DoseEntry dose{d.medication_id, med->dose_on(here.day_of(d.scheduled)),
                       taken ? DoseStatus::taken : DoseStatus::skipped, d.scheduled};
        out.push_back(Entry{0, at, std::string(here.name()), here.day_of(at), dose});
    };
    for (const auto& d : reminder.missed) answer(d, true);
    for (const auto& d : reminder.due) answer(d, false);
    for (const auto& d : reminder.coming) answer(d, false);
    return out;
}

}  // namespace relief
