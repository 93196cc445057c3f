#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace relief {

// A drug amount held exactly, in whole micrograms: daily sums must never drift the way
// floating point does.
class Amount {
public:
    constexpr Amount() = default;
    static constexpr Amount micrograms(std::int64_t ug) { return Amount(ug); }
    static constexpr Amount milligrams(std::int64_t mg) { return Amount(mg * 1000); }

    // Accepts "10mg", "7.5 mg", "0.5 g", "500mcg" (also "ug", "µg"). Rejects zero,
    // negatives, missing or unknown units and precision finer than one microgram.
    static Amount parse(std::string_view text, const std::string& field = "amount");

    constexpr std::int64_t in_micrograms() const { return ug_; }
    // "7.5 mg", "500 mcg", "1.2 g" style: mg unless the value reads better otherwise.
    std::string to_string() const;
    // The same for people, with the current language's decimal separator ("7,5 mg" in German);
    // to_string() is what files and settings keep and the parser reads back.
    std::string display() const;
    // Plain milligram figure without unit, for CSV and JSON ("7.5").
    std::string milligram_text() const;

    constexpr Amount operator+(Amount other) const { return Amount(ug_ + other.ug_); }
    constexpr Amount& operator+=(Amount other) {
        ug_ += other.ug_;
        return *this;
    }
    constexpr auto operator<=>(const Amount&) const = default;

private:
    constexpr explicit Amount(std::int64_t ug) : ug_(ug) {}
    std::int64_t ug_ = 0;
};

}  // namespace relief
