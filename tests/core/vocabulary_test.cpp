#include "core/errors.h"
#include "core/suggest.h"
#include "core/vocabulary.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace relief;

using Words = std::vector<std::string>;

namespace {

std::vector<const Vocabulary*> all_vocabularies() {
    return {&body_locations(), &pain_qualities(), &side_effect_names(),
            &symptom_names(),  &measure_names(),  &condition_names()};
}

// The InputError that `canonical(text)` throws, so a test can read its message.
InputError refusal(const Vocabulary& v, std::string_view text) {
    try {
        const auto accepted = v.canonical(text);
        ADD_FAILURE() << "'" << text << "' was accepted as '" << accepted << "'";
    } catch (const InputError& e) {
        return e;
    }
    return InputError("", "", "");
}

InputError list_refusal(const Vocabulary& v, std::string_view text) {
    try {
        const auto accepted = v.canonical_list(text);
        ADD_FAILURE() << "'" << text << "' was accepted as " << accepted.size() << " items";
    } catch (const InputError& e) {
        return e;
    }
    return InputError("", "", "");
}

bool mentions(const InputError& e, std::string_view part) {
    return std::string_view(e.what()).find(part) != std::string_view::npos;
}

}  // namespace

TEST(Vocabulary, FieldsAndKinds) {
    EXPECT_EQ(body_locations().field(), "body location");
    EXPECT_EQ(pain_qualities().field(), "pain quality");
    EXPECT_EQ(side_effect_names().field(), "side effect");
    EXPECT_EQ(symptom_names().field(), "symptom");
    EXPECT_EQ(measure_names().field(), "measure");
    EXPECT_EQ(condition_names().field(), "condition");
    EXPECT_FALSE(body_locations().is_open());
    EXPECT_FALSE(pain_qualities().is_open());
    EXPECT_FALSE(measure_names().is_open());
    EXPECT_TRUE(side_effect_names().is_open());
    EXPECT_TRUE(symptom_names().is_open());
    EXPECT_TRUE(condition_names().is_open());
}

TEST(Vocabulary, EveryTermIsItsOwnCanonicalForm) {
    for (const auto* v : all_vocabularies()) {
        ASSERT_FALSE(v->terms().empty()) << v->field();
        for (const auto& t : v->terms()) {
            EXPECT_EQ(normalise_term(t.name), t.name) << v->field();
            EXPECT_EQ(v->canonical(t.name), t.name) << v->field();
            EXPECT_TRUE(v->contains(t.name)) << v->field() << ": " << t.name;
        }
    }
}

TEST(Vocabulary, EveryAliasLeadsToItsTerm) {
    for (const auto* v : all_vocabularies())
        for (const auto& t : v->terms())
            for (const auto& alias : t.aliases) {
                EXPECT_EQ(v->canonical(alias), t.name) << v->field() << ": " << alias;
                EXPECT_FALSE(v->contains(alias)) << v->field() << ": " << alias;
            }
}

TEST(Vocabulary, NamesListsTermsInOrder) {
    const auto names = measure_names().names();
    EXPECT_EQ(names, (Words{"heat", "ice", "stretching", "activity", "exercise", "physical-therapy",
                            "massage", "rest"}));
}

TEST(Vocabulary, BodyLocationsAcceptAliases) {
    EXPECT_EQ(body_locations().canonical("Lower Back"), "lower-back");
    EXPECT_EQ(body_locations().canonical("lumbar"), "lower-back");
    EXPECT_EQ(body_locations().canonical("calves"), "calf");
    EXPECT_EQ(body_locations().canonical("whole body"), "whole-body");
    EXPECT_EQ(body_locations().canonical("shin"), "shin");
    EXPECT_EQ(body_locations().canonical("below the knee"), "below-knee");
}

TEST(Vocabulary, PairedBodyPartsTakeASide) {
    const auto& v = body_locations();
    EXPECT_EQ(v.canonical("left-calf"), "left-calf");
    EXPECT_EQ(v.canonical("Left Calf"), "left-calf");
    EXPECT_EQ(v.canonical("right_knee"), "right-knee");
    EXPECT_EQ(v.canonical("left calves"), "left-calf");
    EXPECT_EQ(v.canonical("right below the knee"), "right-below-knee");
    EXPECT_TRUE(v.contains("left-calf"));
    EXPECT_TRUE(v.contains("right-shoulder"));
    EXPECT_FALSE(v.contains("left-neck"));
    EXPECT_FALSE(v.contains("left-calves"));
    EXPECT_THROW(v.canonical("left neck"), InputError);
    EXPECT_THROW(v.canonical("left"), InputError);
    EXPECT_THROW(v.canonical("left-"), InputError);
    EXPECT_THROW(v.canonical("left-left-calf"), InputError);
}

