#include "cli_fixture.h"

#include <nlohmann/json.hpp>

using namespace relief::testing;

namespace {
bool mentions(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }
}  // namespace

TEST_F(CliTest, CombinationProductsAreAddedWithWhatATabletHolds) {
    auto r = relief({"med", "add", "Percocet", "--dose", "1 tablet", "--as-needed", "--start", "2026-03-01"});
    ASSERT_EQ(r.code, 0) << r.err;
    for (const char* expected :
         {"Added Percocet (oxycodone/acetaminophen 5/325 mg)",
          "One tablet of Percocet is oxycodone 5 mg + acetaminophen 325 mg; the dose is 1 tablet.",
          "Log doses as tablets: relief log dose \"Percocet\" 2",
          "Its acetaminophen counts towards the daily maximum of acetaminophen (3000 mg; urgent above 4000 mg)"})
        EXPECT_TRUE(mentions(r.out, expected)) << expected << "\n" << r.out;

    for (const char* product : {"Norco", "Vicodin", "NyQuil", "Tylenol PM", "Excedrin", "Ultracet", "Tylenol #3"}) {
        r = relief({"med", "add", product, "--dose", "1", "--as-needed", "--start", "2026-03-01"});
        EXPECT_EQ(r.code, 0) << product << ": " << r.err;
        EXPECT_TRUE(mentions(r.out, "acetaminophen")) << product << ": " << r.out;
        EXPECT_TRUE(mentions(r.out, "Note: you also take Percocet")) << product << ": " << r.out;
    }
    r = relief({"med", "list"});
    EXPECT_TRUE(mentions(r.out, "Tylenol PM (acetaminophen/diphenhydramine 500/25 mg)")) << r.out;
}

