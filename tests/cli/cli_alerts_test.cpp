#include "cli_fixture.h"

#include <nlohmann/json.hpp>

#include <set>

using namespace relief::testing;

namespace {
bool mentions(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }
}  // namespace

TEST_F(CliTest, AlertsListByRecordAndDiscuss) {
    ASSERT_EQ(relief({"log", "symptom", "foot drop", "--at", "2026-03-09T10:00"}).code, 0);
    auto r = relief({"alerts"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "URGENT")) << r.out;
    EXPECT_TRUE(mentions(r.out, "[1] ")) << r.out;
    EXPECT_TRUE(mentions(r.out, "redflag.symptoms")) << r.out;
    EXPECT_TRUE(mentions(r.out, "Sources:")) << r.out;

    r = relief({"alert", "discuss", "1"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = relief({"alerts"});
    EXPECT_TRUE(mentions(r.out, "discussed 2026-")) << r.out;
    EXPECT_EQ(relief({"alert", "discuss", "7"}).code, 1);
    EXPECT_EQ(relief({"alert", "discuss", "x"}).code, 2);
    EXPECT_EQ(relief({"alert"}).code, 2);
}

TEST_F(CliTest, AlertsJsonIsStable) {
    ASSERT_EQ(relief({"log", "symptom", "bladder control loss", "--at", "2026-03-09T10:00"}).code, 0);
    const auto r = relief({"alerts", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j.at("as_of"), "2026-03-10");
    // Flexeril was never logged, so adherence alerts come too; the red flag is first.
    ASSERT_GE(j.at("alerts").size(), 1u);
    const auto& a = j.at("alerts")[0];
    for (const char* key : {"id", "rule_id", "severity", "subject", "title", "message", "evidence", "sources",
                            "first_raised", "last_seen", "current", "discussed"})
        EXPECT_TRUE(a.contains(key)) << key;
    EXPECT_EQ(a.at("rule_id"), "redflag.symptoms");
    EXPECT_EQ(a.at("severity"), "urgent");
    EXPECT_EQ(a.at("first_raised"), "2026-03-09");
    EXPECT_EQ(a.at("id"), 1);
    EXPECT_TRUE(a.at("discussed").is_null());
    EXPECT_FALSE(a.at("evidence").empty());
    EXPECT_TRUE(a.at("evidence")[0].contains("label"));
}

TEST_F(CliTest, AlertsAsOfAnEarlierDayAndNotAFutureOne) {
    ASSERT_EQ(relief({"log", "symptom", "foot drop", "--at", "2026-03-09T10:00"}).code, 0);
    auto r = relief({"alerts", "--as-of", "2026-03-08", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto parsed = nlohmann::json::parse(r.out);
    for (const auto& a : parsed.at("alerts")) EXPECT_NE(a.at("rule_id"), "redflag.symptoms");
    r = relief({"alerts", "--as-of", "2026-03-11"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(mentions(r.err, "--as-of '2026-03-11'")) << r.err;
    EXPECT_EQ(relief({"alerts", "--as-of", "2026-02-30"}).code, 2);
}

TEST_F(CliTest, ReadOnlyAlertsAreShownButNotRecorded) {
    ASSERT_EQ(relief({"log", "symptom", "foot drop", "--at", "2026-03-09T10:00"}).code, 0);
    const auto before = content();
    auto r = relief({"--read-only", "alerts"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(mentions(r.out, "URGENT"));
    EXPECT_FALSE(mentions(r.out, "alert discuss")) << "no write suggested to a caregiver";
    EXPECT_EQ(relief({"--read-only", "alert", "discuss", "1"}).code, 1);
    EXPECT_EQ(content(), before);
}

TEST_F(CliTest, SettingsChangeTheAnalyser) {
    auto r = relief({"settings"});
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(mentions(r.out, "threshold.short-term-info-day = 15")) << r.out;
    ASSERT_EQ(relief({"settings", "set", "threshold.short-term-info-day", "8"}).code, 0);
    EXPECT_TRUE(mentions(relief({"settings"}).out, "threshold.short-term-info-day = 8")) << "changed";
    relief({"log", "dose", "Flexeril", "--at", "2026-03-01T08:00"});
    for (const char* day : {"2026-03-02T08:00", "2026-03-03T08:00", "2026-03-05T08:00", "2026-03-08T08:00"})
        relief({"log", "dose", "Flexeril", "--at", day});
    r = relief({"alerts", "--as-of", "2026-03-08"});
    EXPECT_TRUE(mentions(r.out, "duration.short-term-limit")) << r.out;
    EXPECT_TRUE(mentions(r.out, "course day 8")) << r.out;
    ASSERT_EQ(relief({"settings", "reset", "threshold.short-term-info-day"}).code, 0);
    EXPECT_TRUE(mentions(relief({"settings"}).out, "threshold.short-term-info-day = 15"));

    const auto before = content();
    EXPECT_EQ(relief({"settings", "set", "threshold.short-term-info-day", "1"}).code, 2);
    EXPECT_EQ(relief({"settings", "set", "threshold.shortterm", "5"}).code, 2);
    EXPECT_EQ(relief({"settings", "set", "max-daily.baclofen", "60"}).code, 2);
    EXPECT_EQ(relief({"settings", "reset", "colour"}).code, 2);
    EXPECT_EQ(content(), before);
    ASSERT_EQ(relief({"settings", "set", "max-daily.baclofen", "60mg"}).code, 0);
    EXPECT_TRUE(mentions(relief({"settings"}).out, "max-daily.baclofen = 60 mg (label 80 mg)"));
}

TEST(CliDemoAlerts, DemoShowsAlertsOfSeveralRules) {
    TempDir home;
    const auto path = (home / "demo.db").string();
    ASSERT_EQ(run_relief(home, {"--journal", path, "--today", "2026-06-30T12:00", "demo"}).code, 0);
    const auto r = run_relief(home, {"--journal", path, "--today", "2026-06-30T12:00", "alerts", "--all", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    std::set<std::string> rules;
    const auto parsed = nlohmann::json::parse(r.out);
    for (const auto& a : parsed.at("alerts")) rules.insert(a.at("rule_id").get<std::string>());
    EXPECT_GE(rules.size(), 4u) << r.out;
    EXPECT_TRUE(rules.count("duration.short-term-limit"));
    EXPECT_TRUE(rules.count("interaction.cns-depressants"));
}
