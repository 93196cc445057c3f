import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Today page: a symptom in a few words, and a free note. What was typed stays until it
// is logged, so nothing is lost when logging fails.
Card {
    id: card
    required property TodayModel today
    property string symptomMessage
    property bool symptomOk: false
    property string noteMessage
    property bool noteOk: false

    title: qsTr("Anything else?")

    LabeledField {
        id: symptom
        label: qsTr("A symptom")
        placeholder: qsTr("for example: dizziness, leg weakness, fever")
        hint: qsTr("For anything sudden or severe, call your clinician or emergency services: the journal does not alert anyone.")
        onAccepted: logSymptom.clicked()
    }
    ThemeButton {
        id: logSymptom
        text: qsTr("Log symptom")
        enabled: symptom.text.trim().length > 0
        onClicked: {
            const error = card.today.logSymptom(symptom.text.trim())
            card.symptomOk = error.length === 0
            card.symptomMessage = card.symptomOk ? qsTr("Symptom logged.") : error
            if (card.symptomOk)
                symptom.text = ""
        }
    }
    InlineMessage { text: card.symptomMessage; ok: card.symptomOk }

    FieldLabel { text: qsTr("A note"); Layout.topMargin: Theme.spacing / 2 }
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
            // Tab moves on instead of typing a tab character.
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: saveNote
            KeyNavigation.backtab: logSymptom.enabled ? logSymptom : symptom.field
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
        onClicked: {
            const error = card.today.logNote(note.text)
            card.noteOk = error.length === 0
            card.noteMessage = card.noteOk ? qsTr("Note saved.") : error
            if (card.noteOk)
                note.text = ""
        }
    }
    InlineMessage { text: card.noteMessage; ok: card.noteOk }
}
