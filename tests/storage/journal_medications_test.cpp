#include "core/errors.h"
#include "journal_fixture.h"
#include "storage/errors.h"

#include <gtest/gtest.h>

using namespace relief;
using namespace relief::storage;
using relief::testing::FakeClock;
using relief::testing::sample_medication;

TEST(JournalMedications, AddAndReadBackEveryField) {
    FakeClock clock;
    auto j = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    auto m = sample_medication();
    m.form = DoseForm::extended_release;
    m.max_daily = Amount::parse("15mg");
    m.schedule.as_needed = true;
    m.stop = parse_day("2026-03-20");
    m.taper = true;
    m.steps = {{parse_day("2026-03-10"), Amount::milligrams(10), Schedule{parse_times("08:00"), false}}};
    m.entered = Instant{std::chrono::seconds{12}};  // the journal stamps its own moment
    m.id = j.add_medication(m);
    m.entered = clock.now;
    EXPECT_EQ(j.medication(m.id), m);
    EXPECT_EQ(j.medications(), std::vector<Medication>{m});
}

TEST(JournalMedications, UnknownDrugKeepsItsChosenClass) {
    auto j = Journal::in_memory(Zone::locate("UTC"));
    auto m = sample_medication();
    m.name = m.ingredient = "mysteriol";
    m.chosen_class = DrugClass::opioid;
    m.id = j.add_medication(m);
    EXPECT_EQ(j.medication(m.id)->chosen_class, DrugClass::opioid);
}

TEST(JournalMedications, UpdateKeepsThePreviousVersion) {
    FakeClock clock;
    auto j = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    auto m = sample_medication();
    m.id = j.add_medication(m);
    m.entered = clock.now;
    const auto original = m;
    clock.now += std::chrono::hours{24};
    m.stop = parse_day("2026-03-15");
    m.taper = true;
    j.update_medication(m);
    EXPECT_EQ(j.medication(m.id), m);
    const auto history = j.medication_history(m.id);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].before, original);
    EXPECT_EQ(history[0].revised, clock.now);
}

TEST(JournalMedications, InvalidChangesAreRefused) {
    FakeClock clock;
    auto j = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    auto m = sample_medication();
    m.id = j.add_medication(m);
    m.entered = clock.now;
    auto bad = m;
    bad.stop = parse_day("2026-02-01");
    EXPECT_THROW(j.update_medication(bad), InputError);
    EXPECT_EQ(j.medication(m.id), m);
    EXPECT_TRUE(j.medication_history(m.id).empty());
    bad = m;
    bad.id = 999;
    EXPECT_THROW(j.update_medication(bad), StorageError);
    bad = sample_medication();
    bad.dose = Amount{};
    EXPECT_THROW(j.add_medication(bad), InputError);
    EXPECT_EQ(j.medications().size(), 1u);
}
