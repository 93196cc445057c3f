#include "core/entry_record.h"
#include "core/errors.h"

#include <gtest/gtest.h>

using namespace relief;

TEST(EntryRecord, EveryKindRoundTrips) {
    const std::vector<EntryData> samples{
        DoseEntry{3, Amount::parse("7.5mg"), DoseStatus::skipped,
                  Instant{std::chrono::seconds{1'780'000'000}}},
        DoseEntry{3, Amount::parse("10mg"), DoseStatus::taken, std::nullopt},
        PainEntry{7, {"lower-back", "left-calf"}, {"spasm", "burning"}},
        PainEntry{0, {}, {}},
        SideEffectEntry{"drowsiness", Severity::severe},
        CrampEntry{"calf", 5, 6},
        CrampEntry{"", std::nullopt, std::nullopt},
        MeasureEntry{"heat", 20},
        FluidsEntry{3},
        AlcoholEntry{2},
        SymptomEntry{"foot-drop"},
        NoteEntry{"slept badly, \"quotes\", commas, and\nnew lines"},
        PegEntry{6, 5, 7},
        SleepEntry{390, 4},
        GoalEntry{"walk the dog 20 minutes", false},
        PgicEntry{3},
    };
    ASSERT_EQ(samples.size() - 3, kind_names().size());
    for (const auto& s : samples) EXPECT_EQ(from_record(to_record(s)), s) << kind_name(s);
}

TEST(EntryRecord, MissingRequiredColumnNamesIt) {
    EntryRecord r;
    r.kind = "pain";
    try {
        from_record(r);
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "score");
    }
    r.score = 12;
    EXPECT_THROW(from_record(r), InputError);
}

TEST(EntryRecord, UnknownKindListsKinds) {
    EntryRecord r;
    r.kind = "mood";
    try {
        from_record(r);
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "kind");
        EXPECT_NE(std::string(e.what()).find("side-effect"), std::string::npos);
    }
}

// A journal or export written before the vocabulary learned "tingling" (symptom) or
// "urinary-retention" (symptom) kept the words people typed as new words; they still read.
TEST(EntryRecord, WordsOlderVersionsKeptStillRead) {
    for (const char* old_word : {"pins-and-needles", "tingle", "cant-pee", "night-pains"}) {
        EntryRecord r;
        r.kind = "symptom";
        r.name = old_word;
        EXPECT_EQ(from_record(r), EntryData{SymptomEntry{old_word}}) << old_word;
    }
    EntryRecord pain;
    pain.kind = "pain";
    pain.score = 4;
    pain.locations = "back";
    EXPECT_THROW(from_record(pain), InputError) << "a closed vocabulary stores names only";
    pain.locations = "lower-back,left-leg,inner-thigh";
    pain.qualities = "tingling";
    EXPECT_EQ(from_record(pain), (EntryData{PainEntry{4, {"lower-back", "left-leg", "inner-thigh"}, {"tingling"}}}));
}
