#include "thresholds.h"

#include "calendar.h"
#include "catalogue.h"
#include "errors.h"
#include "translate.h"

namespace relief {

const std::vector<ThresholdSpec>& threshold_specs() {
    using T = Thresholds;
    static const std::vector<ThresholdSpec> specs{
        {"course-gap-days", &T::course_gap_days, 0, 14, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "gap in days that does not break a course")},
        {"regular-use-days", &T::regular_use_days, 1, 14, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "days used (of the regular-use window) for regular use")},
        {"regular-use-window-days", &T::regular_use_window_days, 1, 28, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "regular-use window in days")},
        {"window-days", &T::window_days, 3, 28, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "pain window in days")},
        {"window-min-logged-days", &T::window_min_logged_days, 1, 28, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "logged days a window mean needs")},
        {"baseline-days", &T::baseline_days, 1, 14, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "logged days that make the baseline")},
        {"improvement-points", &T::improvement_points, 1, 10, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "points below baseline that count as improvement")},
        {"improvement-percent", &T::improvement_percent, 1, 100, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "percent below baseline that counts as improvement")},
        {"episode-start-score", &T::episode_start_score, 1, 10, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "pain that starts an episode")},
        {"episode-end-score", &T::episode_end_score, 0, 9, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "pain at or below which days count towards an episode's end")},
        {"episode-end-low-days", &T::episode_end_low_days, 1, 60, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "low days in a row that end an episode")},
        {"episode-end-unlogged-days", &T::episode_end_unlogged_days, 1, 90, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "days without pain logged that end an episode")},
        {"short-term-info-day", &T::short_term_info_day, 2, 90, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "course day of the 2-week note for acute relaxants")},
        {"short-term-warning-day", &T::short_term_warning_day, 2, 120, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "course day of the 3-week warning")},
        {"early-benefit-day", &T::early_benefit_day, 2, 60, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "course day by which cyclobenzaprine should help")},
        {"persistent-pain-day", &T::persistent_pain_day, 7, 120, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "episode day for re-assessment")},
        {"peg-improvement-percent", &T::peg_improvement_percent, 5, 90, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "PEG improvement that counts (IMMPACT: 30 %)")},
        {"peg-course-day", &T::peg_course_day, 7, 60, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "relaxant course day to judge by the PEG")},
        {"peg-current-days", &T::peg_current_days, 7, 60, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "days a PEG answer stays current")},
        {"persistent-pain-overdue-day", &T::persistent_pain_overdue_day, 7, 180, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "episode day when re-assessment is overdue")},
        {"worsening-points", &T::worsening_points, 1, 10, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "rise in the weekly mean that counts as worsening")},
        {"urgent-dose-percent", &T::urgent_dose_percent, 101, 500, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "percent of the daily maximum that is urgent")},
        {"cyp1a2-hours", &T::cyp1a2_hours, 1, 336, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "hours between tizanidine and a CYP1A2 inhibitor")},
        {"maoi-days", &T::maoi_days, 1, 60, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "days after an MAOI when cyclobenzaprine is unsafe")},
        {"elderly-age", &T::elderly_age, 40, 100, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "age from which acute relaxants need extra care")},
        {"tizanidine-regular-days", &T::tizanidine_regular_days, 1, 90, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "days of regular tizanidine before a stop matters")},
        {"use-gap-days", &T::use_gap_days, 1, 30, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "days without an acute muscle relaxant that do not end a run of its (as-needed) use")},
        {"withdrawal-gap-days", &T::withdrawal_gap_days, 1, 14, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "whole days without any dose of baclofen or tizanidine that read as a stop")},
        {"withdrawal-current-days", &T::withdrawal_current_days, 1, 60, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "days after a stop that its withdrawal warning stays current")},
        {"baclofen-regular-days", &T::baclofen_regular_days, 1, 90, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "days of regular baclofen before a stop matters")},
        {"tizanidine-drop-mg", &T::tizanidine_drop_mg, 1, 36, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "daily drop in tizanidine that counts as abrupt")},
        {"carisoprodol-days", &T::carisoprodol_days, 1, 180, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "carisoprodol course length before a stop is noted")},
        {"adherence-percent", &T::adherence_percent, 1, 100, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "adherence target")},
        {"adherence-low-percent", &T::adherence_low_percent, 1, 100, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "adherence below which baclofen/tizanidine warn")},
        {"adherence-window-days", &T::adherence_window_days, 7, 365, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "adherence window in days")},
        {"adherence-min-course-days", &T::adherence_min_course_days, 1, 60, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "course days before adherence is judged")},
        {"missed-streak", &T::missed_streak, 2, 50, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "scheduled doses missed in a row")},
        {"side-effect-skips", &T::side_effect_skips, 1, 50, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "doses missed after side effects")},
        {"side-effect-skip-window-days", &T::side_effect_skip_window_days, 1, 60, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "window for missed doses after side effects")},
        {"side-effect-skip-hours", &T::side_effect_skip_hours, 1, 72, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "hours after a side effect that a missed dose counts")},
        {"tolerance-window-days", &T::tolerance_window_days, 7, 60, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "tolerance comparison window in days")},
        {"tolerance-increase-percent", &T::tolerance_increase_percent, 101, 500, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "dose increase that counts as escalation")},
        {"tolerance-prn-increase-percent", &T::tolerance_prn_increase_percent, 1, 500, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "rise in as-needed doses that counts")},
        {"tolerance-above-prescribed-days", &T::tolerance_above_prescribed_days, 1, 7, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "days above the prescribed dose that count")},
        {"baclofen-titration-days", &T::baclofen_titration_days, 1, 90, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "course day when baclofen titration ends")},
        {"tizanidine-titration-days", &T::tizanidine_titration_days, 1, 90, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "course day when tizanidine titration ends")},
        {"other-titration-days", &T::other_titration_days, 1, 90, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "course day when titration ends for other drugs")},
        {"pattern-days", &T::pattern_days, 1, 7, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "days in a week that make a pain pattern")},
        {"cramp-days", &T::cramp_days, 1, 7, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "days with cramps in a week that count as frequent")},
        {"cramp-relaxant-start-days", &T::cramp_relaxant_start_days, 1, 60, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "days between starting a relaxant and cramps")},
        {"low-fluid-glasses", &T::low_fluid_glasses, 1, 20, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "glasses a day under which fluid intake is low")},
        {"non-drug-relaxant-days", &T::non_drug_relaxant_days, 1, 7, RELIEF_TRANSLATE_NOOP("relief::core::thresholds", "relaxant days in a week without non-drug measures")},
    };
    return specs;
}

