#include "core/unicode_text.h"

#include <gtest/gtest.h>

using namespace relief;

namespace {
const std::string e_acute = "\xC3\xA9";                                     // é, one code point
const std::string e_combining = "e\xCC\x81";                                // e + U+0301
const std::string thumbs_dark = "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBF";         // U+1F44D U+1F3FF
const std::string flag_fr = "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7";             // regional F, R
const std::string family = "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7";  // woman ZWJ girl

std::string repeat(const std::string& s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

bool valid(const std::string& s) {
    for (std::size_t at = 0; at < s.size();)
        if (!next_code_point(s, at)) return false;
    return true;
}
}  // namespace

TEST(UnicodeText, CountsWhatAPersonSeesAsOneCharacter) {
    EXPECT_EQ(character_count(""), 0u);
    EXPECT_EQ(character_count("Advil"), 5u);
    EXPECT_EQ(character_count("a\r\nb"), 3u);  // CR LF is one line break
    EXPECT_EQ(character_count(e_acute), 1u);
    EXPECT_EQ(character_count(e_combining), 1u);
    EXPECT_EQ(character_count(thumbs_dark), 1u);
    EXPECT_EQ(character_count(flag_fr), 1u);
    EXPECT_EQ(character_count(family), 1u);
    EXPECT_EQ(character_count(flag_fr + flag_fr), 2u);
    EXPECT_EQ(character_count(repeat(thumbs_dark, 4000)), 4000u);
}

TEST(UnicodeText, FitsAtTheLimitAndNotOnePast) {
    EXPECT_TRUE(fits_characters(repeat(thumbs_dark, 4000), 4000));
    EXPECT_FALSE(fits_characters(repeat(thumbs_dark, 4001), 4000));
    EXPECT_TRUE(fits_characters(repeat(e_combining, 100), 100));
    EXPECT_FALSE(fits_characters(repeat(e_combining, 101), 100));
    EXPECT_TRUE(fits_characters(std::string(100, 'x'), 100));
    EXPECT_FALSE(fits_characters(std::string(101, 'x'), 100));
}

TEST(UnicodeText, ComposesToNfc) {
    EXPECT_EQ(nfc(e_combining), e_acute);
    EXPECT_EQ(nfc("Caf" + e_combining), "Caf" + e_acute);
    EXPECT_EQ(nfc("plain"), "plain");
    EXPECT_EQ(nfc(thumbs_dark), thumbs_dark);
    EXPECT_EQ(nfc("Caf" + e_acute), "Caf" + e_acute);
    EXPECT_EQ(nfc("a\xE2\x80"), "a\xE2\x80");  // invalid UTF-8 is left for the caller to refuse
}

TEST(UnicodeText, CutsOnACharacterAndMarksTheCut) {
    EXPECT_EQ(cut_characters("short", 40), "short");
    EXPECT_EQ(cut_characters(repeat(thumbs_dark, 41), 40),
              repeat(thumbs_dark, 40) + "\xE2\x80\xA6");
    EXPECT_EQ(cut_characters(repeat(e_combining, 3), 2), repeat(e_combining, 2) + "\xE2\x80\xA6");
    EXPECT_EQ(cut_characters(repeat(flag_fr, 5), 5), repeat(flag_fr, 5));
    // Forty bytes of three-byte characters end mid-character; forty characters never do.
    const std::string long_value = repeat("\xE2\x82\xAC", 100);  // €
    EXPECT_FALSE(valid(long_value.substr(0, 40)));
    EXPECT_TRUE(valid(cut_characters(long_value, 40)));
    EXPECT_EQ(character_count(cut_characters(long_value, 40)), 41u);  // 40 and the ellipsis
}

TEST(UnicodeText, RepairsInvalidUtf8) {
    EXPECT_EQ(valid_utf8("ok"), "ok");
    EXPECT_EQ(valid_utf8("a\xE2\x80"), "a\xEF\xBF\xBD\xEF\xBF\xBD");
    EXPECT_EQ(valid_utf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
    EXPECT_EQ(valid_utf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
    EXPECT_EQ(valid_utf8(e_acute), e_acute);
}

TEST(UnicodeText, KnowsWhatDrawsNothing) {
    for (char32_t c :
         {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x034F, 0xFE0F, 0x00A0, 0x3000, 0x2028})
        EXPECT_TRUE(is_invisible(c)) << code_point_label(c);
    for (char32_t c : {U'a', U' ', U'-', char32_t{0xE9}, char32_t{0x05D0}, char32_t{0x1F44D}})
        EXPECT_FALSE(is_invisible(c)) << code_point_label(c);
    for (char32_t c : {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                       0x200E, 0x200F, 0x061C})
        EXPECT_TRUE(is_bidi_control(c)) << code_point_label(c);
    EXPECT_FALSE(is_bidi_control(0x05D0));  // a Hebrew letter is right-to-left, not a control
}

TEST(UnicodeText, NamesCharactersForMessages) {
    EXPECT_EQ(describe_character(0x200B), "a zero-width space (U+200B)");
    EXPECT_EQ(describe_character(0x202E), "a right-to-left override (U+202E)");
    EXPECT_EQ(describe_character(0xE0041), "the character tag latin capital letter a (U+E0041)");
    EXPECT_EQ(code_point_label(0xAD), "U+00AD");
}
