import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// What an action answered, next to its control: an error in the urgent colour, or with
// `ok` a short confirmation. Hidden when empty.
Label {
    property bool ok: false
    visible: text.length > 0
    color: ok ? Theme.good : Theme.urgent
    font.pixelSize: Theme.fontBody
    font.bold: !ok
    wrapMode: Text.Wrap
    textFormat: Text.PlainText
    Layout.fillWidth: true
    Accessible.role: ok ? Accessible.StaticText : Accessible.AlertMessage
    Accessible.name: text
}
