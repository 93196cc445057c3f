#include "core/catalogue.h"
#include "core/drug_class.h"
#include "core/errors.h"
#include "core/suggest.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace relief;

namespace {

std::vector<DrugClass> all_classes() {
    std::vector<DrugClass> out;
    for (unsigned i = 0; i <= static_cast<unsigned>(DrugClass::other); ++i)
        out.push_back(static_cast<DrugClass>(i));
    return out;
}

bool is_choosable(DrugClass c) {
    const auto& choosable = choosable_classes();
    return std::find(choosable.begin(), choosable.end(), c) != choosable.end();
}

}  // namespace

TEST(DrugClass, NamesAreKebabCase) {
    EXPECT_EQ(class_name(DrugClass::muscle_relaxant), "muscle-relaxant");
    EXPECT_EQ(class_name(DrugClass::cyp1a2_strong_inhibitor), "cyp1a2-strong-inhibitor");
    EXPECT_EQ(class_name(DrugClass::cns_depressant), "cns-depressant");
    EXPECT_EQ(class_name(DrugClass::tca_like), "tca-like");
    EXPECT_EQ(class_name(DrugClass::schedule_iv), "schedule-iv");
    EXPECT_EQ(class_name(DrugClass::beta_agonist), "beta-agonist");
    EXPECT_EQ(class_name(DrugClass::other), "other");
}

TEST(DrugClass, EveryNameRoundTripsAndIsUnique) {
    std::set<std::string_view> seen;
    for (auto c : all_classes()) {
        const auto name = class_name(c);
        EXPECT_EQ(normalise_term(name), name);
        EXPECT_TRUE(seen.insert(name).second) << name;
        ASSERT_TRUE(find_class(name).has_value()) << name;
        EXPECT_EQ(*find_class(name), c) << name;
    }
}

TEST(DrugClass, FindClassNormalisesInput) {
    EXPECT_EQ(find_class("Muscle Relaxant"), DrugClass::muscle_relaxant);
    EXPECT_EQ(find_class("NSAID"), DrugClass::nsaid);
    EXPECT_EQ(find_class("cns_depressant"), DrugClass::cns_depressant);
    EXPECT_FALSE(find_class("nonsense").has_value());
    EXPECT_FALSE(find_class("").has_value());
}

TEST(DrugClass, MembersComeInEnumOrder) {
    const ClassSet set{DrugClass::cns_depressant, DrugClass::opioid, DrugClass::muscle_relaxant};
    EXPECT_EQ(set.members(), (std::vector<DrugClass>{DrugClass::muscle_relaxant, DrugClass::opioid,
                                                     DrugClass::cns_depressant}));
    EXPECT_TRUE(ClassSet{}.members().empty());
    EXPECT_EQ(ClassSet{DrugClass::other}.members(), std::vector<DrugClass>{DrugClass::other});

    ClassSet everything;
    for (auto c : all_classes()) everything.add(c);
    EXPECT_EQ(everything.members(), all_classes());
}

TEST(DrugClass, ChoosableClassesAreThoseAPersonCanJudge) {
    using enum DrugClass;
    const std::vector<DrugClass> expected{
        muscle_relaxant,  antispastic,   analgesic, nsaid,        opioid, benzodiazepine,
        sedative,         gabapentinoid, tricyclic, ssri,         snri,   maoi,
        cyp1a2_inhibitor, diuretic,      statin,    beta_agonist, other,
    };
    EXPECT_EQ(choosable_classes(), expected);
    // Derived properties are for the catalogue to assign, not for a person to pick.
    for (auto c : {cns_depressant, serotonergic, acute, chronic, tca_like, schedule_iv,
                   cyp1a2_strong_inhibitor, antispasmodic})
        EXPECT_FALSE(is_choosable(c)) << class_name(c);
}

TEST(DrugClass, ImpliedClassesAddWhatTheRulesNeed) {
    using enum DrugClass;
    EXPECT_EQ(implied_classes(opioid), (ClassSet{opioid, cns_depressant}));
    EXPECT_EQ(implied_classes(sedative), (ClassSet{sedative, cns_depressant}));
    EXPECT_EQ(implied_classes(gabapentinoid), (ClassSet{gabapentinoid, cns_depressant}));
    EXPECT_EQ(implied_classes(muscle_relaxant), (ClassSet{muscle_relaxant, cns_depressant}));
    EXPECT_EQ(implied_classes(benzodiazepine),
              (ClassSet{benzodiazepine, sedative, cns_depressant}));
    EXPECT_EQ(implied_classes(ssri), (ClassSet{ssri, serotonergic}));
    EXPECT_EQ(implied_classes(snri), (ClassSet{snri, serotonergic}));
    EXPECT_EQ(implied_classes(tricyclic), (ClassSet{tricyclic, serotonergic}));
    EXPECT_EQ(implied_classes(nsaid), (ClassSet{nsaid, analgesic}));
    EXPECT_EQ(implied_classes(maoi), ClassSet{maoi});
    EXPECT_EQ(implied_classes(other), ClassSet{other});
    EXPECT_FALSE(implied_classes(antispastic).has(cns_depressant));
}

