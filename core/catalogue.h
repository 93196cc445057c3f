#pragma once

#include "amount.h"
#include "drug_class.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace relief {

enum class DoseForm : std::uint8_t { immediate, extended_release };

struct Brand {
    std::string_view name;
    DoseForm form = DoseForm::immediate;
};

// The label (or seed) maximum per day for one ingredient, summed over all forms.
struct DailyMaximum {
    Amount daily;
    // Above this the alert is urgent; zero means the default of 1.5 x daily.
    Amount urgent{};
    // Some labels allow more in the first days (methocarbamol: 8000 mg on days 1-3).
    Amount initial{};
    int initial_days = 0;
    int max_doses_per_day = 0;  // 0: no limit stated (tizanidine: 3)
    std::string_view source;
};

struct Drug {
    std::string_view ingredient;
    std::vector<Brand> brands;
    ClassSet classes;
    std::optional<DailyMaximum> maximum;
    std::vector<std::string_view> sources;
};

struct DrugMatch {
    const Drug* drug = nullptr;
    DoseForm form = DoseForm::immediate;
    std::string_view brand;  // empty when matched by ingredient
};

// The drug catalogue of RULES.md, as data.
class Catalogue {
public:
    static const Catalogue& standard();
    explicit Catalogue(std::vector<Drug> drugs);

    // By ingredient or brand, case-insensitively ("Flexeril" is cyclobenzaprine).
    std::optional<DrugMatch> lookup(std::string_view name) const;
    const Drug* find_ingredient(std::string_view ingredient) const;
    // Close ingredient and brand names, for "did you mean".
    std::vector<std::string> suggestions(std::string_view name) const;
    std::span<const Drug> drugs() const { return drugs_; }

private:
    std::vector<Drug> drugs_;
};

}  // namespace relief
