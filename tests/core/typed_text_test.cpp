#include "core/typed_text.h"

#include <gtest/gtest.h>

#include "core/entry.h"
#include "core/errors.h"
#include "core/medication_input.h"
#include "core/medication_match.h"
#include "core/profile.h"
#include "core/suggest.h"
#include "core/unicode_text.h"
#include "core/vocabulary.h"

using namespace relief;

namespace {
const std::string zwsp = "\xE2\x80\x8B";  // U+200B
const std::string rlo = "\xE2\x80\xAE";   // U+202E
const std::string pdf = "\xE2\x80\xAC";   // U+202C
const std::string rli = "\xE2\x81\xA7";   // U+2067
const std::string pdi = "\xE2\x81\xA9";   // U+2069
const std::string rlm = "\xE2\x80\x8F";   // U+200F
const std::string e_acute = "\xC3\xA9";
const std::string e_combining = "e\xCC\x81";
const std::string thumbs_dark = "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBF";

std::string repeat(const std::string& s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

template <class F>
std::string message_of(F&& f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return "(accepted)";
}

bool valid(const std::string& s) {
    return valid_utf8(s) == s;
}

MedicationInput input(const std::string& name) {
    return MedicationInput{name, "200mg", "", true, "", "", parse_day("2026-03-01")};
}
}  // namespace

TEST(TypedText, NoteLengthIsCountedInCharacters) {
    EXPECT_NO_THROW(validate(NoteEntry{repeat(thumbs_dark, max_note_length)}));
    EXPECT_THROW(validate(NoteEntry{repeat(thumbs_dark, max_note_length + 1)}), InputError);
    EXPECT_NO_THROW(validate(NoteEntry{repeat(e_acute, max_note_length)}));
    EXPECT_NO_THROW(validate(NoteEntry{repeat(e_combining, max_note_length)}));
    EXPECT_THROW(validate(NoteEntry{repeat(e_acute, max_note_length + 1)}), InputError);
    // 1,100 emoji are 4,400 bytes and 1,100 characters: the case.
    EXPECT_NO_THROW(validate(NoteEntry{repeat("\xF0\x9F\x98\x80", 1100)}));
}

TEST(TypedText, AMessageQuotingALongMultiByteValueIsValidUtf8) {
    const std::string euros = repeat("\xE2\x82\xAC", max_note_length + 1);
    const std::string message = message_of([&] { validate(NoteEntry{euros}); });
    EXPECT_NE(message.find("text of 1 to 4000 characters"), std::string::npos) << message;
    EXPECT_TRUE(valid(message));
    EXPECT_NE(message.find(repeat("\xE2\x82\xAC", 40) + "\xE2\x80\xA6'"), std::string::npos)
        << message;
    const std::string long_name = repeat("\xE2\x82\xAC", 101);
    const std::string name_message = message_of([&] { new_medication(input(long_name), {}); });
    EXPECT_NE(name_message.find("a name of 1 to 100 characters"), std::string::npos)
        << name_message;
    EXPECT_TRUE(valid(name_message));
    // Any message: stray bytes in a value come out as U+FFFD, never as invalid UTF-8.
    EXPECT_TRUE(valid(InputError("note", "a\xE2\x80", "text").what()));
}

TEST(TypedText, AMedicationNameCountsCharactersAtTheLimit) {
    auto at_limit = input(repeat(e_combining, 100));
    at_limit.drug_class = "other";
    EXPECT_EQ(new_medication(at_limit, {}).name, repeat(e_acute, 100));
    auto past = input(repeat(e_acute, 101));
    past.drug_class = "other";
    EXPECT_THROW(new_medication(past, {}), InputError);
}

TEST(TypedText, AnInvisibleCharacterInANameIsRefusedAndNamed) {
    const std::string message = message_of([&] { new_medication(input("Advil" + zwsp), {}); });
    EXPECT_EQ(message,
              "invalid medication name 'Advil<U+200B>': expected a name without a zero-width space "
              "(U+200B): a name "
              "may hold letters, digits, spaces and punctuation, but nothing invisible, so that "
              "two names that look "
              "alike are one name");
    for (const std::string hidden :
         {"\xC2\xAD", "\xE2\x81\xA0", "\xEF\xBB\xBF", "\xE2\x80\x8D", "\xC2\xA0"})
        EXPECT_THROW(checked_name("Ad" + hidden + "vil", "medication name", 100), InputError);
}

TEST(TypedText, ADirectionControlInANameIsRefusedAndNamed) {
    const std::string message =
        message_of([&] { checked_name("Advil" + rlo + "lp", "medication name", 100); });
    EXPECT_NE(message.find("a right-to-left override (U+202E)"), std::string::npos) << message;
    EXPECT_EQ(message.find(rlo), std::string::npos) << "the message itself must not reorder";
    EXPECT_THROW(checked_name(rlm + "Advil", "name", 100), InputError);
    // Letters of a right-to-left script are a name like any other.
    EXPECT_EQ(checked_name("\xD7\x90\xD7\x93\xD7\x95\xD7\x95\xD7\x99\xD7\x9C", "name", 100),
              "\xD7\x90\xD7\x93\xD7\x95\xD7\x95\xD7\x99\xD7\x9C");
}

TEST(TypedText, ADecomposedNameIsStoredComposedAndMatchesEitherWay) {
    auto typed = input("Caf" + e_combining + " tea");
    typed.drug_class = "other";
    const Medication decomposed = new_medication(typed, {});
    EXPECT_EQ(decomposed.name, "Caf" + e_acute + " tea");
    EXPECT_EQ(decomposed.ingredient, "Caf" + e_acute + " tea");
    // Typed the other way, it is the medication already in the list.
    auto again = input("Caf" + e_acute + " tea");
    again.drug_class = "other";
    EXPECT_EQ(message_of([&] { new_medication(again, {decomposed}); }).find("invalid medication '"),
              0u);
    const std::vector<Medication> meds{decomposed};
    EXPECT_EQ(match_medication(meds, "caf" + e_combining + " tea", parse_day("2026-03-02")),
              &meds[0]);
}

TEST(TypedText, ANameNotInNfcIsRefusedWhenWrittenAndKeptWhenStored) {
    Medication m = new_medication(input("Advil"), {});
    m.name = "Caf" + e_combining;
    m.ingredient = m.name;
    m.chosen_class = DrugClass::other;
    EXPECT_THROW(validate(m), InputError);
    m.name = "Advil" + zwsp;
    m.ingredient = m.name;
    EXPECT_THROW(validate(m), InputError);
    EXPECT_NO_THROW(validate(m, {}, NameRule::stored));  // stopping an older medication
}

TEST(TypedText, VocabularyWordsRefuseHiddenCharactersAndCompose) {
    const std::string message = message_of([&] { side_effect_names().canonical("dizzy" + zwsp); });
    EXPECT_NE(message.find("invalid side effect 'dizzy<U+200B>'"), std::string::npos) << message;
    EXPECT_NE(message.find("a zero-width space (U+200B)"), std::string::npos) << message;
    EXPECT_THROW(symptom_names().canonical("numb" + rlo), InputError);
    EXPECT_THROW(condition_names().canonical("fibro" + zwsp + "myalgia"), InputError);
    // A new word typed decomposed is the same word typed composed.
    EXPECT_EQ(symptom_names().canonical("n" + e_combining + "vralgie"), "n" + e_acute + "vralgie");
    // A stored word from before these rules still reads; a new one with it is refused.
    const SymptomEntry old{"odd" + zwsp + "feeling"};
    EXPECT_NO_THROW(validate_stored(old));
    EXPECT_THROW(validate(old), InputError);
}

TEST(TypedText, ANewVocabularyWordCountsCharactersAtItsLimit) {
    EXPECT_NO_THROW(symptom_names().canonical(repeat(e_acute, 60)));
    EXPECT_THROW(symptom_names().canonical(repeat(e_acute, 61)), InputError);
}

TEST(TypedText, ProfileNameAndIdentifierFollowTheNameRules) {
    EXPECT_EQ(parse_profile_name("Ren" + e_combining, "--name"), "Ren" + e_acute);
    EXPECT_EQ(parse_profile_name(repeat(e_acute, 100), "--name"), repeat(e_acute, 100));
    EXPECT_THROW(parse_profile_name(repeat(e_acute, 101), "--name"), InputError);
    const std::string message = message_of([&] { parse_profile_name("Ann" + zwsp, "--name"); });
    EXPECT_NE(message.find("invalid --name 'Ann<U+200B>'"), std::string::npos) << message;
    EXPECT_THROW(parse_identifier_text("12" + rlo + "34", "--identifier"), InputError);
    EXPECT_EQ(parse_identifier_text(repeat(thumbs_dark, 100), "--identifier"),
              repeat(thumbs_dark, 100));
    EXPECT_THROW(parse_identifier_text(repeat(thumbs_dark, 101), "--identifier"), InputError);
}

TEST(TypedText, ANoteWithAnUnclosedDirectionControlIsRefused) {
    const std::string message = message_of([&] { validate(NoteEntry{"took it " + rlo + "late"}); });
    EXPECT_EQ(message,
              "invalid note 'took it <U+202E>late': expected text in which a right-to-left "
              "override (U+202E) is "
              "closed by a pop directional formatting (U+202C) on the same line: an unclosed "
              "direction control "
              "reorders the text shown after it");
    EXPECT_THROW(validate(NoteEntry{"a " + rli + "b"}), InputError);
    // Closed on the next line is too late: the line break already ended it.
    EXPECT_THROW(validate(NoteEntry{"a " + rlo + "b\n" + pdf}), InputError);
    // A closer with nothing to close, or closing the wrong kind.
    EXPECT_THROW(validate(NoteEntry{"a " + pdf}), InputError);
    EXPECT_THROW(validate(NoteEntry{rli + "a" + pdf + pdi}), InputError);
}

TEST(TypedText, ANoteMayUseBalancedDirectionControlsAndMarks) {
    EXPECT_NO_THROW(validate(NoteEntry{"dose " + rli + "\xD7\x90" + pdi + " ok"}));
    EXPECT_NO_THROW(validate(NoteEntry{rlo + "a" + rli + "b" + pdi + pdf + "\n" + rlm + "x"}));
    // Invisible characters are part of writing in a note (emoji sequences, joiners).
    EXPECT_NO_THROW(
        validate(NoteEntry{"family \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7" + zwsp}));
    // An older note with an unclosed control still reads.
    EXPECT_NO_THROW(validate_stored(NoteEntry{"old " + rlo}));
}

TEST(TypedText, NormaliseTextComposesNotesAndNames) {
    EntryData note = NoteEntry{"caf" + e_combining};
    normalise_text(note);
    EXPECT_EQ(std::get<NoteEntry>(note).text, "caf" + e_acute);
    EntryData symptom = SymptomEntry{"n" + e_combining + "vralgie"};
    normalise_text(symptom);
    EXPECT_EQ(std::get<SymptomEntry>(symptom).name, "n" + e_acute + "vralgie");
}

TEST(TypedText, MatchingKeysAreComposedAndStable) {
    EXPECT_EQ(normalise_term("Caf" + e_combining), "caf" + e_acute);
    // A dropped apostrophe leaves the letter beside its accent: the key composes again.
    EXPECT_EQ(normalise_term("e'\xCC\x81"), e_acute);
    EXPECT_EQ(normalise_term(normalise_term("e'\xCC\x81")), e_acute);
    // The Kelvin sign is "K" in NFC, and the key is lower case.
    EXPECT_EQ(normalise_term("\xE2\x84\xAA"
                             "ink"),
              "kink");
}
