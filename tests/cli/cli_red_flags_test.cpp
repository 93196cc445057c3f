#include "cli_fixture.h"

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace relief::testing;

namespace {

bool mentions(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

std::vector<nlohmann::json> red_flags(const nlohmann::json& report) {
    std::vector<nlohmann::json> out;
    for (const auto& a : report.at("alerts"))
        if (a.at("rule_id") == "redflag.symptoms") out.push_back(a);
    return out;
}

std::string evidence(const nlohmann::json& alert, const std::string& label) {
    for (const auto& e : alert.at("evidence"))
        if (e.at("label") == label) return e.at("value");
    return "(no '" + label + "')";
}

}  // namespace

// Issue 11: the words people type are understood.
TEST_F(CliTest, BackIsTheLowerBack) {
    auto r = relief({"log", "pain", "6", "--where", "back", "--at", "2026-03-09T08:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "Logged pain 6/10 (moderate): lower back at 2026-03-09 08:00")) << r.out;
    r = relief({"log", "pain", "4", "--location", "Lower  Back", "--at", "2026-03-09T09:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = relief({"day", "2026-03-09"});
    EXPECT_TRUE(mentions(r.out, "08:00  pain 6/10 (moderate): lower back")) << r.out;
    EXPECT_TRUE(mentions(r.out, "09:00  pain 4/10 (moderate): lower back")) << r.out;
    EXPECT_FALSE(mentions(r.out, "Seek urgent")) << r.out;
    r = relief({"log", "pain", "--help"});
    EXPECT_TRUE(mentions(r.out, "--where")) << r.out;
    EXPECT_TRUE(mentions(r.out, "'back' is the lower back")) << r.out;
}

TEST_F(CliTest, LegsAndButtocksInEverydayWords) {
    auto r = relief({"log", "pain", "5", "--where", "left leg", "--quality", "pins and needles", "--at",
                     "2026-03-09T08:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "pain 5/10 (moderate): left leg; tingling")) << r.out;
    r = relief({"log", "cramp", "--where", "Right Leg", "--at", "2026-03-09T03:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = relief({"log", "pain", "3", "--where", "butt,upper back", "--at", "2026-03-09T10:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = relief({"day", "2026-03-09"});
    EXPECT_TRUE(mentions(r.out, "pain 5/10 (moderate): left leg; tingling")) << r.out;
    EXPECT_TRUE(mentions(r.out, "cramp: right leg")) << r.out;
    EXPECT_TRUE(mentions(r.out, "pain 3/10 (mild): buttock, upper back")) << r.out;
}

TEST_F(CliTest, AnUnknownPlaceIsRefusedNamingFieldValueAndChoices) {
    ASSERT_EQ(relief({"log", "pain", "4", "--at", "2026-03-09T08:00"}).code, 0);
    const auto before = content();
    auto r = relief({"log", "pain", "5", "--where", "bak"});
    EXPECT_EQ(r.code, 2) << r.out;
    for (const char* part : {"body location 'bak'", "did you mean 'lower-back'", "'neck'", "'leg'", "'left-'"})
        EXPECT_TRUE(mentions(r.err, part)) << part << " not in: " << r.err;
    r = relief({"log", "pain", "5", "--where", "back,knee caps"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(mentions(r.err, "body location 'knee caps'")) << r.err;
    r = relief({"log", "pain", "5", "--where", "back", "--location", "neck"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(mentions(r.err, "either --where or --location")) << r.err;
    r = relief({"log", "pain", "5", "--quality", "pins and needlez"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(mentions(r.err, "pain quality 'pins and needlez'")) << r.err;
    EXPECT_TRUE(mentions(r.err, "did you mean 'tingling'")) << r.err;
    EXPECT_EQ(content(), before);
}

TEST_F(CliTest, PinsAndNeedlesIsTingling) {
    const auto r = relief({"log", "symptom", "pins and needles", "--at", "2026-03-09T08:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "Logged symptom: tingling")) << r.out;
    EXPECT_FALSE(mentions(r.out, "Seek urgent")) << r.out;
}

TEST_F(CliTest, CantPeeIsARedFlag) {
    auto r = relief({"log", "symptom", "can't pee", "--at", "2026-03-09T08:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "Logged symptom: urinary retention")) << r.out;
    EXPECT_TRUE(mentions(r.out, "Seek urgent medical care now")) << r.out;
    r = relief({"log", "side-effect", "cannot urinate", "--at", "2026-03-09T09:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "logged as a symptom")) << r.out;
    const auto alerts = red_flags(nlohmann::json::parse(relief({"alerts", "--json"}).out));
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].at("subject"), "urinary-retention");
    EXPECT_EQ(evidence(alerts[0], "Times logged that day"), "2");
}

// The story of the issue: fever late one evening, back pain after midnight.
TEST_F(CliTest, FeverAndBackPainAcrossMidnightRaiseOneUrgentAlert) {
    ASSERT_EQ(relief({"log", "symptom", "fever", "--at", "2026-03-08T23:30"}).code, 0);
    auto r = relief({"log", "pain", "6", "--where", "back", "--at", "2026-03-09T00:30"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = relief({"alerts", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto alerts = red_flags(nlohmann::json::parse(r.out));
    ASSERT_EQ(alerts.size(), 1u) << r.out;
    const auto& a = alerts[0];
    EXPECT_EQ(a.at("severity"), "urgent");
    EXPECT_EQ(a.at("subject"), "fever-with-back-pain");
    EXPECT_EQ(a.at("first_raised"), "2026-03-09");
    EXPECT_EQ(a.at("title"), "Fever with back pain: seek care now");
    EXPECT_EQ(evidence(a, "Fever logged"), "2026-03-08 23:30, symptom: fever");
    EXPECT_EQ(evidence(a, "Back pain logged"), "2026-03-09 00:30, pain 6/10 (moderate): lower back");
    EXPECT_EQ(evidence(a, "Time apart"), "1 h 0 min");
    EXPECT_TRUE(mentions(a.at("message"), "Seek urgent care now")) << a.at("message");

    // Analysed again, and again as of the next day: the same alert, not a second one.
    ASSERT_EQ(relief({"alerts", "--json"}).code, 0);
    r = run_relief(home, {"--journal", journal, "--today", "2026-03-11T12:00", "alerts", "--json"});
    const auto again = red_flags(nlohmann::json::parse(r.out));
    ASSERT_EQ(again.size(), 1u) << r.out;
    EXPECT_TRUE(a.at("id").is_number_integer()) << a;
    EXPECT_EQ(again[0].at("id"), a.at("id")) << r.out;
    EXPECT_EQ(again[0].at("first_raised"), "2026-03-09");
}

TEST_F(CliTest, FeverAndBackPainMoreThanADayApartAreNotPaired) {
    ASSERT_EQ(relief({"log", "symptom", "fever", "--at", "2026-03-08T08:00"}).code, 0);
    ASSERT_EQ(relief({"log", "pain", "6", "--where", "back", "--at", "2026-03-09T08:01"}).code, 0);
    const auto r = relief({"alerts", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(red_flags(nlohmann::json::parse(r.out)).empty()) << r.out;
}

TEST_F(CliTest, NumbnessInTheGroinLoggedAsPainSaysSeekCareAndRaises) {
    auto r = relief({"log", "pain", "2", "--where", "groin", "--quality", "numb", "--at", "2026-03-09T08:00"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "Seek urgent medical care now")) << r.out;
    r = relief({"log", "pain", "2", "--where", "groin", "--quality", "aching", "--at", "2026-03-09T09:00"});
    EXPECT_FALSE(mentions(r.out, "Seek urgent")) << r.out;
    const auto alerts = red_flags(nlohmann::json::parse(relief({"alerts", "--json"}).out));
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].at("subject"), "saddle-numbness");
    EXPECT_EQ(evidence(alerts[0], "Logged as"), "pain 2/10 (mild): groin; numbness");
    EXPECT_EQ(evidence(alerts[0], "Times logged that day"), "1");
}
