#include "unicode_text.h"

#include "translate.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <vector>

namespace relief {

namespace {

bool is_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool valid(std::string_view text) {
    for (std::size_t at = 0; at < text.size();)
        if (!next_code_point(text, at)) return false;
    return true;
}

std::u16string to_utf16(std::string_view text) {
    std::u16string out(text.size(), u'\0');  // never more UTF-16 units than UTF-8 bytes
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8(reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()), &length,
                  text.data(), static_cast<int32_t>(text.size()), &status);
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("UTF-8 to UTF-16: ") + u_errorName(status));
    out.resize(static_cast<std::size_t>(length));
    return out;
}

std::string to_utf8(const std::u16string& text) {
    std::string out(text.size() * 3, '\0');
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &length,
                reinterpret_cast<const UChar*>(text.data()), static_cast<int32_t>(text.size()),
                &status);
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("UTF-16 to UTF-8: ") + u_errorName(status));
    out.resize(static_cast<std::size_t>(length));
    return out;
}

const UNormalizer2* nfc_normalizer() {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* n = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("ICU NFC data: ") + u_errorName(status));
    return n;
}

// The byte offsets where characters end, up to `limit` of them: ICU's grapheme cluster
// rules over the UTF-8 text as it is (no copy). One iterator a thread, opened once.
std::vector<std::size_t> character_ends(std::string_view text, std::size_t limit) {
    struct Closer {
        void operator()(UBreakIterator* b) const { ubrk_close(b); }
    };
    thread_local std::unique_ptr<UBreakIterator, Closer> breaks;
    UErrorCode status = U_ZERO_ERROR;
    if (!breaks) {
        breaks.reset(ubrk_open(UBRK_CHARACTER, "", nullptr, 0, &status));
        if (U_FAILURE(status))
            throw std::runtime_error(std::string("ICU character breaks: ") + u_errorName(status));
    }
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    ubrk_setUText(breaks.get(), utext, &status);
    std::vector<std::size_t> ends;
    if (U_SUCCESS(status)) {
        ubrk_first(breaks.get());
        for (int32_t end = ubrk_next(breaks.get()); end != UBRK_DONE && ends.size() < limit;
             end = ubrk_next(breaks.get()))
            ends.push_back(static_cast<std::size_t>(end));
    }
    // The iterator must not keep pointing at text that is about to go away.
    ubrk_setText(breaks.get(), nullptr, 0, &status);
    utext_close(utext);
    return ends;
}

}  // namespace

std::string code_point_label(char32_t c) {
    std::array<char, 16> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "U+%04X", static_cast<unsigned>(c));
    return buffer.data();
}

std::optional<char32_t> next_code_point(std::string_view text, std::size_t& at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80) {
        ++at;
        return static_cast<char32_t>(lead);
    }
    std::size_t n = 0;
    char32_t c = 0;
    char32_t least = 0;
    if (lead >= 0xC2 && lead <= 0xDF)
        n = 2, c = lead & 0x1F, least = 0x80;
    else if ((lead & 0xF0) == 0xE0)
        n = 3, c = lead & 0x0F, least = 0x800;
    else if (lead >= 0xF0 && lead <= 0xF4)
        n = 4, c = lead & 0x07, least = 0x10000;
    else
        return std::nullopt;
    if (at + n > text.size()) return std::nullopt;
    for (std::size_t k = 1; k < n; ++k) {
        if ((byte(at + k) & 0xC0) != 0x80) return std::nullopt;
        c = (c << 6) | (byte(at + k) & 0x3F);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
    if (c < least || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) return std::nullopt;
    at += n;
    return c;
}

std::string valid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t start = at;
        if (next_code_point(text, at)) {
            out.append(text.substr(start, at - start));
        } else {
            out += "\xEF\xBF\xBD";
            ++at;
        }
    }
    return out;
}

