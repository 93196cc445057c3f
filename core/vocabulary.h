#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
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

    // The term `text` names (by name or alias, with a side prefix where the term takes one),
    // or nothing: unlike canonical(), no new word and no search for near misses.
    std::optional<std::string> known(std::string_view text) const;
    // Whether a stored word reads back: a name, or in an open vocabulary a new word in
    // canonical form. Unlike canonical(), a new word that a later version made an alias or a
    // near miss of a term ("pins-and-needles", "tingle") still reads, so old journals open.
    bool holds(std::string_view stored) const;
    // The canonical form of `text`; throws InputError (field, value, the choices).
    std::string canonical(std::string_view text) const;
    // Splits on commas and canonicalises each; duplicates dropped, order kept.
    std::vector<std::string> canonical_list(std::string_view comma_separated) const;
    std::vector<std::string> names() const;

private:
    std::optional<std::string> find(const std::string& key) const;
    std::optional<std::string> find_plain(const std::string& key) const;
    std::string field_;
    Kind kind_;
    std::vector<Term> terms_;
    // Every name and normalised alias (unique, the constructor checks) to its name: every
    // stored entry's words are checked when read, so a lookup must not normalise each alias.
    std::unordered_map<std::string, std::string> by_key_;
};

const Vocabulary& body_locations();
const Vocabulary& pain_qualities();
const Vocabulary& side_effect_names();
const Vocabulary& symptom_names();  // includes the red flags of RULES.md
const Vocabulary& measure_names();
const Vocabulary& condition_names();

// Symptoms that RULES.md's redflag.symptoms rule treats as urgent.
bool is_red_flag_symptom(std::string_view canonical);

// The red-flag symptom a pain entry's canonical locations and qualities describe, or "":
// numbness or tingling in the saddle area (groin, inner thigh, both buttocks or "buttock")
// is "saddle-numbness".
std::string red_flag_in_pain(const std::vector<std::string>& locations,
                             const std::vector<std::string>& qualities);

}  // namespace relief
