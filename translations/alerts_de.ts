<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>relief::alerts::adherence_rules</name>
    <message>
        <source>%1 skipped</source>
        <extracomment>%1: the day and time a dose was due.</extracomment>
        <translation>%1 ausgelassen</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <extracomment>%1: the day and time a dose was due; missed: never logged.</extracomment>
        <translation>%1 nicht eingetragen</translation>
    </message>
    <message>
        <source>You took %1 of %2 scheduled doses (%3 %) of %4 from %5 to %6.</source>
        <extracomment>%1 of %2 doses, %3: percent; %4: the medicine; %5 and %6: the first and the last day.</extracomment>
        <translation>Sie haben vom %5 bis zum %6 %1 von %2 geplanten Dosen (%3 %) von %4 eingenommen.</translation>
    </message>
    <message>
        <source>Missed doses keep %1 from working and can bring back spasms or cause withdrawal.</source>
        <extracomment>%1: the medicine&apos;s name.</extracomment>
        <translation>Vergessene Dosen verhindern, dass %1 wirkt, und können Spasmen zurückbringen oder Entzugserscheinungen auslösen.</translation>
    </message>
    <message>
        <source>Missed doses can keep %1 from working well.</source>
        <translation>Vergessene Dosen können verhindern, dass %1 gut wirkt.</translation>
    </message>
    <message>
        <source>%1 doses often missed</source>
        <translation>%1: Dosen oft ausgelassen</translation>
    </message>
    <message>
        <source>Doses taken</source>
        <translation>Eingenommene Dosen</translation>
    </message>
    <message>
        <source>%1 of %2 scheduled (%3 %)</source>
        <translation>%1 von %2 geplanten (%3 %)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Never logged</source>
        <translation>Nie eingetragen</translation>
    </message>
    <message>
        <source>Taken late</source>
        <translation>Verspätet eingenommen</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>below %1 % (setting threshold.adherence-percent)</source>
        <translation>unter %1 % (Einstellung threshold.adherence-percent)</translation>
    </message>
    <message>
        <source>below %1 % for baclofen or tizanidine (setting threshold.adherence-low-percent)</source>
        <translation>unter %1 % bei Baclofen oder Tizanidin (Einstellung threshold.adherence-low-percent)</translation>
    </message>
    <message>
        <source>Window rule</source>
        <translation>Regel für den Zeitraum</translation>
    </message>
    <message>
        <source>the last %1 days, or the course so far from %2 days (settings threshold.adherence-window-days, threshold.adherence-min-course-days)</source>
        <translation>die letzten %1 Tage oder die bisherige Einnahme ab %2 Tagen (Einstellungen threshold.adherence-window-days, threshold.adherence-min-course-days)</translation>
    </message>
    <message numerus="yes">
        <source>You missed %n doses of %1 in a row.</source>
        <extracomment>%n: how many doses; %1: the medicine.</extracomment>
        <translation>
            <numerusform>Sie haben %n Dosis von %1 ausgelassen.</numerusform>
            <numerusform>Sie haben %n Dosen von %1 hintereinander ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed %1 doses can bring back spasms or cause withdrawal.</source>
        <extracomment>%1: the medicine&apos;s name.</extracomment>
        <translation>Vergessene Dosen von %1 können Spasmen zurückbringen oder Entzugserscheinungen auslösen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n doses missed in a row</source>
        <extracomment>%1: the medicine&apos;s name; %n: how many doses.</extracomment>
        <translation>
            <numerusform>%1: %n Dosis ausgelassen</numerusform>
            <numerusform>%1: %n Dosen hintereinander ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Doses not taken in a row</source>
        <translation>Nicht eingenommene Dosen hintereinander</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Aufgeführt</translation>
    </message>
    <message>
        <source>the latest %1 of %2 doses</source>
        <translation>die letzten %1 von %2 Dosen</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message numerus="yes">
        <source>%n doses in a row (setting threshold.missed-streak)</source>
        <translation>
            <numerusform>%n Dosis (Einstellung threshold.missed-streak)</numerusform>
            <numerusform>%n Dosen hintereinander (Einstellung threshold.missed-streak)</numerusform>
        </translation>
    </message>
    <message>
        <source>severe</source>
        <translation>starke</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßige</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <extracomment>%1: moderate or severe; %2: the side effect&apos;s name as the journal stores it; %3: a day and time.</extracomment>
        <translation>%1 %2 am %3</translation>
    </message>
    <message>
        <source>Side effects may be getting in the way of your %1 doses; your clinician may adjust the plan.</source>
        <extracomment>%1: the medicine.</extracomment>
        <translation>Möglicherweise halten Nebenwirkungen Sie von Ihren Dosen %1 ab; Ihre Ärztin oder Ihr Arzt kann den Einnahmeplan anpassen.</translation>
    </message>
    <message>
        <source>%1 doses missed after side effects</source>
        <translation>%1: Dosen nach Nebenwirkungen ausgelassen</translation>
    </message>
    <message>
        <source>Doses not taken after side effects</source>
        <translation>Nach Nebenwirkungen nicht eingenommene Dosen</translation>
    </message>
    <message>
        <source>%1, after %2</source>
        <extracomment>%1: a dose not taken (&quot;2026-03-05 08:00 skipped&quot;); %2: the side effect before it.</extracomment>
        <translation>%1, nach %2</translation>
    </message>
    <message>
        <source>%1 doses in %2 days (settings threshold.side-effect-skips, threshold.side-effect-skip-window-days)</source>
        <translation>%1 Dosen in %2 Tagen (Einstellungen threshold.side-effect-skips, threshold.side-effect-skip-window-days)</translation>
    </message>
    <message numerus="yes">
        <source>within %n hours after moderate or severe drowsiness or dizziness (setting threshold.side-effect-skip-hours)</source>
        <translation>
            <numerusform>innerhalb von %n Stunde nach mäßiger oder starker Schläfrigkeit oder Schwindel (Einstellung threshold.side-effect-skip-hours)</numerusform>
            <numerusform>innerhalb von %n Stunden nach mäßiger oder starker Schläfrigkeit oder Schwindel (Einstellung threshold.side-effect-skip-hours)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::alerts::analysis_context</name>
    <message>
        <source>%1 (%2 to %3)</source>
        <extracomment>A pain mean and the days it was taken over: &quot;6.3 (2026-03-01 to 2026-03-03)&quot;.</extracomment>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 to %3, %n days logged)</source>
        <extracomment>A pain mean, the days it covers and on how many of them pain was logged.</extracomment>
        <translation>
            <numerusform>%1 (%2 bis %3, %n Tag eingetragen)</numerusform>
            <numerusform>%1 (%2 bis %3, %n Tage eingetragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clinically important improvement</source>
        <translation>Klinisch bedeutsame Besserung</translation>
    </message>
    <message>
        <source>at least %1 points or %2 % below baseline (settings threshold.improvement-points, threshold.improvement-percent)</source>
        <extracomment>The setting names (threshold....) are typed by people: keep them as they are.</extracomment>
        <translation>mindestens %1 Punkte oder %2 % unter dem Ausgangswert (Einstellungen threshold.improvement-points, threshold.improvement-percent)</translation>
    </message>
    <message numerus="yes">
        <source>%n week</source>
        <extracomment>A length of time after a preposition (&quot;after 3 weeks&quot;, &quot;for 3 weeks&quot;); German: dative.</extracomment>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <extracomment>A length of time after a preposition (&quot;after 5 days&quot;, &quot;for 5 days&quot;); German: dative.</extracomment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Talk to your clinician or pharmacist.</source>
        <translation>Sprechen Sie mit Ihrer Ärztin, Ihrem Arzt oder Ihrer Apotheke.</translation>
    </message>
</context>
<context>
    <name>relief::alerts::conditions</name>
    <message>
        <source>hyperthyroidism</source>
        <translation>Schilddrüsenüberfunktion</translation>
    </message>
    <message>
        <source>arrhythmia</source>
        <translation>Herzrhythmusstörung</translation>
    </message>
    <message>
        <source>heart block</source>
        <translation>Herzblock</translation>
    </message>
    <message>
        <source>heart failure</source>
        <translation>Herzinsuffizienz</translation>
    </message>
    <message>
        <source>recent heart attack</source>
        <translation>Herzinfarkt vor Kurzem</translation>
    </message>
    <message>
        <source>liver impairment</source>
        <translation>Leberfunktionsstörung</translation>
    </message>
    <message>
        <source>kidney disease</source>
        <translation>Nierenerkrankung</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <source>%1 (extended-release)</source>
        <extracomment>%1: a medicine&apos;s name.</extracomment>
        <translation>%1 (Retardform)</translation>
    </message>
    <message>
        <source>%1, active since %2</source>
        <extracomment>%1: a medicine&apos;s name; %2: a day.</extracomment>
        <translation>%1, aktiv seit %2</translation>
    </message>
    <message>
        <source>%1, last taken %2</source>
        <extracomment>%1: a medicine&apos;s name; %2: a day.</extracomment>
        <translation>%1, zuletzt eingenommen am %2</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message numerus="yes">
        <source>active on %1 or taken since %2 (%n days)</source>
        <translation>
            <numerusform>aktiv am %1 oder eingenommen seit %2 (%n Tag)</numerusform>
            <numerusform>aktiv am %1 oder eingenommen seit %2 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your profile lists %1. The label says %2 should not be used with %1.</source>
        <extracomment>%1: a condition (&quot;heart failure&quot;); %2: the medicine.</extracomment>
        <translation>In Ihrem Profil steht: %1. Laut Fachinformation darf %2 bei %1 nicht angewendet werden.</translation>
    </message>
    <message>
        <source>Ask your prescriber before the next dose.</source>
        <translation>Fragen Sie vor der nächsten Dosis bei der verordnenden Ärztin oder dem verordnenden Arzt nach.</translation>
    </message>
    <message>
        <source>Your profile lists %1; %2 needs extra care with %1.</source>
        <translation>In Ihrem Profil steht: %1. %2 erfordert bei %1 besondere Vorsicht.</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <extracomment>%1: the medicine; %2: a condition (&quot;heart failure&quot;).</extracomment>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>with %1</source>
        <extracomment>Ends the visit report&apos;s question &quot;Is Flexeril safe with heart failure?&quot;; %1: a condition.</extracomment>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>Condition</source>
        <extracomment>%1: the condition&apos;s name as the profile stores it.</extracomment>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>%1 (profile)</source>
        <translation>%1 (Profil)</translation>
    </message>
    <message>
        <source>The extended-release form (%1) is not recommended with any liver impairment.</source>
        <extracomment>%1: the medicine&apos;s name.</extracomment>
        <translation>Die Retardform (%1) wird bei jeder Einschränkung der Leberfunktion nicht empfohlen.</translation>
    </message>
    <message>
        <source>At your age the Beers Criteria advise avoiding it when the kidneys work less well (eGFR below 60).</source>
        <translation>In Ihrem Alter raten die Beers-Kriterien davon ab, wenn die Nieren schlechter arbeiten (eGFR unter 60).</translation>
    </message>
    <message>
        <source>Your profile lists your age as %1. %2 is on the list of medicines adults of %3 or over should avoid (AGS Beers Criteria 2023): it can cause drowsiness, confusion and falls.</source>
        <extracomment>%1: the person&apos;s age; %2: the medicine; %3: the age from which to avoid it.</extracomment>
        <translation>Laut Ihrem Profil sind Sie %1 Jahre alt. %2 steht auf der Liste der Medikamente, die Erwachsene ab %3 Jahren meiden sollten (AGS-Beers-Kriterien 2023): Es kann Schläfrigkeit, Verwirrtheit und Stürze verursachen.</translation>
    </message>
    <message>
        <source>The extended-release form (%1) is not recommended at this age.</source>
        <extracomment>%1: the medicine&apos;s name.</extracomment>
        <translation>Die Retardform (%1) wird in diesem Alter nicht empfohlen.</translation>
    </message>
    <message>
        <source>Ask your clinician whether another option suits you.</source>
        <translation>Fragen Sie Ihre Ärztin oder Ihren Arzt, ob eine andere Möglichkeit für Sie besser ist.</translation>
    </message>
    <message>
        <source>%1 at %2 or over</source>
        <extracomment>%1: the medicine; %2: an age (&quot;Flexeril at 65 or over&quot;).</extracomment>
        <translation>%1 ab %2 Jahren</translation>
    </message>
    <message>
        <source>at %1 or over</source>
        <extracomment>Ends the visit report&apos;s question &quot;Is Flexeril safe at 65 or over?&quot;; %1: an age.</extracomment>
        <translation>ab %1 Jahren</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>%1: the person&apos;s age; %2: this year; %3: their birth year.</extracomment>
        <translation>Alter</translation>
    </message>
    <message>
        <source>%1 in %2 (birth year %3)</source>
        <translation>%1 im Jahr %2 (Geburtsjahr %3)</translation>
    </message>
    <message>
        <source>Age threshold</source>
        <translation>Altersgrenze</translation>
    </message>
    <message>
        <source>%1 (setting threshold.elderly-age)</source>
        <translation>%1 (Einstellung threshold.elderly-age)</translation>
    </message>
</context>
<context>
    <name>relief::alerts::cramps</name>
    <message>
        <source>a diuretic</source>
        <translation>ein Diuretikum (Entwässerungstablette)</translation>
    </message>
    <message>
        <source>a statin</source>
        <translation>ein Statin</translation>
    </message>
    <message>
        <source>a beta-agonist</source>
        <translation>ein Beta-Agonist</translation>
    </message>
    <message>
        <source>last taken %1</source>
        <translation>zuletzt eingenommen am %1</translation>
    </message>
    <message>
        <source>on the medication list from %1</source>
        <translation>auf der Medikamentenliste seit %1</translation>
    </message>
    <message>
        <source>Cramps have many causes: fluids, minerals, some medicines.</source>
        <translation>Krämpfe haben viele Ursachen: Flüssigkeit, Mineralstoffe, manche Medikamente.</translation>
    </message>
    <message>
        <source>Some medicines you take can cause cramps: %1.</source>
        <extracomment>%1: medicines and what they are (&quot;Lasix (furosemide), a diuretic&quot;).</extracomment>
        <translation>Einige Ihrer Medikamente können Krämpfe verursachen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>You drank fewer than %1 glasses on %n day in the last %2 days.</source>
        <extracomment>%1: glasses; %n: on how many days; %2: the days looked at.</extracomment>
        <translation>
            <numerusform>Sie haben an %n Tag der letzten %2 Tage weniger als %1 Gläser getrunken.</numerusform>
            <numerusform>Sie haben an %n Tagen der letzten %2 Tage weniger als %1 Gläser getrunken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You drank fewer than %1 glasses on %n days in the last %2 days.</source>
        <translation>
            <numerusform>Sie haben an %n Tag der letzten %2 Tage weniger als %1 Gläser getrunken.</numerusform>
            <numerusform>Sie haben an %n Tagen der letzten %2 Tage weniger als %1 Gläser getrunken.</numerusform>
        </translation>
    </message>
    <message>
        <source>You started %1 shortly before the cramps began; a muscle relaxer may also contribute.</source>
        <extracomment>%1: the muscle relaxants.</extracomment>
        <translation>Sie haben kurz vor Beginn der Krämpfe mit %1 angefangen; auch ein Muskelrelaxans kann dazu beitragen.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Mention them at your next visit.</source>
        <translation>Sprechen Sie sie beim nächsten Arzttermin an.</translation>
    </message>
    <message>
        <source>Frequent cramps</source>
        <translation>Häufige Krämpfe</translation>
    </message>
    <message>
        <source>Cramp days</source>
        <extracomment>%1 of the last %2 days: %3 (the days).</extracomment>
        <translation>Tage mit Krämpfen</translation>
    </message>
    <message>
        <source>%1 of the last %2: %3</source>
        <translation>%1 der letzten %2: %3</translation>
    </message>
    <message>
        <source>Medicine that can cause cramps</source>
        <translation>Medikament, das Krämpfe verursachen kann</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <extracomment>%1: the medicine; %2: what it is (&quot;a diuretic&quot;); %3: why it counts (&quot;last taken 2026-03-05&quot;).</extracomment>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Low fluids</source>
        <translation>Wenig Flüssigkeit</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n glasses</source>
        <translation>
            <numerusform>%1: %n Glas</numerusform>
            <numerusform>%1: %n Gläser</numerusform>
        </translation>
    </message>
    <message>
        <source>Muscle relaxant started</source>
        <translation>Muskelrelaxans begonnen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>%1 of %2 days (setting threshold.cramp-days)</source>
        <translation>%1 von %2 Tagen (Einstellung threshold.cramp-days)</translation>
    </message>
    <message>
        <source>fewer than %1 glasses a day (setting threshold.low-fluid-glasses)</source>
        <translation>weniger als %1 Gläser am Tag (Einstellung threshold.low-fluid-glasses)</translation>
    </message>
    <message numerus="yes">
        <source>started within %n days before the first cramp (setting threshold.cramp-relaxant-start-days)</source>
        <translation>
            <numerusform>begonnen innerhalb von %n Tag vor dem ersten Krampf (Einstellung threshold.cramp-relaxant-start-days)</numerusform>
            <numerusform>begonnen innerhalb von %n Tagen vor dem ersten Krampf (Einstellung threshold.cramp-relaxant-start-days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::alerts::dose_maximum</name>
    <message>
        <source>setting max-daily.%1</source>
        <extracomment>%1 is the end of a setting&apos;s name: keep &quot;max-daily.%1&quot; as it is.</extracomment>
        <translation>Einstellung max-daily.%1</translation>
    </message>
    <message>
        <source>the maximum in your settings</source>
        <extracomment>Follows &quot;is above&quot; (&quot;... is above the maximum in your settings (30 mg)&quot;); German: dative.</extracomment>
        <translation>dem Höchstwert in Ihren Einstellungen</translation>
    </message>
    <message>
        <source>label: %1</source>
        <extracomment>%1: the drug label cited (&quot;Flexeril (cyclobenzaprine) US label&quot;).</extracomment>
        <translation>Fachinformation: %1</translation>
    </message>
    <message>
        <source>the maximum</source>
        <extracomment>Follows &quot;is above&quot; (&quot;... is above the maximum (30 mg)&quot;); German: dative.</extracomment>
        <translation>dem Höchstwert</translation>
    </message>
    <message>
        <source>label, course day %1 of the first %2: %3</source>
        <extracomment>%1: the course day; %2: the label&apos;s first days; %3: the drug label cited.</extracomment>
        <translation>Fachinformation, Tag %1 der ersten %2: %3</translation>
    </message>
    <message>
        <source>prescribed for %1</source>
        <extracomment>%1: the medicine&apos;s name.</extracomment>
        <translation>verordnet für %1</translation>
    </message>
    <message>
        <source>your prescribed maximum</source>
        <extracomment>Follows &quot;is above&quot; (&quot;... is above your prescribed maximum (30 mg)&quot;); German: dative.</extracomment>
        <translation>Ihrem verordneten Höchstwert</translation>
    </message>
    <message>
        <source>urgent at %1 (%2 % of the maximum, setting threshold.urgent-dose-percent)</source>
        <extracomment>%1: an amount (&quot;45 mg&quot;); %2: a percent.</extracomment>
        <translation>dringend ab %1 (%2 % des Höchstwerts, Einstellung threshold.urgent-dose-percent)</translation>
    </message>
    <message>
        <source>urgent above %1 (label: %2)</source>
        <extracomment>%1: an amount (&quot;4000 mg&quot;); %2: the drug label cited.</extracomment>
        <translation>dringend über %1 (Fachinformation: %2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <extracomment>%1: the medicine&apos;s name; %2: an amount; %3: its ingredient (&quot;Flexeril (35 mg of cyclobenzaprine)&quot;).</extracomment>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>can seriously harm the liver</source>
        <translation>kann die Leber schwer schädigen</translation>
    </message>
    <message>
        <source>Check with your pharmacist before taking more.</source>
        <translation>Fragen Sie in Ihrer Apotheke nach, bevor Sie mehr einnehmen.</translation>
    </message>
    <message>
        <source>Above %1 in 24 hours, %2 %3: contact your pharmacist or clinician now, or a poison control center, even if you feel well.</source>
        <extracomment>%1: an amount (&quot;4000 mg&quot;); %2: the ingredient; %3: the harm (&quot;can seriously harm the liver&quot;).</extracomment>
        <translation>Mehr als %1 %2 in 24 Stunden %3: Wenden Sie sich sofort an Ihre Apotheke, Ihre Ärztin oder Ihren Arzt oder an einen Giftnotruf, auch wenn Sie sich gut fühlen.</translation>
    </message>
    <message>
        <source>Today&apos;s total of %1 is above %2 (%3).</source>
        <extracomment>%1: the medicine and its total; %2: which maximum (&quot;the maximum&quot;); %3: the maximum&apos;s amount.</extracomment>
        <translation>Die heutige Gesamtmenge von %1 liegt über %2 (%3).</translation>
    </message>
    <message>
        <source>On %1 the total of %2 was above %3 (%4).</source>
        <extracomment>%1: a day; %2: the medicine and its total; %3: which maximum (&quot;the maximum&quot;); %4: the maximum&apos;s amount.</extracomment>
        <translation>Am %1 lag die Gesamtmenge von %2 über %3 (%4).</translation>
    </message>
    <message>
        <source>In the 24 hours up to %1 today, the total of %2 is above %3 (%4).</source>
        <extracomment>%1: the time of the last dose; %2: the medicine and its total; %3: which maximum; %4: its amount.</extracomment>
        <translation>In den 24 Stunden bis heute %1 liegt die Gesamtmenge von %2 über %3 (%4).</translation>
    </message>
    <message>
        <source>In the 24 hours up to %1, the total of %2 was above %3 (%4).</source>
        <extracomment>%1: the day and time of the last dose; %2: the medicine and its total; %3: which maximum; %4: its amount.</extracomment>
        <translation>In den 24 Stunden bis %1 lag die Gesamtmenge von %2 über %3 (%4).</translation>
    </message>
    <message>
        <source>In the 24 hours up to %1 today you took %2 doses of %3; the label allows at most %4 doses in 24 hours.</source>
        <extracomment>%1: the time of the last dose; %2: how many doses; %3: the medicine; %4: the label&apos;s number of doses.</extracomment>
        <translation>In den 24 Stunden bis heute %1 haben Sie %2 Dosen %3 eingenommen; laut Fachinformation sind höchstens %4 Dosen in 24 Stunden erlaubt.</translation>
    </message>
    <message>
        <source>In the 24 hours up to %1 you took %2 doses of %3; the label allows at most %4 doses in 24 hours.</source>
        <extracomment>%1: the day and time of the last dose; %2: how many doses; %3: the medicine; %4: the label&apos;s number.</extracomment>
        <translation>In den 24 Stunden bis %1 haben Sie %2 Dosen %3 eingenommen; laut Fachinformation sind höchstens %4 Dosen in 24 Stunden erlaubt.</translation>
    </message>
    <message>
        <source>Today you took %1 doses of %2; the label allows at most %3 doses in 24 hours.</source>
        <extracomment>%1: how many doses; %2: the medicine; %3: the label&apos;s number of doses.</extracomment>
        <translation>Heute haben Sie %1 Dosen %2 eingenommen; laut Fachinformation sind höchstens %3 Dosen in 24 Stunden erlaubt.</translation>
    </message>
    <message>
        <source>On %1 you took %2 doses of %3; the label allows at most %4 doses in 24 hours.</source>
        <extracomment>%1: a day; %2: how many doses; %3: the medicine; %4: the label&apos;s number of doses.</extracomment>
        <translation>Am %1 haben Sie %2 Dosen %3 eingenommen; laut Fachinformation sind höchstens %4 Dosen in 24 Stunden erlaubt.</translation>
    </message>
    <message>
        <source>the day %1</source>
        <translation>der Tag %1</translation>
    </message>
    <message>
        <source>24 hours up to %1</source>
        <translation>24 Stunden bis %1</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n dose</source>
        <translation>
            <numerusform>%1 in %n Dosis</numerusform>
            <numerusform>%1 in %n Dosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n doses</source>
        <translation>
            <numerusform>%1 in %n Dosis</numerusform>
            <numerusform>%1 in %n Dosen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 (latest: %2)</source>
        <extracomment>%1: how many days; %2: the latest of them.</extracomment>
        <translation>%1 (zuletzt: %2)</translation>
    </message>
    <message>
        <source>%1 above the daily maximum</source>
        <extracomment>%1: the medicine.</extracomment>
        <translation>%1 über der Tageshöchstdosis</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamtmenge</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Höchstwert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>%1: too many doses in 24 hours</source>
        <extracomment>%1: the medicine.</extracomment>
        <translation>%1: zu viele Dosen in 24 Stunden</translation>
    </message>
    <message>
        <source>Doses</source>
        <extracomment>%1: how many doses; %2: their total amount.</extracomment>
        <translation>Dosen</translation>
    </message>
    <message>
        <source>%1 (total %2)</source>
        <translation>%1 (gesamt %2)</translation>
    </message>
    <message>
        <source>at most %1 doses in 24 hours (label: %2)</source>
        <extracomment>%1: the label&apos;s number of doses; %2: the drug label cited.</extracomment>
        <translation>höchstens %1 Dosen in 24 Stunden (Fachinformation: %2)</translation>
    </message>
    <message>
        <source>Days above the maximum in the last 12 months</source>
        <translation>Tage über dem Höchstwert in den letzten 12 Monaten</translation>
    </message>
    <message>
        <source>Days with too many doses in the last 12 months</source>
        <translation>Tage mit zu vielen Dosen in den letzten 12 Monaten</translation>
    </message>
</context>
<context>
    <name>relief::alerts::duration</name>
    <message>
        <source>%1 beyond %2</source>
        <extracomment>%1: the medicine; %2: a length of time (&quot;3 weeks&quot;).</extracomment>
        <translation>%1 seit mehr als %2</translation>
    </message>
    <message>
        <source>You have taken %1 for more than %2. It is usually meant for up to 2-3 weeks; longer use is not supported by evidence and raises the risk of side effects.</source>
        <extracomment>%1: the medicine; %2: a length of time (&quot;3 weeks&quot;).</extracomment>
        <translation>Sie nehmen %1 seit mehr als %2 ein. Es ist meist für höchstens 2-3 Wochen gedacht; eine längere Einnahme ist nicht durch Studien belegt und erhöht das Risiko von Nebenwirkungen.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>%1: the medicine; %2: a length of time (&quot;2 weeks&quot;).</extracomment>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>You have taken %1 for %2. It is usually meant for up to 2-3 weeks; ask your clinician whether to continue.</source>
        <extracomment>%1: the medicine; %2: a length of time (&quot;2 weeks&quot;).</extracomment>
        <translation>Sie nehmen %1 seit %2 ein. Es ist meist für höchstens 2-3 Wochen gedacht; fragen Sie Ihre Ärztin oder Ihren Arzt, ob Sie es weiter einnehmen sollen.</translation>
    </message>
    <message>
        <source>Course day</source>
        <translation>Behandlungstag</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (seit %2)</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Letzte Dosis</translation>
    </message>
    <message>
        <source>Days taken in this course</source>
        <translation>Einnahmetage in dieser Behandlung</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>course day %1 (setting threshold.%2)</source>
        <extracomment>%2 is the end of a setting&apos;s name: keep &quot;threshold.%2&quot; as it is.</extracomment>
        <translation>Behandlungstag %1 (Einstellung threshold.%2)</translation>
    </message>
    <message>
        <source>Course gaps</source>
        <translation>Einnahmepausen</translation>
    </message>
    <message numerus="yes">
        <source>up to %n days without a dose do not end a run of use (settings threshold.use-gap-days, threshold.course-gap-days)</source>
        <translation>
            <numerusform>bis zu %n Tag ohne Dosis beendet eine Einnahmephase nicht (Einstellungen threshold.use-gap-days, threshold.course-gap-days)</numerusform>
            <numerusform>bis zu %n Tage ohne Dosis beenden eine Einnahmephase nicht (Einstellungen threshold.use-gap-days, threshold.course-gap-days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::alerts::function</name>
    <message>
        <source>%1 on %2 (pain %3, enjoyment %4, activity %5)</source>
        <extracomment>One PEG answer: its score, its day, and the three answers (0-10) it is the mean of.</extracomment>
        <translation>%1 am %2 (Schmerz %3, Lebensfreude %4, Aktivität %5)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>%1 % lower than the first PEG (IMMPACT: moderately important; setting threshold.peg-improvement-percent)</source>
        <extracomment>IMMPACT is the name of a group of experts; keep the setting name as it is.</extracomment>
        <translation>%1 % niedriger als der erste PEG (IMMPACT: mäßig bedeutsam; Einstellung threshold.peg-improvement-percent)</translation>
    </message>
    <message>
        <source>Function better: PEG %1 % better</source>
        <translation>Funktion besser: PEG %1 % besser</translation>
    </message>
    <message>
        <source>Function better: PEG %1 % worse</source>
        <translation>Funktion besser: PEG %1 % schlechter</translation>
    </message>
    <message>
        <source>Good news: your PEG (pain, and how much it gets in the way of enjoying life and of everyday activity) is %3 % better than when you started (%1 to %2). A change of %4 % or more is one patients notice. Tell your clinician what helped.</source>
        <translation>Gute Nachricht: Ihr PEG (Schmerz und wie stark er Lebensfreude und Alltagsaktivität beeinträchtigt) ist %3 % besser als zu Beginn (%1 auf %2). Eine Änderung um %4 % oder mehr spüren Patientinnen und Patienten. Erzählen Sie Ihrer Ärztin oder Ihrem Arzt, was geholfen hat.</translation>
    </message>
    <message>
        <source>Good news: your PEG (pain, and how much it gets in the way of enjoying life and of everyday activity) is %3 % worse than when you started (%1 to %2). A change of %4 % or more is one patients notice. Tell your clinician what helped.</source>
        <translation>Gute Nachricht: Ihr PEG (Schmerz und wie stark er Lebensfreude und Alltagsaktivität beeinträchtigt) ist %3 % schlechter als zu Beginn (%1 auf %2). Eine Änderung um %4 % oder mehr spüren Patientinnen und Patienten. Erzählen Sie Ihrer Ärztin oder Ihrem Arzt, was geholfen hat.</translation>
    </message>
    <message>
        <source>First PEG</source>
        <translation>Erster PEG</translation>
    </message>
    <message>
        <source>Latest PEG</source>
        <translation>Letzter PEG</translation>
    </message>
    <message>
        <source>No %1 % improvement in function after %2</source>
        <extracomment>%1: the setting&apos;s percent; %2: a length of time (&quot;4 weeks&quot;).</extracomment>
        <translation>Keine Besserung der Funktion um %1 % nach %2</translation>
    </message>
    <message>
        <source>Your PEG (pain, and how much it gets in the way of enjoying life and of everyday activity) is %3 % better than when this episode began (%1 to %2), after %4. Guidance is to be re-assessed when pain lasts 4-6 weeks without improving. Please arrange a review with your clinician.</source>
        <translation>Ihr PEG (Schmerz und wie stark er Lebensfreude und Alltagsaktivität beeinträchtigt) ist nach %4 %3 % besser als zu Beginn dieser Schmerzphase (%1 auf %2). Empfohlen wird eine ärztliche Neubeurteilung, wenn Schmerzen 4-6 Wochen ohne Besserung anhalten. Bitte vereinbaren Sie einen Termin bei Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>Your PEG (pain, and how much it gets in the way of enjoying life and of everyday activity) is %3 % worse than when this episode began (%1 to %2), after %4. Guidance is to be re-assessed when pain lasts 4-6 weeks without improving. Please arrange a review with your clinician.</source>
        <translation>Ihr PEG (Schmerz und wie stark er Lebensfreude und Alltagsaktivität beeinträchtigt) ist nach %4 %3 % schlechter als zu Beginn dieser Schmerzphase (%1 auf %2). Empfohlen wird eine ärztliche Neubeurteilung, wenn Schmerzen 4-6 Wochen ohne Besserung anhalten. Bitte vereinbaren Sie einen Termin bei Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>Pain episode</source>
        <translation>Schmerzphase</translation>
    </message>
    <message>
        <source>day %1 (from %2)</source>
        <translation>Tag %1 (seit %2)</translation>
    </message>
    <message>
        <source>Re-assessment</source>
        <translation>Ärztliche Neubeurteilung</translation>
    </message>
    <message>
        <source>episode day %1 (setting threshold.persistent-pain-day)</source>
        <translation>Tag %1 der Schmerzphase (Einstellung threshold.persistent-pain-day)</translation>
    </message>
    <message>
        <source>%1: function not better after %2</source>
        <extracomment>%1: the medicine; %2: a length of time (&quot;3 weeks&quot;).</extracomment>
        <translation>%1: Funktion nach %2 nicht besser</translation>
    </message>
    <message>
        <source>Since you started %1, your PEG (pain, and how much it gets in the way of life and activity) is %4 % better (%2 to %3). Muscle relaxants like it are meant for 2-3 weeks; ask whether it is worth going on.</source>
        <translation>Seit Sie mit %1 begonnen haben, ist Ihr PEG (Schmerz und wie stark er Leben und Aktivität beeinträchtigt) %4 % besser (%2 auf %3). Muskelrelaxanzien wie dieses sind für 2-3 Wochen gedacht; fragen Sie, ob sich die weitere Einnahme lohnt.</translation>
    </message>
    <message>
        <source>Since you started %1, your PEG (pain, and how much it gets in the way of life and activity) is %4 % worse (%2 to %3). Muscle relaxants like it are meant for 2-3 weeks; ask whether it is worth going on.</source>
        <translation>Seit Sie mit %1 begonnen haben, ist Ihr PEG (Schmerz und wie stark er Leben und Aktivität beeinträchtigt) %4 % schlechter (%2 auf %3). Muskelrelaxanzien wie dieses sind für 2-3 Wochen gedacht; fragen Sie, ob sich die weitere Einnahme lohnt.</translation>
    </message>
    <message>
        <source>Course day</source>
        <translation>Behandlungstag</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (seit %2)</translation>
    </message>
    <message>
        <source>Course day to judge by</source>
        <translation>Behandlungstag für die Beurteilung</translation>
    </message>
    <message>
        <source>%1 (setting threshold.peg-course-day)</source>
        <translation>%1 (Einstellung threshold.peg-course-day)</translation>
    </message>
</context>
<context>
    <name>relief::alerts::interactions</name>
    <message>
        <source>alcohol</source>
        <translation>Alkohol</translation>
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
    <message>
        <source>%1 (the latest %2 are listed)</source>
        <translation>%1 (die letzten %2 sind aufgeführt)</translation>
    </message>
    <message>
        <source>can&apos;t stay awake</source>
        <translation>kann nicht wach bleiben</translation>
    </message>
    <message>
        <source>slow breathing</source>
        <translation>langsame Atmung</translation>
    </message>
    <message>
        <source>agitation</source>
        <translation>Unruhe</translation>
    </message>
    <message>
        <source>fever</source>
        <translation>Fieber</translation>
    </message>
    <message>
        <source>tremor</source>
        <translation>Zittern</translation>
    </message>
    <message>
        <source>racing heart</source>
        <translation>Herzrasen</translation>
    </message>
    <message>
        <source>palpitations</source>
        <translation>Herzklopfen</translation>
    </message>
    <message>
        <source>fast heartbeat</source>
        <translation>schneller Herzschlag</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1: a sign the person logged (&quot;slow breathing&quot;); %2: a day.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1: a sign&apos;s name as the journal stores it; %2: a day.</extracomment>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <extracomment>%1 and %2: two medicines, or a medicine and alcohol.</extracomment>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Taking %1 together can dangerously increase drowsiness and slow breathing.</source>
        <extracomment>%1: two or more muscle relaxants.</extracomment>
        <translation>Die gemeinsame Einnahme von %1 kann Schläfrigkeit gefährlich verstärken und die Atmung verlangsamen.</translation>
    </message>
    <message>
        <source>Taking %1 with %2 can dangerously increase drowsiness and slow breathing.</source>
        <extracomment>%1: one or more muscle relaxants; %2: alcohol, an opioid, a sleep medicine...</extracomment>
        <translation>Die Einnahme von %1 zusammen mit %2 kann Schläfrigkeit gefährlich verstärken und die Atmung verlangsamen.</translation>
    </message>
    <message>
        <source>You logged %1: contact your clinician now, or seek urgent care if breathing is slow.</source>
        <extracomment>%1: the signs logged, each with its day.</extracomment>
        <translation>Sie haben %1 eingetragen: Wenden Sie sich sofort an Ihre Ärztin oder Ihren Arzt, oder suchen Sie sofort ärztliche Hilfe, wenn die Atmung langsam ist.</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>Am selben Tag</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>on the same local day</source>
        <translation>am selben Tag (Ortszeit)</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Eingetragen</translation>
    </message>
    <message>
        <source>%1 h %2 min apart</source>
        <extracomment>The time between two doses: &quot;2 h apart&quot;, &quot;2 h 30 min apart&quot;.</extracomment>
        <translation>%1 h %2 min auseinander</translation>
    </message>
    <message>
        <source>%1 h apart</source>
        <translation>%1 h auseinander</translation>
    </message>
    <message>
        <source>%1 should not be taken with %2: it can raise tizanidine to dangerous levels.</source>
        <extracomment>%1: tizanidine (the person&apos;s name for it); %2: the other medicine.</extracomment>
        <translation>%1 darf nicht zusammen mit %2 eingenommen werden: Der Tizanidin-Spiegel kann gefährlich ansteigen.</translation>
    </message>
    <message>
        <source>Contact your clinician or pharmacist now.</source>
        <translation>Wenden Sie sich sofort an Ihre Ärztin, Ihren Arzt oder Ihre Apotheke.</translation>
    </message>
    <message>
        <source>Inhibitor</source>
        <translation>Hemmer</translation>
    </message>
    <message>
        <source>%1: strong CYP1A2 inhibitor (contraindicated)</source>
        <translation>%1: starker CYP1A2-Hemmer (kontraindiziert)</translation>
    </message>
    <message>
        <source>%1: CYP1A2 inhibitor</source>
        <translation>%1: CYP1A2-Hemmer</translation>
    </message>
    <message>
        <source>Closest doses</source>
        <translation>Nächstgelegene Dosen</translation>
    </message>
    <message>
        <source>%1 %2 at %3, %4 %5 at %6 (%7)</source>
        <extracomment>Two doses: name, amount and day and time of each (%1 %2 at %3, %4 %5 at %6); %7: the time between.</extracomment>
        <translation>%1 %2 am %3, %4 %5 am %6 (%7)</translation>
    </message>
    <message>
        <source>Within the window on</source>
        <translation>Innerhalb des Zeitfensters am</translation>
    </message>
    <message>
        <source>%1 h either way (setting threshold.cyp1a2-hours)</source>
        <translation>%1 h davor oder danach (Einstellung threshold.cyp1a2-hours)</translation>
    </message>
    <message>
        <source>%1 last taken %2</source>
        <extracomment>%1: the MAOI; %2: a day.</extracomment>
        <translation>%1, zuletzt eingenommen am %2</translation>
    </message>
    <message>
        <source>%1 must not be combined with %2. Contact your clinician or pharmacist now.</source>
        <extracomment>%1: cyclobenzaprine (the person&apos;s name for it); %2: the MAOI.</extracomment>
        <translation>%1 darf nicht mit %2 kombiniert werden. Wenden Sie sich sofort an Ihre Ärztin, Ihren Arzt oder Ihre Apotheke.</translation>
    </message>
    <message>
        <source>Cyclobenzaprine taken on</source>
        <translation>Cyclobenzaprin eingenommen am</translation>
    </message>
    <message numerus="yes">
        <source>MAOI taken on the same day or up to %n days before (setting threshold.maoi-days)</source>
        <translation>
            <numerusform>MAO-Hemmer am selben Tag oder bis zu %n Tag vorher eingenommen (Einstellung threshold.maoi-days)</numerusform>
            <numerusform>MAO-Hemmer am selben Tag oder bis zu %n Tage vorher eingenommen (Einstellung threshold.maoi-days)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2: this combination needs monitoring by your clinician.</source>
        <extracomment>%1: cyclobenzaprine (the person&apos;s name for it); %2: the other medicine.</extracomment>
        <translation>%1 mit %2: Diese Kombination muss ärztlich überwacht werden.</translation>
    </message>
    <message>
        <source>You logged %1, which can be signs of serotonin syndrome: contact your clinician now or seek urgent care.</source>
        <extracomment>%1: the signs logged, each with its day.</extracomment>
        <translation>Sie haben %1 eingetragen. Das können Zeichen eines Serotoninsyndroms sein: Wenden Sie sich sofort an Ihre Ärztin oder Ihren Arzt, oder suchen Sie sofort ärztliche Hilfe.</translation>
    </message>
    <message>
        <source>Make sure they know you take both.</source>
        <translation>Sorgen Sie dafür, dass Ihre Ärztin oder Ihr Arzt weiß, dass Sie beides einnehmen.</translation>
    </message>
    <message>
        <source>both on the same local day</source>
        <translation>beides am selben Tag (Ortszeit)</translation>
    </message>
    <message>
        <source>Days in the last 12 months</source>
        <translation>Tage in den letzten 12 Monaten</translation>
    </message>
</context>
<context>
    <name>relief::alerts::pain_patterns</name>
    <message>
        <source>%1, last taken %2</source>
        <extracomment>%1: the medicine; %2: a day.</extracomment>
        <translation>%1, zuletzt eingenommen am %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Ask your clinician or pharmacist about other options.</source>
        <translation>Fragen Sie Ihre Ärztin, Ihren Arzt oder Ihre Apotheke nach anderen Möglichkeiten.</translation>
    </message>
    <message>
        <source>Days with this pain</source>
        <extracomment>%1 of the last %n days; %2: those days.</extracomment>
        <translation>Tage mit diesem Schmerz</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the last %n days (%2)</source>
        <translation>
            <numerusform>%1 des letzten %n Tages (%2)</numerusform>
            <numerusform>%1 der letzten %n Tage (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged as</source>
        <translation>Eingetragen als</translation>
    </message>
    <message>
        <source>Muscle relaxant in use</source>
        <translation>Eingenommenes Muskelrelaxans</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n days (setting threshold.pattern-days)</source>
        <translation>
            <numerusform>%1 von %n Tag (Einstellung threshold.pattern-days)</numerusform>
            <numerusform>%1 von %n Tagen (Einstellung threshold.pattern-days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nerve-type pain while on %1</source>
        <extracomment>%1: the muscle relaxant.</extracomment>
        <translation>Nervenschmerzartige Beschwerden unter %1</translation>
    </message>
    <message numerus="yes">
        <source>On %1 of the last %n days you logged burning, shooting, electric or tingling pain, or pain below the knee while taking %2.</source>
        <extracomment>%1 of the last %n days; %2: the muscle relaxants.</extracomment>
        <translation>
            <numerusform>An %1 des letzten %n Tages haben Sie brennende, einschießende, elektrisierende oder kribbelnde Schmerzen oder Schmerzen unterhalb des Knies eingetragen, während Sie %2 eingenommen haben.</numerusform>
            <numerusform>An %1 der letzten %n Tage haben Sie brennende, einschießende, elektrisierende oder kribbelnde Schmerzen oder Schmerzen unterhalb des Knies eingetragen, während Sie %2 eingenommen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>This kind of pain often does not respond to muscle relaxers.</source>
        <translation>Diese Art von Schmerz spricht oft nicht auf Muskelrelaxanzien an.</translation>
    </message>
    <message>
        <source>Joint pain while on %1</source>
        <extracomment>%1: the muscle relaxant.</extracomment>
        <translation>Gelenkschmerzen unter %1</translation>
    </message>
    <message numerus="yes">
        <source>On %1 of the last %n days you logged joint pain while taking %2.</source>
        <extracomment>%1 of the last %n days; %2: the muscle relaxants.</extracomment>
        <translation>
            <numerusform>An %1 des letzten %n Tages haben Sie Gelenkschmerzen eingetragen, während Sie %2 eingenommen haben.</numerusform>
            <numerusform>An %1 der letzten %n Tage haben Sie Gelenkschmerzen eingetragen, während Sie %2 eingenommen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Joint pain is not treated by muscle relaxers.</source>
        <translation>Muskelrelaxanzien behandeln keine Gelenkschmerzen.</translation>
    </message>
</context>
<context>
    <name>relief::alerts::reassessment</name>
    <message>
        <source>%1-%2 weeks</source>
        <extracomment>A range of time after a preposition (&quot;at 4-6 weeks&quot;); German: dative.</extracomment>
        <translation>%1-%2 Wochen</translation>
    </message>
    <message>
        <source>%1-%2 days</source>
        <extracomment>A range of time after a preposition (&quot;at 28-42 days&quot;); German: dative.</extracomment>
        <translation>%1-%2 Tagen</translation>
    </message>
    <message>
        <source>Pain for %1: re-assessment overdue</source>
        <translation>Schmerzen seit %1: ärztliche Neubeurteilung überfällig</translation>
    </message>
    <message>
        <source>Pain for %1 without improvement</source>
        <translation>Schmerzen seit %1 ohne Besserung</translation>
    </message>
    <message>
        <source>Your pain has lasted %1 without clear improvement. Guidance is to be re-assessed at %2, so a re-assessment is now overdue. Please arrange a review with your clinician.</source>
        <extracomment>%1: how long the pain has lasted (&quot;4 weeks&quot;); %2: when guidance says to re-assess (&quot;4-6 weeks&quot;).</extracomment>
        <translation>Ihre Schmerzen bestehen seit %1 ohne deutliche Besserung. Empfohlen wird eine ärztliche Neubeurteilung nach %2, sie ist also überfällig. Bitte vereinbaren Sie einen Termin bei Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>Your pain has lasted %1 without clear improvement. Guidance is to be re-assessed at %2. Please arrange a review with your clinician.</source>
        <extracomment>%1: how long the pain has lasted (&quot;4 weeks&quot;); %2: when guidance says to re-assess (&quot;4-6 weeks&quot;).</extracomment>
        <translation>Ihre Schmerzen bestehen seit %1 ohne deutliche Besserung. Empfohlen wird eine ärztliche Neubeurteilung nach %2. Bitte vereinbaren Sie einen Termin bei Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>Pain episode</source>
        <translation>Schmerzphase</translation>
    </message>
    <message>
        <source>day %1 (from %2)</source>
        <translation>Tag %1 (seit %2)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>episode day %1 (setting threshold.persistent-pain-day)</source>
        <translation>Tag %1 der Schmerzphase (Einstellung threshold.persistent-pain-day)</translation>
    </message>
    <message>
        <source>Re-assessment</source>
        <translation>Ärztliche Neubeurteilung</translation>
    </message>
    <message>
        <source>overdue: episode day %1 or later (setting threshold.persistent-pain-overdue-day)</source>
        <translation>überfällig: ab Tag %1 der Schmerzphase (Einstellung threshold.persistent-pain-overdue-day)</translation>
    </message>
    <message numerus="yes">
        <source>Your pain is getting worse: the last %n days averaged %1, up from %2 the days before. Please arrange a check-up with your clinician.</source>
        <extracomment>%n: the days of each mean; %1 and %2: pain means (0-10), the recent one first.</extracomment>
        <translation>
            <numerusform>Ihre Schmerzen werden stärker: Der letzte %n Tag lag im Mittel bei %1, gegenüber %2 in den Tagen davor. Bitte vereinbaren Sie einen Kontrolltermin bei Ihrer Ärztin oder Ihrem Arzt.</numerusform>
            <numerusform>Ihre Schmerzen werden stärker: Die letzten %n Tage lagen im Mittel bei %1, gegenüber %2 in den Tagen davor. Bitte vereinbaren Sie einen Kontrolltermin bei Ihrer Ärztin oder Ihrem Arzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain getting worse</source>
        <translation>Schmerzen werden stärker</translation>
    </message>
    <message numerus="yes">
        <source>Previous %n days</source>
        <translation>
            <numerusform>Vorheriger %n Tag</numerusform>
            <numerusform>Vorherige %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Increase</source>
        <extracomment>A rise of the pain mean (0-10): &quot;1.5 points&quot;.</extracomment>
        <translation>Anstieg</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message numerus="yes">
        <source>%n point (setting threshold.worsening-points)</source>
        <translation>
            <numerusform>%n Punkt (Einstellung threshold.worsening-points)</numerusform>
            <numerusform>%n Punkte (Einstellung threshold.worsening-points)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points (setting threshold.worsening-points)</source>
        <translation>
            <numerusform>%n Punkt (Einstellung threshold.worsening-points)</numerusform>
            <numerusform>%n Punkte (Einstellung threshold.worsening-points)</numerusform>
        </translation>
    </message>
    <message>
        <source>Window mean</source>
        <translation>Mittelwert des Zeitraums</translation>
    </message>
    <message numerus="yes">
        <source>needs %1 of %n days logged (setting threshold.window-min-logged-days)</source>
        <translation>
            <numerusform>erfordert %1 von %n eingetragenem Tag (Einstellung threshold.window-min-logged-days)</numerusform>
            <numerusform>erfordert %1 von %n eingetragenen Tagen (Einstellung threshold.window-min-logged-days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::alerts::red_flags</name>
    <message>
        <source>loss of bladder control</source>
        <translation>Verlust der Blasenkontrolle</translation>
    </message>
    <message>
        <source>loss of bowel control</source>
        <translation>Verlust der Darmkontrolle</translation>
    </message>
    <message>
        <source>numbness in the groin or saddle area</source>
        <translation>Taubheit in der Leiste oder im Reithosenbereich</translation>
    </message>
    <message>
        <source>new difficulty passing urine</source>
        <translation>neue Schwierigkeiten beim Wasserlassen</translation>
    </message>
    <message>
        <source>leg weakness</source>
        <translation>Schwäche in den Beinen</translation>
    </message>
    <message>
        <source>foot drop</source>
        <translation>Fußheberschwäche</translation>
    </message>
    <message>
        <source>fever with back pain</source>
        <translation>Fieber mit Rückenschmerzen</translation>
    </message>
    <message>
        <source>back pain after a major fall or accident</source>
        <translation>Rückenschmerzen nach einem schweren Sturz oder Unfall</translation>
    </message>
    <message>
        <source>pain at night or at rest</source>
        <translation>Schmerzen nachts oder in Ruhe</translation>
    </message>
    <message>
        <source>unexplained weight loss</source>
        <translation>ungeklärter Gewichtsverlust</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Hours and minutes between two entries: &quot;23 h 30 min&quot;.</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>none: any logged red-flag symptom is urgent</source>
        <translation>keiner: Jedes eingetragene Warnzeichen ist dringend</translation>
    </message>
    <message>
        <source>You logged fever (%1) and back pain (%2), %3 apart.</source>
        <extracomment>%1 and %2: the day and time each was logged; %3: the time between them (&quot;5 h 0 min&quot;).</extracomment>
        <translation>Sie haben Fieber (%1) und Rückenschmerzen (%2) eingetragen, %3 auseinander.</translation>
    </message>
    <message>
        <source>Fever logged</source>
        <translation>Fieber eingetragen</translation>
    </message>
    <message>
        <source>Back pain logged</source>
        <translation>Rückenschmerzen eingetragen</translation>
    </message>
    <message>
        <source>Time apart</source>
        <translation>Zeitabstand</translation>
    </message>
    <message>
        <source>fever and back pain logged within 24 hours of each other</source>
        <translation>Fieber und Rückenschmerzen innerhalb von 24 Stunden eingetragen</translation>
    </message>
    <message>
        <source>You logged %1 on %2.</source>
        <extracomment>%1: a red-flag symptom (&quot;leg weakness&quot;); %2: a day.</extracomment>
        <translation>Sie haben am %2 eingetragen: %1.</translation>
    </message>
    <message>
        <source>First logged</source>
        <translation>Zuerst eingetragen</translation>
    </message>
    <message>
        <source>Logged as</source>
        <translation>Eingetragen als</translation>
    </message>
    <message>
        <source>numbness or tingling logged at the groin, an inner thigh or both buttocks</source>
        <translation>Taubheit oder Kribbeln in der Leiste, an einer Oberschenkelinnenseite oder an beiden Gesäßhälften eingetragen</translation>
    </message>
    <message>
        <source>These symptoms need prompt medical attention. Seek urgent care now, and let your clinician know.</source>
        <translation>Diese Beschwerden müssen rasch ärztlich abgeklärt werden. Suchen Sie sofort ärztliche Hilfe und informieren Sie Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>%1: seek care now</source>
        <extracomment>%1: a red-flag symptom (&quot;Leg weakness&quot;).</extracomment>
        <translation>%1: Suchen Sie sofort ärztliche Hilfe</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Times logged that day</source>
        <translation>Einträge an diesem Tag</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Days logged in the last 12 months</source>
        <translation>Tage mit Eintrag in den letzten 12 Monaten</translation>
    </message>
</context>
<context>
    <name>relief::alerts::response</name>
    <message numerus="yes">
        <source>Benefit from %1 is usually greatest in the first days; your pain scores have not improved much (average %2 when you started, %3 over the last %n days).</source>
        <extracomment>%1: the medicine; %2 and %3: pain means (0-10); %n: the days of the recent mean.</extracomment>
        <translation>
            <numerusform>%1 hilft meist in den ersten Tagen am meisten; Ihre Schmerzwerte haben sich kaum gebessert (Mittelwert %2 zu Beginn, %3 am letzten %n Tag).</numerusform>
            <numerusform>%1 hilft meist in den ersten Tagen am meisten; Ihre Schmerzwerte haben sich kaum gebessert (Mittelwert %2 zu Beginn, %3 in den letzten %n Tagen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Little benefit from %1 so far</source>
        <translation>Bisher wenig Nutzen von %1</translation>
    </message>
    <message>
        <source>Course day</source>
        <translation>Behandlungstag</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (seit %2)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>course day %1 (setting threshold.early-benefit-day)</source>
        <translation>Behandlungstag %1 (Einstellung threshold.early-benefit-day)</translation>
    </message>
</context>
<context>
    <name>relief::alerts::rule_specs</name>
    <message>
        <source>Should I keep taking {drug}, and if I stop, how?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Soll ich {drug} weiter einnehmen, und wie setze ich es ab, wenn ich aufhöre?</translation>
    </message>
    <message>
        <source>{drug} has not helped my pain much. Is there a better option?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>{drug} hat meine Schmerzen kaum gelindert. Gibt es eine bessere Möglichkeit?</translation>
    </message>
    <message>
        <source>My pain has lasted for weeks. Should it be re-assessed?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Meine Schmerzen bestehen seit Wochen. Sollten sie ärztlich neu beurteilt werden?</translation>
    </message>
    <message>
        <source>My pain is getting worse. What should we check?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Meine Schmerzen werden stärker. Was sollten wir untersuchen?</translation>
    </message>
    <message>
        <source>My pain and function are better. What should I keep doing?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Meine Schmerzen und mein Alltag sind besser. Was sollte ich beibehalten?</translation>
    </message>
    <message>
        <source>My pain still gets in the way after weeks. Should it be re-assessed?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Meine Schmerzen schränken mich nach Wochen immer noch ein. Sollten sie ärztlich neu beurteilt werden?</translation>
    </message>
    <message>
        <source>{drug} has not made my pain easier to live with. Is it worth going on?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>{drug} hat meine Schmerzen nicht erträglicher gemacht. Lohnt es sich, weiterzumachen?</translation>
    </message>
    <message>
        <source>I had {topic}. What does it mean, and what should I do if it happens again?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Ich hatte {topic}. Was bedeutet das, und was soll ich tun, wenn es wieder passiert?</translation>
    </message>
    <message>
        <source>Some days I took more {drug} than the maximum. What should I do when the pain is bad?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>An manchen Tagen habe ich mehr {drug} als die Höchstmenge eingenommen. Was soll ich tun, wenn die Schmerzen stark sind?</translation>
    </message>
    <message>
        <source>Is it safe to take {drugs} together?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Ist es sicher, {drugs} zusammen einzunehmen?</translation>
    </message>
    <message>
        <source>Is {drug} safe {topic}?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Ist {drug} {topic} sicher?</translation>
    </message>
    <message>
        <source>I stopped {drug}. Should I restart it, or how do I stop it safely?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Ich habe {drug} abgesetzt. Soll ich es wieder einnehmen, oder wie setze ich es sicher ab?</translation>
    </message>
    <message>
        <source>I often miss doses of {drug}. Could the plan be easier to keep?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Ich vergesse oft Dosen von {drug}. Könnte der Einnahmeplan einfacher werden?</translation>
    </message>
    <message>
        <source>Side effects keep me from taking {drug}. Could the plan change?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Nebenwirkungen halten mich von der Einnahme von {drug} ab. Könnte der Einnahmeplan geändert werden?</translation>
    </message>
    <message>
        <source>I am taking more {drug} without more relief. Should the plan change?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Ich nehme mehr {drug} ein, ohne mehr Linderung. Sollte der Einnahmeplan geändert werden?</translation>
    </message>
    <message>
        <source>Could my burning or shooting pain be nerve pain, and would another treatment help?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Könnten meine brennenden oder einschießenden Schmerzen Nervenschmerzen sein, und würde eine andere Behandlung helfen?</translation>
    </message>
    <message>
        <source>Muscle relaxers do not treat joint pain. What would help my joints?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Muskelrelaxanzien behandeln keine Gelenkschmerzen. Was würde meinen Gelenken helfen?</translation>
    </message>
    <message>
        <source>What could be causing my cramps, and what can I do about them?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Was könnte meine Krämpfe verursachen, und was kann ich dagegen tun?</translation>
    </message>
    <message>
        <source>Should I try other options before opioids?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Sollte ich vor Opioiden andere Möglichkeiten ausprobieren?</translation>
    </message>
    <message>
        <source>Which exercises or therapies should I do alongside my medicine?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Welche Übungen oder Therapien sollte ich zusätzlich zu meinem Medikament machen?</translation>
    </message>
    <message>
        <source>Can we talk about this: %1?</source>
        <extracomment>%1: an alert&apos;s title.</extracomment>
        <translation>Können wir darüber sprechen: %1?</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>it</source>
        <extracomment>Stands for the medicine in a question when the alert names none (&quot;Should I keep taking it?&quot;).</extracomment>
        <translation>dieses Medikament</translation>
    </message>
    <message>
        <source>these</source>
        <extracomment>Stands for the medicines in a question when the alert names none (&quot;Is it safe to take these together?&quot;).</extracomment>
        <translation>diese Medikamente</translation>
    </message>
</context>
<context>
    <name>relief::alerts::tolerance</name>
    <message>
        <source>%1 %2 to %3: %4 of %5 (%6 %)</source>
        <extracomment>%1: the medicine&apos;s name; %2 and %3: the window&apos;s days; %4 of %5 doses taken; %6: percent.</extracomment>
        <translation>%1 %2 bis %3: %4 von %5 (%6 %)</translation>
    </message>
    <message>
        <source>daily dose</source>
        <translation>Tagesdosis</translation>
    </message>
    <message>
        <source>as-needed doses</source>
        <translation>Bedarfsdosen</translation>
    </message>
    <message>
        <source>doses above the prescribed dose</source>
        <translation>Dosen über der verordneten Dosis</translation>
    </message>
    <message>
        <source>You are taking more %1 but your pain has not improved. This can happen as the body adapts. Do not raise the dose yourself; review the plan with your clinician.</source>
        <extracomment>%1: the medicine.</extracomment>
        <translation>Sie nehmen mehr %1 ein, aber Ihre Schmerzen sind nicht besser geworden. Das kann passieren, wenn sich der Körper gewöhnt (Toleranz). Erhöhen Sie die Dosis nicht selbst; besprechen Sie den Einnahmeplan mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>%1 use rising without relief</source>
        <translation>%1: mehr Einnahme ohne Linderung</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <extracomment>%1: an amount (&quot;20 mg&quot;); %2 and %3: the first and the last day it is the mean of.</extracomment>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>day %1 (from %2)</source>
        <translation>Tag %1 (seit %2)</translation>
    </message>
    <message>
        <source>Average daily dose</source>
        <translation>Durchschnittliche Tagesdosis</translation>
    </message>
    <message>
        <source>Previous average daily dose</source>
        <translation>Vorherige durchschnittliche Tagesdosis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>%1 % of before</source>
        <translation>%1 % des vorherigen Werts</translation>
    </message>
    <message>
        <source>As-needed doses per day</source>
        <translation>Bedarfsdosen pro Tag</translation>
    </message>
    <message>
        <source>%1 (before: %2)</source>
        <translation>%1 (vorher: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Days above the prescribed dose (last %n)</source>
        <translation>
            <numerusform>Tage über der verordneten Dosis (letzter %n)</numerusform>
            <numerusform>Tage über der verordneten Dosis (letzte %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain mean</source>
        <translation>Mittlerer Schmerz</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Einnahmetreue</translation>
    </message>
    <message>
        <source>Rose as of %1</source>
        <translation>Gestiegen bis %1</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message numerus="yes">
        <source>%1 % of the previous %n days&apos; average (settings threshold.tolerance-increase-percent, threshold.tolerance-window-days)</source>
        <translation>
            <numerusform>%1 % des Mittelwerts des vorherigen %n Tages (Einstellungen threshold.tolerance-increase-percent, threshold.tolerance-window-days)</numerusform>
            <numerusform>%1 % des Mittelwerts der vorherigen %n Tage (Einstellungen threshold.tolerance-increase-percent, threshold.tolerance-window-days)</numerusform>
        </translation>
    </message>
    <message>
        <source>as-needed doses up %1 % (setting threshold.tolerance-prn-increase-percent)</source>
        <translation>Bedarfsdosen um %1 % gestiegen (Einstellung threshold.tolerance-prn-increase-percent)</translation>
    </message>
    <message numerus="yes">
        <source>above the prescribed dose on %1 of %n days (setting threshold.tolerance-above-prescribed-days)</source>
        <translation>
            <numerusform>über der verordneten Dosis an %1 von %n Tag (Einstellung threshold.tolerance-above-prescribed-days)</numerusform>
            <numerusform>über der verordneten Dosis an %1 von %n Tagen (Einstellung threshold.tolerance-above-prescribed-days)</numerusform>
        </translation>
    </message>
    <message>
        <source>both windows from course day %1 (setting threshold.%2)</source>
        <extracomment>%2 is the end of a setting&apos;s name: keep &quot;threshold.%2&quot; as it is.</extracomment>
        <translation>beide Zeiträume ab Behandlungstag %1 (Einstellung threshold.%2)</translation>
    </message>
    <message>
        <source>adherence at least %1 % in both windows (setting threshold.adherence-percent)</source>
        <translation>Einnahmetreue mindestens %1 % in beiden Zeiträumen (Einstellung threshold.adherence-percent)</translation>
    </message>
</context>
<context>
    <name>relief::alerts::treatment</name>
    <message>
        <source>medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>an opioid</source>
        <translation>ein Opioid</translation>
    </message>
    <message>
        <source>In the pain episode from %1 you took %2 before any NSAID, acetaminophen or non-drug measure such as heat or stretching. Opioids are not a first choice for back pain.</source>
        <extracomment>%1: the day the pain episode began; %2: the opioid.</extracomment>
        <translation>In der Schmerzphase seit %1 haben Sie %2 vor jedem NSAR, Paracetamol oder jeder Maßnahme ohne Medikamente wie Wärme oder Dehnen eingenommen. Opioide sind bei Rückenschmerzen nicht die erste Wahl.</translation>
    </message>
    <message>
        <source>Opioid before first-line treatment</source>
        <translation>Opioid vor der Basisbehandlung</translation>
    </message>
    <message>
        <source>First opioid dose</source>
        <extracomment>%1: a dose (&quot;oxycodone 5 mg&quot;); %2: the day and time it was logged.</extracomment>
        <translation>Erste Opioid-Dosis</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Pain episode</source>
        <translation>Schmerzphase</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>First NSAID, acetaminophen or non-drug measure</source>
        <translation>Erstes NSAR, Paracetamol oder erste Maßnahme ohne Medikamente</translation>
    </message>
    <message>
        <source>%1 at %2, after the opioid</source>
        <extracomment>%1: a dose or a measure (&quot;heat&quot;); %2: the day and time it was logged.</extracomment>
        <translation>%1 am %2, nach dem Opioid</translation>
    </message>
    <message>
        <source>none logged in the episode</source>
        <translation>keines in der Schmerzphase eingetragen</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>none: any opioid dose before first-line treatment</source>
        <translation>keiner: jede Opioid-Dosis vor der Basisbehandlung</translation>
    </message>
    <message numerus="yes">
        <source>You took a muscle relaxer (%1) on %2 of the last %n days and logged no heat, stretching, activity, exercise, physical therapy or massage. Heat, gentle activity and stretching are first-line; medicines should add to them, not replace them. Ask your clinician or pharmacist which would suit you.</source>
        <extracomment>%1: the muscle relaxants; %2 of the last %n days.</extracomment>
        <translation>
            <numerusform>Sie haben an %2 des letzten %n Tages ein Muskelrelaxans (%1) eingenommen und keine Wärme, kein Dehnen, keine Aktivität, keine Übungen, keine Physiotherapie und keine Massage eingetragen. Wärme, sanfte Bewegung und Dehnen sind die Basis; Medikamente sollen sie ergänzen, nicht ersetzen. Fragen Sie Ihre Ärztin, Ihren Arzt oder Ihre Apotheke, was zu Ihnen passt.</numerusform>
            <numerusform>Sie haben an %2 der letzten %n Tage ein Muskelrelaxans (%1) eingenommen und keine Wärme, kein Dehnen, keine Aktivität, keine Übungen, keine Physiotherapie und keine Massage eingetragen. Wärme, sanfte Bewegung und Dehnen sind die Basis; Medikamente sollen sie ergänzen, nicht ersetzen. Fragen Sie Ihre Ärztin, Ihren Arzt oder Ihre Apotheke, was zu Ihnen passt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Muscle relaxer without heat or stretching</source>
        <translation>Muskelrelaxans ohne Wärme oder Dehnen</translation>
    </message>
    <message>
        <source>Days with a muscle relaxant</source>
        <extracomment>%1 of the last %n days; %2: those days.</extracomment>
        <translation>Tage mit einem Muskelrelaxans</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the last %n days (%2)</source>
        <translation>
            <numerusform>%1 des letzten %n Tages (%2)</numerusform>
            <numerusform>%1 der letzten %n Tage (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Muscle relaxants</source>
        <translation>Muskelrelaxanzien</translation>
    </message>
    <message>
        <source>Last non-drug measure</source>
        <translation>Letzte Maßnahme ohne Medikamente</translation>
    </message>
    <message>
        <source>none logged</source>
        <translation>keine eingetragen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n days (setting threshold.non-drug-relaxant-days)</source>
        <translation>
            <numerusform>%1 von %n Tag (Einstellung threshold.non-drug-relaxant-days)</numerusform>
            <numerusform>%1 von %n Tagen (Einstellung threshold.non-drug-relaxant-days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::alerts::withdrawal</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1: a symptom&apos;s name as the journal stores it; %2: a day.</extracomment>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Your daily %1 fell from %2 to %3 on %4 without a taper plan.</source>
        <extracomment>%1: the medicine; %2 and %3: daily amounts (&quot;8 mg&quot;); %4: a day.</extracomment>
        <translation>Ihre Tagesdosis %1 ist am %4 ohne Ausschleichplan von %2 auf %3 gesunken.</translation>
    </message>
    <message>
        <source>%1 was stopped on %2 after regular use, without a taper plan.</source>
        <extracomment>%1: the medicine; %2: a day.</extracomment>
        <translation>%1 wurde am %2 nach regelmäßiger Einnahme ohne Ausschleichplan abgesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>No dose of %1 is logged since %2 (%n whole days), after regular use. If you took doses and did not log them, log them.</source>
        <extracomment>%1: the medicine; %2: the day of the last dose; %n: the whole days since.</extracomment>
        <translation>
            <numerusform>Seit %2 ist keine Dosis %1 eingetragen (%n ganzer Tag), nach regelmäßiger Einnahme. Wenn Sie Dosen eingenommen, aber nicht eingetragen haben, tragen Sie sie bitte ein.</numerusform>
            <numerusform>Seit %2 ist keine Dosis %1 eingetragen (%n ganze Tage), nach regelmäßiger Einnahme. Wenn Sie Dosen eingenommen, aber nicht eingetragen haben, tragen Sie sie bitte ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping or cutting down suddenly can cause withdrawal: watch for %1. Call your clinician today about restarting or a plan to taper.</source>
        <extracomment>%1: the withdrawal signs to watch for (&quot;hallucinations, confusion, ...&quot;).</extracomment>
        <translation>Plötzliches Absetzen oder Reduzieren kann Entzugserscheinungen auslösen: Achten Sie auf %1. Rufen Sie heute Ihre Ärztin oder Ihren Arzt an, um über die Wiederaufnahme oder einen Ausschleichplan zu sprechen.</translation>
    </message>
    <message>
        <source>You logged possible withdrawal symptoms after the drop: seek urgent care or contact your clinician now.</source>
        <translation>Sie haben nach der Reduzierung mögliche Entzugserscheinungen eingetragen: Suchen Sie sofort ärztliche Hilfe oder wenden Sie sich jetzt an Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>You logged possible withdrawal symptoms after the stop: seek urgent care or contact your clinician now.</source>
        <translation>Sie haben nach dem Absetzen mögliche Entzugserscheinungen eingetragen: Suchen Sie sofort ärztliche Hilfe oder wenden Sie sich jetzt an Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>%1 cut down suddenly</source>
        <extracomment>%1: the medicine.</extracomment>
        <translation>%1 plötzlich reduziert</translation>
    </message>
    <message>
        <source>%1 stopped without a taper</source>
        <translation>%1 ohne Ausschleichen abgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>%1 not taken for %n days</source>
        <extracomment>%1: the medicine; %n: whole days without a dose.</extracomment>
        <translation>
            <numerusform>%1 seit %n Tag nicht eingenommen</numerusform>
            <numerusform>%1 seit %n Tagen nicht eingenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Regular use</source>
        <translation>Regelmäßige Einnahme</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n days)</source>
        <translation>
            <numerusform>%1 bis %2 (%n Tag)</numerusform>
            <numerusform>%1 bis %2 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily dose on %1</source>
        <translation>Tagesdosis am %1</translation>
    </message>
    <message>
        <source>Days without a dose</source>
        <translation>Tage ohne Dosis</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (seit %2)</translation>
    </message>
    <message>
        <source>Stop recorded</source>
        <translation>Absetzen eingetragen</translation>
    </message>
    <message>
        <source>Taper plan</source>
        <translation>Ausschleichplan</translation>
    </message>
    <message>
        <source>none set, and the logged doses did not fall before the stop</source>
        <translation>keiner festgelegt, und die eingetragenen Dosen sind vor dem Absetzen nicht gesunken</translation>
    </message>
    <message>
        <source>Logged after the stop</source>
        <translation>Nach dem Absetzen eingetragen</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message numerus="yes">
        <source>%n days of regular use (setting threshold.%1)</source>
        <extracomment>%1 is the end of a setting&apos;s name: keep &quot;threshold.%1&quot; as it is.</extracomment>
        <translation>
            <numerusform>%n Tag regelmäßiger Einnahme (Einstellung threshold.%1)</numerusform>
            <numerusform>%n Tage regelmäßiger Einnahme (Einstellung threshold.%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whole days without any dose (setting threshold.withdrawal-gap-days); a skipped or forgotten dose belongs to adherence</source>
        <translation>
            <numerusform>%n ganzer Tag ohne jede Dosis (Einstellung threshold.withdrawal-gap-days); eine ausgelassene oder vergessene Dosis gehört zur Einnahmetreue</numerusform>
            <numerusform>%n ganze Tage ohne jede Dosis (Einstellung threshold.withdrawal-gap-days); eine ausgelassene oder vergessene Dosis gehört zur Einnahmetreue</numerusform>
        </translation>
    </message>
    <message>
        <source>Regular use means</source>
        <translation>Regelmäßige Einnahme bedeutet</translation>
    </message>
    <message>
        <source>taken on %1 of %2 days (settings threshold.regular-use-days, threshold.regular-use-window-days)</source>
        <translation>an %1 von %2 Tagen eingenommen (Einstellungen threshold.regular-use-days, threshold.regular-use-window-days)</translation>
    </message>
    <message>
        <source>a drop of more than %1 a day, on %2 days in a row (settings threshold.tizanidine-drop-mg, threshold.withdrawal-gap-days)</source>
        <extracomment>%1: an amount (&quot;2 mg&quot;); %2: a number of days.</extracomment>
        <translation>ein Rückgang um mehr als %1 pro Tag an %2 Tagen hintereinander (Einstellungen threshold.tizanidine-drop-mg, threshold.withdrawal-gap-days)</translation>
    </message>
    <message numerus="yes">
        <source>Stopping %1 after %n days can cause withdrawal: watch for anxiety, sleeplessness, shaking or muscle twitching. Tell your clinician if they come.</source>
        <extracomment>%1: the medicine; %n: the days of the course.</extracomment>
        <translation>
            <numerusform>Das Absetzen von %1 nach %n Tag kann Entzugserscheinungen auslösen: Achten Sie auf Angst, Schlaflosigkeit, Zittern oder Muskelzucken. Sagen Sie Ihrer Ärztin oder Ihrem Arzt Bescheid, wenn sie auftreten.</numerusform>
            <numerusform>Das Absetzen von %1 nach %n Tagen kann Entzugserscheinungen auslösen: Achten Sie auf Angst, Schlaflosigkeit, Zittern oder Muskelzucken. Sagen Sie Ihrer Ärztin oder Ihrem Arzt Bescheid, wenn sie auftreten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped after %n days</source>
        <translation>
            <numerusform>%1 nach %n Tag abgesetzt</numerusform>
            <numerusform>%1 nach %n Tagen abgesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>First day without a dose</source>
        <translation>Erster Tag ohne Dosis</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>keiner festgelegt</translation>
    </message>
    <message numerus="yes">
        <source>a course of more than %n days (setting threshold.carisoprodol-days)</source>
        <translation>
            <numerusform>eine Behandlung von mehr als %n Tag (Einstellung threshold.carisoprodol-days)</numerusform>
            <numerusform>eine Behandlung von mehr als %n Tagen (Einstellung threshold.carisoprodol-days)</numerusform>
        </translation>
    </message>
    <message>
        <source>a fast heartbeat, high blood pressure, anxiety, shaking and spasms coming back</source>
        <translation>schnellen Herzschlag, hohen Blutdruck, Angst, Zittern und wiederkehrende Spasmen</translation>
    </message>
    <message>
        <source>hallucinations, confusion, seizures, high fever, and stiffness or spasms coming back</source>
        <translation>Halluzinationen, Verwirrtheit, Krampfanfälle, hohes Fieber und wiederkehrende Steifheit oder Spasmen</translation>
    </message>
</context>
</TS>
