#pragma once

#include <string_view>

namespace relief {

inline constexpr std::string_view rxnorm_system = "http://www.nlm.nih.gov/research/umls/rxnorm";

// The RxNorm ingredient (TTY IN) RxCUI of a single-ingredient catalogue key
// ("cyclobenzaprine" -> "21949"), or empty for a key the table lacks. Combination products
// are coded by their parts' ingredients (docs/fhir-mapping.md says why).
std::string_view rxnorm_ingredient_code(std::string_view ingredient);

// An RxNorm brand name concept (TTY BN): its RxCUI and the name RxNorm gives it.
struct RxNormBrand {
    std::string_view code;     // empty when the brand has no checked code
    std::string_view display;  // RxNorm's spelling ("Oxycontin" for the catalogue's "OxyContin")
};

// The brand name (TTY BN) concept of a catalogue brand, by the name the catalogue gives it,
// ignoring ASCII case ("Flexeril" -> {"224954", "Flexeril"}); empty for a brand without a
// checked code, for an ingredient, and for a name that is not exactly a brand of the table
// ("Tylenol #3" is not RxNorm's "Tylenol with Codeine #3").
RxNormBrand rxnorm_brand(std::string_view brand);

// rxnorm_brand(brand).code.
std::string_view rxnorm_brand_code(std::string_view brand);

}  // namespace relief
