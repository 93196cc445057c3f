#include "synthetic_journal.h"

#include "core/catalogue.h"
#include "core/errors.h"
#include "core/schedule.h"
#include "core/split_mix64.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string_view>

namespace relief::bench {

namespace {

constexpr int at(int hours, int minutes) { return hours * 60 + minutes; }

Medication medication(std::string_view brand, int dose_mg, std::string_view times, bool as_needed,
                      LocalDay start) {
    const auto match = Catalogue::standard().lookup(brand);
    if (!match) throw std::logic_error("synthetic journal: the catalogue lacks " + std::string(brand));
    Medication med;
    med.name = std::string(brand);
    med.ingredient = std::string(match->drug->ingredient);
    med.form = match->form;
    med.dose = Amount::milligrams(dose_mg);
    if (!times.empty()) med.schedule.times = parse_times(times);
    med.schedule.as_needed = as_needed;
    med.start = start;
    return med;
}

constexpr std::array<std::string_view, 6> pain_locations{"lower-back", "neck", "left-calf",
                                                         "right-thigh", "upper-back", "left-hip"};
constexpr std::array<std::string_view, 5> pain_qualities{"spasm", "stiffness", "aching", "cramping",
                                                         "shooting"};
constexpr std::array<std::string_view, 8> note_texts{
    "Slept badly, legs stiff in the morning.",
    "Good day, walked to the shops and back.",
    "Spasms in the evening after sitting too long.",
    "Physio says keep up the stretches.",
    "Hot weather, legs heavy all day.",
    "Forgot the afternoon dose at work.",
    "Busy week, back tight.",
    "Felt almost normal today."};

class Writer final {
public:
    Writer(storage::Journal& journal, const SyntheticOptions& o)
        : journal_(journal),
          home_(journal.home_zone()),
          zone_name_(home_.name()),
          first_(o.last_day - date::days{o.days - 1}),
          days_(o.days),
          rng_(o.seed) {}

    void write() {
        Profile profile = journal_.profile();
        profile.birth_year = 1968;
        profile.conditions = {"multiple-sclerosis"};
        profile.onset = first_;
        journal_.set_profile(profile);
        baclofen_ = add(medication("baclofen", 10, "08:00,14:00,20:00", false, first_));
        diuretic_ = add(medication("Lasix", 20, "08:00", false, first_));
        tizanidine_ = add(medication("Zanaflex", 2, "22:00", false, day(std::min(30, days_ - 1))));
        flexeril_ = add(medication("Flexeril", 5, "", true, first_));
        Medication ibuprofen = medication("Advil", 400, "", true, first_);
        ibuprofen.max_daily = Amount::milligrams(1200);
        advil_ = add(ibuprofen);
        for (int d = 0; d < days_; ++d) write_day(d);
    }

private:
    LocalDay day(int d) const { return first_ + date::days{d}; }

    Medication add(Medication med) {
        med.id = journal_.add_medication(med);
        return med;
    }

    // Returns 0 when the minute does not fall on the day (a DST gap near midnight).
    std::int64_t log(int d, int minute, EntryData data) {
        const Instant when = home_.resolve_scheduled(day(d) + std::chrono::minutes{minute});
        if (home_.day_of(when) != day(d)) return 0;
        const std::int64_t id = journal_.add_entry(Entry{0, when, zone_name_, {}, std::move(data)});
        // People correct a typo now and then, and remove a duplicate.
        if (rng_.one_in(150)) {
            if (auto row = journal_.stored_entry(id)) {
                row->entry.at += std::chrono::minutes{rng_.between(1, 30)};
                if (home_.day_of(row->entry.at) == day(d)) return journal_.replace_entry(id, row->entry);
            }
        } else if (rng_.one_in(300)) {
            journal_.delete_entry(id);
        }
        return id;
    }

    // Flares come every few months and last one to three weeks; the first month has one.
    bool flare_on(int d) {
        if (d >= next_flare_ && d < next_flare_ + flare_length_) return true;
        if (d >= next_flare_ + flare_length_) {
            next_flare_ = d + rng_.between(60, 200);
            flare_length_ = rng_.between(7, 21);
        }
        return false;
    }

