import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// A 0-10 score as eleven large buttons, in two rows where one would not fit. One stop in
// the Tab order: Left/Right move and choose, and a digit key chooses directly ("1" then
// "0" within a second gives 10). `value` is -1 until something is chosen.
GridLayout {
    id: painScale
    property int value: -1
    property string accessiblePrefix: qsTr("Pain")
    property var wordsFor: function (score) { return "" }
    property int pendingDigit: -1
    signal submitted()  // Enter: log what is chosen

    columnSpacing: 4
    rowSpacing: 4
    // From the parent's width, not its own: that one depends on the columns (a polish loop).
    columns: parent && parent.width >= 11 * Theme.touch + 10 * columnSpacing ? 11 : 6
    Layout.fillWidth: true

    // Focus moves first: the button that had it then gives up its Tab stop without a fuss.
    function choose(score) {
        const chosen = Math.max(0, Math.min(10, score))
        repeater.itemAt(chosen).forceActiveFocus(Qt.TabFocusReason)
        value = chosen
    }
    function handleKey(event) {
        if (event.key === Qt.Key_Right || event.key === Qt.Key_Up) {
            choose(value < 0 ? 0 : value + 1)
        } else if (event.key === Qt.Key_Left || event.key === Qt.Key_Down) {
            choose(value < 0 ? 0 : value - 1)
        } else if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            const digit = event.key - Qt.Key_0
            if (pendingDigit === 1 && digit === 0 && digitTimer.running) {
                choose(10)
                pendingDigit = -1
            } else {
                choose(digit)
                pendingDigit = digit
                digitTimer.restart()
            }
        } else {
            return
        }
        event.accepted = true
    }

    Timer { id: digitTimer; interval: 1000; onTriggered: painScale.pendingDigit = -1 }

    Repeater {
        id: repeater
        model: 11
        delegate: ThemeButton {
            required property int index
            text: String(index)
            selected: painScale.value === index
            leftPadding: 2
            rightPadding: 2
            font.pixelSize: Theme.fontTitle
            font.bold: selected
            Layout.fillWidth: true
            Layout.minimumWidth: Theme.touch
            Layout.preferredWidth: 56
            Layout.preferredHeight: 52
            // The Tab stop is the chosen score; the focused button keeps it until focus moves.
            focusPolicy: index === Math.max(0, painScale.value) || activeFocus ? Qt.StrongFocus : Qt.ClickFocus
            Accessible.name: {
                const words = painScale.wordsFor(index)
                //: For a screen reader: the question, the score, then what the score means (for example "Pain 7, severe").
                return words ? qsTr("%1 %2, %3").arg(painScale.accessiblePrefix).arg(index).arg(words)
                             //: For a screen reader: the question, then the score.
                             : qsTr("%1 %2").arg(painScale.accessiblePrefix).arg(index)
            }
            Accessible.checkable: true
            Accessible.checked: selected
            enterSubmits: true
            onClicked: painScale.value = index
            onSubmitRequested: painScale.submitted()
            Keys.onPressed: (event) => painScale.handleKey(event)
        }
    }
}
