#include "paired_timer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

namespace relief::bench {

namespace {

using Clock = std::chrono::steady_clock;

double run_once_ms(Timed& t) {
    if (t.prepare) t.prepare();
    const auto start = Clock::now();
    t.run();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The mean time of one run over `count` runs.
double sample_ms(Timed& t, int count) {
    double total = 0;
    for (int i = 0; i < count; ++i) total += run_once_ms(t);
    return total / count;
}

int runs_per_sample(Timed& t, double min_sample_ms) {
    run_once_ms(t);  // warm: caches, prepared statements, the page cache
    const double once = std::max(run_once_ms(t), 1e-3);
    return std::clamp(static_cast<int>(std::ceil(min_sample_ms / once)), 1, 2000);
}

double quantile(std::vector<double> v, double q) {
    std::sort(v.begin(), v.end());
    const double at = q * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(at));
    const auto hi = static_cast<std::size_t>(std::ceil(at));
    return v[lo] + (v[hi] - v[lo]) * (at - static_cast<double>(lo));
}

}  // namespace

PairResult time_pair(Pair& pair) {
    const int relief_count = runs_per_sample(pair.relief, pair.min_sample_ms);
    const int floor_count = pair.floor ? runs_per_sample(*pair.floor, pair.min_sample_ms) : 0;
    std::vector<double> relief, floor, ratio;
    for (int r = 0; r < pair.reps; ++r) {
        double a = 0, b = 0;
        if (pair.floor && r % 2 == 1) b = sample_ms(*pair.floor, floor_count);
        a = sample_ms(pair.relief, relief_count);
        if (pair.floor && r % 2 == 0) b = sample_ms(*pair.floor, floor_count);
        relief.push_back(a);
        if (pair.floor) {
            floor.push_back(b);
            ratio.push_back(a / std::max(b, 1e-6));
        }
    }
    PairResult out;
    out.relief_ms = quantile(relief, 0.5);
    out.relief_low = quantile(relief, 0.25);
    out.relief_high = quantile(relief, 0.75);
    if (pair.floor) {
        out.floor_ms = quantile(floor, 0.5);
        out.ratio = quantile(ratio, 0.5);
        out.ratio_low = quantile(ratio, 0.25);
        out.ratio_high = quantile(ratio, 0.75);
    }
    return out;
}

}  // namespace relief::bench
