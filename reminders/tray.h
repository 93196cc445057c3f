#pragma once

#include <QIcon>
#include <QList>
#include <QObject>
#include <QString>

class QMenu;
class QSystemTrayIcon;

namespace relief::reminders {

// One open dose the tray offers to mark taken.
struct TrayDose {
    QString label;  // "Flexeril 5 mg (08:00)", or "A dose (08:00)" with names hidden
    qint64 medication_id = 0;
    qint64 scheduled_utc = 0;  // seconds since the epoch
};

// The tray's icon: the installed app icon by its name (a panel draws it at its own size),
// with an orange dot while a dose is due, so the state shows without opening the menu.
// Where no icon is installed (the build tree): a drawn capsule, orange when a dose is due.
QIcon tray_icon(bool due);

// Where the desktop has a tray (KDE, GNOME with AppIndicator, Xfce, ...): an icon whose
// tooltip says what is due and what comes next, and a menu with "Taken" for each open
// dose. Reminders never depend on it: without a tray nothing is shown and nothing is lost.
class Tray : public QObject {
    Q_OBJECT
public:
    explicit Tray(QObject* parent = nullptr);
    ~Tray() override;

    // After each round: the line about what comes next, and the doses due now.
    void update(const QString& next, const QList<TrayDose>& open);

signals:
    void taken(qint64 medication_id, qint64 scheduled_utc);
    void openWindow();

private:
    QSystemTrayIcon* icon_ = nullptr;
    QMenu* menu_ = nullptr;
};

}  // namespace relief::reminders
