#include "file_chooser_model.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace relief::app {

namespace {
const char* const last_folder_key = "files/lastFolder";
}

FileChooserModel::FileChooserModel(QObject* parent) : QAbstractListModel(parent) { restart(); }

int FileChooserModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

QVariant FileChooserModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Row& r = rows_[index.row()];
    switch (role) {
        case NameRole:
        case Qt::DisplayRole: return r.name;
        case IsFolderRole: return r.is_folder;
        case DetailRole: return r.detail;
        case PathRole: return r.path;
    }
    return {};
}

QHash<int, QByteArray> FileChooserModel::roleNames() const {
    return {{NameRole, "name"}, {IsFolderRole, "isFolder"}, {DetailRole, "detail"}, {PathRole, "path"}};
}

QString FileChooserModel::homeFolder() const { return QDir::homePath(); }

QString FileChooserModel::documentsFolder() const {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : homeFolder();
}

void FileChooserModel::restart() {
    const QString last = QSettings().value(last_folder_key).toString();
    setFolder(!last.isEmpty() && QFileInfo(last).isDir() ? last : documentsFolder());
    refresh();
}

void FileChooserModel::setFolder(const QString& folder) {
    const QString clean = QDir::cleanPath(QDir(folder).absolutePath());
    if (clean == folder_ || !QFileInfo(clean).isDir()) return;
    folder_ = clean;
    read();
}

QString FileChooserModel::folderLabel() const {
    const QString home = homeFolder();
    if (folder_ == home) return QStringLiteral("~");
    if (folder_.startsWith(home + '/')) return "~" + folder_.mid(home.size());
    return folder_;
}

bool FileChooserModel::atTop() const { return QDir(folder_).isRoot(); }

void FileChooserModel::setSuffixes(const QStringList& suffixes) {
    if (suffixes == suffixes_) return;
    suffixes_ = suffixes;
    emit suffixesChanged();
    read();
}

void FileChooserModel::up() {
    QDir dir(folder_);
    if (dir.cdUp()) setFolder(dir.absolutePath());
}

void FileChooserModel::refresh() { read(); }

void FileChooserModel::read() {
    beginResetModel();
    rows_.clear();
    QDir dir(folder_);
    // Hidden files stay hidden: the journal's own -wal and -shm, dot folders.
    const auto folders = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::IgnoreCase);
    for (const auto& f : folders) rows_.push_back({f.fileName(), tr("folder"), f.absoluteFilePath(), true});
    QStringList patterns;
    for (const auto& s : suffixes_) patterns << "*." + s;
    const auto files = dir.entryInfoList(patterns, QDir::Files, QDir::Name | QDir::IgnoreCase);
    const QLocale locale;
    for (const auto& f : files)
        rows_.push_back({f.fileName(),
                         locale.formattedDataSize(f.size()) + " · " +
                             locale.toString(f.lastModified(), QLocale::ShortFormat),
                         f.absoluteFilePath(), false});
    endResetModel();
    emit folderChanged();
}

QString FileChooserModel::resolve(const QString& typed, bool add_suffix) const {
    QString name = typed.trimmed();
    if (name.isEmpty()) return {};
    if (name == "~" || name.startsWith("~/")) name = homeFolder() + name.mid(1);
    QString path = QDir::isAbsolutePath(name) ? name : QDir(folder_).filePath(name);
    path = QDir::cleanPath(path);
    if (add_suffix && !suffixes_.isEmpty() && !QFileInfo(path).isDir()) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (!suffixes_.contains(suffix)) path += "." + suffixes_.first();
    }
    return path;
}

bool FileChooserModel::exists(const QString& path) const { return !path.isEmpty() && QFileInfo::exists(path); }
bool FileChooserModel::isFolder(const QString& path) const { return !path.isEmpty() && QFileInfo(path).isDir(); }
QString FileChooserModel::fileName(const QString& path) const { return QFileInfo(path).fileName(); }

void FileChooserModel::remember(const QString& path) {
    const QFileInfo info(path);
    QSettings().setValue(last_folder_key, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

}  // namespace relief::app
