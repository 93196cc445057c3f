import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// What the journal shows that is worth discussing with a clinician: current alerts
// first (most severe first), then earlier ones.
PageBase {
    id: page
    objectName: "alerts"

    AlertsModel { id: alertsModel }

    function severityText(severity) {
        return severity === "urgent" ? qsTr("Urgent") : severity === "warning" ? qsTr("Warning") : qsTr("For your visit")
    }

    ScrollPage {
        anchors.fill: parent

        Heading { text: qsTr("Alerts") }
        Body {
            visible: alertsModel.count > 0
            text: qsTr("These come from patterns in your journal. They are not a diagnosis: bring them to your clinician.")
            color: Theme.muted
        }

        EmptyState {
            visible: alertsModel.count === 0
            title: qsTr("No alerts")
            text: qsTr("Keep logging: when your pain, doses or side effects show something worth discussing with your clinician, it appears here, with what it is based on.")
        }

        Body {
            visible: alertsModel.count > 0 && alertsModel.currentCount === 0
            text: qsTr("No current alerts. Keep logging; earlier ones are below.")
        }

        Repeater {
            model: alertsModel
            delegate: ColumnLayout {
                id: alert
                required property var model
                required property int index
                readonly property bool current: model.current === true
                readonly property bool discussed: !!model.discussed
                readonly property string discussedOn: typeof model.discussed === "string" ? model.discussed : ""
                property string message

                Layout.fillWidth: true
                spacing: Theme.spacing

                Heading {
                    level: 2
                    visible: !alert.current && alert.index === alertsModel.currentCount
                    text: qsTr("Earlier alerts")
                    Layout.topMargin: Theme.spacing
                }

                Card {
                    accentColor: Theme.severityColor(alert.model.severity)
                    opacity: alert.current ? 1 : 0.85

                    RowLayout {
                        spacing: Theme.spacing
                        Layout.fillWidth: true
                        Label {
                            text: page.severityText(alert.model.severity)
                            color: Theme.accentText
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            leftPadding: 10
                            rightPadding: 10
                            topPadding: 3
                            bottomPadding: 3
                            Layout.alignment: Qt.AlignTop
                            background: Rectangle { radius: height / 2; color: Theme.severityColor(alert.model.severity) }
                        }
                        Heading {
                            level: 2
                            text: alert.model.title
                        }
                    }
                    Body { text: alert.model.message }
                    Label {
                        visible: text.length > 0
                        text: alert.model.evidence || ""
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        padding: 10
                        background: Rectangle { color: Theme.surfaceAlt; radius: Theme.radius }
                        Accessible.name: qsTr("Based on: %1").arg(text)
                    }
                    Label {
                        visible: text.length > 0
                        text: alert.model.sources ? qsTr("Sources: %1").arg(alert.model.sources) : ""
                        color: Theme.muted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                    }
                    Label {
                        text: {
                            const raised = alert.model.raised ? qsTr("Raised %1").arg(alert.model.raised) : ""
                            const discussed = alert.discussedOn ? qsTr("discussed with your clinician %1").arg(alert.discussedOn)
                                           : alert.discussed ? qsTr("discussed with your clinician") : ""
                            return raised && discussed ? raised + " · " + discussed : raised || discussed
                        }
                        visible: text.length > 0
                        color: Theme.muted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    ThemeButton {
                        visible: alert.current && !alert.discussed
                        enabled: !AppController.readOnly
                        text: qsTr("Discussed with my clinician")
                        Accessible.name: qsTr("Mark “%1” as discussed with my clinician").arg(alert.model.title)
                        onClicked: alert.message = alertsModel.discuss(alert.model.alertId)
                    }
                    InlineMessage { text: alert.message }
                }
            }
        }
    }
}
