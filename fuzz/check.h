#pragma once

// What every fuzz target uses to state a property. A broken property is a bug as real as a
// crash, so it stops the run the same way (libFuzzer saves the input as a crash file).

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace relief::fuzz {

[[noreturn]] inline void fail(const char* what, std::string_view detail = {}) {
    std::fprintf(stderr, "\nfuzz property broken: %s\n", what);
    if (!detail.empty()) std::fprintf(stderr, "  %.*s\n", static_cast<int>(detail.size()), detail.data());
    __builtin_trap();
}

inline void require(bool holds, const char* what, std::string_view detail = {}) {
    if (!holds) fail(what, detail);
}

inline std::string_view text_of(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

}  // namespace relief::fuzz
