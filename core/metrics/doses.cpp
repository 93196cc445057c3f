#include "doses.h"

#include <algorithm>

namespace relief {

DailyDoses daily_doses(const JournalIndex& index) {
    DailyDoses out;
    // Days come in order, so each day is added at the end of its ingredient's map.
    std::map<std::int64_t, std::map<LocalDay, DayDose>*> by_medication;
    for (const Entry* e : index.entries_by_day()) {
        const auto* d = std::get_if<DoseEntry>(&e->data);
        if (!d || d->status != DoseStatus::taken) continue;
        auto& days = by_medication[d->medication_id];
        if (!days) {
            const Medication* med = index.medication(d->medication_id);
            if (!med) continue;
            days = &out[med->ingredient];
        }
        DayDose& day = !days->empty() && days->rbegin()->first == e->day
                           ? days->rbegin()->second
                           : days->emplace_hint(days->end(), e->day, DayDose{})->second;
        day.total += d->amount;
        ++day.doses;
        if (!d->scheduled) ++day.as_needed_doses;
        day.largest_single_dose = std::max(day.largest_single_dose, d->amount);
    }
    return out;
}

std::set<LocalDay> dose_days(const DailyDoses& doses, const std::string& ingredient) {
    std::set<LocalDay> out;
    auto it = doses.find(ingredient);
    if (it == doses.end()) return out;
    for (const auto& [day, dose] : it->second) out.insert(out.end(), day);
    return out;
}

namespace {

void extend_courses(std::vector<Course>& out, LocalDay day, const std::string& ingredient, int gap_days) {
    if (!out.empty() && (day - out.back().last).count() - 1 <= gap_days) out.back().last = day;
    else out.push_back(Course{ingredient, day, day});
}

}  // namespace

std::vector<Course> courses(const std::set<LocalDay>& days, const std::string& ingredient, int gap_days) {
    std::vector<Course> out;
    for (const LocalDay day : days) extend_courses(out, day, ingredient, gap_days);
    return out;
}

std::vector<Course> courses(const DailyDoses& doses, const std::string& ingredient, int gap_days) {
    std::vector<Course> out;
    const auto it = doses.find(ingredient);
    if (it == doses.end()) return out;
    for (const auto& [day, dose] : it->second) extend_courses(out, day, ingredient, gap_days);
    return out;
}

std::optional<Course> course_on(const std::vector<Course>& all, LocalDay day, int gap_days) {
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (it->first > day) continue;
        // Days inside the course count, and so do up to gap_days after its last dose.
        const auto since_last = (day - it->last).count();
        if (since_last <= gap_days) {
            Course c = *it;
            if (c.last > day) c.last = day;  // as seen on `day`: later doses are not known yet
            return c;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

int days_used_in_window(const std::set<LocalDay>& days, LocalDay end, int window_days) {
    const LocalDay first = end - date::days{window_days - 1};
    return static_cast<int>(std::distance(days.lower_bound(first), days.upper_bound(end)));
}

bool regular_use(const std::set<LocalDay>& days, LocalDay end, const Thresholds& t) {
    return days_used_in_window(days, end, t.regular_use_window_days) >= t.regular_use_days;
}

std::vector<DayDrug> drugs_taken_on(const JournalIndex& index, LocalDay day) {
    std::vector<DayDrug> out;
    for (const Entry* e : index.entries_on(day)) {
        const auto* d = std::get_if<DoseEntry>(&e->data);
        if (!d || d->status != DoseStatus::taken) continue;
        const Medication* med = index.medication(d->medication_id);
        if (!med) continue;
        const bool seen = std::any_of(out.begin(), out.end(),
                                      [&](const DayDrug& x) { return x.ingredient == med->ingredient; });
        if (!seen) out.push_back(DayDrug{med->ingredient, med->name, classes_of(*med), med->id});
    }
    return out;
}

std::vector<IngredientAmount> dose_ingredients(const Medication& med, Amount amount) {
    const Drug* drug = catalogue_drug(med);
    std::vector<IngredientAmount> out{{med.ingredient, amount}};
    if (drug && drug->is_combination())
        for (auto& part : ingredients_in(drug, med.ingredient, amount)) out.push_back(std::move(part));
    return out;
}

IngredientDoses ingredient_doses(const JournalIndex& index, std::optional<LocalDay> from) {
    IngredientDoses out;
    const std::span<const Entry* const> entries = from ? index.entries_from(*from) : std::span<const Entry* const>(index.entries());
    for (const Entry* e : entries) {
        if (from && e->day < *from) continue;
        const auto* d = std::get_if<DoseEntry>(&e->data);
        if (!d || d->status != DoseStatus::taken) continue;
        const Medication* med = index.medication(d->medication_id);
        if (!med) continue;
        for (const auto& [ingredient, amount] : dose_ingredients(*med, d->amount))
            out[ingredient].push_back(IngredientDose{e, med, amount});
    }
    return out;
}

}  // namespace relief
