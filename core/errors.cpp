#include "errors.h"

#include "unicode_text.h"

#include <utility>

namespace relief {

namespace {
// Valid UTF-8 whatever the parts hold: the message reaches a terminal, a log or a dialog.
std::string compose(const std::string& field, const std::string& value, const std::string& allowed) {
    return valid_utf8("invalid " + field + " '" + value + "': expected " + allowed);
}
}  // namespace

InputError::InputError(std::string field, std::string value, std::string allowed)
    : std::runtime_error(compose(field, value, allowed)),
      field_(std::move(field)),
      value_(std::move(value)),
      allowed_(std::move(allowed)) {}

}  // namespace relief
