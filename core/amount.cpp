#include "amount.h"

#include "errors.h"
#include "translate.h"

#include <cctype>
#include <limits>

namespace relief {

namespace {

constexpr std::int64_t max_single_amount_ug = 100'000'000;  // 100 g: anything above is a typo

struct Unit {
    std::string_view name;
    std::int64_t micrograms;
    int decimals;  // digits after the point that still land on a whole microgram
};

constexpr Unit units[] = {
    {"mg", 1000, 3}, {"g", 1'000'000, 6}, {"mcg", 1, 0}, {"ug", 1, 0}, {"\xC2\xB5g", 1, 0},
};

constexpr const char* allowed_amount =
    RELIEF_TRANSLATE_NOOP("relief::core::amount", "a positive amount with a unit, such as '10mg', '7.5 mg', '0.5g' or '500mcg'");

std::string amount_text() { return translate("relief::core::amount", allowed_amount); }

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return std::string(s.substr(b, e - b));
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

Amount Amount::parse(std::string_view text, const std::string& field) {
    const std::string raw = trim(text);
    auto fail = [&](const std::string& why) { throw InputError(field, raw, why); };

    std::size_t i = 0;
    if (i < raw.size() && (raw[i] == '-' || raw[i] == '+')) fail(amount_text());
    std::int64_t whole = 0;
    std::size_t whole_digits = 0;
    while (i < raw.size() && std::isdigit(static_cast<unsigned char>(raw[i]))) {
        if (whole > max_single_amount_ug) fail(amount_text());
        whole = whole * 10 + (raw[i] - '0');
        ++i;
        ++whole_digits;
    }
    std::string fraction;
    if (i < raw.size() && raw[i] == '.') {
        ++i;
        while (i < raw.size() && std::isdigit(static_cast<unsigned char>(raw[i]))) fraction += raw[i++];
        if (fraction.empty()) fail(amount_text());
    }
    if (whole_digits == 0 && fraction.empty()) fail(amount_text());
    while (i < raw.size() && raw[i] == ' ') ++i;
    const std::string unit_text = lower(raw.substr(i));
    if (unit_text.empty()) fail(fill(translate("relief::core::amount", "%1 (the unit is missing)"), {amount_text()}));

    const Unit* unit = nullptr;
    for (const auto& u : units)
        if (u.name == unit_text) unit = &u;
    if (!unit) 
        fail(fill(translate("relief::core::amount", "%1 (unit '%2' is not one of mg, g, mcg)"), {amount_text(), unit_text}));

    while (fraction.size() > static_cast<std::size_t>(unit->decimals) && fraction.back() == '0')
        fraction.pop_back();
    if (fraction.size() > static_cast<std::size_t>(unit->decimals))
        fail(fill(translate("relief::core::amount", "%1 (no finer than one microgram)"), {amount_text()}));

    std::int64_t fraction_ug = 0;
    if (!fraction.empty()) {
        std::int64_t scale = unit->micrograms;
        for (char c : fraction) {
            scale /= 10;
            fraction_ug += (c - '0') * scale;
        }
    }
    if (whole > max_single_amount_ug / unit->micrograms) fail(translate("relief::core::amount", "at most 100 g (100000 mg) in one entry"));
    const std::int64_t total = whole * unit->micrograms + fraction_ug;
    if (total <= 0) fail(fill(translate("relief::core::amount", "%1 (it must be more than zero)"), {amount_text()}));
    if (total > max_single_amount_ug) fail(translate("relief::core::amount", "at most 100 g (100000 mg) in one entry"));
    return Amount(total);
}

std::string Amount::milligram_text() const {
    const std::int64_t mg = ug_ / 1000;
    std::int64_t rest = ug_ % 1000;
    std::string out = std::to_string(mg);
    if (rest != 0) {
        std::string digits = std::to_string(rest);
        digits.insert(0, 3 - digits.size(), '0');
        while (!digits.empty() && digits.back() == '0') digits.pop_back();
        out += "." + digits;
    }
    return out;
}

std::string Amount::to_string() const {
    if (ug_ < 1000) return std::to_string(ug_) + " mcg";
    return milligram_text() + " mg";
}

std::string Amount::display() const {
    std::string text = to_string();
    const std::string half = display_decimal(0.5, 1);  // "0.5", "0,5": the separator is its second character
    if (half.size() == 3 && half[1] != '.')
        if (const auto dot = text.find('.'); dot != std::string::npos) text[dot] = half[1];
    return text;
}

}  // namespace relief
