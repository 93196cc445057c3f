#include "core/suggest.h"

#include <gtest/gtest.h>

using namespace relief;

using Words = std::vector<std::string>;

TEST(Suggest, NormaliseLowersTrimsAndJoinsWithHyphens) {
    EXPECT_EQ(normalise_term("  Lower Back "), "lower-back");
    EXPECT_EQ(normalise_term("cant_stay_awake"), "cant-stay-awake");
    EXPECT_EQ(normalise_term("Can't stay awake"), "cant-stay-awake");
    EXPECT_EQ(normalise_term("Can\u2019t stay awake"), "cant-stay-awake");
    EXPECT_EQ(normalise_term("\u2018quoted\u2019"), "quoted");
    EXPECT_EQ(normalise_term("lower \t back"), "lower-back");
    EXPECT_EQ(normalise_term("a - _ b"), "a-b");
    EXPECT_EQ(normalise_term("a--b"), "a-b");
    EXPECT_EQ(normalise_term("-neck-"), "neck");
    EXPECT_EQ(normalise_term("ROBAXIN-750"), "robaxin-750");
}

TEST(Suggest, NormaliseOfNothingIsEmpty) {
    EXPECT_EQ(normalise_term(""), "");
    EXPECT_EQ(normalise_term("   "), "");
    EXPECT_EQ(normalise_term(" ' _ - "), "");
}

TEST(Suggest, NormaliseLeavesNonAsciiBytesAlone) {
    EXPECT_EQ(normalise_term("Caf\u00e9"), "caf\u00e9");
    EXPECT_EQ(normalise_term("\u00c9"), "\u00c9");
}

TEST(Suggest, EditDistanceCountsInsertionsDeletionsAndSubstitutions) {
    EXPECT_EQ(edit_distance("", ""), 0u);
    EXPECT_EQ(edit_distance("abc", ""), 3u);
    EXPECT_EQ(edit_distance("", "abc"), 3u);
    EXPECT_EQ(edit_distance("same", "same"), 0u);
    EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
    EXPECT_EQ(edit_distance("sitting", "kitten"), 3u);
    EXPECT_EQ(edit_distance("flaw", "lawn"), 2u);
    EXPECT_EQ(edit_distance("drowsyness", "drowsiness"), 1u);
    EXPECT_EQ(edit_distance("baclofn", "baclofen"), 1u);
}

TEST(Suggest, ClosestAllowsAThirdOfTheWordAndAtLeastOne) {
    // "calf" has 4 letters: one edit is allowed, two are not.
    EXPECT_EQ(closest("calf", {"half", "ha"}), Words{"half"});
    EXPECT_TRUE(closest("calf", {"hale"}).empty());
    // Short words still get one edit.
    EXPECT_EQ(closest("ab", {"ac", "xy"}), Words{"ac"});
    // Six letters allow two edits, not three.
    EXPECT_EQ(closest("abcdef", {"abcdxy"}), Words{"abcdxy"});
    EXPECT_TRUE(closest("abcdef", {"abcxyz"}).empty());
}

TEST(Suggest, ClosestCountsPrefixesOfFourLettersOrMore) {
    EXPECT_EQ(closest("head", {"headache"}), Words{"headache"});
    EXPECT_TRUE(closest("dry", {"dry-mouth"}).empty());
}

TEST(Suggest, ClosestComparesNormalisedForms) {
    EXPECT_EQ(closest("Dry Mouth", {"dry-mouth"}), Words{"dry-mouth"});
    EXPECT_EQ(closest("flexerl", {"Flexeril"}), Words{"Flexeril"});
}

TEST(Suggest, ClosestOrdersNearestFirstThenAlphabetically) {
    const Words candidates{"heats", "heat", "beat", "meat", "hat"};
    EXPECT_EQ(closest("heat", candidates, 10), (Words{"heat", "beat", "hat", "heats", "meat"}));
}

TEST(Suggest, ClosestRespectsTheLimitAndDropsDuplicates) {
    const Words candidates{"beat", "meat", "seat", "feat"};
    EXPECT_EQ(closest("heat", candidates), (Words{"beat", "feat", "meat"}));
    EXPECT_EQ(closest("heat", candidates, 1), Words{"beat"});
    EXPECT_TRUE(closest("heat", candidates, 0).empty());
    EXPECT_EQ(closest("heat", {"Heat", "heat", "HEAT"}, 5).size(), 1u);
}

TEST(Suggest, ClosestOfNothingIsNothing) {
    EXPECT_TRUE(closest("", {"a", "b"}).empty());
    EXPECT_TRUE(closest("  ", {"a", "b"}).empty());
    EXPECT_TRUE(closest("heat", {}).empty());
}

TEST(Suggest, JoinChoicesQuotesAndJoins) {
    EXPECT_EQ(join_choices({}), "");
    EXPECT_EQ(join_choices({"a"}), "'a'");
    EXPECT_EQ(join_choices({"a", "b"}), "'a' or 'b'");
    EXPECT_EQ(join_choices({"a", "b", "c"}), "'a', 'b' or 'c'");
    EXPECT_EQ(join_choices({"a", "b", "c", "d"}, "and"), "'a', 'b', 'c' and 'd'");
}

TEST(Suggest, SwappedNeighboursCostOneEdit) {
    EXPECT_EQ(relief::edit_distance("lgo", "log"), 1u);
    EXPECT_EQ(relief::edit_distance("baclofne", "baclofen"), 1u);
    EXPECT_EQ(relief::closest("lgo", {"log", "med", "day"}, 1), std::vector<std::string>{"log"});
}
