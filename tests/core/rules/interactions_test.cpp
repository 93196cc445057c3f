#include "journal_builder.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace relief {
namespace {

using testing::JournalBuilder;
using testing::of_rule;

const std::string cns = "interaction.cns-depressants";
const std::string cyp = "interaction.tizanidine-cyp1a2";
const std::string maoi = "interaction.cyclobenzaprine-maoi";
const std::string sero = "interaction.serotonergic";

std::string evidence(const Alert& a, const std::string& label) {
    for (const auto& e : a.evidence)
        if (e.label == label) return e.value;
    return "";
}

std::vector<std::string> all_evidence(const Alert& a, const std::string& label) {
    std::vector<std::string> out;
    for (const auto& e : a.evidence)
        if (e.label == label) out.push_back(e.value);
    return out;
}

bool has_source(const Alert& a, const std::string& prefix) {
    return std::any_of(a.sources.begin(), a.sources.end(),
                       [&](const std::string& s) { return s.rfind(prefix, 0) == 0; });
}

LocalDay day(const std::string& text) {
    return JournalBuilder::day(text);
}

// One as-needed dose each of two drugs (10 mg and 50 mg), analysed as of 2026-03-10.
std::vector<Alert> two_doses(const std::string& first, const std::string& first_at,
                             const std::string& second, const std::string& second_at) {
    JournalBuilder j;
    const auto a = j.med(first, "10 mg", "", "2026-03-01");
    const auto b = j.med(second, "50 mg", "", "2026-03-01");
    j.dose(a, first_at);
    j.dose(b, second_at);
    return j.analyse("2026-03-10");
}

// --- interaction.cns-depressants -------------------------------------------------------

TEST(InteractionRule, RelaxantWithAlcoholOnTheSameDayWarns) {
    JournalBuilder j;
    const auto flexeril = j.med("Flexeril", "10 mg", "", "2026-03-01");
    j.dose(flexeril, "2026-03-04T08:00");
    j.alcohol("2026-03-04T23:30", 2);
    const auto alerts = of_rule(j.analyse("2026-03-10"), cns);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::warning);
    EXPECT_EQ(a.subject, "muscle relaxants with alcohol");
    EXPECT_EQ(a.title, "Flexeril with alcohol");
    EXPECT_EQ(a.raised_on, day("2026-03-04"));
    EXPECT_EQ(a.last_seen, day("2026-03-04"));
    EXPECT_EQ(
        a.message,
        "Taking Flexeril (cyclobenzaprine) with alcohol can dangerously increase drowsiness and "
        "slow breathing. Talk to your clinician or pharmacist.");
    EXPECT_EQ(evidence(a, "Same day"), "2026-03-04 (Flexeril 10 mg, 2 drinks)");
    EXPECT_EQ(evidence(a, "Days in the last 12 months"), "1");
    EXPECT_EQ(evidence(a, "Threshold"), "on the same local day");
    EXPECT_TRUE(has_source(a, "What to Do When Muscle Relaxers"));
    EXPECT_TRUE(has_source(a, "Baclofen vs. Flexeril"));
}

TEST(InteractionRule, AlcoholAfterMidnightBelongsToTheNextDay) {
    JournalBuilder j;
    const auto flexeril = j.med("Flexeril", "10 mg", "", "2026-03-01");
    j.dose(flexeril, "2026-03-04T08:00");
    j.alcohol("2026-03-05T00:30", 2);
    EXPECT_TRUE(of_rule(j.analyse("2026-03-10"), cns).empty());
}

TEST(InteractionRule, SkippedDoseDoesNotCount) {
    JournalBuilder j;
    const auto flexeril = j.med("Flexeril", "10 mg", "08:00", "2026-03-01");
    j.skipped(flexeril, "2026-03-04T08:00");
    j.alcohol("2026-03-04T20:00", 2);
    EXPECT_TRUE(of_rule(j.analyse("2026-03-10"), cns).empty());
}

