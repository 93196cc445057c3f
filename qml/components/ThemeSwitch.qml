import QtQuick
import QtQuick.Controls
import Relief

// An on/off switch at least Theme.touch high, in Theme colours, named by its text. It
// shows `isOn` (bound to what is true, for example a setting) and never flips by itself: a
// press asks for the other state with `switchRequested`, and `isOn` follows when it holds.
Switch {
    id: control
    property bool isOn: false
    signal switchRequested(bool wanted)

    checkable: false
    checked: isOn
    implicitHeight: Math.max(Theme.touch, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.fontBody
    focusPolicy: Qt.StrongFocus
    opacity: enabled ? 1 : 0.45
    Accessible.name: text
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.checked: isOn
    Accessible.onPressAction: request()
    Accessible.onToggleAction: request()
    Keys.onReturnPressed: request()
    Keys.onEnterPressed: request()
    onClicked: request()

    function request() {
        if (enabled)
            switchRequested(!isOn)
    }

    indicator: Rectangle {
        implicitWidth: 52
        implicitHeight: 28
        x: control.leftPadding
        y: (control.height - height) / 2
        radius: height / 2
        color: control.isOn ? Theme.accent : Theme.surfaceAlt
        border.width: control.visualFocus ? 3 : 2
        border.color: control.visualFocus ? Theme.text : (control.isOn ? Theme.accent : Theme.muted)
        Rectangle {
            width: 22
            height: 22
            radius: 11
            y: 3
            x: control.isOn ? parent.width - width - 3 : 3
            color: control.isOn ? Theme.accentText : Theme.muted
            Behavior on x { NumberAnimation { duration: 120 } }
        }
    }
    contentItem: Label {
        leftPadding: control.indicator.width + control.spacing
        text: control.text
        font: control.font
        color: Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
}
