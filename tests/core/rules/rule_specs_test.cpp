// The rule table (core/rules/rule_specs.cpp) is the one place a rule's id, kind, sources,
// settings and report question live: the analyser, the settings, docs/rules.md and the
// report's questions are each checked against it here.
#include "core/rules/rule_specs.h"
#include "core/thresholds.h"
#include "journal_builder.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

namespace relief {
namespace {

using testing::JournalBuilder;

std::string read(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// A journal that raises many rules at once: alerts to check against the table.
std::vector<Alert> busy_journal_alerts() {
    JournalBuilder b;
    b.profile().birth_year = 1950;
    b.profile().conditions = {"heart-failure"};
    const auto flexeril = b.med("Flexeril", "10mg", "08:00,14:00,20:00", "2026-03-01");
    const auto zanaflex = b.med("Zanaflex", "4mg", "08:00,14:00,20:00", "2026-03-01");
    const auto cipro = b.med("ciprofloxacin", "500mg", "08:00,20:00", "2026-03-20");
    b.take_daily(flexeril, "2026-03-01", "2026-03-25");
    b.take_daily(zanaflex, "2026-03-01", "2026-03-22");
    b.take_daily(cipro, "2026-03-20", "2026-03-22");
    b.dose(flexeril, "2026-03-25T22:00", "30mg");
    b.alcohol("2026-03-24T20:00", 3);
    b.pain_daily("2026-03-01", "2026-03-25", 6, {"lower-back"});
    for (const char* d : {"2026-03-20T03:00", "2026-03-22T03:00", "2026-03-24T03:00"}) b.cramp(d);
    b.symptom("2026-03-25T10:00", "foot-drop");
    return b.analyse("2026-03-25");
}

}  // namespace

TEST(RuleSpecs, IdsAreUniqueAndEveryFamilyHasItsFile) {
    std::set<std::string_view> ids;
    for (const auto& r : rule_specs()) {
        EXPECT_TRUE(ids.insert(r.id).second) << r.id;
        EXPECT_TRUE(std::ifstream(std::string(RELIEF_SOURCE_DIR) + "/core/rules/" + std::string(r.family) + ".cpp"))
            << r.id << ": no core/rules/" << r.family << ".cpp";
        EXPECT_FALSE(r.question.empty()) << r.id;
        EXPECT_EQ(r.question.back(), '?') << r.id;
    }
    EXPECT_EQ(rule_spec("no.such-rule"), nullptr);
}

TEST(RuleSpecs, EverySettingIsReadByARuleAndEveryRuleSettingExists) {
    std::set<std::string> keys;
    for (const auto& t : threshold_specs()) keys.insert(t.key);
    std::set<std::string> used;
    for (const auto& r : rule_specs())
        for (const auto key : r.settings) {
            EXPECT_TRUE(keys.contains(std::string(key))) << r.id << " reads unknown setting " << key;
            used.insert(std::string(key));
        }
    for (const auto& key : keys) EXPECT_TRUE(used.contains(key)) << "threshold." << key << " is read by no rule in the table";
}

TEST(RuleSpecs, DocsRulesListsEveryRuleAndEverySetting) {
    const std::string doc = read(std::string(RELIEF_SOURCE_DIR) + "/docs/rules.md");
    ASSERT_FALSE(doc.empty());
    for (const auto& r : rule_specs()) EXPECT_NE(doc.find("`" + std::string(r.id) + "`"), std::string::npos) << r.id;
    for (const auto& t : threshold_specs()) EXPECT_NE(doc.find(t.key), std::string::npos) << t.key;
}

TEST(RuleSpecs, TheAnalyserRaisesOnlyTableRulesCitingTheirSources) {
    const auto alerts = busy_journal_alerts();
    std::set<std::string> raised;
    for (const Alert& a : alerts) {
        raised.insert(a.rule_id);
        const RuleSpec* spec = rule_spec(a.rule_id);
        ASSERT_NE(spec, nullptr) << a.rule_id;
        if (!spec->sources.empty()) {  // dose maximum cites each drug's own label, from the catalogue
            for (const auto& s : a.sources)
                EXPECT_NE(std::find(spec->sources.begin(), spec->sources.end(), s), spec->sources.end())
                    << a.rule_id << " cites " << s;
        }
        for (const auto& s : a.sources)
            EXPECT_EQ(s.find("RULES.md"), std::string::npos) << a.rule_id << " cites our own spec: " << s;
    }
    EXPECT_GE(raised.size(), 6u) << "the busy journal should exercise many rules";
}

TEST(RuleSpecs, QuestionsComeFromTheStructuredSubject) {
    const std::map<std::string, std::string> names{{"cyclobenzaprine", "Flexeril"}, {"baclofen", "Lioresal"}};
    Alert a;
    a.rule_id = "interaction.cns-depressants";
    a.subject = "muscle relaxants with alcohol";
    a.drugs = {"baclofen", "cyclobenzaprine", "alcohol"};
    EXPECT_EQ(question_for(a, names), "Is it safe to take Lioresal, Flexeril and alcohol together?");
    a.rule_id = "condition.contraindication";
    a.drugs = {"cyclobenzaprine"};
    a.topic = "with heart failure";
    EXPECT_EQ(question_for(a, names), "Is Flexeril safe with heart failure?");
    a.rule_id = "withdrawal.abrupt-stop";
    EXPECT_EQ(question_for(a, names), "I stopped Flexeril. Should I restart it, or how do I stop it safely?");
    a.rule_id = "no.such-rule";
    a.title = "Something new";
    EXPECT_EQ(question_for(a, names), "Can we talk about this: Something new?");
}

}  // namespace relief