TEST(InteractionRule, OneAlertPerPairListingTheLatestTenDays) {
    JournalBuilder j;
    const auto baclofen = j.med("baclofen", "10 mg", "", "2026-03-01");
    j.take_daily(baclofen, "2026-03-01", "2026-03-12");
    for (int d = 1; d <= 12; ++d)
        j.alcohol("2026-03-" + std::string(d < 10 ? "0" : "") + std::to_string(d) + "T19:00", 1);
    const auto alerts = of_rule(j.analyse("2026-03-12"), cns);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "muscle relaxants with alcohol");
    EXPECT_EQ(alerts[0].raised_on, day("2026-03-01"));
    EXPECT_EQ(alerts[0].last_seen, day("2026-03-12"));
    const auto days = all_evidence(alerts[0], "Same day");
    ASSERT_EQ(days.size(), 10u);
    EXPECT_EQ(days.front(), "2026-03-03 (baclofen 10 mg, 1 drink)");
    EXPECT_EQ(days.back(), "2026-03-12 (baclofen 10 mg, 1 drink)");
    EXPECT_EQ(evidence(alerts[0], "Days in the last 12 months"), "12 (the latest 10 are listed)");
    EXPECT_EQ(alerts[0].message.rfind("Taking baclofen with alcohol can dangerously", 0), 0u);
}

// Event rules read the last 365 days (event_look_back_days): as of 2026-03-12 the first day
// read is 2025-03-13; the day before it is neither counted nor raised.
TEST(InteractionRule, CountsTheDaysOfTheLastYearOnly) {
    JournalBuilder j;
    const auto baclofen = j.med("baclofen", "10 mg", "", "2025-03-01");
    for (const std::string d : {"2025-03-12", "2025-03-13"}) {
        j.dose(baclofen, d + "T08:00");
        j.alcohol(d + "T19:00", 1);
    }
    const auto alerts = of_rule(j.analyse("2026-03-12"), cns);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].raised_on, day("2025-03-13"));
    EXPECT_EQ(evidence(alerts[0], "Days in the last 12 months"), "1");
    EXPECT_TRUE(of_rule(j.analyse("2026-03-13"), cns).empty()) << "both days are more than a year back";
}

// An MAOI taken before the look-back still counts for cyclobenzaprine on its first day.
TEST(InteractionRule, AnMaoiJustBeforeTheLastYearStillCounts) {
    JournalBuilder j;
    const auto maoi_med = j.med("phenelzine", "15 mg", "", "2025-03-01");
    const auto cyclo = j.med("Flexeril", "10 mg", "", "2025-03-01");
    j.dose(maoi_med, "2025-03-10T08:00");
    j.dose(cyclo, "2025-03-13T08:00");
    const auto alerts = of_rule(j.analyse("2026-03-12"), maoi);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].raised_on, day("2025-03-13"));
    EXPECT_TRUE(of_rule(j.analyse("2026-03-13"), maoi).empty());
}

TEST(InteractionRule, UrgentWhenCantStayAwakeIsLoggedOnAPairDay) {
    JournalBuilder j;
    const auto flexeril = j.med("Flexeril", "10 mg", "", "2026-03-01");
    const auto oxy = j.med("oxycodone", "5 mg", "", "2026-03-01");
    j.dose(flexeril, "2026-03-04T08:00");
    j.dose(oxy, "2026-03-04T09:00");
    j.dose(flexeril, "2026-03-06T08:00");
    j.dose(oxy, "2026-03-06T09:00");
    j.symptom("2026-03-06T13:00", "cant-stay-awake");
    const auto alerts = of_rule(j.analyse("2026-03-10"), cns);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].severity, AlertSeverity::urgent);
    EXPECT_EQ(alerts[0].subject, "muscle relaxants with oxycodone");
    EXPECT_EQ(alerts[0].raised_on, day("2026-03-04"));
    EXPECT_EQ(evidence(alerts[0], "Logged"), "cant-stay-awake on 2026-03-06");
    EXPECT_EQ(
        alerts[0].message,
        "Taking Flexeril (cyclobenzaprine) with oxycodone can dangerously increase drowsiness and "
        "slow breathing. You logged can't stay awake (2026-03-06): contact your clinician now, or "
        "seek urgent care if breathing is slow.");
    EXPECT_TRUE(has_source(alerts[0], "FDA 2016 opioid boxed warning"));
}

// Flexeril and three drinks on 2026-03-04, and slow breathing logged at `when`.
AlertSeverity cns_severity_with_slow_breathing_at(const std::string& when) {
    JournalBuilder j;
    j.dose(j.med("Flexeril", "10 mg", "", "2026-03-01"), "2026-03-04T08:00");
    j.alcohol("2026-03-04T20:00", 3);
    j.side_effect(when, "slow-breathing", Severity::severe);
    return of_rule(j.analyse("2026-03-10"), cns).at(0).severity;
}

TEST(InteractionRule, SlowBreathingOnAPairDayIsUrgentOnAnotherDayNot) {
    EXPECT_EQ(cns_severity_with_slow_breathing_at("2026-03-04T22:00"), AlertSeverity::urgent);
    EXPECT_EQ(cns_severity_with_slow_breathing_at("2026-03-05T00:30"), AlertSeverity::warning);
}

