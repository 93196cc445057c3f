<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>relief::reports::chart</name>
    <message>
        <source>Pain (0-10)</source>
        <translation>Schmerz (0-10)</translation>
    </message>
    <message>
        <source>No pain scores were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Schmerzwerte eingetragen.</translation>
    </message>
    <message>
        <source>daily mean</source>
        <comment>legend</comment>
        <translation>Tagesmittel</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <comment>legend</comment>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <source>period mean</source>
        <comment>legend</comment>
        <translation>Mittel des Zeitraums</translation>
    </message>
    <message>
        <source>PEG score (0-10): mean of pain, enjoyment and activity</source>
        <translation>PEG (0-10): Schmerz, Lebensfreude, Aktivität</translation>
    </message>
    <message>
        <source>No PEG answers were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine PEG-Antworten eingetragen.</translation>
    </message>
    <message>
        <source>%1 % improvement</source>
        <comment>legend</comment>
        <extracomment>The PEG chart&apos;s line of the improvement looked for: %1 in percent.</extracomment>
        <translation>%1 % Besserung</translation>
    </message>
    <message>
        <source>PEG score</source>
        <comment>legend</comment>
        <translation>PEG</translation>
    </message>
    <message>
        <source>first answer</source>
        <comment>legend</comment>
        <translation>erste Antwort</translation>
    </message>
    <message>
        <source>Daily doses: total a day, each row from 0 to its highest day</source>
        <translation>Tagesdosen: Summe pro Tag, jede Zeile von 0 bis zu ihrem höchsten Tag</translation>
    </message>
    <message>
        <source>No doses were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Dosen eingetragen.</translation>
    </message>
    <message>
        <source>%1: highest %2 a day</source>
        <extracomment>A row of the dose chart: %1 the medication, %2 its highest total in a day (&quot;800 mg&quot;).</extracomment>
        <translation>%1: höchstens %2 am Tag</translation>
    </message>
    <message>
        <source>Events by day</source>
        <translation>Ereignisse pro Tag</translation>
    </message>
    <message>
        <source>mild</source>
        <comment>legend</comment>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>legend</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>severe</source>
        <comment>legend</comment>
        <translation>schwer</translation>
    </message>
    <message>
        <source>cramp</source>
        <comment>legend</comment>
        <translation>Krampf</translation>
    </message>
    <message>
        <source>taken 80 %+</source>
        <comment>legend</comment>
        <translation>eingenommen 80 %+</translation>
    </message>
    <message>
        <source>50-79 %</source>
        <comment>legend</comment>
        <translation>50-79 %</translation>
    </message>
    <message>
        <source>under 50 %</source>
        <comment>legend</comment>
        <translation>unter 50 %</translation>
    </message>
    <message>
        <source>side effects</source>
        <comment>lane</comment>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>cramps</source>
        <comment>lane</comment>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <source>doses taken</source>
        <comment>lane</comment>
        <translation>eingenommene Dosen</translation>
    </message>
    <message>
        <source>Function by day</source>
        <translation>Alltagsfunktion pro Tag</translation>
    </message>
    <message>
        <source>No PEG, sleep or goals were logged in this period.</source>
        <translation>In diesem Zeitraum wurden weder PEG noch Schlaf noch Ziele eingetragen.</translation>
    </message>
    <message>
        <source>hours slept</source>
        <comment>legend</comment>
        <translation>Stunden Schlaf</translation>
    </message>
    <message>
        <source>goal managed</source>
        <comment>legend</comment>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>not that day</source>
        <comment>legend</comment>
        <translation>an dem Tag nicht</translation>
    </message>
    <message>
        <source>PEG score (0-10: pain, enjoyment, activity)</source>
        <comment>lane</comment>
        <translation>PEG-Wert (0-10: Schmerz, Lebensfreude, Aktivität)</translation>
    </message>
    <message>
        <source>sleep (hours, 0-12)</source>
        <comment>lane</comment>
        <translation>Schlaf (Stunden, 0-12)</translation>
    </message>
    <message>
        <source>goals</source>
        <comment>lane</comment>
        <translation>Ziele</translation>
    </message>
