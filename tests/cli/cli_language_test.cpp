// The command line in the person's language (issue 16): --lang, the system's language and
// the app's saved choice; the report in the clinician's (--language); English unchanged.
#include "cli_fixture.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using relief::testing::CliRun;
using relief::testing::CliTest;
using relief::testing::read_file;
using relief::testing::run_relief;
using relief::testing::TempDir;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Code points in UTF-8 text (the labels here have no combining marks): "ñ" is one, two bytes.
std::size_t characters(const std::string& text) {
    std::size_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;
    return n;
}

// The column, in characters a person sees, where the text after `label` starts on its line.
std::size_t value_column(const std::string& out, const std::string& label, const std::string& value) {
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind(label, 0) == 0 && has(line, value)) return characters(line.substr(0, line.find(value)));
    ADD_FAILURE() << "no line '" << label << " ... " << value << "' in:\n" << out;
    return 0;
}

class CliLanguage : public CliTest {
protected:
    // The fixture's journal and day, with the language of `env` (LANGUAGE, LANG).
    CliRun relief_in(const std::vector<std::string>& env, std::vector<std::string> args) {
        args.insert(args.begin(), {"--journal", journal, "--today", "2026-03-10T12:00"});
        return run_relief(home, args, {}, env);
    }
};

}  // namespace

TEST(CliLanguageHelp, SpanishAndGermanHelp) {
    TempDir home;
    const auto es = run_relief(home, {"--lang", "es", "--help"});
    ASSERT_EQ(es.code, 0) << es.err;
    EXPECT_EQ(es.out.rfind("Uso: relief [--journal FILE]", 0), 0u) << es.out;
    EXPECT_TRUE(has(es.out, "Relief Journal: un diario privado del dolor, los relajantes musculares y lo que ayuda."));
    EXPECT_TRUE(has(es.out, "\nÓrdenes:\n"));
    // The command names stay as they are typed; the summary is Spanish, in the same column.
    EXPECT_TRUE(has(es.out, "\n  init                        crear un diario nuevo\n")) << es.out;
    EXPECT_TRUE(has(es.out, "\n  log pain SCORE              anotar el dolor de 0 (nada) a 10 (el peor imaginable)\n"));
    // A translated text of two lines keeps its second line under the first.
    EXPECT_TRUE(has(es.out, "  --journal FILE              el archivo del diario (por defecto: $RELIEF_JOURNAL, si no\n"
                            "                              $XDG_DATA_HOME/relief-journal/journal.db)\n"))
        << es.out;
    EXPECT_FALSE(has(es.out, "create a new journal"));

    const auto de = run_relief(home, {"--lang", "de", "--help"});
    ASSERT_EQ(de.code, 0) << de.err;
    EXPECT_EQ(de.out.rfind("Aufruf: relief [--journal FILE]", 0), 0u) << de.out;
    EXPECT_TRUE(has(de.out, "\nBefehle:\n"));
    EXPECT_TRUE(has(de.out, "\n  init                        ein neues Tagebuch anlegen\n")) << de.out;
    EXPECT_TRUE(has(de.out, "\n  report                      einen Bericht für den Arzttermin schreiben\n"));

    // A command's help: its summary starts a sentence, its options line up.
    const auto med = run_relief(home, {"--lang", "de", "med", "add", "--help"});
    ASSERT_EQ(med.code, 0) << med.err;
    EXPECT_EQ(med.out.rfind("Aufruf: relief med add [options] NAME\n\nEin Medikament hinzufügen.\n", 0), 0u) << med.out;
    EXPECT_TRUE(has(med.out, "\n  --dose AMOUNT           eine Dosis, etwa 5mg oder 0.5g (erforderlich)\n")) << med.out;
    const auto report = run_relief(home, {"--lang", "es", "report", "--help"});
    EXPECT_TRUE(has(report.out, "\n  --language en|es|de     el idioma del informe,")) << report.out;
}

TEST(CliLanguageHelp, EnglishHelpIsAsBefore) {
    TempDir home;
    const auto en = run_relief(home, {"--help"});
    ASSERT_EQ(en.code, 0);
    EXPECT_EQ(en.out.rfind("Usage: relief [--journal FILE] [--today YYYY-MM-DD[THH:MM]] [--read-only] [--lang LANG] COMMAND ...\n\n"
                           "Relief Journal: a private journal of pain, muscle relaxants and what helps.\n\nCommands:\n"
                           "  init                        create a new journal\n",
                           0),
              0u)
        << en.out;
    EXPECT_TRUE(has(en.out, "  --journal FILE              the journal file (default: $RELIEF_JOURNAL, else\n"
                            "                              $XDG_DATA_HOME/relief-journal/journal.db)\n"
                            "  --today YYYY-MM-DD[THH:MM]  act as if today were this day (and, with a time, this minute)\n"));
    EXPECT_TRUE(has(en.out, "\n'relief COMMAND --help' explains a command. Exit codes: 0 done, 1 failed, 2 bad input.\n"));
    EXPECT_EQ(run_relief(home, {"--lang", "en", "--help"}).out, en.out);
}

