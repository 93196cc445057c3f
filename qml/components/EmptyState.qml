import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// What an empty page or list says: what is missing and what to do, with an optional
// button that does it.
ColumnLayout {
    id: empty
    property string title
    property string text
    property string actionText
    signal action()

    Layout.fillWidth: true
    spacing: Theme.spacing

    Label {
        text: empty.title
        visible: text.length > 0
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        text: empty.text
        visible: text.length > 0
        color: Theme.muted
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ThemeButton {
        visible: empty.actionText.length > 0
        text: empty.actionText
        onClicked: empty.action()
    }
}
