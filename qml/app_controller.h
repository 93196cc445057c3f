#pragma once

#include <QObject>

class QQmlEngine;
class QJSEngine;
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

namespace relief {
struct JournalSnapshot;
}
namespace relief::storage {
class Journal;
}

// Only Qt in this header: moc cannot parse the C++20 library headers that core uses.
namespace relief::app {

// The one open journal and the app's clock. Every view model reads and writes through
// it, and it tells them when anything changed. No rule logic: it only opens, creates
// and hands out the storage::Journal.
class AppController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool journalOpen READ journalOpen NOTIFY journalChanged)
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY journalChanged)
    Q_PROPERTY(QString journalPath READ journalPath NOTIFY journalChanged)
    Q_PROPERTY(QString homeZone READ homeZone NOTIFY journalChanged)
    // Today and yesterday as the language writes a day, for the Today page's header.
    Q_PROPERTY(QString today READ todayText NOTIFY changed)
    Q_PROPERTY(QString yesterdayText READ yesterdayText NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY errorChanged)
    Q_PROPERTY(QString defaultJournalPath READ defaultJournalPath CONSTANT)
    Q_PROPERTY(QString systemZone READ systemZone CONSTANT)
    // Remembered between runs (the app's settings file, not the journal).
    Q_PROPERTY(bool darkMode READ darkMode WRITE setDarkMode NOTIFY darkModeChanged)
    // The language chosen in settings ("" follows the system) and the choices, each
    // {code, name} in its own language.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages NOTIFY languageChanged)
    // Whether Ctrl+Z has something of this session's to undo.
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    // A journal shared through a folder (docs/sharing.md): "Last change from laptop 3
    // minutes ago", or what went wrong in the last sync; "" when not shared.
    Q_PROPERTY(QString shareStatus READ shareStatus NOTIFY shareChanged)

public:
    // The instance main() configured; the QML engine gets it through create().
    static AppController* instance();
    static AppController* create(QQmlEngine*, QJSEngine*);
    // No default: Qt 6.4 would construct a second controller instead of calling create().
    explicit AppController(QObject* parent);
    ~AppController() override;

    bool journalOpen() const;
    bool readOnly() const;
    QString journalPath() const;
    QString homeZone() const;
    QString todayText() const;
    QString yesterdayText() const;
    QString lastError() const { return last_error_; }
    QString defaultJournalPath() const;
    QString systemZone() const;
    bool darkMode() const;
    void setDarkMode(bool dark);
    QString language() const;
    void setLanguage(const QString& code);
    QVariantList languages() const;
    bool canUndo() const { return !logged_.isEmpty(); }
    QString shareStatus() const;

    // For --today (screenshots and tests): a fixed day "YYYY-MM-DD" (the time of day stays
    // real), or a frozen moment "YYYY-MM-DDTHH:MM". Returns "" or why it was refused. Set
    // before a journal opens, or followed by tick(), as the clock would.
    // app_today() and app_now() are in app_clock.h.
    QString setFixedToday(const QString& day);

    Q_INVOKABLE bool openJournal(const QString& path, bool readOnly);
    Q_INVOKABLE bool createJournal(const QString& path, const QString& zone);
    // A demo journal in a private temporary folder (never the person's own journal).
    Q_INVOKABLE bool openDemo();
    Q_INVOKABLE void closeJournal();
    Q_INVOKABLE void clearError();
    // Ctrl+Z: removes the entry logged last in this window (it stays in the history) and
    // says what it was, or why nothing was undone.
    Q_INVOKABLE QString undoLast();
    // Time zones for a typed city or name, best first ("Berlin" -> Europe/Berlin).
    Q_INVOKABLE QStringList zoneSuggestions(const QString& text) const;
    // Sends this device's changes to the share folder and takes the others' (each minute,
    // when the folder changes, and from the Sharing card); every page reads the journal
    // again when something came in. Returns "" or what went wrong (also in shareStatus).
    Q_INVOKABLE QString syncShare();

    // For view models: the open journal (null when none), and notification after a write.
    storage::Journal* journal();
    // The open journal's entries, read once and shared by every view model until the
    // next change; after logging one entry only that row is added (storage::SnapshotCache).
    // Only valid while a journal is open.
    const JournalSnapshot& snapshot();
    void notifyChanged();
    // After journal()->add_entry(): the change is that one entry, so the snapshot keeps
    // everything else.
    void notifyEntryAdded(qint64 id);
    // An entry went away (undo): Ctrl+Z no longer offers it.
    void forgetLogged(qint64 id);
    // Undo of one entry (deleted; it stays in its history): "" or why not. The Today
    // page's Undo buttons and Ctrl+Z all go through it.
    QString removeEntry(qint64 id);
    // Runs `work` and turns any exception into lastError; returns whether it succeeded.
    bool attempt(const std::function<void()>& work);

signals:
    void journalChanged();
    void changed();
    void errorChanged();
    void darkModeChanged();
    // The window retranslates its pages (main.cpp) and every page reloads its words.
    void languageChanged();
    void undoChanged();
    // An entry was logged in this window (--profile times it to the next frame).
    void entryLogged();
    void shareChanged();
    // Each minute on the clock, so that "due now" and "later today" stay true while the
    // window is open (a new day is a full `changed`).
    void minuteTick();

public:
    struct State;  // the journal and the clock, defined in the .cpp

public slots:
    // What the clock does each minute (public for tests, which freeze the clock and move it).
    void tick();
    // Every poll_interval_ms: when another process (the reminder service answering a
    // notification, the CLI) has written to the journal, refreshes every page as after the
    // window's own writes (`changed`).
    void checkOutsideWrites();

public:
    static constexpr int poll_interval_ms = 2000;

private:
    friend struct ClockAccess;
    std::unique_ptr<State> state_;
    QString last_error_;
    QList<qint64> logged_;  // this session's entries, last logged last
};

}  // namespace relief::app
