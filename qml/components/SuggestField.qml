import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// A labelled text field with a list of suggestions under it while typing. Down/Up move
// through the list, Enter takes the highlighted one, Escape closes it; a click works too.
// A positioner, not a layout (see LabeledField).
Column {
    id: suggest
    property alias label: caption.text
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property alias field: input
    property string hint
    property var suggestionsFor: function (text) { return [] }
    property var suggestions: []
    signal accepted()
    signal textEdited()

    spacing: 4
    Layout.fillWidth: true
    // Not from the children, whose width is this one's: that made layouts loop.
    Layout.preferredWidth: 240

    function update() {
        const typed = input.text.trim()
        suggestions = input.activeFocus && typed.length > 0 ? suggestionsFor(typed) : []
        list.currentIndex = -1
        if (suggestions.length > 0 && !(suggestions.length === 1 && suggestions[0] === typed)) {
            // Above the field when the window has no room below it (a field near its foot).
            const window = input.Window.window
            const bottom = input.mapToItem(null, 0, input.height).y
            popup.above = window !== null && window.height - bottom < popup.wanted + 8 && bottom - input.height > popup.wanted + 8
            popup.open()
        }
        else
            popup.close()
    }
    function enter(event) {
        if (popup.opened && list.currentIndex >= 0) {
            choose(suggestions[list.currentIndex])
        } else {
            popup.close()
            event.accepted = false  // the field's own accepted() runs
        }
    }
    function choose(value) {
        input.text = value
        popup.close()
        input.forceActiveFocus()
    }

    Label {
        id: caption
        width: suggest.width
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
    }
    TextField {
        id: input
        width: suggest.width
        height: Theme.touch
        font.pixelSize: Theme.fontBody
        color: Theme.text
        placeholderTextColor: Theme.muted
        leftPadding: 12
        rightPadding: 12
        selectByMouse: true
        activeFocusOnTab: true
        Accessible.name: caption.text
        // Two messages, so that English keeps "1 suggestion" and "2 suggestions".
        Accessible.description: popup.opened ? (suggest.suggestions.length === 1 ? qsTr("%n suggestion; use the arrow keys", "", 1)
                                                                    : qsTr("%n suggestions; use the arrow keys", "", suggest.suggestions.length)) : ""
        background: Rectangle {
            radius: Theme.radius
            color: input.enabled ? Theme.surface : Theme.surfaceAlt
            border.width: input.activeFocus ? 2 : 1
            border.color: input.activeFocus ? Theme.accent : Theme.border
        }
        onTextEdited: {
            suggest.update()
            suggest.textEdited()
        }
        onActiveFocusChanged: if (!activeFocus) popup.close()
        onAccepted: suggest.accepted()
        Keys.onDownPressed: {
            if (!popup.opened)
                suggest.update()
            if (suggest.suggestions.length > 0)
                list.currentIndex = Math.min(list.currentIndex + 1, suggest.suggestions.length - 1)
        }
        Keys.onUpPressed: if (popup.opened) list.currentIndex = Math.max(list.currentIndex - 1, 0)
        Keys.onEscapePressed: (event) => {
            event.accepted = popup.opened
            popup.close()
        }
        Keys.onReturnPressed: (event) => suggest.enter(event)
        Keys.onEnterPressed: (event) => suggest.enter(event)
    }

    Label {
        width: suggest.width
        text: suggest.hint
        visible: text.length > 0
        color: Theme.muted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }

    Popup {
        id: popup
        property bool above: false
        readonly property real wanted: Math.min(suggest.suggestions.length, 5) * Theme.touch + 2 * padding
        parent: input
        y: above ? -height - 2 : input.height + 2
        width: input.width
        height: Math.min(list.contentHeight, 5 * Theme.touch) + 2 * padding
        padding: 2
        focus: false
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutsideParent
        background: Rectangle { color: Theme.surface; border.color: Theme.accent; radius: Theme.radius }

        ListView {
            id: list
            anchors.fill: parent
            clip: true
            model: suggest.suggestions
            currentIndex: -1
            onCurrentIndexChanged: if (currentIndex >= 0) positionViewAtIndex(currentIndex, ListView.Contain)
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Suggestions for %1").arg(caption.text)
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: option
                required property string modelData
                required property int index
                readonly property bool isCurrent: ListView.isCurrentItem
                width: ListView.view.width
                height: Theme.touch
                focusPolicy: Qt.NoFocus
                Accessible.role: Accessible.ListItem
                Accessible.name: modelData
                Accessible.selected: isCurrent
                onClicked: suggest.choose(modelData)
                background: Rectangle {
                    radius: Theme.radius - 2
                    color: option.isCurrent ? Theme.accent : (option.hovered ? Theme.surfaceAlt : "transparent")
                }
                contentItem: Label {
                    text: option.modelData
                    color: option.isCurrent ? Theme.accentText : Theme.text
                    font.pixelSize: Theme.fontBody
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                }
            }
        }
    }
}
