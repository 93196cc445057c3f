#include "cli_fixture.h"

// Issue 13, items 8 and 11: lengths in characters, names without hidden characters, notes
// without unclosed direction controls, through the command line and a CSV import.

using namespace relief::testing;

namespace {
const std::string zwsp = "\xE2\x80\x8B";  // U+200B
const std::string rlo = "\xE2\x80\xAE";   // U+202E
const std::string pdf = "\xE2\x80\xAC";   // U+202C
const std::string e_acute = "\xC3\xA9";
const std::string e_combining = "e\xCC\x81";
const std::string thumbs_dark = "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBF";

bool mentions(const std::string& text, const std::string& what) {
    return text.find(what) != std::string::npos;
}

std::string repeat(const std::string& s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

// Strict UTF-8: no stray continuation, no cut sequence, no overlong form or surrogate.
bool valid_utf8(const std::string& s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80                 ? 1
                        : c >= 0xC2 && c <= 0xDF ? 2
                        : (c & 0xF0) == 0xE0     ? 3
                        : c >= 0xF0 && c <= 0xF4 ? 4
                                                 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        const auto second = static_cast<unsigned char>(s[i + 1 < s.size() ? i + 1 : i]);
        if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second > 0x9F) ||
            (c == 0xF0 && second < 0x90) || (c == 0xF4 && second > 0x8F))
            return false;
        i += n;
    }
    return true;
}
}  // namespace

TEST_F(CliTest, ANoteCountsCharactersNotBytes) {
    const auto before = content();
    auto r = relief({"log", "note", repeat(thumbs_dark, 4001)});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(mentions(r.err, "text of 1 to 4000 characters")) << r.err;
    EXPECT_TRUE(valid_utf8(r.err)) << "stderr carries invalid UTF-8";
    EXPECT_TRUE(mentions(r.err, repeat(thumbs_dark, 40) + "\xE2\x80\xA6")) << r.err;
    EXPECT_EQ(content(), before);

    r = relief({"log", "note", repeat(thumbs_dark, 4000), "--at", "2026-03-10T09:00"});
    EXPECT_EQ(r.code, 0) << r.err;
    r = relief({"log", "note", repeat(e_acute, 4000), "--at", "2026-03-10T09:05"});
    EXPECT_EQ(r.code, 0) << r.err;
    const auto day = relief({"day", "2026-03-10"}).out;
    EXPECT_TRUE(mentions(day, repeat(thumbs_dark, 4000))) << "the whole note reads back";
}

