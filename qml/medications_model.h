#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace relief::app {

class MedicationsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Words: read again when the language changes (every reload says countChanged).
    Q_PROPERTY(QStringList classWords READ classWords NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, NameRole, LabelRole, ClassRole, ScheduleRole, PeriodRole, ActiveRole, CourseDayRole,
        DoseRole, TimesRole, AsNeededRole, ChangesRole, HistoryRole
    };
    explicit MedicationsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Catalogue names (ingredients and brands) that start with or are close to `text`.
    Q_INVOKABLE QStringList suggestions(const QString& text) const;
    // "cyclobenzaprine: muscle relaxant, antispasmodic", or "" for unknown names.
    Q_INVOKABLE QString describe(const QString& name) const;
    Q_INVOKABLE QStringList classes() const;     // for unknown drugs: the ids add() takes
    QStringList classWords() const;  // the same kinds in words, in the same order
    // For an unknown drug of the kind at `class_index` of classes(): the question whether it
    // contains acetaminophen, or "" when its kind does not call for one.
    Q_INVOKABLE QString acetaminophenQuestion(const QString& name, int class_index) const;
    // times: "08:00,20:00" or ""; drugClass only for drugs the catalogue lacks; start:
    // YYYY-MM-DD, empty for today.
    Q_INVOKABLE QString add(const QString& name, const QString& dose, const QString& times, bool asNeeded,
                            const QString& maxDaily, const QString& drugClass, const QString& start = {});
    // Corrects the first prescription (a mistake when it was added): past days change too.
    Q_INVOKABLE QString edit(int row, const QString& dose, const QString& times, bool asNeeded);
    // A new prescription from `from` (YYYY-MM-DD): a titration or taper step; the earlier
    // one stays for the days before it.
    Q_INVOKABLE QString change(int row, const QString& dose, const QString& times, bool asNeeded, const QString& from);
    // Takes back the change from `from` (it stays in the history).
    Q_INVOKABLE QString removeChange(int row, const QString& from);
    Q_INVOKABLE QString stop(int row, const QString& onDay, bool taper);

signals:
    void countChanged();

private:
    void reload();
    struct Row {
        qint64 id;
        QString name, label, drug_class, schedule, period;
        bool active;
        int course_day;
        QString dose, times;  // today's prescription, to fill the change form
        bool as_needed;
        QVariantList changes;  // {from, text} for each change from a day
        QString history;       // "10 mg ... from 2026-03-05 (before: 5 mg ...)"
    };
    QList<Row> rows_;
};

}  // namespace relief::app
