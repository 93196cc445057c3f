#include "drug_class.h"

#include "errors.h"
#include "translate.h"
#include "suggest.h"

#include <algorithm>
#include <array>

namespace relief {

namespace {

constexpr std::size_t class_count = static_cast<std::size_t>(DrugClass::other) + 1;

// Indexed by the enum; the names are stored in journals and CLI scripts, so they must
// not change once shipped.
constexpr std::array<std::string_view, class_count> names{
    "muscle-relaxant",
    "antispasmodic",
    "antispastic",
    "acute",
    "chronic",
    "tca-like",
    "schedule-iv",
    "benzodiazepine",
    "sedative",
    "analgesic",
    "nsaid",
    "gabapentinoid",
    "tricyclic",
    "opioid",
    "serotonergic",
    "ssri",
    "snri",
    "maoi",
    "cyp1a2-strong-inhibitor",
    "cyp1a2-inhibitor",
    "diuretic",
    "statin",
    "beta-agonist",
    "cns-depressant",
    "other",
};

// Indexed by the enum, like `names`. Each says what the medicines are for or are called
// day to day, then the term a label or pharmacist uses; the examples are the catalogue's.
// Translated where they are read (class_words).
constexpr std::array<std::string_view, class_count> words{
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "muscle relaxant (for spasms or stiffness)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "antispasmodic muscle relaxant (for sudden spasms)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "antispastic (for spasticity, as in MS)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "short-term medicine (acute)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "long-term medicine (chronic)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "relative of the tricyclic antidepressants (TCA-like)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "controlled medicine (schedule IV)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "benzodiazepine (such as diazepam or lorazepam)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "sleep medicine or sedative"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "pain reliever (analgesic, such as acetaminophen)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "anti-inflammatory pain reliever (NSAID, such as ibuprofen)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "nerve pain medicine (gabapentin or pregabalin)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "tricyclic antidepressant (such as amitriptyline)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "opioid pain medicine"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "medicine that raises serotonin (serotonergic)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "SSRI antidepressant (such as sertraline)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "SNRI antidepressant (such as duloxetine)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "MAOI (an antidepressant, Parkinson's medicine or linezolid)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "strong CYP1A2 inhibitor (fluvoxamine, ciprofloxacin)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "medicine that raises tizanidine levels (CYP1A2 inhibitor)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "water pill (diuretic)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "cholesterol medicine (statin)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "asthma or COPD inhaler (beta-agonist)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "medicine that causes drowsiness (CNS depressant)"),
    RELIEF_TRANSLATE_NOOP("relief::core::drug_class", "another kind of medicine (other)"),
};

std::vector<std::string> choosable_names() {
    std::vector<std::string> out;
    for (auto c : choosable_classes()) out.emplace_back(class_name(c));
    return out;
}

}  // namespace

std::vector<DrugClass> ClassSet::members() const {
    std::vector<DrugClass> out;
    for (std::size_t i = 0; i < class_count; ++i) {
        const auto c = static_cast<DrugClass>(i);
        if (has(c)) out.push_back(c);
    }
    return out;
}

std::string_view class_name(DrugClass c) {
    const auto i = static_cast<std::size_t>(c);
    return i < names.size() ? names[i] : names.back();
}

std::string class_words(DrugClass c) {
    const auto i = static_cast<std::size_t>(c);
    return translate("relief::core::drug_class", (i < words.size() ? words[i] : words.back()).data());
}

std::optional<DrugClass> find_class(std::string_view name) {
    const std::string key = normalise_term(name);
    const auto it = std::find(names.begin(), names.end(), key);
    if (it == names.end()) return std::nullopt;
    return static_cast<DrugClass>(it - names.begin());
}

const std::vector<DrugClass>& choosable_classes() {
    using enum DrugClass;
    static const std::vector<DrugClass> classes{
        muscle_relaxant,  antispastic,   analgesic, nsaid,        opioid, benzodiazepine,
        sedative,         gabapentinoid, tricyclic, ssri,         snri,   maoi,
        cyp1a2_inhibitor, diuretic,      statin,    beta_agonist, other,
    };
    return classes;
}

ClassSet implied_classes(DrugClass chosen) {
    using enum DrugClass;
    ClassSet set{chosen};
    switch (chosen) {
        case benzodiazepine:
            // As in the catalogue: every benzodiazepine is also sleep medicine to the rules.
            set.add(sedative);
            set.add(cns_depressant);
            break;
        case opioid:
        case sedative:
        case gabapentinoid:
        case muscle_relaxant:
            set.add(cns_depressant);
            break;
        case ssri:
        case snri:
        case tricyclic:
            set.add(serotonergic);
            break;
        case nsaid:
            set.add(analgesic);
            break;
        default:
            break;
    }
    return set;
}

bool may_hide_acetaminophen(DrugClass chosen) { return chosen == DrugClass::analgesic || chosen == DrugClass::other; }

DrugClass parse_choosable_class(std::string_view text) {
    const auto& choosable = choosable_classes();
    if (const auto found = find_class(text);
        found && std::find(choosable.begin(), choosable.end(), *found) != choosable.end())
        return *found;

    const auto all = choosable_names();
    const auto near = closest(text, all);
    //: %1: the class names a person may type (they stay as they are), %2: the closest of them.
    const std::string allowed =
        near.empty() ? fill(translate("relief::core::drug_class", "one of %1"), {join_choices(all)})
                     : fill(translate("relief::core::drug_class", "one of %1 (did you mean %2?)"),
                            {join_choices(all), join_choices(near)});
    throw InputError("drug class", std::string(text), allowed);
}

}  // namespace relief