std::string nfc(std::string_view text) {
    if (is_ascii(text) || !valid(text)) return std::string(text);
    const std::u16string wide = to_utf16(text);
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* n = nfc_normalizer();
    // Composition never lengthens text by more than a factor of three (UAX #15).
    std::u16string out(wide.size() * 3 + 1, u'\0');
    const int32_t length = unorm2_normalize(
        n, reinterpret_cast<const UChar*>(wide.data()), static_cast<int32_t>(wide.size()),
        reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()), &status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFC: ") + u_errorName(status));
    out.resize(static_cast<std::size_t>(length));
    return to_utf8(out);
}

std::size_t character_count(std::string_view text) {
    if (is_ascii(text)) {
        std::size_t crlf = 0;
        for (std::size_t i = 1; i < text.size(); ++i)
            if (text[i - 1] == '\r' && text[i] == '\n') ++crlf;
        return text.size() - crlf;
    }
    return character_ends(text, text.size()).size();
}

bool fits_characters(std::string_view text, std::size_t limit) {
    if (text.size() <= limit) return true;
    return character_ends(text, limit + 1).size() <= limit;
}

std::string cut_characters(std::string_view text, std::size_t limit) {
    const std::string repaired = valid_utf8(text);
    const auto ends = character_ends(repaired, limit + 1);
    if (ends.size() <= limit) return repaired;
    return repaired.substr(0, limit == 0 ? 0 : ends[limit - 1]) + "\xE2\x80\xA6";
}

bool is_bidi_control(char32_t c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

bool is_invisible(char32_t c) {
    const auto u = static_cast<UChar32>(c);
    if (u_hasBinaryProperty(u, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return true;
    const auto type = u_charType(u);
    if (type == U_FORMAT_CHAR) return true;
    return c != 0x20 &&
           (type == U_SPACE_SEPARATOR || type == U_LINE_SEPARATOR || type == U_PARAGRAPH_SEPARATOR);
}

std::string describe_character(char32_t c) {
    struct Known {
        char32_t c;
        const char* words;
    };
    static constexpr std::array<Known, 20> known{{
        {0x00A0, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "a no-break space")},
        {0x00AD, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "a soft hyphen")},
        {0x061C, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "an Arabic letter mark")},
        {0x200B, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "a zero-width space")},
        {0x200C, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "a zero-width non-joiner")},
        {0x200D, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "a zero-width joiner")},
        {0x200E, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "a left-to-right mark")},
        {0x200F, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "a right-to-left mark")},
        {0x202A, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "a left-to-right embedding")},
        {0x202B, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "a right-to-left embedding")},
        {0x202C, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "a pop directional formatting")},
        {0x202D, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "a left-to-right override")},
        {0x202E, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "a right-to-left override")},
        {0x2060, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "a word joiner")},
        {0x2066, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "a left-to-right isolate")},
        {0x2067, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "a right-to-left isolate")},
        {0x2068, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "a first strong isolate")},
        {0x2069, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "a pop directional isolate")},
        {0xFE0F, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "an emoji variation selector")},
        {0xFEFF, RELIEF_TRANSLATE_NOOP("relief::core::unicode_text", "a zero-width no-break space or byte order mark")},
    }};
    for (const auto& k : known)
        //: A character named in a message: %1 such as a zero-width space, %2 its code (U+200B).
        if (k.c == c) return fill(translate("relief::core::unicode_text", "%1 (%2)"), {translate("relief::core::unicode_text", k.words), code_point_label(c)});
    std::array<char, 128> name{};
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = u_charName(static_cast<UChar32>(c), U_UNICODE_CHAR_NAME, name.data(),
                                      static_cast<int32_t>(name.size()), &status);
    //: %1: a character's code, such as U+E000.
    if (U_FAILURE(status) || length <= 0) return fill(translate("relief::core::unicode_text", "the character %1"), {code_point_label(c)});
    std::string words(name.data(), static_cast<std::size_t>(length));
    std::transform(words.begin(), words.end(), words.begin(), [](char ch) {
        return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
    });
    //: %1: the character's Unicode name (in English), %2: its code, such as U+00E9.
    return fill(translate("relief::core::unicode_text", "the character %1 (%2)"), {words, code_point_label(c)});
}

}  // namespace relief
