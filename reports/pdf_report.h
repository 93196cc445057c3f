#pragma once

#include "report_model.h"

#include <QByteArray>

namespace relief::reports {

enum class PaperSize { a4, letter };

// The visit report as PDF: a header and page numbers on every page, the charts, tables
// that break cleanly across pages, fonts embedded. Needs a QGuiApplication.
QByteArray render_pdf(const VisitReport& report, PaperSize paper = PaperSize::a4);

}  // namespace relief::reports
