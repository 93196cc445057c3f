#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relief {

struct Term {
    std::string name;                  // canonical, kebab-case: "cant-stay-awake"
    std::vector<std::string> aliases;  // other ways people say it: "can't stay awake", "sleepy"
};

// A list of words one field accepts. A closed vocabulary accepts only its terms; an open
// one also accepts new words, except near misses of a known term, which are refused with
// a suggestion so that "drowsyness" does not become a separate side effect.
class Vocabulary {
public:
    enum class Kind { closed, open };
    Vocabulary(std::string field, Kind kind, std::vector<Term> terms);

    const std::string& field() const { return field_; }
    bool is_open() const { return kind_ == Kind::open; }
    const std::vector<Term>& terms() const { return terms_; }
    bool contains(std::string_view canonical) const;

    // The canonical form of `text`; throws InputError (field, value, the choices).
    std::string canonical(std::string_view text) const;
    // Splits on commas and canonicalises each; duplicates dropped, order kept.
    std::vector<std::string> canonical_list(std::string_view comma_separated) const;
    std::vector<std::string> names() const;

private:
    std::optional<std::string> find(const std::string& key) const;
    std::string field_;
    Kind kind_;
    std::vector<Term> terms_;
};

const Vocabulary& body_locations();
const Vocabulary& pain_qualities();
const Vocabulary& side_effect_names();
const Vocabulary& symptom_names();  // includes the red flags of RULES.md
const Vocabulary& measure_names();
const Vocabulary& condition_names();

// Symptoms that RULES.md's redflag.symptoms rule treats as urgent.
bool is_red_flag_symptom(std::string_view canonical);

}  // namespace relief
