#include "medication_match.h"

#include "suggest.h"

namespace relief {

namespace {

// How well `key` names the medication: 3 by the person's own name, 2 by ingredient,
// 1 by another brand of the same form (Amrix is not Flexeril: different forms), 0 not.
int match_strength(const Medication& med, const std::string& key) {
    if (normalise_term(med.name) == key) return 3;
    if (normalise_term(med.ingredient) == key) return 2;
    if (const Drug* drug = catalogue_drug(med))
        for (const auto& brand : drug->brands)
            if (normalise_term(brand.name) == key && brand.form == med.form) return 1;
    return 0;
}

}  // namespace

const Medication* match_medication(const std::vector<Medication>& meds, std::string_view name,
                                   LocalDay day) {
    const std::string key = normalise_term(name);
    const Medication* best = nullptr;
    int best_strength = 0;
    for (const auto& med : meds) {
        const int strength = match_strength(med, key);
        if (strength == 0 || strength < best_strength) continue;
        if (!best || strength > best_strength) {
            best = &med;
            best_strength = strength;
            continue;
        }
        const bool active = med.active_on(day), best_active = best->active_on(day);
        if ((active && !best_active) || (active == best_active && med.start >= best->start)) best = &med;
    }
    return best;
}

std::vector<std::string> medication_suggestions(const std::vector<Medication>& meds,
                                                std::string_view name) {
    std::vector<std::string> candidates;
    for (const auto& med : meds) {
        candidates.push_back(med.name);
        if (normalise_term(med.ingredient) != normalise_term(med.name)) candidates.push_back(med.ingredient);
    }
    return closest(name, candidates);
}

}  // namespace relief
