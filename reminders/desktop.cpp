#include "desktop.h"

#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QStandardPaths>
#include <filesystem>

#include "notifications.h"
#include "storage/errors.h"
#include "storage/private_file.h"

namespace relief::reminders {

namespace {

std::filesystem::path fs_path(const QString& path) {
    return std::filesystem::path(path.toStdString());
}

QString absolute(const QString& path) {
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// The Desktop Entry spec's reserved characters: an argument with any of them is quoted.
bool needs_quotes(const QString& argument) {
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    if (argument.isEmpty()) return true;
    for (const QChar c : argument)
        if (reserved.contains(c)) return true;
    return false;
}

QString quoted(const QString& argument) {
    if (!needs_quotes(argument)) return argument;
    QString out = "\"";
    for (const QChar c : argument) {
        if (c == '"' || c == '`' || c == '$' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

// The string escapes of a desktop file's values, undone by a reader before the quoting.
QString escaped_value(const QString& value) {
    QString out;
    for (const QChar c : value) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\r')
            out += "\\r";
        else
            out += c;
    }
    return out;
}

// The keys of the [Desktop Entry] group (the first value of each key).
QMap<QString, QString> entry_keys(const QString& text) {
    QMap<QString, QString> keys;
    bool in_entry = false;
    for (const QString& raw : text.split('\n')) {
        const QString line = raw.trimmed();
        if (line.startsWith('[')) {
            in_entry = line == "[Desktop Entry]";
            continue;
        }
        if (!in_entry || line.isEmpty() || line.startsWith('#')) continue;
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0) continue;
        const QString key = line.left(eq).trimmed();
        if (!keys.contains(key)) keys.insert(key, line.mid(eq + 1).trimmed());
    }
    return keys;
}

}  // namespace

QString autostart_file() {
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir::cleanPath(config) + "/autostart/" + service_program + ".desktop";
}

QString desktop_exec(const QStringList& argv) {
    QStringList parts;
    for (const QString& argument : argv) parts << quoted(argument).replace('%', "%%");
    return escaped_value(parts.join(' '));
}

QString autostart_entry(const QString& program, const QString& journal) {
    return QString(
               "[Desktop Entry]\n"
               "Type=Application\n"
               "Name=Relief Journal reminders\n"
               "Comment=Reminds of scheduled doses while the Relief Journal window is closed\n"
               "Exec=%1\n"
               "X-GNOME-Autostart-enabled=true\n"
               "NoDisplay=true\n")
        .arg(desktop_exec({absolute(program), "--journal", absolute(journal)}));
}

namespace {

// The [Desktop Entry] keys of the entry as it is now (none when there is no entry).
QMap<QString, QString> current_entry() {
    QFile file(autostart_file());
    if (!file.open(QIODevice::ReadOnly)) return {};
    return entry_keys(QString::fromUtf8(file.read(64 * 1024)));
}

bool is_for(const QMap<QString, QString>& keys, const QString& journal) {
    return keys.value("Exec").endsWith(" " + desktop_exec({"--journal", absolute(journal)}));
}

}  // namespace

bool autostart_starts(const QString& journal) {
    const auto keys = current_entry();
    if (keys.value("Hidden").compare("true", Qt::CaseInsensitive) == 0) return false;
    if (keys.value("X-GNOME-Autostart-enabled").compare("false", Qt::CaseInsensitive) == 0)
        return false;
    return is_for(keys, journal);
}

void write_autostart(const QString& program, const QString& journal) {
    const QString path = autostart_file();
    storage::create_private_folders(fs_path(QFileInfo(path).absolutePath()));
    storage::write_file_atomically(fs_path(path), autostart_entry(program, journal).toStdString());
}

void remove_autostart(const QString& journal) {
    // Another journal's entry is left as it is; this journal's goes, even one switched
    // off in the desktop's list.
    if (!is_for(current_entry(), journal)) return;
    const QString path = autostart_file();
    QFile file(path);
    if (!file.remove())
        throw storage::StorageError("cannot remove " + path.toStdString() + ": " +
                                    file.errorString().toStdString());
}

namespace {

// The first candidate that is an executable file, else `program` on PATH.
QString first_executable(const QStringList& candidates, const QString& program) {
    for (const QString& candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable()) return absolute(candidate);
    }
    const QString on_path = QStandardPaths::findExecutable(program);
    return on_path.isEmpty() ? QString() : absolute(on_path);
}

}  // namespace

QString find_service_program(const QString& app_dir) {
    return first_executable({app_dir + "/" RELIEF_BIN_TO_SERVICE_DIR "/" + service_program,
                             app_dir + "/../reminders/" + service_program, app_dir + "/" + service_program},
                            service_program);
}

QString find_app_program(const QString& service_dir) {
    return first_executable({service_dir + "/" RELIEF_SERVICE_TO_BIN_DIR "/" + app_program,
                             service_dir + "/../qml/" + app_program, service_dir + "/" + app_program},
                            app_program);
}

bool notification_service_available(const QDBusConnection& connection) {
    if (!connection.isConnected()) return false;
    auto* bus = connection.interface();
    if (!bus) return false;
    if (bus->isServiceRegistered(notifications_service).value()) return true;
    return bus->activatableServiceNames().value().contains(notifications_service);
}

DesktopStatus desktop_status(const QDBusConnection& bus) {
    DesktopStatus s;
    if (!bus.isConnected() || !bus.interface()) return s;
    s.bus = true;
    s.notifications = notification_service_available(bus);
    s.service = bus.interface()->isServiceRegistered(service_name).value();
    return s;
}

}  // namespace relief::reminders
