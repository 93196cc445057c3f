import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Today page: a muscle cramp: where, roughly how long, and how bad (both optional).
Card {
    id: card
    required property TodayModel today
    property string message
    property bool ok: false

    title: qsTr("Cramp or spasm")

    FieldLabel { text: qsTr("Where?") }
    ChipPicker {
        id: place
        limit: 12
        options: card.today.locations()
        labelFor: (name) => card.today.readable(name)
        accessiblePrefix: qsTr("Cramp location")
    }
    FieldLabel { text: qsTr("About how long? (optional)") }
    ChipPicker {
        id: minutes
        options: ["1", "2", "5", "10", "15", "30", "60"]
        labelFor: (value) => qsTr("%1 min").arg(value)
        accessiblePrefix: qsTr("Cramp minutes")
    }
    FieldLabel { text: qsTr("How bad, 0 to 10? (optional)") }
    PainScale {
        id: severity
        accessiblePrefix: qsTr("Cramp severity")
    }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        ThemeButton {
            primary: true
            text: qsTr("Log cramp")
            enabled: place.chosen.length > 0
            onClicked: {
                // -1: not given.
                const error = card.today.logCramp(place.chosen[0],
                                                  minutes.chosen.length > 0 ? parseInt(minutes.chosen[0]) : -1,
                                                  severity.value)
                card.ok = error.length === 0
                card.message = card.ok ? qsTr("Cramp logged.") : error
                if (card.ok) {
                    place.clear()
                    minutes.clear()
                    severity.value = -1
                }
            }
        }
        Label {
            visible: place.chosen.length === 0
            text: qsTr("Choose where the cramp is first.")
            color: Theme.muted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    InlineMessage { text: card.message; ok: card.ok }
}
