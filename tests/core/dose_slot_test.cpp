#include "core/dose_slot.h"

#include <gtest/gtest.h>

using namespace relief;

namespace {
Medication tid() {
    Medication m;
    m.id = 4;
    m.name = "Flexeril";
    m.ingredient = "cyclobenzaprine";
    m.dose = Amount::milligrams(5);
    m.schedule = Schedule{parse_times("08:00,14:00,20:00"), false};
    m.start = parse_day("2026-03-01");
    return m;
}
const Zone zone = Zone::locate("Europe/Berlin");
Instant at(const char* when) { return parse_when(when, zone); }
}  // namespace

TEST(DoseSlot, NearestScheduledTime) {
    EXPECT_EQ(matching_slot(tid(), at("2026-03-02T09:10"), zone, zone, {}), at("2026-03-02T08:00"));
    EXPECT_EQ(matching_slot(tid(), at("2026-03-02T12:00"), zone, zone, {}), at("2026-03-02T14:00"));
}

TEST(DoseSlot, AlreadyAnsweredSlotIsNotReused) {
    Entry first{1, at("2026-03-02T08:00"), "Europe/Berlin", parse_day("2026-03-02"),
                DoseEntry{4, Amount::milligrams(5), DoseStatus::taken, at("2026-03-02T08:00")}};
    EXPECT_EQ(matching_slot(tid(), at("2026-03-02T09:00"), zone, zone, {first}), at("2026-03-02T14:00"));
}

TEST(DoseSlot, WindowBoundary) {
    auto m = tid();
    m.schedule = Schedule{parse_times("08:00"), false};
    EXPECT_EQ(matching_slot(m, at("2026-03-02T14:00"), zone, zone, {}), at("2026-03-02T08:00"));
    EXPECT_EQ(matching_slot(m, at("2026-03-02T14:01"), zone, zone, {}), std::nullopt);
}

TEST(DoseSlot, LateDoseAfterMidnightAnswersYesterdaysEveningSlot) {
    EXPECT_EQ(matching_slot(tid(), at("2026-03-03T00:30"), zone, zone, {}), at("2026-03-02T20:00"));
}

TEST(DoseSlot, NotBeforeStartAndNotForAsNeeded) {
    EXPECT_EQ(matching_slot(tid(), at("2026-02-28T20:00"), zone, zone, {}), std::nullopt);
    auto prn = tid();
    prn.schedule = Schedule{{}, true};
    EXPECT_EQ(matching_slot(prn, at("2026-03-02T08:00"), zone, zone, {}), std::nullopt);
}

TEST(DoseSlot, LatenessThreshold) {
    DoseEntry d{4, Amount::milligrams(5), DoseStatus::taken, at("2026-03-02T08:00")};
    EXPECT_FALSE(is_late(d, at("2026-03-02T09:00")));
    EXPECT_TRUE(is_late(d, at("2026-03-02T09:01")));
    d.status = DoseStatus::skipped;
    EXPECT_FALSE(is_late(d, at("2026-03-02T12:00")));
}

TEST(DoseSlot, DaySlotsReportWhatBecameOfEachDose) {
    const auto day = parse_day("2026-03-02");
    auto dose = [](std::int64_t id, const char* when, const char* slot, DoseStatus s) {
        return Entry{id, at(when), "Europe/Berlin", {}, DoseEntry{4, Amount::milligrams(5), s, at(slot)}};
    };
    const std::vector<Entry> entries{dose(1, "2026-03-02T08:10", "2026-03-02T08:00", DoseStatus::taken),
                                     dose(2, "2026-03-02T16:30", "2026-03-02T14:00", DoseStatus::taken)};
    auto states = [&](const char* now) {
        std::vector<SlotState> out;
        for (const auto& s : day_slots({tid()}, entries, day, zone, at(now))) out.push_back(s.state);
        return out;
    };
    EXPECT_EQ(states("2026-03-02T19:00"),
              (std::vector<SlotState>{SlotState::taken, SlotState::taken_late, SlotState::upcoming}));
    EXPECT_EQ(states("2026-03-02T20:01"),
              (std::vector<SlotState>{SlotState::taken, SlotState::taken_late, SlotState::overdue}));
    EXPECT_EQ(states("2026-03-03T02:00"),
              (std::vector<SlotState>{SlotState::taken, SlotState::taken_late, SlotState::overdue}));
    EXPECT_EQ(states("2026-03-03T02:01"),
              (std::vector<SlotState>{SlotState::taken, SlotState::taken_late, SlotState::missed}));
    const auto slots = day_slots({tid()}, entries, day, zone, at("2026-03-03T02:01"));
    EXPECT_EQ(slots[1].entry_id, 2);
    EXPECT_EQ(day_slots({tid()}, entries, parse_day("2026-02-28"), zone, at("2026-03-03T00:00")).size(), 0u);
}

