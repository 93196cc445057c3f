#include "profile_controller.h"

#include "app_controller.h"
#include "app_text.h"
#include "app_clock.h"
#include "storage/journal.h"
#include "core/errors.h"
#include "core/thresholds.h"
#include "core/vocabulary.h"
#include "core/zone_search.h"
#include "qt_text.h"

namespace relief::app {

namespace {
Profile current_profile() {
    auto* app = AppController::instance();
    return app && app->journal() ? app->journal()->profile() : Profile{};
}
}  // namespace

ProfileController::ProfileController(QObject* parent) : QObject(parent) {
    if (auto* app = AppController::instance()) connect(app, &AppController::changed, this, &ProfileController::changed);
}

QString ProfileController::name() const { return qs(current_profile().name.value_or("")); }
QString ProfileController::birthYear() const {
    const auto y = current_profile().birth_year;
    return y ? QString::number(*y) : QString();
}
QString ProfileController::birthDate() const {
    const auto d = current_profile().birth_date;
    return d ? qs(format_day(*d)) : QString();
}
QString ProfileController::identifier() const { return qs(current_profile().identifier.value_or("")); }
QString ProfileController::identifierSystem() const { return qs(current_profile().identifier_system.value_or("")); }
QStringList ProfileController::conditions() const { return qlist(current_profile().conditions); }
QString ProfileController::onset() const {
    const auto o = current_profile().onset;
    return o ? qs(format_day(*o)) : QString();
}
QString ProfileController::zone() const { return qs(current_profile().zone); }

QStringList ProfileController::thresholds() const {
    QStringList out;
    auto* app = AppController::instance();
    if (!app || !app->journal()) return out;
    const Thresholds t = thresholds_from_settings(app->journal()->settings());
    for (const auto& s : threshold_specs())
        out << qs("threshold." + s.key + " = " + std::to_string(t.*(s.field)) + ": " + display_description(s));
    return out;
}

QStringList ProfileController::knownConditions() const { return qlist(condition_names().names()); }

QString ProfileController::save(const QString& name, const QString& birth_year, const QStringList& conditions,
                                const QString& onset, const QString& zone, const QString& birth_date,
                                const QString& identifier, const QString& identifier_system) {
    auto* app = AppController::instance();
    if (!app || !app->journal()) return tr("Open a journal first.");
    try {
        Profile p = app->journal()->profile();
        p.name = name.trimmed().isEmpty() ? std::nullopt : std::optional(parse_profile_name(ss(name.trimmed()), ss(tr("name"))));
        const int this_year = static_cast<int>(date::year_month_day{app_today()}.year());
        p.birth_year = birth_year.trimmed().isEmpty() ? std::nullopt
                                                      : std::optional(parse_birth_year(ss(birth_year.trimmed()), this_year));
        p.birth_date = birth_date.trimmed().isEmpty()
                           ? std::nullopt
                           : std::optional(parse_birth_date(ss(birth_date.trimmed()), app_today(), ss(tr("date of birth"))));
        if (p.birth_date && !p.birth_year) p.birth_year = static_cast<int>(date::year_month_day{*p.birth_date}.year());
        check_birth(p);
        p.identifier = identifier.trimmed().isEmpty()
                           ? std::nullopt
                           : std::optional(parse_identifier_text(ss(identifier.trimmed()), ss(tr("identifier"))));
        p.identifier_system = identifier_system.trimmed().isEmpty()
                                  ? std::nullopt
                                  : std::optional(parse_identifier_text(ss(identifier_system.trimmed()), ss(tr("kind of number"))));
        p.conditions.clear();
        for (const auto& c : conditions) {
            const auto canonical = condition_names().canonical(ss(c));
            if (std::find(p.conditions.begin(), p.conditions.end(), canonical) == p.conditions.end())
                p.conditions.push_back(canonical);
        }
        p.onset = onset.trimmed().isEmpty() ? std::nullopt : std::optional(parse_day(ss(onset.trimmed()), ss(tr("onset"))));
        if (!zone.trimmed().isEmpty()) p.zone = std::string(zone_named(ss(zone.trimmed())).name());
        app->journal()->set_profile(p);
    } catch (const std::exception& e) {
        return error_text(e);
    }
    app->notifyChanged();
    return {};
}


QString ProfileController::setThreshold(const QString& key, const QString& value) {
    auto* app = AppController::instance();
    if (!app || !app->journal()) return tr("Open a journal first.");
    try {
        const std::string k = ss(key.trimmed());
        const std::string v = validate_threshold_setting(k, ss(value.trimmed()));
        auto settings = app->journal()->settings();
        settings[k] = v;
        check_consistent(thresholds_from_settings(settings));
        app->journal()->set_setting(k, v);
    } catch (const InputError& e) {
        return tr("%1 is not possible here: %2.")
            .arg(e.value().empty() ? tr("(empty)") : qs(e.value()), setting_keys_in_words(e.allowed()));
    } catch (const std::exception& e) {
        return error_text(e);
    }
    app->notifyChanged();
    return {};
}

}  // namespace relief::app
