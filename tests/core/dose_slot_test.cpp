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
    EXPECT_EQ(matching_slot(tid(), at("2026-03-02T09:10"), zone, {}), at("2026-03-02T08:00"));
    EXPECT_EQ(matching_slot(tid(), at("2026-03-02T12:00"), zone, {}), at("2026-03-02T14:00"));
}

TEST(DoseSlot, AlreadyAnsweredSlotIsNotReused) {
    Entry first{1, at("2026-03-02T08:00"), "Europe/Berlin", parse_day("2026-03-02"),
                DoseEntry{4, Amount::milligrams(5), DoseStatus::taken, at("2026-03-02T08:00")}};
    EXPECT_EQ(matching_slot(tid(), at("2026-03-02T09:00"), zone, {first}), at("2026-03-02T14:00"));
}

TEST(DoseSlot, WindowBoundary) {
    auto m = tid();
    m.schedule = Schedule{parse_times("08:00"), false};
    EXPECT_EQ(matching_slot(m, at("2026-03-02T14:00"), zone, {}), at("2026-03-02T08:00"));
    EXPECT_EQ(matching_slot(m, at("2026-03-02T14:01"), zone, {}), std::nullopt);
}

TEST(DoseSlot, LateDoseAfterMidnightAnswersYesterdaysEveningSlot) {
    EXPECT_EQ(matching_slot(tid(), at("2026-03-03T00:30"), zone, {}), at("2026-03-02T20:00"));
}

TEST(DoseSlot, NotBeforeStartAndNotForAsNeeded) {
    EXPECT_EQ(matching_slot(tid(), at("2026-02-28T20:00"), zone, {}), std::nullopt);
    auto prn = tid();
    prn.schedule = Schedule{{}, true};
    EXPECT_EQ(matching_slot(prn, at("2026-03-02T08:00"), zone, {}), std::nullopt);
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
