#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace relief {

// Lower case, spaces and underscores as '-', apostrophes dropped, in NFC: "Can't stay awake"
// and "cant_stay_awake" are the same word to a person, so they are the same key here.
std::string normalise_term(std::string_view text);

// Printable UTF-8 with line breaks and tabs: what a note, a name or a new word can hold and
// an export can carry (the CSV import refuses anything else).
bool is_clean_text(std::string_view text);
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidates close enough to `word` to be what was meant, nearest first.
std::vector<std::string> closest(std::string_view word, const std::vector<std::string>& candidates,
                                 std::size_t max_results = 3);

// "'a', 'b' or 'c'"
std::string join_choices(const std::vector<std::string>& words, std::string_view last_joiner = "or");

}  // namespace relief
