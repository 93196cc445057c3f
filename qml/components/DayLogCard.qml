import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Today page: everything logged today, newest first, each with Edit (its time, and the
// score of a pain entry or the text of a note) and Undo. An edit keeps the old version.
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
        message = today.undo(entryId);
        if (keyboard)
            Qt.callLater(() => {
                    const next = entries.itemAt(Math.min(row, entries.count - 1));
                    if (next)
                        next.focusUndo();
                });
    }

    Repeater {
        id: entries
        model: card.today
        delegate: ColumnLayout {
            id: entry
            required property int index
            required property int entryId
            required property string time
            required property string text
            required property string kind
            property bool editing: false
            Layout.fillWidth: true
            spacing: 4
            function focusUndo() {
                undoButton.forceActiveFocus(Qt.TabFocusReason);
            }

            // One new version with every changed field; on failure the typed values stay.
            function save() {
                const score = entry.kind === "pain" && scoreField.text !== "" ? parseInt(scoreField.text) : -1;
                const note = entry.kind === "note" ? noteField.text : "";
                const result = card.today.editEntry(entry.entryId, timeField.text === entry.time ? "" : timeField.text, isNaN(score) ? 99 : score, note);
                card.message = result;
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Label {
                    text: entry.time
                    color: Theme.muted
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    Layout.preferredWidth: 56
                    Layout.alignment: Qt.AlignVCenter | Qt.AlignLeft
                }
                Body {
                    text: entry.text
                    Layout.alignment: Qt.AlignVCenter
                }
                ThemeButton {
                    text: entry.editing ? qsTr("Cancel") : qsTr("Edit")
                    Accessible.name: entry.editing ? qsTr("Cancel editing %1").arg(entry.text) : qsTr("Edit: %1 at %2").arg(entry.text).arg(entry.time)
                    onClicked: entry.editing = !entry.editing
                }
                ConfirmButton {
                    id: undoButton
                    label: qsTr("Undo")
                    confirmText: qsTr("Undo?")
                    Accessible.name: asking ? qsTr("Press again to remove %1").arg(entry.text) : qsTr("Undo: %1 at %2").arg(entry.text).arg(entry.time)
                    onConfirmed: card.undo(entry.entryId, entry.index, visualFocus)
                }
            }

            RowLayout {
                visible: entry.editing
                Layout.fillWidth: true
                Layout.leftMargin: 56 + Theme.spacing
                spacing: Theme.spacing
                TextField {
                    id: timeField
                    text: entry.time
                    placeholderText: qsTr("HH:MM")
                    placeholderTextColor: Theme.muted
                    inputMethodHints: Qt.ImhTime
                    font.pixelSize: Theme.fontBody
                    Layout.preferredWidth: 90
                    Accessible.name: qsTr("Time of %1").arg(entry.text)
                    onAccepted: entry.save()
                }
                TextField {
                    id: scoreField
                    visible: entry.kind === "pain"
                    placeholderText: qsTr("score 0-10")
                    placeholderTextColor: Theme.muted
                    inputMethodHints: Qt.ImhDigitsOnly
                    font.pixelSize: Theme.fontBody
                    Layout.preferredWidth: 110
                    Accessible.name: qsTr("New pain score for %1").arg(entry.text)
                    onAccepted: entry.save()
                }
                TextField {
                    id: noteField
                    visible: entry.kind === "note"
                    text: entry.text.replace(/^note: /, "")
                    font.pixelSize: Theme.fontBody
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Text of the note")
                    onAccepted: entry.save()
                }
                ThemeButton {
                    primary: true
                    text: qsTr("Save")
                    Accessible.name: qsTr("Save the change to %1").arg(entry.text)
                    onClicked: entry.save()
                }
            }
        }
    }
    InlineMessage {
        text: card.message
    }
}
