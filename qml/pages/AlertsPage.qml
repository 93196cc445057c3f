import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// What the journal shows that is worth discussing with a clinician: current alerts
// first (most severe first), then earlier ones.
PageBase {
    id: page
    objectName: "alerts"

    AlertsModel { id: alertsModel }

    function severityText(severity) {
        return severity === "urgent" ? qsTr("Urgent") : severity === "warning" ? qsTr("Warning") : qsTr("For your visit")
    }

    // A ListView, not a Repeater: years of use gather hundreds of earlier alerts, and only
    // the ones on screen are built.
    ListView {
        id: list
        anchors.fill: parent
        clip: true
        model: alertsModel
        spacing: Theme.spacing * 1.5
        boundsBehavior: Flickable.StopAtBounds
        activeFocusOnTab: false
        reuseItems: false  // a delegate keeps its own message; recycled ones would show another's

        readonly property int margin: Theme.spacing * 2
        readonly property int columnWidth: Math.min(width - 2 * margin - 12, 880)
        readonly property int columnX: Math.max(margin, (width - columnWidth) / 2)

        ScrollBar.vertical: ScrollBar {
            policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            width: 12
        }

        // Keyboard focus moving to a button scrolls it into view, as on the other pages.
        readonly property Item focusedItem: Window.activeFocusItem
        onFocusedItemChanged: {
            if (focusedItem && focusedItem.focusReason === Qt.MouseFocusReason)
                return  // a click: scrolling now would move the button from under the pointer
            let p = focusedItem
            while (p && p !== list.contentItem)
                p = p.parent
            if (!p || !visible)
                return
            const top = focusedItem.mapToItem(list.contentItem, 0, 0).y - Theme.spacing
            const bottom = top + focusedItem.height + 2 * Theme.spacing
            if (bottom > contentY + height)
                contentY = bottom - height
            if (top < contentY)
                contentY = top
        }
        Keys.onPressed: (event) => {
            if (event.key === Qt.Key_PageDown || event.key === Qt.Key_PageUp) {
                const step = (event.key === Qt.Key_PageDown ? 0.9 : -0.9) * height
                contentY = Math.max(originY, Math.min(contentY + step, originY + contentHeight - height))
                event.accepted = true
            }
        }

        header: ColumnLayout {
            x: list.columnX
            width: list.columnWidth
            spacing: Theme.spacing * 1.5

            Item { implicitHeight: list.margin - Theme.spacing * 1.5 }
            Heading { text: qsTr("Alerts") }
            Body {
                visible: alertsModel.count > 0
                text: qsTr("These come from patterns in your journal. They are not a diagnosis: bring them to your clinician.")
                color: Theme.muted
            }

            EmptyState {
                visible: alertsModel.count === 0
                title: qsTr("No alerts")
                text: qsTr("Keep logging: when your pain, doses or side effects show something worth discussing with your clinician, it appears here, with what it is based on.")
            }

            Body {
                visible: alertsModel.count > 0 && alertsModel.currentCount === 0
                text: qsTr("No current alerts. Keep logging; earlier ones are below.")
            }
            Item { implicitHeight: 1 }
        }
        footer: Item { height: list.margin }

        // Positioners with explicit widths rather than layouts: long wrapped text in nested
        // layouts made Qt 6.4 abort a polish loop and leave stale heights.
        delegate: Column {
            id: alert
            required property var model
            required property int index
            readonly property bool current: model.current === true
            readonly property bool discussed: !!model.discussed
            readonly property string discussedOn: typeof model.discussed === "string" ? model.discussed : ""
            readonly property color severityColor: Theme.severityColor(model.severity)
            property string message

            x: list.columnX
            width: list.columnWidth
            spacing: Theme.spacing

            Heading {
                level: 2
                width: alert.width
                visible: !alert.current && alert.index === alertsModel.currentCount
                text: qsTr("Resolved alerts (history)")
                topPadding: Theme.spacing
            }

            Rectangle {
                width: alert.width
                height: content.height + 2 * (Theme.spacing + 4)
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                opacity: alert.current ? 1 : 0.85

                Rectangle {
                    width: 6
                    radius: 3
                    color: alert.severityColor
                    anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 1 }
                }

                Column {
                    id: content
                    x: Theme.spacing + 4
                    y: Theme.spacing + 4
                    width: parent.width - 2 * x
                    spacing: Theme.spacing

                    Item {
                        width: content.width
                        height: Math.max(chip.height, title.height)
                        Label {
                            id: chip
                            text: page.severityText(alert.model.severity)
                            color: Theme.accentText
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            leftPadding: 10
                            rightPadding: 10
                            topPadding: 3
                            bottomPadding: 3
                            y: 3
                            background: Rectangle { radius: height / 2; color: alert.severityColor }
                        }
                        Heading {
                            id: title
                            level: 2
                            x: chip.width + Theme.spacing
                            width: parent.width - x
                            text: alert.model.title
                        }
                    }
                    Body { width: content.width; text: alert.model.message }
                    Label {
                        width: content.width
                        visible: text.length > 0
                        text: alert.model.evidence || ""
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        padding: 10
                        background: Rectangle { color: Theme.surfaceAlt; radius: Theme.radius }
                        Accessible.name: qsTr("Based on: %1").arg(text)
                    }
                    Label {
                        width: content.width
                        visible: text.length > 0
                        text: alert.model.sources ? qsTr("Sources: %1").arg(alert.model.sources) : ""
                        color: Theme.muted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                    Label {
                        width: content.width
                        text: {
                            const raised = alert.model.raised ? qsTr("Raised %1").arg(alert.model.raised) : ""
                            const discussed = alert.discussedOn ? qsTr("discussed with your clinician %1").arg(alert.discussedOn)
                                           : alert.discussed ? qsTr("discussed with your clinician") : ""
                            //: When an alert was raised, then when it was discussed.
                            return raised && discussed ? qsTr("%1 · %2").arg(raised).arg(discussed) : raised || discussed
                        }
                        visible: text.length > 0
                        color: Theme.muted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    ThemeButton {
                        visible: alert.current && !alert.discussed
                        enabled: !AppController.readOnly
                        text: qsTr("Discussed with my clinician")
                        Accessible.name: qsTr("Mark “%1” as discussed with my clinician").arg(alert.model.title)
                        onClicked: alert.message = alertsModel.discuss(alert.model.alertId)
                    }
                    InlineMessage { width: content.width; text: alert.message }
                }
            }
        }
    }
}
