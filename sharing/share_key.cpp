#include "share_key.h"

#include "core/translate.h"
#include "share_errors.h"
#include "share_words.h"

#include <sodium.h>

#include <vector>

namespace relief::sharing {

namespace {

void need_sodium() {
    if (sodium_init() < 0) throw ShareError(translate("relief::sharing::share_key", "the cryptography library could not start"));
}

std::string check_text(const std::string& share_id) { return "relief-journal share " + share_id; }

}  // namespace

std::string to_hex(const unsigned char* bytes, std::size_t size) {
    std::string out(size * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), bytes, size);
    out.pop_back();
    return out;
}

void from_hex(const std::string& hex, unsigned char* out, std::size_t size) {
    std::size_t length = 0;
    if (hex.size() != size * 2 || sodium_hex2bin(out, size, hex.data(), hex.size(), nullptr, &length, nullptr) != 0 ||
        length != size)
        throw ShareError(translate("relief::sharing::share_key", "the share's description is damaged (a value is not what it should be)"));
}

std::string random_hex(std::size_t bytes) {
    need_sodium();
    std::vector<unsigned char> buffer(bytes);
    randombytes_buf(buffer.data(), buffer.size());
    return to_hex(buffer.data(), buffer.size());
}

KeyDerivation new_key_derivation() {
    return {random_hex(crypto_pwhash_SALTBYTES), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

Key derive_key(const std::string& phrase, const KeyDerivation& how) {
    need_sodium();
    const std::string words = normalise_phrase(phrase);
    if (words.size() < 16)
        throw WrongKey(translate("relief::sharing::share_key", "the words or passphrase are too short: a share's key is at least 16 characters"));
    unsigned char salt[crypto_pwhash_SALTBYTES];
    from_hex(how.salt_hex, salt, sizeof salt);
    // The description is not trusted: limits far beyond libsodium's "sensitive" ones would
    // only make a join hang or run out of memory.
    if (how.ops < crypto_pwhash_OPSLIMIT_MIN || how.ops > 4 * crypto_pwhash_OPSLIMIT_SENSITIVE ||
        how.memory < crypto_pwhash_MEMLIMIT_MIN || how.memory > crypto_pwhash_MEMLIMIT_SENSITIVE)
        throw ShareError(translate("relief::sharing::share_key", "the share's description is damaged (a value is not what it should be)"));
    Key key{};
    if (crypto_pwhash(key.data(), key.size(), words.data(), words.size(), salt, how.ops, static_cast<std::size_t>(how.memory),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw ShareError(translate("relief::sharing::share_key", "there is not enough memory to work out the share's key"));
    return key;
}

std::string key_check(const Key& key, const std::string& share_id) {
    need_sodium();
    const std::string text = check_text(share_id);
    std::vector<unsigned char> sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + text.size());
    randombytes_buf(sealed.data(), crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(sealed.data() + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char*>(text.data()),
                          text.size(), sealed.data(), key.data());
    return to_hex(sealed.data(), sealed.size());
}

bool key_opens(const Key& key, const std::string& share_id, const std::string& check) {
    need_sodium();
    const std::string text = check_text(share_id);
    const std::size_t size = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + text.size();
    std::vector<unsigned char> sealed(size);
    from_hex(check, sealed.data(), size);
    std::vector<unsigned char> opened(text.size());
    if (crypto_secretbox_open_easy(opened.data(), sealed.data() + crypto_secretbox_NONCEBYTES,
                                   size - crypto_secretbox_NONCEBYTES, sealed.data(), key.data()) != 0)
        return false;
    return std::string(opened.begin(), opened.end()) == text;
}

}  // namespace relief::sharing
