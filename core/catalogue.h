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
    // What the label warns of above the urgent level, for the message ("can seriously harm
    // the liver"); empty when it names nothing.
    std::string_view urgent_harm{};
};

// One ingredient of a combination product, in one unit (tablet, caplet, capsule).
struct Part {
    std::string_view ingredient;  // a single-ingredient entry of the catalogue
    Amount per_unit;
};

struct Drug {
    std::string_view ingredient;
    std::vector<Brand> brands;
    ClassSet classes;
    std::optional<DailyMaximum> maximum;
    std::vector<std::string_view> sources;
    // A combination product (Percocet: oxycodone 5 mg + acetaminophen 325 mg a tablet) lists
    // its ingredients per unit; its classes are theirs together, and each ingredient counts
    // towards its own daily maximum. Its doses are amounts of the first part's ingredient
    // (a Percocet dose of 10 mg is 2 tablets), so that journals store mg as for any drug.
    std::vector<Part> parts{};
    std::string_view unit{};  // "tablet": what one unit is called, for combination products

    bool is_combination() const { return !parts.empty(); }
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

// One ingredient's share of a dose.
struct IngredientAmount {
    std::string ingredient;
    Amount amount;
    bool operator==(const IngredientAmount&) const = default;
};

// The ingredients in a dose of `amount` of a drug: the drug's own ingredient, or for a
// combination product each part in proportion (Percocet 10 mg: oxycodone 10 mg,
// acetaminophen 650 mg). `drug` null: a drug the catalogue lacks, taken as `ingredient`.
std::vector<IngredientAmount> ingredients_in(const Drug* drug, const std::string& ingredient, Amount amount);

// A dose as typed for a drug. Amounts with a unit ("10mg") for every drug; for a
// combination product also a count of its units: "2 tablets", "1 capsule", "1.5" (in
// quarters, 1 to 20 units; a mass must come to such a count of the first ingredient, so
// that Percocet "325mg", the acetaminophen in one tablet, is refused rather than read as
// 65 tablets of oxycodone). Throws InputError naming `field`.
Amount parse_dose(const Drug* drug, std::string_view text, const std::string& field);

// "2 tablets", "1 caplet", "0.5 tablet" for a combination product's dose; empty for other
// drugs. "about 1.33 tablets" when the amount is not a whole number of quarter units.
std::string units_text(const Drug& drug, Amount amount);

// "oxycodone 5 mg + acetaminophen 325 mg": what one unit of a combination product holds.
std::string unit_contents_text(const Drug& drug);

}  // namespace relief
