import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Today page: everything logged on the day, newest first, each with Edit (any of its
// fields, as one new version: the old one stays in the history) and Undo.
Card {
    id: card
    required property TodayModel today
    property string dayTitle: qsTr("Today's log")

    title: dayTitle
    // Which entry's editor is open; kept here, not in the row, so a rebuilt list (another
    // entry logged, the day turning) keeps it open. Saving makes a new id, which closes it.
    property int editingId: 0

    EmptyState {
        visible: card.today.count === 0
        text: qsTr("Nothing logged yet. Start with your pain score at the top of the page.")
    }

    // Saving rebuilds the list (an edit is a new entry), so this runs in the card, which
    // outlives the row; on failure the row and its editor stay with what was typed.
    function save(entryId, changes) {
        const done = qsTr("Saved. The earlier version stays in the journal's history.")
        answer(today.editEntry(entryId, changes), done)
    }

    // After an undo the list is rebuilt; keep keyboard focus near where it was.
    function undo(entryId, row, keyboard) {
        answer(today.undo(entryId), qsTr("Undone. It stays in the journal's history."))
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
            required property var fields
            readonly property bool editing: card.editingId === entryId
            Layout.fillWidth: true
            spacing: 4
            function focusUndo() {
                undoButton.forceActiveFocus(Qt.TabFocusReason);
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
                    text: entry.editing ? qsTr("Close") : qsTr("Edit")
                    Accessible.name: entry.editing ? qsTr("Close the editor of %1").arg(entry.text)
                                                   : qsTr("Edit: %1 at %2").arg(entry.text).arg(entry.time)
                    onClicked: {
                        card.editingId = entry.editing ? 0 : entry.entryId
                        card.message = ""
                        if (card.editingId !== 0)
                            Qt.callLater(() => {
                                if (!editorLoader.item)
                                    return
                                card.revealInPage(editorLoader)
                                editorLoader.item.focusFirst()
                            })
                    }
                }
                ConfirmButton {
                    id: undoButton
                    label: qsTr("Undo")
                    confirmText: qsTr("Undo?")
                    Accessible.name: asking ? qsTr("Press again to remove %1").arg(entry.text) : qsTr("Undo: %1 at %2").arg(entry.text).arg(entry.time)
                    onConfirmed: card.undo(entry.entryId, entry.index, visualFocus)
                }
            }

            // Built only while open: a day's log may hold dozens of entries.
            Loader {
                id: editorLoader
                active: entry.editing
                visible: active
                Layout.fillWidth: true
                Layout.leftMargin: 56 + Theme.spacing
                sourceComponent: EntryEditor {
                    today: card.today
                    kind: entry.kind
                    fields: entry.fields
                    what: entry.text
                    onSaveRequested: (changes) => card.save(entry.entryId, changes)
                    onCancelled: {
                        card.editingId = 0
                        card.message = ""
                    }
                }
            }
        }
    }
}
