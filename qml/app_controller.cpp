#include "app_controller.h"
#include "app_text.h"

#include "app_clock.h"
#include "storage/journal.h"
#include "sharing/share.h"

#include "qt_text.h"
#include "storage/alert_review.h"
#include "storage/demo_story.h"
#include "storage/snapshot_cache.h"

#include "core/entry_text.h"
#include "core/errors.h"
#include "i18n/language.h"
#include "core/zone_search.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QDir>
#include <QSettings>
#include <QVariantMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
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
    std::optional<TimeOfDay> fixed_time;  // a frozen clock, for tests
    QString demo_folder;
    QTimer clock;
    LocalDay last_day{};
    // Sharing (app_share.cpp): the folder watched for other devices' files, a short wait
    // so that a burst of files is one sync, and the last status.
    QFileSystemWatcher share_watcher;
    QTimer share_wait;
    QString share_status;
    // Writes from elsewhere (the reminder service's Taken and Skip, the CLI): SQLite's
    // data_version, polled; it moves only when another connection commits.
    QTimer poll;
    std::int64_t data_version = 0;
    QString poll_error;  // said once, not every 2 s

    void remember_version() {
        data_version = journal ? journal->data_version() : 0;
        poll_error.clear();
    }
};

namespace {
const char* const dark_mode_key = "appearance/dark";
}

struct ClockAccess {
    static const AppController::State* state() {
        auto* app = AppController::instance();
        return app ? app->state_.get() : nullptr;
    }
};

AppController::AppController(QObject* parent) : QObject(parent), state_(std::make_unique<State>()) {
    if (!the_instance) the_instance = this;
    state_->clock.setSingleShot(true);
    // A frozen clock (tests, screenshots) does not move on by itself: tick() is then called
    // by whoever moves it, so nothing rebuilds at a real minute's turn in the middle of a test.
    connect(&state_->clock, &QTimer::timeout, this, [this] {
        if (state_->fixed_today) state_->clock.start(60'000);
        else tick();
    });
    state_->share_wait.setSingleShot(true);
    state_->share_wait.setInterval(2000);
    connect(&state_->share_wait, &QTimer::timeout, this, [this] { syncShare(); });
    const auto soon = [this] { state_->share_wait.start(); };
    connect(&state_->share_watcher, &QFileSystemWatcher::directoryChanged, this, soon);
    state_->poll.setInterval(poll_interval_ms);
    connect(&state_->poll, &QTimer::timeout, this, &AppController::checkOutsideWrites);
    state_->poll.start();
    tick();
}

void AppController::checkOutsideWrites() {
    if (!state_->journal) return;
    try {
        const std::int64_t version = state_->journal->data_version();
        state_->poll_error.clear();
        if (version == state_->data_version) return;
        state_->data_version = version;
    } catch (const std::exception& e) {
        const QString message = error_text(e);
        if (message != state_->poll_error) {
            state_->poll_error = message;
            last_error_ = message;
            emit errorChanged();
        }
        return;
    }
    // As after the window's own writes: every page reads the journal again.
    notifyChanged();
}

// Wakes just after each minute turns, rather than every 60 s from whenever it started.
void AppController::tick() {
    const LocalDay today = app_today();
    const bool new_day = today != state_->last_day;
    state_->last_day = today;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    state_->clock.start(int(60'000 - ms % 60'000 + 50));
    if (!state_->journal) return;
    syncShare();
    if (new_day) notifyChanged();
    else emit minuteTick();
}

bool AppController::darkMode() const { return QSettings().value(dark_mode_key, false).toBool(); }

QString AppController::language() const { return i18n::saved_language(); }

void AppController::setLanguage(const QString& code) {
    if (code == language()) return;
    i18n::save_language(code);
    i18n::use_language(code);
    emit languageChanged();
    notifyChanged();  // alerts and summaries are words too
}

QVariantList AppController::languages() const {
    QVariantList out;
    out << QVariantMap{{"code", QString()},
                       {"name", tr("Same as the system (%1)").arg(i18n::native_name(i18n::system_language()))}};
    for (const QString& code : i18n::shipped_languages())
        out << QVariantMap{{"code", code}, {"name", i18n::native_name(code)}};
    return out;
}

void AppController::setDarkMode(bool dark) {
    if (dark == darkMode()) return;
    QSettings().setValue(dark_mode_key, dark);
    emit darkModeChanged();
}

QStringList AppController::zoneSuggestions(const QString& text) const { return qlist(zone_suggestions(ss(text))); }

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
        const QStringList parts = day.split('T');
        state_->fixed_today = parse_day(ss(parts.value(0)), "--today");
        state_->fixed_time.reset();
        if (parts.size() > 1) state_->fixed_time = parse_time_of_day(ss(parts.value(1)), "--today");
    } catch (const std::exception& e) {
        return error_text(e);
    }
    // Like the clock moving on: the next tick() tells the pages (a new day reloads all).
    return {};
}

