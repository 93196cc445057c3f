import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// A small bold caption above a group of controls.
Label {
    color: Theme.text
    font.pixelSize: Theme.fontBody
    font.bold: true
    wrapMode: Text.Wrap
    textFormat: Text.PlainText
    Layout.fillWidth: true
}
