import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// A text field with its label above it (the label is also its accessible name) and an
// optional hint below. A positioner, not a layout: Qt 6.4 left nested layouts with a
// stale height here (the field drew over the next label).
Column {
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
    // Not from the children, whose width is this one's: that made layouts loop.
    Layout.preferredWidth: 240

    Label {
        id: caption
        width: labeled.width
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
    }
    TextField {
        id: input
        width: labeled.width
        height: Theme.touch
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
        width: labeled.width
        text: labeled.hint
        visible: text.length > 0
        color: Theme.muted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
}
