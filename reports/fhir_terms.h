#pragma once

#include <string>
#include <string_view>

namespace relief::reports {

// A SNOMED CT concept for a journal term, or an empty code when the term has none checked.
struct SnomedConcept {
    std::string_view code;
    std::string_view display;
};

// Body locations ("left-calf" is coded as the calf; the side stays in the text: R4's
// Observation.bodySite has no laterality). Each code was checked; see docs/fhir-mapping.md.
SnomedConcept body_site_concept(std::string_view location);
// The common side effects of muscle relaxants (drowsiness, dizziness, dry mouth, ...).
SnomedConcept side_effect_concept(std::string_view name);

}  // namespace relief::reports
