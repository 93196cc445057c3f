#include "demo_story.h"

#include "core/catalogue.h"
#include "core/errors.h"
#include "core/schedule.h"
#include "core/split_mix64.h"
#include "errors.h"
#include "core/translate.h"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace relief::storage {

namespace {

constexpr int min_weeks = 1;
constexpr int max_weeks = 520;

// Day indices of the story, counted from its first day (day 0 is week 1's first day).
constexpr int flexeril_start = 3;
constexpr int flexeril_stop = 24;  // course day 22: past the "two or three weeks" of the label
constexpr int acute_end = 14;      // weeks 1-2
constexpr int flare_first = 36;    // the week-6 flare
constexpr int flare_last = 40;
constexpr int shooting_first = 37;  // three days of sciatica-like pain inside the flare
constexpr int shooting_last = 39;
constexpr int chronic_start = 56;  // week 9
constexpr int physio_last = 69;    // eight weeks of physical therapy from week 3

constexpr int at(int hours, int minutes) { return hours * 60 + minutes; }

std::string ingredient_of(std::string_view brand) {
    const auto match = Catalogue::standard().lookup(brand);
    if (!match) throw std::logic_error("demo story: the catalogue lacks " + std::string(brand));
    return std::string(match->drug->ingredient);
}

Medication as_needed(std::string_view brand, int dose_mg, LocalDay start) {
    Medication med;
    med.name = std::string(brand);
    med.ingredient = ingredient_of(brand);
    med.dose = Amount::milligrams(dose_mg);
    med.schedule = Schedule{{}, true};
    med.start = start;
    return med;
}

struct Happening {
    int day;
    int minute;
    const char* text;
    Severity severity = Severity::mild;
};

// Drowsiness fades as the body gets used to cyclobenzaprine. The day-6 evening drowsiness
// is why the next morning's dose is skipped (see planned_slot).
constexpr std::array<Happening, 8> side_effects{{
    {3, at(15, 20), "drowsiness", Severity::moderate},
    {4, at(15, 5), "drowsiness", Severity::severe},
    {5, at(11, 0), "dry-mouth", Severity::mild},
    {6, at(21, 15), "drowsiness", Severity::moderate},
    {8, at(9, 10), "dizziness", Severity::mild},
    {9, at(15, 30), "drowsiness", Severity::moderate},
    {11, at(12, 40), "dry-mouth", Severity::mild},
    {16, at(13, 0), "dry-mouth", Severity::mild},
}};

constexpr std::array<Happening, 6> notes{{
    {0, at(18, 30), "Bent down to lift a box and my lower back seized up. Could barely stand."},
    {1, at(7, 30), "Slept badly, back locked up getting out of bed."},
    {12, at(21, 30), "Left my pills at my sister's, missed the afternoon and evening doses."},
    {23, at(18, 45), "Walked 20 minutes, felt looser."},
    {shooting_first, at(9, 0), "Pain shooting down the left leg since gardening yesterday."},
    {63, at(20, 30), "Back at work full days. Mostly just stiff in the mornings."},
}};

enum class Plan { on_time, late, skipped, absent };

// Slots whose fate the story fixes, so that every seed shows a late dose, the skip after
// drowsiness, two skips in a row and a dose never logged.
std::optional<Plan> planned_slot(int day, std::size_t slot) {
    if (day == 5 && slot == 2) return Plan::late;
    if (day == 7 && slot == 0) return Plan::skipped;
    if (day == 12 && slot >= 1) return Plan::skipped;
    if (day == 18 && slot == 1) return Plan::absent;
    return std::nullopt;
}

class Story final {
public:
    Story(Journal& journal, LocalDay first, int days, std::uint32_t seed, std::optional<Instant> not_after)
        : journal_(journal),
          not_after_(not_after),
          home_(journal.home_zone()),
          zone_name_(home_.name()),
          first_(first),
          days_(days),
          rng_(seed),
          function_rng_(seed ^ 0x9e3779b97f4a7c15ULL) {}

    void tell() {
        set_profile();
        journal_.set_setting("goal.1", goal);
        add_medications();
        choose_cramp_nights();
        for (int d = 0; d < days_; ++d) tell_day(d);
    }

private:
    LocalDay day(int d) const { return first_ + date::days{d}; }