TEST_F(CliTest, AMedicationNameWithAZeroWidthSpaceIsRefused) {
    const auto before = content();
    const auto r = relief({"med", "add", "Advil" + zwsp, "--dose", "200mg", "--as-needed"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(mentions(r.err, "invalid medication name 'Advil<U+200B>'")) << r.err;
    EXPECT_TRUE(mentions(r.err, "a zero-width space (U+200B)")) << r.err;
    EXPECT_TRUE(mentions(r.err, "letters, digits, spaces and punctuation")) << r.err;
    EXPECT_EQ(content(), before);
    ASSERT_EQ(relief({"med", "add", "Advil", "--dose", "200mg", "--as-needed"}).code, 0);
}

TEST_F(CliTest, ADirectionControlInANameIsRefusedAndNotEchoed) {
    const auto before = content();
    const auto r = relief({"med", "add", "Herbal " + rlo + "aet", "--dose", "200mg", "--as-needed",
                           "--class", "other"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(mentions(r.err, "a right-to-left override (U+202E)")) << r.err;
    EXPECT_FALSE(mentions(r.err, rlo)) << "the message itself must not reorder the terminal";
    const auto s = relief({"log", "symptom", "numb" + zwsp});
    EXPECT_EQ(s.code, 2);
    EXPECT_TRUE(mentions(s.err, "a zero-width space (U+200B)")) << s.err;
    const auto p = relief({"profile", "set", "--name", "Ann" + rlo});
    EXPECT_EQ(p.code, 2);
    EXPECT_TRUE(mentions(p.err, "--name")) << p.err;
    EXPECT_EQ(content(), before);
}

TEST_F(CliTest, AMedicationTypedDecomposedOrComposedIsOne) {
    ASSERT_EQ(relief({"med", "add", "Caf" + e_combining + " tea", "--dose", "200mg", "--as-needed",
                      "--class", "other"})
                  .code,
              0);
    const auto list = relief({"med", "list"}).out;
    EXPECT_TRUE(mentions(list, "Caf" + e_acute + " tea")) << list;
    EXPECT_FALSE(mentions(list, e_combining)) << list;
    const auto dose = relief({"log", "dose", "Caf" + e_acute + " tea", "--at", "2026-03-10T09:00"});
    EXPECT_EQ(dose.code, 0) << dose.err;
    const auto again = relief({"med", "add", "Caf" + e_acute + " tea", "--dose", "200mg",
                               "--as-needed", "--class", "other"});
    EXPECT_EQ(again.code, 2);
    EXPECT_TRUE(mentions(again.err, "not already in your list")) << again.err;
}

TEST_F(CliTest, ANoteWithAnUnclosedRightToLeftOverrideIsRefused) {
    const auto before = content();
    const auto r = relief({"log", "note", "took it " + rlo + "late"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(mentions(r.err, "invalid note 'took it <U+202E>late'")) << r.err;
    EXPECT_TRUE(mentions(r.err, "closed by a pop directional formatting (U+202C) on the same line"))
        << r.err;
    EXPECT_EQ(content(), before);
    EXPECT_EQ(relief({"log", "note", "took it " + rlo + "late" + pdf}).code, 0);
}

TEST_F(CliTest, ACsvImportRefusesHiddenCharactersNamingTheLine) {
    ASSERT_EQ(relief({"log", "note", "felt fine", "--at", "2026-03-09T08:00"}).code, 0);
    const auto good = (home / "good.csv").string();
    ASSERT_EQ(relief({"export", "-o", good}).code, 0);
    const auto text = read_file(good);

    // Line 1 header, line 2 the zone setting, line 3 the medication, line 4 the note.
    std::string bad_name = text;
    const auto name_at = bad_name.find(",Flexeril,");
    ASSERT_NE(name_at, std::string::npos) << text;
    bad_name.insert(name_at + 9, zwsp);
    write_file(home / "bad_name.csv", bad_name);
    std::string bad_note = text;
    const auto note_at = bad_note.find("felt fine");
    ASSERT_NE(note_at, std::string::npos) << text;
    bad_note.insert(note_at + 4, rlo);
    write_file(home / "bad_note.csv", bad_note);

    const auto target = (home / "target.db").string();
    ASSERT_EQ(run_relief(home, {"--journal", target, "init", "--zone", "Europe/Berlin"}).code, 0);
    const auto snapshot = (home / "snap.csv").string();
    ASSERT_EQ(run_relief(home, {"--journal", target, "export", "-o", snapshot}).code, 0);
    const auto before = read_file(snapshot);
    struct Case {
        std::string file;
        std::string where;
        std::string what;
    };
    for (const auto& c : std::vector<Case>{
             {"bad_name.csv", "bad_name.csv:3:", "a zero-width space (U+200B)"},
             {"bad_note.csv", "bad_note.csv:4:", "a right-to-left override (U+202E)"}}) {
        const auto r = run_relief(home, {"--journal", target, "import", (home / c.file).string()});
        EXPECT_EQ(r.code, 1) << c.file;
        EXPECT_TRUE(mentions(r.err, c.where)) << r.err;
        EXPECT_TRUE(mentions(r.err, c.what)) << r.err;
    }
    ASSERT_EQ(run_relief(home, {"--journal", target, "export", "-o", snapshot}).code, 0);
    EXPECT_EQ(read_file(snapshot), before);
    EXPECT_EQ(run_relief(home, {"--journal", target, "import", good}).code, 0);
}
