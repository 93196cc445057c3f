#include "core/errors.h"
#include "core/medication.h"

#include <gtest/gtest.h>

using namespace relief;

namespace {
Medication flexeril() {
    Medication m;
    m.name = "Flexeril";
    m.ingredient = "cyclobenzaprine";
    m.dose = Amount::milligrams(5);
    m.schedule = Schedule{parse_times("08:00,14:00,20:00"), false};
    m.start = parse_day("2026-03-01");
    return m;
}
}  // namespace

TEST(Medication, ValidOneIsAccepted) { EXPECT_NO_THROW(validate(flexeril())); }

TEST(Medication, ActiveRangeIncludesStartAndStop) {
    auto m = flexeril();
    m.stop = parse_day("2026-03-10");
    EXPECT_FALSE(m.active_on(parse_day("2026-02-28")));
    EXPECT_TRUE(m.active_on(parse_day("2026-03-01")));
    EXPECT_TRUE(m.active_on(parse_day("2026-03-10")));
    EXPECT_FALSE(m.active_on(parse_day("2026-03-11")));
}

TEST(Medication, RejectsInconsistentFields) {
    auto m = flexeril();
    m.stop = parse_day("2026-02-28");
    EXPECT_THROW(validate(m), InputError);
    m = flexeril();
    m.schedule = Schedule{};
    EXPECT_THROW(validate(m), InputError);
    m = flexeril();
    m.max_daily = Amount::milligrams(4);
    EXPECT_THROW(validate(m), InputError);
    m.max_daily = Amount::milligrams(5);
    EXPECT_NO_THROW(validate(m));
}

TEST(Medication, ClassesComeFromCatalogueOrChoice) {
    auto m = flexeril();
    EXPECT_TRUE(classes_of(m).has(DrugClass::muscle_relaxant));
    EXPECT_NE(catalogue_drug(m), nullptr);
    m.ingredient = "mysteriol";
    m.chosen_class = DrugClass::opioid;
    EXPECT_EQ(catalogue_drug(m), nullptr);
    EXPECT_TRUE(classes_of(m).has(DrugClass::opioid));
    EXPECT_TRUE(classes_of(m).has(DrugClass::cns_depressant));
}

// Found by fuzz_medication: a name with bytes that are not UTF-8 (or control characters)
// was kept, and the journal's CSV export could then not be imported again.
TEST(Medication, NameMustBePlainText) {
    auto m = flexeril();
    m.name = "Drops\xFF";
    m.ingredient = m.name;
    EXPECT_THROW(validate(m), InputError);
    m.name = m.ingredient = "Drops\x01";
    EXPECT_THROW(validate(m), InputError);
    m.name = m.ingredient = "Tropfen \xC3\xBC, \"stark\"";
    EXPECT_NO_THROW(validate(m));
}

namespace {
PrescriptionStep step(const char* from, int mg, const char* times = "08:00,20:00") {
    return {parse_day(from), Amount::milligrams(mg), Schedule{parse_times(times), false}};
}
std::string field_of(const Medication& m, const MedicationFieldNames& names = {}) {
    try {
        validate(m, names);
    } catch (const InputError& e) {
        return e.field();
    }
    return "(accepted)";
}
}  // namespace

TEST(Medication, EachDayHasThePrescriptionInForceThatDay) {
    auto m = flexeril();  // 5 mg at 08:00, 14:00, 20:00 from 2026-03-01
    m.steps = {step("2026-03-05", 10), step("2026-03-12", 2, "08:00")};
    EXPECT_EQ(m.dose_on(parse_day("2026-02-20")), Amount::milligrams(5)) << "before the start: the first";
    EXPECT_EQ(m.dose_on(parse_day("2026-03-04")), Amount::milligrams(5));
    EXPECT_EQ(m.dose_on(parse_day("2026-03-05")), Amount::milligrams(10));
    EXPECT_EQ(m.dose_on(parse_day("2026-03-11")), Amount::milligrams(10));
    EXPECT_EQ(m.dose_on(parse_day("2026-03-12")), Amount::milligrams(2));
    EXPECT_EQ(m.dose_on(parse_day("2027-01-01")), Amount::milligrams(2));
    EXPECT_EQ(m.schedule_on(parse_day("2026-03-04")).times.size(), 3u);
    EXPECT_EQ(m.schedule_on(parse_day("2026-03-05")).times.size(), 2u);
    EXPECT_EQ(m.prescription_on(parse_day("2026-03-12")), step("2026-03-12", 2, "08:00"));
    EXPECT_EQ(m.prescription_on(parse_day("2026-03-01")), m.first_prescription());
    EXPECT_EQ(m.prescriptions(),
              (std::vector<PrescriptionStep>{m.first_prescription(), step("2026-03-05", 10), step("2026-03-12", 2, "08:00")}));
    EXPECT_EQ(m.dose, Amount::milligrams(5)) << "dose and schedule stay the first prescription";
}

