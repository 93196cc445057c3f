#include "core/reminder_text.h"

#include <gtest/gtest.h>

using namespace relief;

namespace {
const Zone berlin = Zone::locate("Europe/Berlin");
Instant at(const char* when) { return parse_when(when, berlin); }
std::vector<Medication> meds() {
    Medication f;
    f.id = 1;
    f.name = "Flexeril";
    f.ingredient = "cyclobenzaprine";
    f.dose = Amount::milligrams(5);
    f.schedule = Schedule{parse_times("08:00,20:00"), false};
    f.start = parse_day("2026-01-01");
    Medication b = f;
    b.id = 2;
    b.name = "Lioresal";
    b.ingredient = "baclofen";
    b.dose = Amount::milligrams(10);
    return {f, b};
}
std::vector<std::string> keys(const ReminderText& t) {
    std::vector<std::string> out;
    for (const auto& a : t.actions) out.push_back(a.first);
    return out;
}
}  // namespace

TEST(ReminderText, OneDoseDue) {
    Reminder r;
    r.due = {{1, at("2026-03-02T08:00")}};
    const auto t = reminder_text(r, meds(), berlin, {});
    EXPECT_EQ(t.summary, "Time for Flexeril 5 mg");
    EXPECT_EQ(t.body, "Flexeril 5 mg at 08:00");
    EXPECT_EQ(keys(t), (std::vector<std::string>{"taken", "skip", "snooze"}));
    EXPECT_EQ(t.actions[2].second, "Snooze 10 min");
    r.kind = ReminderKind::repeat;
    EXPECT_EQ(reminder_text(r, meds(), berlin, {}).summary, "Still due: Flexeril 5 mg");
}

TEST(ReminderText, HiddenNamesSayNothingOfTheDrug) {
    Reminder r;
    r.due = {{1, at("2026-03-02T08:00")}, {2, at("2026-03-02T08:00")}};
    ReminderSettings s;
    s.hide_names = true;
    const auto t = reminder_text(r, meds(), berlin, s);
    EXPECT_EQ(t.summary, "2 doses are due");
    EXPECT_EQ(t.body, "A dose at 08:00\nA dose at 08:00");
    for (const auto& text : {t.summary, t.body}) {
        EXPECT_EQ(text.find("Flexeril"), std::string::npos);
        EXPECT_EQ(text.find("Lioresal"), std::string::npos);
        EXPECT_EQ(text.find("mg"), std::string::npos);
    }
    EXPECT_EQ(t.actions[0].second, "Taken all");
}

TEST(ReminderText, CatchUpNamesWhatWasMissedAndAsks) {
    Reminder r;
    r.kind = ReminderKind::catch_up;
    r.missed = {{1, at("2026-03-02T08:00")}};
    r.due = {{2, at("2026-03-02T20:00")}};
    const auto t = reminder_text(r, meds(), berlin, {});
    EXPECT_EQ(t.summary, "While the computer was asleep");
    EXPECT_EQ(t.body, "Not logged:\n  Flexeril 5 mg at 08:00\nDue now:\n  Lioresal 10 mg at 20:00\nDid you take them?");
    EXPECT_EQ(keys(t), (std::vector<std::string>{"taken", "skip"}));  // no snooze for the past
}

TEST(ReminderText, HeadsUp) {
    Reminder r;
    r.kind = ReminderKind::heads_up;
    r.coming = {{2, at("2026-03-02T20:00")}};
    EXPECT_EQ(reminder_text(r, meds(), berlin, {}).summary, "Coming up at 20:00: Lioresal 10 mg");
}

TEST(ReminderText, NextSaysWhenAndWhy) {
    NextReminder n{at("2026-03-03T07:00"), ReminderKind::due, {1, at("2026-03-03T06:30")}, at("2026-03-03T06:30"), true};
    EXPECT_EQ(next_reminder_text(n, meds(), berlin, at("2026-03-02T21:00")),
              "07:00 tomorrow: Flexeril 5 mg (scheduled 06:30) is due, held back by quiet hours");
}

TEST(ReminderText, TrayLabelsHideNamesWhenAsked) {
    const ReminderDose d{1, at("2026-03-02T08:00")};
    EXPECT_EQ(dose_label(d, meds(), berlin, false), "Flexeril 5 mg (08:00)");
    EXPECT_EQ(dose_label(d, meds(), berlin, true), "A dose (08:00)");
    NextReminder n{at("2026-03-02T20:00"), ReminderKind::due, {2, at("2026-03-02T20:00")}};
    EXPECT_EQ(next_dose_text(n, meds(), berlin, at("2026-03-02T12:00"), false), "20:00 today: Lioresal 10 mg");
    EXPECT_EQ(next_dose_text(n, meds(), berlin, at("2026-03-02T12:00"), true), "20:00 today: a dose");
}
