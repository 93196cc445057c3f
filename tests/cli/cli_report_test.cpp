#include "cli_fixture.h"

#include <nlohmann/json.hpp>

using namespace relief::testing;

namespace {
bool mentions(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }
}  // namespace

TEST_F(CliTest, ReportInEveryFormatIsPrivate) {
    ASSERT_EQ(relief({"log", "pain", "6", "--at", "2026-03-09T08:00", "--location", "lower-back"}).code, 0);
    ASSERT_EQ(relief({"log", "dose", "Flexeril", "--at", "2026-03-09T08:05"}).code, 0);
    for (const char* name : {"r.pdf", "r.html", "r.csv", "r.json"}) {
        const auto path = (home / name).string();
        const auto r = relief({"report", "-o", path});
        ASSERT_EQ(r.code, 0) << name << ": " << r.err;
        EXPECT_EQ(file_mode(path), 0600u) << name;
        EXPECT_TRUE(r.err.empty()) << "no Qt chatter: " << r.err;
    }
    EXPECT_EQ(read_file(home / "r.pdf").rfind("%PDF-", 0), 0u);
    EXPECT_TRUE(mentions(read_file(home / "r.html"), "<!DOCTYPE html>"));
    EXPECT_TRUE(mentions(read_file(home / "r.csv"), "2026-03-09"));
    const auto fhir = nlohmann::json::parse(read_file(home / "r.json"));
    EXPECT_EQ(fhir.at("resourceType"), "Bundle");
    const auto r = relief({"report", "--format", "csv", "-o", (home / "plain.txt").string()});
    EXPECT_EQ(r.code, 0) << r.err;
}

TEST_F(CliTest, ReportPeriodDefaultsToTheLastVisit) {
    auto r = relief({"report", "-o", (home / "a.csv").string()});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "9 Feb 2026 to 10 Mar 2026 (30 days)")) << r.out;
    ASSERT_EQ(relief({"visit", "record", "2026-03-02"}).code, 0);
    r = relief({"report", "-o", (home / "a.csv").string()});
    EXPECT_TRUE(mentions(r.out, "2 Mar 2026 to 10 Mar 2026 (9 days)")) << r.out;
    r = relief({"report", "--from", "2026-03-05", "--to", "2026-03-06", "-o", (home / "a.csv").string()});
    EXPECT_TRUE(mentions(r.out, "5 Mar 2026 to 6 Mar 2026 (2 days)")) << r.out;
    EXPECT_EQ(relief({"visit", "record", "2026-03-11"}).code, 2) << "no visits in the future";
}

TEST_F(CliTest, BadReportRequestsAreRefusedAndWriteNothing) {
    const auto target = (home / "x.pdf").string();
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
        {{"report"}, "needs -o FILE"},
        {{"report", "-o", (home / "x.txt").string()}, "--format"},
        {{"report", "--format", "docx", "-o", target}, "--format 'docx'"},
        {{"report", "--from", "2026-03-09", "--to", "2026-03-01", "-o", target}, "--from '2026-03-09'"},
        {{"report", "--to", "2026-03-11", "-o", target}, "--to '2026-03-11'"},
        {{"report", "--from", "2026-02-30", "-o", target}, "--from '2026-02-30'"},
        {{"report", "--paper", "a3", "-o", target}, "--paper 'a3'"},
    };
    for (const auto& [args, expected] : cases) {
        const auto r = relief(args);
        EXPECT_EQ(r.code, 2) << args.back() << ": " << r.err;
        EXPECT_TRUE(mentions(r.err, expected)) << r.err;
    }
    EXPECT_FALSE(std::filesystem::exists(target));
    const auto before = read_file(journal);
    auto r = relief({"report", "--format", "csv", "-o", journal});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(mentions(r.err, "journal itself")) << r.err;
    EXPECT_EQ(read_file(journal), before);
    r = relief({"report", "--format", "csv", "-o", home.path().string()});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(mentions(r.err, "folder")) << r.err;
}

TEST_F(CliTest, ExportNeverOverwritesAJournalOrADevice) {
    const auto other = (home / "other.db").string();
    ASSERT_EQ(run_relief(home, {"--journal", other, "init"}).code, 0);
    const auto before = read_file(other);
    auto r = relief({"export", "-o", other});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(mentions(r.err, "database")) << r.err;
    EXPECT_EQ(read_file(other), before);
    r = relief({"export", "-o", journal});
    EXPECT_EQ(r.code, 1);
    r = relief({"export", "-o", "/dev/null"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(mentions(r.err, "not a regular file")) << r.err;
    // A link planted in a shared folder never redirects a write: refused, its target untouched.
    write_file(home / "theirs.txt", "their file");
    std::filesystem::create_symlink(home / "theirs.txt", home / "link.csv");
    std::filesystem::create_symlink(home / "not-yet.csv", home / "dangling.csv");
    for (const char* link : {"link.csv", "dangling.csv"})
        for (const std::vector<std::string> command :
             {std::vector<std::string>{"export", "-o"}, {"report", "--format", "csv", "-o"}, {"backup", "-o"}}) {
            auto args = command;
            args.push_back((home / link).string());
            r = relief(args);
            EXPECT_EQ(r.code, 1) << command[0] << " " << link;
            EXPECT_TRUE(mentions(r.err, "symbolic link")) << r.err;
        }
    EXPECT_EQ(read_file(home / "theirs.txt"), "their file");
    EXPECT_FALSE(std::filesystem::exists(home / "not-yet.csv"));
    // SQLite's working files beside a database are never written.
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        r = relief({"export", "-o", journal + suffix});
        EXPECT_EQ(r.code, 1) << suffix;
        EXPECT_TRUE(mentions(r.err, "working file of the database")) << r.err;
    }
    EXPECT_EQ(relief({"log", "pain", "3", "--at", "2026-03-09T08:00"}).code, 0) << "the journal still works";
    // One step inside: a name that merely ends like one, beside no database, is fine.
    r = relief({"export", "-o", (home / "notes-journal").string()});
    EXPECT_EQ(r.code, 0) << r.err;
    r = relief({"backup", "-o", other});
    EXPECT_EQ(r.code, 0) << "a backup may replace an older backup: " << r.err;
}
