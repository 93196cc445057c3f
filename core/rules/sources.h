#pragma once

// Every source an alert cites, spelled once, so that alerts agree and the rule table
// (rule_specs.cpp) can say which rule may cite which.
namespace relief::sources {

inline constexpr const char* seed_000 = "What to Do When Muscle Relaxers Don't Work (patient article)";
inline constexpr const char* seed_001 = "Baclofen vs. Flexeril, J. Berg (patient article, 2020)";
inline constexpr const char* seed_002 = "Can Muscle Relaxers Cause Leg Cramps? (patient article)";
inline constexpr const char* seed_003 =
    "What is the best treatment for back pain spasms? (reviewed patient article, 2025)";
inline constexpr const char* acp = "ACP low back pain guideline 2017";
inline constexpr const char* farrar =
    "Farrar et al., Pain 2001;94:149 (clinically important improvement)";
inline constexpr const char* browning = "Browning et al., cyclobenzaprine meta-analysis, Arch Intern Med 2001;161:1613";
inline constexpr const char* garrison = "Garrison et al., Arch Intern Med 2012;172:120 (cramps and drugs)";
inline constexpr const char* pqa = "PQA adherence measure (80 % proportion of days covered)";
inline constexpr const char* beers = "AGS Beers Criteria 2023";
inline constexpr const char* ahcpr = "AHCPR acute low back problems guideline (1994): red flags";
inline constexpr const char* nass = "NASS Choosing Wisely";
inline constexpr const char* fda_opioid_2016 = "FDA 2016 opioid boxed warning";
inline constexpr const char* krebs_peg = "Krebs et al., J Gen Intern Med 2009 (the PEG scale of pain and function)";
inline constexpr const char* immpact =
    "IMMPACT recommendations, Dworkin et al., J Pain 2008 (30 % is a moderately important change)";
inline constexpr const char* fda_serotonin_2013 = "FDA 2013 Flexeril/Amrix labeling change (serotonin syndrome)";

// Labels, by the section a rule relies on.
inline constexpr const char* soma_label = "Soma (carisoprodol) US label";
inline constexpr const char* flexeril_label = "Flexeril (cyclobenzaprine) US label";
inline constexpr const char* flexeril_contraindications = "Flexeril US label (contraindications)";
inline constexpr const char* flexeril_maoi = "Flexeril US label (MAOI contraindication)";
inline constexpr const char* cyclobenzaprine_hepatic = "Flexeril and Amrix US labels (hepatic impairment)";
inline constexpr const char* amrix_elderly = "Amrix US label (use in the elderly)";
inline constexpr const char* baclofen_label = "Baclofen (Lioresal) US label";
inline constexpr const char* zanaflex_label = "Zanaflex (tizanidine) US label";
inline constexpr const char* zanaflex_interactions = "Zanaflex US label, sections 4 and 7";
inline constexpr const char* relaxant_labels = "Cyclobenzaprine, carisoprodol and baclofen US labels";

}  // namespace relief::sources
