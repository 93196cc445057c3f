import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// One medication in the list, with Change and Stop. The forms themselves live in the page
// (MedicationEditor), so a list refresh never throws away what was typed.
Rectangle {
    id: row
    required property var model
    required property int index
    readonly property bool active: model.active === true
    signal changeRequested()
    signal stopRequested()

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    Column {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
        spacing: 4

        RowLayout {
            width: column.width
            spacing: Theme.spacing
            Label {
                text: row.model.label || row.model.name
                color: row.active ? Theme.text : Theme.muted
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: !row.active
                text: qsTr("stopped")
                color: Theme.accentText
                font.pixelSize: Theme.fontSmall
                font.bold: true
                leftPadding: 8
                rightPadding: 8
                topPadding: 2
                bottomPadding: 2
                background: Rectangle { radius: height / 2; color: Theme.muted }
            }
        }
        Body { width: column.width; text: row.model.drugClass || ""; visible: text.length > 0; color: Theme.muted }
        Body { width: column.width; text: row.model.schedule || ""; visible: text.length > 0 }
        Body {
            width: column.width
            text: row.model.history || ""
            visible: text.length > 0
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
        }
        Body {
            width: column.width
            text: {
                const period = row.model.period || ""
                const day = row.model.courseDay || 0
                // A course's day matters in its first weeks; after three months it is just "since".
                return row.active && day > 0 && day <= 90 ? (period ? qsTr("%1 · day %2").arg(period).arg(day) : qsTr("Day %1").arg(day))
                                                          : period
            }
            visible: text.length > 0
            color: Theme.muted
        }
        RowLayout {
            visible: row.active && !AppController.readOnly
            spacing: Theme.spacing
            ThemeButton {
                text: qsTr("Change dose or times…")
                enabled: !AppController.readOnly
                Accessible.name: qsTr("Change the dose or times of %1").arg(row.model.name)
                onClicked: row.changeRequested()
            }
            ThemeButton {
                text: qsTr("Stop…")
                enabled: !AppController.readOnly
                Accessible.name: qsTr("Record that %1 stops").arg(row.model.name)
                onClicked: row.stopRequested()
            }
        }
    }
}
