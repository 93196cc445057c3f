import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// "Open a journal…" with a read-only choice (for a caregiver), through the app's own
// file dialog.
ColumnLayout {
    id: opener
    property string buttonText: qsTr("Open another journal…")
    property string message

    spacing: 4
    Layout.fillWidth: true

    GridLayout {
        // Side by side where there is room (the welcome page), stacked in the sidebar.
        columns: opener.width > 420 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: 4
        Layout.fillWidth: true
        ThemeButton {
            id: openButton
            text: opener.buttonText
            leftPadding: 8
            rightPadding: 8
            wrap: true
            Layout.fillWidth: true
            onClicked: {
                opener.message = ""
                dialog.start()
            }
        }
        ThemeCheckBox {
            id: readOnlyBox
            text: qsTr("Open it read-only")
            Accessible.description: qsTr("Look at a journal without changing it, for example as a caregiver")
            Layout.fillWidth: true
        }
    }
    InlineMessage { text: opener.message }

    FileChooserDialog {
        id: dialog
        title: readOnlyBox.checked ? qsTr("Open a journal read-only") : qsTr("Open a journal")
        saving: false
        suffixes: ["db", "relief"]
        kindText: qsTr("Relief journals (.db)")
        onChosen: (path) => {
            if (!AppController.openJournal(path, readOnlyBox.checked)) {
                // Said here, next to the button, rather than in the window's banner too.
                opener.message = AppController.lastError.length > 0 ? AppController.lastError
                                                                    : qsTr("That journal could not be opened.")
                AppController.clearError()
            }
        }
    }
}
