#include "medications_model.h"

#include "app_controller.h"
#include "app_text.h"
#include "app_clock.h"
#include "storage/journal.h"
#include "core/calendar.h"
#include "core/catalogue.h"
#include "core/errors.h"
#include "core/medication_input.h"
#include "core/prescription_input.h"
#include "core/entry_text.h"
#include "core/metrics/doses.h"
#include "core/suggest.h"
#include "qt_text.h"

namespace relief::app {

MedicationsModel::MedicationsModel(QObject* parent) : QAbstractListModel(parent) {
    if (auto* app = AppController::instance()) connect(app, &AppController::changed, this, &MedicationsModel::reload);
    reload();
}

int MedicationsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

QVariant MedicationsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Row& r = rows_[index.row()];
    switch (role) {
        case IdRole: return r.id;
        case NameRole: return r.name;
        case LabelRole:
        case Qt::DisplayRole: return r.label;
        case ClassRole: return r.drug_class;
        case ScheduleRole: return r.schedule;
        case PeriodRole: return r.period;
        case ActiveRole: return r.active;
        case CourseDayRole: return r.course_day;
        case DoseRole: return r.dose;
        case TimesRole: return r.times;
        case AsNeededRole: return r.as_needed;
        case ChangesRole: return r.changes;
        case HistoryRole: return r.history;
    }
    return {};
}

QHash<int, QByteArray> MedicationsModel::roleNames() const {
    return {{IdRole, "medicationId"}, {NameRole, "name"},     {LabelRole, "label"},   {ClassRole, "drugClass"},
            {ScheduleRole, "schedule"}, {PeriodRole, "period"}, {ActiveRole, "active"}, {CourseDayRole, "courseDay"},
            {DoseRole, "dose"},         {TimesRole, "times"},   {AsNeededRole, "asNeeded"}, {ChangesRole, "changes"},
            {HistoryRole, "history"}};
}

namespace {

// Today's prescription, and the most allowed in a day.
QString schedule_text(const Medication& m, LocalDay today) {
    const auto now = m.prescription_on(today);
    const QString prescription = qs(prescription_text(now.dose, now.schedule));
    if (!m.max_daily) return prescription;
    //: A prescription (for example "10 mg at 08:00, 20:00"), then the most allowed in a day.
    return MedicationsModel::tr("%1; at most %2 a day").arg(prescription, qs(m.max_daily->to_string()));
}

// The names the app's messages give the fields of the medication forms.
MedicationFieldNames app_field_names() {
    MedicationFieldNames names;
    names.from = ss(MedicationsModel::tr("first day of the change"));
    names.stop = ss(MedicationsModel::tr("last day"));
    return names;
}

}  // namespace

void MedicationsModel::reload() {
    beginResetModel();
    rows_.clear();
    auto* app = AppController::instance();
    if (app && app->journal()) {
        app->attempt([&] {
            const LocalDay today = app_today();
            for (const auto& m : app->journal()->medications()) {
                const QString start = qs(display_day(m.start)), stop = m.stop ? qs(display_day(*m.stop)) : QString();
                const QString period = !m.stop  ? tr("from %1").arg(start)
                                       : m.taper ? tr("from %1 to %2 (taper plan)").arg(start, stop)
                                                 : tr("from %1 to %2").arg(start, stop);
                const auto now = m.prescription_on(today);
                QVariantList changes;
                for (const auto& step : m.steps)
                    changes << QVariantMap{{"from", qs(format_day(step.from))},
                                           {"text", qs(prescription_text(step.dose, step.schedule))}};
                rows_.push_back({m.id, qs(m.name), qs(medication_label(m)), qs(class_description(classes_of(m))),
                                 schedule_text(m, today), period, m.active_on(today),
                                 m.active_on(today) ? int((today - m.start).count()) + 1 : 0,
                                 qs(now.dose.to_string()), qs(format_times(now.schedule.times)), now.schedule.as_needed,
                                 changes, m.steps.empty() ? QString() : qs(prescription_history_text(m, today))});
            }
        });
    }
    endResetModel();
    emit countChanged();
}

QStringList MedicationsModel::suggestions(const QString& text) const {
    const std::string key = normalise_term(ss(text));
    if (key.size() < 2) return {};
    QStringList out;
    std::vector<std::string> names;
    for (const auto& drug : Catalogue::standard().drugs()) {
        names.emplace_back(drug.ingredient);
        for (const auto& b : drug.brands) names.emplace_back(b.name);
    }
    for (const auto& n : names)
        if (normalise_term(n).rfind(key, 0) == 0) out << qs(n);
    for (const auto& n : Catalogue::standard().suggestions(ss(text)))
        if (!out.contains(qs(n))) out << qs(n);
    return out.mid(0, 8);
}

