#include "storage/demo_story.h"

#include "core/dose_slot.h"
#include "core/errors.h"
#include "storage/errors.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace relief;
using storage::DemoOptions;
using storage::Journal;

namespace {

const LocalDay last_day = parse_day("2026-03-20");

LocalDay first_day(int weeks) { return last_day - date::days{weeks * 7 - 1}; }

Journal demo_journal(DemoOptions options = {}, const char* zone = "Europe/Berlin") {
    auto journal = Journal::in_memory(Zone::locate(zone));
    storage::write_demo_story(journal, last_day, options);
    return journal;
}

std::optional<Medication> with_ingredient(const Journal& journal, std::string_view ingredient) {
    for (const auto& m : journal.medications())
        if (m.ingredient == ingredient) return m;
    return std::nullopt;
}

// The dose entries of one medication, in time order.
std::vector<std::pair<Entry, DoseEntry>> doses_of(const Journal& journal, std::int64_t med_id) {
    std::vector<std::pair<Entry, DoseEntry>> out;
    for (const auto& e : journal.all_entries())
        if (const auto* d = std::get_if<DoseEntry>(&e.data); d && d->medication_id == med_id)
            out.emplace_back(e, *d);
    return out;
}

int local_minute(const Entry& e) {
    const auto local = Zone::locate(e.zone).local_time(e.at);
    return static_cast<int>((local - date::floor<date::days>(local)) / std::chrono::minutes{1});
}

// What a person sees of an entry; ids and storage stamps are not part of the story.
bool same_story(const std::vector<Entry>& a, const std::vector<Entry>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Entry& x, const Entry& y) {
        return kind_name(x.data) == kind_name(y.data) && x.at == y.at && x.data == y.data;
    });
}

}  // namespace

TEST(DemoStory, SetsTheProfileAndBothMedications) {
    const auto journal = demo_journal();
    const auto profile = journal.profile();
    EXPECT_EQ(profile.birth_year, 1979);
    EXPECT_EQ(profile.conditions, std::vector<std::string>{"low-back-pain"});
    EXPECT_EQ(profile.onset, first_day(8));
    EXPECT_EQ(profile.zone, "Europe/Berlin");

    ASSERT_EQ(journal.medications().size(), 2u);
    const auto advil = with_ingredient(journal, "ibuprofen");
    ASSERT_TRUE(advil);
    EXPECT_EQ(advil->name, "Advil");
    EXPECT_TRUE(advil->schedule.as_needed);
    EXPECT_EQ(advil->max_daily, Amount::milligrams(1200));
    const auto flexeril = with_ingredient(journal, "cyclobenzaprine");
    ASSERT_TRUE(flexeril);
    EXPECT_EQ(flexeril->name, "Flexeril");
    EXPECT_EQ(flexeril->schedule.times.size(), 3u);
    ASSERT_TRUE(flexeril->stop);
    // Course day 22: past the three weeks the label allows.
    EXPECT_GE(*flexeril->stop - flexeril->start, date::days{21});
    EXPECT_FALSE(flexeril->taper);
}

TEST(DemoStory, EntriesStayWithinTheStoryInTheHomeZone) {
    const auto journal = demo_journal();
    const auto entries = journal.all_entries();
    ASSERT_FALSE(entries.empty());
    for (const auto& e : entries) {
        EXPECT_GE(e.day, first_day(8)) << format_utc(e.at);
        EXPECT_LE(e.day, last_day) << format_utc(e.at);
        EXPECT_EQ(e.zone, "Europe/Berlin");
    }
    EXPECT_EQ(entries.front().day, first_day(8));
}

TEST(DemoStory, PainIsLoggedOnAlmostEveryDayAndFollowsTheStory) {
    const auto journal = demo_journal();
    std::set<LocalDay> days;
    std::set<LocalDay> shooting_days;
    int first_days_max = 0;
    int first_days_min = 10;
    int week5_max = 0;
    int week6_max = 0;
    for (const auto& e : journal.all_entries()) {
        const auto* pain = std::get_if<PainEntry>(&e.data);
        if (!pain) continue;
        days.insert(e.day);
        const auto index = (e.day - first_day(8)).count();
        if (index < 3) {
            first_days_max = std::max(first_days_max, pain->score);
            first_days_min = std::min(first_days_min, pain->score);
        }
        if (index >= 28 && index < 35) week5_max = std::max(week5_max, pain->score);
        if (index >= 35 && index < 42) week6_max = std::max(week6_max, pain->score);
        if (std::ranges::find(pain->qualities, "shooting") != pain->qualities.end())
            shooting_days.insert(e.day);
    }
    EXPECT_GE(days.size(), 50u);
    EXPECT_GE(first_days_min, 7);
    EXPECT_LE(first_days_max, 8);
    EXPECT_LE(week5_max, 4);
    EXPECT_GE(week6_max, 5);  // the flare
    EXPECT_EQ(shooting_days.size(), 3u);
}

