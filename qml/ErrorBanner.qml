import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// A message from the app (a journal that could not be opened, a failed write) along the
// bottom of the window until dismissed.
PageBase {
    id: banner
    objectName: "errorBanner"
    property string message
    signal dismissed()

    visible: message.length > 0
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spacing : 0
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    background: Rectangle {
        color: Theme.surface
        Rectangle { height: 3; color: Theme.urgent; anchors { left: parent.left; right: parent.right; top: parent.top } }
    }

    RowLayout {
        id: row
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
        spacing: Theme.spacing

        Label {
            text: banner.message
            color: Theme.urgent
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
        ThemeButton {
            text: qsTr("Dismiss")
            Accessible.name: qsTr("Dismiss this message")
            onClicked: banner.dismissed()
        }
    }
}
