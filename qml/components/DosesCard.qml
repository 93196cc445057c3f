import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Today page: each scheduled dose with Taken / Skipped (Undo once answered), and the
// as-needed medications with one-tap "Took a dose".
Card {
    id: card
    required property DoseSlotsModel doses
    property string message
    property bool ok: false
    signal addMedications()

    title: qsTr("Doses today")

    // After a tap the list is rebuilt; keep keyboard focus on the same dose's row.
    function report(error, done, row, keyboard) {
        ok = error.length === 0
        message = ok ? done : error
        if (keyboard)
            Qt.callLater(() => {
                const slot = slots.itemAt(row)
                if (slot)
                    slot.focusAction()
            })
    }
    function stateText(state, loggedAt) {
        switch (state) {
        case "taken": return loggedAt ? qsTr("Taken at %1").arg(loggedAt) : qsTr("Taken")
        case "taken late": return loggedAt ? qsTr("Taken late, at %1").arg(loggedAt) : qsTr("Taken late")
        case "skipped": return qsTr("Skipped")
        case "missed": return qsTr("Missed")
        case "overdue": return qsTr("Due now")
        case "upcoming": return qsTr("Later today")
        }
        return state
    }
    function stateColor(state) {
        return state === "taken" ? Theme.good
             : state === "taken late" || state === "overdue" ? Theme.warning
             : Theme.muted
    }

    EmptyState {
        visible: card.doses.count === 0 && card.doses.asNeeded.length === 0
        text: qsTr("No doses to take today. Add your medications and their times on the Medications page, and they will appear here.")
        actionText: qsTr("Go to Medications")
        onAction: card.addMedications()
    }

    Repeater {
        id: slots
        model: card.doses
        delegate: Rectangle {
            id: slot
            required property var model
            required property int index
            // Not "state": that is every Item's own state machine.
            readonly property string name: model.name
            readonly property string dose: model.dose
            readonly property string time: model.time
            readonly property string slotState: model.state
            readonly property string loggedAt: model.loggedAt
            readonly property bool answered: slotState === "taken" || slotState === "taken late" || slotState === "skipped"
            function focusAction() { (answered ? undoButton : takenButton).forceActiveFocus(Qt.TabFocusReason) }

            Layout.fillWidth: true
            implicitHeight: row.implicitHeight + 16
            radius: Theme.radius
            color: slotState === "overdue" ? Theme.surfaceAlt : "transparent"
            border.width: slotState === "overdue" ? 2 : 1
            border.color: slotState === "overdue" ? Theme.warning : Theme.border

            RowLayout {
                id: row
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 10 }
                spacing: Theme.spacing
                Label {
                    text: slot.time
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    Layout.alignment: Qt.AlignTop
                }
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Body { text: slot.dose ? slot.name + " " + slot.dose : slot.name; font.bold: true }
                    Body { text: card.stateText(slot.slotState, slot.loggedAt); color: card.stateColor(slot.slotState) }
                }
                ThemeButton {
                    id: takenButton
                    visible: !slot.answered
                    primary: true
                    text: qsTr("Taken")
                    Accessible.name: qsTr("Taken: %1 at %2").arg(slot.name).arg(slot.time)
                    onClicked: {
                        // Read everything first: the call rebuilds the list.
                        const row = slot.index, done = qsTr("%1 marked taken.").arg(slot.name), keyboard = visualFocus
                        card.report(card.doses.take(row), done, row, keyboard)
                    }
                }
                ThemeButton {
                    visible: !slot.answered
                    text: qsTr("Skipped")
                    Accessible.name: qsTr("Skipped: %1 at %2").arg(slot.name).arg(slot.time)
                    onClicked: {
                        // Read everything first: the call rebuilds the list.
                        const row = slot.index, done = qsTr("%1 marked skipped.").arg(slot.name), keyboard = visualFocus
                        card.report(card.doses.markSkipped(row), done, row, keyboard)
                    }
                }
                ConfirmButton {
                    id: undoButton
                    visible: slot.answered
                    label: qsTr("Undo")
                    confirmText: qsTr("Undo?")
                    Accessible.name: asking ? qsTr("Press again to undo %1 at %2").arg(slot.name).arg(slot.time)
                                            : qsTr("Undo: %1 at %2").arg(slot.name).arg(slot.time)
                    onConfirmed: {
                        const row = slot.index, keyboard = visualFocus
                        card.report(card.doses.undo(row), qsTr("Undone."), row, keyboard)
                    }
                }
            }
        }
    }

    FieldLabel {
        visible: card.doses.asNeeded.length > 0
        text: qsTr("As needed")
        Layout.topMargin: card.doses.count > 0 ? Theme.spacing / 2 : 0
    }
    Flow {
        visible: card.doses.asNeeded.length > 0
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            model: card.doses.asNeeded
            delegate: ThemeButton {
                required property string modelData
                text: qsTr("Took a dose of %1").arg(modelData)
                onClicked: card.report(card.doses.takeAsNeeded(modelData), qsTr("%1 dose logged.").arg(modelData))
            }
        }
    }
    InlineMessage { text: card.message; ok: card.ok }
}
