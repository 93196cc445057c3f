#include "vocabulary.h"

#include "errors.h"
#include "translate.h"
#include "suggest.h"
#include "typed_text.h"
#include "unicode_text.h"

#include <algorithm>
#include <array>
#include <set>
#include <stdexcept>

namespace relief {

namespace {

// A new word longer than this is a sentence, which belongs in a note.
constexpr std::size_t max_new_name_length = 60;
constexpr std::size_t max_suggestions = 3;
constexpr std::array<std::string_view, 2> side_prefixes{"left-", "right-"};

// Left and right only mean something for paired parts of the body: "left-calf" is a
// place, "left-neck" is not. A property of the word, so it holds in any vocabulary.
bool takes_side(std::string_view name) {
    static const std::set<std::string_view> paired{
        "shoulder", "arm",         "elbow", "wrist",      "hand", "hip",  "buttock", "groin", "leg",
        "thigh",    "inner-thigh", "knee",  "below-knee", "shin", "calf", "ankle",   "foot",
    };
    return paired.contains(name);
}

struct SideSplit {
    std::string_view prefix;
    std::string rest;
};

std::optional<SideSplit> split_side(const std::string& key) {
    for (auto prefix : side_prefixes)
        if (key.size() > prefix.size() && key.starts_with(prefix))
            return SideSplit{prefix, key.substr(prefix.size())};
    return std::nullopt;
}

// Near misses of names and aliases, reported by the canonical name they stand for.
std::vector<std::string> near_names(const std::vector<Term>& terms, const std::string& key) {
    std::vector<std::string> keys;
    std::vector<std::string> owners;
    for (const auto& t : terms) {
        keys.push_back(t.name);
        owners.push_back(t.name);
        for (const auto& alias : t.aliases) {
            keys.push_back(normalise_term(alias));
            owners.push_back(t.name);
        }
    }
    auto owner_of = [&](const std::string& k) -> const std::string& {
        const auto at = std::find(keys.begin(), keys.end(), k) - keys.begin();
        return owners[static_cast<std::size_t>(at)];
    };

    std::vector<std::string> out;
    auto add = [&](std::string name) {
        if (out.size() < max_suggestions && std::find(out.begin(), out.end(), name) == out.end())
            out.push_back(std::move(name));
    };
    if (const auto side = split_side(key)) {
        for (const auto& k : closest(side->rest, keys, keys.size())) {
            const std::string& name = owner_of(k);
            if (takes_side(name)) add(std::string(side->prefix) + name);
        }
    }
    for (const auto& k : closest(key, keys, keys.size())) add(owner_of(k));
    return out;
}

// Letters, digits and hyphens (and any non-ASCII letter): a comma would split the word
// in a list, and punctuation in a name only makes two names for one thing.
bool plain_word(const std::string& key) {
    return std::all_of(key.begin(), key.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u >= 0x80;
    });
}

// What a closed vocabulary tells a person it accepts, with the names nearest to what was
// typed. The names stay English: they are the words the person may type.
std::string choices(const std::vector<std::string>& names, const std::vector<std::string>& near = {}) {
    const bool sided = std::any_of(names.begin(), names.end(), takes_side);
    const std::string all = join_choices(names);
    if (near.empty())
        return sided ? fill(translate("relief::core::vocabulary", "one of %1; paired parts such as 'calf' may start with 'left-' or 'right-'"),
                            {all})
                     : fill(translate("relief::core::vocabulary", "one of %1"), {all});
    //: %1: the names a person may type, %2: those nearest to what was typed.
    return sided ? fill(translate("relief::core::vocabulary", "one of %1; paired parts such as 'calf' may start with 'left-' or 'right-' "
                                       "(did you mean %2?)"),
                        {all, join_choices(near)})
                 : fill(translate("relief::core::vocabulary", "one of %1 (did you mean %2?)"), {all, join_choices(near)});
}

std::string trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n\f\v");
    if (first == std::string_view::npos) return "";
    const auto last = text.find_last_not_of(" \t\r\n\f\v");
    return std::string(text.substr(first, last - first + 1));
}


