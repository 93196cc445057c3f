#include "rxnorm.h"

#include <algorithm>
#include <array>
#include <utility>

namespace relief {

namespace {

// RxNorm ingredient RxCUIs, each checked against a published RxNorm-derived table
// (docs/fhir-mapping.md lists where each was checked). A code is never guessed: a wrong
// drug code is worse than text alone.
constexpr std::array<std::pair<std::string_view, std::string_view>, 70> codes{{
    {"acetaminophen", "161"},
    {"acyclovir", "281"},
    {"albuterol", "435"},
    {"alprazolam", "596"},
    {"amiodarone", "703"},
    {"amitriptyline", "704"},
    {"aspirin", "1191"},
    {"atorvastatin", "83367"},
    {"baclofen", "1292"},
    {"bumetanide", "1808"},
    {"bupropion", "42347"},
    {"caffeine", "1886"},
    {"carisoprodol", "2101"},
    {"celecoxib", "140587"},
    {"chlorthalidone", "2409"},
    {"chlorzoxazone", "2410"},
    {"cimetidine", "2541"},
    {"ciprofloxacin", "2551"},
    {"citalopram", "2556"},
    {"clonazepam", "2598"},
    {"codeine", "2670"},
    {"cyclobenzaprine", "21949"},
    {"dantrolene", "3105"},
    {"dextromethorphan", "3289"},
    {"diazepam", "3322"},
    {"diclofenac", "3355"},
    {"diphenhydramine", "3498"},
    {"doxylamine", "3642"},
    {"duloxetine", "72625"},
    {"escitalopram", "321988"},
    {"ethinyl estradiol", "4124"},
    {"famotidine", "4278"},
    {"fluoxetine", "4493"},
    {"fluvoxamine", "42355"},
    {"furosemide", "4603"},
    {"gabapentin", "25480"},
    {"hydrochlorothiazide", "5487"},
    {"hydrocodone", "5489"},
    {"ibuprofen", "5640"},
    {"isocarboxazid", "6011"},
    {"linezolid", "190376"},
    {"lorazepam", "6470"},
    {"metaxalone", "59078"},
    {"methocarbamol", "6845"},
    {"mexiletine", "6926"},
    {"morphine", "7052"},
    {"naproxen", "7258"},
    {"nortriptyline", "7531"},
    {"orphenadrine", "7715"},
    {"oxycodone", "7804"},
    {"paroxetine", "32937"},
    {"phenelzine", "8123"},
    {"pravastatin", "42463"},
    {"pregabalin", "187832"},
    {"propafenone", "8754"},
    {"rasagiline", "134748"},
    {"rosuvastatin", "301542"},
    {"salmeterol", "36117"},
    {"selegiline", "9639"},
    {"sertraline", "36437"},
    {"simvastatin", "36567"},
    {"ticlopidine", "10594"},
    {"tizanidine", "57258"},
    {"torsemide", "38413"},
    {"tramadol", "10689"},
    {"tranylcypromine", "10734"},
    {"venlafaxine", "39786"},
    {"verapamil", "11170"},
    {"zileuton", "40575"},
    {"zolpidem", "39993"},
}};

struct BrandCode {
    std::string_view name;     // as the catalogue spells it
    std::string_view code;     // the RxCUI of the brand name concept (TTY BN)
    std::string_view display;  // as RxNorm spells it
};

// RxNorm brand name (TTY BN) RxCUIs of catalogue brands, each found under that exact brand
// name in two independent published RxNorm-derived tables (docs/fhir-mapping.md, "RxNorm
// brand codes"). A brand missing here keeps the ingredient coding; its name is listed in
// tests/core/rxnorm_test.cpp until someone checks it twice.
constexpr std::array<BrandCode, 70> brands{{
    {"Advil", "153010", "Advil"},
    {"Aleve", "215101", "Aleve"},
    {"Ambien", "131725", "Ambien"},
    {"Amrix", "725085", "Amrix"},
    {"Ativan", "202479", "Ativan"},
    {"Azilect", "635985", "Azilect"},
    {"Benadryl", "203457", "Benadryl"},
    {"Bumex", "203538", "Bumex"},
    {"Calan", "203490", "Calan"},
    {"Cataflam", "215916", "Cataflam"},
    {"Celebrex", "215927", "Celebrex"},
    {"Celexa", "215928", "Celexa"},
    {"Cipro", "203563", "Cipro"},
    {"Cordarone", "203588", "Cordarone"},
    {"Crestor", "320864", "Crestor"},
    {"Cymbalta", "482574", "Cymbalta"},
    {"Dantrium", "3104", "Dantrium"},
    {"Demadex", "71974", "Demadex"},
    {"Effexor", "151692", "Effexor"},
    {"Elavil", "42940", "Elavil"},
    {"Eldepryl", "92571", "Eldepryl"},
    {"Emsam", "617716", "Emsam"},
    {"Flexeril", "224954", "Flexeril"},
    {"Gralise", "1087976", "Gralise"},
    {"Klonopin", "202585", "Klonopin"},
    {"Lasix", "202991", "Lasix"},
    {"Lexapro", "352741", "Lexapro"},
    {"Lioresal", "202996", "Lioresal"},
    {"Lipitor", "153165", "Lipitor"},
    {"Luvox", "42687", "Luvox"},
    {"Lyrica", "593441", "Lyrica"},
    {"Marplan", "152005", "Marplan"},
    {"Microzide", "218369", "Microzide"},
    {"Motrin", "202488", "Motrin"},
    {"MS Contin", "203354", "MS Contin"},
    {"Naprosyn", "203012", "Naprosyn"},
    {"Nardil", "203799", "Nardil"},
    {"Neurontin", "196498", "Neurontin"},
    {"Norflex", "262324", "Norflex"},
    {"OxyContin", "218986", "Oxycontin"},
    {"Pacerone", "219038", "Pacerone"},
    {"Pamelor", "7866", "Pamelor"},
    {"Parnate", "203832", "Parnate"},
    {"Paxil", "114228", "Paxil"},
    {"Pepcid", "196458", "Pepcid"},
    {"Pravachol", "203333", "Pravachol"},
    {"Prozac", "58827", "Prozac"},
    {"Robaxin", "202955", "Robaxin"},
    {"Roxicodone", "219740", "Roxicodone"},
    {"Rythmol", "82079", "Rythmol"},
    {"Serevent", "203159", "Serevent"},
    {"Skelaxin", "204315", "Skelaxin"},
    {"Soma", "204362", "Soma"},
    {"Tagamet", "152402", "Tagamet"},
    {"Thalitone", "203477", "Thalitone"},
    {"Tylenol", "202433", "Tylenol"},
    {"Ultram", "220606", "Ultram"},
    {"Valium", "202472", "Valium"},
    {"Ventolin", "8887", "Ventolin"},
    {"Vicodin", "128793", "Vicodin"},
    {"Voltaren", "202976", "Voltaren"},
    {"Wellbutrin", "42568", "Wellbutrin"},
    {"Xanax", "202363", "Xanax"},
    {"Zanaflex", "153736", "Zanaflex"},
    {"Zocor", "196503", "Zocor"},
    {"Zoloft", "82728", "Zoloft"},
    {"Zovirax", "152535", "Zovirax"},
    {"Zyban", "227948", "Zyban"},
    {"Zyflo", "221047", "Zyflo"},
    {"Zyvox", "261710", "Zyvox"},
}};

bool same_ascii_letters(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        return lower(x) == lower(y);
    });
}

}  // namespace

RxNormBrand rxnorm_brand(std::string_view brand) {
    for (const auto& b : brands)
        if (same_ascii_letters(b.name, brand)) return {b.code, b.display};
    return {};
}

std::string_view rxnorm_brand_code(std::string_view brand) {
    return rxnorm_brand(brand).code;
}

std::string_view rxnorm_ingredient_code(std::string_view ingredient) {
    for (const auto& [name, code] : codes)
        if (name == ingredient) return code;
    return {};
}

}  // namespace relief
