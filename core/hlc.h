#pragma once

#include <cstdint>
#include <string>

namespace relief {

// A hybrid logical clock (Kulkarni et al., 2014) packed in one integer: milliseconds since
// 1970 in the high bits, a counter in the low 16. Every change a device makes is stamped
// with a value above every stamp it has seen, its own and other devices', so a change made
// after seeing another is later even when this device's clock runs behind. Two stamps
// that tie are ordered by the device that made them (sharing's merge, docs/sharing.md).
namespace hlc {

inline constexpr int counter_bits = 16;

constexpr std::int64_t from_milliseconds(std::int64_t ms) { return ms << counter_bits; }
constexpr std::int64_t from_seconds(std::int64_t s) { return from_milliseconds(s * 1000); }
constexpr std::int64_t milliseconds(std::int64_t stamp) { return stamp >> counter_bits; }
constexpr std::int64_t seconds(std::int64_t stamp) { return milliseconds(stamp) / 1000; }

// The stamp for a change made now: after `last` (the newest stamp seen) and no earlier than
// the wall clock.
constexpr std::int64_t next(std::int64_t last, std::int64_t wall_ms) {
    const std::int64_t wall = from_milliseconds(wall_ms);
    return wall > last ? wall : last + 1;
}

// Whether the change stamped (a, a_device) is later than (b, b_device).
inline bool later(std::int64_t a, const std::string& a_device, std::int64_t b, const std::string& b_device) {
    return a != b ? a > b : a_device > b_device;
}

}  // namespace hlc

}  // namespace relief