QString MedicationsModel::describe(const QString& name) const {
    const auto match = Catalogue::standard().lookup(ss(name));
    if (!match) return {};
    const QString ingredient = qs(std::string(match->drug->ingredient));
    const QString classes = qs(class_description(match->drug->classes));
    const bool extended = match->form == DoseForm::extended_release;
    if (!match->drug->maximum)
        //: A medicine's ingredient (for example "cyclobenzaprine"), then what kind of medicine it is.
        return extended ? tr("%1 (extended release): %2").arg(ingredient, classes) : tr("%1: %2").arg(ingredient, classes);
    const QString maximum = qs(match->drug->maximum->daily.to_string());
    //: A medicine's ingredient, what kind of medicine it is, then the most its label allows in a day.
    return extended ? tr("%1 (extended release): %2; label maximum %3 a day").arg(ingredient, classes, maximum)
                    : tr("%1: %2; label maximum %3 a day").arg(ingredient, classes, maximum);
}

QStringList MedicationsModel::classes() const {
    QStringList out;
    for (auto c : choosable_classes()) out << qs(std::string(class_name(c)));
    return out;
}

QStringList MedicationsModel::classWords() const {
    QStringList out;
    for (auto c : choosable_classes()) out << qs(std::string(class_words(c)));
    return out;
}

QString MedicationsModel::acetaminophenQuestion(const QString& name, int class_index) const {
    const auto& kinds = choosable_classes();
    if (class_index < 0 || class_index >= static_cast<int>(kinds.size()) || !may_hide_acetaminophen(kinds[class_index]))
        return {};
    return tr("Does %1 contain acetaminophen (paracetamol, APAP)? Many pain relievers and cold medicines do, and "
              "Relief Journal cannot count what it does not know. Check the label or ask your pharmacist; if it "
              "is Percocet, Norco, Vicodin, Ultracet, Tylenol PM, NyQuil or Excedrin, add it under that name "
              "instead.")
        .arg(name.trimmed());
}

QString MedicationsModel::add(const QString& name, const QString& dose, const QString& times, bool as_needed,
                              const QString& max_daily, const QString& drug_class, const QString& start) {
    auto* app = AppController::instance();
    if (!app || !app->journal()) return tr("Open a journal first.");
    try {
        const MedicationInput in{ss(name.trimmed()), ss(dose.trimmed()), ss(times.trimmed()), as_needed,
                                 ss(max_daily.trimmed()), ss(drug_class),
                                 start.trimmed().isEmpty() ? app_today() : parse_day(ss(start.trimmed()), ss(tr("first day")))};
        if (in.start > app_today())
            throw InputError(ss(tr("first day")), format_day(in.start),
                             ss(tr("today or a day before (it is %1)").arg(qs(display_day(app_today())))));
        const Medication m = new_medication(in, app->journal()->medications(), app_field_names());
        app->journal()->add_medication(m);
    } catch (const std::exception& e) {
        return error_text(e);
    }
    app->notifyChanged();
    return {};
}

QString MedicationsModel::edit(int row, const QString& dose, const QString& times, bool as_needed) {
    auto* app = AppController::instance();
    if (row < 0 || row >= rows_.size() || !app || !app->journal()) return tr("That medication is no longer listed.");
    try {
        auto m = *app->journal()->medication(rows_[row].id);
        m.dose = Amount::parse(ss(dose), ss(tr("dose")));
        m.schedule.times = times.trimmed().isEmpty() ? std::vector<TimeOfDay>{} : parse_times(ss(times), ss(tr("times")));
        m.schedule.as_needed = as_needed;
        app->journal()->update_medication(m);
    } catch (const std::exception& e) {
        return error_text(e);
    }
    app->notifyChanged();
    return {};
}

QString MedicationsModel::change(int row, const QString& dose, const QString& times, bool as_needed,
                                 const QString& from) {
    auto* app = AppController::instance();
    if (row < 0 || row >= rows_.size() || !app || !app->journal()) return tr("That medication is no longer listed.");
    try {
        const auto med = *app->journal()->medication(rows_[row].id);
        PrescriptionChangeInput in;
        in.dose = ss(dose.trimmed());
        in.times = ss(times.trimmed());
        in.as_needed = as_needed;
        in.from = from.trimmed().isEmpty() ? app_today() : parse_day(ss(from.trimmed()), ss(tr("first day of the change")));
        app->journal()->change_prescription(med.id, prescription_change(med, in, app_field_names()));
    } catch (const std::exception& e) {
        return error_text(e);
    }
    app->notifyChanged();
    return {};
}

QString MedicationsModel::removeChange(int row, const QString& from) {
    auto* app = AppController::instance();
    if (row < 0 || row >= rows_.size() || !app || !app->journal()) return tr("That medication is no longer listed.");
    try {
        app->journal()->remove_prescription_change(rows_[row].id, parse_day(ss(from), ss(tr("first day of the change"))));
    } catch (const std::exception& e) {
        return error_text(e);
    }
    app->notifyChanged();
    return {};
}

QString MedicationsModel::stop(int row, const QString& on_day, bool taper) {
    auto* app = AppController::instance();
    if (row < 0 || row >= rows_.size() || !app || !app->journal()) return tr("That medication is no longer listed.");
    try {
        auto m = *app->journal()->medication(rows_[row].id);
        m.stop = on_day.trimmed().isEmpty() ? app_today() : parse_day(ss(on_day.trimmed()), ss(tr("stop day")));
        m.taper = taper;
        app->journal()->update_medication(m);
    } catch (const std::exception& e) {
        return error_text(e);
    }
    app->notifyChanged();
    return {};
}

}  // namespace relief::app
