#include "command.h"
#include "core/entry_text.h"
#include "core/reminder_plan.h"
#include "core/reminder_text.h"
#include "core/translate.h"
#include "core/unicode_text.h"
#include "reminders/desktop.h"
#include "reminders/notifications.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>

#include <algorithm>
#include <ostream>
#include <vector>

namespace relief::cli {

// D-Bus wants an application object; the command line has none until it needs one.
void ensure_core_application() {
    if (QCoreApplication::instance()) return;
    static int argc = 1;
    static char name[] = "relief";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

namespace {

std::string settings_line(const ReminderSettings& s) {
    // Each setting its own phrase; the values (minutes, HH:MM-HH:MM or off) as the settings take them.
    std::string out = s.repeat_every.count() == 0
                          ? translate("relief::cli::commands_reminders", "no repeats")
                          : fill(translate("relief::cli::commands_reminders", "repeat every %1 min, at most %2 times"),
                                 {std::to_string(s.repeat_every.count()), std::to_string(s.repeat_limit)});
    out += "; " + (s.heads_up.count() ? fill(translate("relief::cli::commands_reminders", "heads-up %1 min before"), {std::to_string(s.heads_up.count())})
                                      : translate("relief::cli::commands_reminders", "heads-up none"));
    out += "; " + fill(translate("relief::cli::commands_reminders", "snooze %1 min"), {std::to_string(s.snooze.count())});
    out += "; " + fill(translate("relief::cli::commands_reminders", "quiet hours %1"), {reminder_setting_text(s, "quiet-hours")});
    out += "; " + (s.hide_names ? translate("relief::cli::commands_reminders", "names hidden") : translate("relief::cli::commands_reminders", "names shown"));
    return out;
}

// The labels of 'relief reminders status', the values lined up after the longest.
class Labels {
public:
    Labels()
        : texts_{translate("relief::cli::commands_reminders", "Reminders:"), translate("relief::cli::commands_reminders", "Service:"), translate("relief::cli::commands_reminders", "Program:"), translate("relief::cli::commands_reminders", "Desktop:"),
                 translate("relief::cli::commands_reminders", "Clock:"),     translate("relief::cli::commands_reminders", "Settings:"), translate("relief::cli::commands_reminders", "Now:"),
                 translate("relief::cli::commands_reminders", "Next:"),      translate("relief::cli::commands_reminders", "Quiet:")} {
        for (const auto& t : texts_) width_ = std::max(width_, character_count(t));
    }
    enum Row { reminders, service, program, desktop, clock, settings, now, next, quiet };
    std::string operator()(Row row) const {
        const std::string& t = texts_[row];
        return t + std::string(width_ - character_count(t) + 1, ' ');
    }

private:
    std::vector<std::string> texts_;
    std::size_t width_ = 0;
};

}  // namespace

int run_reminders_status(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal();
    const auto settings = reminder_settings_from(journal.settings());
    const Zone home = journal.home_zone();
    Zone here = home;
    std::string zone_why = translate("relief::cli::commands_reminders", "the journal's home zone");
    if (const auto z = args.value("--zone")) {
        here = Zone::locate(*z);
        zone_why = "--zone";
    } else if (const auto sys = system_zone()) {
        here = *sys;
        zone_why = translate("relief::cli::commands_reminders", "this computer's zone");
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

    const Labels label;
    ctx.out << label(Labels::reminders) << (settings.enabled ? translate("relief::cli::commands_reminders", "on") : translate("relief::cli::commands_reminders", "off")) << "\n";
    ctx.out << label(Labels::service)
            << (running    ? translate("relief::cli::commands_reminders", "running (relief-reminders)")
                : !bus_up  ? translate("relief::cli::commands_reminders", "no D-Bus session bus here, so no notifications")
                : settings.enabled ? fill(translate("relief::cli::commands_reminders", "not running: it starts at login, or run %1"), {program})
                                   : translate("relief::cli::commands_reminders", "not running"))
            << "\n";
    ctx.out << label(Labels::program)
            << (found.isEmpty() ? translate("relief::cli::commands_reminders", "relief-reminders was not found beside relief or on PATH") : program)
            << "\n";
    ctx.out << label(Labels::desktop)
            << (can_show ? translate("relief::cli::commands_reminders", "a notification service is present")
                         : translate("relief::cli::commands_reminders", "no notification service: reminders cannot be shown; the app's Today page still shows what is due"))
            << "\n";
    //: %1 the time zone (Area/City), %2 why it is the one.
    ctx.out << label(Labels::clock) << fill(translate("relief::cli::commands_reminders", "%1 (%2)"), {here.name(), zone_why}) << "\n";
    ctx.out << label(Labels::settings) << settings_line(settings) << "\n";

    const auto meds = journal.medications();
    const LocalDay today = here.day_of(now);
    const auto entries = journal.entries_between(today - date::days{3}, today + date::days{2});
    const ReminderPlan plan = plan_reminders(meds, entries, here, settings, {}, now);
    if (plan.show) {
        const ReminderText text = reminder_text(*plan.show, meds, here, settings);
        std::string body = text.body;
        for (auto& c : body)
            if (c == '\n') c = ',';
        ctx.out << label(Labels::now) << fill(translate("relief::cli::commands_reminders", "%1 (%2)"), {text.summary, body}) << "\n";
    }
    if (plan.next)
        ctx.out << label(Labels::next) << next_reminder_text(*plan.next, meds, here, now) << "\n";
    else if (!plan.show)
        ctx.out << label(Labels::next) << translate("relief::cli::commands_reminders", "nothing: no medication has dose times in the next day") << "\n";
    if (settings.quiet) {
        std::string held;
        for (const auto& m : meds) {
            if (!m.active_on(today)) continue;
            for (const auto& t : m.schedule_on(today).times)
                if (settings.quiet->contains(t)) held += (held.empty() ? "" : ", ") + m.name + " " + format_time_of_day(t);
        }
        if (!held.empty())
            ctx.out << label(Labels::quiet)
                    << fill(translate("relief::cli::commands_reminders", "no reminder for doses in quiet hours (%1); they ring when quiet hours end if still "
                                               "within 6 hours"),
                            {held})
                    << "\n";
    }
    if (!settings.enabled)
        ctx.out << "\n"
                << fill(translate("relief::cli::commands_reminders", "Switch on in the app (Profile & settings > Reminders), or:\n"
                                      "  relief settings set reminders.enabled yes && %1 &"), {program})
                << "\n";
    return 0;
}

int run_reminders_test(Context& ctx, const Arguments&) {
    ensure_core_application();
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        ctx.err << "relief: " << translate("relief::cli::commands_reminders", "no D-Bus session bus here, so no notification can be shown.") << "\n";
        return 1;
    }
    reminders::Notifications notifications(bus);
    ReminderText text{translate("relief::cli::commands_reminders", "Relief Journal reminders work"),
                      translate("relief::cli::commands_reminders", "This is how a reminder looks. Nothing was logged."), {{"ok", translate("relief::cli::commands_reminders", "OK")}}};
    QString error;
    if (notifications.show(text, 0, &error) == 0) {
        ctx.err << "relief: "
                << fill(translate("relief::cli::commands_reminders", "no notification service answered (%1). Reminders need one (GNOME, KDE, Xfce and dunst "
                                           "have one); the app's Today page still shows what is due."),
                        {error.toStdString()})
                << "\n";
        return 1;
    }
    ctx.out << translate("relief::cli::commands_reminders", "A test notification was sent. If you do not see it, check the desktop's notification settings "
                                  "(do not disturb).")
            << "\n";
    return 0;
}

}  // namespace relief::cli
