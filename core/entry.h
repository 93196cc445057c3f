#pragma once

#include "amount.h"
#include "calendar.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace relief {

enum class DoseStatus : std::uint8_t { taken, skipped };
enum class Severity : std::uint8_t { mild, moderate, severe };

std::string_view to_string(DoseStatus s);
std::string_view to_string(Severity s);
DoseStatus parse_dose_status(std::string_view text, const std::string& field = "status");
Severity parse_severity(std::string_view text, const std::string& field = "severity");

struct DoseEntry {
    std::int64_t medication_id = 0;
    Amount amount;                    // taken, or the dose that was skipped
    DoseStatus status = DoseStatus::taken;
    std::optional<Instant> scheduled;  // the scheduled slot this dose answers, if any
    bool operator==(const DoseEntry&) const = default;
};

struct PainEntry {
    int score = 0;  // 0-10
    std::vector<std::string> locations;
    std::vector<std::string> qualities;
    bool operator==(const PainEntry&) const = default;
};

struct SideEffectEntry {
    std::string name;
    Severity severity = Severity::mild;
    bool operator==(const SideEffectEntry&) const = default;
};

struct CrampEntry {
    std::string location;
    std::optional<int> minutes;
    std::optional<int> severity;  // 0-10
    bool operator==(const CrampEntry&) const = default;
};

struct MeasureEntry {
    std::string name;  // heat, ice, stretching, ...
    std::optional<int> minutes;
    bool operator==(const MeasureEntry&) const = default;
};

struct FluidsEntry {
    int glasses = 0;
    bool operator==(const FluidsEntry&) const = default;
};

struct AlcoholEntry {
    int drinks = 0;
    bool operator==(const AlcoholEntry&) const = default;
};

struct SymptomEntry {
    std::string name;
    bool operator==(const SymptomEntry&) const = default;
};

struct NoteEntry {
    std::string text;
    bool operator==(const NoteEntry&) const = default;
};

// The PEG scale (Krebs et al., J Gen Intern Med 2009): over the past week, average pain,
// and how much pain interfered with enjoyment of life and with general activity, 0-10 each.
struct PegEntry {
    int pain = 0;
    int enjoyment = 0;
    int activity = 0;
    // The PEG score: the mean of the three, 0-10.
    double score() const { return (pain + enjoyment + activity) / 3.0; }
    bool operator==(const PegEntry&) const = default;
};

// Last night's sleep: how long, and how well (0 very poor - 10 very good), once a day.
struct SleepEntry {
    int minutes = 0;
    std::optional<int> quality;
    bool operator==(const SleepEntry&) const = default;
};

// A personal function goal ("walk the dog 20 minutes") checked off, or not, for the day.
// The goal's words are kept as they were then: a goal reworded later is a new goal.
struct GoalEntry {
    std::string goal;
    bool met = true;
    bool operator==(const GoalEntry&) const = default;
};

// The Patient Global Impression of Change: 1 very much improved, 2 much improved,
// 3 minimally improved, 4 no change, 5 minimally worse, 6 much worse, 7 very much worse.
struct PgicEntry {
    int answer = 4;
    bool operator==(const PgicEntry&) const = default;
};

using EntryData = std::variant<DoseEntry, PainEntry, SideEffectEntry, CrampEntry, MeasureEntry,
                               FluidsEntry, AlcoholEntry, SymptomEntry, NoteEntry, PegEntry, SleepEntry,
                               GoalEntry, PgicEntry>;

// One thing a person logged, at one moment, in the zone they were in.
struct Entry {
    std::int64_t id = 0;
    Instant at{};
    std::string zone;  // IANA name where it was logged
    LocalDay day{};    // local day of `at` in `zone`
    EntryData data;
    bool operator==(const Entry&) const = default;
};

// "dose", "pain", "side-effect", "cramp", "measure", "fluids", "alcohol", "symptom", "note",
// "peg", "sleep", "goal", "pgic"
std::string_view kind_name(const EntryData& data);
const std::vector<std::string>& kind_names();

// Limits a person cannot sensibly exceed; they catch typos such as 300 glasses.
inline constexpr int max_pain_score = 10;
inline constexpr int max_cramp_minutes = 24 * 60;
inline constexpr int max_count_per_entry = 50;
inline constexpr std::size_t max_note_length = 4000;  // characters, as a person counts them
inline constexpr std::size_t max_goal_length = 120;   // a goal is a short phrase
inline constexpr int max_sleep_minutes = 24 * 60;

// "very much improved" ... "very much worse" for answers 1-7; throws InputError otherwise.
std::string_view pgic_words(int answer);
// The same words in the current language, for people (pgic_words are what the parser reads).
std::string pgic_display_words(int answer);
// 1-7, or the words ("much improved", "no change", ...); InputError naming `field`.
int parse_pgic(std::string_view text, const std::string& field);
// How long someone slept: "6.5", "6.5h", "6h30", "6h 30m", "6:30", "45m"; 0 to 24 hours.
int parse_sleep_duration(std::string_view text, const std::string& field);
std::string format_sleep_duration(int minutes);  // "6 h 30 min", "7 h", "45 min"
// yes/no, met/not met, done/not done, true/false.
bool parse_met(std::string_view text, const std::string& field);

// Checks every field against its range or vocabulary, and its text against the rules for
// new text (typed_text.h: no hidden characters in a name, balanced direction controls in a
// note); throws InputError. For every write: typed, edited or imported.
void validate(const EntryData& data);
// The checks an entry already in the journal must pass to read: those of validate()
// without the text rules added since, so an older journal still opens.
void validate_stored(const EntryData& data);
// Note text and names in NFC (unicode_text.h), so that one word typed two ways is one word.
void normalise_text(EntryData& data);

}  // namespace relief
