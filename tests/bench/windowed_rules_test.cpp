// Rules about runs of doses read the slots from a recent day on (metrics/adherence.h,
// SlotHistory) instead of judging years of history dose by dose. Each slot they read must
// be judged exactly as a reading from the medication's first day judges it.
#include "bench/synthetic_journal.h"

#include "core/journal_index.h"
#include "core/metrics/adherence.h"
#include "core/thresholds.h"
#include "storage/journal.h"

#include <gtest/gtest.h>

namespace relief {
namespace {

const LocalDay last_day = parse_day("2026-06-30");

std::string describe(const SlotStatus& s) {
    return format_utc(s.scheduled) + " " + std::string(to_string(s.state)) + " " +
           (s.entry_id ? std::to_string(*s.entry_id) : std::string("-"));
}

// The slots settled_slots gives from the first day, from `from` on.
std::vector<std::string> tail_of_whole_history(const JournalIndex& index, const Medication& med, LocalDay from) {
    const auto all = settled_slots(index, med, med.start, index.as_of());
    const auto before = settled_slots(index, med, med.start, from - date::days{1}).size();
    std::vector<std::string> out;
    for (std::size_t i = before; i < all.size(); ++i) out.push_back(describe(all[i]));
    return out;
}

void expect_tails_agree(const JournalSnapshot& snapshot, LocalDay as_of) {
    const JournalIndex index(snapshot, as_of, Thresholds{});
    int compared = 0;
    for (const auto& med : snapshot.medications) {
        if (!med.ever_scheduled() || med.start > as_of) continue;
        const SlotHistory history(index, med);
        for (const int back : {3, 7, 14, 40, 100, 200}) {
            const LocalDay from = as_of - date::days{back};
            if (history.complete_from(from)) continue;
            std::vector<std::string> read;
            for (const auto& s : history.from(from)) read.push_back(describe(s));
            ASSERT_EQ(read, tail_of_whole_history(index, med, from))
                << med.name << " from " << format_day(from) << " as of " << format_day(as_of);
            compared += static_cast<int>(read.size());
        }
    }
    EXPECT_GT(compared, 0) << "no slots were compared";
}

class SlotHistoryOnSyntheticJournals : public ::testing::TestWithParam<std::uint32_t> {};

TEST_P(SlotHistoryOnSyntheticJournals, ReadsTheSlotsAsTheWholeHistoryDoes) {
    auto journal = storage::Journal::in_memory(Zone::locate("Europe/Berlin"), bench::synthetic_clock(last_day));
    bench::write_synthetic_journal(journal, {365, GetParam(), last_day});
    const auto snapshot = journal.snapshot();
    for (const LocalDay as_of : {last_day, last_day - date::days{45}, last_day - date::days{200}})
        expect_tails_agree(snapshot, as_of);
}

INSTANTIATE_TEST_SUITE_P(Seeds, SlotHistoryOnSyntheticJournals, ::testing::Values(1u, 2u, 3u, 9u));

}  // namespace
}  // namespace relief
