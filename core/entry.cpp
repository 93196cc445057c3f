#include "entry.h"

#include "errors.h"
#include "suggest.h"
#include "typed_text.h"
#include "unicode_text.h"
#include "vocabulary.h"

#include <array>

namespace relief {

namespace {

template <class... Ts>
struct overloaded : Ts... {
    using Ts::operator()...;
};
// clang 14 (the fuzz build) does not yet deduce an aggregate's template arguments.
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

void check_range(int value, int low, int high, const std::string& field) {
    if (value < low || value > high)
        throw InputError(field, std::to_string(value),
                         "a whole number from " + std::to_string(low) + " to " + std::to_string(high));
}

// Stored words are checked with holds(), not canonical(): a word an older version kept must
// still read after the vocabulary learns a term close to it.
void check_terms(const std::vector<std::string>& terms, const Vocabulary& vocabulary) {
    for (const auto& t : terms)
        if (!vocabulary.holds(t)) {
            vocabulary.canonical(t);  // an unknown word: refused with the choices
            throw InputError(vocabulary.field(), t, "a canonical name");
        }
}

}  // namespace

std::string_view to_string(DoseStatus s) { return s == DoseStatus::taken ? "taken" : "skipped"; }

std::string_view to_string(Severity s) {
    switch (s) {
        case Severity::mild: return "mild";
        case Severity::moderate: return "moderate";
        case Severity::severe: return "severe";
    }
    return "mild";
}

DoseStatus parse_dose_status(std::string_view text, const std::string& field) {
    if (text == "taken") return DoseStatus::taken;
    if (text == "skipped") return DoseStatus::skipped;
    throw InputError(field, std::string(text), "'taken' or 'skipped'");
}

Severity parse_severity(std::string_view text, const std::string& field) {
    if (text == "mild") return Severity::mild;
    if (text == "moderate") return Severity::moderate;
    if (text == "severe") return Severity::severe;
    throw InputError(field, std::string(text), "'mild', 'moderate' or 'severe'");
}

const std::vector<std::string>& kind_names() {
    static const std::vector<std::string> names{"dose",    "pain",    "side-effect",
                                                "cramp",   "measure", "fluids",
                                                "alcohol", "symptom", "note"};
    return names;
}

std::string_view kind_name(const EntryData& data) { return kind_names()[data.index()]; }

void validate_stored(const EntryData& data) {
    std::visit(overloaded{
                   [](const DoseEntry& d) {
                       if (d.medication_id <= 0)
                           throw InputError("medication", std::to_string(d.medication_id),
                                            "a medication in the journal");
                       if (d.amount <= Amount{})
                           throw InputError("amount", d.amount.to_string(), "more than zero");
                   },
                   [](const PainEntry& p) {
                       check_range(p.score, 0, max_pain_score, "pain score");
                       check_terms(p.locations, body_locations());
                       check_terms(p.qualities, pain_qualities());
                   },
                   [](const SideEffectEntry& s) { check_terms({s.name}, side_effect_names()); },
                   [](const CrampEntry& c) {
                       if (!c.location.empty()) check_terms({c.location}, body_locations());
                       if (c.minutes) check_range(*c.minutes, 1, max_cramp_minutes, "cramp minutes");
                       if (c.severity) check_range(*c.severity, 0, max_pain_score, "cramp severity");
                   },
                   [](const MeasureEntry& m) {
                       check_terms({m.name}, measure_names());
                       if (m.minutes) check_range(*m.minutes, 1, 24 * 60, "measure minutes");
                   },
                   [](const FluidsEntry& f) {
                       check_range(f.glasses, 1, max_count_per_entry, "glasses of fluid");
                   },
                   [](const AlcoholEntry& a) {
                       check_range(a.drinks, 1, max_count_per_entry, "alcoholic drinks");
                   },
                   [](const SymptomEntry& s) { check_terms({s.name}, symptom_names()); },
                   [](const NoteEntry& n) {
                       if (!is_clean_text(n.text))
                           throw InputError("note", "(text with control characters)",
                                            "plain text: letters, numbers, punctuation, line breaks");
                       if (n.text.empty() || !fits_characters(n.text, max_note_length))
                           throw InputError("note", quoted_value(n.text),
                                            "text of 1 to " + std::to_string(max_note_length) +
                                                " characters");
                   },
               },
               data);
}

void validate(const EntryData& data) {
    validate_stored(data);
    std::visit(overloaded{
                   [](const SideEffectEntry& s) { check_name_characters(s.name, side_effect_names().field()); },
                   [](const SymptomEntry& s) { check_name_characters(s.name, symptom_names().field()); },
                   [](const MeasureEntry& m) { check_name_characters(m.name, measure_names().field()); },
                   [](const NoteEntry& n) { check_note_text(n.text, "note", max_note_length); },
                   [](const auto&) {},
               },
               data);
}

void normalise_text(EntryData& data) {
    std::visit(overloaded{
                   [](SideEffectEntry& s) { s.name = nfc(s.name); },
                   [](SymptomEntry& s) { s.name = nfc(s.name); },
                   [](MeasureEntry& m) { m.name = nfc(m.name); },
                   [](NoteEntry& n) { n.text = nfc(n.text); },
                   [](auto&) {},
               },
               data);
}

}  // namespace relief
