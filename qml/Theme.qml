pragma Singleton
import QtQuick

// One palette and type scale for every page; `dark` switches the whole app.
QtObject {
    property bool dark: false

    readonly property color background: dark ? "#15181c" : "#f6f8fa"
    readonly property color surface: dark ? "#1e2126" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#262a30" : "#eef2f6"
    readonly property color border: dark ? "#3a3f46" : "#d5dbe1"
    readonly property color text: dark ? "#e8eaed" : "#1f2328"
    readonly property color muted: dark ? "#a0a6ad" : "#5f6670"
    readonly property color accent: dark ? "#7fb2ff" : "#1d5fa8"
    readonly property color accentText: dark ? "#0d1b2a" : "#ffffff"
    readonly property color urgent: dark ? "#ff8a80" : "#b3261e"
    readonly property color warning: dark ? "#ffcc80" : "#a15c00"
    readonly property color info: dark ? "#90caf9" : "#2f6fb5"
    readonly property color good: dark ? "#a5d6a7" : "#2e7d32"

    readonly property int fontSmall: 13
    readonly property int fontBody: 15
    readonly property int fontTitle: 19
    readonly property int fontHeading: 26
    readonly property int spacing: 12
    readonly property int radius: 8
    readonly property int touch: 44  // the smallest target a finger or a shaky hand hits

    function severityColor(severity) {
        return severity === "urgent" ? urgent : severity === "warning" ? warning : info
    }
}
