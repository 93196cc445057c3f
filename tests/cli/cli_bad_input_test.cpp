#include "cli_fixture.h"

#include <unistd.h>

using namespace relief::testing;

namespace {
bool mentions(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }
}  // namespace

// Each bad input: a clear message naming field and value, exit code 2, journal unchanged.
TEST_F(CliTest, BadValuesAreRefusedAndChangeNothing) {
    ASSERT_EQ(relief({"log", "pain", "4", "--at", "2026-03-09T08:00"}).code, 0);
    const auto before = content();
    const std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> cases{
        {{"log", "pain", "11"}, {"pain score '11'", "0 to 10"}},
        {{"log", "pain", "seven"}, {"pain score 'seven'", "whole number"}},
        {{"log", "pain", "-1"}, {"pain score '-1'"}},
        {{"log", "pain", "7.5"}, {"pain score '7.5'"}},
        {{"log", "pain", "5", "--location", "elbw"}, {"'elbw'", "did you mean 'elbow'"}},
        {{"log", "pain", "5", "--quality", "sharpish"}, {"'sharpish'"}},
        {{"log", "dose", "Flexeril", "-5mg"}, {"amount '-5mg'", "mg"}},
        {{"log", "dose", "Flexeril", "5"}, {"amount '5'", "unit is missing"}},
        {{"log", "dose", "Flexeril", "0mg"}, {"amount '0mg'"}},
        {{"log", "dose", "Flexerol"}, {"medication 'Flexerol'", "did you mean 'Flexeril'"}},
        {{"log", "dose", "baclofen"}, {"medication 'baclofen'", "relief med add"}},
        {{"med", "add", "cyclobenzaprin", "--dose", "5mg", "--times", "08:00"},
         {"drug 'cyclobenzaprin'", "did you mean 'cyclobenzaprine'", "--class"}},
        {{"med", "add", "Zanaflx", "--dose", "5mg", "--times", "08:00"}, {"did you mean 'Zanaflex'"}},
        {{"med", "add", "baclofen", "--dose", "5mg", "--times", "8am"}, {"--times '8am'", "HH:MM"}},
        {{"med", "add", "baclofen", "--dose", "5mg", "--times", "08:00", "--start", "2026-02-30"},
         {"--start '2026-02-30'", "exists on the calendar"}},
        {{"med", "add", "baclofen", "--dose", "5mg"}, {"--times", "--as-needed"}},
        {{"med", "add", "baclofen", "--times", "08:00"}, {"--dose"}},
        {{"med", "add", "mystery", "--dose", "5mg", "--as-needed", "--class", "potion"}, {"drug class 'potion'"}},
        {{"log", "pain", "5", "--at", "2026-02-30T08:00"}, {"--at '2026-02-30T08:00'", "exists on the calendar"}},
        {{"log", "pain", "5", "--at", "2026-03-29T02:30"}, {"--at '2026-03-29T02:30'", "daylight saving"}},
        {{"log", "pain", "5", "--at", "2026-03-11T08:00"}, {"not in the future"}},
        {{"log", "pain", "5", "--at", "yesterday"}, {"--at 'yesterday'", "YYYY-MM-DDTHH:MM"}},
        {{"log", "pain", "5", "--zone", "Mars/Base"}, {"time zone 'Mars/Base'"}},
        {{"log", "side-effect", "drowsyness"}, {"did you mean 'drowsiness'"}},
        {{"log", "side-effect", "drowsiness", "--severity", "awful"}, {"--severity 'awful'", "'mild'"}},
        {{"log", "cramp", "--minutes", "0"}, {"--minutes '0'"}},
        {{"log", "cramp", "--minutes", "2000"}, {"--minutes '2000'", "1 to 1440"}},
        {{"log", "measure", "karate"}, {"'karate'", "heat"}},
        {{"log", "fluids", "300"}, {"glasses '300'", "1 to 50"}},
        {{"log", "alcohol", "0"}, {"drinks '0'"}},
        {{"log", "note", ""}, {"note"}},
        {{"log", "note", "two", "words"}, {"quotes"}},
        {{"day", "2026-13-01"}, {"date '2026-13-01'"}},
        {{"med", "stop", "flexeril", "--on", "2026-02-01"}, {"--on '2026-02-01'", "2026-03-01"}},
    };
    for (const auto& [args, expected] : cases) {
        const auto r = relief(args);
        EXPECT_EQ(r.code, 2) << args[0] << " " << args[1] << ": " << r.err << r.out;
        for (const auto& e : expected) EXPECT_TRUE(mentions(r.err, e)) << "'" << e << "' not in: " << r.err;
    }
    EXPECT_EQ(content(), before);
}

