#include "pain.h"

#include <cmath>
#include <cstdio>

namespace relief {

DailyPain daily_pain_means(const JournalIndex& index) {
    DailyPain out;
    // Days come in order: each day's scores are summed, then its mean added at the end.
    LocalDay day{};
    int sum = 0, count = 0;
    for (const Entry* e : index.entries_by_day()) {
        const auto* p = std::get_if<PainEntry>(&e->data);
        if (!p) continue;
        if (count > 0 && e->day != day) {
            out.emplace_hint(out.end(), day, double(sum) / count);
            sum = count = 0;
        }
        day = e->day;
        sum += p->score;
        ++count;
    }
    if (count > 0) out.emplace_hint(out.end(), day, double(sum) / count);
    return out;
}

std::optional<double> window_mean(const DailyPain& pain, LocalDay end, int days, int min_logged) {
    const LocalDay first = end - date::days{days - 1};
    double sum = 0;
    int logged = 0;
    for (auto it = pain.lower_bound(first); it != pain.end() && it->first <= end; ++it) {
        sum += it->second;
        ++logged;
    }
    if (logged < min_logged || logged == 0) return std::nullopt;
    return sum / logged;
}

std::optional<double> window_mean(const DailyPain& pain, LocalDay end, const Thresholds& t) {
    return window_mean(pain, end, t.window_days, t.window_min_logged_days);
}

std::optional<Baseline> baseline(const DailyPain& pain, LocalDay start, LocalDay until, int days) {
    Baseline b;
    double sum = 0;
    int logged = 0;
    for (auto it = pain.lower_bound(start); it != pain.end() && it->first <= until && logged < days; ++it) {
        if (logged == 0) b.first = it->first;
        b.last = it->first;
        sum += it->second;
        ++logged;
    }
    if (logged < days) return std::nullopt;
    b.mean = sum / logged;
    return b;
}

bool clinically_important_improvement(double base, double current, const Thresholds& t) {
    const double drop = base - current;
    // A small epsilon keeps exact thresholds (a drop of exactly 2.0 or 30 %) from being
    // lost to the rounding of means such as 6.999999.
    constexpr double epsilon = 1e-9;
    if (drop + epsilon >= t.improvement_points) return true;
    return base > 0 && drop * 100 + epsilon >= t.improvement_percent * base;
}

std::string format_mean(double mean) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f", std::round(mean * 10) / 10);
    return buf;
}

std::vector<Episode> pain_episodes(const JournalIndex& index, const DailyPain& pain) {
    const Thresholds& t = index.thresholds();
    std::vector<Episode> out;
    const auto& onset = index.profile().onset;
    // Pain before the onset the person set belongs to no episode: they said it began then.
    std::optional<LocalDay> begin;
    if (onset && *onset <= index.as_of()) begin = *onset;
    else if (!pain.empty()) begin = pain.begin()->first;
    if (!begin) return out;

    std::optional<Episode> open;
    int low_run = 0, unlogged_run = 0;
    for (LocalDay day = *begin; day <= index.as_of(); day += date::days{1}) {
        auto it = pain.find(day);
        const bool logged = it != pain.end();
        if (!open) {
            const bool starts = (onset && day == *onset) || (logged && it->second >= t.episode_start_score);
            if (!starts) continue;
            open = Episode{day, std::nullopt};
            low_run = unlogged_run = 0;
        }
        if (logged) {
            unlogged_run = 0;
            low_run = it->second <= t.episode_end_score ? low_run + 1 : 0;
        } else {
            ++unlogged_run;
        }
        if (low_run >= t.episode_end_low_days || unlogged_run >= t.episode_end_unlogged_days) {
            open->end = day;
            out.push_back(*open);
            open.reset();
        }
    }
    if (open) out.push_back(*open);
    return out;
}

std::optional<Episode> current_episode(const JournalIndex& index, const DailyPain& pain) {
    auto all = pain_episodes(index, pain);
    if (all.empty() || all.back().end) return std::nullopt;
    return all.back();
}

}  // namespace relief
