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

using EntryData = std::variant<DoseEntry, PainEntry, SideEffectEntry, CrampEntry, MeasureEntry,
                               FluidsEntry, AlcoholEntry, SymptomEntry, NoteEntry>;

// One thing a person logged, at one moment, in the zone they were in.
struct Entry {
    std::int64_t id = 0;
    Instant at{};
    std::string zone;  // IANA name where it was logged
    LocalDay day{};    // local day of `at` in `zone`
    EntryData data;
    bool operator==(const Entry&) const = default;
};

// "dose", "pain", "side-effect", "cramp", "measure", "fluids", "alcohol", "symptom", "note"
std::string_view kind_name(const EntryData& data);
const std::vector<std::string>& kind_names();

// Limits a person cannot sensibly exceed; they catch typos such as 300 glasses.
inline constexpr int max_pain_score = 10;
inline constexpr int max_cramp_minutes = 24 * 60;
inline constexpr int max_count_per_entry = 50;
inline constexpr std::size_t max_note_length = 4000;  // characters, as a person counts them

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
