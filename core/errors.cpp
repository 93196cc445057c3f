#include "errors.h"

#include "translate.h"
#include "unicode_text.h"

#include <utility>

namespace relief {

namespace {

constexpr const char* fields_context = "relief::core::fields";

// The names core gives its own fields. An option or setting name a person typed ("--dose",
// "reminders.quiet-hours") is not listed and stays as typed inside the translated sentence.
[[maybe_unused]] constexpr const char* field_names[] = {
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "date"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "time"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "amount"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "dose"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "maximum per day"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "drug class"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "as needed"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "from"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "stop date"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "Change it on the Medications page"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "severity"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "date of birth"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "birth year"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "UTC time"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "time zone"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "drug"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "medication"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "medication name"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "ingredient"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "schedule"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "note"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "goal"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "setting"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "body location"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "pain quality"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "side effect"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "symptom"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "measure"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "condition"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "hours slept"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "pain score"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "cramp minutes"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "cramp severity"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "measure minutes"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "glasses of fluid"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "alcoholic drinks"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "sleep minutes"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "global impression of change"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "sleep quality"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "PEG pain"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "PEG enjoyment of life"),
    RELIEF_TRANSLATE_NOOP("relief::core::fields", "PEG general activity"),
};

// Valid UTF-8 whatever the parts hold: the message reaches a terminal, a log or a dialog.
std::string compose(const std::string& field, const std::string& value, const std::string& allowed) {
    //: An input a person gave was refused. %1: the field (or the option the person typed),
    //: %2: the value as typed, %3: what is allowed there.
    return valid_utf8(fill(translate("relief::core::errors", "invalid %1 '%2': expected %3"),
                           {display_field(field), value, allowed}));
}

}  // namespace

std::string display_field(const std::string& field) { return translate(fields_context, field.c_str()); }

InputError::InputError(std::string field, std::string value, std::string allowed)
    : std::runtime_error(compose(field, value, allowed)),
      field_(std::move(field)),
      value_(std::move(value)),
      allowed_(std::move(allowed)) {}

}  // namespace relief
