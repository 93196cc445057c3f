#include "cli_fixture.h"

using namespace relief::testing;

namespace {
bool mentions(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }
}  // namespace

TEST_F(CliTest, ExportImportRoundTripIsExact) {
    ASSERT_EQ(relief({"log", "pain", "4", "--at", "2026-03-09T08:00", "--location", "neck"}).code, 0);
    ASSERT_EQ(relief({"log", "note", "comma, \"quote\"", "--at", "2026-03-09T09:00"}).code, 0);
    ASSERT_EQ(relief({"log", "dose", "Flexeril", "--at", "2026-03-09T08:10"}).code, 0);
    ASSERT_EQ(relief({"delete", "2"}).code, 0);
    const auto csv = (home / "out.csv").string();
    auto r = relief({"export", "-o", csv});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(file_mode(csv), 0600u);

    const auto copy = (home / "copy.db").string();
    r = run_relief(home, {"--journal", copy, "import", csv});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "3 entry rows and 1 medication added")) << r.out;
    EXPECT_EQ(file_mode(copy), 0600u);
    const auto csv2 = (home / "out2.csv").string();
    ASSERT_EQ(run_relief(home, {"--journal", copy, "export", "-o", csv2}).code, 0);
    EXPECT_EQ(read_file(csv2), read_file(csv));

    r = run_relief(home, {"--journal", copy, "import", csv});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(mentions(r.out, "0 entry rows and 0 medications added, 3 entry rows already present")) << r.out;
}

TEST_F(CliTest, ExportNeutralisesSpreadsheetFormulasAndImportRestoresThem) {
    const std::string formula = "=HYPERLINK(\"http://example.invalid\",\"click\")";
    ASSERT_EQ(relief({"log", "note", formula, "--at", "2026-03-09T09:00"}).code, 0);
    ASSERT_EQ(relief({"log", "note", "-5 today, +1 tomorrow", "--at", "2026-03-09T10:00"}).code, 0);
    const auto csv = (home / "out.csv").string();
    ASSERT_EQ(relief({"export", "-o", csv}).code, 0);
    const std::string text = read_file(csv);
    EXPECT_TRUE(mentions(text, "\"'=HYPERLINK(")) << "a spreadsheet shows it as text";
    EXPECT_FALSE(mentions(text, ",\"=HYPERLINK(")) << text;
    EXPECT_TRUE(mentions(text, "'-5 today, +1 tomorrow"));
    const auto copy = (home / "copy.db").string();
    ASSERT_EQ(run_relief(home, {"--journal", copy, "import", csv}).code, 0);
    const auto day = run_relief(home, {"--journal", copy, "day", "2026-03-09"});
    EXPECT_TRUE(mentions(day.out, "note: " + formula)) << day.out;
    EXPECT_TRUE(mentions(day.out, "note: -5 today, +1 tomorrow")) << day.out;
}

TEST_F(CliTest, ImportIntoANewJournalLeavesNothingBehindWhenItFails) {
    ASSERT_EQ(relief({"log", "pain", "4", "--at", "2026-03-09T08:00"}).code, 0);
    const auto csv = (home / "out.csv").string();
    ASSERT_EQ(relief({"export", "-o", csv}).code, 0);
    std::string bad = read_file(csv);
    bad.replace(bad.find(",pain,,,,,4,"), 12, ",pain,,,,,44,");
    write_file(home / "bad.csv", bad);
    std::filesystem::create_directory(home / "new");
    const auto target = (home / "new" / "journal.db").string();
    auto r = run_relief(home, {"--journal", target, "import", (home / "bad.csv").string()});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(std::filesystem::is_empty(home / "new")) << "no journal, no hidden copy";
    r = run_relief(home, {"--journal", target, "import", csv});
    ASSERT_EQ(r.code, 0) << r.err;
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(home / "new")) names.push_back(e.path().filename().string());
    EXPECT_EQ(names, std::vector<std::string>{"journal.db"}) << "only the journal, in place";
    EXPECT_EQ(file_mode(target), 0600u);
    EXPECT_TRUE(mentions(run_relief(home, {"--journal", target, "day", "2026-03-09"}).out, "pain 4"));
}

TEST_F(CliTest, BadCsvFilesNameTheLineAndChangeNothing) {
    ASSERT_EQ(relief({"log", "pain", "4", "--at", "2026-03-09T08:00"}).code, 0);
    ASSERT_EQ(relief({"log", "pain", "5", "--at", "2026-03-09T12:00"}).code, 0);
    ASSERT_EQ(relief({"log", "pain", "6", "--at", "2026-03-09T18:00"}).code, 0);
    const auto good = (home / "good.csv").string();
    ASSERT_EQ(relief({"export", "-o", good}).code, 0);
    const auto text = read_file(good);

    // Line 1 header, line 2 the zone setting, line 3 the medication, lines 4-6 the pains.
    std::string bad_middle = text;
    const auto pos = bad_middle.find(",pain,,,,,5,");
    ASSERT_NE(pos, std::string::npos) << text;
    bad_middle.replace(pos, 12, ",pain,,,,,55,");
    write_file(home / "bad_middle.csv", bad_middle);
    write_file(home / "bad_header.csv", "date,score\n2026-03-01,5\n");
    write_file(home / "junk.csv", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));

    auto target = (home / "target.db").string();
    ASSERT_EQ(run_relief(home, {"--journal", target, "init"}).code, 0);
    ASSERT_EQ(run_relief(home, {"--journal", target, "import", good}).code, 0);
    const auto snapshot = (home / "snap.csv").string();
    ASSERT_EQ(run_relief(home, {"--journal", target, "export", "-o", snapshot}).code, 0);
    const auto before = read_file(snapshot);

    struct Case {
        std::string file;
        std::string where;
        std::string what;
    };
    for (const auto& c : std::vector<Case>{{"bad_middle.csv", "bad_middle.csv:5:", "score '55'"},
                                           {"bad_header.csv", "bad_header.csv:1:", "unknown column 'date'"},
                                           {"junk.csv", "junk.csv:1:", "text CSV file"}}) {
        const auto r = run_relief(home, {"--journal", target, "import", (home / c.file).string()});
        EXPECT_EQ(r.code, 1) << c.file;
        EXPECT_TRUE(mentions(r.err, c.where)) << r.err;
        EXPECT_TRUE(mentions(r.err, c.what)) << r.err;
    }
    ASSERT_EQ(run_relief(home, {"--journal", target, "export", "-o", snapshot}).code, 0);
    EXPECT_EQ(read_file(snapshot), before);

    const auto fresh = (home / "fresh.db").string();
    const auto r = run_relief(home, {"--journal", fresh, "import", (home / "bad_middle.csv").string()});
    EXPECT_EQ(r.code, 1);
    EXPECT_FALSE(std::filesystem::exists(fresh)) << "a failed import into a new journal leaves none behind";
    EXPECT_EQ(run_relief(home, {"--journal", fresh, "import", (home / "none.csv").string()}).code, 1);
}

TEST_F(CliTest, BackupIsAPrivateWorkingCopy) {
    ASSERT_EQ(relief({"log", "pain", "4", "--at", "2026-03-09T08:00"}).code, 0);
    const auto backup = (home / "backup.db").string();
    auto r = relief({"backup", "-o", backup});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(file_mode(backup), 0600u);
    r = run_relief(home, {"--journal", backup, "--read-only", "day", "2026-03-09"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "pain 4/10")) << r.out;
    EXPECT_EQ(relief({"backup"}).code, 2);
    EXPECT_EQ(relief({"backup", "-o", journal}).code, 1);
    EXPECT_EQ(relief({"export"}).code, 2);
}