TEST_F(CliTest, BadTodayIsRefused) {
    const auto r = run_relief(home, {"--journal", journal, "--today", "2026-02-30", "day"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(mentions(r.err, "--today '2026-02-30'")) << r.err;
    for (const char* bad : {"2026-03-10T25:00", "2026-03-10T9", "2026-03-10 12:00x", "2026-03-10T12:60"}) {
        const auto t = run_relief(home, {"--journal", journal, "--today", bad, "day"});
        EXPECT_EQ(t.code, 2) << bad;
        EXPECT_TRUE(mentions(t.err, std::string("--today '") + bad + "'")) << t.err;
        EXPECT_TRUE(mentions(t.err, "YYYY-MM-DDTHH:MM")) << t.err;
    }
}

// --today with a minute is a clock that stands still: an entry without --at is stamped then,
// and a time after it is the future.
TEST_F(CliTest, TodayWithATimeIsTheMinuteOfEveryEntry) {
    auto r = run_relief(home, {"--journal", journal, "--today", "2026-03-10T07:15", "log", "pain", "4"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(relief({"day", "2026-03-10"}).out, "07:15  pain 4/10"));
    r = run_relief(home, {"--journal", journal, "--today", "2026-03-10T07:15", "log", "pain", "5", "--at",
                          "2026-03-10T07:16"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(mentions(r.err, "2026-03-10 07:15")) << r.err;
}

TEST(CliBadJournal, FolderNotSqliteAndNewerAreRefusedUntouched) {
    TempDir home;
    auto r = run_relief(home, {"--journal", home.path().string(), "day"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(mentions(r.err, "is a folder")) << r.err;

    write_file(home / "notes.db", "these are my notes, not a database\n");
    r = run_relief(home, {"--journal", (home / "notes.db").string(), "log", "pain", "3"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(mentions(r.err, "not a Relief Journal")) << r.err;
    EXPECT_EQ(read_file(home / "notes.db"), "these are my notes, not a database\n");

    const auto future = (home / "future.db").string();
    ASSERT_EQ(run_relief(home, {"--journal", future, "init"}).code, 0);
    ASSERT_EQ(std::system(("sqlite3 '" + future + "' 'PRAGMA journal_mode=DELETE; PRAGMA user_version=99' >/dev/null").c_str()), 0);
    const auto before = read_file(future);
    r = run_relief(home, {"--journal", future, "log", "pain", "3"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(mentions(r.err, "newer version")) << r.err;
    EXPECT_EQ(read_file(future), before);
}

TEST(CliBadJournal, UnreadableJournalIsRefused) {
    TempDir home;
    const auto path = (home / "j.db").string();
    ASSERT_EQ(run_relief(home, {"--journal", path, "init"}).code, 0);
    std::filesystem::permissions(path, std::filesystem::perms::none);
    std::filesystem::permissions(home.path(), std::filesystem::perms::all);
    // root reads anything, so as root run the CLI as 'nobody'; otherwise as ourselves.
    const std::vector<std::string> as_nobody{"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};
    const auto r = run_relief(home, {"--journal", path, "day"}, ::geteuid() == 0 ? as_nobody : std::vector<std::string>{});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(mentions(r.err, "cannot read")) << r.err;
    EXPECT_TRUE(mentions(r.err, "permission denied")) << r.err;
}

TEST_F(CliTest, ReadOnlyRefusesWritesButShowsTheJournal) {
    ASSERT_EQ(relief({"log", "pain", "4", "--at", "2026-03-09T08:00"}).code, 0);
    const auto before = content();
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"--read-only", "log", "pain", "5"},
             {"--read-only", "med", "add", "baclofen", "--dose", "5mg", "--times", "08:00"},
             {"--read-only", "delete", "1"},
             {"--read-only", "profile", "set", "--birth-year", "1970"}}) {
        const auto r = relief(args);
        EXPECT_EQ(r.code, 1) << args[1];
        EXPECT_TRUE(mentions(r.err, "read-only")) << r.err;
    }
    const auto r = relief({"--read-only", "day", "2026-03-09"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "pain 4/10")) << r.out;
    EXPECT_EQ(content(), before);
}
