import QtQuick
import QtTest
import Relief
import "driver.js" as Driver

// The Visit report page: the preview, saving each format to a new file through the app's
// own file dialog (a file that exists is replaced only when asked), and recording a visit.
TestCase {
    id: tc
    name: "ReportPage"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    Component { id: pageComponent; ReportPage { anchors.fill: parent } }
    TodayModel { id: today }
    property Item page

    function init() {
        verify(probe.fresh("2026-03-10T12:00"))
        compare(today.logPain(5, [], []), "")
        page = pageComponent.createObject(tc)
        wait(20)
    }
    function cleanup() {
        page.visible = false
        page.destroy()
    }

    // Opens the dialog from the page's button and types a path into its name field.
    function saveAs(format, path) {
        Driver.mouseClick("Save as " + format + "…")
        verify(Driver.has("File name"), "the save dialog opened")
        Driver.type("File name", path)
        Driver.mouseClick("Save")
    }

    function test_the_preview_speaks_in_sentences() {
        verify(Driver.shows("Not enough pain scores to show a change yet (1 day logged)."))
        verify(Driver.shows("No alerts are current at the end of this period."))
        verify(!Driver.shows("1 alerts"))
    }

    function test_each_format_is_saved_to_a_new_file_name() {
        const formats = [["PDF", "visit.pdf", "%PDF"], ["HTML", "visit.html", "<!DOCTYPE html>"],
                         ["CSV", "visit.csv", ""], ["FHIR", "visit.json", "{"]]
        for (const [format, name, start] of formats) {
            saveAs(format, probe.file(name))
            verify(probe.exists(name), format + " was written")
            verify(probe.head(name, start.length) === start, format + " starts with " + start)
            compare(probe.mode(name), "0600", format + " is private")
            verify(Driver.shows("Saved to " + probe.file(name)))
        }
    }

    // "Language of the report": the file in the clinician's language, the window in its own.
    function test_the_report_is_written_in_the_language_chosen_for_it() {
        Driver.mouseClick("Language of the report")
        Driver.mouseClick("Español")
        compare(Driver.item("Language of the report").displayText, "Español")
        saveAs("HTML", probe.file("informe.html"))
        verify(probe.exists("informe.html"))
        verify(Driver.shows("Saved to " + probe.file("informe.html")), "the window stays English")
        verify(Driver.shows("Save the report"))
        compare(probe.currentLanguage(), "en")
        const heading = probe.translation("es", "relief::reports::html_report", "Current alerts")
        verify(heading !== "" && heading !== "Current alerts", "the reports speak Spanish")
        verify(probe.text("informe.html").indexOf(heading) >= 0, "the heading is Spanish: " + heading)
        verify(probe.text("informe.html").indexOf("Current alerts") < 0)
    }

    function test_a_bare_name_gets_the_formats_suffix() {
        saveAs("PDF", probe.file("my-visit"))
        verify(probe.exists("my-visit.pdf"))
    }

    function test_an_existing_file_is_replaced_only_when_asked() {
        probe.write("old.pdf", "keep me")
        saveAs("PDF", probe.file("old.pdf"))
        verify(Driver.shows("“old.pdf” already exists. Replace it?"))
        compare(probe.head("old.pdf", 7), "keep me", "nothing written before the answer")
        Driver.mouseClick("Keep the existing file")
        compare(probe.head("old.pdf", 7), "keep me")
        Driver.mouseClick("Save")
        Driver.mouseClick("Replace old.pdf")
        compare(probe.head("old.pdf", 4), "%PDF")
    }

    function test_cancel_writes_nothing() {
        Driver.mouseClick("Save as PDF…")
        Driver.type("File name", probe.file("never.pdf"))
        Driver.mouseClick("Cancel")
        verify(!probe.exists("never.pdf"))
        verify(!Driver.has("File name"), "the dialog closed")
    }

    function test_the_journal_itself_is_never_overwritten() {
        saveAs("PDF", probe.journalPath())  // the journal's own name: a PDF beside it
        verify(Driver.shows("Saved to " + probe.journalPath() + ".pdf"))
        compare(probe.entryList().length, 1, "the journal is intact")
    }

    function test_a_visit_is_recorded_after_asking() {
        Driver.mouseClick("Record a visit today")
        compare(probe.visits(), 0, "the first press asks")
        Driver.mouseClick("Press again to record today's visit")
        compare(probe.visits(), 1)
        verify(Driver.shows("Visit recorded."))
    }
}
