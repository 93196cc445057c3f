import QtQuick
import QtTest
import Relief
import "driver.js" as Driver

// The Trends page: an empty journal says what to do; with entries, the range chips
// change what the chart covers and the sentence under them.
TestCase {
    id: tc
    name: "TrendsPage"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    Component { id: pageComponent; TrendsPage { anchors.fill: parent } }
    TodayModel { id: today }
    CheckinsController { id: checkins }
    property Item page

    function init() {
        verify(probe.fresh("2026-03-10T12:00"))
    }
    function show() {
        page = pageComponent.createObject(tc)
        wait(20)
    }
    function cleanup() {
        if (page) {
            page.visible = false
            page.destroy()
        }
    }

    function test_nothing_to_chart_says_what_to_do() {
        show()
        verify(Driver.shows("Nothing to chart yet"))
        verify(Driver.has("Go to Today"))
    }

    function test_the_range_chips_change_the_chart() {
        compare(today.logPain(6, [], []), "")
        show()
        verify(!Driver.shows("Nothing to chart yet"))
        verify(Driver.shows("Not enough pain scores to show a change yet (1 day logged)."))
        const chart = Driver.item("Chart of pain and doses")
        compare(chart.days, 28)
        Driver.mouseClick("Show the last: 1 year")
        compare(chart.days, 365)
        Driver.mouseClick("Show the last: 2 weeks")
        compare(chart.days, 14)
        Driver.mouseClick("Show the last: 2 weeks")  // choosing it again keeps it
        compare(chart.days, 14)
    }

    // The PEG, sleep and goals (issue 15) on the same days as pain: their lanes are drawn
    // once the period has any, and the chart asks for the room they take.
    function test_function_lanes_come_with_a_peg_or_sleep() {
        compare(today.logPain(6, [], []), "")
        show()
        const chart = Driver.item("Chart of pain and doses")
        verify(!chart.hasFunction)
        const before = chart.neededHeight
        compare(checkins.logPeg(6, 5, 7), "")
        compare(checkins.logSleep("6.5", 4), "")
        verify(chart.hasFunction)
        verify(chart.neededHeight > before + 100, "room for the function lanes: " + before + " -> " + chart.neededHeight)
        verify(Driver.has("Chart of pain, function (PEG, sleep, goals) and doses"))
        Driver.settle()
        verify(chart.height >= chart.neededHeight, "the page gives the chart what it needs")
    }
}
