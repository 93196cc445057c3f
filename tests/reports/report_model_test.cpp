#include "report_fixture.h"
#include "reports/report_text.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace relief;
using namespace relief::reports;
using relief::testing::JournalBuilder;

namespace {

LocalDay d(const char* text) { return parse_day(text); }

const MedicationSummary& med(const VisitReport& r, const char* name) {
    for (const auto& m : r.medications)
        if (m.medication.name == name) return m;
    throw std::runtime_error(std::string("no medication ") + name);
}

class ReportModel : public ::testing::Test {
protected:
    JournalBuilder b = relief::testing::fortnight();
    VisitReport r = relief::testing::fortnight_report(b);
};

}  // namespace

TEST_F(ReportModel, PeriodAndPerson) {
    EXPECT_EQ(r.period.days(), 14);
    EXPECT_EQ(r.generated_on, d("2026-03-14"));
    EXPECT_EQ(r.last_visit, d("2026-02-28"));
    EXPECT_EQ(r.profile.name, "Sam Example");
    EXPECT_EQ(r.age, 68);
}

TEST_F(ReportModel, ScheduledMedicationFigures) {
    const auto& flex = med(r, "Flexeril");
    EXPECT_EQ(flex.label, "Flexeril (cyclobenzaprine)");
    EXPECT_EQ(flex.schedule_text, "5 mg at 08:00, 20:00");
    EXPECT_NE(flex.class_text.find("muscle relaxant"), std::string::npos);
    EXPECT_EQ(flex.days_used, 14);
    EXPECT_EQ(flex.doses_taken, 26);
    EXPECT_EQ(flex.total, Amount::milligrams(130));
    EXPECT_EQ(flex.highest_daily, Amount::milligrams(10));
    EXPECT_EQ(flex.mean_daily, Amount::parse("9.3mg")) << "130 mg over 14 days, shown to 0.1 mg";
    ASSERT_TRUE(flex.adherence);
    EXPECT_EQ(flex.adherence->scheduled, 28);
    EXPECT_EQ(flex.adherence->taken, 26);
    EXPECT_EQ(flex.adherence->late, 1);
    EXPECT_EQ(flex.adherence->skipped, 1);
    EXPECT_EQ(flex.adherence->missed, 1);
    EXPECT_EQ(flex.adherence->percent(), 92);
    EXPECT_EQ(flex.course_start, d("2026-03-01"));
    EXPECT_EQ(flex.course_day, 14);
}

TEST(ReportModelChanges, ScheduleTextShowsTheCurrentPrescriptionAndItsChanges) {
    auto b = relief::testing::fortnight();
    b.change(1, "2026-03-06", "10mg", "08:00");
    b.change(1, "2026-03-20", "5mg", "08:00");  // planned, after the period
    const auto r = relief::testing::fortnight_report(b);
    EXPECT_EQ(med(r, "Flexeril").schedule_text,
              "10 mg at 08:00 from 2026-03-06 (before: 5 mg at 08:00, 20:00; then: 5 mg at 08:00 from 2026-03-20)");
    // Adherence counts each day's own schedule: 5 days of two, 9 of one.
    ASSERT_TRUE(med(r, "Flexeril").adherence);
    EXPECT_EQ(med(r, "Flexeril").adherence->scheduled, 19);
}

TEST_F(ReportModel, AsNeededMedicationFigures) {
    const auto& advil = med(r, "Advil");
    EXPECT_EQ(advil.schedule_text, "400 mg as needed");
    EXPECT_EQ(advil.days_used, 4);
    EXPECT_EQ(advil.doses_taken, 5);
    EXPECT_EQ(advil.total, Amount::milligrams(2000));
    EXPECT_EQ(advil.highest_daily, Amount::milligrams(800));
    EXPECT_EQ(advil.mean_daily, Amount::milligrams(500));
    EXPECT_FALSE(advil.adherence);
    EXPECT_FALSE(advil.course_day) << "its course ended more than 3 days before the period's end";
}

