#include "app_text.h"

#include "qt_text.h"
#include "core/calendar.h"
#include "core/errors.h"
#include "core/translate.h"
#include "core/thresholds.h"
#include "reports/report_model.h"
#include "storage/alert_review.h"

#include <QObject>

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace relief::app {

// Free functions have no class for tr(): their context is the file, "relief::app::app_text".
namespace {
QString one_decimal(double v) { return qs(display_decimal(std::round(v * 10) / 10, 1)); }
}  // namespace

QString pain_sentence(const reports::PainTrend& pain) {
    if (!pain.change) {
        if (pain.days_logged == 0)
            return QCoreApplication::translate("relief::app::app_text", "No pain scores logged in this period.");
        // Two messages so that English keeps "1 day" and "2 days"; each language gives its own forms.
        return pain.days_logged == 1
                   ? QCoreApplication::translate("relief::app::app_text",
                                                 "Not enough pain scores to show a change yet (%n day logged).", nullptr,
                                                 pain.days_logged)
                   : QCoreApplication::translate("relief::app::app_text",
                                                 "Not enough pain scores to show a change yet (%n days logged).",
                                                 nullptr, pain.days_logged);
    }
    const double change = std::round(*pain.change * 10) / 10;
    const QString from = one_decimal(*pain.baseline), to = one_decimal(*pain.latest);
    if (pain.clinically_important_improvement) {
        if (change < 0)
            return QCoreApplication::translate(
                       "relief::app::app_text",
                       "Pain went down %1 points, from %2 to %3 (a clinically important improvement).")
                .arg(one_decimal(-change), from, to);
        if (change > 0)
            return QCoreApplication::translate(
                       "relief::app::app_text",
                       "Pain went up %1 points, from %2 to %3 (a clinically important improvement).")
                .arg(one_decimal(change), from, to);
        return QCoreApplication::translate("relief::app::app_text",
                                           "Pain stayed at %1 (a clinically important improvement).")
            .arg(to);
    }
    if (change < 0)
        return QCoreApplication::translate("relief::app::app_text", "Pain went down %1 points, from %2 to %3.")
            .arg(one_decimal(-change), from, to);
    if (change > 0)
        return QCoreApplication::translate("relief::app::app_text", "Pain went up %1 points, from %2 to %3.")
            .arg(one_decimal(change), from, to);
    return QCoreApplication::translate("relief::app::app_text", "Pain stayed at %1.").arg(to);
}

QString medication_sentence(const reports::MedicationSummary& med) {
    if (med.adherence && med.adherence->scheduled > 0) {
        const auto& a = *med.adherence;
        //: A medication, its schedule, then how many of its scheduled doses were taken.
        return QCoreApplication::translate("relief::app::app_text", "%1: %2; %3 of %4 scheduled doses taken (%5 %).")
            .arg(qs(med.label), qs(med.schedule_text))
            .arg(a.taken)
            .arg(a.scheduled)
            .arg(a.percent());
    }
    //: A medication, then its schedule.
    return QCoreApplication::translate("relief::app::app_text", "%1: %2.").arg(qs(med.label), qs(med.schedule_text));
}

}  // namespace relief::app

namespace relief::app {

QString entry_as_shown(const std::string& described) {
    QString text = qs(described);
    // core labels a dose and a measure ("dose: ", "medida: "); on Today's cards the card says
    // it already. The label is what the language's pattern has before its first value.
    for (const char* pattern : {"dose: %1 %2 taken", "measure: %1"}) {
        const std::string translated = translate("relief::core::entry_text", pattern);
        const QString label = qs(translated.substr(0, translated.find("%1")));
        if (!label.isEmpty() && text.startsWith(label)) text = text.mid(label.size());
    }
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}

QString error_text(const std::exception& error) {
    const auto* input = dynamic_cast<const InputError*>(&error);
    if (!input) return QString::fromStdString(error.what());
    const QString value = input->value().empty()
                              ? QCoreApplication::translate("relief::app::app_text", "(nothing)")
                              //: A value a person typed, quoted.
                              : QCoreApplication::translate("relief::app::app_text", "“%1”").arg(qs(input->value()));
    // What is allowed may end a sentence itself ("... (did you mean 'X'?)" or "...30."):
    // only the sentence's own end is touched, never the value typed.
    QString allowed = setting_keys_in_words(input->allowed());
    if (!allowed.endsWith('.') && !allowed.endsWith('?')) allowed += '.';
    //: The field (for example "birth year"), the value typed, then what the field allows.
    return QCoreApplication::translate("relief::app::app_text", "The %1 %2 is not possible: it must be %3")
        .arg(qs(input->field()), value, allowed);
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
    for (const auto& spec : specs) replace_all("threshold." + spec.key, "“" + display_description(spec) + "”");
    for (auto at = text.find("max-daily."); at != std::string::npos; at = text.find("max-daily.", at)) {
        auto end = at + 10;
        while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-')) ++end;
        //: A setting put in words; %1 is a medicine's name.
        const std::string words = ss(QCoreApplication::translate("relief::app::app_text", "“the most a day of %1”")
                                         .arg(qs(text.substr(at + 10, end - at - 10))));
        text.replace(at, end - at, words);
        at += words.size();
    }
    return qs(text);
}

QString alert_life_text(const storage::ReviewedAlert& alert) {
    const QString raised = qs(display_day(alert.stored.alert.raised_on));
    const int back = alert.stored.occurrences - 1;
    const bool resolved = !alert.current && alert.stored.resolved_on;
    const QString resolved_on = resolved ? qs(display_day(*alert.stored.resolved_on)) : QString();
    //: The day an alert was raised, then how often it came back, then the day it was resolved.
    if (back == 1 && resolved)
        return QCoreApplication::translate("relief::app::app_text", "%1 · came back once · resolved %2").arg(raised, resolved_on);
    if (back > 1 && resolved)
        return QCoreApplication::translate("relief::app::app_text", "%1 · came back %n times · resolved %2", nullptr, back)
            .arg(raised, resolved_on);
    if (back == 1) return QCoreApplication::translate("relief::app::app_text", "%1 · came back once").arg(raised);
    if (back > 1)
        return QCoreApplication::translate("relief::app::app_text", "%1 · came back %n times", nullptr, back).arg(raised);
    if (resolved) return QCoreApplication::translate("relief::app::app_text", "%1 · resolved %2").arg(raised, resolved_on);
    return raised;
}

}  // namespace relief::app
