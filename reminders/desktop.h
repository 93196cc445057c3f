#pragma once

// The desktop around the reminder service (docs/reminders.md), for the service, the window
// and the command line alike: the XDG autostart entry that starts relief-reminders at
// login, where the executable is, what the session bus offers (a notification service, a
// running reminder service), and the zone of the computer's clock. Qt Core and DBus only:
// the window links this, not the service's tray.
#include <QDBusConnection>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/zone.h"

namespace relief::reminders {

// The service's name on the session bus: only one relief-reminders runs at a time.
inline constexpr const char* service_name = "org.reliefjournal.Reminders";
// The app's id on the desktop (docs/packaging.md): the name of its desktop entry (without
// .desktop), its AppStream id and its icon, so the notifications and the tray show
// Relief Journal's name and icon, and the desktop ties the window to its launcher.
inline constexpr const char* app_id = "org.reliefjournal.ReliefJournal";
// The executable, and the file name of its autostart entry.
inline constexpr const char* service_program = "relief-reminders";
// The window's executable, which the service opens.
inline constexpr const char* app_program = "relief-journal";

// $XDG_CONFIG_HOME/autostart/relief-reminders.desktop (~/.config when XDG_CONFIG_HOME is
// unset or not an absolute path, as the XDG Base Directory spec says).
QString autostart_file();

// The Exec value that runs `argv`, quoted as the Desktop Entry spec asks: an argument
// with a space or another reserved character in double quotes (", `, $ and \ escaped
// inside), % doubled (it starts field codes), then the string escapes (\\, \n, \t, \r) of
// every value.
QString desktop_exec(const QStringList& argv);

// The whole autostart entry for `program` (absolute) reminding from `journal`.
QString autostart_entry(const QString& program, const QString& journal);

// Whether the autostart entry is there and starts the service for `journal` (and has not
// been switched off in the desktop's own list of startup programs: Hidden=true or
// X-GNOME-Autostart-enabled=false).
bool autostart_starts(const QString& journal);

// Writes the entry, mode 0600, atomically; the folder and any missing parent are created
// 0700. Throws std::exception (storage's StorageError) naming the file on failure.
void write_autostart(const QString& program, const QString& journal);

// Removes the entry if it is the one for `journal` (another journal's entry is left as it
// is). Throws naming the file on failure.
void remove_autostart(const QString& journal);

// relief-reminders for the app in `app_dir`: installed, in the service's own folder under
// libexec (bin/../libexec/relief-journal/relief-reminders, as GNUInstallDirs places them);
// in the build tree, in `app_dir`'s sibling folder reminders/ (build/qml/relief-journal,
// build/reminders/relief-reminders); in `app_dir` itself; else on PATH. Absolute; empty
// when there is none.
QString find_service_program(const QString& app_dir);

// relief-journal for the service in `service_dir`, the other way round: bin/ from the
// service's libexec folder, the build tree's qml/, beside it, else on PATH. Absolute;
// empty when there is none.
QString find_app_program(const QString& service_dir);

// What the session bus says.
struct DesktopStatus {
    bool bus = false;            // a session bus answered
    bool notifications = false;  // org.freedesktop.Notifications is running or can be started
    bool service = false;        // relief-reminders is running (org.reliefjournal.Reminders)
};
DesktopStatus desktop_status(const QDBusConnection& bus);

// Whether a notification service is running on `bus` or can be started by it.
bool notification_service_available(const QDBusConnection& bus);

}  // namespace relief::reminders