TEST(Vocabulary, ClosedVocabularyRefusesUnknownWithFieldValueAndChoices) {
    const auto e = refusal(body_locations(), "elbowz");
    EXPECT_EQ(e.field(), "body location");
    EXPECT_EQ(e.value(), "elbowz");
    EXPECT_TRUE(mentions(e, "body location")) << e.what();
    EXPECT_TRUE(mentions(e, "'elbowz'")) << e.what();
    EXPECT_TRUE(mentions(e, "did you mean 'elbow'?")) << e.what();
    EXPECT_TRUE(mentions(e, "'neck'")) << e.what();
    EXPECT_TRUE(mentions(e, "or 'whole-body'")) << e.what();
    EXPECT_TRUE(mentions(e, "'left-'")) << e.what();
}

TEST(Vocabulary, ClosedVocabularySuggestsTheSideToo) {
    const auto e = refusal(body_locations(), "left caf");
    EXPECT_EQ(e.value(), "left caf");
    EXPECT_TRUE(mentions(e, "did you mean 'left-calf'")) << e.what();
}

TEST(Vocabulary, ClosedVocabularyWithoutNearMissStillListsChoices) {
    const auto e = refusal(measure_names(), "yoga-ish");
    EXPECT_EQ(e.field(), "measure");
    EXPECT_FALSE(mentions(e, "did you mean")) << e.what();
    EXPECT_TRUE(mentions(e, "'heat'")) << e.what();
    EXPECT_TRUE(mentions(e, "or 'rest'")) << e.what();
    // Sides are for body parts only; no other field mentions them.
    EXPECT_FALSE(mentions(e, "left-")) << e.what();
}

TEST(Vocabulary, PainQualitiesAcceptEverydayWords) {
    const auto& v = pain_qualities();
    EXPECT_EQ(v.canonical("pins and needles"), "tingling");
    EXPECT_EQ(v.canonical("Spasms"), "spasm");
    EXPECT_EQ(v.canonical("stiff"), "stiffness");
    EXPECT_EQ(v.canonical("ache"), "aching");
    EXPECT_EQ(v.canonical("numb"), "numbness");
    EXPECT_EQ(v.canonical("electric shock"), "electric");
    EXPECT_THROW(v.canonical("tickly"), InputError);
}

TEST(Vocabulary, OpenVocabularyAcceptsNewWordsNormalised) {
    EXPECT_EQ(side_effect_names().canonical("rash-on-arms"), "rash-on-arms");
    EXPECT_EQ(side_effect_names().canonical("Rash on Arms"), "rash-on-arms");
    EXPECT_FALSE(side_effect_names().contains("rash-on-arms"));
    EXPECT_EQ(condition_names().canonical("Diabetes"), "diabetes");
}

TEST(Vocabulary, OpenVocabularyRefusesNearMisses) {
    const auto e = refusal(side_effect_names(), "drowsyness");
    EXPECT_EQ(e.field(), "side effect");
    EXPECT_EQ(e.value(), "drowsyness");
    EXPECT_TRUE(mentions(e, "side effect")) << e.what();
    EXPECT_TRUE(mentions(e, "did you mean 'drowsiness'")) << e.what();

    // A near miss of an alias is reported by the term it stands for.
    EXPECT_TRUE(mentions(refusal(side_effect_names(), "drowsey"), "'drowsiness'"));
    EXPECT_TRUE(mentions(refusal(condition_names(), "hyperthyroidsm"), "'hyperthyroidism'"));
}

