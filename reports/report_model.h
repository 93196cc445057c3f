#pragma once

#include "core/alert.h"
#include "core/dose_slot.h"
#include "core/journal_snapshot.h"
#include "core/metrics/adherence.h"
#include "core/thresholds.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace relief::reports {

// Pure data: everything a visit report shows, computed once from the journal so that the
// PDF, HTML, CSV and FHIR renderers only lay it out and never compute.

struct ReportPeriod {
    LocalDay from{};
    LocalDay to{};  // inclusive
    int days() const { return static_cast<int>((to - from).count()) + 1; }
    bool contains(LocalDay d) const { return d >= from && d <= to; }
};

// An alert as the report lists it, with its discussed mark and where it is in its life:
// current as of the period's end, or resolved (page one lists only current ones).
struct ReportAlert {
    Alert alert;
    std::optional<LocalDay> discussed_on;
    bool current = false;
    std::optional<LocalDay> resolved_on;
};

struct ReportInput {
    const JournalSnapshot* journal = nullptr;
    ReportPeriod period;
    LocalDay generated_on{};           // the as-of day; nothing after it is read
    // The moment of a report made today: doses due later today are not yet missed.
    std::optional<Instant> now;
    std::optional<LocalDay> last_visit;
    std::vector<ReportAlert> alerts;  // candidates; the model keeps those of the period
    Thresholds thresholds;
};

struct MedicationSummary {
    Medication medication;
    std::string label;          // "Flexeril (cyclobenzaprine)"
    std::string class_text;     // "muscle relaxant, antispasmodic"
    // The prescription at the period's end, "5 mg at 08:00, 14:00, 20:00" or "400 mg as
    // needed", with its changes: "10 mg at 08:00 from 2026-03-05 (before: 5 mg at 08:00)".
    std::string schedule_text;
    int days_used = 0;          // days in the period with a taken dose
    int doses_taken = 0;
    Amount total;               // taken in the period
    Amount highest_daily;       // highest daily total in the period
    Amount mean_daily;          // total / days_used, rounded to 0.1 mg (to 1 mg from 10 mg)
    std::optional<Adherence> adherence;  // scheduled medications only
    // For acute muscle relaxants only (the 2-3 week limit): the run of use as of the
    // period's end, if one is running. A long-term medicine has no "course day".
    std::optional<LocalDay> course_start;
    std::optional<int> course_day;
    // Stopped before the period's end (during the period, or within stopped_before_days
    // before it): listed so that a drug stopped just before the visit does not vanish.
    bool stopped = false;
    std::optional<LocalDay> first_dose;  // in the whole journal, up to the period's end
    std::optional<LocalDay> last_dose;
    // Prescription changes from a day since the last visit (or in the period).
    std::vector<PrescriptionStep> changes;
};

// A medication stopped this many days before the period still appears in its list.
inline constexpr int stopped_before_days = 30;

struct DailyValue {
    LocalDay day{};
    double value = 0;
};

struct PainTrend {
    std::vector<DailyValue> daily;    // daily mean, days with a score
    std::optional<double> mean;       // mean of the daily means over the period
    std::optional<int> peak;          // highest single score in the period
    std::optional<LocalDay> peak_day;  // the latest day with that score
    // Days whose highest score is at least flare_points above the period's median daily
    // mean, and at least flare_floor: the days the chart shows as flares.
    std::vector<LocalDay> flare_days;
    // The same-length period just before: its mean, when at least window-min-logged-days
    // of it have a score. The headline change is against it.
    std::optional<double> previous_mean;
    std::optional<LocalDay> previous_from;
    int previous_days_logged = 0;
    // The period's first 7 days, when at least window-min-logged-days of them have a
    // score: a first report, with nothing before it, compares its first and last weeks.
    std::optional<double> first_week;
    // The last 7 days and the 7 before them (the worsening alert's own figures).
    std::optional<double> last_week;
    std::optional<double> week_before;
    std::vector<DailyValue> rolling;  // 7-day window mean, days where it exists
    std::optional<double> baseline;   // first logged days of the period
    std::optional<LocalDay> baseline_from;
    std::optional<LocalDay> baseline_to;
    std::optional<double> latest;     // window mean as of the period's end
    std::optional<double> change;     // latest - baseline (negative is better)
    bool clinically_important_improvement = false;
    int days_logged = 0;
    int scores = 0;
    std::optional<int> lowest;
    std::optional<int> highest;
};

