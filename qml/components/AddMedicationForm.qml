import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// Add a medication: its name (with suggestions from the catalogue), dose and times.
Card {
    id: form
    required property MedicationsModel medications
    property string message
    property bool ok: false
    readonly property string description: nameField.text.trim().length > 0 ? medications.describe(nameField.text.trim()) : ""
    readonly property bool unknown: nameField.text.trim().length > 0 && description.length === 0

    title: qsTr("Add a medication")
    subtitle: qsTr("Type its name or brand; the list suggests the ones Relief Journal knows.")

    function submit() {
        const drug = nameField.text.trim()
        const error = medications.add(drug, dose.text.trim(), times.text.trim(), asNeeded.checked,
                                      maxDaily.text.trim(), unknown ? classes.currentText : "")
        ok = error.length === 0
        message = ok ? qsTr("Added %1. Its doses now appear on the Today page.").arg(drug) : error
        if (ok) {
            nameField.text = ""
            dose.text = ""
            times.text = ""
            maxDaily.text = ""
            asNeeded.checked = false
            classes.currentIndex = -1
        }
    }

    SuggestField {
        id: nameField
        label: qsTr("Name")
        placeholder: qsTr("for example baclofen, Flexeril, tizanidine")
        suggestionsFor: (text) => form.medications.suggestions(text)
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
            model: form.medications.classes()
            currentIndex: -1
            displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
            Layout.fillWidth: true
            Accessible.name: qsTr("Kind of medicine")
        }
    }
    LabeledField { id: dose; label: qsTr("One dose"); placeholder: qsTr("for example 10 mg") }
    LabeledField {
        id: times
        label: qsTr("Times each day")
        placeholder: qsTr("for example 08:00,20:00")
        hint: qsTr("Leave empty if you only take it when needed.")
    }
    ThemeCheckBox { id: asNeeded; text: qsTr("Taken as needed"); Layout.fillWidth: true }
    LabeledField {
        id: maxDaily
        label: qsTr("Most per day (optional)")
        placeholder: qsTr("for example 30 mg")
        hint: qsTr("The most your prescriber allows in a day, if they told you.")
        onAccepted: form.submit()
    }
    ThemeButton {
        primary: true
        text: qsTr("Add medication")
        enabled: nameField.text.trim().length > 0
        onClicked: form.submit()
    }
    InlineMessage { text: form.message; ok: form.ok }
}
