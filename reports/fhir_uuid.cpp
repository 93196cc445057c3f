#include "fhir_uuid.h"

#include <array>
#include <cstdint>
#include <vector>

namespace relief::reports {

namespace {

// The namespace of Relief Journal's name-based UUIDs: a random UUID, fixed once and
// never to change, or every fullUrl of every future bundle changes with it.
constexpr std::array<std::uint8_t, 16> uuid_namespace{
    0x85, 0x4d, 0xc5, 0xc2, 0xbf, 0xd9, 0x44, 0x03, 0xb3, 0x3c, 0xa7, 0x19, 0x6b, 0xeb, 0xdd, 0x7d};

std::uint32_t rotl(std::uint32_t x, int n) {
    return (x << n) | (x >> (32 - n));
}

// SHA-1 only for RFC 4122 version 5 UUIDs, which any tool can recompute from the name;
// it is not used for anything that needs collision resistance.
std::array<std::uint8_t, 20> sha1(std::string_view data) {
    std::vector<std::uint8_t> msg;
    for (const char c : data) msg.push_back(static_cast<std::uint8_t>(c));
    const std::uint64_t bits = static_cast<std::uint64_t>(msg.size()) * 8;
    msg.push_back(0x80);
    while (msg.size() % 64 != 56) msg.push_back(0);
    for (int i = 7; i >= 0; --i) msg.push_back(static_cast<std::uint8_t>(bits >> (i * 8)));

    std::array<std::uint32_t, 5> h{0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};
    for (std::size_t chunk = 0; chunk < msg.size(); chunk += 64) {
        std::array<std::uint32_t, 80> w{};
        for (std::size_t i = 0; i < 16; ++i) {
            const std::size_t p = chunk + i * 4;
            w[i] = (std::uint32_t{msg[p]} << 24) | (std::uint32_t{msg[p + 1]} << 16) |
                   (std::uint32_t{msg[p + 2]} << 8) | std::uint32_t{msg[p + 3]};
        }
        for (std::size_t i = 16; i < 80; ++i)
            w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        std::array<std::uint32_t, 5> v = h;
        for (std::size_t i = 0; i < 80; ++i) {
            const auto [a, b, c, d, e] = v;
            const std::uint32_t f = i < 20   ? (b & c) | (~b & d)
                                    : i < 40 ? b ^ c ^ d
                                    : i < 60 ? (b & c) | (b & d) | (c & d)
                                             : b ^ c ^ d;
            const std::uint32_t k = i < 20   ? 0x5A827999u
                                    : i < 40 ? 0x6ED9EBA1u
                                    : i < 60 ? 0x8F1BBCDCu
                                             : 0xCA62C1D6u;
            v = {rotl(a, 5) + f + e + k + w[i], a, rotl(b, 30), c, d};
        }
        for (std::size_t i = 0; i < 5; ++i) h[i] += v[i];
    }
    std::array<std::uint8_t, 20> out{};
    for (std::size_t i = 0; i < 20; ++i)
        out[i] = static_cast<std::uint8_t>(h[i / 4] >> (24 - 8 * (i % 4)));
    return out;
}

}  // namespace

// Name-based (version 5), so the same report always renders to the same bundle.
std::string uuid5(const std::string& name) {
    std::string input;
    for (const std::uint8_t b : uuid_namespace) input += static_cast<char>(b);
    input += name;
    auto h = sha1(input);
    h[6] = static_cast<std::uint8_t>((h[6] & 0x0F) | 0x50);
    h[8] = static_cast<std::uint8_t>((h[8] & 0x3F) | 0x80);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += hex[h[i] >> 4];
        out += hex[h[i] & 0x0F];
    }
    return out;
}

}  // namespace relief::reports
