import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Today page: what helped (heat, stretching, ...), fluids and alcohol, one tap each.
Card {
    id: card
    required property TodayModel today
    required property WhenBar when

    title: qsTr("What you did")
    subtitle: when.atText.length > 0 ? qsTr("One tap logs it, %1. A mistake can be undone in the day's log below.").arg(when.atText)
                                     : qsTr("One tap logs it. A mistake can be undone in the day's log below.")

    function log(call, done) {
        if (when.problem.length > 0)
            return answer(when.problem, "")
        answer(call(), when.atText ? qsTr("%1 %2.").arg(done).arg(when.atText)
                                 //: What was logged, as a sentence (for example "Heat").
                                 : qsTr("%1.").arg(done))
    }

    FieldLabel { text: qsTr("Tried something for the pain") }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            model: card.today.measures()
            delegate: ThemeButton {
                required property string modelData
                text: card.today.readable(modelData)
                Accessible.name: qsTr("Log %1").arg(text)
                onClicked: card.log(() => card.today.logMeasure(modelData), qsTr("%1 logged").arg(text))
            }
        }
    }
    FieldLabel { text: qsTr("Drinks") }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        ThemeButton {
            objectName: "logFluids"  // relief-journal --profile-tour presses it
            text: qsTr("+1 glass of water")
            Accessible.name: qsTr("Log one glass of water or other fluid")
            onClicked: card.log(() => card.today.logFluids(1), qsTr("One glass of water logged"))
        }
        ThemeButton {
            text: qsTr("+1 alcoholic drink")
            Accessible.name: qsTr("Log one alcoholic drink")
            onClicked: card.log(() => card.today.logAlcohol(1), qsTr("One alcoholic drink logged"))
        }
    }
}
