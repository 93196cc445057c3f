#include "rule_families.h"
#include "sources.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>

namespace relief {

namespace {

constexpr const char* rule_id = "condition.contraindication";
const std::string flexeril_label = sources::flexeril_contraindications;
const std::string hepatic_labels = sources::cyclobenzaprine_hepatic;
const std::string baclofen_label = sources::baclofen_label;
const std::string beers = sources::beers;
const std::string amrix_elderly = sources::amrix_elderly;

// A drug stopped within this many days still matters to a condition check: it may be
// restarted, and it is still in the body (RULES.md: medications in use).
constexpr int recent_use_days = 7;

const std::vector<std::string> cardiac_conditions{"hyperthyroidism", "arrhythmia", "heart-block",
                                                  "heart-failure", "recent-heart-attack"};

// The person's medications of one ingredient that are in use as of as_of.
struct InUse {
    std::string ingredient;
    std::vector<const Medication*> meds;
    std::map<std::int64_t, LocalDay> last_taken;  // within the recent window
    const Medication* er_med() const {
        for (const Medication* m : meds)
            if (m->form == DoseForm::extended_release) return m;
        return nullptr;
    }
};

LocalDay window_start(const AnalysisContext& ctx) {
    return ctx.as_of() - date::days{recent_use_days - 1};
}

std::map<std::string, InUse> in_use(const AnalysisContext& ctx) {
    const LocalDay from = window_start(ctx);
    std::map<std::int64_t, LocalDay> last;
    for (const Entry* e : ctx.index.entries()) {
        const auto* d = std::get_if<DoseEntry>(&e->data);
        if (d && d->status == DoseStatus::taken && e->day >= from && e->day <= ctx.as_of())
            last[d->medication_id] = e->day;
    }
    std::map<std::string, InUse> out;
    for (const Medication& m : ctx.index.medications()) {
        const auto taken = last.find(m.id);
        if (!m.active_on(ctx.as_of()) && taken == last.end()) continue;
        InUse& u = out[m.ingredient];
        u.ingredient = m.ingredient;
        u.meds.push_back(&m);
        if (taken != last.end()) u.last_taken[m.id] = taken->second;
    }
    return out;
}

// Stable across re-runs: the first day of the course that brought the drug into the
// window, else the earliest start of a medication that is active but not yet taken.
LocalDay use_began(const AnalysisContext& ctx, const InUse& u) {
    const LocalDay from = window_start(ctx);
    if (const auto c = ctx.courses.find(u.ingredient); c != ctx.courses.end())
        for (const Course& course : c->second)
            if (course.last >= from && course.first <= ctx.as_of()) return course.first;
    LocalDay first = ctx.as_of();
    for (const Medication* m : u.meds) first = std::min(first, m->start);
    return first;
}

std::string drug_phrase(const AnalysisContext& ctx, const std::string& ingredient) {
    const std::string name = ctx.display_name(ingredient);
    return name == ingredient ? name : name + " (" + ingredient + ")";
}

// The profile's condition in the person's words, in the current language.
std::string readable(std::string condition) {
    if (condition == "hyperthyroidism") return translate("relief::alerts::conditions", "hyperthyroidism");
    if (condition == "arrhythmia") return translate("relief::alerts::conditions", "arrhythmia");
    if (condition == "heart-block") return translate("relief::alerts::conditions", "heart block");
    if (condition == "heart-failure") return translate("relief::alerts::conditions", "heart failure");
    if (condition == "recent-heart-attack") return translate("relief::alerts::conditions", "recent heart attack");
    if (condition == "liver-impairment") return translate("relief::alerts::conditions", "liver impairment");
    if (condition == "kidney-disease") return translate("relief::alerts::conditions", "kidney disease");
    if (condition == "pregnancy") return translate("relief::alerts::conditions", "pregnancy");
    std::replace(condition.begin(), condition.end(), '-', ' ');
    return condition;
}

bool has_condition(const AnalysisContext& ctx, const std::string& condition) {
    const auto& list = ctx.index.profile().conditions;
    return std::find(list.begin(), list.end(), condition) != list.end();
}

void add_use_evidence(const AnalysisContext& ctx, const InUse& u, Alert& a) {
    for (const Medication* m : u.meds) {
        std::string value = m->name;
        if (m->form == DoseForm::extended_release)
            //: %1: a medicine's name.
            value = fill(translate("relief::alerts::conditions", "%1 (extended-release)"), {value});
        if (m->active_on(ctx.as_of()))
            //: %1: a medicine's name; %2: a day.
            value = fill(translate("relief::alerts::conditions", "%1, active since %2"), {value, display_day(m->start)});
        if (const auto t = u.last_taken.find(m->id); t != u.last_taken.end())
            //: %1: a medicine's name; %2: a day.
            value = fill(translate("relief::alerts::conditions", "%1, last taken %2"), {value, display_day(t->second)});
        a.evidence.push_back({translate("relief::alerts::conditions", "Medication"), value});
    }
    a.evidence.push_back({translate("relief::alerts::conditions", "Threshold"),
                          fill(translate("relief::alerts::conditions", "active on %1 or taken since %2 (%n days)",
                                         nullptr, recent_use_days),
                               {display_day(ctx.as_of()), display_day(window_start(ctx))})});
}

// `contraindicated`: the label says the drug should not be used with the condition, which
// is not "extra care" (RULES.md).
void raise_alert(const AnalysisContext& ctx, const InUse& u, const std::string& condition, AlertSeverity severity,
           const std::string& extra, std::vector<std::string> sources, std::vector<Alert>& out,
           bool contraindicated = false) {
    const std::string z = readable(condition);
    std::string message =
        contraindicated
            //: %1: a condition ("heart failure"); %2: the medicine.
            ? fill(translate("relief::alerts::conditions",
                             "Your profile lists %1. The label says %2 should not be used with %1."),
                   {z, drug_phrase(ctx, u.ingredient)}) +
                  extra + " " + translate("relief::alerts::conditions", "Ask your prescriber before the next dose.")
            //: %1: a condition ("kidney disease"); %2: the medicine.
            : fill(translate("relief::alerts::conditions", "Your profile lists %1; %2 needs extra care with %1."),
                   {z, drug_phrase(ctx, u.ingredient)}) +
                  extra + ask_clinician();
    Alert a = make_alert(rule_id, severity, u.ingredient + " with " + condition,
                         //: %1: the medicine; %2: a condition ("heart failure").
                         fill(translate("relief::alerts::conditions", "%1 with %2"),
                              {capitalised(ctx.display_name(u.ingredient)), z}),
                         std::move(message), std::move(sources), use_began(ctx, u));
    a.drugs = {u.ingredient};
    //: Ends the visit report's question "Is Flexeril safe with heart failure?"; %1: a condition.
    a.topic = fill(translate("relief::alerts::conditions", "with %1"), {z});
    //: %1: the condition's name as the profile stores it.
    a.evidence.push_back({translate("relief::alerts::conditions", "Condition"),
                          fill(translate("relief::alerts::conditions", "%1 (profile)"), {condition})});
    add_use_evidence(ctx, u, a);
    out.push_back(std::move(a));
}

void check_cyclobenzaprine(const AnalysisContext& ctx, const InUse& u, std::vector<Alert>& out) {
    for (const std::string& c : cardiac_conditions)
        if (has_condition(ctx, c))
            raise_alert(ctx, u, c, AlertSeverity::warning, "", {flexeril_label, sources::seed_001},
                        out, true);
    if (has_condition(ctx, "liver-impairment")) {
        std::string extra;
        if (const Medication* er = u.er_med())
            //: %1: the medicine's name.
            extra = " " + fill(translate("relief::alerts::conditions",
                                         "The extended-release form (%1) is not recommended with any liver impairment."),
                               {er->name});
        raise_alert(ctx, u, "liver-impairment", AlertSeverity::warning, extra,
                    {hepatic_labels, sources::seed_003}, out);
    }
}

void check_baclofen(const AnalysisContext& ctx, const InUse& u, std::vector<Alert>& out) {
    if (has_condition(ctx, "kidney-disease")) {
        // Beers 2023: avoid baclofen in older adults with reduced kidney function.
        const auto birth_year = ctx.index.profile().birth_year;
        const bool older = birth_year && static_cast<int>(date::year_month_day{ctx.as_of()}.year()) - *birth_year >=
                                             ctx.t().elderly_age;
        raise_alert(ctx, u, "kidney-disease", older ? AlertSeverity::warning : AlertSeverity::info,
                    older ? " " + translate("relief::alerts::conditions",
                                            "At your age the Beers Criteria advise avoiding it when the kidneys work "
                                            "less well (eGFR below 60).")
                          : "",
                    older ? std::vector<std::string>{baclofen_label, beers} : std::vector<std::string>{baclofen_label},
                    out);
    }
    if (has_condition(ctx, "pregnancy"))
        raise_alert(ctx, u, "pregnancy", AlertSeverity::info, "", {baclofen_label}, out);
}

void check_age(const AnalysisContext& ctx, const InUse& u, std::vector<Alert>& out) {
    const ClassSet classes = ctx.classes_of(u.ingredient);
    if (!classes.has(DrugClass::acute) || !classes.has(DrugClass::antispasmodic)) return;
    const auto birth_year = ctx.index.profile().birth_year;
    if (!birth_year) return;
    const date::year_month_day today{ctx.as_of()};
    const int age = static_cast<int>(today.year()) - *birth_year;
    const int elderly = ctx.t().elderly_age;
    if (age < elderly) return;

    const Medication* er = u.ingredient == "cyclobenzaprine" ? u.er_med() : nullptr;
    const std::string threshold = std::to_string(elderly) + " or over";
    // Beers 2023: avoid in older adults (strong recommendation): poorly tolerated
    // (drowsiness, confusion, falls), and benefit at tolerated doses is doubtful.
    //: %1: the person's age; %2: the medicine; %3: the age from which to avoid it.
    std::string message = fill(translate("relief::alerts::conditions",
                                         "Your profile lists your age as %1. %2 is on the list of medicines adults of "
                                         "%3 or over should avoid (AGS Beers Criteria 2023): it can cause drowsiness, "
                                         "confusion and falls."),
                               {std::to_string(age), drug_phrase(ctx, u.ingredient), std::to_string(elderly)});
    if (er)
        //: %1: the medicine's name.
        message += " " + fill(translate("relief::alerts::conditions",
                                        "The extended-release form (%1) is not recommended at this age."),
                              {er->name});
    message += " " + translate("relief::alerts::conditions", "Ask your clinician whether another option suits you.");
    std::vector<std::string> cited{beers, sources::seed_003};
    if (er) cited.push_back(amrix_elderly);
    // The day the person reached the age, to the precision the birth year allows.
    const LocalDay reached = date::local_days{date::year{*birth_year + elderly} / 1 / 1};
    Alert a =
        make_alert(rule_id, AlertSeverity::warning,
                   u.ingredient + " at " + threshold,
                   //: %1: the medicine; %2: an age ("Flexeril at 65 or over").
                   fill(translate("relief::alerts::conditions", "%1 at %2 or over"),
                        {capitalised(ctx.display_name(u.ingredient)), std::to_string(elderly)}),
                   std::move(message), std::move(cited), std::max(use_began(ctx, u), reached));
    a.drugs = {u.ingredient};
    //: Ends the visit report's question "Is Flexeril safe at 65 or over?"; %1: an age.
    a.topic = fill(translate("relief::alerts::conditions", "at %1 or over"), {std::to_string(elderly)});
    //: %1: the person's age; %2: this year; %3: their birth year.
    a.evidence.push_back({translate("relief::alerts::conditions", "Age"),
                          fill(translate("relief::alerts::conditions", "%1 in %2 (birth year %3)"),
                               {std::to_string(age), std::to_string(static_cast<int>(today.year())),
                                std::to_string(*birth_year)})});
    a.evidence.push_back({translate("relief::alerts::conditions", "Age threshold"),
                          fill(translate("relief::alerts::conditions", "%1 (setting threshold.elderly-age)"),
                               {std::to_string(elderly)})});
    add_use_evidence(ctx, u, a);
    out.push_back(std::move(a));
}

}  // namespace

void check_conditions(const AnalysisContext& ctx, std::vector<Alert>& out) {
    for (const auto& [ingredient, use] : in_use(ctx)) {
        if (ingredient == "cyclobenzaprine") check_cyclobenzaprine(ctx, use, out);
        if (ingredient == "baclofen") check_baclofen(ctx, use, out);
        check_age(ctx, use, out);
    }
}

}  // namespace relief
