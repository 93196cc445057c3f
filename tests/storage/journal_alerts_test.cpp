#include "core/errors.h"
#include "journal_fixture.h"
#include "storage/alert_review.h"
#include "storage/errors.h"
#include "storage/schema.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

using namespace relief;
using namespace relief::storage;
using relief::testing::FakeClock;
using relief::testing::TempDir;

namespace {

Alert sample(AlertSeverity severity, const char* raised, const char* last, const char* evidence = "15") {
    Alert a;
    a.rule_id = "duration.short-term-limit";
    a.severity = severity;
    a.subject = "cyclobenzaprine course from 2026-03-01";
    a.title = "Flexeril for 2 weeks";
    a.message = "You have taken Flexeril for 2 weeks. Talk to your clinician.";
    a.evidence = {{"Course day", evidence}, {"Threshold", "course day 15"}};
    a.sources = {"What is the best treatment for back pain spasms?", "Flexeril US label"};
    a.raised_on = parse_day(raised);
    a.last_seen = parse_day(last);
    return a;
}

// As an analysis as of the alert's latest day records it.
void record(Journal& j, const Alert& a) { j.record_alerts({a}, a.last_seen); }

}  // namespace

TEST(JournalAlerts, RecordingTwiceKeepsOneAlertWithEveryField) {
    auto j = Journal::in_memory(Zone::locate("UTC"));
    const auto a = sample(AlertSeverity::info, "2026-03-15", "2026-03-16");
    record(j, a);
    record(j, a);
    const auto stored = j.stored_alerts();
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].alert, a);
    EXPECT_FALSE(stored[0].discussed);
    EXPECT_EQ(j.stored_alert(stored[0].id), stored[0]);
}

TEST(JournalAlerts, NewerFactsUpdateAndKeepTheFirstDay) {
    FakeClock clock;
    auto j = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    record(j, sample(AlertSeverity::info, "2026-03-15", "2026-03-16"));
    const auto id = j.stored_alerts()[0].id;
    j.mark_alert_discussed(id);
    EXPECT_EQ(j.stored_alert(id)->discussed, clock.now);

    record(j, sample(AlertSeverity::info, "2026-03-17", "2026-03-18", "18"));
    auto s = j.stored_alert(id);
    EXPECT_EQ(s->alert.raised_on, parse_day("2026-03-15"));
    EXPECT_EQ(s->alert.last_seen, parse_day("2026-03-18"));
    EXPECT_EQ(s->alert.evidence[0].value, "18");
    EXPECT_TRUE(s->discussed) << "same severity: stays discussed";

    record(j, sample(AlertSeverity::info, "2026-03-15", "2026-03-16", "16"));
    EXPECT_EQ(j.stored_alert(id)->alert.evidence[0].value, "18") << "older facts never overwrite newer";

    record(j, sample(AlertSeverity::warning, "2026-03-22", "2026-03-22", "22"));
    s = j.stored_alert(id);
    EXPECT_EQ(s->alert.severity, AlertSeverity::warning);
    EXPECT_FALSE(s->discussed) << "a rise in severity shows it again";
    EXPECT_EQ(j.stored_alerts().size(), 1u);
}

// Current while raised; resolved on the first day the analysis no longer raises it; a
// pattern back within 14 days of resolving continues its occurrence, later it is the same
// alert with one occurrence more.
TEST(JournalAlerts, LifecycleResolvesAndCountsOccurrences) {
    auto j = Journal::in_memory(Zone::locate("UTC"));
    record(j, sample(AlertSeverity::info, "2026-03-15", "2026-03-16"));
    const auto id = j.stored_alerts()[0].id;
    EXPECT_FALSE(j.stored_alert(id)->resolved_on);
    j.record_alerts({}, parse_day("2026-03-15"));
    EXPECT_FALSE(j.stored_alert(id)->resolved_on) << "an analysis of an earlier day resolves nothing";
    j.record_alerts({}, parse_day("2026-03-17"));
    EXPECT_EQ(j.stored_alert(id)->resolved_on, parse_day("2026-03-17"));
    j.record_alerts({}, parse_day("2026-03-20"));
    EXPECT_EQ(j.stored_alert(id)->resolved_on, parse_day("2026-03-17")) << "resolved once";

    record(j, sample(AlertSeverity::info, "2026-03-30", "2026-03-30"));  // 13 days after resolving
    EXPECT_FALSE(j.stored_alert(id)->resolved_on);
    EXPECT_EQ(j.stored_alert(id)->occurrences, 1) << "back within 14 days: the same occurrence";
    j.record_alerts({}, parse_day("2026-03-31"));
    record(j, sample(AlertSeverity::info, "2026-04-14", "2026-04-14"));  // 14 days after
    EXPECT_EQ(j.stored_alert(id)->occurrences, 2);
    EXPECT_EQ(j.stored_alert(id)->alert.raised_on, parse_day("2026-03-15")) << "first raised stays";
    EXPECT_EQ(j.stored_alerts().size(), 1u);

    // An analysis of an earlier day neither resolves nor reopens.
    j.record_alerts({}, parse_day("2026-04-10"));
    EXPECT_FALSE(j.stored_alert(id)->resolved_on);
}

