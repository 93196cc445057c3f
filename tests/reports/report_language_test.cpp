// The report in the clinician's language: a TranslationsScope around the renderers gives
// every heading and page-one sentence in Spanish or German, with the same figures in the
// same places; English outside the scope is what it always was; files meant for software
// (CSV, FHIR) are the same bytes in every language.
#include "gui_app.h"
#include "i18n/language.h"
#include "report_fixture.h"
#include "reports/csv_report.h"
#include "reports/fhir_report.h"
#include "reports/html_report.h"
#include "reports/report_text.h"

#include "core/calendar.h"
#include "core/translate.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace relief::reports {
namespace {

using testing::JournalBuilder;

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class ReportLanguage : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        testing::gui_app();
        es = i18n::load_translations("es").release();
        de = i18n::load_translations("de").release();
    }
    static void TearDownTestSuite() {
        delete es;
        delete de;
    }
    static inline const Translations* es = nullptr;
    static inline const Translations* de = nullptr;

    JournalBuilder builder = testing::fortnight();
    VisitReport report = testing::fortnight_report(builder);
};

TEST_F(ReportLanguage, DaysAndPeriodsAreWrittenAsEachLanguageWritesThem) {
    const ReportPeriod fortnight{parse_day("2026-03-01"), parse_day("2026-03-14")};
    const ReportPeriod one_day{parse_day("2026-05-01"), parse_day("2026-05-01")};
    {
        TranslationsScope scope(es);
        EXPECT_EQ(day_text(parse_day("2026-03-07")), "7 mar 2026");
        EXPECT_EQ(short_day_text(parse_day("2026-08-07")), "7 ago");
        EXPECT_EQ(period_text(fortnight), "del 1 mar 2026 al 14 mar 2026 (14 días)");
        EXPECT_EQ(period_text(one_day), "del 1 may 2026 al 1 may 2026 (1 día)");
        EXPECT_EQ(decimal_text(4.45), "4,5");
    }
    {
        TranslationsScope scope(de);
        EXPECT_EQ(day_text(parse_day("2026-03-07")), "7. März 2026");
        EXPECT_EQ(short_day_text(parse_day("2026-10-07")), "7. Okt.");
        EXPECT_EQ(period_text(fortnight), "1. März 2026 bis 14. März 2026 (14 Tage)");
        EXPECT_EQ(period_text(one_day), "1. Mai 2026 bis 1. Mai 2026 (1 Tag)");
        EXPECT_EQ(decimal_text(4.45), "4,5");
    }
    // Outside every scope: the English the tests and the clinicians have always read.
    EXPECT_EQ(day_text(parse_day("2026-03-07")), "7 Mar 2026");
    EXPECT_EQ(period_text(fortnight), "1 Mar 2026 to 14 Mar 2026 (14 days)");
    EXPECT_EQ(decimal_text(4.45), "4.5");
}

TEST_F(ReportLanguage, CountsTakeEachLanguagesPluralForms) {
    {
        TranslationsScope scope(es);
        EXPECT_EQ(days_text(1), "1 día");
        EXPECT_EQ(days_text(3), "3 días");
        EXPECT_EQ(times_text(1), "1 vez");
        EXPECT_EQ(times_text(5), "5 veces");
    }
    {
        TranslationsScope scope(de);
        EXPECT_EQ(days_text(1), "1 Tag");
        EXPECT_EQ(days_text(3), "3 Tage");
        EXPECT_EQ(minutes_text(1), "1 Minute");
        EXPECT_EQ(minutes_text(18), "18 Minuten");
    }
    EXPECT_EQ(days_text(1), "1 day");
    EXPECT_EQ(days_text(3), "3 days");
}

