#include "entry.h"
#include "errors.h"
#include "translate.h"
#include "suggest.h"
#include "typed_text.h"
#include "unicode_text.h"
#include "vocabulary.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <array>
#include <cctype>
#include <cmath>

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
                         fill(translate("relief::core::entry", "a whole number from %1 to %2"),
                              {std::to_string(low), std::to_string(high)}));
}

// Stored words are checked with holds(), not canonical(): a word an older version kept must
// still read after the vocabulary learns a term close to it.
void check_term(const std::string& t, const Vocabulary& vocabulary) {
    // Every stored row is checked again on each read of the journal, and a journal uses few
    // words: one found held is remembered. Per thread, so no lock; vocabularies never change.
    thread_local std::unordered_map<const Vocabulary*, std::unordered_set<std::string>> held;
    auto& known = held[&vocabulary];
    if (known.contains(t)) return;
    if (!vocabulary.holds(t)) {
        vocabulary.canonical(t);  // an unknown word: refused with the choices
        throw InputError(vocabulary.field(), t, translate("relief::core::entry", "a canonical name"));
    }
    if (known.size() < 4096) known.insert(t);
}

void check_terms(const std::vector<std::string>& terms, const Vocabulary& vocabulary) {
    for (const auto& t : terms) check_term(t, vocabulary);
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
    throw InputError(field, std::string(text), translate("relief::core::entry", "'taken' or 'skipped'"));
}

Severity parse_severity(std::string_view text, const std::string& field) {
    if (text == "mild") return Severity::mild;
    if (text == "moderate") return Severity::moderate;
    if (text == "severe") return Severity::severe;
    throw InputError(field, std::string(text), translate("relief::core::entry", "'mild', 'moderate' or 'severe'"));
}

const std::vector<std::string>& kind_names() {
    static const std::vector<std::string> names{"dose",    "pain",    "side-effect", "cramp", "measure",
                                                "fluids",  "alcohol", "symptom",     "note",  "peg",
                                                "sleep",   "goal",    "pgic"};
    return names;
}

std::string_view kind_name(const EntryData& data) { return kind_names()[data.index()]; }

std::string_view pgic_words(int answer) {
    // The words a person may type; translated only where shown (pgic_display_words).
    static constexpr std::array<std::string_view, 7> words{
        RELIEF_TRANSLATE_NOOP("relief::core::entry", "very much improved"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry", "much improved"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry", "minimally improved"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry", "no change"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry", "minimally worse"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry", "much worse"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry", "very much worse")};
    check_range(answer, 1, 7, "global impression of change");
    return words[std::size_t(answer - 1)];
}

std::string pgic_display_words(int answer) {
    return translate("relief::core::entry", std::string(pgic_words(answer)).c_str());
}

namespace {

std::string lowered(std::string_view text) {
    std::string out;
    for (char c : text) out += char(std::tolower(static_cast<unsigned char>(c)));
    const auto first = out.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return out.substr(first, out.find_last_not_of(" \t") - first + 1);
}

}  // namespace

int parse_pgic(std::string_view text, const std::string& field) {
    const std::string t = lowered(text);
    for (int answer = 1; answer <= 7; ++answer)
        if (t == std::to_string(answer) || t == pgic_words(answer)) return answer;
    throw InputError(field, std::string(text),
                     //: The person may type the number or these English words: keep the numbers and
                     //: what each one means.
                     translate("relief::core::entry", "1 very much improved, 2 much improved, 3 minimally improved, 4 no change, "
                                    "5 minimally worse, 6 much worse, 7 very much worse"));
}

int parse_sleep_duration(std::string_view text, const std::string& field) {
    const std::string t = lowered(text);
    const std::string allowed = translate("relief::core::entry", "hours slept, such as 7, 6.5h, 6h30 or 6:30 (0 to 24 hours)");
    std::size_t i = 0;
    const auto number = [&](bool decimals) -> std::optional<double> {
        std::size_t start = i;
        while (i < t.size() && (std::isdigit(static_cast<unsigned char>(t[i])) || (decimals && (t[i] == '.' || t[i] == ','))))
            ++i;
        if (i == start || i - start > 6) return std::nullopt;
        std::string digits = t.substr(start, i - start);
        std::replace(digits.begin(), digits.end(), ',', '.');
        if (std::count(digits.begin(), digits.end(), '.') > 1 || digits.front() == '.' || digits.back() == '.')
            return std::nullopt;
        return std::stod(digits);
    };
    const auto skip = [&](std::initializer_list<std::string_view> words) {
        while (i < t.size() && t[i] == ' ') ++i;
        for (auto w : words)
            if (t.compare(i, w.size(), w) == 0) {
                i += w.size();
                while (i < t.size() && t[i] == ' ') ++i;
                return true;
            }
        return false;
    };
    double minutes = 0;
    const auto first = number(true);
    if (!first) throw InputError(field, std::string(text), allowed);
    if (skip({"minutes", "minute", "mins", "min", "m"})) {
        minutes = *first;
    } else if (t.compare(i, 1, ":") == 0) {
        ++i;
        const auto rest = number(false);
        if (!rest || *rest >= 60 || *first != std::floor(*first)) throw InputError(field, std::string(text), allowed);
        minutes = *first * 60 + *rest;
    } else {
        skip({"hours", "hour", "hrs", "hr", "h"});
        minutes = *first * 60;
        if (i < t.size()) {
            const auto rest = number(false);
            if (!rest || *rest >= 60 || *first != std::floor(*first)) throw InputError(field, std::string(text), allowed);
            skip({"minutes", "minute", "mins", "min", "m"});
            minutes += *rest;
        }
    }
    if (i != t.size() || minutes < 0 || minutes > max_sleep_minutes) throw InputError(field, std::string(text), allowed);
    return int(std::lround(minutes));
}

