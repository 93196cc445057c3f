#include "reminder_service.h"

#include "desktop.h"
#include "notifications.h"
#include "service_options.h"
#include "tray.h"

#include "core/caregiver_watch.h"
#include "core/reminder_text.h"
#include "sharing/share.h"
#include "storage/journal.h"

#include <date/tz.h>

#include <QCoreApplication>
#include <QProcess>

#include <cstdio>
#include <set>
#include <cstdlib>

namespace relief::reminders {

namespace {

using std::chrono::minutes;
using std::chrono::seconds;

// More than this between what the clock says and what really passed is a jump: a suspend
// logind did not announce, or the clock set by hand or by a change of zone.
constexpr seconds jump_tolerance{120};
constexpr seconds longest_sleep_between_rounds{60};

}  // namespace

struct ReminderService::State {
    ServiceOptions options;
    ReminderMemory memory;
    std::optional<Reminder> shown;
    quint32 shown_id = 0;
    std::optional<Zone> last_here;
    std::optional<Instant> last_round;  // the clock at the last round
    std::optional<Instant> asleep_since;
    std::set<ReminderDose> told;  // a caregiver's: the unlogged doses already told

    Zone here(const Zone& home) const {
        if (options.zone) return *options.zone;
        if (auto z = system_zone()) return *z;
        return home;
    }

    // Writes Taken or Skip for what of `reminder` is still open: a dose logged in the window
    // meanwhile is not logged twice. Throws what storage throws.
    void answer(const Reminder& reminder, bool taken) const {
        auto journal = storage::Journal::open(options.journal.toStdString(), storage::OpenMode::read_write, options.clock);
        const Instant now = options.clock();
        const Zone zone = last_here ? *last_here : here(journal.home_zone());
        const LocalDay today = zone.day_of(now);
        const auto meds = journal.medications();
        const auto entries = journal.entries_between(today - date::days{3}, today + date::days{2});
        const Reminder open = still_unanswered(reminder, meds, entries, zone, now);
        for (const Entry& e : reminder_answers(open, taken, meds, zone, now)) journal.add_entry(e);
    }
};

ReminderService::ReminderService(const ServiceOptions& options, Notifications* notifications, QObject* parent)
    : QObject(parent), s_(new State{options, {}, {}, 0, {}, {}, {}}), notifications_(notifications) {
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, [this] { tick(); });
    connect(notifications_, &Notifications::actionInvoked, this, &ReminderService::onAction);
}

ReminderService::~ReminderService() = default;

// A caregiver's device (docs/sharing.md): takes the person's changes from the share
// folder, then tells of each scheduled dose not logged an hour after its time, once.
bool ReminderService::caregiver_round(Instant now) {
    try {
        auto journal = storage::Journal::open(s_->options.journal.toStdString(), storage::OpenMode::read_write,
                                              s_->options.clock);
        if (journal.local_value("share.missed_dose_alerts").value_or("") != "yes") {
            forget_shown();
            emit switchedOff();
            return false;
        }
        try {
            const auto report = sharing::sync_share(journal);
            if (!report.problems.empty()) complain("a change file was refused; the app's Sharing card says which");
        } catch (const std::exception&) {
            complain("cannot take the changes from the share folder; the app's Sharing card says why");
        }
        const auto settings = reminder_settings_from(journal.settings());
        const Zone home = journal.home_zone();
        const LocalDay today = home.day_of(now);
        const auto meds = journal.medications();
        const auto entries = journal.entries_between(today - date::days{3}, today + date::days{2});
        auto doses = unlogged_doses(meds, entries, home, now);
        // Only when the person asked for it; until then the service keeps the journal in step.
        if (journal.setting(tell_caregivers_setting).value_or("") != "yes") {
            complain("the person who keeps the journal has not asked for caregivers to be told of doses not logged");
            doses.clear();
        }
        const auto unlogged = doses;
        std::erase_if(doses, [&](const ReminderDose& d) { return s_->told.count(d) != 0; });
        if (!doses.empty()) {
            QString error;
            const auto text = unlogged_text(doses, meds, s_->here(home), journal.profile().name, settings.hide_names);
            if (notifications_->show(text, 0, &error) != 0) {
                s_->told.insert(doses.begin(), doses.end());
                last_complaint_.clear();
            } else {
                complain("no notification service answered (" + error + ")");
            }
        }
        // Only what is still unlogged is remembered: a dose logged late is forgotten.
        std::erase_if(s_->told, [&](const ReminderDose& d) {
            return std::find(unlogged.begin(), unlogged.end(), d) == unlogged.end();
        });
    } catch (const std::exception& e) {
        complain(QString("cannot read the journal: %1").arg(e.what()));
    }
    timer_.start(int(std::chrono::milliseconds(longest_sleep_between_rounds).count()));
    return true;
}

void ReminderService::forget_shown() {
    notifications_->close(s_->shown_id);
    s_->shown.reset();
    s_->shown_id = 0;
}