TEST_F(ReportLanguage, PageOneSentencesKeepEveryFigureInSpanishAndGerman) {
    const std::string english_headline = headline_text(report);
    ASSERT_TRUE(has(english_headline, "pain mean 5.4")) << english_headline;
    {
        TranslationsScope scope(es);
        const std::string headline = headline_text(report);
        EXPECT_TRUE(has(headline, "dolor medio 5,4")) << headline;
        EXPECT_FALSE(has(headline, "pain mean")) << headline;
        EXPECT_EQ(current_alerts_line(report), "Avisos actuales: urgentes 1, advertencias 2, información 2.");
        const auto alerts = alert_title_lines(report);
        ASSERT_FALSE(alerts.empty());
        EXPECT_EQ(alerts[0].rfind("Urgente: ", 0), 0u) << alerts[0];
        EXPECT_TRUE(has(alerts[0], " (11 mar 2026).")) << alerts[0];
        const std::string pain = pain_period_text(report.pain);
        EXPECT_EQ(pain, "media 5,4, máximo 8 el 3 mar 2026, 3 días de crisis (1 mar, 2 mar, 3 mar)");
    }
    {
        TranslationsScope scope(de);
        const std::string headline = headline_text(report);
        EXPECT_TRUE(has(headline, "Schmerz im Mittel 5,4")) << headline;
        EXPECT_EQ(current_alerts_line(report), "Aktuelle Hinweise: dringend 1, Warnung 2, Info 2.");
        const auto alerts = alert_title_lines(report);
        ASSERT_FALSE(alerts.empty());
        EXPECT_EQ(alerts[0].rfind("Dringend: ", 0), 0u) << alerts[0];
        EXPECT_TRUE(has(alerts[0], " (11. März 2026).")) << alerts[0];
        EXPECT_EQ(pain_period_text(report.pain),
                  "Mittel 5,4, Spitze 8 am 3. März 2026, 3 Schubtage (1. März, 2. März, 3. März)");
    }
    EXPECT_EQ(headline_text(report), english_headline);
    EXPECT_EQ(current_alerts_line(report), "Current alerts: 1 urgent, 2 warning, 2 info.");
    EXPECT_EQ(pain_period_text(report.pain), "mean 5.4, peak 8 on 3 Mar 2026, 3 flare days (1 Mar, 2 Mar, 3 Mar)");
}

TEST_F(ReportLanguage, TheHtmlReportIsInTheLanguageOfItsScope) {
    const std::string english = render_html(report);
    std::string spanish, german;
    {
        TranslationsScope scope(es);
        spanish = render_html(report);
    }
    {
        TranslationsScope scope(de);
        german = render_html(report);
    }
    EXPECT_TRUE(has(spanish, "<html lang=\"es\">"));
    EXPECT_TRUE(has(spanish, "<h1>Informe para la consulta de Relief Journal</h1>"));
    EXPECT_TRUE(has(spanish, "<h2>Medicamentos</h2>"));
    EXPECT_TRUE(has(spanish, "<th class=\"text\">Receta</th>"));
    EXPECT_TRUE(has(spanish, "<dt>Periodo</dt>\n<dd>del 1 mar 2026 al 14 mar 2026 (14 días)</dd>"));
    EXPECT_TRUE(has(spanish, "Hecho con Relief Journal el 14 mar 2026"));
    EXPECT_FALSE(has(spanish, "Questions to ask"));

    EXPECT_TRUE(has(german, "<html lang=\"de\">"));
    EXPECT_TRUE(has(german, "<h2>Medikamente</h2>"));
    EXPECT_TRUE(has(german, "<th class=\"text\">Verordnung</th>"));
    EXPECT_TRUE(has(german, "<dt>Zeitraum</dt>\n<dd>1. März 2026 bis 14. März 2026 (14 Tage)</dd>"));
    EXPECT_TRUE(has(german, "Erstellt mit Relief Journal am 14. März 2026"));
    EXPECT_FALSE(has(german, "Questions to ask"));

    // English after the scopes: the same page as before them.
    EXPECT_EQ(render_html(report), english);
    EXPECT_TRUE(has(english, "<html lang=\"en\">"));
    EXPECT_TRUE(has(english, "<h2>Questions to ask</h2>"));
}

TEST_F(ReportLanguage, CsvAndFhirAreTheSameInEveryLanguage) {
    const std::string csv = render_csv(report);
    const std::string fhir = render_fhir(report);
    for (const Translations* language : {es, de}) {
        TranslationsScope scope(language);
        EXPECT_EQ(render_csv(report), csv);
        EXPECT_EQ(render_fhir(report), fhir);
    }
    EXPECT_TRUE(has(csv.substr(0, csv.find('\n')), "entry_id,date,local_time,zone,utc_time,kind,name,drug"));
    EXPECT_TRUE(has(fhir, "\"resourceType\": \"Bundle\""));
}

}  // namespace
}  // namespace relief::reports
