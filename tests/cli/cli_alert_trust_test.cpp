// Issue 11 through the command line: no withdrawal warning for a forgotten bedtime dose,
// a real stop warned about and resolved when doses resume, a taper logged after the stop
// date recognised, and no "doses missed" for a medicine taken long before it was entered.
#include "cli_fixture.h"

#include <nlohmann/json.hpp>

#include <set>

using namespace relief::testing;

namespace {

class CliAlertTrust : public CliTest {
protected:
    // `relief` as of another day than the fixture's, late in the evening (a clock that does
    // not depend on the hour the test runs at).
    CliRun relief_on(const std::string& today, std::vector<std::string> args) {
        args.insert(args.begin(), {"--journal", journal, "--today", today + "T23:30"});
        return run_relief(home, args);
    }
    // A dose of `name` at 22:00 each day from `first_feb` February to `last_mar` March,
    // except the March days in `missing_mar`.
    void nightly(const std::string& name, int first_feb, int last_mar, std::set<int> missing_mar = {},
                 const std::string& amount = "") {
        for (int d = first_feb; d <= 28; ++d) log_dose(name, "2026-02-" + two(d), amount);
        for (int d = 1; d <= last_mar; ++d)
            if (!missing_mar.contains(d)) log_dose(name, "2026-03-" + two(d), amount);
    }
    void log_dose(const std::string& name, const std::string& day, const std::string& amount = "") {
        std::vector<std::string> args{"log", "dose", name};
        if (!amount.empty()) args.push_back(amount);
        args.insert(args.end(), {"--at", day + "T22:00"});
        const auto r = relief(args);
        ASSERT_EQ(r.code, 0) << r.err;
    }
    static std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }
    std::vector<nlohmann::json> alerts_of(const CliRun& r, const std::string& rule) {
        EXPECT_EQ(r.code, 0) << r.err;
        std::vector<nlohmann::json> out;
        const auto parsed = nlohmann::json::parse(r.out);  // kept: a loop over a temporary's member dangles
        for (const auto& a : parsed.at("alerts"))
            if (a.at("rule_id") == rule) out.push_back(a);
        return out;
    }
};

}  // namespace

TEST_F(CliAlertTrust, AForgottenOrSkippedBedtimeDoseIsNotAStop) {
    ASSERT_EQ(relief({"med", "add", "Zanaflex", "--dose", "2mg", "--times", "22:00", "--start", "2026-02-20"}).code, 0);
    nightly("Zanaflex", 20, 9, {5, 7});
    ASSERT_EQ(relief({"log", "dose", "Zanaflex", "--skipped", "--at", "2026-03-07T22:00"}).code, 0);
    for (const char* day : {"2026-03-06", "2026-03-08", "2026-03-10"})
        EXPECT_TRUE(alerts_of(relief_on(day, {"alerts", "--json"}), "withdrawal.abrupt-stop").empty()) << day;
}

TEST_F(CliAlertTrust, TwoDaysWithoutADoseWarnAndDosesResumingResolveIt) {
    ASSERT_EQ(relief({"med", "add", "Zanaflex", "--dose", "2mg", "--times", "22:00", "--start", "2026-02-20"}).code, 0);
    nightly("Zanaflex", 20, 7);
    auto stop = alerts_of(relief({"alerts", "--json"}), "withdrawal.abrupt-stop");  // 8 and 9 March without
    ASSERT_EQ(stop.size(), 1u);
    EXPECT_EQ(stop[0].at("severity"), "warning");
    EXPECT_EQ(stop[0].at("subject"), "tizanidine stopped");
    EXPECT_EQ(stop[0].at("drugs"), nlohmann::json::array({"tizanidine"}));
    EXPECT_NE(stop[0].at("message").get<std::string>().find("watch for"), std::string::npos);
    EXPECT_TRUE(alerts_of(relief_on("2026-03-09", {"alerts", "--json"}), "withdrawal.abrupt-stop").empty())
        << "one whole day without is not yet a stop";

    ASSERT_EQ(relief({"log", "dose", "Zanaflex", "--at", "2026-03-10T09:00"}).code, 0);
    stop = alerts_of(relief({"alerts", "--json", "--all"}), "withdrawal.abrupt-stop");
    ASSERT_EQ(stop.size(), 1u) << "one alert, kept as history";
    EXPECT_EQ(stop[0].at("current"), false);
    EXPECT_EQ(stop[0].at("resolved_on"), "2026-03-10");
    const auto text = relief({"alerts", "--all"});
    EXPECT_NE(text.out.find("resolved 2026-03-10"), std::string::npos) << text.out;
}

TEST_F(CliAlertTrust, ATaperLoggedAfterTheStopDateIsNotAnAbruptStop) {
    ASSERT_EQ(relief({"med", "add", "Lioresal", "--dose", "20mg", "--times", "22:00", "--start", "2026-02-20"}).code, 0);
    nightly("Lioresal", 20, 4);
    ASSERT_EQ(relief({"med", "stop", "Lioresal", "--on", "2026-03-04"}).code, 0);
    for (const char* day : {"2026-03-05", "2026-03-06", "2026-03-07"}) log_dose("Lioresal", day, "10mg");
    EXPECT_TRUE(alerts_of(relief({"alerts", "--json"}), "withdrawal.abrupt-stop").empty());
}

TEST_F(CliAlertTrust, AStopWithoutATaperWarnsFromItsFirstDay) {
    ASSERT_EQ(relief({"med", "add", "Lioresal", "--dose", "20mg", "--times", "22:00", "--start", "2026-02-20"}).code, 0);
    nightly("Lioresal", 20, 8);
    ASSERT_EQ(relief({"med", "stop", "Lioresal", "--on", "2026-03-08"}).code, 0);
    const auto stop = alerts_of(relief({"alerts", "--json"}), "withdrawal.abrupt-stop");
    ASSERT_EQ(stop.size(), 1u);
    EXPECT_EQ(stop[0].at("title"), "Lioresal stopped without a taper");
}

// Entered today (the real clock: no --today) with the start date a year back: nothing
// before today was expected, so nothing was missed.
TEST_F(CliAlertTrust, AMedicineEnteredWithItsTrueStartDateMissedNothingBefore) {
    auto r = run_relief(home, {"--journal", journal, "med", "add", "baclofen", "--dose", "10mg", "--times",
                               "08:00,14:00,20:00", "--start", "2025-06-01"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = run_relief(home, {"--journal", journal, "alerts", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto parsed = nlohmann::json::parse(r.out);
    for (const auto& a : parsed.at("alerts")) {
        EXPECT_NE(a.at("rule_id"), "adherence.missed-streak") << a.dump();
        EXPECT_NE(a.at("rule_id"), "adherence.below-target") << a.dump();
    }
}
