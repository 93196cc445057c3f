import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Running text: readable size, wraps, Theme colour.
Label {
    color: Theme.text
    font.pixelSize: Theme.fontBody
    wrapMode: Text.Wrap
    textFormat: Text.PlainText
    Layout.fillWidth: true
}
