#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

namespace relief {
struct ReminderText;  // core/reminder_text.h (moc cannot read core's C++20 headers)
}

namespace relief::reminders {

// The desktop's notification service (org.freedesktop.Notifications) over D-Bus: show a
// notification with answers, replace it, close it, and hear which answer was chosen.
class Notifications : public QObject {
    Q_OBJECT
public:
    explicit Notifications(const QDBusConnection& bus, QObject* parent = nullptr);

    // Whether a notification service is running on the bus or can be started by it.
    bool available() const;
    // Shows `text` (replacing notification `replaces` when not 0) until it is answered or
    // closed; returns its id, 0 when no service took it (`error` then says why).
    quint32 show(const ReminderText& text, quint32 replaces, QString* error = nullptr);
    void close(quint32 id);

signals:
    void actionInvoked(quint32 id, const QString& key);
    void closed(quint32 id, quint32 reason);

private slots:
    void onActionInvoked(uint id, const QString& key);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection bus_;
};

inline constexpr const char* notifications_service = "org.freedesktop.Notifications";
inline constexpr const char* notifications_path = "/org/freedesktop/Notifications";

}  // namespace relief::reminders