// The known terms as people read them (readable_term in entry_text.h): the words typed and
// stored stay English, what is shown is translated. A new word a person made up is shown as typed.
[[maybe_unused]] constexpr const char* display_terms[] = {
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "neck"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "upper back"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "mid back"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "lower back"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "shoulder"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "arm"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "elbow"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "wrist"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "hand"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "chest"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "abdomen"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "hip"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "buttock"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "groin"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "leg"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "thigh"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "inner thigh"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "knee"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "below knee"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "shin"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "calf"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "ankle"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "foot"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "head"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "jaw"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "whole body"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "aching"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "spasm"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "stiffness"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "burning"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "shooting"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "tingling"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "numbness"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "stabbing"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "throbbing"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "joint"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "electric"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "cramping"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "drowsiness"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "dizziness"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "dry mouth"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "confusion"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "fatigue"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "headache"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "nervousness"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "blurred vision"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "fast heartbeat"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "nausea"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "vomiting"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "constipation"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "weakness"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "low blood pressure"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "high blood pressure"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "slow heartbeat"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "insomnia"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "twitching"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "muscle weakness"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "hallucinations"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "rash"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "can't stay awake"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "slow breathing"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "agitation"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "tremor"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "sweating"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "unpleasant taste"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "swelling"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "shortness of breath"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "itching"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "diarrhea"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "stomach pain"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "heartburn"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "dilated pupils"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "dry eyes"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "urinary retention"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "unsteadiness"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "slurred speech"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "memory problems"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "loss of appetite"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "bladder control loss"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "bowel control loss"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "saddle numbness"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "leg weakness"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "foot drop"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "unexplained weight loss"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "night pain"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "leg numbness"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "weight loss"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "back pain"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "fever with back pain"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "pain after fall"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "fever"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "racing heart"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "seizure"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "palpitations"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "severe spasms"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "muscle stiffness"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "shivering"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "heat"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "ice"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "stretching"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "activity"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "exercise"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "physical therapy"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "massage"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "rest"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "hyperthyroidism"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "hypothyroidism"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "arrhythmia"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "heart block"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "heart failure"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "heart disease"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "recent heart attack"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "liver impairment"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "kidney disease"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "pregnancy"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "multiple sclerosis"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "spinal cord injury"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "cerebral palsy"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "low back pain"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "neck pain"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "sciatica"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "fibromyalgia"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "stroke"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "epilepsy"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "glaucoma"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "depression"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "sleep apnea"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "breastfeeding"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "hypertension"),
    RELIEF_TRANSLATE_NOOP("relief::core::vocabulary", "hypotension"),
};

}  // namespace

Vocabulary::Vocabulary(std::string field, Kind kind, std::vector<Term> terms)
    : field_(std::move(field)), kind_(kind), terms_(std::move(terms)) {
    // Guards the tables below: a key listed twice would make canonical() depend on order.
    std::set<std::string> keys;
    for (const auto& t : terms_) {
        if (t.name.empty() || normalise_term(t.name) != t.name)
            throw std::invalid_argument(field_ + " vocabulary: name '" + t.name +
                                        "' is not in canonical form");
        if (!keys.insert(t.name).second)
            throw std::invalid_argument(field_ + " vocabulary: '" + t.name + "' listed twice");
        for (const auto& alias : t.aliases) {
            // An alias may spell the name itself the way people write it ("can't stay awake").
            const auto key = normalise_term(alias);
            if (key.empty())
                throw std::invalid_argument(field_ + " vocabulary: empty alias of '" + t.name +
                                            "'");
            if (key != t.name && !keys.insert(key).second)
                throw std::invalid_argument(field_ + " vocabulary: alias '" + alias +
                                            "' listed twice");
            by_key_.emplace(key, t.name);
        }
        by_key_.emplace(t.name, t.name);
    }
}

std::optional<std::string> Vocabulary::find_plain(const std::string& key) const {
    const auto it = by_key_.find(key);
    if (it == by_key_.end()) return std::nullopt;
    return it->second;
}

std::optional<std::string> Vocabulary::find(const std::string& key) const {
    if (auto plain = find_plain(key)) return plain;
    if (const auto side = split_side(key)) {
        const auto base = find_plain(side->rest);
        if (base && takes_side(*base)) return std::string(side->prefix) + *base;
    }
    return std::nullopt;
}

