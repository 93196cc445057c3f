// The analyser's alerts reach the person in their language: titles, messages, evidence and
// visit questions in Spanish and German with the numbers and days in place, the subject (the
// alert's identity in the journal) the same in every language, and English unchanged.
#include "core/rules/rule_specs.h"
#include "core/translate.h"
#include "i18n/language.h"
#include "journal_builder.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdlib>
#include <regex>
#include <set>

namespace relief::i18n {
namespace {

using relief::testing::JournalBuilder;
using relief::testing::of_rule;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

bool has_evidence(const Alert& a, const std::string& label, const std::string& value) {
    return std::find(a.evidence.begin(), a.evidence.end(), Evidence{label, value}) != a.evidence.end();
}

// Flexeril as needed, one dose a day from 2026-03-01 to 2026-03-22: course day 22.
std::vector<Alert> long_flexeril() {
    JournalBuilder b;
    const auto id = b.med("Flexeril", "5 mg", "", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-22");
    return of_rule(b.analyse("2026-03-22"), "duration.short-term-limit");
}

std::vector<Alert> bladder_red_flag() {
    JournalBuilder b;
    b.symptom("2026-03-05T14:10", "bladder-control-loss");
    return of_rule(b.analyse("2026-03-06"), "redflag.symptoms");
}

// Zanaflex three times a day through 2026-03-14, then nothing: two whole days on 03-16.
std::vector<Alert> tizanidine_stop() {
    JournalBuilder b;
    const auto id = b.med("Zanaflex", "4mg", "08:00,14:00,20:00", "2026-03-01");
    b.take_daily(id, "2026-03-01", "2026-03-14");
    return of_rule(b.analyse("2026-03-16"), "withdrawal.abrupt-stop");
}

// Pain 3 for a week, then 5 for a week: the means 3.0 and 5.0.
std::vector<Alert> worsening_pain() {
    JournalBuilder b;
    b.pain_daily("2026-03-01", "2026-03-07", 3);
    b.pain_daily("2026-03-08", "2026-03-14", 5);
    return of_rule(b.analyse("2026-03-14"), "reassess.worsening");
}

std::vector<Alert> every_scenario() {
    std::vector<Alert> all;
    for (auto* scenario : {long_flexeril, bladder_red_flag, tizanidine_stop, worsening_pain}) {
        const auto alerts = scenario();
        all.insert(all.end(), alerts.begin(), alerts.end());
    }
    return all;
}

std::set<std::string> braces(const std::string& text) {
    std::set<std::string> out;
    const std::regex token(R"(\{[a-z]+\})");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), token); it != std::sregex_iterator(); ++it)
        out.insert(it->str());
    return out;
}

class AlertsTranslationTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(config_.isValid());
        setenv("XDG_CONFIG_HOME", config_.path().toLocal8Bit().constData(), 1);
        use_language("en");
    }
    void TearDown() override { use_language("en"); }
    QTemporaryDir config_;
};

TEST_F(AlertsTranslationTest, SpanishAlertsCarryTheNumbersAndDaysInSpanish) {
    ASSERT_EQ(use_language("es"), "es");

    const auto duration = long_flexeril();
    ASSERT_EQ(duration.size(), 1u);
    EXPECT_EQ(duration[0].subject, "cyclobenzaprine course from 2026-03-01");
    EXPECT_EQ(duration[0].title, "Flexeril durante más de 3 semanas");
    EXPECT_TRUE(contains(duration[0].message, "Lleva más de 3 semanas tomando Flexeril (cyclobenzaprine)."))
        << duration[0].message;
    EXPECT_TRUE(contains(duration[0].message, "Hable con su médico o farmacéutico.")) << duration[0].message;
    EXPECT_TRUE(has_evidence(duration[0], "Día de tratamiento", "22 (desde el 1 mar 2026)"));
    EXPECT_TRUE(has_evidence(duration[0], "Umbral", "día de tratamiento 22 (ajuste threshold.short-term-warning-day)"));

    const auto red_flag = bladder_red_flag();
    ASSERT_EQ(red_flag.size(), 1u);
    EXPECT_EQ(red_flag[0].subject, "bladder-control-loss");
    EXPECT_EQ(red_flag[0].title, "Pérdida del control de la vejiga: busque ayuda médica ahora");
    EXPECT_TRUE(contains(red_flag[0].message, "Registró pérdida del control de la vejiga el 5 mar 2026."))
        << red_flag[0].message;
    EXPECT_TRUE(contains(red_flag[0].message, "Busque ayuda médica urgente ahora")) << red_flag[0].message;
    EXPECT_TRUE(has_evidence(red_flag[0], "Primer registro", "5 mar 2026 14:10"));

    const auto stop = tizanidine_stop();
    ASSERT_EQ(stop.size(), 1u);
    EXPECT_EQ(stop[0].subject, "tizanidine stopped");
    EXPECT_EQ(stop[0].title, "Zanaflex sin tomar desde hace 2 días");
    EXPECT_TRUE(contains(stop[0].message,
                         "No hay ninguna dosis de Zanaflex (tizanidine) registrada desde el 14 mar 2026 (2 días completos)"))
        << stop[0].message;
    EXPECT_TRUE(contains(stop[0].message, "síntomas de abstinencia")) << stop[0].message;
    EXPECT_TRUE(has_evidence(stop[0], "Uso regular", "del 1 mar 2026 al 14 mar 2026 (14 días)"));

    const auto worse = worsening_pain();
    ASSERT_EQ(worse.size(), 1u);
    EXPECT_EQ(worse[0].title, "El dolor empeora");
    EXPECT_TRUE(contains(worse[0].message, "los últimos 7 días tuvieron una media de 5,0, frente a 3,0"))
        << worse[0].message;
    EXPECT_TRUE(has_evidence(worse[0], "Aumento", "2,0 puntos"));
    EXPECT_TRUE(has_evidence(worse[0], "Últimos 7 días", "5,0 (del 8 mar 2026 al 14 mar 2026, 7 días registrados)"));

    EXPECT_EQ(question_for(duration[0], {{"cyclobenzaprine", "Flexeril"}}),
              "¿Debo seguir tomando Flexeril? Y si lo dejo, ¿cómo debo hacerlo?");
}