    void add(int d, int minute, EntryData data) {
        const Instant when = home_.resolve_scheduled(day(d) + std::chrono::minutes{minute});
        // A DST gap late in the evening could push a time into the next day; the story
        // keeps to its own days.
        if (home_.day_of(when) != day(d)) return;
        if (not_after_ && when > *not_after_) return;
        journal_.add_entry(Entry{0, when, zone_name_, {}, std::move(data)});
    }

    void set_profile() {
        Profile profile = journal_.profile();
        profile.birth_year = 1979;
        profile.conditions = {"low-back-pain"};
        profile.onset = first_;
        journal_.set_profile(profile);
    }

    void add_medications() {
        advil_ = as_needed("Advil", 400, first_);
        advil_.max_daily = Amount::milligrams(1200);
        advil_.id = journal_.add_medication(advil_);

        flexeril_.name = "Flexeril";
        flexeril_.ingredient = ingredient_of("Flexeril");
        flexeril_.dose = Amount::milligrams(5);
        flexeril_.schedule = Schedule{parse_times("08:00,14:00,20:00"), false};
        flexeril_.start = day(flexeril_start);
        // A shorter story ends while the course is still running.
        if (flexeril_stop < days_) flexeril_.stop = day(flexeril_stop);
        flexeril_.id = journal_.add_medication(flexeril_);

        if (chronic_start < days_) {
            tylenol_ = as_needed("Tylenol", 500, day(chronic_start));
            tylenol_.id = journal_.add_medication(tylenol_);
        }
    }

    // A cluster of three in one week (what cramps.frequent looks for), one or two after.
    void choose_cramp_nights() {
        const auto pick = [&](int low, int high, std::size_t count) {
            std::set<int> chosen;
            while (chosen.size() < count) chosen.insert(rng_.between(low, high));
            cramp_nights_.insert(chosen.begin(), chosen.end());
        };
        pick(31, 37, 3);
        pick(39, 47, rng_.one_in(2) ? 1 : 2);
    }

    void tell_day(int d) {
        const bool flare =
            (d >= flare_first && d <= flare_last) || (d >= chronic_start && rng_.one_in(20));
        const date::weekday weekday{day(d)};
        pain(d, flare);
        if (d < acute_end || flare)
            advil(d, flare);
        else if (rng_.one_in(d < flare_first ? 4 : 10))
            add(d, at(21, 0) + rng_.between(0, 40), dose(advil_));
        if (flexeril_.active_on(day(d))) flexeril(d, weekday);
        if (tylenol_.id != 0 && tylenol_.active_on(day(d)) && (flare || rng_.one_in(7)))
            add(d, at(13, 0) + rng_.between(0, 45), dose(tylenol_));
        for (const auto& s : side_effects)
            if (s.day == d)
                add(d, s.minute + rng_.between(0, 25), SideEffectEntry{s.text, s.severity});
        for (const auto& n : notes)
            if (n.day == d) add(d, n.minute, NoteEntry{n.text});
        cramp_and_fluids(d);
        measures(d, flare, weekday);
        alcohol(d, weekday);
        function(d, flare);
    }

    // Function beside pain, from its own random numbers so that the rest of the story is
    // the same as before it was told: a PEG each week (high while only pills were tried,
    // 30 % better within weeks of heat and stretching), last night's sleep most mornings,
    // the walk with the dog once the worst is over, and the global impression of change
    // at the checkpoints (Flexeril course day 15; week 5 of the episode).
    void function(int d, bool flare) {
        auto& r = function_rng_;
        if (d % 7 == 0) {
            const int pain = std::clamp((pain_tenths(d, flare) + 5) / 10, 0, 10);
            // Interference falls once stretching (from day 7) and heat are part of the day.
            const int interference = d < 7 ? 8 : d < 14 ? 7 : d < 21 ? 5 : flare ? 5 : 3;
            add(d, at(20, 40) + r.between(0, 20),
                PegEntry{pain, std::clamp(interference + r.between(-1, 0), 0, 10),
                         std::clamp(interference + r.between(0, 1), 0, 10)});
        }
        if (!r.one_in(6)) {
            const int base = d < 14 ? 330 : d < 28 ? 380 : 420;  // minutes: sleep comes back
            SleepEntry sleep{base + r.between(-40, 40), std::clamp((base - 240) / 25 + r.between(-1, 1), 0, 10)};
            if (flare) sleep.minutes -= 60;
            add(d, at(7, 20) + r.between(0, 30), sleep);
        }
        if (d >= 10 && r.percent(d < 21 ? 50 : 80))
            add(d, at(18, 30) + r.between(0, 60), GoalEntry{goal, !flare && r.percent(d < 21 ? 60 : 85)});
        if (d == flexeril_start + 14) add(d, at(20, 50), PgicEntry{2});
        if (d == 31) add(d, at(20, 50), PgicEntry{2});
    }

