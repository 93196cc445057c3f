#include "core/medication_match.h"

#include <gtest/gtest.h>

using namespace relief;

namespace {
Medication med(std::int64_t id, const char* name, const char* ingredient, const char* start,
               std::optional<const char*> stop = std::nullopt) {
    Medication m;
    m.id = id;
    m.name = name;
    m.ingredient = ingredient;
    m.dose = Amount::milligrams(5);
    m.schedule = Schedule{{}, true};
    m.start = parse_day(start);
    if (stop) m.stop = parse_day(*stop);
    return m;
}
}  // namespace

TEST(MedicationMatch, ByNameIngredientOrBrand) {
    const std::vector<Medication> meds{med(1, "my back pills", "cyclobenzaprine", "2026-01-01"),
                                       med(2, "Advil", "ibuprofen", "2026-01-01")};
    const auto day = parse_day("2026-01-05");
    EXPECT_EQ(match_medication(meds, "My Back Pills", day)->id, 1);
    EXPECT_EQ(match_medication(meds, "cyclobenzaprine", day)->id, 1);
    EXPECT_EQ(match_medication(meds, "Flexeril", day)->id, 1);
    EXPECT_EQ(match_medication(meds, "motrin", day)->id, 2);
    EXPECT_EQ(match_medication(meds, "baclofen", day), nullptr);
}

TEST(MedicationMatch, ActiveCourseWins) {
    const std::vector<Medication> meds{med(1, "Flexeril", "cyclobenzaprine", "2026-01-01", "2026-01-10"),
                                       med(2, "Flexeril", "cyclobenzaprine", "2026-02-01")};
    EXPECT_EQ(match_medication(meds, "flexeril", parse_day("2026-01-05"))->id, 1);
    EXPECT_EQ(match_medication(meds, "flexeril", parse_day("2026-02-05"))->id, 2);
    EXPECT_EQ(match_medication(meds, "flexeril", parse_day("2026-01-20"))->id, 2);
}

TEST(MedicationMatch, Suggestions) {
    const std::vector<Medication> meds{med(1, "Flexeril", "cyclobenzaprine", "2026-01-01")};
    const auto s = medication_suggestions(meds, "flexiril");
    ASSERT_FALSE(s.empty());
    EXPECT_EQ(s.front(), "Flexeril");
}

TEST(MedicationMatch, OwnNameWinsAndBrandsKeepTheirForm) {
    std::vector<Medication> meds{med(1, "Lioresal", "baclofen", "2026-01-01"),
                                 med(2, "baclofen", "baclofen", "2026-01-01")};
    const auto day = parse_day("2026-01-05");
    EXPECT_EQ(match_medication(meds, "baclofen", day)->id, 2);
    EXPECT_EQ(match_medication(meds, "lioresal", day)->id, 1);
    const std::vector<Medication> ir{med(3, "Flexeril", "cyclobenzaprine", "2026-01-01")};
    EXPECT_EQ(match_medication(ir, "Amrix", day), nullptr) << "extended-release is another form";
    EXPECT_EQ(match_medication(ir, "cyclobenzaprine", day)->id, 3);
}
