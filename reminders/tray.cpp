#include "tray.h"

#include "desktop.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace relief::reminders {

namespace {

const QColor due_colour(214, 110, 0);

// Run from the build tree, where no icon is installed: a capsule, orange when a dose is due.
QIcon capsule_icon(bool due) {
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(32, 32);
    p.rotate(-45);
    const QRectF body(-26, -12, 52, 24);
    p.setPen(QPen(QColor(40, 40, 40), 3));
    p.setBrush(QColor(255, 255, 255));
    p.drawRoundedRect(body, 12, 12);
    p.setBrush(due ? due_colour : QColor(38, 110, 160));
    p.setClipRect(QRectF(-26, -12, 26, 24));
    p.drawRoundedRect(body, 12, 12);
    return QIcon(pixmap);
}

}  // namespace

QIcon tray_icon(bool due) {
    const QIcon installed = QIcon::fromTheme(app_id);
    if (installed.isNull()) return capsule_icon(due);
    if (!due) return installed;
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.drawPixmap(pixmap.rect(), installed.pixmap(64, 64));  // scaled up where the theme has only smaller
    p.setPen(QPen(Qt::white, 4));
    p.setBrush(due_colour);
    p.drawEllipse(QRectF(34, 34, 28, 28));
    p.end();
    return QIcon(pixmap);
}

Tray::Tray(QObject* parent) : QObject(parent) {}

Tray::~Tray() {
    delete icon_;
    delete menu_;
}

void Tray::update(const QString& next, const QList<TrayDose>& open) {
    // Only in a QApplication with a tray: the panel may appear after the service started.
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()) || !QSystemTrayIcon::isSystemTrayAvailable()) return;
    if (!icon_) {
        menu_ = new QMenu;
        icon_ = new QSystemTrayIcon;
        icon_->setContextMenu(menu_);
        connect(icon_, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) emit openWindow();
        });
    }
    QString tooltip = open.isEmpty() ? tr("Nothing is due now.") : tr("Due now: %1").arg(open.first().label);
    if (open.size() > 1) tooltip = tr("%n doses are due now.", nullptr, int(open.size()));
    if (!next.isEmpty()) tooltip += "\n" + tr("Next: %1").arg(next);
    icon_->setIcon(tray_icon(!open.isEmpty()));
    icon_->setToolTip(tooltip);

    menu_->clear();
    for (const TrayDose& dose : open) {
        QAction* action = menu_->addAction(tr("Taken: %1").arg(dose.label));
        const qint64 med = dose.medication_id;
        const qint64 at = dose.scheduled_utc;
        connect(action, &QAction::triggered, this, [this, med, at] { emit taken(med, at); });
    }
    if (!open.isEmpty()) menu_->addSeparator();
    if (!next.isEmpty()) menu_->addAction(tr("Next: %1").arg(next))->setEnabled(false);
    connect(menu_->addAction(tr("Open Relief Journal")), &QAction::triggered, this, &Tray::openWindow);
    icon_->show();
}

}  // namespace relief::reminders
