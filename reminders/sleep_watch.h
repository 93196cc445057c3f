#pragma once

#include <QDBusConnection>
#include <QObject>

namespace relief::reminders {

// logind's PrepareForSleep on the system bus: true before a suspend, false on resume.
// Without logind (no system bus, or another init) nothing is heard, and the service's
// clock-jump check still notices the gap.
class SleepWatch : public QObject {
    Q_OBJECT
public:
    explicit SleepWatch(const QDBusConnection& system_bus, QObject* parent = nullptr);
    bool listening() const { return listening_; }

signals:
    void goingToSleep();
    void wokeUp();

private slots:
    void onPrepareForSleep(bool start);

private:
    bool listening_ = false;
};

}  // namespace relief::reminders
