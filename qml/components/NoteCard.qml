import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Today page: a free note. What was typed stays until it is saved, so nothing is lost
// when saving fails. Ctrl+Enter saves (Enter starts a new line).
Card {
    id: card
    required property TodayModel today
    required property WhenBar when

    title: qsTr("A note")

    function submit() {
        if (note.text.trim().length === 0)
            return answer(qsTr("Type the note first."), "")
        if (when.problem.length > 0)
            return answer(when.problem, "")
        const done = when.atText ? qsTr("Note saved %1.").arg(when.atText) : qsTr("Note saved.")
        if (answer(today.logNote(note.text), done))
            note.text = ""
    }

    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(96, Math.min(note.implicitHeight, 220))
        TextArea {
            id: note
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
            placeholderText: qsTr("How the day went, what helped, questions for your clinician…")
            placeholderTextColor: Theme.muted
            selectByMouse: true
            activeFocusOnTab: true
            Accessible.name: qsTr("Note")
            Accessible.description: qsTr("Ctrl+Enter saves the note")
            // Tab moves on instead of typing a tab character.
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: saveNote
            Keys.onReturnPressed: (event) => {
                if (event.modifiers & Qt.ControlModifier)
                    card.submit()
                else
                    event.accepted = false
            }
            Keys.onEnterPressed: (event) => {
                if (event.modifiers & Qt.ControlModifier)
                    card.submit()
                else
                    event.accepted = false
            }
            background: Rectangle {
                radius: Theme.radius
                color: note.enabled ? Theme.surface : Theme.surfaceAlt
                border.width: note.activeFocus ? 2 : 1
                border.color: note.activeFocus ? Theme.accent : Theme.border
            }
        }
    }
    ThemeButton {
        id: saveNote
        text: qsTr("Save note")
        enabled: note.text.trim().length > 0
        onClicked: card.submit()
    }
}
