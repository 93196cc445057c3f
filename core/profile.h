#pragma once

#include "calendar.h"

#include <optional>
#include <string>
#include <vector>

namespace relief {

struct Profile {
    std::optional<std::string> name;  // optional; reports show it when present
    std::optional<int> birth_year;        // implied by birth_date when that is set
    std::optional<LocalDay> birth_date;   // optional full date of birth
    // A hospital, insurance or national number, and its system: a URI ("urn:oid:...") or
    // the person's own label for it ("hospital number"). Both optional.
    std::optional<std::string> identifier;
    std::optional<std::string> identifier_system;
    std::vector<std::string> conditions;  // canonical names from condition_names()
    std::optional<LocalDay> onset;        // start of the current pain episode
    std::string zone;                     // home IANA zone; schedules run on its clock
    bool operator==(const Profile&) const = default;
};

// Birth year between 1900 and `this_year`; throws InputError.
int parse_birth_year(std::string_view text, int this_year);
// A date of birth YYYY-MM-DD from 1900-01-01 to `today`; throws InputError naming `field`.
LocalDay parse_birth_date(std::string_view text, LocalDay today, const std::string& field = "date of birth");
inline constexpr std::size_t max_profile_text_length = 100;  // characters
// An identifier or its system: a name (typed_text.h: NFC, nothing hidden) of 1 to 100
// characters, no control characters, no surrounding spaces; throws InputError naming `field`.
std::string parse_identifier_text(std::string_view text, const std::string& field);
// The person's name as the report shows it: a name (typed_text.h) of 1 to 100 characters,
// in NFC; throws InputError naming `field`.
std::string parse_profile_name(std::string_view text, const std::string& field);
// The birth year agrees with the date of birth when both are set; throws InputError.
void check_birth(const Profile& p);

}  // namespace relief
