<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddMedicationForm</name>
    <message>
        <source>Add a medication</source>
        <translation>Ein Medikament hinzufügen</translation>
    </message>
    <message>
        <source>Type its name or brand; the list suggests the ones Relief Journal knows.</source>
        <translation>Geben Sie den Wirkstoff oder den Markennamen ein; die Liste schlägt die vor, die Relief Journal kennt.</translation>
    </message>
    <message>
        <source>Type the medication&apos;s name first.</source>
        <translation>Geben Sie zuerst den Namen des Medikaments ein.</translation>
    </message>
    <message>
        <source>Choose what kind of medicine %1 is (or “other”).</source>
        <translation>Wählen Sie, was für ein Medikament %1 ist (oder „anderes“).</translation>
    </message>
    <message>
        <source>Type the times you take it, for example 8:00, 20:00, or choose “Only when needed”.</source>
        <translation>Geben Sie die Uhrzeiten ein, zu denen Sie es nehmen, zum Beispiel 8:00, 20:00, oder wählen Sie „Nur bei Bedarf“.</translation>
    </message>
    <message>
        <source>Added %1. It appears on the Today page under “As needed”.</source>
        <translation>%1 hinzugefügt. Es steht auf der Seite „Heute“ unter „Bei Bedarf“.</translation>
    </message>
    <message>
        <source>Added %1. Its doses now appear on the Today page.</source>
        <translation>%1 hinzugefügt. Seine Dosen stehen jetzt auf der Seite „Heute“.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>for example baclofen, Flexeril, tizanidine</source>
        <translation>zum Beispiel Baclofen, Flexeril, Tizanidin</translation>
    </message>
    <message>
        <source>What kind of medicine is it?</source>
        <translation>Was für ein Medikament ist es?</translation>
    </message>
    <message>
        <source>Relief Journal does not know this name. Choose its kind so the alerts can check it, or “other”.</source>
        <translation>Relief Journal kennt diesen Namen nicht. Wählen Sie die Art, damit die Hinweise es prüfen können, oder „anderes“.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Kind of medicine</source>
        <translation>Art des Medikaments</translation>
    </message>
    <message>
        <source>One dose</source>
        <translation>Eine Dosis</translation>
    </message>
    <message>
        <source>for example 10 mg</source>
        <translation>zum Beispiel 10 mg</translation>
    </message>
    <message>
        <source>How do you take it?</source>
        <translation>Wie nehmen Sie es ein?</translation>
    </message>
    <message>
        <source>At set times</source>
        <translation>Zu festen Zeiten</translation>
    </message>
    <message>
        <source>At set times, and more when needed</source>
        <translation>Zu festen Zeiten und zusätzlich bei Bedarf</translation>
    </message>
    <message>
        <source>Only when needed</source>
        <translation>Nur bei Bedarf</translation>
    </message>
    <message>
        <source>How it is taken</source>
        <translation>Wie es eingenommen wird</translation>
    </message>
    <message>
        <source>Times each day</source>
        <translation>Uhrzeiten jeden Tag</translation>
    </message>
    <message>
        <source>for example 8:00, 20:00</source>
        <translation>zum Beispiel 8:00, 20:00</translation>
    </message>
    <message>
        <source>The Today page lists each dose at its time, for Taken or Skipped in one tap.</source>
        <translation>Die Seite „Heute“ zeigt jede Dosis zu ihrer Zeit, mit einem Tipp als eingenommen oder ausgelassen markiert.</translation>
    </message>
    <message>
        <source>Most per day (optional)</source>
        <translation>Höchstens pro Tag (optional)</translation>
    </message>
    <message>
        <source>for example 30 mg</source>
        <translation>zum Beispiel 30 mg</translation>
    </message>
    <message>
        <source>The most your prescriber allows in a day, if they told you.</source>
        <translation>Die Höchstmenge pro Tag, die Ihre Ärztin oder Ihr Arzt erlaubt, falls Sie es wissen.</translation>
    </message>
    <message>
        <source>First day (optional)</source>
        <translation>Erster Tag (optional)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty for today</source>
        <translation>JJJJ-MM-TT; leer für heute</translation>
    </message>
    <message>
        <source>Leave it empty to start now: today&apos;s earlier doses are not counted. With an earlier day, the doses from that day on count as missed unless you log them.</source>
        <translation>Lassen Sie es leer, um jetzt zu beginnen: die früheren Dosen von heute werden nicht gezählt. Mit einem früheren Tag zählen die Dosen ab diesem Tag als versäumt, wenn Sie sie nicht eintragen.</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Medikament hinzufügen</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>For your visit</source>
        <translation>Für Ihren Arzttermin</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>These come from patterns in your journal. They are not a diagnosis: bring them to your clinician.</source>
        <translation>Sie ergeben sich aus Mustern in Ihrem Tagebuch. Sie sind keine Diagnose: Besprechen Sie sie mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Keine Hinweise</translation>
    </message>
    <message>
        <source>Keep logging: when your pain, doses or side effects show something worth discussing with your clinician, it appears here, with what it is based on.</source>
        <translation>Tragen Sie weiter ein: Wenn Ihre Schmerzen, Dosen oder Nebenwirkungen etwas zeigen, das Sie mit Ihrer Ärztin oder Ihrem Arzt besprechen sollten, erscheint es hier, mit den Angaben, auf denen es beruht.</translation>
    </message>
    <message>
        <source>No current alerts. Keep logging; earlier ones are below.</source>
        <translation>Keine aktuellen Hinweise. Tragen Sie weiter ein; frühere stehen weiter unten.</translation>
    </message>
    <message>
        <source>Resolved alerts (history)</source>
        <translation>Erledigte Hinweise (Verlauf)</translation>
    </message>
    <message>
        <source>Based on: %1</source>
        <translation>Beruht auf: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>Aufgetreten am %1</translation>
    </message>
    <message>
        <source>discussed with your clinician %1</source>
        <translation>mit Ihrer Ärztin oder Ihrem Arzt besprochen am %1</translation>
    </message>
    <message>
        <source>discussed with your clinician</source>
        <translation>mit Ihrer Ärztin oder Ihrem Arzt besprochen</translation>
    </message>
    <message>
        <source>Discussed with my clinician</source>
        <translation>Mit meiner Ärztin oder meinem Arzt besprochen</translation>
    </message>
    <message>
        <source>Mark “%1” as discussed with my clinician</source>
        <translation>„%1“ als mit meiner Ärztin oder meinem Arzt besprochen markieren</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>When an alert was raised, then when it was discussed.</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CheckinsCard</name>
    <message>
        <source>Check-ins</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>A few questions that show your clinician whether the treatment helps.</source>
        <translation>Ein paar Fragen, die Ihrer Ärztin oder Ihrem Arzt zeigen, ob die Behandlung hilft.</translation>
    </message>
    <message>
        <source>This week: pain and how it gets in the way</source>
        <translation>Diese Woche: Schmerz und wie er Sie einschränkt</translation>
    </message>
    <message>
        <source>What number best describes your pain on average in the past week?</source>
        <translation>Welche Zahl beschreibt Ihre Schmerzen in der letzten Woche im Durchschnitt am besten?</translation>
    </message>
    <message>
        <source>0 is no pain, 10 is pain as bad as you can imagine.</source>
        <translation>0 bedeutet keine Schmerzen, 10 die stärksten Schmerzen, die Sie sich vorstellen können.</translation>
    </message>
    <message>
        <source>Pain on average in the past week:</source>
        <translation>Durchschnittliche Schmerzen in der letzten Woche:</translation>
    </message>
    <message>
        <source>What number best describes how, during the past week, pain has interfered with your enjoyment of life?</source>
        <translation>Welche Zahl beschreibt am besten, wie sehr die Schmerzen in der letzten Woche Ihre Lebensfreude beeinträchtigt haben?</translation>
    </message>
    <message>
        <source>0 is does not interfere, 10 is completely interferes.</source>
        <translation>0 bedeutet keine Beeinträchtigung, 10 eine vollständige Beeinträchtigung.</translation>
    </message>
    <message>
        <source>Pain interfered with enjoyment of life:</source>
        <translation>Beeinträchtigung der Lebensfreude durch Schmerzen:</translation>
    </message>
    <message>
        <source>What number best describes how, during the past week, pain has interfered with your general activity?</source>
        <translation>Welche Zahl beschreibt am besten, wie sehr die Schmerzen in der letzten Woche Ihre allgemeine Aktivität beeinträchtigt haben?</translation>
    </message>
    <message>
        <source>Pain interfered with general activity:</source>
        <translation>Beeinträchtigung der allgemeinen Aktivität durch Schmerzen:</translation>
    </message>
    <message>
        <source>Save PEG</source>
        <translation>PEG speichern</translation>
    </message>
    <message>
        <source>Choose a number for each of the three questions first</source>
        <translation>Wählen Sie zuerst für jede der drei Fragen eine Zahl</translation>
    </message>
    <message>
        <source>Last night&apos;s sleep</source>
        <translation>Schlaf letzte Nacht</translation>
    </message>
    <message>
        <source>Hours slept</source>
        <translation>Geschlafene Stunden</translation>
    </message>
    <message>
        <source>for example 7, 6.5 or 6h30</source>
        <translation>zum Beispiel 7, 6.5 oder 6h30</translation>
    </message>
    <message>
        <source>How well did you sleep? (optional)</source>
        <translation>Wie gut haben Sie geschlafen? (optional)</translation>
    </message>
    <message>
        <source>0 is very poorly, 10 is very well.</source>
        <translation>0 bedeutet sehr schlecht, 10 sehr gut.</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Schlafqualität</translation>
    </message>
    <message>
        <source>Save sleep</source>
        <translation>Schlaf speichern</translation>
    </message>
    <message>
        <source>Type the hours slept first</source>
        <translation>Geben Sie zuerst die geschlafenen Stunden ein</translation>
    </message>
    <message>
        <source>Your goals today</source>
        <translation>Ihre Ziele heute</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Geschafft: %1</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>Not today: %1</source>
        <translation>Heute nicht: %1</translation>
    </message>
    <message>
        <source>Overall change, at %1</source>
        <translation>Veränderung insgesamt (%1)</translation>
    </message>
    <message>
        <source>Since you started, how would you describe the change in your activity, symptoms, mood and quality of life related to your pain?</source>
        <translation>Wie würden Sie seit Beginn die Veränderung Ihrer Aktivität, Ihrer Beschwerden, Ihrer Stimmung und Ihrer Lebensqualität in Bezug auf Ihre Schmerzen beschreiben?</translation>
    </message>
    <message>
        <source>Overall change: %1</source>
        <translation>Veränderung insgesamt: %1</translation>
    </message>