    static constexpr const char* goal = "walk the dog 20 minutes";

    void pain(int d, bool flare) {
        const bool shooting = d >= shooting_first && d <= shooting_last;
        for (const int base : {at(8, 0), at(20, 0)}) {
            // People miss a log now and then, but the days that worry them get written down.
            if (!shooting && rng_.one_in(12)) continue;
            PainEntry p;
            p.score = std::clamp((pain_tenths(d, flare) + rng_.between(-8, 8) + 5) / 10, 0, 10);
            p.locations = {"lower-back"};
            if (shooting)
                p.locations.push_back(rng_.one_in(2) ? "left-calf" : "below-knee");
            else if (rng_.one_in(d < acute_end ? 4 : 8))
                p.locations.push_back("left-thigh");
            p.qualities = qualities(d, flare, shooting);
            add(d, base + rng_.between(-20, 35), std::move(p));
        }
    }

    // The expected score in tenths: 7.5 at first, down to 3 by week 5 (day 27), the week-6 flare,
    // about 3 again by week 8, then a chronic 2-4 with flare days.
    static int pain_tenths(int d, bool flare) {
        if (d <= 2) return 75;
        if (d < 27) return 75 - (d - 2) * 45 / 25;
        if (d < flare_first) return 30;
        if (flare) return 55;
        if (d < 42) return 40;
        if (d < chronic_start) return 40 - std::min(d - 42, 7) * 10 / 7;
        return 28;
    }

    std::vector<std::string> qualities(int d, bool flare, bool shooting) {
        if (shooting) return {"shooting", "aching"};
        if (d < acute_end) {
            if (rng_.one_in(3)) return {"spasm", "stiffness", "aching"};
            return {"spasm", "stiffness"};
        }
        if (flare) return {"spasm", "aching"};
        if (d < chronic_start && rng_.one_in(3)) return {"spasm", "aching"};
        switch (rng_.below(3)) {
            case 0:
                return {"stiffness"};
            case 1:
                return {"aching"};
            default:
                return {"aching", "stiffness"};
        }
    }

    static DoseEntry dose(const Medication& med) {
        return DoseEntry{med.id, med.dose, DoseStatus::taken, std::nullopt};
    }

    // Three a day before cyclobenzaprine starts, one to three in weeks 1-2, two on a flare
    // day; never above the prescribed 1200 mg.
    void advil(int d, bool flare) {
        static constexpr std::array<int, 3> times{at(8, 30), at(14, 30), at(21, 0)};
        const int count = d < flexeril_start ? 3 : flare ? 2 : rng_.between(1, 3);
        for (int i = 0; i < 3; ++i) {
            const bool taken = count == 3 || i == 2 || (count == 2 && i == 0);
            if (taken)
                add(d, times[static_cast<std::size_t>(i)] + rng_.between(0, 40), dose(advil_));
        }
    }

    void flexeril(int d, date::weekday weekday) {
        const auto slots = expected_doses(flexeril_.schedule, day(d), home_);
        for (std::size_t i = 0; i < slots.size(); ++i) {
            const int slot_minute = flexeril_.schedule.times[i].minutes;
            Plan plan = Plan::on_time;
            if (const auto fixed = planned_slot(d, i)) {
                plan = *fixed;
            } else {
                // The evening's drinks must meet a dose for the interaction to show.
                const int roll =
                    drinking_saturday(d, weekday) ? rng_.between(5, 99) : rng_.below(100);
                plan = roll < 3    ? Plan::absent
                       : roll < 5  ? Plan::skipped
                       : roll < 15 ? Plan::late
                                   : Plan::on_time;
            }
            if (plan == Plan::absent) continue;
            DoseEntry entry{flexeril_.id, flexeril_.dose, DoseStatus::taken, slots[i]};
            int minute = slot_minute + rng_.between(-15, 30);
            if (plan == Plan::late) minute = slot_minute + rng_.between(90, 180);
            if (plan == Plan::skipped) entry.status = DoseStatus::skipped;
            add(d, minute, entry);
        }
    }

