import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Today page: each scheduled dose with Taken / Skipped (Undo once answered), and the
// as-needed medications with one tap "Took a dose". Two taps never log two doses: an
// answered row shows Undo (which asks first) where Taken was, a dose more than an hour
// before its time asks first, and so does a second as-needed dose within minutes.
Card {
    id: card
    required property DoseSlotsModel doses
    required property WhenBar when
    property string dayTitle: qsTr("Doses today")
    property bool yesterday: false
    signal addMedications()

    title: dayTitle

    // After a tap the list is rebuilt; keep keyboard focus on the same dose's row.
    function report(error, done, row, keyboard) {
        answer(error, done)
        if (keyboard)
            Qt.callLater(() => {
                const slot = slots.itemAt(row)
                if (slot)
                    slot.focusAction()
            })
    }
    // What was logged, then what the daily maximum rule says of that dose at once.
    function withWarning(done) {
        //: What was logged, then what the daily maximum rule says of that dose.
        return card.doses.lastWarning.length > 0 ? qsTr("%1 %2").arg(done).arg(card.doses.lastWarning) : done
    }
    function doneText(what, name) {
        const at = card.when.atText
        return what === "taken" ? (at ? qsTr("%1 marked taken %2.").arg(name).arg(at) : qsTr("%1 marked taken.").arg(name))
             : what === "skipped" ? qsTr("%1 marked skipped.").arg(name)
             : (at ? qsTr("%1 dose logged %2.").arg(name).arg(at) : qsTr("%1 dose logged.").arg(name))
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
        text: card.yesterday ? qsTr("No doses were scheduled yesterday.")
                             : qsTr("No doses to take today. Add your medications and their times on the Medications page, and they will appear here.")
        actionText: card.yesterday ? "" : qsTr("Go to Medications")
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
            readonly property bool early: model.early
            readonly property bool answered: slotState === "taken" || slotState === "taken late" || slotState === "skipped"
            function focusAction() { (answered ? undoButton : takenButton).forceActiveFocus(Qt.TabFocusReason) }

            Layout.fillWidth: true
            implicitHeight: Math.max(row.implicitHeight, Theme.touch) + 16
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
                    //: A medication's name, then its dose (for example "Baclofen 10 mg").
                    Body { text: slot.dose ? qsTr("%1 %2").arg(slot.name).arg(slot.dose) : slot.name; font.bold: true }
                    Body { text: card.stateText(slot.slotState, slot.loggedAt); color: card.stateColor(slot.slotState) }
                }
                // Taken and Skipped, or Undo, sit in one fixed place, so a second tap of a
                // double click lands on Undo, which only asks.
                Item {
                    implicitWidth: actions.implicitWidth
                    implicitHeight: actions.implicitHeight
                    Layout.preferredWidth: actions.implicitWidth
                    RowLayout {
                        id: actions
                        anchors.right: parent.right
                        spacing: Theme.spacing
                        ConfirmButton {
                            id: takenButton
                            visible: !slot.answered
                            primary: true
                            tint: Theme.accent
                            // More than an hour early: probably the wrong row, so it asks.
                            needsConfirm: slot.early
                            label: qsTr("Taken")
                            confirmText: card.when.atText ? qsTr("Due at %1. Taken %2?").arg(slot.time).arg(card.when.atText)
                                                          : qsTr("Due at %1. Taken now?").arg(slot.time)
                            Accessible.name: asking ? (card.when.atText ? qsTr("Press again: %1 is due at %2. Mark it taken %3?").arg(slot.name).arg(slot.time).arg(card.when.atText)
                                                                        : qsTr("Press again: %1 is due at %2. Mark it taken now?").arg(slot.name).arg(slot.time))
                                                    : qsTr("Taken: %1 at %2").arg(slot.name).arg(slot.time)
                            Accessible.description: card.when.atText ? qsTr("Recorded %1").arg(card.when.atText) : ""
                            onConfirmed: {
                                if (card.when.problem.length > 0)
                                    return card.answer(card.when.problem, "")
                                // Read everything first: the call rebuilds the list.
                                const row = slot.index, done = card.doneText("taken", slot.name), keyboard = visualFocus
                                const error = card.doses.take(row)
                                card.report(error, card.withWarning(done), row, keyboard)
                            }
                        }
                        ThemeButton {
                            visible: !slot.answered
                            text: qsTr("Skipped")
                            Accessible.name: qsTr("Skipped: %1 at %2").arg(slot.name).arg(slot.time)
                            onClicked: {
                                if (card.when.problem.length > 0)
                                    return card.answer(card.when.problem, "")
                                const row = slot.index, done = card.doneText("skipped", slot.name), keyboard = visualFocus
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
                                const row = slot.index, done = qsTr("Undone."), keyboard = visualFocus
                                card.report(card.doses.undo(row), done, row, keyboard)
                            }
                        }
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
            delegate: ConfirmButton {
                required property var modelData
                readonly property string name: modelData.name
                // A second dose within minutes asks first: it is more often a double tap.
                needsConfirm: modelData.recent
                tint: Theme.accent
                label: qsTr("Took a dose of %1").arg(name)
                confirmText: qsTr("Another dose of %1?").arg(name)
                Accessible.name: asking ? qsTr("Press again to log another dose of %1").arg(name)
                                        : qsTr("Took a dose of %1").arg(name)
                Accessible.description: modelData.lastAt ? qsTr("Last dose today at %1").arg(modelData.lastAt) : ""
                onConfirmed: {
                    // Read everything first: logging rebuilds this list, and this button.
                    const target = card, done = card.doneText("as-needed", name)
                    if (target.when.problem.length > 0)
                        return target.answer(target.when.problem, "")
                    const error = target.doses.takeAsNeeded(name)
                    target.answer(error, target.withWarning(done))
                }
            }
        }
    }
    Body {
        visible: card.doses.asNeeded.some((m) => m.lastAt.length > 0)
        text: card.doses.asNeeded.filter((m) => m.lastAt.length > 0)
                  .map((m) => qsTr("%1 last at %2").arg(m.name).arg(m.lastAt)).join(" · ")
        color: Theme.muted
        font.pixelSize: Theme.fontSmall
    }
}
