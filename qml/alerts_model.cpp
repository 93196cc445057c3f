#include "alerts_model.h"

#include "app_controller.h"
#include "app_text.h"
#include "app_clock.h"
#include "storage/journal.h"
#include "qt_text.h"
#include "storage/alert_review.h"
#include "core/calendar.h"

namespace relief::app {

AlertsModel::AlertsModel(QObject* parent) : QAbstractListModel(parent) {
    if (auto* app = AppController::instance()) connect(app, &AppController::changed, this, &AlertsModel::reload);
    reload();
}

int AlertsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

QVariant AlertsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Row& r = rows_[index.row()];
    switch (role) {
        case IdRole: return r.id;
        case RuleRole: return r.rule;
        case SeverityRole: return r.severity;
        case TitleRole:
        case Qt::DisplayRole: return r.title;
        case MessageRole: return r.message;
        case EvidenceRole: return r.evidence;
        case SourcesRole: return r.sources;
        case RaisedRole: return r.raised;
        case DiscussedRole: return r.discussed;
        case CurrentRole: return r.current;
    }
    return {};
}

QHash<int, QByteArray> AlertsModel::roleNames() const {
    return {{IdRole, "alertId"},       {RuleRole, "rule"},       {SeverityRole, "severity"}, {TitleRole, "title"},
            {MessageRole, "message"},  {EvidenceRole, "evidence"}, {SourcesRole, "sources"},  {RaisedRole, "raised"},
            {DiscussedRole, "discussed"}, {CurrentRole, "current"}};
}

int AlertsModel::currentCount() const {
    return int(std::count_if(rows_.begin(), rows_.end(), [](const Row& r) { return r.current && r.discussed.isEmpty(); }));
}

void AlertsModel::reload() {
    beginResetModel();
    rows_.clear();
    auto* app = AppController::instance();
    if (app && app->journal()) {
        app->attempt([&] {
            auto* journal = app->journal();
            const Zone home = journal->home_zone();
            const auto review = storage::review_alerts(*journal, app->snapshot(), app_today(), app_now());
            auto add = [&](const storage::ReviewedAlert& r) {
                const Alert& a = r.stored.alert;
                std::string evidence, sources;
                //: One line of an alert's evidence: what was measured, then its value.
                for (const auto& e : a.evidence)
                    evidence += (evidence.empty() ? "" : "\n") + ss(tr("%1: %2").arg(qs(e.label), qs(e.value)));
                for (const auto& s : a.sources) sources += (sources.empty() ? "" : "; ") + s;
                rows_.push_back({r.stored.id, qs(a.rule_id), qs(std::string(to_string(a.severity))), qs(a.title),
                                 setting_keys_in_words(a.message), setting_keys_in_words(evidence), qs(sources),
                                 alert_life_text(r),
                                 r.stored.discussed ? qs(display_day(home.day_of(*r.stored.discussed))) : QString(),
                                 r.current});
            };
            for (const auto& r : review.current) add(r);
            for (const auto& r : review.earlier) add(r);
        });
    }
    endResetModel();
    emit countChanged();
}

QString AlertsModel::discuss(int id) {
    auto* app = AppController::instance();
    if (!app || !app->journal()) return tr("Open a journal first.");
    try {
        app->journal()->mark_alert_discussed(id);
    } catch (const std::exception& e) {
        return error_text(e);
    }
    app->notifyChanged();
    return {};
}

}  // namespace relief::app
