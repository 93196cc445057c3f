#include "core/catalogue.h"
#include "core/errors.h"
#include "core/suggest.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <stdexcept>

using namespace relief;

namespace {

const Catalogue& standard() {
    return Catalogue::standard();
}

const Drug& drug(std::string_view ingredient) {
    const Drug* d = standard().find_ingredient(ingredient);
    if (d == nullptr) throw std::logic_error("no " + std::string(ingredient) + " in catalogue");
    return *d;
}

const DailyMaximum& maximum(std::string_view ingredient) {
    const auto& d = drug(ingredient);
    if (!d.maximum) throw std::logic_error("no maximum for " + std::string(ingredient));
    return *d.maximum;
}

// Single ingredients of a class; combination products have their parts' classes.
std::set<std::string_view> ingredients_with(DrugClass c) {
    std::set<std::string_view> out;
    for (const auto& d : standard().drugs())
        if (d.classes.has(c) && !d.is_combination()) out.insert(d.ingredient);
    return out;
}

bool contains(const std::vector<std::string>& words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

TEST(Catalogue, BrandLeadsToIngredientAndForm) {
    const auto flexeril = standard().lookup("Flexeril");
    ASSERT_TRUE(flexeril.has_value());
    EXPECT_EQ(flexeril->drug->ingredient, "cyclobenzaprine");
    EXPECT_EQ(flexeril->form, DoseForm::immediate);
    EXPECT_EQ(flexeril->brand, "Flexeril");

    const auto amrix = standard().lookup("Amrix");
    ASSERT_TRUE(amrix.has_value());
    EXPECT_EQ(amrix->drug, flexeril->drug);
    EXPECT_EQ(amrix->form, DoseForm::extended_release);
}

TEST(Catalogue, LookupIgnoresCaseSpacingAndSeparators) {
    for (const char* name : {"FLEXERIL", "flexeril", "  Flexeril "}) {
        const auto m = standard().lookup(name);
        ASSERT_TRUE(m.has_value()) << name;
        EXPECT_EQ(m->drug->ingredient, "cyclobenzaprine") << name;
    }
    for (const char* name : {"Parafon Forte", "parafon-forte", "PARAFON_FORTE"}) {
        const auto m = standard().lookup(name);
        ASSERT_TRUE(m.has_value()) << name;
        EXPECT_EQ(m->drug->ingredient, "chlorzoxazone") << name;
        EXPECT_EQ(m->brand, "Parafon Forte");
    }
}

TEST(Catalogue, IngredientLookupHasNoBrand) {
    const auto m = standard().lookup("Baclofen");
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(m->drug->ingredient, "baclofen");
    EXPECT_TRUE(m->brand.empty());
    EXPECT_EQ(m->form, DoseForm::immediate);
}

TEST(Catalogue, OtherNamesForTheSameIngredient) {
    EXPECT_EQ(standard().lookup("paracetamol")->drug->ingredient, "acetaminophen");
    EXPECT_EQ(standard().lookup("Salbutamol")->drug->ingredient, "albuterol");
    EXPECT_EQ(standard().lookup("Soma")->drug->ingredient, "carisoprodol");
    EXPECT_EQ(standard().lookup("Ultram")->drug->ingredient, "tramadol");
    EXPECT_EQ(standard().lookup("ethinyl estradiol")->drug->ingredient, "ethinyl estradiol");
}

TEST(Catalogue, UnknownNamesAreNotFound) {
    EXPECT_FALSE(standard().lookup("mysteriol").has_value());
    EXPECT_FALSE(standard().lookup("").has_value());
    EXPECT_FALSE(standard().lookup("   ").has_value());
    EXPECT_FALSE(standard().lookup("baclofn").has_value());
}

TEST(Catalogue, SuggestionsOfferCloseNames) {
    EXPECT_TRUE(contains(standard().suggestions("cyclobenzaprin"), "cyclobenzaprine"));
    EXPECT_TRUE(contains(standard().suggestions("baclofn"), "baclofen"));
    EXPECT_TRUE(contains(standard().suggestions("Flexerl"), "Flexeril"));
    EXPECT_TRUE(contains(standard().suggestions("tizanadine"), "tizanidine"));
    EXPECT_TRUE(standard().suggestions("zzzzzzzz").empty());
    EXPECT_LE(standard().suggestions("cyclo").size(), 3u);
}

TEST(Catalogue, FindIngredientIsExact) {
    EXPECT_NE(standard().find_ingredient("baclofen"), nullptr);
    EXPECT_EQ(standard().find_ingredient("Baclofen"), nullptr);
    EXPECT_EQ(standard().find_ingredient("Lioresal"), nullptr);
    EXPECT_EQ(standard().find_ingredient(""), nullptr);
}

TEST(Catalogue, MaximaFromTheRulesTable) {
    EXPECT_EQ(maximum("cyclobenzaprine").daily, Amount::milligrams(30));
    EXPECT_EQ(maximum("carisoprodol").daily, Amount::milligrams(1400));
    EXPECT_EQ(maximum("metaxalone").daily, Amount::milligrams(3200));
    EXPECT_EQ(maximum("orphenadrine").daily, Amount::milligrams(200));
    EXPECT_EQ(maximum("chlorzoxazone").daily, Amount::milligrams(3000));
    EXPECT_EQ(maximum("baclofen").daily, Amount::milligrams(80));
    EXPECT_EQ(maximum("dantrolene").daily, Amount::milligrams(400));
    EXPECT_EQ(maximum("ibuprofen").daily, Amount::milligrams(3200));
    EXPECT_EQ(maximum("naproxen").daily, Amount::milligrams(1500));
}

TEST(Catalogue, MethocarbamolAllowsMoreOnTheFirstThreeDays) {
    const auto& m = maximum("methocarbamol");
    EXPECT_EQ(m.initial, Amount::milligrams(8000));
    EXPECT_EQ(m.initial_days, 3);
    EXPECT_EQ(m.daily, Amount::milligrams(4500));
    EXPECT_EQ(maximum("cyclobenzaprine").initial_days, 0);
    EXPECT_EQ(maximum("cyclobenzaprine").initial, Amount{});
}

TEST(Catalogue, AcetaminophenWarnsAt3000AndIsUrgentAbove4000) {
    const auto& m = maximum("acetaminophen");
    EXPECT_EQ(m.daily, Amount::milligrams(3000));
    EXPECT_EQ(m.urgent, Amount::milligrams(4000));
    // Others use the default of 1.5 x daily, marked by zero.
    EXPECT_EQ(maximum("cyclobenzaprine").urgent, Amount{});
}

TEST(Catalogue, TizanidineLimitsDosesPerDay) {
    EXPECT_EQ(maximum("tizanidine").daily, Amount::milligrams(36));
    EXPECT_EQ(maximum("tizanidine").max_doses_per_day, 3);
    EXPECT_EQ(maximum("baclofen").max_doses_per_day, 0);
}

TEST(Catalogue, DrugsWithoutALabelMaximum) {
    for (const char* ingredient : {"diazepam", "gabapentin", "oxycodone", "sertraline"})
        EXPECT_FALSE(drug(ingredient).maximum.has_value()) << ingredient;
}

TEST(Catalogue, EveryDrugAndMaximumCitesASource) {
    for (const auto& d : standard().drugs()) {
        EXPECT_FALSE(d.sources.empty()) << d.ingredient;
        for (auto s : d.sources) EXPECT_FALSE(s.empty()) << d.ingredient;
        if (d.maximum) {
            EXPECT_FALSE(d.maximum->source.empty()) << d.ingredient;
            // A maximum is cited in alerts: a published label or article, never our own spec.
            EXPECT_EQ(d.maximum->source.find("RULES.md"), std::string_view::npos) << d.ingredient;
            EXPECT_GT(d.maximum->daily, Amount{}) << d.ingredient;
        }
        EXPECT_FALSE(d.classes.empty()) << d.ingredient;
    }
}

TEST(Catalogue, NamesAreUniqueAcrossIngredientsAndBrands) {
    std::set<std::string> seen;
    std::size_t count = 0;
    for (const auto& d : standard().drugs()) {
        EXPECT_TRUE(seen.insert(normalise_term(d.ingredient)).second) << d.ingredient;
        ++count;
        for (const auto& b : d.brands) {
            EXPECT_TRUE(seen.insert(normalise_term(b.name)).second) << b.name;
            ++count;
        }
    }
    EXPECT_EQ(seen.size(), count);
}

TEST(Catalogue, EveryNameLeadsBackToItsDrug) {
    for (const auto& d : standard().drugs()) {
        EXPECT_EQ(standard().find_ingredient(d.ingredient), &d);
        EXPECT_EQ(standard().lookup(d.ingredient)->drug, &d) << d.ingredient;
        for (const auto& b : d.brands) {
            const auto m = standard().lookup(b.name);
            ASSERT_TRUE(m.has_value()) << b.name;
            EXPECT_EQ(m->drug, &d) << b.name;
            EXPECT_EQ(m->form, b.form) << b.name;
        }
    }
}

TEST(Catalogue, EveryDrugTheRulesNameIsPresent) {
    for (const char* ingredient :
         {"cyclobenzaprine", "carisoprodol",    "metaxalone",    "methocarbamol", "orphenadrine",
          "chlorzoxazone",   "baclofen",        "tizanidine",    "dantrolene",    "diazepam",
          "acetaminophen",   "ibuprofen",       "naproxen",      "diclofenac",    "celecoxib",
          "gabapentin",      "pregabalin",      "amitriptyline", "nortriptyline", "oxycodone",
          "hydrocodone",     "tramadol",        "morphine",      "codeine",       "lorazepam",
          "alprazolam",      "clonazepam",      "zolpidem",      "fluvoxamine",   "ciprofloxacin",
          "phenelzine",      "tranylcypromine", "isocarboxazid", "selegiline",    "rasagiline",
          "linezolid",       "bupropion"})
        EXPECT_NE(standard().find_ingredient(ingredient), nullptr) << ingredient;
}

TEST(Catalogue, AcuteAntispasmodicsAreExactlyTheSix) {
    const std::set<std::string_view> six{"cyclobenzaprine", "carisoprodol", "metaxalone",
                                         "methocarbamol",   "orphenadrine", "chlorzoxazone"};
    EXPECT_EQ(ingredients_with(DrugClass::acute), six);
    for (auto i : six) EXPECT_TRUE(drug(i).classes.has(DrugClass::antispasmodic)) << i;
}

TEST(Catalogue, MuscleRelaxantClasses) {
    using enum DrugClass;
    const auto& cyclo = drug("cyclobenzaprine").classes;
    EXPECT_TRUE(cyclo.has(tca_like));
    EXPECT_FALSE(cyclo.has(chronic));
    EXPECT_TRUE(drug("carisoprodol").classes.has(schedule_iv));
    EXPECT_FALSE(drug("metaxalone").classes.has(schedule_iv));
    EXPECT_EQ(drug("baclofen").classes,
              (ClassSet{muscle_relaxant, antispastic, chronic, cns_depressant}));
    EXPECT_EQ(drug("tizanidine").classes,
              (ClassSet{muscle_relaxant, antispasmodic, antispastic, chronic, cns_depressant}));
    EXPECT_EQ(ingredients_with(tca_like), std::set<std::string_view>{"cyclobenzaprine"});
    for (auto i : ingredients_with(muscle_relaxant))
        EXPECT_TRUE(drug(i).classes.has(cns_depressant)) << i;
}

TEST(Catalogue, CnsDepressantsForTheInteractionRule) {
    using enum DrugClass;
    for (auto c : {opioid, benzodiazepine, sedative, gabapentinoid})
        for (auto i : ingredients_with(c)) EXPECT_TRUE(drug(i).classes.has(cns_depressant)) << i;
    EXPECT_EQ(ingredients_with(benzodiazepine),
              (std::set<std::string_view>{"diazepam", "lorazepam", "alprazolam", "clonazepam"}));
    EXPECT_TRUE(drug("diazepam").classes.has(antispastic));
    EXPECT_TRUE(drug("zolpidem").classes.has(sedative));
    EXPECT_FALSE(drug("zolpidem").classes.has(benzodiazepine));
    EXPECT_EQ(ingredients_with(opioid),
              (std::set<std::string_view>{"oxycodone", "hydrocodone", "tramadol", "morphine",
                                          "codeine"}));
    EXPECT_FALSE(drug("acetaminophen").classes.has(cns_depressant));
}

TEST(Catalogue, SerotonergicDrugsForTheSerotoninRule) {
    using enum DrugClass;
    const std::set<std::string_view> expected{"amitriptyline", "nortriptyline", "tramadol",
                                              "fluvoxamine",   "sertraline",    "fluoxetine",
                                              "paroxetine",    "citalopram",    "escitalopram",
                                              "duloxetine",    "venlafaxine",   "bupropion"};
    EXPECT_EQ(ingredients_with(serotonergic), expected);
    EXPECT_TRUE(drug("tramadol").classes.has(opioid));
    EXPECT_TRUE(drug("duloxetine").classes.has(snri));
    EXPECT_TRUE(drug("sertraline").classes.has(ssri));
}

TEST(Catalogue, Cyp1a2InhibitorsForTizanidine) {
    using enum DrugClass;
    EXPECT_EQ(ingredients_with(cyp1a2_strong_inhibitor),
              (std::set<std::string_view>{"fluvoxamine", "ciprofloxacin"}));
    EXPECT_TRUE(drug("fluvoxamine").classes.has(ssri));
    for (auto i : {"cimetidine", "famotidine", "amiodarone", "mexiletine", "propafenone",
                   "verapamil", "acyclovir", "ticlopidine", "zileuton"}) {
        EXPECT_TRUE(drug(i).classes.has(cyp1a2_inhibitor)) << i;
        EXPECT_FALSE(drug(i).classes.has(cyp1a2_strong_inhibitor)) << i;
    }
}

TEST(Catalogue, MaoisForTheCyclobenzaprineRule) {
    EXPECT_EQ(ingredients_with(DrugClass::maoi),
              (std::set<std::string_view>{"phenelzine", "tranylcypromine", "isocarboxazid",
                                          "selegiline", "rasagiline", "linezolid"}));
}

TEST(Catalogue, PainMedicinesAndCrampCulprits) {
    using enum DrugClass;
    EXPECT_EQ(ingredients_with(nsaid),
              (std::set<std::string_view>{"ibuprofen", "naproxen", "diclofenac", "celecoxib", "aspirin"}));
    for (auto i : ingredients_with(nsaid)) EXPECT_TRUE(drug(i).classes.has(analgesic)) << i;
    EXPECT_TRUE(drug("acetaminophen").classes.has(analgesic));
    EXPECT_FALSE(drug("oxycodone").classes.has(analgesic));
    EXPECT_EQ(ingredients_with(diuretic).size(), 5u);
    EXPECT_TRUE(drug("furosemide").classes.has(diuretic));
    EXPECT_EQ(ingredients_with(statin).size(), 4u);
    EXPECT_EQ(ingredients_with(beta_agonist),
              (std::set<std::string_view>{"albuterol", "salmeterol"}));
}

TEST(Catalogue, ConstructorRefusesSharedNames) {
    const Drug a{.ingredient = "alpha",
                 .brands = {{"Alfa", DoseForm::immediate}},
                 .classes = {DrugClass::other},
                 .maximum = std::nullopt,
                 .sources = {"test"}};
    Drug b = a;
    b.ingredient = "beta";
    EXPECT_THROW(Catalogue({a, b}), std::invalid_argument);
    b.brands = {{"ALPHA", DoseForm::immediate}};
    EXPECT_THROW(Catalogue({a, b}), std::invalid_argument);
    b.brands = {{"Beeta", DoseForm::extended_release}};
    const Catalogue small({a, b});
    EXPECT_EQ(small.drugs().size(), 2u);
    EXPECT_EQ(small.lookup("beeta")->form, DoseForm::extended_release);
    EXPECT_EQ(small.lookup("beeta")->drug->ingredient, "beta");
}

// ---- Combination products ----

TEST(Catalogue, CombinationProductsListTheirIngredientsPerUnit) {
    struct Expected {
        const char* brand;
        const char* unit;
        std::vector<std::pair<const char*, std::int64_t>> parts_ug;
    };
    const std::vector<Expected> products{
        {"Percocet", "tablet", {{"oxycodone", 5'000}, {"acetaminophen", 325'000}}},
        {"Norco", "tablet", {{"hydrocodone", 5'000}, {"acetaminophen", 325'000}}},
        {"Vicodin", "tablet", {{"hydrocodone", 5'000}, {"acetaminophen", 300'000}}},
        {"NyQuil", "capsule", {{"acetaminophen", 325'000}, {"dextromethorphan", 15'000}, {"doxylamine", 6'250}}},
        {"Tylenol PM", "caplet", {{"acetaminophen", 500'000}, {"diphenhydramine", 25'000}}},
        {"Excedrin Extra Strength", "tablet", {{"acetaminophen", 250'000}, {"aspirin", 250'000}, {"caffeine", 65'000}}},
        {"Ultracet", "tablet", {{"tramadol", 37'500}, {"acetaminophen", 325'000}}},
        {"Tylenol #3", "tablet", {{"acetaminophen", 300'000}, {"codeine", 30'000}}},
    };
    for (const auto& p : products) {
        const auto m = standard().lookup(p.brand);
        ASSERT_TRUE(m.has_value()) << p.brand;
        const Drug& d = *m->drug;
        EXPECT_TRUE(d.is_combination()) << p.brand;
        EXPECT_EQ(d.unit, p.unit) << p.brand;
        ASSERT_EQ(d.parts.size(), p.parts_ug.size()) << p.brand;
        for (std::size_t i = 0; i < d.parts.size(); ++i) {
            EXPECT_EQ(d.parts[i].ingredient, p.parts_ug[i].first) << p.brand;
            EXPECT_EQ(d.parts[i].per_unit.in_micrograms(), p.parts_ug[i].second) << p.brand;
        }
        EXPECT_FALSE(d.maximum.has_value()) << p.brand << ": each ingredient has its own";
    }
    EXPECT_EQ(standard().lookup("Tylenol")->drug->ingredient, "acetaminophen");
    EXPECT_EQ(standard().lookup("tylenol pm")->drug->ingredient, "acetaminophen/diphenhydramine 500/25 mg");
}

TEST(Catalogue, ACombinationHasTheClassesOfEveryIngredient) {
    const Drug& percocet = *standard().lookup("Percocet")->drug;
    EXPECT_TRUE(percocet.classes.has(DrugClass::opioid));
    EXPECT_TRUE(percocet.classes.has(DrugClass::cns_depressant));
    EXPECT_TRUE(percocet.classes.has(DrugClass::analgesic));
    for (const char* sleepy : {"Tylenol PM", "NyQuil"}) {
        const Drug& d = *standard().lookup(sleepy)->drug;
        EXPECT_TRUE(d.classes.has(DrugClass::sedative)) << sleepy;
        EXPECT_TRUE(d.classes.has(DrugClass::cns_depressant)) << sleepy;
    }
    EXPECT_TRUE(standard().lookup("Ultracet")->drug->classes.has(DrugClass::serotonergic));
    EXPECT_TRUE(standard().lookup("Excedrin")->drug->classes.has(DrugClass::nsaid));
    EXPECT_FALSE(standard().lookup("Excedrin")->drug->classes.has(DrugClass::opioid));
}

TEST(Catalogue, APartMustBeAKnownSingleIngredient) {
    Drug combo{.ingredient = "mystery/acetaminophen",
               .brands = {},
               .classes = {},
               .maximum = std::nullopt,
               .sources = {},
               .parts = {{"mystery", Amount::milligrams(1)}, {"acetaminophen", Amount::milligrams(325)}},
               .unit = "tablet"};
    Drug apap{.ingredient = "acetaminophen", .brands = {}, .classes = {}, .maximum = std::nullopt, .sources = {}};
    EXPECT_THROW(Catalogue({apap, combo}), std::invalid_argument);
}

TEST(Catalogue, IngredientsOfADoseAreInProportionToTheFirstPart) {
    const Drug* percocet = standard().lookup("Percocet")->drug;
    const auto two = ingredients_in(percocet, std::string(percocet->ingredient), Amount::milligrams(10));
    ASSERT_EQ(two.size(), 2u);
    EXPECT_EQ(two[0], (IngredientAmount{"oxycodone", Amount::milligrams(10)}));
    EXPECT_EQ(two[1], (IngredientAmount{"acetaminophen", Amount::milligrams(650)}));

    const Drug* nyquil = standard().lookup("NyQuil")->drug;
    const auto half = ingredients_in(nyquil, std::string(nyquil->ingredient), Amount::micrograms(162'500));
    EXPECT_EQ(half[2], (IngredientAmount{"doxylamine", Amount::micrograms(3'125)}));

    const Drug* tylenol = &drug("acetaminophen");
    EXPECT_EQ(ingredients_in(tylenol, "acetaminophen", Amount::milligrams(500)),
              (std::vector<IngredientAmount>{{"acetaminophen", Amount::milligrams(500)}}));
    EXPECT_EQ(ingredients_in(nullptr, "mystery-rub", Amount::milligrams(5)),
              (std::vector<IngredientAmount>{{"mystery-rub", Amount::milligrams(5)}}));
}

TEST(Catalogue, ACombinationDoseIsACountOfUnitsOrTheFirstIngredientsMass) {
    const Drug* percocet = standard().lookup("Percocet")->drug;
    EXPECT_EQ(parse_dose(percocet, "1 tablet", "amount"), Amount::milligrams(5));
    EXPECT_EQ(parse_dose(percocet, "2 tablets", "amount"), Amount::milligrams(10));
    EXPECT_EQ(parse_dose(percocet, "2", "amount"), Amount::milligrams(10));
    EXPECT_EQ(parse_dose(percocet, " 1.5 Tabs ", "amount"), Amount::micrograms(7'500));
    EXPECT_EQ(parse_dose(percocet, "0.5 pill", "amount"), Amount::micrograms(2'500));
    EXPECT_EQ(parse_dose(percocet, "10mg", "amount"), Amount::milligrams(10));
    EXPECT_EQ(parse_dose(standard().lookup("Ultracet")->drug, "0.25", "amount"), Amount::micrograms(9'375));
    EXPECT_EQ(parse_dose(standard().lookup("NyQuil")->drug, "2 capsules", "amount"), Amount::milligrams(650));

    for (const char* bad : {"0", "0.3", "21", "1.125", "2 spoons", "tablet", "-1", "", "7mg"})
        EXPECT_THROW(parse_dose(percocet, bad, "amount"), InputError) << bad;
    // The acetaminophen in one tablet is not read as 65 tablets of oxycodone.
    try {
        parse_dose(percocet, "325mg", "amount");
        FAIL() << "325mg accepted";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("325 mg of oxycodone would be 65 tablets"), std::string::npos)
            << e.what();
        EXPECT_NE(std::string(e.what()).find("oxycodone 5 mg + acetaminophen 325 mg"), std::string::npos) << e.what();
    }
    // A single-ingredient drug takes amounts with a unit only.
    EXPECT_EQ(parse_dose(&drug("acetaminophen"), "500mg", "amount"), Amount::milligrams(500));
    EXPECT_THROW(parse_dose(&drug("acetaminophen"), "2", "amount"), InputError);
    EXPECT_THROW(parse_dose(&drug("acetaminophen"), "2 tablets", "amount"), InputError);
}

TEST(Catalogue, UnitsTextCountsTheUnitsOfADose) {
    const Drug& percocet = *standard().lookup("Percocet")->drug;
    EXPECT_EQ(units_text(percocet, Amount::milligrams(5)), "1 tablet");
    EXPECT_EQ(units_text(percocet, Amount::milligrams(20)), "4 tablets");
    EXPECT_EQ(units_text(percocet, Amount::micrograms(2'500)), "0.5 tablet");
    EXPECT_EQ(units_text(percocet, Amount::micrograms(7'500)), "1.5 tablets");
    EXPECT_EQ(units_text(percocet, Amount::milligrams(7)), "about 1.40 tablets");
    EXPECT_EQ(units_text(*standard().lookup("Tylenol PM")->drug, Amount::milligrams(1000)), "2 caplets");
    EXPECT_EQ(units_text(drug("acetaminophen"), Amount::milligrams(500)), "");
    EXPECT_EQ(unit_contents_text(percocet), "oxycodone 5 mg + acetaminophen 325 mg");
}
