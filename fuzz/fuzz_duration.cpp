// Whole numbers typed into a bounded field: durations (--minutes of a cramp or a measure),
// pain scores, glasses and drinks, birth years, and the thresholds of `relief settings`.
// They all go through parse_int_in_range; the bounds come from the input too, so every
// range is tried, not only the ones the callers use today.
#include "check.h"
#include "core/calendar.h"
#include "core/entry.h"
#include "core/errors.h"
#include "core/profile.h"

#include <cstring>

using namespace relief;
using relief::fuzz::require;

namespace {

void check_range(std::string_view text, int low, int high) {
    int v = 0;
    try {
        v = parse_int_in_range(text, low, high, "minutes");
    } catch (const InputError& e) {
        require(e.field() == "minutes", "a range error names the field it was given");
        return;
    }
    require(low <= v && v <= high, "a parsed number is within its range", text);
    require(parse_int_in_range(std::to_string(v), low, high, "minutes") == v,
            "the number's plain spelling parses to the same number", text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 8) return 0;
    std::int32_t low = 0, high = 0;
    std::memcpy(&low, data, 4);
    std::memcpy(&high, data + 4, 4);
    const std::string_view text = fuzz::text_of(data + 8, size - 8);

    if (low <= high) check_range(text, low, high);
    check_range(text, 1, max_cramp_minutes);
    check_range(text, 0, max_pain_score);
    check_range(text, 1, max_count_per_entry);
    try {
        const int year = parse_birth_year(text, 2026);
        require(1900 <= year && year <= 2026, "a birth year is from 1900 to this year", text);
    } catch (const InputError&) {
    }
    return 0;
}
