#include "report_controller.h"

#include "app_controller.h"
#include "app_text.h"
#include "app_clock.h"
#include "storage/journal.h"
#include "qt_text.h"
#include "reports/csv_report.h"
#include "reports/fhir_report.h"
#include "reports/html_report.h"
#include "reports/journal_report.h"
#include "reports/pdf_report.h"
#include "reports/report_text.h"
#include "storage/private_file.h"
#include "core/translate.h"
#include "i18n/language.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace relief::app {

namespace {

// The period typed on the page; the fields named as a refusal says them.
reports::ReportPeriod typed_period(const QString& from, const QString& to) {
    const QString from_field = QCoreApplication::translate("relief::app::ReportController", "from",
                                                           "the first day of the report's period");
    const QString to_field = QCoreApplication::translate("relief::app::ReportController", "to",
                                                         "the last day of the report's period");
    return {parse_day(ss(from), ss(from_field)), parse_day(ss(to), ss(to_field))};
}

}  // namespace

// Two messages each, so that English keeps its "1 alert is" and "2 alerts are"; each
// language gives its own plural forms.
QString ReportController::current_alerts_text(int n) {
    return n == 1 ? tr("%n alert is current at the end of this period.", nullptr, n)
                  : tr("%n alerts are current at the end of this period.", nullptr, n);
}

QString ReportController::resolved_alerts_text(int n) {
    return n == 1 ? tr("%n alert was resolved in this period.", nullptr, n)
                  : tr("%n alerts were resolved in this period.", nullptr, n);
}

ReportController::ReportController(QObject* parent) : QObject(parent) {
    if (auto* app = AppController::instance()) {
        connect(app, &AppController::changed, this, [this] { gate_.changed(); });
        connect(app, &AppController::languageChanged, this, &ReportController::reportLanguagesChanged);
    }
    resetPeriod();
}

void ReportController::setLive(bool on) {
    if (gate_.set_live(on)) emit liveChanged();
}

void ReportController::setFrom(const QString& day) {
    if (day == from_) return;
    from_ = day;
    rebuild();
}

void ReportController::setTo(const QString& day) {
    if (day == to_) return;
    to_ = day;
    rebuild();
}

void ReportController::resetPeriod() {
    auto* app = AppController::instance();
    if (app && app->journal()) {
        const auto period = reports::default_report_period(*app->journal(), app_today());
        from_ = qs(format_day(period.from));
        to_ = qs(format_day(period.to));
    }
    rebuild();
}

QString ReportController::periodText() const {
    try {
        return qs(reports::period_text(typed_period(from_, to_)));
    } catch (const std::exception&) {
        return tr("Give both days as YYYY-MM-DD.");
    }
}

QString ReportController::lastVisit() const {
    auto* app = AppController::instance();
    if (!app || !app->journal()) return {};
    const auto visit = app->journal()->last_visit(app_today());
    return visit ? qs(reports::day_text(*visit)) : tr("none recorded");
}

void ReportController::rebuild() {
    preview_.clear();
    auto* app = AppController::instance();
    if (app && app->journal()) {
        try {
            const reports::ReportPeriod period = typed_period(from_, to_);
            if (period.from > period.to) throw std::runtime_error("the period ends before it begins");
            const auto source = reports::report_source(*app->journal(), app->snapshot(), period, app_today(), app_now());
            const auto report = reports::build_report(source->input);
            preview_ << pain_sentence(report.pain);
            for (const auto& m : report.medications) preview_ << medication_sentence(m);
            preview_ << (report.alerts.empty() ? tr("No alerts are current at the end of this period.")
                                               : current_alerts_text(int(report.alerts.size())));
            if (!report.resolved_alerts.empty()) preview_ << resolved_alerts_text(int(report.resolved_alerts.size()));
            for (const auto& q : report.questions) preview_ << tr("Question to ask: %1").arg(qs(q));
        } catch (const std::exception& e) {
            preview_ << error_text(e);
        }
    }
    emit periodChanged();
}

QString ReportController::suggestedName(const QString& suffix) const {
    return from_ == to_ ? QString("visit-report-%1.%2").arg(to_, suffix)
                        : QString("visit-report-%1-to-%2.%3").arg(from_, to_, suffix);
}

QString ReportController::exportTo(const QString& format, const QString& path) {
    auto* app = AppController::instance();
    if (!app || !app->journal()) return tr("Open a journal first.");
    try {
        const reports::ReportPeriod period = typed_period(from_, to_);
        const auto target = storage::checked_output_path(ss(path), app->journal()->path(), false);
        // The report's words, days and numbers in the language chosen for it while it is built
        // and written; the window keeps its own.
        std::unique_ptr<Translations> language;
        std::optional<TranslationsScope> in_language;
        if (!reportLanguage_.isEmpty()) {
            language = i18n::load_translations(reportLanguage_);
            in_language.emplace(language.get());
        }
        const auto source = reports::report_source(*app->journal(), period, app_today(), app_now());
        const auto report = reports::build_report(source->input);
        std::string bytes;
        if (format == "csv") bytes = reports::render_csv(report);
        else if (format == "fhir") bytes = reports::render_fhir(report);
        else if (format == "html") bytes = reports::render_html(report);
        else if (format == "pdf") {
            const QByteArray pdf = reports::render_pdf(report);
            bytes.assign(pdf.constData(), static_cast<std::size_t>(pdf.size()));
        } else {
            return tr("Unknown format %1: choose PDF, HTML, CSV or FHIR.").arg(format);
        }
        storage::write_file_atomically(target, bytes);
    } catch (const std::exception& e) {
        return error_text(e);
    }
    return {};
}

QString ReportController::reportLanguage() const { return reportLanguage_; }

void ReportController::setReportLanguage(const QString& code) {
    const QString shipped = code.isEmpty() ? QString() : i18n::shipped_code(code);
    if (shipped == reportLanguage_) return;
    reportLanguage_ = shipped;
    emit reportLanguageChanged();
}

QVariantList ReportController::reportLanguages() const {
    QVariantList out;
    out << QVariantMap{{"code", QString()}, {"name", tr("Same as this window")}};
    for (const QString& code : i18n::shipped_languages())
        out << QVariantMap{{"code", code}, {"name", i18n::native_name(code)}};
    return out;
}

QString ReportController::recordVisit() {
    auto* app = AppController::instance();
    if (!app || !app->journal()) return tr("Open a journal first.");
    try {
        app->journal()->record_visit(app_today());
    } catch (const std::exception& e) {
        return error_text(e);
    }
    app->notifyChanged();
    return {};
}

}  // namespace relief::app