</context>
<context>
    <name>relief::reports::html_report</name>
    <message numerus="yes">
        <source>%n drink</source>
        <translation>
            <numerusform>%n Getränk</numerusform>
            <numerusform>%n Getränke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drinks</source>
        <translation>
            <numerusform>%n Getränk</numerusform>
            <numerusform>%n Getränke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramp</source>
        <translation>
            <numerusform>%n Krampf</numerusform>
            <numerusform>%n Krämpfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramps</source>
        <translation>
            <numerusform>%n Krampf</numerusform>
            <numerusform>%n Krämpfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n day</source>
        <extracomment>%1 how many drinks or cramps (&quot;3 drinks&quot;), on %n days.</extracomment>
        <translation>
            <numerusform>%1 an %n Tag</numerusform>
            <numerusform>%1 an %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n days</source>
        <translation>
            <numerusform>%1 an %n Tag</numerusform>
            <numerusform>%1 an %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 of %n day</source>
        <extracomment>%1 pain scores logged on %2 of the %n days of the period.</extracomment>
        <translation>
            <numerusform>%1 an %2 von %n Tag</numerusform>
            <numerusform>%1 an %2 von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 of %n days</source>
        <translation>
            <numerusform>%1 an %2 von %n Tag</numerusform>
            <numerusform>%1 an %2 von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Relief Journal visit report - %1 - %2</source>
        <extracomment>The title of the page: %1 the person&apos;s name, %2 the period.</extracomment>
        <translation>Relief Journal: Bericht für den Arzttermin - %1 - %2</translation>
    </message>
    <message>
        <source>Relief Journal visit report - %1</source>
        <extracomment>The title of the page: %1 the period.</extracomment>
        <translation>Relief Journal: Bericht für den Arzttermin - %1</translation>
    </message>
    <message>
        <source>Relief Journal visit report</source>
        <translation>Relief Journal: Bericht für den Arzttermin</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <extracomment>%1 who the report is about, %2 the age in years.</extracomment>
        <translation>%1 (%2 Jahre)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Arzttermin</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>Three charts from %1 to %2. Top: daily mean pain (dots) on a 0 to 10 scale with the 7-day mean (line) and the period mean (dashed line, %3). Middle: daily total taken of each ingredient (bars)%4. Bottom: side effects, cramps and the share of scheduled doses taken, by day.</source>
        <extracomment>The charts described for a screen reader: %1 and %2 the first and last day, %3 the period&apos;s pain mean, %4 the ingredients charted (&quot;: baclofen, tizanidine&quot;) or nothing.</extracomment>
        <translation>Drei Diagramme vom %1 bis %2. Oben: mittlerer Tagesschmerz (Punkte) auf einer Skala von 0 bis 10 mit dem 7-Tage-Mittel (Linie) und dem Mittel des Zeitraums (gestrichelte Linie, %3). Mitte: täglich eingenommene Gesamtmenge je Wirkstoff (Balken)%4. Unten: Nebenwirkungen, Krämpfe und der Anteil eingenommener geplanter Dosen, pro Tag.</translation>
    </message>
    <message>
        <source>Doses and events by day</source>
        <translation>Dosen und Ereignisse pro Tag</translation>
    </message>
    <message>
        <source>No pain scores or doses were logged in this period, so there is nothing to chart.</source>
        <translation>In diesem Zeitraum wurden weder Schmerzwerte noch Dosen eingetragen, daher gibt es nichts darzustellen.</translation>
    </message>
    <message>
        <source>Each chart has its legend; doses are daily totals, each row from 0 to its highest day.</source>
        <translation>Jedes Diagramm hat seine Legende; Dosen sind Tagessummen, jede Zeile von 0 bis zu ihrem höchsten Tag.</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Fragen für den Arzttermin</translation>
    </message>
    <message>
        <source>No current alert raises a question.</source>
        <translation>Kein aktueller Hinweis wirft eine Frage auf.</translation>
    </message>
    <message>
        <source>Current alerts</source>
        <translation>Aktuelle Hinweise</translation>
    </message>
    <message>
        <source>No alerts are current at the end of this period.</source>
        <translation>Am Ende dieses Zeitraums gibt es keine aktuellen Hinweise.</translation>
    </message>
    <message>
        <source>%1 (raised %2)</source>
        <extracomment>An alert&apos;s heading: %1 its title, %2 the day it was raised.</extracomment>
        <translation>%1 (aufgetreten am %2)</translation>
    </message>
    <message>
        <source>%1 - discussed %2</source>
        <extracomment>%1 an alert&apos;s heading, %2 the day it was discussed with the clinician.</extracomment>
        <translation>%1 - besprochen am %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <extracomment>%1 the medical sources of an alert, separated by semicolons.</extracomment>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>Resolved: %1.</source>
        <extracomment>%1 the alerts resolved in the period, separated by semicolons.</extracomment>
        <translation>Erledigt: %1.</translation>
    </message>
    <message>
        <source>Symptoms logged</source>
        <translation>Eingetragene Symptome</translation>
    </message>
    <message>
        <source>No symptoms were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Symptome eingetragen.</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>No medications were taken or scheduled in this period.</source>
        <translation>In diesem Zeitraum wurden keine Medikamente eingenommen oder eingeplant.</translation>
    </message>
    <message>
        <source>changed %1: %2</source>
        <extracomment>A change of prescription: %1 the day, %2 the new dose and schedule.</extracomment>
        <translation>geändert am %1: %2</translation>
    </message>
    <message>
        <source>day %1</source>
        <comment>course</comment>
        <extracomment>The day of a course of a muscle relaxant taken day after day.</extracomment>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Verordnung</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Taken in the period</source>
        <translation>Im Zeitraum eingenommen</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Einnahmetreue</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Schmerz (0-10)</translation>
    </message>
    <message>
        <source>No pain scores were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Schmerzwerte eingetragen.</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Against the period before</source>
        <translation>Gegenüber Vorzeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Scores logged</source>
        <translation>Eingetragene Werte</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>No locations were given.</source>
        <translation>Es wurden keine Stellen angegeben.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>What it felt like</source>
        <translation>Wie es sich anfühlte</translation>
    </message>
    <message>
        <source>No qualities were given.</source>
        <translation>Es wurde nicht angegeben, wie es sich anfühlte.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>PEG chart from %1 to %2: the PEG score of each answer (dots joined by a line) on a 0 to 10 scale, the first answer&apos;s score (dotted line, %3).</source>
        <extracomment>The PEG chart described for a screen reader: %1 and %2 the first and last day, %3 the first answer&apos;s score.</extracomment>
        <translation>PEG-Diagramm vom %1 bis %2: der PEG-Wert jeder Antwort (durch eine Linie verbundene Punkte) auf einer Skala von 0 bis 10 und der Wert der ersten Antwort (gepunktete Linie, %3).</translation>
    </message>
    <message>
        <source>PEG chart from %1 to %2: the PEG score of each answer (dots joined by a line) on a 0 to 10 scale, the first answer&apos;s score (dotted line, %3) and the %4 % improvement line (dashed, %5).</source>
        <extracomment>The PEG chart described for a screen reader: %1 and %2 the first and last day, %3 the first answer&apos;s score, %4 the improvement looked for in percent, %5 the score that reaches it.</extracomment>
        <translation>PEG-Diagramm vom %1 bis %2: der PEG-Wert jeder Antwort (durch eine Linie verbundene Punkte) auf einer Skala von 0 bis 10, der Wert der ersten Antwort (gepunktete Linie, %3) und die Linie für %4 % Besserung (gestrichelt, %5).</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Alltagsfunktion</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>No side effects were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Nebenwirkungen eingetragen.</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Nebenwirkung</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <source>No cramps were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Krämpfe eingetragen.</translation>
    </message>
    <message>
        <source>At night (22:00 to 06:00)</source>
        <translation>Nachts (22:00 bis 06:00)</translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Längster</translation>
    </message>
    <message>
        <source>Non-drug measures</source>
        <translation>Maßnahmen ohne Medikamente</translation>
    </message>
    <message>
        <source>No non-drug measures were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Maßnahmen ohne Medikamente eingetragen.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Alcohol and fluids</source>
        <translation>Alkohol und Flüssigkeit</translation>
    </message>
    <message>
        <source>No alcohol was logged in this period.</source>
        <translation>In diesem Zeitraum wurde kein Alkohol eingetragen.</translation>
    </message>
    <message>
        <source>No fluids were logged in this period.</source>
        <translation>In diesem Zeitraum wurde keine Flüssigkeit eingetragen.</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Fluids logged</source>
        <translation>Flüssigkeit eingetragen</translation>
    </message>
    <message>
        <source>Mean glasses a day</source>
        <translation>Gläser pro Tag (Mittel)</translation>
    </message>
    <message>
        <source>Days with too little fluid</source>
        <translation>Tage mit zu wenig Flüssigkeit</translation>
    </message>
    <message>
        <source>PEG answers and goals by week</source>
        <translation>PEG-Antworten und Ziele pro Woche</translation>
    </message>
    <message>
        <source>%1 (before the period)</source>
        <extracomment>A PEG answer&apos;s day (%1) that lies before the report&apos;s period.</extracomment>
        <translation>%1 (vor dem Zeitraum)</translation>
    </message>
    <message>
        <source>PEG answered</source>
        <translation>PEG beantwortet</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Enjoyment</source>
        <translation>Lebensfreude</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>PEG score</source>
        <translation>PEG-Wert</translation>
    </message>
    <message>
        <source>Against the first</source>
        <translation>Gegenüber der ersten</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Days met</source>
        <translation>Tage erreicht</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes were written in this period.</source>
        <translation>In diesem Zeitraum wurden keine Notizen geschrieben.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang</comment>
        <extracomment>The language code of this translation for the web page (&quot;es&quot;, &quot;de&quot;): screen readers speak by it.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>Made with Relief Journal on %1 from what was logged in the journal. Relief Journal is not a medical device: it keeps a record and points out patterns to discuss, but it does not diagnose or recommend treatment. Talk to your clinician before changing any medication.</source>
        <extracomment>%1 the day the report was made.</extracomment>
        <translation>Erstellt mit Relief Journal am %1 aus den Einträgen im Tagebuch. Relief Journal ist kein Medizinprodukt: Es führt Buch und zeigt Muster zum Besprechen auf, stellt aber keine Diagnosen und empfiehlt keine Behandlung. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie ein Medikament ändern.</translation>
    </message>
