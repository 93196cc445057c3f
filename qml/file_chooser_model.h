#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace relief::app {

// The folder shown by the app's own file dialog (FileChooserDialog.qml): its sub-folders
// and the files with the wanted suffixes. Qt 6.4's own Quick FileDialog cannot save to a
// new file name, so the app has its own; this is its plumbing, with no journal logic.
// It starts in the folder used last (kept in the app's settings), else in Documents.
class FileChooserModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
    Q_PROPERTY(QString folderLabel READ folderLabel NOTIFY folderChanged)  // ~/Documents
    Q_PROPERTY(bool atTop READ atTop NOTIFY folderChanged)
    Q_PROPERTY(QStringList suffixes READ suffixes WRITE setSuffixes NOTIFY suffixesChanged)  // "pdf", no dot
    Q_PROPERTY(int count READ rowCount NOTIFY folderChanged)
    Q_PROPERTY(QString homeFolder READ homeFolder CONSTANT)
    Q_PROPERTY(QString documentsFolder READ documentsFolder CONSTANT)

public:
    enum Role { NameRole = Qt::UserRole + 1, IsFolderRole, DetailRole, PathRole };
    explicit FileChooserModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString folder() const { return folder_; }
    void setFolder(const QString& folder);
    QString folderLabel() const;
    bool atTop() const;
    QStringList suffixes() const { return suffixes_; }
    void setSuffixes(const QStringList& suffixes);
    QString homeFolder() const;
    QString documentsFolder() const;

    // Back to the folder used last (or Documents), and the list read again.
    Q_INVOKABLE void restart();
    Q_INVOKABLE void up();
    Q_INVOKABLE void refresh();
    // What a typed name means: an absolute path as it is, "~/x" in the home folder,
    // anything else in the shown folder; with `addSuffix`, the first suffix is added to a
    // name that has none of them.
    Q_INVOKABLE QString resolve(const QString& typed, bool addSuffix) const;
    Q_INVOKABLE bool exists(const QString& path) const;
    Q_INVOKABLE bool isFolder(const QString& path) const;
    Q_INVOKABLE QString fileName(const QString& path) const;
    // Remembers the folder of `path` for the next time a dialog opens.
    Q_INVOKABLE void remember(const QString& path);

signals:
    void folderChanged();
    void suffixesChanged();

private:
    void read();
    struct Row {
        QString name, detail, path;
        bool is_folder;
    };
    QString folder_;
    QStringList suffixes_;
    QList<Row> rows_;
};

}  // namespace relief::app
