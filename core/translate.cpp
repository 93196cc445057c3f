#include "translate.h"

#include <cstdio>

namespace relief {

namespace {

const Translations* process_translations = nullptr;
thread_local const Translations* scoped_translations = nullptr;
thread_local bool scoped = false;

const Translations* current() { return scoped ? scoped_translations : process_translations; }

std::string iso_day(int year, unsigned month, unsigned day) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year, month, day);
    return buf;
}

std::string point_decimal(double value, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return buf;
}

}  // namespace

std::string Translations::day(int year, unsigned month, unsigned day) const { return iso_day(year, month, day); }

std::string Translations::decimal(double value, int decimals) const { return point_decimal(value, decimals); }

void set_translations(const Translations* translations) { process_translations = translations; }

TranslationsScope::TranslationsScope(const Translations* translations)
    : saved_(scoped_translations), had_saved_(scoped) {
    scoped_translations = translations;
    scoped = true;
}

TranslationsScope::~TranslationsScope() {
    scoped_translations = saved_;
    scoped = had_saved_;
}

std::string translate(const char* context, const char* source, const char* disambiguation, int n) {
    std::string text;
    if (const Translations* t = current()) text = t->find(context, source, disambiguation, n);
    if (text.empty()) text = source;
    if (n < 0) return text;
    // %Ln (the locale's digit grouping) is written as %n: counts here stay below a thousand.
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size() && text[i + 1] == 'n') {
            out += std::to_string(n);
            ++i;
        } else if (text[i] == '%' && i + 2 < text.size() && text[i + 1] == 'L' && text[i + 2] == 'n') {
            out += std::to_string(n);
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) {
    std::string out;
    out.reserve(pattern.size() + 16 * args.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const std::size_t index = std::size_t(pattern[i + 1] - '1');
            if (index < args.size()) {
                out += *(args.begin() + index);
                ++i;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

std::string display_day(int year, unsigned month, unsigned day) {
    const Translations* t = current();
    return t ? t->day(year, month, day) : iso_day(year, month, day);
}

std::string display_decimal(double value, int decimals) {
    const Translations* t = current();
    return t ? t->decimal(value, decimals) : point_decimal(value, decimals);
}

}  // namespace relief
