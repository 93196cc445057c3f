import QtQuick
import QtQuick.Controls
import Relief

// A short note at the foot of the window that goes by itself (what Ctrl+Z undid).
Label {
    id: toast
    property alias interval: hide.interval

    function show(text) {
        toast.text = text
        visible = true
        hide.restart()
    }

    visible: false
    z: 10
    anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: 2 * Theme.spacing }
    width: Math.min(implicitWidth, parent.width - 4 * Theme.spacing)
    padding: Theme.spacing
    color: Theme.accentText
    font.pixelSize: Theme.fontBody
    wrapMode: Text.Wrap
    textFormat: Text.PlainText
    background: Rectangle { color: Theme.accent; radius: Theme.radius }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Timer { id: hide; interval: 5000; onTriggered: toast.visible = false }
}
