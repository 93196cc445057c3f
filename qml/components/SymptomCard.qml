import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Today page: a symptom in a few words, with suggestions from the journal's words (a
// typo is refused with "did you mean", never saved as a new symptom).
Card {
    id: card
    required property TodayModel today
    required property WhenBar when

    title: qsTr("A symptom")

    function submit() {
        const typed = symptom.text.trim()
        if (typed.length === 0)
            return answer(qsTr("Type the symptom first, for example dizziness."), "")
        if (when.problem.length > 0)
            return answer(when.problem, "")
        const done = when.atText ? qsTr("Symptom logged %1.").arg(when.atText) : qsTr("Symptom logged.")
        if (answer(today.logSymptom(typed), done))
            symptom.text = ""
    }

    SuggestField {
        id: symptom
        label: qsTr("What did you notice?")
        placeholder: qsTr("for example: fever, leg weakness, numbness")
        hint: qsTr("For anything sudden or severe, call your clinician or emergency services: the journal does not alert anyone.")
        suggestionsFor: (text) => card.today.symptomSuggestions(text)
        onAccepted: card.submit()
        onTextEdited: card.message = ""
    }
    ThemeButton {
        text: qsTr("Log symptom")
        enabled: symptom.text.trim().length > 0
        onClicked: card.submit()
    }
}
