#include "entry_text.h"

#include "metrics/pain.h"
#include "suggest.h"
#include "translate.h"

#include <algorithm>
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
    // The known terms are translated (vocabulary.cpp lists them); a side is its own word.
    for (const bool left : {true, false}) {
        const std::string side = left ? "left " : "right ";
        if (out.rfind(side, 0) == 0 && out.size() > side.size()) {
            const std::string part = translate("relief::core::vocabulary", out.substr(side.size()).c_str());
            //: A paired part of the body: %1 such as calf, knee.
            return fill(left ? translate("relief::core::entry_text", "left %1") : translate("relief::core::entry_text", "right %1"), {part});
        }
    }
    return translate("relief::core::vocabulary", out.c_str());
}

std::string severity_word(Severity severity) {
    switch (severity) {
        case Severity::mild: return translate("relief::core::entry_text", "mild");
        case Severity::moderate: return translate("relief::core::entry_text", "moderate");
        case Severity::severe: return translate("relief::core::entry_text", "severe");
    }
    return translate("relief::core::entry_text", "mild");
}

std::string pain_word(int score) {
    //: The pain scale's words: 0 none, 1-3 mild, 4-6 moderate, 7-9 severe, 10 worst imaginable.
    return score == 0  ? translate("relief::core::entry_text", "none")
           : score <= 3 ? translate("relief::core::entry_text", "mild")
           : score <= 6 ? translate("relief::core::entry_text", "moderate")
           : score <= 9 ? translate("relief::core::entry_text", "severe")
                        : translate("relief::core::entry_text", "worst imaginable");
}

//: A pain score out of 10 and its word: 7/10 (severe).
std::string pain_words(int score) {
    return fill(translate("relief::core::entry_text", "%1/10 (%2)"), {std::to_string(score), pain_word(score)});
}

