import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// The medications in the journal: what, how much, when; change, stop, add.
PageBase {
    id: page
    objectName: "medications"
    property string doneMessage
    onVisibleChanged: if (!visible) doneMessage = ""  // a message belongs to its visit

    MedicationsModel { id: medModel }

    // The current row of a medication id (rows move when the list changes).
    function rowOf(id) {
        for (let i = 0; i < rows.count; ++i) {
            const item = rows.itemAt(i)
            if (item && item.model.medicationId === id)
                return i
        }
        return -1
    }

    ScrollPage {
        id: scroll
        anchors.fill: parent

        Heading { text: qsTr("Medications") }

        Card {
            visible: AppController.readOnly
            accentColor: Theme.warning
            subtitle: qsTr("This journal is open read-only: the list cannot be changed.")
        }

        EmptyState {
            visible: medModel.count === 0
            title: qsTr("No medications yet")
            text: AppController.readOnly ? qsTr("This journal has no medications recorded.")
                                         : qsTr("Add the medicines you take below, with their times. The Today page then shows each dose when it is due, for Taken or Skipped in one tap.")
        }

        Repeater {
            id: rows
            model: medModel
            delegate: MedicationRow {
                onChangeRequested: {
                    page.doneMessage = ""
                    editor.start("change", model)
                    scroll.reveal(editor)
                }
                onStopRequested: {
                    page.doneMessage = ""
                    editor.start("stop", model)
                    scroll.reveal(editor)
                }
            }
        }

        MedicationEditor {
            id: editor
            medications: medModel
            rowOf: (id) => page.rowOf(id)
            onFinished: (done) => page.doneMessage = done
        }
        InlineMessage { text: page.doneMessage; ok: true }

        AddMedicationForm {
            medications: medModel
            visible: !AppController.readOnly
        }
    }
}