TEST_F(CliLanguage, ConfirmationsAndTablesAreTranslated) {
    const auto pain = relief({"--lang", "es", "log", "pain", "6", "--location", "lower-back"});
    ASSERT_EQ(pain.code, 0) << pain.err;
    EXPECT_EQ(pain.out.rfind("Anotado: ", 0), 0u) << pain.out;
    EXPECT_TRUE(has(pain.out, " (entrada 1).\n")) << pain.out;

    const auto day = relief({"--lang", "de", "day"});
    ASSERT_EQ(day.code, 0) << day.err;
    EXPECT_EQ(day.out.rfind("Dienstag, 10. März 2026\n", 0), 0u) << day.out;
    EXPECT_TRUE(has(day.out, "\nGeplante Dosen:\n  08:00  Flexeril 5 mg  überfällig\n  14:00  Flexeril 5 mg  anstehend\n")) << day.out;
    EXPECT_TRUE(has(day.out, "\nEingetragen:\n")) << day.out;
    EXPECT_TRUE(has(day.out, "  (Eintrag 1)\n")) << day.out;

    const auto es_day = relief({"--lang", "es", "day"});
    EXPECT_EQ(es_day.out.rfind("martes, 10 de marzo de 2026\n", 0), 0u) << es_day.out;

    // The same in English, word for word as before.
    const auto en_day = relief({"day"});
    EXPECT_EQ(en_day.out.rfind("Tuesday 10 March 2026\n\nScheduled doses:\n  08:00  Flexeril 5 mg  overdue\n", 0), 0u) << en_day.out;
    EXPECT_TRUE(has(en_day.out, "\nLogged:\n")) << en_day.out;
}

TEST_F(CliLanguage, UsageErrorsAndPluralsAreTranslated) {
    const auto typo = relief({"--lang", "es", "lgo", "pain", "5"});
    EXPECT_EQ(typo.code, 2);
    EXPECT_TRUE(has(typo.err, "orden desconocida 'lgo'; ¿quería decir 'log'?")) << typo.err;

    const auto many = relief({"--lang", "de", "log", "pain", "5", "6"});
    EXPECT_EQ(many.code, 2);
    EXPECT_TRUE(has(many.err, "'relief log pain' nimmt SCORE, aber 2 wurden angegeben")) << many.err;
    EXPECT_TRUE(has(many.err, "Versuchen Sie 'relief log pain --help'.")) << many.err;
    const auto none = relief({"--lang", "es", "day", "2026-03-01", "2026-03-02"});
    EXPECT_TRUE(has(none.err, "'relief day' admite [DATE], pero se han dado 2")) << none.err;
    const auto english = relief({"log", "pain", "5", "6"});
    EXPECT_TRUE(has(english.err, "'relief log pain' takes SCORE, but 2 were given (put text with spaces in quotes)")) << english.err;
}

TEST_F(CliLanguage, ProfileValuesLineUpInEveryLanguage) {
    ASSERT_EQ(relief({"profile", "set", "--birth-year", "1961"}).code, 0);
    for (const std::string code : {"en", "es", "de"}) {
        const auto r = relief({"--lang", code, "profile", "show"});
        ASSERT_EQ(r.code, 0) << r.err;
        // "Año de nacimiento:" has a character of two bytes: the padding counts characters.
        const std::string birth_label = code == "en" ? "Birth year:" : code == "es" ? "Año de nacimiento:" : "Geburtsjahr:";
        const std::string zone_label = code == "en" ? "Home time zone:" : code == "es" ? "Zona horaria de residencia:" : "Heimatzeitzone:";
        EXPECT_EQ(value_column(r.out, birth_label, "1961"), value_column(r.out, zone_label, "Europe/Berlin")) << r.out;
    }
}

