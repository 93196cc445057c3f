#include "notifications.h"

#include "desktop.h"

#include "core/reminder_text.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QStringList>
#include <QVariantMap>

namespace relief::reminders {

Notifications::Notifications(const QDBusConnection& bus, QObject* parent) : QObject(parent), bus_(bus) {
    // Any sender: the service's unique name changes when it restarts.
    bus_.connect(QString(), notifications_path, notifications_service, "ActionInvoked", this,
                 SLOT(onActionInvoked(uint, QString)));
    bus_.connect(QString(), notifications_path, notifications_service, "NotificationClosed", this,
                 SLOT(onClosed(uint, uint)));
}

bool Notifications::available() const { return notification_service_available(bus_); }

quint32 Notifications::show(const ReminderText& text, quint32 replaces, QString* error) {
    QStringList actions;
    for (const auto& [key, label] : text.actions) actions << QString::fromStdString(key) << QString::fromStdString(label);
    actions << "default" << tr("Open Relief Journal");  // a click on the notification itself
    QVariantMap hints;
    hints.insert("urgency", QVariant::fromValue(uchar(1)));  // normal: a reminder, not an alarm
    hints.insert("desktop-entry", app_id);  // the desktop shows Relief Journal's name and settings
    hints.insert("category", "x-relief-journal.reminder");
    hints.insert("resident", true);  // stays after an answer until we close it
    QDBusMessage call = QDBusMessage::createMethodCall(notifications_service, notifications_path,
                                                      notifications_service, "Notify");
    call << QString("Relief Journal") << uint(replaces) << QString(app_id)
         << QString::fromStdString(text.summary) << QString::fromStdString(text.body) << actions << hints
         << int(0);  // never expires: it stays until answered
    const QDBusReply<uint> reply = bus_.call(call, QDBus::Block, 5000);
    if (!reply.isValid()) {
        if (error) *error = reply.error().message();
        return 0;
    }
    return reply.value();
}

void Notifications::close(quint32 id) {
    if (id == 0) return;
    QDBusMessage call = QDBusMessage::createMethodCall(notifications_service, notifications_path,
                                                      notifications_service, "CloseNotification");
    call << uint(id);
    bus_.call(call, QDBus::Block, 5000);
}

void Notifications::onActionInvoked(uint id, const QString& key) { emit actionInvoked(id, key); }
void Notifications::onClosed(uint id, uint reason) { emit closed(id, reason); }

}  // namespace relief::reminders
