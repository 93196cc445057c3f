#include "cli_fixture.h"

#include <sys/stat.h>

#include <chrono>
#include <ctime>

using namespace relief::testing;

TEST(CliJournal, InitCreatesAPrivateJournalInTheDefaultPlace) {
    TempDir home;
    auto r = run_relief(home, {"init", "--zone", "America/Chicago"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto path = home / ".local/share/relief-journal/journal.db";
    EXPECT_TRUE(std::filesystem::exists(path));
    EXPECT_EQ(file_mode(path), 0600u);
    EXPECT_NE(r.out.find(path.string()), std::string::npos);
    r = run_relief(home, {"profile", "show"});
    EXPECT_NE(r.out.find("America/Chicago"), std::string::npos) << r.out;
}

TEST(CliJournal, InitDefaultsToTheSystemZoneAndRefusesToOverwrite) {
    TempDir home;
    const auto path = (home / "j.db").string();
    ASSERT_EQ(run_relief(home, {"--journal", path, "init"}).code, 0);
    EXPECT_NE(run_relief(home, {"--journal", path, "profile", "show"}).out.find("Europe/Berlin"),
              std::string::npos);
    const auto before = read_file(path);
    const auto r = run_relief(home, {"--journal", path, "init"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("already exists"), std::string::npos);
    EXPECT_EQ(read_file(path), before);
}

TEST(CliJournal, MissingJournalSaysHowToStart) {
    TempDir home;
    const auto r = run_relief(home, {"--journal", (home / "none.db").string(), "day"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("relief init"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(home / "none.db"));
}

TEST_F(CliTest, ProfileSetAndShow) {
    auto r = relief({"profile", "set", "--birth-year", "1958", "--condition", "MS, kidney disease",
                     "--onset", "2026-03-01"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = relief({"profile", "show"});
    EXPECT_NE(r.out.find("1958"), std::string::npos);
    EXPECT_NE(r.out.find("multiple sclerosis, kidney disease"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("2026-03-01"), std::string::npos);
    EXPECT_EQ(relief({"profile", "set"}).code, 2);
    const auto before = content();
    EXPECT_EQ(relief({"profile", "set", "--birth-year", "1850"}).code, 2);
    EXPECT_EQ(relief({"profile", "set", "--birth-year", "2027"}).code, 2);
    EXPECT_EQ(relief({"profile", "set", "--onset", "2026-03-11"}).code, 2) << "onset in the future";
    EXPECT_EQ(relief({"profile", "set", "--condition", "hyperthyroidsm"}).code, 2);
    EXPECT_EQ(content(), before);
}

TEST_F(CliTest, ProfileIdentityDateOfBirthAndIdentifier) {
    auto r = relief({"profile", "set", "--name", "Sam Example", "--birth-date", "1958-05-01", "--identifier",
                     "MRN-0042", "--identifier-system", "urn:oid:2.16.840.1.113883.19.5"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = relief({"profile", "show"});
    EXPECT_NE(r.out.find("Birth year:     1958"), std::string::npos) << "the date implies the year\n" << r.out;
    EXPECT_NE(r.out.find("Date of birth:  1958-05-01"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Identifier:     MRN-0042 (urn:oid:2.16.840.1.113883.19.5)"), std::string::npos) << r.out;

    const auto before = content();
    r = relief({"profile", "set", "--birth-date", "1958-02-30"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("--birth-date"), std::string::npos) << r.err;
    r = relief({"profile", "set", "--birth-date", "2026-03-11"});
    EXPECT_EQ(r.code, 2) << "a birth date in the future";
    EXPECT_NE(r.err.find("2026-03-10"), std::string::npos) << r.err;
    r = relief({"profile", "set", "--birth-year", "1960"});
    EXPECT_EQ(r.code, 2) << "a year that contradicts the date of birth";
    EXPECT_NE(r.err.find("1958-05-01"), std::string::npos) << r.err;
    r = relief({"profile", "set", "--identifier", " MRN-0042"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("--identifier"), std::string::npos) << r.err;
    EXPECT_EQ(relief({"profile", "set", "--identifier", std::string(101, '7')}).code, 2);
    EXPECT_EQ(content(), before);

    // Clearing the date keeps the year; clearing the identifier removes it.
    ASSERT_EQ(relief({"profile", "set", "--birth-date", "", "--identifier", ""}).code, 0);
    r = relief({"profile", "show"});
    EXPECT_NE(r.out.find("Birth year:     1958"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Date of birth:  (not set)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Identifier:     (not set)"), std::string::npos) << r.out;
}

TEST_F(CliTest, MedicationsAddListStop) {
    auto r = relief({"med", "add", "Advil", "--dose", "400mg", "--as-needed", "--max-daily", "1200mg"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Advil (ibuprofen)"), std::string::npos) << r.out;
    r = relief({"med", "add", "Nightcalm", "--dose", "2mg", "--as-needed", "--class", "sedative"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = relief({"med", "list"});
    EXPECT_NE(r.out.find("Flexeril (cyclobenzaprine)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("at 08:00, 14:00, 20:00"), std::string::npos);
    EXPECT_NE(r.out.find("at most 1200 mg a day"), std::string::npos);
    EXPECT_NE(r.out.find("[taking]"), std::string::npos);
    r = relief({"med", "stop", "flexeril", "--on", "2026-03-09"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(relief({"med", "list"}).out.find("to 2026-03-09  [stopped]"), std::string::npos);
}

TEST_F(CliTest, StoppingBaclofenWithoutATaperWarns) {
    ASSERT_EQ(relief({"med", "add", "baclofen", "--dose", "10mg", "--times", "08:00,20:00", "--start",
                      "2026-03-01"}).code, 0);
    auto r = relief({"med", "stop", "baclofen"});
    EXPECT_NE(r.out.find("withdrawal"), std::string::npos) << r.out;
    r = relief({"med", "add", "tizanidine", "--dose", "2mg", "--times", "08:00", "--start", "2026-03-01"});
    r = relief({"med", "stop", "tizanidine", "--taper"});
    EXPECT_EQ(r.out.find("withdrawal"), std::string::npos) << r.out;
}

TEST_F(CliTest, DemoFillsAnEmptyJournalOnly) {
    const auto path = (home / "demo.db").string();
    auto r = run_relief(home, {"--journal", path, "--today", "2026-05-01T12:00", "demo", "--zone", "Europe/Paris"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(file_mode(path), 0600u);
    r = run_relief(home, {"--journal", path, "--today", "2026-05-01T12:00", "day", "2026-04-01"});
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("pain"), std::string::npos) << r.out;
    const auto export_path = (home / "demo.csv").string();
    ASSERT_EQ(run_relief(home, {"--journal", path, "export", "-o", export_path}).code, 0);
    const auto before = read_file(export_path);
    r = run_relief(home, {"--journal", path, "demo"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("empty"), std::string::npos) << r.err;
    ASSERT_EQ(run_relief(home, {"--journal", path, "export", "-o", export_path}).code, 0);
    EXPECT_EQ(read_file(export_path), before);
    r = run_relief(home, {"--journal", (home / "d2.db").string(), "demo", "--weeks", "0"});
    EXPECT_EQ(r.code, 2);
    EXPECT_FALSE(std::filesystem::exists(home / "d2.db")) << "a refused demo leaves no journal behind";
}

TEST_F(CliTest, MedicationsCannotBeDoubledButCanBeEdited) {
    auto r = relief({"med", "add", "flexeril", "--dose", "10mg", "--times", "08:00"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("med edit"), std::string::npos) << r.err;
    r = relief({"med", "edit", "Flexeril", "--dose", "10mg", "--times", "08:00,20:00", "--max-daily", "20mg"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = relief({"med", "list"});
    EXPECT_NE(r.out.find("10 mg at 08:00, 20:00, at most 20 mg a day"), std::string::npos) << r.out;
    EXPECT_EQ(relief({"med", "edit", "Flexeril"}).code, 2);
    EXPECT_EQ(relief({"med", "edit", "Flexeril", "--no-times"}).code, 2) << "no schedule left";
    ASSERT_EQ(relief({"med", "stop", "Flexeril", "--on", "2026-03-05"}).code, 0);
    r = relief({"med", "add", "Flexeril", "--dose", "5mg", "--times", "08:00", "--start", "2026-03-08"});
    EXPECT_EQ(r.code, 0) << "a new course after the stop: " << r.err;
    r = relief({"med", "add", "Amrix", "--dose", "15mg", "--times", "20:00", "--start", "2026-03-08"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("doses of both count"), std::string::npos) << r.out;
    r = relief({"log", "dose", "Amrix", "--at", "2026-03-09T20:00"});
    EXPECT_NE(r.out.find("Amrix 15 mg"), std::string::npos) << "logged against Amrix, not Flexeril: " << r.out;
}

// A damaged journal: the command fails with exit code 1, names the file and what to do,
// and the journal is exactly as it was.
TEST(CliJournal, DamagedJournalIsNamedAndLeftAlone) {
    TempDir home;
    const std::string journal = (home / "journal.db").string();
    ASSERT_EQ(run_relief(home, {"--journal", journal, "--today", "2026-03-10T12:00", "demo", "--weeks", "8"}).code, 0);
    const auto whole = read_file(journal);
    const std::string cut = whole.substr(0, whole.size() / 2);
    write_file(journal, cut);
    for (const auto& args : std::vector<std::vector<std::string>>{{"day", "2026-03-09"}, {"log", "pain", "4"}}) {
        auto full = args;
        full.insert(full.begin(), {"--journal", journal, "--today", "2026-03-10T12:00"});
        const auto r = run_relief(home, full);
        EXPECT_EQ(r.code, 1) << args[0];
        EXPECT_NE(r.err.find("cannot open " + journal + ": the file is damaged"), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("backup"), std::string::npos) << r.err;
        EXPECT_EQ(read_file(journal), cut);
        EXPECT_FALSE(std::filesystem::exists(journal + "-wal"));
    }
    write_file(journal, whole);
    EXPECT_EQ(run_relief(home, {"--journal", journal, "--today", "2026-03-10T12:00", "day", "2026-03-09"}).code, 0);
}

TEST_F(CliTest, UnderUmaskZeroTheJournalsFoldersAreAndFileIsPrivate) {
    const auto nested = home / "shared" / "deeper" / "journal.db";
    const mode_t previous = ::umask(0);
    const auto r = run_relief(home, {"--journal", nested.string(), "init"});
    ::umask(previous);
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(file_mode(home / "shared"), 0700u) << "nobody else can move the journal away";
    EXPECT_EQ(file_mode(home / "shared" / "deeper"), 0700u);
    EXPECT_EQ(file_mode(nested), 0600u);
    // A folder the person made is theirs: its mode is left as it is.
    std::filesystem::create_directory(home / "mine");
    ::chmod((home / "mine").c_str(), 0755);
    ASSERT_EQ(run_relief(home, {"--journal", (home / "mine" / "j.db").string(), "init"}).code, 0);
    EXPECT_EQ(file_mode(home / "mine"), 0755u);
    EXPECT_EQ(file_mode(home / "mine" / "j.db"), 0600u);
}

TEST_F(CliTest, TodayLooksBackButNeverAhead) {
    const auto before = content();
    const auto utc_day = [](int days_ahead) {
        const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() +
                                                                   std::chrono::hours{24 * days_ahead});
        std::tm tm{};
        ::gmtime_r(&t, &tm);
        char text[16];
        std::strftime(text, sizeof text, "%Y-%m-%d", &tm);
        return std::string(text);
    };
    for (const std::vector<std::string> command :
         {std::vector<std::string>{"log", "pain", "5"}, {"visit", "record"}, {"med", "add", "Advil", "--dose", "400mg", "--as-needed"}}) {
        for (const std::string ahead : {std::string("9999-12-31"), utc_day(2) + "T08:00"}) {
            auto args = std::vector<std::string>{"--journal", journal, "--today", ahead};
            args.insert(args.end(), command.begin(), command.end());
            const auto r = run_relief(home, args);
            EXPECT_EQ(r.code, 2) << command[0] << " " << ahead;
            EXPECT_TRUE(r.err.find("--today") != std::string::npos && r.err.find("look back, not ahead") != std::string::npos)
                << r.err;
        }
    }
    EXPECT_EQ(content(), before) << "nothing from a day that has not come";
    // Today itself (by the clock of any zone on Earth) is fine, and so is the past.
    EXPECT_EQ(run_relief(home, {"--journal", journal, "--today", utc_day(0), "day"}).code, 0);
    EXPECT_EQ(run_relief(home, {"--journal", journal, "--today", "2026-01-05", "day"}).code, 0);
}
