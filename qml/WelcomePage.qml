import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// First run, or no journal open: create one, open one, or look around in the demo.
PageBase {
    id: page
    objectName: "welcome"
    property string createMessage
    property string demoMessage

    ScrollPage {
        anchors.fill: parent
        maxContentWidth: 620

        Heading { text: qsTr("Welcome to Relief Journal") }
        Body {
            text: qsTr("A private journal for pain, muscle relaxant doses and side effects. "
                       + "Log in a tap or two; before a visit, print a short report for your clinician. "
                       + "Everything stays in one file on this computer.")
        }

        Card {
            title: qsTr("Start my journal")
            subtitle: qsTr("It will be saved at %1").arg(AppController.defaultJournalPath)

            SuggestField {
                id: zoneField
                label: qsTr("Time zone")
                text: AppController.systemZone
                placeholder: qsTr("type a city, for example Berlin")
                hint: qsTr("Dose times are on this zone's clock. It is usually right as it is.")
                suggestionsFor: (text) => AppController.zoneSuggestions(text)
                onAccepted: createButton.clicked()
            }
            ThemeButton {
                id: createButton
                primary: true
                text: qsTr("Create my journal")
                Layout.fillWidth: true
                onClicked: {
                    page.createMessage = ""
                    if (!AppController.createJournal(AppController.defaultJournalPath, zoneField.text.trim()))
                        page.createMessage = AppController.lastError.length > 0
                                ? AppController.lastError : qsTr("The journal could not be created.")
                }
            }
            InlineMessage { text: page.createMessage }
        }

        Card {
            title: qsTr("Already have a journal?")
            subtitle: qsTr("Open it from a file, for example a copy from another computer, or a relative's journal read-only.")
            JournalOpener { buttonText: qsTr("Open an existing journal…") }
        }

        Card {
            title: qsTr("Just looking?")
            subtitle: qsTr("The demo journal is a made-up person's last few weeks. Nothing you do there touches your own journal.")
            ThemeButton {
                text: qsTr("Try the demo journal")
                Layout.fillWidth: true
                onClicked: {
                    page.demoMessage = ""
                    if (!AppController.openDemo())
                        page.demoMessage = AppController.lastError.length > 0
                                ? AppController.lastError : qsTr("The demo could not be opened.")
                }
            }
            InlineMessage { text: page.demoMessage }
        }
    }
}
