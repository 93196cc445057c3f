#include "app_controller.h"

#include "app_clock.h"
#include "storage/journal.h"

#include "qt_text.h"
#include "storage/alert_review.h"
#include "storage/demo_story.h"
#include "storage/snapshot_cache.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <date/tz.h>

#include <optional>

namespace relief::app {

namespace {
AppController* the_instance = nullptr;
}

AppController* AppController::instance() { return the_instance; }

AppController* AppController::create(QQmlEngine*, QJSEngine*) {
    if (!the_instance) the_instance = new AppController(nullptr);
    return the_instance;
}

struct AppController::State {
    std::unique_ptr<storage::Journal> journal;
    std::optional<storage::SnapshotCache> snapshot;
    std::optional<LocalDay> fixed_today;
    QString demo_folder;
};

struct ClockAccess {
    static const AppController::State* state() {
        auto* app = AppController::instance();
        return app ? app->state_.get() : nullptr;
    }
};

AppController::AppController(QObject* parent) : QObject(parent), state_(std::make_unique<State>()) {
    if (!the_instance) the_instance = this;
}

AppController::~AppController() {
    if (the_instance == this) the_instance = nullptr;
    state_->journal.reset();
    if (!state_->demo_folder.isEmpty()) QDir(state_->demo_folder).removeRecursively();
}

bool AppController::journalOpen() const { return state_->journal != nullptr; }
bool AppController::readOnly() const { return state_->journal && state_->journal->read_only(); }
storage::Journal* AppController::journal() { return state_->journal.get(); }

QString AppController::setFixedToday(const QString& day) {
    try {
        state_->fixed_today = parse_day(ss(day), "--today");
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    emit changed();
    return {};
}

QString AppController::journalPath() const { return state_->journal ? qs(state_->journal->path().string()) : QString(); }
QString AppController::homeZone() const { return state_->journal ? qs(std::string(state_->journal->home_zone().name())) : QString(); }
QString AppController::todayText() const { return qs(format_day(app_today())); }

QString AppController::defaultJournalPath() const {
    if (const QByteArray env = qgetenv("RELIEF_JOURNAL"); !env.isEmpty()) return QString::fromLocal8Bit(env);
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + "/relief-journal/journal.db";
}

QString AppController::systemZone() const {
    try {
        return qs(std::string(date::current_zone()->name()));
    } catch (const std::exception&) {
        return "UTC";
    }
}

namespace {
Zone clock_zone(const AppController::State* s) {
    if (s && s->journal) return s->journal->home_zone();
    try {
        return Zone::locate(date::current_zone()->name());
    } catch (const std::exception&) {
        return Zone::locate("UTC");
    }
}
}  // namespace

LocalDay app_today() {
    const auto* s = ClockAccess::state();
    if (s && s->fixed_today) return *s->fixed_today;
    return clock_zone(s).day_of(storage::system_now());
}

Instant app_now() {
    const auto* s = ClockAccess::state();
    const Instant clock = storage::system_now();
    if (!s || !s->fixed_today) return clock;
    const Zone zone = clock_zone(s);
    const auto time_of_day = zone.local_time(clock) - date::floor<date::days>(zone.local_time(clock));
    return zone.resolve_scheduled(*s->fixed_today + time_of_day);
}

bool AppController::attempt(const std::function<void()>& work) {
    try {
        work();
        return true;
    } catch (const std::exception& e) {
        last_error_ = QString::fromStdString(e.what());
        emit errorChanged();
        return false;
    }
}

void AppController::clearError() {
    last_error_.clear();
    emit errorChanged();
}

bool AppController::openJournal(const QString& path, bool read_only) {
    const bool ok = attempt([&] {
        auto opened = std::make_unique<storage::Journal>(storage::Journal::open(
            ss(path), read_only ? storage::OpenMode::read_only : storage::OpenMode::read_write));
        state_->journal = std::move(opened);
    });
    emit journalChanged();
    notifyChanged();
    return ok;
}

bool AppController::createJournal(const QString& path, const QString& zone) {
    const bool ok = attempt([&] {
        state_->journal = std::make_unique<storage::Journal>(storage::Journal::create(ss(path), Zone::locate(ss(zone))));
    });
    emit journalChanged();
    notifyChanged();
    return ok;
}

bool AppController::openDemo() {
    const bool ok = attempt([&] {
        QTemporaryDir dir;
        dir.setAutoRemove(false);
        if (!dir.isValid()) throw std::runtime_error("cannot create a folder for the demo journal");
        state_->demo_folder = dir.path();
        const auto path = ss(dir.filePath("demo.db"));
        auto journal = storage::Journal::create(path, Zone::locate(ss(systemZone())));
        const LocalDay last = app_today();
        storage::write_demo_story(journal, last, {.weeks = 8, .seed = 1, .not_after = app_now()});
        storage::replay_alerts(journal, last - date::days{55}, last, app_now());
        state_->journal = std::make_unique<storage::Journal>(std::move(journal));
    });
    emit journalChanged();
    notifyChanged();
    return ok;
}

void AppController::closeJournal() {
    state_->journal.reset();
    emit journalChanged();
    notifyChanged();
}

const JournalSnapshot& AppController::snapshot() {
    if (!state_->snapshot) state_->snapshot.emplace(*state_->journal);
    return state_->snapshot->snapshot();
}

void AppController::notifyChanged() {
    state_->snapshot.reset();
    emit changed();
}

void AppController::notifyEntryAdded(qint64 id) {
    if (state_->snapshot && state_->journal) {
        try {
            state_->snapshot->entry_added(*state_->journal, id);
        } catch (const std::exception&) {
            state_->snapshot.reset();  // read again in full rather than show a stale journal
        }
    }
    emit changed();
}

}  // namespace relief::app
