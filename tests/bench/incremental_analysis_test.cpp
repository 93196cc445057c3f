// The analysis after logging one entry (storage::SnapshotCache) must give exactly the
// alerts of a full analysis that reads the whole journal again.
#include "bench/synthetic_journal.h"

#include "core/analyser.h"
#include "core/thresholds.h"
#include "storage/alert_review.h"
#include "storage/demo_story.h"
#include "storage/snapshot_cache.h"

#include <gtest/gtest.h>

namespace relief::storage {
namespace {

const LocalDay last_day = parse_day("2026-06-30");

Instant local(const std::string& when, const char* zone = "Europe/Berlin") {
    return parse_when(when, Zone::locate(zone));
}

struct Logged {
    const char* when;
    EntryData data;
    const char* zone = "Europe/Berlin";
};

// Entries a person might log next: doses of each medication (late at night too), pain,
// a red flag, a drink with a relaxant, a cramp after midnight, one logged while
// travelling, and one back-dated into last year.
std::vector<Logged> next_entries(const std::vector<Medication>& meds) {
    std::vector<Logged> out;
    const char* times[] = {"2026-06-30T23:50", "2026-07-01T00:20", "2026-07-01T08:05", "2026-07-01T14:30",
                           "2026-07-01T22:10"};
    int i = 0;
    for (const auto& m : meds)
        out.push_back({times[i++ % 5], DoseEntry{m.id, m.dose, DoseStatus::taken, std::nullopt}});
    out.push_back({"2026-07-01T09:00", PainEntry{8, {"lower-back"}, {"spasm"}}});
    out.push_back({"2026-07-01T10:00", SymptomEntry{"fever"}});
    out.push_back({"2026-07-01T20:00", AlcoholEntry{3}});
    out.push_back({"2026-07-02T02:00", CrampEntry{"left-calf", 5, 7}});
    out.push_back({"2026-07-02T18:00", SideEffectEntry{"drowsiness", Severity::severe}});
    out.push_back({"2026-07-02T19:00", PainEntry{2, {"neck"}, {"aching"}}, "Asia/Tokyo"});
    out.push_back({"2025-11-03T12:00", DoseEntry{meds.back().id, meds.back().dose, DoseStatus::taken, std::nullopt}});
    out.push_back({"2026-07-03T08:00", DoseEntry{meds.front().id, meds.front().dose, DoseStatus::skipped, std::nullopt}});
    return out;
}

class IncrementalAnalysis : public ::testing::TestWithParam<std::pair<int, std::uint32_t>> {};

// After each of next_entries, the kept snapshot equals a fresh read and its alerts those of
// a full analysis, as of three days.
void expect_incremental_equals_full(Journal& journal) {
    SnapshotCache cache(journal);
    const auto thresholds = thresholds_from_settings(journal.settings());
    int raised = 0;
    for (const auto& next : next_entries(journal.medications())) {
        const Instant at = local(next.when, next.zone);
        const auto id = journal.add_entry(Entry{0, at, next.zone, {}, next.data});
        cache.entry_added(journal, id);
        const auto full = journal.snapshot();
        ASSERT_EQ(cache.snapshot(), full) << "after logging at " << next.when;
        for (const LocalDay as_of : {last_day, parse_day("2026-07-01"), parse_day("2026-07-03")}) {
            const auto expected = analyse(full, as_of, thresholds);
            EXPECT_EQ(analyse(cache.snapshot(), as_of, thresholds), expected) << next.when << " as of " << format_day(as_of);
            raised += static_cast<int>(expected.size());
        }
    }
    EXPECT_GT(raised, 0) << "a comparison of empty alert lists would prove nothing";
}

TEST_P(IncrementalAnalysis, GivesTheAlertsOfAFullAnalysisAfterEachNewEntry) {
    const auto [days, seed] = GetParam();
    auto journal = Journal::in_memory(Zone::locate("Europe/Berlin"), bench::synthetic_clock(last_day));
    bench::write_synthetic_journal(journal, {days, seed, last_day});
    expect_incremental_equals_full(journal);
}

// The demo story: the journal every new user opens first.
TEST(IncrementalAnalysis, GivesTheAlertsOfAFullAnalysisOnTheDemoStory) {
    for (const int weeks : {8, 52}) {
        auto journal = Journal::in_memory(Zone::locate("Europe/Berlin"), bench::synthetic_clock(last_day));
        write_demo_story(journal, last_day, {weeks, 1, std::nullopt});
        expect_incremental_equals_full(journal);
    }
}

INSTANTIATE_TEST_SUITE_P(SyntheticJournals, IncrementalAnalysis,
                         ::testing::Values(std::pair{30, 1u}, std::pair{30, 2u}, std::pair{30, 7u}, std::pair{365, 1u},
                                           std::pair{365, 3u}, std::pair{800, 4u}));

TEST(IncrementalAnalysis, ReviewsTheSameAlertsAsReadingTheJournal) {
    auto journal = Journal::in_memory(Zone::locate("Europe/Berlin"), bench::synthetic_clock(last_day));
    bench::write_synthetic_journal(journal, {120, 5, last_day});
    SnapshotCache cache(journal);
    const auto med = journal.medications().front();
    const auto id = journal.add_entry(Entry{0, local("2026-06-30T21:00"), "Europe/Berlin", {},
                                            DoseEntry{med.id, med.dose, DoseStatus::taken, std::nullopt}});
    cache.entry_added(journal, id);
    const auto expected = review_alerts(journal, last_day);
    const auto incremental = review_alerts(journal, cache.snapshot(), last_day);
    ASSERT_FALSE(expected.current.empty());
    ASSERT_EQ(incremental.current.size(), expected.current.size());
    for (std::size_t i = 0; i < expected.current.size(); ++i)
        EXPECT_EQ(incremental.current[i].stored, expected.current[i].stored);
}

TEST(SnapshotCache, ReloadsAfterOtherChanges) {
    auto journal = Journal::in_memory(Zone::locate("Europe/Berlin"), bench::synthetic_clock(last_day));
    bench::write_synthetic_journal(journal, {30, 1, last_day});
    SnapshotCache cache(journal);
    journal.delete_entry(journal.snapshot().entries.back().id);
    EXPECT_NE(cache.snapshot(), journal.snapshot()) << "a delete is not an added entry";
    cache.reload(journal);
    EXPECT_EQ(cache.snapshot(), journal.snapshot());
}

}  // namespace
}  // namespace relief::storage
