#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// Not final: QML derives from every registered element type (Qt 6.4).
namespace relief::app {

// What was logged today (or on `day`), newest first, and the one-tap logging actions of
// the Today page. Every action returns an empty string on success or the message to show.
class TodayModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString day READ day WRITE setDay NOTIFY dayChanged)  // YYYY-MM-DD; empty = today
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { EntryIdRole = Qt::UserRole + 1, TimeRole, KindRole, TextRole };
    explicit TodayModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString day() const { return day_; }
    void setDay(const QString& day);

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
    // Edits write a new version; the old one stays in the history.
    Q_INVOKABLE QString editTime(int entryId, const QString& hhmm);  // same day, new time
    Q_INVOKABLE QString editPainScore(int entryId, int score);
    Q_INVOKABLE QString editNote(int entryId, const QString& text);
    // All of the above in one new version: an empty time or note and a score of -1 keep
    // what was there.
    Q_INVOKABLE QString editEntry(int entryId, const QString& hhmm, int painScore, const QString& note);

    // Vocabularies for the pickers: canonical names and the words shown for them.
    Q_INVOKABLE QStringList locations() const;
    Q_INVOKABLE QStringList qualities() const;
    Q_INVOKABLE QStringList sideEffects() const;
    Q_INVOKABLE QStringList measures() const;
    Q_INVOKABLE QString readable(const QString& term) const;
    Q_INVOKABLE QString painWords(int score) const;  // "none", "mild", ... "worst imaginable"

signals:
    void dayChanged();
    void countChanged();

private:
    void reload();
    QString day_;
    struct Row {
        qint64 id;
        QString time, kind, text;
    };
    QList<Row> rows_;
};

}  // namespace relief::app
