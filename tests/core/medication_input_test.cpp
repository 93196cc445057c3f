#include "core/errors.h"
#include "core/medication_input.h"

#include <gtest/gtest.h>

using namespace relief;

namespace {
MedicationInput input(const char* name, const char* times = "08:00,20:00") {
    return MedicationInput{name, "5mg", times, false, "", "", parse_day("2026-03-01")};
}
std::string field_of(const MedicationInput& in, const std::vector<Medication>& existing = {},
                     const MedicationFieldNames& names = {}) {
    try {
        new_medication(in, existing, names);
    } catch (const InputError& e) {
        return e.field();
    }
    return "(accepted)";
}
}  // namespace

TEST(MedicationInput, CatalogueGivesIngredientAndForm) {
    const auto m = new_medication(input("Amrix", "20:00"), {});
    EXPECT_EQ(m.ingredient, "cyclobenzaprine");
    EXPECT_EQ(m.form, DoseForm::extended_release);
    EXPECT_EQ(m.dose, Amount::milligrams(5));
    EXPECT_EQ(format_times(m.schedule.times), "20:00");
}

TEST(MedicationInput, UnknownNamesNeedAClassAndTyposAreCaught) {
    EXPECT_EQ(field_of(input("Flexiril")), "drug");
    auto tea = input("Herbal tea", "");
    tea.as_needed = true;
    tea.drug_class = "sedative";
    const auto m = new_medication(tea, {});
    EXPECT_TRUE(classes_of(m).has(DrugClass::cns_depressant));
    auto known = input("Flexeril");
    known.drug_class = "other";
    EXPECT_EQ(field_of(known, {}, {"--dose", "--times", "--max-daily", "--class"}), "--class");
}

TEST(MedicationInput, FieldsAreValidatedWithTheCallersNames) {
    auto bad = input("Flexeril", "8am");
    EXPECT_EQ(field_of(bad, {}, {"--dose", "--times", "--max-daily", "--class"}), "--times");
    bad = input("Flexeril");
    bad.dose = "5";
    EXPECT_EQ(field_of(bad), "dose");
    bad = input("Flexeril", "");
    EXPECT_EQ(field_of(bad), "schedule") << "neither times nor as needed";
}

TEST(MedicationInput, ACurrentNameIsNotAddedTwice) {
    const auto first = new_medication(input("Flexeril"), {});
    EXPECT_EQ(field_of(input("flexeril"), {first}), "medication");
    auto stopped = first;
    stopped.stop = parse_day("2026-02-28");
    EXPECT_EQ(field_of(input("flexeril"), {stopped}), "(accepted)") << "a new course after the old one stopped";
}

TEST(MedicationInput, AMedicationAlreadyListedIsChangedWhereThePersonIs) {
    const auto first = new_medication(input("Flexeril"), {});
    try {
        new_medication(input("flexeril"), {first});
        FAIL();
    } catch (const InputError& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("Change it on the Medications page"), std::string::npos) << what;
        EXPECT_EQ(what.find("relief "), std::string::npos) << "no command line in the app: " << what;
    }
    MedicationFieldNames cli;
    cli.change_it = "Change it with 'relief med change'";
    try {
        new_medication(input("flexeril"), {first}, cli);
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("Change it with 'relief med change'"), std::string::npos) << e.what();
    }
}

TEST(MedicationInput, ACombinationProductIsDosedInItsUnits) {
    auto in = input("Percocet", "");
    in.as_needed = true;
    in.dose = "1 tablet";
    in.max_daily = "6 tablets";
    const auto m = new_medication(in, {});
    EXPECT_EQ(m.ingredient, "oxycodone/acetaminophen 5/325 mg");
    EXPECT_EQ(m.dose, Amount::milligrams(5)) << "a dose is held as its oxycodone";
    EXPECT_EQ(m.max_daily, Amount::milligrams(30));
    EXPECT_TRUE(classes_of(m).has(DrugClass::opioid));
    EXPECT_TRUE(classes_of(m).has(DrugClass::analgesic));

    in.dose = "2";
    EXPECT_EQ(new_medication(in, {}).dose, Amount::milligrams(10));
    in.dose = "325mg";  // the acetaminophen of one tablet, not 65 tablets
    EXPECT_EQ(field_of(in), "dose");
    in.dose = "1 tablet";
    in.max_daily = "0.5 tablet";
    EXPECT_EQ(field_of(in), "maximum per day") << "below one dose";
}
