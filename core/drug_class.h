#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relief {

// Properties the analyser's rules ask about. A drug has several (cyclobenzaprine is a
// muscle relaxant, an antispasmodic, acute and TCA-like), so they form a set.
enum class DrugClass : std::uint8_t {
    muscle_relaxant,
    antispasmodic,
    antispastic,
    acute,
    chronic,
    tca_like,
    schedule_iv,
    benzodiazepine,
    sedative,
    analgesic,
    nsaid,
    gabapentinoid,
    tricyclic,
    opioid,
    serotonergic,
    ssri,
    snri,
    maoi,
    cyp1a2_strong_inhibitor,
    cyp1a2_inhibitor,
    diuretic,
    statin,
    beta_agonist,
    cns_depressant,
    other,
};

class ClassSet {
public:
    constexpr ClassSet() = default;
    constexpr ClassSet(std::initializer_list<DrugClass> classes) {
        for (auto c : classes) bits_ |= bit(c);
    }
    constexpr bool has(DrugClass c) const { return (bits_ & bit(c)) != 0; }
    constexpr void add(DrugClass c) { bits_ |= bit(c); }
    constexpr bool empty() const { return bits_ == 0; }
    constexpr bool operator==(const ClassSet&) const = default;
    std::vector<DrugClass> members() const;

private:
    static constexpr std::uint32_t bit(DrugClass c) { return 1u << static_cast<unsigned>(c); }
    std::uint32_t bits_ = 0;
};

std::string_view class_name(DrugClass c);  // "muscle-relaxant"
std::optional<DrugClass> find_class(std::string_view name);
// The classes a person may choose for a drug the catalogue does not know, and what each
// implies (an opioid is also a CNS depressant, so the interaction rules see it).
const std::vector<DrugClass>& choosable_classes();
ClassSet implied_classes(DrugClass chosen);
// The class in plain words for people choosing one ("water pill (diuretic)"), where the
// id ("diuretic") is what journals and scripts store. In the current language.
std::string class_words(DrugClass c);
// Whether a drug the catalogue does not know, of this chosen class, may hide acetaminophen
// (pain relievers and cold medicines often do), so that adding it asks the person to check.
bool may_hide_acetaminophen(DrugClass chosen);
// Parses a --class value; throws InputError listing the choosable classes.
DrugClass parse_choosable_class(std::string_view text);

}  // namespace relief
