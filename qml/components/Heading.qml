import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// A page title (level 1) or, with `level: 2`, a section title.
Label {
    property int level: 1
    color: Theme.text
    font.pixelSize: level === 1 ? Theme.fontHeading : Theme.fontTitle
    font.bold: true
    wrapMode: Text.Wrap
    textFormat: Text.PlainText
    Layout.fillWidth: true
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
