#include "command.h"
#include "core/errors.h"
#include "reports/csv_report.h"
#include "reports/fhir_report.h"
#include "reports/html_report.h"
#include "reports/journal_report.h"
#include "reports/pdf_report.h"
#include "reports/report_text.h"
#include "storage/private_file.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>
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
        throw InputError("--format", *f, "'pdf', 'html', 'csv' or 'fhir'");
    }
    const std::string ext = target.extension().string();
    if (ext == ".pdf") return "pdf";
    if (ext == ".html" || ext == ".htm") return "html";
    if (ext == ".csv") return "csv";
    if (ext == ".json") return "fhir";
    throw UsageError("say which format with --format pdf|html|csv|fhir (or name the file .pdf, .html, .csv or .json)",
                     "report");
}

}  // namespace

int run_report(Context& ctx, const Arguments& args) {
    const auto out = args.value("-o");
    if (!out || out->empty()) throw UsageError("'relief report' needs -o FILE", "report");
    const std::string format = format_of(args, *out);
    reports::PaperSize paper = reports::PaperSize::a4;
    if (auto p = args.value("--paper")) {
        if (*p == "letter") paper = reports::PaperSize::letter;
        else if (*p != "a4") throw InputError("--paper", *p, "'a4' or 'letter'");
    }
    reports::FhirBundle bundle = reports::FhirBundle::document;
    if (auto b = args.value("--fhir-bundle")) {
        if (format != "fhir") throw UsageError("--fhir-bundle is only for --format fhir", "report");
        if (*b == "transaction") bundle = reports::FhirBundle::transaction;
        else if (*b != "document") throw InputError("--fhir-bundle", *b, "'document' or 'transaction'");
    }
    auto journal = ctx.open_journal();
    const Zone home = journal.home_zone();
    const LocalDay today = ctx.today(home);
    reports::ReportPeriod period = reports::default_report_period(journal, today);
    if (auto from = args.value("--from")) period.from = parse_day(*from, "--from");
    if (auto to = args.value("--to")) period.to = parse_day(*to, "--to");
    if (period.to > today) throw InputError("--to", format_day(period.to), "a day that is not in the future");
    if (period.from > period.to)
        throw InputError("--from", format_day(period.from), "a day on or before the end, " + format_day(period.to));
    if (period.days() > 3 * 366) throw InputError("--from", format_day(period.from), "a period of at most 3 years");
    const auto target = storage::checked_output_path(*out, journal.path(), false);

    const auto source = reports::report_source(journal, period, today, ctx.now(home));
    const auto report = reports::build_report(source->input);
    std::string bytes;
    if (format == "csv") {
        bytes = reports::render_csv(report);
    } else if (format == "fhir") {
        bytes = reports::render_fhir(report, bundle);
    } else {
        ensure_gui();
        if (format == "html") {
            bytes = reports::render_html(report);
        } else {
            const QByteArray pdf = reports::render_pdf(report, paper);
            bytes.assign(pdf.constData(), static_cast<std::size_t>(pdf.size()));
        }
    }
    storage::write_file_atomically(target, bytes);
    ctx.out << "Wrote the visit report for " << reports::period_text(period) << " to " << target.string()
            << " (" << format << ", readable only by you).\n";
    return 0;
}

int run_visit_record(Context& ctx, const Arguments& args) {
    auto journal = ctx.open_journal_for_writing();
    const LocalDay today = ctx.today(journal.home_zone());
    const LocalDay day = args.operands.empty() ? today : parse_day(args.operands[0], "date");
    if (day > today) throw InputError("date", format_day(day), "a day that is not in the future");
    journal.record_visit(day);
    ctx.out << "Recorded a visit on " << format_day(day)
            << ". The next report starts there unless you give --from.\n";
    return 0;
}

}  // namespace relief::cli
