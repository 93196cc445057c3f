import QtQuick
import QtQuick.Controls
import Relief

// A drop-down list at least Theme.touch high, in Theme colours.
ComboBox {
    id: box
    implicitHeight: Math.max(Theme.touch, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.fontBody
    focusPolicy: Qt.StrongFocus
    opacity: enabled ? 1 : 0.45

    // A box that shows a chosen value (with valueRole) finds it again when its model is
    // rebuilt: a new language renames the choices, and ComboBox then goes back to the first.
    property var value: undefined
    function showValue() {
        if (value !== undefined)
            currentIndex = Qt.binding(() => count > 0 ? indexOfValue(value) : -1)
    }
    onModelChanged: showValue()
    onValueChanged: showValue()
    Component.onCompleted: showValue()

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: box.visualFocus || box.activeFocus ? 2 : 1
        border.color: box.visualFocus || box.activeFocus ? Theme.accent : Theme.border
    }
    contentItem: Label {
        leftPadding: 10
        rightPadding: box.indicator.width + 6
        text: box.displayText
        font: box.font
        color: Theme.text
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    delegate: ItemDelegate {
        id: option
        required property var modelData
        required property int index
        width: ListView.view.width
        height: Theme.touch
        highlighted: box.highlightedIndex === index
        Accessible.name: text
        text: box.textRole ? modelData[box.textRole] : modelData
        background: Rectangle { color: option.highlighted ? Theme.accent : Theme.surface }
        contentItem: Label {
            text: option.text
            font.pixelSize: Theme.fontBody
            color: option.highlighted ? Theme.accentText : Theme.text
            verticalAlignment: Text.AlignVCenter
        }
    }
    popup.background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }
}