TEST_F(CliTest, APercocetDoseIsACountOfTablets) {
    ASSERT_EQ(relief({"med", "add", "Percocet", "--dose", "1 tablet", "--as-needed", "--start", "2026-03-01"}).code, 0);
    auto r = relief({"log", "dose", "Percocet", "2", "--at", "2026-03-09T08:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "That is 2 tablets of Percocet: oxycodone 10 mg + acetaminophen 650 mg.")) << r.out;
    EXPECT_FALSE(mentions(r.out, "!!")) << r.out;
    r = relief({"log", "dose", "Percocet", "--at", "2026-03-09T14:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "That is 1 tablet of Percocet")) << r.out;
    r = relief({"log", "dose", "Percocet", "1.5 tablets", "--at", "2026-03-09T18:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "1.5 tablets")) << r.out;
    r = relief({"med", "change", "Percocet", "--dose", "2 tablets", "--from", "2026-03-10"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "10 mg")) << r.out;
}

TEST_F(CliTest, BadCombinationDosesAreRefusedAndChangeNothing) {
    ASSERT_EQ(relief({"med", "add", "Percocet", "--dose", "1 tablet", "--as-needed", "--start", "2026-03-01"}).code, 0);
    const auto before = content();
    const std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> cases{
        {{"log", "dose", "Percocet", "325mg"}, {"amount '325mg'", "325 mg of oxycodone would be 65 tablets"}},
        {{"log", "dose", "Percocet", "0"}, {"amount '0'", "in quarters from 0.25 to 20"}},
        {{"log", "dose", "Percocet", "30"}, {"amount '30'"}},
        {{"log", "dose", "Percocet", "2 spoons"}, {"amount '2 spoons'", "oxycodone 5 mg + acetaminophen 325 mg"}},
        {{"med", "add", "Norco", "--dose", "half", "--as-needed"}, {"--dose 'half'"}},
        {{"med", "edit", "Percocet", "--dose", "0.1"}, {"--dose '0.1'"}},
    };
    for (const auto& [args, expected] : cases) {
        const auto r = relief(args);
        EXPECT_EQ(r.code, 2) << args[1] << " " << args[2] << ": " << r.err << r.out;
        for (const auto& e : expected) EXPECT_TRUE(mentions(r.err, e)) << "'" << e << "' not in: " << r.err;
    }
    EXPECT_EQ(content(), before);
}

TEST_F(CliTest, LogDoseSaysAtOnceWhenAcetaminophenAddsUpAcrossProducts) {
    ASSERT_EQ(relief({"med", "add", "Tylenol", "--dose", "1000mg", "--as-needed", "--start", "2026-03-01"}).code, 0);
    ASSERT_EQ(relief({"med", "add", "Percocet", "--dose", "1", "--as-needed", "--start", "2026-03-01"}).code, 0);
    for (const char* at : {"2026-03-09T08:00", "2026-03-09T12:00", "2026-03-09T16:00"}) {
        const auto r = relief({"log", "dose", "Tylenol", "--at", at});
        ASSERT_EQ(r.code, 0) << r.err;
        EXPECT_FALSE(mentions(r.out, "!!")) << r.out << "3000 mg is the maximum, not above it";
    }
    auto r = relief({"log", "dose", "Percocet", "1", "--at", "2026-03-09T17:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "!! Warning: On 2026-03-09 the total of acetaminophen (3325 mg: Tylenol 3000 mg + "
                                "Percocet 325 mg) was above the maximum (3000 mg). Check with your pharmacist before "
                                "taking more. (This dose is recorded.)"))
        << r.out;
    r = relief({"log", "dose", "Percocet", "3 tablets", "--at", "2026-03-09T20:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "!! Urgent: On 2026-03-09 the total of acetaminophen (4300 mg: Tylenol 3000 mg + "
                                "Percocet 1300 mg) was above the maximum (3000 mg). Above 4000 mg in 24 hours, "
                                "acetaminophen can seriously harm the liver"))
        << r.out;
    EXPECT_TRUE(mentions(relief({"day", "2026-03-09"}).out, "20:00  dose: Percocet 15 mg")) << "the dose is kept";

    r = relief({"alerts", "--as-of", "2026-03-09", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto alerts = nlohmann::json::parse(r.out).at("alerts");
    const auto found = std::find_if(alerts.begin(), alerts.end(), [](const nlohmann::json& a) {
        return a.at("rule_id") == "dose.daily-maximum" && a.at("subject") == "acetaminophen above the maximum";
    });
    ASSERT_NE(found, alerts.end()) << r.out;
    EXPECT_EQ(found->at("severity"), "urgent");
}

TEST_F(CliTest, LogDoseSaysAtOnceWhenTizanidineIsTakenTooOftenIn24Hours) {
    ASSERT_EQ(relief({"med", "add", "Zanaflex", "--dose", "2mg", "--as-needed", "--start", "2026-03-01"}).code, 0);
    for (const char* at : {"2026-03-08T16:00", "2026-03-08T21:00", "2026-03-09T02:00"}) {
        const auto r = relief({"log", "dose", "Zanaflex", "--at", at});
        ASSERT_EQ(r.code, 0) << r.err;
        EXPECT_FALSE(mentions(r.out, "!!")) << r.out;
    }
    const auto r = relief({"log", "dose", "Zanaflex", "--at", "2026-03-09T09:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "!! Warning: In the 24 hours up to 2026-03-09 09:00 you took 4 doses of Zanaflex "
                                "(tizanidine); the label allows at most 3 doses in 24 hours."))
        << r.out;
    EXPECT_TRUE(mentions(r.out, "Logged dose: Zanaflex 2 mg taken")) << r.out;
}

TEST_F(CliTest, AnUnknownPainOrColdMedicineGetsTheAcetaminophenQuestion) {
    auto r = relief({"med", "add", "Mucinex Fast-Max", "--class", "other", "--dose", "10mg", "--as-needed"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "Does Mucinex Fast-Max contain acetaminophen (paracetamol, APAP)?")) << r.out;
    r = relief({"med", "add", "HeadAway", "--class", "analgesic", "--dose", "10mg", "--as-needed"});
    EXPECT_TRUE(mentions(r.out, "contain acetaminophen")) << r.out;
    r = relief({"med", "add", "Sleepwell", "--class", "sedative", "--dose", "10mg", "--as-needed"});
    EXPECT_FALSE(mentions(r.out, "contain acetaminophen")) << r.out;
    r = relief({"med", "add", "Tylenol", "--dose", "500mg", "--as-needed"});
    EXPECT_FALSE(mentions(r.out, "contain acetaminophen")) << r.out;
}

TEST_F(CliTest, ACombinationProductSurvivesExportAndImport) {
    ASSERT_EQ(relief({"med", "add", "Tylenol PM", "--dose", "2 caplets", "--as-needed", "--start", "2026-03-01"}).code,
              0);
    ASSERT_EQ(relief({"log", "dose", "Tylenol PM", "--at", "2026-03-09T22:00"}).code, 0);
    auto r = relief({"med", "list"});
    EXPECT_TRUE(mentions(r.out, "a dose of 1000 mg is 2 caplets; one caplet is acetaminophen 500 mg + "
                                "diphenhydramine 25 mg"))
        << r.out;

    const auto csv = (home / "journal.csv").string();
    ASSERT_EQ(relief({"export", "-o", csv}).code, 0);
    const auto copy = (home / "copy.db").string();
    auto in_copy = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"--journal", copy, "--today", "2026-03-10"});
        return run_relief(home, args);
    };
    ASSERT_EQ(in_copy({"init", "--zone", "Europe/Berlin"}).code, 0);
    r = in_copy({"import", csv});
    ASSERT_EQ(r.code, 0) << r.err;
    r = in_copy({"log", "dose", "Tylenol PM", "3", "--at", "2026-03-09T23:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "That is 3 caplets of Tylenol PM: acetaminophen 1500 mg + diphenhydramine 75 mg."))
        << r.out;
}
