#include "typed_text.h"

#include <optional>
#include <vector>

#include "errors.h"
#include "translate.h"
#include "unicode_text.h"

namespace relief {

namespace {

bool is_control(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

// What a name may not hold, or nothing; `bidi` says which rule refused it.
struct Refused {
    char32_t c;
    bool bidi;
};

std::optional<Refused> first_hidden(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        const auto c = next_code_point(text, at);
        if (!c) {  // invalid UTF-8: refused by the caller, in its own words
            ++at;
            continue;
        }
        if (is_bidi_control(*c)) return Refused{*c, true};
        if (is_invisible(*c)) return Refused{*c, false};
    }
    return std::nullopt;
}

bool plain_utf8(std::string_view text, bool line_breaks) {
    for (std::size_t at = 0; at < text.size();) {
        const auto c = next_code_point(text, at);
        if (!c) return false;
        if (is_control(*c) && !(line_breaks && (*c == '\n' || *c == '\r' || *c == '\t')))
            return false;
    }
    return true;
}

bool opens_embedding(char32_t c) {
    return c == 0x202A || c == 0x202B || c == 0x202D || c == 0x202E;
}
bool opens_isolate(char32_t c) {
    return c >= 0x2066 && c <= 0x2068;
}
// Where the Unicode bidirectional algorithm ends a paragraph, and with it every open control.
bool ends_paragraph(char32_t c) {
    return c == '\n' || c == '\r' || c == 0x85 || c == 0x2029;
}

}  // namespace

std::string quoted_value(std::string_view text, std::size_t limit) {
    const std::string cut = cut_characters(text, limit);
    std::string out;
    for (std::size_t at = 0; at < cut.size();) {
        const std::size_t start = at;
        const auto c = next_code_point(cut, at);
        if (c && (is_bidi_control(*c) || is_invisible(*c))) {
            out += "<" + code_point_label(*c) + ">";
        } else {
            out.append(cut, start, at - start);
        }
    }
    return out;
}

void check_name_characters(std::string_view text, const std::string& field) {
    if (!plain_utf8(text, false))
        throw InputError(
            field, quoted_value(text),
            translate("relief::core::typed_text", "a name in plain text (letters, digits, spaces and punctuation), without control "
                           "characters such as tabs or line breaks"));
    check_visible(text, field);
}

void check_visible(std::string_view text, const std::string& field) {
    if (const auto hidden = first_hidden(text)) {
        const std::string why =
            hidden->bidi
                ? translate("relief::core::typed_text", "direction controls reorder how a name is shown; letters of any script are "
                                 "allowed")
                : translate("relief::core::typed_text", "a name may hold letters, digits, spaces and punctuation, but nothing invisible, "
                                 "so that two names that look alike are one name");
        throw InputError(field, quoted_value(text),
                         //: %1: the character (such as U+200B ZERO WIDTH SPACE), %2: why it is refused.
                         fill(translate("relief::core::typed_text", "a name without %1: %2"), {describe_character(hidden->c), why}));
    }
}

std::string checked_name(std::string_view text, const std::string& field,
                         std::size_t max_characters) {
    std::string name = nfc(text);
    check_name_characters(name, field);
    if (name.empty() || !fits_characters(name, max_characters))
        throw InputError(field, quoted_value(name),
                         fill(translate("relief::core::typed_text", "a name of 1 to %1 characters"), {std::to_string(max_characters)}));
    return name;
}

void check_note_text(std::string_view text, const std::string& field, std::size_t max_characters) {
    if (!plain_utf8(text, true))
        throw InputError(field, translate("relief::core::typed_text", "(text with control characters)"),
                         translate("relief::core::typed_text", "plain text: letters, numbers, punctuation, line breaks"));
    if (text.empty() || !fits_characters(text, max_characters))
        throw InputError(field, quoted_value(text),
                         fill(translate("relief::core::typed_text", "text of 1 to %1 characters"), {std::to_string(max_characters)}));
    std::vector<char32_t> open;
    const auto unclosed = [&] {
        const char32_t c = open.back();
        const char32_t closer = opens_isolate(c) ? char32_t{0x2069} : char32_t{0x202C};
        throw InputError(field, quoted_value(text),
                         fill(translate("relief::core::typed_text", "text in which %1 is closed by %2 on the same line: an unclosed "
                                             "direction control reorders the text shown after it"),
                              {describe_character(c), describe_character(closer)}));
    };
    for (std::size_t at = 0; at < text.size();) {
        const char32_t c = *next_code_point(text, at);
        if (opens_embedding(c) || opens_isolate(c)) {
            open.push_back(c);
        } else if (c == 0x202C || c == 0x2069) {
            const bool matches = !open.empty() && (c == 0x2069) == opens_isolate(open.back());
            if (!matches && !open.empty()) unclosed();
            if (!matches)
                throw InputError(
                    field, quoted_value(text),
                    fill(translate("relief::core::typed_text", "text without %1 that closes nothing: direction controls come in pairs "
                                        "on one line"),
                         {describe_character(c)}));
            open.pop_back();
        } else if (ends_paragraph(c) && !open.empty()) {
            unclosed();
        }
    }
    if (!open.empty()) unclosed();
}

}  // namespace relief
