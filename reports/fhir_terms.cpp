#include "fhir_terms.h"

#include <array>

namespace relief::reports {

namespace {

struct Term {
    std::string_view name;
    SnomedConcept concept_;
};

// Body structures as DICOM's table of common anatomic regions (CID 4031) codes them.
constexpr std::array<Term, 19> body_sites{{
    {"neck", {"45048000", "Neck"}},
    {"upper-back", {"77568009", "Back"}},
    {"mid-back", {"77568009", "Back"}},
    {"lower-back", {"37822005", "Lower back structure"}},
    {"shoulder", {"16982005", "Shoulder"}},
    {"arm", {"40983000", "Upper arm"}},
    {"elbow", {"16953009", "Elbow joint"}},
    {"hand", {"85562004", "Hand"}},
    {"chest", {"43799004", "Chest"}},
    {"hip", {"24136001", "Hip joint"}},
    {"buttock", {"46862004", "Buttock"}},
    {"groin", {"26893007", "Inguinal region"}},
    {"thigh", {"68367000", "Thigh"}},
    {"knee", {"72696002", "Knee"}},
    {"below-knee", {"30021000", "Lower leg"}},
    {"calf", {"53840002", "Calf of leg"}},
    {"ankle", {"70258002", "Ankle joint"}},
    {"foot", {"56459004", "Foot"}},
    {"head", {"69536005", "Head"}},
}};

constexpr std::array<Term, 6> side_effects{{
    {"drowsiness", {"271782001", "Drowsy"}},
    {"dizziness", {"404640003", "Dizziness"}},
    {"dry-mouth", {"87715008", "Xerostomia"}},
    {"nausea", {"422587007", "Nausea"}},
    {"headache", {"25064002", "Headache"}},
    {"fatigue", {"84229001", "Fatigue"}},
}};

template <std::size_t N>
SnomedConcept find(const std::array<Term, N>& table, std::string_view name) {
    for (const auto& t : table)
        if (t.name == name) return t.concept_;
    return {};
}

}  // namespace

SnomedConcept body_site_concept(std::string_view location) {
    for (const std::string_view side : {"left-", "right-"})
        if (location.substr(0, side.size()) == side) location.remove_prefix(side.size());
    return find(body_sites, location);
}

SnomedConcept side_effect_concept(std::string_view name) {
    return find(side_effects, name);
}

}  // namespace relief::reports
