#pragma once

#include "calendar.h"

#include <optional>
#include <string>
#include <vector>

namespace relief {

struct Profile {
    std::optional<std::string> name;  // optional; reports show it when present
    std::optional<int> birth_year;
    std::vector<std::string> conditions;  // canonical names from condition_names()
    std::optional<LocalDay> onset;        // start of the current pain episode
    std::string zone;                     // home IANA zone; schedules run on its clock
    bool operator==(const Profile&) const = default;
};

// Birth year between 1900 and `this_year`; throws InputError.
int parse_birth_year(std::string_view text, int this_year);

}  // namespace relief
