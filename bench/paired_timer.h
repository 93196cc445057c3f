#pragma once

#include <functional>
#include <optional>
#include <string>

namespace relief::bench {

// One side of a measurement: `prepare` (not timed) runs before each `run` (timed).
struct Timed {
    std::function<void()> prepare;
    std::function<void()> run;
};

// The measured code and, when it has one, its floor. They are timed in turns within each
// repetition (the order alternating), so that a busy machine slows both alike, and the
// ratio is taken per repetition.
struct Pair {
    Timed relief;
    std::optional<Timed> floor;
    int reps = 9;
    double min_sample_ms = 30;  // a sample repeats a fast run until it lasts this long
};

struct PairResult {
    double relief_ms = 0;  // median over the repetitions of one run's time
    double floor_ms = 0;
    double ratio = 0;      // median of the per-repetition ratios
    double ratio_low = 0;  // their first and third quartiles: the spread
    double ratio_high = 0;
    double relief_low = 0;  // quartiles of the relief time, for measurements without a floor
    double relief_high = 0;
};

PairResult time_pair(Pair& pair);

}  // namespace relief::bench
