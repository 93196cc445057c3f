import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// The visit report: choose the period (since the last visit by default), read what it
// will say, save it as PDF, HTML, CSV or FHIR, and record the visit afterwards.
PageBase {
    id: page
    objectName: "report"

    readonly property var formats: [
        { key: "pdf", label: qsTr("PDF"), suffix: "pdf", kind: qsTr("PDF documents (.pdf)"), what: qsTr("to print or bring along") },
        { key: "html", label: qsTr("HTML"), suffix: "html", kind: qsTr("Web pages (.html)"), what: qsTr("to open in a browser or email") },
        { key: "csv", label: qsTr("CSV"), suffix: "csv", kind: qsTr("Spreadsheets (.csv)"), what: qsTr("every entry, for a spreadsheet") },
        { key: "fhir", label: qsTr("FHIR"), suffix: "json", kind: qsTr("FHIR bundles (.json)"), what: qsTr("for a clinic's health record system") }
    ]

    ReportController { id: report; live: page.visible }

    ScrollPage {
        anchors.fill: parent

        Heading { text: qsTr("Visit report") }
        Body {
            text: qsTr("A short summary for your clinician: how your pain changed, how the doses went, side effects, alerts and your questions.")
            color: Theme.muted
        }

        Card {
            title: qsTr("Period")
            subtitle: qsTr("Last visit: %1").arg(report.lastVisit)

            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                LabeledField {
                    id: fromField
                    label: qsTr("From")
                    placeholder: qsTr("YYYY-MM-DD")
                    text: report.from
                    onEditingFinished: if (text.trim() !== report.from) report.from = text.trim()
                }
                LabeledField {
                    id: toField
                    label: qsTr("To")
                    placeholder: qsTr("YYYY-MM-DD")
                    text: report.to
                    onEditingFinished: if (text.trim() !== report.to) report.to = text.trim()
                }
            }
            Body { text: report.periodText; font.bold: true }
            ThemeButton {
                text: qsTr("Since last visit")
                Accessible.name: qsTr("Set the period to since the last visit")
                onClicked: {
                    report.resetPeriod()
                    fromField.text = Qt.binding(() => report.from)
                    toField.text = Qt.binding(() => report.to)
                }
            }
        }

        Card {
            title: qsTr("What the report will say")
            EmptyState {
                visible: report.preview.length === 0
                text: qsTr("Nothing to report for this period yet. Log on the Today page and the summary appears here.")
            }
            Repeater {
                model: report.preview
                delegate: Body {
                    required property string modelData
                    text: modelData
                }
            }
        }

        Card {
            id: saveCard
            title: qsTr("Save the report")
            subtitle: qsTr("Choose where to save it. Nothing is sent anywhere.")
            FieldLabel { text: qsTr("Language of the report") }
            ThemeComboBox {
                id: reportLanguageChoice
                objectName: "reportLanguageChoice"
                model: report.reportLanguages
                textRole: "name"
                valueRole: "code"
                value: report.reportLanguage
                Layout.fillWidth: true
                Accessible.name: qsTr("Language of the report")
                Accessible.description: qsTr("Write the report in your clinician's language; this window keeps its own.")
                onActivated: report.reportLanguage = currentValue
            }
            Repeater {
                model: page.formats
                delegate: RowLayout {
                    id: formatRow
                    required property var modelData
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    ThemeButton {
                        text: qsTr("Save as %1…").arg(formatRow.modelData.label)
                        // Aligned in English; as wide as the words in a longer language.
                        Layout.preferredWidth: Math.max(170, implicitWidth)
                        onClicked: {
                            saveCard.message = ""
                            saveDialog.format = formatRow.modelData
                            saveDialog.start()
                        }
                    }
                    Body { text: formatRow.modelData.what; color: Theme.muted }
                }
            }
        }

        Card {
            id: visitCard
            title: qsTr("After the visit")
            subtitle: qsTr("Recording the visit starts the next report's period from today.")
            ConfirmButton {
                label: qsTr("Record a visit today")
                confirmText: qsTr("Press again to record today's visit")
                tint: Theme.accent
                enabled: !AppController.readOnly
                onConfirmed: visitCard.answer(report.recordVisit(), qsTr("Visit recorded. The next report starts from today."))
            }
        }
    }

    FileChooserDialog {
        id: saveDialog
        property var format: page.formats[0]
        title: qsTr("Save the visit report as %1").arg(format.label)
        saving: true
        suffixes: [format.suffix]
        kindText: format.kind
        suggestedName: report.suggestedName(format.suffix)
        onChosen: (path) => saveCard.answer(report.exportTo(format.key, path), qsTr("Saved to %1.").arg(path))
    }
}