std::optional<std::string> Vocabulary::known(std::string_view text) const { return find(normalise_term(text)); }

bool Vocabulary::holds(std::string_view stored) const {
    if (contains(stored)) return true;
    if (kind_ == Kind::closed) return false;
    const std::string word(stored);
    return !word.empty() && fits_characters(word, max_new_name_length) && normalise_term(word) == word &&
           plain_word(word) && is_clean_text(word);
}

bool Vocabulary::contains(std::string_view canonical) const {
    const auto found = find(std::string(canonical));
    return found && *found == canonical;
}

std::vector<std::string> Vocabulary::names() const {
    std::vector<std::string> out;
    out.reserve(terms_.size());
    for (const auto& t : terms_) out.push_back(t.name);
    return out;
}

std::string Vocabulary::canonical(std::string_view typed) const {
    // A hidden character would make a word that looks like a known one and is not.
    const std::string composed = nfc(typed);
    const std::string_view text = composed;
    check_visible(text, field_);
    const std::string key = normalise_term(text);
    if (auto found = find(key)) return *found;

    const auto all = names();
    if (key.empty()) {
        if (kind_ == Kind::closed) throw InputError(field_, std::string(text), choices(all));
        const auto count = std::min<std::size_t>(3, all.size());
        const std::vector<std::string> examples(all.begin(),
                                                all.begin() + static_cast<std::ptrdiff_t>(count));
        throw InputError(field_, std::string(text),
                         fill(translate("relief::core::vocabulary", "a name such as %1"), {join_choices(examples)}));
    }

    const auto near = near_names(terms_, key);
    if (kind_ == Kind::closed)
        throw InputError(field_, std::string(text), choices(all, near));
    if (!near.empty())
        //: %1: what the field holds (such as side effect), %2: the known names nearest to what was typed.
        throw InputError(field_, std::string(text),
                         fill(translate("relief::core::vocabulary", "a known %1 or a new name not this close to one (did you mean %2?)"),
                              {display_field(field_), join_choices(near)}));
    if (!fits_characters(key, max_new_name_length))
        throw InputError(field_, std::string(text),
                         fill(translate("relief::core::vocabulary", "a name of at most %1 characters (longer text belongs in a note)"),
                              {std::to_string(max_new_name_length)}));
    // The typed text, not only the key, must be valid UTF-8: stray bytes around a removed
    // apostrophe can join into a curly one, a key that would not read back as itself.
    if (!plain_word(key) || !is_clean_text(text))
        throw InputError(field_, std::string(text),
                         translate("relief::core::vocabulary", "a name made of letters, digits, spaces and hyphens"));
    return key;
}