</context>
<context>
    <name>ChipPicker</name>
    <message>
        <source>Show fewer</source>
        <translation>Weniger zeigen</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Alle %1 zeigen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>For a screen reader: the question, then the chip&apos;s word.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConfirmButton</name>
    <message>
        <source>Press again to confirm</source>
        <translation>Zum Bestätigen erneut drücken</translation>
    </message>
</context>
<context>
    <name>CountersCard</name>
    <message>
        <source>What you did</source>
        <translation>Was Sie getan haben</translation>
    </message>
    <message>
        <source>One tap logs it, %1. A mistake can be undone in the day&apos;s log below.</source>
        <translation>Ein Tipp trägt es ein, %1. Einen Fehler können Sie unten im Protokoll des Tages rückgängig machen.</translation>
    </message>
    <message>
        <source>One tap logs it. A mistake can be undone in the day&apos;s log below.</source>
        <translation>Ein Tipp trägt es ein. Einen Fehler können Sie unten im Protokoll des Tages rückgängig machen.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Tried something for the pain</source>
        <translation>Etwas gegen die Schmerzen versucht</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>%1 eintragen</translation>
    </message>
    <message>
        <source>%1 logged</source>
        <translation>%1 eingetragen</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>Getränke</translation>
    </message>
    <message>
        <source>+1 glass of water</source>
        <translation>+1 Glas Wasser</translation>
    </message>
    <message>
        <source>Log one glass of water or other fluid</source>
        <translation>Ein Glas Wasser oder andere Flüssigkeit eintragen</translation>
    </message>
    <message>
        <source>One glass of water logged</source>
        <translation>Ein Glas Wasser eingetragen</translation>
    </message>
    <message>
        <source>+1 alcoholic drink</source>
        <translation>+1 alkoholisches Getränk</translation>
    </message>
    <message>
        <source>Log one alcoholic drink</source>
        <translation>Ein alkoholisches Getränk eintragen</translation>
    </message>
    <message>
        <source>One alcoholic drink logged</source>
        <translation>Ein alkoholisches Getränk eingetragen</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>What was logged, as a sentence (for example &quot;Heat&quot;).</extracomment>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>CrampCard</name>
    <message>
        <source>Cramp or spasm</source>
        <translation>Krampf oder Spasmus</translation>
    </message>
    <message>
        <source>Choose where the cramp is first.</source>
        <translation>Wählen Sie zuerst, wo der Krampf ist.</translation>
    </message>
    <message>
        <source>Cramp logged %1.</source>
        <translation>Krampf %1 eingetragen.</translation>
    </message>
    <message>
        <source>Cramp logged.</source>
        <translation>Krampf eingetragen.</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Wo?</translation>
    </message>
    <message>
        <source>Cramp location</source>
        <translation>Ort des Krampfs</translation>
    </message>
    <message>
        <source>About how long? (optional)</source>
        <translation>Ungefähr wie lange? (optional)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Cramp minutes</source>
        <translation>Dauer des Krampfs in Minuten</translation>
    </message>
    <message>
        <source>How bad, 0 to 10? (optional)</source>
        <translation>Wie stark, 0 bis 10? (optional)</translation>
    </message>
    <message>
        <source>Cramp severity</source>
        <translation>Stärke des Krampfs</translation>
    </message>
    <message>
        <source>Log cramp</source>
        <translation>Krampf eintragen</translation>
    </message>
</context>
<context>
    <name>DayLogCard</name>
    <message>
        <source>Today&apos;s log</source>
        <translation>Heutiges Protokoll</translation>
    </message>
    <message>
        <source>Nothing logged yet. Start with your pain score at the top of the page.</source>
        <translation>Noch nichts eingetragen. Beginnen Sie oben auf der Seite mit Ihrem Schmerzwert.</translation>
    </message>
    <message>
        <source>Saved. The earlier version stays in the journal&apos;s history.</source>
        <translation>Gespeichert. Die frühere Fassung bleibt im Verlauf des Tagebuchs.</translation>
    </message>
    <message>
        <source>Undone. It stays in the journal&apos;s history.</source>
        <translation>Rückgängig gemacht. Es bleibt im Verlauf des Tagebuchs.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Close the editor of %1</source>
        <translation>Bearbeitung von %1 schließen</translation>
    </message>
    <message>
        <source>Edit: %1 at %2</source>
        <translation>Bearbeiten: %1 um %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo?</source>
        <translation>Rückgängig?</translation>
    </message>
    <message>
        <source>Press again to remove %1</source>
        <translation>Erneut drücken, um %1 zu entfernen</translation>
    </message>
    <message>
        <source>Undo: %1 at %2</source>
        <translation>Rückgängig: %1 um %2</translation>
    </message>
</context>
<context>
    <name>DosesCard</name>
    <message>
        <source>Doses today</source>
        <translation>Dosen heute</translation>
    </message>
    <message>
        <source>%1 marked taken %2.</source>
        <translation>%1 %2 als eingenommen markiert.</translation>
    </message>
    <message>
        <source>%1 marked taken.</source>
        <translation>%1 als eingenommen markiert.</translation>
    </message>
    <message>
        <source>%1 marked skipped.</source>
        <translation>%1 als ausgelassen markiert.</translation>
    </message>
    <message>
        <source>%1 dose logged %2.</source>
        <translation>Dosis %1 %2 eingetragen.</translation>
    </message>
    <message>
        <source>%1 dose logged.</source>
        <translation>Dosis %1 eingetragen.</translation>
    </message>
    <message>
        <source>Taken at %1</source>
        <translation>Eingenommen um %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <source>Taken late, at %1</source>
        <translation>Verspätet eingenommen, um %1</translation>
    </message>
    <message>
        <source>Taken late</source>
        <translation>Verspätet eingenommen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Versäumt</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Später heute</translation>
    </message>
    <message>
        <source>No doses were scheduled yesterday.</source>
        <translation>Gestern waren keine Dosen geplant.</translation>
    </message>
    <message>
        <source>No doses to take today. Add your medications and their times on the Medications page, and they will appear here.</source>
        <translation>Heute sind keine Dosen einzunehmen. Tragen Sie Ihre Medikamente und deren Uhrzeiten auf der Seite „Medikamente“ ein, dann erscheinen sie hier.</translation>
    </message>
    <message>
        <source>Go to Medications</source>
        <translation>Zu den Medikamenten</translation>
    </message>
    <message>
        <source>Due at %1. Taken %2?</source>
        <translation>Fällig um %1. Eingenommen %2?</translation>
    </message>
    <message>
        <source>Due at %1. Taken now?</source>
        <translation>Fällig um %1. Jetzt eingenommen?</translation>
    </message>
    <message>
        <source>Press again: %1 is due at %2. Mark it taken %3?</source>
        <translation>Erneut drücken: %1 ist um %2 fällig. %3 als eingenommen markieren?</translation>
    </message>
    <message>
        <source>Press again: %1 is due at %2. Mark it taken now?</source>
        <translation>Erneut drücken: %1 ist um %2 fällig. Jetzt als eingenommen markieren?</translation>
    </message>
    <message>
        <source>Taken: %1 at %2</source>
        <translation>Eingenommen: %1 um %2</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Eingetragen %1</translation>
    </message>
    <message>
        <source>Skipped: %1 at %2</source>
        <translation>Ausgelassen: %1 um %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo?</source>
        <translation>Rückgängig?</translation>
    </message>
    <message>
        <source>Press again to undo %1 at %2</source>
        <translation>Erneut drücken, um %1 um %2 rückgängig zu machen</translation>
    </message>
    <message>
        <source>Undo: %1 at %2</source>
        <translation>Rückgängig: %1 um %2</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Rückgängig gemacht.</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <source>Took a dose of %1</source>
        <translation>Eine Dosis %1 genommen</translation>
    </message>
    <message>
        <source>Another dose of %1?</source>
        <translation>Noch eine Dosis %1?</translation>
    </message>
    <message>
        <source>Press again to log another dose of %1</source>
        <translation>Erneut drücken, um noch eine Dosis %1 einzutragen</translation>
    </message>
    <message>
        <source>Last dose today at %1</source>
        <translation>Letzte Dosis heute um %1</translation>
    </message>
    <message>
        <source>%1 last at %2</source>
        <translation>%1, zuletzt um %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>What was logged, then what the daily maximum rule says of that dose.
