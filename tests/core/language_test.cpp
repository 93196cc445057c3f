// What a person reads from core and storage in Spanish and German: the refusal of a bad
// input still names the field (or the option typed) and the value, descriptions and
// reminders carry days and numbers as the language writes them, and English is untouched.
#include "core/amount.h"
#include "core/calendar.h"
#include "core/entry_text.h"
#include "core/errors.h"
#include "core/reminder_text.h"
#include "core/translate.h"
#include "i18n/language.h"
#include "storage/errors.h"
#include "storage/journal.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdlib>

namespace relief {
namespace {

const Zone berlin = Zone::locate("Europe/Berlin");

Instant at(const char* when) { return parse_when(when, berlin); }

std::vector<Medication> meds() {
    Medication f;
    f.id = 1;
    f.name = "Flexeril";
    f.ingredient = "cyclobenzaprine";
    f.dose = Amount::milligrams(5);
    f.schedule = Schedule{parse_times("08:00,20:00"), false};
    f.start = parse_day("2026-01-01");
    return {f};
}

Entry entry_of(EntryData data) {
    Entry e;
    e.id = 1;
    e.at = at("2026-03-07T09:00");
    e.zone = "Europe/Berlin";
    e.day = parse_day("2026-03-07");
    e.data = std::move(data);
    return e;
}

std::string describe(EntryData data) { return describe_entry(entry_of(std::move(data)), meds()); }

std::string refusal(const std::function<void()>& input) {
    try {
        input();
    } catch (const InputError& e) {
        return e.what();
    }
    return "(accepted)";
}

class CoreLanguage : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(config_.isValid());
        // No saved choice of the developer's own leaks in.
        setenv("XDG_CONFIG_HOME", config_.path().toLocal8Bit().constData(), 1);
    }
    void TearDown() override { i18n::use_language(QStringLiteral("en")); }
    QTemporaryDir config_;
};

TEST_F(CoreLanguage, ABadInputIsRefusedInThePersonsLanguageNamingFieldAndValue) {
    ASSERT_EQ(i18n::use_language("es"), "es");
    EXPECT_EQ(refusal([] { parse_day("2026-02-30"); }),
              "valor no válido en fecha: '2026-02-30'; se esperaba una fecha que exista en el calendario "
              "(una fecha con el formato AAAA-MM-DD, por ejemplo 2026-03-01)");
    // An option the person typed stays as typed inside the sentence.
    EXPECT_EQ(refusal([] { parse_day("2026-13-01", "--from"); }).rfind("valor no válido en --from: '2026-13-01'; ", 0), 0u);

    ASSERT_EQ(i18n::use_language("de"), "de");
    EXPECT_EQ(refusal([] { Amount::parse("-5mg", "dose"); }),
              "ungültige Angabe bei Dosis: '-5mg'; erwartet: eine positive Menge mit Einheit, etwa '10mg', '7.5 mg', "
              "'0.5g' oder '500mcg'");
    EXPECT_EQ(refusal([] { parse_time_of_day("25:00"); }),
              "ungültige Angabe bei Uhrzeit: '25:00'; erwartet: eine Uhrzeit im Format HH:MM von 00:00 bis 23:59, etwa 08:30");
    // The field a program compares is the one it gave, whatever the language.
    try {
        parse_day("2026-02-30", "start date");
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "start date");
        EXPECT_EQ(e.value(), "2026-02-30");
    }
}

