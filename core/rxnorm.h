#pragma once

#include <string_view>

namespace relief {

inline constexpr std::string_view rxnorm_system = "http://www.nlm.nih.gov/research/umls/rxnorm";

// The RxNorm ingredient (TTY IN) RxCUI of a single-ingredient catalogue key
// ("cyclobenzaprine" -> "21949"), or empty for a key the table lacks. Combination products
// are coded by their parts' ingredients (docs/fhir-mapping.md says why).
std::string_view rxnorm_ingredient_code(std::string_view ingredient);

}  // namespace relief