    void cramp_and_fluids(int d) {
        if (cramp_nights_.contains(d)) {
            add(d, at(1, 0) + rng_.between(0, 180),
                CrampEntry{"left-calf", rng_.between(2, 10), rng_.between(4, 7)});
            add(d, at(21, 30) + rng_.between(0, 30), FluidsEntry{rng_.between(3, 4)});
        } else if (rng_.percent(60)) {
            add(d, at(21, 30) + rng_.between(0, 30), FluidsEntry{rng_.between(6, 8)});
        }
    }

    void measures(int d, bool flare, date::weekday weekday) {
        const auto measure = [&](int minute, const char* name, int minutes) {
            add(d, minute, MeasureEntry{name, minutes});
        };
        if ((d < acute_end && rng_.percent(80)) || flare)
            measure(at(19, 0) + rng_.between(0, 50), "heat", rng_.between(3, 6) * 5);
        if (d >= 7 && rng_.percent(d < chronic_start ? 65 : 40))
            measure(at(8, 40) + rng_.between(0, 30), "stretching", rng_.between(2, 3) * 5);
        const bool physio_day = weekday == date::Tuesday || weekday == date::Friday;
        if (d >= acute_end && d <= physio_last && physio_day)
            measure(at(16, 0) + rng_.between(0, 20), "physical-therapy", 45);
        // After physiotherapy ends its exercises go on at home.
        const bool exercise_day = weekday == date::Monday || weekday == date::Thursday;
        if (d > physio_last && exercise_day && rng_.percent(70))
            measure(at(18, 0) + rng_.between(0, 30), "exercise", 30);
        if (d == 23)
            measure(at(18, 10), "activity", 20);
        else if (d >= 21 && rng_.percent(d < chronic_start ? 40 : 50))
            measure(at(17, 30) + rng_.between(0, 60), "activity", rng_.between(3, 8) * 5);
    }

    // The week-2 Saturday falls inside the cyclobenzaprine course: a CNS interaction.
    static bool drinking_saturday(int d, date::weekday weekday) {
        return d >= 7 && d < acute_end && weekday == date::Saturday;
    }

    void alcohol(int d, date::weekday weekday) {
        if (drinking_saturday(d, weekday))
            add(d, at(20, 30) + rng_.between(0, 30), AlcoholEntry{2});
        else if (d >= 28 && (weekday == date::Friday || weekday == date::Saturday) &&
                 rng_.one_in(4))
            add(d, at(19, 0) + rng_.between(0, 90), AlcoholEntry{1});
    }

    Journal& journal_;
    std::optional<Instant> not_after_;
    Zone home_;
    std::string zone_name_;
    LocalDay first_;
    int days_;
    SplitMix64 rng_;
    SplitMix64 function_rng_;
    Medication advil_;
    Medication flexeril_;
    Medication tylenol_;
    std::set<int> cramp_nights_;
};

}  // namespace

void write_demo_story(Journal& journal, LocalDay last_day, const DemoOptions& options) {
    if (options.weeks < min_weeks || options.weeks > max_weeks)
        throw InputError("weeks", std::to_string(options.weeks),
                         fill(translate("relief::storage::demo_story", "a whole number from %1 to %2"),
                              {std::to_string(min_weeks), std::to_string(max_weeks)}));
    const std::size_t entries = journal.entry_count();
    const std::size_t medications = journal.medications().size();
    if (entries > 0 || medications > 0)
        throw StorageError(
            "the demo story only fills an empty journal, and this one already holds " +
            std::to_string(entries) + " entries and " + std::to_string(medications) +
            " medications; start a new journal for the demo");
    const int days = options.weeks * 7;
    Story story(journal, last_day - date::days{days - 1}, days, options.seed, options.not_after);
    journal.atomically([&] { story.tell(); });
}

}  // namespace relief::storage