struct Count {
    std::string name;  // canonical term, "lower-back"
    int count = 0;
    bool operator==(const Count&) const = default;
};

// Days a score may rise above the period's median and still not be a flare, and the
// lowest score that can be one.
inline constexpr int flare_points = 2;
inline constexpr int flare_floor = 5;

struct SymptomSummary {
    std::string name;  // canonical, "numbness"
    int count = 0;
    int days = 0;
    LocalDay first{};
    LocalDay last{};
};

struct SideEffectSummary {
    std::string name;
    int count = 0;
    int mild = 0;
    int moderate = 0;
    int severe = 0;
};

// Cramps logged between 22:00 and 06:00 local time count as night cramps.
struct CrampSummary {
    int count = 0;
    int days = 0;
    int nights = 0;
    int total_minutes = 0;
    std::optional<int> longest_minutes;
    std::vector<Count> locations;
};

struct IntakeSummary {
    int alcohol_drinks = 0;
    int alcohol_days = 0;
    int fluid_days = 0;                 // days with fluids logged
    std::optional<double> mean_glasses;  // per day with fluids logged
    int low_fluid_days = 0;              // under thresholds.low_fluid_glasses
};

struct Note {
    Instant at{};
    std::string zone;
    LocalDay day{};
    std::string text;
};

// The daily total of one ingredient, for the dose chart.
struct DoseDay {
    LocalDay day{};
    std::string ingredient;
    Amount total;
    int doses = 0;
};

// What happened on one day besides pain and doses, for the chart's lower lanes.
struct DayEvents {
    LocalDay day{};
    int side_effects = 0;
    std::optional<Severity> worst_side_effect;
    int cramps = 0;
    // Function (issue 15), for the Trends page's lanes: the day's PEG score and hours of
    // sleep (the last logged that day), and its goals: each goal checked that day counts
    // once, as its last check says.
    std::optional<double> peg;
    std::optional<int> sleep_minutes;
    int goals_checked = 0;
    int goals_met = 0;
    int scheduled = 0;  // settled scheduled doses that day
    int taken = 0;      // of those, taken (on time or late)
};

// Function, sleep and goals (issue 15): the PEG scale, last night's sleep, the person's
// own goals checked off per day, and the Patient Global Impression of Change.

// One PEG answer (Krebs et al., J Gen Intern Med 2009): average pain in the past week, and
// how much pain interfered with enjoyment of life and with general activity, 0-10 each.
struct PegAnswer {
    std::int64_t entry_id = 0;
    Instant at{};
    LocalDay day{};
    int pain = 0;
    int enjoyment = 0;
    int activity = 0;
    double score = 0;  // the PEG score: the mean of the three
    // Against the baseline, in % of the baseline's score (negative: lower, better); none
    // when the baseline's score is 0, which leaves nothing to improve on.
    std::optional<double> change_percent;
};

// Where the PEG's baseline comes from: the period's first answer, or the first answer of
// the pain episode open at the period's end when that episode began before the period
// and was answered before it (so a follow-up report still measures from the start).
enum class PegBaseline { period, episode };

struct PegTrend {
    std::vector<PegAnswer> answers;  // in the period, in time order
    std::optional<PegAnswer> baseline;
    PegBaseline baseline_from = PegBaseline::period;
    std::optional<LocalDay> episode_start;  // when the baseline is the episode's
    // The improvement that counts (thresholds.improvement_percent, 30 by default: IMMPACT's
    // moderately important change) and its line on the chart: baseline score x (1 - 30 %).
    int improvement_percent = 30;
    std::optional<double> improvement_line;
    // The latest answer against the baseline: reached when its score is at or below the
    // line (compared exactly, on the sums of the three answers). Never for the baseline
    // itself, nor when the baseline's score is 0.
    bool improvement_reached = false;
    const PegAnswer* latest() const { return answers.empty() ? nullptr : &answers.back(); }
    // The latest answer is a later one than the baseline, so there is a change to tell.
    bool has_change() const { return baseline && !answers.empty() && answers.back().entry_id != baseline->entry_id; }
};

