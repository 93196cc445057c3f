#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "core/vocabulary.h"
#include "rule_families.h"

namespace relief {

namespace {

constexpr const char* rule_id = "redflag.symptoms";
constexpr const char* ahcpr = "AHCPR acute low back problems guideline (1994): red flags";
constexpr const char* nass = "NASS Choosing Wisely";

// The words a person reads, for the canonical names of is_red_flag_symptom().
std::string plain_name(const std::string& symptom) {
    static const std::map<std::string, std::string, std::less<>> names{
        {"bladder-control-loss", "loss of bladder control"},
        {"bowel-control-loss", "loss of bowel control"},
        {"saddle-numbness", "numbness in the groin or saddle area"},
        {"leg-weakness", "leg weakness"},
        {"foot-drop", "foot drop"},
        {"fever-with-back-pain", "fever with back pain"},
        {"pain-after-fall", "back pain after a major fall or accident"},
    };
    if (const auto found = names.find(symptom); found != names.end()) return found->second;
    std::string text = symptom;
    std::replace(text.begin(), text.end(), '-', ' ');
    return text;
}

// "Fever with back pain" is the red flag; a person logs "fever" and, separately, the pain.
// Pain without a location counts as back pain: this is a back-pain journal.
bool back_pain_on(const AnalysisContext& ctx, LocalDay day) {
    for (const Entry* e : ctx.index.entries_on(day)) {
        const auto* pain = std::get_if<PainEntry>(&e->data);
        if (!pain || pain->score == 0) continue;
        if (pain->locations.empty()) return true;
        for (const auto& l : pain->locations)
            if (l == "lower-back" || l == "mid-back" || l == "upper-back") return true;
    }
    return false;
}

// The red-flag symptom a side effect's name means, or "" when it means none.
// Red flags are all known symptoms, so a lookup suffices: canonical() would search every
// side effect ("drowsiness") for near misses, which was most of a ten-year analysis.
std::string red_flag_name(const std::string& side_effect) {
    const auto name = symptom_names().known(side_effect);
    return name && (is_red_flag_symptom(*name) || *name == "fever") ? *name : "";
}

struct Sighting {
    int times = 0;
    std::string first_logged;  // "2026-03-05 14:10", on the clock where it was logged
};

}  // namespace

void check_red_flags(const AnalysisContext& ctx, std::vector<Alert>& out) {
    std::map<std::pair<std::string, LocalDay>, Sighting> seen;  // one alert per symptom and day
    for (const Entry* entry : ctx.index.entries()) {
        std::string logged;
        if (const auto* symptom = std::get_if<SymptomEntry>(&entry->data)) logged = symptom->name;
        // A red flag logged as a side effect ("foot drop") is still a red flag.
        if (const auto* effect = std::get_if<SideEffectEntry>(&entry->data)) logged = red_flag_name(effect->name);
        if (logged.empty()) continue;
        const std::string name = logged == "fever" && back_pain_on(ctx, entry->day) ? "fever-with-back-pain" : logged;
        if (!is_red_flag_symptom(name)) continue;
        Sighting& s = seen[{name, entry->day}];
        if (s.times++ == 0) s.first_logged = ctx.logged_at(*entry);
    }

    for (const auto& [key, sighting] : seen) {
        const auto& [symptom, day] = key;
        const std::string what = plain_name(symptom);
        const std::string message =
            "You logged " + what + " on " + format_day(day) +
            ". These symptoms need prompt medical attention. Seek urgent care "
            "now, and let your clinician know.";
        Alert alert = make_alert(rule_id, AlertSeverity::urgent, symptom + " on " + format_day(day),
                                 capitalised(what) + ": seek care now", message, {ahcpr, nass}, day);
        alert.evidence.push_back({"Symptom", symptom});
        alert.evidence.push_back({"First logged", sighting.first_logged});
        alert.evidence.push_back({"Times logged that day", std::to_string(sighting.times)});
        alert.evidence.push_back({"Threshold", "none: any logged red-flag symptom is urgent"});
        out.push_back(std::move(alert));
    }
}

}  // namespace relief
