#include "change_file.h"

#include "core/translate.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <cstring>

namespace relief::sharing {

namespace {

constexpr std::string_view magic = "RELIEF-JOURNAL-CHANGES-1\n";
constexpr std::size_t part_size = 64 * 1024;        // records gathered into parts of about this
constexpr std::size_t largest_part = 16 * 1024 * 1024;

void put_u32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

std::uint32_t get_u32(std::string_view in) {
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(in[static_cast<std::size_t>(i)]);
    return v;
}

void push(std::string& out, crypto_secretstream_xchacha20poly1305_state& state, const std::string& plain, bool last) {
    std::string sealed(plain.size() + crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
    unsigned long long length = 0;
    crypto_secretstream_xchacha20poly1305_push(
        &state, reinterpret_cast<unsigned char*>(sealed.data()), &length, reinterpret_cast<const unsigned char*>(plain.data()),
        plain.size(), nullptr, 0,
        last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    sealed.resize(static_cast<std::size_t>(length));
    put_u32(out, static_cast<std::uint32_t>(sealed.size()));
    out += sealed;
}

[[noreturn]] void incomplete() {
    throw DamagedFile(DamagedFile::Why::incomplete,
                      translate("relief::sharing::change_file", "it is incomplete: it ends before its last part (it may still be copying)"));
}

[[noreturn]] void damaged() {
    throw DamagedFile(DamagedFile::Why::damaged,
                      translate("relief::sharing::change_file", "it is damaged or was changed, or it was not written with this share's key"));
}

}  // namespace

std::string seal_change_file(const ChangeFile& file, const Key& key) {
    if (sodium_init() < 0) throw ShareError(translate("relief::sharing::share_key", "the cryptography library could not start"));
    std::string out(magic);
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key.data());
    out.append(reinterpret_cast<const char*>(header), sizeof header);
    const nlohmann::json about = {{"share", file.header.share},   {"device", file.header.device},
                                  {"name", file.header.name},     {"mode", file.header.mode},
                                  {"file", file.header.file},     {"written_utc", file.header.written_utc},
                                  {"records", file.records.size()}};
    std::vector<std::string> parts{about.dump()};
    std::string part;
    for (const auto& record : file.records) {
        if (!part.empty() && part.size() + record.size() > part_size) {
            parts.push_back(std::move(part));
            part.clear();
        }
        part += record;
        part += '\n';
    }
    if (!part.empty()) parts.push_back(std::move(part));
    for (std::size_t i = 0; i < parts.size(); ++i) push(out, state, parts[i], i + 1 == parts.size());
    sodium_memzero(&state, sizeof state);
    return out;
}

ChangeFile open_change_file(std::string_view bytes, const Key& key) {
    if (sodium_init() < 0) throw ShareError(translate("relief::sharing::share_key", "the cryptography library could not start"));
    if (bytes.size() < magic.size()) {
        if (magic.substr(0, bytes.size()) == bytes) incomplete();
        damaged();
    }
    if (bytes.substr(0, magic.size()) != magic) damaged();
    bytes.remove_prefix(magic.size());
    if (bytes.size() < crypto_secretstream_xchacha20poly1305_HEADERBYTES) incomplete();
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, reinterpret_cast<const unsigned char*>(bytes.data()),
                                                        key.data()) != 0)
        damaged();
    bytes.remove_prefix(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    ChangeFile file;
    bool first = true, final = false;
    std::string plain;
    while (!final) {
        if (bytes.empty() || bytes.size() < 4) incomplete();
        const std::uint32_t size = get_u32(bytes);
        if (size < crypto_secretstream_xchacha20poly1305_ABYTES || size > largest_part) damaged();
        bytes.remove_prefix(4);
        if (bytes.size() < size) incomplete();
        plain.assign(size - crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
        unsigned char tag = 0;
        unsigned long long length = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char*>(plain.data()), &length, &tag,
                                                       reinterpret_cast<const unsigned char*>(bytes.data()), size, nullptr,
                                                       0) != 0)
            damaged();
        bytes.remove_prefix(size);
        plain.resize(static_cast<std::size_t>(length));
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (first) {
            first = false;
            try {
                const auto about = nlohmann::json::parse(plain);
                file.header.share = about.at("share").get<std::string>();
                file.header.device = about.at("device").get<std::string>();
                file.header.name = about.at("name").get<std::string>();
                file.header.mode = about.at("mode").get<std::string>();
                file.header.file = about.at("file").get<std::int64_t>();
                file.header.written_utc = about.at("written_utc").get<std::int64_t>();
                file.header.records = about.at("records").get<std::size_t>();
            } catch (const nlohmann::json::exception&) {
                damaged();
            }
            continue;
        }
        std::size_t start = 0;
        while (start < plain.size()) {
            const auto end = plain.find('\n', start);
            if (end == std::string::npos) damaged();
            file.records.push_back(plain.substr(start, end - start));
            start = end + 1;
        }
    }
    sodium_memzero(&state, sizeof state);
    if (!bytes.empty() || file.records.size() != file.header.records) damaged();
    return file;
}

}  // namespace relief::sharing
