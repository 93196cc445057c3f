#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace relief {

// Unicode facts about UTF-8 text, from ICU: what a person sees as one character, the
// composed form two spellings of one word share, and which code points show nothing.

// The text in Normalization Form C: "e" + U+0301 becomes "é", so a name typed either way
// is one name. Invalid UTF-8 comes back unchanged (the callers refuse it as unclean).
std::string nfc(std::string_view text);

// User-perceived characters (extended grapheme clusters): a flag, an emoji with a
// skin-tone modifier and "e" + U+0301 are one each; CR LF is one.
std::size_t character_count(std::string_view text);
// Whether the text has at most `limit` characters, without counting when the bytes alone
// show it (the usual case, and the one reads of a journal take).
bool fits_characters(std::string_view text, std::size_t limit);
// The first `limit` characters, never a part of one: for a message that quotes a long
// value, with "…" appended when something was cut. Invalid UTF-8 is repaired first.
std::string cut_characters(std::string_view text, std::size_t limit);

// The text with each byte that is not part of a valid UTF-8 sequence replaced by U+FFFD,
// so a message quoting it is always valid UTF-8.
std::string valid_utf8(std::string_view text);

// Reads the code point at `at` and moves `at` past it; nothing (and `at` unchanged) when
// the bytes there are not a valid, shortest-form UTF-8 sequence.
std::optional<char32_t> next_code_point(std::string_view text, std::size_t& at);

// Code points that draw nothing: default-ignorable (zero-width space and joiners, word
// joiner, U+FEFF, soft hyphen, variation selectors, ...), other format characters, and
// spaces other than U+0020.
bool is_invisible(char32_t c);
// Explicit bidirectional formatting: embeddings, overrides, isolates, their terminators,
// and the marks U+200E, U+200F and U+061C.
bool is_bidi_control(char32_t c);

// "U+200B"
std::string code_point_label(char32_t c);
// "a zero-width space (U+200B)": the character named so a person can find it.
std::string describe_character(char32_t c);

}  // namespace relief