TEST(InteractionRule, EachKindOfDepressantIsAPartner) {
    const std::vector<std::pair<std::string, std::string>> partners{
        {"Roxicodone", "oxycodone"}, {"Valium", "diazepam"},   {"Ambien", "zolpidem"},
        {"Neurontin", "gabapentin"}, {"Lyrica", "pregabalin"}, {"Ultram", "tramadol"}};
    for (const auto& [brand, ingredient] : partners) {
        const auto alerts =
            of_rule(two_doses("Zanaflex", "2026-03-04T08:00", brand, "2026-03-04T21:00"), cns);
        ASSERT_EQ(alerts.size(), 1u) << brand;
        EXPECT_EQ(alerts[0].subject, "muscle relaxants with " + ingredient);
        EXPECT_EQ(alerts[0].title, "Zanaflex with " + brand);
    }
}

TEST(InteractionRule, NonDepressantIsNoPartner) {
    const auto alerts = two_doses("Flexeril", "2026-03-04T08:00", "Advil", "2026-03-04T08:00");
    EXPECT_TRUE(of_rule(alerts, cns).empty());
}

TEST(InteractionRule, TwoRelaxantsMakeOnePairInNameOrder) {
    const auto alerts =
        of_rule(two_doses("Zanaflex", "2026-03-04T08:00", "Flexeril", "2026-03-04T20:00"), cns);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].subject, "muscle relaxants together");
    EXPECT_EQ(evidence(alerts[0], "Same day"), "2026-03-04 (Flexeril 50 mg, Zanaflex 10 mg)");
}

TEST(InteractionRule, TwoFormsOfOneRelaxantAreNoPair) {
    const auto alerts = two_doses("Flexeril", "2026-03-04T08:00", "Amrix", "2026-03-04T20:00");
    EXPECT_TRUE(of_rule(alerts, cns).empty());
}

// --- interaction.tizanidine-cyp1a2 -----------------------------------------------------

std::vector<Alert> tizanidine_and(const std::string& brand, const std::string& tizanidine_at,
                                  const std::string& other_at, const Thresholds& t = {}) {
    JournalBuilder j;
    const auto zanaflex = j.med("Zanaflex", "4 mg", "", "2026-05-01");
    const auto other = j.med(brand, "500 mg", "", "2026-05-01");
    j.dose(zanaflex, tizanidine_at);
    j.dose(other, other_at);
    return of_rule(j.analyse("2026-05-20", t), cyp);
}

TEST(InteractionRule, StrongCyp1a2InhibitorWithin48HoursIsUrgent) {
    const auto alerts = tizanidine_and("Cipro", "2026-05-04T08:00", "2026-05-06T08:00");
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::urgent);
    EXPECT_EQ(a.subject, "tizanidine with ciprofloxacin");
    EXPECT_EQ(a.title, "Zanaflex with Cipro");
    EXPECT_EQ(a.raised_on, day("2026-05-06"));
    EXPECT_EQ(a.message,
              "Zanaflex (tizanidine) should not be taken with Cipro (ciprofloxacin): it can raise "
              "tizanidine to dangerous levels. Contact your clinician or pharmacist now.");
    EXPECT_EQ(evidence(a, "Closest doses"),
              "Zanaflex 4 mg at 2026-05-04 08:00, Cipro 500 mg at 2026-05-06 08:00 (48 h apart)");
    EXPECT_EQ(evidence(a, "Threshold"), "48 h either way (setting threshold.cyp1a2-hours)");
    EXPECT_EQ(evidence(a, "Within the window on"), "2026-05-06");
    EXPECT_TRUE(has_source(a, "Zanaflex US label"));
}

TEST(InteractionRule, Cyp1a2InhibitorJustOutside48HoursOrNoInhibitorIsSilent) {
    EXPECT_TRUE(tizanidine_and("Cipro", "2026-05-04T08:00", "2026-05-06T08:01").empty());
    EXPECT_TRUE(tizanidine_and("Cipro", "2026-05-06T08:01", "2026-05-04T08:00").empty());
    EXPECT_TRUE(tizanidine_and("Advil", "2026-05-04T08:00", "2026-05-04T09:00").empty());
}

TEST(InteractionRule, InhibitorTakenBeforeTizanidineCountsToo) {
    const auto alerts = tizanidine_and("Luvox", "2026-05-06T08:00", "2026-05-04T08:00");
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].severity, AlertSeverity::urgent);
    EXPECT_EQ(alerts[0].subject, "tizanidine with fluvoxamine");
    EXPECT_EQ(alerts[0].raised_on, day("2026-05-06"));
}

