#include "language.h"

#include "core/translate.h"

#include <QCoreApplication>
#include <QDate>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <vector>

namespace relief::i18n {

namespace {

// One message file per part of the program (translations/<area>_<code>.ts), so each part is
// translated on its own; a message is looked up in all of them.
const char* const areas[] = {"app", "cli", "alerts", "core", "reports", "reminders"};

// The pattern of a day in text for people, chosen by each language's translator.
const char* const day_pattern_context = "Date";
//: How a day is written in text for people, as a QLocale date pattern (d, dd, MM, MMM,
//: yyyy). Keep the four-digit year: a health record outlives a century's short years.
const char* const day_pattern = QT_TRANSLATE_NOOP("Date", "yyyy-MM-dd");

class QtTranslations : public Translations {
public:
    explicit QtTranslations(const QString& code) : locale_(code) {
        for (const char* area : areas) {
            auto t = std::make_unique<QTranslator>();
            if (t->load(QStringLiteral(":/i18n/%1_%2.qm").arg(QLatin1String(area), code))) translators_.push_back(std::move(t));
        }
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(code), "qt", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath))) qt_ = std::move(qt);
        pattern_ = QString::fromStdString(find(day_pattern_context, day_pattern, nullptr, -1));
        if (pattern_.isEmpty()) pattern_ = QString::fromLatin1(day_pattern);
    }

    std::string find(const char* context, const char* source, const char* disambiguation, int n) const override {
        for (const auto& t : translators_) {
            const QString text = t->translate(context, source, disambiguation, n);
            if (!text.isEmpty()) return text.toStdString();
        }
        return {};
    }

    std::string day(int year, unsigned month, unsigned d) const override {
        return locale_.toString(QDate(year, int(month), int(d)), pattern_).toStdString();
    }

    std::string decimal(double value, int decimals) const override {
        return locale_.toString(value, 'f', decimals).toStdString();
    }

    void install() const {
        for (const auto& t : translators_) QCoreApplication::installTranslator(t.get());
        if (qt_) QCoreApplication::installTranslator(qt_.get());
    }

    void uninstall() const {
        for (const auto& t : translators_) QCoreApplication::removeTranslator(t.get());
        if (qt_) QCoreApplication::removeTranslator(qt_.get());
    }

private:
    QLocale locale_;
    QString pattern_;
    std::vector<std::unique_ptr<QTranslator>> translators_;
    std::unique_ptr<QTranslator> qt_;
};

std::unique_ptr<QtTranslations> process_language;
QString process_code = QStringLiteral("en");

}  // namespace

QStringList shipped_languages() { return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("de")}; }

QString native_name(const QString& code) {
    if (code == QLatin1String("en")) return QStringLiteral("English");
    if (code == QLatin1String("es")) return QStringLiteral("Español");
    if (code == QLatin1String("de")) return QStringLiteral("Deutsch");
    return code;
}

QString shipped_code(const QString& typed) {
    const QString t = typed.trimmed().toLower();
    if (t.isEmpty()) return {};
    for (const QString& code : shipped_languages()) {
        const QLocale locale(code);
        if (t == code || t.startsWith(code + '_') || t.startsWith(code + '-') || t.startsWith(code + '.') ||
            t == native_name(code).toLower() || t == QLocale::languageToString(locale.language()).toLower())
            return code;
    }
    return {};
}

QString first_shipped(const QStringList& wanted) {
    for (const QString& language : wanted) {
        // The C locale is the system saying "no language": the source's English.
        if (language == QLatin1String("C") || language.startsWith(QLatin1String("C."))) return QStringLiteral("en");
        if (const QString code = shipped_code(language); !code.isEmpty()) return code;
    }
    return QStringLiteral("en");
}

// uiLanguages() follows LANGUAGE, then LC_ALL, LC_MESSAGES and LANG on Linux.
QString system_language() { return first_shipped(QLocale::system().uiLanguages()); }

// The app's own settings file, named outright: the reminder service runs under another name.
QString saved_language() {
    const QSettings settings(QStringLiteral("relief-journal"), QStringLiteral("relief-journal"));
    return shipped_code(settings.value(QStringLiteral("language")).toString());
}

void save_language(const QString& code) {
    QSettings settings(QStringLiteral("relief-journal"), QStringLiteral("relief-journal"));
    if (shipped_code(code).isEmpty()) settings.remove(QStringLiteral("language"));
    else settings.setValue(QStringLiteral("language"), shipped_code(code));
}

std::unique_ptr<Translations> load_translations(const QString& code) {
    if (code == QLatin1String("en")) return nullptr;
    return std::make_unique<QtTranslations>(code);
}

QString use_language(const QString& code) {
    QString chosen = !code.isEmpty() ? shipped_code(code) : !saved_language().isEmpty() ? saved_language() : system_language();
    if (chosen.isEmpty()) chosen = QStringLiteral("en");
    auto next = chosen == QLatin1String("en") ? nullptr : std::make_unique<QtTranslations>(chosen);
    set_translations(next.get());
    if (QCoreApplication::instance()) {
        if (process_language) process_language->uninstall();
        if (next) next->install();
    }
    process_language = std::move(next);
    process_code = chosen;
    return chosen;
}

QString current_language() { return process_code; }

}  // namespace relief::i18n