TEST_F(CliLanguage, AnUnknownLanguageIsAUsageError) {
    const auto before = content();
    const auto fr = relief({"--lang", "fr", "day"});
    EXPECT_EQ(fr.code, 2);
    EXPECT_TRUE(has(fr.err, "'--lang'")) << fr.err;
    EXPECT_TRUE(has(fr.err, "'fr'")) << fr.err;
    EXPECT_TRUE(has(fr.err, "en, es, de")) << fr.err;
    EXPECT_TRUE(fr.out.empty());

    const auto missing = relief({"day", "--lang"});
    EXPECT_EQ(missing.code, 2);
    EXPECT_TRUE(has(missing.err, "option '--lang' needs a language: one of en, es, de")) << missing.err;

    const auto log = relief({"--lang=xx", "log", "pain", "5"});
    EXPECT_EQ(log.code, 2);
    EXPECT_TRUE(has(log.err, "'xx'")) << log.err;
    EXPECT_EQ(content(), before) << "a refused command changes nothing";
}

TEST_F(CliLanguage, FollowsTheSystemLanguage) {
    // Qt's QLocale::system().uiLanguages() reads LANGUAGE first, then LC_ALL, LC_MESSAGES
    // and LANG; C means English.
    const auto german = relief_in({"LANGUAGE=de_DE", "LANG=de_DE.UTF-8"}, {"day"});
    ASSERT_EQ(german.code, 0) << german.err;
    EXPECT_TRUE(has(german.out, "\nGeplante Dosen:\n")) << german.out;

    const auto by_lang = relief_in({"LANG=es_ES.UTF-8"}, {"day"});
    EXPECT_TRUE(has(by_lang.out, "\nDosis previstas:\n")) << by_lang.out;

    const auto list = relief_in({"LANGUAGE=fr_FR:de_DE", "LANG=fr_FR.UTF-8"}, {"day"});
    EXPECT_TRUE(has(list.out, "\nGeplante Dosen:\n")) << "the first shipped language of LANGUAGE's list: " << list.out;

    const auto english = relief_in({"LANG=C.UTF-8"}, {"day"});
    EXPECT_TRUE(has(english.out, "\nScheduled doses:\n")) << english.out;

    // --lang wins over the system.
    const auto flag = relief_in({"LANGUAGE=de_DE", "LANG=de_DE.UTF-8"}, {"--lang", "es", "day"});
    EXPECT_TRUE(has(flag.out, "\nDosis previstas:\n")) << flag.out;
}

TEST_F(CliLanguage, FollowsTheLanguageChosenInTheApp) {
    // The window keeps its choice in its settings; the command line speaks it too.
    std::filesystem::create_directories(home / ".config/relief-journal");
    std::ofstream(home / ".config/relief-journal/relief-journal.conf") << "[General]\nlanguage=de\n";
    const auto saved = relief({"day"});
    EXPECT_TRUE(has(saved.out, "\nGeplante Dosen:\n")) << saved.out;
    const auto flag = relief({"--lang", "en", "day"});
    EXPECT_TRUE(has(flag.out, "\nScheduled doses:\n")) << flag.out;
}

TEST_F(CliLanguage, ReportInTheCliniciansLanguage) {
    ASSERT_EQ(relief({"log", "pain", "6", "--location", "lower-back", "--at", "2026-03-09T10:00"}).code, 0);
    const auto english_path = (home / "english.html").string();
    ASSERT_EQ(relief({"report", "-o", english_path}).code, 0);
    const std::string english = read_file(english_path);

    // The person reads Spanish; the report is for a German clinician.
    const auto german_path = (home / "german.html").string();
    const auto r = relief({"--lang", "es", "report", "--language", "de", "-o", german_path});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("Informe para la consulta del periodo ", 0), 0u) << r.out;
    EXPECT_TRUE(has(r.out, " escrito en " + german_path + " (html, solo usted puede leerlo).\n")) << r.out;
    const std::string german = read_file(german_path);
    EXPECT_FALSE(has(german, "dolor")) << "nothing of the person's Spanish reaches the clinician's report";

    // --language en gives the English report even to a person who reads Spanish.
    const auto en_path = (home / "en.html").string();
    ASSERT_EQ(relief({"--lang", "es", "report", "--language", "en", "-o", en_path}).code, 0);
    EXPECT_EQ(read_file(en_path), english);

    EXPECT_NE(german, english);
    EXPECT_TRUE(has(german, "Schmerz")) << "a German report speaks of Schmerz";
}

TEST_F(CliLanguage, AReportInAnUnknownLanguageIsRefused) {
    const auto before = content();
    const auto path = home / "report.html";
    const auto r = relief({"report", "--language", "fr", "-o", path.string()});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(has(r.err, "option '--language': 'fr' is not a language Relief Journal writes reports in; use one of: en, es, de"))
        << r.err;
    EXPECT_TRUE(has(r.err, "Try 'relief report --help'.")) << r.err;
    EXPECT_FALSE(std::filesystem::exists(path));
    EXPECT_EQ(content(), before);
}