TEST(InteractionRule, OtherCyp1a2InhibitorWarns) {
    const auto alerts = tizanidine_and("Tagamet", "2026-05-04T08:00", "2026-05-04T20:00");
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].severity, AlertSeverity::warning);
    EXPECT_EQ(alerts[0].subject, "tizanidine with cimetidine");
    EXPECT_EQ(evidence(alerts[0], "Inhibitor"), "cimetidine: CYP1A2 inhibitor");
    EXPECT_EQ(alerts[0].message.substr(alerts[0].message.size() - 37),
              "Talk to your clinician or pharmacist.");
}

TEST(InteractionRule, Cyp1a2HoursSettingMovesTheWindow) {
    Thresholds t;
    t.cyp1a2_hours = 24;
    EXPECT_EQ(tizanidine_and("Cipro", "2026-05-04T08:00", "2026-05-05T08:00", t).size(), 1u);
    EXPECT_TRUE(tizanidine_and("Cipro", "2026-05-04T08:00", "2026-05-05T08:01", t).empty());
    EXPECT_EQ(tizanidine_and("Cipro", "2026-05-04T08:00", "2026-05-05T08:01").size(), 1u);
}

// --- interaction.cyclobenzaprine-maoi --------------------------------------------------

std::vector<Alert> maoi_then_flexeril(const std::string& nardil_at, const std::string& flexeril_at,
                                      const Thresholds& t = {}) {
    JournalBuilder j;
    const auto nardil = j.med("Nardil", "15 mg", "", "2026-04-20");
    const auto flexeril = j.med("Flexeril", "10 mg", "", "2026-04-20");
    j.dose(nardil, nardil_at);
    j.dose(flexeril, flexeril_at);
    return of_rule(j.analyse("2026-05-31", t), maoi);
}

TEST(InteractionRule, CyclobenzaprineWithin14DaysOfAnMaoiIsUrgent) {
    const auto alerts = maoi_then_flexeril("2026-05-01T08:00", "2026-05-15T08:00");
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::urgent);
    EXPECT_EQ(a.subject, "cyclobenzaprine with phenelzine");
    EXPECT_EQ(a.title, "Flexeril with Nardil");
    EXPECT_EQ(a.raised_on, day("2026-05-15"));
    EXPECT_EQ(
        a.message,
        "Flexeril (cyclobenzaprine) must not be combined with Nardil (phenelzine). Contact your "
        "clinician or pharmacist now.");
    EXPECT_EQ(evidence(a, "Cyclobenzaprine taken on"), "2026-05-15 (Nardil last taken 2026-05-01)");
    EXPECT_EQ(evidence(a, "Threshold"),
              "MAOI taken on the same day or up to 14 days before (setting threshold.maoi-days)");
    EXPECT_TRUE(has_source(a, "Flexeril US label"));
}

TEST(InteractionRule, CyclobenzaprineFifteenDaysAfterAnMaoiIsSilent) {
    EXPECT_TRUE(maoi_then_flexeril("2026-05-01T08:00", "2026-05-16T08:00").empty());
}

TEST(InteractionRule, MaoiLaterOnTheSameDayCountsButNotTheNextDay) {
    const auto alerts = maoi_then_flexeril("2026-05-01T20:00", "2026-05-01T08:00");
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].raised_on, day("2026-05-01"));
    // An MAOI started only the day after the last cyclobenzaprine is not "previous".
    EXPECT_TRUE(maoi_then_flexeril("2026-05-02T08:00", "2026-05-01T08:00").empty());
}

TEST(InteractionRule, MaoiDaysSettingMovesTheWindow) {
    Thresholds t;
    t.maoi_days = 7;
    EXPECT_EQ(maoi_then_flexeril("2026-05-01T08:00", "2026-05-08T08:00", t).size(), 1u);
    EXPECT_TRUE(maoi_then_flexeril("2026-05-01T08:00", "2026-05-09T08:00", t).empty());
}

// --- interaction.serotonergic ----------------------------------------------------------

