#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "core/errors.h"
#include "journal_fixture.h"
#include "support/temp_dir.h"

// Tolerant on read, strict on write: text rules added later (typed_text.h) never stop an
// older journal from opening, nor its medications from being stopped.

using namespace relief;
using namespace relief::storage;
using relief::testing::TempDir;

namespace {
const std::string zwsp = "\xE2\x80\x8B";  // U+200B
const std::string rlo = "\xE2\x80\xAE";   // U+202E
const Zone berlin = Zone::locate("Europe/Berlin");

Entry note_at(const char* when, std::string text) {
    return Entry{0, parse_when(when, berlin), "Europe/Berlin", {}, NoteEntry{std::move(text)}};
}
}  // namespace

TEST(JournalText, TextWrittenBeforeTheRulesStillReadsAndItsMedicationStops) {
    TempDir dir;
    const auto path = dir / "old.db";
    {
        auto j = Journal::create(path, berlin);
        j.add_medication(relief::testing::sample_medication());
        j.add_entry(note_at("2026-03-02T08:00", "late"));
        j.add_entry(Entry{
            0, parse_when("2026-03-02T09:00", berlin), "Europe/Berlin", {}, SymptomEntry{"odd"}});
    }
    {
        // What an older version let through.
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
        raw.exec("UPDATE medications SET name = 'Flexeril' || char(8203)");
        raw.exec("UPDATE entries SET text = 'late ' || char(8238) WHERE kind = 'note'");
        raw.exec("UPDATE entries SET name = 'odd' || char(8203) WHERE kind = 'symptom'");
    }
    auto j = Journal::open(path);
    ASSERT_EQ(j.medications().size(), 1u);
    EXPECT_EQ(j.medications()[0].name, "Flexeril" + zwsp);
    const auto entries = j.all_entries();
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(std::get<NoteEntry>(entries[0].data).text, "late " + rlo);
    EXPECT_EQ(std::get<SymptomEntry>(entries[1].data).name, "odd" + zwsp);

    Medication stopped = j.medications()[0];
    stopped.stop = parse_day("2026-03-05");
    EXPECT_NO_THROW(j.update_medication(stopped));
    EXPECT_EQ(j.medications()[0].stop, parse_day("2026-03-05"));

    // A new one spelled the same way is a write, and refused.
    Medication lookalike = relief::testing::sample_medication();
    lookalike.name = "Flexeril" + zwsp;
    EXPECT_THROW(j.add_medication(lookalike), InputError);
    EXPECT_THROW(j.add_entry(note_at("2026-03-03T08:00", "again " + rlo)), InputError);
    EXPECT_EQ(j.medications().size(), 1u);
    EXPECT_EQ(j.all_entries().size(), 2u);
}

TEST(JournalText, ANoteIsStoredComposed) {
    auto j = Journal::in_memory(berlin);
    j.add_entry(note_at("2026-03-02T08:00", "cafe\xCC\x81"));
    EXPECT_EQ(std::get<NoteEntry>(j.all_entries()[0].data).text, "caf\xC3\xA9");
}
