#include "core/reminder_plan.h"

#include <gtest/gtest.h>

using namespace relief;
using std::chrono::minutes;

namespace {

const Zone berlin = Zone::locate("Europe/Berlin");
const Zone tokyo = Zone::locate("Asia/Tokyo");
Instant at(const char* when, const Zone& z = berlin) { return parse_when(when, z); }

Medication med(std::int64_t id, const char* name, const char* times) {
    Medication m;
    m.id = id;
    m.name = name;
    m.ingredient = id == 2 ? "baclofen" : "cyclobenzaprine";
    m.dose = Amount::milligrams(5);
    m.schedule = Schedule{parse_times(times), false};
    m.start = parse_day("2026-01-01");
    return m;
}

Entry dose_entry(std::int64_t id, std::int64_t med_id, Instant when, Instant scheduled,
                 DoseStatus status = DoseStatus::taken, const Zone& z = berlin) {
    return Entry{id, when, std::string(z.name()), z.day_of(when),
                 DoseEntry{med_id, Amount::milligrams(5), status, scheduled}};
}

struct Shown {
    Instant at;
    Reminder reminder;
};

// The service's loop, a minute at a time: plan, show, remember.
struct Service {
    std::vector<Medication> meds;
    std::vector<Entry> entries;
    ReminderSettings settings;
    Zone here = berlin;
    ReminderMemory memory;
    std::vector<Shown> shown;

    void run(Instant from, Instant to) {
        for (Instant t = from; t <= to; t += minutes{1}) tick(t);
    }
    void tick(Instant t) {
        const auto plan = plan_reminders(meds, entries, here, settings, memory, t);
        if (!plan.show) return;
        record_shown(memory, *plan.show, t);
        shown.push_back({t, *plan.show});
    }
    std::vector<Instant> times() const {
        std::vector<Instant> out;
        for (const auto& s : shown) out.push_back(s.at);
        return out;
    }
};

Service one_dose(const char* times = "08:00") {
    Service s;
    s.meds = {med(1, "Flexeril", times)};
    return s;
}

}  // namespace

TEST(ReminderPlan, RingsAtItsTimeThenRepeatsUntilTheLimit) {
    auto s = one_dose();
    s.run(at("2026-03-02T07:00"), at("2026-03-02T13:59"));
    ASSERT_EQ(s.times(), (std::vector<Instant>{at("2026-03-02T08:00"), at("2026-03-02T08:15"), at("2026-03-02T08:30"),
                                               at("2026-03-02T08:45"), at("2026-03-02T09:00")}));
    EXPECT_EQ(s.shown[0].reminder.kind, ReminderKind::due);
    EXPECT_EQ(s.shown[1].reminder.kind, ReminderKind::repeat);
    EXPECT_EQ(s.shown[0].reminder.due, (std::vector<ReminderDose>{{1, at("2026-03-02T08:00")}}));
}

TEST(ReminderPlan, RepeatAtItsIntervalNotAMinuteBefore) {
    auto s = one_dose();
    s.tick(at("2026-03-02T08:00"));
    s.tick(at("2026-03-02T08:14"));
    EXPECT_EQ(s.shown.size(), 1u);
    s.tick(at("2026-03-02T08:15"));
    EXPECT_EQ(s.shown.size(), 2u);
}

TEST(ReminderPlan, RepeatLimitZeroAndNoRepeat) {
    auto s = one_dose();
    s.settings.repeat_limit = 0;
    s.run(at("2026-03-02T07:00"), at("2026-03-02T12:00"));
    EXPECT_EQ(s.times(), std::vector<Instant>{at("2026-03-02T08:00")});
    auto t = one_dose();
    t.settings.repeat_every = minutes{0};
    t.run(at("2026-03-02T07:00"), at("2026-03-02T12:00"));
    EXPECT_EQ(t.times(), std::vector<Instant>{at("2026-03-02T08:00")});
}

TEST(ReminderPlan, NothingForADoseAlreadyLoggedOrAnsweredBetweenRepeats) {
    auto s = one_dose();
    s.entries = {dose_entry(1, 1, at("2026-03-02T07:50"), at("2026-03-02T08:00"))};
    s.run(at("2026-03-02T07:00"), at("2026-03-02T13:00"));
    EXPECT_TRUE(s.shown.empty());

    auto t = one_dose();
    t.run(at("2026-03-02T07:00"), at("2026-03-02T08:20"));
    t.entries = {dose_entry(1, 1, at("2026-03-02T08:21"), at("2026-03-02T08:00"), DoseStatus::skipped)};
    t.run(at("2026-03-02T08:21"), at("2026-03-02T13:00"));
    EXPECT_EQ(t.shown.size(), 2u);  // 08:00 and 08:15, then answered
}

