#include "reminder_text.h"

#include "translate.h"

#include <algorithm>

namespace relief {

namespace {

const Medication* find_med(const std::vector<Medication>& meds, std::int64_t id) {
    const auto it = std::find_if(meds.begin(), meds.end(), [&](const Medication& m) { return m.id == id; });
    return it == meds.end() ? nullptr : &*it;
}

std::string clock_time(const Zone& here, Instant at) {
    return format_local(at, here).substr(11, 5);
}

// "Flexeril 5 mg", or "a dose" ("A dose" at the start of a line) when names are hidden.
std::string dose_words(const ReminderDose& d, const std::vector<Medication>& meds, const Zone& here, bool hide,
                       bool capital = false) {
    const Medication* m = find_med(meds, d.medication_id);
    if (hide || !m) return capital ? translate("relief::core::reminder_text", "A dose") : translate("relief::core::reminder_text", "a dose");
    return m->name + " " + m->dose_on(here.day_of(d.scheduled)).display();
}

std::string lines(const std::vector<ReminderDose>& doses, const std::vector<Medication>& meds, const Zone& here,
                  bool hide, const std::string& prefix) {
    std::string out;
    for (const auto& d : doses)
        //: One dose of a reminder: %1 the medication and amount (or A dose), %2 the time.
        out += prefix + fill(translate("relief::core::reminder_text", "%1 at %2"), {dose_words(d, meds, here, hide, hide), clock_time(here, d.scheduled)}) +
               "\n";
    return out;
}

}  // namespace

// Counts come as two sources (one, more) so that English, which has no translation, says
// "1 dose is due" and "2 doses are due"; each language fills its own plural forms of both.
ReminderText reminder_text(const Reminder& r, const std::vector<Medication>& meds, const Zone& here,
                           const ReminderSettings& s) {
    ReminderText t;
    const bool hide = s.hide_names;
    const std::size_t answerable = r.due.size() + r.coming.size();
    switch (r.kind) {
    case ReminderKind::catch_up:
        t.summary = translate("relief::core::reminder_text", "While the computer was asleep");
        //: A heading above the doses not logged while the computer was asleep.
        t.body = translate("relief::core::reminder_text", "Not logged:") + "\n" + lines(r.missed, meds, here, hide, "  ");
        //: A heading above the doses due now.
        if (!r.due.empty()) t.body += translate("relief::core::reminder_text", "Due now:") + "\n" + lines(r.due, meds, here, hide, "  ");
        t.body += r.missed.size() + r.due.size() == 1 ? translate("relief::core::reminder_text", "Did you take it?")
                                                      : translate("relief::core::reminder_text", "Did you take them?");
        break;
    case ReminderKind::heads_up: {
        const int n = int(r.coming.size());
        t.summary = r.coming.size() == 1 && !hide
                        //: %1: the time, %2: the medication and amount.
                        ? fill(translate("relief::core::reminder_text", "Coming up at %1: %2"),
                               {clock_time(here, r.coming[0].scheduled), dose_words(r.coming[0], meds, here, false)})
                        : n == 1 ? translate("relief::core::reminder_text", "%n dose is coming up", nullptr, n)
                                 : translate("relief::core::reminder_text", "%n doses are coming up", nullptr, n);
        t.body = lines(r.coming, meds, here, hide, "");
        break;
    }
    case ReminderKind::due:
    case ReminderKind::repeat: {
        const bool again = r.kind == ReminderKind::repeat;
        const int n = int(r.due.size());
        if (r.due.size() == 1 && r.coming.empty())
            t.summary = hide ? (again ? translate("relief::core::reminder_text", "A dose is still due") : translate("relief::core::reminder_text", "A dose is due"))
                             //: %1: the medication and amount, such as Flexeril 5 mg.
                             : fill(again ? translate("relief::core::reminder_text", "Still due: %1") : translate("relief::core::reminder_text", "Time for %1"),
                                    {dose_words(r.due[0], meds, here, false)});
        else if (again)
            t.summary = n == 1 ? translate("relief::core::reminder_text", "%n dose is still due", nullptr, n)
                               : translate("relief::core::reminder_text", "%n doses are still due", nullptr, n);
        else
            t.summary = n == 1 ? translate("relief::core::reminder_text", "%n dose is due", nullptr, n)
                               : translate("relief::core::reminder_text", "%n doses are due", nullptr, n);
        t.body = lines(r.due, meds, here, hide, "");
        //: A heading above the doses coming up soon.
        if (!r.coming.empty()) t.body += translate("relief::core::reminder_text", "Coming up:") + "\n" + lines(r.coming, meds, here, hide, "  ");
        break;
    }
    }
    if (!t.body.empty() && t.body.back() == '\n') t.body.pop_back();
    const bool many = r.missed.size() + answerable > 1;
    //: Buttons of a reminder: the dose was taken (all of the doses shown, when several).
    t.actions = {{"taken", many ? translate("relief::core::reminder_text", "Taken all") : translate("relief::core::reminder_text", "Taken")},
                 //: Buttons of a reminder: the dose is skipped (all of them, when several).
                 {"skip", many ? translate("relief::core::reminder_text", "Skip all") : translate("relief::core::reminder_text", "Skip")}};
    if (answerable > 0 && r.missed.empty())
        //: A button: remind again in %1 minutes.
        t.actions.push_back({"snooze", fill(translate("relief::core::reminder_text", "Snooze %1 min"), {std::to_string(s.snooze.count())})});
    return t;
}

namespace {

std::string when_words(const Zone& here, Instant at, Instant now) {
    const LocalDay today = here.day_of(now);
    const LocalDay day = here.day_of(at);
    const std::string time = clock_time(here, at);
    //: %1: a time of day.
    if (day == today) return fill(translate("relief::core::reminder_text", "%1 today"), {time});
    if (day == today + date::days{1}) return fill(translate("relief::core::reminder_text", "%1 tomorrow"), {time});
    //: %1: a time of day, %2: the day.
    return fill(translate("relief::core::reminder_text", "%1 on %2"), {time, display_day(day)});
}

}  // namespace

std::string dose_label(const ReminderDose& dose, const std::vector<Medication>& meds, const Zone& here, bool hide_names) {
    //: A dose in the tray's menu: %1 the medication and amount (or A dose), %2 its time.
    return fill(translate("relief::core::reminder_text", "%1 (%2)"),
                {dose_words(dose, meds, here, hide_names, hide_names), clock_time(here, dose.scheduled)});
}

std::string next_dose_text(const NextReminder& next, const std::vector<Medication>& meds, const Zone& here,
                           Instant now, bool hide_names) {
    //: The next dose in the tray: %1 when (such as 20:00 today), %2 the medication and amount.
    return fill(translate("relief::core::reminder_text", "%1: %2"), {when_words(here, next.at, now), dose_words(next.dose, meds, here, hide_names)});
}

std::string next_reminder_text(const NextReminder& next, const std::vector<Medication>& meds, const Zone& here,
                               Instant now) {
    const std::string when = when_words(here, next.at, now);
    //: %1: the medication and amount, %2: the time it is scheduled.
    const std::string what = fill(translate("relief::core::reminder_text", "%1 (scheduled %2)"),
                                  {dose_words(next.dose, meds, here, false), clock_time(here, next.dose.scheduled)});
    std::string out;
    //: The next reminder; %1: when (such as 20:00 today), %2: the dose and its scheduled time.
    switch (next.kind) {
    case ReminderKind::heads_up: out = fill(translate("relief::core::reminder_text", "%1: a heads-up for %2"), {when, what}); break;
    case ReminderKind::repeat: out = fill(translate("relief::core::reminder_text", "%1: a repeat for %2, not yet answered"), {when, what}); break;
    case ReminderKind::catch_up: out = fill(translate("relief::core::reminder_text", "%1: what was missed while asleep, first %2"), {when, what}); break;
    case ReminderKind::due: out = fill(translate("relief::core::reminder_text", "%1: %2 is due"), {when, what}); break;
    }
    //: %1: the next reminder, which was snoozed.
    if (next.snoozed) out = fill(translate("relief::core::reminder_text", "%1, snoozed"), {out});
    //: %1: the next reminder, which quiet hours moved.
    if (next.quiet) out = fill(translate("relief::core::reminder_text", "%1, held back by quiet hours"), {out});
    return out;
}

}  // namespace relief
