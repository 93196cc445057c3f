#pragma once

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace relief::app {

// The scheduled doses of the day the Today page looks at, with what became of each
// (taken, taken late, skipped, overdue, missed, upcoming), and the as-needed medications,
// for Taken / Skipped in one tap. A dose is logged at `time` on `day` (empty: now), so
// "I took it at 14:05" is not counted late.
class DoseSlotsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString day READ day WRITE setDay NOTIFY dayChanged)  // YYYY-MM-DD; empty = today
    Q_PROPERTY(QString time READ time WRITE setTime NOTIFY timeChanged)  // HH:MM; empty = now
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int dueCount READ dueCount NOTIFY countChanged)  // overdue now, for the banner
    Q_PROPERTY(QString nextDue READ nextDue NOTIFY countChanged)  // "Flexeril 5 mg at 20:00", or ""
    // As-needed medications: {name, dose, lastAt ("14:05" or ""), recent (logged within
    // the last few minutes: another tap asks first, so a double click is not two doses)}.
    Q_PROPERTY(QVariantList asNeeded READ asNeeded NOTIFY countChanged)
    // After take() or takeAsNeeded(): what the daily maximum rule says at once of that dose,
    // the sentence 'relief log dose' prints ("Urgent: Today's total of acetaminophen ..."),
    // or "" when it keeps every total within its maximum. The dose is recorded either way.
    Q_PROPERTY(QString lastWarning READ lastWarning NOTIFY lastWarningChanged)

public:
    enum Role {
        MedicationIdRole = Qt::UserRole + 1, NameRole, DoseRole, TimeRole, StateRole, EntryIdRole, LoggedAtRole, EarlyRole
    };
    explicit DoseSlotsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QString day() const { return day_; }
    void setDay(const QString& day);
    QString time() const { return time_; }
    void setTime(const QString& time);
    int dueCount() const;
    QString nextDue() const;
    QVariantList asNeeded() const { return as_needed_; }
    QString lastWarning() const { return last_warning_; }

    Q_INVOKABLE QString take(int row);
    Q_INVOKABLE QString markSkipped(int row);
    Q_INVOKABLE QString undo(int row);                  // deletes the dose that answered the slot
    Q_INVOKABLE QString takeAsNeeded(const QString& name);

signals:
    void dayChanged();
    void timeChanged();
    void countChanged();
    void lastWarningChanged();

private:
    void reload();
    QString log(int row, bool taken);
    void set_last_warning(qint64 entry_id);  // "" for 0 (nothing taken)
    struct Row {
        qint64 medication_id;
        QString name, dose, time, state;
        qint64 entry_id;
        QString logged_at;
        qint64 scheduled_utc;
        bool early;
        bool operator==(const Row&) const = default;
    };
    QString day_, time_;
    QList<Row> rows_;
    QVariantList as_needed_;
    QString last_warning_;
};

}  // namespace relief::app
