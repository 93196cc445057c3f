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

// A week in Tokyo with every dose taken at 08:00, 14:00 and 20:00 there: the schedule runs
// on the clock where the person is, so nothing is missed (on New York's clock, 13 hours
// away, one dose a day looked missed and the trip gave 79 %).
TEST(AdherenceMetrics, SchedulesFollowTheClockWhereThePersonIs) {
    JournalBuilder b("America/New_York");
    const auto zan = b.med("Zanaflex", "4 mg", "08:00,14:00,20:00", "2026-03-01");
    b.take_daily(zan, "2026-03-01", "2026-03-05");  // flies after the 20:00 dose on 03-05
    b.dose_in("Asia/Tokyo", zan, "2026-03-06T20:00");  // lands 03-06 15:00 Tokyo time
    for (int day = 7; day <= 12; ++day)
        for (const char* time : {"08:00", "14:00", "20:00"})
            b.dose_in("Asia/Tokyo", zan, "2026-03-" + std::to_string(100 + day).substr(1) + "T" + time);
    b.dose_in("Asia/Tokyo", zan, "2026-03-13T08:00");  // flies home, lands 03-13 09:00 New York time
    b.dose(zan, "2026-03-13T14:00");
    b.dose(zan, "2026-03-13T20:00");
    b.take_daily(zan, "2026-03-14", "2026-03-20");
    const JournalIndex index(b.snapshot(), d("2026-03-20"), {});
    const auto away = adherence(index, b.medication(zan), d("2026-03-07"), d("2026-03-12"));
    EXPECT_EQ(away.scheduled, 18);
    EXPECT_EQ(away.taken, 18);
    EXPECT_EQ(away.late, 0);
    EXPECT_EQ(away.missed, 0);
    const auto home_again = adherence(index, b.medication(zan), d("2026-03-14"), d("2026-03-20"));
    EXPECT_EQ(home_again.taken, 21);
    EXPECT_EQ(home_again.missed, 0);
    // The two travel days: a day 13 hours short flying east has a dose due while in the air
    // that nobody took; flying west, the 08:00 New York dose fell during the flight.
    const auto trip = adherence(index, b.medication(zan), d("2026-03-01"), d("2026-03-20"));
    EXPECT_EQ(trip.scheduled, 60);
    EXPECT_LE(trip.missed, 2);
    EXPECT_GE(trip.percent(), 96);
}

TEST(AdherenceMetrics, OneTokyoDayOnNewYorksClockWouldMissADose) {
    // The boundary of the rule: the same Tokyo doses logged without saying where (home
    // zone) are judged on New York's clock, where 14:00 Tokyo time is 01:00 and answers nothing.
    JournalBuilder b("America/New_York");
    const auto zan = b.med("Zanaflex", "4 mg", "08:00,14:00,20:00", "2026-03-01");
    b.take_daily(zan, "2026-03-01", "2026-03-05");
    const Zone tokyo = Zone::locate("Asia/Tokyo");
    for (const char* time : {"2026-03-07T08:00", "2026-03-07T14:00", "2026-03-07T20:00"})
        b.dose(zan, format_local(parse_when(time, tokyo), b.zone()).replace(10, 1, "T"));
    const JournalIndex index(b.snapshot(), d("2026-03-07"), {});
    EXPECT_GT(adherence(index, b.medication(zan), d("2026-03-06"), d("2026-03-07")).missed, 0);
}
