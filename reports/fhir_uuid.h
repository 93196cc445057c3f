#pragma once

#include <string>

namespace relief::reports {

// RFC 4122 version 5 UUID of `name` in Relief Journal's fixed namespace
// (854dc5c2-bfd9-4403-b33c-a7196bebdd7d), lower-case with hyphens.
std::string uuid5(const std::string& name);

}  // namespace relief::reports
