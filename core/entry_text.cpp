#include "entry_text.h"

#include "metrics/pain.h"
#include "suggest.h"

#include <algorithm>
#include <cctype>

namespace relief {

namespace {

template <class... Ts>
struct overloaded : Ts... {
    using Ts::operator()...;
};
// clang 14 (the fuzz build) does not yet deduce an aggregate's template arguments.
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

std::string readable_list(const std::vector<std::string>& terms) {
    std::string out;
    for (const auto& t : terms) out += (out.empty() ? "" : ", ") + readable_term(t);
    return out;
}

}  // namespace

std::string readable_term(const std::string& term) {
    std::string out = term;
    std::replace(out.begin(), out.end(), '-', ' ');
    if (out == "cant stay awake") out = "can't stay awake";
    return out;
}

std::string pain_word(int score) {
    return score == 0 ? "none" : score <= 3 ? "mild" : score <= 6 ? "moderate" : score <= 9 ? "severe" : "worst imaginable";
}

std::string pain_words(int score) { return std::to_string(score) + "/10 (" + pain_word(score) + ")"; }

std::string class_description(const ClassSet& classes) {
    static const std::vector<DrugClass> shown{
        DrugClass::muscle_relaxant, DrugClass::antispasmodic, DrugClass::antispastic, DrugClass::nsaid,
        DrugClass::analgesic,       DrugClass::opioid,        DrugClass::benzodiazepine, DrugClass::sedative,
        DrugClass::gabapentinoid,   DrugClass::tricyclic,     DrugClass::ssri,          DrugClass::snri,
        DrugClass::maoi,            DrugClass::diuretic,      DrugClass::statin,        DrugClass::beta_agonist};
    std::string out;
    for (auto c : shown) {
        if (!classes.has(c)) continue;
        std::string name = readable_term(std::string(class_name(c)));
        if (c == DrugClass::nsaid || c == DrugClass::ssri || c == DrugClass::snri || c == DrugClass::maoi)
            for (auto& ch : name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        out += (out.empty() ? "" : ", ") + name;
    }
    return out.empty() ? "other" : out;
}

std::string medication_label(const Medication& med) {
    // "Baclofen" needs no "(baclofen)" after it: names differ only when the letters do.
    if (normalise_term(med.name) == normalise_term(med.ingredient)) return med.name;
    return med.name + " (" + med.ingredient + ")";
}

std::string describe_entry(const Entry& entry, const std::vector<Medication>& meds) {
    return std::visit(
        overloaded{
            [&](const DoseEntry& d) {
                auto med = std::find_if(meds.begin(), meds.end(),
                                        [&](const Medication& m) { return m.id == d.medication_id; });
                const std::string name = med == meds.end() ? "medication " + std::to_string(d.medication_id)
                                                           : med->name;
                return "dose: " + name + " " + d.amount.to_string() +
                       (d.status == DoseStatus::skipped ? " skipped" : " taken");
            },
            [](const PainEntry& p) {
                std::string out = "pain " + pain_words(p.score);
                if (!p.locations.empty()) out += ": " + readable_list(p.locations);
                if (!p.qualities.empty()) out += (p.locations.empty() ? ": " : "; ") + readable_list(p.qualities);
                return out;
            },
            [](const SideEffectEntry& s) {
                return "side effect: " + readable_term(s.name) + " (" + std::string(to_string(s.severity)) + ")";
            },
            [](const CrampEntry& c) {
                std::string out = "cramp";
                std::vector<std::string> parts;
                if (!c.location.empty()) parts.push_back(readable_term(c.location));
                if (c.minutes) parts.push_back(std::to_string(*c.minutes) + " min");
                if (c.severity) parts.push_back("severity " + std::to_string(*c.severity) + "/10");
                for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : ": ") + parts[i];
                return out;
            },
            [](const MeasureEntry& m) {
                return "measure: " + readable_term(m.name) + (m.minutes ? ", " + std::to_string(*m.minutes) + " min" : "");
            },
            [](const FluidsEntry& f) {
                return "fluids: " + std::to_string(f.glasses) + (f.glasses == 1 ? " glass" : " glasses");
            },
            [](const AlcoholEntry& a) {
                return "alcohol: " + std::to_string(a.drinks) + (a.drinks == 1 ? " drink" : " drinks");
            },
            [](const SymptomEntry& s) { return "symptom: " + readable_term(s.name); },
            [](const NoteEntry& n) { return "note: " + n.text; },
            [](const PegEntry& p) {
                return "PEG " + format_mean(p.score()) + ": pain " + std::to_string(p.pain) + ", enjoyment of life " +
                       std::to_string(p.enjoyment) + ", general activity " + std::to_string(p.activity);
            },
            [](const SleepEntry& s) {
                return "sleep: " + format_sleep_duration(s.minutes) +
                       (s.quality ? ", quality " + std::to_string(*s.quality) + "/10" : "");
            },
            [](const GoalEntry& g) { return "goal " + std::string(g.met ? "met" : "not met") + ": " + g.goal; },
            [](const PgicEntry& p) {
                return "global impression of change: " + std::string(pgic_words(p.answer)) + " (" +
                       std::to_string(p.answer) + "/7)";
            },
        },
        entry.data);
}

}  // namespace relief
