#include "core/metrics/doses.h"
#include "journal_builder.h"

#include <gtest/gtest.h>

using namespace relief;
using relief::testing::JournalBuilder;

namespace {
LocalDay d(const char* text) { return parse_day(text); }
}  // namespace

TEST(DoseMetrics, DailyDoseSumsFormsOfOneIngredientExactly) {
    JournalBuilder b;
    const auto ir = b.med("Flexeril", "7.5mg", "08:00,20:00", "2026-03-01");
    const auto er = b.med("Amrix", "15mg", "", "2026-03-01");
    b.dose(ir, "2026-03-02T08:00");
    b.dose(ir, "2026-03-02T20:00");
    b.dose(er, "2026-03-02T22:00");
    b.skipped(ir, "2026-03-03T08:00");
    const JournalIndex index(b.snapshot(), d("2026-03-05"), {});
    const auto doses = daily_doses(index);
    const auto& day = doses.at("cyclobenzaprine").at(d("2026-03-02"));
    EXPECT_EQ(day.total, Amount::milligrams(30));
    EXPECT_EQ(day.doses, 3);
    EXPECT_EQ(day.as_needed_doses, 1);
    EXPECT_EQ(day.largest_single_dose, Amount::milligrams(15));
    EXPECT_EQ(doses.at("cyclobenzaprine").count(d("2026-03-03")), 0u) << "skipped doses are not taken";
}

TEST(DoseMetrics, CourseGapsOfThreeDaysDoNotBreakIt) {
    const std::set<LocalDay> days{d("2026-03-01"), d("2026-03-02"), d("2026-03-06"), d("2026-03-11")};
    const auto all = courses(days, "baclofen", 3);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].first, d("2026-03-01"));
    EXPECT_EQ(all[0].last, d("2026-03-06"));
    EXPECT_EQ(all[0].day_number(d("2026-03-06")), 6);
    EXPECT_EQ(all[1].first, d("2026-03-11"));
    EXPECT_TRUE(course_on(all, d("2026-03-09"), 3));
    EXPECT_EQ(course_on(all, d("2026-03-10"), 3), std::nullopt);
    EXPECT_EQ(course_on(all, d("2026-03-04"), 3)->length(), 4) << "as seen on that day";
    EXPECT_EQ(course_on(all, d("2026-02-28"), 3), std::nullopt);
}

TEST(DoseMetrics, RegularUseIsFiveOfSevenDays) {
    std::set<LocalDay> days;
    for (const char* day : {"2026-03-01", "2026-03-03", "2026-03-04", "2026-03-05"}) days.insert(d(day));
    const Thresholds t;
    EXPECT_FALSE(regular_use(days, d("2026-03-07"), t));
    days.insert(d("2026-03-07"));
    EXPECT_TRUE(regular_use(days, d("2026-03-07"), t));
    EXPECT_FALSE(regular_use(days, d("2026-03-08"), t)) << "03-01 left the window";
    EXPECT_EQ(days_used_in_window(days, d("2026-03-08"), 7), 4);
}

TEST(DoseMetrics, DrugsTakenOnADayWithTheirClasses) {
    JournalBuilder b;
    const auto flex = b.med("Flexeril", "5mg", "", "2026-03-01");
    const auto oxy = b.med("oxycodone", "5mg", "", "2026-03-01");
    b.dose(flex, "2026-03-02T08:00");
    b.dose(flex, "2026-03-02T12:00");
    b.dose(oxy, "2026-03-02T13:00", "", DoseStatus::skipped);
    const JournalIndex index(b.snapshot(), d("2026-03-02"), {});
    const auto drugs = drugs_taken_on(index, d("2026-03-02"));
    ASSERT_EQ(drugs.size(), 1u);
    EXPECT_EQ(drugs[0].ingredient, "cyclobenzaprine");
    EXPECT_EQ(drugs[0].name, "Flexeril");
    EXPECT_TRUE(drugs[0].classes.has(DrugClass::muscle_relaxant));
}

TEST(DoseMetrics, IngredientDosesSplitCombinationProductsIntoTheirIngredients) {
    JournalBuilder b;
    const auto tylenol = b.med("Tylenol", "1000mg", "", "2026-03-01");
    const auto percocet = b.med("Percocet", "5mg", "", "2026-03-01");
    b.dose(tylenol, "2026-03-02T08:00");
    b.dose(percocet, "2026-03-02T12:00", "10mg");
    b.skipped(percocet, "2026-03-02T18:00");
    const JournalIndex index(b.snapshot(), d("2026-03-05"), {});
    const auto doses = ingredient_doses(index);

    const auto& apap = doses.at("acetaminophen");
    ASSERT_EQ(apap.size(), 2u);
    EXPECT_EQ(apap[0].amount, Amount::milligrams(1000));
    EXPECT_EQ(apap[0].medication->name, "Tylenol");
    EXPECT_EQ(apap[1].amount, Amount::milligrams(650)) << "2 tablets of 325 mg";
    EXPECT_EQ(apap[1].medication->name, "Percocet");
    ASSERT_EQ(doses.at("oxycodone").size(), 1u);
    EXPECT_EQ(doses.at("oxycodone")[0].amount, Amount::milligrams(10));
    ASSERT_EQ(doses.at("oxycodone/acetaminophen 5/325 mg").size(), 1u) << "the product itself, for its own maximum";

    // daily_doses stays by medication ingredient: other rules see Percocet as one drug.
    const auto daily = daily_doses(index);
    EXPECT_EQ(daily.at("acetaminophen").at(d("2026-03-02")).total, Amount::milligrams(1000));
    EXPECT_EQ(daily.at("oxycodone/acetaminophen 5/325 mg").at(d("2026-03-02")).total, Amount::milligrams(10));
}

TEST(DoseMetrics, DrugsTakenOnADayIncludeACombinationWithAllItsClasses) {
    JournalBuilder b;
    const auto tylenol_pm = b.med("Tylenol PM", "500mg", "", "2026-03-01");
    b.dose(tylenol_pm, "2026-03-02T22:00");
    const JournalIndex index(b.snapshot(), d("2026-03-05"), {});
    const auto drugs = drugs_taken_on(index, d("2026-03-02"));
    ASSERT_EQ(drugs.size(), 1u);
    EXPECT_TRUE(drugs[0].classes.has(DrugClass::sedative));
    EXPECT_TRUE(drugs[0].classes.has(DrugClass::analgesic));
}