TEST_F(AlertsTranslationTest, GermanAlertsCarryTheNumbersAndDaysInGerman) {
    ASSERT_EQ(use_language("de"), "de");

    const auto duration = long_flexeril();
    ASSERT_EQ(duration.size(), 1u);
    EXPECT_EQ(duration[0].subject, "cyclobenzaprine course from 2026-03-01");
    EXPECT_EQ(duration[0].title, "Flexeril seit mehr als 3 Wochen");
    EXPECT_TRUE(contains(duration[0].message, "Sie nehmen Flexeril (cyclobenzaprine) seit mehr als 3 Wochen ein."))
        << duration[0].message;
    EXPECT_TRUE(has_evidence(duration[0], "Behandlungstag", "22 (seit 01.03.2026)"));

    const auto red_flag = bladder_red_flag();
    ASSERT_EQ(red_flag.size(), 1u);
    EXPECT_EQ(red_flag[0].subject, "bladder-control-loss");
    EXPECT_EQ(red_flag[0].title, "Verlust der Blasenkontrolle: Suchen Sie sofort ärztliche Hilfe");
    EXPECT_TRUE(contains(red_flag[0].message, "Sie haben am 05.03.2026 eingetragen: Verlust der Blasenkontrolle."))
        << red_flag[0].message;
    EXPECT_TRUE(contains(red_flag[0].message, "Suchen Sie sofort ärztliche Hilfe")) << red_flag[0].message;
    EXPECT_TRUE(has_evidence(red_flag[0], "Zuerst eingetragen", "05.03.2026 14:10"));

    const auto stop = tizanidine_stop();
    ASSERT_EQ(stop.size(), 1u);
    EXPECT_EQ(stop[0].subject, "tizanidine stopped");
    EXPECT_EQ(stop[0].title, "Zanaflex seit 2 Tagen nicht eingenommen");
    EXPECT_TRUE(contains(stop[0].message,
                         "Seit 14.03.2026 ist keine Dosis Zanaflex (tizanidine) eingetragen (2 ganze Tage)"))
        << stop[0].message;
    EXPECT_TRUE(contains(stop[0].message, "Entzugserscheinungen")) << stop[0].message;

    const auto worse = worsening_pain();
    ASSERT_EQ(worse.size(), 1u);
    EXPECT_EQ(worse[0].title, "Schmerzen werden stärker");
    EXPECT_TRUE(contains(worse[0].message, "Die letzten 7 Tage lagen im Mittel bei 5,0, gegenüber 3,0"))
        << worse[0].message;
    EXPECT_TRUE(has_evidence(worse[0], "Anstieg", "2,0 Punkte"));
}

TEST_F(AlertsTranslationTest, EnglishIsTheSameBeforeAndAfterAnotherLanguage) {
    const auto before = every_scenario();
    ASSERT_EQ(before.size(), 4u);
    EXPECT_EQ(before[0].title, "Flexeril beyond 3 weeks");
    EXPECT_TRUE(has_evidence(before[2], "Regular use", "2026-03-01 to 2026-03-14 (14 days)"));
    EXPECT_TRUE(has_evidence(before[3], "Increase", "2.0 points"));
    use_language("es");
    const auto spanish = every_scenario();
    use_language("de");
    const auto german = every_scenario();
    use_language("en");
    EXPECT_EQ(every_scenario(), before);
    // Same alerts, same identities, other words.
    ASSERT_EQ(spanish.size(), before.size());
    ASSERT_EQ(german.size(), before.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        EXPECT_EQ(spanish[i].rule_id, before[i].rule_id);
        EXPECT_EQ(spanish[i].subject, before[i].subject);
        EXPECT_EQ(german[i].subject, before[i].subject);
        EXPECT_EQ(spanish[i].severity, before[i].severity);
        EXPECT_NE(spanish[i].message, before[i].message);
        EXPECT_NE(german[i].message, before[i].message);
    }
}

TEST_F(AlertsTranslationTest, EveryVisitQuestionIsTranslatedAndKeepsItsNames) {
    for (const char* code : {"es", "de"}) {
        ASSERT_EQ(use_language(code), code);
        for (const RuleSpec& spec : rule_specs()) {
            const std::string english(spec.question);
            const std::string translated = translate("relief::alerts::rule_specs", english.c_str());
            EXPECT_NE(translated, english) << code << ": " << spec.id;
            EXPECT_EQ(braces(translated), braces(english)) << code << ": " << translated;
        }
    }
}

}  // namespace
}  // namespace relief::i18n

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
