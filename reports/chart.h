#pragma once

#include "report_model.h"

#include <QByteArray>
#include <QRectF>

class QPainter;

namespace relief::reports {

enum class ChartTheme { light, dark };

// The one chart renderer of the project: the PDF, the HTML report and the app's Trends
// page all draw pain and doses through these functions, so they always agree.

// `point` is the size of one typographic point in the painter's units (1 on a screen at
// 72 dpi, 1200/72 on a 1200 dpi PDF), so text and lines keep their size on any device.

// Daily pain means as dots, the 7-day mean as a line, the baseline as a dashed line,
// on a 0-10 scale over the period's days.
void draw_pain_chart(QPainter& painter, const QRectF& area, const VisitReport& report, double point = 1.0,
                     ChartTheme theme = ChartTheme::light);
// Daily totals of each ingredient as bars (one row per ingredient, scaled to its own
// highest day), over the same days as the pain chart.
void draw_dose_chart(QPainter& painter, const QRectF& area, const VisitReport& report, double point = 1.0,
                     ChartTheme theme = ChartTheme::light);

// Three lanes on the same days: side effects (dot size by count, colour by the worst
// severity), cramps (a mark per cramp), and the share of scheduled doses taken.
void draw_events_chart(QPainter& painter, const QRectF& area, const VisitReport& report, double point = 1.0,
                       ChartTheme theme = ChartTheme::light);

// The PEG score (the mean of pain, enjoyment and activity, 0-10) of each answer as dots
// joined by a line, the first answer's score as a dotted line, and the 30 % improvement
// line (the first score x 0.7) dashed, over the same days as the pain chart.
void draw_peg_chart(QPainter& painter, const QRectF& area, const VisitReport& report, double point = 1.0,
                    ChartTheme theme = ChartTheme::light);
// The PEG chart alone, as a PNG of `width` x `height` pixels (for the HTML report).
QByteArray peg_chart_png(const VisitReport& report, int width, int height);
// Function (issue 15), on the same days: three lanes, the PEG score (0-10) of each answer
// as dots joined by a line, the hours slept each night as bars (0-12 h), and the goals
// checked each day as marks (filled: managed, open: not that day).
void draw_function_chart(QPainter& painter, const QRectF& area, const VisitReport& report, double point = 1.0,
                         ChartTheme theme = ChartTheme::light);
// Whether the period has anything for draw_function_chart (a PEG, a night's sleep, a goal checked).
bool has_function_days(const VisitReport& report);

// The two charts stacked, as a PNG of `width` x `height` pixels (for the HTML report).
QByteArray charts_png(const VisitReport& report, int width, int height);

}  // namespace relief::reports
