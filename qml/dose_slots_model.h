#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace relief::app {

// Today's scheduled doses with what became of each (taken, taken late, skipped, overdue,
// missed, upcoming), and the as-needed medications, for Taken / Skipped in one tap.
class DoseSlotsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int dueCount READ dueCount NOTIFY countChanged)  // overdue now, for the banner
    Q_PROPERTY(QStringList asNeeded READ asNeeded NOTIFY countChanged)

public:
    enum Role { MedicationIdRole = Qt::UserRole + 1, NameRole, DoseRole, TimeRole, StateRole, EntryIdRole, LoggedAtRole };
    explicit DoseSlotsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int dueCount() const;
    QStringList asNeeded() const;

    Q_INVOKABLE QString take(int row);
    Q_INVOKABLE QString markSkipped(int row);
    Q_INVOKABLE QString undo(int row);                  // deletes the dose that answered the slot
    Q_INVOKABLE QString takeAsNeeded(const QString& name);

signals:
    void countChanged();

private:
    void reload();
    QString log(int row, bool taken);
    struct Row {
        qint64 medication_id;
        QString name, dose, time, state;
        qint64 entry_id;
        QString logged_at;
        qint64 scheduled_utc;
    };
    QList<Row> rows_;
    QStringList as_needed_;
};

}  // namespace relief::app
