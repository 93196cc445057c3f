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