    void write_day(int d) {
        const bool flare = flare_on(d);
        const date::weekday weekday{day(d)};
        pain(d, flare);
        scheduled(d, baclofen_);
        scheduled(d, diuretic_);
        if (tizanidine_.active_on(day(d))) scheduled(d, tizanidine_);
        if (flare) {
            const int count = rng_.between(1, 3);
            for (int i = 0; i < count; ++i)
                log(d, at(9, 0) + i * at(5, 0) + rng_.between(0, 60), dose(flexeril_));
        }
        if (flare ? rng_.percent(70) : rng_.one_in(8)) {
            const int count = flare ? rng_.between(1, 3) : 1;
            for (int i = 0; i < count; ++i)
                log(d, at(8, 30) + i * at(6, 0) + rng_.between(0, 50), dose(advil_));
        }
        side_effects(d, flare);
        if (rng_.one_in(flare ? 3 : 9))
            log(d, at(1, 0) + rng_.between(0, 240),
                CrampEntry{rng_.one_in(2) ? "left-calf" : "right-calf", rng_.between(1, 15), rng_.between(3, 8)});
        if (rng_.percent(flare ? 90 : 25)) log(d, at(19, 0) + rng_.between(0, 60), MeasureEntry{"heat", rng_.between(2, 6) * 5});
        if (rng_.percent(55)) log(d, at(7, 30) + rng_.between(0, 40), MeasureEntry{"stretching", rng_.between(2, 4) * 5});
        if (rng_.percent(70)) log(d, at(21, 0) + rng_.between(0, 60), FluidsEntry{rng_.between(4, 9)});
        if ((weekday == date::Friday || weekday == date::Saturday) && rng_.percent(30))
            log(d, at(19, 30) + rng_.between(0, 120), AlcoholEntry{rng_.between(1, 2)});
        if (rng_.one_in(60)) log(d, at(12, 0) + rng_.between(0, 120), SymptomEntry{"numbness"});
        if (rng_.one_in(7)) log(d, at(21, 45) + rng_.between(0, 30), NoteEntry{std::string(rng_.pick(note_texts))});
    }

    void pain(int d, bool flare) {
        for (const int base : {at(8, 0), at(20, 0)}) {
            if (rng_.one_in(15)) continue;  // a forgotten log
            PainEntry p;
            p.score = std::clamp((flare ? 6 : 3) + rng_.between(-2, 2), 0, 10);
            p.locations = {std::string(rng_.pick(pain_locations))};
            if (rng_.one_in(3)) {
                const std::string second(rng_.pick(pain_locations));
                if (second != p.locations.front()) p.locations.push_back(second);
            }
            p.qualities = {std::string(rng_.pick(pain_qualities))};
            if (flare) p.qualities.push_back(p.qualities.front() == "spasm" ? "aching" : "spasm");
            log(d, base + rng_.between(-20, 40), std::move(p));
        }
    }

    static DoseEntry dose(const Medication& med) { return DoseEntry{med.id, med.dose, DoseStatus::taken, std::nullopt}; }

    // Most doses on time; some late, a few skipped, a few never logged.
    void scheduled(int d, const Medication& med) {
        const auto slots = expected_doses(med.schedule, day(d), home_);
        for (std::size_t i = 0; i < slots.size(); ++i) {
            const int roll = rng_.below(100);
            if (roll < 4) continue;
            DoseEntry entry{med.id, med.dose, roll < 7 ? DoseStatus::skipped : DoseStatus::taken, slots[i]};
            const int slot_minute = med.schedule.times[i].minutes;
            const int minute = roll >= 7 && roll < 15 ? slot_minute + rng_.between(70, 150)
                                                      : slot_minute + rng_.between(-15, 30);
            log(d, std::min(minute, at(23, 59)), entry);
        }
    }

    void side_effects(int d, bool flare) {
        if (rng_.one_in(flare ? 4 : 15))
            log(d, at(15, 0) + rng_.between(0, 90),
                SideEffectEntry{"drowsiness", rng_.one_in(4) ? Severity::moderate : Severity::mild});
        if (rng_.one_in(40)) log(d, at(10, 0) + rng_.between(0, 60), SideEffectEntry{"dizziness", Severity::mild});
        if (rng_.one_in(30)) log(d, at(11, 0) + rng_.between(0, 60), SideEffectEntry{"dry-mouth", Severity::mild});
    }

    storage::Journal& journal_;
    Zone home_;
    std::string zone_name_;
    LocalDay first_;
    int days_;
    SplitMix64 rng_;
    int next_flare_ = 3;
    int flare_length_ = 12;
    Medication baclofen_, diuretic_, tizanidine_, flexeril_, advil_;
};

}  // namespace

void write_synthetic_journal(storage::Journal& journal, const SyntheticOptions& options) {
    if (options.days < 1) throw InputError("days", std::to_string(options.days), "at least 1");
    if (journal.entry_count() > 0 || !journal.medications().empty())
        throw std::invalid_argument("the synthetic journal needs an empty journal");
    Writer writer(journal, options);
    journal.atomically([&] { writer.write(); });
}

storage::Clock synthetic_clock(LocalDay last_day) {
    const Instant end{(last_day + date::days{1}).time_since_epoch()};
    return [end] { return end; };
}

}  // namespace relief::bench