TEST_F(ReportModel, PainTrend) {
    const PainTrend& p = r.pain;
    EXPECT_EQ(p.days_logged, 14);
    EXPECT_EQ(p.scores, 14);
    EXPECT_EQ(p.lowest, 4);
    EXPECT_EQ(p.highest, 8);
    ASSERT_TRUE(p.baseline);
    EXPECT_DOUBLE_EQ(*p.baseline, 8.0);
    EXPECT_EQ(p.baseline_from, d("2026-03-01"));
    EXPECT_EQ(p.baseline_to, d("2026-03-03"));
    EXPECT_DOUBLE_EQ(*p.latest, 4.0);
    EXPECT_DOUBLE_EQ(*p.change, -4.0);
    EXPECT_TRUE(p.clinically_important_improvement);
    ASSERT_EQ(p.rolling.size(), 11u) << "a 7-day mean needs 4 logged days: from 03-04";
    EXPECT_EQ(p.rolling.front().day, d("2026-03-04"));
    EXPECT_DOUBLE_EQ(p.rolling.front().value, 7.5);
    EXPECT_NEAR(p.rolling[3].value, 48.0 / 7, 1e-9);
    EXPECT_EQ(r.pain_locations, (std::vector<Count>{{"lower-back", 14}, {"left-calf", 3}}));
    EXPECT_EQ(r.pain_qualities, (std::vector<Count>{{"spasm", 14}, {"shooting", 3}}));
}

TEST_F(ReportModel, SideEffectsCrampsMeasuresIntakeNotes) {
    ASSERT_EQ(r.side_effects.size(), 2u);
    EXPECT_EQ(r.side_effects[0].name, "drowsiness");
    EXPECT_EQ(r.side_effects[0].count, 3);
    EXPECT_EQ(r.side_effects[0].moderate, 2);
    EXPECT_EQ(r.side_effects[0].severe, 1);
    EXPECT_EQ(r.side_effects[1].name, "dry-mouth");
    EXPECT_EQ(r.side_effects[1].mild, 1);

    EXPECT_EQ(r.cramps.count, 3);
    EXPECT_EQ(r.cramps.days, 3);
    EXPECT_EQ(r.cramps.nights, 2) << "02:00 and 23:30, not 15:00";
    EXPECT_EQ(r.cramps.total_minutes, 18);
    EXPECT_EQ(r.cramps.longest_minutes, 10);
    EXPECT_EQ(r.cramps.locations, (std::vector<Count>{{"left-calf", 2}, {"right-foot", 1}}));

    EXPECT_EQ(r.measures, (std::vector<Count>{{"heat", 3}, {"physical-therapy", 1}, {"stretching", 1}}));
    EXPECT_EQ(r.intake.alcohol_drinks, 2);
    EXPECT_EQ(r.intake.alcohol_days, 1);
    EXPECT_EQ(r.intake.fluid_days, 2);
    EXPECT_DOUBLE_EQ(*r.intake.mean_glasses, 5.5);
    EXPECT_EQ(r.intake.low_fluid_days, 1);

    ASSERT_EQ(r.notes.size(), 2u);
    EXPECT_EQ(r.notes[1].text, "Better after PT, \"good\" day");
    EXPECT_EQ(r.notes[1].day, d("2026-03-12"));
}

TEST_F(ReportModel, EventLevelData) {
    EXPECT_EQ(r.entries.size(), 64u);
    EXPECT_TRUE(std::is_sorted(r.entries.begin(), r.entries.end(),
                               [](const Entry& x, const Entry& y) { return x.at < y.at; }));
    EXPECT_EQ(r.scheduled_doses.size(), 28u);
    const auto missed = std::count_if(r.scheduled_doses.begin(), r.scheduled_doses.end(),
                                      [](const SlotStatus& s) { return s.state == SlotState::missed; });
    EXPECT_EQ(missed, 1);
    EXPECT_EQ(r.dose_days.size(), 18u);
    EXPECT_EQ(r.all_medications.size(), 2u);
    ASSERT_NE(r.medication(1), nullptr);
    EXPECT_EQ(r.medication(1)->name, "Flexeril");
}

TEST_F(ReportModel, AlertsOfThePeriodUrgentFirstWithQuestions) {
    ASSERT_FALSE(r.alerts.empty());
    EXPECT_EQ(r.alerts.front().alert.rule_id, "redflag.symptoms");
    EXPECT_EQ(r.alerts.front().alert.severity, AlertSeverity::urgent);
    EXPECT_EQ(r.alerts.front().discussed_on, d("2026-03-14"));
    for (std::size_t i = 1; i < r.alerts.size(); ++i)
        EXPECT_GE(r.alerts[i - 1].alert.severity, r.alerts[i].alert.severity);
    const auto has = [&](const std::string& q) {
        return std::find(r.questions.begin(), r.questions.end(), q) != r.questions.end();
    };
    EXPECT_TRUE(has("I had foot drop. What does it mean, and what should I do if it happens again?"));
    EXPECT_TRUE(has("Is it safe to take Flexeril and alcohol together?"));
}

