#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace relief {
class Translations;
}

namespace relief::i18n {

// The languages shipped, English (the source) first, as ISO 639-1 codes.
QStringList shipped_languages();
// A language's own name for itself ("Español"), for a choice in settings.
QString native_name(const QString& code);
// The shipped language the system asks for first (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else "en".
QString system_language();
// The first shipped language in a list of wanted ones (QLocale::uiLanguages()), else "en".
QString first_shipped(const QStringList& wanted);
// The language chosen in the app's Profile & settings (shared by the CLI and the reminder
// service), empty when it follows the system.
QString saved_language();
void save_language(const QString& code);

// "es", "es_ES", "Spanish" or "español" as the code of a shipped language; empty if none.
QString shipped_code(const QString& typed);

// A loaded language: its messages for core's translate() and Qt's tr()/qsTr(), its days and numbers.
std::unique_ptr<Translations> load_translations(const QString& code);

// The language of the process: core's translate() and, when an application object exists,
// Qt's tr()/qsTr() and Qt's own words (standard dialogs, --help). "" means the one saved in
// settings, else the system's.
// Returns the code in use.
QString use_language(const QString& code);
// The code in use ("en" before any use_language()).
QString current_language();

}  // namespace relief::i18n
