import QtQuick
import QtTest
import Relief

TestCase {
    name: "Report"
    TodayModel { id: today }
    ReportController { id: report }

    function test_export_writes_files() {
        compare(today.logPain(5, [], []), "")
        verify(report.preview.length > 0)
        compare(report.exportTo("pdf", probe.file("visit.pdf")), "")
        verify(probe.exists("visit.pdf"))
        compare(report.exportTo("csv", probe.file("visit.csv")), "")
        verify(probe.exists("visit.csv"))
        verify(report.exportTo("docx", probe.file("visit.docx")) !== "")
        verify(!probe.exists("visit.docx"))
    }

    function test_record_visit() {
        compare(report.recordVisit(), "")
        compare(probe.visits(), 1)
    }
}
