#include "core/catalogue.h"
#include "core/rxnorm.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>

namespace relief {
namespace {

// Ingredients whose RxCUI could not be checked against a published RxNorm table
// (docs/fhir-mapping.md): they stay text-only in FHIR until someone checks one, adds it to
// core/rxnorm.cpp and removes it here. The test fails if either list lies. Every catalogue
// ingredient is checked now; a new one without a checked code goes here.
const std::set<std::string> unchecked{};

// Catalogue brands without a brand name code checked in two published tables
// (docs/fhir-mapping.md, "RxNorm brand codes"): their Medications keep the ingredient coding.
// Someone who checks one adds it to core/rxnorm.cpp and to `brand_codes` below and removes
// it here; the list must only shrink. The test fails if either list lies.
const std::set<std::string> brands_without_code{
    // found in one table only
    "Calan SR", "ConZip", "Delsym", "Ecotrin", "Effexor XR", "Endocet", "Excedrin", "Excedrin Migraine", "Fexmid",
    "Lorzone", "Norco", "Panadol", "Percocet", "Robaxin-750", "Tylenol PM", "Tylenol with Codeine", "Ultracet",
    "Wellbutrin XL", "Xanax XR",
    // under exactly this name in neither table (they name a variant, such as "Tylenol with
    // Codeine #3", "Nyquil Liquicap", "ProAir HFA" or "Parafon Forte DSC", or nothing)
    "Ambien CR", "Bayer", "Excedrin Extra Strength", "Hysingla ER", "Lyrica CR", "NoDoz", "Nurofen", "NyQuil",
    "NyQuil LiquiCaps", "Ozobax", "Parafon Forte", "ProAir", "Soaanz", "Tylenol #3", "Tylenol 3", "Unisom SleepTabs",
    "Vicks NyQuil", "Zohydro ER",
};

// Names the catalogue lists with the brands so that they find their ingredient, but which
// are other names of the ingredient, not brands.
const std::set<std::string> not_brands{"paracetamol", "salbutamol"};

// Every checked brand name code, as docs/fhir-mapping.md lists it.
const std::map<std::string, std::string> brand_codes{
    {"Advil", "153010"},
    {"Aleve", "215101"},
    {"Ambien", "131725"},
    {"Amrix", "725085"},
    {"Ativan", "202479"},
    {"Azilect", "635985"},
    {"Benadryl", "203457"},
    {"Bumex", "203538"},
    {"Calan", "203490"},
    {"Cataflam", "215916"},
    {"Celebrex", "215927"},
    {"Celexa", "215928"},
    {"Cipro", "203563"},
    {"Cordarone", "203588"},
    {"Crestor", "320864"},
    {"Cymbalta", "482574"},
    {"Dantrium", "3104"},
    {"Demadex", "71974"},
    {"Effexor", "151692"},
    {"Elavil", "42940"},
    {"Eldepryl", "92571"},
    {"Emsam", "617716"},
    {"Flexeril", "224954"},
    {"Gralise", "1087976"},
    {"Klonopin", "202585"},
    {"Lasix", "202991"},
    {"Lexapro", "352741"},
    {"Lioresal", "202996"},
    {"Lipitor", "153165"},
    {"Luvox", "42687"},
    {"Lyrica", "593441"},
    {"Marplan", "152005"},
    {"Microzide", "218369"},
    {"Motrin", "202488"},
    {"MS Contin", "203354"},
    {"Naprosyn", "203012"},
    {"Nardil", "203799"},
    {"Neurontin", "196498"},
    {"Norflex", "262324"},
    {"OxyContin", "218986"},
    {"Pacerone", "219038"},
    {"Pamelor", "7866"},
    {"Parnate", "203832"},
    {"Paxil", "114228"},
    {"Pepcid", "196458"},
    {"Pravachol", "203333"},
    {"Prozac", "58827"},
    {"Robaxin", "202955"},
    {"Roxicodone", "219740"},
    {"Rythmol", "82079"},
    {"Serevent", "203159"},
    {"Skelaxin", "204315"},
    {"Soma", "204362"},
    {"Tagamet", "152402"},
    {"Thalitone", "203477"},
    {"Tylenol", "202433"},
    {"Ultram", "220606"},
    {"Valium", "202472"},
    {"Ventolin", "8887"},
    {"Vicodin", "128793"},
    {"Voltaren", "202976"},
    {"Wellbutrin", "42568"},
    {"Xanax", "202363"},
    {"Zanaflex", "153736"},
    {"Zocor", "196503"},
    {"Zoloft", "82728"},
    {"Zovirax", "152535"},
    {"Zyban", "227948"},
    {"Zyflo", "221047"},
    {"Zyvox", "261710"},
};

bool is_rxcui(std::string_view code) {
    return !code.empty() && code.size() <= 8 &&
           std::all_of(code.begin(), code.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

TEST(RxNorm, EveryCatalogueIngredientHasACheckedCodeOrIsListedAsUnchecked) {
    for (const Drug& d : Catalogue::standard().drugs()) {
        if (d.is_combination()) continue;
        const std::string name(d.ingredient);
        const auto code = rxnorm_ingredient_code(d.ingredient);
        if (unchecked.count(name)) EXPECT_TRUE(code.empty()) << name << " has a code now: remove it from the list";
        else EXPECT_TRUE(is_rxcui(code)) << name << " has no RxNorm code";
    }
}

TEST(RxNorm, EveryCombinationProductIsCodedByItsIngredients) {
    int products = 0;
    for (const Drug& d : Catalogue::standard().drugs()) {
        if (!d.is_combination()) continue;
        ++products;
        for (const Part& p : d.parts)
            EXPECT_TRUE(is_rxcui(rxnorm_ingredient_code(p.ingredient)) || unchecked.count(std::string(p.ingredient)))
                << d.ingredient;
        EXPECT_TRUE(is_rxcui(rxnorm_ingredient_code(d.parts.front().ingredient))) << d.ingredient;
    }
    EXPECT_EQ(products, 8);
}

TEST(RxNorm, TheMuscleRelaxantsAndPainRelieversHaveTheirIngredientCodes) {
    EXPECT_EQ(rxnorm_ingredient_code("cyclobenzaprine"), "21949");
    EXPECT_EQ(rxnorm_ingredient_code("baclofen"), "1292");
    EXPECT_EQ(rxnorm_ingredient_code("tizanidine"), "57258");
    EXPECT_EQ(rxnorm_ingredient_code("acetaminophen"), "161");
    EXPECT_EQ(rxnorm_ingredient_code("ibuprofen"), "5640");
    EXPECT_EQ(rxnorm_ingredient_code("Flexeril"), "");  // brands are looked up by ingredient first
}

TEST(RxNorm, TheLaterCheckedIngredientsHaveTheirIngredientCodesNotTheirSalts) {
    EXPECT_EQ(rxnorm_ingredient_code("chlorthalidone"), "2409");
    EXPECT_EQ(rxnorm_ingredient_code("dantrolene"), "3105");        // dantrolene sodium is 3106
    EXPECT_EQ(rxnorm_ingredient_code("diphenhydramine"), "3498");   // the hydrochloride is 1362
    EXPECT_EQ(rxnorm_ingredient_code("doxylamine"), "3642");        // the succinate is 23665
    EXPECT_EQ(rxnorm_ingredient_code("linezolid"), "190376");
    EXPECT_EQ(rxnorm_ingredient_code("naproxen"), "7258");          // naproxen sodium is 142442
    EXPECT_EQ(rxnorm_ingredient_code("pregabalin"), "187832");
    EXPECT_EQ(rxnorm_ingredient_code("rasagiline"), "134748");      // the mesylate is 577300
    EXPECT_EQ(rxnorm_ingredient_code("ticlopidine"), "10594");      // the hydrochloride is 97
    EXPECT_EQ(rxnorm_ingredient_code("torsemide"), "38413");
    EXPECT_EQ(rxnorm_ingredient_code("zileuton"), "40575");
    EXPECT_EQ(rxnorm_ingredient_code("zolpidem"), "39993");         // the tartrate is 221183
}

TEST(RxNorm, NoTwoIngredientsShareACode) {
    std::set<std::string> seen;
    for (const Drug& d : Catalogue::standard().drugs()) {
        if (const auto code = rxnorm_ingredient_code(d.ingredient); !code.empty() && !d.is_combination()) {
            EXPECT_TRUE(seen.insert(std::string(code)).second) << d.ingredient;
        }
    }
}

TEST(RxNormBrand, EveryCatalogueBrandHasACheckedCodeOrIsListedWithout) {
    std::set<std::string> catalogue_brands;
    for (const Drug& d : Catalogue::standard().drugs())
        for (const Brand& b : d.brands) {
            const std::string name(b.name);
            catalogue_brands.insert(name);
            const auto code = rxnorm_brand_code(b.name);
            if (brands_without_code.count(name) || not_brands.count(name))
                EXPECT_TRUE(code.empty()) << name << " has a brand code now: remove it from the list";
            else
                EXPECT_TRUE(is_rxcui(code)) << name << " has no brand code: check it or list it";
        }
    for (const auto& name : brands_without_code)
        EXPECT_TRUE(catalogue_brands.count(name)) << name << " is no catalogue brand";
    for (const auto& name : not_brands) EXPECT_TRUE(catalogue_brands.count(name)) << name;
    for (const auto& [name, code] : brand_codes)
        EXPECT_TRUE(catalogue_brands.count(name)) << name << " is no catalogue brand";
}

TEST(RxNormBrand, EveryCheckedBrandHasItsCode) {
    for (const auto& [name, code] : brand_codes) EXPECT_EQ(rxnorm_brand_code(name), code) << name;
    int coded = 0;
    for (const Drug& d : Catalogue::standard().drugs())
        for (const Brand& b : d.brands) coded += !rxnorm_brand_code(b.name).empty();
    EXPECT_EQ(coded, static_cast<int>(brand_codes.size()));  // no code the test does not know
}

TEST(RxNormBrand, TheIssuesBrandsAndAProductHaveTheirBrandNameCodes) {
    EXPECT_EQ(rxnorm_brand_code("Flexeril"), "224954");
    EXPECT_EQ(rxnorm_brand_code("Lioresal"), "202996");
    EXPECT_EQ(rxnorm_brand_code("Zanaflex"), "153736");
    EXPECT_EQ(rxnorm_brand_code("Advil"), "153010");
    EXPECT_EQ(rxnorm_brand_code("Vicodin"), "128793");  // hydrocodone and acetaminophen
    EXPECT_EQ(rxnorm_brand_code("flexeril"), "224954");  // as the person typed it
    EXPECT_EQ(rxnorm_brand("Flexeril").display, "Flexeril");
    EXPECT_EQ(rxnorm_brand("OxyContin").display, "Oxycontin");  // RxNorm's spelling
    EXPECT_EQ(rxnorm_brand_code("cyclobenzaprine"), "");  // an ingredient is no brand
    EXPECT_EQ(rxnorm_brand_code("Percocet"), "");         // checked in one table only
    EXPECT_EQ(rxnorm_brand_code("Tylenol #3"), "");       // RxNorm names it otherwise
    EXPECT_EQ(rxnorm_brand_code("Flexeril 10"), "");      // exactly the brand, nothing more
}

TEST(RxNormBrand, NoBrandSharesACodeWithAnotherBrandOrAnIngredient) {
    std::set<std::string> ingredient_codes;
    for (const Drug& d : Catalogue::standard().drugs())
        if (const auto code = rxnorm_ingredient_code(d.ingredient); !code.empty())
            ingredient_codes.insert(std::string(code));
    std::set<std::string> seen;
    for (const auto& [name, code] : brand_codes) {
        EXPECT_TRUE(seen.insert(code).second) << name;
        EXPECT_FALSE(ingredient_codes.count(code)) << name << " has an ingredient's code";
    }
}

}  // namespace
}  // namespace relief