TEST(DoseSlot, AScheduleChangeKeepsPastDosesTaken) {
    // Doses logged against 08:00 and 14:00, then the schedule moved to 09:00 and 15:00.
    const std::vector<Entry> entries{
        Entry{1, at("2026-03-02T08:05"), "Europe/Berlin", {}, DoseEntry{4, Amount::milligrams(5), DoseStatus::taken, at("2026-03-02T08:00")}},
        Entry{2, at("2026-03-02T14:00"), "Europe/Berlin", {}, DoseEntry{4, Amount::milligrams(5), DoseStatus::taken, at("2026-03-02T14:00")}}};
    auto moved = tid();
    moved.schedule = Schedule{parse_times("09:00,15:00"), false};
    const auto slots = day_slots({moved}, entries, parse_day("2026-03-02"), zone, at("2026-03-03T12:00"));
    ASSERT_EQ(slots.size(), 2u);
    EXPECT_EQ(slots[0].entry_id, 1);
    EXPECT_EQ(slots[1].entry_id, 2);
    EXPECT_EQ(slots[0].state, SlotState::taken);
}

TEST(DoseSlot, TwoSlotsOnOneInstantNeedTwoDoses) {
    const Zone ny = Zone::locate("America/New_York");  // 2026-03-08: 02:30 moves to 03:30
    Medication m = tid();
    m.schedule = Schedule{parse_times("02:30,03:30"), false};
    const Instant t = parse_when("2026-03-08T03:30", ny);
    const std::vector<Entry> one{Entry{1, t, "America/New_York", {}, DoseEntry{4, Amount::milligrams(5), DoseStatus::taken, t}}};
    const auto slots = day_slots({m}, one, parse_day("2026-03-08"), ny, parse_when("2026-03-09T12:00", ny));
    ASSERT_EQ(slots.size(), 2u);
    EXPECT_EQ(int(slots[0].state == SlotState::taken) + int(slots[1].state == SlotState::taken), 1);
}

namespace {
std::vector<std::string> slot_times(const std::vector<SlotStatus>& slots) {
    std::vector<std::string> out;
    for (const auto& s : slots) out.push_back(format_local(s.scheduled, zone));
    return out;
}
}  // namespace

TEST(DoseSlot, EachDayUsesTheScheduleOfItsOwnPrescription) {
    auto m = tid();  // 08:00, 14:00, 20:00 from 2026-03-01
    m.steps = {{parse_day("2026-03-05"), Amount::milligrams(10), Schedule{parse_times("09:00,21:00"), false}},
               {parse_day("2026-03-08"), Amount::milligrams(5), Schedule{{}, true}}};
    const auto now = at("2026-03-10T12:00");
    EXPECT_EQ(slot_times(day_slots({m}, {}, parse_day("2026-03-04"), zone, now)),
              (std::vector<std::string>{"2026-03-04 08:00", "2026-03-04 14:00", "2026-03-04 20:00"}));
    EXPECT_EQ(slot_times(day_slots({m}, {}, parse_day("2026-03-05"), zone, now)),
              (std::vector<std::string>{"2026-03-05 09:00", "2026-03-05 21:00"}));
    EXPECT_TRUE(day_slots({m}, {}, parse_day("2026-03-08"), zone, now).empty()) << "as needed from then on";

    // A dose logged after midnight still answers the evening before, on that day's schedule.
    EXPECT_EQ(matching_slot(m, at("2026-03-05T00:30"), zone, zone, {}), at("2026-03-04T20:00"));
    EXPECT_EQ(matching_slot(m, at("2026-03-05T10:00"), zone, zone, {}), at("2026-03-05T09:00"));
    EXPECT_EQ(matching_slot(m, at("2026-03-08T10:00"), zone, zone, {}), std::nullopt);
    EXPECT_EQ(matching_slot(m, at("2026-03-08T01:00"), zone, zone, {}), at("2026-03-07T21:00"));
}

