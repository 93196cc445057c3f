import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// A titled section of a page; its children are laid out in a column.
Rectangle {
    id: card
    property string title
    property string subtitle
    property color accentColor: "transparent"  // a coloured edge, e.g. for an alert's severity
    default property alias content: body.data

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * (Theme.spacing + 4)
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    Rectangle {
        visible: card.accentColor.a > 0
        width: 6
        radius: 3
        color: card.accentColor
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 1 }
    }

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing + 4 }
        spacing: Theme.spacing

        Heading {
            level: 2
            text: card.title
            visible: text.length > 0
        }
        Body {
            text: card.subtitle
            visible: text.length > 0
            color: Theme.muted
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.spacing
        }
    }
}