std::string class_description(const ClassSet& classes) {
    static const std::vector<DrugClass> shown{
        DrugClass::muscle_relaxant, DrugClass::antispasmodic, DrugClass::antispastic, DrugClass::nsaid,
        DrugClass::analgesic,       DrugClass::opioid,        DrugClass::benzodiazepine, DrugClass::sedative,
        DrugClass::gabapentinoid,   DrugClass::tricyclic,     DrugClass::ssri,          DrugClass::snri,
        DrugClass::maoi,            DrugClass::diuretic,      DrugClass::statin,        DrugClass::beta_agonist};
    // The names a clinician reads, translated where they are joined below.
    [[maybe_unused]] static constexpr const char* class_names[] = {
        RELIEF_TRANSLATE_NOOP("relief::core::entry_text", "muscle relaxant"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry_text", "antispasmodic"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry_text", "antispastic"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry_text", "NSAID"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry_text", "analgesic"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry_text", "opioid"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry_text", "benzodiazepine"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry_text", "sedative"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry_text", "gabapentinoid"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry_text", "tricyclic"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry_text", "SSRI"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry_text", "SNRI"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry_text", "MAOI"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry_text", "diuretic"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry_text", "statin"),
        RELIEF_TRANSLATE_NOOP("relief::core::entry_text", "beta agonist"),
    };
    std::string out;
    for (auto c : shown) {
        if (!classes.has(c)) continue;
        std::string name(class_name(c));
        std::replace(name.begin(), name.end(), '-', ' ');
        if (c == DrugClass::nsaid || c == DrugClass::ssri || c == DrugClass::snri || c == DrugClass::maoi)
            for (auto& ch : name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        out += (out.empty() ? "" : ", ") + translate("relief::core::entry_text", name.c_str());
    }
    //: The class of a medicine that is none of the listed ones.
    return out.empty() ? translate("relief::core::entry_text", "other") : out;
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
                //: A medication no longer in the list, by its number.
                const std::string name = med == meds.end()
                                             ? fill(translate("relief::core::entry_text", "medication %1"), {std::to_string(d.medication_id)})
                                             : med->name;
                //: %1: the medication, %2: the amount (such as 10 mg).
                return fill(d.status == DoseStatus::skipped ? translate("relief::core::entry_text", "dose: %1 %2 skipped")
                                                            : translate("relief::core::entry_text", "dose: %1 %2 taken"),
                            {name, d.amount.display()});
            },
            [](const PainEntry& p) {
                const std::string score = pain_words(p.score);
                //: %1: the score (7/10 (severe)), %2: where, %3: what it is like.
                if (!p.locations.empty() && !p.qualities.empty())
                    return fill(translate("relief::core::entry_text", "pain %1: %2; %3"),
                                {score, readable_list(p.locations), readable_list(p.qualities)});
                //: %1: the score (7/10 (severe)), %2: where it hurts or what it is like.
                if (!p.locations.empty() || !p.qualities.empty())
                    return fill(translate("relief::core::entry_text", "pain %1: %2"),
                                {score, readable_list(p.locations.empty() ? p.qualities : p.locations)});
                return fill(translate("relief::core::entry_text", "pain %1"), {score});
            },
            [](const SideEffectEntry& s) {
                //: %1: the side effect, %2: mild, moderate or severe.
                return fill(translate("relief::core::entry_text", "side effect: %1 (%2)"), {readable_term(s.name), severity_word(s.severity)});
            },
            [](const CrampEntry& c) {
                std::vector<std::string> parts;
                if (!c.location.empty()) parts.push_back(readable_term(c.location));
                //: How long a cramp lasted.
                if (c.minutes) parts.push_back(fill(translate("relief::core::entry_text", "%1 min"), {std::to_string(*c.minutes)}));
                if (c.severity) parts.push_back(fill(translate("relief::core::entry_text", "severity %1/10"), {std::to_string(*c.severity)}));
                if (parts.empty()) return translate("relief::core::entry_text", "cramp");
                std::string details;
                for (std::size_t i = 0; i < parts.size(); ++i) details += (i ? ", " : "") + parts[i];
                //: %1: where, how long and how bad, as known.
                return fill(translate("relief::core::entry_text", "cramp: %1"), {details});
            },
            [](const MeasureEntry& m) {
                //: Something done against the pain: %1 such as heat, %2 minutes.
                if (m.minutes)
                    return fill(translate("relief::core::entry_text", "measure: %1, %2 min"), {readable_term(m.name), std::to_string(*m.minutes)});
                return fill(translate("relief::core::entry_text", "measure: %1"), {readable_term(m.name)});
            },
            [](const FluidsEntry& f) {
                // Two sources so that English, which has no translation, still says "1 glass".
                return f.glasses == 1 ? translate("relief::core::entry_text", "fluids: %n glass", nullptr, f.glasses)
                                      : translate("relief::core::entry_text", "fluids: %n glasses", nullptr, f.glasses);
            },
            [](const AlcoholEntry& a) {
                return a.drinks == 1 ? translate("relief::core::entry_text", "alcohol: %n drink", nullptr, a.drinks)
                                     : translate("relief::core::entry_text", "alcohol: %n drinks", nullptr, a.drinks);
            },
            [](const SymptomEntry& s) { return fill(translate("relief::core::entry_text", "symptom: %1"), {readable_term(s.name)}); },
            //: A note the person wrote; %1 is the note itself.
            [](const NoteEntry& n) { return fill(translate("relief::core::entry_text", "note: %1"), {n.text}); },
            [](const PegEntry& p) {
                //: The PEG scale (Pain, Enjoyment of life, General activity, each 0-10): %1 the mean
                //: score, %2 pain, %3 enjoyment of life, %4 general activity.
                return fill(translate("relief::core::entry_text", "PEG %1: pain %2, enjoyment of life %3, general activity %4"),
                            {display_decimal(std::round(p.score() * 10) / 10, 1), std::to_string(p.pain), std::to_string(p.enjoyment),
                             std::to_string(p.activity)});
            },
            [](const SleepEntry& s) {
                //: %1: hours slept (such as 6 h 30 min), %2: the quality of sleep from 0 to 10.
                if (s.quality)
                    return fill(translate("relief::core::entry_text", "sleep: %1, quality %2/10"),
                                {format_sleep_duration(s.minutes), std::to_string(*s.quality)});
                return fill(translate("relief::core::entry_text", "sleep: %1"), {format_sleep_duration(s.minutes)});
            },
            [](const GoalEntry& g) {
                //: A goal of the day checked; %1 is the goal in the person's words.
                return fill(g.met ? translate("relief::core::entry_text", "goal met: %1") : translate("relief::core::entry_text", "goal not met: %1"), {g.goal});
            },
            [](const PgicEntry& p) {
                //: The patient's global impression of change: %1 the answer (such as much improved), %2 its number of 7.
                return fill(translate("relief::core::entry_text", "global impression of change: %1 (%2/7)"),
                            {pgic_display_words(p.answer), std::to_string(p.answer)});
            },
        },
        entry.data);
}

}  // namespace relief