TEST(Vocabulary, OpenVocabulariesKeepCommonWordsThatLookAlike) {
    // Each is a real, different thing that sits within a few edits of a known term.
    for (const char* word : {"swelling", "itching", "sweating", "twitching", "dry-eyes", "anxiety",
                             "chills", "hiccups", "nightmares", "bruising"})
        EXPECT_NO_THROW(side_effect_names().canonical(word)) << word;
    for (const char* word : {"hypothyroidism", "hypertension", "hypotension", "arthritis", "asthma",
                             "osteoarthritis", "migraine"})
        EXPECT_NO_THROW(condition_names().canonical(word)) << word;
    EXPECT_EQ(condition_names().canonical("hypothyroidism"), "hypothyroidism");
}

TEST(Vocabulary, OppositesAndNeighboursOfKnownTermsAreTheirOwnTerms) {
    // Without their own entries these would be refused as "did you mean" the opposite.
    EXPECT_EQ(side_effect_names().canonical("slow heart rate"), "slow-heartbeat");
    EXPECT_EQ(side_effect_names().canonical("high blood pressure"), "high-blood-pressure");
    EXPECT_EQ(condition_names().canonical("heart disease"), "heart-disease");
    EXPECT_EQ(condition_names().canonical("renal failure"), "kidney-disease");
    EXPECT_EQ(symptom_names().canonical("numb legs"), "leg-numbness");
    EXPECT_EQ(symptom_names().canonical("numbness"), "numbness");
    EXPECT_EQ(symptom_names().canonical("back pain"), "back-pain");
    for (const char* name : {"leg-numbness", "numbness", "back-pain"})
        EXPECT_FALSE(is_red_flag_symptom(name)) << name;
}

TEST(Vocabulary, SideEffectAliases) {
    const auto& v = side_effect_names();
    EXPECT_EQ(v.canonical("sleepy"), "drowsiness");
    EXPECT_EQ(v.canonical("Drowsy"), "drowsiness");
    EXPECT_EQ(v.canonical("dizzy"), "dizziness");
    EXPECT_EQ(v.canonical("tired"), "fatigue");
    EXPECT_EQ(v.canonical("racing heart"), "fast-heartbeat");
    EXPECT_EQ(v.canonical("palpitations"), "fast-heartbeat");
    EXPECT_EQ(v.canonical("Can't stay awake"), "cant-stay-awake");
    EXPECT_EQ(v.canonical("can\u2019t stay awake"), "cant-stay-awake");
}

TEST(Vocabulary, EmptyInputIsAlwaysRefused) {
    for (const auto* v : all_vocabularies())
        for (const char* text : {"", "   ", "'", " - "}) {
            const auto e = refusal(*v, text);
            EXPECT_EQ(e.field(), v->field());
            EXPECT_EQ(e.value(), text);
        }
}

TEST(Vocabulary, OpenVocabularyLimitsNewWords) {
    const auto& v = side_effect_names();
    const std::string longest(60, 'x');
    EXPECT_EQ(v.canonical(longest), longest);
    EXPECT_TRUE(mentions(refusal(v, longest + "x"), "at most 60 characters"));
    EXPECT_TRUE(mentions(refusal(v, "hair/loss"), "letters, digits"));
    EXPECT_THROW(v.canonical("a\tb\x01"), InputError);
    EXPECT_EQ(v.canonical("hair loss"), "hair-loss");
}

TEST(Vocabulary, CanonicalListSplitsTrimsAndDropsDuplicates) {
    const auto& v = body_locations();
    EXPECT_EQ(v.canonical_list("neck, lower back,Neck , lumbar,left calf"),
              (Words{"neck", "lower-back", "left-calf"}));
    EXPECT_EQ(v.canonical_list("calf"), Words{"calf"});
    EXPECT_EQ(pain_qualities().canonical_list("spasms,spasm,stiff"), (Words{"spasm", "stiffness"}));
}

TEST(Vocabulary, CanonicalListRefusesEmptyItems) {
    const auto& v = body_locations();
    for (const char* text : {"", "neck,,calf", "neck,", ",neck", "neck, ,calf"}) {
        const auto e = list_refusal(v, text);
        EXPECT_EQ(e.field(), "body location") << text;
        EXPECT_EQ(e.value(), text);
        EXPECT_TRUE(mentions(e, "comma")) << e.what();
    }
}

TEST(Vocabulary, CanonicalListNamesTheBadItem) {
    try {
        body_locations().canonical_list("neck, elbowz");
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_EQ(e.value(), "elbowz");
        EXPECT_TRUE(mentions(e, "did you mean 'elbow'")) << e.what();
    }
}

