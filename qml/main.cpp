#include "app_controller.h"
#include "i18n/language.h"
#include "profiler.h"
#include "self_test.h"

#include "reminders/desktop.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <chrono>
#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(ReliefPlugin)

namespace {

using relief::app::qml_problems;
using relief::app::self_test_step;

// Health data never goes to a log: Qt's messages are counted (for --self-test) and only
// warnings about QML itself are shown, without any journal content.
void on_message(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtDebugMsg || type == QtInfoMsg) return;
    const bool from_qml = context.file && QString(context.file).endsWith(".qml");
    if (from_qml || message.contains("qml", Qt::CaseInsensitive)) {
        qml_problems() << message;
        if (!self_test_step().isEmpty())
            std::fprintf(stderr, "relief-journal: while %s:\n", qPrintable(self_test_step()));
    }
    if (type == QtWarningMsg && message.contains("XDG_RUNTIME_DIR")) return;
    std::fprintf(stderr, "relief-journal: %s\n", qPrintable(message));
}

QString language_flag(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size()) return arguments[i + 1];
        if (arguments[i].startsWith(QLatin1String("--lang="))) return arguments[i].mid(7);
    }
    return {};
}

void settle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

}  // namespace

int main(int argc, char** argv) {
    qInstallMessageHandler(on_message);
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName("relief-journal");
    QGuiApplication::setOrganizationName("relief-journal");
    // Ties the window to its desktop entry (Wayland's app id, GNOME's and KDE's task bars),
    // and gives it the installed icon on X11; run from the build tree there is none.
    QGuiApplication::setDesktopFileName(relief::reminders::app_id);
    QGuiApplication::setWindowIcon(QIcon::fromTheme(relief::reminders::app_id));
    // --lang, else the language chosen in Profile & settings, else the system's; before any
    // word is shown (--help too).
    const QString lang = language_flag(app.arguments());
    if (!lang.isEmpty() && relief::i18n::shipped_code(lang).isEmpty()) {
        std::fprintf(stderr, "relief-journal: %s\n",
                     qPrintable(QCoreApplication::translate("main", "option '--lang': '%1' is not a language Relief "
                                                                    "Journal speaks; use one of: %2")
                                    .arg(lang, relief::i18n::shipped_languages().join(", "))));
        return 2;
    }
    relief::i18n::use_language(lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Relief Journal: a private journal of pain, muscle relaxants and what helps."));
    parser.addHelpOption();
    parser.addPositionalArgument("journal", QCoreApplication::translate("main", "The journal file to open (default: your own journal)."), "[FILE]");
    const QCommandLineOption read_only("read-only", QCoreApplication::translate("main", "Open the journal read-only (a caregiver's view)."));
    const QCommandLineOption self_test(
        "self-test", QCoreApplication::translate("main", "Load every page with a temporary demo journal; exit 1 on any QML warning."));
    const QCommandLineOption screenshots(
        "screenshots",
        QCoreApplication::translate("main", "Save a PNG of every page to DIR and exit (of FILE read-only if given, else of demo data)."),
        "DIR");
    const QCommandLineOption today("today", QCoreApplication::translate("main", "Act as if today were this day."), "YYYY-MM-DD");
    const QCommandLineOption size("size", QCoreApplication::translate("main", "Window size for --screenshots (default 1280x800)."), "WxH",
                                  "1280x800");
    const QCommandLineOption first_frame(
        "first-frame",
        QCoreApplication::translate("main", "Print when the first frame was shown (nanoseconds since the epoch) and quit (bench/run.sh)."));
    const QCommandLineOption profile(
        "profile", QCoreApplication::translate("main", "Print how long each page switch and each logged entry takes to show."));
    const QCommandLineOption profile_tour(
        "profile-tour",
        QCoreApplication::translate("main", "With FILE: show every page twice, log five glasses of water and show every page again, "
                                            "printing the times (--profile), then quit (bench/run.sh; it writes to FILE)."));
    const QCommandLineOption lang_option(
        "lang",
        QCoreApplication::translate("main", "The language of the window: en, es or de (default: the one chosen in Profile & settings, else the "
                                   "system's)."),
        "LANG");
    parser.addOptions({read_only, self_test, screenshots, today, size, first_frame, profile, profile_tour, lang_option});
    parser.process(app);

    const bool headless = parser.isSet(self_test) || parser.isSet(screenshots);
    QTemporaryDir headless_config;
    if (headless) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        // Settings (dark mode, the last folder) go to a test location, never the person's.
        QStandardPaths::setTestModeEnabled(true);
        // The self-test presses the Reminders switch too: its autostart entry goes to a
        // folder of its own, and no reminder service is started on the person's desktop.
        if (!headless_config.isValid()) {
            std::fprintf(stderr, "relief-journal: %s\n", qPrintable(QCoreApplication::translate("main", "cannot create a temporary folder")));
            return 1;
        }
        qputenv("XDG_CONFIG_HOME", headless_config.path().toLocal8Bit());
        qputenv("RELIEF_REMINDERS_NO_START", "1");
    }

    auto* controller = new relief::app::AppController(&app);
    if (parser.isSet(today)) {
        if (const QString error = controller->setFixedToday(parser.value(today)); !error.isEmpty()) {
            std::fprintf(stderr, "relief-journal: %s\n", qPrintable(error));
            return 2;
        }
    }
    if (headless) {
        // Screenshots of a given journal (read-only, so taking them changes nothing), else of the demo.
        const bool given = parser.isSet(screenshots) && !parser.positionalArguments().isEmpty();
        if (given ? !controller->openJournal(parser.positionalArguments().value(0), true) : !controller->openDemo()) {
            std::fprintf(stderr, "relief-journal: %s\n", qPrintable(controller->lastError()));
            return 1;
        }
    } else {
        const QString path = parser.positionalArguments().value(0, controller->defaultJournalPath());
        if (QFile::exists(path)) controller->openJournal(path, parser.isSet(read_only));
        else if (!parser.positionalArguments().isEmpty())
            controller->openJournal(path, parser.isSet(read_only));  // shows why on the welcome page
    }

    QQmlApplicationEngine engine;
    QJSEngine::setObjectOwnership(controller, QJSEngine::CppOwnership);
    QObject::connect(controller, &relief::app::AppController::languageChanged, &engine, &QQmlEngine::retranslate);
    engine.load(QUrl(QStringLiteral("qrc:/Relief/Main.qml")));
    if (engine.rootObjects().isEmpty()) return 1;
    if (engine.singletonInstance<relief::app::AppController*>(qmlTypeId("Relief", 1, 0, "AppController")) != controller) {
        std::fprintf(stderr, "relief-journal: the pages do not see the journal controller\n");
        return 1;
    }
    if (parser.isSet(first_frame)) {
        // The start-up time includes loading the process, so bench/run.sh subtracts the
        // moment it started the app from this wall-clock time.
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
        if (!window) return 1;
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
            const auto now = std::chrono::system_clock::now().time_since_epoch();
            std::printf("first frame at %lld ns\n",
                        static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
            std::fflush(stdout);
            QGuiApplication::exit(0);
        }, Qt::SingleShotConnection);
    }
    std::unique_ptr<relief::app::Profiler> profiler;
    if (parser.isSet(profile) || parser.isSet(profile_tour)) {
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
        if (!window) return 1;
        profiler = std::make_unique<relief::app::Profiler>(window, controller);
    }
    if (parser.isSet(profile_tour)) {
        if (parser.positionalArguments().isEmpty()) {
            std::fprintf(stderr, "relief-journal: %s\n",
                         qPrintable(QCoreApplication::translate("main", "--profile-tour needs a journal FILE (it writes to it)")));
            return 2;
        }
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
        window->show();
        return relief::app::profile_tour(*window, *profiler);
    }
    if (!headless) return QGuiApplication::exec();

    if (parser.isSet(screenshots)) {
        const QString folder = parser.value(screenshots);
        relief::app::make_private_folder(folder);
        const QStringList wh = parser.value(size).split('x');
        const QSize window_size(wh.value(0).toInt(), wh.value(1).toInt());
        if (window_size.width() < 800 || window_size.height() < 600) {
            std::fprintf(stderr, "relief-journal: %s\n", qPrintable(QCoreApplication::translate("main", "--size must be at least 800x600")));
            return 2;
        }
        relief::app::visit_pages(engine, folder, window_size);
        controller->closeJournal();
        settle(150);
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
        relief::app::save_screenshot(*window, QDir(folder).filePath("welcome-light.png"));
        return 0;
    }
    // The smallest window and a common one must load cleanly, then every button is pressed.
    relief::app::visit_pages(engine, {}, QSize(800, 600));
    relief::app::visit_pages(engine, {}, QSize(1280, 800));
    const int pressed = relief::app::press_every_button(engine);
    if (pressed < 50) {
        std::fprintf(stderr, "relief-journal: self-test failed: only %d buttons were found to press\n", pressed);
        return 1;
    }
    if (!qml_problems().isEmpty()) {
        std::fprintf(stderr, "relief-journal: self-test failed: %lld QML warnings or errors\n", qml_problems().size());
        return 1;
    }
    std::printf("self-test passed: every page loaded and %d buttons were pressed without a QML warning or error\n",
                pressed);
    return 0;
}
