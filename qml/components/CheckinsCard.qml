import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Today page: the check-ins that are due today (CheckinsController, from core's
// checkins_due): the PEG once a week, last night's sleep, each goal not yet checked off,
// and the global impression of change at a checkpoint. One tap per answer where it can
// be; an answered item goes. Shown only while something is due, in a journal open for
// writing. Answers are logged now, whatever the When bar says: they are about the day
// and the week, not a moment.
Card {
    id: card
    required property CheckinsController checkins
    property string sleepError

    // Each due item under a rule and a title a step below the card's own.
    component SectionTitle: ColumnLayout {
        property alias text: label.text
        spacing: Theme.spacing / 2
        Layout.fillWidth: true
        Rectangle { color: Theme.border; implicitHeight: 1; Layout.fillWidth: true }
        Label {
            id: label
            color: Theme.text
            font.pixelSize: Theme.fontBody + 2
            font.bold: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }

    title: qsTr("Check-ins")
    subtitle: qsTr("A few questions that show your clinician whether the treatment helps.")

    function savePeg() {
        if (card.answer(card.checkins.logPeg(pegPain.value, pegEnjoyment.value, pegActivity.value), card.checkins.logged)) {
            pegPain.value = -1
            pegEnjoyment.value = -1
            pegActivity.value = -1
        }
    }
    // In the card, not in a goal's row: the answer removes the row that was pressed.
    function checkGoal(slot, met) {
        card.answer(card.checkins.logGoal(slot, met), card.checkins.logged)
    }
    function answerPgic(answer) {
        card.answer(card.checkins.logPgic(answer), card.checkins.logged)
    }
    function saveSleep() {
        const error = card.checkins.logSleep(hours.text, sleepQuality.value)
        card.sleepError = error
        if (error.length > 0) {
            card.message = ""
            Qt.callLater(() => card.revealInPage(sleepMessage))
            return
        }
        card.answer("", card.checkins.logged)
        hours.text = ""
        sleepQuality.value = -1
    }

    // The PEG (Krebs et al., J Gen Intern Med 2009), in its own words.
    ColumnLayout {
        visible: card.checkins.pegDue
        spacing: Theme.spacing
        Layout.fillWidth: true

        SectionTitle { text: qsTr("This week: pain and how it gets in the way") }
        FieldLabel { text: qsTr("What number best describes your pain on average in the past week?") }
        Body { text: qsTr("0 is no pain, 10 is pain as bad as you can imagine."); color: Theme.muted }
        PainScale {
            id: pegPain
            accessiblePrefix: qsTr("Pain on average in the past week:")
            onValueChanged: if (value >= 0) card.message = ""
            onSubmitted: card.savePeg()
        }
        FieldLabel { text: qsTr("What number best describes how, during the past week, pain has interfered with your enjoyment of life?") }
        Body { text: qsTr("0 is does not interfere, 10 is completely interferes."); color: Theme.muted }
        PainScale {
            id: pegEnjoyment
            accessiblePrefix: qsTr("Pain interfered with enjoyment of life:")
            onValueChanged: if (value >= 0) card.message = ""
            onSubmitted: card.savePeg()
        }
        FieldLabel { text: qsTr("What number best describes how, during the past week, pain has interfered with your general activity?") }
        Body { text: qsTr("0 is does not interfere, 10 is completely interferes."); color: Theme.muted }
        PainScale {
            id: pegActivity
            accessiblePrefix: qsTr("Pain interfered with general activity:")
            onValueChanged: if (value >= 0) card.message = ""
            onSubmitted: card.savePeg()
        }
        ThemeButton {
            primary: true
            text: qsTr("Save PEG")
            enabled: pegPain.value >= 0 && pegEnjoyment.value >= 0 && pegActivity.value >= 0
            Accessible.name: qsTr("Save PEG")
            Accessible.description: enabled ? "" : qsTr("Choose a number for each of the three questions first")
            onClicked: card.savePeg()
        }
    }

    // Last night's sleep: how long as typed (core reads "7", "6.5", "6h30", "6:30"), and
    // how well, if the person wants to say.
    ColumnLayout {
        visible: card.checkins.sleepDue
        spacing: Theme.spacing
        Layout.fillWidth: true

        SectionTitle { text: qsTr("Last night's sleep") }
        LabeledField {
            id: hours
            label: qsTr("Hours slept")
            placeholder: qsTr("for example 7, 6.5 or 6h30")
            Layout.maximumWidth: 360
            onTextEdited: card.sleepError = ""
            onAccepted: card.saveSleep()
        }
        InlineMessage { id: sleepMessage; text: card.sleepError }
        FieldLabel { text: qsTr("How well did you sleep? (optional)") }
        Body { text: qsTr("0 is very poorly, 10 is very well."); color: Theme.muted }
        PainScale {
            id: sleepQuality
            accessiblePrefix: qsTr("Sleep quality")
            onSubmitted: card.saveSleep()
        }
        ThemeButton {
            text: qsTr("Save sleep")
            enabled: hours.text.trim().length > 0
            Accessible.description: enabled ? "" : qsTr("Type the hours slept first")
            onClicked: card.saveSleep()
        }
    }

    // Each goal not yet checked off today: one tap either way.
    ColumnLayout {
        visible: card.checkins.goalsDue.length > 0
        spacing: Theme.spacing
        Layout.fillWidth: true

        SectionTitle { text: qsTr("Your goals today") }
        Repeater {
            model: card.checkins.goalsDue
            delegate: RowLayout {
                id: goalRow
                required property var modelData
                spacing: Theme.spacing
                Layout.fillWidth: true
                Body { text: goalRow.modelData.text; verticalAlignment: Text.AlignVCenter; Layout.fillHeight: true }
                ThemeButton {
                    text: qsTr("Done")
                    Accessible.name: qsTr("Done: %1").arg(goalRow.modelData.text)
                    onClicked: card.checkGoal(goalRow.modelData.slot, true)
                }
                ThemeButton {
                    text: qsTr("Not today")
                    Accessible.name: qsTr("Not today: %1").arg(goalRow.modelData.text)
                    onClicked: card.checkGoal(goalRow.modelData.slot, false)
                }
            }
        }
    }

    // The Patient Global Impression of Change, at a checkpoint: seven answers, one tap.
    ColumnLayout {
        visible: card.checkins.pgicDue
        spacing: Theme.spacing
        Layout.fillWidth: true

        SectionTitle { text: qsTr("Overall change, at %1").arg(card.checkins.pgicWhy) }
        FieldLabel {
            text: qsTr("Since you started, how would you describe the change in your activity, symptoms, mood and quality of life related to your pain?")
        }
        Flow {
            spacing: 8
            Layout.fillWidth: true
            Repeater {
                model: card.checkins.pgicChoices
                delegate: ThemeButton {
                    required property string modelData
                    required property int index
                    text: modelData
                    Accessible.name: qsTr("Overall change: %1").arg(modelData)
                    onClicked: card.answerPgic(index + 1)
                }
            }
        }
    }
}
