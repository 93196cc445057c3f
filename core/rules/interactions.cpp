#include "rule_families.h"
#include "sources.h"

#include "core/zone.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace relief {

namespace {

const std::string relaxant_labels = sources::relaxant_labels;
const std::string opioid_warning = sources::fda_opioid_2016;
const std::string zanaflex_label = sources::zanaflex_interactions;
const std::string flexeril_label = sources::flexeril_maoi;
const std::string fda_2013 = sources::fda_serotonin_2013;

constexpr std::size_t max_listed_days = 10;
const std::string alcohol = "alcohol";
const std::set<std::string> oversedation_signs{"cant-stay-awake", "slow-breathing"};
const std::set<std::string> serotonin_signs{"agitation",    "fever",      "tremor",
                                            "racing-heart", "palpitations", "fast-heartbeat"};

struct TakenDose {
    std::string ingredient;
    ClassSet classes;
    Instant at{};
    LocalDay day{};
    std::string name;
    Amount amount;
};

// What the person logged that the interaction rules read, by local day: from `start`, the
// first day they raise anything for (event_look_back_days), and a few days before it that
// they look back to (an MAOI up to maoi_days earlier, a dose the evening before).
struct Facts {
    LocalDay start{};
    std::vector<TakenDose> doses;  // taken only, in time order
    std::map<LocalDay, std::vector<const TakenDose*>> doses_by_day;
    std::map<LocalDay, int> drinks;
    std::map<LocalDay, std::set<std::string>> signs;  // symptoms and side effects
};

Facts gather(const AnalysisContext& ctx) {
    Facts f;
    f.start = event_look_back_start(ctx.as_of());
    const LocalDay read_from = f.start - date::days{std::max(ctx.t().maoi_days, 1) + 1};
    for (const Entry* e : ctx.index.entries_from(read_from)) {
        if (e->day < read_from) continue;
        if (const auto* d = std::get_if<DoseEntry>(&e->data)) {
            const Medication* med = ctx.index.medication(d->medication_id);
            if (!med || d->status != DoseStatus::taken) continue;
            f.doses.push_back({med->ingredient, ctx.index.classes_of_medication(med->id), e->at, e->day,
                               med->name, d->amount});
        } else if (const auto* a = std::get_if<AlcoholEntry>(&e->data)) {
            if (a->drinks > 0) f.drinks[e->day] += a->drinks;
        } else if (const auto* s = std::get_if<SymptomEntry>(&e->data)) {
            f.signs[e->day].insert(s->name);
        } else if (const auto* se = std::get_if<SideEffectEntry>(&e->data)) {
            f.signs[e->day].insert(se->name);
        }
    }
    for (const TakenDose& d : f.doses) f.doses_by_day[d.day].push_back(&d);
    return f;
}

// "alcohol" in the current language.
std::string alcohol_word() { return translate("relief::alerts::interactions", "alcohol"); }

std::string drug_phrase(const AnalysisContext& ctx, const std::string& ingredient) {
    if (ingredient == alcohol) return alcohol_word();
    const std::string name = ctx.display_name(ingredient);
    return name == ingredient ? name : name + " (" + ingredient + ")";
}

std::string day_total(const AnalysisContext& ctx, const Facts& f, const std::string& ingredient, LocalDay day) {
    if (ingredient == alcohol) {
        const int n = f.drinks.at(day);
        return n == 1 ? translate("relief::alerts::interactions", "%n drink", nullptr, n)
                      : translate("relief::alerts::interactions", "%n drinks", nullptr, n);
    }
    const auto i = ctx.doses.find(ingredient);
    if (i == ctx.doses.end()) return ingredient;
    const auto d = i->second.find(day);
    return d == i->second.end() ? ingredient : ctx.display_name(ingredient) + " " + d->second.total.to_string();
}

// One alert per pair: the days it happened and, for the step up, what was logged.
struct Pair {
    std::string first;   // the ingredient the rule is about
    std::string second;  // the other ingredient, or "alcohol"
    std::set<std::string> relaxants;  // check_cns: every muscle relaxant taken with `second`
    std::map<LocalDay, std::string> days;  // day -> what happened that day
    std::vector<std::pair<std::string, LocalDay>> signs;  // what was logged on a pair day
    bool strong = false;
};

Pair& pair_of(std::map<std::string, Pair>& pairs, const std::string& first, const std::string& second) {
    Pair& p = pairs[first + " with " + second];
    p.first = first;
    p.second = second;
    return p;
}

void note_signs(const Facts& f, LocalDay day, const std::set<std::string>& wanted, Pair& p) {
    const auto s = f.signs.find(day);
    if (s == f.signs.end()) return;
    for (const std::string& name : s->second)
        if (wanted.contains(name) && std::find(p.signs.begin(), p.signs.end(), std::pair{name, day}) == p.signs.end())
            p.signs.emplace_back(name, day);
}

// The latest days (at most ten), oldest first, then how many there were.
void add_days(const Pair& p, const std::string& label, Alert& a) {
    a.last_seen = p.days.rbegin()->first;
    std::size_t skip = p.days.size() > max_listed_days ? p.days.size() - max_listed_days : 0;
    for (const auto& [day, what] : p.days) {
        if (skip > 0) {
            --skip;
            continue;
        }
        a.evidence.push_back({label, display_day(day) + (what.empty() ? "" : " (" + what + ")")});
    }
    // A reader counting the dates above against "Days: 317" must know they are the latest.
    a.evidence.push_back(
        {translate("relief::alerts::interactions", "Days in the last 12 months"),
         p.days.size() > max_listed_days
             //: %1: how many days; %2: how many of them are listed.
             ? fill(translate("relief::alerts::interactions", "%1 (the latest %2 are listed)"),
                    {std::to_string(p.days.size()), std::to_string(max_listed_days)})
             : std::to_string(p.days.size())});
}

// The signs the interaction rules read, in the person's words and language.
std::string plain_sign(const std::string& name) {
    if (name == "cant-stay-awake") return translate("relief::alerts::interactions", "can't stay awake");
    if (name == "slow-breathing") return translate("relief::alerts::interactions", "slow breathing");
    if (name == "agitation") return translate("relief::alerts::interactions", "agitation");
    if (name == "fever") return translate("relief::alerts::interactions", "fever");
    if (name == "tremor") return translate("relief::alerts::interactions", "tremor");
    if (name == "racing-heart") return translate("relief::alerts::interactions", "racing heart");
    if (name == "palpitations") return translate("relief::alerts::interactions", "palpitations");
    if (name == "fast-heartbeat") return translate("relief::alerts::interactions", "fast heartbeat");
    std::string text = name;
    std::replace(text.begin(), text.end(), '-', ' ');
    return text;
}

// "cant-stay-awake on 2026-03-05" for evidence; "can't stay awake (2026-03-05)" for people.
std::string signs_text(const Pair& p, bool plain) {
    std::string out;
    for (const auto& [name, day] : p.signs) {
        const std::string text =
            plain
                //: %1: a sign the person logged ("slow breathing"); %2: a day.
                ? fill(translate("relief::alerts::interactions", "%1 (%2)"), {plain_sign(name), display_day(day)})
                //: %1: a sign's name as the journal stores it; %2: a day.
                : fill(translate("relief::alerts::interactions", "%1 on %2"), {name, display_day(day)});
        out += (out.empty() ? "" : ", ") + text;
    }
    return out;
}

std::string title_of(const AnalysisContext& ctx, const Pair& p) {
    const std::string second = p.second == alcohol ? alcohol_word() : ctx.display_name(p.second);
    //: %1 and %2: two medicines, or a medicine and alcohol.
    return fill(translate("relief::alerts::interactions", "%1 with %2"), {capitalised(ctx.display_name(p.first)), second});
}

bool is_depressant_partner(const ClassSet& c) {
    return c.has(DrugClass::opioid) || c.has(DrugClass::benzodiazepine) || c.has(DrugClass::sedative) ||
           c.has(DrugClass::gabapentinoid);
}

// One alert per partner (alcohol, an opioid, a sleep medicine...) naming every muscle
// relaxant taken with it, and one for muscle relaxants taken together: a weekend drink
// with the usual baclofen and tizanidine is one habit to talk about, not two alerts.
constexpr const char* together = "muscle relaxants together";

void check_cns(const AnalysisContext& ctx, const Facts& f, std::vector<Alert>& out) {
    std::map<std::string, Pair> pairs;
    auto record = [&](LocalDay day, const std::vector<std::string>& relaxants, const std::string& partner) {
        Pair& p = pairs[partner == together ? std::string(together) : "muscle relaxants with " + partner];
        p.second = partner;
        std::string what;
        for (const auto& r : relaxants) {
            p.relaxants.insert(r);
            what += (what.empty() ? "" : ", ") + day_total(ctx, f, r, day);
        }
        if (partner != together) what += ", " + day_total(ctx, f, partner, day);
        p.days[day] = what;
        note_signs(f, day, oversedation_signs, p);
    };
    for (const auto& [day, doses] : f.doses_by_day) {
        if (day < f.start) continue;
        std::set<std::string> relaxants, partners;
        for (const TakenDose* d : doses) {
            if (d->classes.has(DrugClass::muscle_relaxant)) relaxants.insert(d->ingredient);
            else if (is_depressant_partner(d->classes)) partners.insert(d->ingredient);
        }
        if (relaxants.empty()) continue;
        const std::vector<std::string> list(relaxants.begin(), relaxants.end());
        for (const std::string& p : partners) record(day, list, p);
        if (f.drinks.contains(day)) record(day, list, alcohol);
        if (relaxants.size() > 1) record(day, list, together);
    }
    for (auto& [subject, p] : pairs) {
        const bool urgent = !p.signs.empty();
        std::vector<std::string> names;
        for (const auto& r : p.relaxants) names.push_back(drug_phrase(ctx, r));
        const std::string taken = joined(names, translate("relief::alerts::interactions", "%1 and %2"));
        std::string message =
            p.second == together
                //: %1: two or more muscle relaxants.
                ? fill(translate("relief::alerts::interactions",
                                 "Taking %1 together can dangerously increase drowsiness and slow breathing."),
                       {taken})
                //: %1: one or more muscle relaxants; %2: alcohol, an opioid, a sleep medicine...
                : fill(translate("relief::alerts::interactions",
                                 "Taking %1 with %2 can dangerously increase drowsiness and slow breathing."),
                       {taken, drug_phrase(ctx, p.second)});
        //: %1: the signs logged, each with its day.
        message += urgent ? " " + fill(translate("relief::alerts::interactions",
                                                 "You logged %1: contact your clinician now, or seek urgent care if "
                                                 "breathing is slow."),
                                       {signs_text(p, true)})
                          : ask_clinician();
        std::vector<std::string> cited{sources::seed_000, sources::seed_001, relaxant_labels};
        if (p.second != alcohol && p.second != together && ctx.classes_of(p.second).has(DrugClass::opioid))
            cited.push_back(opioid_warning);
        std::vector<std::string> short_names;
        for (const auto& r : p.relaxants) short_names.push_back(ctx.display_name(r));
        const std::string title =
            p.second == together
                ? capitalised(joined(short_names, translate("relief::alerts::interactions", "%1 with %2")))
                : fill(translate("relief::alerts::interactions", "%1 with %2"),
                       {capitalised(joined(short_names, translate("relief::alerts::interactions", "%1 and %2"))),
                        p.second == alcohol ? alcohol_word() : ctx.display_name(p.second)});
        Alert a = make_alert("interaction.cns-depressants", urgent ? AlertSeverity::urgent : AlertSeverity::warning,
                             subject, title, std::move(message), std::move(cited), p.days.begin()->first);
        a.drugs.assign(p.relaxants.begin(), p.relaxants.end());
        if (p.second != together) a.drugs.push_back(p.second);
        add_days(p, translate("relief::alerts::interactions", "Same day"), a);
        a.evidence.push_back({translate("relief::alerts::interactions", "Threshold"),
                              translate("relief::alerts::interactions", "on the same local day")});
        if (urgent) a.evidence.push_back({translate("relief::alerts::interactions", "Logged"), signs_text(p, false)});
        out.push_back(std::move(a));
    }
}

std::string hours_apart(Instant a, Instant b) {
    const auto gap = std::chrono::duration_cast<std::chrono::minutes>(a > b ? a - b : b - a).count();
    const auto h = gap / 60, m = gap % 60;
    //: The time between two doses: "2 h apart", "2 h 30 min apart".
    return m ? fill(translate("relief::alerts::interactions", "%1 h %2 min apart"), {std::to_string(h), std::to_string(m)})
             : fill(translate("relief::alerts::interactions", "%1 h apart"), {std::to_string(h)});
}

void check_cyp1a2(const AnalysisContext& ctx, const Facts& f, std::vector<Alert>& out) {
    const auto window = std::chrono::hours{ctx.t().cyp1a2_hours};
    std::map<std::string, Pair> pairs;
    std::map<std::string, std::pair<const TakenDose*, const TakenDose*>> closest;
    // Only inhibitor doses within the window of a tizanidine dose can pair: found by time
    // (f.doses is in time order) rather than by comparing every dose with every other,
    // which took seconds on a journal of ten years.
    std::vector<const TakenDose*> inhibitors;
    for (const TakenDose& i : f.doses)
        if (i.ingredient != "tizanidine" &&
            (i.classes.has(DrugClass::cyp1a2_strong_inhibitor) || i.classes.has(DrugClass::cyp1a2_inhibitor)))
            inhibitors.push_back(&i);
    for (const TakenDose& t : f.doses) {
        if (t.ingredient != "tizanidine" || inhibitors.empty()) continue;
        auto from = std::lower_bound(inhibitors.begin(), inhibitors.end(), t.at - window,
                                     [](const TakenDose* d, Instant at) { return d->at < at; });
        for (auto it = from; it != inhibitors.end() && (*it)->at <= t.at + window; ++it) {
            const TakenDose& i = **it;
            const bool strong = i.classes.has(DrugClass::cyp1a2_strong_inhibitor);
            const auto gap = t.at > i.at ? t.at - i.at : i.at - t.at;
            // The interaction happens once the second of the two doses is taken.
            const TakenDose& later = t.at > i.at ? t : i;
            if (later.day < f.start) continue;
            Pair& p = pair_of(pairs, t.ingredient, i.ingredient);
            p.strong = strong;
            p.days.emplace(later.day, "");
            auto& [ct, ci] = closest[p.first + " with " + p.second];
            if (!ct || gap < (ct->at > ci->at ? ct->at - ci->at : ci->at - ct->at)) {
                ct = &t;
                ci = &i;
            }
        }
    }
    for (const auto& [subject, p] : pairs) {
        const auto [t, i] = closest.at(subject);
        //: %1: tizanidine (the person's name for it); %2: the other medicine.
        std::string message = fill(translate("relief::alerts::interactions",
                                             "%1 should not be taken with %2: it can raise tizanidine to dangerous "
                                             "levels."),
                                   {capitalised(drug_phrase(ctx, p.first)), drug_phrase(ctx, p.second)});
        message += p.strong ? " " + translate("relief::alerts::interactions", "Contact your clinician or pharmacist now.")
                            : ask_clinician();
        Alert a = make_alert("interaction.tizanidine-cyp1a2",
                             p.strong ? AlertSeverity::urgent : AlertSeverity::warning, subject,
                             title_of(ctx, p), std::move(message),
                             {sources::seed_000, zanaflex_label}, p.days.begin()->first);
        a.drugs = {p.first, p.second};
        a.evidence.push_back(
            {translate("relief::alerts::interactions", "Inhibitor"),
             p.strong
                 //: %1: the medicine's ingredient.
                 ? fill(translate("relief::alerts::interactions", "%1: strong CYP1A2 inhibitor (contraindicated)"),
                        {p.second})
                 : fill(translate("relief::alerts::interactions", "%1: CYP1A2 inhibitor"), {p.second})});
        a.evidence.push_back(
            {translate("relief::alerts::interactions", "Closest doses"),
             //: Two doses: name, amount and day and time of each (%1 %2 at %3, %4 %5 at %6); %7: the time between.
             fill(translate("relief::alerts::interactions", "%1 %2 at %3, %4 %5 at %6 (%7)"),
                  {t->name, t->amount.to_string(), display_local(t->at, ctx.index.home()), i->name,
                   i->amount.to_string(), display_local(i->at, ctx.index.home()), hours_apart(t->at, i->at)})});
        add_days(p, translate("relief::alerts::interactions", "Within the window on"), a);
        a.evidence.push_back({translate("relief::alerts::interactions", "Threshold"),
                              fill(translate("relief::alerts::interactions",
                                             "%1 h either way (setting threshold.cyp1a2-hours)"),
                                   {std::to_string(ctx.t().cyp1a2_hours)})});
        out.push_back(std::move(a));
    }
}

void check_maoi(const AnalysisContext& ctx, const Facts& f, std::vector<Alert>& out) {
    std::set<LocalDay> cyclo_days;
    std::map<std::string, std::set<LocalDay>> maoi_days;
    for (const TakenDose& d : f.doses) {
        if (d.ingredient == "cyclobenzaprine") cyclo_days.insert(d.day);
        else if (d.classes.has(DrugClass::maoi)) maoi_days[d.ingredient].insert(d.day);
    }
    std::map<std::string, Pair> pairs;
    for (const auto& [maoi, days] : maoi_days) {
        for (const LocalDay c : cyclo_days) {
            if (c < f.start) continue;
            auto after = days.upper_bound(c);
            if (after == days.begin()) continue;
            const LocalDay last_maoi = *std::prev(after);
            if ((c - last_maoi).count() > ctx.t().maoi_days) continue;
            //: %1: the MAOI; %2: a day.
            pair_of(pairs, "cyclobenzaprine", maoi).days[c] =
                fill(translate("relief::alerts::interactions", "%1 last taken %2"),
                     {ctx.display_name(maoi), display_day(last_maoi)});
        }
    }
    for (const auto& [subject, p] : pairs) {
        //: %1: cyclobenzaprine (the person's name for it); %2: the MAOI.
        std::string message = fill(translate("relief::alerts::interactions",
                                             "%1 must not be combined with %2. Contact your clinician or pharmacist now."),
                                   {capitalised(drug_phrase(ctx, p.first)), drug_phrase(ctx, p.second)});
        Alert a = make_alert("interaction.cyclobenzaprine-maoi", AlertSeverity::urgent, subject,
                             title_of(ctx, p), std::move(message),
                             {sources::seed_001, flexeril_label}, p.days.begin()->first);
        a.drugs = {p.first, p.second};
        add_days(p, translate("relief::alerts::interactions", "Cyclobenzaprine taken on"), a);
        a.evidence.push_back({translate("relief::alerts::interactions", "Threshold"),
                              translate("relief::alerts::interactions",
                                        "MAOI taken on the same day or up to %n days before (setting threshold.maoi-days)",
                                        nullptr, ctx.t().maoi_days)});
        out.push_back(std::move(a));
    }
}

void check_serotonergic(const AnalysisContext& ctx, const Facts& f, std::vector<Alert>& out) {
    std::map<std::string, Pair> pairs;
    for (const auto& [day, doses] : f.doses_by_day) {
        if (day < f.start) continue;
        const bool cyclo = std::any_of(doses.begin(), doses.end(),
                                       [](const TakenDose* d) { return d->ingredient == "cyclobenzaprine"; });
        if (!cyclo) continue;
        for (const TakenDose* d : doses) {
            if (d->ingredient == "cyclobenzaprine" || !d->classes.has(DrugClass::serotonergic)) continue;
            Pair& p = pair_of(pairs, "cyclobenzaprine", d->ingredient);
            p.days[day] = day_total(ctx, f, p.first, day) + ", " + day_total(ctx, f, p.second, day);
            note_signs(f, day, serotonin_signs, p);
        }
    }
    for (const auto& [subject, p] : pairs) {
        const bool urgent = !p.signs.empty();
        //: %1: cyclobenzaprine (the person's name for it); %2: the other medicine.
        std::string message = fill(translate("relief::alerts::interactions",
                                             "%1 with %2: this combination needs monitoring by your clinician."),
                                   {capitalised(drug_phrase(ctx, p.first)), drug_phrase(ctx, p.second)});
        //: %1: the signs logged, each with its day.
        message += " " + (urgent ? fill(translate("relief::alerts::interactions",
                                                  "You logged %1, which can be signs of serotonin syndrome: contact "
                                                  "your clinician now or seek urgent care."),
                                        {signs_text(p, true)})
                                 : translate("relief::alerts::interactions", "Make sure they know you take both."));
        Alert a = make_alert("interaction.serotonergic",
                             urgent ? AlertSeverity::urgent : AlertSeverity::warning, subject,
                             title_of(ctx, p), std::move(message), {sources::seed_001, fda_2013},
                             p.days.begin()->first);
        a.drugs = {p.first, p.second};
        add_days(p, translate("relief::alerts::interactions", "Same day"), a);
        a.evidence.push_back({translate("relief::alerts::interactions", "Threshold"),
                              translate("relief::alerts::interactions", "both on the same local day")});
        if (urgent) a.evidence.push_back({translate("relief::alerts::interactions", "Logged"), signs_text(p, false)});
        out.push_back(std::move(a));
    }
}

}  // namespace

void check_interactions(const AnalysisContext& ctx, std::vector<Alert>& out) {
    const Facts facts = gather(ctx);
    check_cns(ctx, facts, out);
    check_cyp1a2(ctx, facts, out);
    check_maoi(ctx, facts, out);
    check_serotonergic(ctx, facts, out);
}

}  // namespace relief
