import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// A text field with its label above it (the label is also its accessible name) and an
// optional hint below.
ColumnLayout {
    id: labeled
    property alias label: caption.text
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property alias validator: input.validator
    property alias inputMethodHints: input.inputMethodHints
    property alias field: input
    property string hint
    signal accepted()
    signal editingFinished()
    signal textEdited()

    spacing: 4
    Layout.fillWidth: true

    Label {
        id: caption
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextField {
        id: input
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touch
        font.pixelSize: Theme.fontBody
        color: Theme.text
        placeholderTextColor: Theme.muted
        leftPadding: 12
        rightPadding: 12
        selectByMouse: true
        activeFocusOnTab: true
        Accessible.name: caption.text
        Accessible.description: labeled.hint
        onAccepted: labeled.accepted()
        onEditingFinished: labeled.editingFinished()
        onTextEdited: labeled.textEdited()
        background: Rectangle {
            radius: Theme.radius
            color: input.enabled ? Theme.surface : Theme.surfaceAlt
            border.width: input.activeFocus ? 2 : 1
            border.color: input.activeFocus ? Theme.accent : Theme.border
        }
    }
    Label {
        text: labeled.hint
        visible: text.length > 0
        color: Theme.muted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