TEST(Medication, EverScheduledLooksAtEveryPrescription) {
    auto m = flexeril();
    m.schedule = Schedule{{}, true};
    EXPECT_FALSE(m.ever_scheduled());
    m.steps = {step("2026-03-05", 10)};
    EXPECT_TRUE(m.ever_scheduled()) << "as needed first, then at fixed times";
}

TEST(Medication, ChangesMustFallBetweenStartAndStopInOrder) {
    auto m = flexeril();
    m.stop = parse_day("2026-03-20");
    m.steps = {step("2026-03-02", 10)};
    EXPECT_EQ(field_of(m), "(accepted)") << "the day after the start";
    m.steps = {step("2026-03-01", 10)};
    EXPECT_EQ(field_of(m, {.from = "--from"}), "--from") << "the start day itself";
    m.steps = {step("2026-03-20", 10)};
    EXPECT_EQ(field_of(m), "(accepted)") << "the stop day";
    m.steps = {step("2026-03-21", 10)};
    EXPECT_EQ(field_of(m), "stop date") << "the day after the stop";
    m.steps = {step("2026-03-10", 10), step("2026-03-10", 12)};
    EXPECT_EQ(field_of(m), "from") << "two changes from one day";
    m.steps = {step("2026-03-10", 10), step("2026-03-05", 12)};
    EXPECT_EQ(field_of(m), "from") << "out of order";
}

TEST(Medication, EveryChangeIsCheckedLikeTheFirstPrescription) {
    auto m = flexeril();
    m.steps = {{parse_day("2026-03-05"), Amount{}, Schedule{{}, true}}};
    EXPECT_EQ(field_of(m), "dose from 2026-03-05");
    m.steps = {{parse_day("2026-03-05"), Amount::milligrams(5), Schedule{}}};
    EXPECT_EQ(field_of(m), "schedule from 2026-03-05");
    m.max_daily = Amount::milligrams(10);
    m.steps = {step("2026-03-05", 10)};
    EXPECT_EQ(field_of(m), "(accepted)") << "a dose equal to the maximum";
    m.steps = {step("2026-03-05", 11)};
    EXPECT_EQ(field_of(m, {.max_daily = "--max-daily"}), "--max-daily");
}

TEST(Medication, ScheduleMessageUsesTheCallersNames) {
    auto m = flexeril();
    m.schedule = Schedule{};
    try {
        validate(m);
        FAIL();
    } catch (const InputError& e) {
        EXPECT_STREQ(e.what(),
                     "invalid schedule 'none': expected dose times such as 08:00,20:00 (times), or as needed");
    }
    try {
        validate(m, {.times = "--times", .as_needed = "--as-needed"});
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("(--times), or --as-needed"), std::string::npos) << e.what();
    }
}

TEST(Medication, ASecondChangeFromTheSameDayReplacesTheFirst) {
    auto m = with_prescription_change(flexeril(), step("2026-03-10", 10));
    m = with_prescription_change(m, step("2026-03-05", 7));
    EXPECT_EQ(m.steps, (std::vector<PrescriptionStep>{step("2026-03-05", 7), step("2026-03-10", 10)}));
    m = with_prescription_change(m, step("2026-03-10", 12));
    EXPECT_EQ(m.steps, (std::vector<PrescriptionStep>{step("2026-03-05", 7), step("2026-03-10", 12)}));
    m = without_prescription_change(m, parse_day("2026-03-05"));
    EXPECT_EQ(m.steps, std::vector<PrescriptionStep>{step("2026-03-10", 12)});
    try {
        without_prescription_change(m, parse_day("2026-03-05"), {.from = "--from"});
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "--from");
        EXPECT_NE(std::string(e.what()).find("2026-03-10"), std::string::npos) << "names the days there are";
    }
}

TEST(Medication, HistoryTextShowsTheCurrentPrescriptionAndTheChanges) {
    auto m = flexeril();
    EXPECT_EQ(prescription_history_text(m, parse_day("2026-03-05")), "5 mg at 08:00, 14:00, 20:00");
    m.steps = {step("2026-03-05", 10)};
    EXPECT_EQ(prescription_history_text(m, parse_day("2026-03-05")),
              "10 mg at 08:00, 20:00 from 2026-03-05 (before: 5 mg at 08:00, 14:00, 20:00)");
    EXPECT_EQ(prescription_history_text(m, parse_day("2026-03-04")),
              "5 mg at 08:00, 14:00, 20:00 (then: 10 mg at 08:00, 20:00 from 2026-03-05)");
    m.steps.push_back({parse_day("2026-03-12"), Amount::milligrams(2), Schedule{{}, true}});
    EXPECT_EQ(prescription_history_text(m, parse_day("2026-03-20")),
              "2 mg as needed from 2026-03-12 (before: 10 mg at 08:00, 20:00 from 2026-03-05; 5 mg at 08:00, 14:00, "
              "20:00)");
    EXPECT_EQ(prescription_history_text(m, parse_day("2026-03-06")),
              "10 mg at 08:00, 20:00 from 2026-03-05 (before: 5 mg at 08:00, 14:00, 20:00; then: 2 mg as needed from "
              "2026-03-12)");
}
