#include "reminders_controller.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusServiceWatcher>
#include <QFileInfo>
#include <QProcess>
#include <optional>

#include "app_clock.h"
#include "app_controller.h"
#include "app_text.h"
#include "core/caregiver_watch.h"
#include "core/errors.h"
#include "core/reminder_plan.h"
#include "core/reminder_settings.h"
#include "core/reminder_text.h"
#include "qt_text.h"
#include "reminders/desktop.h"
#include "reminders/notifications.h"
#include "storage/journal.h"

namespace relief::app {

namespace {

QString& program_override() {
    static QString program;
    return program;
}

QString& bus_address() {
    static QString address;
    return address;
}
const QString private_bus_name = QStringLiteral("relief-journal-reminders-card");

QDBusConnection the_bus() {
    return bus_address().isEmpty() ? QDBusConnection::sessionBus()
                                   : QDBusConnection::connectToBus(bus_address(), private_bus_name);
}

// relief-reminders beside the app (or on PATH), unless a test named it.
QString service_program() {
    return program_override().isEmpty()
               ? reminders::find_service_program(QCoreApplication::applicationDirPath())
               : program_override();
}

// RELIEF_REMINDERS_NO_START=1: the tests switch reminders on and off without a service.
bool starting_disabled() {
    const QByteArray value = qgetenv("RELIEF_REMINDERS_NO_START");
    return !value.isEmpty() && value != "0";
}

storage::Journal* open_journal() {
    auto* app = AppController::instance();
    return app ? app->journal() : nullptr;
}

QString journal_file(const storage::Journal& journal) {
    return QFileInfo(qs(journal.path().string())).absoluteFilePath();
}

// A refused value as the thresholds say it: what was typed and what is allowed.
QString refused(const InputError& e) {
    //: A value a person typed, quoted.
    const QString value = e.value().empty() ? RemindersController::tr("(empty)") : RemindersController::tr("“%1”").arg(qs(e.value()));
    return RemindersController::tr("%1 is not possible here: %2.").arg(value, qs(e.allowed()));
}

}  // namespace

struct RemindersController::Desktop {
    reminders::DesktopStatus bus;
    ReminderSettings settings;
    bool journal_says_on = false;
};

void RemindersController::setServiceProgram(const QString& program) {
    program_override() = program;
}
void RemindersController::setBus(const QString& address) {
    QDBusConnection::disconnectFromBus(private_bus_name);
    bus_address() = address;
}

template <class Work>
void RemindersController::updating(Work&& work) {
    const bool on_before = on_, can_change_before = canChange(), can_start_before = canStart(),
               caregiver_before = caregiver();
    const QString status_before = status_;
    const QVariantMap settings_before = settings_;
    work();
    compose_status();
    if (settings_ != settings_before) emit settingsChanged();
    if (on_ != on_before || canChange() != can_change_before || canStart() != can_start_before ||
        caregiver() != caregiver_before ||
        status_ != status_before)
        emit changed();
}

RemindersController::RemindersController(QObject* parent)
    : QObject(parent), desktop_(std::make_unique<Desktop>()) {
    if (auto* app = AppController::instance()) {
        connect(app, &AppController::changed, this,
                [this] { updating([this] { read_journal(); }); });
        connect(app, &AppController::journalChanged, this,
                [this] { updating([this] { read_journal(); }); });
        // "The next one" moves on with the clock.
        connect(app, &AppController::minuteTick, this, [this] { updating([] {}); });
    }
    QDBusConnection bus = the_bus();
    if (bus.isConnected()) {
        // The service coming and going (started here, at login, or ending when switched
        // off), and a notification service started after the window.
        watcher_ = new QDBusServiceWatcher(this);
        watcher_->setConnection(bus);
        watcher_->setWatchMode(QDBusServiceWatcher::WatchForOwnerChange);
        watcher_->addWatchedService(reminders::service_name);
        watcher_->addWatchedService(reminders::notifications_service);
        connect(watcher_, &QDBusServiceWatcher::serviceOwnerChanged, this,
                [this] { updating([this] { ask_bus(); }); });
    }
    read_journal();
    ask_bus();
    compose_status();
}

RemindersController::~RemindersController() = default;

bool RemindersController::canChange() const { return can_change_; }

bool RemindersController::canStart() const {
    return on_ && (canChange() || caregiver()) && desktop_->bus.bus && !desktop_->bus.service;
}

bool RemindersController::caregiver() const { return caregiver_; }

void RemindersController::refresh() {
    updating([this] {
        read_journal();
        ask_bus();
    });
}

void RemindersController::read_journal() {
    const auto* journal = open_journal();
    desktop_->settings = ReminderSettings{};
    on_ = false;
    desktop_->journal_says_on = false;
    // Kept, not asked each time: a join changes it between two reads, and `changed` is
    // emitted only for what differs from the last read.
    caregiver_ = journal && journal->following();
    can_change_ = journal && !journal->read_only();
    if (journal) {
        try {
            desktop_->settings = reminder_settings_from(journal->settings());
            desktop_->journal_says_on = journal->following()
                                            ? journal->local_value("share.missed_dose_alerts").value_or("") == "yes"
                                            : desktop_->settings.enabled;
            on_ = desktop_->journal_says_on && reminders::autostart_starts(journal_file(*journal));
        } catch (const std::exception&) {
            // Unreadable now: the defaults show, and the next change reads again.
        }
    }
    const ReminderSettings& s = desktop_->settings;
    QVariantMap m;
    for (const auto& spec : reminder_setting_specs())
        if (spec.key != "enabled") m.insert(qs(spec.key), qs(reminder_setting_text(s, spec.key)));
    m.insert("quiet-from", s.quiet ? qs(format_time_of_day(s.quiet->start)) : QString("22:00"));
    m.insert("quiet-until", s.quiet ? qs(format_time_of_day(s.quiet->end)) : QString("07:00"));
    settings_ = m;
}

void RemindersController::ask_bus() {
    desktop_->bus = reminders::desktop_status(the_bus());
}

void RemindersController::compose_status() {
    const auto* journal = open_journal();
    if (!journal) {
        status_ = tr("Open a journal to set its reminders.");
        return;
    }
    const auto& bus = desktop_->bus;
    if (!bus.bus) {
        status_ =
            tr("This desktop has no session bus (D-Bus): reminders cannot be shown while the "
               "window is closed. The Today page still shows what is due; nothing is lost.");
        return;
    }
    if (!bus.notifications) {
        status_ =
            tr("This desktop has no notification service: reminders cannot be shown. The "
               "Today page still shows what is due; nothing is lost.");
        return;
    }
    if (journal->following()) {
        status_ = on_ ? (bus.service ? tr("On: you are told when a scheduled dose has not been logged an hour after its "
                                          "time, also while this window is closed.")
                                     : tr("On, but the reminder service is not running. It starts when you next log in, "
                                          "or now with “Start reminders now”."))
                      : tr("Off. Switch it on to be told when a scheduled dose has not been logged an hour after "
                           "its time.");
        if (journal->setting(tell_caregivers_setting).value_or("") != "yes")
            status_ += " " + tr("The person who keeps this journal has not asked for it yet: nothing is shown until "
                                "they do, in their Sharing settings.");
        return;
    }
    if (journal->read_only()) {
        status_ = on_ ? tr("Reminders are on for this journal. It is open read-only, so only the "
                           "person who keeps it can change them.")
                      : tr("Reminders are off for this journal. It is open read-only, so only the "
                           "person who keeps it can change them.");
        return;
    }
    if (!on_) {
        status_ = desktop_->journal_says_on
                      ? tr("Reminders are off on this computer: the journal asks for them, but "
                           "nothing starts them here. Switch them on to start them.")
                      : tr("Reminders are off. The Today page shows what is due while the window "
                           "is open.");
        return;
    }
    if (!bus.service) {
        status_ =
            tr("Reminders are on, but the reminder service is not running. It starts when "
               "you next log in, or now with “Start reminders now”.");
        return;
    }
    try {
        // What the service plans, as `relief reminders status` says it: the computer's zone,
        // the app's clock, nothing shown yet.
        const Instant now = app_now();
        const Zone here = system_zone().value_or(journal->home_zone());
        const LocalDay today = here.day_of(now);
        const auto meds = journal->medications();
        const auto entries = journal->entries_between(today - date::days{3}, today + date::days{2});
        const ReminderPlan plan = plan_reminders(meds, entries, here, desktop_->settings, {}, now);
        // Whole sentences, each translated as one, follow each other after a space.
        QStringList sentences;
        const int open = int(plan.open.size());
        if (!plan.next) sentences << tr("Reminders are on. No scheduled dose is coming up in the next day.");
        if (plan.next) {
            // Names hidden on screen (reminders.hide-names) are hidden here too: "a dose".
            const bool hide = desktop_->settings.hide_names;
            sentences << tr("Reminders are on: the next one is at %1.")
                             .arg(qs(next_dose_text(*plan.next, meds, here, now, hide)));
            if (plan.next->quiet) sentences << tr("Quiet hours hold it back until they end.");
        }
        // Two messages, so that English keeps "1 dose is" and "2 doses are".
        if (open == 1) sentences << tr("%n dose is due and not logged yet; the Today page has it.", nullptr, open);
        if (open > 1) sentences << tr("%n doses are due and not logged yet; the Today page has them.", nullptr, open);
        status_ = sentences.join(QLatin1Char(' '));
        return;
    } catch (const std::exception& e) {
        status_ = tr("Reminders are on.") + " " + error_text(e);
    }
}

QString RemindersController::start_service() {
    auto* journal = open_journal();
    if (!journal) return tr("Open a journal first.");
    if (starting_disabled()) return {};
    const QString program = service_program();
    if (program.isEmpty() ||
        !QProcess::startDetached(program, {"--journal", journal_file(*journal)}))
        return tr("The reminder service could not be started now; it starts when you next log in.");
    return {};
}

QString RemindersController::setOn(bool on) {
    auto* journal = open_journal();
    if (!journal) return tr("Open a journal first.");
    QString answer;
    try {
        const QString file = journal_file(*journal);
        if (on) {
            const QString program = service_program();
            if (program.isEmpty())
                return tr(
                    "The reminder service (relief-reminders) is neither beside Relief "
                    "Journal nor on the PATH, so reminders cannot be switched on. Reinstall "
                    "Relief Journal.");
            // A caregiver's switch is this device's own; the person's is in the journal.
            const bool own = journal->following();
            const auto before = own ? journal->local_value("share.missed_dose_alerts") : journal->setting("reminders.enabled");
            if (own) journal->set_local_value("share.missed_dose_alerts", "yes");
            else journal->set_setting("reminders.enabled", "yes");
            try {
                reminders::write_autostart(program, file);
            } catch (const std::exception&) {
                if (own) journal->set_local_value("share.missed_dose_alerts", before);
                else journal->set_setting("reminders.enabled", before.value_or(""));
                throw;
            }
            answer = start_service();
        } else {
            if (journal->following()) journal->set_local_value("share.missed_dose_alerts", "no");
            else journal->set_setting("reminders.enabled", "no");
            reminders::remove_autostart(file);
        }
    } catch (const std::exception& e) {
        answer = error_text(e);
    }
    refresh();
    return answer;
}

QString RemindersController::startNow() {
    const QString answer = start_service();
    refresh();
    return answer;
}

QString RemindersController::set(const QString& key, const QString& value) {
    auto* journal = open_journal();
    if (!journal) return tr("Open a journal first.");
    const std::string name = ss(key.trimmed());
    if (name == "enabled") return tr("Use the switch to turn reminders on or off.");
    try {
        const std::string k = "reminders." + name;
        journal->set_setting(k, validate_reminder_setting(k, ss(value.trimmed())));
    } catch (const InputError& e) {
        return refused(e);
    } catch (const std::exception& e) {
        return error_text(e);
    }
    refresh();
    return {};
}

QString RemindersController::setQuietHours(bool quiet, const QString& from, const QString& until) {
    return set("quiet-hours", quiet ? from.trimmed() + "-" + until.trimmed() : QString("off"));
}

}  // namespace relief::app
