#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace relief::app {

class MedicationsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, LabelRole, ClassRole, ScheduleRole, PeriodRole, ActiveRole, CourseDayRole };
    explicit MedicationsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Catalogue names (ingredients and brands) that start with or are close to `text`.
    Q_INVOKABLE QStringList suggestions(const QString& text) const;
    // "cyclobenzaprine: muscle relaxant, antispasmodic", or "" for unknown names.
    Q_INVOKABLE QString describe(const QString& name) const;
    Q_INVOKABLE QStringList classes() const;     // for unknown drugs: the ids add() takes
    Q_INVOKABLE QStringList classWords() const;  // the same kinds in words, in the same order
    // times: "08:00,20:00" or ""; drugClass only for drugs the catalogue lacks; start:
    // YYYY-MM-DD, empty for today.
    Q_INVOKABLE QString add(const QString& name, const QString& dose, const QString& times, bool asNeeded,
                            const QString& maxDaily, const QString& drugClass, const QString& start = {});
    Q_INVOKABLE QString edit(int row, const QString& dose, const QString& times, bool asNeeded);
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
    };
    QList<Row> rows_;
};

}  // namespace relief::app