TEST_F(CoreLanguage, EntriesAreDescribedWithTheLanguagesWordsAndNumbers) {
    const EntryData pain = PainEntry{7, {"lower-back", "left-calf"}, {"spasm"}};
    const EntryData peg = PegEntry{5, 4, 4};
    const EntryData sleep = SleepEntry{390, 7};
    const EntryData dose = DoseEntry{1, Amount::milligrams(5), DoseStatus::taken, std::nullopt};

    i18n::use_language("es");
    EXPECT_EQ(describe(dose), "dosis: Flexeril 5 mg tomada");
    EXPECT_EQ(describe(pain), "dolor 7/10 (intenso): zona lumbar, pantorrilla (lado izquierdo); espasmo");
    EXPECT_EQ(describe(peg), "PEG 4,3: dolor 5, disfrute de la vida 4, actividad general 4");
    EXPECT_EQ(describe(FluidsEntry{1}), "líquidos: 1 vaso");
    EXPECT_EQ(describe(FluidsEntry{3}), "líquidos: 3 vasos");

    i18n::use_language("de");
    EXPECT_EQ(describe(pain), "Schmerz 7/10 (stark): unterer Rücken, Wade links; Spasmus");
    EXPECT_EQ(describe(sleep), "Schlaf: 6 Std. 30 Min., Qualität 7/10");
    EXPECT_EQ(describe(FluidsEntry{2}), "Flüssigkeit: 2 Gläser");
    // A word the person made up is shown as typed.
    EXPECT_EQ(describe(SymptomEntry{"odd-feeling"}), "Symptom: odd feeling");

    i18n::use_language("en");
    EXPECT_EQ(describe(dose), "dose: Flexeril 5 mg taken");
    EXPECT_EQ(describe(pain), "pain 7/10 (severe): lower back, left calf; spasm");
    EXPECT_EQ(describe(peg), "PEG 4.3: pain 5, enjoyment of life 4, general activity 4");
    EXPECT_EQ(describe(sleep), "sleep: 6 h 30 min, quality 7/10");
    EXPECT_EQ(describe(FluidsEntry{1}), "fluids: 1 glass");
    EXPECT_EQ(describe(FluidsEntry{2}), "fluids: 2 glasses");
}

TEST_F(CoreLanguage, RemindersSpeakTheLanguageWithItsDays) {
    Reminder one;
    one.due = {{1, at("2026-03-02T08:00")}};
    Reminder two;
    two.due = {{1, at("2026-03-02T08:00")}, {1, at("2026-03-02T08:00")}};
    ReminderSettings hidden;
    hidden.hide_names = true;
    NextReminder next;
    next.at = at("2026-03-07T20:00");
    next.dose = {1, at("2026-03-07T20:00")};
    const Instant now = at("2026-03-02T09:00");

    i18n::use_language("es");
    const auto es = reminder_text(one, meds(), berlin, {});
    EXPECT_EQ(es.summary, "Es hora de tomar Flexeril 5 mg");
    EXPECT_EQ(es.body, "Flexeril 5 mg a las 08:00");
    EXPECT_EQ(es.actions.back().second, "Posponer 10 min");
    EXPECT_EQ(es.actions.back().first, "snooze");  // the key the service answers by stays
    EXPECT_EQ(next_reminder_text(next, meds(), berlin, now), "20:00 el 7 mar 2026: toca Flexeril 5 mg (prevista a las 20:00)");

    i18n::use_language("de");
    const auto de = reminder_text(two, meds(), berlin, hidden);
    EXPECT_EQ(de.summary, "2 Dosen sind fällig");
    EXPECT_EQ(de.body, "Eine Dosis um 08:00\nEine Dosis um 08:00");
    EXPECT_EQ(next_reminder_text(next, meds(), berlin, now), "20:00 am 07.03.2026: Flexeril 5 mg (geplant um 20:00) ist fällig");

    i18n::use_language("en");
    EXPECT_EQ(reminder_text(one, meds(), berlin, {}).summary, "Time for Flexeril 5 mg");
    EXPECT_EQ(reminder_text(two, meds(), berlin, hidden).summary, "2 doses are due");
    EXPECT_EQ(next_reminder_text(next, meds(), berlin, now), "20:00 on 2026-03-07: Flexeril 5 mg (scheduled 20:00) is due");
}

TEST_F(CoreLanguage, StorageSaysWhatToDoInTheLanguage) {
    const std::string missing = config_.filePath("none.journal").toStdString();
    const auto message = [&] {
        try {
            storage::Journal::open(missing);
        } catch (const storage::JournalMissing& e) {
            return std::string(e.what());
        }
        return std::string("(opened)");
    };
    i18n::use_language("es");
    EXPECT_EQ(message(), "no hay ningún diario en " + missing + ". Cree un diario nuevo o abra otro archivo");
    i18n::use_language("de");
    EXPECT_EQ(message(), "unter " + missing + " gibt es kein Tagebuch. Legen Sie ein neues Tagebuch an oder öffnen Sie eine andere Datei");
    i18n::use_language("en");
    EXPECT_EQ(message(), "no journal at " + missing + ". Create a new journal, or open another file");
}

}  // namespace
}  // namespace relief

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
