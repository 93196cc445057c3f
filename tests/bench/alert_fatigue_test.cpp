// Alert fatigue as a measured figure (docs/alerts.md): the synthetic journals model a
// mostly adherent person with MS on baclofen and tizanidine, flares with as-needed
// Flexeril, a water pill, weekend drinks and the odd forgotten dose. Opened every
// morning for a year, the app must raise at most 12 warnings a year, and still every
// real danger in them.
#include "bench/alert_audit.h"
#include "bench/synthetic_journal.h"

#include <gtest/gtest.h>

#include <set>

namespace relief {
namespace {

bench::AlertAudit year_of(std::uint32_t seed) {
    bench::SyntheticOptions o;
    o.days = 365;
    o.seed = seed;
    o.last_day = parse_day("2026-06-30");
    auto journal = storage::Journal::in_memory(Zone::locate("Europe/Berlin"), bench::synthetic_clock(o.last_day));
    bench::write_synthetic_journal(journal, o);
    return bench::audit_alerts(journal, o.last_day - date::days{o.days - 1}, o.last_day);
}

class AlertFatigue : public ::testing::TestWithParam<std::uint32_t> {};

TEST_P(AlertFatigue, AYearRaisesAtMostTwelveWarningsAndEveryRealDanger) {
    const auto audit = year_of(GetParam());
    std::string listed;
    for (const auto& r : audit.raised)
        if (r.severity >= AlertSeverity::warning)
            listed += format_day(r.day) + " " + r.rule_id + " (" + r.subject + ")\n";
    EXPECT_LE(audit.count(AlertSeverity::warning), 12) << listed;
    EXPECT_LE(audit.count(AlertSeverity::info) - audit.count(AlertSeverity::warning), 24) << "information notes a year";

    std::set<std::string> subjects;
    for (const auto& r : audit.raised) subjects.insert(r.rule_id + "|" + r.subject);
    // Weekend drinks with baclofen and tizanidine, and Flexeril in flares on top of them.
    EXPECT_TRUE(subjects.contains("interaction.cns-depressants|muscle relaxants with alcohol")) << listed;
    EXPECT_TRUE(subjects.contains("interaction.cns-depressants|muscle relaxants together")) << listed;
    // The person has MS: back-pain guidance (re-assess at 4-6 weeks) is not theirs.
    EXPECT_FALSE(std::any_of(audit.raised.begin(), audit.raised.end(),
                             [](const auto& r) { return r.rule_id == "reassess.persistent-pain"; }));
}

INSTANTIATE_TEST_SUITE_P(SyntheticYears, AlertFatigue, ::testing::Values(1u, 2u, 3u));

// One alert per pattern: a pattern that comes back is the same alert, never a pile.
TEST(AlertFatigue, EachPatternIsOneAlert) {
    const auto audit = year_of(1);
    std::set<std::string> subjects;
    for (const auto& r : audit.raised) subjects.insert(r.rule_id + "|" + r.subject);
    EXPECT_LE(subjects.size(), 12u);
    for (const auto& s : subjects) EXPECT_EQ(s.find(" since "), std::string::npos) << s;
}

}  // namespace
}  // namespace relief
