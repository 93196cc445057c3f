#pragma once

#include "core/journal_index.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace relief {

// Per ingredient (not brand), per local day: the total taken, over every medication
// entry and form of that ingredient (IR + ER), and how many doses made it.
struct DayDose {
    Amount total;
    int doses = 0;
    int as_needed_doses = 0;      // doses that answered no scheduled slot
    Amount largest_single_dose;
};
using DailyDoses = std::map<std::string, std::map<LocalDay, DayDose>>;
DailyDoses daily_doses(const JournalIndex& index);

// The days on which an ingredient was taken.
std::set<LocalDay> dose_days(const DailyDoses& doses, const std::string& ingredient);

// A run of days on which an ingredient was taken, where gaps of up to course_gap_days
// do not break it. Day 1 is the first dose day.
struct Course {
    std::string ingredient;
    LocalDay first{};
    LocalDay last{};  // last dose day so far
    int day_number(LocalDay day) const { return static_cast<int>((day - first).count()) + 1; }
    int length() const { return day_number(last); }
};
std::vector<Course> courses(const std::set<LocalDay>& days, const std::string& ingredient, int gap_days);
// The same from the days of daily_doses (its keys), without copying them into a set.
std::vector<Course> courses(const DailyDoses& doses, const std::string& ingredient, int gap_days);
// The course running on `day`: it began on or before `day`, and `day` is at most gap_days
// after its last dose. Its `last` is capped at `day`, so day_number(day) == length().
std::optional<Course> course_on(const std::vector<Course>& all, LocalDay day, int gap_days);

// Taken on at least regular_use_days of the regular_use_window_days ending on `end`.
bool regular_use(const std::set<LocalDay>& days, LocalDay end, const Thresholds& t);
int days_used_in_window(const std::set<LocalDay>& days, LocalDay end, int window_days);

// The ingredients taken (or, for classes, present) on one day, with their classes.
struct DayDrug {
    std::string ingredient;
    std::string name;  // the name the person uses
    ClassSet classes;
    std::int64_t medication_id = 0;
};
std::vector<DayDrug> drugs_taken_on(const JournalIndex& index, LocalDay day);

// The ingredients in one dose of a medication: the medication's ingredient, or each part of
// a combination product (a Percocet dose of 10 mg holds oxycodone 10 mg and acetaminophen
// 650 mg), the product first under its own key so that a maximum prescribed for the
// product itself is checked too.
std::vector<IngredientAmount> dose_ingredients(const Medication& med, Amount amount);

// One ingredient of one taken dose.
struct IngredientDose {
    const Entry* entry = nullptr;
    const Medication* medication = nullptr;
    Amount amount;
};
// Every taken dose up to the as-of day, per ingredient (and per combination product, see
// dose_ingredients), in time order: what the daily maximum totals, across every product
// that holds the ingredient. daily_doses() stays by medication ingredient, product included.
using IngredientDoses = std::map<std::string, std::vector<IngredientDose>>;
// With `from`, only the doses of that day and later (for rules that look back a bounded time).
IngredientDoses ingredient_doses(const JournalIndex& index, std::optional<LocalDay> from = std::nullopt);

}  // namespace relief