TEST(ReminderPlan, NeverForAStoppedMedicationOrBeforeItsStart) {
    auto s = one_dose();
    s.meds[0].stop = parse_day("2026-03-01");
    s.run(at("2026-03-02T00:00"), at("2026-03-02T23:59"));
    EXPECT_TRUE(s.shown.empty());
    auto t = one_dose();
    t.meds[0].start = parse_day("2026-03-03");
    t.run(at("2026-03-02T00:00"), at("2026-03-02T23:59"));
    EXPECT_TRUE(t.shown.empty());
    // The stop day itself is still a day it is taken.
    auto u = one_dose();
    u.meds[0].stop = parse_day("2026-03-02");
    u.settings.repeat_limit = 0;
    u.run(at("2026-03-02T00:00"), at("2026-03-03T23:59"));
    EXPECT_EQ(u.times(), std::vector<Instant>{at("2026-03-02T08:00")});
}

TEST(ReminderPlan, SnoozeWaitsThenRingsAsNew) {
    auto s = one_dose();
    s.tick(at("2026-03-02T08:00"));
    record_snooze(s.memory, s.shown.back().reminder, s.settings, at("2026-03-02T08:03"));
    const auto held = plan_reminders(s.meds, s.entries, berlin, s.settings, s.memory, at("2026-03-02T08:04"));
    ASSERT_TRUE(held.next);
    EXPECT_TRUE(held.next->snoozed);
    EXPECT_EQ(held.next->at, at("2026-03-02T08:13"));
    s.run(at("2026-03-02T08:04"), at("2026-03-02T08:30"));
    ASSERT_EQ(s.times(), (std::vector<Instant>{at("2026-03-02T08:00"), at("2026-03-02T08:13"), at("2026-03-02T08:28")}));
    EXPECT_EQ(s.shown[1].reminder.kind, ReminderKind::due);
}

TEST(ReminderPlan, SnoozeDoesNotUseUpTheRepeats) {
    auto s = one_dose();
    s.settings.repeat_limit = 1;
    s.run(at("2026-03-02T08:00"), at("2026-03-02T08:20"));  // 08:00, 08:15: the limit
    record_snooze(s.memory, s.shown.back().reminder, s.settings, at("2026-03-02T08:20"));
    s.run(at("2026-03-02T08:21"), at("2026-03-02T10:00"));
    EXPECT_EQ(s.times(), (std::vector<Instant>{at("2026-03-02T08:00"), at("2026-03-02T08:15"), at("2026-03-02T08:30"),
                                               at("2026-03-02T08:45")}));
}

TEST(ReminderPlan, QuietHoursHoldBackUntilTheyEnd) {
    auto s = one_dose("06:30");
    s.settings.quiet = QuietHours{parse_time_of_day("22:00"), parse_time_of_day("07:00")};
    s.settings.repeat_limit = 0;
    const auto held = plan_reminders(s.meds, s.entries, berlin, s.settings, s.memory, at("2026-03-02T06:40"));
    EXPECT_FALSE(held.show);
    ASSERT_TRUE(held.next);
    EXPECT_EQ(held.next->at, at("2026-03-02T07:00"));
    EXPECT_TRUE(held.next->quiet);
    s.run(at("2026-03-01T21:00"), at("2026-03-02T12:00"));
    EXPECT_EQ(s.times(), std::vector<Instant>{at("2026-03-02T07:00")});
}

TEST(ReminderPlan, QuietHoursBoundaries) {
    const QuietHours q{parse_time_of_day("22:00"), parse_time_of_day("07:00")};
    EXPECT_TRUE(q.contains(parse_time_of_day("22:00")));
    EXPECT_TRUE(q.contains(parse_time_of_day("06:59")));
    EXPECT_FALSE(q.contains(parse_time_of_day("07:00")));
    EXPECT_FALSE(q.contains(parse_time_of_day("21:59")));
    const QuietHours day{parse_time_of_day("13:00"), parse_time_of_day("15:00")};
    EXPECT_TRUE(day.contains(parse_time_of_day("13:00")));
    EXPECT_FALSE(day.contains(parse_time_of_day("15:00")));
    EXPECT_FALSE(day.contains(parse_time_of_day("12:59")));
}

