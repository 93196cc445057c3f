#pragma once

#include <string>

namespace relief::storage {

// A global id for a row another device may receive: 128 random bits in hex.
std::string new_gid();

}  // namespace relief::storage
