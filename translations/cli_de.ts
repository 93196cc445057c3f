<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>relief::cli::arguments</name>
    <message>
        <source>&apos;%1&apos; needs %2 (too few values given)</source>
        <translation>&apos;%1&apos; braucht %2 (zu wenige Werte angegeben)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2</source>
        <translation>&apos;%1&apos; braucht %2</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes no values, but %n was given</source>
        <translation>
            <numerusform>&apos;%1&apos; nimmt keine Werte an, aber %n wurde angegeben</numerusform>
            <numerusform>&apos;%1&apos; nimmt keine Werte an, aber %n wurden angegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes no values, but %n were given</source>
        <translation>
            <numerusform>&apos;%1&apos; nimmt keine Werte an, aber %n wurde angegeben</numerusform>
            <numerusform>&apos;%1&apos; nimmt keine Werte an, aber %n wurden angegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %2, but %n was given (put text with spaces in quotes)</source>
        <translation>
            <numerusform>&apos;%1&apos; nimmt %2, aber %n wurde angegeben (setzen Sie Text mit Leerzeichen in Anführungszeichen)</numerusform>
            <numerusform>&apos;%1&apos; nimmt %2, aber %n wurden angegeben (setzen Sie Text mit Leerzeichen in Anführungszeichen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %2, but %n were given (put text with spaces in quotes)</source>
        <translation>
            <numerusform>&apos;%1&apos; nimmt %2, aber %n wurde angegeben (setzen Sie Text mit Leerzeichen in Anführungszeichen)</numerusform>
            <numerusform>&apos;%1&apos; nimmt %2, aber %n wurden angegeben (setzen Sie Text mit Leerzeichen in Anführungszeichen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %2, but %n was given</source>
        <translation>
            <numerusform>&apos;%1&apos; nimmt %2, aber %n wurde angegeben</numerusform>
            <numerusform>&apos;%1&apos; nimmt %2, aber %n wurden angegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %2, but %n were given</source>
        <translation>
            <numerusform>&apos;%1&apos; nimmt %2, aber %n wurde angegeben</numerusform>
            <numerusform>&apos;%1&apos; nimmt %2, aber %n wurden angegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for &apos;relief %2&apos;</source>
        <translation>unbekannte Option &apos;%1&apos; für &apos;relief %2&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for &apos;relief %2&apos;; did you mean &apos;%3&apos;?</source>
        <translation>unbekannte Option &apos;%1&apos; für &apos;relief %2&apos;; meinten Sie &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; is given twice</source>
        <translation>die Option &apos;%1&apos; ist zweimal angegeben</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; takes no value</source>
        <translation>die Option &apos;%1&apos; nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value: %2</source>
        <translation>die Option &apos;%1&apos; braucht einen Wert: %2</translation>
    </message>
</context>
<context>
    <name>relief::cli::command_table</name>
    <message>
        <source>when it happened: YYYY-MM-DDTHH:MM local time (default: now)</source>
        <translation>wann es war: YYYY-MM-DDTHH:MM in Ortszeit (Standard: jetzt)</translation>
    </message>
    <message>
        <source>the time zone you were in, when travelling (default: the journal&apos;s)</source>
        <translation>die Zeitzone, in der Sie waren, wenn Sie verreist waren (Standard: die des Tagebuchs)</translation>
    </message>
    <message>
        <source>your home time zone (default: this computer&apos;s)</source>
        <translation>Ihre Heimatzeitzone (Standard: die dieses Computers)</translation>
    </message>
    <message>
        <source>create a new journal</source>
        <translation>ein neues Tagebuch anlegen</translation>
    </message>
    <message>
        <source>The journal is one file, readable only by you. Schedules run on the home zone&apos;s clock.
Example:
  relief init --zone Europe/Berlin</source>
        <translation>Das Tagebuch ist eine einzige Datei, die nur Sie lesen können. Einnahmepläne folgen der Uhr Ihrer Heimatzeitzone.
Beispiel:
  relief init --zone Europe/Berlin</translation>
    </message>
    <message>
        <source>your name, shown on reports (optional)</source>
        <translation>Ihr Name, steht auf den Berichten (optional)</translation>
    </message>
    <message>
        <source>year of birth, e.g. 1961</source>
        <translation>Geburtsjahr, z. B. 1961</translation>
    </message>
    <message>
        <source>date of birth, YYYY-MM-DD (sets the year too; &apos;&apos; clears it)</source>
        <translation>Geburtsdatum, YYYY-MM-DD (setzt auch das Jahr; &apos;&apos; löscht es)</translation>
    </message>
    <message>
        <source>a hospital or insurance number for reports (optional; &apos;&apos; clears it)</source>
        <translation>eine Klinik- oder Versichertennummer für Berichte (optional; &apos;&apos; löscht sie)</translation>
    </message>
    <message>
        <source>whose number it is: a URI such as urn:oid:1.2.3, or a label</source>
        <translation>wessen Nummer es ist: ein URI wie urn:oid:1.2.3 oder eine Bezeichnung</translation>
    </message>
    <message>
        <source>conditions, e.g. multiple-sclerosis,kidney-disease (replaces the list)</source>
        <translation>Erkrankungen, z. B. multiple-sclerosis,kidney-disease (ersetzt die Liste)</translation>
    </message>
    <message>
        <source>clear the list of conditions</source>
        <translation>die Liste der Erkrankungen leeren</translation>
    </message>
    <message>
        <source>the day the current pain began, YYYY-MM-DD</source>
        <translation>der Tag, an dem die jetzigen Schmerzen begannen, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>change the home time zone</source>
        <translation>die Heimatzeitzone ändern</translation>
    </message>
    <message>
        <source>set what the analyser should know about you</source>
        <translation>festlegen, was die Auswertung über Sie wissen soll</translation>
    </message>
    <message>
        <source>Example:
  relief profile set --birth-year 1961 --condition multiple-sclerosis --onset 2026-03-01</source>
        <translation>Beispiel:
  relief profile set --birth-year 1961 --condition multiple-sclerosis --onset 2026-03-01</translation>
    </message>
    <message>
        <source>show the profile</source>
        <translation>das Profil anzeigen</translation>
    </message>
    <message>
        <source>one dose, such as 5mg or 0.5g (required)</source>
        <translation>eine Dosis, etwa 5mg oder 0.5g (erforderlich)</translation>
    </message>
    <message>
        <source>scheduled times each day, such as 08:00,14:00,20:00</source>
        <translation>geplante Uhrzeiten jeden Tag, etwa 08:00,14:00,20:00</translation>
    </message>
    <message>
        <source>taken when needed (may be combined with --times)</source>
        <translation>wird bei Bedarf eingenommen (mit --times kombinierbar)</translation>
    </message>
    <message>
        <source>the most your prescriber allows per day</source>
        <translation>die Höchstmenge pro Tag, die Ihre Ärztin oder Ihr Arzt erlaubt</translation>
    </message>
    <message>
        <source>first day (default: today)</source>
        <translation>erster Tag (Standard: heute)</translation>
    </message>
    <message>
        <source>for a drug the catalogue does not know: its class, or &apos;other&apos;</source>
        <translation>für ein Arzneimittel, das der Katalog nicht kennt: seine Klasse oder &apos;other&apos;</translation>
    </message>
    <message>
        <source>add a medication</source>
        <translation>ein Medikament hinzufügen</translation>
    </message>
    <message>
        <source>NAME is an ingredient or a brand: &apos;Flexeril&apos; is cyclobenzaprine, &apos;Amrix&apos; its extended-release form.
Examples:
  relief med add Flexeril --dose 5mg --times 08:00,14:00,20:00
  relief med add ibuprofen --dose 400mg --as-needed --max-daily 1200mg
  relief med add &apos;Herbal sleep tea&apos; --dose 1mg --as-needed --class sedative</source>
        <translation>NAME ist ein Wirkstoff oder ein Handelsname: &apos;Flexeril&apos; ist Cyclobenzaprin, &apos;Amrix&apos; seine Retardform.
Beispiele:
  relief med add Flexeril --dose 5mg --times 08:00,14:00,20:00
  relief med add ibuprofen --dose 400mg --as-needed --max-daily 1200mg
  relief med add &apos;Schlaftee&apos; --dose 1mg --as-needed --class sedative</translation>
    </message>
    <message>
        <source>the last day you take it (default: today)</source>
        <translation>der letzte Tag, an dem Sie es einnehmen (Standard: heute)</translation>
    </message>
    <message>
        <source>you are stopping on a taper plan from your clinician</source>
        <translation>Sie setzen es nach einem Ausschleichplan Ihrer Ärztin oder Ihres Arztes ab</translation>
    </message>
    <message>
        <source>record that a medication stops</source>
        <translation>festhalten, dass ein Medikament abgesetzt wird</translation>
    </message>
    <message>
        <source>Baclofen and tizanidine should not be stopped suddenly: ask your clinician for a plan.
Example:
  relief med stop baclofen --on 2026-04-30 --taper</source>
        <translation>Baclofen und Tizanidin sollten nicht plötzlich abgesetzt werden: Bitten Sie Ihre Ärztin oder Ihren Arzt um einen Plan.
Beispiel:
  relief med stop baclofen --on 2026-04-30 --taper</translation>
    </message>
    <message>
        <source>a new dose</source>
        <translation>eine neue Dosis</translation>
    </message>
    <message>
        <source>new scheduled times</source>
        <translation>neue geplante Uhrzeiten</translation>
    </message>
    <message>
        <source>no scheduled times any more (as needed only)</source>
        <translation>keine geplanten Uhrzeiten mehr (nur bei Bedarf)</translation>
    </message>
    <message>
        <source>may also be taken as needed</source>
        <translation>darf auch bei Bedarf eingenommen werden</translation>
    </message>
    <message>
        <source>no longer taken as needed</source>
        <translation>wird nicht mehr bei Bedarf eingenommen</translation>
    </message>
    <message>
        <source>the prescribed maximum per day</source>
        <translation>die verordnete Höchstmenge pro Tag</translation>
    </message>
    <message>
        <source>correct the first day</source>
        <translation>den ersten Tag korrigieren</translation>
    </message>
    <message>
        <source>correct a medication (the previous version is kept)</source>
        <translation>ein Medikament korrigieren (die vorige Fassung bleibt erhalten)</translation>
    </message>
    <message>
        <source>A correction applies to the whole medication, past days included (for a medication with
prescription changes: to its first prescription). When the dose or times change from a
given day on, use &apos;relief med change&apos; instead: the days before keep their prescription.
Example:
  relief med edit Flexeril --times 08:00,20:00</source>
        <translation>Eine Korrektur gilt für das ganze Medikament, auch für vergangene Tage (bei geänderter
Verordnung: für die erste Verordnung). Ändern sich Dosis oder Uhrzeiten ab einem Tag,
nehmen Sie stattdessen &apos;relief med change&apos;: Die Tage davor behalten ihre Verordnung.
Beispiel:
  relief med edit Flexeril --times 08:00,20:00</translation>
    </message>
    <message>
        <source>the first day of the new prescription (required)</source>
        <translation>der erste Tag der neuen Verordnung (erforderlich)</translation>
    </message>
    <message>
        <source>the new dose (default: as before)</source>
        <translation>die neue Dosis (Standard: wie bisher)</translation>
    </message>
    <message>
        <source>the new scheduled times (default: as before)</source>
        <translation>die neuen geplanten Uhrzeiten (Standard: wie bisher)</translation>
    </message>
    <message>
        <source>no scheduled times from then on (as needed only)</source>
        <translation>ab dann keine geplanten Uhrzeiten (nur bei Bedarf)</translation>
    </message>
    <message>
        <source>may also be taken as needed from then on</source>
        <translation>darf ab dann auch bei Bedarf eingenommen werden</translation>
    </message>
    <message>
        <source>no longer taken as needed from then on</source>
        <translation>wird ab dann nicht mehr bei Bedarf eingenommen</translation>
    </message>
    <message>
        <source>undo the change from --from (it stays in the history)</source>
        <translation>die Änderung ab --from zurücknehmen (sie bleibt im Verlauf)</translation>
    </message>
    <message>
        <source>change a prescription from a given day (titration, taper step)</source>
        <translation>eine Verordnung ab einem Tag ändern (Aufdosierung, Ausschleichschritt)</translation>
    </message>
    <message>
        <source>The days before --from keep the earlier prescription: scheduled doses, adherence and the
dose a logged dose defaults to follow the prescription of each day. A second change from
the same day replaces the first; both stay in the journal&apos;s history. A taper entered as
falling doses is a taper plan to the withdrawal alert. --from may be in the future.
Examples:
  relief med change baclofen --dose 10mg --from 2026-03-05
  relief med change Flexeril --dose 10mg --times 08:00,20:00 --from 2026-03-05
  relief med change baclofen --from 2026-03-05 --remove</source>
        <translation>Die Tage vor --from behalten die frühere Verordnung: geplante Dosen, Therapietreue und die
Dosis, die eine eingetragene Einnahme vorgibt, folgen der Verordnung des jeweiligen Tages.
Eine zweite Änderung ab demselben Tag ersetzt die erste; beide bleiben im Verlauf des
Tagebuchs. Als sinkende Dosen eingetragenes Ausschleichen gilt für den Hinweis auf
Entzugserscheinungen als Ausschleichplan. --from darf in der Zukunft liegen.
Beispiele:
  relief med change baclofen --dose 10mg --from 2026-03-05
  relief med change Flexeril --dose 10mg --times 08:00,20:00 --from 2026-03-05
  relief med change baclofen --from 2026-03-05 --remove</translation>
    </message>
    <message>
        <source>list medications</source>
        <translation>die Medikamente auflisten</translation>
    </message>
    <message>
        <source>where: back, neck, left-leg, left-calf, ...</source>
        <translation>wo: back, neck, left-leg, left-calf, ... (auf Englisch)</translation>
    </message>
    <message>
        <source>the same as --location</source>
        <translation>dasselbe wie --location</translation>
    </message>
    <message>
        <source>what it feels like: aching, spasm, burning, shooting, ...</source>
        <translation>wie es sich anfühlt: aching, spasm, burning, shooting, ... (auf Englisch)</translation>
    </message>
    <message>
        <source>log a pain score from 0 (none) to 10 (worst imaginable)</source>
        <translation>einen Schmerzwert von 0 (keine) bis 10 (schlimmste vorstellbare) eintragen</translation>
    </message>
    <message>
        <source>Everyday words are understood: &apos;back&apos; is the lower back, &apos;left leg&apos; is left-leg,
&apos;pins and needles&apos; is tingling.
Example:
  relief log pain 6 --location lower-back --quality spasm,stiffness
  relief log pain 4 --where &quot;left leg&quot; --quality &quot;pins and needles&quot;</source>
        <translation>Alltagswörter auf Englisch werden verstanden: &apos;back&apos; ist der untere Rücken, &apos;left leg&apos; ist left-leg,
&apos;pins and needles&apos; ist Kribbeln (tingling).
Beispiel:
  relief log pain 6 --location lower-back --quality spasm,stiffness
  relief log pain 4 --where &quot;left leg&quot; --quality &quot;pins and needles&quot;</translation>
    </message>
    <message>
        <source>the dose was skipped</source>
        <translation>die Dosis wurde ausgelassen</translation>
    </message>
    <message>
        <source>log a dose taken (or skipped) of one of your medications</source>
        <translation>eine eingenommene (oder ausgelassene) Dosis eines Ihrer Medikamente eintragen</translation>
    </message>
    <message>
        <source>AMOUNT defaults to the medication&apos;s dose.
Examples:
  relief log dose Flexeril
  relief log dose ibuprofen 600mg --at 2026-03-01T13:30
  relief log dose baclofen --skipped</source>
        <translation>AMOUNT ist standardmäßig die Dosis des Medikaments.
Beispiele:
  relief log dose Flexeril
  relief log dose ibuprofen 600mg --at 2026-03-01T13:30
  relief log dose baclofen --skipped</translation>
    </message>
    <message>
        <source>how bad (default: mild)</source>
        <translation>wie stark (Standard: mild, leicht)</translation>
    </message>
    <message>
        <source>log a side effect such as drowsiness, dizziness or dry-mouth</source>
        <translation>eine Nebenwirkung eintragen, etwa drowsiness (Schläfrigkeit), dizziness (Schwindel) oder dry-mouth (Mundtrockenheit)</translation>
    </message>
    <message>
        <source>Example:
  relief log side-effect drowsiness --severity moderate</source>
        <translation>Beispiel:
  relief log side-effect drowsiness --severity moderate</translation>
    </message>
    <message>
        <source>where, such as left-calf</source>
        <translation>wo, etwa left-calf (linke Wade)</translation>
    </message>
    <message>
        <source>how long it lasted</source>
        <translation>wie lange er dauerte</translation>
    </message>
    <message>
        <source>how bad</source>
        <translation>wie stark</translation>
    </message>
    <message>
        <source>log a muscle cramp</source>
        <translation>einen Muskelkrampf eintragen</translation>
    </message>
    <message>
        <source>Example:
  relief log cramp --location left-calf --minutes 5 --severity 6</source>
        <translation>Beispiel:
  relief log cramp --location left-calf --minutes 5 --severity 6</translation>
    </message>
    <message>
        <source>how long</source>
        <translation>wie lange</translation>
    </message>
    <message>
        <source>log heat, ice, stretching, activity, exercise, physical-therapy, massage or rest</source>
        <translation>Wärme (heat), Eis (ice), Dehnen (stretching), Aktivität (activity), Bewegung (exercise), Physiotherapie (physical-therapy), Massage (massage) oder Ruhe (rest) eintragen</translation>
    </message>
    <message>
        <source>Example:
  relief log measure heat --minutes 20</source>
        <translation>Beispiel:
  relief log measure heat --minutes 20</translation>
    </message>
    <message>
        <source>log glasses of water or other fluids</source>
        <translation>Gläser Wasser oder andere Flüssigkeit eintragen</translation>
    </message>
    <message>
        <source>log alcoholic drinks</source>
        <translation>alkoholische Getränke eintragen</translation>
    </message>
    <message>
        <source>log a symptom, such as fever, leg-weakness or bladder-control-loss</source>
        <translation>ein Symptom eintragen, etwa fever (Fieber), leg-weakness (Beinschwäche) oder bladder-control-loss (Verlust der Blasenkontrolle)</translation>
    </message>
    <message>
        <source>Some symptoms need urgent care; the analyser flags them: bladder-control-loss,
bowel-control-loss, urinary-retention (&quot;can&apos;t pee&quot;), saddle-numbness, leg-weakness,
foot-drop, fever with back pain, pain-after-fall, night-pain, unexplained-weight-loss.
Example:
  relief log symptom &quot;pins and needles&quot;</source>
        <translation>Manche Symptome brauchen dringend Hilfe; die Auswertung markiert sie: bladder-control-loss,
bowel-control-loss, urinary-retention (&quot;can&apos;t pee&quot;, Harnverhalt), saddle-numbness, leg-weakness,
foot-drop, Fieber mit Rückenschmerzen, pain-after-fall, night-pain, unexplained-weight-loss.
Beispiel:
  relief log symptom &quot;pins and needles&quot;</translation>
    </message>
    <message>
        <source>log a note in your own words</source>
        <translation>eine Notiz in Ihren eigenen Worten eintragen</translation>
    </message>
    <message>
        <source>Example:
  relief log note &quot;Slept badly, back stiff in the morning&quot;</source>
        <translation>Beispiel:
  relief log note &quot;Schlecht geschlafen, Rücken morgens steif&quot;</translation>
    </message>
    <message>
        <source>log the PEG: pain, and how it interfered with enjoyment and activity (0-10 each)</source>
        <translation>den PEG eintragen: Schmerz und wie er Lebensfreude und Aktivität beeinträchtigt hat (je 0-10)</translation>
    </message>
    <message>
        <source>The PEG scale (Krebs et al. 2009) asks about the past week:
  PAIN        what number best describes your pain on average (0 no pain - 10 as bad as you can imagine)
  ENJOYMENT   how pain has interfered with your enjoyment of life (0 not at all - 10 completely)
  ACTIVITY    how pain has interfered with your general activity (0 not at all - 10 completely)
Its score is the mean of the three. Weekly is enough. Example:
  relief log peg 6 5 7</source>
        <translation>Die PEG-Skala (Krebs et al. 2009) fragt nach der letzten Woche:
  PAIN        welche Zahl Ihren Schmerz im Durchschnitt am besten beschreibt (0 kein Schmerz - 10 so schlimm, wie Sie es sich vorstellen können)
  ENJOYMENT   wie sehr der Schmerz Ihre Lebensfreude beeinträchtigt hat (0 gar nicht - 10 vollständig)
  ACTIVITY    wie sehr der Schmerz Ihre allgemeine Aktivität beeinträchtigt hat (0 gar nicht - 10 vollständig)
Der Wert ist der Mittelwert der drei. Einmal pro Woche genügt. Beispiel:
  relief log peg 6 5 7</translation>
    </message>
    <message>
        <source>how well you slept (0 very poorly - 10 very well)</source>
        <translation>wie gut Sie geschlafen haben (0 sehr schlecht - 10 sehr gut)</translation>
    </message>
    <message>
        <source>log last night&apos;s sleep</source>
        <translation>den Schlaf der letzten Nacht eintragen</translation>
    </message>
    <message>
        <source>HOURS such as 7, 6.5h, 6h30 or 6:30. Example:
  relief log sleep 6.5h --quality 4</source>
        <translation>HOURS etwa 7, 6.5h, 6h30 oder 6:30. Beispiel:
  relief log sleep 6.5h --quality 4</translation>
    </message>
    <message>
        <source>log your impression of change since the treatment began (1-7)</source>
        <translation>Ihren Eindruck der Veränderung seit Beginn der Behandlung eintragen (1-7)</translation>
    </message>
    <message>
        <source>The Patient Global Impression of Change: 1 very much improved, 2 much improved,
3 minimally improved, 4 no change, 5 minimally worse, 6 much worse, 7 very much worse.
The words work too. Example:
  relief log pgic 3
  relief log pgic &quot;no change&quot;</source>
        <translation>Der globale Eindruck der Veränderung (PGIC): 1 sehr viel besser, 2 viel besser,
3 etwas besser, 4 keine Veränderung, 5 etwas schlechter, 6 viel schlechter, 7 sehr viel schlechter.
Die englischen Wörter gehen auch. Beispiel:
  relief log pgic 3
  relief log pgic &quot;no change&quot;</translation>
    </message>
    <message>
        <source>add a personal function goal in your own words (two at most)</source>
        <translation>ein persönliches Ziel in Ihren eigenen Worten hinzufügen (höchstens zwei)</translation>
    </message>
    <message>
        <source>Examples:
  relief goal add &quot;walk the dog 20 minutes&quot;
  relief goal add &quot;sit through a work day&quot;</source>
        <translation>Beispiele:
  relief goal add &quot;20 Minuten mit dem Hund gehen&quot;
  relief goal add &quot;einen Arbeitstag durchsitzen&quot;</translation>
    </message>
    <message>
        <source>list your goals</source>
        <translation>Ihre Ziele auflisten</translation>
    </message>
    <message>
        <source>log that you did not manage it that day</source>
        <translation>eintragen, dass Sie es an dem Tag nicht geschafft haben</translation>
    </message>
    <message>
        <source>check a goal off for the day (GOAL: its number or its words)</source>
        <translation>ein Ziel für den Tag abhaken (GOAL: seine Nummer oder seine Worte)</translation>
    </message>
    <message>
        <source>Example:
  relief goal done 1</source>
        <translation>Beispiel:
  relief goal done 1</translation>
    </message>
    <message>
        <source>remove a goal (the days checked off stay)</source>
        <translation>ein Ziel entfernen (die abgehakten Tage bleiben)</translation>
    </message>
    <message>
        <source>show what was logged on a day (default: today)</source>
        <translation>anzeigen, was an einem Tag eingetragen wurde (Standard: heute)</translation>
    </message>
    <message>
        <source>Each scheduled dose shows as taken, taken late (over 60 minutes after its time), skipped,
overdue (its time has passed), missed (6 hours passed and nothing logged) or upcoming.</source>
        <translation>Jede geplante Dosis erscheint als eingenommen, verspätet eingenommen (über 60 Minuten nach der Zeit),
ausgelassen, überfällig (die Zeit ist vorbei), versäumt (6 Stunden vorbei, nichts eingetragen) oder anstehend.</translation>
    </message>
    <message>
        <source>analyse as of this day (default: today)</source>
        <translation>zum Stand dieses Tages auswerten (Standard: heute)</translation>
    </message>
    <message>
        <source>stable JSON for other programs (docs/alerts.md)</source>
        <translation>stabiles JSON für andere Programme (docs/alerts.md)</translation>
    </message>
    <message>
        <source>also list earlier alerts that are no longer current</source>
        <translation>auch frühere Hinweise auflisten, die nicht mehr aktuell sind</translation>
    </message>
    <message>
        <source>check the journal against the guidance and list alerts</source>
        <translation>das Tagebuch mit den Empfehlungen abgleichen und Hinweise auflisten</translation>
    </message>
    <message>
        <source>Each alert says why (the evidence), where the guidance comes from, and what to do.
The rules are in docs/rules.md; their thresholds in &apos;relief settings&apos;.</source>
        <translation>Jeder Hinweis sagt, warum (die Belege), woher die Empfehlung stammt und was zu tun ist.
Die Regeln stehen in docs/rules.md, ihre Schwellenwerte in &apos;relief settings&apos;.</translation>
    </message>
    <message>
        <source>mark an alert as discussed with your clinician</source>
        <translation>einen Hinweis als mit Ihrer Ärztin oder Ihrem Arzt besprochen markieren</translation>
    </message>
    <message>
        <source>The alert stays in the history; it shows again only if it becomes more serious.</source>
        <translation>Der Hinweis bleibt im Verlauf; er erscheint nur wieder, wenn er ernster wird.</translation>
    </message>
    <message>
        <source>where to write (required)</source>
        <translation>wohin geschrieben wird (erforderlich)</translation>
    </message>
    <message>
        <source>the format (default: from the file name: .pdf .html .csv .json)</source>
        <translation>das Format (Standard: nach dem Dateinamen: .pdf .html .csv .json)</translation>
    </message>
    <message>
        <source>first day (default: the last visit, or 30 days ago)</source>
        <translation>erster Tag (Standard: der letzte Arzttermin oder vor 30 Tagen)</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>letzter Tag (Standard: heute)</translation>
    </message>
    <message>
        <source>PDF paper size (default: a4)</source>
        <translation>Papierformat des PDF (Standard: a4)</translation>
    </message>
    <message>
        <source>FHIR only: a document Bundle to hand over (default), or a transaction to POST to a FHIR server</source>
        <translation>nur FHIR: ein Bundle vom Typ document zum Übergeben (Standard) oder eine transaction zum Senden per POST an einen FHIR-Server</translation>
    </message>
    <message>
        <source>the language of the report, for a clinician who reads another one (default: the messages&apos; language)</source>
        <translation>die Sprache des Berichts, für eine Ärztin oder einen Arzt mit anderer Sprache (Standard: die Sprache der Meldungen)</translation>
    </message>
    <message>
        <source>write a visit report for your clinician</source>
        <translation>einen Bericht für den Arzttermin schreiben</translation>
    </message>
    <message>
        <source>PDF and HTML to read or print; CSV for spreadsheets; FHIR R4 JSON for other software
(docs/report-formats.md, docs/fhir-mapping.md). Examples:
  relief report -o visit.pdf
  relief report --from 2026-03-01 --to 2026-03-31 --format csv -o march.csv
  relief report --format fhir --fhir-bundle transaction -o upload.json</source>
        <translation>PDF und HTML zum Lesen oder Drucken; CSV für Tabellenkalkulationen; FHIR R4 JSON für andere Software
(docs/report-formats.md, docs/fhir-mapping.md). Beispiele:
  relief report -o termin.pdf
  relief report --from 2026-03-01 --to 2026-03-31 --format csv -o maerz.csv
  relief report --format fhir --fhir-bundle transaction -o upload.json</translation>
    </message>
    <message>
        <source>record a visit to your clinician (default: today)</source>
        <translation>einen Arzttermin festhalten (Standard: heute)</translation>
    </message>
    <message>
        <source>The next report then starts on that day.</source>
        <translation>Der nächste Bericht beginnt dann an diesem Tag.</translation>
    </message>
    <message>
        <source>plan on this zone&apos;s clock (default: this computer&apos;s)</source>
        <translation>nach der Uhr dieser Zone planen (Standard: die dieses Computers)</translation>
    </message>
    <message>
        <source>say whether reminders are on and what rings next, and why</source>
        <translation>sagen, ob Erinnerungen an sind, was als Nächstes kommt und warum</translation>
    </message>
    <message>
        <source>Reminders come from relief-reminders, a service that runs while the app is closed
(docs/reminders.md). Switch them on in the app, or with
  relief settings set reminders.enabled yes</source>
        <translation>Erinnerungen kommen von relief-reminders, einem Dienst, der bei geschlossener App läuft
(docs/reminders.md). Schalten Sie sie in der App ein oder mit
  relief settings set reminders.enabled yes</translation>
    </message>
    <message>
        <source>show a test notification now</source>
        <translation>jetzt eine Testbenachrichtigung zeigen</translation>
    </message>
    <message>
        <source>Nothing is logged. It fails when the desktop has no notification service.</source>
        <translation>Es wird nichts eingetragen. Es schlägt fehl, wenn der Desktop keinen Benachrichtigungsdienst hat.</translation>
    </message>
    <message>
        <source>show the analyser&apos;s thresholds and the reminder settings</source>
        <translation>die Schwellenwerte der Auswertung und die Einstellungen der Erinnerungen anzeigen</translation>
    </message>
    <message>
        <source>change a threshold, a daily maximum or a reminder setting</source>
        <translation>einen Schwellenwert, eine Tageshöchstmenge oder eine Einstellung der Erinnerungen ändern</translation>
    </message>
    <message>
        <source>Examples:
  relief settings set threshold.short-term-warning-day 29
  relief settings set max-daily.baclofen 60mg
  relief settings set reminders.quiet-hours 22:00-07:00</source>
        <translation>Beispiele:
  relief settings set threshold.short-term-warning-day 29
  relief settings set max-daily.baclofen 60mg
  relief settings set reminders.quiet-hours 22:00-07:00</translation>
    </message>
    <message>
        <source>put a threshold or a reminder setting back to its default</source>
        <translation>einen Schwellenwert oder eine Einstellung der Erinnerungen auf den Standard zurücksetzen</translation>
    </message>
    <message>
        <source>delete an entry (it stays in the history and can be restored)</source>
        <translation>einen Eintrag löschen (er bleibt im Verlauf und lässt sich wiederherstellen)</translation>
    </message>
    <message>
        <source>restore a deleted entry</source>
        <translation>einen gelöschten Eintrag wiederherstellen</translation>
    </message>
    <message>
        <source>show every version of an entry</source>
        <translation>jede Fassung eines Eintrags anzeigen</translation>
    </message>
    <message>
        <source>export the whole journal, history included, to CSV</source>
        <translation>das ganze Tagebuch samt Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>The format is documented in docs/csv-format.md.</source>
        <translation>Das Format ist in docs/csv-format.md beschrieben.</translation>
    </message>
    <message>
        <source>import a CSV export (all or nothing)</source>
        <translation>einen CSV-Export importieren (alles oder nichts)</translation>
    </message>
    <message>
        <source>Entries already in the journal are not doubled. Into a journal that does not exist yet,
import creates it in the export&apos;s home time zone.</source>
        <translation>Einträge, die schon im Tagebuch sind, werden nicht verdoppelt. Gibt es das Tagebuch noch nicht,
legt import es in der Heimatzeitzone des Exports an.</translation>
    </message>
    <message>
        <source>write a consistent copy of the journal</source>
        <translation>eine stimmige Kopie des Tagebuchs schreiben</translation>
    </message>
    <message>
        <source>how many weeks of story (default: 8)</source>
        <translation>wie viele Wochen Geschichte (Standard: 8)</translation>
    </message>
    <message>
        <source>another seed tells another story (default: 1)</source>
        <translation>ein anderer Startwert erzählt eine andere Geschichte (Standard: 1)</translation>
    </message>
    <message>
        <source>time zone for a new demo journal</source>
        <translation>Zeitzone für ein neues Demo-Tagebuch</translation>
    </message>
    <message>
        <source>fill an empty journal with a realistic example story</source>
        <translation>ein leeres Tagebuch mit einer realistischen Beispielgeschichte füllen</translation>
    </message>
    <message>
        <source>Try it on a scratch journal:
  relief --journal /tmp/demo.db demo
  relief --journal /tmp/demo.db day</source>
        <translation>Probieren Sie es an einem Test-Tagebuch aus:
  relief --journal /tmp/demo.db demo
  relief --journal /tmp/demo.db day</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Relief Journal: a private journal of pain, muscle relaxants and what helps.</source>
        <translation>Relief Journal: ein privates Tagebuch über Schmerzen, Muskelrelaxanzien und das, was hilft.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>Optionen für jeden Befehl:</translation>
    </message>
    <message>
        <source>the journal file (default: $RELIEF_JOURNAL, else
$XDG_DATA_HOME/relief-journal/journal.db)</source>
        <translation>die Tagebuchdatei (Standard: $RELIEF_JOURNAL, sonst
$XDG_DATA_HOME/relief-journal/journal.db)</translation>
    </message>
    <message>
        <source>act as if today were this day (and, with a time, this minute)</source>
        <translation>so tun, als wäre heute dieser Tag (und, mit Uhrzeit, diese Minute)</translation>
    </message>
    <message>
        <source>open the journal without changing it (caregiver&apos;s view)</source>
        <translation>das Tagebuch öffnen, ohne es zu ändern (Ansicht für Betreuungspersonen)</translation>
    </message>
    <message>
        <source>the language of messages and reports: en, es or de (default:
the one chosen in the app, else the system&apos;s)</source>
        <translation>die Sprache der Meldungen und Berichte: en, es oder de (Standard:
die in der App gewählte, sonst die des Systems)</translation>
    </message>
    <message>
        <source>help for relief or for one command</source>
        <translation>Hilfe zu relief oder zu einem Befehl</translation>
    </message>
    <message>
        <source>the version</source>
        <translation>die Version</translation>
    </message>
    <message>
        <source>Start with:
  relief init
  relief med add Flexeril --dose 5mg --times 08:00,14:00,20:00
  relief log pain 6 --location lower-back --quality spasm
  relief day</source>
        <translation>Zum Einstieg:
  relief init
  relief med add Flexeril --dose 5mg --times 08:00,14:00,20:00
  relief log pain 6 --location lower-back --quality spasm
  relief day</translation>
    </message>
    <message>
        <source>&apos;relief COMMAND --help&apos; explains a command. Exit codes: 0 done, 1 failed, 2 bad input.</source>
        <translation>&apos;relief COMMAND --help&apos; erklärt einen Befehl. Rückgabewerte: 0 erledigt, 1 fehlgeschlagen, 2 ungültige Eingabe.</translation>
    </message>
    <message>
        <source>what to call this device, such as laptop (default: the computer&apos;s name)</source>
        <translation>wie dieses Gerät heißen soll, etwa Laptop (Standard: der Name des Computers)</translation>
    </message>
    <message>
        <source>use a passphrase of your own, read from the input, instead of new words</source>
        <translation>eine eigene Passphrase verwenden, aus der Eingabe gelesen, statt neuer Wörter</translation>
    </message>
    <message>
        <source>share this journal through a folder that a sync tool keeps in step</source>
        <translation>dieses Tagebuch über einen Ordner teilen, den ein Synchronisierungsprogramm abgleicht</translation>
    </message>
    <message>
        <source>Choose a folder that Syncthing, Nextcloud, a network share or a USB stick keeps the
same on your devices. The changes written there are encrypted with a key made of 16
words, shown once: type them on each device that joins (docs/sharing.md).
Example:
  relief share init ~/Sync/relief --name laptop</source>
        <translation>Wählen Sie einen Ordner, den Syncthing, Nextcloud, eine Netzwerkfreigabe oder ein USB-Stick
auf Ihren Geräten gleich hält. Die Änderungen darin werden mit einem Schlüssel aus 16 Wörtern
verschlüsselt, der einmal erscheint: Geben Sie ihn auf jedem neuen Gerät ein (docs/sharing.md).
Beispiel:
  relief share init ~/Sync/relief --name laptop</translation>
    </message>
    <message>
        <source>what to call this device (default: the computer&apos;s name)</source>
        <translation>wie dieses Gerät heißen soll (Standard: der Name des Computers)</translation>
    </message>
    <message>
        <source>follow the journal without changing it (a caregiver&apos;s device)</source>
        <translation>das Tagebuch mitverfolgen, ohne es zu ändern (das Gerät einer Betreuungsperson)</translation>
    </message>
    <message>
        <source>join a journal shared in a folder</source>
        <translation>einem in einem Ordner geteilten Tagebuch beitreten</translation>
    </message>
    <message>
        <source>Type the share&apos;s words (or passphrase) when asked, or give them on the first line of
input. Joining in full merges this journal with the shared one; a read-only device
starts from a new journal file.
Example:
  relief --journal ~/mum.db share join ~/Sync/relief --read-only --name carer</source>
        <translation>Geben Sie die Wörter des geteilten Tagebuchs (oder die Passphrase) ein, wenn danach gefragt
wird, oder übergeben Sie sie in der ersten Zeile der Eingabe. Ein voller Beitritt führt dieses
Tagebuch mit dem geteilten zusammen; ein schreibgeschütztes Gerät beginnt mit neuer Tagebuchdatei.
Beispiel:
  relief --journal ~/mum.db share join ~/Sync/relief --read-only --name carer</translation>
    </message>
    <message>
        <source>say where the journal is shared and when the other devices last changed it</source>
        <translation>anzeigen, wo das Tagebuch geteilt wird und wann die anderen Geräte es zuletzt geändert haben</translation>
    </message>
    <message>
        <source>send this device&apos;s changes and take the others&apos;</source>
        <translation>die Änderungen dieses Geräts senden und die der anderen übernehmen</translation>
    </message>
    <message>
        <source>The app does this by itself every minute while it is open. A file another device is
still copying, or one that is damaged, is named and left for the next time.</source>
        <translation>Die App macht das jede Minute von selbst, solange sie offen ist. Eine Datei, die ein anderes
Gerät noch kopiert, oder eine beschädigte wird genannt und bis zum nächsten Mal liegen gelassen.</translation>
    </message>
    <message>
        <source>show the share&apos;s words again (on the device that created it)</source>
        <translation>die Wörter des geteilten Tagebuchs erneut zeigen (auf dem Gerät, auf dem es angelegt wurde)</translation>
    </message>
    <message>
        <source>stop sharing this journal (it keeps everything)</source>
        <translation>das Teilen dieses Tagebuchs beenden (es behält alles)</translation>
    </message>
    <message>
        <source>tell a caregiver when a dose is not logged within an hour</source>
        <translation>eine Betreuungsperson benachrichtigen, wenn eine Dosis nicht innerhalb einer Stunde eingetragen wird</translation>
    </message>
    <message>
        <source>On the person&apos;s device it lets caregivers who follow the journal be told; on a
caregiver&apos;s device it switches the telling on: relief-reminders syncs the share each
minute and shows a notification for each scheduled dose not logged (taken or skipped)
an hour after its time, once. Both must be on.</source>
        <translation>Auf dem Gerät der Person erlaubt es, dass Betreuungspersonen, die das Tagebuch mitverfolgen,
benachrichtigt werden; auf dem Gerät einer Betreuungsperson schaltet es die Benachrichtigung ein:
relief-reminders synchronisiert jede Minute und zeigt für jede geplante Dosis, die eine Stunde nach
ihrer Uhrzeit nicht eingetragen ist (genommen oder ausgelassen), einmal eine Nachricht. Beides muss an sein.</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_alerts</name>
    <message>
        <source>raised %1</source>
        <translation>aufgetreten am %1</translation>
    </message>
    <message numerus="yes">
        <source>came back %n time</source>
        <translation>
            <numerusform>%n-mal wiedergekommen</numerusform>
            <numerusform>%n-mal wiedergekommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>came back %n times</source>
        <translation>
            <numerusform>%n-mal wiedergekommen</numerusform>
            <numerusform>%n-mal wiedergekommen</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>erledigt am %1</translation>
    </message>
    <message>
        <source>discussed %1</source>
        <translation>besprochen am %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>URGENT: contact your clinician now or seek care</source>
        <translation>DRINGEND: Wenden Sie sich jetzt an Ihre Ärztin oder Ihren Arzt oder suchen Sie Hilfe</translation>
    </message>
    <message>
        <source>WARNING: contact your clinician or pharmacist soon</source>
        <translation>WARNUNG: Wenden Sie sich bald an Ihre Ärztin, Ihren Arzt oder Ihre Apotheke</translation>
    </message>
    <message>
        <source>INFO: worth mentioning at your next visit</source>
        <translation>INFO: beim nächsten Arzttermin ansprechen</translation>
    </message>
    <message>
        <source>a day that is not in the future</source>
        <translation>ein Tag, der nicht in der Zukunft liegt</translation>
    </message>
    <message>
        <source>Alerts as of %1</source>
        <translation>Hinweise zum Stand %1</translation>
    </message>
    <message>
        <source>No current alerts. Keep logging: the more you log, the more the analyser can see.</source>
        <translation>Keine aktuellen Hinweise. Tragen Sie weiter ein: Je mehr Sie eintragen, desto mehr kann die Auswertung erkennen.</translation>
    </message>
    <message>
        <source>Resolved alerts (history)</source>
        <translation>Erledigte Hinweise (Verlauf)</translation>
    </message>
    <message numerus="yes">
        <source>%n resolved alert in the history: &apos;relief alerts --all&apos; shows them.</source>
        <translation>
            <numerusform>%n erledigter Hinweis im Verlauf: &apos;relief alerts --all&apos; zeigt ihn.</numerusform>
            <numerusform>%n erledigte Hinweise im Verlauf: &apos;relief alerts --all&apos; zeigt sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved alerts in the history: &apos;relief alerts --all&apos; shows them.</source>
        <translation>
            <numerusform>%n erledigter Hinweis im Verlauf: &apos;relief alerts --all&apos; zeigt ihn.</numerusform>
            <numerusform>%n erledigte Hinweise im Verlauf: &apos;relief alerts --all&apos; zeigt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>After your visit: &apos;relief alert discuss ID&apos; marks an alert as discussed with your clinician.</source>
        <translation>Nach dem Arzttermin: &apos;relief alert discuss ID&apos; markiert einen Hinweis als mit Ihrer Ärztin oder Ihrem Arzt besprochen.</translation>
    </message>
    <message>
        <source>This journal is not a medical device: it points out what to discuss, it does not replace your clinician.</source>
        <translation>Dieses Tagebuch ist kein Medizinprodukt: Es zeigt, was zu besprechen ist, und ersetzt nicht Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>alert id</source>
        <translation>Hinweisnummer</translation>
    </message>
    <message>
        <source>Marked alert %1 (%2) as discussed with your clinician. It stays in the history.</source>
        <translation>Hinweis %1 (%2) als mit Ihrer Ärztin oder Ihrem Arzt besprochen markiert. Er bleibt im Verlauf.</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_data</name>
    <message>
        <source>&apos;relief %1&apos; needs -o FILE</source>
        <translation>&apos;relief %1&apos; braucht -o FILE</translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>%1 kann nicht gelesen werden: Die Datei gibt es nicht</translation>
    </message>
    <message>
        <source>cannot read %1: it is a folder</source>
        <translation>%1 kann nicht gelesen werden: Es ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot read %1: permission denied</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>Exported %1 and %2 (history included) to %3.</source>
        <extracomment>%1 the medications (a count with its noun), %2 the entry rows (likewise), %3 the file.</extracomment>
        <translation>%1 und %2 (samt Verlauf) nach %3 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n medication</source>
        <translation>
            <numerusform>%n Medikament</numerusform>
            <numerusform>%n Medikamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medications</source>
        <translation>
            <numerusform>%n Medikament</numerusform>
            <numerusform>%n Medikamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry row</source>
        <translation>
            <numerusform>%n Eintragszeile</numerusform>
            <numerusform>%n Eintragszeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry rows</source>
        <translation>
            <numerusform>%n Eintragszeile</numerusform>
            <numerusform>%n Eintragszeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>--read-only was given, and import changes the journal</source>
        <translation>--read-only wurde angegeben, und import ändert das Tagebuch</translation>
    </message>
    <message numerus="yes">
        <source>%n prescription change</source>
        <translation>
            <numerusform>%n Änderung der Verordnung</numerusform>
            <numerusform>%n Änderungen der Verordnung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prescription changes</source>
        <translation>
            <numerusform>%n Änderung der Verordnung</numerusform>
            <numerusform>%n Änderungen der Verordnung</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 and %3 added</source>
        <extracomment>%1 the file read, %2 the entry rows added, %3 the medications added (counts with their nouns).</extracomment>
        <translation>%1 importiert: %2 und %3 hinzugefügt</translation>
    </message>
    <message>
        <source>Imported %1 into a new journal at %4: %2 and %3 added</source>
        <translation>%1 in ein neues Tagebuch unter %4 importiert: %2 und %3 hinzugefügt</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, mit %1</translation>
    </message>
    <message>
        <source>, %1 already present</source>
        <translation>, %1 schon vorhanden</translation>
    </message>
    <message>
        <source>Backed up the journal to %1 (readable only by you).</source>
        <translation>Sicherung des Tagebuchs in %1 gespeichert (nur Sie können sie lesen).</translation>
    </message>
    <message numerus="yes">
        <source>, %n later edit or deletion merged</source>
        <extracomment>Edits and deletions the file records of entries the journal already had.</extracomment>
        <translation>
            <numerusform>, %n spätere Änderung oder Löschung übernommen</numerusform>
            <numerusform>, %n spätere Änderungen oder Löschungen übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n later edits or deletions merged</source>
        <translation>
            <numerusform>, %n spätere Änderung oder Löschung übernommen</numerusform>
            <numerusform>, %n spätere Änderungen oder Löschungen übernommen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_day</name>
    <message>
        <source>taken</source>
        <translation>eingenommen</translation>
    </message>
    <message>
        <source>taken late</source>
        <translation>verspätet eingenommen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>versäumt</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>anstehend</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <extracomment>The heading of &apos;relief day&apos;, as a QLocale date pattern: dddd the weekday, dd the day, MMMM the month, yyyy the year (&quot;Tuesday 10 March 2026&quot;).</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Check-ins for today:</source>
        <translation>Abfragen für heute:</translation>
    </message>
    <message>
        <source>PEG (weekly): relief log peg PAIN ENJOYMENT ACTIVITY   (0-10 each; see relief log peg --help)</source>
        <translation>PEG (wöchentlich): relief log peg PAIN ENJOYMENT ACTIVITY   (je 0-10; siehe relief log peg --help)</translation>
    </message>
    <message>
        <source>Last night&apos;s sleep: relief log sleep HOURS --quality 0-10</source>
        <translation>Schlaf der letzten Nacht: relief log sleep HOURS --quality 0-10</translation>
    </message>
    <message>
        <source>Goal %1 (%2): relief goal done %1   (or --not-met)</source>
        <extracomment>%1 the goal&apos;s number, %2 the goal in the person&apos;s words.</extracomment>
        <translation>Ziel %1 (%2): relief goal done %1   (oder --not-met)</translation>
    </message>
    <message>
        <source>How things have changed (%1): relief log pgic 1-7   (1 very much improved - 7 very much worse)</source>
        <extracomment>%1 why it is asked now.</extracomment>
        <translation>Wie sich die Dinge verändert haben (%1): relief log pgic 1-7   (1 sehr viel besser - 7 sehr viel schlechter)</translation>
    </message>
    <message>
        <source>Scheduled doses:</source>
        <translation>Geplante Dosen:</translation>
    </message>
    <message>
        <source>Scheduled doses (%1 time):</source>
        <translation>Geplante Dosen (Uhrzeit %1):</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 the state of a dose (taken, taken late), %2 the time it was logged (HH:MM).</extracomment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Nothing logged on this day.</source>
        <translation>An diesem Tag ist nichts eingetragen.</translation>
    </message>
    <message>
        <source>Nothing logged on this day. Log something with, for example:
  relief log pain 4</source>
        <translation>An diesem Tag ist nichts eingetragen. Tragen Sie etwas ein, zum Beispiel mit:
  relief log pain 4</translation>
    </message>
    <message>
        <source>Logged:</source>
        <translation>Eingetragen:</translation>
    </message>
    <message>
        <source>(entry %1)</source>
        <translation>(Eintrag %1)</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_entry</name>
    <message>
        <source>entry id</source>
        <translation>Eintragsnummer</translation>
    </message>
    <message>
        <source>Deleted entry %1 (%2). It stays in the history; &apos;relief restore %1&apos; brings it back.</source>
        <translation>Eintrag %1 gelöscht (%2). Er bleibt im Verlauf; &apos;relief restore %1&apos; holt ihn zurück.</translation>
    </message>
    <message>
        <source>Restored entry %1 as entry %2 (%3). The history keeps when it was deleted: &apos;relief history %2&apos;.</source>
        <extracomment>%1 the deleted entry&apos;s number, %2 the new entry&apos;s number, %3 what it holds.</extracomment>
        <translation>Eintrag %1 als Eintrag %2 wiederhergestellt (%3). Der Verlauf zeigt, wann er gelöscht wurde: &apos;relief history %2&apos;.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>geschrieben am %1</translation>
    </message>
    <message>
        <source>, replaced by entry %1</source>
        <translation>, ersetzt durch Eintrag %1</translation>
    </message>
    <message>
        <source>, deleted %1</source>
        <translation>, gelöscht am %1</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(aktuell)</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_function</name>
    <message>
        <source>PEG pain (average pain in the past week)</source>
        <translation>PEG-Schmerz (durchschnittlicher Schmerz in der letzten Woche)</translation>
    </message>
    <message>
        <source>PEG enjoyment (how pain interfered with enjoyment of life)</source>
        <translation>PEG-Lebensfreude (wie sehr der Schmerz die Lebensfreude beeinträchtigt hat)</translation>
    </message>
    <message>
        <source>PEG activity (how pain interfered with general activity)</source>
        <translation>PEG-Aktivität (wie sehr der Schmerz die allgemeine Aktivität beeinträchtigt hat)</translation>
    </message>
    <message>
        <source>hours slept</source>
        <translation>geschlafene Stunden</translation>
    </message>
    <message>
        <source>global impression of change</source>
        <translation>globaler Eindruck der Veränderung</translation>
    </message>
    <message>
        <source>Goal %1: %2. Check it off with &apos;relief goal done %1&apos; on the days you manage it.</source>
        <extracomment>%1 the goal&apos;s number, %2 the goal in the person&apos;s words.</extracomment>
        <translation>Ziel %1: %2. Haken Sie es mit &apos;relief goal done %1&apos; an den Tagen ab, an denen Sie es schaffen.</translation>
    </message>
    <message>
        <source>No goals yet. Add one or two in your own words, such as:
  relief goal add &quot;walk the dog 20 minutes&quot;</source>
        <translation>Noch keine Ziele. Fügen Sie ein oder zwei in Ihren eigenen Worten hinzu, zum Beispiel:
  relief goal add &quot;20 Minuten mit dem Hund gehen&quot;</translation>
    </message>
    <message>
        <source>Logged %1 on %2 (entry %3).</source>
        <translation>Eingetragen: %1 am %2 (Eintrag %3).</translation>
    </message>
    <message>
        <source>Removed goal %1 (%2). The days it was checked off stay in the journal.</source>
        <translation>Ziel %1 entfernt (%2). Die Tage, an denen es abgehakt wurde, bleiben im Tagebuch.</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_journal</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Home time zone:</source>
        <translation>Heimatzeitzone:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Birth year:</source>
        <translation>Geburtsjahr:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Geburtsdatum:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Kennnummer:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Erkrankungen:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Pain began:</source>
        <translation>Schmerzbeginn:</translation>
    </message>
    <message>
        <source>--read-only was given, and init creates a journal</source>
        <translation>--read-only wurde angegeben, und init legt ein Tagebuch an</translation>
    </message>
    <message>
        <source>Created your journal at %1 (home time zone %2).
Only you can read it. Next, add a medication, for example:
  relief med add Flexeril --dose 5mg --times 08:00,14:00,20:00</source>
        <translation>Ihr Tagebuch wurde unter %1 angelegt (Heimatzeitzone %2).
Nur Sie können es lesen. Fügen Sie als Nächstes ein Medikament hinzu, zum Beispiel:
  relief med add Flexeril --dose 5mg --times 08:00,14:00,20:00</translation>
    </message>
    <message>
        <source>&apos;relief profile set&apos; needs at least one option, such as --birth-year 1961</source>
        <translation>&apos;relief profile set&apos; braucht mindestens eine Option, etwa --birth-year 1961</translation>
    </message>
    <message>
        <source>give %1 or %2, not both</source>
        <translation>geben Sie %1 oder %2 an, nicht beides</translation>
    </message>
    <message>
        <source>the year of the date of birth %1 (or give --birth-date &apos;&apos; to clear the date)</source>
        <translation>das Jahr des Geburtsdatums %1 (oder geben Sie --birth-date &apos;&apos; an, um das Datum zu löschen)</translation>
    </message>
    <message>
        <source>a day that is not in the future</source>
        <translation>ein Tag, der nicht in der Zukunft liegt</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil gespeichert.</translation>
    </message>
    <message>
        <source>--read-only was given, and demo writes a story</source>
        <translation>--read-only wurde angegeben, und demo schreibt eine Geschichte</translation>
    </message>
    <message>
        <source>--zone is only for a new demo journal; %1 exists</source>
        <translation>--zone gilt nur für ein neues Demo-Tagebuch; %1 gibt es schon</translation>
    </message>
    <message numerus="yes">
        <source>Wrote an example story of %n week ending %1 to %2: %3 medications, %4 entries, %5 alerts.
Look at a day, and at the alerts, with:
  relief --journal %2 day %6
  relief --journal %2 alerts --all</source>
        <extracomment>%n the weeks, %1 the last day, %2 the file, %3 medications, %4 entries, %5 alerts (counts), %6 a day as YYYY-MM-DD in a command to type.</extracomment>
        <translation>
            <numerusform>Eine Beispielgeschichte über %n Woche bis %1 nach %2 geschrieben: %3 Medikamente, %4 Einträge, %5 Hinweise.
Sehen Sie sich einen Tag und die Hinweise an mit:
  relief --journal %2 day %6
  relief --journal %2 alerts --all</numerusform>
            <numerusform>Eine Beispielgeschichte über %n Wochen bis %1 nach %2 geschrieben: %3 Medikamente, %4 Einträge, %5 Hinweise.
Sehen Sie sich einen Tag und die Hinweise an mit:
  relief --journal %2 day %6
  relief --journal %2 alerts --all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote an example story of %n weeks ending %1 to %2: %3 medications, %4 entries, %5 alerts.
Look at a day, and at the alerts, with:
  relief --journal %2 day %6
  relief --journal %2 alerts --all</source>
        <translation>
            <numerusform>Eine Beispielgeschichte über %n Woche bis %1 nach %2 geschrieben: %3 Medikamente, %4 Einträge, %5 Hinweise.
Sehen Sie sich einen Tag und die Hinweise an mit:
  relief --journal %2 day %6
  relief --journal %2 alerts --all</numerusform>
            <numerusform>Eine Beispielgeschichte über %n Wochen bis %1 nach %2 geschrieben: %3 Medikamente, %4 Einträge, %5 Hinweise.
Sehen Sie sich einen Tag und die Hinweise an mit:
  relief --journal %2 day %6
  relief --journal %2 alerts --all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_log</name>
    <message>
        <source>either --where or --location, not both</source>
        <translation>entweder --where oder --location, nicht beides</translation>
    </message>
    <message>
        <source>%1 can be a sign of a serious problem. Seek urgent medical care now.</source>
        <translation>%1 kann ein Zeichen für ein ernstes Problem sein. Suchen Sie jetzt dringend ärztliche Hilfe.</translation>
    </message>
    <message>
        <source>a time that is not in the future (it is now %1 in %2)</source>
        <translation>eine Zeit, die nicht in der Zukunft liegt (jetzt ist es %1 in %2)</translation>
    </message>
    <message>
        <source>Logged %1 at %2 (entry %3).</source>
        <translation>Eingetragen: %1 am %2 (Eintrag %3).</translation>
    </message>
    <message>
        <source>Logged %1 at %2 %3 (entry %4).</source>
        <extracomment>%1 what was logged, %2 the day and time, %3 the time zone (Area/City), %4 the entry&apos;s number.</extracomment>
        <translation>Eingetragen: %1 am %2 %3 (Eintrag %4).</translation>
    </message>
    <message>
        <source>pain score</source>
        <translation>Schmerzwert</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>That is %1 of %2: %3.</source>
        <extracomment>%1 a count of units (&quot;2 tablets&quot;), %2 the product, %3 its ingredients and amounts.</extracomment>
        <translation>Das sind %1 %2: %3.</translation>
    </message>
    <message>
        <source>This answers the dose scheduled at %1 (late).</source>
        <translation>Das ist die für %1 geplante Dosis (verspätet).</translation>
    </message>
    <message>
        <source>This answers the dose scheduled at %1.</source>
        <translation>Das ist die für %1 geplante Dosis.</translation>
    </message>
    <message>
        <source>Note: %1 is recorded as taken from %2 to %3.</source>
        <translation>Hinweis: %1 ist als eingenommen vom %2 bis %3 eingetragen.</translation>
    </message>
    <message>
        <source>Note: %1 is recorded as taken from %2.</source>
        <translation>Hinweis: %1 ist als eingenommen ab %2 eingetragen.</translation>
    </message>
    <message>
        <source>Urgent: %1 (This dose is recorded.)</source>
        <translation>Dringend: %1 (Diese Dosis ist eingetragen.)</translation>
    </message>
    <message>
        <source>Warning: %1 (This dose is recorded.)</source>
        <translation>Warnung: %1 (Diese Dosis ist eingetragen.)</translation>
    </message>
    <message>
        <source>%1 is a symptom to act on, so it is logged as a symptom.</source>
        <translation>%1 ist ein Symptom, bei dem Sie handeln sollten; es wird daher als Symptom eingetragen.</translation>
    </message>
    <message>
        <source>glasses</source>
        <translation>Gläser</translation>
    </message>
    <message>
        <source>drinks</source>
        <translation>Getränke</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_med</name>
    <message>
        <source>Change it with &apos;relief med change&apos; (from a given day) or &apos;relief med edit&apos; (a correction)</source>
        <translation>Ändern Sie es mit &apos;relief med change&apos; (ab einem Tag) oder &apos;relief med edit&apos; (eine Korrektur)</translation>
    </message>
    <message>
        <source>one of your medications, but none are recorded yet; add it with &apos;relief med add&apos;</source>
        <translation>eines Ihrer Medikamente, aber es ist noch keines eingetragen; fügen Sie es mit &apos;relief med add&apos; hinzu</translation>
    </message>
    <message>
        <source>one of your medications: %1 (did you mean %2?)</source>
        <translation>eines Ihrer Medikamente: %1 (meinten Sie %2?)</translation>
    </message>
    <message>
        <source>one of your medications: %1; add this one first with &apos;relief med add&apos;</source>
        <translation>eines Ihrer Medikamente: %1; fügen Sie dieses zuerst mit &apos;relief med add&apos; hinzu</translation>
    </message>
    <message>
        <source>one of your medications: %1</source>
        <translation>eines Ihrer Medikamente: %1</translation>
    </message>
    <message>
        <source>medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>One %1 of %2 is %3; the dose is %4. Log doses as %1s: relief log dose &quot;%2&quot; 2</source>
        <extracomment>%1 the unit (tablet, capsule), %2 the product, %3 what one unit holds, %4 the dose in units (&quot;2 tablets&quot;). The command is typed as it is: only the words around it change.</extracomment>
        <translation>Eine Einheit (%1) %2 enthält %3; die Dosis ist %4. Tragen Sie Dosen in Einheiten (%1) ein: relief log dose &quot;%2&quot; 2</translation>
    </message>
    <message>
        <source>Its %1 counts towards the daily maximum of %1 (%2; urgent above %3) together with every other product that contains it.</source>
        <extracomment>%1 the ingredient, %2 its daily maximum, %3 the amount above which it is urgent.</extracomment>
        <translation>Das enthaltene %1 zählt zur Tageshöchstmenge von %1 (%2; dringend über %3) zusammen mit jedem anderen Produkt, das es enthält.</translation>
    </message>
    <message>
        <source>Its %1 counts towards the daily maximum of %1 (%2) together with every other product that contains it.</source>
        <translation>Das enthaltene %1 zählt zur Tageshöchstmenge von %1 (%2) zusammen mit jedem anderen Produkt, das es enthält.</translation>
    </message>
    <message>
        <source>Does %1 contain acetaminophen (paracetamol, APAP)? Many pain relievers and cold medicines do. The journal does not know what %1 contains, so it cannot add its acetaminophen to the daily maximum. Check the label or ask your pharmacist; if it is a product the catalogue knows (such as Percocet, Norco, Vicodin, Ultracet, Tylenol PM, NyQuil or Excedrin), add it under that name instead.</source>
        <translation>Enthält %1 Paracetamol (Acetaminophen, APAP)? Viele Schmerz- und Erkältungsmittel tun das. Das Tagebuch weiß nicht, was %1 enthält, und kann sein Paracetamol daher nicht zur Tageshöchstmenge zählen. Lesen Sie die Packungsbeilage oder fragen Sie in der Apotheke; ist es ein Produkt, das der Katalog kennt (etwa Percocet, Norco, Vicodin, Ultracet, Tylenol PM, NyQuil oder Excedrin), fügen Sie es besser unter diesem Namen hinzu.</translation>
    </message>
    <message>
        <source>&apos;relief med add&apos; needs --dose, such as --dose 5mg</source>
        <translation>&apos;relief med add&apos; braucht --dose, etwa --dose 5mg</translation>
    </message>
    <message>
        <source>say when it is taken: --times 08:00,20:00, or --as-needed</source>
        <translation>geben Sie an, wann es eingenommen wird: --times 08:00,20:00 oder --as-needed</translation>
    </message>
    <message>
        <source>Added %1, %2, from %3 (medication %4).</source>
        <extracomment>%1 the medication, %2 its dose and times, %3 the first day, %4 its number.</extracomment>
        <translation>%1 hinzugefügt, %2, ab %3 (Medikament %4).</translation>
    </message>
    <message>
        <source>Label maximum: %1 a day.</source>
        <translation>Höchstmenge laut Packungsbeilage: %1 pro Tag.</translation>
    </message>
    <message>
        <source>Note: you also take %1; doses of both count towards the daily maximum of %2.</source>
        <translation>Hinweis: Sie nehmen auch %1; die Dosen von beiden zählen zur Tageshöchstmenge von %2.</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>&apos;relief med edit&apos; needs at least one change, such as --dose 10mg</source>
        <translation>&apos;relief med edit&apos; braucht mindestens eine Änderung, etwa --dose 10mg</translation>
    </message>
    <message>
        <source>give %1 or %2, not both</source>
        <translation>geben Sie %1 oder %2 an, nicht beides</translation>
    </message>
    <message>
        <source>a medication needs --times or --as-needed</source>
        <translation>ein Medikament braucht --times oder --as-needed</translation>
    </message>
    <message>
        <source>Changed %1: %2, from %3. The previous version is kept in the history.</source>
        <translation>%1 geändert: %2, ab %3. Die vorige Fassung bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>Changed %1: %2, from %3 (its changes from %4 on stay as they are). The previous version is kept in the history.</source>
        <extracomment>%4 the day of the first prescription change.</extracomment>
        <translation>%1 geändert: %2, ab %3 (seine Änderungen ab %4 bleiben, wie sie sind). Die vorige Fassung bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>This corrects every day from %1. For a new prescription from a given day, use &apos;relief med change %2 ... --from DATE&apos; instead.</source>
        <extracomment>%2 the medication&apos;s name as typed, inside a command.</extracomment>
        <translation>Das korrigiert jeden Tag ab %1. Für eine neue Verordnung ab einem Tag nehmen Sie stattdessen &apos;relief med change %2 ... --from DATE&apos;.</translation>
    </message>
    <message>
        <source>&apos;relief med change&apos; needs --from DATE, the first day of the new prescription</source>
        <translation>&apos;relief med change&apos; braucht --from DATE, den ersten Tag der neuen Verordnung</translation>
    </message>
    <message>
        <source>--remove undoes the change from --from; give it without --dose, --times or --as-needed</source>
        <translation>--remove nimmt die Änderung ab --from zurück; geben Sie es ohne --dose, --times oder --as-needed an</translation>
    </message>
    <message>
        <source>say what changes: --dose, --times, --no-times, --as-needed or --no-as-needed</source>
        <translation>geben Sie an, was sich ändert: --dose, --times, --no-times, --as-needed oder --no-as-needed</translation>
    </message>
    <message>
        <source>Removed the change to %1 from %2 (%3); from then on it is %4 again. The change stays in the history.</source>
        <extracomment>%1 the medication, %2 the day, %3 the removed prescription, %4 the one in force again.</extracomment>
        <translation>Die Änderung von %1 ab %2 wurde entfernt (%3); ab dann gilt wieder %4. Die Änderung bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>Changed %1: %2.</source>
        <translation>%1 geändert: %2.</translation>
    </message>
    <message>
        <source>This replaces the change from the same day (%1), which stays in the history.</source>
        <translation>Das ersetzt die Änderung vom selben Tag (%1), die im Verlauf bleibt.</translation>
    </message>
    <message>
        <source>To remove this change: relief med change %1 --from %2 --remove</source>
        <extracomment>A command to type: %1 the medication as typed, %2 the day as YYYY-MM-DD.</extracomment>
        <translation>Um diese Änderung zu entfernen: relief med change %1 --from %2 --remove</translation>
    </message>
    <message>
        <source>a medication that is still being taken; it stopped on %1</source>
        <translation>ein Medikament, das noch eingenommen wird; es wurde am %1 abgesetzt</translation>
    </message>
    <message>
        <source>a day on or after its start, %1</source>
        <translation>ein Tag ab seinem Beginn, %1</translation>
    </message>
    <message>
        <source>Recorded that %1 stops after %2, on a taper plan.</source>
        <translation>Festgehalten, dass %1 nach dem %2 abgesetzt wird, nach einem Ausschleichplan.</translation>
    </message>
    <message>
        <source>Recorded that %1 stops after %2.</source>
        <translation>Festgehalten, dass %1 nach dem %2 abgesetzt wird.</translation>
    </message>
    <message>
        <source>Stopping %1 suddenly can cause withdrawal. If your clinician gave you a taper plan, record it with --taper.</source>
        <translation>Plötzliches Absetzen von %1 kann Entzugserscheinungen auslösen. Wenn Ihre Ärztin oder Ihr Arzt Ihnen einen Ausschleichplan gegeben hat, tragen Sie ihn mit --taper ein.</translation>
    </message>
    <message>
        <source>No medications yet. Add one with:
  relief med add NAME --dose AMOUNT --times HH:MM,...</source>
        <translation>Noch keine Medikamente. Fügen Sie eines hinzu mit:
  relief med add NAME --dose AMOUNT --times HH:MM,...</translation>
    </message>
    <message>
        <source>, at most %1 a day</source>
        <translation>, höchstens %1 pro Tag</translation>
    </message>
    <message>
        <source>a dose of %1 is %2; one %3 is %4</source>
        <extracomment>%1 the dose, %2 it in units (&quot;2 tablets&quot;), %3 the unit, %4 what one unit holds.</extracomment>
        <translation>eine Dosis von %1 sind %2; eine Einheit (%3) enthält %4</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>from %1 to %2 (taper)</source>
        <translation>vom %1 bis %2 (Ausschleichen)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>[taking]</source>
        <translation>[wird eingenommen]</translation>
    </message>
    <message>
        <source>[not started]</source>
        <translation>[noch nicht begonnen]</translation>
    </message>
    <message>
        <source>[stopped]</source>
        <translation>[abgesetzt]</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_reminders</name>
    <message>
        <source>no repeats</source>
        <translation>keine Wiederholungen</translation>
    </message>
    <message>
        <source>repeat every %1 min, at most %2 times</source>
        <translation>alle %1 Min. wiederholen, höchstens %2-mal</translation>
    </message>
    <message>
        <source>heads-up %1 min before</source>
        <translation>Vorwarnung %1 Min. vorher</translation>
    </message>
    <message>
        <source>heads-up none</source>
        <translation>keine Vorwarnung</translation>
    </message>
    <message>
        <source>snooze %1 min</source>
        <translation>später erinnern nach %1 Min.</translation>
    </message>
    <message>
        <source>quiet hours %1</source>
        <translation>Ruhezeiten %1</translation>
    </message>
    <message>
        <source>names hidden</source>
        <translation>Namen verborgen</translation>
    </message>
    <message>
        <source>names shown</source>
        <translation>Namen sichtbar</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Erinnerungen:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>Desktop:</source>
        <translation>Desktop:</translation>
    </message>
    <message>
        <source>Clock:</source>
        <translation>Uhr:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Als Nächstes:</translation>
    </message>
    <message>
        <source>Quiet:</source>
        <translation>Ruhezeit:</translation>
    </message>
    <message>
        <source>the journal&apos;s home zone</source>
        <translation>die Heimatzeitzone des Tagebuchs</translation>
    </message>
    <message>
        <source>this computer&apos;s zone</source>
        <translation>die Zone dieses Computers</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>running (relief-reminders)</source>
        <translation>läuft (relief-reminders)</translation>
    </message>
    <message>
        <source>no D-Bus session bus here, so no notifications</source>
        <translation>hier gibt es keinen D-Bus-Sitzungsbus, also keine Benachrichtigungen</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>a notification service is present</source>
        <translation>ein Benachrichtigungsdienst ist vorhanden</translation>
    </message>
    <message>
        <source>no notification service: reminders cannot be shown; the app&apos;s Today page still shows what is due</source>
        <translation>kein Benachrichtigungsdienst: Erinnerungen können nicht angezeigt werden; die Seite Heute der App zeigt weiter, was ansteht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the time zone (Area/City), %2 why it is the one.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>nothing: no medication has dose times in the next day</source>
        <translation>nichts: Kein Medikament hat Einnahmezeiten am nächsten Tag</translation>
    </message>
    <message>
        <source>no reminder for doses in quiet hours (%1); they ring when quiet hours end if still within 6 hours</source>
        <translation>keine Erinnerung für Dosen in den Ruhezeiten (%1); sie kommen, wenn die Ruhezeiten enden, falls noch keine 6 Stunden vergangen sind</translation>
    </message>
    <message>
        <source>no D-Bus session bus here, so no notification can be shown.</source>
        <translation>hier gibt es keinen D-Bus-Sitzungsbus, daher kann keine Benachrichtigung angezeigt werden.</translation>
    </message>
    <message>
        <source>Relief Journal reminders work</source>
        <translation>Die Erinnerungen von Relief Journal funktionieren</translation>
    </message>
    <message>
        <source>This is how a reminder looks. Nothing was logged.</source>
        <translation>So sieht eine Erinnerung aus. Es wurde nichts eingetragen.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>no notification service answered (%1). Reminders need one (GNOME, KDE, Xfce and dunst have one); the app&apos;s Today page still shows what is due.</source>
        <translation>kein Benachrichtigungsdienst hat geantwortet (%1). Erinnerungen brauchen einen (GNOME, KDE, Xfce und dunst haben einen); die Seite Heute der App zeigt weiter, was ansteht.</translation>
    </message>
    <message>
        <source>A test notification was sent. If you do not see it, check the desktop&apos;s notification settings (do not disturb).</source>
        <translation>Eine Testbenachrichtigung wurde gesendet. Wenn Sie sie nicht sehen, prüfen Sie die Benachrichtigungseinstellungen des Desktops (Nicht stören).</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programm:</translation>
    </message>
    <message>
        <source>not running: it starts at login, or run %1</source>
        <translation>läuft nicht: Er startet bei der Anmeldung, oder starten Sie %1</translation>
    </message>
    <message>
        <source>relief-reminders was not found beside relief or on PATH</source>
        <translation>relief-reminders wurde weder neben relief noch im PATH gefunden</translation>
    </message>
    <message>
        <source>Switch on in the app (Profile &amp; settings &gt; Reminders), or:
  relief settings set reminders.enabled yes &amp;&amp; %1 &amp;</source>
        <translation>Schalten Sie sie in der App ein (Profil &amp; Einstellungen &gt; Erinnerungen) oder:
  relief settings set reminders.enabled yes &amp;&amp; %1 &amp;</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_report</name>
    <message>
        <source>&apos;pdf&apos;, &apos;html&apos;, &apos;csv&apos; or &apos;fhir&apos;</source>
        <translation>&apos;pdf&apos;, &apos;html&apos;, &apos;csv&apos; oder &apos;fhir&apos;</translation>
    </message>
    <message>
        <source>say which format with --format pdf|html|csv|fhir (or name the file .pdf, .html, .csv or .json)</source>
        <translation>geben Sie das Format mit --format pdf|html|csv|fhir an (oder nennen Sie die Datei .pdf, .html, .csv oder .json)</translation>
    </message>
    <message>
        <source>option &apos;--language&apos;: &apos;%1&apos; is not a language Relief Journal writes reports in; use one of: %2</source>
        <translation>Option &apos;--language&apos;: &apos;%1&apos; ist keine Sprache, in der Relief Journal Berichte schreibt; verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <source>&apos;relief report&apos; needs -o FILE</source>
        <translation>&apos;relief report&apos; braucht -o FILE</translation>
    </message>
    <message>
        <source>&apos;a4&apos; or &apos;letter&apos;</source>
        <translation>&apos;a4&apos; oder &apos;letter&apos;</translation>
    </message>
    <message>
        <source>--fhir-bundle is only for --format fhir</source>
        <translation>--fhir-bundle gilt nur für --format fhir</translation>
    </message>
    <message>
        <source>&apos;document&apos; or &apos;transaction&apos;</source>
        <translation>&apos;document&apos; oder &apos;transaction&apos;</translation>
    </message>
    <message>
        <source>a day that is not in the future</source>
        <translation>ein Tag, der nicht in der Zukunft liegt</translation>
    </message>
    <message>
        <source>a day on or before the end, %1</source>
        <translation>ein Tag bis zum Ende, %1</translation>
    </message>
    <message>
        <source>a period of at most 3 years</source>
        <translation>ein Zeitraum von höchstens 3 Jahren</translation>
    </message>
    <message>
        <source>Wrote the visit report for %1 to %2 (%3, readable only by you).</source>
        <extracomment>%1 the period, %2 the file, %3 its format (pdf, html, csv or fhir).</extracomment>
        <translation>Bericht für den Arzttermin für %1 nach %2 geschrieben (%3, nur Sie können ihn lesen).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Recorded a visit on %1. The next report starts there unless you give --from.</source>
        <translation>Arzttermin am %1 festgehalten. Der nächste Bericht beginnt dort, außer Sie geben --from an.</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_settings</name>
    <message>
        <source>Analyser thresholds (change with &apos;relief settings set threshold.NAME VALUE&apos;):</source>
        <translation>Schwellenwerte der Auswertung (ändern mit &apos;relief settings set threshold.NAME VALUE&apos;):</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>(Standard %1)</translation>
    </message>
    <message>
        <source>Daily maximum overrides (default: the label maximum; &apos;relief settings set max-daily.INGREDIENT 20mg&apos;):</source>
        <translation>Eigene Tageshöchstmengen (Standard: die Höchstmenge laut Packungsbeilage; &apos;relief settings set max-daily.INGREDIENT 20mg&apos;):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(label %1)</source>
        <translation>(Packungsbeilage %1)</translation>
    </message>
    <message>
        <source>Reminders (change with &apos;relief settings set reminders.NAME VALUE&apos;; see &apos;relief reminders status&apos;):</source>
        <translation>Erinnerungen (ändern mit &apos;relief settings set reminders.NAME VALUE&apos;; siehe &apos;relief reminders status&apos;):</translation>
    </message>
    <message>
        <source>Set %1 = %2. Reminders ring while relief-reminders runs: the app starts it at login once switched on there; &apos;relief reminders status&apos; says what rings next.</source>
        <extracomment>%1 the setting&apos;s key, %2 its value, both as typed.</extracomment>
        <translation>%1 = %2 gesetzt. Erinnerungen kommen, solange relief-reminders läuft: Die App startet es bei der Anmeldung, sobald es dort eingeschaltet ist; &apos;relief reminders status&apos; sagt, was als Nächstes kommt.</translation>
    </message>
    <message>
        <source>Set %1 = %2. A running relief-reminders ends within a minute.</source>
        <translation>%1 = %2 gesetzt. Ein laufendes relief-reminders endet innerhalb einer Minute.</translation>
    </message>
    <message>
        <source>Set %1 = %2. A running relief-reminders uses it within a minute.</source>
        <translation>%1 = %2 gesetzt. Ein laufendes relief-reminders übernimmt es innerhalb einer Minute.</translation>
    </message>
    <message>
        <source>Set %1 = %2. The analyser uses it from now on.</source>
        <translation>%1 = %2 gesetzt. Die Auswertung verwendet es ab jetzt.</translation>
    </message>
    <message>
        <source>This is above the label maximum of %1 a day: set it only on your prescriber&apos;s advice. Alerts will use %2.</source>
        <translation>Das liegt über der Höchstmenge laut Packungsbeilage von %1 pro Tag: Setzen Sie es nur auf Rat Ihrer Ärztin oder Ihres Arztes. Hinweise verwenden dann %2.</translation>
    </message>
    <message>
        <source>Reset %1 to its default.</source>
        <translation>%1 auf den Standard zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_share</name>
    <message>
        <source>the share&apos;s words (or passphrase), typed or given on the first line of input</source>
        <translation>die Wörter des geteilten Tagebuchs (oder die Passphrase), eingetippt oder in der ersten Zeile der Eingabe übergeben</translation>
    </message>
    <message>
        <source>Passphrase for the share (at least 16 characters): </source>
        <translation>Passphrase für das geteilte Tagebuch (mindestens 16 Zeichen): </translation>
    </message>
    <message>
        <source>Sharing this journal in %1 as &quot;%2&quot;.</source>
        <translation>Dieses Tagebuch wird in %1 als &quot;%2&quot; geteilt.</translation>
    </message>
    <message>
        <source>The share&apos;s key, to type on your other devices (keep it as you would a password):</source>
        <translation>Der Schlüssel des geteilten Tagebuchs, zum Eingeben auf Ihren anderen Geräten (bewahren Sie ihn wie ein Passwort auf):</translation>
    </message>
    <message>
        <source>On another device: relief share join %1</source>
        <translation>Auf einem anderen Gerät: relief share join %1</translation>
    </message>
    <message>
        <source>The share&apos;s words (or passphrase): </source>
        <translation>Wörter des geteilten Tagebuchs (oder Passphrase): </translation>
    </message>
    <message>
        <source>Following the journal shared in %1, read-only.</source>
        <translation>Sie verfolgen das in %1 geteilte Tagebuch schreibgeschützt mit.</translation>
    </message>
    <message>
        <source>Joined the journal shared in %1.</source>
        <translation>Dem in %1 geteilten Tagebuch beigetreten.</translation>
    </message>
    <message>
        <source>This journal is not shared. Share it with &apos;relief share init FOLDER&apos;, or join a share with &apos;relief share join FOLDER&apos;.</source>
        <translation>Dieses Tagebuch ist nicht geteilt. Teilen Sie es mit &apos;relief share init FOLDER&apos; oder treten Sie mit &apos;relief share join FOLDER&apos; einem geteilten Tagebuch bei.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Dieses Gerät:</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>full</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <source>Not yet sent:</source>
        <translation>Noch nicht gesendet:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>this journal is not shared</source>
        <translation>dieses Tagebuch ist nicht geteilt</translation>
    </message>
    <message>
        <source>this device does not keep the share&apos;s key as words: it was a passphrase of your own, or the share was created on another device</source>
        <translation>dieses Gerät bewahrt den Schlüssel des geteilten Tagebuchs nicht als Wörter auf: Es war eine eigene Passphrase, oder das Tagebuch wurde auf einem anderen Gerät geteilt</translation>
    </message>
    <message>
        <source>Stopped sharing. The journal keeps everything; the folder keeps what this device sent.</source>
        <translation>Teilen beendet. Das Tagebuch behält alles; der Ordner behält, was dieses Gerät gesendet hat.</translation>
    </message>
    <message>
        <source>relief-reminders was not found beside relief or on PATH</source>
        <translation>relief-reminders wurde weder neben relief noch im PATH gefunden</translation>
    </message>
    <message>
        <source>On: relief-reminders tells you when a scheduled dose has not been logged an hour after its time. It starts at each login, or now with: %1 --journal %2</source>
        <translation>Ein: relief-reminders benachrichtigt Sie, wenn eine geplante Dosis eine Stunde nach ihrer Uhrzeit nicht eingetragen ist. Es startet bei jeder Anmeldung oder jetzt mit: %1 --journal %2</translation>
    </message>
    <message>
        <source>Off: no more notifications of doses not logged.</source>
        <translation>Aus: keine Benachrichtigungen mehr über nicht eingetragene Dosen.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change.</source>
        <translation>
            <numerusform>%n Änderung gesendet.</numerusform>
            <numerusform>%n Änderungen gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n changes.</source>
        <translation>
            <numerusform>%n Änderung gesendet.</numerusform>
            <numerusform>%n Änderungen gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n change from other devices.</source>
        <translation>
            <numerusform>%n Änderung von anderen Geräten übernommen.</numerusform>
            <numerusform>%n Änderungen von anderen Geräten übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n changes from other devices.</source>
        <translation>
            <numerusform>%n Änderung von anderen Geräten übernommen.</numerusform>
            <numerusform>%n Änderungen von anderen Geräten übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>A caregiver who follows this journal may now be told when a dose is not logged within an hour (they switch it on on their device).</source>
        <translation>Eine Betreuungsperson, die dieses Tagebuch mitverfolgt, kann jetzt benachrichtigt werden, wenn eine Dosis nicht innerhalb einer Stunde eingetragen wird (sie schaltet es auf ihrem Gerät ein).</translation>
    </message>
    <message>
        <source>Caregivers who follow this journal are no longer told of doses not logged.</source>
        <translation>Betreuungspersonen, die dieses Tagebuch mitverfolgen, werden nicht mehr über nicht eingetragene Dosen benachrichtigt.</translation>
    </message>
    <message>
        <source>The person who keeps the journal has not asked for it yet: nothing is shown until they do (relief share notify on, on their device).</source>
        <translation>Die Person, die das Tagebuch führt, hat das noch nicht erlaubt: Es wird nichts angezeigt, bis sie es tut (relief share notify on, auf ihrem Gerät).</translation>
    </message>
</context>
<context>
    <name>relief::cli::context</name>
    <message>
        <source>use --read-only</source>
        <translation>verwenden Sie --read-only</translation>
    </message>
    <message>
        <source>open it once without --read-only</source>
        <translation>öffnen Sie es einmal ohne --read-only</translation>
    </message>
    <message>
        <source>Create one with &apos;relief init&apos;, or name another with --journal FILE</source>
        <translation>Legen Sie eines mit &apos;relief init&apos; an oder nennen Sie ein anderes mit --journal FILE</translation>
    </message>
    <message>
        <source>Restore your latest backup (made with &apos;relief backup -o FILE&apos;)</source>
        <translation>Stellen Sie Ihre letzte Sicherung wieder her (erstellt mit &apos;relief backup -o FILE&apos;)</translation>
    </message>
    <message>
        <source>&apos;relief alerts&apos; lists them</source>
        <translation>&apos;relief alerts&apos; listet sie auf</translation>
    </message>
    <message>
        <source>--read-only was given, and this command changes the journal</source>
        <translation>--read-only wurde angegeben, und dieser Befehl ändert das Tagebuch</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD, or a date and time as YYYY-MM-DDTHH:MM</source>
        <translation>ein Datum als YYYY-MM-DD oder Datum und Uhrzeit als YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>a day up to today (%1): --today can look back, not ahead</source>
        <translation>ein Tag bis heute (%1): --today kann zurückblicken, nicht voraus</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A day and a time of day: %1 the day (as the language writes it), %2 the time (HH:MM).</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>relief::cli::main</name>
    <message>
        <source>&apos;relief %1&apos; needs one of: %2</source>
        <translation>&apos;relief %1&apos; braucht einen von: %2</translation>
    </message>
    <message>
        <source>unknown command &apos;relief %1&apos;
It takes one of: %2</source>
        <translation>unbekannter Befehl &apos;relief %1&apos;
Möglich ist einer von: %2</translation>
    </message>
    <message>
        <source>unknown command &apos;relief %1&apos;; did you mean &apos;%2&apos;?
It takes one of: %3</source>
        <translation>unbekannter Befehl &apos;relief %1&apos;; meinten Sie &apos;%2&apos;?
Möglich ist einer von: %3</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;
See &apos;relief --help&apos; for the list of commands.</source>
        <translation>unbekannter Befehl &apos;%1&apos;
Siehe &apos;relief --help&apos; für die Liste der Befehle.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; did you mean &apos;%2&apos;?
See &apos;relief --help&apos; for the list of commands.</source>
        <translation>unbekannter Befehl &apos;%1&apos;; meinten Sie &apos;%2&apos;?
Siehe &apos;relief --help&apos; für die Liste der Befehle.</translation>
    </message>
    <message>
        <source>option &apos;--lang&apos; needs a language: one of %1</source>
        <translation>die Option &apos;--lang&apos; braucht eine Sprache: eine von %1</translation>
    </message>
    <message>
        <source>option &apos;--lang&apos;: &apos;%1&apos; is not a language Relief Journal speaks; use one of: %2</source>
        <translation>Option &apos;--lang&apos;: &apos;%1&apos; ist keine Sprache, die Relief Journal spricht; verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>die Option &apos;%1&apos; braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;
See &apos;relief --help&apos;.</source>
        <translation>unbekannte Option &apos;%1&apos;
Siehe &apos;relief --help&apos;.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; did you mean &apos;%2&apos;?
See &apos;relief --help&apos;.</source>
        <translation>unbekannte Option &apos;%1&apos;; meinten Sie &apos;%2&apos;?
Siehe &apos;relief --help&apos;.</translation>
    </message>
    <message>
        <source>Try &apos;relief %1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;relief %1 --help&apos;.</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
</TS>
