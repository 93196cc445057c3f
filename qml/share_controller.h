#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>

// Only Qt in this header: moc cannot parse the C++20 library headers that core uses.
namespace relief::app {

// The Sharing card of Profile & settings (docs/sharing.md): share this journal through a
// folder, join a journal shared in one (in full, or read-only as a caregiver), show the
// words again, stop sharing. No logic of its own: sharing/ does all of it; the sync itself
// runs in AppController (each minute and when the folder changes).
class ShareController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool shared READ shared NOTIFY changed)
    // A journal open for writing that is not shared yet: it can start or join a share.
    Q_PROPERTY(bool canShare READ canShare NOTIFY changed)
    // Joined read-only (a caregiver's device): it follows and changes nothing.
    Q_PROPERTY(bool following READ following NOTIFY changed)
    Q_PROPERTY(QString folder READ folder NOTIFY changed)
    Q_PROPERTY(QString deviceName READ deviceName NOTIFY changed)
    // The words can be shown again (this device made them).
    Q_PROPERTY(bool wordsKnown READ wordsKnown NOTIFY changed)
    // What to call this device unless the person says otherwise: the computer's name.
    Q_PROPERTY(QString suggestedName READ suggestedName CONSTANT)
    // The person's consent (a shared journal setting): a caregiver who follows the journal
    // may be told when a dose is not logged within an hour.
    Q_PROPERTY(bool tellCaregivers READ tellCaregivers NOTIFY changed)

public:
    explicit ShareController(QObject* parent = nullptr);

    bool shared() const;
    bool canShare() const;
    bool following() const;
    QString folder() const;
    QString deviceName() const;
    bool wordsKnown() const;
    QString suggestedName() const;
    bool tellCaregivers() const;
    Q_INVOKABLE QString setTellCaregivers(bool tell);

    // Each returns "" or the message to show; a failure changes nothing.
    // Starts sharing in `folder` with 16 new words (shown by words()).
    Q_INVOKABLE QString create(const QString& folder, const QString& name);
    Q_INVOKABLE QString join(const QString& folder, const QString& words, bool readOnly, const QString& name);
    Q_INVOKABLE QString leave();
    // The share's words, when this device made them; "" otherwise.
    Q_INVOKABLE QString words() const;
    Q_INVOKABLE QString syncNow();

signals:
    void changed();
};

}  // namespace relief::app
