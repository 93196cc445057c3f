#include "command.h"
#include "core/errors.h"
#include "reports/csv_report.h"
#include "reports/fhir_report.h"
#include "reports/html_report.h"
#include "reports/journal_report.h"
#include "reports/pdf_report.h"
#include "reports/report_text.h"
#include "storage/private_file.h"
#include "core/translate.h"
#include "i18n/language.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <ostream>

namespace relief::cli {

namespace {

// Qt's own chatter (such as a missing XDG_RUNTIME_DIR) is not for the person at the
// terminal, and nothing of the journal may reach a log; only Qt's fatal errors show.
void quiet_qt(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg) std::fprintf(stderr, "relief: %s\n", qPrintable(message));
}

// Drawing text needs a QGuiApplication; the command line never shows a window.
void ensure_gui() {
    if (QGuiApplication::instance()) return;
    qInstallMessageHandler(quiet_qt);
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    static int argc = 1;
    static char name[] = "relief";
    static char* argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
}

std::string format_of(const Arguments& args, const std::filesystem::path& target) {
    if (auto f = args.value("--format")) {
        if (*f == "pdf" || *f == "html" || *f == "csv" || *f == "fhir") return *f;
        throw InputError("--format", *f, translate("relief::cli::commands_report", "'pdf', 'html', 'csv' or 'fhir'"));
    }
    const std::string ext = target.extension().string();
    if (ext == ".pdf") return "pdf";
    if (ext == ".html" || ext == ".htm") return "html";
    if (ext == ".csv") return "csv";
    if (ext == ".json") return "fhir";
    throw UsageError(translate("relief::cli::commands_report", "say which format with --format pdf|html|csv|fhir (or name the file .pdf, .html, .csv or .json)"),
                     "report");
}

// The clinician's language for the report (--language), checked before anything is read.
std::unique_ptr<Translations> report_language(const Arguments& args) {
    const auto typed = args.value("--language");
    if (!typed) return nullptr;
    const QString code = i18n::shipped_code(QString::fromStdString(*typed));
    if (code.isEmpty())
        throw UsageError(fill(translate("relief::cli::commands_report", "option '--language': '%1' is not a language Relief Journal writes reports in; "
                                                 "use one of: %2"),
                              {*typed, i18n::shipped_languages().join(", ").toStdString()}),
                         "report");
    return i18n::load_translations(code);
}

}  // namespace

int run_report(Context& ctx, const Arguments& args) {
    const auto out = args.value("-o");
    if (!out || out->empty()) throw UsageError(translate("relief::cli::commands_report", "'relief report' needs -o FILE"), "report");
    const std::string format = format_of(args, *out);
    reports::PaperSize paper = reports::PaperSize::a4;
    if (auto p = args.value("--paper")) {
        if (*p == "letter") paper = reports::PaperSize::letter;
        else if (*p != "a4") throw InputError("--paper", *p, translate("relief::cli::commands_report", "'a4' or 'letter'"));
    }
    reports::FhirBundle bundle = reports::FhirBundle::document;
    if (auto b = args.value("--fhir-bundle")) {
        if (format != "fhir") throw UsageError(translate("relief::cli::commands_report", "--fhir-bundle is only for --format fhir"), "report");
        if (*b == "transaction") bundle = reports::FhirBundle::transaction;
        else if (*b != "document") throw InputError("--fhir-bundle", *b, translate("relief::cli::commands_report", "'document' or 'transaction'"));
    }
    const auto language = report_language(args);
    auto journal = ctx.open_journal();
    const Zone home = journal.home_zone();
    const LocalDay today = ctx.today(home);
    reports::ReportPeriod period = reports::default_report_period(journal, today);
    if (auto from = args.value("--from")) period.from = parse_day(*from, "--from");
    if (auto to = args.value("--to")) period.to = parse_day(*to, "--to");
    if (period.to > today)
        throw InputError("--to", format_day(period.to), translate("relief::cli::commands_report", "a day that is not in the future"));
    if (period.from > period.to)
        throw InputError("--from", format_day(period.from),
                         fill(translate("relief::cli::commands_report", "a day on or before the end, %1"), {display_day(period.to)}));
    if (period.days() > 3 * 366)
        throw InputError("--from", format_day(period.from), translate("relief::cli::commands_report", "a period of at most 3 years"));
    const auto target = storage::checked_output_path(*out, journal.path(), false);

    // The report speaks the clinician's language (--language) while it is built and
    // written; the messages here stay in the person's.
    const auto render = [&] {
        std::optional<TranslationsScope> in_language;
        if (args.has("--language")) in_language.emplace(language.get());
        const auto source = reports::report_source(journal, period, today, ctx.now(home));
        const auto report = reports::build_report(source->input);
        if (format == "csv") return reports::render_csv(report);
        if (format == "fhir") return reports::render_fhir(report, bundle);
        ensure_gui();
        if (format == "html") return reports::render_html(report);
        const QByteArray pdf = reports::render_pdf(report, paper);
        return std::string(pdf.constData(), static_cast<std::size_t>(pdf.size()));
    };
    const std::string bytes = render();
    storage::write_file_atomically(target, bytes);
    //: %1 the period, %2 the file, %3 its format (pdf, html, csv or fhir).
    ctx.out << fill(translate("relief::cli::commands_report", "Wrote the visit report for %1 to %2 (%3, readable only by you)."),
                    {reports::period_text(period), target.string(), format})
            << "\n";
    return 0;
}

int run_visit_record(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal_for_writing();
    const LocalDay today = ctx.today(journal.home_zone());
    const LocalDay day = args.operands.empty() ? today : parse_day(args.operands[0], translate("relief::cli::commands_report", "date"));
    if (day > today) throw InputError(translate("relief::cli::commands_report", "date"), format_day(day), translate("relief::cli::commands_report", "a day that is not in the future"));
    journal.record_visit(day);
    ctx.out << fill(translate("relief::cli::commands_report", "Recorded a visit on %1. The next report starts there unless you give --from."),
                    {display_day(day)})
            << "\n";
    return 0;
}

}  // namespace relief::cli
