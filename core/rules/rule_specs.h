#pragma once

#include "core/alert.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace relief {

// An event rule's alert stays current for a while after its latest event (a dose above the
// maximum, a red flag); a condition rule's only while the condition holds (a stop, a pattern).
enum class RuleKind { event, condition };

// One row of the rule table: everything about a rule that is not its check. The analyser,
// the report's questions, docs/rules.md and the settings are all tested against it.
struct RuleSpec {
    std::string_view id;      // stable: "withdrawal.abrupt-stop"
    std::string_view family;  // the check, in core/rules/<family>.cpp
    RuleKind kind;
    std::string_view severities;              // "warning; urgent if ..."
    std::vector<std::string_view> sources;    // every source its alerts may cite
    std::vector<std::string_view> settings;   // the threshold.<key> settings it reads
    // What the person may ask at the visit: {drug} is the first drug's name as they call
    // it, {drugs} all of them ("Lioresal and alcohol"), {topic} the alert's topic. The
    // English source: question_for() says it in the current language.
    std::string_view question;
    // How long its alert stays current after the facts were last seen: an event's for a
    // while after it happened; a pattern's for a few days after it last held, so that one
    // good day does not resolve it only for it to come back the next (0: only while it holds).
    int stays_current_days = 0;
};

const std::vector<RuleSpec>& rule_specs();
// nullptr for an id the table does not hold.
const RuleSpec* rule_spec(std::string_view id);

// The question an alert puts in the visit report, from its rule's template and its
// structured subject; `names` maps an ingredient to the name the person uses.
std::string question_for(const Alert& alert, const std::map<std::string, std::string>& names);

}  // namespace relief
