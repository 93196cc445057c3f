import QtQuick
import QtQuick.Controls
import Relief

// A check box at least Theme.touch high, in Theme colours, named for assistive technology
// by its text.
CheckBox {
    id: box
    implicitHeight: Math.max(Theme.touch, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.fontBody
    focusPolicy: Qt.StrongFocus
    opacity: enabled ? 1 : 0.45
    Accessible.name: text
    Accessible.onPressAction: if (enabled) toggle()
    Accessible.onToggleAction: if (enabled) toggle()
    Keys.onReturnPressed: if (enabled) toggle()
    Keys.onEnterPressed: if (enabled) toggle()

    indicator: Rectangle {
        implicitWidth: 26
        implicitHeight: 26
        x: box.leftPadding
        y: (box.height - height) / 2
        radius: 4
        color: box.checked ? Theme.accent : Theme.surface
        border.width: box.visualFocus ? 3 : 2
        border.color: box.visualFocus ? Theme.text : (box.checked ? Theme.accent : Theme.muted)
        Label {
            anchors.centerIn: parent
            text: "\u2713"
            visible: box.checked
            color: Theme.accentText
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
    }
    contentItem: Label {
        leftPadding: box.indicator.width + box.spacing
        text: box.text
        font: box.font
        color: Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
}
