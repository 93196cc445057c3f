#include "app_text.h"

#include "qt_text.h"
#include "core/errors.h"
#include "core/thresholds.h"
#include "reports/report_model.h"
#include "storage/alert_review.h"

#include <QObject>

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
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

namespace relief::app {

QString entry_as_shown(const std::string& described) {
    QString text = qs(described);
    for (const QString& label : {QStringLiteral("dose: "), QStringLiteral("measure: ")})
        if (text.startsWith(label)) text = text.mid(label.size());
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}

QString error_text(const std::exception& error) {
    const auto* input = dynamic_cast<const InputError*>(&error);
    if (!input) return QString::fromStdString(error.what());
    const QString value = input->value().empty() ? tr("(nothing)") : "“" + qs(input->value()) + "”";
    // What is allowed may end a sentence itself ("... (did you mean 'X'?)" or "...30."):
    // only the sentence's own end is touched, never the value typed.
    QString allowed = setting_keys_in_words(input->allowed());
    if (!allowed.endsWith('.') && !allowed.endsWith('?')) allowed += '.';
    return tr("The %1 %2 is not possible: it must be %3").arg(qs(input->field()), value, allowed);
}

QString setting_keys_in_words(std::string text) {
    const auto replace_all = [&](const std::string& from, const std::string& to) {
        for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
            text.replace(at, from.size(), to);
    };
    // Longest keys first, so that "threshold.adherence-low-percent" is not read as
    // "threshold.adherence-low" plus a tail. Sorted once: every alert row comes through here.
    static const auto specs = [] {
        auto sorted = threshold_specs();
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.key.size() > b.key.size(); });
        return sorted;
    }();
    for (const auto& spec : specs) replace_all("threshold." + spec.key, "“" + spec.description + "”");
    for (auto at = text.find("max-daily."); at != std::string::npos; at = text.find("max-daily.", at)) {
        auto end = at + 10;
        while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-')) ++end;
        const std::string words = "“the most a day of " + text.substr(at + 10, end - at - 10) + "”";
        text.replace(at, end - at, words);
        at += words.size();
    }
    return qs(text);
}

QString alert_life_text(const storage::ReviewedAlert& alert) {
    QString text = qs(format_day(alert.stored.alert.raised_on));
    const int back = alert.stored.occurrences - 1;
    if (back > 0) text += " · " + (back == 1 ? QObject::tr("came back once") : QObject::tr("came back %1 times").arg(back));
    if (!alert.current && alert.stored.resolved_on)
        text += " · " + QObject::tr("resolved %1").arg(qs(format_day(*alert.stored.resolved_on)));
    return text;
}

}  // namespace relief::app
