#include "core/metrics/adherence.h"
#include "core/metrics/doses.h"
#include "journal_builder.h"

#include <gtest/gtest.h>

using namespace relief;
using relief::testing::JournalBuilder;
using relief::testing::of_rule;

namespace {

// Four weeks of cyclobenzaprine with a red flag, a double dose and alcohol: several
// rules of several severities at once.
JournalBuilder busy_journal() {
    JournalBuilder b;
    const auto flex = b.med("Flexeril", "10mg", "08:00,14:00,20:00", "2026-03-01");
    b.take_daily(flex, "2026-03-01", "2026-03-28");
    b.dose(flex, "2026-03-20T22:00", "10mg");  // 40 mg that day
    b.pain_daily("2026-03-01", "2026-03-28", 7, {"lower-back"}, {"spasm"});
    b.alcohol("2026-03-21T19:00", 2);
    b.symptom("2026-03-27T10:00", "foot-drop");
    return b;
}

}  // namespace

TEST(Analyser, EmptyJournalRaisesNothing) {
    JournalBuilder b;
    EXPECT_TRUE(b.analyse("2026-03-10").empty());
}

TEST(Analyser, SameJournalSameDaySameAlerts) {
    auto b = busy_journal();
    const auto first = b.analyse("2026-03-28");
    const auto second = b.analyse("2026-03-28");
    ASSERT_FALSE(first.empty());
    EXPECT_EQ(first, second);
}

TEST(Analyser, OrderedBySeverityThenNewestFirst) {
    auto b = busy_journal();
    const auto alerts = b.analyse("2026-03-28");
    ASSERT_GE(alerts.size(), 3u);
    for (std::size_t i = 1; i < alerts.size(); ++i) {
        EXPECT_GE(alerts[i - 1].severity, alerts[i].severity);
        if (alerts[i - 1].severity == alerts[i].severity) {
            EXPECT_GE(alerts[i - 1].raised_on, alerts[i].raised_on);
        }
    }
    EXPECT_EQ(alerts.front().severity, AlertSeverity::urgent);
    for (const auto& a : alerts) {
        EXPECT_FALSE(a.title.empty()) << a.rule_id;
        EXPECT_FALSE(a.message.empty()) << a.rule_id;
        EXPECT_FALSE(a.evidence.empty()) << a.rule_id;
        EXPECT_FALSE(a.sources.empty()) << a.rule_id;
        EXPECT_LE(a.raised_on, JournalBuilder::day("2026-03-28")) << a.rule_id;
    }
}

TEST(Analyser, NothingAfterTheAsOfDayCounts) {
    auto b = busy_journal();
    EXPECT_TRUE(of_rule(b.analyse("2026-03-26"), "redflag.symptoms").empty());
    EXPECT_EQ(of_rule(b.analyse("2026-03-27"), "redflag.symptoms").size(), 1u);
}

TEST(Analyser, DoseAtHalfPastMidnightBelongsToTheNewDay) {
    JournalBuilder b;
    const auto ibu = b.med("ibuprofen", "800mg", "", "2026-03-01");
    for (const char* when : {"2026-03-01T08:00", "2026-03-01T14:00", "2026-03-01T20:00", "2026-03-02T00:30"})
        b.dose(ibu, when);
    const JournalIndex index(b.snapshot(), JournalBuilder::day("2026-03-02"), {});
    const auto doses = daily_doses(index);
    EXPECT_EQ(doses.at("ibuprofen").at(JournalBuilder::day("2026-03-01")).total, Amount::milligrams(2400));
    EXPECT_EQ(doses.at("ibuprofen").at(JournalBuilder::day("2026-03-02")).total, Amount::milligrams(800));
}

TEST(Analyser, SpringForwardScheduleIsNeitherLostNorDoubled) {
    JournalBuilder b("Europe/Berlin");  // 2026-03-29: 02:00 -> 03:00
    const auto bac = b.med("baclofen", "10mg", "02:30,14:00", "2026-03-27");
    b.take_daily(bac, "2026-03-27", "2026-03-31");
    const JournalIndex index(b.snapshot(), JournalBuilder::day("2026-03-31"), {});
    const auto a = adherence(index, b.medication(bac), JournalBuilder::day("2026-03-27"),
                             JournalBuilder::day("2026-03-30"));
    EXPECT_EQ(a.scheduled, 8);
    EXPECT_EQ(a.taken, 8);
    EXPECT_EQ(a.late, 0);
    EXPECT_TRUE(of_rule(b.analyse("2026-03-31"), "adherence.below-target").empty());
    EXPECT_TRUE(of_rule(b.analyse("2026-03-31"), "adherence.missed-streak").empty());
}
