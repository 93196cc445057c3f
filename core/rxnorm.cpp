#include "rxnorm.h"

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

}  // namespace

std::string_view rxnorm_ingredient_code(std::string_view ingredient) {
    for (const auto& [name, code] : codes)
        if (name == ingredient) return code;
    return {};
}

}  // namespace relief
