<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddMedicationForm</name>
    <message>
        <source>Add a medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type its name or brand; the list suggests the ones Relief Journal knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the medication&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of medicine %1 is (or “other”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the times you take it, for example 8:00, 20:00, or choose “Only when needed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. It appears on the Today page under “As needed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. Its doses now appear on the Today page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example baclofen, Flexeril, tizanidine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of medicine is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief Journal does not know this name. Choose its kind so the alerts can check it, or “other”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 10 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you take it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At set times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At set times, and more when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 8:00, 20:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Today page lists each dose at its time, for Taken or Skipped in one tap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most per day (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 30 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most your prescriber allows in a day, if they told you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it empty to start now: today&apos;s earlier doses are not counted. With an earlier day, the doses from that day on count as missed unless you log them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These come from patterns in your journal. They are not a diagnosis: bring them to your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep logging: when your pain, doses or side effects show something worth discussing with your clinician, it appears here, with what it is based on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current alerts. Keep logging; earlier ones are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved alerts (history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discussed with your clinician %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discussed with your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed with my clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as discussed with my clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>When an alert was raised, then when it was discussed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinsCard</name>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions that show your clinician whether the treatment helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: pain and how it gets in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What number best describes your pain on average in the past week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is no pain, 10 is pain as bad as you can imagine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain on average in the past week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What number best describes how, during the past week, pain has interfered with your enjoyment of life?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is does not interfere, 10 is completely interferes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain interfered with enjoyment of life:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What number best describes how, during the past week, pain has interfered with your general activity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain interfered with general activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number for each of the three questions first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last night&apos;s sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours slept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 7, 6.5 or 6h30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well did you sleep? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is very poorly, 10 is very well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the hours slept first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goals today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall change, at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since you started, how would you describe the change in your activity, symptoms, mood and quality of life related to your pain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipPicker</name>
    <message>
        <source>Show fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>For a screen reader: the question, then the chip&apos;s word.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmButton</name>
    <message>
        <source>Press again to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountersCard</name>
    <message>
        <source>What you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tap logs it, %1. A mistake can be undone in the day&apos;s log below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tap logs it. A mistake can be undone in the day&apos;s log below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried something for the pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 glass of water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log one glass of water or other fluid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One glass of water logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 alcoholic drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log one alcoholic drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One alcoholic drink logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>What was logged, as a sentence (for example &quot;Heat&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrampCard</name>
    <message>
        <source>Cramp or spasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the cramp is first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp logged %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About how long? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad, 0 to 10? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log cramp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayLogCard</name>
    <message>
        <source>Today&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet. Start with your pain score at the top of the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The earlier version stays in the journal&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone. It stays in the journal&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the editor of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press again to remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DosesCard</name>
    <message>
        <source>Doses today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked taken %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dose logged %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dose logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken late, at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doses were scheduled yesterday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doses to take today. Add your medications and their times on the Medications page, and they will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due at %1. Taken %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due at %1. Taken now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press again: %1 is due at %2. Mark it taken %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press again: %1 is due at %2. Mark it taken now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press again to undo %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took a dose of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another dose of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press again to log another dose of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last dose today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 last at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>What was logged, then what the daily maximum rule says of that dose.
----------
A medication&apos;s name, then its dose (for example &quot;Baclofen 10 mg&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Time (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pain score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does it feel like?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad, 0 to 10? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 10 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glasses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain on average in the past week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PEG pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain interfered with enjoyment of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PEG enjoyment of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain interfered with general activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PEG general activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours slept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 7, 6.5 or 6h30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well, 0 to 10? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sleep quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileChooserDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name for the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file, or type its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file called “%1” in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to the parent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Documents folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name for the new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s name, or its full path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalOpener</name>
    <message>
        <source>Open another journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at a journal without changing it, for example as a caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief journals (.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That journal could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Relief Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief Journal (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationEditor</name>
    <message>
        <source>Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This medication is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the times, for example 8:00, 20:00, or choose “Only when needed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded that %1 stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change from %1 was taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction applies to the whole medication, past days included: use it for a mistake made when it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new dose or times apply from the day you give; the days before keep the earlier ones, so the journal stays right about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 10 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you take it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At set times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At set times, and more when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 8:00, 20:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From which day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a mistake instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a mistake in how %1 was added instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press again to take back the change from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the change from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baclofen and tizanidine should not be stopped suddenly: ask your clinician for a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day you take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am stopping on a taper plan from my clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationRow</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · day %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change dose or times…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the dose or times of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 stops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationsPage</name>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is open read-only: the list cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medications yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal has no medications recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the medicines you take below, with their times. The Today page then shows each dose when it is due, for Taken or Skipped in one tap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp; settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, 1 current alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 current alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another journal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <source>A note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the day went, what helped, questions for your clinician…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainCard</name>
    <message>
        <source>How was your pain %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is your pain right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is no pain, 10 is the worst you can imagine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number from 0 to 10 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain %1 logged %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain %1 logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number to log your pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where? (optional, choose any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does it feel like? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log pain %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log pain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pain score first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the pain choices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <extracomment>For a screen reader: the question, the score, then what the score means (for example &quot;Pain 7, severe&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>For a screen reader: the question, then the score.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp; settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All optional. The alerts use it, for example your conditions and age, to know what to look out for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown on the visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 1961</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, for the visit report&apos;s header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hospital or insurance number, if your clinic asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: hospital number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did this pain or spasticity start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a city, for example Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose times are on this zone&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two things you want to be able to do again, in your own words. The Today page asks each day whether you managed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added. The Today page asks about it from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days it was checked off stay in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. The days it was checked off stay in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: walk the dog 20 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 goals: remove one to add another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When alerts are raised. Change these only after talking with your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thresholds to show: open a journal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced: when each alert is raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification when a scheduled dose is due, with Taken, Skip and Snooze, also while this window is closed. Your answer is logged in this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me when Relief Journal is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start reminders now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat an unanswered reminder every (minutes, 0 for never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats of one reminder, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads-up before a dose (minutes, 0 for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours: no reminder sounds between these times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide medication names on screen (the reminder says “a dose is due”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for logging. Only you can read this file; keep a backup copy somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of this window, of alerts, reports and reminders. Reports can also be written in your clinician&apos;s language on the Report page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to print or bring along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to open in a browser or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every entry, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR bundles (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a clinic&apos;s health record system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short summary for your clinician: how your pain changed, how the doses went, side effects, alerts and your questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the period to since the last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the report will say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report for this period yet. Log on the Today page and the summary appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save it. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the visit starts the next report&apos;s period from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a visit today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press again to record today&apos;s visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit recorded. The next report starts from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visit report as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report in your clinician&apos;s language; this window keeps its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideEffectCard</name>
    <message>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticed something since your last dose? Choose it, then how bad it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a side effect first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how bad it is: mild, moderate or severe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logged %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effect severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how bad it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestField</name>
    <message>
        <source>1 suggestion; use the arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suggestions; use the arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomCard</name>
    <message>
        <source>A symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the symptom first, for example dizziness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom logged %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you notice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: fever, leg weakness, numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For anything sudden or severe, call your clinician or emergency services: the journal does not alert anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log symptom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is open read-only: you can look at everything, but not log or undo. To log, open your own journal with “Open another journal…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dose is due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 doses are due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due now. Next: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more doses scheduled today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the doses that are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of pain, function (PEG, sleep, goals) and doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of pain and doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log your pain and doses on the Today page. After a few days, this page shows how they change together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Relief Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private journal for pain, muscle relaxant doses and side effects. Log in a tap or two; before a visit, print a short report for your clinician. Everything stays in one file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a city, for example Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose times are on this zone&apos;s clock. It is usually right as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already have a journal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it from a file, for example a copy from another computer, or a relative&apos;s journal read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just looking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo journal is a made-up person&apos;s last few weeks. Nothing you do there touches your own journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhenBar</name>
    <message>
        <source>Type the time it happened at the top of the page, or choose “Now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time yesterday (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time today (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 14:05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you log on this page is recorded at this time until you choose “Now” again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>option &apos;--lang&apos;: &apos;%1&apos; is not a language Relief Journal speaks; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief Journal: a private journal of pain, muscle relaxants and what helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file to open (default: your own journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the journal read-only (a caregiver&apos;s view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every page with a temporary demo journal; exit 1 on any QML warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of every page to DIR and exit (of FILE read-only if given, else of demo data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as if today were this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshots (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print when the first frame was shown (nanoseconds since the epoch) and quit (bench/run.sh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window: en, es or de (default: the one chosen in Profile &amp; settings, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be at least 800x600</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relief::app::AlertsModel</name>
    <message>
        <source>Open a journal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of an alert&apos;s evidence: what was measured, then its value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relief::app::AppController</name>
    <message>
        <source>Open a journal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged in this window to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time it happened, such as 14:05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time that has passed (it is now %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relief::app::CheckinsController</name>
    <message>
        <source>average pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enjoyment of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number for each of the three questions first (still open: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how long you slept first, such as 7, 6.5 or 6h30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: %1. Nothing else to check in today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours slept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relief::app::DoseSlotsModel</name>
    <message>
        <source>%1 %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That dose is no longer listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was logged for this dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of your medications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relief::app::FileChooserModel</name>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relief::app::MedicationsModel</name>
    <message>
        <source>Does %1 contain acetaminophen (paracetamol, APAP)? Many pain relievers and cold medicines do, and Relief Journal cannot count what it does not know. Check the label or ask your pharmacist; if it is Percocet, Norco, Vicodin, Ultracet, Tylenol PM, NyQuil or Excedrin, add it under that name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That medication is no longer listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; at most %2 a day</source>
        <extracomment>A prescription (for example &quot;10 mg at 08:00, 20:00&quot;), then the most allowed in a day.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2 (taper plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extended release): %2</source>
        <extracomment>A medicine&apos;s ingredient (for example &quot;cyclobenzaprine&quot;), then what kind of medicine it is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extended release): %2; label maximum %3 a day</source>
        <extracomment>A medicine&apos;s ingredient, what kind of medicine it is, then the most its label allows in a day.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; label maximum %3 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today or a day before (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relief::app::ProfileController</name>
    <message>
        <source>Open a journal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible here: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relief::app::RemindersController</name>
    <message>
        <source>%1 is not possible here: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal to set its reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no session bus (D-Bus): reminders cannot be shown while the window is closed. The Today page still shows what is due; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no notification service: reminders cannot be shown. The Today page still shows what is due; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are on for this journal. It is open read-only, so only the person who keeps it can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are off for this journal. It is open read-only, so only the person who keeps it can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are off on this computer: the journal asks for them, but nothing starts them here. Switch them on to start them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are off. The Today page shows what is due while the window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are on, but the reminder service is not running. It starts when you next log in, or now with “Start reminders now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 1 dose is due and not logged yet; the Today page has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 doses are due and not logged yet; the Today page has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are on. No scheduled dose is coming up in the next day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are on: the next one is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Quiet hours hold it back until they end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder service could not be started now; it starts when you next log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder service (relief-reminders) is neither beside Relief Journal nor on the PATH, so reminders cannot be switched on. Reinstall Relief Journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the switch to turn reminders on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>A value a person typed, quoted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relief::app::ReportController</name>
    <message>
        <source>Give both days as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts are current at the end of this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question to ask: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format %1: choose PDF, HTML, CSV or FHIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert is current at the end of this period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alerts are current at the end of this period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert was resolved in this period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alerts were resolved in this period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>from</source>
        <comment>the first day of the report&apos;s period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>the last day of the report&apos;s period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relief::app::TodayModel</name>
    <message>
        <source>Open a journal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time that has passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relief::app::app_text</name>
    <message>
        <source>No pain scores logged in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not enough pain scores to show a change yet (%n day logged).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough pain scores to show a change yet (%n days logged).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pain went down %1 points, from %2 to %3 (a clinically important improvement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain went up %1 points, from %2 to %3 (a clinically important improvement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain stayed at %1 (a clinically important improvement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain went down %1 points, from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain went up %1 points, from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain stayed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; %3 of %4 scheduled doses taken (%5 %).</source>
        <extracomment>A medication, its schedule, then how many of its scheduled doses were taken.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>A medication, then its schedule.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is not possible: it must be %3</source>
        <extracomment>The field (for example &quot;birth year&quot;), the value typed, then what the field allows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“the most a day of %1”</source>
        <extracomment>A setting put in words; %1 is a medicine&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · came back once · resolved %2</source>
        <extracomment>The day an alert was raised, then how often it came back, then the day it was resolved.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · came back %n times · resolved %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · came back once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · came back %n times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · resolved %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
