#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QVariantMap>
#include <memory>

class QDBusServiceWatcher;

// Only Qt in this header: moc cannot parse the C++20 library headers that core uses.
namespace relief::app {

// The Reminders card of Profile & settings: the one switch that has relief-reminders
// remind while the window is closed (the journal's reminders.enabled and the XDG autostart
// entry, reminders/desktop.h), the reminder settings (validated by core), and a sentence
// on what this desktop can do. No logic of its own: core validates and plans, reminders/
// writes the autostart entry and asks the bus.
class RemindersController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // Switched on: the journal says reminders.enabled=yes AND the autostart entry for this
    // journal is there (and not switched off in the desktop's startup list).
    Q_PROPERTY(bool switchedOn READ on NOTIFY changed)
    // A journal open for writing: the settings can be changed.
    Q_PROPERTY(bool canChange READ canChange NOTIFY changed)
    // Stored text of each setting by its key without "reminders.": "repeat-minutes" "15",
    // "repeat-limit", "heads-up-minutes", "snooze-minutes", "hide-names" "yes"/"no",
    // "quiet-hours" "off" or "22:00-07:00"; and "quiet-from", "quiet-until" (the times,
    // or a suggestion 22:00 / 07:00 while quiet hours are off).
    Q_PROPERTY(QVariantMap settings READ settings NOTIFY settingsChanged)
    // One plain sentence: whether reminders can be shown here, whether they are on, and
    // what comes next.
    Q_PROPERTY(QString status READ status NOTIFY changed)
    // On, but the service is not running: "Start reminders now" makes sense.
    Q_PROPERTY(bool canStart READ canStart NOTIFY changed)
    // A caregiver's device following a shared journal (docs/sharing.md): the switch asks
    // to be told when a scheduled dose has not been logged an hour after its time, and the
    // person's own reminder settings cannot be changed here.
    Q_PROPERTY(bool caregiver READ caregiver NOTIFY changed)

public:
    explicit RemindersController(QObject* parent = nullptr);
    ~RemindersController() override;

    bool on() const { return on_; }
    bool canChange() const;
    QVariantMap settings() const { return settings_; }
    QString status() const { return status_; }
    bool canStart() const;
    bool caregiver() const;

    // Switches reminders on (reminders.enabled=yes, the autostart entry, the service
    // started now) or off (reminders.enabled=no, the entry removed; a running service sees
    // the setting and ends within a minute). Returns "" or what went wrong; a failure
    // leaves things as they were.
    Q_INVOKABLE QString setOn(bool on);
    // One setting ("repeat-minutes", ...; not "enabled"): "" or the message to show, with
    // the setting left as it was.
    Q_INVOKABLE QString set(const QString& key, const QString& value);
    // Quiet hours off, or from-until ("22:00", "07:00").
    Q_INVOKABLE QString setQuietHours(bool quiet, const QString& from, const QString& until);
    // Starts the service now (when it is on but not running).
    Q_INVOKABLE QString startNow();
    // Reads the journal, the autostart entry and the bus again.
    Q_INVOKABLE void refresh();

    // Where relief-reminders is: found beside the app (reminders/desktop.h) unless a test
    // sets it. With RELIEF_REMINDERS_NO_START=1 in the environment the service is never
    // started (the QML tests: never a real service on the person's bus).
    static void setServiceProgram(const QString& program);
    // The bus asked about the desktop: the session bus, or (tests) the private bus at
    // `address`; an empty address goes back to the session bus. For controllers made after.
    static void setBus(const QString& address);

signals:
    // Each only when what it says changed, so a field being typed in is not reset by an
    // unrelated refresh (an entry the service wrote, the clock's minute).
    void changed();
    void settingsChanged();

private:
    void read_journal();
    void ask_bus();
    void compose_status();
    // Runs `work` (reading again), composes the status, and signals what differs.
    template <class Work>
    void updating(Work&& work);
    QString start_service();

    bool on_ = false;
    bool caregiver_ = false;
    bool can_change_ = false;
    QVariantMap settings_;
    QString status_;
    struct Desktop;
    std::unique_ptr<Desktop> desktop_;
    QDBusServiceWatcher* watcher_ = nullptr;
};

}  // namespace relief::app