TEST(ReminderPlan, ABedtimeDoseInQuietHoursIsNotRungAtDawn) {
    // Held until 07:00, by then nine hours late and past answering: silence, as chosen.
    auto s = one_dose("22:30");
    s.settings.quiet = QuietHours{parse_time_of_day("22:00"), parse_time_of_day("07:00")};
    s.run(at("2026-03-02T21:00"), at("2026-03-03T09:00"));
    EXPECT_TRUE(s.shown.empty());
}

TEST(ReminderPlan, HeadsUpBeforeThenDue) {
    auto s = one_dose();
    s.settings.heads_up = minutes{10};
    s.settings.repeat_limit = 0;
    s.run(at("2026-03-02T07:00"), at("2026-03-02T09:00"));
    ASSERT_EQ(s.times(), (std::vector<Instant>{at("2026-03-02T07:50"), at("2026-03-02T08:00")}));
    EXPECT_EQ(s.shown[0].reminder.kind, ReminderKind::heads_up);
    EXPECT_EQ(s.shown[0].reminder.coming, (std::vector<ReminderDose>{{1, at("2026-03-02T08:00")}}));
    EXPECT_EQ(s.shown[1].reminder.kind, ReminderKind::due);
}

TEST(ReminderPlan, DosesFallingTogetherAreOneReminder) {
    Service s;
    s.meds = {med(1, "Flexeril", "08:00"), med(2, "Lioresal", "08:00,20:00")};
    s.settings.repeat_limit = 0;
    s.run(at("2026-03-02T07:00"), at("2026-03-02T09:00"));
    ASSERT_EQ(s.shown.size(), 1u);
    EXPECT_EQ(s.shown[0].reminder.due.size(), 2u);
}

TEST(ReminderPlan, ALaterDoseRingsWithTheOneStillOpen) {
    Service s;
    s.meds = {med(1, "Flexeril", "08:00"), med(2, "Lioresal", "08:30")};
    s.settings.repeat_every = minutes{0};
    s.run(at("2026-03-02T07:00"), at("2026-03-02T09:00"));
    ASSERT_EQ(s.times(), (std::vector<Instant>{at("2026-03-02T08:00"), at("2026-03-02T08:30")}));
    EXPECT_EQ(s.shown[1].reminder.due.size(), 2u);  // the 08:00 one is still unanswered
}

TEST(ReminderPlan, SpringForwardMovesASkippedTimeOnceAndRingsOnce) {
    // Berlin, 29 March 2026: 02:00 becomes 03:00. A dose at 02:30 is due at 03:30.
    auto s = one_dose("02:30");
    s.settings.repeat_limit = 0;
    s.run(at("2026-03-28T23:00"), at("2026-03-29T12:00"));
    EXPECT_EQ(s.times(), std::vector<Instant>{at("2026-03-29T03:30")});
}

TEST(ReminderPlan, FallBackRingsARepeatedTimeOnce) {
    // Berlin, 25 October 2026: 03:00 becomes 02:00 again; 02:30 happens twice.
    auto s = one_dose("02:30");
    s.settings.repeat_every = minutes{30};
    s.settings.repeat_limit = 2;
    s.run(at("2026-10-24T23:00"), at("2026-10-25T12:00"));
    const Instant first = at("2026-10-25T02:30");  // the first of the two
    EXPECT_EQ(s.times(), (std::vector<Instant>{first, first + minutes{30}, first + minutes{60}}));
    EXPECT_EQ(s.shown[0].reminder.kind, ReminderKind::due);
}

TEST(ReminderPlan, AfterAMoveTheDoseRingsOnTheClockWhereThePersonIs) {
    auto s = one_dose();
    s.here = tokyo;
    s.settings.repeat_limit = 0;
    s.run(at("2026-03-02T00:00", tokyo), at("2026-03-02T23:59", tokyo));
    EXPECT_EQ(s.times(), std::vector<Instant>{at("2026-03-02T08:00", tokyo)});
    // A dose logged there answers it: nothing rings the next day after it is taken.
    s.shown.clear();
    s.entries = {dose_entry(9, 1, at("2026-03-03T08:05", tokyo), at("2026-03-03T08:00", tokyo), DoseStatus::taken, tokyo)};
    s.run(at("2026-03-03T07:00", tokyo), at("2026-03-03T12:00", tokyo));
    EXPECT_TRUE(s.shown.empty());
}

