#include "catalogue.h"

#include "suggest.h"

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
                                 .source = "RULES.md; Robaxin US label"},
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
                 .daily = mg(36), .max_doses_per_day = 3, .source = "RULES.md; Zanaflex US label"},
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
                                 .source = "Tylenol US label (4000 mg); back-pain patient article, 2025 (3000 mg)"},
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

}  // namespace relief