TEST(DemoStory, CyclobenzaprineHasSkippedLateAndMissingDoses) {
    const auto journal = demo_journal();
    const auto flexeril = with_ingredient(journal, "cyclobenzaprine");
    ASSERT_TRUE(flexeril);
    const auto doses = doses_of(journal, flexeril->id);
    int skipped = 0;
    int late = 0;
    bool two_skipped_in_a_row = false;
    for (std::size_t i = 0; i < doses.size(); ++i) {
        const auto& [entry, dose] = doses[i];
        ASSERT_TRUE(dose.scheduled);
        EXPECT_TRUE(flexeril->active_on(entry.day));
        skipped += dose.status == DoseStatus::skipped;
        late += is_late(dose, entry.at);
        if (i > 0 && dose.status == DoseStatus::skipped &&
            doses[i - 1].second.status == DoseStatus::skipped)
            two_skipped_in_a_row = true;
    }
    EXPECT_GE(skipped, 2);
    EXPECT_GE(late, 1);
    EXPECT_TRUE(two_skipped_in_a_row);
    const auto course_days = (*flexeril->stop - flexeril->start).count() + 1;
    EXPECT_LT(doses.size(), static_cast<std::size_t>(course_days * 3));  // some never logged

    const auto advil = with_ingredient(journal, "ibuprofen");
    ASSERT_TRUE(advil);
    const auto as_needed = doses_of(journal, advil->id);
    EXPECT_FALSE(as_needed.empty());
    for (const auto& [entry, dose] : as_needed) EXPECT_FALSE(dose.scheduled);
}

TEST(DemoStory, SideEffectsCrampsAndAlcohol) {
    const auto journal = demo_journal();
    const auto flexeril = with_ingredient(journal, "cyclobenzaprine");
    ASSERT_TRUE(flexeril);
    std::set<LocalDay> flexeril_days;
    for (const auto& [entry, dose] : doses_of(journal, flexeril->id))
        if (dose.status == DoseStatus::taken) flexeril_days.insert(entry.day);

    int drowsy = 0;
    int severe = 0;
    int cramps = 0;
    int alcohol_with_flexeril = 0;
    for (const auto& e : journal.all_entries()) {
        if (const auto* s = std::get_if<SideEffectEntry>(&e.data); s && s->name == "drowsiness") {
            ++drowsy;
            severe += s->severity == Severity::severe;
        }
        if (const auto* c = std::get_if<CrampEntry>(&e.data)) {
            ++cramps;
            EXPECT_EQ(c->location, "left-calf");
            EXPECT_GE(local_minute(e), 60);
            EXPECT_LE(local_minute(e), 4 * 60);
        }
        if (std::holds_alternative<AlcoholEntry>(e.data))
            alcohol_with_flexeril += flexeril_days.contains(e.day);
    }
    EXPECT_GE(drowsy, 3);
    EXPECT_EQ(severe, 1);
    EXPECT_GE(cramps, 3);
    EXPECT_LE(cramps, 6);
    EXPECT_GE(alcohol_with_flexeril, 1);
}

TEST(DemoStory, SameSeedTellsTheSameStoryAndAnotherSeedAnother) {
    const auto first = demo_journal({.weeks = 8, .seed = 7}).all_entries();
    const auto again = demo_journal({.weeks = 8, .seed = 7}).all_entries();
    const auto other = demo_journal({.weeks = 8, .seed = 8}).all_entries();
    ASSERT_FALSE(first.empty());
    EXPECT_EQ(first.size(), again.size());
    EXPECT_TRUE(same_story(first, again));
    EXPECT_FALSE(same_story(first, other));
}

TEST(DemoStory, OneWeekLeavesTheCourseOpen) {
    const auto journal = demo_journal({.weeks = 1});
    const auto flexeril = with_ingredient(journal, "cyclobenzaprine");
    ASSERT_TRUE(flexeril);
    EXPECT_FALSE(flexeril->stop);
    EXPECT_FALSE(doses_of(journal, flexeril->id).empty());
    for (const auto& e : journal.all_entries()) {
        EXPECT_GE(e.day, first_day(1));
        EXPECT_LE(e.day, last_day);
    }
}

