#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "core/entry_text.h"
#include "core/vocabulary.h"
#include "rule_families.h"

namespace relief {

namespace {

constexpr const char* rule_id = "redflag.symptoms";
constexpr const char* ahcpr = "AHCPR acute low back problems guideline (1994): red flags";
constexpr const char* nass = "NASS Choosing Wisely";
// Fever and back pain belong together when logged this close, whatever the calendar says.
constexpr auto fever_pairing_window = std::chrono::hours{24};

// The words a person reads, for the canonical names of is_red_flag_symptom(), in the current
// language (they also make the alert's topic, which the visit report's question reads).
std::string plain_name(const std::string& symptom) {
    if (symptom == "bladder-control-loss") return translate("relief::alerts::red_flags", "loss of bladder control");
    if (symptom == "bowel-control-loss") return translate("relief::alerts::red_flags", "loss of bowel control");
    if (symptom == "saddle-numbness")
        return translate("relief::alerts::red_flags", "numbness in the groin or saddle area");
    if (symptom == "urinary-retention") return translate("relief::alerts::red_flags", "new difficulty passing urine");
    if (symptom == "leg-weakness") return translate("relief::alerts::red_flags", "leg weakness");
    if (symptom == "foot-drop") return translate("relief::alerts::red_flags", "foot drop");
    if (symptom == "fever-with-back-pain") return translate("relief::alerts::red_flags", "fever with back pain");
    if (symptom == "pain-after-fall")
        return translate("relief::alerts::red_flags", "back pain after a major fall or accident");
    if (symptom == "night-pain") return translate("relief::alerts::red_flags", "pain at night or at rest");
    if (symptom == "unexplained-weight-loss")
        return translate("relief::alerts::red_flags", "unexplained weight loss");
    std::string text = symptom;
    std::replace(text.begin(), text.end(), '-', ' ');
    return text;
}

// The symptom a symptom or side effect entry names, by name or alias, or "". Stored words
// are looked up, not canonicalised: a word an older version kept as new ("cant-pee") may
// since have become an alias of a red flag, and canonical() would search every side effect
// ("drowsiness") for near misses, which was most of a ten-year analysis.
std::string symptom_of(const Entry& entry) {
    std::optional<std::string> name;
    if (const auto* symptom = std::get_if<SymptomEntry>(&entry.data))
        name = symptom_names().known(symptom->name);
    if (const auto* effect = std::get_if<SideEffectEntry>(&entry.data))
        name = symptom_names().known(effect->name);
    return name.value_or("");
}

bool is_back(const std::string& location) {
    return location == "lower-back" || location == "mid-back" || location == "upper-back";
}

// Pain without a location counts as back pain: this is a back-pain journal.
bool is_back_pain(const PainEntry& pain) {
    return pain.score >= 1 && (pain.locations.empty() ||
                               std::any_of(pain.locations.begin(), pain.locations.end(), is_back));
}

// "pain 6/10 (moderate): groin; numbness", as the day view shows it.
std::string what_was_logged(const AnalysisContext& ctx, const Entry& entry) {
    return describe_entry(entry, ctx.index.medications());
}

// "23 h 30 min"
std::string apart_text(Instant a, Instant b) {
    const auto minutes =
        std::chrono::duration_cast<std::chrono::minutes>(a > b ? a - b : b - a).count();
    //: Hours and minutes between two entries: "23 h 30 min".
    return fill(translate("relief::alerts::red_flags", "%1 h %2 min"),
                {std::to_string(minutes / 60), std::to_string(minutes % 60)});
}

// The first time a red flag was seen on a day, and how often.
struct Sighting {
    int times = 0;
    std::string sentence;         // "You logged ... ."
    std::vector<Evidence> facts;  // each fact with the date and time it was logged
    std::string threshold = translate("relief::alerts::red_flags", "none: any logged red-flag symptom is urgent");
};

using Sightings =
    std::map<std::pair<std::string, LocalDay>, Sighting>;  // one alert per flag and day

void sight(Sightings& seen, const std::string& flag, LocalDay day,
           const std::function<Sighting()>& first) {
    Sighting& s = seen[{flag, day}];
    if (s.times++ == 0) {
        const int times = s.times;
        s = first();
        s.times = times;
    }
}

// Fever (a symptom, or a side effect that means it) and back pain logged within 24 hours of
// each other, in either order. Each fever is raised once, on the day its pair was complete:
// its own day when back pain came before it, else the day of the first back pain after it.
void pair_fevers(const AnalysisContext& ctx, Sightings& seen) {
    std::vector<const Entry*> fevers;
    std::vector<const Entry*> back_pains;  // in time order, as entries() is
    // A fever on the look-back's first day may pair with back pain of the day before, and
    // one of the day before with back pain of the day before that (then it is not raised).
    const LocalDay start = event_look_back_start(ctx.as_of());
    for (const Entry* e : ctx.index.entries_from(start - date::days{2})) {
        if (e->day < start - date::days{2}) continue;
        if (const auto* pain = std::get_if<PainEntry>(&e->data)) {
            if (is_back_pain(*pain)) back_pains.push_back(e);
            continue;
        }
        const std::string name = symptom_of(*e);
        if (name == "back-pain") back_pains.push_back(e);
        if (name == "fever") fevers.push_back(e);
    }
    if (fevers.empty() || back_pains.empty()) return;

    const auto by_time = [](const Entry* e, Instant t) { return e->at < t; };
    for (const Entry* fever : fevers) {
        const auto after = std::lower_bound(back_pains.begin(), back_pains.end(),
                                            fever->at + std::chrono::seconds{1}, by_time);
        const Entry* pain = nullptr;
        if (after != back_pains.begin() &&
            fever->at - (*std::prev(after))->at <= fever_pairing_window)
            pain = *std::prev(after);  // the nearest before (or at the same minute as) the fever
        else if (after != back_pains.end() && (*after)->at - fever->at <= fever_pairing_window)
            pain = *after;
        if (!pain) continue;
        const Entry& later = pain->at > fever->at ? *pain : *fever;
        if (later.day < start) continue;
        sight(seen, "fever-with-back-pain", later.day, [&] {
            Sighting s;
            //: %1 and %2: the day and time each was logged; %3: the time between them ("5 h 0 min").
            s.sentence = fill(translate("relief::alerts::red_flags", "You logged fever (%1) and back pain (%2), %3 apart."),
                              {ctx.logged_at(*fever), ctx.logged_at(*pain), apart_text(fever->at, pain->at)});
            s.facts = {
                {translate("relief::alerts::red_flags", "Fever logged"),
                 ctx.logged_at(*fever) + ", " + what_was_logged(ctx, *fever)},
                {translate("relief::alerts::red_flags", "Back pain logged"),
                 ctx.logged_at(*pain) + ", " + what_was_logged(ctx, *pain)},
                {translate("relief::alerts::red_flags", "Time apart"), apart_text(fever->at, pain->at)}};
            s.threshold = translate("relief::alerts::red_flags", "fever and back pain logged within 24 hours of each other");
            return s;
        });
    }
}

}  // namespace

void check_red_flags(const AnalysisContext& ctx, std::vector<Alert>& out) {
    Sightings seen;
    const bool known_retention =
        std::ranges::find(ctx.index.profile().conditions, "urinary-retention") !=
        ctx.index.profile().conditions.end();
    const LocalDay start = event_look_back_start(ctx.as_of());
    for (const Entry* entry : ctx.index.entries_from(start)) {
        if (entry->day < start) continue;
        std::string flag = symptom_of(*entry);
        bool from_pain = false;
        if (const auto* pain = std::get_if<PainEntry>(&entry->data)) {
            flag = red_flag_in_pain(pain->locations, pain->qualities);
            from_pain = true;
        }
        if (!is_red_flag_symptom(flag)) continue;
        // The red flag is *new* difficulty passing urine: a known retention has its clinician.
        if (flag == "urinary-retention" && known_retention) continue;
        sight(seen, flag, entry->day, [&] {
            Sighting s;
            //: %1: a red-flag symptom ("leg weakness"); %2: a day.
            s.sentence = fill(translate("relief::alerts::red_flags", "You logged %1 on %2."),
                              {plain_name(flag), display_day(entry->day)});
            s.facts = {{translate("relief::alerts::red_flags", "First logged"), ctx.logged_at(*entry)}};
            if (from_pain) {
                s.facts.push_back({translate("relief::alerts::red_flags", "Logged as"), what_was_logged(ctx, *entry)});
                s.threshold = translate("relief::alerts::red_flags",
                                        "numbness or tingling logged at the groin, an inner thigh or both buttocks");
            } else if (std::holds_alternative<SideEffectEntry>(entry->data)) {
                s.facts.push_back({translate("relief::alerts::red_flags", "Logged as"), what_was_logged(ctx, *entry)});
            }
            return s;
        });
    }
    pair_fevers(ctx, seen);

    // One alert per red flag, about its latest day: logged again later, it is the same
    // alert back (and raised again even when discussed: see docs/alerts.md).
    std::map<std::string, std::pair<LocalDay, int>> latest;  // symptom -> (day, days logged)
    for (const auto& [key, sighting] : seen) {
        auto& l = latest[key.first];
        l = {key.second, l.second + 1};
    }
    for (const auto& [key, sighting] : seen) {
        const auto& [symptom, day] = key;
        if (latest.at(symptom).first != day) continue;
        const std::string what = plain_name(symptom);
        const std::string message =
            sighting.sentence + " " +
            translate("relief::alerts::red_flags",
                      "These symptoms need prompt medical attention. Seek urgent care now, and let your clinician know.");
        Alert alert = make_alert(rule_id, AlertSeverity::urgent, symptom,
                                 //: %1: a red-flag symptom ("Leg weakness").
                                 fill(translate("relief::alerts::red_flags", "%1: seek care now"), {capitalised(what)}),
                                 message, {ahcpr, nass}, day);
        alert.topic = what;
        alert.last_seen = day;
        alert.evidence.push_back({translate("relief::alerts::red_flags", "Symptom"), symptom});
        if (const int days = latest.at(symptom).second; days > 1)
            alert.evidence.push_back(
                {translate("relief::alerts::red_flags", "Days logged in the last 12 months"), std::to_string(days)});
        for (const auto& fact : sighting.facts) alert.evidence.push_back(fact);
        alert.evidence.push_back(
            {translate("relief::alerts::red_flags", "Times logged that day"), std::to_string(sighting.times)});
        alert.evidence.push_back({translate("relief::alerts::red_flags", "Threshold"), sighting.threshold});
        out.push_back(std::move(alert));
    }
}

}  // namespace relief
