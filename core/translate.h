#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace relief {

// Words meant for people are marked where they are written. lupdate (Qt Linguist) collects
// every translate() call and every RELIEF_TRANSLATE_NOOP from core, storage, reports, cli,
// the app and the reminder service (scripts/update_translations.sh, docs/translating.md);
// a program that has loaded a language installs its Translations here. core stays free of
// Qt: without a language the English source is the text.
class Translations {
public:
    virtual ~Translations() = default;
    // The translation of source in context (the plural form for n when n >= 0), or an
    // empty string when the language has none.
    virtual std::string find(const char* context, const char* source, const char* disambiguation, int n) const = 0;
    // A calendar day and a decimal number as the language writes them.
    virtual std::string day(int year, unsigned month, unsigned day) const;
    virtual std::string decimal(double value, int decimals) const;
};

// The language of the whole process (the window's, or the CLI's --lang); nullptr for English.
void set_translations(const Translations* translations);

// Another language on this thread while it lives: a report in the clinician's language.
class TranslationsScope {
public:
    explicit TranslationsScope(const Translations* translations);
    ~TranslationsScope();
    TranslationsScope(const TranslationsScope&) = delete;
    TranslationsScope& operator=(const TranslationsScope&) = delete;

private:
    const Translations* saved_;
    bool had_saved_;
};

// The text in the current language. With n >= 0 the plural form for n is chosen and %n
// replaced by n, as Qt's tr() does.
std::string translate(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1);

// Qt's numbered placeholders: %1 to %9 become args[0] to args[8] in one pass, so a translator
// may put them in any order and an argument's own "%2" is never replaced again.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);

// A day (YYYY-MM-DD in English) and a decimal number as the current language writes them,
// for text meant for people; files meant for software (CSV, FHIR) keep ISO dates and points.
std::string display_day(int year, unsigned month, unsigned day);
std::string display_decimal(double value, int decimals);

}  // namespace relief

// Marks a string kept in a table for lupdate; translate(context, it) at the point of use.
#define RELIEF_TRANSLATE_NOOP(context, source) source
