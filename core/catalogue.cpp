#include "catalogue.h"

#include "errors.h"
#include "translate.h"
#include "suggest.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <set>
#include <stdexcept>

namespace relief {

namespace {

using enum DrugClass;
using enum DoseForm;

constexpr Amount mg(std::int64_t n) {
    return Amount::milligrams(n);
}

// Every muscle relaxant also counts as a CNS depressant: the labels warn against
// combining them with alcohol, opioids, sedatives and each other (RULES.md).
constexpr ClassSet acute_relaxant{muscle_relaxant, antispasmodic, acute, cns_depressant};
constexpr ClassSet benzo{benzodiazepine, sedative, cns_depressant};
constexpr ClassSet opioid_drug{opioid, cns_depressant};
constexpr ClassSet nsaid_drug{nsaid, analgesic};
constexpr ClassSet ssri_drug{ssri, serotonergic};
constexpr ClassSet snri_drug{snri, serotonergic};

constexpr std::string_view rules = "RULES.md";
constexpr std::string_view zanaflex_interactions = "Zanaflex US label, section 7";
constexpr std::string_view flexeril_maoi = "Flexeril US label (MAOI contraindication)";
constexpr std::string_view flexeril_serotonin = "Flexeril/Amrix US labels (serotonin syndrome)";
constexpr std::string_view cramp_culprits = "Can Muscle Relaxers Cause Leg Cramps?; Garrison 2012";

std::vector<Drug> muscle_relaxants() {
    return {
        {.ingredient = "cyclobenzaprine",
         .brands = {{"Flexeril", immediate}, {"Fexmid", immediate}, {"Amrix", extended_release}},
         .classes = {muscle_relaxant, antispasmodic, acute, tca_like, cns_depressant},
         .maximum = DailyMaximum{.daily = mg(30), .source = "Flexeril US label"},
         .sources = {rules, "Baclofen vs. Flexeril, J. Berg (patient article, 2020)", "What is the best treatment for back pain spasms? (reviewed patient article, 2025)", "Flexeril and Amrix US labels"}},
        {.ingredient = "carisoprodol",
         .brands = {{"Soma", immediate}},
         .classes = {muscle_relaxant, antispasmodic, acute, schedule_iv, cns_depressant},
         .maximum = DailyMaximum{.daily = mg(1400), .source = "Soma US label (350 mg x4)"},
         .sources = {rules, "What is the best treatment for back pain spasms? (reviewed patient article, 2025)", "Soma US label"}},
        {.ingredient = "metaxalone",
         .brands = {{"Skelaxin", immediate}},
         .classes = acute_relaxant,
         .maximum = DailyMaximum{.daily = mg(3200), .source = "Skelaxin US label (800 mg x4)"},
         .sources = {rules, "Baclofen vs. Flexeril, J. Berg (patient article, 2020)", "Skelaxin US label"}},
        // The label allows up to 8 g a day for the first 48-72 hours in severe cases.
        {.ingredient = "methocarbamol",
         .brands = {{"Robaxin", immediate}, {"Robaxin-750", immediate}},
         .classes = acute_relaxant,
         .maximum = DailyMaximum{.daily = mg(4500),
                                 .initial = mg(8000),
                                 .initial_days = 3,
                                 .source = "Robaxin US label"},
         .sources = {rules, "Baclofen vs. Flexeril, J. Berg (patient article, 2020)", "Robaxin US label"}},
        {.ingredient = "orphenadrine",
         .brands = {{"Norflex", extended_release}},
         .classes = acute_relaxant,
         .maximum = DailyMaximum{.daily = mg(200), .source = "Norflex US label (100 mg ER x2)"},
         .sources = {rules, "Baclofen vs. Flexeril, J. Berg (patient article, 2020)", "Norflex US label"}},
        {.ingredient = "chlorzoxazone",
         .brands = {{"Parafon Forte", immediate}, {"Lorzone", immediate}},
         .classes = acute_relaxant,
         .maximum =
             DailyMaximum{.daily = mg(3000), .source = "Parafon Forte DSC US label (750 mg x4)"},
         .sources = {rules, "Baclofen vs. Flexeril, J. Berg (patient article, 2020)", "Parafon Forte DSC US label"}},
        {.ingredient = "baclofen",
         .brands = {{"Lioresal", immediate}, {"Ozobax", immediate}},
         .classes = {muscle_relaxant, antispastic, chronic, cns_depressant},
         .maximum = DailyMaximum{.daily = mg(80), .source = "baclofen US label (Lioresal)"},
         .sources = {rules, "Baclofen vs. Flexeril, J. Berg (patient article, 2020)", "baclofen US label"}},
        {.ingredient = "tizanidine",
         .brands = {{"Zanaflex", immediate}},
         .classes = {muscle_relaxant, antispasmodic, antispastic, chronic, cns_depressant},
         .maximum =
             DailyMaximum{
                 .daily = mg(36), .max_doses_per_day = 3, .source = "Zanaflex US label"},
         .sources = {rules, "What to Do When Muscle Relaxers Don't Work (patient article)", "Can Muscle Relaxers Cause Leg Cramps? (patient article)", "Zanaflex US label"}},
        // Acts on the muscle itself rather than the spinal cord, but the label still warns
        // of drowsiness, so the interaction rules treat it like the others.
        {.ingredient = "dantrolene",
         .brands = {{"Dantrium", immediate}},
         .classes = {muscle_relaxant, antispastic, chronic, cns_depressant},
         .maximum = DailyMaximum{.daily = mg(400), .source = "Dantrium US label"},
         .sources = {rules, "Dantrium US label"}},
    };
}

std::vector<Drug> pain_medicines() {
    return {
        // The seed's conservative 3000 mg warns; the label's 4000 mg is the urgent line.
        {.ingredient = "acetaminophen",
         .brands = {{"Tylenol", immediate}, {"Panadol", immediate}, {"paracetamol", immediate}},
         .classes = {analgesic},
         .maximum = DailyMaximum{.daily = mg(3000),
                                 .urgent = mg(4000),
                                 .source = "Tylenol US label (4000 mg); back-pain patient article, 2025 (3000 mg)",
                                 .urgent_harm = RELIEF_TRANSLATE_NOOP("relief::core::catalogue", "can seriously harm the liver")},
         .sources = {rules, "What is the best treatment for back pain spasms? (reviewed patient article, 2025)", "Tylenol US label"}},
        {.ingredient = "ibuprofen",
         .brands = {{"Advil", immediate}, {"Motrin", immediate}, {"Nurofen", immediate}},
         .classes = nsaid_drug,
         .maximum = DailyMaximum{.daily = mg(3200), .source = "Motrin prescription US label"},
         .sources = {rules, "What is the best treatment for back pain spasms? (reviewed patient article, 2025)", "Motrin US label"}},
        {.ingredient = "naproxen",
         .brands = {{"Aleve", immediate}, {"Naprosyn", immediate}},
         .classes = nsaid_drug,
         .maximum = DailyMaximum{.daily = mg(1500), .source = "Naprosyn US label"},
         .sources = {rules, "What is the best treatment for back pain spasms? (reviewed patient article, 2025)", "Naprosyn US label"}},
        // In Excedrin; the OTC label's limit is 4000 mg in 24 hours (12 x 325 mg tablets = 3900 mg).
        {.ingredient = "aspirin",
         .brands = {{"Bayer", immediate}, {"Ecotrin", immediate}},
         .classes = nsaid_drug,
         .maximum = DailyMaximum{.daily = mg(4000), .source = "aspirin US OTC label (4000 mg in 24 hours)"},
         .sources = {rules, "aspirin US OTC label"}},
        {.ingredient = "diclofenac",
         .brands = {{"Voltaren", immediate}, {"Cataflam", immediate}},
         .classes = nsaid_drug,
         .maximum = std::nullopt,
         .sources = {rules}},
        {.ingredient = "celecoxib",
         .brands = {{"Celebrex", immediate}},
         .classes = nsaid_drug,
         .maximum = std::nullopt,
         .sources = {rules}},
        {.ingredient = "gabapentin",
         .brands = {{"Neurontin", immediate}, {"Gralise", extended_release}},
         .classes = {gabapentinoid, cns_depressant},
         .maximum = std::nullopt,
         .sources = {rules, "What to Do When Muscle Relaxers Don't Work (patient article)"}},
        {.ingredient = "pregabalin",
         .brands = {{"Lyrica", immediate}, {"Lyrica CR", extended_release}},
         .classes = {gabapentinoid, cns_depressant},
         .maximum = std::nullopt,
         .sources = {rules, "What to Do When Muscle Relaxers Don't Work (patient article)"}},
        {.ingredient = "amitriptyline",
         .brands = {{"Elavil", immediate}},
         .classes = {tricyclic, serotonergic},
         .maximum = std::nullopt,
         .sources = {rules, "What to Do When Muscle Relaxers Don't Work (patient article)", flexeril_serotonin}},
        {.ingredient = "nortriptyline",
         .brands = {{"Pamelor", immediate}},
         .classes = {tricyclic, serotonergic},
         .maximum = std::nullopt,
         .sources = {rules, "What to Do When Muscle Relaxers Don't Work (patient article)", flexeril_serotonin}},
        {.ingredient = "oxycodone",
         .brands = {{"Roxicodone", immediate}, {"OxyContin", extended_release}},
         .classes = opioid_drug,
         .maximum = std::nullopt,
         .sources = {rules, "What to Do When Muscle Relaxers Don't Work (patient article)", "FDA 2016 opioid boxed warning"}},
        {.ingredient = "hydrocodone",
         .brands = {{"Hysingla ER", extended_release}, {"Zohydro ER", extended_release}},
         .classes = opioid_drug,
         .maximum = std::nullopt,
         .sources = {rules, "What to Do When Muscle Relaxers Don't Work (patient article)", "FDA 2016 opioid boxed warning"}},
        {.ingredient = "tramadol",
         .brands = {{"Ultram", immediate}, {"ConZip", extended_release}},
         .classes = {opioid, cns_depressant, serotonergic},
         .maximum = std::nullopt,
         .sources = {rules, "FDA 2016 opioid boxed warning", flexeril_serotonin}},
        {.ingredient = "morphine",
         .brands = {{"MS Contin", extended_release}},
         .classes = opioid_drug,
         .maximum = std::nullopt,
         .sources = {rules, "FDA 2016 opioid boxed warning"}},
        {.ingredient = "codeine",
         .brands = {},
         .classes = opioid_drug,
         .maximum = std::nullopt,
         .sources = {rules, "FDA 2016 opioid boxed warning"}},
    };
}

std::vector<Drug> sedatives() {
    return {
        {.ingredient = "diazepam",
         .brands = {{"Valium", immediate}},
         .classes = {benzodiazepine, sedative, cns_depressant, antispastic},
         .maximum = std::nullopt,
         .sources = {rules, "What to Do When Muscle Relaxers Don't Work (patient article)", "Baclofen vs. Flexeril, J. Berg (patient article, 2020)"}},
        {.ingredient = "lorazepam",
         .brands = {{"Ativan", immediate}},
         .classes = benzo,
         .maximum = std::nullopt,
         .sources = {rules, "What to Do When Muscle Relaxers Don't Work (patient article)"}},
        {.ingredient = "alprazolam",
         .brands = {{"Xanax", immediate}, {"Xanax XR", extended_release}},
         .classes = benzo,
         .maximum = std::nullopt,
         .sources = {rules, "What to Do When Muscle Relaxers Don't Work (patient article)"}},
        {.ingredient = "clonazepam",
         .brands = {{"Klonopin", immediate}},
         .classes = benzo,
         .maximum = std::nullopt,
         .sources = {rules, "What to Do When Muscle Relaxers Don't Work (patient article)"}},
        // Sedating antihistamines: the sleep aids in Tylenol PM and NyQuil. The labels warn
        // against combining them with sedatives and tranquilizers.
        {.ingredient = "diphenhydramine",
         .brands = {{"Benadryl", immediate}},
         .classes = {sedative, cns_depressant},
         .maximum = std::nullopt,
         .sources = {rules, "Tylenol PM US OTC label (sleep aid)"}},
        {.ingredient = "doxylamine",
         .brands = {{"Unisom SleepTabs", immediate}},
         .classes = {sedative, cns_depressant},
         .maximum = std::nullopt,
         .sources = {rules, "NyQuil US OTC label (sleep aid)"}},
        {.ingredient = "zolpidem",
         .brands = {{"Ambien", immediate}, {"Ambien CR", extended_release}},
         .classes = {sedative, cns_depressant},
         .maximum = std::nullopt,
         .sources = {rules, "Baclofen vs. Flexeril, J. Berg (patient article, 2020)"}},
    };
}

// Drugs that raise tizanidine levels by blocking CYP1A2, as the Zanaflex label lists them.
std::vector<Drug> cyp1a2_inhibitors() {
    auto weak = [](std::string_view ingredient, std::vector<Brand> brands) {
        return Drug{.ingredient = ingredient,
                    .brands = std::move(brands),
                    .classes = {cyp1a2_inhibitor},
                    .maximum = std::nullopt,
                    .sources = {rules, zanaflex_interactions}};
    };
    return {
        {.ingredient = "fluvoxamine",
         .brands = {{"Luvox", immediate}},
         .classes = {ssri, serotonergic, cyp1a2_strong_inhibitor},
         .maximum = std::nullopt,
         .sources = {rules, "Zanaflex US label (contraindicated)", flexeril_serotonin}},
        {.ingredient = "ciprofloxacin",
         .brands = {{"Cipro", immediate}},
         .classes = {cyp1a2_strong_inhibitor},
         .maximum = std::nullopt,
         .sources = {rules, "Zanaflex US label (contraindicated)"}},
        weak("cimetidine", {{"Tagamet", immediate}}),
        weak("famotidine", {{"Pepcid", immediate}}),
        weak("amiodarone", {{"Pacerone", immediate}, {"Cordarone", immediate}}),
        weak("mexiletine", {}),
        weak("propafenone", {{"Rythmol", immediate}}),
        weak("verapamil", {{"Calan", immediate}, {"Calan SR", extended_release}}),
        weak("acyclovir", {{"Zovirax", immediate}}),
        weak("ticlopidine", {}),
        weak("zileuton", {{"Zyflo", immediate}}),
        weak("ethinyl estradiol", {}),
    };
}

std::vector<Drug> antidepressants() {
    auto maoi_drug = [](std::string_view ingredient, std::vector<Brand> brands) {
        return Drug{.ingredient = ingredient,
                    .brands = std::move(brands),
                    .classes = {maoi},
                    .maximum = std::nullopt,
                    .sources = {rules, flexeril_maoi}};
    };
    auto reuptake = [](std::string_view ingredient, std::vector<Brand> brands, ClassSet classes) {
        return Drug{.ingredient = ingredient,
                    .brands = std::move(brands),
                    .classes = classes,
                    .maximum = std::nullopt,
                    .sources = {rules, "Baclofen vs. Flexeril, J. Berg (patient article, 2020)", flexeril_serotonin}};
    };
    return {
        maoi_drug("phenelzine", {{"Nardil", immediate}}),
        maoi_drug("tranylcypromine", {{"Parnate", immediate}}),
        maoi_drug("isocarboxazid", {{"Marplan", immediate}}),
        maoi_drug("selegiline", {{"Eldepryl", immediate}, {"Emsam", immediate}}),
        maoi_drug("rasagiline", {{"Azilect", immediate}}),
        maoi_drug("linezolid", {{"Zyvox", immediate}}),
        reuptake("sertraline", {{"Zoloft", immediate}}, ssri_drug),
        reuptake("fluoxetine", {{"Prozac", immediate}}, ssri_drug),
        reuptake("paroxetine", {{"Paxil", immediate}}, ssri_drug),
        reuptake("citalopram", {{"Celexa", immediate}}, ssri_drug),
        reuptake("escitalopram", {{"Lexapro", immediate}}, ssri_drug),
        reuptake("duloxetine", {{"Cymbalta", immediate}}, snri_drug),
        reuptake("venlafaxine", {{"Effexor", immediate}, {"Effexor XR", extended_release}},
                 snri_drug),
        // Not a reuptake inhibitor of serotonin, but RULES.md's serotonergic rule names it.
        reuptake("bupropion",
                 {{"Wellbutrin", immediate},
                  {"Wellbutrin XL", extended_release},
                  {"Zyban", extended_release}},
                 {serotonergic}),
    };
}

// The commoner causes of leg cramps that cramps.frequent names (seed 002).
std::vector<Drug> cramp_culprit_drugs() {
    auto culprit = [](std::string_view ingredient, std::vector<Brand> brands, DrugClass c) {
        return Drug{.ingredient = ingredient,
                    .brands = std::move(brands),
                    .classes = {c},
                    .maximum = std::nullopt,
                    .sources = {rules, cramp_culprits}};
    };
    return {
        culprit("hydrochlorothiazide", {{"Microzide", immediate}}, diuretic),
        culprit("chlorthalidone", {{"Thalitone", immediate}}, diuretic),
        culprit("furosemide", {{"Lasix", immediate}}, diuretic),
        culprit("bumetanide", {{"Bumex", immediate}}, diuretic),
        culprit("torsemide", {{"Demadex", immediate}, {"Soaanz", immediate}}, diuretic),
        culprit("atorvastatin", {{"Lipitor", immediate}}, statin),
        culprit("simvastatin", {{"Zocor", immediate}}, statin),
        culprit("rosuvastatin", {{"Crestor", immediate}}, statin),
        culprit("pravastatin", {{"Pravachol", immediate}}, statin),
        // Salbutamol is albuterol's name outside the US; it is listed with the brands so
        // that both names reach the same ingredient.
        culprit("albuterol",
                {{"Ventolin", immediate}, {"ProAir", immediate}, {"salbutamol", immediate}},
                beta_agonist),
        culprit("salmeterol", {{"Serevent", immediate}}, beta_agonist),
    };
}

// Ingredients of combination products that no rule asks about by class.
std::vector<Drug> other_ingredients() {
    return {
        {.ingredient = "dextromethorphan",
         .brands = {{"Delsym", extended_release}},
         .classes = {other},
         .maximum = std::nullopt,
         .sources = {rules, "NyQuil US OTC label"}},
        {.ingredient = "caffeine",
         .brands = {{"NoDoz", immediate}},
         .classes = {other},
         .maximum = std::nullopt,
         .sources = {rules, "Excedrin US OTC label"}},
    };
}

// A combination product: its parts per unit, first the ingredient its doses are measured by.
Drug combination(std::string_view key, std::vector<Brand> brands, std::string_view unit, std::vector<Part> parts,
                 std::string_view label) {
    return Drug{.ingredient = key,
                .brands = std::move(brands),
                .classes = {},  // the parts' classes, filled in by standard_drugs()
                .maximum = std::nullopt,
                .sources = {rules, label},
                .parts = std::move(parts),
                .unit = unit};
}

// Products that hide acetaminophen (and an opioid or a sleep aid) behind a brand name. The
// catalogue key names the ingredients and strengths, because it is stored with each
// medication: never change a key, add a new one.
std::vector<Drug> combination_products() {
    constexpr auto ug = [](std::int64_t n) { return Amount::micrograms(n); };
    return {
        combination("oxycodone/acetaminophen 5/325 mg", {{"Percocet", immediate}, {"Endocet", immediate}}, "tablet",
                    {{"oxycodone", mg(5)}, {"acetaminophen", mg(325)}}, "Percocet US label"),
        combination("hydrocodone/acetaminophen 5/325 mg", {{"Norco", immediate}}, "tablet",
                    {{"hydrocodone", mg(5)}, {"acetaminophen", mg(325)}}, "Norco US label"),
        combination("hydrocodone/acetaminophen 5/300 mg", {{"Vicodin", immediate}}, "tablet",
                    {{"hydrocodone", mg(5)}, {"acetaminophen", mg(300)}}, "Vicodin US label"),
        combination("tramadol/acetaminophen 37.5/325 mg", {{"Ultracet", immediate}}, "tablet",
                    {{"tramadol", ug(37'500)}, {"acetaminophen", mg(325)}}, "Ultracet US label"),
        combination("acetaminophen/codeine 300/30 mg",
                    {{"Tylenol #3", immediate}, {"Tylenol 3", immediate}, {"Tylenol with Codeine", immediate}},
                    "tablet", {{"acetaminophen", mg(300)}, {"codeine", mg(30)}}, "Tylenol with Codeine US label"),
        combination("acetaminophen/diphenhydramine 500/25 mg", {{"Tylenol PM", immediate}}, "caplet",
                    {{"acetaminophen", mg(500)}, {"diphenhydramine", mg(25)}}, "Tylenol PM US OTC label"),
        combination("acetaminophen/dextromethorphan/doxylamine 325/15/6.25 mg",
                    {{"NyQuil", immediate}, {"NyQuil LiquiCaps", immediate}, {"Vicks NyQuil", immediate}}, "capsule",
                    {{"acetaminophen", mg(325)}, {"dextromethorphan", mg(15)}, {"doxylamine", ug(6'250)}},
                    "Vicks NyQuil Cold & Flu LiquiCaps US OTC label"),
        combination("acetaminophen/aspirin/caffeine 250/250/65 mg",
                    {{"Excedrin", immediate}, {"Excedrin Extra Strength", immediate}, {"Excedrin Migraine", immediate}},
                    "tablet", {{"acetaminophen", mg(250)}, {"aspirin", mg(250)}, {"caffeine", mg(65)}},
                    "Excedrin Extra Strength US OTC label"),
    };
}

std::vector<Drug> standard_drugs() {
    std::vector<Drug> all;
    auto append = [&all](std::vector<Drug> part) {
        for (auto& d : part) all.push_back(std::move(d));
    };
    append(muscle_relaxants());
    append(pain_medicines());
    append(sedatives());
    append(cyp1a2_inhibitors());
    append(antidepressants());
    append(cramp_culprit_drugs());
    append(other_ingredients());
    std::vector<Drug> products = combination_products();
    for (auto& p : products)
        for (const Part& part : p.parts)
            for (const Drug& d : all)
                if (d.ingredient == part.ingredient)
                    for (DrugClass c : d.classes.members()) p.classes.add(c);
    append(std::move(products));
    return all;
}

std::vector<std::string> all_names(std::span<const Drug> drugs) {
    std::vector<std::string> names;
    for (const auto& d : drugs) {
        names.emplace_back(d.ingredient);
        for (const auto& b : d.brands) names.emplace_back(b.name);
    }
    return names;
}

}  // namespace

const Catalogue& Catalogue::standard() {
    static const Catalogue catalogue{standard_drugs()};
    return catalogue;
}

Catalogue::Catalogue(std::vector<Drug> drugs) : drugs_(std::move(drugs)) {
    // lookup() returns the first match, so a name shared by two drugs would hide one.
    std::set<std::string> seen;
    for (const auto& name : all_names(drugs_))
        if (!seen.insert(normalise_term(name)).second)
            throw std::invalid_argument("drug catalogue: '" + name + "' names two entries");
    // A part must be a single ingredient the catalogue knows, or its maximum would be missed.
    for (const auto& d : drugs_)
        for (const Part& part : d.parts) {
            const Drug* single = find_ingredient(part.ingredient);
            if (!single || single->is_combination() || part.per_unit <= Amount{} || d.unit.empty())
                throw std::invalid_argument("drug catalogue: " + std::string(d.ingredient) + " has a part '" +
                                            std::string(part.ingredient) + "' that is not a known single ingredient");
        }
}

std::optional<DrugMatch> Catalogue::lookup(std::string_view name) const {
    const std::string key = normalise_term(name);
    if (key.empty()) return std::nullopt;
    for (const auto& d : drugs_) {
        if (normalise_term(d.ingredient) == key) return DrugMatch{&d, immediate, {}};
        for (const auto& b : d.brands)
            if (normalise_term(b.name) == key) return DrugMatch{&d, b.form, b.name};
    }
    return std::nullopt;
}

const Drug* Catalogue::find_ingredient(std::string_view ingredient) const {
    for (const auto& d : drugs_)
        if (d.ingredient == ingredient) return &d;
    return nullptr;
}

std::vector<std::string> Catalogue::suggestions(std::string_view name) const {
    return closest(name, all_names(drugs_));
}

namespace {

constexpr std::int64_t quarters_per_unit = 4;
constexpr std::int64_t max_units_per_dose = 20;  // more in one entry is a typo

// Words for one unit of a product, any of which a person may type for any product.
constexpr std::array<std::string_view, 9> unit_words{"tablet", "tab", "caplet", "capsule", "cap",
                                                     "liquicap", "pill", "softgel", "unit"};

bool is_unit_word(std::string word, std::string_view own_unit) {
    if (word.size() > 1 && word.back() == 's') word.pop_back();
    if (word == own_unit) return true;
    return std::find(unit_words.begin(), unit_words.end(), word) != unit_words.end();
}

std::string trimmed_lower(std::string_view text) {
    std::size_t b = 0, e = text.size();
    while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
    std::string out(text.substr(b, e - b));
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// "2 tablets", "0.5 tablet": the count (as the language writes it) with the unit's word,
// one pattern for each unit the catalogue's products come in.
std::string count_of_units(std::string_view unit, const std::string& count, bool one) {
    //: %1: a number of units (such as 2 or 1.5).
    if (unit == "tablet") return fill(one ? translate("relief::core::catalogue", "%1 tablet") : translate("relief::core::catalogue", "%1 tablets"), {count});
    if (unit == "caplet") return fill(one ? translate("relief::core::catalogue", "%1 caplet") : translate("relief::core::catalogue", "%1 caplets"), {count});
    if (unit == "capsule") return fill(one ? translate("relief::core::catalogue", "%1 capsule") : translate("relief::core::catalogue", "%1 capsules"), {count});
    return count + " " + std::string(unit) + (one ? "" : "s");
}

// "2", "1.5", "0.25" from a count of quarters.
std::string quarters_text(std::int64_t quarters) {
    if (quarters % 4 == 0) return std::to_string(quarters / 4);
    return display_decimal(double(quarters) / 4, quarters % 2 == 0 ? 1 : 2);
}

std::string allowed_units(const Drug& drug) {
    const std::string unit(drug.unit);
    //: How a dose of a combination product may be typed. %1: the unit as typed (tablet, caplet,
    //: capsule; keep it and the quoted examples in English: they are what the person types),
    //: %2: what one unit holds, %3: the most units in one dose, %4: the first ingredient,
    //: %5: its milligrams in one unit.
    return fill(translate("relief::core::catalogue", "a number of %1s such as '1 %1', '2 %1s' or '2' (one %1 is %2), in quarters from 0.25 "
                               "to %3; or the %4 in the dose, such as '%5mg' for one %1"),
                {unit, unit_contents_text(drug), std::to_string(max_units_per_dose),
                 drug.parts.front().ingredient, drug.parts.front().per_unit.milligram_text()});
}

}  // namespace

std::vector<IngredientAmount> ingredients_in(const Drug* drug, const std::string& ingredient, Amount amount) {
    if (!drug || !drug->is_combination()) return {{ingredient, amount}};
    const std::int64_t lead = drug->parts.front().per_unit.in_micrograms();
    std::vector<IngredientAmount> out;
    for (const Part& part : drug->parts) {
        const std::int64_t ug = (part.per_unit.in_micrograms() * amount.in_micrograms() + lead / 2) / lead;
        out.push_back({std::string(part.ingredient), Amount::micrograms(ug)});
    }
    return out;
}

Amount parse_dose(const Drug* drug, std::string_view text, const std::string& field) {
    if (!drug || !drug->is_combination()) return Amount::parse(text, field);
    const std::string raw = trimmed_lower(text);
    const std::int64_t lead = drug->parts.front().per_unit.in_micrograms();
    auto refuse = [&](const std::string& allowed) {
        throw InputError(field, std::string(text), allowed.empty() ? allowed_units(*drug) : allowed);
    };

    // A count: "2", "1.5 tablets", "1 capsule".
    std::size_t i = 0;
    std::int64_t whole = 0;
    while (i < raw.size() && std::isdigit(static_cast<unsigned char>(raw[i])) && whole <= max_units_per_dose)
        whole = whole * 10 + (raw[i++] - '0');
    std::string fraction;
    if (i > 0 && i < raw.size() && raw[i] == '.') {
        ++i;
        while (i < raw.size() && std::isdigit(static_cast<unsigned char>(raw[i]))) fraction += raw[i++];
    }
    std::size_t word = i;
    while (word < raw.size() && raw[word] == ' ') ++word;
    if (i > 0 && (word == raw.size() || is_unit_word(raw.substr(word), drug->unit))) {
        while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
        if (fraction.size() > 2) refuse("");
        const std::int64_t hundredths =
            whole * 100 + (fraction.empty() ? 0 : std::stoll(fraction) * (fraction.size() == 1 ? 10 : 1));
        if (hundredths <= 0 || hundredths % 25 != 0 || hundredths > max_units_per_dose * 100) refuse("");
        return Amount::micrograms(lead * hundredths / 100);
    }

    // A mass of the first ingredient: "10mg" of Percocet is 2 tablets.
    Amount mass;
    try {
        mass = Amount::parse(text, field);
    } catch (const InputError&) {
        refuse("");
    }
    const std::int64_t quarters_scaled = mass.in_micrograms() * quarters_per_unit;
    if (quarters_scaled % lead != 0 || quarters_scaled / lead > max_units_per_dose * quarters_per_unit)
        //: %1: how a dose may be typed, %2: the amount typed (such as 10 mg), %3: the ingredient,
        //: %4: the number of units it makes.
        refuse(fill(translate("relief::core::catalogue", "%1 (%2 of %3 would be %4)"),
                    {allowed_units(*drug), mass.display(), drug->parts.front().ingredient, units_text(*drug, mass)}));
    return mass;
}

std::string units_text(const Drug& drug, Amount amount) {
    if (!drug.is_combination()) return "";
    const std::int64_t lead = drug.parts.front().per_unit.in_micrograms();
    const std::int64_t scaled = amount.in_micrograms() * quarters_per_unit;
    if (scaled % lead == 0) {
        const std::int64_t quarters = scaled / lead;
        return count_of_units(drug.unit, quarters_text(quarters), quarters <= quarters_per_unit);
    }
    const std::int64_t hundredths = (amount.in_micrograms() * 100 + lead / 2) / lead;
    //: A count of units that is not a whole number of quarters: %1 such as 1.33 tablets.
    return fill(translate("relief::core::catalogue", "about %1"),
                {count_of_units(drug.unit, display_decimal(double(hundredths) / 100, 2), false)});
}

std::string unit_contents_text(const Drug& drug) {
    std::string out;
    for (const Part& part : drug.parts)
        out += (out.empty() ? "" : " + ") + std::string(part.ingredient) + " " + part.per_unit.display();
    return out;
}

}  // namespace relief