TEST(Vocabulary, SymptomsCoverTheRedFlags) {
    const Words red_flags{"bladder-control-loss", "bowel-control-loss",      "saddle-numbness",
                          "urinary-retention",    "leg-weakness",            "foot-drop",
                          "fever-with-back-pain", "pain-after-fall",         "night-pain",
                          "unexplained-weight-loss"};
    for (const auto& flag : red_flags) {
        EXPECT_TRUE(is_red_flag_symptom(flag)) << flag;
        EXPECT_TRUE(symptom_names().contains(flag)) << flag;
    }
    int flagged = 0;
    for (const auto& t : symptom_names().terms()) flagged += is_red_flag_symptom(t.name) ? 1 : 0;
    EXPECT_EQ(flagged, 10);
    for (const char* plain : {"fever", "tremor", "agitation", "confusion", "seizure", "tingling",
                              "weight-loss", "back-pain", ""})
        EXPECT_FALSE(is_red_flag_symptom(plain)) << plain;
}

TEST(Vocabulary, RedFlagAliasesReachTheRedFlag) {
    const auto& v = symptom_names();
    EXPECT_EQ(v.canonical("groin numbness"), "saddle-numbness");
    EXPECT_EQ(v.canonical("major fall"), "pain-after-fall");
    EXPECT_EQ(v.canonical("accident"), "pain-after-fall");
    EXPECT_EQ(v.canonical("left foot drop"), "foot-drop");
    EXPECT_EQ(v.canonical("loss of bladder control"), "bladder-control-loss");
    EXPECT_EQ(v.canonical("fever"), "fever");
    EXPECT_FALSE(is_red_flag_symptom(v.canonical("fever")));
}

TEST(Vocabulary, SymptomsTheOtherRulesLookFor) {
    const auto& v = symptom_names();
    for (const char* name :
         {"agitation", "fever", "tremor", "racing-heart", "hallucinations", "confusion", "seizure",
          "palpitations", "severe-spasms", "cant-stay-awake", "slow-breathing", "muscle-stiffness",
          "sweating", "shivering"})
        EXPECT_TRUE(v.contains(name)) << name;
    EXPECT_EQ(v.canonical("can't stay awake"), "cant-stay-awake");
}

TEST(Vocabulary, MeasuresAndConditionsAliases) {
    EXPECT_EQ(measure_names().canonical("PT"), "physical-therapy");
    EXPECT_EQ(measure_names().canonical("physio"), "physical-therapy");
    EXPECT_EQ(measure_names().canonical("Physiotherapy"), "physical-therapy");
    EXPECT_EQ(condition_names().canonical("MS"), "multiple-sclerosis");
    EXPECT_EQ(condition_names().canonical("heart attack"), "recent-heart-attack");
}

TEST(Vocabulary, ConstructorRefusesBrokenTables) {
    using Kind = Vocabulary::Kind;
    EXPECT_THROW(Vocabulary("f", Kind::closed, {{"Not Canonical", {}}}), std::invalid_argument);
    EXPECT_THROW(Vocabulary("f", Kind::closed, {{"", {}}}), std::invalid_argument);
    EXPECT_THROW(Vocabulary("f", Kind::closed, {{"a", {" ' "}}}), std::invalid_argument);
    EXPECT_THROW(Vocabulary("f", Kind::closed, {{"a", {}}, {"a", {}}}), std::invalid_argument);
    EXPECT_THROW(Vocabulary("f", Kind::closed, {{"a", {"x"}}, {"b", {"X"}}}),
                 std::invalid_argument);
    EXPECT_THROW(Vocabulary("f", Kind::closed, {{"a", {"b"}}, {"b", {}}}), std::invalid_argument);
    EXPECT_NO_THROW(Vocabulary("f", Kind::closed, {{"a", {"x"}}, {"b", {"y"}}}));
    // An alias that only spells the name the way people write it is fine.
    EXPECT_NO_THROW(Vocabulary("f", Kind::closed, {{"cant-go", {"can't go"}}}));
    EXPECT_THROW(Vocabulary("f", Kind::closed, {{"cant-go", {}}, {"b", {"can't go"}}}),
                 std::invalid_argument);
}