QString AppController::journalPath() const { return state_->journal ? qs(state_->journal->path().string()) : QString(); }
QString AppController::homeZone() const { return state_->journal ? qs(std::string(state_->journal->home_zone().name())) : QString(); }
QString AppController::todayText() const { return qs(display_day(app_today())); }

QString AppController::yesterdayText() const { return qs(display_day(app_today() - date::days{1})); }

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
    if (s->fixed_time) return zone.resolve_scheduled(*s->fixed_today + std::chrono::minutes{s->fixed_time->minutes});
    const auto time_of_day = zone.local_time(clock) - date::floor<date::days>(zone.local_time(clock));
    return zone.resolve_scheduled(*s->fixed_today + time_of_day);
}

Instant chosen_moment(const QString& day, const QString& time) {
    const auto* s = ClockAccess::state();
    const Zone zone = clock_zone(s);
    const LocalDay today = app_today();
    const LocalDay d = day.trimmed().isEmpty() ? today : parse_day(ss(day.trimmed()), ss(AppController::tr("day")));
    const Instant now = app_now();
    if (time.trimmed().isEmpty()) {
        if (d != today)
            throw InputError(ss(AppController::tr("time")), "", ss(AppController::tr("the time it happened, such as 14:05")));
        return now;
    }
    const TimeOfDay t = parse_time_of_day(ss(time.trimmed()), ss(AppController::tr("time")));
    const Instant at = zone.resolve_typed(d + std::chrono::minutes{t.minutes}, ss(AppController::tr("time")));
    if (at > now)
        throw InputError(ss(AppController::tr("time")), format_day(d) + " " + format_time_of_day(t),
                         ss(AppController::tr("a time that has passed (it is now %1)").arg(qs(format_local(now, zone)))));
    return at;
}

bool AppController::attempt(const std::function<void()>& work) {
    try {
        work();
        return true;
    } catch (const std::exception& e) {
        last_error_ = error_text(e);
        emit errorChanged();
        return false;
    }
}

void AppController::clearError() {
    last_error_.clear();
    emit errorChanged();
}

bool AppController::openJournal(const QString& path, bool read_only) {
    logged_.clear();
    emit undoChanged();
    const bool ok = attempt([&] {
        // The journal's stamps (when a medication was entered, when a row was written)
        // follow the app's clock, which --today and tests may fix.
        auto opened = std::make_unique<storage::Journal>(storage::Journal::open(
            ss(path), read_only ? storage::OpenMode::read_only : storage::OpenMode::read_write, app_now));
        state_->journal = std::move(opened);
        state_->remember_version();
    });
    emit journalChanged();
    syncShare();
    notifyChanged();
    return ok;
}

