#pragma once

#include "core/entry_text.h"
#include "report_model.h"

#include <string>
#include <utility>
#include <vector>

namespace relief::reports {

// Words shared by every renderer, so the PDF, HTML and app say the same thing.
std::string period_text(const ReportPeriod& period);         // "1 Mar 2026 to 30 Mar 2026 (30 days)"
std::string day_text(LocalDay day);                          // "1 Mar 2026"
std::string mean_text(const std::optional<double>& mean);    // "4.3" or "-"
std::string adherence_text(const MedicationSummary& med);    // "85 % (51 of 60)" or "as needed"
std::string pain_change_text(const PainTrend& pain);         // "down 2.4 from 7.0 (clinically important)"
std::string severity_label(AlertSeverity severity);          // "Urgent", "Warning", "Info"
// Counts in the report's language: "1 day", "2 days"; "1 time", "5 times"; "1 minute", "9 minutes".
std::string days_text(int n);
std::string times_text(int n);
std::string minutes_text(int n);
// A mean or score with one decimal in the report's language: "4.3", "4,3".
std::string decimal_text(double value);

// A logged term as a reader sees it: readable_term(), and the model's "not given" (a cramp
// without a place) in the report's language.
std::string term_text(const std::string& term);

// Who the report is about, for every page header: "Sam Example, born 30 Apr 1961,
// hospital number MRN-0042"; the birth year alone when no date is set; "" when nothing is.
std::string identity_text(const Profile& profile);

// Page one, in the clinician's voice.
// "Low back pain since 1 Oct 2026; cyclobenzaprine 12 Oct-2 Nov 2026 (stopped); pain mean
// 3.1 against 7.3 in the 30 days before, a 58 % fall."
std::string headline_text(const VisitReport& r);
// "mean 3.3, peak 6 on 16 Nov 2026, 3 flare days (16 Nov, 17 Nov, 18 Nov)"
std::string pain_period_text(const PainTrend& pain);
// "down 1.8 from 5.1 in the 30 days before, a 35 % fall (moderately important: IMMPACT
// counts 30 % as moderately important, 50 % as substantial)", or why there is no comparison.
std::string pain_comparison_text(const PainTrend& pain, const ReportPeriod& period);
// "last 7 days 3.3, the 7 days before 2.9" (the worsening alert's own figures), or "".
std::string pain_weeks_text(const PainTrend& pain);
// "12 Oct 2026 to 2 Nov 2026, stopped", "from 12 Oct 2026", first and last dose if known.
std::string medication_dates_text(const MedicationSummary& med);
// "8 days: 5200 mg, mean 650 mg a day, highest 800 mg", or "none taken in the period".
std::string amount_summary_text(const MedicationSummary& med);
// "numbness 5 times on 5 days (3 Nov 2026 to 28 Nov 2026)"
std::string symptom_text(const SymptomSummary& s);
// An evidence value without the analyser's setting names, which mean nothing to a reader:
// "course day 22 (setting threshold.short-term-warning-day)" -> "course day 22".
std::string evidence_text(const std::string& value);
// "Scheduled doses taken below 80 %: Lioresal (baclofen) 70 % (21 of 30).", or "" when
// every current scheduled medication is at 80 % or more (the table shows each figure).
std::string low_adherence_line(const VisitReport& r);
// "Current alerts: 1 urgent, 2 warning, 0 info; 3 resolved."
std::string current_alerts_line(const VisitReport& r);
// "1 Mar": a day within a year that is clear from its context (charts, lists of days).
std::string short_day_text(LocalDay day);
// The urgent and warning alerts by title, for the summary at the top of page one:
// "Urgent: Foot drop: seek care now (11 Mar 2026)", "Warning: ..."; nothing when none.
std::vector<std::string> alert_title_lines(const VisitReport& r);
// "Flexeril beyond 3 weeks (raised 26 Oct 2026, resolved 3 Nov 2026)"
std::string resolved_alert_text(const ReportAlert& a);

// Function, sleep and goals (issue 15), for page one's Function section. Each says only
// what the model's figures say; "" when there is nothing of its kind in the period.
// A PEG score: "6.3" (one decimal, as pain means are shown).
std::string peg_score_text(double score);
// A change against the baseline in whole percent, rounded towards zero so that a change
// shown as "30 %" is at least 30 %: "36 % lower", "15 % higher", "unchanged".
std::string peg_change_text(double change_percent);
// "6.3 on 2 Mar 2026 (the period's first) to 4.0 on 30 Mar 2026: 36 % lower, reaching the 30 %
// improvement that IMMPACT counts as moderately important", "... 20 % lower, short of a
// 30 % improvement", "6.3 on 2 Mar 2026, the first answer: nothing to compare with yet".
std::string peg_text(const PegTrend& peg);
// "12 nights logged: mean 6 h 40 min, quality 5.2 of 10 (10 nights rated)"
std::string sleep_text(const SleepSummary& sleep);
// "24 Mar to 30 Mar 2026": the days of the goals' last week.
std::string goal_week_days_text(const GoalWeek& week);
// "Goals, last 7 days"; "Goals, 1 Mar to 3 Mar 2026" when the period is shorter.
std::string goals_label(const std::vector<GoalSummary>& goals);
// One answer against the baseline: "the first", "36 % lower", or "-" with nothing to measure.
std::string peg_answer_change_text(const PegTrend& peg, const PegAnswer& answer);
// "walk the dog 20 minutes: met on 5 of 6 days checked; sit through a work day: not
// checked": every goal in the goals' last week.
std::string goals_last_week_text(const std::vector<GoalSummary>& goals);
// "much improved": a PGIC answer's words in the report's language.
std::string pgic_words_text(int answer);
// "much improved (2 of 7)"
std::string pgic_answer_text(int answer);
// Page one's Function section, the same in the PDF and the HTML: a label and its sentence
// for each of the PEG, sleep, goals and the PGIC that was logged in the period.
std::vector<std::pair<std::string, std::string>> function_facts(const VisitReport& r);
// "much improved (2 of 7) on 14 Mar 2026; before: no change (4 of 7) on 1 Mar 2026" (the
// three answers before the latest at most, newest first, the rest counted).
std::string pgic_text(const std::vector<PgicAnswer>& answers);

}  // namespace relief::reports
