#include "core/split_mix64.h"
#include "share_fixture.h"

#include <gtest/gtest.h>

namespace relief::testing {
namespace {

using namespace std::chrono_literals;

// Three devices each doing what people do, in a random order, with random syncs between,
// and clocks that disagree: once everyone has synced, all three journals are the same.
class Operations {
public:
    explicit Operations(std::uint64_t seed) : random_(seed) {}

    int below(int n) { return static_cast<int>(random_.next() % static_cast<std::uint64_t>(n)); }

    void act(Device& d, int serial) {
        auto& j = d.j();
        d.later(std::chrono::seconds(1 + below(120)));
        const auto current = j.all_entries();
        const auto meds = j.medications();
        switch (below(10)) {
            case 0:
            case 1:
                j.add_entry(Entry{0, d.clock.now - 30s, "Europe/Berlin", {}, NoteEntry{"note " + std::to_string(serial)}});
                break;
            case 2:
                if (!current.empty())
                    j.replace_entry(current[static_cast<std::size_t>(below(static_cast<int>(current.size())))].id,
                                    Entry{0, d.clock.now - 30s, "Europe/Berlin", {}, NoteEntry{"edit " + std::to_string(serial)}});
                break;
            case 3:
                if (!current.empty()) j.delete_entry(current[static_cast<std::size_t>(below(static_cast<int>(current.size())))].id);
                break;
            case 4: {
                std::vector<std::int64_t> deleted;
                for (const auto& row : j.all_rows())
                    if (row.deleted && !row.replaced_by) deleted.push_back(row.entry.id);
                if (!deleted.empty()) j.restore_entry(deleted[static_cast<std::size_t>(below(static_cast<int>(deleted.size())))]);
                break;
            }
            case 5:
                if (meds.size() < 2) {
                    auto m = sample_medication();
                    m.name = "Flexeril " + std::to_string(serial);
                    j.add_medication(m);
                } else {
                    auto m = meds[static_cast<std::size_t>(below(2))];
                    m.dose = Amount::milligrams(below(2) ? 5 : 10);
                    j.update_medication(m);
                }
                break;
            case 6:
                if (!meds.empty()) {
                    const auto& m = meds[static_cast<std::size_t>(below(static_cast<int>(meds.size())))];
                    const LocalDay from = m.start + date::days(1 + below(3));
                    if (below(3) == 0 && !m.steps.empty())
                        j.remove_prescription_change(m.id, m.steps.front().from);
                    else
                        j.change_prescription(m.id, {from, Amount::milligrams(5 * (1 + below(2))),
                                                     Schedule{parse_times(below(2) ? "08:00" : "08:00,20:00"), false}});
                }
                break;
            case 7:
                if (!meds.empty())
                    j.add_entry(Entry{0, d.clock.now - 30s, "Europe/Berlin", {},
                                      DoseEntry{meds.front().id, Amount::milligrams(5), DoseStatus::taken, std::nullopt}});
                break;
            case 8:
                j.set_setting(below(2) ? "profile.name" : "reminders.snooze", std::to_string(serial));
                break;
            default:
                j.record_visit(parse_day("2026-06-01") + date::days(below(4)));
                break;
        }
    }

private:
    SplitMix64 random_;
};

TEST(ShareProperty, ThreeDevicesConvergeAfterRandomOperationsAndSyncs) {
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        TempDir dir;
        const auto folder = dir / "Sync";
        std::vector<std::unique_ptr<Device>> devices;
        devices.push_back(std::make_unique<Device>(dir, "a"));
        devices.push_back(std::make_unique<Device>(dir, "b", -3600s));  // an hour behind
        devices.push_back(std::make_unique<Device>(dir, "c", 90s));
        sharing::create_share(devices[0]->j(), {folder, "a", test_words});
        sharing::join_share(devices[1]->j(), {folder, "b", test_words}, sharing::JoinMode::full);
        sharing::join_share(devices[2]->j(), {folder, "c", test_words}, sharing::JoinMode::full);
        Operations ops(seed);
        for (int step = 0; step < 150; ++step) {
            auto& d = *devices[static_cast<std::size_t>(ops.below(3))];
            if (ops.below(5) == 0) {
                const auto report = sharing::sync_share(d.j());
                ASSERT_TRUE(report.problems.empty()) << report.problems.front();
            } else {
                ASSERT_NO_THROW(ops.act(d, step));
            }
            if (ops.below(40) == 0) d.reopen();
        }
        for (int round = 0; round < 2; ++round)
            for (auto& d : devices) sharing::sync_share(d->j());
        const auto expected = fingerprint(devices[0]->j());
        EXPECT_EQ(fingerprint(devices[1]->j()), expected);
        EXPECT_EQ(fingerprint(devices[2]->j()), expected);
        EXPECT_EQ(devices[1]->j().snapshot().entries.size(), devices[0]->j().snapshot().entries.size());
    }
}

}  // namespace
}  // namespace relief::testing