void ReminderService::complain(const QString& message) {
    // Said once, not each minute; never with anything from the journal in it.
    if (message == last_complaint_) return;
    last_complaint_ = message;
    std::fprintf(stderr, "relief-reminders: %s\n", qPrintable(message));
}

bool ReminderService::tick() {
    const Instant now = s_->options.clock();
    if (s_->last_round && since_last_round_.isValid()) {
        const auto by_clock = now - *s_->last_round;
        const auto really = std::chrono::milliseconds{since_last_round_.elapsed()};
        if (by_clock - really > jump_tolerance) record_sleep(s_->memory, *s_->last_round, now);
    }
    s_->last_round = now;
    since_last_round_.restart();

    std::optional<Instant> next;
    try {
        auto journal = storage::Journal::open(s_->options.journal.toStdString(), storage::OpenMode::read_only,
                                              s_->options.clock);
        if (journal.following()) return caregiver_round(now);
        const auto settings = reminder_settings_from(journal.settings());
        if (!settings.enabled) {
            forget_shown();
            emit switchedOff();
            return false;
        }
        const Zone zone = s_->here(journal.home_zone());
        s_->last_here = zone;
        const LocalDay today = zone.day_of(now);
        const auto meds = journal.medications();
        const auto entries = journal.entries_between(today - date::days{3}, today + date::days{2});
        const ReminderPlan plan = plan_reminders(meds, entries, zone, settings, s_->memory, now);
        if (s_->shown && still_unanswered(*s_->shown, meds, entries, zone, now).empty()) {
            forget_shown();  // answered in the window: nothing left to ask
        }
        if (plan.show) {
            QString error;
            const quint32 id = notifications_->show(reminder_text(*plan.show, meds, zone, settings), s_->shown_id, &error);
            if (id != 0) {
                record_shown(s_->memory, *plan.show, now);
                s_->shown = plan.show;
                s_->shown_id = id;
                last_complaint_.clear();
            } else {
                complain("no notification service answered (" + error + "); the window still shows what is due");
            }
        }
        forget_before(s_->memory, now - date::days{3});
        if (plan.next) next = plan.next->at;
        if (tray_) {
            QList<TrayDose> open;
            for (const ReminderDose& d : plan.open)
                open.push_back({QString::fromStdString(dose_label(d, meds, zone, settings.hide_names)), d.medication_id,
                                qint64(std::chrono::duration_cast<seconds>(d.scheduled.time_since_epoch()).count())});
            tray_->update(plan.next ? QString::fromStdString(next_dose_text(*plan.next, meds, zone, now, settings.hide_names))
                                    : QString(),
                          open);
        }
    } catch (const std::exception& e) {
        complain(QString("cannot read the journal: %1").arg(e.what()));
    }
    auto wait = longest_sleep_between_rounds;
    if (next && *next > now) wait = std::min(wait, std::chrono::duration_cast<seconds>(*next - now) + seconds{1});
    else if (next) wait = seconds{1};
    timer_.start(std::chrono::duration_cast<std::chrono::milliseconds>(wait));
    return true;
}

void ReminderService::setTray(Tray* tray) {
    tray_ = tray;
    connect(tray_, &Tray::taken, this, &ReminderService::takeOne);
    connect(tray_, &Tray::openWindow, this, &ReminderService::openWindow);
}

void ReminderService::write_answers(bool taken) {
    try {
        s_->answer(*s_->shown, taken);
    } catch (const std::exception& e) {
        complain(QString("could not write the answer: %1").arg(e.what()));
    }
}

void ReminderService::openWindow() {
    const QString app = find_app_program(QCoreApplication::applicationDirPath());
    QProcess::startDetached(app.isEmpty() ? QString(app_program) : app, {s_->options.journal});
}

void ReminderService::onAction(quint32 id, const QString& key) {
    if (!s_->shown || id != s_->shown_id) return;
    if (key == "default") {
        openWindow();
        return;
    }
    if (key == "taken" || key == "skip") {
        write_answers(key == "taken");
    } else if (key == "snooze") {
        try {
            auto journal = storage::Journal::open(s_->options.journal.toStdString(), storage::OpenMode::read_only,
                                                  s_->options.clock);
            record_snooze(s_->memory, *s_->shown, reminder_settings_from(journal.settings()), s_->options.clock());
        } catch (const std::exception& e) {
            complain(QString("cannot read the journal: %1").arg(e.what()));
        }
    } else {
        return;
    }
    forget_shown();
    tick();
}

void ReminderService::takeOne(qint64 medication_id, qint64 scheduled_utc) {
    Reminder one;
    one.due = {{medication_id, Instant{seconds{scheduled_utc}}}};
    try {
        s_->answer(one, true);
    } catch (const std::exception& e) {
        complain(QString("could not write the answer: %1").arg(e.what()));
    }
    tick();
}

void ReminderService::onGoingToSleep() { s_->asleep_since = s_->options.clock(); }

void ReminderService::onWokeUp() {
    const Instant now = s_->options.clock();
    record_sleep(s_->memory, s_->asleep_since.value_or(s_->last_round.value_or(now)), now);
    s_->asleep_since.reset();
    tick();
}

}  // namespace relief::reminders
