// relief-reminders: the reminder service, started at login by the autostart entry the
// window writes when reminders are switched on (docs/reminders.md).
#include "desktop.h"
#include "notifications.h"
#include "reminder_service.h"
#include "service_options.h"
#include "sleep_watch.h"
#include "tray.h"

#include "core/zone.h"
#include "storage/journal.h"
#include "i18n/language.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

using namespace relief;
using namespace relief::reminders;

namespace {

QString default_journal() {
    if (const QByteArray env = qgetenv("RELIEF_JOURNAL"); !env.isEmpty()) return QString::fromLocal8Bit(env);
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + "/relief-journal/journal.db";
}

// Tests move the clock by writing a UTC time ("2026-03-02T08:00:00Z") to a file.
std::function<Instant()> clock_from(const QString& file) {
    if (file.isEmpty()) return storage::system_now;
    return [file] {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) return storage::system_now();
        return parse_utc(f.readAll().trimmed().toStdString(), "clock file");
    };
}

int fail(const QString& message) {
    std::fprintf(stderr, "relief-reminders: %s\n", qPrintable(message));
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    // A tray needs a display; at login there is one. Without (tests, a console) the service
    // runs with Qt Core alone and reminds all the same.
    const bool display = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    std::unique_ptr<QCoreApplication> application(display ? new QApplication(argc, argv)
                                                          : new QCoreApplication(argc, argv));
    QCoreApplication& app = *application;
    if (display) QApplication::setQuitOnLastWindowClosed(false);
    QCoreApplication::setApplicationName("relief-reminders");
    QCoreApplication::setOrganizationName("relief-journal");
    // The app's choice in Profile & settings, else the system's: the reminders speak as the window does.
    relief::i18n::use_language(QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("relief::reminders::main", "Relief Journal's reminders: a notification when a scheduled dose is due, with Taken, Skip and "
                                    "Snooze, while the app's window is closed. Runs until reminders are switched off "
                                    "in the journal."));
    parser.addHelpOption();
    const QCommandLineOption journal_option("journal", 
        QCoreApplication::translate("relief::reminders::main", "The journal file (default: $RELIEF_JOURNAL, else your own journal)."), "FILE");
    const QCommandLineOption zone_option("zone", 
        QCoreApplication::translate("relief::reminders::main", "Remind on this zone's clock (default: the computer's zone)."), "ZONE");
    const QCommandLineOption once_option("once", 
        QCoreApplication::translate("relief::reminders::main", "Plan and show once, then exit (for scripts and tests)."));
    const QCommandLineOption clock_option("clock-file", 
        QCoreApplication::translate("relief::reminders::main", "Read the time from FILE (tests only)."), "FILE");
    parser.addOptions({journal_option, zone_option, once_option, clock_option});
    parser.process(app);

    ServiceOptions options;
    options.journal = parser.isSet(journal_option) ? parser.value(journal_option) : default_journal();
    options.clock = clock_from(parser.value(clock_option));
    if (parser.isSet(zone_option)) {
        try {
            options.zone = Zone::locate(parser.value(zone_option).toStdString());
        } catch (const std::exception& e) {
            return fail(e.what());
        }
    }
    if (!QFile::exists(options.journal)) return fail(QCoreApplication::translate("relief::reminders::main", "no journal at %1").arg(options.journal));

    QDBusConnection session = QDBusConnection::sessionBus();
    if (!session.isConnected())
        return fail(QCoreApplication::translate("relief::reminders::main", "no D-Bus session bus, so no notifications; the window still shows what is due"));
    const bool once = parser.isSet(once_option);
    if (!once && !session.registerService(service_name)) {
        std::fprintf(stderr, "relief-reminders: already running\n");
        return 0;
    }

    Notifications notifications(session);
    if (!notifications.available())
        std::fprintf(stderr, "relief-reminders: %s\n",
                     qPrintable(QCoreApplication::translate("relief::reminders::main", "no notification service on this desktop yet; waiting for one")));
    ReminderService service(options, &notifications);
    if (once) return service.tick() ? 0 : 3;

    Tray tray;
    service.setTray(&tray);
    SleepWatch sleep(QDBusConnection::systemBus());
    QObject::connect(&sleep, &SleepWatch::goingToSleep, &service, &ReminderService::onGoingToSleep);
    QObject::connect(&sleep, &SleepWatch::wokeUp, &service, &ReminderService::onWokeUp);
    QObject::connect(&service, &ReminderService::switchedOff, &app, [] { QCoreApplication::exit(0); });
    if (!service.tick()) return 0;  // switched off in this journal
    return QCoreApplication::exec();
}
