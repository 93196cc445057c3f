#include "rule_specs.h"

#include "analysis_context.h"
#include "sources.h"

#include "core/translate.h"

#include <algorithm>
#include <cctype>

namespace relief {

namespace s = sources;

const std::vector<RuleSpec>& rule_specs() {
    static const std::vector<RuleSpec> specs{
        {"duration.short-term-limit", "duration", RuleKind::condition,
         "info at course day 15; warning from day 22",
         {s::seed_003, s::flexeril_label, s::seed_001, s::soma_label},
         {"short-term-info-day", "short-term-warning-day", "course-gap-days", "use-gap-days"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "Should I keep taking {drug}, and if I stop, how?"), 0},
        {"response.early-benefit", "response", RuleKind::condition, "info",
         {s::seed_003, s::browning, s::farrar},
         {"early-benefit-day", "use-gap-days", "baseline-days", "window-days", "window-min-logged-days", "improvement-points",
          "improvement-percent"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "{drug} has not helped my pain much. Is there a better option?"), 7},
        {"reassess.persistent-pain", "reassessment", RuleKind::condition,
         "warning at episode day 28; marked overdue from day 42",
         {s::seed_003, s::farrar},
         {"persistent-pain-day", "persistent-pain-overdue-day", "episode-start-score", "episode-end-score",
          "episode-end-low-days", "episode-end-unlogged-days"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "My pain has lasted for weeks. Should it be re-assessed?"), 7},
        {"reassess.worsening", "reassessment", RuleKind::condition, "warning", {s::seed_003},
         {"worsening-points"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "My pain is getting worse. What should we check?"), 7},
        {"function.peg-improved", "function", RuleKind::condition, "info (good news)", {s::immpact, s::krebs_peg},
         {"peg-improvement-percent", "peg-current-days"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "My pain and function are better. What should I keep doing?"), 7},
        {"function.peg-no-improvement", "function", RuleKind::condition, "warning from episode day 28",
         {s::seed_003, s::krebs_peg, s::immpact},
         {"peg-improvement-percent", "peg-current-days", "persistent-pain-day"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "My pain still gets in the way after weeks. Should it be re-assessed?"), 7},
        {"function.peg-course", "function", RuleKind::condition, "info", {s::seed_003, s::krebs_peg, s::immpact},
         {"peg-improvement-percent", "peg-current-days", "peg-course-day", "course-gap-days", "use-gap-days"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "{drug} has not made my pain easier to live with. Is it worth going on?"), 7},
        {"redflag.symptoms", "red_flags", RuleKind::event, "urgent", {s::ahcpr, s::nass}, {},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "I had {topic}. What does it mean, and what should I do if it happens again?"), 14},
        {"dose.daily-maximum", "dose_maximum", RuleKind::event, "warning; urgent at 1.5 times the maximum", {},
         {"urgent-dose-percent"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "Some days I took more {drug} than the maximum. What should I do when the pain is bad?"), 14},
        {"interaction.cns-depressants", "interactions", RuleKind::event,
         "warning; urgent if can't stay awake or slow breathing is logged",
         {s::seed_000, s::seed_001, s::relaxant_labels, s::fda_opioid_2016}, {},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "Is it safe to take {drugs} together?"), 30},
        {"interaction.tizanidine-cyp1a2", "interactions", RuleKind::event,
         "urgent with fluvoxamine or ciprofloxacin; warning with another CYP1A2 inhibitor",
         {s::seed_000, s::zanaflex_interactions}, {"cyp1a2-hours"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "Is it safe to take {drugs} together?"), 14},
        {"interaction.cyclobenzaprine-maoi", "interactions", RuleKind::event, "urgent",
         {s::seed_001, s::flexeril_maoi}, {"maoi-days"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "Is it safe to take {drugs} together?"), 14},
        {"interaction.serotonergic", "interactions", RuleKind::event,
         "warning; urgent if agitation, fever, tremor or a racing heart is logged",
         {s::seed_001, s::fda_serotonin_2013}, {},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "Is it safe to take {drugs} together?"), 14},
        {"condition.contraindication", "conditions", RuleKind::condition,
         "warning where the label contraindicates or Beers 2023 says avoid; info for extra care",
         {s::flexeril_contraindications, s::seed_001, s::cyclobenzaprine_hepatic, s::seed_003, s::baclofen_label,
          s::beers, s::amrix_elderly},
         {"elderly-age"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "Is {drug} safe {topic}?"), 0},
        {"withdrawal.abrupt-stop", "withdrawal", RuleKind::condition,
         "warning; urgent if withdrawal signs are logged after the stop; info for carisoprodol",
         {s::zanaflex_label, s::seed_000, s::seed_002, s::baclofen_label, s::seed_001, s::soma_label},
         {"tizanidine-regular-days", "baclofen-regular-days", "tizanidine-drop-mg", "withdrawal-gap-days",
          "withdrawal-current-days", "carisoprodol-days", "regular-use-days", "regular-use-window-days"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "I stopped {drug}. Should I restart it, or how do I stop it safely?"), 0},
        {"adherence.below-target", "adherence_rules", RuleKind::condition,
         "info; warning below 50 % for baclofen or tizanidine", {s::seed_000, s::pqa},
         {"adherence-percent", "adherence-low-percent", "adherence-window-days", "adherence-min-course-days"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "I often miss doses of {drug}. Could the plan be easier to keep?"), 7},
        {"adherence.missed-streak", "adherence_rules", RuleKind::condition,
         "info; warning for baclofen or tizanidine when a whole day's doses are missed", {s::seed_000},
         {"missed-streak"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "I often miss doses of {drug}. Could the plan be easier to keep?"), 0},
        {"adherence.side-effect-skips", "adherence_rules", RuleKind::condition, "info", {s::seed_000},
         {"side-effect-skips", "side-effect-skip-window-days", "side-effect-skip-hours"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "Side effects keep me from taking {drug}. Could the plan change?"), 7},
        {"tolerance.dose-escalation", "tolerance", RuleKind::condition, "warning", {s::seed_000, s::seed_001},
         {"tolerance-window-days", "tolerance-increase-percent", "tolerance-prn-increase-percent",
          "tolerance-above-prescribed-days", "baclofen-titration-days", "tizanidine-titration-days",
          "other-titration-days"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "I am taking more {drug} without more relief. Should the plan change?"), 7},
        {"pain.neuropathic-pattern", "pain_patterns", RuleKind::condition, "info", {s::seed_000}, {"pattern-days"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "Could my burning or shooting pain be nerve pain, and would another treatment help?"), 7},
        {"pain.joint-pattern", "pain_patterns", RuleKind::condition, "info", {s::seed_000}, {"pattern-days"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "Muscle relaxers do not treat joint pain. What would help my joints?"), 7},
        {"cramps.frequent", "cramps", RuleKind::condition, "info", {s::seed_002, s::garrison},
         {"cramp-days", "cramp-relaxant-start-days", "low-fluid-glasses"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "What could be causing my cramps, and what can I do about them?"), 7},
        {"treatment.opioid-first-line", "treatment", RuleKind::event, "info", {s::seed_003, s::acp}, {},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "Should I try other options before opioids?"), 14},
        {"treatment.non-drug-measures", "treatment", RuleKind::condition, "info",
         {s::seed_003, s::seed_001, s::seed_000}, {"non-drug-relaxant-days"},
         //: A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.
         RELIEF_TRANSLATE_NOOP("relief::alerts::rule_specs", "Which exercises or therapies should I do alongside my medicine?"), 7},
    };
    return specs;
}