bool AppController::createJournal(const QString& path, const QString& zone) {
    const bool ok = attempt([&] {
        state_->journal = std::make_unique<storage::Journal>(storage::Journal::create(ss(path), zone_named(ss(zone.trimmed())), app_now));
        state_->remember_version();
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
        auto journal = storage::Journal::create(path, Zone::locate(ss(systemZone())), app_now);
        const LocalDay last = app_today();
        storage::write_demo_story(journal, last, {.weeks = 8, .seed = 1, .not_after = app_now()});
        storage::replay_alerts(journal, last - date::days{55}, last, app_now());
        state_->journal = std::make_unique<storage::Journal>(std::move(journal));
        state_->remember_version();
    });
    emit journalChanged();
    notifyChanged();
    return ok;
}

void AppController::closeJournal() {
    logged_.clear();
    emit undoChanged();
    state_->journal.reset();
    syncShare();  // forgets the folder it watched
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

void AppController::forgetLogged(qint64 id) {
    if (logged_.removeAll(id) > 0) emit undoChanged();
}

QString AppController::removeEntry(qint64 id) {
    if (!state_->journal) return tr("Open a journal first.");
    try {
        state_->journal->delete_entry(id);
    } catch (const std::exception& e) {
        return error_text(e);
    }
    forgetLogged(id);
    notifyChanged();
    return {};
}

QString AppController::undoLast() {
    if (!state_->journal) return tr("Open a journal first.");
    while (!logged_.isEmpty()) {
        const qint64 id = logged_.takeLast();
        emit undoChanged();
        try {
            const auto stored = state_->journal->stored_entry(id);
            // Undone or edited since (an edit is a new entry): nothing of this one to undo.
            if (!stored || !stored->is_current()) continue;
            const Zone zone = Zone::locate(stored->entry.zone);
            const QString what = entry_as_shown(describe_entry(stored->entry, state_->journal->medications()));
            const QString when = qs(date::format("%R", zone.local_time(stored->entry.at)));
            if (const QString error = removeEntry(id); !error.isEmpty()) return error;
            return tr("Undone: %1 at %2.").arg(what, when);
        } catch (const std::exception& e) {
            return error_text(e);
        }
    }
    return tr("Nothing logged in this window to undo.");
}

void AppController::notifyEntryAdded(qint64 id) {
    logged_ << id;
    emit undoChanged();
    if (state_->snapshot && state_->journal) {
        try {
            state_->snapshot->entry_added(*state_->journal, id);
        } catch (const std::exception&) {
            state_->snapshot.reset();  // read again in full rather than show a stale journal
        }
    }
    emit changed();
    emit entryLogged();
}

// Sharing (docs/sharing.md): the sync each minute and when the share folder changes, so
// the person's other devices and a caregiver's follow within a minute. The rules are
// sharing/'s; this only calls it and says what happened.
QString AppController::shareStatus() const { return state_->share_status; }

QString AppController::syncShare() {
    auto* journal = state_->journal.get();
    QString error;
    std::optional<sharing::SyncReport> report;
    QStringList watch;
    if (journal && journal->local_value("share.folder")) {
        try {
            report = sharing::sync_share(*journal);
            if (!report->problems.empty()) error = qs(report->problems.front());
        } catch (const std::exception& e) {
            error = error_text(e);
        }
        // The devices' folders: a file arriving in one wakes a sync.
        const QDir devices(qs(*journal->local_value("share.folder")) + QStringLiteral("/devices"));
        watch << devices.path();
        for (const auto& d : devices.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) watch << devices.filePath(d);
    }
    auto& watcher = state_->share_watcher;
    if (!watcher.directories().isEmpty()) watcher.removePaths(watcher.directories());
    if (!watch.isEmpty()) watcher.addPaths(watch);

    QString status;
    if (journal && journal->local_value("share.folder"))
        status = error.isEmpty()
                     ? qs(sharing::status_line(sharing::share_status(*journal), QDateTime::currentSecsSinceEpoch()))
                     : error;
    if (status != state_->share_status) {
        state_->share_status = status;
        emit shareChanged();
    }
    if (report && report->received > 0) {
        state_->remember_version();
        notifyChanged();
    }
    return error;
}

}  // namespace relief::app
