#include "share_controller.h"

#include "app_clock.h"
#include "app_controller.h"
#include "app_text.h"
#include "qt_text.h"
#include "core/caregiver_watch.h"
#include "sharing/share.h"
#include "sharing/share_words.h"
#include "storage/journal.h"

#include <QDir>
#include <QSysInfo>

namespace relief::app {

namespace {

storage::Journal* journal() {
    auto* app = AppController::instance();
    return app ? app->journal() : nullptr;
}

std::optional<std::string> local(const char* key) {
    auto* j = journal();
    return j ? j->local_value(key) : std::nullopt;
}

// "~/Sync" as the person may type it.
std::string folder_path(const QString& typed) {
    QString path = typed.trimmed();
    if (path.startsWith(QStringLiteral("~/"))) path = QDir::homePath() + path.mid(1);
    return ss(path);
}

}  // namespace

ShareController::ShareController(QObject* parent) : QObject(parent) {
    if (auto* app = AppController::instance()) {
        connect(app, &AppController::journalChanged, this, &ShareController::changed);
        connect(app, &AppController::shareChanged, this, &ShareController::changed);
    }
}

bool ShareController::shared() const { return local("share.folder").has_value(); }
bool ShareController::canShare() const {
    auto* j = journal();
    return j && !j->read_only() && !shared();
}
bool ShareController::following() const {
    auto* j = journal();
    return j && j->following();
}
QString ShareController::folder() const { return qs(local("share.folder").value_or("")); }
QString ShareController::deviceName() const { return qs(local("share.name").value_or("")); }
bool ShareController::wordsKnown() const { return local("share.words").has_value(); }
QString ShareController::suggestedName() const { return QSysInfo::machineHostName(); }

bool ShareController::tellCaregivers() const {
    auto* j = journal();
    return j && j->setting(tell_caregivers_setting).value_or("") == "yes";
}

QString ShareController::setTellCaregivers(bool tell) {
    auto* j = journal();
    if (!j) return {};
    QString error;
    try {
        j->set_setting(tell_caregivers_setting, tell ? "yes" : "no");
    } catch (const std::exception& e) {
        error = error_text(e);
    }
    emit changed();
    return error;
}

QString ShareController::create(const QString& folder, const QString& name) {
    auto* j = journal();
    if (!j) return {};
    if (folder.trimmed().isEmpty()) return tr("Choose the folder your sync tool keeps in step first.");
    QString error;
    try {
        sharing::create_share(*j, {folder_path(folder), ss(name.trimmed()), sharing::new_phrase(), true});
    } catch (const std::exception& e) {
        error = error_text(e);
    }
    emit changed();
    AppController::instance()->syncShare();
    return error;
}

QString ShareController::join(const QString& folder, const QString& words, bool readOnly, const QString& name) {
    auto* j = journal();
    if (!j) return {};
    if (folder.trimmed().isEmpty()) return tr("Choose the shared folder first.");
    QString error;
    try {
        sharing::ShareSetup setup{folder_path(folder), ss(name.trimmed()), ss(words)};
        setup.today = app_today();
        sharing::join_share(*j, setup, readOnly ? sharing::JoinMode::read_only : sharing::JoinMode::full);
    } catch (const std::exception& e) {
        error = error_text(e);
    }
    emit changed();
    auto* app = AppController::instance();
    app->syncShare();
    if (error.isEmpty()) {
        emit app->journalChanged();  // read-only now, for a caregiver
        app->notifyChanged();
    }
    return error;
}

QString ShareController::leave() {
    auto* j = journal();
    if (!j) return {};
    QString error;
    try {
        sharing::leave_share(*j);
    } catch (const std::exception& e) {
        error = error_text(e);
    }
    emit changed();
    auto* app = AppController::instance();
    app->syncShare();
    emit app->journalChanged();
    return error;
}

QString ShareController::words() const { return qs(local("share.words").value_or("")); }

QString ShareController::syncNow() { return AppController::instance()->syncShare(); }

}  // namespace relief::app
