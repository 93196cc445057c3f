#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// Not final: QML derives from every registered element type (Qt 6.4).
namespace relief::app {

// What was logged on the day the Today page looks at (today, or yesterday when a person
// logs something late), newest first, and the one-tap logging actions of that page. An
// entry is logged at `time` on `day` (empty: now). Every action returns an empty string
// on success or the message to show.
class TodayModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString day READ day WRITE setDay NOTIFY dayChanged)     // YYYY-MM-DD; empty = today
    Q_PROPERTY(QString time READ time WRITE setTime NOTIFY timeChanged)  // HH:MM; empty = now
    Q_PROPERTY(QString timeError READ timeError NOTIFY timeChanged)      // why day + time cannot be used
    Q_PROPERTY(QString yesterday READ yesterday NOTIFY dayChanged)       // YYYY-MM-DD
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { EntryIdRole = Qt::UserRole + 1, TimeRole, KindRole, TextRole, FieldsRole };
    explicit TodayModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString day() const { return day_; }
    void setDay(const QString& day);
    QString time() const { return time_; }
    void setTime(const QString& time);
    QString timeError() const;
    QString yesterday() const;

    Q_INVOKABLE QString logPain(int score, const QStringList& locations, const QStringList& qualities);
    Q_INVOKABLE QString logSideEffect(const QString& name, const QString& severity);
    Q_INVOKABLE QString logCramp(const QString& location, int minutes, int severity);
    Q_INVOKABLE QString logMeasure(const QString& name);
    Q_INVOKABLE QString logFluids(int glasses);
    Q_INVOKABLE QString logAlcohol(int drinks);
    Q_INVOKABLE QString logSymptom(const QString& name);
    Q_INVOKABLE QString logNote(const QString& text);
    // Undo: the entry is deleted and stays in its history.
    Q_INVOKABLE QString undo(int entryId);
    // Any fields of an entry (core/entry_edit.h names them: time, day, score, locations,
    // amount, status, name, severity, minutes, count, text, ...) in one new version; the
    // old one stays in the history.
    Q_INVOKABLE QString editEntry(int entryId, const QVariantMap& changes);

    // Vocabularies for the pickers: canonical names and the words shown for them.
    Q_INVOKABLE QStringList locations() const;
    Q_INVOKABLE QStringList qualities() const;
    Q_INVOKABLE QStringList sideEffects() const;
    Q_INVOKABLE QStringList measures() const;
    Q_INVOKABLE QString readable(const QString& term) const;
    // Symptom words (readable) that start with what was typed, the urgent ones included.
    Q_INVOKABLE QStringList symptomSuggestions(const QString& typed) const;
    Q_INVOKABLE QString painWords(int score) const;  // "none", "mild", ... "worst imaginable"
    // The global impression of change's answer 1-7 in words: "Very much improved", ...
    Q_INVOKABLE QString pgicWords(int answer) const;

signals:
    void dayChanged();
    void timeChanged();
    void countChanged();

private:
    void reload();
    QString day_, time_;
    struct Row {
        qint64 id;
        QString time, kind, text;
        QVariantMap fields;
    };
    QList<Row> rows_;
};

}  // namespace relief::app
