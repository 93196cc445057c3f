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

TEST(AdherenceMetrics, EachDayCountsTheDosesOfItsOwnPrescription) {
    JournalBuilder b;
    const auto bac = b.med("baclofen", "10mg", "08:00,20:00", "2026-03-01");
    b.change(bac, "2026-03-03", "20mg", "08:00");
    b.take_daily(bac, "2026-03-01", "2026-03-04");
    const JournalIndex index(b.snapshot(), d("2026-03-05"), {});
    const auto a = adherence(index, b.medication(bac), d("2026-03-01"), d("2026-03-04"));
    EXPECT_EQ(a.scheduled, 6) << "two a day, then one";
    EXPECT_EQ(a.taken, 6);

    // As needed from 03-05: no scheduled doses to miss.
    b.change(bac, "2026-03-05", "20mg", "");
    const JournalIndex later(b.snapshot(), d("2026-03-10"), {});
    EXPECT_EQ(adherence(later, b.medication(bac), d("2026-03-05"), d("2026-03-10")).scheduled, 0);
}

TEST(AdherenceMetrics, DosesBeforeTheMomentOfEntryOnTheFirstDayAreNotCounted) {
    JournalBuilder b;
    const auto bac = b.med("baclofen", "10mg", "08:00,14:00,20:00", "2026-03-03");
    b.medication(bac).entered = b.at("2026-03-03T15:40");
    const JournalIndex index(b.snapshot(), d("2026-03-04"), {});
    const auto a = adherence(index, b.medication(bac), d("2026-03-01"), d("2026-03-04"));
    // 20:00 on the first day, then 08:00 and 14:00 (20:00 on the as-of day is not yet settled).
    EXPECT_EQ(a.scheduled, 3);
    EXPECT_EQ(a.missed, 3);

    // A dose logged for the 14:00 slot after entering the medication counts as usual.
    b.dose(bac, "2026-03-03T15:45");
    const JournalIndex again(b.snapshot(), d("2026-03-04"), {});
    const auto c = adherence(again, b.medication(bac), d("2026-03-01"), d("2026-03-04"));
    EXPECT_EQ(c.scheduled, 4);
    EXPECT_EQ(c.taken, 1);
    EXPECT_EQ(c.late, 1);
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