const RuleSpec* rule_spec(std::string_view id) {
    const auto& all = rule_specs();
    const auto it = std::find_if(all.begin(), all.end(), [&](const RuleSpec& r) { return r.id == id; });
    return it == all.end() ? nullptr : &*it;
}

namespace {

std::string readable(std::string text) {
    std::replace(text.begin(), text.end(), '-', ' ');
    return text;
}

void replace_all(std::string& text, std::string_view key, const std::string& value) {
    for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
        text.replace(at, key.size(), value);
}

}  // namespace

std::string question_for(const Alert& alert, const std::map<std::string, std::string>& names) {
    const RuleSpec* spec = rule_spec(alert.rule_id);
    //: %1: an alert's title.
    if (!spec) return fill(translate("relief::alerts::rule_specs", "Can we talk about this: %1?"), {alert.title});
    auto name = [&](const std::string& ingredient) {
        auto it = names.find(ingredient);
        return it == names.end() ? ingredient : it->second;
    };
    std::vector<std::string> all;
    for (const auto& d : alert.drugs) all.push_back(name(d));
    const std::string drugs = joined(all, translate("relief::alerts::rule_specs", "%1 and %2"));
    // The table's questions are the English source; spec->question is a literal, so
    // null-terminated.
    std::string q = translate("relief::alerts::rule_specs", spec->question.data());
    //: Stands for the medicine in a question when the alert names none ("Should I keep taking it?").
    replace_all(q, "{drug}", all.empty() ? translate("relief::alerts::rule_specs", "it") : all.front());
    //: Stands for the medicines in a question when the alert names none ("Is it safe to take these together?").
    replace_all(q, "{drugs}", drugs.empty() ? translate("relief::alerts::rule_specs", "these") : drugs);
    replace_all(q, "{topic}", readable(alert.topic.empty() ? alert.title : alert.topic));
    if (!q.empty()) q[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(q[0])));
    return q;
}

}  // namespace relief