std::vector<std::string> Vocabulary::canonical_list(std::string_view comma_separated) const {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const auto comma = comma_separated.find(',', start);
        const auto piece = trim(comma_separated.substr(
            start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        if (normalise_term(piece).empty())
            throw InputError(field_, std::string(comma_separated),
                             translate("relief::core::vocabulary", "names separated by commas, with no empty item"));
        auto name = canonical(piece);
        if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return out;
}

const Vocabulary& body_locations() {
    static const Vocabulary v{
        "body location",
        Vocabulary::Kind::closed,
        {
            {"neck", {"cervical"}},
            {"upper-back",
             {"upperback", "between-shoulder-blades", "between-the-shoulder-blades",
              "shoulder-blades"}},
            {"mid-back", {"middle-back", "midback", "thoracic"}},
            // "Back" alone is what most people with back pain mean by it: the low back.
            {"lower-back",
             {"low-back", "lowerback", "lumbar", "back", "my-back", "small-of-the-back",
              "small-of-back"}},
            {"shoulder", {"shoulders"}},
            {"arm", {"arms", "upper-arm", "forearm"}},
            {"elbow", {"elbows"}},
            {"wrist", {"wrists"}},
            {"hand", {"hands", "fingers"}},
            {"chest", {}},
            {"abdomen", {"belly", "tummy", "abdominal"}},
            {"hip", {"hips"}},
            {"buttock", {"buttocks", "glute", "glutes", "bottom", "butt", "bum", "butt-cheek"}},
            // The saddle area: numbness here is a red flag (red_flag_in_pain).
            {"groin", {"crotch", "perineum", "saddle", "saddle-area", "between-the-legs"}},
            // A whole leg, or a leg without saying where on it: sciatica is felt along it.
            {"leg", {"legs", "whole-leg", "entire-leg", "down-the-leg", "down-my-leg"}},
            {"thigh",
             {"thighs", "hamstring", "hamstrings", "quadriceps", "quads", "upper-leg",
              "outer-thigh"}},
            {"inner-thigh", {"inner-thighs", "inside-of-the-thigh", "inside-thigh"}},
            {"knee", {"knees"}},
            {"below-knee", {"below-the-knee", "lower-leg"}},
            {"shin", {"shins"}},
            {"calf", {"calves"}},
            {"ankle", {"ankles"}},
            {"foot", {"feet", "toes", "sole"}},
            {"head", {}},
            {"jaw", {}},
            {"whole-body", {"all-over", "everywhere"}},
        },
    };
    return v;
}

const Vocabulary& pain_qualities() {
    static const Vocabulary v{
        "pain quality",
        Vocabulary::Kind::closed,
        {
            {"aching", {"ache", "achy", "dull"}},
            {"spasm", {"spasms", "spasming"}},
            {"stiffness", {"stiff", "tight", "tightness"}},
            {"burning", {"burn", "burns"}},
            {"shooting", {"radiating"}},
            {"tingling", {"pins-and-needles", "pins & needles", "prickling", "tingly", "tingle"}},
            {"numbness", {"numb", "no-feeling", "loss-of-feeling", "lost-feeling"}},
            {"stabbing", {"sharp"}},
            {"throbbing", {"pulsing"}},
            {"joint", {"joint-pain"}},
            {"electric", {"electric-shock", "electric-shocks", "shock-like"}},
            {"cramping", {"cramp", "cramps"}},
        },
    };
    return v;
}

const Vocabulary& side_effect_names() {
    static const Vocabulary v{
        "side effect",
        Vocabulary::Kind::open,
        {
            {"drowsiness", {"sleepy", "sleepiness", "drowsy", "sedation", "sedated"}},
            {"dizziness", {"dizzy", "lightheaded", "light-headed", "vertigo"}},
            {"dry-mouth", {"cottonmouth"}},
            {"confusion", {"confused"}},
            {"fatigue", {"tired", "tiredness", "exhaustion", "exhausted"}},
            {"headache", {"headaches"}},
            {"nervousness", {"nervous", "jittery", "anxious"}},
            {"blurred-vision", {"blurry-vision", "blurred", "blurry"}},
            {"fast-heartbeat",
             {"racing-heart", "palpitations", "rapid-heartbeat", "fast-heart-rate"}},
            {"nausea", {"nauseous", "nauseated", "queasy"}},
            {"vomiting", {"vomit", "throwing-up"}},
            {"constipation", {"constipated"}},
            {"weakness", {"weak"}},
            {"low-blood-pressure", {"hypotension", "low-bp"}},
            {"high-blood-pressure", {"hypertension", "high-bp"}},
            {"slow-heartbeat", {"slow-heart-rate", "bradycardia"}},
            {"insomnia", {"cant-sleep", "sleeplessness"}},
            {"twitching", {"muscle-twitching", "twitches", "twitch"}},
            {"muscle-weakness", {"weak-muscles"}},
            {"hallucinations", {"hallucinating", "hallucination", "seeing-things"}},
            {"rash", {"skin-rash"}},
            {"cant-stay-awake", {"can't stay awake", "cannot-stay-awake"}},
            {"slow-breathing", {"shallow-breathing", "breathing-slowly"}},
            {"agitation", {"agitated", "restless", "restlessness"}},
            {"tremor", {"tremors", "shaking", "shaky", "shakiness"}},
            {"sweating", {"sweats", "sweaty"}},
            {"unpleasant-taste", {"bad-taste", "metallic-taste"}},
            {"swelling", {"swollen"}},
            {"shortness-of-breath", {"short-of-breath", "breathless"}},
            {"itching", {"itchy", "itch"}},
            {"diarrhea", {"diarrhoea"}},
            {"stomach-pain", {"stomach-ache", "stomachache", "abdominal-pain"}},
            {"heartburn", {"indigestion"}},
            {"dilated-pupils", {}},
            {"dry-eyes", {}},
            {"urinary-retention",
             {"cant-urinate", "trouble-urinating", "cant-pee", "cannot-pee", "cannot-urinate",
              "difficulty-urinating", "difficulty-passing-urine"}},
            {"unsteadiness", {"unsteady", "clumsiness", "poor-coordination"}},
            {"slurred-speech", {}},
            {"memory-problems", {"forgetfulness", "forgetful"}},
            {"loss-of-appetite", {"no-appetite"}},
            {"tingling", {"pins-and-needles", "pins & needles", "prickling", "tingly", "tingle"}},
        },
    };
    return v;
}

const Vocabulary& symptom_names() {
    static const Vocabulary v{
        "symptom",
        Vocabulary::Kind::open,
        {
            {"bladder-control-loss",
             {"loss-of-bladder-control", "bladder-incontinence", "urinary-incontinence",
              "incontinence", "cant-hold-urine"}},
            {"bowel-control-loss",
             {"loss-of-bowel-control", "bowel-incontinence", "fecal-incontinence",
              "faecal-incontinence"}},
            {"saddle-numbness",
             {"groin-numbness", "numb-groin", "saddle-anesthesia", "saddle-anaesthesia",
              "numbness-in-groin", "numbness-in-the-groin", "saddle-area-numbness", "numb-bum",
              "numb-butt", "numb-buttocks", "numb-crotch", "numb-between-the-legs"}},
            {"leg-weakness",
             {"weak-legs", "weak-leg", "left-leg-weakness", "right-leg-weakness", "legs-giving-way",
              "leg-giving-way"}},
            {"foot-drop", {"drop-foot", "dropped-foot", "left-foot-drop", "right-foot-drop"}},
            // New difficulty passing urine: the commonest bladder sign of cauda equina.
            {"urinary-retention",
             {"cant-pee", "cannot-pee", "cant-urinate", "cannot-urinate", "unable-to-urinate",
              "unable-to-pee", "trouble-urinating", "difficulty-urinating",
              "difficulty-passing-urine", "cant-pass-urine", "cannot-pass-urine", "urine-retention",
              "retention-of-urine"}},
            {"unexplained-weight-loss",
             {"unintended-weight-loss", "unintentional-weight-loss", "losing-weight-without-trying",
              "weight-loss-without-trying", "unexplained-weight-drop"}},
            {"night-pain",
             {"pain-at-night", "night-time-pain", "nighttime-pain", "pain-at-rest", "rest-pain",
              "pain-wakes-me", "pain-wakes-me-up", "woken-by-pain", "pain-waking-me-up",
              "night-pains"}},
            // Not red flags; listed so that they are not refused as near misses of those that are.
            {"leg-numbness", {"numb-leg", "numb-legs"}},
            {"numbness", {"numb"}},
            {"tingling", {"pins-and-needles", "pins & needles", "prickling", "tingly", "tingle"}},
            {"weight-loss", {"losing-weight", "lost-weight"}},
            {"back-pain", {"backache", "back-ache", "sore-back"}},
            {"fever-with-back-pain", {"back-pain-with-fever", "fever-and-back-pain"}},
            {"pain-after-fall",
             {"major-fall", "accident", "pain-after-accident", "back-pain-after-fall",
              "car-accident"}},
            {"fever", {"feverish", "high-temperature", "temperature"}},
            {"agitation", {"agitated", "restless", "restlessness"}},
            {"tremor", {"tremors", "shaking", "shaky", "shakiness"}},
            {"racing-heart", {"fast-heartbeat", "rapid-heartbeat", "heart-racing"}},
            {"hallucinations", {"hallucinating", "hallucination", "seeing-things"}},
            {"confusion", {"confused"}},
            {"seizure", {"seizures", "convulsion", "convulsions"}},
            {"palpitations", {"palpitation", "pounding-heart", "heart-pounding"}},
            {"severe-spasms", {"rebound-spasms", "worse-spasms", "worsening-spasms"}},
            {"cant-stay-awake", {"can't stay awake", "cannot-stay-awake"}},
            {"slow-breathing", {"shallow-breathing", "breathing-slowly"}},
            {"muscle-stiffness", {"stiff-muscles", "rigidity", "muscle-rigidity"}},
            {"sweating", {"sweats", "sweaty"}},
            {"shivering", {"shivers", "chills"}},
        },
    };
    return v;
}

const Vocabulary& measure_names() {
    static const Vocabulary v{
        "measure",
        Vocabulary::Kind::closed,
        {
            {"heat", {"heating-pad", "hot-pack", "warm-compress", "hot-water-bottle", "hot-bath"}},
            {"ice", {"cold", "cold-pack", "ice-pack"}},
            {"stretching", {"stretch", "stretches", "yoga"}},
            {"activity", {"walk", "walking", "gentle-activity"}},
            {"exercise", {"exercises", "workout", "gym", "swimming"}},
            {"physical-therapy", {"pt", "physio", "physiotherapy"}},
            {"massage", {}},
            {"rest", {}},
        },
    };
    return v;
}

const Vocabulary& condition_names() {
    static const Vocabulary v{
        "condition",
        Vocabulary::Kind::open,
        {
            {"hyperthyroidism", {"overactive-thyroid", "hyperthyroid", "graves-disease"}},
            // Listed so that they are not refused as near misses of the conditions above.
            {"hypothyroidism", {"underactive-thyroid", "hypothyroid"}},
            {"arrhythmia", {"arrhythmias", "irregular-heartbeat", "atrial-fibrillation", "afib"}},
            {"heart-block", {"heart-conduction-disorder", "conduction-disorder"}},
            {"heart-failure", {"congestive-heart-failure", "chf"}},
            {"heart-disease", {"coronary-artery-disease", "coronary-heart-disease"}},
            {"recent-heart-attack", {"heart-attack", "myocardial-infarction"}},
            {"liver-impairment",
             {"liver-disease", "hepatic-impairment", "cirrhosis", "liver-cirrhosis"}},
            {"kidney-disease",
             {"kidney-impairment", "kidney-failure", "renal-impairment", "renal-disease",
              "renal-failure", "ckd"}},
            {"pregnancy", {"pregnant"}},
            {"multiple-sclerosis", {"ms"}},
            {"spinal-cord-injury", {"sci"}},
            {"cerebral-palsy", {"cp"}},
            {"low-back-pain", {"lower-back-pain", "back-pain"}},
            {"neck-pain", {}},
            {"sciatica", {}},
            {"fibromyalgia", {}},
            {"stroke", {}},
            {"epilepsy", {"seizure-disorder"}},
            {"glaucoma", {}},
            {"urinary-retention", {}},
            {"depression", {}},
            {"sleep-apnea", {"sleep-apnoea", "obstructive-sleep-apnea"}},
            {"breastfeeding", {"breast-feeding", "nursing", "lactation"}},
            {"hypertension", {"high-blood-pressure"}},
            {"hypotension", {"low-blood-pressure"}},
        },
    };
    return v;
}

bool is_red_flag_symptom(std::string_view canonical) {
    static const std::set<std::string, std::less<>> red_flags{
        "bladder-control-loss",    "bowel-control-loss", "saddle-numbness",
        "urinary-retention",       "leg-weakness",       "foot-drop",
        "fever-with-back-pain",    "pain-after-fall",    "night-pain",
        "unexplained-weight-loss",
    };
    return red_flags.contains(canonical);
}

std::string red_flag_in_pain(const std::vector<std::string>& locations,
                             const std::vector<std::string>& qualities) {
    const bool numb = std::any_of(qualities.begin(), qualities.end(), [](const std::string& q) {
        return q == "numbness" || q == "tingling";
    });
    if (!numb) return "";
    bool left_buttock = false;
    bool right_buttock = false;
    for (const auto& l : locations) {
        const auto side = split_side(l);
        const std::string part = side ? side->rest : l;
        if (part == "groin" || part == "inner-thigh") return "saddle-numbness";
        if (l == "buttock") return "saddle-numbness";
        left_buttock = left_buttock || l == "left-buttock";
        right_buttock = right_buttock || l == "right-buttock";
    }
    // One buttock alone is how sciatica is felt; the saddle is both sides, or the middle.
    return left_buttock && right_buttock ? "saddle-numbness" : "";
}

}  // namespace relief
