#pragma once

// A dbus-daemon of our own (Debian package dbus), gone with the test: tests never use the
// person's session bus. Started with tests/support/private_bus.conf (the test's CMake
// passes its path), it has no service directories, so nothing installed on the machine (a
// notification daemon such as dunst) is started behind the test's back. Only Qt here.
#include <QDBusConnection>
#include <QProcess>
#include <QString>

namespace relief::testing {

class PrivateBus {
public:
    // `name`: the name of this process's connection to it (connection()).
    PrivateBus(const QString& name, const QString& config_file) : name_(name) {
        daemon_.start("dbus-daemon",
                      {"--config-file", config_file, "--nofork", "--print-address=1"});
        if (!daemon_.waitForStarted(5000) || !daemon_.waitForReadyRead(5000)) return;
        address_ = QString::fromUtf8(daemon_.readLine()).trimmed();
    }
    ~PrivateBus() {
        QDBusConnection::disconnectFromBus(name_);
        daemon_.kill();
        daemon_.waitForFinished(5000);
    }
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;
    // Empty when dbus-daemon did not start.
    const QString& address() const { return address_; }
    QDBusConnection connection() { return QDBusConnection::connectToBus(address_, name_); }

private:
    QString name_;
    QProcess daemon_;
    QString address_;
};

}  // namespace relief::testing
