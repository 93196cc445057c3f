#include "calendar.h"

#include "errors.h"
#include "translate.h"

#include <cctype>
#include <charconv>

namespace relief {

namespace {

bool all_digits(std::string_view s) {
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return !s.empty();
}

int to_int(std::string_view s) {
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

}  // namespace

LocalDay parse_day(std::string_view text, const std::string& field) {
    // Every row of a journal passes here: a well-formed day is read by hand.
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        int v[3] = {0, 0, 0};
        bool digits = true;
        for (std::size_t i = 0; i < 10 && digits; ++i) {
            if (i == 4 || i == 7) continue;
            digits = text[i] >= '0' && text[i] <= '9';
            v[i < 4 ? 0 : i < 7 ? 1 : 2] = v[i < 4 ? 0 : i < 7 ? 1 : 2] * 10 + (text[i] - '0');
        }
        if (digits && v[0] >= 1900) {
            const date::year_month_day ymd{date::year{v[0]}, date::month{unsigned(v[1])}, date::day{unsigned(v[2])}};
            if (ymd.ok()) return LocalDay{date::sys_days{ymd}.time_since_epoch()};
        }
    }
    // Only a refusal needs the words.
    const auto allowed = [] { return translate("relief::core::calendar", "a date as YYYY-MM-DD, such as 2026-03-01"); };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !all_digits(text.substr(0, 4)) ||
        !all_digits(text.substr(5, 2)) || !all_digits(text.substr(8, 2)))
        throw InputError(field, std::string(text), allowed());
    const date::year_month_day ymd{date::year{to_int(text.substr(0, 4))},
                                   date::month{static_cast<unsigned>(to_int(text.substr(5, 2)))},
                                   date::day{static_cast<unsigned>(to_int(text.substr(8, 2)))}};
    if (!ymd.ok()) 
        throw InputError(field, std::string(text),
                         fill(translate("relief::core::calendar", "a date that exists on the calendar (%1)"), {allowed()}));
    if (ymd.year() < date::year{1900})
        throw InputError(field, std::string(text),
                         fill(translate("relief::core::calendar", "a date from 1900-01-01 on (%1)"), {allowed()}));
    return LocalDay{date::sys_days{ymd}.time_since_epoch()};
}

std::string format_day(LocalDay day) {
    const date::year_month_day ymd{day};
    const int year = int(ymd.year());
    if (year < 0 || year > 9999) return date::format("%F", day);
    // By hand: date::format's ostringstream was most of an export's time.
    char out[10];
    const auto put = [&](int at, unsigned value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10) out[at + i] = static_cast<char>('0' + value % 10);
    };
    put(0, unsigned(year), 4);
    out[4] = '-';
    put(5, unsigned(ymd.month()), 2);
    out[7] = '-';
    put(8, unsigned(ymd.day()), 2);
    return std::string(out, 10);
}

std::string display_day(LocalDay day) {
    const date::year_month_day ymd{day};
    return relief::display_day(int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
}

TimeOfDay parse_time_of_day(std::string_view text, const std::string& field) {
    const std::string allowed =
        translate("relief::core::calendar", "a time as HH:MM from 00:00 to 23:59, such as 08:30");
    // People type "8:00" as often as "08:00", and a list such as "08:00, 20:00" leaves spaces.
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon < 1 || colon > 2 || text.size() != colon + 3 ||
        !all_digits(text.substr(0, colon)) || !all_digits(text.substr(colon + 1)))
        throw InputError(field, std::string(text), allowed);
    const int h = to_int(text.substr(0, colon));
    const int m = to_int(text.substr(colon + 1));
    if (h > 23 || m > 59) throw InputError(field, std::string(text), allowed);
    return TimeOfDay{h * 60 + m};
}

std::string format_time_of_day(TimeOfDay time) {
    const int h = time.minutes / 60, m = time.minutes % 60;
    return std::string{char('0' + h / 10), char('0' + h % 10), ':', char('0' + m / 10), char('0' + m % 10)};
}

int parse_int_in_range(std::string_view text, int low, int high, const std::string& field) {
    const std::string allowed = fill(translate("relief::core::calendar", "a whole number from %1 to %2"),
                                     {std::to_string(low), std::to_string(high)});
    std::string_view digits = text;
    if (!digits.empty() && digits.front() == '-') digits.remove_prefix(1);
    if (!all_digits(digits) || digits.size() > 9) throw InputError(field, std::string(text), allowed);
    const int v = (text.front() == '-') ? -to_int(digits) : to_int(digits);
    if (v < low || v > high) throw InputError(field, std::string(text), allowed);
    return v;
}

}  // namespace relief