TEST(JournalAlerts, DiscussedIsNotRaisedAgainUnlessWorseOrANewRedFlag) {
    FakeClock clock;
    auto j = Journal::in_memory(Zone::locate("UTC"), clock.clock());
    record(j, sample(AlertSeverity::warning, "2026-03-15", "2026-03-16"));
    const auto id = j.stored_alerts()[0].id;
    j.mark_alert_discussed(id);
    EXPECT_EQ(j.stored_alert(id)->discussed_severity, AlertSeverity::warning);
    j.record_alerts({}, parse_day("2026-03-20"));
    record(j, sample(AlertSeverity::info, "2026-05-01", "2026-05-01"));
    EXPECT_TRUE(j.stored_alert(id)->discussed) << "back, but not worse than when discussed";
    record(j, sample(AlertSeverity::warning, "2026-05-02", "2026-05-02"));
    EXPECT_TRUE(j.stored_alert(id)->discussed) << "as bad as when discussed";
    record(j, sample(AlertSeverity::urgent, "2026-05-03", "2026-05-03"));
    EXPECT_FALSE(j.stored_alert(id)->discussed) << "worse than when discussed";

    Alert flag = sample(AlertSeverity::urgent, "2026-03-15", "2026-03-15");
    flag.rule_id = "redflag.symptoms";
    flag.subject = "foot-drop";
    record(j, flag);
    std::int64_t flag_id = 0;
    for (const auto& stored : j.stored_alerts())
        if (stored.alert.rule_id == "redflag.symptoms") flag_id = stored.id;
    ASSERT_NE(flag_id, id);
    j.mark_alert_discussed(flag_id);
    j.record_alerts({}, parse_day("2026-03-20"));
    flag.raised_on = flag.last_seen = parse_day("2026-06-01");
    record(j, flag);
    EXPECT_FALSE(j.stored_alert(flag_id)->discussed) << "a red flag that comes back is raised again";
}

TEST(JournalAlerts, DiscussUnknownAndReadOnlyAreRefused) {
    TempDir dir;
    {
        auto j = Journal::create(dir / "j.db", Zone::locate("UTC"));
        record(j, sample(AlertSeverity::info, "2026-03-15", "2026-03-16"));
        EXPECT_THROW(j.mark_alert_discussed(99), StorageError);
    }
    auto ro = Journal::open(dir / "j.db", OpenMode::read_only);
    EXPECT_THROW(ro.mark_alert_discussed(1), ReadOnlyError);
    EXPECT_THROW(record(ro, sample(AlertSeverity::urgent, "2026-03-15", "2026-03-16")), ReadOnlyError);
    EXPECT_EQ(ro.stored_alerts().size(), 1u);
    EXPECT_FALSE(ro.stored_alerts()[0].discussed);
}

