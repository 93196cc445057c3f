import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Add a medication: its name (with suggestions from the catalogue), dose and times.
Card {
    id: form
    required property MedicationsModel medications
    readonly property string description: nameField.text.trim().length > 0 ? medications.describe(nameField.text.trim()) : ""
    // Unknown once nothing in the catalogue even starts with what was typed (not while a
    // known name is still being typed).
    readonly property bool unknown: nameField.text.trim().length > 0 && description.length === 0
                                    && medications.suggestions(nameField.text.trim()).length === 0

    title: qsTr("Add a medication")
    subtitle: qsTr("Type its name or brand; the list suggests the ones Relief Journal knows.")

    readonly property string how: howPicker.chosen.length > 0 ? howPicker.chosen[0] : "times"
    function submit() {
        const drug = nameField.text.trim()
        if (drug.length === 0)
            return answer(qsTr("Type the medication's name first."), "")
        if (unknown && classes.currentIndex < 0)
            return answer(qsTr("Choose what kind of medicine %1 is (or “other”).").arg(drug), "")
        if (how !== "needed" && times.text.trim().length === 0)
            return answer(qsTr("Type the times you take it, for example 8:00, 20:00, or choose “Only when needed”."), "")
        const done = how === "needed" ? qsTr("Added %1. It appears on the Today page under “As needed”.").arg(drug)
                                      : qsTr("Added %1. Its doses now appear on the Today page.").arg(drug)
        if (answer(medications.add(drug, dose.text.trim(), how === "needed" ? "" : times.text.trim(), how !== "times",
                                   maxDaily.text.trim(), unknown ? form.medications.classes()[classes.currentIndex] : "",
                                   startField.text.trim()),
                   done)) {
            nameField.text = ""
            dose.text = ""
            times.text = ""
            maxDaily.text = ""
            startField.text = ""
            howPicker.chosen = ["times"]
            classes.currentIndex = -1
        }
    }

    SuggestField {
        id: nameField
        label: qsTr("Name")
        placeholder: qsTr("for example baclofen, Flexeril, tizanidine")
        suggestionsFor: (text) => form.medications.suggestions(text)
        onTextEdited: form.message = ""
    }
    Body {
        visible: form.description.length > 0
        text: form.description
        color: Theme.good
        Accessible.name: text
    }
    ColumnLayout {
        visible: form.unknown
        spacing: 4
        Layout.fillWidth: true
        FieldLabel { text: qsTr("What kind of medicine is it?") }
        Body {
            text: qsTr("Relief Journal does not know this name. Choose its kind so the alerts can check it, or “other”.")
            color: Theme.muted
        }
        ThemeComboBox {
            id: classes
            model: form.medications.classWords
            currentIndex: -1
            displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
            Layout.fillWidth: true
            Accessible.name: qsTr("Kind of medicine")
        }
        Body {
            id: acetaminophenQuestion
            text: form.medications.acetaminophenQuestion(nameField.text, classes.currentIndex)
            visible: text.length > 0
            color: Theme.warning
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
    LabeledField { id: dose; label: qsTr("One dose"); placeholder: qsTr("for example 10 mg"); onAccepted: form.submit() }
    FieldLabel { text: qsTr("How do you take it?") }
    ChipPicker {
        id: howPicker
        options: ["times", "both", "needed"]
        chosen: ["times"]
        allowNone: false
        labelFor: (name) => name === "times" ? qsTr("At set times") : name === "both" ? qsTr("At set times, and more when needed")
                                                                                       : qsTr("Only when needed")
        accessiblePrefix: qsTr("How it is taken")
        onSubmitted: form.submit()
    }
    LabeledField {
        id: times
        visible: form.how !== "needed"
        label: qsTr("Times each day")
        placeholder: qsTr("for example 8:00, 20:00")
        hint: qsTr("The Today page lists each dose at its time, for Taken or Skipped in one tap.")
        onAccepted: form.submit()
    }
    LabeledField {
        id: maxDaily
        label: qsTr("Most per day (optional)")
        placeholder: qsTr("for example 30 mg")
        hint: qsTr("The most your prescriber allows in a day, if they told you.")
        onAccepted: form.submit()
    }
    LabeledField {
        id: startField
        label: qsTr("First day (optional)")
        placeholder: qsTr("YYYY-MM-DD; empty for today")
        hint: qsTr("Leave it empty to start now: today's earlier doses are not counted. With an earlier day, the doses from that day on count as missed unless you log them.")
        onAccepted: form.submit()
    }
    ThemeButton {
        primary: true
        text: qsTr("Add medication")
        enabled: nameField.text.trim().length > 0
        onClicked: form.submit()
    }
}
