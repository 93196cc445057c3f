#pragma once

// What a desktop would put on the D-Bus for the reminder service: a notification server
// that records each Notify and presses answers, and logind announcing a sleep. Only Qt
// here: moc reads this header.
#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

#include <vector>

namespace relief::testing {

struct NotifyCall {
    uint id = 0;
    uint replaces = 0;
    QString app;
    QString icon;
    QString summary;
    QString body;
    QStringList actions;  // key, label, key, label, ...
    QVariantMap hints;
    int timeout = -1;
};

class FakeNotificationServer : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    explicit FakeNotificationServer(const QDBusConnection& bus) : bus_(bus) {}
    std::vector<NotifyCall> calls;
    std::vector<uint> closed;

    // What a person's click on an answer sends.
    void press(uint id, const QString& key) {
        QDBusMessage signal = QDBusMessage::createSignal("/org/freedesktop/Notifications",
                                                         "org.freedesktop.Notifications", "ActionInvoked");
        signal << id << key;
        bus_.send(signal);
    }

public slots:
    uint Notify(const QString& app, uint replaces, const QString& icon, const QString& summary, const QString& body,
                const QStringList& actions, const QVariantMap& hints, int timeout) {
        const uint id = replaces != 0 ? replaces : next_id_++;
        calls.push_back({id, replaces, app, icon, summary, body, actions, hints, timeout});
        return id;
    }
    void CloseNotification(uint id) { closed.push_back(id); }
    QStringList GetCapabilities() { return {"actions", "body"}; }

private:
    QDBusConnection bus_;
    uint next_id_ = 1;
};

// logind's Manager, as far as PrepareForSleep goes.
inline void announce_sleep(QDBusConnection& system_bus, bool start) {
    QDBusMessage signal = QDBusMessage::createSignal("/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                                                     "PrepareForSleep");
    signal << start;
    system_bus.send(signal);
}

}  // namespace relief::testing