</context>
<context>
    <name>relief::reports::pdf_report</name>
    <message>
        <source>Name not given</source>
        <extracomment>%1 who the report is about without a name (&quot;born 30 Apr 1961, ID MRN-0042&quot;).</extracomment>
        <translation>Name nicht angegeben</translation>
    </message>
    <message>
        <source>Name not given, %1</source>
        <translation>Name nicht angegeben, %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n years</source>
        <extracomment>%1 who the report is about, %n the age in years.</extracomment>
        <translation>
            <numerusform>%1, %n Jahr</numerusform>
            <numerusform>%1, %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>person; conditions</comment>
        <extracomment>%1 who the report is about, %2 the conditions.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Relief Journal - visit report</source>
        <translation>Relief Journal - Bericht für den Arzttermin</translation>
    </message>
    <message>
        <source>Generated %1. A patient&apos;s journal, not a medical device.</source>
        <translation>Erstellt am %1. Ein Patiententagebuch, kein Medizinprodukt.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Bericht für den Arzttermin</translation>
    </message>
    <message>
        <source>Period: %1. Last visit: %2.</source>
        <translation>Zeitraum: %1. Letzter Arzttermin: %2.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>No medications were taken or scheduled in this period.</source>
        <translation>In diesem Zeitraum wurden keine Medikamente eingenommen oder eingeplant.</translation>
    </message>
    <message>
        <source>changed %1: %2</source>
        <extracomment>A change of prescription: %1 the day, %2 the new dose and schedule.</extracomment>
        <translation>geändert am %1: %2</translation>
    </message>
    <message>
        <source>day %1</source>
        <comment>course</comment>
        <extracomment>The day of a course of a muscle relaxant taken day after day.</extracomment>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Verordnung</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Taken in the period</source>
        <translation>Im Zeitraum eingenommen</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Einnahmetreue</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>term (count)</comment>
        <extracomment>A place or a kind and how often: %1 the term, %2 the count (&quot;3 days&quot;, &quot;2 times&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none logged</source>
        <translation>nichts eingetragen</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Schmerz (0-10)</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Against the period before</source>
        <translation>Gegenüber Vorzeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Scores logged</source>
        <extracomment>%1 pain scores logged on %2 of the %n days of the period.</extracomment>
        <translation>Eingetragene Werte</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 of %n day</source>
        <translation>
            <numerusform>%1 an %2 von %n Tag</numerusform>
            <numerusform>%1 an %2 von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 of %n days</source>
        <translation>
            <numerusform>%1 an %2 von %n Tag</numerusform>
            <numerusform>%1 an %2 von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What it felt like</source>
        <translation>Wie es sich anfühlte</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Alltagsfunktion</translation>
    </message>
    <message>
        <source>Symptoms logged</source>
        <translation>Eingetragene Symptome</translation>
    </message>
    <message>
        <source>No symptoms were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Symptome eingetragen.</translation>
    </message>
    <message>
        <source>%1: %2  (raised %3)</source>
        <extracomment>An alert&apos;s heading: %1 its severity (&quot;Urgent&quot;), %2 its title, %3 the day it was raised.</extracomment>
        <translation>%1: %2  (aufgetreten am %3)</translation>
    </message>
    <message>
        <source>%1  - discussed %2</source>
        <extracomment>%1 an alert&apos;s heading, %2 the day it was discussed with the clinician.</extracomment>
        <translation>%1  - besprochen am %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <extracomment>%1 the medical sources of an alert, separated by semicolons.</extracomment>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>Current alerts</source>
        <translation>Aktuelle Hinweise</translation>
    </message>
    <message>
        <source>No alerts are current at the end of this period.</source>
        <translation>Am Ende dieses Zeitraums gibt es keine aktuellen Hinweise.</translation>
    </message>
    <message>
        <source>Resolved: %1.</source>
        <extracomment>%1 the alerts resolved in the period, separated by semicolons.</extracomment>
        <translation>Erledigt: %1.</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Fragen für den Arzttermin</translation>
    </message>
    <message>
        <source>No current alert raises a question.</source>
        <translation>Kein aktueller Hinweis wirft eine Frage auf.</translation>
    </message>
    <message>
        <source>Doses and events by day</source>
        <translation>Dosen und Ereignisse pro Tag</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>No side effects were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Nebenwirkungen eingetragen.</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Nebenwirkung</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <source>No cramps were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Krämpfe eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n day, %2 at night (22:00-06:00)</source>
        <extracomment>%1 cramps on %n days, %2 of them at night.</extracomment>
        <translation>
            <numerusform>%1 an %n Tag, %2 nachts (22:00-06:00)</numerusform>
            <numerusform>%1 an %n Tagen, %2 nachts (22:00-06:00)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n days, %2 at night (22:00-06:00)</source>
        <translation>
            <numerusform>%1 an %n Tag, %2 nachts (22:00-06:00)</numerusform>
            <numerusform>%1 an %n Tagen, %2 nachts (22:00-06:00)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all, longest %2</source>
        <extracomment>%1 the minutes of cramps in all, %2 the longest cramp (&quot;12 minutes&quot;).</extracomment>
        <translation>%1 insgesamt, längster %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Non-drug measures</source>
        <translation>Maßnahmen ohne Medikamente</translation>
    </message>
    <message>
        <source>No non-drug measures were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Maßnahmen ohne Medikamente eingetragen.</translation>
    </message>
    <message>
        <source>Alcohol and fluids</source>
        <translation>Alkohol und Flüssigkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n drink</source>
        <translation>
            <numerusform>%n Getränk</numerusform>
            <numerusform>%n Getränke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drinks</source>
        <translation>
            <numerusform>%n Getränk</numerusform>
            <numerusform>%n Getränke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n day</source>
        <extracomment>%1 the drinks of alcohol (&quot;3 drinks&quot;) on %n days.</extracomment>
        <translation>
            <numerusform>%1 an %n Tag</numerusform>
            <numerusform>%1 an %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n days</source>
        <translation>
            <numerusform>%1 an %n Tag</numerusform>
            <numerusform>%1 an %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message numerus="yes">
        <source>logged on %n day, mean %1 glasses a day; %2 with too little</source>
        <extracomment>Fluids logged on %n days, %1 the mean glasses a day, %2 the days with too little (&quot;2 days&quot;).</extracomment>
        <translation>
            <numerusform>an %n Tag eingetragen, im Mittel %1 Gläser am Tag; %2 mit zu wenig</numerusform>
            <numerusform>an %n Tagen eingetragen, im Mittel %1 Gläser am Tag; %2 mit zu wenig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>logged on %n days, mean %1 glasses a day; %2 with too little</source>
        <translation>
            <numerusform>an %n Tag eingetragen, im Mittel %1 Gläser am Tag; %2 mit zu wenig</numerusform>
            <numerusform>an %n Tagen eingetragen, im Mittel %1 Gläser am Tag; %2 mit zu wenig</numerusform>
        </translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Fluids</source>
        <translation>Flüssigkeit</translation>
    </message>
    <message>
        <source>PEG answers and goals by week</source>
        <translation>PEG-Antworten und Ziele pro Woche</translation>
    </message>
    <message>
        <source>%1 (before the period)</source>
        <extracomment>A PEG answer&apos;s day (%1) that lies before the report&apos;s period.</extracomment>
        <translation>%1 (vor dem Zeitraum)</translation>
    </message>
    <message>
        <source>PEG answered</source>
        <translation>PEG beantwortet</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Enjoyment</source>
        <translation>Lebensfreude</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>PEG score</source>
        <translation>PEG-Wert</translation>
    </message>
    <message>
        <source>Against the first</source>
        <translation>Gegenüber der ersten</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Days met</source>
        <translation>Tage erreicht</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes were written in this period.</source>
        <translation>In diesem Zeitraum wurden keine Notizen geschrieben.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Relief Journal visit report</source>
        <translation>Relief Journal: Bericht für den Arzttermin</translation>
    </message>
</context>
<context>
    <name>relief::reports::report_text</name>
    <message>
        <source>Jan</source>
        <comment>month</comment>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>month</comment>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>month</comment>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>month</comment>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>month</comment>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>month</comment>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>month</comment>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>month</comment>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>month</comment>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>month</comment>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>month</comment>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day month year</comment>
        <extracomment>A day in the report: %1 the day of the month, %2 the month&apos;s short name (translated above), %3 the year: &quot;1 Mar 2026&quot;.</extracomment>
        <translation>%1. %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day)</source>
        <translation>
            <numerusform>%1 bis %2 (%n Tag)</numerusform>
            <numerusform>%1 bis %2 (%n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n days)</source>
        <translation>
            <numerusform>%1 bis %2 (%n Tag)</numerusform>
            <numerusform>%1 bis %2 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>bei Bedarf</translation>
    </message>
    <message>
        <source>none due in the period</source>
        <translation>keine im Zeitraum fällig</translation>
    </message>
    <message>
        <source>no doses due yet</source>
        <translation>noch keine Dosen fällig</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <extracomment>Scheduled doses taken: %1 percent, %2 taken of %3 due.</extracomment>
        <translation>%1 % (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3), %4 late</source>
        <extracomment>Scheduled doses taken: %1 percent, %2 taken of %3 due, %4 of them taken late.</extracomment>
        <translation>%1 % (%2 von %3), %4 verspätet</translation>
    </message>
    <message>
        <source>no pain scores logged</source>
        <translation>keine Schmerzwerte eingetragen</translation>
    </message>
    <message numerus="yes">
        <source>not enough scores to compare (%n days logged)</source>
        <translation>
            <numerusform>zu wenige Werte für einen Vergleich (%n Tag eingetragen)</numerusform>
            <numerusform>zu wenige Werte für einen Vergleich (%n Tage eingetragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>down %1 from %2 to %3</source>
        <translation>um %1 gesunken, von %2 auf %3</translation>
    </message>
    <message>
        <source>up %1 from %2 to %3</source>
        <translation>um %1 gestiegen, von %2 auf %3</translation>
    </message>
    <message>
        <source>unchanged from %1 to %2</source>
        <translation>unverändert, von %1 auf %2</translation>
    </message>
    <message>
        <source>%1 (a clinically important improvement)</source>
        <translation>%1 (eine klinisch bedeutsame Besserung)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>not given</source>
        <comment>place</comment>
        <extracomment>A cramp whose place was not logged.</extracomment>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>born %1</source>
        <extracomment>%1 the day (or the year) of birth.</extracomment>
        <translation>geb. %1</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day month</comment>
        <extracomment>A day whose year is clear from its context: %1 the day of the month, %2 the month&apos;s short name: &quot;1 Mar&quot;.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>medication adherence</comment>
        <extracomment>%1 a medication, %2 its share of scheduled doses taken (&quot;70 % (21 of 30)&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Scheduled doses taken below 80 %: %1.</source>
        <extracomment>%1 the medications, separated by semicolons, each with its share of doses taken.</extracomment>
        <translation>Geplante Dosen unter 80 % eingenommen: %1.</translation>
    </message>
    <message>
        <source>Current alerts: %1 urgent, %2 warning, %3 info.</source>
        <extracomment>The number of current alerts by severity: %1 urgent, %2 warning, %3 info.</extracomment>
        <translation>Aktuelle Hinweise: dringend %1, Warnung %2, Info %3.</translation>
    </message>
    <message>
        <source>Current alerts: %1 urgent, %2 warning, %3 info; %4 resolved.</source>
        <extracomment>The number of current alerts by severity (%1 urgent, %2 warning, %3 info) and %4 resolved ones.</extracomment>
        <translation>Aktuelle Hinweise: dringend %1, Warnung %2, Info %3; erledigt %4.</translation>
    </message>
    <message>
        <source>substantial</source>
        <comment>IMMPACT</comment>
        <translation>erheblich</translation>
    </message>
    <message>
        <source>moderately important</source>
        <comment>IMMPACT</comment>
        <translation>mäßig bedeutsam</translation>
    </message>
    <message>
        <source>minimally important</source>
        <comment>IMMPACT</comment>
        <translation>minimal bedeutsam</translation>
    </message>
    <message>
        <source>little change</source>
        <comment>IMMPACT</comment>
        <translation>kaum Veränderung</translation>
    </message>
    <message>
        <source>, a %1 % fall</source>
        <extracomment>Ends a sentence about a pain mean: %1 the change in percent.</extracomment>
        <translation>, ein Rückgang um %1 %</translation>
    </message>
    <message>
        <source>, a %1 % rise</source>
        <translation>, ein Anstieg um %1 %</translation>
    </message>
    <message>
        <source>, a %1 % fall (%2)</source>
        <extracomment>Ends a sentence about a pain mean: %1 the change in percent, %2 how important IMMPACT counts it.</extracomment>
        <translation>, ein Rückgang um %1 % (%2)</translation>
    </message>
    <message>
        <source>, a %1 % rise (%2)</source>
        <translation>, ein Anstieg um %1 % (%2)</translation>
    </message>
    <message>
        <source>mean %1, peak %2 on %3</source>
        <translation>Mittel %1, Spitze %2 am %3</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>Mittel %1</translation>
    </message>
    <message>
        <source>%1, no flare days</source>
        <translation>%1, keine Schubtage</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1 the first six flare days; %n how many more there were.</extracomment>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n flare day (%2)</source>
        <extracomment>%1 the pain&apos;s mean and peak, %2 the flare days.</extracomment>
        <translation>
            <numerusform>%1, %n Schubtag (%2)</numerusform>
            <numerusform>%1, %n Schubtage (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n flare days (%2)</source>
        <translation>
            <numerusform>%1, %n Schubtag (%2)</numerusform>
            <numerusform>%1, %n Schubtage (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no comparison: %1 of the %n days before have a score</source>
        <extracomment>%1 how many of the %n days before the period have a pain score.</extracomment>
        <translation>
            <numerusform>kein Vergleich: Werte an %1 von %n Tag davor</numerusform>
            <numerusform>kein Vergleich: Werte an %1 von %n Tagen davor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; first 7 days %2, last 7 days %3%4</source>
        <extracomment>%1 why there is no comparison; %2 and %3 the pain means of the period&apos;s first and last 7 days; %4 the change between them (&quot;, a 35 % fall (moderately important)&quot;) or nothing.</extracomment>
        <translation>%1; erste 7 Tage %2, letzte 7 Tage %3%4</translation>
    </message>
    <message numerus="yes">
        <source>down %1 from %2 in the %n days before%3</source>
        <extracomment>%1 how far the pain mean went down, %2 the mean of the %n days before the period, %3 the change in percent (&quot;, a 35 % fall (moderately important)&quot;) or nothing.</extracomment>
        <translation>
            <numerusform>%1 weniger als %2 am %n Tag davor%3</numerusform>
            <numerusform>%1 weniger als %2 in den %n Tagen davor%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up %1 from %2 in the %n days before%3</source>
        <translation>
            <numerusform>%1 mehr als %2 am %n Tag davor%3</numerusform>
            <numerusform>%1 mehr als %2 in den %n Tagen davor%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unchanged from %1 in the %n days before%2</source>
        <translation>
            <numerusform>unverändert gegenüber %1 am %n Tag davor%2</numerusform>
            <numerusform>unverändert gegenüber %1 in den %n Tagen davor%2</numerusform>
        </translation>
    </message>
    <message>
        <source>last 7 days %1</source>
        <translation>letzte 7 Tage %1</translation>
    </message>
    <message>
        <source>last 7 days %1, the 7 days before %2</source>
        <translation>letzte 7 Tage %1, die 7 Tage davor %2</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <comment>condition</comment>
        <extracomment>%1 the conditions, %2 the day they began.</extracomment>
        <translation>%1 seit dem %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n day, stopped %2</source>
        <extracomment>%1 a medication, taken on %n days and stopped on %2.</extracomment>
        <translation>
            <numerusform>%1 %n Tag, abgesetzt am %2</numerusform>
            <numerusform>%1 %n Tage, abgesetzt am %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n days, stopped %2</source>
        <translation>
            <numerusform>%1 %n Tag, abgesetzt am %2</numerusform>
            <numerusform>%1 %n Tage, abgesetzt am %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, day %2 of use</source>
        <extracomment>%1 a medication, %2 how many days it has been taken in a row.</extracomment>
        <translation>%1, Tag %2 der Einnahme</translation>
    </message>
    <message>
        <source>%1, none taken</source>
        <translation>%1, nichts eingenommen</translation>
    </message>
    <message numerus="yes">
        <source>%1 as needed on %2 of %n day</source>
        <extracomment>%1 a medication taken as needed, on %2 of the %n days of the period.</extracomment>
        <translation>
            <numerusform>%1 bei Bedarf an %2 von %n Tag</numerusform>
            <numerusform>%1 bei Bedarf an %2 von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 as needed on %2 of %n days</source>
        <translation>
            <numerusform>%1 bei Bedarf an %2 von %n Tag</numerusform>
            <numerusform>%1 bei Bedarf an %2 von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <comment>medication</comment>
        <extracomment>%1 a medication, %2 the day it was started.</extracomment>
        <translation>%1 seit dem %2</translation>
    </message>
    <message numerus="yes">
        <source>pain mean %1 (%2 in the %n days before%3)</source>
        <extracomment>%1 the period&apos;s pain mean, %2 the mean of the %n days before, %3 the change (&quot;, a 58 % fall&quot;) or nothing.</extracomment>
        <translation>
            <numerusform>Schmerz im Mittel %1 (%2 am %n Tag davor%3)</numerusform>
            <numerusform>Schmerz im Mittel %1 (%2 in den %n Tagen davor%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>pain mean %1 (first 7 days %2, last 7 days %3%4)</source>
        <extracomment>%1 the period&apos;s pain mean, %2 and %3 the means of its first and last 7 days, %4 the change or nothing.</extracomment>
        <translation>Schmerz im Mittel %1 (erste 7 Tage %2, letzte 7 Tage %3%4)</translation>
    </message>
    <message>
        <source>pain mean %1</source>
        <translation>Schmerz im Mittel %1</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n flare day, peak %2</source>
        <extracomment>%1 the pain&apos;s mean, %n the flare days, %2 the highest score.</extracomment>
        <translation>
            <numerusform>%1; %n Schubtag, Spitze %2</numerusform>
            <numerusform>%1; %n Schubtage, Spitze %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n flare days, peak %2</source>
        <translation>
            <numerusform>%1; %n Schubtag, Spitze %2</numerusform>
            <numerusform>%1; %n Schubtage, Spitze %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>headline</comment>
        <extracomment>Page one&apos;s first sentence: %1 its parts (condition; each medication; pain), separated by semicolons.</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>%1, stopped</source>
        <translation>%1, abgesetzt</translation>
    </message>
    <message>
        <source>%1; last dose %2</source>
        <translation>%1; letzte Dosis %2</translation>
    </message>
    <message>
        <source>none taken in the period</source>
        <translation>im Zeitraum nichts eingenommen</translation>
    </message>
    <message numerus="yes">
        <source>%n day: %1, mean %2 a day, highest %3</source>
        <extracomment>Doses taken on %n days: %1 in all, %2 the mean a day, %3 the highest day.</extracomment>
        <translation>
            <numerusform>%n Tag: %1, im Mittel %2 am Tag, höchstens %3</numerusform>
            <numerusform>%n Tage: %1, im Mittel %2 am Tag, höchstens %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days: %1, mean %2 a day, highest %3</source>
        <translation>
            <numerusform>%n Tag: %1, im Mittel %2 am Tag, höchstens %3</numerusform>
            <numerusform>%n Tage: %1, im Mittel %2 am Tag, höchstens %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 on %n day (%3)</source>
        <extracomment>%1 a symptom, %2 how often (&quot;5 times&quot;), on %n days, %3 when (a day or &quot;3 Nov 2026 to 28 Nov 2026&quot;).</extracomment>
        <translation>
            <numerusform>%1 %2 an %n Tag (%3)</numerusform>
            <numerusform>%1 %2 an %n Tagen (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 on %n days (%3)</source>
        <translation>
            <numerusform>%1 %2 an %n Tag (%3)</numerusform>
            <numerusform>%1 %2 an %n Tagen (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>alert raised</comment>
        <extracomment>%1 an alert&apos;s title, %2 the day it was raised.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>severity: alerts</comment>
        <extracomment>%1 a severity (&quot;Urgent&quot;), %2 the alerts of that severity, separated by semicolons.</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 (raised %2, resolved %3)</source>
        <extracomment>%1 an alert&apos;s title, raised on %2, resolved on %3.</extracomment>
        <translation>%1 (aufgetreten am %2, erledigt am %3)</translation>
    </message>
    <message>
        <source>%1 (raised %2, resolved %3, discussed %4)</source>
        <extracomment>%1 an alert&apos;s title, raised on %2, resolved on %3, discussed with the clinician on %4.</extracomment>
        <translation>%1 (aufgetreten am %2, erledigt am %3, besprochen am %4)</translation>
    </message>
    <message>
        <source>%1 (raised %2, no longer current)</source>
        <extracomment>%1 an alert&apos;s title, raised on %2.</extracomment>
        <translation>%1 (aufgetreten am %2, nicht mehr aktuell)</translation>
    </message>
    <message>
        <source>%1 (raised %2, no longer current, discussed %3)</source>
        <extracomment>%1 an alert&apos;s title, raised on %2, discussed with the clinician on %3.</extracomment>
        <translation>%1 (aufgetreten am %2, nicht mehr aktuell, besprochen am %3)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <comment>PEG</comment>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>less than 1 % lower</source>
        <translation>weniger als 1 % niedriger</translation>
    </message>
    <message>
        <source>less than 1 % higher</source>
        <translation>weniger als 1 % höher</translation>
    </message>
    <message>
        <source>%1 % lower</source>
        <extracomment>A PEG score against the first answer: %1 the change in whole percent.</extracomment>
        <translation>%1 % niedriger</translation>
    </message>
    <message>
        <source>%1 % higher</source>
        <translation>%1 % höher</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>score on day</comment>
        <extracomment>A PEG score %1 answered on the day %2.</extracomment>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1, the first answer: nothing to compare with yet</source>
        <translation>%1, die erste Antwort: noch nichts zum Vergleichen</translation>
    </message>
    <message>
        <source>the first since the pain episode began on %1</source>
        <translation>die erste seit Beginn der Schmerzphase am %1</translation>
    </message>
    <message>
        <source>the period&apos;s first</source>
        <translation>die erste des Zeitraums</translation>
    </message>
    <message>
        <source>the first answer was 0, so there is no improvement to measure</source>
        <translation>die erste Antwort war 0, daher lässt sich keine Besserung messen</translation>
    </message>
    <message>
        <source>%1, reaching the %2 % improvement that IMMPACT counts as moderately important</source>
        <extracomment>%1 the change (&quot;36 % lower&quot;), %2 the improvement looked for, in percent.</extracomment>
        <translation>%1, erreicht die Besserung um %2 %, die IMMPACT als mäßig bedeutsam wertet</translation>
    </message>
    <message>
        <source>%1, reaching the %2 % improvement</source>
        <translation>%1, erreicht die Besserung um %2 %</translation>
    </message>
    <message>
        <source>%1; IMMPACT counts 50 % as substantial</source>
        <translation>%1; IMMPACT wertet 50 % als erheblich</translation>
    </message>
    <message>
        <source>%1, short of a %2 % improvement</source>
        <extracomment>%1 the change (&quot;20 % lower&quot;), %2 the improvement looked for, in percent.</extracomment>
        <translation>%1, unter einer Besserung um %2 %</translation>
    </message>
    <message>
        <source>%1, no improvement</source>
        <translation>%1, keine Besserung</translation>
    </message>
    <message>
        <source>%1 (%2) to %3: %4</source>
        <extracomment>%1 the first PEG score and its day, %2 which answer is the first, %3 the latest score and its day, %4 the change and what it means.</extracomment>
        <translation>von %1 (%2) auf %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n night logged: mean %1, quality not rated</source>
        <extracomment>%n nights with sleep logged, %1 the mean time asleep (&quot;6 h 40 min&quot;).</extracomment>
        <translation>
            <numerusform>%n Nacht eingetragen: im Mittel %1, Qualität nicht bewertet</numerusform>
            <numerusform>%n Nächte eingetragen: im Mittel %1, Qualität nicht bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nights logged: mean %1, quality not rated</source>
        <translation>
            <numerusform>%n Nacht eingetragen: im Mittel %1, Qualität nicht bewertet</numerusform>
            <numerusform>%n Nächte eingetragen: im Mittel %1, Qualität nicht bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night rated</source>
        <translation>
            <numerusform>%n bewertet</numerusform>
            <numerusform>%n bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nights rated</source>
        <translation>
            <numerusform>%n bewertet</numerusform>
            <numerusform>%n bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night logged: mean %1, quality %2 of 10 (%3)</source>
        <extracomment>%n nights with sleep logged, %1 the mean time asleep, %2 the mean quality (0-10), %3 how many nights were rated.</extracomment>
        <translation>
            <numerusform>%n Nacht eingetragen: im Mittel %1, Qualität %2 von 10 (%3)</numerusform>
            <numerusform>%n Nächte eingetragen: im Mittel %1, Qualität %2 von 10 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nights logged: mean %1, quality %2 of 10 (%3)</source>
        <translation>
            <numerusform>%n Nacht eingetragen: im Mittel %1, Qualität %2 von 10 (%3)</numerusform>
            <numerusform>%n Nächte eingetragen: im Mittel %1, Qualität %2 von 10 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Goals, last 7 days</source>
        <extracomment>%1 the days of the goals&apos; last week (&quot;1 Mar to 3 Mar 2026&quot;).</extracomment>
        <translation>Ziele, letzte 7 Tage</translation>
    </message>
    <message>
        <source>Goals, %1</source>
        <translation>Ziele, %1</translation>
    </message>
    <message>
        <source>the first</source>
        <comment>PEG answer</comment>
        <translation>die erste</translation>
    </message>
    <message>
        <source>%1: not checked</source>
        <extracomment>%1 a goal the person set themselves.</extracomment>
        <translation>%1: nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%1: met on %2 of %n day checked</source>
        <extracomment>%1 a goal the person set themselves, met on %2 of the %n days it was checked.</extracomment>
        <translation>
            <numerusform>%1: erreicht an %2 von %n geprüften Tag</numerusform>
            <numerusform>%1: erreicht an %2 von %n geprüften Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: met on %2 of %n days checked</source>
        <translation>
            <numerusform>%1: erreicht an %2 von %n geprüften Tag</numerusform>
            <numerusform>%1: erreicht an %2 von %n geprüften Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>PEG (0-10)</source>
        <translation>PEG (0-10)</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Global impression (PGIC)</source>
        <translation>Gesamteindruck (PGIC)</translation>
    </message>
    <message>
        <source>very much improved</source>
        <comment>PGIC</comment>
        <translation>sehr viel besser</translation>
    </message>
    <message>
        <source>much improved</source>
        <comment>PGIC</comment>
        <translation>viel besser</translation>
    </message>
    <message>
        <source>minimally improved</source>
        <comment>PGIC</comment>
        <translation>etwas besser</translation>
    </message>
    <message>
        <source>no change</source>
        <comment>PGIC</comment>
        <translation>keine Veränderung</translation>
    </message>
    <message>
        <source>minimally worse</source>
        <comment>PGIC</comment>
        <translation>etwas schlechter</translation>
    </message>
    <message>
        <source>much worse</source>
        <comment>PGIC</comment>
        <translation>viel schlechter</translation>
    </message>
    <message>
        <source>very much worse</source>
        <comment>PGIC</comment>
        <translation>sehr viel schlechter</translation>
    </message>
    <message>
        <source>%1 (%2 of 7)</source>
        <extracomment>A PGIC answer: %1 its words, %2 its number on the scale of 7.</extracomment>
        <translation>%1 (%2 von 7)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>answer on day</comment>
        <extracomment>A PGIC answer %1 given on the day %2.</extracomment>
        <translation>%1 am %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n earlier</source>
        <extracomment>%1 the three answers before the latest, %n how many earlier ones there were.</extracomment>
        <translation>
            <numerusform>%1 und %n frühere</numerusform>
            <numerusform>%1 und %n frühere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; before: %2</source>
        <extracomment>%1 the latest PGIC answer, %2 the ones before it.</extracomment>
        <translation>%1; davor: %2</translation>
    </message>
</context>
</TS>
