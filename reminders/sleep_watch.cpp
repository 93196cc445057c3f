#include "sleep_watch.h"

namespace relief::reminders {

SleepWatch::SleepWatch(const QDBusConnection& system_bus, QObject* parent) : QObject(parent) {
    QDBusConnection bus(system_bus);
    listening_ = bus.isConnected() &&
                 bus.connect("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                             "PrepareForSleep", this, SLOT(onPrepareForSleep(bool)));
}

void SleepWatch::onPrepareForSleep(bool start) {
    if (start) emit goingToSleep();
    else emit wokeUp();
}

}  // namespace relief::reminders
