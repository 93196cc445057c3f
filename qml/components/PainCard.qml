import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Today page: a pain score in one tap, optionally where and what it feels like.
Card {
    id: card
    required property TodayModel today
    property string message
    property bool ok: false

    title: qsTr("How is your pain right now?")
    subtitle: qsTr("0 is no pain, 10 is the worst you can imagine.")

    PainScale {
        id: score
        wordsFor: (score) => card.today.painWords(score)
    }
    Label {
        text: score.value >= 0 ? qsTr("%1: %2").arg(score.value).arg(card.today.painWords(score.value))
                               : qsTr("Choose a number to log your pain.")
        color: score.value >= 0 ? Theme.text : Theme.muted
        font.pixelSize: score.value >= 0 ? Theme.fontTitle : Theme.fontBody
        font.bold: score.value >= 0
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    FieldLabel { text: qsTr("Where? (optional, choose any)") }
    ChipPicker {
        id: locations
        multiple: true
        limit: 10
        options: card.today.locations()
        labelFor: (name) => card.today.readable(name)
        accessiblePrefix: qsTr("Pain location")
    }

    FieldLabel { text: qsTr("What does it feel like? (optional)") }
    ChipPicker {
        id: qualities
        multiple: true
        limit: 8
        options: card.today.qualities()
        labelFor: (name) => card.today.readable(name)
        accessiblePrefix: qsTr("Pain feels")
    }

    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        ThemeButton {
            primary: true
            text: score.value >= 0 ? qsTr("Log pain %1").arg(score.value) : qsTr("Log pain")
            enabled: score.value >= 0
            Accessible.description: enabled ? "" : qsTr("Choose a pain score first")
            onClicked: {
                const score = score.value
                const error = card.today.logPain(score, locations.chosen, qualities.chosen)
                card.ok = error.length === 0
                if (card.ok) {
                    card.message = qsTr("Pain %1 logged.").arg(score)
                    score.value = -1
                    locations.clear()
                    qualities.clear()
                } else {
                    card.message = error
                }
            }
        }
        ThemeButton {
            text: qsTr("Clear")
            visible: score.value >= 0 || locations.chosen.length > 0 || qualities.chosen.length > 0
            Accessible.name: qsTr("Clear the pain choices")
            onClicked: {
                score.value = -1
                locations.clear()
                qualities.clear()
                card.message = ""
            }
        }
        Item { Layout.fillWidth: true }
    }
    InlineMessage { text: card.message; ok: card.ok }
}
