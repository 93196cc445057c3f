#include "profile.h"

#include "errors.h"
#include "translate.h"
#include "typed_text.h"

namespace relief {

int parse_birth_year(std::string_view text, int this_year) {
    return parse_int_in_range(text, 1900, this_year, "birth year");
}

LocalDay parse_birth_date(std::string_view text, LocalDay today, const std::string& field) {
    const LocalDay day = parse_day(text, field);
    const LocalDay first = date::local_days{date::year{1900} / 1 / 1};
    if (day < first || day > today)
        throw InputError(field, std::string(text), 
                         fill(translate("relief::core::profile", "a day from %1 to %2"), {display_day(date::local_days{date::year{1900} / 1 / 1}),
                                                                      display_day(today)}));
    return day;
}

std::string parse_identifier_text(std::string_view text, const std::string& field) {
    // Control characters first, in the words this field has always used.
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            throw InputError(field, quoted_value(text), 
                             translate("relief::core::profile", "text without control characters such as tabs or line breaks"));
    const std::string value = checked_name(text, field, max_profile_text_length);
    if (value.front() == ' ' || value.back() == ' ')
        throw InputError(field, value, translate("relief::core::profile", "text without leading or trailing spaces"));
    return value;
}

std::string parse_profile_name(std::string_view text, const std::string& field) {
    return checked_name(text, field, max_profile_text_length);
}

void check_birth(const Profile& p) {
    if (!p.birth_date || !p.birth_year) return;
    const int year = static_cast<int>(date::year_month_day{*p.birth_date}.year());
    if (year != *p.birth_year)
        throw InputError("birth year", std::to_string(*p.birth_year),
                         //: %1: the date of birth, %2: its year.
                         fill(translate("relief::core::profile", "the year of the date of birth %1 (%2)"),
                              {display_day(*p.birth_date), std::to_string(year)}));
}

}  // namespace relief
