// Prescription changes from a given day: kept beside the medication, replaced or removed
// only by stamping, and refused (with the journal unchanged) when they do not fit.
#include "core/errors.h"
#include "journal_fixture.h"
#include "storage/errors.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

using namespace relief;
using namespace relief::storage;
using relief::testing::FakeClock;
using relief::testing::sample_medication;
using relief::testing::TempDir;

namespace {

PrescriptionStep step(const char* from, int mg, const char* times = "08:00,20:00") {
    return {parse_day(from), Amount::milligrams(mg), Schedule{parse_times(times), false}};
}

}  // namespace

TEST(JournalPrescriptions, AChangeFromADayKeepsTheEarlierPrescriptionForTheDaysBefore) {
    FakeClock clock;
    auto j = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    const auto id =
        j.add_medication(sample_medication());  // 5 mg at 08:00, 14:00, 20:00 from 03-01
    clock.now += std::chrono::hours{1};
    const auto row = j.change_prescription(id, step("2026-03-05", 10));
    const auto m = *j.medication(id);
    EXPECT_EQ(m.steps, std::vector<PrescriptionStep>{step("2026-03-05", 10)});
    EXPECT_EQ(m.dose, Amount::milligrams(5)) << "the first prescription is unchanged";
    EXPECT_EQ(m.dose_on(parse_day("2026-03-04")), Amount::milligrams(5));
    EXPECT_EQ(m.dose_on(parse_day("2026-03-05")), Amount::milligrams(10));
    EXPECT_EQ(m.schedule_on(parse_day("2026-03-05")).times.size(), 2u);
    EXPECT_EQ(j.medications(), std::vector<Medication>{m});
    const auto history = j.prescription_history(id);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].id, row);
    EXPECT_EQ(history[0].created, clock.now);
    EXPECT_TRUE(history[0].is_current());
    EXPECT_TRUE(j.medication_history(id).empty())
        << "a change is not a correction of the medication";
}

TEST(JournalPrescriptions, ASecondChangeFromTheSameDayReplacesTheFirstWhichIsKept) {
    FakeClock clock;
    auto j = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    const auto id = j.add_medication(sample_medication());
    j.change_prescription(id, step("2026-03-05", 10));
    j.change_prescription(id, step("2026-03-12", 15));
    clock.now += std::chrono::hours{1};
    j.change_prescription(id, step("2026-03-05", 7, "09:00"));
    EXPECT_EQ(
        j.medication(id)->steps,
        (std::vector<PrescriptionStep>{step("2026-03-05", 7, "09:00"), step("2026-03-12", 15)}));
    const auto history = j.prescription_history(id);
    ASSERT_EQ(history.size(), 3u);
    EXPECT_EQ(history[0].step, step("2026-03-05", 10));
    EXPECT_EQ(history[0].deleted, clock.now) << "replaced, and kept";
    EXPECT_TRUE(history[1].is_current());
    EXPECT_TRUE(history[2].is_current());
}

TEST(JournalPrescriptions, RemovingAChangeKeepsItInTheHistory) {
    FakeClock clock;
    auto j = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    const auto id = j.add_medication(sample_medication());
    j.change_prescription(id, step("2026-03-05", 10));
    clock.now += std::chrono::hours{2};
    j.remove_prescription_change(id, parse_day("2026-03-05"));
    EXPECT_TRUE(j.medication(id)->steps.empty());
    EXPECT_EQ(j.medication(id)->dose_on(parse_day("2026-03-06")), Amount::milligrams(5));
    const auto history = j.prescription_history(id);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].deleted, clock.now);

    try {
        j.remove_prescription_change(id, parse_day("2026-03-05"));
        FAIL() << "removed a change that is no longer there";
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "from");
        EXPECT_EQ(e.value(), "2026-03-05");
    }
    EXPECT_EQ(j.prescription_history(id), history);
    // The same day can take a new change after the old one was removed.
    j.change_prescription(id, step("2026-03-05", 8));
    EXPECT_EQ(j.medication(id)->steps.size(), 1u);
}