// One night's sleep: a day's SleepEntry (the last one of the day, if it was logged twice).
struct SleepNight {
    LocalDay day{};
    int minutes = 0;
    std::optional<int> quality;  // 0-10
};

struct SleepSummary {
    std::vector<SleepNight> nights;      // in the period, one per day, in order
    std::optional<double> mean_hours;    // over the nights logged
    std::optional<double> mean_quality;  // over the nights rated
    int rated_nights = 0;
};

// A goal's days in one week: days it was checked (met or not) and days it was met. A day
// checked twice counts once, as its last check says.
struct GoalWeek {
    LocalDay from{};
    LocalDay to{};  // inclusive
    int met = 0;
    int checked = 0;
};

// Weeks are the period's last 7 days, the 7 before them, and so on back to its start (the
// oldest may be shorter), so that "last week" is the same 7 days as the pain's.
struct GoalSummary {
    std::string goal;  // the person's words, as checked (a reworded goal is another goal)
    std::vector<GoalWeek> weeks;  // oldest first; the last is the period's last 7 days
    int met = 0;                  // over the period
    int checked = 0;
};

// One answer to the Patient Global Impression of Change, 1 very much improved ... 7 very
// much worse.
struct PgicAnswer {
    std::int64_t entry_id = 0;
    Instant at{};
    LocalDay day{};
    int answer = 4;
    std::string words;  // "much improved"
};

struct VisitReport {
    ReportPeriod period;
    LocalDay generated_on{};
    std::optional<LocalDay> last_visit;
    Profile profile;
    std::optional<int> age;  // in the year of generated_on
    // The first day anything was logged: charts start there, not weeks before it.
    std::optional<LocalDay> journal_began;
    // The first day the charts show: the period's, or the journal's first day if later.
    LocalDay chart_from() const { return journal_began && *journal_began > period.from && *journal_began <= period.to
                                             ? *journal_began : period.from; }

    std::vector<MedicationSummary> medications;  // used or active in the period
    PainTrend pain;
    std::vector<Count> pain_locations;  // by days, most first
    std::vector<Count> pain_qualities;  // by days, most first
    std::vector<SideEffectSummary> side_effects;  // most frequent first
    CrampSummary cramps;
    std::vector<Count> measures;  // entries per measure, most first
    IntakeSummary intake;
    std::vector<SymptomSummary> symptoms;  // most frequent first
    // Current as of the period's end: urgent first, newest first.
    std::vector<ReportAlert> alerts;
    // Raised or seen in the period but resolved by its end: one line each, newest first.
    std::vector<ReportAlert> resolved_alerts;
    std::vector<Note> notes;
    // To ask the clinician, drawn from the current alerts only, and never about a drug
    // stopped by the period's end (except the question a stop itself raises).
    std::vector<std::string> questions;
    std::vector<DoseDay> dose_days;
    std::vector<DayEvents> day_events;  // one per day of the period, in order

    // Function (issue 15): each only for what was logged in the period.
    PegTrend peg;
    SleepSummary sleep;
    std::vector<GoalSummary> goals;  // in the order first checked in the period
    std::vector<PgicAnswer> pgic;    // in time order
    bool has_function() const { return !peg.answers.empty() || !sleep.nights.empty() || !goals.empty() || !pgic.empty(); }

    // For the event-level formats (CSV, FHIR): every entry of the period in time order,
    // the medications they refer to, and every settled scheduled dose of the period
    // (taken, late, skipped, or missed: never logged).
    std::vector<Entry> entries;
    std::vector<Medication> all_medications;
    std::vector<SlotStatus> scheduled_doses;

    const Medication* medication(std::int64_t id) const;
};

VisitReport build_report(const ReportInput& input);

}  // namespace relief::reports
