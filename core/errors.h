#pragma once

#include <stdexcept>
#include <string>

namespace relief {

// A value a person gave that cannot be accepted. The message always names the field,
// the value and what is allowed, because that is what a person needs to fix it.
class InputError : public std::runtime_error {
public:
    InputError(std::string field, std::string value, std::string allowed);

    const std::string& field() const { return field_; }
    const std::string& value() const { return value_; }
    const std::string& allowed() const { return allowed_; }

private:
    std::string field_;
    std::string value_;
    std::string allowed_;
};

// A field's name as the current language says it; a name core does not list (an option or
// setting a person typed) is shown as it is.
std::string display_field(const std::string& field);

}  // namespace relief
