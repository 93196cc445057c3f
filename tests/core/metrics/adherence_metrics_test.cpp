#include "core/metrics/adherence.h"
#include "journal_builder.h"

#include <gtest/gtest.h>

using namespace relief;
using relief::testing::JournalBuilder;

namespace {
LocalDay d(const char* text) { return parse_day(text); }
}  // namespace

TEST(AdherenceMetrics, CountsTakenLateSkippedAndMissed) {
    JournalBuilder b;
    const auto bac = b.med("baclofen", "10mg", "08:00,20:00", "2026-03-01");
    b.dose(bac, "2026-03-01T08:05");
    b.dose(bac, "2026-03-01T21:30");  // late
    b.skipped(bac, "2026-03-02T08:00");
    // 2026-03-02 20:00 never logged: missed
    b.dose(bac, "2026-03-03T08:00");
    const JournalIndex index(b.snapshot(), d("2026-03-03"), {});
    const auto a = adherence(index, b.medication(bac), d("2026-03-01"), d("2026-03-03"));
    // 03-03 20:00 is still inside its window at the end of the as-of day: not counted.
    EXPECT_EQ(a.scheduled, 5);
    EXPECT_EQ(a.taken, 3);
    EXPECT_EQ(a.late, 1);
    EXPECT_EQ(a.skipped, 1);
    EXPECT_EQ(a.missed, 1);
    EXPECT_EQ(a.percent(), 60);
}

TEST(AdherenceMetrics, OnlyDaysTheMedicationIsActive) {
    JournalBuilder b;
    const auto bac = b.med("baclofen", "10mg", "08:00", "2026-03-02", "2026-03-03");
    const JournalIndex index(b.snapshot(), d("2026-03-10"), {});
    EXPECT_EQ(adherence(index, b.medication(bac), d("2026-03-01"), d("2026-03-10")).scheduled, 2);
    const auto prn = b.med("ibuprofen", "400mg", "", "2026-03-01");
    const JournalIndex again(b.snapshot(), d("2026-03-10"), {});
    EXPECT_EQ(adherence(again, b.medication(prn), d("2026-03-01"), d("2026-03-10")).percent(), 100);
}

TEST(AdherenceMetrics, LongestMissedRunPrefersTheLatest) {
    JournalBuilder b;
    const auto bac = b.med("baclofen", "10mg", "08:00,20:00", "2026-03-01");
    b.skipped(bac, "2026-03-01T08:00");
    b.dose(bac, "2026-03-01T20:00");
    b.skipped(bac, "2026-03-02T08:00");
    b.dose(bac, "2026-03-03T08:00");
    const JournalIndex index(b.snapshot(), d("2026-03-03"), {});
    const auto slots = settled_slots(index, b.medication(bac), d("2026-03-01"), d("2026-03-03"));
    const auto run = longest_missed_run(slots);
    EXPECT_EQ(run.length, 2);
    EXPECT_EQ(run.first_slot, b.at("2026-03-02T08:00"));
    EXPECT_EQ(run.last_slot, b.at("2026-03-02T20:00"));
}