TEST(Vocabulary, CustomVocabularyBehaves) {
    const Vocabulary closed("colour", Vocabulary::Kind::closed,
                            {{"red", {"crimson"}}, {"green", {}}});
    EXPECT_EQ(closed.canonical("Crimson"), "red");
    EXPECT_TRUE(closed.contains("red"));
    EXPECT_FALSE(closed.contains("crimson"));
    EXPECT_TRUE(mentions(refusal(closed, "blue"), "invalid colour 'blue'"));
    EXPECT_TRUE(mentions(refusal(closed, "blue"), "'red' or 'green'"));
}

// Found by fuzz_vocabulary: a new name that is not UTF-8 was kept, and the CSV export then
// carried a byte its import refuses; stray bytes around an apostrophe could also join into
// a curly apostrophe, a name that did not read back as itself.
TEST(Vocabulary, NewNamesMustBeUtf8) {
    EXPECT_TRUE(mentions(refusal(symptom_names(), "\xC9"), "letters, digits")) << "a lone byte";
    EXPECT_THROW(measure_names().canonical("a\xE2\x80'\x98"), InputError);
    EXPECT_THROW(symptom_names().canonical_list("fever,tingle\xFF"), InputError);
    EXPECT_EQ(symptom_names().canonical("Kribbeln-\xC3\xBC"), "kribbeln-\xC3\xBC") << "real UTF-8 stays welcome";
    EXPECT_TRUE(is_clean_text("schl\xC3\xA4" "frig"));
    EXPECT_FALSE(is_clean_text("a\xE2\x80"));
}

// Issue 11: the words people type for where it hurts.
TEST(Vocabulary, BodyLocationsInEverydayWords) {
    const auto& v = body_locations();
    for (const char* word : {"back", "Back", " BACK ", "lower back", "Lower  Back", "lower_back", "low back",
                             "small of the back"})
        EXPECT_EQ(v.canonical(word), "lower-back") << word;
    EXPECT_EQ(v.canonical("upper back"), "upper-back");
    EXPECT_EQ(v.canonical("between the shoulder blades"), "upper-back");
    EXPECT_EQ(v.canonical("mid back"), "mid-back") << "a place of its own, as before";
    EXPECT_EQ(v.canonical("leg"), "leg");
    EXPECT_EQ(v.canonical("legs"), "leg");
    EXPECT_EQ(v.canonical("left leg"), "left-leg");
    EXPECT_EQ(v.canonical("Right  Leg"), "right-leg");
    EXPECT_EQ(v.canonical("right-legs"), "right-leg");
    EXPECT_EQ(v.canonical("upper leg"), "thigh");
    EXPECT_EQ(v.canonical("lower leg"), "below-knee");
    for (const char* word : {"butt", "buttocks", "Bum", "glutes"}) EXPECT_EQ(v.canonical(word), "buttock") << word;
    EXPECT_EQ(v.canonical("left butt"), "left-buttock");
    EXPECT_EQ(v.canonical("groin"), "groin");
    EXPECT_EQ(v.canonical("crotch"), "groin");
    EXPECT_EQ(v.canonical("saddle area"), "groin");
    EXPECT_EQ(v.canonical("inner thigh"), "inner-thigh");
    EXPECT_EQ(v.canonical("left inner thighs"), "left-inner-thigh");
    EXPECT_EQ(v.canonical_list("back, left leg,Lower Back"), (Words{"lower-back", "left-leg"}));
    EXPECT_TRUE(v.contains("left-leg"));
    EXPECT_TRUE(v.contains("right-inner-thigh"));
    EXPECT_FALSE(v.contains("back")) << "an alias, never stored";
}

TEST(Vocabulary, UnknownLocationsAreStillRefusedWithChoicesAndASuggestion) {
    auto e = refusal(body_locations(), "bak");
    EXPECT_EQ(e.field(), "body location");
    EXPECT_EQ(e.value(), "bak");
    EXPECT_TRUE(mentions(e, "invalid body location 'bak'")) << e.what();
    EXPECT_TRUE(mentions(e, "did you mean 'lower-back'")) << e.what();
    EXPECT_TRUE(mentions(e, "'leg'")) << e.what();
    EXPECT_TRUE(mentions(e, "'inner-thigh'")) << e.what();
    e = refusal(body_locations(), "left legg");
    EXPECT_TRUE(mentions(e, "did you mean 'left-leg'")) << e.what();
    EXPECT_THROW(body_locations().canonical("left back"), InputError) << "the back is not a paired part";
    EXPECT_THROW(body_locations().canonical("tail"), InputError);
}

