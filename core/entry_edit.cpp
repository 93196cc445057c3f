#include "entry_edit.h"

#include "errors.h"
#include "translate.h"
#include "typed_text.h"
#include "unicode_text.h"
#include "vocabulary.h"
#include "zone.h"

#include <algorithm>

namespace relief {

namespace {

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : ",") + w;
    return out;
}

std::string optional_text(const std::optional<int>& v) { return v ? std::to_string(*v) : std::string(); }

std::optional<int> optional_int(const std::string& text, int low, int high, const std::string& field) {
    if (text.empty()) return std::nullopt;
    return parse_int_in_range(text, low, high, field);
}

// The keys each kind takes besides "time" and "day".
std::vector<std::string> kind_keys(const EntryData& data) {
    return std::visit(
        [](const auto& d) -> std::vector<std::string> {
            using T = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<T, PainEntry>) return {"score", "locations", "qualities"};
            else if constexpr (std::is_same_v<T, DoseEntry>) return {"amount", "status"};
            else if constexpr (std::is_same_v<T, SideEffectEntry>) return {"name", "severity"};
            else if constexpr (std::is_same_v<T, CrampEntry>) return {"location", "minutes", "severity"};
            else if constexpr (std::is_same_v<T, MeasureEntry>) return {"name", "minutes"};
            else if constexpr (std::is_same_v<T, FluidsEntry> || std::is_same_v<T, AlcoholEntry>) return {"count"};
            else if constexpr (std::is_same_v<T, SymptomEntry>) return {"name"};
            else if constexpr (std::is_same_v<T, PegEntry>) return {"pain", "enjoyment", "activity"};
            else if constexpr (std::is_same_v<T, SleepEntry>) return {"hours", "quality"};
            else if constexpr (std::is_same_v<T, GoalEntry>) return {"met"};
            else if constexpr (std::is_same_v<T, PgicEntry>) return {"answer"};
            else return {"text"};
        },
        data);
}

struct Applier {
    const std::string& key;
    const std::string& value;

    void operator()(PainEntry& p) const {
        if (key == "score") p.score = parse_int_in_range(value, 0, max_pain_score, "pain score");
        if (key == "locations") p.locations = body_locations().canonical_list(value);
        if (key == "qualities") p.qualities = pain_qualities().canonical_list(value);
    }
    void operator()(DoseEntry& d) const {
        if (key == "amount") d.amount = Amount::parse(value, "amount");
        if (key == "status") d.status = parse_dose_status(value, "status");
    }
    void operator()(SideEffectEntry& s) const {
        if (key == "name") s.name = side_effect_names().canonical(value);
        if (key == "severity") s.severity = parse_severity(value, "severity");
    }
    void operator()(CrampEntry& c) const {
        if (key == "location") c.location = value.empty() ? std::string() : body_locations().canonical(value);
        if (key == "minutes") c.minutes = optional_int(value, 1, max_cramp_minutes, "minutes");
        if (key == "severity") c.severity = optional_int(value, 0, max_pain_score, "cramp severity");
    }
    void operator()(MeasureEntry& m) const {
        if (key == "name") m.name = measure_names().canonical(value);
        if (key == "minutes") m.minutes = optional_int(value, 1, 24 * 60, "minutes");
    }
    void operator()(FluidsEntry& f) const { f.glasses = parse_int_in_range(value, 1, max_count_per_entry, "glasses"); }
    void operator()(AlcoholEntry& a) const { a.drinks = parse_int_in_range(value, 1, max_count_per_entry, "drinks"); }
    void operator()(SymptomEntry& s) const { s.name = symptom_names().canonical(value); }
    void operator()(NoteEntry& n) const {
        n.text = nfc(value);
        check_note_text(n.text, "note", max_note_length);
    }
    void operator()(PegEntry& p) const {
        if (key == "pain") p.pain = parse_int_in_range(value, 0, 10, "PEG pain");
        if (key == "enjoyment") p.enjoyment = parse_int_in_range(value, 0, 10, "PEG enjoyment of life");
        if (key == "activity") p.activity = parse_int_in_range(value, 0, 10, "PEG general activity");
    }
    void operator()(SleepEntry& s) const {
        if (key == "hours") s.minutes = parse_sleep_duration(value, "hours slept");
        if (key == "quality") s.quality = optional_int(value, 0, 10, "sleep quality");
    }
    void operator()(GoalEntry& g) const {
        if (key == "met") g.met = parse_met(value, "met");
    }
    void operator()(PgicEntry& p) const {
        if (key == "answer") p.answer = parse_pgic(value, "global impression of change");
    }
};

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

