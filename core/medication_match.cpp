#include "medication_match.h"

#include "suggest.h"

namespace relief {

namespace {

bool names_it(const Medication& med, const std::string& key) {
    if (normalise_term(med.name) == key || normalise_term(med.ingredient) == key) return true;
    if (const Drug* drug = catalogue_drug(med))
        for (const auto& brand : drug->brands)
            if (normalise_term(brand.name) == key) return true;
    return false;
}

}  // namespace

const Medication* match_medication(const std::vector<Medication>& meds, std::string_view name,
                                   LocalDay day) {
    const std::string key = normalise_term(name);
    const Medication* best = nullptr;
    for (const auto& med : meds) {
        if (!names_it(med, key)) continue;
        if (!best) {
            best = &med;
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
