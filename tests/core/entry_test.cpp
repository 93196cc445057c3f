#include "core/entry.h"
#include "core/errors.h"

#include <gtest/gtest.h>

using namespace relief;

TEST(Entry, PainScoreBounds) {
    EXPECT_NO_THROW(validate(PainEntry{0, {}, {}}));
    EXPECT_NO_THROW(validate(PainEntry{10, {"lower-back"}, {"spasm"}}));
    EXPECT_THROW(validate(PainEntry{11, {}, {}}), InputError);
    EXPECT_THROW(validate(PainEntry{-1, {}, {}}), InputError);
}

TEST(Entry, VocabularyMustBeCanonical) {
    EXPECT_THROW(validate(PainEntry{5, {"Lower Back"}, {}}), InputError);
    EXPECT_THROW(validate(PainEntry{5, {"elbowz"}, {}}), InputError);
    EXPECT_THROW(validate(MeasureEntry{"yoga-ish", std::nullopt}), InputError);
    EXPECT_NO_THROW(validate(MeasureEntry{"heat", 20}));
}

TEST(Entry, CountsAndMinutesBounds) {
    EXPECT_NO_THROW(validate(FluidsEntry{1}));
    EXPECT_NO_THROW(validate(FluidsEntry{max_count_per_entry}));
    EXPECT_THROW(validate(FluidsEntry{0}), InputError);
    EXPECT_THROW(validate(AlcoholEntry{max_count_per_entry + 1}), InputError);
    EXPECT_NO_THROW(validate(CrampEntry{"calf", max_cramp_minutes, 10}));
    EXPECT_THROW(validate(CrampEntry{"calf", max_cramp_minutes + 1, 5}), InputError);
    EXPECT_THROW(validate(CrampEntry{"calf", 0, 5}), InputError);
    EXPECT_THROW(validate(CrampEntry{"calf", 3, 11}), InputError);
}

TEST(Entry, DoseNeedsMedicationAndAmount) {
    EXPECT_NO_THROW(validate(DoseEntry{1, Amount::milligrams(5), DoseStatus::taken, std::nullopt}));
    EXPECT_THROW(validate(DoseEntry{0, Amount::milligrams(5), DoseStatus::taken, std::nullopt}),
                 InputError);
    EXPECT_THROW(validate(DoseEntry{1, Amount{}, DoseStatus::taken, std::nullopt}), InputError);
}

TEST(Entry, NoteLength) {
    EXPECT_THROW(validate(NoteEntry{""}), InputError);
    EXPECT_NO_THROW(validate(NoteEntry{std::string(max_note_length, 'x')}));
    EXPECT_THROW(validate(NoteEntry{std::string(max_note_length + 1, 'x')}), InputError);
    EXPECT_NO_THROW(validate(NoteEntry{"two\nlines\twith tab, ü and ✓"}));
    EXPECT_THROW(validate(NoteEntry{"escape \x1b[31m red"}), InputError);
    EXPECT_THROW(validate(NoteEntry{"bad \xff utf8"}), InputError);
}

TEST(Entry, StatusAndSeverityParse) {
    EXPECT_EQ(parse_dose_status("skipped"), DoseStatus::skipped);
    EXPECT_EQ(parse_severity("moderate"), Severity::moderate);
    EXPECT_THROW(parse_severity("terrible"), InputError);
    EXPECT_THROW(parse_dose_status("late"), InputError);
    EXPECT_EQ(kind_name(EntryData{SideEffectEntry{}}), "side-effect");
}
