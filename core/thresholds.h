#pragma once

#include "amount.h"

#include <map>
#include <string>
#include <vector>

namespace relief {

// The numbers RULES.md marks *(design)*, as named defaults a clinician can change in the
// journal's settings ("threshold.<key>"), plus overrides of label maxima
// ("max-daily.<ingredient>"). Alerts cite the value they used.
struct Thresholds {
    int course_gap_days = 3;           // gaps up to this many days do not break a course
    int regular_use_days = 5;          // taken on at least this many ...
    int regular_use_window_days = 7;   // ... of the last this many days
    int window_days = 7;               // the pain window
    int window_min_logged_days = 4;    // a window mean needs this many logged days
    int baseline_days = 3;             // first logged days of an episode or course
    int improvement_points = 2;        // clinically important improvement: at least ...
    int improvement_percent = 30;      // ... or this much below baseline
    int episode_start_score = 3;
    int episode_end_score = 2;
    int episode_end_low_days = 7;
    int episode_end_unlogged_days = 14;

    int use_gap_days = 7;              // as-needed use of an acute relaxant: gaps up to this do not end it
    int short_term_info_day = 15;      // duration.short-term-limit
    int short_term_warning_day = 22;
    int early_benefit_day = 7;         // response.early-benefit
    int persistent_pain_day = 28;      // reassess.persistent-pain
    int persistent_pain_overdue_day = 42;
    int worsening_points = 2;          // reassess.worsening
    int urgent_dose_percent = 150;     // dose.daily-maximum: urgent at this % of the maximum
    int cyp1a2_hours = 48;             // interaction.tizanidine-cyp1a2
    int maoi_days = 14;                // interaction.cyclobenzaprine-maoi
    int elderly_age = 65;              // condition.contraindication
    int tizanidine_regular_days = 14;  // withdrawal.abrupt-stop
    int baclofen_regular_days = 7;
    int tizanidine_drop_mg = 4;
    int withdrawal_gap_days = 2;       // whole days without any dose that read as a stop
    int withdrawal_current_days = 14;  // a stop stays worth watching this long
    int carisoprodol_days = 21;
    int adherence_percent = 80;        // adherence.below-target
    int adherence_low_percent = 50;
    int adherence_window_days = 30;
    int adherence_min_course_days = 7;
    int missed_streak = 2;             // adherence.missed-streak
    int side_effect_skips = 2;         // adherence.side-effect-skips: this many in ...
    int side_effect_skip_window_days = 7;
    int side_effect_skip_hours = 24;
    int tolerance_window_days = 14;    // tolerance.dose-escalation
    int tolerance_increase_percent = 125;
    int tolerance_prn_increase_percent = 50;
    int tolerance_above_prescribed_days = 2;
    int baclofen_titration_days = 15;
    int tizanidine_titration_days = 28;
    int other_titration_days = 4;
    int pattern_days = 3;              // pain.neuropathic-pattern, pain.joint-pattern
    int cramp_days = 3;                // cramps.frequent
    int cramp_relaxant_start_days = 14;
    int low_fluid_glasses = 4;         // a day under this many glasses counts as low
    int non_drug_relaxant_days = 5;    // treatment.non-drug-measures
    int peg_improvement_percent = 30;  // function.peg-*: IMMPACT's moderately important change
    int peg_course_day = 14;           // function.peg-course: a relaxant's course day to judge by
    int peg_current_days = 14;         // a PEG older than this says nothing about now

    std::map<std::string, Amount> max_daily_overrides;  // ingredient -> maximum
};

struct ThresholdSpec {
    std::string key;  // "short-term-info-day"
    int Thresholds::*field;
    int low;
    int high;
    std::string description;
};
const std::vector<ThresholdSpec>& threshold_specs();
// What a threshold means, in the current language, for a person.
std::string display_description(const ThresholdSpec& spec);

// Settings keys "threshold.<key>" and "max-daily.<ingredient>"; a value that does not
// parse or is out of range throws InputError naming the setting.
Thresholds thresholds_from_settings(const std::map<std::string, std::string>& settings);
// Throws InputError unless `key` names a threshold or a max-daily override.
void check_setting_key(const std::string& key);
// Pairs that only make sense in one order (the 2-week note before the 3-week warning, ...);
// throws InputError naming the setting that breaks the order.
void check_consistent(const Thresholds& t);
// Validates one setting before it is stored; returns the normalised value.
std::string validate_threshold_setting(const std::string& key, const std::string& value);

}  // namespace relief