TEST(InteractionRule, CyclobenzaprineWithAnSsriOnTheSameDayWarns) {
    JournalBuilder j;
    const auto flexeril = j.med("Flexeril", "10 mg", "", "2026-03-01");
    const auto zoloft = j.med("Zoloft", "50 mg", "", "2026-03-01");
    j.dose(zoloft, "2026-03-04T07:00");
    j.dose(flexeril, "2026-03-04T22:00");
    const auto alerts = of_rule(j.analyse("2026-03-10"), sero);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert& a = alerts[0];
    EXPECT_EQ(a.severity, AlertSeverity::warning);
    EXPECT_EQ(a.subject, "cyclobenzaprine with sertraline");
    EXPECT_EQ(a.title, "Flexeril with Zoloft");
    EXPECT_EQ(a.raised_on, day("2026-03-04"));
    EXPECT_EQ(
        a.message,
        "Flexeril (cyclobenzaprine) with Zoloft (sertraline): this combination needs monitoring "
        "by your clinician. Make sure they know you take both.");
    EXPECT_EQ(evidence(a, "Same day"), "2026-03-04 (Flexeril 10 mg, Zoloft 50 mg)");
    EXPECT_TRUE(has_source(a, "FDA 2013 Flexeril/Amrix labeling change"));
}

TEST(InteractionRule, SerotonergicOnDifferentDaysIsSilent) {
    const auto alerts = two_doses("Flexeril", "2026-03-05T07:00", "Zoloft", "2026-03-04T07:00");
    EXPECT_TRUE(of_rule(alerts, sero).empty());
}

TEST(InteractionRule, EachSerotonergicKindIsAPartner) {
    const std::vector<std::pair<std::string, std::string>> partners{{"Cymbalta", "duloxetine"},
                                                                    {"Elavil", "amitriptyline"},
                                                                    {"Ultram", "tramadol"},
                                                                    {"Wellbutrin", "bupropion"},
                                                                    {"Prozac", "fluoxetine"}};
    for (const auto& [brand, ingredient] : partners) {
        const auto alerts =
            of_rule(two_doses("Flexeril", "2026-03-04T08:00", brand, "2026-03-04T09:00"), sero);
        ASSERT_EQ(alerts.size(), 1u) << brand;
        EXPECT_EQ(alerts[0].subject, "cyclobenzaprine with " + ingredient);
    }
}

std::vector<Alert> flexeril_zoloft_with(bool symptom, const std::string& name,
                                        const std::string& when) {
    JournalBuilder j;
    const auto flexeril = j.med("Flexeril", "10 mg", "", "2026-03-01");
    const auto zoloft = j.med("Zoloft", "50 mg", "", "2026-03-01");
    j.dose(zoloft, "2026-03-04T07:00");
    j.dose(flexeril, "2026-03-04T08:00");
    if (symptom)
        j.symptom(when, name);
    else
        j.side_effect(when, name);
    return of_rule(j.analyse("2026-03-10"), sero);
}

TEST(InteractionRule, SerotonergicUrgentWhenASignIsLoggedThatDay) {
    for (const std::string name :
         {"agitation", "fever", "tremor", "racing-heart", "palpitations"}) {
        const auto alerts = flexeril_zoloft_with(true, name, "2026-03-04T18:00");
        ASSERT_EQ(alerts.size(), 1u) << name;
        EXPECT_EQ(alerts[0].severity, AlertSeverity::urgent) << name;
        EXPECT_EQ(evidence(alerts[0], "Logged"), name + " on 2026-03-04");
    }
    const auto side_effect = flexeril_zoloft_with(false, "fast-heartbeat", "2026-03-04T18:00");
    ASSERT_EQ(side_effect.size(), 1u);
    EXPECT_EQ(side_effect[0].severity, AlertSeverity::urgent);
    EXPECT_EQ(
        side_effect[0].message,
        "Flexeril (cyclobenzaprine) with Zoloft (sertraline): this combination needs monitoring "
        "by your clinician. You logged fast heartbeat (2026-03-04), which can be signs of "
        "serotonin syndrome: contact your clinician now or seek urgent care.");
}

TEST(InteractionRule, SerotonergicSignOnAnotherDayOrUnrelatedStaysWarning) {
    const auto next_day = flexeril_zoloft_with(true, "tremor", "2026-03-05T00:30");
    ASSERT_EQ(next_day.size(), 1u);
    EXPECT_EQ(next_day[0].severity, AlertSeverity::warning);
    const auto unrelated = flexeril_zoloft_with(false, "dry-mouth", "2026-03-04T18:00");
    ASSERT_EQ(unrelated.size(), 1u);
    EXPECT_EQ(unrelated[0].severity, AlertSeverity::warning);
}

TEST(InteractionRule, TramadolWithCyclobenzaprineRaisesBothRules) {
    const auto alerts = two_doses("Flexeril", "2026-03-04T08:00", "Ultram", "2026-03-04T08:00");
    EXPECT_EQ(of_rule(alerts, cns).size(), 1u);
    EXPECT_EQ(of_rule(alerts, sero).size(), 1u);
}

}  // namespace
}  // namespace relief