TEST(DemoStory, FiftyTwoWeeksGoOnIntoAChronicPhase) {
    const auto journal = demo_journal({.weeks = 52});
    EXPECT_EQ(journal.medications().size(), 3u);
    const auto tylenol = with_ingredient(journal, "acetaminophen");
    ASSERT_TRUE(tylenol);
    EXPECT_EQ(tylenol->start, first_day(52) + date::days{56});
    EXPECT_FALSE(doses_of(journal, tylenol->id).empty());

    const auto last_week = journal.entries_between(last_day - date::days{6}, last_day);
    EXPECT_TRUE(std::ranges::any_of(
        last_week, [](const Entry& e) { return std::holds_alternative<PainEntry>(e.data); }));
    for (const auto& e : journal.all_entries()) {
        EXPECT_GE(e.day, first_day(52));
        EXPECT_LE(e.day, last_day);
    }
}

TEST(DemoStory, WeeksOutsideTheRangeAreRefused) {
    for (const int weeks : {0, 521, -3}) {
        auto journal = Journal::in_memory(Zone::locate("Europe/Berlin"));
        try {
            storage::write_demo_story(journal, last_day, {.weeks = weeks});
            ADD_FAILURE() << weeks << " weeks were accepted";
        } catch (const InputError& e) {
            EXPECT_EQ(e.field(), "weeks");
            EXPECT_EQ(e.value(), std::to_string(weeks));
        }
        EXPECT_EQ(journal.entry_count(), 0u);
        EXPECT_TRUE(journal.medications().empty());
        EXPECT_FALSE(journal.profile().birth_year);
    }
}

TEST(DemoStory, AJournalWithAnEntryIsRefusedAndLeftUnchanged) {
    const auto zone = Zone::locate("Europe/Berlin");
    auto journal = Journal::in_memory(zone);
    journal.add_entry(Entry{0, parse_when("2026-03-01T08:00", zone), "Europe/Berlin", {},
                            PainEntry{4, {"lower-back"}, {"aching"}}});
    EXPECT_THROW(storage::write_demo_story(journal, last_day, {}), storage::StorageError);
    EXPECT_EQ(journal.entry_count(), 1u);
    EXPECT_TRUE(journal.medications().empty());
    EXPECT_FALSE(journal.profile().birth_year);
}

TEST(DemoStory, AJournalWithAMedicationIsRefused) {
    auto journal = Journal::in_memory(Zone::locate("Europe/Berlin"));
    Medication med;
    med.name = "Advil";
    med.ingredient = "ibuprofen";
    med.dose = Amount::milligrams(200);
    med.schedule = Schedule{{}, true};
    med.start = parse_day("2026-03-01");
    journal.add_medication(med);
    EXPECT_THROW(storage::write_demo_story(journal, last_day, {}), storage::StorageError);
    EXPECT_EQ(journal.entry_count(), 0u);
    EXPECT_EQ(journal.medications().size(), 1u);
}

TEST(DemoStory, SpansASpringForwardChange) {
    // New York moves its clocks forward on 2026-03-08, inside the default eight weeks.
    const auto zone = Zone::locate("America/New_York");
    auto journal = Journal::in_memory(zone);
    ASSERT_NO_THROW(storage::write_demo_story(journal, last_day, {}));
    const auto entries = journal.all_entries();
    ASSERT_FALSE(entries.empty());
    for (const auto& e : entries) {
        EXPECT_EQ(e.zone, "America/New_York");
        EXPECT_EQ(e.day, zone.day_of(e.at));
        EXPECT_GE(e.day, first_day(8));
        EXPECT_LE(e.day, last_day);
    }
    EXPECT_FALSE(journal.entries_between(parse_day("2026-03-08"), parse_day("2026-03-08")).empty());
}

TEST(DemoStory, NothingIsWrittenAfterNotAfter) {
    const auto zone = Zone::locate("Europe/Berlin");
    const Instant cutoff = parse_when(format_day(last_day) + "T12:00", zone);
    const auto journal = demo_journal({.weeks = 2, .seed = 1, .not_after = cutoff});
    ASSERT_FALSE(journal.all_entries().empty());
    bool morning = false;
    for (const auto& e : journal.all_entries()) {
        EXPECT_LE(e.at, cutoff);
        morning |= e.day == last_day;
    }
    EXPECT_TRUE(morning) << "the morning of the last day is still told";
}