TEST(ReminderPlan, ResumeAfterASleepAcrossTwoDueTimesNamesThemOnceAndAsks) {
    auto s = one_dose("08:00,14:00,20:00");
    s.run(at("2026-03-02T06:00"), at("2026-03-02T07:00"));
    record_sleep(s.memory, at("2026-03-02T07:00"), at("2026-03-02T21:30"));
    s.tick(at("2026-03-02T21:30"));
    ASSERT_EQ(s.shown.size(), 1u);
    const Reminder r = s.shown[0].reminder;  // a copy: shown grows below
    EXPECT_EQ(r.kind, ReminderKind::catch_up);
    EXPECT_EQ(r.missed, (std::vector<ReminderDose>{{1, at("2026-03-02T08:00")}, {1, at("2026-03-02T14:00")}}));
    EXPECT_EQ(r.due, (std::vector<ReminderDose>{{1, at("2026-03-02T20:00")}}));
    // Named once: the repeats are of the 20:00 dose only.
    s.tick(at("2026-03-02T21:45"));
    ASSERT_EQ(s.shown.size(), 2u);
    EXPECT_EQ(s.shown[1].reminder.kind, ReminderKind::repeat);
    EXPECT_TRUE(s.shown[1].reminder.missed.empty());

    const auto answers = reminder_answers(r, true, s.meds, berlin, at("2026-03-02T21:30"));
    ASSERT_EQ(answers.size(), 3u);
    EXPECT_EQ(answers[0].at, at("2026-03-02T08:00"));  // at its time
    EXPECT_EQ(std::get<DoseEntry>(answers[0].data).scheduled, at("2026-03-02T08:00"));
    EXPECT_EQ(answers[2].at, at("2026-03-02T21:30"));  // at the answer
    EXPECT_EQ(std::get<DoseEntry>(answers[2].data).scheduled, at("2026-03-02T20:00"));
    EXPECT_EQ(std::get<DoseEntry>(answers[2].data).status, DoseStatus::taken);
}

TEST(ReminderPlan, WithoutASleepMissedDosesAreNotCaughtUp) {
    // The service started at 21:30: the morning's doses were never its to ring.
    auto s = one_dose("08:00,14:00,20:00");
    s.tick(at("2026-03-02T21:30"));
    ASSERT_EQ(s.shown.size(), 1u);
    EXPECT_EQ(s.shown[0].reminder.kind, ReminderKind::due);
    EXPECT_TRUE(s.shown[0].reminder.missed.empty());
}

TEST(ReminderPlan, ADoseWithinItsWindowAfterTheSleepIsAnsweredNow) {
    auto s = one_dose("08:00");
    record_sleep(s.memory, at("2026-03-02T07:00"), at("2026-03-02T14:00"));
    s.tick(at("2026-03-02T14:00"));  // six hours: still answerable, so due rather than missed
    ASSERT_EQ(s.shown.size(), 1u);
    EXPECT_EQ(s.shown[0].reminder.kind, ReminderKind::due);
    record_sleep(s.memory, at("2026-03-02T14:00"), at("2026-03-02T14:01"));
    s.tick(at("2026-03-02T14:01"));  // now past it, but already rung: no catch-up
    EXPECT_EQ(s.shown.size(), 1u);
}

TEST(ReminderPlan, SkipAnswersAtTheDoseTimeOrNowBeforeIt) {
    const auto meds = std::vector<Medication>{med(1, "Flexeril", "08:00")};
    Reminder r;
    r.due = {{1, at("2026-03-02T08:00")}};
    const auto late = reminder_answers(r, false, meds, berlin, at("2026-03-02T08:40"));
    ASSERT_EQ(late.size(), 1u);
    EXPECT_EQ(late[0].at, at("2026-03-02T08:00"));
    EXPECT_EQ(std::get<DoseEntry>(late[0].data).status, DoseStatus::skipped);
    Reminder early;
    early.coming = {{1, at("2026-03-02T08:00")}};
    EXPECT_EQ(reminder_answers(early, false, meds, berlin, at("2026-03-02T07:50"))[0].at, at("2026-03-02T07:50"));
    EXPECT_EQ(reminder_answers(early, true, meds, tokyo, at("2026-03-02T07:50"))[0].zone, "Asia/Tokyo");
}

