#pragma once

#include "report_model.h"

#include <string>

namespace relief::reports {

// The whole report as one self-contained, printable HTML file: inline CSS, the charts as
// an embedded PNG (drawn by chart.h), no external resources. Text is HTML-escaped.
std::string render_html(const VisitReport& report);

}  // namespace relief::reports