TEST(ReportModelAlerts, OnlyThePeriodsAlertsOnceEach) {
    JournalBuilder b = relief::testing::fortnight();
    const auto& snap = b.snapshot();
    ReportInput in;
    in.journal = &snap;
    in.period = {d("2026-03-08"), d("2026-03-14")};
    in.generated_on = d("2026-03-14");
    Alert before;
    before.rule_id = "redflag.symptoms";
    before.subject = "foot-drop on 2026-03-01";
    before.raised_on = before.last_seen = d("2026-03-01");
    Alert twice = before;
    twice.subject = "leg-weakness on 2026-03-09";
    twice.raised_on = twice.last_seen = d("2026-03-09");
    Alert older = twice;
    older.title = "old facts";
    in.alerts = {{before, {}}, {older, d("2026-03-10"), true}, {twice, {}, true}};
    const auto r = build_report(in);
    ASSERT_EQ(r.alerts.size(), 1u);
    EXPECT_EQ(r.alerts[0].alert.subject, "leg-weakness on 2026-03-09");
    EXPECT_EQ(r.alerts[0].discussed_on, d("2026-03-10")) << "the discussed mark is kept when merging";
    EXPECT_DOUBLE_EQ(*r.pain.baseline, 4.0) << "the baseline is the period's own first days";
}

TEST(ReportModelEmpty, AnEmptyJournalGivesAnEmptyButValidReport) {
    JournalBuilder b;
    const auto& snap = b.snapshot();
    ReportInput in;
    in.journal = &snap;
    in.period = {d("2026-03-01"), d("2026-03-30")};
    in.generated_on = d("2026-03-30");
    const auto r = build_report(in);
    EXPECT_TRUE(r.medications.empty());
    EXPECT_TRUE(r.entries.empty());
    EXPECT_FALSE(r.pain.baseline);
    EXPECT_FALSE(r.age);
    EXPECT_TRUE(r.questions.empty());
}

TEST(ReportModelNow, DosesDueLaterTodayAreNotMissed) {
    JournalBuilder b;
    const auto flex = b.med("Flexeril", "5mg", "08:00,20:00", "2026-03-10");
    b.dose(flex, "2026-03-10T08:00");
    const auto& snap = b.snapshot();
    ReportInput in;
    in.journal = &snap;
    in.period = {d("2026-03-10"), d("2026-03-10")};
    in.generated_on = d("2026-03-10");
    in.now = b.at("2026-03-10T12:00");
    const auto r = build_report(in);
    ASSERT_EQ(r.medications.size(), 1u);
    EXPECT_EQ(r.medications[0].adherence->scheduled, 1) << "the 20:00 dose is not due yet";
    EXPECT_EQ(r.medications[0].adherence->percent(), 100);
    in.now.reset();
    in.generated_on = d("2026-03-11");
    EXPECT_EQ(build_report(in).medications[0].adherence->scheduled, 2) << "judged the next day, 20:00 was missed";
    EXPECT_EQ(build_report(in).medications[0].adherence->missed, 1);
}

TEST_F(ReportModel, DayEventsForTheChartLanes) {
    ASSERT_EQ(r.day_events.size(), 14u);
    const auto& d3 = r.day_events[2];  // 03-03: moderate drowsiness
    EXPECT_EQ(d3.day, d("2026-03-03"));
    EXPECT_EQ(d3.side_effects, 1);
    EXPECT_EQ(d3.worst_side_effect, Severity::moderate);
    EXPECT_EQ(r.day_events[3].side_effects, 1) << "03-04 dry mouth";
    EXPECT_EQ(r.day_events[4].worst_side_effect, Severity::severe);
    EXPECT_EQ(r.day_events[8].cramps, 1) << "03-09";
    EXPECT_EQ(r.day_events[4].scheduled, 2);
    EXPECT_EQ(r.day_events[4].taken, 1) << "03-05 evening skipped";
    EXPECT_EQ(r.day_events[5].taken, 1) << "03-06 morning missed";
}

namespace {

VisitReport report_of(JournalBuilder& b, const char* from, const char* to, std::vector<ReportAlert> alerts = {}) {
    const auto& snap = b.snapshot();
    ReportInput in;
    in.journal = &snap;
    in.period = {d(from), d(to)};
    in.generated_on = d(to);
    in.alerts = std::move(alerts);
    return build_report(in);
}

Alert alert_about(const char* rule, const char* drug, const char* subject, const char* day) {
    Alert a;
    a.rule_id = rule;
    a.subject = subject;
    a.title = subject;
    a.drugs = {drug};
    a.raised_on = a.last_seen = d(day);
    return a;
}

}  // namespace

