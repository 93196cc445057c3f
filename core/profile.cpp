#include "profile.h"

#include "errors.h"

namespace relief {

int parse_birth_year(std::string_view text, int this_year) {
    return parse_int_in_range(text, 1900, this_year, "birth year");
}

}  // namespace relief