TEST(DrugClass, EveryChoosableClassImpliesItself) {
    for (auto c : choosable_classes()) EXPECT_TRUE(implied_classes(c).has(c)) << class_name(c);
}

TEST(DrugClass, ParseChoosableAcceptsNamesInAnyCase) {
    EXPECT_EQ(parse_choosable_class("opioid"), DrugClass::opioid);
    EXPECT_EQ(parse_choosable_class("Beta Agonist"), DrugClass::beta_agonist);
    EXPECT_EQ(parse_choosable_class("CYP1A2_inhibitor"), DrugClass::cyp1a2_inhibitor);
    for (auto c : choosable_classes()) EXPECT_EQ(parse_choosable_class(class_name(c)), c);
}

TEST(DrugClass, ParseChoosableRefusesTyposWithSuggestions) {
    try {
        parse_choosable_class("opiod");
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "drug class");
        EXPECT_EQ(e.value(), "opiod");
        const std::string what = e.what();
        EXPECT_NE(what.find("drug class"), std::string::npos) << what;
        EXPECT_NE(what.find("'opiod'"), std::string::npos) << what;
        EXPECT_NE(what.find("did you mean 'opioid'?"), std::string::npos) << what;
        EXPECT_NE(what.find("'muscle-relaxant'"), std::string::npos) << what;
        EXPECT_NE(what.find("or 'other'"), std::string::npos) << what;
    }
}

TEST(DrugClass, ParseChoosableRefusesDerivedAndEmptyClasses) {
    EXPECT_THROW(parse_choosable_class("cns-depressant"), InputError);
    EXPECT_THROW(parse_choosable_class("cyp1a2-strong-inhibitor"), InputError);
    EXPECT_THROW(parse_choosable_class(""), InputError);
    try {
        parse_choosable_class("xyzzy");
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_EQ(std::string(e.what()).find("did you mean"), std::string::npos);
    }
}

TEST(DrugClass, EveryChoosableClassHasPlainWordsThatAreNotItsId) {
    std::set<std::string> seen;  // class_words gives a translated copy
    for (auto c : choosable_classes()) {
        const auto words = class_words(c);
        EXPECT_FALSE(words.empty()) << class_name(c);
        EXPECT_NE(words, class_name(c));
        // Not the id with its hyphens turned into spaces either: "muscle relaxant" alone would
        // say no more than the id does.
        EXPECT_NE(normalise_term(words), class_name(c)) << words;
        EXPECT_TRUE(seen.insert(words).second) << "two classes read the same: " << words;
    }
}

TEST(DrugClass, WordsSayWhatTheMedicinesAreFor) {
    using enum DrugClass;
    EXPECT_EQ(class_words(diuretic), "water pill (diuretic)");
    EXPECT_EQ(class_words(opioid), "opioid pain medicine");
    EXPECT_EQ(class_words(statin), "cholesterol medicine (statin)");
    EXPECT_EQ(class_words(cyp1a2_inhibitor), "medicine that raises tizanidine levels (CYP1A2 inhibitor)");
    EXPECT_EQ(class_words(other), "another kind of medicine (other)");
    // Every catalogue example named in the words is a drug of that class.
    EXPECT_TRUE(Catalogue::standard().find_ingredient("gabapentin")->classes.has(gabapentinoid));
    EXPECT_TRUE(Catalogue::standard().find_ingredient("linezolid")->classes.has(maoi));
    EXPECT_TRUE(Catalogue::standard().find_ingredient("duloxetine")->classes.has(snri));
    EXPECT_TRUE(Catalogue::standard().find_ingredient("sertraline")->classes.has(ssri));
    EXPECT_TRUE(Catalogue::standard().find_ingredient("amitriptyline")->classes.has(tricyclic));
    EXPECT_TRUE(Catalogue::standard().find_ingredient("diazepam")->classes.has(benzodiazepine));
    EXPECT_TRUE(Catalogue::standard().find_ingredient("ibuprofen")->classes.has(nsaid));
    EXPECT_TRUE(Catalogue::standard().find_ingredient("acetaminophen")->classes.has(analgesic));
}

TEST(DrugClass, EveryClassHasWordsEvenIfNotChoosable) {
    for (auto c : all_classes()) EXPECT_FALSE(class_words(c).empty()) << class_name(c);
    EXPECT_EQ(class_words(DrugClass::cns_depressant), "medicine that causes drowsiness (CNS depressant)");
}