std::string format_sleep_duration(int minutes) {
    const int h = minutes / 60;
    const int m = minutes % 60;
    //: A length of sleep under an hour; %1 is the minutes.
    if (h == 0) return fill(translate("relief::core::entry", "%1 min"), {std::to_string(m)});
    //: A length of sleep: %1 hours and %2 minutes.
    if (m) return fill(translate("relief::core::entry", "%1 h %2 min"), {std::to_string(h), std::to_string(m)});
    //: A length of sleep in whole hours.
    return fill(translate("relief::core::entry", "%1 h"), {std::to_string(h)});
}

bool parse_met(std::string_view text, const std::string& field) {
    const std::string t = lowered(text);
    if (t == "yes" || t == "met" || t == "done" || t == "true" || t == "1") return true;
    if (t == "no" || t == "not met" || t == "not-met" || t == "not done" || t == "false" || t == "0") return false;
    throw InputError(field, std::string(text), translate("relief::core::entry", "yes (met) or no (not met)"));
}

void validate_stored(const EntryData& data) {
    std::visit(overloaded{
                   [](const DoseEntry& d) {
                       if (d.medication_id <= 0)
                           throw InputError("medication", std::to_string(d.medication_id),
                                            translate("relief::core::entry", "a medication in the journal"));
                       if (d.amount <= Amount{})
                           throw InputError("amount", d.amount.to_string(), translate("relief::core::entry", "more than zero"));
                   },
                   [](const PainEntry& p) {
                       check_range(p.score, 0, max_pain_score, "pain score");
                       check_terms(p.locations, body_locations());
                       check_terms(p.qualities, pain_qualities());
                   },
                   [](const SideEffectEntry& s) { check_term(s.name, side_effect_names()); },
                   [](const CrampEntry& c) {
                       if (!c.location.empty()) check_term(c.location, body_locations());
                       if (c.minutes) check_range(*c.minutes, 1, max_cramp_minutes, "cramp minutes");
                       if (c.severity) check_range(*c.severity, 0, max_pain_score, "cramp severity");
                   },
                   [](const MeasureEntry& m) {
                       check_term(m.name, measure_names());
                       if (m.minutes) check_range(*m.minutes, 1, 24 * 60, "measure minutes");
                   },
                   [](const FluidsEntry& f) {
                       check_range(f.glasses, 1, max_count_per_entry, "glasses of fluid");
                   },
                   [](const AlcoholEntry& a) {
                       check_range(a.drinks, 1, max_count_per_entry, "alcoholic drinks");
                   },
                   [](const SymptomEntry& s) { check_term(s.name, symptom_names()); },
                   [](const NoteEntry& n) {
                       if (!is_clean_text(n.text))
                           throw InputError("note", translate("relief::core::entry", "(text with control characters)"),
                                            translate("relief::core::entry", "plain text: letters, numbers, punctuation, line breaks"));
                       if (n.text.empty() || !fits_characters(n.text, max_note_length))
                           throw InputError("note", quoted_value(n.text),
                                            fill(translate("relief::core::entry", "text of 1 to %1 characters"),
                                                 {std::to_string(max_note_length)}));
                   },
                   [](const PegEntry& p) {
                       check_range(p.pain, 0, 10, "PEG pain");
                       check_range(p.enjoyment, 0, 10, "PEG enjoyment of life");
                       check_range(p.activity, 0, 10, "PEG general activity");
                   },
                   [](const SleepEntry& s) {
                       check_range(s.minutes, 0, max_sleep_minutes, "sleep minutes");
                       if (s.quality) check_range(*s.quality, 0, 10, "sleep quality");
                   },
                   [](const GoalEntry& g) {
                       if (!is_clean_text(g.goal) || g.goal.find('\n') != std::string::npos)
                           throw InputError("goal", translate("relief::core::entry", "(text with control characters)"),
                                            translate("relief::core::entry", "a short phrase on one line"));
                       if (g.goal.empty() || !fits_characters(g.goal, max_goal_length))
                           throw InputError("goal", quoted_value(g.goal),
                                            fill(translate("relief::core::entry", "a phrase of 1 to %1 characters"),
                                                 {std::to_string(max_goal_length)}));
                   },
                   [](const PgicEntry& p) { check_range(p.answer, 1, 7, "global impression of change"); },
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
                   [](const GoalEntry& g) { check_note_text(g.goal, "goal", max_goal_length); },
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
                   [](GoalEntry& g) { g.goal = nfc(g.goal); },
                   [](auto&) {},
               },
               data);
}

}  // namespace relief
