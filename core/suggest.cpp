#include "suggest.h"

#include "translate.h"
#include "unicode_text.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <tuple>

namespace relief {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The typographic apostrophes (U+2018, U+2019) that phones and word processors put in
// "can't"; they are three UTF-8 bytes, so they are matched before the byte-wise pass.
bool starts_with_curly_apostrophe(std::string_view text, std::size_t at) {
    return text.size() - at >= 3 && text[at] == '\xE2' && text[at + 1] == '\x80' &&
           (text[at + 2] == '\x98' || text[at + 2] == '\x99');
}

}  // namespace

std::string normalise_term(std::string_view raw) {
    // Composed first: "e" + U+0301 and "é" are one letter to a person, so one key here.
    const std::string composed = nfc(raw);
    const std::string_view text = composed;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (starts_with_curly_apostrophe(text, i)) {
            i += 2;
            continue;
        }
        char c = text[i];
        if (c == '\'') continue;
        if (is_space(c) || c == '_' || c == '-') {
            if (!out.empty() && out.back() != '-') out.push_back('-');
            continue;
        }
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        out.push_back(c);
    }
    if (!out.empty() && out.back() == '-') out.pop_back();
    // Again at the end: a dropped apostrophe can leave a letter beside its accent.
    return nfc(out);
}

bool is_clean_text(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7F) return false;
            ++i;
            continue;
        }
        const std::size_t n = (c & 0xE0) == 0xC0 && c >= 0xC2 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 && c <= 0xF4 ? 4 : 0;
        if (n == 0 || i + n > text.size()) return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
        i += n;
    }
    return true;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Optimal string alignment: a swap of two neighbouring letters ("lgo" for "log") is
    // one slip of the fingers, so it costs one edit, not two.
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

std::vector<std::string> closest(std::string_view word, const std::vector<std::string>& candidates,
                                 std::size_t max_results) {
    const std::string key = normalise_term(word);
    if (key.empty() || max_results == 0) return {};
    // A third of the word's length tolerates one slip in a short word and a couple in a
    // long one, without suggesting unrelated words.
    const std::size_t limit = std::max<std::size_t>(1, key.size() / 3);
    const bool prefix_counts = key.size() >= 4;

    struct Match {
        std::size_t distance;
        std::string candidate;
        std::string normalised;
    };
    std::vector<Match> matches;
    for (const auto& candidate : candidates) {
        std::string normalised = normalise_term(candidate);
        const std::size_t distance = edit_distance(key, normalised);
        const bool is_prefix = prefix_counts && normalised.starts_with(key);
        if (distance <= limit || is_prefix)
            matches.push_back({distance, candidate, std::move(normalised)});
    }
    std::sort(matches.begin(), matches.end(), [](const Match& x, const Match& y) {
        return std::tie(x.distance, x.candidate) < std::tie(y.distance, y.candidate);
    });

    std::vector<std::string> result;
    std::set<std::string> seen;
    for (auto& m : matches) {
        if (result.size() == max_results) break;
        if (seen.insert(m.normalised).second) result.push_back(std::move(m.candidate));
    }
    return result;
}

std::string join_choices(const std::vector<std::string>& words, std::string_view last_joiner) {
    // The joiners are words of the sentence around the list: "'a', 'b' or 'c'".
    std::string joiner(last_joiner);
    //: The last joiner of a list of choices: 'a', 'b' or 'c'.
    if (last_joiner == "or") joiner = translate("relief::core::suggest", "or");
    //: The last joiner of a list: 'a', 'b' and 'c'.
    else if (last_joiner == "and") joiner = translate("relief::core::suggest", "and");
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) {
            if (i + 1 == words.size()) {
                out += ' ';
                out += joiner;
                out += ' ';
            } else {
                out += ", ";
            }
        }
        out += '\'' + words[i] + '\'';
    }
    return out;
}

}  // namespace relief
