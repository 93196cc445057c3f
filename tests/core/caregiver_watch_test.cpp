#include "core/caregiver_watch.h"

#include <gtest/gtest.h>

namespace relief {
namespace {

const Zone berlin = Zone::locate("Europe/Berlin");
Instant at(const char* when) { return parse_when(when, berlin); }

Medication flexeril() {
    Medication m;
    m.id = 1;
    m.name = "Flexeril";
    m.ingredient = "cyclobenzaprine";
    m.dose = Amount::milligrams(5);
    m.schedule = Schedule{parse_times("08:00,20:00"), false};
    m.start = parse_day("2026-03-03");
    return m;
}

Entry dose(const char* when, DoseStatus status, const char* scheduled) {
    return Entry{0, at(when), "Europe/Berlin", berlin.day_of(at(when)),
                 DoseEntry{1, Amount::milligrams(5), status, at(scheduled)}};
}

TEST(CaregiverWatch, ADoseIsUnloggedAnHourAfterItsTimeNotAMinuteBefore) {
    const std::vector<Medication> meds{flexeril()};
    EXPECT_TRUE(unlogged_doses(meds, {}, berlin, at("2026-03-03T08:59")).empty());
    const auto due = unlogged_doses(meds, {}, berlin, at("2026-03-03T09:00"));
    ASSERT_EQ(due.size(), 1u);
    EXPECT_EQ(due[0].scheduled, at("2026-03-03T08:00"));
}

TEST(CaregiverWatch, TakenOrSkippedIsLoggedAndADayOldDoseIsNoLongerNews) {
    const std::vector<Medication> meds{flexeril()};
    EXPECT_TRUE(unlogged_doses(meds, {dose("2026-03-03T08:10", DoseStatus::taken, "2026-03-03T08:00")}, berlin,
                               at("2026-03-03T10:00"))
                    .empty());
    EXPECT_TRUE(unlogged_doses(meds, {dose("2026-03-03T08:00", DoseStatus::skipped, "2026-03-03T08:00")}, berlin,
                               at("2026-03-03T10:00"))
                    .empty());
    // At 21:00 the evening dose is unlogged; the morning one too, until a day has passed.
    EXPECT_EQ(unlogged_doses(meds, {}, berlin, at("2026-03-03T21:00")).size(), 2u);
    const auto next_morning = unlogged_doses(meds, {}, berlin, at("2026-03-04T08:30"));
    ASSERT_EQ(next_morning.size(), 1u);
    EXPECT_EQ(next_morning[0].scheduled, at("2026-03-03T20:00"));
}

TEST(CaregiverWatch, TheNotificationNamesThePersonAndHidesTheDrugWhenAsked) {
    const std::vector<Medication> meds{flexeril()};
    const std::vector<ReminderDose> doses{{1, at("2026-03-03T08:00")}};
    const auto named = unlogged_text(doses, meds, berlin, std::string("Ana"), false);
    EXPECT_EQ(named.summary, "Ana: a dose not logged");
    EXPECT_EQ(named.body, "Flexeril 5 mg (08:00)\nNot logged an hour after their time. Perhaps ask how things are.");
    EXPECT_TRUE(named.actions.empty());
    const auto hidden = unlogged_text(doses, meds, berlin, std::nullopt, true);
    EXPECT_EQ(hidden.summary, "A dose not logged");
    EXPECT_EQ(hidden.body.find("Flexeril"), std::string::npos);
}

}  // namespace
}  // namespace relief
