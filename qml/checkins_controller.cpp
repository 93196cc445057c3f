#include "checkins_controller.h"

#include "app_clock.h"
#include "app_controller.h"
#include "app_text.h"
#include "core/checkins.h"
#include "core/entry_text.h"
#include "core/errors.h"
#include "core/goals.h"
#include "core/unicode_text.h"
#include "qt_text.h"
#include "storage/journal.h"

#include <QCoreApplication>

namespace relief::app {

namespace {

storage::Journal* open_journal() {
    auto* app = AppController::instance();
    return app ? app->journal() : nullptr;
}

QVariantList goal_list(const std::vector<Goal>& goals) {
    QVariantList out;
    for (const auto& g : goals) out << QVariantMap{{"slot", g.slot}, {"text", qs(g.text)}};
    return out;
}

}  // namespace

CheckinsController::CheckinsController(QObject* parent) : QObject(parent) {
    if (auto* app = AppController::instance()) connect(app, &AppController::changed, this, [this] { gate_.changed(); });
    reload();
}

void CheckinsController::setLive(bool on) {
    if (gate_.set_live(on)) emit liveChanged();
}

int CheckinsController::maxGoals() const { return max_goals; }

QStringList CheckinsController::pgicChoices() const {
    QStringList out;
    for (int answer = 1; answer <= 7; ++answer) {
        QString words = qs(pgic_display_words(answer));
        words[0] = words[0].toUpper();
        out << words;
    }
    return out;
}

void CheckinsController::reload() {
    CheckinsDue due;
    QVariantList goals;
    bool can_change = false;
    auto* app = AppController::instance();
    if (auto* journal = open_journal()) {
        app->attempt([&] {
            const auto settings = journal->settings();
            goals = goal_list(goals_from_settings(settings));
            can_change = !journal->read_only();
            due = checkins_due(app->snapshot(), app_today(), thresholds_from_settings(settings), settings);
        });
    }
    const bool shown = can_change && due.any();
    const QVariantList goals_due = goal_list(due.goals);
    const QString why = qs(due.pgic_why);
    if (shown == shown_ && due.peg == peg_ && due.sleep == sleep_ && due.pgic == pgic_ && why == pgic_why_ &&
        goals_due == goals_due_ && goals == goals_ && can_change == can_change_)
        return;
    shown_ = shown;
    peg_ = due.peg;
    sleep_ = due.sleep;
    pgic_ = due.pgic;
    pgic_why_ = why;
    goals_due_ = goals_due;
    goals_ = goals;
    can_change_ = can_change;
    emit changed();
}

template <class Data>
QString CheckinsController::log(Data data) {
    auto* app = AppController::instance();
    auto* journal = open_journal();
    // In a template lupdate reads Data as the class: the context is given by name.
    if (!journal) return QCoreApplication::translate("relief::app::CheckinsController", "Open a journal first.");
    Entry entry{0, app_now(), std::string(journal->home_zone().name()), {}, std::move(data)};
    try {
        entry.id = journal->add_entry(entry);
    } catch (const std::exception& e) {
        return error_text(e);
    }
    // Tells every page (this card reloads with it, so the answered item goes).
    app->notifyEntryAdded(entry.id);
    const QString logged = entry_as_shown(describe_entry(entry, {}));
    logged_ = shown_ ? QCoreApplication::translate("relief::app::CheckinsController", "Logged: %1.").arg(logged)
                     : QCoreApplication::translate("relief::app::CheckinsController",
                                                   "Logged: %1. Nothing else to check in today.")
                           .arg(logged);
    emit loggedChanged();
    return {};
}

QString CheckinsController::logPeg(int pain, int enjoyment, int activity) {
    QStringList open;
    if (pain < 0) open << tr("average pain");
    if (enjoyment < 0) open << tr("enjoyment of life");
    if (activity < 0) open << tr("general activity");
    if (!open.isEmpty()) return tr("Choose a number for each of the three questions first (still open: %1).").arg(open.join(", "));
    return log(PegEntry{pain, enjoyment, activity});
}

QString CheckinsController::logSleep(const QString& hours, int quality) {
    if (hours.trimmed().isEmpty()) return tr("Type how long you slept first, such as 7, 6.5 or 6h30.");
    SleepEntry sleep;
    try {
        sleep.minutes = parse_sleep_duration(ss(hours.trimmed()), ss(tr("hours slept")));
    } catch (const std::exception& e) {
        return error_text(e);
    }
    if (quality >= 0) sleep.quality = quality;
    return log(sleep);
}

QString CheckinsController::logGoal(int slot, bool met) {
    auto* journal = open_journal();
    if (!journal) return tr("Open a journal first.");
    try {
        const auto goals = goals_from_settings(journal->settings());
        return log(GoalEntry{find_goal(goals, std::to_string(slot)).text, met});
    } catch (const std::exception& e) {
        return error_text(e);
    }
}

QString CheckinsController::logPgic(int answer) { return log(PgicEntry{answer}); }

QString CheckinsController::addGoal(const QString& text) {
    auto* app = AppController::instance();
    auto* journal = open_journal();
    if (!journal) return tr("Open a journal first.");
    try {
        const std::string goal = nfc(ss(text.trimmed()));
        const int slot = free_goal_slot(goals_from_settings(journal->settings()), goal);
        journal->set_setting(goal_setting_key(slot), goal);
    } catch (const std::exception& e) {
        return error_text(e);
    }
    app->notifyChanged();
    return {};
}

QString CheckinsController::removeGoal(int slot) {
    auto* app = AppController::instance();
    auto* journal = open_journal();
    if (!journal) return tr("Open a journal first.");
    try {
        const auto goals = goals_from_settings(journal->settings());
        journal->set_setting(goal_setting_key(find_goal(goals, std::to_string(slot)).slot), "");
    } catch (const std::exception& e) {
        return error_text(e);
    }
    app->notifyChanged();
    return {};
}

}  // namespace relief::app