TEST(DoseSlot, AMedicationAddedDuringItsFirstDayExpectsOnlyTheDosesStillToCome) {
    auto m = tid();  // start 2026-03-01: 08:00, 14:00, 20:00
    m.start = parse_day("2026-03-02");
    const auto day = parse_day("2026-03-02");
    const auto late = at("2026-03-03T12:00");
    auto times_entered_at = [&](const char* entered) {
        m.entered = at(entered);
        return slot_times(day_slots({m}, {}, day, zone, late));
    };
    // The boundary is the 14:00 dose: one minute before, at and after the moment of entry.
    EXPECT_EQ(times_entered_at("2026-03-02T13:59"), (std::vector<std::string>{"2026-03-02 14:00", "2026-03-02 20:00"}));
    EXPECT_EQ(times_entered_at("2026-03-02T14:00"), (std::vector<std::string>{"2026-03-02 14:00", "2026-03-02 20:00"}));
    EXPECT_EQ(times_entered_at("2026-03-02T14:01"), (std::vector<std::string>{"2026-03-02 20:00"}));
    EXPECT_EQ(times_entered_at("2026-03-02T00:00"),
              (std::vector<std::string>{"2026-03-02 08:00", "2026-03-02 14:00", "2026-03-02 20:00"}));

    // Only the start day: the next day expects every dose.
    m.entered = at("2026-03-02T15:40");
    EXPECT_EQ(day_slots({m}, {}, parse_day("2026-03-03"), zone, at("2026-03-04T12:00")).size(), 3u);
    // Added with a start day in the past: every dose of that day is expected.
    m.entered = at("2026-03-04T15:40");
    EXPECT_EQ(day_slots({m}, {}, day, zone, late).size(), 3u);
    // Entered before its start (planned ahead), and not known (an old import): all expected.
    m.entered = at("2026-03-01T15:40");
    EXPECT_EQ(day_slots({m}, {}, day, zone, late).size(), 3u);
    m.entered.reset();
    EXPECT_EQ(day_slots({m}, {}, day, zone, late).size(), 3u);
}

TEST(DoseSlot, AnEarlierDoseLoggedOnTheFirstDayStillCounts) {
    auto m = tid();
    m.start = parse_day("2026-03-02");
    m.entered = at("2026-03-02T15:40");
    // Added at 15:40, then "taken" logged for the 14:00 dose the person had already taken.
    const Instant logged = at("2026-03-02T15:45");
    const auto slot = matching_slot(m, logged, zone, zone, {});
    ASSERT_EQ(slot, at("2026-03-02T14:00"));
    const std::vector<Entry> entries{Entry{1, logged, "Europe/Berlin", {}, DoseEntry{4, Amount::milligrams(5), DoseStatus::taken, slot}}};
    const auto slots = day_slots({m}, entries, parse_day("2026-03-02"), zone, at("2026-03-02T16:00"));
    ASSERT_EQ(slots.size(), 2u);
    EXPECT_EQ(format_local(slots[0].scheduled, zone), "2026-03-02 14:00");
    EXPECT_EQ(slots[0].state, SlotState::taken_late);
    EXPECT_EQ(slots[1].state, SlotState::upcoming);
    EXPECT_FALSE(expected_unanswered(m, at("2026-03-02T08:00"), zone));
    EXPECT_TRUE(expected_unanswered(m, at("2026-03-02T20:00"), zone));
}