EntryFields entry_fields(const Entry& entry) {
    const Zone zone = Zone::locate(entry.zone);
    const auto local = zone.local_time(entry.at);
    EntryFields out{{"time", date::format("%R", local)}, {"day", format_day(entry.day)}};
    std::visit(
        [&](const auto& d) {
            using T = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<T, PainEntry>) {
                out["score"] = std::to_string(d.score);
                out["locations"] = join(d.locations);
                out["qualities"] = join(d.qualities);
            } else if constexpr (std::is_same_v<T, DoseEntry>) {
                out["amount"] = d.amount.to_string();
                out["status"] = std::string(to_string(d.status));
            } else if constexpr (std::is_same_v<T, SideEffectEntry>) {
                out["name"] = d.name;
                out["severity"] = std::string(to_string(d.severity));
            } else if constexpr (std::is_same_v<T, CrampEntry>) {
                out["location"] = d.location;
                out["minutes"] = optional_text(d.minutes);
                out["severity"] = optional_text(d.severity);
            } else if constexpr (std::is_same_v<T, MeasureEntry>) {
                out["name"] = d.name;
                out["minutes"] = optional_text(d.minutes);
            } else if constexpr (std::is_same_v<T, FluidsEntry>) {
                out["count"] = std::to_string(d.glasses);
            } else if constexpr (std::is_same_v<T, AlcoholEntry>) {
                out["count"] = std::to_string(d.drinks);
            } else if constexpr (std::is_same_v<T, SymptomEntry>) {
                out["name"] = d.name;
            } else if constexpr (std::is_same_v<T, PegEntry>) {
                out["pain"] = std::to_string(d.pain);
                out["enjoyment"] = std::to_string(d.enjoyment);
                out["activity"] = std::to_string(d.activity);
            } else if constexpr (std::is_same_v<T, SleepEntry>) {
                // The field is typed back and parsed: it keeps the units the parser reads.
                const TranslationsScope english(nullptr);
                out["hours"] = format_sleep_duration(d.minutes);
                out["quality"] = optional_text(d.quality);
            } else if constexpr (std::is_same_v<T, GoalEntry>) {
                out["met"] = d.met ? "yes" : "no";
            } else if constexpr (std::is_same_v<T, PgicEntry>) {
                out["answer"] = std::to_string(d.answer);
            } else {
                out["text"] = d.text;
            }
        },
        entry.data);
    return out;
}

Entry edited_entry(const Entry& entry, const EntryFields& changes) {
    Entry out = entry;
    const auto keys = kind_keys(entry.data);
    for (const auto& [key, raw] : changes) {
        if (key == "time" || key == "day") continue;
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
            std::string allowed = "time, day";
            for (const auto& k : keys) allowed += ", " + k;
            //: %1: the kind of entry as the program names it (dose, pain, sleep...).
            throw InputError(fill(translate("relief::core::entry_edit", "field of a %1 entry"), {kind_name(entry.data)}), key, allowed);
        }
        // A note keeps its own spacing; every other field is a word or a number.
        const std::string value = key == "text" ? raw : trimmed(raw);
        std::visit(Applier{key, value}, out.data);
    }
    const Zone zone = Zone::locate(entry.zone);
    const auto day_it = changes.find("day");
    const auto time_it = changes.find("time");
    if (day_it != changes.end() || time_it != changes.end()) {
        const LocalDay day = day_it != changes.end() ? parse_day(trimmed(day_it->second), "day") : entry.day;
        const TimeOfDay time = time_it != changes.end()
                                   ? parse_time_of_day(trimmed(time_it->second), "time")
                                   : TimeOfDay{int((zone.local_time(entry.at) - date::floor<date::days>(zone.local_time(entry.at))).count() / 60)};
        out.at = zone.resolve_typed(day + std::chrono::minutes{time.minutes}, "time");
        check_storable_moment(out.at, zone, "time", format_day(day) + " " + format_time_of_day(time));
        out.day = zone.day_of(out.at);
    }
    validate(out.data);
    return out;
}

}  // namespace relief
