// `relief med change`: a prescription change from a given day, and undoing one. The
// fixture's Flexeril is 5 mg at 08:00, 14:00, 20:00 from 2026-03-01; today is 2026-03-10.
#include "cli_fixture.h"

using namespace relief::testing;

namespace {
bool mentions(const std::string& text, const std::string& what) {
    return text.find(what) != std::string::npos;
}
}  // namespace

TEST_F(CliTest, AChangeFromADayKeepsTheDaysBefore) {
    auto r = relief({"med", "change", "Flexeril", "--dose", "10mg", "--times", "8:00, 20:00",
                     "--from", "2026-03-05"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(
        r.out, "10 mg at 08:00, 20:00 from 2026-03-05 (before: 5 mg at 08:00, 14:00, 20:00)"))
        << r.out;
    EXPECT_TRUE(mentions(r.out, "relief med change Flexeril --from 2026-03-05 --remove")) << r.out;

    r = relief({"med", "list"});
    EXPECT_TRUE(mentions(
        r.out, "10 mg at 08:00, 20:00 from 2026-03-05 (before: 5 mg at 08:00, 14:00, 20:00)"))
        << r.out;

    r = relief({"day", "2026-03-04"});
    EXPECT_TRUE(mentions(r.out, "14:00  Flexeril 5 mg")) << r.out;
    r = relief({"day", "2026-03-05"});
    EXPECT_TRUE(mentions(r.out, "08:00  Flexeril 10 mg")) << r.out;
    EXPECT_FALSE(mentions(r.out, "14:00  Flexeril")) << r.out;

    r = relief({"log", "dose", "Flexeril", "--at", "2026-03-04T08:00"});
    EXPECT_TRUE(mentions(r.out, "Flexeril 5 mg")) << r.out;
    r = relief({"log", "dose", "Flexeril", "--at", "2026-03-06T08:00"});
    EXPECT_TRUE(mentions(r.out, "Flexeril 10 mg"))
        << "the dose of that day's prescription: " << r.out;
}

TEST_F(CliTest, AChangeCanBePlannedAndUndone) {
    ASSERT_EQ(relief({"med", "change", "flexeril", "--dose", "2.5mg", "--from", "2026-03-20"}).code,
              0);
    auto r = relief({"med", "list"});
    EXPECT_TRUE(mentions(
        r.out, "5 mg at 08:00, 14:00, 20:00 (then: 2.5 mg at 08:00, 14:00, 20:00 from 2026-03-20)"))
        << r.out;
    const auto with_change = content();

    r = relief({"med", "change", "flexeril", "--dose", "2mg", "--from", "2026-03-20"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(
        mentions(r.out, "replaces the change from the same day (2.5 mg at 08:00, 14:00, 20:00)"))
        << r.out;

    r = relief({"med", "change", "Flexeril", "--from", "2026-03-20", "--remove"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "from then on it is 5 mg at 08:00, 14:00, 20:00 again")) << r.out;
    EXPECT_TRUE(mentions(relief({"med", "list"}).out, "    5 mg at 08:00, 14:00, 20:00\n"));

    // Both changes stay in the journal (and its export), marked as replaced or removed.
    const auto csv = content();
    EXPECT_NE(csv.find("prescription,1,"), std::string::npos) << csv;
    EXPECT_NE(csv.find("prescription,2,"), std::string::npos) << csv;
    EXPECT_NE(csv, with_change);

    const auto before = content();
    r = relief({"med", "change", "Flexeril", "--from", "2026-03-20", "--remove"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(mentions(r.err, "--from '2026-03-20'")) << r.err;
    EXPECT_TRUE(mentions(r.err, "has none")) << r.err;
    EXPECT_EQ(content(), before);
}

TEST_F(CliTest, BadChangesAreRefusedAndChangeNothing) {
    ASSERT_EQ(relief({"med", "change", "Flexeril", "--dose", "10mg", "--from", "2026-03-05"}).code,
              0);
    const auto before = content();
    const std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> cases{
        {{"med", "change", "Flexeril", "--dose", "10mg"}, {"--from"}},
        {{"med", "change", "Flexeril", "--from", "2026-03-07"}, {"--dose", "--times"}},
        {{"med", "change", "Flexeril", "--from", "2026-03-01", "--dose", "7mg"},
         {"--from '2026-03-01'", "after"}},
        {{"med", "change", "Flexeril", "--from", "2026-02-20", "--dose", "7mg"},
         {"--from '2026-02-20'"}},
        {{"med", "change", "Flexeril", "--from", "2026-02-30", "--dose", "7mg"},
         {"--from '2026-02-30'"}},
        {{"med", "change", "Flexeril", "--from", "2026-03-07", "--dose", "0mg"}, {"--dose '0mg'"}},
        {{"med", "change", "Flexeril", "--from", "2026-03-07", "--dose", "7"}, {"--dose '7'"}},
        {{"med", "change", "Flexeril", "--from", "2026-03-07", "--times", "8:60"},
         {"--times '8:60'", "HH:MM"}},
        {{"med", "change", "Flexeril", "--from", "2026-03-07", "--times", "08:00", "--no-times"},
         {"--times or --no-times"}},
        {{"med", "change", "Flexeril", "--from", "2026-03-07", "--as-needed", "--no-as-needed"},
         {"--as-needed or --no-as-needed"}},
        {{"med", "change", "Flexeril", "--from", "2026-03-07", "--no-times"},
         {"--times", "--as-needed"}},
        {{"med", "change", "Flexeril", "--from", "2026-03-07", "--dose", "10mg"},
         {"a change to the prescription"}},
        {{"med", "change", "Flexeril", "--from", "2026-03-05", "--dose", "3mg", "--remove"},
         {"--remove"}},
        {{"med", "change", "Flexerol", "--from", "2026-03-07", "--dose", "3mg"},
         {"did you mean 'Flexeril'"}},
    };
    for (const auto& [args, expected] : cases) {
        const auto r = relief(args);
        EXPECT_EQ(r.code, 2) << args[3] << ": " << r.err << r.out;
        for (const auto& e : expected)
            EXPECT_TRUE(mentions(r.err, e)) << "'" << e << "' not in: " << r.err;
    }
    // A stop before a change is refused too, naming the change.
    const auto r = relief({"med", "stop", "Flexeril", "--on", "2026-03-04"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(mentions(r.err, "--on '2026-03-04'")) << r.err;
    EXPECT_TRUE(mentions(r.err, "2026-03-05")) << r.err;
    EXPECT_EQ(content(), before);
}

TEST_F(CliTest, HelpExplainsChangeAndEditPointsToIt) {
    auto r = relief({"med", "change", "--help"});
    EXPECT_EQ(r.code, 0);
    for (const char* part : {"--from DATE", "--dose AMOUNT", "--no-times", "--remove",
                             "keep the earlier prescription"})
        EXPECT_TRUE(mentions(r.out, part)) << part << " not in: " << r.out;
    r = relief({"med", "edit", "--help"});
    EXPECT_TRUE(mentions(r.out, "relief med change")) << r.out;
    r = relief({"med", "edit", "Flexeril", "--dose", "6mg"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "use 'relief med change Flexeril ... --from DATE'")) << r.out;
    r = relief({"med", "add", "Flexeril", "--dose", "7mg", "--times", "08:00"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(mentions(r.err, "relief med change")) << r.err;
}

// Without --today: a medication added now does not expect today's doses that were
// already past when it was added (00:00 always is).
TEST(CliMedChange, AMedicationAddedTodayDoesNotMissTheDosesBeforeIt) {
    TempDir home;
    const std::string journal = (home / "j.db").string();
    ASSERT_EQ(run_relief(home, {"--journal", journal, "init", "--zone", "UTC"}).code, 0);
    auto r = run_relief(home, {"--journal", journal, "med", "add", "Flexeril", "--dose", "5mg",
                               "--times", "00:00,12:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto from = r.out.find(", from ");
    ASSERT_NE(from, std::string::npos) << r.out;
    const std::string start = r.out.substr(from + 7, 10);
    r = run_relief(home, {"--journal", journal, "day", start});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_FALSE(mentions(r.out, "00:00  Flexeril")) << r.out;
    // Added with an explicit start day in the past, every dose of that day is expected.
    r = run_relief(home, {"--journal", journal, "med", "add", "baclofen", "--dose", "5mg",
                          "--times", "00:00", "--start", "2026-01-01"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = run_relief(home, {"--journal", journal, "day", "2026-01-01"});
    EXPECT_TRUE(mentions(r.out, "00:00  baclofen 5 mg  missed")) << r.out;
}
