#include "reports/report_text.h"

#include <gtest/gtest.h>

using namespace relief;
using namespace relief::reports;

TEST(ReportText, DaysAndPeriods) {
    EXPECT_EQ(day_text(parse_day("2026-03-01")), "1 Mar 2026");
    EXPECT_EQ(period_text({parse_day("2026-03-01"), parse_day("2026-03-30")}), "1 Mar 2026 to 30 Mar 2026 (30 days)");
    EXPECT_EQ(period_text({parse_day("2026-03-01"), parse_day("2026-03-01")}), "1 Mar 2026 to 1 Mar 2026 (1 day)");
}

TEST(ReportText, PainChange) {
    PainTrend p;
    EXPECT_EQ(pain_change_text(p), "no pain scores logged");
    p.days_logged = 2;
    EXPECT_EQ(pain_change_text(p), "not enough scores to compare (2 days logged)");
    p.baseline = 7.0;
    p.latest = 5.6;
    p.change = -1.4;
    EXPECT_EQ(pain_change_text(p), "down 1.4 from 7.0 to 5.6");
    p.clinically_important_improvement = true;
    EXPECT_EQ(pain_change_text(p), "down 1.4 from 7.0 to 5.6 (a clinically important improvement)");
    p.change = 0.5;
    p.clinically_important_improvement = false;
    EXPECT_EQ(pain_change_text(p), "up 0.5 from 7.0 to 5.6");
}

TEST(ReportText, AdherenceAndTerms) {
    MedicationSummary m;
    EXPECT_EQ(adherence_text(m), "as needed");
    m.adherence = Adherence{};
    EXPECT_EQ(adherence_text(m), "no doses due yet");
    m.stopped = true;
    EXPECT_EQ(adherence_text(m), "none due in the period");
    m.stopped = false;
    m.adherence->scheduled = 60;
    m.adherence->taken = 51;
    m.adherence->late = 2;
    EXPECT_EQ(adherence_text(m), "85 % (51 of 60), 2 late");
    EXPECT_EQ(readable_term("lower-back"), "lower back");
    EXPECT_EQ(readable_term("cant-stay-awake"), "can't stay awake");
    EXPECT_EQ(severity_label(AlertSeverity::urgent), "Urgent");
    EXPECT_EQ(days_text(1), "1 day");
    EXPECT_EQ(days_text(0), "0 days");
}
