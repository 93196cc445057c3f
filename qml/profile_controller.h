#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace relief::app {

class ProfileController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString birthYear READ birthYear NOTIFY changed)
    Q_PROPERTY(QString birthDate READ birthDate NOTIFY changed)
    Q_PROPERTY(QString identifier READ identifier NOTIFY changed)
    Q_PROPERTY(QString identifierSystem READ identifierSystem NOTIFY changed)
    Q_PROPERTY(QStringList conditions READ conditions NOTIFY changed)
    Q_PROPERTY(QString onset READ onset NOTIFY changed)
    Q_PROPERTY(QString zone READ zone NOTIFY changed)
    Q_PROPERTY(QStringList thresholds READ thresholds NOTIFY changed)  // "key = value: description"

public:
    explicit ProfileController(QObject* parent = nullptr);
    QString name() const;
    QString birthYear() const;
    QString birthDate() const;
    QString identifier() const;
    QString identifierSystem() const;
    QStringList conditions() const;
    QString onset() const;
    QString zone() const;
    QStringList thresholds() const;

    Q_INVOKABLE QStringList knownConditions() const;
    // Empty strings clear a field. Returns "" or the message to show. A date of birth sets
    // the year when the year is left empty; a year that contradicts it is refused.
    Q_INVOKABLE QString save(const QString& name, const QString& birthYear, const QStringList& conditions,
                             const QString& onset, const QString& zone, const QString& birthDate = {},
                             const QString& identifier = {}, const QString& identifierSystem = {});
    Q_INVOKABLE QString setThreshold(const QString& key, const QString& value);

signals:
    void changed();
};

}  // namespace relief::app