TEST(ReportPageOne, QuestionsOnlyFromCurrentAlertsAndNeverAboutAStoppedDrug) {
    JournalBuilder b;
    b.med("Flexeril", "5mg", "08:00", "2026-03-01", "2026-03-20");
    b.med("baclofen", "10mg", "08:00", "2026-03-01");
    const auto r = report_of(
        b, "2026-03-01", "2026-03-30",
        {{alert_about("duration.short-term-limit", "cyclobenzaprine", "Flexeril beyond 3 weeks", "2026-03-15"), {}, true},
         {alert_about("adherence.below-target", "baclofen", "baclofen doses missed", "2026-03-25"), {}, true},
         {alert_about("tolerance.dose-escalation", "baclofen", "baclofen rising", "2026-03-10"), {}, false,
          d("2026-03-18")},
         {alert_about("withdrawal.abrupt-stop", "cyclobenzaprine", "Flexeril stopped", "2026-03-21"), {}, true}});
    ASSERT_EQ(r.alerts.size(), 3u);
    ASSERT_EQ(r.resolved_alerts.size(), 1u);
    EXPECT_EQ(r.resolved_alerts[0].alert.subject, "baclofen rising");
    EXPECT_EQ(resolved_alert_text(r.resolved_alerts[0]), "baclofen rising (raised 10 Mar 2026, resolved 18 Mar 2026)");
    const auto asked = [&](const std::string& text) {
        return std::find(r.questions.begin(), r.questions.end(), text) != r.questions.end();
    };
    EXPECT_FALSE(asked("Should I keep taking Flexeril, and if I stop, how?")) << "Flexeril was stopped on 03-20";
    EXPECT_TRUE(asked("I often miss doses of baclofen. Could the plan be easier to keep?"));
    EXPECT_FALSE(asked("I am taking more baclofen without more relief. Should the plan change?")) << "resolved";
    EXPECT_TRUE(asked("I stopped Flexeril. Should I restart it, or how do I stop it safely?"))
        << "the question a stop itself raises";
    EXPECT_EQ(r.questions.size(), 2u);
}

TEST(ReportPageOne, ADrugStoppedJustBeforeThePeriodIsListedAsStopped) {
    JournalBuilder b;
    const auto flex = b.med("Flexeril", "5mg", "08:00", "2026-01-10", "2026-01-31");
    b.take_daily(flex, "2026-01-10", "2026-01-31");
    b.med("Robaxin", "500mg", "08:00", "2026-01-01", "2026-01-30");  // 31 days before: gone
    const auto r = report_of(b, "2026-03-02", "2026-03-31");
    ASSERT_EQ(r.medications.size(), 1u);
    const auto& m = r.medications[0];
    EXPECT_TRUE(m.stopped);
    EXPECT_EQ(m.first_dose, d("2026-01-10"));
    EXPECT_EQ(m.last_dose, d("2026-01-31"));
    EXPECT_EQ(medication_dates_text(m), "10 Jan 2026 to 31 Jan 2026, stopped; last dose 31 Jan 2026");
    EXPECT_EQ(amount_summary_text(m), "none taken in the period");
    EXPECT_NE(headline_text(r).find("cyclobenzaprine 22 days, stopped 31 Jan 2026"), std::string::npos)
        << headline_text(r);
}

TEST(ReportPageOne, CourseDayOnlyForAcuteRelaxantsAndChangesSinceTheLastVisit) {
    JournalBuilder b;
    const auto lasix = b.med("furosemide", "40mg", "08:00", "2025-03-01");
    const auto flex = b.med("Flexeril", "5mg", "08:00,20:00", "2026-03-10");
    b.take_daily(lasix, "2026-03-01", "2026-03-30");
    b.take_daily(flex, "2026-03-10", "2026-03-30");
    b.change(flex, "2026-03-20", "10mg", "20:00");
    const auto r = report_of(b, "2026-03-01", "2026-03-30");
    ASSERT_EQ(r.medications.size(), 2u);
    for (const auto& m : r.medications) {
        if (m.medication.id == lasix) {
            EXPECT_FALSE(m.course_day) << "a water pill has no course day";
            EXPECT_TRUE(m.changes.empty());
        } else {
            EXPECT_EQ(m.course_day, 21);
            ASSERT_EQ(m.changes.size(), 1u);
            EXPECT_EQ(m.changes[0].from, d("2026-03-20"));
        }
    }
}

