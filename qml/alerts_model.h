#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace relief::app {

// The analyser's alerts as of today (recorded unless read-only), current ones first by
// severity, then earlier ones.
class AlertsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int currentCount READ currentCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, RuleRole, SeverityRole, TitleRole, MessageRole, EvidenceRole, SourcesRole,
        RaisedRole, DiscussedRole, CurrentRole
    };
    explicit AlertsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int currentCount() const;

    Q_INVOKABLE QString discuss(int id);

signals:
    void countChanged();

private:
    void reload();
    struct Row {
        qint64 id;
        QString rule, severity, title, message, evidence, sources, raised, discussed;
        bool current;
    };
    QList<Row> rows_;
};

}  // namespace relief::app
