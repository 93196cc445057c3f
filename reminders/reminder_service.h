#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

namespace relief::reminders {

class Notifications;
class Tray;
struct ServiceOptions;  // service_options.h (moc cannot read core's C++20 headers)

// Reminds of scheduled doses while the window is closed: each round reads the journal
// afresh (the window may have logged meanwhile), plans (core/reminder_plan.h), shows or
// closes the one notification, and sleeps until the next thing to say, a minute at most.
// An answer from the notification is written to the journal as the window would write it.
class ReminderService : public QObject {
    Q_OBJECT
public:
    ReminderService(const ServiceOptions& options, Notifications* notifications, QObject* parent = nullptr);
    ~ReminderService() override;

    // Runs a round now. Returns false when reminders are switched off in the journal.
    bool tick();
    // Where the desktop has a tray: kept up to date after each round.
    void setTray(Tray* tray);

signals:
    // Reminders were switched off (in the window or with `relief settings set`).
    void switchedOff();

public slots:
    void onAction(quint32 id, const QString& key);
    void onGoingToSleep();
    void onWokeUp();
    void takeOne(qint64 medication_id, qint64 scheduled_utc);  // "Taken" in the tray's menu
    void openWindow();

private:
    struct State;
    void write_answers(bool taken);
    void complain(const QString& message);
    void forget_shown();
    bool caregiver_round(std::chrono::sys_seconds now);

    std::unique_ptr<State> s_;
    Notifications* notifications_;
    Tray* tray_ = nullptr;
    QTimer timer_;
    QElapsedTimer since_last_round_;  // the time that really passed since the last round
    QString last_complaint_;
};

}  // namespace relief::reminders