TEST(JournalPrescriptions, ChangesThatDoNotFitAreRefusedAndChangeNothing) {
    auto j = Journal::in_memory(Zone::locate("UTC"));
    auto med = sample_medication();
    med.stop = parse_day("2026-03-20");
    med.max_daily = Amount::milligrams(30);
    const auto id = j.add_medication(med);
    const auto before = j.medications();
    auto field_of = [&](const PrescriptionStep& s) -> std::string {
        try {
            j.change_prescription(id, s);
        } catch (const InputError& e) {
            return e.field();
        }
        return "(accepted)";
    };
    EXPECT_EQ(field_of(step("2026-03-01", 10)), "from")
        << "the start day: that is the first prescription";
    EXPECT_EQ(field_of(step("2026-02-20", 10)), "from");
    EXPECT_EQ(field_of(step("2026-03-21", 10)), "stop date") << "after the stop";
    EXPECT_EQ(field_of(step("2026-03-05", 31)), "maximum per day");
    EXPECT_EQ(field_of({parse_day("2026-03-05"), Amount::milligrams(5), Schedule{}}),
              "schedule from 2026-03-05");
    EXPECT_EQ(field_of({parse_day("2026-03-05"), Amount{}, Schedule{{}, true}}),
              "dose from 2026-03-05");
    EXPECT_THROW(j.change_prescription(999, step("2026-03-05", 10)), StorageError);
    EXPECT_THROW(j.remove_prescription_change(999, parse_day("2026-03-05")), StorageError);
    EXPECT_EQ(j.medications(), before);
    EXPECT_TRUE(j.all_prescription_rows().empty());

    // The last accepted day: the stop day itself.
    EXPECT_EQ(field_of(step("2026-03-20", 10)), "(accepted)");
}

TEST(JournalPrescriptions, AStopBeforeAChangeIsRefused) {
    auto j = Journal::in_memory(Zone::locate("UTC"));
    const auto id = j.add_medication(sample_medication());
    j.change_prescription(id, step("2026-03-10", 10));
    auto m = *j.medication(id);
    const auto before = m;
    m.stop = parse_day("2026-03-09");
    m.steps.clear();  // update_medication keeps the stored changes whatever it is given
    EXPECT_THROW(j.update_medication(m), InputError);
    EXPECT_EQ(j.medication(id), before);
    m.stop = parse_day("2026-03-10");
    j.update_medication(m);
    EXPECT_EQ(j.medication(id)->steps, before.steps);
}

TEST(JournalPrescriptions, ChangesAreKeptInTheFileAndRefusedReadOnly) {
    TempDir dir;
    const auto path = dir / "j.db";
    std::int64_t id = 0;
    {
        auto j = Journal::create(path, Zone::locate("UTC"));
        id = j.add_medication(sample_medication());
        j.change_prescription(id, step("2026-03-05", 10));
    }
    auto reader = Journal::open(path, OpenMode::read_only);
    EXPECT_EQ(reader.medication(id)->steps, std::vector<PrescriptionStep>{step("2026-03-05", 10)});
    EXPECT_THROW(reader.change_prescription(id, step("2026-03-06", 12)), ReadOnlyError);
    EXPECT_THROW(reader.remove_prescription_change(id, parse_day("2026-03-05")), ReadOnlyError);
    EXPECT_EQ(reader.prescription_history(id).size(), 1u);
}

TEST(JournalPrescriptions, AMedicationAddedWithChangesKeepsThem) {
    FakeClock clock;
    auto j = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    auto m = sample_medication();
    m.steps = {step("2026-03-05", 10), step("2026-03-12", 2)};
    const auto id = j.add_medication(m);
    EXPECT_EQ(j.medication(id)->steps, m.steps);
    EXPECT_EQ(j.prescription_history(id).size(), 2u);
    m.steps = {step("2026-03-12", 10), step("2026-03-05", 2)};  // out of order
    EXPECT_THROW(j.add_medication(m), InputError);
    EXPECT_EQ(j.medications().size(), 1u);
}