TEST(ReportPageOne, PainMeanPeakFlareDaysAndThePeriodBefore) {
    JournalBuilder b;
    b.pain_daily("2026-02-01", "2026-02-28", 6);  // the period before: mean 6
    b.pain_daily("2026-03-01", "2026-03-28", 3);  // median 3
    b.pain("2026-03-10T18:00", 5);                // 3 + 2 and at least 5: a flare
    b.pain("2026-03-12T18:00", 4);                // 3 + 1: not a flare
    b.pain("2026-03-15T18:00", 7);
    b.pain("2026-03-20T18:00", 7);                // the latest day with the peak
    const auto r = report_of(b, "2026-03-01", "2026-03-28");
    ASSERT_TRUE(r.pain.mean);
    EXPECT_EQ(r.pain.peak, 7);
    EXPECT_EQ(r.pain.peak_day, d("2026-03-20"));
    EXPECT_EQ(r.pain.flare_days, (std::vector<LocalDay>{d("2026-03-10"), d("2026-03-15"), d("2026-03-20")}));
    ASSERT_TRUE(r.pain.previous_mean);
    EXPECT_DOUBLE_EQ(*r.pain.previous_mean, 6.0);
    EXPECT_EQ(pain_comparison_text(r.pain, r.period).rfind("down 2.", 0), 0u) << pain_comparison_text(r.pain, r.period);
    EXPECT_NE(pain_comparison_text(r.pain, r.period).find("% fall (moderately important)"), std::string::npos)
        << pain_comparison_text(r.pain, r.period);
}

TEST(ReportPageOne, NoComparisonWithFewerThanFourScoredDaysBefore) {
    JournalBuilder b;
    b.pain_daily("2026-02-25", "2026-02-27", 6);  // 3 days: not enough
    b.pain_daily("2026-03-01", "2026-03-28", 3);
    auto r = report_of(b, "2026-03-01", "2026-03-28");
    EXPECT_FALSE(r.pain.previous_mean);
    EXPECT_EQ(r.pain.previous_days_logged, 3);
    b.pain("2026-02-24T09:00", 6);  // the fourth
    r = report_of(b, "2026-03-01", "2026-03-28");
    EXPECT_TRUE(r.pain.previous_mean);
}

TEST(ReportPageOne, SymptomsAreSummarisedOnPageOne) {
    JournalBuilder b;
    for (const char* at : {"2026-03-03T09:00", "2026-03-03T18:00", "2026-03-09T09:00", "2026-03-20T09:00"})
        b.symptom(at, "numbness");
    const auto r = report_of(b, "2026-03-01", "2026-03-30");
    ASSERT_EQ(r.symptoms.size(), 1u);
    EXPECT_EQ(symptom_text(r.symptoms[0]), "numbness 4 times on 3 days (3 Mar 2026 to 20 Mar 2026)");
}

TEST(ReportPageOne, ChartsStartOnTheFirstLoggedDay) {
    JournalBuilder b;
    b.pain_daily("2026-03-20", "2026-03-30", 3);
    const auto r = report_of(b, "2026-03-01", "2026-03-30");
    EXPECT_EQ(r.chart_from(), d("2026-03-20"));
}

TEST(ReportPageOne, IdentityForEveryPageHeader) {
    Profile p;
    EXPECT_EQ(identity_text(p), "");
    p.name = "Sam Example";
    p.birth_year = 1961;
    EXPECT_EQ(identity_text(p), "Sam Example, born 1961");
    p.birth_date = d("1961-04-30");
    p.identifier = "MRN-0042";
    EXPECT_EQ(identity_text(p), "Sam Example, born 30 Apr 1961, ID MRN-0042");
    p.identifier_system = "hospital number";
    EXPECT_EQ(identity_text(p), "Sam Example, born 30 Apr 1961, hospital number MRN-0042");
}

TEST(ReportPageOne, AFirstReportComparesItsFirstAndLastWeeks) {
    JournalBuilder b;
    b.pain_daily("2026-03-01", "2026-03-07", 8);
    b.pain_daily("2026-03-08", "2026-03-14", 4);
    const auto r = report_of(b, "2026-03-01", "2026-03-14");  // 14 days: two weeks
    ASSERT_TRUE(r.pain.first_week);
    EXPECT_DOUBLE_EQ(*r.pain.first_week, 8.0);
    EXPECT_NE(pain_comparison_text(r.pain, r.period).find("first 7 days 8.0, last 7 days 4.0, a 50 % fall (substantial)"),
              std::string::npos)
        << pain_comparison_text(r.pain, r.period);
    EXPECT_NE(headline_text(r).find("pain mean 6.0 (first 7 days 8.0, last 7 days 4.0, a 50 % fall)"), std::string::npos)
        << headline_text(r);
    const auto shorter = report_of(b, "2026-03-02", "2026-03-14");  // 13 days: the weeks would overlap
    EXPECT_FALSE(shorter.pain.first_week);
}
