import QtQuick
import QtQuick.Controls
import Relief

// A button at least Theme.touch square, in Theme colours, with a visible keyboard focus
// ring, Enter/Return as well as Space to press (or, with `enterSubmits`, Enter submits
// the form it belongs to), and a clearly faded disabled state.
// `selected` paints it as chosen (for chips and score buttons) without making it
// checkable, so a binding to the chosen value never breaks.
Button {
    id: control
    property bool primary: false
    property bool selected: false
    property color tint: Theme.accent
    property bool wrap: false  // let a long label take two lines in a narrow place
    // In a form's chips and scores, Enter submits the form (Space still chooses).
    property bool enterSubmits: false
    signal submitRequested()

    readonly property bool filled: primary || selected

    implicitHeight: Math.max(Theme.touch, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touch, implicitContentWidth + leftPadding + rightPadding)
    topPadding: 8
    bottomPadding: 8
    leftPadding: 16
    rightPadding: 16
    font.pixelSize: Theme.fontBody
    focusPolicy: Qt.StrongFocus
    opacity: enabled ? 1 : 0.45

    Accessible.name: text
    // A screen reader's "Press": Qt 6.4 does nothing for a button that sets its own
    // accessible name, so the button says what pressing means.
    Accessible.onPressAction: if (enabled) control.clicked()
    Keys.onReturnPressed: control.enterPressed()
    Keys.onEnterPressed: control.enterPressed()
    function enterPressed() {
        if (!enabled)
            return
        if (enterSubmits)
            submitRequested()
        else
            clicked()
    }

    contentItem: Label {
        text: control.text
        font: control.font
        color: control.filled ? Theme.accentText : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: control.wrap ? Text.ElideNone : Text.ElideRight
        wrapMode: control.wrap ? Text.WordWrap : Text.NoWrap
        textFormat: Text.PlainText
    }

    background: Rectangle {
        radius: Theme.radius
        color: control.filled ? (control.down ? Qt.darker(control.tint, 1.15) : control.tint)
                              : (control.down ? Theme.border : Theme.surfaceAlt)
        border.width: control.visualFocus ? 3 : 1
        border.color: control.visualFocus ? Theme.text
                                          : (control.hovered && control.enabled ? control.tint : Theme.border)
    }
}
