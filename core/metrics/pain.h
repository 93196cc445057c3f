#pragma once

#include "core/journal_index.h"

#include <map>
#include <optional>
#include <string>

namespace relief {

// Mean pain score per local day (only days with at least one score).
using DailyPain = std::map<LocalDay, double>;
DailyPain daily_pain_means(const JournalIndex& index);

// Mean of the daily means over the `days` days ending on `end`; exists only when at least
// `min_logged` of those days have a score (RULES.md: 4 of 7).
std::optional<double> window_mean(const DailyPain& pain, LocalDay end, int days, int min_logged);
std::optional<double> window_mean(const DailyPain& pain, LocalDay end, const Thresholds& t);

// Mean of the daily means on the first `days` logged days on or after `start`, up to `until`.
struct Baseline {
    double mean = 0;
    LocalDay first{};
    LocalDay last{};
};
std::optional<Baseline> baseline(const DailyPain& pain, LocalDay start, LocalDay until, int days);

// At least improvement_points, or improvement_percent %, below the baseline
// (Farrar 2001; Salaffi 2004).
bool clinically_important_improvement(double baseline, double current, const Thresholds& t);

// "4.3": one decimal, for evidence.
std::string format_mean(double mean);

// A pain episode: starts on the onset day the person set, or else on the first day with
// pain >= episode_start_score; ends after episode_end_low_days consecutive logged days
// at or below episode_end_score, or episode_end_unlogged_days with no pain logged.
struct Episode {
    LocalDay start{};
    std::optional<LocalDay> end;  // the last day of the episode, if it ended by as_of
    int day_number(LocalDay day) const { return static_cast<int>((day - start).count()) + 1; }
};
std::vector<Episode> pain_episodes(const JournalIndex& index, const DailyPain& pain);
// The episode that is open on as_of, if any.
std::optional<Episode> current_episode(const JournalIndex& index, const DailyPain& pain);

}  // namespace relief
