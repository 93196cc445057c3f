import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relief

// A page's scrolling column, at most `maxContentWidth` wide. When keyboard focus moves
// to a control outside the visible part, it scrolls that control into view.
Flickable {
    id: flick
    default property alias content: column.data
    property int maxContentWidth: 880
    readonly property int margin: Theme.spacing * 2

    clip: true
    contentWidth: width
    contentHeight: column.implicitHeight + 2 * margin
    boundsBehavior: Flickable.StopAtBounds
    flickableDirection: Flickable.VerticalFlick
    activeFocusOnTab: false

    ScrollBar.vertical: ScrollBar {
        policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
        width: 12
    }

    ColumnLayout {
        id: column
        x: Math.max(flick.margin, (flick.width - width) / 2)
        y: flick.margin
        width: Math.min(flick.width - 2 * flick.margin - 12, flick.maxContentWidth)
        spacing: Theme.spacing * 1.5
    }

    // Scroll so that `item` (a descendant) is fully visible.
    function reveal(item) {
        let p = item
        while (p && p !== column)
            p = p.parent
        if (!p)
            return
        const top = item.mapToItem(flick.contentItem, 0, 0).y - Theme.spacing
        const bottom = top + item.height + 2 * Theme.spacing
        let y = flick.contentY
        if (bottom > y + flick.height)
            y = bottom - flick.height
        if (top < y)
            y = top
        flick.contentY = Math.max(0, Math.min(y, flick.contentHeight - flick.height))
    }

    // Not for a click: scrolling between a press and its release would move the button
    // away from the pointer, and the click would be lost.
    readonly property Item focusedItem: Window.activeFocusItem
    onFocusedItemChanged: if (focusedItem && visible && focusedItem.focusReason !== Qt.MouseFocusReason) reveal(focusedItem)

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_PageDown) {
            contentY = Math.min(contentY + height * 0.9, Math.max(0, contentHeight - height))
            event.accepted = true
        } else if (event.key === Qt.Key_PageUp) {
            contentY = Math.max(0, contentY - height * 0.9)
            event.accepted = true
        }
    }
}
