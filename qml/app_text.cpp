#include "app_text.h"

#include "qt_text.h"
#include "reports/report_model.h"

#include <QCoreApplication>

#include <cmath>

namespace relief::app {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("AppText", text); }
QString one_decimal(double v) { return QString::number(std::round(v * 10) / 10, 'f', 1); }
}  // namespace

QString count_sentence(int n, const QString& one, const QString& many) {
    return n == 1 ? one.arg(n) : many.arg(n);
}

QString pain_sentence(const reports::PainTrend& pain) {
    if (!pain.change) {
        if (pain.days_logged == 0) return tr("No pain scores logged in this period.");
        return count_sentence(pain.days_logged, tr("Not enough pain scores to show a change yet (%1 day logged)."),
                              tr("Not enough pain scores to show a change yet (%1 days logged)."));
    }
    const double change = std::round(*pain.change * 10) / 10;
    const QString from = one_decimal(*pain.baseline), to = one_decimal(*pain.latest);
    QString out = change < 0   ? tr("Pain went down %1 points, from %2 to %3").arg(one_decimal(-change), from, to)
                  : change > 0 ? tr("Pain went up %1 points, from %2 to %3").arg(one_decimal(change), from, to)
                               : tr("Pain stayed at %1").arg(to);
    if (pain.clinically_important_improvement) out += tr(" (a clinically important improvement)");
    return out + ".";
}

QString medication_sentence(const reports::MedicationSummary& med) {
    QString out = qs(med.label) + ": " + qs(med.schedule_text);
    if (med.adherence && med.adherence->scheduled > 0) {
        const auto& a = *med.adherence;
        out += tr("; %1 of %2 scheduled doses taken (%3 %)").arg(a.taken).arg(a.scheduled).arg(a.percent());
    }
    return out + ".";
}

}  // namespace relief::app
