#pragma once

#include "refresh_gate.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace relief::app {

// The Visit report page: the period (since the last visit by default), a text preview
// of what the report will say, export to a file, and "record a visit".
class ReportController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY periodChanged)  // YYYY-MM-DD
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY periodChanged)
    Q_PROPERTY(QString periodText READ periodText NOTIFY periodChanged)
    Q_PROPERTY(QStringList preview READ preview NOTIFY periodChanged)  // lines: summary, questions
    Q_PROPERTY(QString lastVisit READ lastVisit NOTIFY periodChanged)
    // The language the exported report is written in, for the clinician: "" is the window's,
    // else a shipped language's code; the choices are {code, name}, each in its own language.
    // Whether its page is on screen: a hidden page's preview is built again when it is
    // shown, not after every entry logged in the window (docs/performance.md).
    Q_PROPERTY(bool live READ live WRITE setLive NOTIFY liveChanged)
    Q_PROPERTY(QString reportLanguage READ reportLanguage WRITE setReportLanguage NOTIFY reportLanguageChanged)
    Q_PROPERTY(QVariantList reportLanguages READ reportLanguages NOTIFY reportLanguagesChanged)

public:
    explicit ReportController(QObject* parent = nullptr);
    QString from() const { return from_; }
    QString to() const { return to_; }
    void setFrom(const QString& day);
    void setTo(const QString& day);
    QString periodText() const;
    QStringList preview() const { return preview_; }
    QString lastVisit() const;
    QString reportLanguage() const;
    void setReportLanguage(const QString& code);
    QVariantList reportLanguages() const;

    Q_INVOKABLE void resetPeriod();
    // format: "pdf", "html", "csv" or "fhir"; path: the file chosen in the save dialog.
    // Returns "" or the message to show.
    Q_INVOKABLE QString exportTo(const QString& format, const QString& path);
    // A name to offer in the save dialog: "visit-report-2026-03-01-to-2026-03-31.pdf".
    Q_INVOKABLE QString suggestedName(const QString& suffix) const;
    Q_INVOKABLE QString recordVisit();

    bool live() const { return gate_.live(); }
    void setLive(bool on);

signals:
    void liveChanged();
    void periodChanged();
    void reportLanguageChanged();
    void reportLanguagesChanged();  // the window's language changed: "Same as this window" too

private:
    void rebuild();
    RefreshGate gate_{[this] { rebuild(); }};
    static QString current_alerts_text(int n);
    static QString resolved_alerts_text(int n);
    QString from_, to_;
    QString reportLanguage_;
    QStringList preview_;
};

}  // namespace relief::app