TEST(Vocabulary, PinsAndNeedlesAndNumbnessAsQualitiesAndSymptoms) {
    for (const char* word : {"pins and needles", "Pins & Needles", "PINS-AND-NEEDLES", "tingly"}) {
        EXPECT_EQ(pain_qualities().canonical(word), "tingling") << word;
        EXPECT_EQ(symptom_names().canonical(word), "tingling") << word;
        EXPECT_EQ(side_effect_names().canonical(word), "tingling") << word;
    }
    EXPECT_EQ(pain_qualities().canonical("no feeling"), "numbness");
    EXPECT_FALSE(is_red_flag_symptom("tingling"));
}

TEST(Vocabulary, TheNewRedFlagsInEverydayWords) {
    const auto& v = symptom_names();
    for (const char* word : {"can't pee", "can\u2019t pee", "Cannot urinate", "cant urinate", "unable to pee",
                             "difficulty passing urine", "urinary retention"})
        EXPECT_EQ(v.canonical(word), "urinary-retention") << word;
    EXPECT_EQ(side_effect_names().canonical("can't pee"), "urinary-retention");
    for (const char* word : {"night pain", "pain at night", "pain wakes me up", "pain at rest"})
        EXPECT_EQ(v.canonical(word), "night-pain") << word;
    for (const char* word : {"unexplained weight loss", "losing weight without trying"})
        EXPECT_EQ(v.canonical(word), "unexplained-weight-loss") << word;
    EXPECT_EQ(v.canonical("weight loss"), "weight-loss") << "may be meant: not a red flag";
    EXPECT_EQ(v.canonical("numb bum"), "saddle-numbness");
    EXPECT_EQ(v.canonical("backache"), "back-pain");
}

// Words an older version stored as new ones must still read once the vocabulary knows a
// term close to them (validation on reading the journal and on importing a CSV file).
TEST(Vocabulary, StoredWordsOfOlderVersionsStillRead) {
    const auto& v = symptom_names();
    for (const char* old_word : {"pins-and-needles", "tingle", "cant-pee", "night-pains", "hair-loss"})
        EXPECT_TRUE(v.holds(old_word)) << old_word;
    EXPECT_TRUE(v.holds("fever"));
    EXPECT_FALSE(v.holds("Tingle")) << "never stored: not canonical";
    EXPECT_FALSE(v.holds("pins and needles"));
    EXPECT_FALSE(v.holds(""));
    EXPECT_FALSE(v.holds(std::string(61, 'x')));
    EXPECT_FALSE(v.holds("hair/loss"));
    EXPECT_TRUE(body_locations().holds("left-leg"));
    EXPECT_FALSE(body_locations().holds("back")) << "closed: only names";
    EXPECT_FALSE(body_locations().holds("elbowz"));
}

TEST(Vocabulary, SaddleNumbnessInAPainEntry) {
    EXPECT_EQ(red_flag_in_pain({"groin"}, {"numbness"}), "saddle-numbness");
    EXPECT_EQ(red_flag_in_pain({"lower-back", "left-groin"}, {"aching", "tingling"}), "saddle-numbness");
    EXPECT_EQ(red_flag_in_pain({"right-inner-thigh"}, {"numbness"}), "saddle-numbness");
    EXPECT_EQ(red_flag_in_pain({"inner-thigh"}, {"tingling"}), "saddle-numbness");
    EXPECT_EQ(red_flag_in_pain({"buttock"}, {"numbness"}), "saddle-numbness");
    EXPECT_EQ(red_flag_in_pain({"left-buttock", "right-buttock"}, {"tingling"}), "saddle-numbness");
    EXPECT_EQ(red_flag_in_pain({"left-buttock"}, {"numbness"}), "") << "one side: sciatica";
    EXPECT_EQ(red_flag_in_pain({"groin"}, {"aching"}), "");
    EXPECT_EQ(red_flag_in_pain({"groin"}, {}), "");
    EXPECT_EQ(red_flag_in_pain({"thigh", "left-leg"}, {"numbness"}), "");
    EXPECT_EQ(red_flag_in_pain({}, {"numbness"}), "");
}
