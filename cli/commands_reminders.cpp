#include "command.h"
#include "core/entry_text.h"
#include "core/reminder_plan.h"
#include "core/reminder_text.h"
#include "reminders/desktop.h"
#include "reminders/notifications.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>

#include <ostream>

namespace relief::cli {

namespace {

// D-Bus wants an application object; the command line has none until it needs one.
void ensure_core_application() {
    if (QCoreApplication::instance()) return;
    static int argc = 1;
    static char name[] = "relief";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

std::string settings_line(const ReminderSettings& s) {
    std::string out = s.repeat_every.count() == 0
                          ? "no repeats"
                          : "repeat every " + std::to_string(s.repeat_every.count()) + " min, at most " +
                                std::to_string(s.repeat_limit) + " times";
    out += "; heads-up " + (s.heads_up.count() ? std::to_string(s.heads_up.count()) + " min before" : std::string("none"));
    out += "; snooze " + std::to_string(s.snooze.count()) + " min";
    out += "; quiet hours " + reminder_setting_text(s, "quiet-hours");
    out += s.hide_names ? "; names hidden" : "; names shown";
    return out;
}

}  // namespace

int run_reminders_status(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal();
    const auto settings = reminder_settings_from(journal.settings());
    const Zone home = journal.home_zone();
    Zone here = home;
    std::string zone_why = "the journal's home zone";
    if (const auto z = args.value("--zone")) {
        here = Zone::locate(*z);
        zone_why = "--zone";
    } else if (const auto sys = system_zone()) {
        here = *sys;
        zone_why = "this computer's zone";
    }
    const Instant now = ctx.now(here);

    ensure_core_application();
    QDBusConnection bus = QDBusConnection::sessionBus();
    const reminders::DesktopStatus desktop = reminders::desktop_status(bus);  // as the window asks
    const bool bus_up = desktop.bus;
    const bool running = desktop.service;
    const bool can_show = desktop.notifications;

    // Where the window finds the service too: the CLI is installed beside it (bin/).
    const QString found = reminders::find_service_program(QCoreApplication::applicationDirPath());
    const std::string program = found.isEmpty() ? std::string(reminders::service_program) : found.toStdString();

    ctx.out << "Reminders: " << (settings.enabled ? "on" : "off") << "\n";
    ctx.out << "Service:   "
            << (running ? "running (relief-reminders)"
                : bus_up ? "not running" + std::string(settings.enabled ? ": it starts at login, or run " + program : "")
                         : "no D-Bus session bus here, so no notifications")
            << "\n";
    ctx.out << "Program:   " << (found.isEmpty() ? "relief-reminders was not found beside relief or on PATH" : program)
            << "\n";
    ctx.out << "Desktop:   "
            << (can_show ? "a notification service is present"
                         : "no notification service: reminders cannot be shown; the app's Today page still shows what is due")
            << "\n";
    ctx.out << "Clock:     " << here.name() << " (" << zone_why << ")\n";
    ctx.out << "Settings:  " << settings_line(settings) << "\n";

    const auto meds = journal.medications();
    const LocalDay today = here.day_of(now);
    const auto entries = journal.entries_between(today - date::days{3}, today + date::days{2});
    const ReminderPlan plan = plan_reminders(meds, entries, here, settings, {}, now);
    if (plan.show) {
        const ReminderText text = reminder_text(*plan.show, meds, here, settings);
        std::string body = text.body;
        for (auto& c : body)
            if (c == '\n') c = ',';
        ctx.out << "Now:       " << text.summary << " (" << body << ")\n";
    }
    if (plan.next)
        ctx.out << "Next:      " << next_reminder_text(*plan.next, meds, here, now) << "\n";
    else if (!plan.show)
        ctx.out << "Next:      nothing: no medication has dose times in the next day\n";
    if (settings.quiet) {
        std::string held;
        for (const auto& m : meds) {
            if (!m.active_on(today)) continue;
            for (const auto& t : m.schedule_on(today).times)
                if (settings.quiet->contains(t)) held += (held.empty() ? "" : ", ") + m.name + " " + format_time_of_day(t);
        }
        if (!held.empty())
            ctx.out << "Quiet:     no reminder for doses in quiet hours (" << held
                    << "); they ring when quiet hours end if still within 6 hours\n";
    }
    if (!settings.enabled)
        ctx.out << "\nSwitch on in the app (Profile & settings > Reminders), or:\n"
                   "  relief settings set reminders.enabled yes && "
                << program << " &\n";
    return 0;
}

int run_reminders_test(Context& ctx, const Arguments&) {
    ensure_core_application();
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        ctx.err << "relief: no D-Bus session bus here, so no notification can be shown.\n";
        return 1;
    }
    reminders::Notifications notifications(bus);
    ReminderText text{"Relief Journal reminders work",
                      "This is how a reminder looks. Nothing was logged.", {{"ok", "OK"}}};
    QString error;
    if (notifications.show(text, 0, &error) == 0) {
        ctx.err << "relief: no notification service answered (" << error.toStdString()
                << "). Reminders need one (GNOME, KDE, Xfce and dunst have one); the app's Today page "
                   "still shows what is due.\n";
        return 1;
    }
    ctx.out << "A test notification was sent. If you do not see it, check the desktop's notification settings "
               "(do not disturb).\n";
    return 0;
}

}  // namespace relief::cli
