#pragma once

#include <array>
#include <string>
#include <string_view>

namespace relief::sharing {

// A share's key, for people: 16 words from a list of 256 (128 random bits), written down
// on one device and typed on the others. The words feed the same key derivation as a
// passphrase of the person's own (share_key.h).
inline constexpr std::size_t phrase_words = 16;
const std::array<std::string_view, 256>& word_list();
// Sixteen words drawn with the system's random generator (libsodium's randombytes).
std::string new_phrase();
// What a person typed, as the key derivation takes it: lower case, words separated by
// one space (spaces, hyphens, commas and new lines between them all count the same).
std::string normalise_phrase(std::string_view typed);

}  // namespace relief::sharing