TEST(JournalAlerts, VersionOneJournalGainsTheAlertTableAndKeepsEntries) {
    TempDir dir;
    const auto path = dir / "v1.db";
    {
        auto j = Journal::create(path, Zone::locate("UTC"));
        j.add_entry(relief::testing::pain_at("2026-03-01T08:00", 5));
    }
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
        raw.exec("DROP TABLE alerts; DROP TABLE visits; DROP TABLE prescription_steps; "
                 "ALTER TABLE entries DROP COLUMN enjoyment; ALTER TABLE entries DROP COLUMN activity; "
                 "DROP TABLE share_local; DROP TABLE share_peers; DROP TABLE entry_deletions; "
                 "DROP TABLE prescription_removals; DROP INDEX entries_gid; DROP INDEX entries_lineage; "
                 "DROP INDEX entries_unshared; DROP INDEX medications_gid; DROP INDEX settings_gid; "
                 "DROP INDEX settings_current; DROP INDEX medications_unshared; DROP INDEX settings_unshared; "
                 "ALTER TABLE entries DROP COLUMN gid; ALTER TABLE entries DROP COLUMN lineage; "
                 "ALTER TABLE entries DROP COLUMN hlc; ALTER TABLE entries DROP COLUMN origin; "
                 "ALTER TABLE entries DROP COLUMN share_seq; ALTER TABLE medications DROP COLUMN gid; "
                 "ALTER TABLE medications DROP COLUMN hlc; ALTER TABLE medications DROP COLUMN origin; "
                 "ALTER TABLE medications DROP COLUMN share_seq; ALTER TABLE settings DROP COLUMN gid; "
                 "ALTER TABLE settings DROP COLUMN hlc; ALTER TABLE settings DROP COLUMN origin; "
                 "ALTER TABLE settings DROP COLUMN share_seq; "
                 "PRAGMA user_version = 1");
    }
    auto j = Journal::open(path);
    EXPECT_EQ(j.schema_version(), latest_schema_version());
    EXPECT_EQ(j.entry_count(), 1u);
    record(j, sample(AlertSeverity::info, "2026-03-15", "2026-03-16"));
    EXPECT_EQ(j.stored_alerts().size(), 1u);
}

TEST(AlertReview, RecordsCurrentAlertsAndListsEarlierOnes) {
    auto j = Journal::in_memory(Zone::locate("Europe/Berlin"));
    const auto zone = Zone::locate("Europe/Berlin");
    j.add_entry(Entry{0, parse_when("2026-03-02T10:00", zone), "Europe/Berlin", {}, SymptomEntry{"foot-drop"}});
    auto review = review_alerts(j, parse_day("2026-03-05"));
    ASSERT_EQ(review.current.size(), 1u);
    EXPECT_EQ(review.current[0].stored.alert.rule_id, "redflag.symptoms");
    EXPECT_NE(review.current[0].stored.id, 0);
    EXPECT_TRUE(review.earlier.empty());

    // Fourteen days on, the red flag is history: not current, still listed.
    review = review_alerts(j, parse_day("2026-03-16"));
    EXPECT_TRUE(review.current.empty());
    ASSERT_EQ(review.earlier.size(), 1u);
    EXPECT_EQ(review.earlier[0].stored.alert.raised_on, parse_day("2026-03-02"));
    review = review_alerts(j, parse_day("2026-03-15"));
    EXPECT_EQ(review.current.size(), 1u) << "day 14 is still current";
}

TEST(AlertReview, ReadOnlyJournalIsAnalysedButNotWritten) {
    TempDir dir;
    {
        auto j = Journal::create(dir / "j.db", Zone::locate("UTC"));
        j.add_entry(Entry{0, parse_utc("2026-03-02T10:00:00Z"), "UTC", {}, SymptomEntry{"saddle-numbness"}});
    }
    auto ro = Journal::open(dir / "j.db", OpenMode::read_only);
    const auto review = review_alerts(ro, parse_day("2026-03-03"));
    ASSERT_EQ(review.current.size(), 1u);
    EXPECT_EQ(review.current[0].stored.id, 0);
    EXPECT_TRUE(ro.stored_alerts().empty());
}

TEST(AlertReview, ReplayRecordsWhatDailyUseWouldHave) {
    auto j = Journal::in_memory(Zone::locate("UTC"));
    j.add_entry(Entry{0, parse_utc("2026-01-10T10:00:00Z"), "UTC", {}, SymptomEntry{"foot-drop"}});
    j.add_entry(Entry{0, parse_utc("2026-03-02T10:00:00Z"), "UTC", {}, SymptomEntry{"leg-weakness"}});
    EXPECT_EQ(replay_alerts(j, parse_day("2026-01-01"), parse_day("2026-03-31")), 2u);
    EXPECT_EQ(replay_alerts(j, parse_day("2026-01-01"), parse_day("2026-03-31")), 2u) << "idempotent";
}