std::string display_description(const ThresholdSpec& spec) {
    return translate("relief::core::thresholds", spec.description.c_str());
}

namespace {

const ThresholdSpec* find_spec(const std::string& key) {
    for (const auto& s : threshold_specs())
        if (s.key == key) return &s;
    return nullptr;
}

}  // namespace

std::string validate_threshold_setting(const std::string& key, const std::string& value) {
    if (key.rfind("threshold.", 0) == 0) {
        const ThresholdSpec* spec = find_spec(key.substr(10));
        if (!spec) {
            std::string names;
            for (const auto& s : threshold_specs()) names += (names.empty() ? "" : ", ") + s.key;
            throw InputError("setting", key,
                             fill(translate("relief::core::thresholds", "threshold.<name> with one of: %1"), {names}));
        }
        return std::to_string(parse_int_in_range(value, spec->low, spec->high, key));
    }
    if (key.rfind("max-daily.", 0) == 0) {
        const std::string ingredient = key.substr(10);
        if (!Catalogue::standard().find_ingredient(ingredient))
            throw InputError("setting", key,
                             translate("relief::core::thresholds", "max-daily.<ingredient> for an ingredient the catalogue knows"));
        return Amount::parse(value, key).to_string();
    }
    throw InputError("setting", key, translate("relief::core::thresholds", "threshold.<name> or max-daily.<ingredient>"));
}

void check_setting_key(const std::string& key) {
    if (key.rfind("threshold.", 0) == 0) {
        const ThresholdSpec* spec = find_spec(key.substr(10));
        validate_threshold_setting(key, spec ? std::to_string(Thresholds{}.*(spec->field)) : "0");
    } else {
        validate_threshold_setting(key, "1mg");
    }
}

void check_consistent(const Thresholds& t) {
    struct Pair {
        int Thresholds::*lower;
        int Thresholds::*higher;
        const char* lower_key;
        const char* higher_key;
        bool equal_allowed;
    };
    static const Pair pairs[] = {
        {&Thresholds::short_term_info_day, &Thresholds::short_term_warning_day, "short-term-info-day",
         "short-term-warning-day", false},
        {&Thresholds::persistent_pain_day, &Thresholds::persistent_pain_overdue_day, "persistent-pain-day",
         "persistent-pain-overdue-day", false},
        {&Thresholds::adherence_low_percent, &Thresholds::adherence_percent, "adherence-low-percent",
         "adherence-percent", false},
        {&Thresholds::episode_end_score, &Thresholds::episode_start_score, "episode-end-score", "episode-start-score",
         false},
        {&Thresholds::regular_use_days, &Thresholds::regular_use_window_days, "regular-use-days",
         "regular-use-window-days", true},
        {&Thresholds::window_min_logged_days, &Thresholds::window_days, "window-min-logged-days", "window-days",
         true},
    };
    for (const auto& p : pairs) {
        const int low = t.*(p.lower), high = t.*(p.higher);
        if (low < high || (p.equal_allowed && low == high)) continue;
        //: %1: the other setting (threshold.<name>, as typed), %2: its value.
        throw InputError("threshold." + std::string(p.higher_key), std::to_string(high),
                         fill(p.equal_allowed
                                  ? translate("relief::core::thresholds", "at least %1 (%2); change that one first")
                                  : translate("relief::core::thresholds", "more than %1 (%2); change that one first"),
                              {"threshold." + std::string(p.lower_key), std::to_string(low)}));
    }
}

Thresholds thresholds_from_settings(const std::map<std::string, std::string>& settings) {
    Thresholds t;
    for (const auto& [key, value] : settings) {
        if (key.rfind("threshold.", 0) == 0) {
            const ThresholdSpec* spec = find_spec(key.substr(10));
            if (spec) t.*(spec->field) = parse_int_in_range(value, spec->low, spec->high, key);
        } else if (key.rfind("max-daily.", 0) == 0) {
            t.max_daily_overrides[key.substr(10)] = Amount::parse(value, key);
        }
    }
    return t;
}

}  // namespace relief
