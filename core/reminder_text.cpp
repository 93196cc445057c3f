#include "reminder_text.h"

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

// "Flexeril 5 mg", or "a dose" when names are hidden.
std::string dose_words(const ReminderDose& d, const std::vector<Medication>& meds, const Zone& here, bool hide) {
    const Medication* m = find_med(meds, d.medication_id);
    if (hide || !m) return "a dose";
    return m->name + " " + m->dose_on(here.day_of(d.scheduled)).to_string();
}

std::string count_words(std::size_t n) { return n == 1 ? "1 dose" : std::to_string(n) + " doses"; }

std::string lines(const std::vector<ReminderDose>& doses, const std::vector<Medication>& meds, const Zone& here,
                  bool hide, const std::string& prefix) {
    std::string out;
    for (const auto& d : doses) {
        std::string what = dose_words(d, meds, here, hide);
        if (hide) what[0] = 'A';
        out += prefix + what + " at " + clock_time(here, d.scheduled) + "\n";
    }
    return out;
}

}  // namespace

ReminderText reminder_text(const Reminder& r, const std::vector<Medication>& meds, const Zone& here,
                           const ReminderSettings& s) {
    ReminderText t;
    const bool hide = s.hide_names;
    const std::size_t answerable = r.due.size() + r.coming.size();
    switch (r.kind) {
    case ReminderKind::catch_up:
        t.summary = "While the computer was asleep";
        t.body = "Not logged:\n" + lines(r.missed, meds, here, hide, "  ");
        if (!r.due.empty()) t.body += "Due now:\n" + lines(r.due, meds, here, hide, "  ");
        t.body += r.missed.size() + r.due.size() == 1 ? "Did you take it?" : "Did you take them?";
        break;
    case ReminderKind::heads_up:
        t.summary = r.coming.size() == 1 && !hide
                        ? "Coming up at " + clock_time(here, r.coming[0].scheduled) + ": " +
                              dose_words(r.coming[0], meds, here, false)
                        : count_words(r.coming.size()) + (r.coming.size() == 1 ? " is" : " are") + " coming up";
        t.body = lines(r.coming, meds, here, hide, "");
        break;
    case ReminderKind::due:
    case ReminderKind::repeat: {
        const bool again = r.kind == ReminderKind::repeat;
        if (r.due.size() == 1 && r.coming.empty())
            t.summary = hide ? (again ? "A dose is still due" : "A dose is due")
                             : (again ? "Still due: " : "Time for ") + dose_words(r.due[0], meds, here, false);
        else
            t.summary = count_words(r.due.size()) + (r.due.size() == 1 ? " is" : " are") + (again ? " still due" : " due");
        t.body = lines(r.due, meds, here, hide, "");
        if (!r.coming.empty()) t.body += "Coming up:\n" + lines(r.coming, meds, here, hide, "  ");
        break;
    }
    }
    if (!t.body.empty() && t.body.back() == '\n') t.body.pop_back();
    const bool many = r.missed.size() + answerable > 1;
    t.actions = {{"taken", many ? "Taken all" : "Taken"}, {"skip", many ? "Skip all" : "Skip"}};
    if (answerable > 0 && r.missed.empty())
        t.actions.push_back({"snooze", "Snooze " + std::to_string(s.snooze.count()) + " min"});
    return t;
}

namespace {

std::string when_words(const Zone& here, Instant at, Instant now) {
    const LocalDay today = here.day_of(now);
    const LocalDay day = here.day_of(at);
    return clock_time(here, at) + (day == today                   ? " today"
                                   : day == today + date::days{1} ? " tomorrow"
                                                                  : " on " + format_day(day));
}

}  // namespace

std::string dose_label(const ReminderDose& dose, const std::vector<Medication>& meds, const Zone& here, bool hide_names) {
    std::string what = dose_words(dose, meds, here, hide_names);
    if (hide_names) what[0] = 'A';
    return what + " (" + clock_time(here, dose.scheduled) + ")";
}

std::string next_dose_text(const NextReminder& next, const std::vector<Medication>& meds, const Zone& here,
                           Instant now, bool hide_names) {
    return when_words(here, next.at, now) + ": " + dose_words(next.dose, meds, here, hide_names);
}

std::string next_reminder_text(const NextReminder& next, const std::vector<Medication>& meds, const Zone& here,
                               Instant now) {
    const std::string when = when_words(here, next.at, now);
    std::string what = dose_words(next.dose, meds, here, false) + " (scheduled " + clock_time(here, next.dose.scheduled) + ")";
    std::string out = when + ": ";
    switch (next.kind) {
    case ReminderKind::heads_up: out += "a heads-up for " + what; break;
    case ReminderKind::repeat: out += "a repeat for " + what + ", not yet answered"; break;
    case ReminderKind::catch_up: out += "what was missed while asleep, first " + what; break;
    case ReminderKind::due: out += what + " is due"; break;
    }
    if (next.snoozed) out += ", snoozed";
    if (next.quiet) out += ", held back by quiet hours";
    return out;
}

}  // namespace relief
