import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Today page: a side effect and how bad it is.
Card {
    id: card
    required property TodayModel today
    property string message
    property bool ok: false

    title: qsTr("Side effects")
    subtitle: qsTr("Noticed something since your last dose? Choose it, then how bad it is.")

    ChipPicker {
        id: effect
        limit: 10
        options: card.today.sideEffects()
        labelFor: (name) => card.today.readable(name)
        accessiblePrefix: qsTr("Side effect")
    }
    FieldLabel { text: qsTr("How bad?") }
    ChipPicker {
        id: severity
        options: ["mild", "moderate", "severe"]
        labelFor: (name) => name === "mild" ? qsTr("Mild") : name === "moderate" ? qsTr("Moderate") : qsTr("Severe")
        accessiblePrefix: qsTr("Side effect severity")
    }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        ThemeButton {
            primary: true
            text: qsTr("Log side effect")
            enabled: effect.chosen.length > 0 && severity.chosen.length > 0
            onClicked: {
                const name = effect.chosen[0]
                const error = card.today.logSideEffect(name, severity.chosen[0])
                card.ok = error.length === 0
                card.message = card.ok ? qsTr("%1 logged.").arg(card.today.readable(name)) : error
                if (card.ok) {
                    effect.clear()
                    severity.clear()
                }
            }
        }
        Label {
            visible: effect.chosen.length === 0 || severity.chosen.length === 0
            text: effect.chosen.length === 0 ? qsTr("Choose a side effect first.") : qsTr("Choose how bad it is.")
            color: Theme.muted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    InlineMessage { text: card.message; ok: card.ok }
}