----------
A medication&apos;s name, then its dose (for example &quot;Baclofen 10 mg&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Time (HH:MM)</source>
        <translation>Uhrzeit (HH:MM)</translation>
    </message>
    <message>
        <source>Time of %1</source>
        <translation>Uhrzeit von %1</translation>
    </message>
    <message>
        <source>Pain score</source>
        <translation>Schmerzwert</translation>
    </message>
    <message>
        <source>New pain score</source>
        <translation>Neuer Schmerzwert</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Wo?</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What does it feel like?</source>
        <translation>Wie fühlt es sich an?</translation>
    </message>
    <message>
        <source>Feels</source>
        <translation>Fühlt sich an</translation>
    </message>
    <message>
        <source>How bad, 0 to 10? (optional)</source>
        <translation>Wie stark, 0 bis 10? (optional)</translation>
    </message>
    <message>
        <source>Cramp severity</source>
        <translation>Stärke des Krampfs</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>for example 10 mg</source>
        <translation>zum Beispiel 10 mg</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Dose was</source>
        <translation>Die Dosis wurde</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Was geholfen hat</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Nebenwirkung</translation>
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
        <source>How bad</source>
        <translation>Wie stark</translation>
    </message>
    <message>
        <source>Minutes (optional)</source>
        <translation>Minuten (optional)</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>Getränke</translation>
    </message>
    <message>
        <source>Glasses</source>
        <translation>Gläser</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Pain on average in the past week</source>
        <translation>Durchschnittliche Schmerzen in der letzten Woche</translation>
    </message>
    <message>
        <source>New PEG pain</source>
        <translation>Neuer PEG-Schmerzwert</translation>
    </message>
    <message>
        <source>Pain interfered with enjoyment of life</source>
        <translation>Beeinträchtigung der Lebensfreude durch Schmerzen</translation>
    </message>
    <message>
        <source>New PEG enjoyment of life</source>
        <translation>Neuer PEG-Wert Lebensfreude</translation>
    </message>
    <message>
        <source>Pain interfered with general activity</source>
        <translation>Beeinträchtigung der allgemeinen Aktivität durch Schmerzen</translation>
    </message>
    <message>
        <source>New PEG general activity</source>
        <translation>Neuer PEG-Wert allgemeine Aktivität</translation>
    </message>
    <message>
        <source>Hours slept</source>
        <translation>Geschlafene Stunden</translation>
    </message>
    <message>
        <source>for example 7, 6.5 or 6h30</source>
        <translation>zum Beispiel 7, 6.5 oder 6h30</translation>
    </message>
    <message>
        <source>How well, 0 to 10? (optional)</source>
        <translation>Wie gut, 0 bis 10? (optional)</translation>
    </message>
    <message>
        <source>New sleep quality</source>
        <translation>Neue Schlafqualität</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht geschafft</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Overall change</source>
        <translation>Veränderung insgesamt</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Text der Notiz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the changes to %1</source>
        <translation>Änderungen an %1 speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing %1</source>
        <translation>Bearbeitung von %1 abbrechen</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>FileChooserDialog</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Type a name for the file.</source>
        <translation>Geben Sie einen Namen für die Datei ein.</translation>
    </message>
    <message>
        <source>Choose a file, or type its name.</source>
        <translation>Wählen Sie eine Datei oder geben Sie ihren Namen ein.</translation>
    </message>
    <message>
        <source>There is no file called “%1” in this folder.</source>
        <translation>In diesem Ordner gibt es keine Datei namens „%1“.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Up to the parent folder</source>
        <translation>Zum übergeordneten Ordner</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Go to the Documents folder</source>
        <translation>Zum Ordner „Dokumente“</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Persönlicher Ordner</translation>
    </message>
    <message>
        <source>Go to the home folder</source>
        <translation>Zum persönlichen Ordner</translation>
    </message>
    <message>
        <source>Files and folders in %1</source>
        <translation>Dateien und Ordner in %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Dieser Ordner ist leer.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>a name for the new file</source>
        <translation>ein Name für die neue Datei</translation>
    </message>
    <message>
        <source>the file&apos;s name, or its full path</source>
        <translation>der Name der Datei oder ihr vollständiger Pfad</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>„%1“ gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep the existing file</source>
        <translation>Die vorhandene Datei behalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Use this folder</source>
        <translation>Diesen Ordner verwenden</translation>
    </message>
    <message>
        <source>There is no folder called “%1” here.</source>
        <translation>Hier gibt es keinen Ordner namens „%1“.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>empty for the folder shown, or a folder&apos;s full path</source>
        <translation>leer für den angezeigten Ordner oder der vollständige Pfad eines Ordners</translation>
    </message>
</context>
<context>
    <name>JournalOpener</name>
    <message>
        <source>Open another journal…</source>
        <translation>Anderes Tagebuch öffnen…</translation>
    </message>
    <message>
        <source>Open it read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Look at a journal without changing it, for example as a caregiver</source>
        <translation>Ein Tagebuch ansehen, ohne es zu ändern, zum Beispiel als Betreuungsperson</translation>
    </message>
    <message>
        <source>Open a journal read-only</source>
        <translation>Ein Tagebuch schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation>Ein Tagebuch öffnen</translation>
    </message>
    <message>
        <source>Relief journals (.db)</source>
        <translation>Relief-Tagebücher (.db)</translation>
    </message>
    <message>
        <source>That journal could not be opened.</source>
        <translation>Dieses Tagebuch konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Relief Journal</source>
        <translation>Relief Journal</translation>
    </message>
    <message>
        <source>Relief Journal (read-only)</source>
        <translation>Relief Journal (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>MedicationEditor</name>
    <message>
        <source>Stop %1</source>
        <translation>%1 absetzen</translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation>%1 korrigieren</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>This medication is no longer in the list.</source>
        <translation>Dieses Medikament steht nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>Type the times, for example 8:00, 20:00, or choose “Only when needed”.</source>
        <translation>Geben Sie die Uhrzeiten ein, zum Beispiel 8:00, 20:00, oder wählen Sie „Nur bei Bedarf“.</translation>
    </message>
    <message>
        <source>Recorded that %1 stops.</source>
        <translation>Eingetragen, dass Sie %1 absetzen.</translation>
    </message>
    <message>
        <source>%1 corrected.</source>
        <translation>%1 korrigiert.</translation>
    </message>
    <message>
        <source>%1 changes from %2.</source>
        <translation>%1 ändert sich ab %2.</translation>
    </message>
    <message>
        <source>%1 changes from today.</source>
        <translation>%1 ändert sich ab heute.</translation>
    </message>
    <message>
        <source>The change from %1 was taken back.</source>
        <translation>Die Änderung ab %1 wurde zurückgenommen.</translation>
    </message>
    <message>
        <source>A correction applies to the whole medication, past days included: use it for a mistake made when it was added.</source>
        <translation>Eine Korrektur gilt für das ganze Medikament, auch für vergangene Tage: Nutzen Sie sie für einen Fehler beim Hinzufügen.</translation>
    </message>
    <message>
        <source>The new dose or times apply from the day you give; the days before keep the earlier ones, so the journal stays right about them.</source>
        <translation>Die neue Dosis oder die neuen Uhrzeiten gelten ab dem angegebenen Tag; die Tage davor behalten die früheren, damit das Tagebuch für sie richtig bleibt.</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>for example 10 mg</source>
        <translation>zum Beispiel 10 mg</translation>
    </message>
    <message>
        <source>How do you take it?</source>
        <translation>Wie nehmen Sie es ein?</translation>
    </message>
    <message>
        <source>At set times</source>
        <translation>Zu festen Zeiten</translation>
    </message>
    <message>
        <source>At set times, and more when needed</source>
        <translation>Zu festen Zeiten und zusätzlich bei Bedarf</translation>
    </message>
    <message>
        <source>Only when needed</source>
        <translation>Nur bei Bedarf</translation>
    </message>
    <message>
        <source>How it is taken</source>
        <translation>Wie es eingenommen wird</translation>
    </message>
    <message>
        <source>Times each day</source>
        <translation>Uhrzeiten jeden Tag</translation>
    </message>
    <message>
        <source>for example 8:00, 20:00</source>
        <translation>zum Beispiel 8:00, 20:00</translation>
    </message>
    <message>
        <source>From which day?</source>
        <translation>Ab welchem Tag?</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty for today</source>
        <translation>JJJJ-MM-TT; leer für heute</translation>
    </message>
    <message>
        <source>Correct a mistake instead…</source>
        <translation>Stattdessen einen Fehler korrigieren…</translation>
    </message>
    <message>
        <source>Correct a mistake in how %1 was added instead</source>
        <translation>Stattdessen einen Fehler beim Hinzufügen von %1 korrigieren</translation>
    </message>
    <message>
        <source>Changes so far</source>
        <translation>Bisherige Änderungen</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>Ab %1: %2</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Take it back?</source>
        <translation>Zurücknehmen?</translation>
    </message>
    <message>
        <source>Press again to take back the change from %1</source>
        <translation>Erneut drücken, um die Änderung ab %1 zurückzunehmen</translation>
    </message>
    <message>
        <source>Take back the change from %1</source>
        <translation>Die Änderung ab %1 zurücknehmen</translation>
    </message>
    <message>
        <source>Baclofen and tizanidine should not be stopped suddenly: ask your clinician for a plan.</source>
        <translation>Baclofen und Tizanidin sollten nicht plötzlich abgesetzt werden: Fragen Sie Ihre Ärztin oder Ihren Arzt nach einem Plan.</translation>
    </message>
    <message>
        <source>Last day you take it</source>
        <translation>Letzter Tag der Einnahme</translation>
    </message>
    <message>
        <source>I am stopping on a taper plan from my clinician</source>
        <translation>Ich setze es nach einem Ausschleichplan meiner Ärztin oder meines Arztes ab</translation>
    </message>
    <message>
        <source>Record the stop</source>
        <translation>Absetzen eintragen</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Korrektur speichern</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Änderung speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MedicationRow</name>
    <message>
        <source>stopped</source>
        <translation>abgesetzt</translation>
    </message>
    <message>
        <source>%1 · day %2</source>
        <translation>%1 · Tag %2</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Change dose or times…</source>
        <translation>Dosis oder Uhrzeiten ändern…</translation>
    </message>
    <message>
        <source>Change the dose or times of %1</source>
        <translation>Dosis oder Uhrzeiten von %1 ändern</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Absetzen…</translation>
    </message>
    <message>
        <source>Record that %1 stops</source>
        <translation>Eintragen, dass Sie %1 absetzen</translation>
    </message>
</context>
<context>
    <name>MedicationsPage</name>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>This journal is open read-only: the list cannot be changed.</source>
        <translation>Dieses Tagebuch ist schreibgeschützt geöffnet: Die Liste kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>No medications yet</source>
        <translation>Noch keine Medikamente</translation>
    </message>
    <message>
        <source>This journal has no medications recorded.</source>
        <translation>In diesem Tagebuch sind keine Medikamente eingetragen.</translation>
    </message>
    <message>
        <source>Add the medicines you take below, with their times. The Today page then shows each dose when it is due, for Taken or Skipped in one tap.</source>
        <translation>Tragen Sie unten die Medikamente ein, die Sie nehmen, mit ihren Uhrzeiten. Die Seite „Heute“ zeigt dann jede Dosis, wenn sie fällig ist, mit einem Tipp als eingenommen oder ausgelassen markiert.</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Bericht für den Arzttermin</translation>
    </message>
    <message>
        <source>Profile &amp; settings</source>
        <translation>Profil und Einstellungen</translation>
    </message>
    <message>
        <source>Relief Journal</source>
        <translation>Relief Journal</translation>
    </message>
    <message>
        <source>Journal file %1</source>
        <translation>Tagebuchdatei %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>This journal is open read-only</source>
        <translation>Dieses Tagebuch ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Dark mode</source>
        <translation>Dunkler Modus</translation>
    </message>
    <message>
        <source>Open another journal…</source>
        <translation>Anderes Tagebuch öffnen…</translation>
    </message>
    <message>
        <source>%1, 1 current alert</source>
        <extracomment>For a screen reader: a page&apos;s name, then how many alerts are current.</extracomment>
        <translation>%1, 1 aktueller Hinweis</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n current alerts</source>
        <translation>
            <numerusform>%1, %n aktueller Hinweis</numerusform>
            <numerusform>%1, %n aktuelle Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <source>A note</source>
        <translation>Eine Notiz</translation>
    </message>
    <message>
        <source>Type the note first.</source>
        <translation>Schreiben Sie zuerst die Notiz.</translation>
    </message>
    <message>
        <source>Note saved %1.</source>
        <translation>Notiz %1 gespeichert.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>How the day went, what helped, questions for your clinician…</source>
        <translation>Wie der Tag war, was geholfen hat, Fragen an Ihre Ärztin oder Ihren Arzt…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note</source>
        <translation>Strg+Eingabe speichert die Notiz</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
</context>
<context>
    <name>PainCard</name>
    <message>
        <source>How was your pain %1?</source>
        <translation>Wie stark waren Ihre Schmerzen %1?</translation>
    </message>
    <message>
        <source>How is your pain right now?</source>
        <translation>Wie stark sind Ihre Schmerzen gerade?</translation>
    </message>
    <message>
        <source>0 is no pain, 10 is the worst you can imagine.</source>
        <translation>0 bedeutet keine Schmerzen, 10 die schlimmsten, die Sie sich vorstellen können.</translation>
    </message>
    <message>
        <source>Choose a number from 0 to 10 first.</source>
        <translation>Wählen Sie zuerst eine Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <source>Pain %1 logged %2.</source>
        <translation>Schmerz %1 %2 eingetragen.</translation>
    </message>
    <message>
        <source>Pain %1 logged.</source>
        <translation>Schmerz %1 eingetragen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a number to log your pain.</source>
        <translation>Wählen Sie eine Zahl, um Ihre Schmerzen einzutragen.</translation>
    </message>
    <message>
        <source>Where? (optional, choose any)</source>
        <translation>Wo? (optional, beliebig viele)</translation>
    </message>
    <message>
        <source>Pain location</source>
        <translation>Ort des Schmerzes</translation>
    </message>
    <message>
        <source>What does it feel like? (optional)</source>
        <translation>Wie fühlt es sich an? (optional)</translation>
    </message>
    <message>
        <source>Pain feels</source>
        <translation>Der Schmerz fühlt sich an</translation>
    </message>
    <message>
        <source>Log pain</source>
        <translation>Schmerz eintragen</translation>
    </message>
    <message>
        <source>Log pain %1 %2</source>
        <translation>Schmerz %1 %2 eintragen</translation>
    </message>
    <message>
        <source>Log pain %1</source>
        <translation>Schmerz %1 eintragen</translation>
    </message>
    <message>
        <source>Choose a pain score first</source>
        <translation>Wählen Sie zuerst einen Schmerzwert</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the pain choices</source>
        <translation>Die Angaben zum Schmerz leeren</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <extracomment>For a screen reader: the question, the score, then what the score means (for example &quot;Pain 7, severe&quot;).</extracomment>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>For a screen reader: the question, then the score.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Set to %1.</source>
        <translation>Auf %1 gesetzt.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
    <message>
        <source>Profile &amp; settings</source>
        <translation>Profil und Einstellungen</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>All optional. The alerts use it, for example your conditions and age, to know what to look out for.</source>
        <translation>Alles ist freiwillig. Die Hinweise nutzen es, zum Beispiel Ihre Erkrankungen und Ihr Alter, um zu wissen, worauf sie achten sollen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>shown on the visit report</source>
        <translation>erscheint im Bericht für den Arzttermin</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>for example 1961</source>
        <translation>zum Beispiel 1961</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, for the visit report&apos;s header</source>
        <translation>JJJJ-MM-TT, für den Kopf des Berichts</translation>
    </message>
    <message>
        <source>Patient number</source>
        <translation>Patientennummer</translation>
    </message>
    <message>
        <source>a hospital or insurance number, if your clinic asks for one</source>
        <translation>eine Klinik- oder Versichertennummer, falls Ihre Praxis danach fragt</translation>
    </message>
    <message>
        <source>Kind of number</source>
        <translation>Art der Nummer</translation>
    </message>
    <message>
        <source>for example: hospital number</source>
        <translation>zum Beispiel: Kliniknummer</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>Other conditions</source>
        <translation>Weitere Erkrankungen</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>When did this pain or spasticity start?</source>
        <translation>Wann haben diese Schmerzen oder diese Spastik begonnen?</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Heimatzeitzone</translation>
    </message>
    <message>
        <source>type a city, for example Berlin</source>
        <translation>geben Sie eine Stadt ein, zum Beispiel Berlin</translation>
    </message>
    <message>
        <source>Dose times are on this zone&apos;s clock.</source>
        <translation>Die Einnahmezeiten richten sich nach der Uhr dieser Zone.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save my profile</source>
        <translation>Mein Profil speichern</translation>
    </message>
    <message>
        <source>Undo my changes</source>
        <translation>Meine Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>One or two things you want to be able to do again, in your own words. The Today page asks each day whether you managed them.</source>
        <translation>Ein oder zwei Dinge, die Sie wieder tun können möchten, in Ihren eigenen Worten. Die Seite „Heute“ fragt jeden Tag, ob Sie es geschafft haben.</translation>
    </message>
    <message>
        <source>Added. The Today page asks about it from today.</source>
        <translation>Hinzugefügt. Die Seite „Heute“ fragt ab heute danach.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the goal %1</source>
        <translation>Das Ziel %1 entfernen</translation>
    </message>
    <message>
        <source>The days it was checked off stay in the journal</source>
        <translation>Die Tage, an denen Sie es geschafft haben, bleiben im Tagebuch</translation>
    </message>
    <message>
        <source>Removed. The days it was checked off stay in the journal.</source>
        <translation>Entfernt. Die Tage, an denen Sie es geschafft haben, bleiben im Tagebuch.</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Noch keine Ziele.</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>for example: walk the dog 20 minutes</source>
        <translation>zum Beispiel: 20 Minuten mit dem Hund gehen</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>At most %1 goals: remove one to add another.</source>
        <translation>Höchstens %1 Ziele: Entfernen Sie eines, um ein anderes hinzuzufügen.</translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation>Schwellenwerte der Hinweise</translation>
    </message>
    <message>
        <source>When alerts are raised. Change these only after talking with your clinician.</source>
        <translation>Wann Hinweise erscheinen. Ändern Sie diese Werte nur nach Rücksprache mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>No thresholds to show: open a journal first.</source>
        <translation>Keine Schwellenwerte anzuzeigen: Öffnen Sie zuerst ein Tagebuch.</translation>
    </message>
    <message>
        <source>Hide the thresholds</source>
        <translation>Schwellenwerte ausblenden</translation>
    </message>
    <message>
        <source>Show the %1 thresholds</source>
        <translation>Die %1 Schwellenwerte zeigen</translation>
    </message>
    <message>
        <source>Advanced: when each alert is raised</source>
        <translation>Erweitert: wann jeder Hinweis erscheint</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>A notification when a scheduled dose is due, with Taken, Skip and Snooze, also while this window is closed. Your answer is logged in this journal.</source>
        <translation>Eine Benachrichtigung, wenn eine geplante Dosis fällig ist, mit „Eingenommen“, „Auslassen“ und „Später erinnern“, auch wenn dieses Fenster geschlossen ist. Ihre Antwort wird in diesem Tagebuch eingetragen.</translation>
    </message>
    <message>
        <source>Remind me when Relief Journal is closed</source>
        <translation>Mich erinnern, wenn Relief Journal geschlossen ist</translation>
    </message>
    <message>
        <source>Start reminders now</source>
        <translation>Erinnerungen jetzt starten</translation>
    </message>
    <message>
        <source>Repeat an unanswered reminder every (minutes, 0 for never)</source>
        <translation>Unbeantwortete Erinnerung wiederholen alle (Minuten, 0 für nie)</translation>
    </message>
    <message>
        <source>Repeats of one reminder, at most</source>
        <translation>Wiederholungen einer Erinnerung, höchstens</translation>
    </message>
    <message>
        <source>Heads-up before a dose (minutes, 0 for none)</source>
        <translation>Vorwarnung vor einer Dosis (Minuten, 0 für keine)</translation>
    </message>
    <message>
        <source>Snooze for (minutes)</source>
        <translation>Später erinnern nach (Minuten)</translation>
    </message>
    <message>
        <source>Quiet hours: no reminder sounds between these times</source>
        <translation>Ruhezeiten: Zwischen diesen Uhrzeiten ertönt keine Erinnerung</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Ruhe ab</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Ruhe bis</translation>
    </message>
    <message>
        <source>Set the quiet hours</source>
        <translation>Ruhezeiten festlegen</translation>
    </message>
    <message>
        <source>Quiet from %1 to %2.</source>
        <translation>Ruhe von %1 bis %2.</translation>
    </message>
    <message>
        <source>Hide medication names on screen (the reminder says “a dose is due”)</source>
        <translation>Medikamentennamen auf dem Bildschirm verbergen (die Erinnerung sagt „eine Dosis ist fällig“)</translation>
    </message>
    <message>
        <source>This journal</source>
        <translation>Dieses Tagebuch</translation>
    </message>
    <message>
        <source>Journal file %1</source>
        <translation>Tagebuchdatei %1</translation>
    </message>
    <message>
        <source>Open read-only: nothing can be changed.</source>
        <translation>Schreibgeschützt geöffnet: Nichts kann geändert werden.</translation>
    </message>
    <message>
        <source>Open for logging. Only you can read this file; keep a backup copy somewhere safe.</source>
        <translation>Zum Eintragen geöffnet. Nur Sie können diese Datei lesen; bewahren Sie eine Sicherungskopie an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of this window, of alerts, reports and reminders. Reports can also be written in your clinician&apos;s language on the Report page.</source>
        <translation>Die Sprache dieses Fensters, der Hinweise, Berichte und Erinnerungen. Auf der Berichtsseite können Berichte auch in der Sprache Ihrer Ärztin oder Ihres Arztes erstellt werden.</translation>
    </message>
    <message>
        <source>A notification when a scheduled dose of the journal you follow has not been logged an hour after its time, also while this window is closed.</source>
        <translation>Eine Benachrichtigung, wenn eine geplante Dosis des Tagebuchs, das Sie mitverfolgen, eine Stunde nach ihrer Uhrzeit noch nicht eingetragen ist, auch wenn dieses Fenster geschlossen ist.</translation>
    </message>
    <message>
        <source>Tell me when a dose is not logged within an hour</source>
        <translation>Mich benachrichtigen, wenn eine Dosis nicht innerhalb einer Stunde eingetragen wird</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Keep this journal the same on your other computers, or let a caregiver follow it, through a folder that Syncthing, Nextcloud or a USB stick keeps in step. What goes there is encrypted; there is no account and no server.</source>
        <translation>Halten Sie dieses Tagebuch auf Ihren anderen Computern gleich oder lassen Sie eine Betreuungsperson es mitverfolgen – über einen Ordner, den Syncthing, Nextcloud oder ein USB-Stick abgleicht. Was dort liegt, ist verschlüsselt; es gibt kein Konto und keinen Server.</translation>
    </message>
    <message>
        <source>Following the journal in %1 read-only, as “%2”.</source>
        <translation>Sie verfolgen das Tagebuch in %1 schreibgeschützt mit, als „%2“.</translation>
    </message>
    <message>
        <source>Shared in %1 as “%2”.</source>
        <translation>Geteilt in %1 als „%2“.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Synchronisiert.</translation>
    </message>
    <message>
        <source>Hide the words</source>
        <translation>Wörter ausblenden</translation>
    </message>
    <message>
        <source>Show the words</source>
        <translation>Wörter anzeigen</translation>
    </message>
    <message>
        <source>The 16 words another device types to join</source>
        <translation>Die 16 Wörter, die ein anderes Gerät zum Beitreten eingibt</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Teilen beenden</translation>
    </message>
    <message>
        <source>Press again to stop sharing</source>
        <translation>Erneut drücken, um das Teilen zu beenden</translation>
    </message>
    <message>
        <source>Stopped sharing. This journal keeps everything.</source>
        <translation>Teilen beendet. Dieses Tagebuch behält alles.</translation>
    </message>
    <message>
        <source>The share&apos;s words: %1</source>
        <translation>Die Wörter des geteilten Tagebuchs: %1</translation>
    </message>
    <message>
        <source>Type these words on each device that joins. Keep them as you would a password.</source>
        <translation>Geben Sie diese Wörter auf jedem Gerät ein, das beitritt. Bewahren Sie sie auf wie ein Passwort.</translation>
    </message>
    <message>
        <source>Open a journal for writing to share it.</source>
        <translation>Öffnen Sie ein Tagebuch zum Schreiben, um es zu teilen.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Geteilter Ordner</translation>
    </message>
    <message>
        <source>for example ~/Sync/relief</source>
        <translation>zum Beispiel ~/Sync/relief</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Den geteilten Ordner auswählen</translation>
    </message>
    <message>
        <source>This device&apos;s name</source>
        <translation>Name dieses Geräts</translation>
    </message>
    <message>
        <source>How the other devices name this one: “Last change from laptop”.</source>
        <translation>So nennen die anderen Geräte dieses: „Letzte Änderung von Laptop“.</translation>
    </message>
    <message>
        <source>Share this journal</source>
        <translation>Dieses Tagebuch teilen</translation>
    </message>
    <message>
        <source>Shared. Write down the words above and type them on your other devices.</source>
        <translation>Geteilt. Schreiben Sie die Wörter oben auf und geben Sie sie auf Ihren anderen Geräten ein.</translation>
    </message>
    <message>
        <source>Or join a journal shared in that folder: its 16 words</source>
        <translation>Oder einem in diesem Ordner geteilten Tagebuch beitreten: seine 16 Wörter</translation>
    </message>
    <message>
        <source>the words shown on the device that shared it</source>
        <translation>die Wörter, die das Gerät zeigt, das es geteilt hat</translation>
    </message>
    <message>
        <source>Read-only: follow someone&apos;s journal as a caregiver (this journal must be new)</source>
        <translation>Schreibgeschützt: das Tagebuch einer anderen Person als Betreuungsperson mitverfolgen (dieses Tagebuch muss neu sein)</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Joined read-only. This window follows the shared journal.</source>
        <translation>Schreibgeschützt beigetreten. Dieses Fenster verfolgt das geteilte Tagebuch mit.</translation>
    </message>
    <message>
        <source>Joined. This journal now has the shared entries too.</source>
        <translation>Beigetreten. Dieses Tagebuch enthält jetzt auch die geteilten Einträge.</translation>
    </message>
    <message>
        <source>Folders (a shared one holds relief-share.json)</source>
        <translation>Ordner (ein geteilter enthält relief-share.json)</translation>
    </message>
    <message>
        <source>Let a caregiver who follows this journal be told when a dose is not logged within an hour</source>
        <translation>Eine Betreuungsperson, die dieses Tagebuch mitverfolgt, benachrichtigen lassen, wenn eine Dosis nicht innerhalb einer Stunde eingetragen wird</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF documents (.pdf)</source>
        <translation>PDF-Dokumente (.pdf)</translation>
    </message>
    <message>
        <source>to print or bring along</source>
        <translation>zum Ausdrucken oder Mitnehmen</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Web pages (.html)</source>
        <translation>Webseiten (.html)</translation>
    </message>
    <message>
        <source>to open in a browser or email</source>
        <translation>zum Öffnen im Browser oder per E-Mail</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Spreadsheets (.csv)</source>
        <translation>Tabellen (.csv)</translation>
    </message>
    <message>
        <source>every entry, for a spreadsheet</source>
        <translation>alle Einträge, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>FHIR</source>
        <translation>FHIR</translation>
    </message>
    <message>
        <source>FHIR bundles (.json)</source>
        <translation>FHIR-Bundles (.json)</translation>
    </message>
    <message>
        <source>for a clinic&apos;s health record system</source>
        <translation>für das Patientenaktensystem einer Praxis</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Bericht für den Arzttermin</translation>
    </message>
    <message>
        <source>A short summary for your clinician: how your pain changed, how the doses went, side effects, alerts and your questions.</source>
        <translation>Eine kurze Zusammenfassung für Ihre Ärztin oder Ihren Arzt: wie sich Ihre Schmerzen verändert haben, wie die Einnahme lief, Nebenwirkungen, Hinweise und Ihre Fragen.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last visit: %1</source>
        <translation>Letzter Arzttermin: %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Since last visit</source>
        <translation>Seit dem letzten Termin</translation>
    </message>
    <message>
        <source>Set the period to since the last visit</source>
        <translation>Den Zeitraum ab dem letzten Arzttermin festlegen</translation>
    </message>
    <message>
        <source>What the report will say</source>
        <translation>Was der Bericht sagen wird</translation>
    </message>
    <message>
        <source>Nothing to report for this period yet. Log on the Today page and the summary appears here.</source>
        <translation>Für diesen Zeitraum gibt es noch nichts zu berichten. Tragen Sie auf der Seite „Heute“ ein, dann erscheint hier die Zusammenfassung.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Choose where to save it. Nothing is sent anywhere.</source>
        <translation>Wählen Sie, wo er gespeichert wird. Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Save as %1…</source>
        <translation>Als %1 speichern…</translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation>Nach dem Arzttermin</translation>
    </message>
    <message>
        <source>Recording the visit starts the next report&apos;s period from today.</source>
        <translation>Wenn Sie den Termin eintragen, beginnt der Zeitraum des nächsten Berichts heute.</translation>
    </message>
    <message>
        <source>Record a visit today</source>
        <translation>Heutigen Arzttermin eintragen</translation>
    </message>
    <message>
        <source>Press again to record today&apos;s visit</source>
        <translation>Erneut drücken, um den heutigen Termin einzutragen</translation>
    </message>
    <message>
        <source>Visit recorded. The next report starts from today.</source>
        <translation>Termin eingetragen. Der nächste Bericht beginnt heute.</translation>
    </message>
    <message>
        <source>Save the visit report as %1</source>
        <translation>Den Bericht für den Arzttermin als %1 speichern</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <source>Write the report in your clinician&apos;s language; this window keeps its own.</source>
        <translation>Den Bericht in der Sprache Ihrer Ärztin oder Ihres Arztes erstellen; dieses Fenster behält seine eigene.</translation>
    </message>
</context>
<context>
    <name>SideEffectCard</name>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Noticed something since your last dose? Choose it, then how bad it is.</source>
        <translation>Haben Sie seit Ihrer letzten Dosis etwas bemerkt? Wählen Sie es aus, dann wie stark es ist.</translation>
    </message>
    <message>
        <source>Choose a side effect first.</source>
        <translation>Wählen Sie zuerst eine Nebenwirkung.</translation>
    </message>
    <message>
        <source>Choose how bad it is: mild, moderate or severe.</source>
        <translation>Wählen Sie, wie stark es ist: leicht, mittel oder schwer.</translation>
    </message>
    <message>
        <source>%1 logged %2.</source>
        <translation>%1 %2 eingetragen.</translation>
    </message>
    <message>
        <source>%1 logged.</source>
        <translation>%1 eingetragen.</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Nebenwirkung</translation>
    </message>
    <message>
        <source>How bad?</source>
        <translation>Wie stark?</translation>
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
        <source>Side effect severity</source>
        <translation>Stärke der Nebenwirkung</translation>
    </message>
    <message>
        <source>Log side effect</source>
        <translation>Nebenwirkung eintragen</translation>
    </message>
    <message>
        <source>Choose how bad it is.</source>
        <translation>Wählen Sie, wie stark es ist.</translation>
    </message>
</context>
<context>
    <name>SuggestField</name>
    <message>
        <source>Suggestions for %1</source>
        <translation>Vorschläge für %1</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion; use the arrow keys</source>
        <translation>
            <numerusform>%n Vorschlag; mit den Pfeiltasten wählen</numerusform>
            <numerusform>%n Vorschläge; mit den Pfeiltasten wählen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions; use the arrow keys</source>
        <translation>
            <numerusform>%n Vorschlag; mit den Pfeiltasten wählen</numerusform>
            <numerusform>%n Vorschläge; mit den Pfeiltasten wählen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SymptomCard</name>
    <message>
        <source>A symptom</source>
        <translation>Eine Beschwerde</translation>
    </message>
    <message>
        <source>Type the symptom first, for example dizziness.</source>
        <translation>Geben Sie zuerst die Beschwerde ein, zum Beispiel Schwindel.</translation>
    </message>
    <message>
        <source>Symptom logged %1.</source>
        <translation>Beschwerde %1 eingetragen.</translation>
    </message>
    <message>
        <source>Symptom logged.</source>
        <translation>Beschwerde eingetragen.</translation>
    </message>
    <message>
        <source>What did you notice?</source>
        <translation>Was haben Sie bemerkt?</translation>
    </message>
    <message>
        <source>for example: fever, leg weakness, numbness</source>
        <translation>zum Beispiel: Fieber, Schwäche in den Beinen, Taubheitsgefühl</translation>
    </message>
    <message>
        <source>For anything sudden or severe, call your clinician or emergency services: the journal does not alert anyone.</source>
        <translation>Bei plötzlichen oder schweren Beschwerden rufen Sie Ihre Ärztin, Ihren Arzt oder den Notruf an: Das Tagebuch benachrichtigt niemanden.</translation>
    </message>
    <message>
        <source>Log symptom</source>
        <translation>Beschwerde eintragen</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>This journal is open read-only: you can look at everything, but not log or undo. To log, open your own journal with “Open another journal…”.</source>
        <translation>Dieses Tagebuch ist schreibgeschützt geöffnet: Sie können alles ansehen, aber nichts eintragen oder rückgängig machen. Zum Eintragen öffnen Sie Ihr eigenes Tagebuch mit „Anderes Tagebuch öffnen…“.</translation>
    </message>
    <message>
        <source>A dose is due now.</source>
        <translation>Jetzt ist eine Dosis fällig.</translation>
    </message>
    <message>
        <source>Nothing is due now. Next: %1.</source>
        <translation>Jetzt ist nichts fällig. Als Nächstes: %1.</translation>
    </message>
    <message>
        <source>No more doses scheduled today.</source>
        <translation>Heute sind keine weiteren Dosen geplant.</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the doses that are due</source>
        <translation>Die fälligen Dosen zeigen</translation>
    </message>
    <message>
        <source>Doses yesterday</source>
        <translation>Dosen gestern</translation>
    </message>
    <message>
        <source>Doses today</source>
        <translation>Dosen heute</translation>
    </message>
    <message>
        <source>Yesterday&apos;s log</source>
        <translation>Protokoll von gestern</translation>
    </message>
    <message>
        <source>Today&apos;s log</source>
        <translation>Heutiges Protokoll</translation>
    </message>
    <message numerus="yes">
        <source>%n doses are due now.</source>
        <translation>
            <numerusform>Jetzt ist %n Dosis fällig.</numerusform>
            <numerusform>Jetzt sind %n Dosen fällig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 Wochen</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>Show the last</source>
        <translation>Zeige die letzten</translation>
    </message>
    <message>
        <source>Chart of pain, function (PEG, sleep, goals) and doses</source>
        <translation>Diagramm von Schmerz, Funktion (PEG, Schlaf, Ziele) und Dosen</translation>
    </message>
    <message>
        <source>Chart of pain and doses</source>
        <translation>Diagramm von Schmerz und Dosen</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>Noch nichts für das Diagramm</translation>
    </message>
    <message>
        <source>Log your pain and doses on the Today page. After a few days, this page shows how they change together.</source>
        <translation>Tragen Sie Ihre Schmerzen und Dosen auf der Seite „Heute“ ein. Nach ein paar Tagen zeigt diese Seite, wie sie sich gemeinsam verändern.</translation>
    </message>
    <message>
        <source>Go to Today</source>
        <translation>Zu „Heute“</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Relief Journal</source>
        <translation>Willkommen bei Relief Journal</translation>
    </message>
    <message>
        <source>A private journal for pain, muscle relaxant doses and side effects. Log in a tap or two; before a visit, print a short report for your clinician. Everything stays in one file on this computer.</source>
        <translation>Ein privates Tagebuch für Schmerzen, Dosen von Muskelrelaxanzien und Nebenwirkungen. Mit ein, zwei Tipps eingetragen; vor einem Arzttermin drucken Sie einen kurzen Bericht für Ihre Ärztin oder Ihren Arzt. Alles bleibt in einer Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>Start my journal</source>
        <translation>Mein Tagebuch beginnen</translation>
    </message>
    <message>
        <source>It will be saved at %1</source>
        <translation>Es wird unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>type a city, for example Berlin</source>
        <translation>geben Sie eine Stadt ein, zum Beispiel Berlin</translation>
    </message>
    <message>
        <source>Dose times are on this zone&apos;s clock. It is usually right as it is.</source>
        <translation>Die Einnahmezeiten richten sich nach der Uhr dieser Zone. Meist stimmt sie schon.</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>Mein Tagebuch anlegen</translation>
    </message>
    <message>
        <source>The journal could not be created.</source>
        <translation>Das Tagebuch konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Already have a journal?</source>
        <translation>Haben Sie schon ein Tagebuch?</translation>
    </message>
    <message>
        <source>Open it from a file, for example a copy from another computer, or a relative&apos;s journal read-only.</source>
        <translation>Öffnen Sie es aus einer Datei, zum Beispiel eine Kopie von einem anderen Computer, oder das Tagebuch einer angehörigen Person schreibgeschützt.</translation>
    </message>
    <message>
        <source>Open an existing journal…</source>
        <translation>Vorhandenes Tagebuch öffnen…</translation>
    </message>
    <message>
        <source>Just looking?</source>
        <translation>Nur mal schauen?</translation>
    </message>
    <message>
        <source>The demo journal is a made-up person&apos;s last few weeks. Nothing you do there touches your own journal.</source>
        <translation>Das Beispieltagebuch zeigt die letzten Wochen einer erfundenen Person. Nichts, was Sie dort tun, berührt Ihr eigenes Tagebuch.</translation>
    </message>
    <message>
        <source>Try the demo journal</source>
        <translation>Beispieltagebuch ausprobieren</translation>
    </message>
    <message>
        <source>The demo could not be opened.</source>
        <translation>Das Beispiel konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>WhenBar</name>
    <message>
        <source>Type the time it happened at the top of the page, or choose “Now”.</source>
        <translation>Geben Sie oben auf der Seite die Uhrzeit ein, zu der es war, oder wählen Sie „Jetzt“.</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>gestern um %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Wann war es?</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Earlier today</source>
        <translation>Früher heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Wann es war</translation>
    </message>
    <message>
        <source>Time yesterday (HH:MM)</source>
        <translation>Uhrzeit gestern (HH:MM)</translation>
    </message>
    <message>
        <source>Time today (HH:MM)</source>
        <translation>Uhrzeit heute (HH:MM)</translation>
    </message>
    <message>
        <source>for example 14:05</source>
        <translation>zum Beispiel 14:05</translation>
    </message>
    <message>
        <source>Everything you log on this page is recorded at this time until you choose “Now” again.</source>
        <translation>Alles, was Sie auf dieser Seite eintragen, wird mit dieser Uhrzeit erfasst, bis Sie wieder „Jetzt“ wählen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>option &apos;--lang&apos;: &apos;%1&apos; is not a language Relief Journal speaks; use one of: %2</source>
        <translation>Option „--lang“: „%1“ ist keine Sprache, die Relief Journal spricht; verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <source>Relief Journal: a private journal of pain, muscle relaxants and what helps.</source>
        <translation>Relief Journal: ein privates Tagebuch über Schmerzen, Muskelrelaxanzien und was hilft.</translation>
    </message>
    <message>
        <source>The journal file to open (default: your own journal).</source>
        <translation>Die zu öffnende Tagebuchdatei (Standard: Ihr eigenes Tagebuch).</translation>
    </message>
    <message>
        <source>Open the journal read-only (a caregiver&apos;s view).</source>
        <translation>Das Tagebuch schreibgeschützt öffnen (die Ansicht einer Betreuungsperson).</translation>
    </message>
    <message>
        <source>Load every page with a temporary demo journal; exit 1 on any QML warning.</source>
        <translation>Jede Seite mit einem vorübergehenden Beispieltagebuch laden; bei jeder QML-Warnung mit 1 beenden.</translation>
    </message>
    <message>
        <source>Save a PNG of every page to DIR and exit (of FILE read-only if given, else of demo data).</source>
        <translation>Ein PNG jeder Seite in DIR speichern und beenden (von FILE schreibgeschützt, falls angegeben, sonst von Beispieldaten).</translation>
    </message>
    <message>
        <source>Act as if today were this day.</source>
        <translation>So tun, als wäre heute dieser Tag.</translation>
    </message>
    <message>
        <source>Window size for --screenshots (default 1280x800).</source>
        <translation>Fenstergröße für --screenshots (Standard 1280x800).</translation>
    </message>
    <message>
        <source>Print when the first frame was shown (nanoseconds since the epoch) and quit (bench/run.sh).</source>
        <translation>Ausgeben, wann das erste Bild gezeigt wurde (Nanosekunden seit der Epoche), und beenden (bench/run.sh).</translation>
    </message>
    <message>
        <source>The language of the window: en, es or de (default: the one chosen in Profile &amp; settings, else the system&apos;s).</source>
        <translation>Die Sprache des Fensters: en, es oder de (Standard: die unter Profil und Einstellungen gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>ein temporärer Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>--size must be at least 800x600</source>
        <translation>--size muss mindestens 800x600 sein</translation>
    </message>
    <message>
        <source>Print how long each page switch and each logged entry takes to show.</source>
        <translation>Gibt aus, wie lange jeder Seitenwechsel und jeder erfasste Eintrag bis zur Anzeige braucht.</translation>
    </message>
    <message>
        <source>--profile-tour needs a journal FILE (it writes to it)</source>
        <translation>--profile-tour braucht eine Tagebuchdatei FILE (es schreibt hinein)</translation>
    </message>
    <message>
        <source>With FILE: show every page twice, log five glasses of water and show every page again, printing the times (--profile), then quit (bench/run.sh; it writes to FILE).</source>
        <translation>Mit FILE: zeigt jede Seite zweimal, erfasst fünf Gläser Wasser, zeigt jede Seite noch einmal, gibt die Zeiten aus (--profile) und beendet sich (bench/run.sh; schreibt in FILE).</translation>
    </message>
</context>
<context>
    <name>relief::app::AlertsModel</name>
    <message>
        <source>Open a journal first.</source>
        <translation>Öffnen Sie zuerst ein Tagebuch.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of an alert&apos;s evidence: what was measured, then its value.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>relief::app::AppController</name>
    <message>
        <source>Open a journal first.</source>
        <translation>Öffnen Sie zuerst ein Tagebuch.</translation>
    </message>
    <message>
        <source>Undone: %1 at %2.</source>
        <translation>Rückgängig gemacht: %1 um %2.</translation>
    </message>
    <message>
        <source>Nothing logged in this window to undo.</source>
        <translation>In diesem Fenster wurde nichts eingetragen, das rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>the time it happened, such as 14:05</source>
        <translation>die Uhrzeit, zu der es war, zum Beispiel 14:05</translation>
    </message>
    <message>
        <source>a time that has passed (it is now %1)</source>
        <translation>eine Uhrzeit, die schon vorbei ist (jetzt ist es %1)</translation>
    </message>
</context>
<context>
    <name>relief::app::CheckinsController</name>
    <message>
        <source>average pain</source>
        <translation>durchschnittliche Schmerzen</translation>
    </message>
    <message>
        <source>enjoyment of life</source>
        <translation>Lebensfreude</translation>
    </message>
    <message>
        <source>general activity</source>
        <translation>allgemeine Aktivität</translation>
    </message>
    <message>
        <source>Choose a number for each of the three questions first (still open: %1).</source>
        <translation>Wählen Sie zuerst für jede der drei Fragen eine Zahl (noch offen: %1).</translation>
    </message>
    <message>
        <source>Type how long you slept first, such as 7, 6.5 or 6h30.</source>
        <translation>Geben Sie zuerst ein, wie lange Sie geschlafen haben, zum Beispiel 7, 6.5 oder 6h30.</translation>
    </message>
    <message>
        <source>Open a journal first.</source>
        <translation>Öffnen Sie zuerst ein Tagebuch.</translation>
    </message>
    <message>
        <source>Logged: %1.</source>
        <translation>Eingetragen: %1.</translation>
    </message>
    <message>
        <source>Logged: %1. Nothing else to check in today.</source>
        <translation>Eingetragen: %1. Heute ist nichts weiter zu beantworten.</translation>
    </message>
    <message>
        <source>hours slept</source>
        <translation>geschlafene Stunden</translation>
    </message>
</context>
<context>
    <name>relief::app::DoseSlotsModel</name>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 um %3</translation>
    </message>
    <message>
        <source>That dose is no longer listed.</source>
        <translation>Diese Dosis steht nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>Urgent: %1</source>
        <translation>Dringend: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Nothing was logged for this dose.</source>
        <translation>Für diese Dosis wurde nichts eingetragen.</translation>
    </message>
    <message>
        <source>Open a journal first.</source>
        <translation>Öffnen Sie zuerst ein Tagebuch.</translation>
    </message>
    <message>
        <source>%1 is not one of your medications.</source>
        <translation>%1 gehört nicht zu Ihren Medikamenten.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>relief::app::FileChooserModel</name>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>relief::app::MedicationsModel</name>
    <message>
        <source>Does %1 contain acetaminophen (paracetamol, APAP)? Many pain relievers and cold medicines do, and Relief Journal cannot count what it does not know. Check the label or ask your pharmacist; if it is Percocet, Norco, Vicodin, Ultracet, Tylenol PM, NyQuil or Excedrin, add it under that name instead.</source>
        <translation>Enthält %1 Paracetamol (Acetaminophen, APAP)? Viele Schmerz- und Erkältungsmittel enthalten es, und Relief Journal kann nicht mitzählen, was es nicht kennt. Sehen Sie auf der Packung nach oder fragen Sie in der Apotheke; wenn es Percocet, Norco, Vicodin, Ultracet, Tylenol PM, NyQuil oder Excedrin ist, fügen Sie es besser unter diesem Namen hinzu.</translation>
    </message>
    <message>
        <source>Open a journal first.</source>
        <translation>Öffnen Sie zuerst ein Tagebuch.</translation>
    </message>
    <message>
        <source>That medication is no longer listed.</source>
        <translation>Dieses Medikament steht nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>%1; at most %2 a day</source>
        <extracomment>A prescription (for example &quot;10 mg at 08:00, 20:00&quot;), then the most allowed in a day.</extracomment>
        <translation>%1; höchstens %2 pro Tag</translation>
    </message>
    <message>
        <source>first day of the change</source>
        <translation>erster Tag der Änderung</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>from %1 to %2 (taper plan)</source>
        <translation>vom %1 bis %2 (Ausschleichplan)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>%1 (extended release): %2</source>
        <extracomment>A medicine&apos;s ingredient (for example &quot;cyclobenzaprine&quot;), then what kind of medicine it is.</extracomment>
        <translation>%1 (retardiert): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (extended release): %2; label maximum %3 a day</source>
        <extracomment>A medicine&apos;s ingredient, what kind of medicine it is, then the most its label allows in a day.</extracomment>
        <translation>%1 (retardiert): %2; Höchstmenge laut Packungsbeilage %3 pro Tag</translation>
    </message>
    <message>
        <source>%1: %2; label maximum %3 a day</source>
        <translation>%1: %2; Höchstmenge laut Packungsbeilage %3 pro Tag</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>erster Tag</translation>
    </message>
    <message>
        <source>today or a day before (it is %1)</source>
        <translation>heute oder ein früherer Tag (heute ist %1)</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>times</source>
        <translation>Uhrzeiten</translation>
    </message>
    <message>
        <source>stop day</source>
        <translation>Tag des Absetzens</translation>
    </message>
</context>
<context>
    <name>relief::app::ProfileController</name>
    <message>
        <source>Open a journal first.</source>
        <translation>Öffnen Sie zuerst ein Tagebuch.</translation>
    </message>
    <message>
        <source>%1 is not possible here: %2.</source>
        <translation>%1 ist hier nicht möglich: %2.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>Patientennummer</translation>
    </message>
    <message>
        <source>kind of number</source>
        <translation>Art der Nummer</translation>
    </message>
    <message>
        <source>onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>relief::app::RemindersController</name>
    <message>
        <source>%1 is not possible here: %2.</source>
        <translation>%1 ist hier nicht möglich: %2.</translation>
    </message>
    <message>
        <source>Open a journal to set its reminders.</source>
        <translation>Öffnen Sie ein Tagebuch, um seine Erinnerungen einzustellen.</translation>
    </message>
    <message>
        <source>This desktop has no session bus (D-Bus): reminders cannot be shown while the window is closed. The Today page still shows what is due; nothing is lost.</source>
        <translation>Diese Arbeitsumgebung hat keinen Sitzungsbus (D-Bus): Erinnerungen können bei geschlossenem Fenster nicht angezeigt werden. Die Seite „Heute“ zeigt weiterhin, was fällig ist; nichts geht verloren.</translation>
    </message>
    <message>
        <source>This desktop has no notification service: reminders cannot be shown. The Today page still shows what is due; nothing is lost.</source>
        <translation>Diese Arbeitsumgebung hat keinen Benachrichtigungsdienst: Erinnerungen können nicht angezeigt werden. Die Seite „Heute“ zeigt weiterhin, was fällig ist; nichts geht verloren.</translation>
    </message>
    <message>
        <source>Reminders are on for this journal. It is open read-only, so only the person who keeps it can change them.</source>
        <translation>Die Erinnerungen sind für dieses Tagebuch eingeschaltet. Es ist schreibgeschützt geöffnet, daher kann nur die Person, die es führt, sie ändern.</translation>
    </message>
    <message>
        <source>Reminders are off for this journal. It is open read-only, so only the person who keeps it can change them.</source>
        <translation>Die Erinnerungen sind für dieses Tagebuch ausgeschaltet. Es ist schreibgeschützt geöffnet, daher kann nur die Person, die es führt, sie ändern.</translation>
    </message>
    <message>
        <source>Reminders are off on this computer: the journal asks for them, but nothing starts them here. Switch them on to start them.</source>
        <translation>Die Erinnerungen sind auf diesem Computer ausgeschaltet: Das Tagebuch wünscht sie, aber hier startet sie nichts. Schalten Sie sie ein, um sie zu starten.</translation>
    </message>
    <message>
        <source>Reminders are off. The Today page shows what is due while the window is open.</source>
        <translation>Die Erinnerungen sind ausgeschaltet. Die Seite „Heute“ zeigt, was fällig ist, solange das Fenster offen ist.</translation>
    </message>
    <message>
        <source>Reminders are on, but the reminder service is not running. It starts when you next log in, or now with “Start reminders now”.</source>
        <translation>Die Erinnerungen sind eingeschaltet, aber der Erinnerungsdienst läuft nicht. Er startet bei Ihrer nächsten Anmeldung oder jetzt mit „Erinnerungen jetzt starten“.</translation>
    </message>
    <message>
        <source>Reminders are on. No scheduled dose is coming up in the next day.</source>
        <translation>Die Erinnerungen sind eingeschaltet. Innerhalb des nächsten Tages ist keine Dosis geplant.</translation>
    </message>
    <message>
        <source>Reminders are on: the next one is at %1.</source>
        <translation>Die Erinnerungen sind eingeschaltet: Die nächste kommt um %1.</translation>
    </message>
    <message>
        <source>Reminders are on.</source>
        <translation>Die Erinnerungen sind eingeschaltet.</translation>
    </message>
    <message>
        <source>Open a journal first.</source>
        <translation>Öffnen Sie zuerst ein Tagebuch.</translation>
    </message>
    <message>
        <source>The reminder service could not be started now; it starts when you next log in.</source>
        <translation>Der Erinnerungsdienst konnte jetzt nicht gestartet werden; er startet bei Ihrer nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>The reminder service (relief-reminders) is neither beside Relief Journal nor on the PATH, so reminders cannot be switched on. Reinstall Relief Journal.</source>
        <translation>Der Erinnerungsdienst (relief-reminders) liegt weder neben Relief Journal noch im PATH, daher können die Erinnerungen nicht eingeschaltet werden. Installieren Sie Relief Journal neu.</translation>
    </message>
    <message>
        <source>Use the switch to turn reminders on or off.</source>
        <translation>Schalten Sie die Erinnerungen mit dem Schalter ein oder aus.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>A value a person typed, quoted.</extracomment>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Quiet hours hold it back until they end.</source>
        <translation>Die Ruhezeiten halten sie zurück, bis sie enden.</translation>
    </message>
    <message numerus="yes">
        <source>%n dose is due and not logged yet; the Today page has it.</source>
        <translation>
            <numerusform>%n Dosis ist fällig und noch nicht eingetragen; sie steht auf der Seite „Heute“.</numerusform>
            <numerusform>%n Dosen sind fällig und noch nicht eingetragen; sie stehen auf der Seite „Heute“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses are due and not logged yet; the Today page has them.</source>
        <translation>
            <numerusform>%n Dosis ist fällig und noch nicht eingetragen; sie steht auf der Seite „Heute“.</numerusform>
            <numerusform>%n Dosen sind fällig und noch nicht eingetragen; sie stehen auf der Seite „Heute“.</numerusform>
        </translation>
    </message>
    <message>
        <source>On: you are told when a scheduled dose has not been logged an hour after its time, also while this window is closed.</source>
        <translation>Ein: Sie werden benachrichtigt, wenn eine geplante Dosis eine Stunde nach ihrer Uhrzeit noch nicht eingetragen ist, auch wenn dieses Fenster geschlossen ist.</translation>
    </message>
    <message>
        <source>On, but the reminder service is not running. It starts when you next log in, or now with “Start reminders now”.</source>
        <translation>Ein, aber der Erinnerungsdienst läuft nicht. Er startet bei Ihrer nächsten Anmeldung oder jetzt mit „Erinnerungen jetzt starten“.</translation>
    </message>
    <message>
        <source>Off. Switch it on to be told when a scheduled dose has not been logged an hour after its time.</source>
        <translation>Aus. Schalten Sie es ein, um benachrichtigt zu werden, wenn eine geplante Dosis eine Stunde nach ihrer Uhrzeit noch nicht eingetragen ist.</translation>
    </message>
    <message>
        <source>The person who keeps this journal has not asked for it yet: nothing is shown until they do, in their Sharing settings.</source>
        <translation>Die Person, die dieses Tagebuch führt, hat das noch nicht erlaubt: Es wird nichts angezeigt, bis sie es in ihren Einstellungen unter Teilen tut.</translation>
    </message>
</context>
<context>
    <name>relief::app::ReportController</name>
    <message>
        <source>Give both days as YYYY-MM-DD.</source>
        <translation>Geben Sie beide Tage als JJJJ-MM-TT an.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keiner eingetragen</translation>
    </message>
    <message>
        <source>No alerts are current at the end of this period.</source>
        <translation>Am Ende dieses Zeitraums gibt es keine aktuellen Hinweise.</translation>
    </message>
    <message>
        <source>Question to ask: %1</source>
        <translation>Zu stellende Frage: %1</translation>
    </message>
    <message>
        <source>Open a journal first.</source>
        <translation>Öffnen Sie zuerst ein Tagebuch.</translation>
    </message>
    <message>
        <source>Unknown format %1: choose PDF, HTML, CSV or FHIR.</source>
        <translation>Unbekanntes Format %1: Wählen Sie PDF, HTML, CSV oder FHIR.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert is current at the end of this period.</source>
        <translation>
            <numerusform>%n Hinweis ist am Ende dieses Zeitraums aktuell.</numerusform>
            <numerusform>%n Hinweise sind am Ende dieses Zeitraums aktuell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alerts are current at the end of this period.</source>
        <translation>
            <numerusform>%n Hinweis ist am Ende dieses Zeitraums aktuell.</numerusform>
            <numerusform>%n Hinweise sind am Ende dieses Zeitraums aktuell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert was resolved in this period.</source>
        <translation>
            <numerusform>%n Hinweis wurde in diesem Zeitraum erledigt.</numerusform>
            <numerusform>%n Hinweise wurden in diesem Zeitraum erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alerts were resolved in this period.</source>
        <translation>
            <numerusform>%n Hinweis wurde in diesem Zeitraum erledigt.</numerusform>
            <numerusform>%n Hinweise wurden in diesem Zeitraum erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Same as this window</source>
        <translation>Wie dieses Fenster</translation>
    </message>
    <message>
        <source>from</source>
        <comment>the first day of the report&apos;s period</comment>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <comment>the last day of the report&apos;s period</comment>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>relief::app::ShareController</name>
    <message>
        <source>Choose the folder your sync tool keeps in step first.</source>
        <translation>Wählen Sie zuerst den Ordner, den Ihr Synchronisierungsprogramm abgleicht.</translation>
    </message>
    <message>
        <source>Choose the shared folder first.</source>
        <translation>Wählen Sie zuerst den geteilten Ordner.</translation>
    </message>
</context>
<context>
    <name>relief::app::TodayModel</name>
    <message>
        <source>Open a journal first.</source>
        <translation>Öffnen Sie zuerst ein Tagebuch.</translation>
    </message>
    <message>
        <source>That entry is no longer in the journal.</source>
        <translation>Dieser Eintrag ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>a time that has passed</source>
        <translation>eine Uhrzeit, die schon vorbei ist</translation>
    </message>
</context>
<context>
    <name>relief::app::app_text</name>
    <message>
        <source>No pain scores logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Schmerzwerte eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough pain scores to show a change yet (%n day logged).</source>
        <translation>
            <numerusform>Noch nicht genug Schmerzwerte, um eine Veränderung zu zeigen (%n Tag eingetragen).</numerusform>
            <numerusform>Noch nicht genug Schmerzwerte, um eine Veränderung zu zeigen (%n Tage eingetragen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough pain scores to show a change yet (%n days logged).</source>
        <translation>
            <numerusform>Noch nicht genug Schmerzwerte, um eine Veränderung zu zeigen (%n Tag eingetragen).</numerusform>
            <numerusform>Noch nicht genug Schmerzwerte, um eine Veränderung zu zeigen (%n Tage eingetragen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain went down %1 points, from %2 to %3 (a clinically important improvement).</source>
        <translation>Die Schmerzen sind um %1 Punkte gesunken, von %2 auf %3 (eine klinisch bedeutsame Besserung).</translation>
    </message>
    <message>
        <source>Pain went up %1 points, from %2 to %3 (a clinically important improvement).</source>
        <translation>Die Schmerzen sind um %1 Punkte gestiegen, von %2 auf %3 (eine klinisch bedeutsame Besserung).</translation>
    </message>
    <message>
        <source>Pain stayed at %1 (a clinically important improvement).</source>
        <translation>Die Schmerzen blieben bei %1 (eine klinisch bedeutsame Besserung).</translation>
    </message>
    <message>
        <source>Pain went down %1 points, from %2 to %3.</source>
        <translation>Die Schmerzen sind um %1 Punkte gesunken, von %2 auf %3.</translation>
    </message>
    <message>
        <source>Pain went up %1 points, from %2 to %3.</source>
        <translation>Die Schmerzen sind um %1 Punkte gestiegen, von %2 auf %3.</translation>
    </message>
    <message>
        <source>Pain stayed at %1.</source>
        <translation>Die Schmerzen blieben bei %1.</translation>
    </message>
    <message>
        <source>%1: %2; %3 of %4 scheduled doses taken (%5 %).</source>
        <extracomment>A medication, its schedule, then how many of its scheduled doses were taken.</extracomment>
        <translation>%1: %2; %3 von %4 geplanten Dosen eingenommen (%5 %).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>A medication, then its schedule.</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The %1 %2 is not possible: it must be %3</source>
        <extracomment>The field (for example &quot;birth year&quot;), the value typed, then what the field allows.</extracomment>
        <translation>%2 ist als %1 nicht möglich: erlaubt ist %3</translation>
    </message>
    <message>
        <source>“the most a day of %1”</source>
        <extracomment>A setting put in words; %1 is a medicine&apos;s name.</extracomment>
        <translation>„Höchstmenge pro Tag von %1“</translation>
    </message>
    <message>
        <source>%1 · came back once · resolved %2</source>
        <extracomment>The day an alert was raised, then how often it came back, then the day it was resolved.</extracomment>
        <translation>%1 · einmal wiedergekommen · erledigt am %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · came back %n times · resolved %2</source>
        <translation>
            <numerusform>%1 · %n-mal wiedergekommen · erledigt am %2</numerusform>
            <numerusform>%1 · %n-mal wiedergekommen · erledigt am %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · came back once</source>
        <translation>%1 · einmal wiedergekommen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · came back %n times</source>
        <translation>
            <numerusform>%1 · %n-mal wiedergekommen</numerusform>
            <numerusform>%1 · %n-mal wiedergekommen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · resolved %2</source>
        <translation>%1 · erledigt am %2</translation>
    </message>
</context>
</TS>