TEST(ReminderPlan, OpenDosesAreTheOnesTheWindowCallsDue) {
    Service s;
    s.meds = {med(1, "Flexeril", "08:00,14:00,20:00"), med(2, "Lioresal", "09:00,21:00")};
    s.entries = {dose_entry(1, 1, at("2026-03-02T08:10"), at("2026-03-02T08:00"))};
    for (Instant t = at("2026-03-02T00:00"); t <= at("2026-03-03T03:00"); t += minutes{7}) {
        std::vector<ReminderDose> window;
        for (LocalDay d : {parse_day("2026-03-01"), parse_day("2026-03-02"), parse_day("2026-03-03")})
            for (const auto& slot : day_slots(s.meds, s.entries, d, berlin, t))
                if (slot.state == SlotState::overdue) window.push_back({slot.medication_id, slot.scheduled});
        auto open = plan_reminders(s.meds, s.entries, berlin, s.settings, s.memory, t).open;
        std::sort(open.begin(), open.end());
        std::sort(window.begin(), window.end());
        EXPECT_EQ(open, window) << format_local(t, berlin);
    }
}

TEST(ReminderPlan, NextSaysWhatRingsAndWhen) {
    auto s = one_dose("08:00,20:00");
    const auto plan = plan_reminders(s.meds, s.entries, berlin, s.settings, s.memory, at("2026-03-02T12:00"));
    ASSERT_TRUE(plan.next);
    EXPECT_EQ(plan.next->at, at("2026-03-02T20:00"));
    EXPECT_EQ(plan.next->kind, ReminderKind::due);
    EXPECT_FALSE(plan.next->quiet);
    const auto none = plan_reminders({}, {}, berlin, s.settings, s.memory, at("2026-03-02T12:00"));
    EXPECT_FALSE(none.next);
    EXPECT_FALSE(none.show);
}

TEST(ReminderPlan, StillUnansweredDropsWhatTheWindowLoggedMeanwhile) {
    Service s;
    s.meds = {med(1, "Flexeril", "08:00"), med(2, "Lioresal", "08:00")};
    Reminder r;
    r.due = {{1, at("2026-03-02T08:00")}, {2, at("2026-03-02T08:00")}};
    s.entries = {dose_entry(1, 2, at("2026-03-02T08:05"), at("2026-03-02T08:00"))};
    const auto left = still_unanswered(r, s.meds, s.entries, berlin, at("2026-03-02T08:06"));
    EXPECT_EQ(left.due, (std::vector<ReminderDose>{{1, at("2026-03-02T08:00")}}));
    s.meds[0].stop = parse_day("2026-03-01");  // stopped: nothing to answer
    EXPECT_TRUE(still_unanswered(r, s.meds, s.entries, berlin, at("2026-03-02T08:06")).empty());
}

TEST(ReminderPlan, NextSkipsARingThatQuietHoursWouldPushPastAnswering) {
    // 22:30 in quiet hours 22:00-07:00: at 07:00 it is 8.5 hours late, so the next ring is
    // the 08:00 dose, not a 07:00 one that would never come.
    auto s = one_dose("08:00,22:30");
    s.settings.quiet = QuietHours{parse_time_of_day("22:00"), parse_time_of_day("07:00")};
    for (const char* when : {"2026-03-02T21:00", "2026-03-02T23:00"}) {
        const auto plan = plan_reminders(s.meds, s.entries, berlin, s.settings, s.memory, at(when));
        EXPECT_FALSE(plan.show);
        ASSERT_TRUE(plan.next) << when;
        EXPECT_EQ(plan.next->at, at("2026-03-03T08:00")) << when;
    }
    // Just within: a 01:00 dose held to 07:00 is exactly six hours late and still rings.
    auto t = one_dose("01:00");
    t.settings.quiet = QuietHours{parse_time_of_day("22:00"), parse_time_of_day("07:00")};
    t.settings.repeat_limit = 0;
    t.run(at("2026-03-02T00:00"), at("2026-03-02T12:00"));
    EXPECT_EQ(t.times(), std::vector<Instant>{at("2026-03-02T07:00")});
    auto u = one_dose("00:59");
    u.settings.quiet = t.settings.quiet;
    u.run(at("2026-03-02T00:00"), at("2026-03-02T12:00"));
    EXPECT_TRUE(u.shown.empty());
}
