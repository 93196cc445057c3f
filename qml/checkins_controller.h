#pragma once

#include "refresh_gate.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// Only Qt in this header: moc cannot parse the C++20 library headers that core uses.
namespace relief::app {

// The Today page's Check-ins card and the Goals card of Profile & settings (issue 15): what
// core/checkins.h says is due today (the PEG once a week, last night's sleep, each goal not
// yet checked off, the PGIC at a checkpoint), the one-tap answers, and the one or two goals
// in the person's words (core/goals.h). No logic of its own: core decides what is due,
// parses and validates; every answer is logged now, in the home zone.
class CheckinsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // Something is due today and the journal is open for writing: the card shows.
    // Whether its page is on screen: a hidden page reads the journal again when it is shown,
    // not after every entry logged in the window (docs/performance.md).
    Q_PROPERTY(bool live READ live WRITE setLive NOTIFY liveChanged)
    Q_PROPERTY(bool shown READ shown NOTIFY changed)
    Q_PROPERTY(bool pegDue READ pegDue NOTIFY changed)
    Q_PROPERTY(bool sleepDue READ sleepDue NOTIFY changed)
    // The goals not yet checked off today: [{slot: 1, text: "walk the dog 20 minutes"}].
    Q_PROPERTY(QVariantList goalsDue READ goalsDue NOTIFY changed)
    Q_PROPERTY(bool pgicDue READ pgicDue NOTIFY changed)
    // Why the PGIC is asked now: "day 15 of Flexeril", "week 5 of this pain episode".
    Q_PROPERTY(QString pgicWhy READ pgicWhy NOTIFY changed)
    // The seven PGIC answers in words, answer 1 first: "Very much improved" ... "Very much worse".
    Q_PROPERTY(QStringList pgicChoices READ pgicChoices NOTIFY changed)  // words: again in a new language
    // Every goal, for Profile & settings: [{slot, text}].
    Q_PROPERTY(QVariantList goals READ goals NOTIFY changed)
    // A journal open for writing with a free goal slot.
    Q_PROPERTY(bool canAddGoal READ canAddGoal NOTIFY changed)
    Q_PROPERTY(bool canChange READ canChange NOTIFY changed)
    Q_PROPERTY(int maxGoals READ maxGoals CONSTANT)
    // What the last successful answer logged, as a sentence: "Logged: sleep 6 h 30 min,
    // quality 4/10." (and "Nothing else to check in today." when it was the last).
    Q_PROPERTY(QString logged READ logged NOTIFY loggedChanged)

public:
    explicit CheckinsController(QObject* parent = nullptr);

    bool shown() const { return shown_; }
    bool pegDue() const { return peg_; }
    bool sleepDue() const { return sleep_; }
    QVariantList goalsDue() const { return goals_due_; }
    bool pgicDue() const { return pgic_; }
    QString pgicWhy() const { return pgic_why_; }
    QStringList pgicChoices() const;
    QVariantList goals() const { return goals_; }
    bool canAddGoal() const { return can_change_ && goals_.size() < maxGoals(); }
    bool canChange() const { return can_change_; }
    int maxGoals() const;
    QString logged() const { return logged_; }

    // Each returns "" on success or the message to show; nothing is written on failure.
    // The PEG's three answers, 0-10 each (-1: not answered yet).
    Q_INVOKABLE QString logPeg(int pain, int enjoyment, int activity);
    // Hours as typed ("7", "6.5", "6h30", "6:30"; core parses them) and a quality 0-10, or
    // -1 when not rated.
    Q_INVOKABLE QString logSleep(const QString& hours, int quality);
    // The goal in `slot` done today (met) or not.
    Q_INVOKABLE QString logGoal(int slot, bool met);
    // 1 very much improved ... 7 very much worse.
    Q_INVOKABLE QString logPgic(int answer);
    // A goal in the person's words (at most maxGoals); "" or why not.
    Q_INVOKABLE QString addGoal(const QString& text);
    // The days it was checked off stay in the journal.
    Q_INVOKABLE QString removeGoal(int slot);

    bool live() const { return gate_.live(); }
    void setLive(bool on);

signals:
    void liveChanged();
    // Only when what the card or the goals show changed.
    void changed();
    void loggedChanged();

private:
    void reload();
    RefreshGate gate_{[this] { reload(); }};
    template <class Data>
    QString log(Data data);

    bool shown_ = false, peg_ = false, sleep_ = false, pgic_ = false, can_change_ = false;
    QVariantList goals_due_, goals_;
    QString pgic_why_;
    QString logged_;
};

}  // namespace relief::app
