import QtQuick
import QtQuick.Controls
import Relief

// The root of every page: the Theme's background, and a palette and font that every
// control inside inherits, so plain QtQuick.Controls follow light and dark mode.
Pane {
    padding: 0
    font.pixelSize: Theme.fontBody

    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceAlt
    palette.text: Theme.text
    palette.button: Theme.surfaceAlt
    palette.buttonText: Theme.text
    palette.brightText: Theme.accentText
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.light: Theme.surface
    palette.midlight: Theme.surfaceAlt
    palette.mid: Theme.border
    palette.dark: Theme.muted
    palette.shadow: Theme.border
    palette.toolTipBase: Theme.surfaceAlt
    palette.toolTipText: Theme.text
    palette.link: Theme.accent

    background: Rectangle { color: Theme.background }
}
