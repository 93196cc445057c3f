import QtQuick
import QtQuick.Controls
import Relief

// A button for something that removes or commits: the first press asks, a second press
// within a few seconds does it. A shaky tap alone never deletes anything. With
// `needsConfirm` false it acts at once, like any button.
ThemeButton {
    id: button
    property string label                                   // e.g. "Undo"
    property string confirmText: qsTr("Press again to confirm")
    property bool needsConfirm: true
    property bool asking: false
    signal confirmed()

    text: asking ? confirmText : label
    Accessible.name: text
    tint: Theme.urgent
    selected: asking
    onClicked: {
        if (asking || !needsConfirm) {
            asking = false
            confirmed()
        } else {
            asking = true
            resetTimer.restart()
        }
    }
    onActiveFocusChanged: if (!activeFocus && !resetTimer.running) asking = false

    Timer {
        id: resetTimer
        interval: 4000
        onTriggered: button.asking = false
    }
}
