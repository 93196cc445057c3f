#pragma once

#include <array>
#include <cstdint>
#include <string>

namespace relief::sharing {

// The key every device of a share holds: 32 bytes derived from the share's words or
// passphrase with Argon2id (libsodium's crypto_pwhash), salted per share.
using Key = std::array<unsigned char, 32>;

struct KeyDerivation {
    std::string salt_hex;          // 16 random bytes, in the share's description
    std::uint64_t ops = 0;         // Argon2id passes
    std::uint64_t memory = 0;      // bytes
};

// A fresh salt with libsodium's interactive limits (64 MiB, about a tenth of a second).
KeyDerivation new_key_derivation();
// Throws ShareError when the words are too short to be a key (fewer than 16 characters
// once normalised: share_words.h) or the machine lacks the memory.
Key derive_key(const std::string& phrase, const KeyDerivation& how);

// A value sealed with the key, kept in the share's description, so that a wrong key is
// told apart from a damaged change file.
std::string key_check(const Key& key, const std::string& share_id);
bool key_opens(const Key& key, const std::string& share_id, const std::string& check);

std::string to_hex(const unsigned char* bytes, std::size_t size);
// Throws ShareError when `hex` is not `size` bytes of hex.
void from_hex(const std::string& hex, unsigned char* out, std::size_t size);
std::string random_hex(std::size_t bytes);

}  // namespace relief::sharing
