import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Today page: everything logged today, newest first, each with Undo.
Card {
    id: card
    required property TodayModel today
    property string message

    title: qsTr("Today's log")

    EmptyState {
        visible: card.today.count === 0
        text: qsTr("Nothing logged yet today. Start with your pain score at the top of the page.")
    }

    // After an undo the list is rebuilt; keep keyboard focus near where it was.
    function undo(entryId, row, keyboard) {
        message = today.undo(entryId)
        if (keyboard)
            Qt.callLater(() => {
                const next = entries.itemAt(Math.min(row, entries.count - 1))
                if (next)
                    next.focusUndo()
            })
    }

    Repeater {
        id: entries
        model: card.today
        delegate: RowLayout {
            id: entry
            required property int index
            required property int entryId
            required property string time
            required property string text
            Layout.fillWidth: true
            spacing: Theme.spacing
            function focusUndo() { undoButton.forceActiveFocus(Qt.TabFocusReason) }

            Label {
                text: entry.time
                color: Theme.muted
                font.pixelSize: Theme.fontBody
                font.bold: true
                Layout.preferredWidth: 56
                Layout.alignment: Qt.AlignTop | Qt.AlignLeft
                topPadding: 10
            }
            Body {
                text: entry.text
                Layout.alignment: Qt.AlignVCenter
            }
            ConfirmButton {
                id: undoButton
                label: qsTr("Undo")
                confirmText: qsTr("Undo?")
                Accessible.name: asking ? qsTr("Press again to remove %1").arg(entry.text)
                                        : qsTr("Undo: %1 at %2").arg(entry.text).arg(entry.time)
                onConfirmed: card.undo(entry.entryId, entry.index, visualFocus)
            }
        }
    }
    InlineMessage { text: card.message }
}
