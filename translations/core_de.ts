<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Date</name>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>How a day is written in text for people, as a QLocale date pattern (d, dd, MM, MMM, yyyy). Keep the four-digit year: a health record outlives a century&apos;s short years.</extracomment>
        <translation>dd.MM.yyyy</translation>
    </message>
</context>
<context>
    <name>relief::core::alert</name>
    <message>
        <source>&apos;info&apos;, &apos;warning&apos; or &apos;urgent&apos;</source>
        <translation>&apos;info&apos;, &apos;warning&apos; oder &apos;urgent&apos;</translation>
    </message>
</context>
<context>
    <name>relief::core::amount</name>
    <message>
        <source>a positive amount with a unit, such as &apos;10mg&apos;, &apos;7.5 mg&apos;, &apos;0.5g&apos; or &apos;500mcg&apos;</source>
        <translation>eine positive Menge mit Einheit, etwa &apos;10mg&apos;, &apos;7.5 mg&apos;, &apos;0.5g&apos; oder &apos;500mcg&apos;</translation>
    </message>
    <message>
        <source>%1 (the unit is missing)</source>
        <translation>%1 (die Einheit fehlt)</translation>
    </message>
    <message>
        <source>%1 (unit &apos;%2&apos; is not one of mg, g, mcg)</source>
        <translation>%1 (die Einheit &apos;%2&apos; ist weder mg noch g noch mcg)</translation>
    </message>
    <message>
        <source>%1 (no finer than one microgram)</source>
        <translation>%1 (nicht feiner als ein Mikrogramm)</translation>
    </message>
    <message>
        <source>at most 100 g (100000 mg) in one entry</source>
        <translation>höchstens 100 g (100000 mg) in einem Eintrag</translation>
    </message>
    <message>
        <source>%1 (it must be more than zero)</source>
        <translation>%1 (sie muss größer als null sein)</translation>
    </message>
</context>
<context>
    <name>relief::core::calendar</name>
    <message>
        <source>a date as YYYY-MM-DD, such as 2026-03-01</source>
        <translation>ein Datum im Format JJJJ-MM-TT, etwa 2026-03-01</translation>
    </message>
    <message>
        <source>a date that exists on the calendar (%1)</source>
        <translation>ein Datum, das es im Kalender gibt (%1)</translation>
    </message>
    <message>
        <source>a date from 1900-01-01 on (%1)</source>
        <translation>ein Datum ab dem 1900-01-01 (%1)</translation>
    </message>
    <message>
        <source>a time as HH:MM from 00:00 to 23:59, such as 08:30</source>
        <translation>eine Uhrzeit im Format HH:MM von 00:00 bis 23:59, etwa 08:30</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>relief::core::caregiver_watch</name>
    <message>
        <source>%1: a dose not logged</source>
        <extracomment>%1: the person&apos;s name (from the profile). The caregiver&apos;s notification.</extracomment>
        <translation>%1: eine Dosis nicht eingetragen</translation>
    </message>
    <message>
        <source>%1: doses not logged</source>
        <translation>%1: Dosen nicht eingetragen</translation>
    </message>
    <message>
        <source>A dose not logged</source>
        <translation>Eine Dosis nicht eingetragen</translation>
    </message>
    <message>
        <source>Doses not logged</source>
        <translation>Dosen nicht eingetragen</translation>
    </message>
    <message>
        <source>Not logged an hour after their time. Perhaps ask how things are.</source>
        <extracomment>Below the doses in the caregiver&apos;s notification.</extracomment>
        <translation>Eine Stunde nach der geplanten Uhrzeit nicht eingetragen. Fragen Sie vielleicht nach, wie es geht.</translation>
    </message>
</context>
<context>
    <name>relief::core::catalogue</name>
    <message>
        <source>can seriously harm the liver</source>
        <translation>kann die Leber schwer schädigen</translation>
    </message>
    <message>
        <source>%1 tablet</source>
        <extracomment>%1: a number of units (such as 2 or 1.5).</extracomment>
        <translation>%1 Tablette</translation>
    </message>
    <message>
        <source>%1 tablets</source>
        <translation>%1 Tabletten</translation>
    </message>
    <message>
        <source>%1 caplet</source>
        <translation>%1 Filmtablette</translation>
    </message>
    <message>
        <source>%1 caplets</source>
        <translation>%1 Filmtabletten</translation>
    </message>
    <message>
        <source>%1 capsule</source>
        <translation>%1 Kapsel</translation>
    </message>
    <message>
        <source>%1 capsules</source>
        <translation>%1 Kapseln</translation>
    </message>
    <message>
        <source>a number of %1s such as &apos;1 %1&apos;, &apos;2 %1s&apos; or &apos;2&apos; (one %1 is %2), in quarters from 0.25 to %3; or the %4 in the dose, such as &apos;%5mg&apos; for one %1</source>
        <extracomment>How a dose of a combination product may be typed. %1: the unit as typed (tablet, caplet, capsule; keep it and the quoted examples in English: they are what the person types), %2: what one unit holds, %3: the most units in one dose, %4: the first ingredient, %5: its milligrams in one unit.</extracomment>
        <translation>eine Anzahl Einheiten, geschrieben als &apos;1 %1&apos;, &apos;2 %1s&apos; oder &apos;2&apos; (eine Einheit, %1, enthält %2), in Vierteln von 0.25 bis %3; oder die Menge %4 in der Dosis, etwa &apos;%5mg&apos; für eine Einheit (%1)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 would be %4)</source>
        <extracomment>%1: how a dose may be typed, %2: the amount typed (such as 10 mg), %3: the ingredient, %4: the number of units it makes.</extracomment>
        <translation>%1 (%2 %3 wären %4)</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>A count of units that is not a whole number of quarters: %1 such as 1.33 tablets.</extracomment>
        <translation>etwa %1</translation>
    </message>
</context>
<context>
    <name>relief::core::checkins</name>
    <message>
        <source>day %1 of %2</source>
        <extracomment>Why the impression of change is asked now: %1 the day of the course, %2 the medication.</extracomment>
        <translation>Tag %1 mit %2</translation>
    </message>
    <message>
        <source>week %1 of this pain episode</source>
        <extracomment>Why the impression of change is asked now: %1 the week of the episode of pain.</extracomment>
        <translation>Woche %1 dieser Schmerzphase</translation>
    </message>
</context>
<context>
    <name>relief::core::dose_slot</name>
    <message>
        <source>taken</source>
        <extracomment>What became of a scheduled dose.</extracomment>
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
</context>
<context>
    <name>relief::core::drug_class</name>
    <message>
        <source>muscle relaxant (for spasms or stiffness)</source>
        <translation>Muskelrelaxans (bei Spasmen oder Steifheit)</translation>
    </message>
    <message>
        <source>antispasmodic muscle relaxant (for sudden spasms)</source>
        <translation>krampflösendes Muskelrelaxans (bei plötzlichen Spasmen)</translation>
    </message>
    <message>
        <source>antispastic (for spasticity, as in MS)</source>
        <translation>Antispastikum (bei Spastik, etwa bei MS)</translation>
    </message>
    <message>
        <source>short-term medicine (acute)</source>
        <translation>Medikament für kurze Zeit (akut)</translation>
    </message>
    <message>
        <source>long-term medicine (chronic)</source>
        <translation>Medikament für lange Zeit (chronisch)</translation>
    </message>
    <message>
        <source>relative of the tricyclic antidepressants (TCA-like)</source>
        <translation>verwandt mit den trizyklischen Antidepressiva (TZA-ähnlich)</translation>
    </message>
    <message>
        <source>controlled medicine (schedule IV)</source>
        <translation>kontrolliertes Medikament (Schedule IV)</translation>
    </message>
    <message>
        <source>benzodiazepine (such as diazepam or lorazepam)</source>
        <translation>Benzodiazepin (etwa Diazepam oder Lorazepam)</translation>
    </message>
    <message>
        <source>sleep medicine or sedative</source>
        <translation>Schlafmittel oder Beruhigungsmittel</translation>
    </message>
    <message>
        <source>pain reliever (analgesic, such as acetaminophen)</source>
        <translation>Schmerzmittel (Analgetikum, etwa Paracetamol)</translation>
    </message>
    <message>
        <source>anti-inflammatory pain reliever (NSAID, such as ibuprofen)</source>
        <translation>entzündungshemmendes Schmerzmittel (NSAR, etwa Ibuprofen)</translation>
    </message>
    <message>
        <source>nerve pain medicine (gabapentin or pregabalin)</source>
        <translation>Medikament gegen Nervenschmerzen (Gabapentin oder Pregabalin)</translation>
    </message>
    <message>
        <source>tricyclic antidepressant (such as amitriptyline)</source>
        <translation>trizyklisches Antidepressivum (etwa Amitriptylin)</translation>
    </message>
    <message>
        <source>opioid pain medicine</source>
        <translation>opioides Schmerzmittel</translation>
    </message>
    <message>
        <source>medicine that raises serotonin (serotonergic)</source>
        <translation>Medikament, das Serotonin erhöht (serotonerg)</translation>
    </message>
    <message>
        <source>SSRI antidepressant (such as sertraline)</source>
        <translation>SSRI-Antidepressivum (etwa Sertralin)</translation>
    </message>
    <message>
        <source>SNRI antidepressant (such as duloxetine)</source>
        <translation>SNRI-Antidepressivum (etwa Duloxetin)</translation>
    </message>
    <message>
        <source>MAOI (an antidepressant, Parkinson&apos;s medicine or linezolid)</source>
        <translation>MAO-Hemmer (ein Antidepressivum, Parkinson-Medikament oder Linezolid)</translation>
    </message>
    <message>
        <source>strong CYP1A2 inhibitor (fluvoxamine, ciprofloxacin)</source>
        <translation>starker CYP1A2-Hemmer (Fluvoxamin, Ciprofloxacin)</translation>
    </message>
    <message>
        <source>medicine that raises tizanidine levels (CYP1A2 inhibitor)</source>
        <translation>Medikament, das den Tizanidin-Spiegel erhöht (CYP1A2-Hemmer)</translation>
    </message>
    <message>
        <source>water pill (diuretic)</source>
        <translation>Entwässerungstablette (Diuretikum)</translation>
    </message>
    <message>
        <source>cholesterol medicine (statin)</source>
        <translation>Cholesterinsenker (Statin)</translation>
    </message>
    <message>
        <source>asthma or COPD inhaler (beta-agonist)</source>
        <translation>Inhalator bei Asthma oder COPD (Beta-Agonist)</translation>
    </message>
    <message>
        <source>medicine that causes drowsiness (CNS depressant)</source>
        <translation>Medikament, das müde macht (ZNS-dämpfend)</translation>
    </message>
    <message>
        <source>another kind of medicine (other)</source>
        <translation>eine andere Art Medikament (other)</translation>
    </message>
    <message>
        <source>one of %1</source>
        <extracomment>%1: the class names a person may type (they stay as they are), %2: the closest of them.</extracomment>
        <translation>eines von: %1</translation>
    </message>
    <message>
        <source>one of %1 (did you mean %2?)</source>
        <translation>eines von: %1 (meinten Sie %2?)</translation>
    </message>
</context>
<context>
    <name>relief::core::entry</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>a canonical name</source>
        <translation>ein Name aus der Liste</translation>
    </message>
    <message>
        <source>&apos;taken&apos; or &apos;skipped&apos;</source>
        <translation>&apos;taken&apos; oder &apos;skipped&apos;</translation>
    </message>
    <message>
        <source>&apos;mild&apos;, &apos;moderate&apos; or &apos;severe&apos;</source>
        <translation>&apos;mild&apos;, &apos;moderate&apos; oder &apos;severe&apos;</translation>
    </message>
    <message>
        <source>very much improved</source>
        <translation>sehr viel besser</translation>
    </message>
    <message>
        <source>much improved</source>
        <translation>viel besser</translation>
    </message>
    <message>
        <source>minimally improved</source>
        <translation>etwas besser</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Veränderung</translation>
    </message>
    <message>
        <source>minimally worse</source>
        <translation>etwas schlechter</translation>
    </message>
    <message>
        <source>much worse</source>
        <translation>viel schlechter</translation>
    </message>
    <message>
        <source>very much worse</source>
        <translation>sehr viel schlechter</translation>
    </message>
    <message>
        <source>1 very much improved, 2 much improved, 3 minimally improved, 4 no change, 5 minimally worse, 6 much worse, 7 very much worse</source>
        <extracomment>The person may type the number or these English words: keep the numbers and what each one means.</extracomment>
        <translation>eine Zahl von 1 bis 7 (1 sehr viel besser, 2 viel besser, 3 etwas besser, 4 keine Veränderung, 5 etwas schlechter, 6 viel schlechter, 7 sehr viel schlechter)</translation>
    </message>
    <message>
        <source>hours slept, such as 7, 6.5h, 6h30 or 6:30 (0 to 24 hours)</source>
        <translation>die geschlafenen Stunden, etwa 7, 6.5h, 6h30 oder 6:30 (0 bis 24 Stunden)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A length of sleep under an hour; %1 is the minutes.</extracomment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A length of sleep: %1 hours and %2 minutes.</extracomment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A length of sleep in whole hours.</extracomment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>yes (met) or no (not met)</source>
        <translation>yes (erreicht) oder no (nicht erreicht)</translation>
    </message>
    <message>
        <source>a medication in the journal</source>
        <translation>ein Medikament aus dem Tagebuch</translation>
    </message>
    <message>
        <source>more than zero</source>
        <translation>mehr als null</translation>
    </message>
    <message>
        <source>(text with control characters)</source>
        <translation>(Text mit Steuerzeichen)</translation>
    </message>
    <message>
        <source>plain text: letters, numbers, punctuation, line breaks</source>
        <translation>einfacher Text: Buchstaben, Zahlen, Satzzeichen, Zeilenumbrüche</translation>
    </message>
    <message>
        <source>text of 1 to %1 characters</source>
        <translation>ein Text mit 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>a short phrase on one line</source>
        <translation>ein kurzer Satz in einer Zeile</translation>
    </message>
    <message>
        <source>a phrase of 1 to %1 characters</source>
        <translation>ein Satz mit 1 bis %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>relief::core::entry_edit</name>
    <message>
        <source>field of a %1 entry</source>
        <extracomment>%1: the kind of entry as the program names it (dose, pain, sleep...).</extracomment>
        <translation>Feld eines Eintrags vom Typ %1</translation>
    </message>
</context>
<context>
    <name>relief::core::entry_record</name>
    <message>
        <source>a value for a %1 entry</source>
        <translation>ein Wert für einen Eintrag vom Typ %1</translation>
    </message>
    <message>
        <source>a small whole number</source>
        <translation>eine kleine ganze Zahl</translation>
    </message>
    <message>
        <source>&apos;met&apos; or &apos;not-met&apos;</source>
        <translation>&apos;met&apos; oder &apos;not-met&apos;</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von: %1</translation>
    </message>
</context>
<context>
    <name>relief::core::entry_text</name>
    <message>
        <source>left %1</source>
        <extracomment>A paired part of the body: %1 such as calf, knee.</extracomment>
        <translation>%1 links</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>%1 rechts</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittelstark</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>The pain scale&apos;s words: 0 none, 1-3 mild, 4-6 moderate, 7-9 severe, 10 worst imaginable.</extracomment>
        <translation>kein Schmerz</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>der schlimmste vorstellbare</translation>
    </message>
    <message>
        <source>%1/10 (%2)</source>
        <extracomment>A pain score out of 10 and its word: 7/10 (severe).</extracomment>
        <translation>%1/10 (%2)</translation>
    </message>
    <message>
        <source>muscle relaxant</source>
        <translation>Muskelrelaxans</translation>
    </message>
    <message>
        <source>antispasmodic</source>
        <translation>Spasmolytikum</translation>
    </message>
    <message>
        <source>antispastic</source>
        <translation>Antispastikum</translation>
    </message>
    <message>
        <source>NSAID</source>
        <translation>NSAR</translation>
    </message>
    <message>
        <source>analgesic</source>
        <translation>Analgetikum</translation>
    </message>
    <message>
        <source>opioid</source>
        <translation>Opioid</translation>
    </message>
    <message>
        <source>benzodiazepine</source>
        <translation>Benzodiazepin</translation>
    </message>
    <message>
        <source>sedative</source>
        <translation>Beruhigungsmittel</translation>
    </message>
    <message>
        <source>gabapentinoid</source>
        <translation>Gabapentinoid</translation>
    </message>
    <message>
        <source>tricyclic</source>
        <translation>Trizyklikum</translation>
    </message>
    <message>
        <source>SSRI</source>
        <translation>SSRI</translation>
    </message>
    <message>
        <source>SNRI</source>
        <translation>SNRI</translation>
    </message>
    <message>
        <source>MAOI</source>
        <translation>MAO-Hemmer</translation>
    </message>
    <message>
        <source>diuretic</source>
        <translation>Diuretikum</translation>
    </message>
    <message>
        <source>statin</source>
        <translation>Statin</translation>
    </message>
    <message>
        <source>beta agonist</source>
        <translation>Beta-Agonist</translation>
    </message>
    <message>
        <source>other</source>
        <extracomment>The class of a medicine that is none of the listed ones.</extracomment>
        <translation>andere</translation>
    </message>
    <message>
        <source>medication %1</source>
        <extracomment>A medication no longer in the list, by its number.</extracomment>
        <translation>Medikament %1</translation>
    </message>
    <message>
        <source>dose: %1 %2 skipped</source>
        <extracomment>%1: the medication, %2: the amount (such as 10 mg).</extracomment>
        <translation>Dosis: %1 %2 ausgelassen</translation>
    </message>
    <message>
        <source>dose: %1 %2 taken</source>
        <translation>Dosis: %1 %2 eingenommen</translation>
    </message>
    <message>
        <source>pain %1: %2; %3</source>
        <extracomment>%1: the score (7/10 (severe)), %2: where, %3: what it is like.</extracomment>
        <translation>Schmerz %1: %2; %3</translation>
    </message>
    <message>
        <source>pain %1: %2</source>
        <extracomment>%1: the score (7/10 (severe)), %2: where it hurts or what it is like.</extracomment>
        <translation>Schmerz %1: %2</translation>
    </message>
    <message>
        <source>pain %1</source>
        <translation>Schmerz %1</translation>
    </message>
    <message>
        <source>side effect: %1 (%2)</source>
        <extracomment>%1: the side effect, %2: mild, moderate or severe.</extracomment>
        <translation>Nebenwirkung: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>How long a cramp lasted.</extracomment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>severity %1/10</source>
        <translation>Stärke %1/10</translation>
    </message>
    <message>
        <source>cramp</source>
        <translation>Krampf</translation>
    </message>
    <message>
        <source>cramp: %1</source>
        <extracomment>%1: where, how long and how bad, as known.</extracomment>
        <translation>Krampf: %1</translation>
    </message>
    <message>
        <source>measure: %1, %2 min</source>
        <extracomment>Something done against the pain: %1 such as heat, %2 minutes.</extracomment>
        <translation>Maßnahme: %1, %2 Min.</translation>
    </message>
    <message>
        <source>measure: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
    <message numerus="yes">
        <source>fluids: %n glass</source>
        <translation>
            <numerusform>Flüssigkeit: %n Glas</numerusform>
            <numerusform>Flüssigkeit: %n Gläser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fluids: %n glasses</source>
        <translation>
            <numerusform>Flüssigkeit: %n Glas</numerusform>
            <numerusform>Flüssigkeit: %n Gläser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>alcohol: %n drink</source>
        <translation>
            <numerusform>Alkohol: %n Getränk</numerusform>
            <numerusform>Alkohol: %n Getränke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>alcohol: %n drinks</source>
        <translation>
            <numerusform>Alkohol: %n Getränk</numerusform>
            <numerusform>Alkohol: %n Getränke</numerusform>
        </translation>
    </message>
    <message>
        <source>symptom: %1</source>
        <translation>Symptom: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <extracomment>A note the person wrote; %1 is the note itself.</extracomment>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>PEG %1: pain %2, enjoyment of life %3, general activity %4</source>
        <extracomment>The PEG scale (Pain, Enjoyment of life, General activity, each 0-10): %1 the mean score, %2 pain, %3 enjoyment of life, %4 general activity.</extracomment>
        <translation>PEG %1: Schmerz %2, Lebensfreude %3, allgemeine Aktivität %4</translation>
    </message>
    <message>
        <source>sleep: %1, quality %2/10</source>
        <extracomment>%1: hours slept (such as 6 h 30 min), %2: the quality of sleep from 0 to 10.</extracomment>
        <translation>Schlaf: %1, Qualität %2/10</translation>
    </message>
    <message>
        <source>sleep: %1</source>
        <translation>Schlaf: %1</translation>
    </message>
    <message>
        <source>goal met: %1</source>
        <extracomment>A goal of the day checked; %1 is the goal in the person&apos;s words.</extracomment>
        <translation>Ziel erreicht: %1</translation>
    </message>
    <message>
        <source>goal not met: %1</source>
        <translation>Ziel nicht erreicht: %1</translation>
    </message>
    <message>
        <source>global impression of change: %1 (%2/7)</source>
        <extracomment>The patient&apos;s global impression of change: %1 the answer (such as much improved), %2 its number of 7.</extracomment>
        <translation>Gesamteindruck der Veränderung: %1 (%2/7)</translation>
    </message>
</context>
<context>
    <name>relief::core::errors</name>
    <message>
        <source>invalid %1 &apos;%2&apos;: expected %3</source>
        <extracomment>An input a person gave was refused. %1: the field (or the option the person typed), %2: the value as typed, %3: what is allowed there.</extracomment>
        <translation>ungültige Angabe bei %1: &apos;%2&apos;; erwartet: %3</translation>
    </message>
</context>
<context>
    <name>relief::core::fields</name>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>maximum per day</source>
        <translation>Tageshöchstmenge</translation>
    </message>
    <message>
        <source>drug class</source>
        <translation>Medikamentenklasse</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>bei Bedarf</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>stop date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Change it on the Medications page</source>
        <translation>Ändern Sie es auf der Seite Medikamente</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>UTC time</source>
        <translation>UTC-Zeit</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>drug</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>medication name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <source>ingredient</source>
        <translation>Wirkstoff</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Einnahmeplan</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>body location</source>
        <translation>Körperstelle</translation>
    </message>
    <message>
        <source>pain quality</source>
        <translation>Art des Schmerzes</translation>
    </message>
    <message>
        <source>side effect</source>
        <translation>Nebenwirkung</translation>
    </message>
    <message>
        <source>symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>hours slept</source>
        <translation>geschlafene Stunden</translation>
    </message>
    <message>
        <source>sleep quality</source>
        <translation>Schlafqualität</translation>
    </message>
    <message>
        <source>PEG pain</source>
        <translation>PEG Schmerz</translation>
    </message>
    <message>
        <source>PEG enjoyment of life</source>
        <translation>PEG Lebensfreude</translation>
    </message>
    <message>
        <source>PEG general activity</source>
        <translation>PEG allgemeine Aktivität</translation>
    </message>
    <message>
        <source>pain score</source>
        <translation>Schmerzwert</translation>
    </message>
    <message>
        <source>cramp minutes</source>
        <translation>Dauer des Krampfs in Minuten</translation>
    </message>
    <message>
        <source>cramp severity</source>
        <translation>Stärke des Krampfs</translation>
    </message>
    <message>
        <source>measure minutes</source>
        <translation>Dauer der Maßnahme in Minuten</translation>
    </message>
    <message>
        <source>glasses of fluid</source>
        <translation>Gläser Flüssigkeit</translation>
    </message>
    <message>
        <source>alcoholic drinks</source>
        <translation>alkoholische Getränke</translation>
    </message>
    <message>
        <source>sleep minutes</source>
        <translation>Schlafminuten</translation>
    </message>
    <message>
        <source>global impression of change</source>
        <translation>Gesamteindruck der Veränderung</translation>
    </message>
</context>
<context>
    <name>relief::core::goals</name>
    <message>
        <source>a goal added first (&apos;relief goal add &quot;walk the dog 20 minutes&quot;&apos;)</source>
        <extracomment>The command stays as it is: it is what the person types.</extracomment>
        <translation>zuerst ein Ziel hinzuzufügen (&apos;relief goal add &quot;walk the dog 20 minutes&quot;&apos;)</translation>
    </message>
    <message>
        <source>a goal you do not have yet: it is goal %1</source>
        <translation>ein Ziel, das Sie noch nicht haben: es ist bereits Ziel %1</translation>
    </message>
    <message>
        <source>at most %1 goals at a time; remove one first (&apos;relief goal remove 1&apos;)</source>
        <extracomment>%1: how many goals one may have. The command stays as it is.</extracomment>
        <translation>höchstens %1 Ziele gleichzeitig; entfernen Sie zuerst eines (&apos;relief goal remove 1&apos;)</translation>
    </message>
</context>
<context>
    <name>relief::core::medication</name>
    <message>
        <source>%1 from %2</source>
        <extracomment>A field of a prescription change: %1 the field (such as dose), %2 the day it starts.
----------
A prescription and the day it started: %1 such as &quot;10 mg at 08:00&quot;, %2 the day.</extracomment>
        <translation>%1 ab dem %2</translation>
    </message>
    <message>
        <source>a dose of more than zero</source>
        <translation>eine Dosis größer als null</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>dose times such as 08:00,20:00 (%1), or %2</source>
        <translation>Einnahmezeiten wie 08:00,20:00 (%1) oder %2</translation>
    </message>
    <message>
        <source>a name in Unicode composed form (NFC)</source>
        <translation>ein Name in zusammengesetzter Unicode-Form (NFC)</translation>
    </message>
    <message>
        <source>a name of 1 to %1 characters</source>
        <translation>ein Name mit 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>(text with control characters)</source>
        <translation>(Text mit Steuerzeichen)</translation>
    </message>
    <message>
        <source>plain text: letters, numbers, punctuation</source>
        <translation>einfacher Text: Buchstaben, Zahlen, Satzzeichen</translation>
    </message>
    <message>
        <source>the drug&apos;s ingredient name</source>
        <translation>der Name des Wirkstoffs</translation>
    </message>
    <message>
        <source>a day on or after the start date %1</source>
        <translation>ein Tag am oder nach dem Startdatum %1</translation>
    </message>
    <message>
        <source>a day after the start date %1</source>
        <translation>ein Tag nach dem Startdatum %1</translation>
    </message>
    <message>
        <source>one prescription change a day, each after the one before (%1)</source>
        <translation>eine Änderung der Verordnung pro Tag, jede nach der vorigen (%1)</translation>
    </message>
    <message>
        <source>a day on or after its last prescription change, from %1 (or remove that change first)</source>
        <translation>ein Tag am oder nach der letzten Änderung der Verordnung ab dem %1 (oder entfernen Sie zuerst diese Änderung)</translation>
    </message>
    <message>
        <source>at least one dose (%1)</source>
        <translation>mindestens eine Dosis (%1)</translation>
    </message>
    <message>
        <source>the first day of a prescription change, but %1 has none</source>
        <translation>der erste Tag einer Änderung der Verordnung, aber %1 hat keine</translation>
    </message>
    <message>
        <source>the first day of one of %1&apos;s prescription changes: %2</source>
        <translation>der erste Tag einer der Änderungen der Verordnung von %1: %2</translation>
    </message>
    <message>
        <source>before: %1</source>
        <extracomment>The prescriptions before the current one, the latest first; %1 is one of them.</extracomment>
        <translation>vorher: %1</translation>
    </message>
    <message>
        <source>then: %1</source>
        <extracomment>The prescriptions after the current one; %1 is the first of them.</extracomment>
        <translation>danach: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The prescription in force, then the others in brackets.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>relief::core::medication_input</name>
    <message>
        <source>no class: %1 is %2, which the catalogue knows</source>
        <translation>keine Klasse: %1 ist %2, das der Katalog kennt</translation>
    </message>
    <message>
        <source>a drug the catalogue knows; to add one it does not know, choose its class (%1, for example &apos;other&apos;)</source>
        <translation>ein Medikament, das der Katalog kennt; um eines hinzuzufügen, das er nicht kennt, wählen Sie seine Klasse (%1, zum Beispiel &apos;other&apos;)</translation>
    </message>
    <message>
        <source>a drug the catalogue knows (did you mean %1?); to add one it does not know, choose its class (%2, for example &apos;other&apos;)</source>
        <translation>ein Medikament, das der Katalog kennt (meinten Sie %1?); um eines hinzuzufügen, das er nicht kennt, wählen Sie seine Klasse (%2, zum Beispiel &apos;other&apos;)</translation>
    </message>
    <message>
        <source>a medication not already in your list: %1 is there from %2. %3, or stop it and add it again from a later day</source>
        <extracomment>%1: the medication, %2: the day it starts, %3: how to change it (a sentence).</extracomment>
        <translation>ein Medikament, das noch nicht in Ihrer Liste steht: %1 steht dort ab dem %2. %3, oder beenden Sie es und fügen Sie es ab einem späteren Tag neu hinzu</translation>
    </message>
</context>
<context>
    <name>relief::core::prescription</name>
    <message>
        <source>%1 as needed</source>
        <extracomment>A dose taken only when needed; %1 the amount (such as 400 mg).</extracomment>
        <translation>%1 bei Bedarf</translation>
    </message>
    <message>
        <source>%1 at %2, plus as needed</source>
        <extracomment>%1 the amount (such as 5 mg), %2 the times of day (08:00, 20:00); more when needed.</extracomment>
        <translation>%1 um %2, zusätzlich bei Bedarf</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 the amount (such as 5 mg), %2 the times of day (08:00, 14:00, 20:00).</extracomment>
        <translation>%1 um %2</translation>
    </message>
</context>
<context>
    <name>relief::core::prescription_input</name>
    <message>
        <source>a day after %1 started (%2)</source>
        <translation>ein Tag nach dem Beginn von %1 (%2)</translation>
    </message>
    <message>
        <source>a day on or before %1&apos;s stop date %2</source>
        <translation>ein Tag am oder vor dem Enddatum von %1, %2</translation>
    </message>
    <message>
        <source>dose times such as 08:00,20:00, or %1 (or both)</source>
        <translation>Einnahmezeiten wie 08:00,20:00 oder %1 (oder beides)</translation>
    </message>
    <message>
        <source>at most the maximum per day, %1</source>
        <translation>höchstens die Tageshöchstmenge, %1</translation>
    </message>
    <message>
        <source>a change to the prescription before %1 (%2): a new dose, times or %3</source>
        <extracomment>%1: the day, %2: the prescription before it, %3: the as-needed field.</extracomment>
        <translation>eine Änderung gegenüber der Verordnung vor dem %1 (%2): eine neue Dosis, neue Zeiten oder %3</translation>
    </message>
    <message>
        <source>a change to the prescription from %1, which is already %2</source>
        <translation>eine Änderung der Verordnung ab dem %1, die bereits %2 lautet</translation>
    </message>
</context>
<context>
    <name>relief::core::profile</name>
    <message>
        <source>a day from %1 to %2</source>
        <translation>ein Tag vom %1 bis %2</translation>
    </message>
    <message>
        <source>text without control characters such as tabs or line breaks</source>
        <translation>ein Text ohne Steuerzeichen wie Tabulatoren oder Zeilenumbrüche</translation>
    </message>
    <message>
        <source>text without leading or trailing spaces</source>
        <translation>ein Text ohne Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>the year of the date of birth %1 (%2)</source>
        <extracomment>%1: the date of birth, %2: its year.</extracomment>
        <translation>das Jahr des Geburtsdatums %1 (%2)</translation>
    </message>
</context>
<context>
    <name>relief::core::reminder_settings</name>
    <message>
        <source>off, or two times such as 22:00-07:00 (from, to; over midnight is fine)</source>
        <translation>off oder zwei Uhrzeiten wie 22:00-07:00 (von, bis; über Mitternacht ist möglich)</translation>
    </message>
    <message>
        <source>two different times, such as 22:00-07:00, or off</source>
        <translation>zwei verschiedene Uhrzeiten wie 22:00-07:00 oder off</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes oder no</translation>
    </message>
    <message>
        <source>remind while the app is closed (the service must be running)</source>
        <translation>auch erinnern, wenn die App geschlossen ist (der Dienst muss laufen)</translation>
    </message>
    <message>
        <source>0 to 120 (0: never repeat)</source>
        <translation>0 bis 120 (0: nie wiederholen)</translation>
    </message>
    <message>
        <source>repeat an unanswered reminder every this many minutes</source>
        <translation>eine unbeantwortete Erinnerung alle so viele Minuten wiederholen</translation>
    </message>
    <message>
        <source>0 to 12</source>
        <translation>0 bis 12</translation>
    </message>
    <message>
        <source>repeats after the first reminder, then it stops asking</source>
        <translation>Wiederholungen nach der ersten Erinnerung, danach fragt sie nicht mehr</translation>
    </message>
    <message>
        <source>0 to 120 (0: none)</source>
        <translation>0 bis 120 (0: keiner)</translation>
    </message>
    <message>
        <source>a heads-up this many minutes before a dose</source>
        <translation>ein Vorab-Hinweis so viele Minuten vor einer Dosis</translation>
    </message>
    <message>
        <source>1 to 120</source>
        <translation>1 bis 120</translation>
    </message>
    <message>
        <source>how long Snooze waits</source>
        <translation>wie lange „Später erinnern“ wartet</translation>
    </message>
    <message>
        <source>off, or 22:00-07:00</source>
        <translation>off oder 22:00-07:00</translation>
    </message>
    <message>
        <source>no reminder sounds in these hours</source>
        <translation>in diesen Stunden ertönt keine Erinnerung</translation>
    </message>
    <message>
        <source>say &quot;a dose is due&quot; without the medication&apos;s name</source>
        <translation>„Eine Dosis ist fällig“ ohne den Namen des Medikaments anzeigen</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von: %1</translation>
    </message>
</context>
<context>
    <name>relief::core::reminder_text</name>
    <message>
        <source>A dose</source>
        <translation>Eine Dosis</translation>
    </message>
    <message>
        <source>a dose</source>
        <translation>eine Dosis</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>One dose of a reminder: %1 the medication and amount (or A dose), %2 the time.</extracomment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>While the computer was asleep</source>
        <translation>Während der Computer im Ruhezustand war</translation>
    </message>
    <message>
        <source>Not logged:</source>
        <extracomment>A heading above the doses not logged while the computer was asleep.</extracomment>
        <translation>Nicht erfasst:</translation>
    </message>
    <message>
        <source>Due now:</source>
        <extracomment>A heading above the doses due now.</extracomment>
        <translation>Jetzt fällig:</translation>
    </message>
    <message>
        <source>Did you take it?</source>
        <translation>Haben Sie sie eingenommen?</translation>
    </message>
    <message>
        <source>Did you take them?</source>
        <translation>Haben Sie sie eingenommen?</translation>
    </message>
    <message>
        <source>Coming up at %1: %2</source>
        <extracomment>%1: the time, %2: the medication and amount.</extracomment>
        <translation>Demnächst um %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dose is coming up</source>
        <translation>
            <numerusform>%n Dosis steht bald an</numerusform>
            <numerusform>%n Dosen stehen bald an</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses are coming up</source>
        <translation>
            <numerusform>%n Dosis steht bald an</numerusform>
            <numerusform>%n Dosen stehen bald an</numerusform>
        </translation>
    </message>
    <message>
        <source>A dose is still due</source>
        <translation>Eine Dosis ist noch fällig</translation>
    </message>
    <message>
        <source>A dose is due</source>
        <translation>Eine Dosis ist fällig</translation>
    </message>
    <message>
        <source>Still due: %1</source>
        <extracomment>%1: the medication and amount, such as Flexeril 5 mg.</extracomment>
        <translation>Noch fällig: %1</translation>
    </message>
    <message>
        <source>Time for %1</source>
        <translation>Zeit für %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dose is still due</source>
        <translation>
            <numerusform>%n Dosis ist noch fällig</numerusform>
            <numerusform>%n Dosen sind noch fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses are still due</source>
        <translation>
            <numerusform>%n Dosis ist noch fällig</numerusform>
            <numerusform>%n Dosen sind noch fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dose is due</source>
        <translation>
            <numerusform>%n Dosis ist fällig</numerusform>
            <numerusform>%n Dosen sind fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses are due</source>
        <translation>
            <numerusform>%n Dosis ist fällig</numerusform>
            <numerusform>%n Dosen sind fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Coming up:</source>
        <extracomment>A heading above the doses coming up soon.</extracomment>
        <translation>Demnächst:</translation>
    </message>
    <message>
        <source>Taken all</source>
        <extracomment>Buttons of a reminder: the dose was taken (all of the doses shown, when several).</extracomment>
        <translation>Alle eingenommen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <source>Skip all</source>
        <extracomment>Buttons of a reminder: the dose is skipped (all of them, when several).</extracomment>
        <translation>Alle auslassen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <extracomment>A button: remind again in %1 minutes.</extracomment>
        <translation>Später erinnern (%1 Min.)</translation>
    </message>
    <message>
        <source>%1 today</source>
        <extracomment>%1: a time of day.</extracomment>
        <translation>%1 heute</translation>
    </message>
    <message>
        <source>%1 tomorrow</source>
        <translation>%1 morgen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1: a time of day, %2: the day.</extracomment>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A dose in the tray&apos;s menu: %1 the medication and amount (or A dose), %2 its time.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The next dose in the tray: %1 when (such as 20:00 today), %2 the medication and amount.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (scheduled %2)</source>
        <extracomment>%1: the medication and amount, %2: the time it is scheduled.</extracomment>
        <translation>%1 (geplant um %2)</translation>
    </message>
    <message>
        <source>%1: a heads-up for %2</source>
        <extracomment>The next reminder; %1: when (such as 20:00 today), %2: the dose and its scheduled time.</extracomment>
        <translation>%1: Vorab-Hinweis für %2</translation>
    </message>
    <message>
        <source>%1: a repeat for %2, not yet answered</source>
        <translation>%1: Wiederholung für %2, noch nicht beantwortet</translation>
    </message>
    <message>
        <source>%1: what was missed while asleep, first %2</source>
        <translation>%1: was im Ruhezustand verpasst wurde, zuerst %2</translation>
    </message>
    <message>
        <source>%1: %2 is due</source>
        <translation>%1: %2 ist fällig</translation>
    </message>
    <message>
        <source>%1, snoozed</source>
        <extracomment>%1: the next reminder, which was snoozed.</extracomment>
        <translation>%1, auf später verschoben</translation>
    </message>
    <message>
        <source>%1, held back by quiet hours</source>
        <extracomment>%1: the next reminder, which quiet hours moved.</extracomment>
        <translation>%1, wegen Ruhezeit zurückgehalten</translation>
    </message>
</context>
<context>
    <name>relief::core::schedule</name>
    <message>
        <source>each time once, such as 08:00,14:00,20:00</source>
        <translation>jede Uhrzeit nur einmal, etwa 08:00,14:00,20:00</translation>
    </message>
    <message>
        <source>at most 24 times a day</source>
        <translation>höchstens 24 Zeiten am Tag</translation>
    </message>
</context>
<context>
    <name>relief::core::suggest</name>
    <message>
        <source>or</source>
        <extracomment>The last joiner of a list of choices: &apos;a&apos;, &apos;b&apos; or &apos;c&apos;.</extracomment>
        <translation>oder</translation>
    </message>
    <message>
        <source>and</source>
        <extracomment>The last joiner of a list: &apos;a&apos;, &apos;b&apos; and &apos;c&apos;.</extracomment>
        <translation>und</translation>
    </message>
</context>
<context>
    <name>relief::core::thresholds</name>
    <message>
        <source>gap in days that does not break a course</source>
        <translation>Tage Pause, die eine Behandlung nicht unterbrechen</translation>
    </message>
    <message>
        <source>days used (of the regular-use window) for regular use</source>
        <translation>Einnahmetage (im Zeitraum für regelmäßige Einnahme), die als regelmäßige Einnahme zählen</translation>
    </message>
    <message>
        <source>regular-use window in days</source>
        <translation>Zeitraum für regelmäßige Einnahme in Tagen</translation>
    </message>
    <message>
        <source>pain window in days</source>
        <translation>Schmerzzeitraum in Tagen</translation>
    </message>
    <message>
        <source>logged days a window mean needs</source>
        <translation>erfasste Tage, die ein Zeitraum-Mittelwert braucht</translation>
    </message>
    <message>
        <source>logged days that make the baseline</source>
        <translation>erfasste Tage, die den Ausgangswert bilden</translation>
    </message>
    <message>
        <source>points below baseline that count as improvement</source>
        <translation>Punkte unter dem Ausgangswert, die als Besserung zählen</translation>
    </message>
    <message>
        <source>percent below baseline that counts as improvement</source>
        <translation>Prozent unter dem Ausgangswert, die als Besserung zählen</translation>
    </message>
    <message>
        <source>pain that starts an episode</source>
        <translation>Schmerz, der eine Schmerzphase beginnt</translation>
    </message>
    <message>
        <source>pain at or below which days count towards an episode&apos;s end</source>
        <translation>Schmerz, bei dem oder unter dem Tage zum Ende einer Schmerzphase zählen</translation>
    </message>
    <message>
        <source>low days in a row that end an episode</source>
        <translation>Tage mit wenig Schmerz in Folge, die eine Schmerzphase beenden</translation>
    </message>
    <message>
        <source>days without pain logged that end an episode</source>
        <translation>Tage ohne erfassten Schmerz, die eine Schmerzphase beenden</translation>
    </message>
    <message>
        <source>course day of the 2-week note for acute relaxants</source>
        <translation>Behandlungstag des Hinweises nach 2 Wochen bei akuten Muskelrelaxanzien</translation>
    </message>
    <message>
        <source>course day of the 3-week warning</source>
        <translation>Behandlungstag der Warnung nach 3 Wochen</translation>
    </message>
    <message>
        <source>course day by which cyclobenzaprine should help</source>
        <translation>Behandlungstag, bis zu dem Cyclobenzaprin helfen sollte</translation>
    </message>
    <message>
        <source>episode day for re-assessment</source>
        <translation>Tag der Schmerzphase für die ärztliche Neubeurteilung</translation>
    </message>
    <message>
        <source>PEG improvement that counts (IMMPACT: 30 %)</source>
        <translation>PEG-Besserung, die zählt (IMMPACT: 30 %)</translation>
    </message>
    <message>
        <source>relaxant course day to judge by the PEG</source>
        <translation>Behandlungstag mit dem Muskelrelaxans, an dem nach dem PEG beurteilt wird</translation>
    </message>
    <message>
        <source>days a PEG answer stays current</source>
        <translation>Tage, die eine PEG-Antwort aktuell bleibt</translation>
    </message>
    <message>
        <source>episode day when re-assessment is overdue</source>
        <translation>Tag der Schmerzphase, ab dem die ärztliche Neubeurteilung überfällig ist</translation>
    </message>
    <message>
        <source>rise in the weekly mean that counts as worsening</source>
        <translation>Anstieg des Wochenmittels, der als Verschlechterung zählt</translation>
    </message>
    <message>
        <source>percent of the daily maximum that is urgent</source>
        <translation>Prozent der Tageshöchstmenge, ab dem es dringend ist</translation>
    </message>
    <message>
        <source>hours between tizanidine and a CYP1A2 inhibitor</source>
        <translation>Stunden zwischen Tizanidin und einem CYP1A2-Hemmer</translation>
    </message>
    <message>
        <source>days after an MAOI when cyclobenzaprine is unsafe</source>
        <translation>Tage nach einem MAO-Hemmer, in denen Cyclobenzaprin nicht sicher ist</translation>
    </message>
    <message>
        <source>age from which acute relaxants need extra care</source>
        <translation>Alter, ab dem akute Muskelrelaxanzien besondere Vorsicht brauchen</translation>
    </message>
    <message>
        <source>days of regular tizanidine before a stop matters</source>
        <translation>Tage regelmäßiger Einnahme von Tizanidin, ab denen ein Absetzen zählt</translation>
    </message>
    <message>
        <source>days without an acute muscle relaxant that do not end a run of its (as-needed) use</source>
        <translation>Tage ohne ein akutes Muskelrelaxans, die eine Phase seiner Einnahme (bei Bedarf) nicht beenden</translation>
    </message>
    <message>
        <source>whole days without any dose of baclofen or tizanidine that read as a stop</source>
        <translation>ganze Tage ohne Dosis Baclofen oder Tizanidin, die als Absetzen gelten</translation>
    </message>
    <message>
        <source>days after a stop that its withdrawal warning stays current</source>
        <translation>Tage nach dem Absetzen, an denen die Warnung vor Entzugserscheinungen aktuell bleibt</translation>
    </message>
    <message>
        <source>days of regular baclofen before a stop matters</source>
        <translation>Tage regelmäßiger Einnahme von Baclofen, ab denen ein Absetzen zählt</translation>
    </message>
    <message>
        <source>daily drop in tizanidine that counts as abrupt</source>
        <translation>tägliche Verringerung von Tizanidin, die als abrupt gilt</translation>
    </message>
    <message>
        <source>carisoprodol course length before a stop is noted</source>
        <translation>Behandlungsdauer mit Carisoprodol, ab der ein Absetzen vermerkt wird</translation>
    </message>
    <message>
        <source>adherence target</source>
        <translation>Ziel der Therapietreue</translation>
    </message>
    <message>
        <source>adherence below which baclofen/tizanidine warn</source>
        <translation>Therapietreue, unter der bei Baclofen/Tizanidin gewarnt wird</translation>
    </message>
    <message>
        <source>adherence window in days</source>
        <translation>Zeitraum der Therapietreue in Tagen</translation>
    </message>
    <message>
        <source>course days before adherence is judged</source>
        <translation>Behandlungstage, bevor die Therapietreue beurteilt wird</translation>
    </message>
    <message>
        <source>scheduled doses missed in a row</source>
        <translation>geplante Dosen, die in Folge versäumt wurden</translation>
    </message>
    <message>
        <source>doses missed after side effects</source>
        <translation>versäumte Dosen nach Nebenwirkungen</translation>
    </message>
    <message>
        <source>window for missed doses after side effects</source>
        <translation>Zeitraum für versäumte Dosen nach Nebenwirkungen</translation>
    </message>
    <message>
        <source>hours after a side effect that a missed dose counts</source>
        <translation>Stunden nach einer Nebenwirkung, in denen eine versäumte Dosis zählt</translation>
    </message>
    <message>
        <source>tolerance comparison window in days</source>
        <translation>Vergleichszeitraum für Toleranz in Tagen</translation>
    </message>
    <message>
        <source>dose increase that counts as escalation</source>
        <translation>Dosissteigerung, die als Eskalation zählt</translation>
    </message>
    <message>
        <source>rise in as-needed doses that counts</source>
        <translation>Anstieg der Dosen bei Bedarf, der zählt</translation>
    </message>
    <message>
        <source>days above the prescribed dose that count</source>
        <translation>Tage über der verordneten Dosis, die zählen</translation>
    </message>
    <message>
        <source>course day when baclofen titration ends</source>
        <translation>Behandlungstag, an dem die Aufdosierung von Baclofen endet</translation>
    </message>
    <message>
        <source>course day when tizanidine titration ends</source>
        <translation>Behandlungstag, an dem die Aufdosierung von Tizanidin endet</translation>
    </message>
    <message>
        <source>course day when titration ends for other drugs</source>
        <translation>Behandlungstag, an dem die Aufdosierung anderer Medikamente endet</translation>
    </message>
    <message>
        <source>days in a week that make a pain pattern</source>
        <translation>Tage in einer Woche, die ein Schmerzmuster ergeben</translation>
    </message>
    <message>
        <source>days with cramps in a week that count as frequent</source>
        <translation>Tage mit Krämpfen in einer Woche, die als häufig gelten</translation>
    </message>
    <message>
        <source>days between starting a relaxant and cramps</source>
        <translation>Tage zwischen dem Beginn eines Muskelrelaxans und Krämpfen</translation>
    </message>
    <message>
        <source>glasses a day under which fluid intake is low</source>
        <translation>Gläser am Tag, unter denen die Flüssigkeitsmenge gering ist</translation>
    </message>
    <message>
        <source>relaxant days in a week without non-drug measures</source>
        <translation>Tage mit Muskelrelaxans in einer Woche ohne Maßnahmen ohne Medikamente</translation>
    </message>
    <message>
        <source>threshold.&lt;name&gt; with one of: %1</source>
        <translation>threshold.&lt;Name&gt; mit einem von: %1</translation>
    </message>
    <message>
        <source>max-daily.&lt;ingredient&gt; for an ingredient the catalogue knows</source>
        <translation>max-daily.&lt;Wirkstoff&gt; für einen Wirkstoff, den der Katalog kennt</translation>
    </message>
    <message>
        <source>threshold.&lt;name&gt; or max-daily.&lt;ingredient&gt;</source>
        <translation>threshold.&lt;Name&gt; oder max-daily.&lt;Wirkstoff&gt;</translation>
    </message>
    <message>
        <source>at least %1 (%2); change that one first</source>
        <extracomment>%1: the other setting (threshold.&lt;name&gt;, as typed), %2: its value.</extracomment>
        <translation>mindestens %1 (%2); ändern Sie zuerst diese Einstellung</translation>
    </message>
    <message>
        <source>more than %1 (%2); change that one first</source>
        <translation>mehr als %1 (%2); ändern Sie zuerst diese Einstellung</translation>
    </message>
</context>
<context>
    <name>relief::core::typed_text</name>
    <message>
        <source>a name in plain text (letters, digits, spaces and punctuation), without control characters such as tabs or line breaks</source>
        <translation>ein Name als einfacher Text (Buchstaben, Ziffern, Leerzeichen und Satzzeichen) ohne Steuerzeichen wie Tabulatoren oder Zeilenumbrüche</translation>
    </message>
    <message>
        <source>direction controls reorder how a name is shown; letters of any script are allowed</source>
        <translation>Richtungszeichen ändern, wie ein Name angezeigt wird; Buchstaben jeder Schrift sind erlaubt</translation>
    </message>
    <message>
        <source>a name may hold letters, digits, spaces and punctuation, but nothing invisible, so that two names that look alike are one name</source>
        <translation>ein Name darf Buchstaben, Ziffern, Leerzeichen und Satzzeichen enthalten, aber nichts Unsichtbares, damit zwei gleich aussehende Namen ein Name sind</translation>
    </message>
    <message>
        <source>a name without %1: %2</source>
        <extracomment>%1: the character (such as U+200B ZERO WIDTH SPACE), %2: why it is refused.</extracomment>
        <translation>ein Name ohne %1: %2</translation>
    </message>
    <message>
        <source>a name of 1 to %1 characters</source>
        <translation>ein Name mit 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>(text with control characters)</source>
        <translation>(Text mit Steuerzeichen)</translation>
    </message>
    <message>
        <source>plain text: letters, numbers, punctuation, line breaks</source>
        <translation>einfacher Text: Buchstaben, Zahlen, Satzzeichen, Zeilenumbrüche</translation>
    </message>
    <message>
        <source>text of 1 to %1 characters</source>
        <translation>ein Text mit 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>text in which %1 is closed by %2 on the same line: an unclosed direction control reorders the text shown after it</source>
        <translation>ein Text, in dem %1 in derselben Zeile durch %2 geschlossen wird: ein nicht geschlossenes Richtungszeichen ändert die Reihenfolge des folgenden Textes</translation>
    </message>
    <message>
        <source>text without %1 that closes nothing: direction controls come in pairs on one line</source>
        <translation>ein Text ohne %1, das nichts schließt: Richtungszeichen stehen paarweise in einer Zeile</translation>
    </message>
</context>
<context>
    <name>relief::core::unicode_text</name>
    <message>
        <source>a no-break space</source>
        <translation>ein geschütztes Leerzeichen</translation>
    </message>
    <message>
        <source>a soft hyphen</source>
        <translation>ein weicher Trennstrich</translation>
    </message>
    <message>
        <source>an Arabic letter mark</source>
        <translation>eine arabische Buchstabenmarke</translation>
    </message>
    <message>
        <source>a zero-width space</source>
        <translation>ein Leerzeichen ohne Breite</translation>
    </message>
    <message>
        <source>a zero-width non-joiner</source>
        <translation>ein Bindehemmer ohne Breite</translation>
    </message>
    <message>
        <source>a zero-width joiner</source>
        <translation>ein Verbinder ohne Breite</translation>
    </message>
    <message>
        <source>a left-to-right mark</source>
        <translation>eine Links-nach-rechts-Marke</translation>
    </message>
    <message>
        <source>a right-to-left mark</source>
        <translation>eine Rechts-nach-links-Marke</translation>
    </message>
    <message>
        <source>a left-to-right embedding</source>
        <translation>eine Links-nach-rechts-Einbettung</translation>
    </message>
    <message>
        <source>a right-to-left embedding</source>
        <translation>eine Rechts-nach-links-Einbettung</translation>
    </message>
    <message>
        <source>a pop directional formatting</source>
        <translation>ein Ende der Richtungsformatierung</translation>
    </message>
    <message>
        <source>a left-to-right override</source>
        <translation>eine Links-nach-rechts-Überschreibung</translation>
    </message>
    <message>
        <source>a right-to-left override</source>
        <translation>eine Rechts-nach-links-Überschreibung</translation>
    </message>
    <message>
        <source>a word joiner</source>
        <translation>ein Wortverbinder</translation>
    </message>
    <message>
        <source>a left-to-right isolate</source>
        <translation>eine Links-nach-rechts-Isolierung</translation>
    </message>
    <message>
        <source>a right-to-left isolate</source>
        <translation>eine Rechts-nach-links-Isolierung</translation>
    </message>
    <message>
        <source>a first strong isolate</source>
        <translation>eine Isolierung nach dem ersten starken Zeichen</translation>
    </message>
    <message>
        <source>a pop directional isolate</source>
        <translation>ein Ende der Richtungsisolierung</translation>
    </message>
    <message>
        <source>an emoji variation selector</source>
        <translation>ein Emoji-Variantenselektor</translation>
    </message>
    <message>
        <source>a zero-width no-break space or byte order mark</source>
        <translation>ein geschütztes Leerzeichen ohne Breite oder eine Byte-Reihenfolge-Marke</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A character named in a message: %1 such as a zero-width space, %2 its code (U+200B).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the character %1</source>
        <extracomment>%1: a character&apos;s code, such as U+E000.</extracomment>
        <translation>das Zeichen %1</translation>
    </message>
    <message>
        <source>the character %1 (%2)</source>
        <extracomment>%1: the character&apos;s Unicode name (in English), %2: its code, such as U+00E9.</extracomment>
        <translation>das Zeichen %1 (%2)</translation>
    </message>
</context>
<context>
    <name>relief::core::vocabulary</name>
    <message>
        <source>one of %1; paired parts such as &apos;calf&apos; may start with &apos;left-&apos; or &apos;right-&apos;</source>
        <translation>eines von: %1; paarige Körperteile wie &apos;calf&apos; dürfen mit &apos;left-&apos; oder &apos;right-&apos; beginnen</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von: %1</translation>
    </message>
    <message>
        <source>one of %1; paired parts such as &apos;calf&apos; may start with &apos;left-&apos; or &apos;right-&apos; (did you mean %2?)</source>
        <extracomment>%1: the names a person may type, %2: those nearest to what was typed.</extracomment>
        <translation>eines von: %1; paarige Körperteile wie &apos;calf&apos; dürfen mit &apos;left-&apos; oder &apos;right-&apos; beginnen (meinten Sie %2?)</translation>
    </message>
    <message>
        <source>one of %1 (did you mean %2?)</source>
        <translation>eines von: %1 (meinten Sie %2?)</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>oberer Rücken</translation>
    </message>
    <message>
        <source>mid back</source>
        <translation>mittlerer Rücken</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <source>shoulder</source>
        <translation>Schulter</translation>
    </message>
    <message>
        <source>arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <source>elbow</source>
        <translation>Ellbogen</translation>
    </message>
    <message>
        <source>wrist</source>
        <translation>Handgelenk</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>abdomen</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <source>hip</source>
        <translation>Hüfte</translation>
    </message>
    <message>
        <source>buttock</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>groin</source>
        <translation>Leiste</translation>
    </message>
    <message>
        <source>leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>inner thigh</source>
        <translation>Oberschenkelinnenseite</translation>
    </message>
    <message>
        <source>knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>below knee</source>
        <translation>unterhalb des Knies</translation>
    </message>
    <message>
        <source>shin</source>
        <translation>Schienbein</translation>
    </message>
    <message>
        <source>calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <source>ankle</source>
        <translation>Knöchel</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>jaw</source>
        <translation>Kiefer</translation>
    </message>
    <message>
        <source>whole body</source>
        <translation>ganzer Körper</translation>
    </message>
    <message>
        <source>aching</source>
        <translation>dumpf</translation>
    </message>
    <message>
        <source>spasm</source>
        <translation>Spasmus</translation>
    </message>
    <message>
        <source>stiffness</source>
        <translation>Steifheit</translation>
    </message>
    <message>
        <source>burning</source>
        <translation>brennend</translation>
    </message>
    <message>
        <source>shooting</source>
        <translation>einschießend</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>Kribbeln</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <source>stabbing</source>
        <translation>stechend</translation>
    </message>
    <message>
        <source>throbbing</source>
        <translation>pochend</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>Gelenkschmerz</translation>
    </message>
    <message>
        <source>electric</source>
        <translation>elektrisierend</translation>
    </message>
    <message>
        <source>cramping</source>
        <translation>krampfartig</translation>
    </message>
    <message>
        <source>drowsiness</source>
        <translation>Schläfrigkeit</translation>
    </message>
    <message>
        <source>dizziness</source>
        <translation>Schwindel</translation>
    </message>
    <message>
        <source>dry mouth</source>
        <translation>Mundtrockenheit</translation>
    </message>
    <message>
        <source>confusion</source>
        <translation>Verwirrtheit</translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation>Müdigkeit</translation>
    </message>
    <message>
        <source>headache</source>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <source>nervousness</source>
        <translation>Nervosität</translation>
    </message>
    <message>
        <source>blurred vision</source>
        <translation>verschwommenes Sehen</translation>
    </message>
    <message>
        <source>fast heartbeat</source>
        <translation>schneller Herzschlag</translation>
    </message>
    <message>
        <source>nausea</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <source>vomiting</source>
        <translation>Erbrechen</translation>
    </message>
    <message>
        <source>constipation</source>
        <translation>Verstopfung</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>low blood pressure</source>
        <translation>niedriger Blutdruck</translation>
    </message>
    <message>
        <source>high blood pressure</source>
        <translation>hoher Blutdruck</translation>
    </message>
    <message>
        <source>slow heartbeat</source>
        <translation>langsamer Herzschlag</translation>
    </message>
    <message>
        <source>insomnia</source>
        <translation>Schlaflosigkeit</translation>
    </message>
    <message>
        <source>twitching</source>
        <translation>Muskelzucken</translation>
    </message>
    <message>
        <source>muscle weakness</source>
        <translation>Muskelschwäche</translation>
    </message>
    <message>
        <source>hallucinations</source>
        <translation>Halluzinationen</translation>
    </message>
    <message>
        <source>rash</source>
        <translation>Hautausschlag</translation>
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
        <source>tremor</source>
        <translation>Zittern</translation>
    </message>
    <message>
        <source>sweating</source>
        <translation>Schwitzen</translation>
    </message>
    <message>
        <source>unpleasant taste</source>
        <translation>unangenehmer Geschmack</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>shortness of breath</source>
        <translation>Atemnot</translation>
    </message>
    <message>
        <source>itching</source>
        <translation>Juckreiz</translation>
    </message>
    <message>
        <source>diarrhea</source>
        <translation>Durchfall</translation>
    </message>
    <message>
        <source>stomach pain</source>
        <translation>Magenschmerzen</translation>
    </message>
    <message>
        <source>heartburn</source>
        <translation>Sodbrennen</translation>
    </message>
    <message>
        <source>dilated pupils</source>
        <translation>erweiterte Pupillen</translation>
    </message>
    <message>
        <source>dry eyes</source>
        <translation>trockene Augen</translation>
    </message>
    <message>
        <source>urinary retention</source>
        <translation>Harnverhalt</translation>
    </message>
    <message>
        <source>unsteadiness</source>
        <translation>Unsicherheit beim Gehen</translation>
    </message>
    <message>
        <source>slurred speech</source>
        <translation>verwaschene Sprache</translation>
    </message>
    <message>
        <source>memory problems</source>
        <translation>Gedächtnisprobleme</translation>
    </message>
    <message>
        <source>loss of appetite</source>
        <translation>Appetitlosigkeit</translation>
    </message>
    <message>
        <source>bladder control loss</source>
        <translation>Verlust der Blasenkontrolle</translation>
    </message>
    <message>
        <source>bowel control loss</source>
        <translation>Verlust der Darmkontrolle</translation>
    </message>
    <message>
        <source>saddle numbness</source>
        <translation>Reithosen-Taubheit (Gesäß und Genitalbereich)</translation>
    </message>
    <message>
        <source>leg weakness</source>
        <translation>Beinschwäche</translation>
    </message>
    <message>
        <source>foot drop</source>
        <translation>Fußheberschwäche</translation>
    </message>
    <message>
        <source>unexplained weight loss</source>
        <translation>ungeklärter Gewichtsverlust</translation>
    </message>
    <message>
        <source>night pain</source>
        <translation>nächtliche Schmerzen</translation>
    </message>
    <message>
        <source>leg numbness</source>
        <translation>Taubheit im Bein</translation>
    </message>
    <message>
        <source>weight loss</source>
        <translation>Gewichtsverlust</translation>
    </message>
    <message>
        <source>back pain</source>
        <translation>Rückenschmerzen</translation>
    </message>
    <message>
        <source>fever with back pain</source>
        <translation>Fieber mit Rückenschmerzen</translation>
    </message>
    <message>
        <source>pain after fall</source>
        <translation>Schmerzen nach einem Sturz</translation>
    </message>
    <message>
        <source>fever</source>
        <translation>Fieber</translation>
    </message>
    <message>
        <source>racing heart</source>
        <translation>Herzrasen</translation>
    </message>
    <message>
        <source>seizure</source>
        <translation>Krampfanfall</translation>
    </message>
    <message>
        <source>palpitations</source>
        <translation>Herzklopfen</translation>
    </message>
    <message>
        <source>severe spasms</source>
        <translation>starke Spasmen</translation>
    </message>
    <message>
        <source>muscle stiffness</source>
        <translation>Muskelsteifheit</translation>
    </message>
    <message>
        <source>shivering</source>
        <translation>Schüttelfrost</translation>
    </message>
    <message>
        <source>heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>ice</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <source>stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>physical therapy</source>
        <translation>Physiotherapie</translation>
    </message>
    <message>
        <source>massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>hyperthyroidism</source>
        <translation>Schilddrüsenüberfunktion</translation>
    </message>
    <message>
        <source>hypothyroidism</source>
        <translation>Schilddrüsenunterfunktion</translation>
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
        <translation>Herzschwäche</translation>
    </message>
    <message>
        <source>heart disease</source>
        <translation>Herzkrankheit</translation>
    </message>
    <message>
        <source>recent heart attack</source>
        <translation>kürzlicher Herzinfarkt</translation>
    </message>
    <message>
        <source>liver impairment</source>
        <translation>Lebererkrankung</translation>
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
        <source>multiple sclerosis</source>
        <translation>Multiple Sklerose</translation>
    </message>
    <message>
        <source>spinal cord injury</source>
        <translation>Rückenmarksverletzung</translation>
    </message>
    <message>
        <source>cerebral palsy</source>
        <translation>Zerebralparese</translation>
    </message>
    <message>
        <source>low back pain</source>
        <translation>Kreuzschmerzen</translation>
    </message>
    <message>
        <source>neck pain</source>
        <translation>Nackenschmerzen</translation>
    </message>
    <message>
        <source>sciatica</source>
        <translation>Ischias</translation>
    </message>
    <message>
        <source>fibromyalgia</source>
        <translation>Fibromyalgie</translation>
    </message>
    <message>
        <source>stroke</source>
        <translation>Schlaganfall</translation>
    </message>
    <message>
        <source>epilepsy</source>
        <translation>Epilepsie</translation>
    </message>
    <message>
        <source>glaucoma</source>
        <translation>Glaukom</translation>
    </message>
    <message>
        <source>depression</source>
        <translation>Depression</translation>
    </message>
    <message>
        <source>sleep apnea</source>
        <translation>Schlafapnoe</translation>
    </message>
    <message>
        <source>breastfeeding</source>
        <translation>Stillzeit</translation>
    </message>
    <message>
        <source>hypertension</source>
        <translation>Bluthochdruck</translation>
    </message>
    <message>
        <source>hypotension</source>
        <translation>niedriger Blutdruck (Hypotonie)</translation>
    </message>
    <message>
        <source>a name such as %1</source>
        <translation>ein Name wie %1</translation>
    </message>
    <message>
        <source>a known %1 or a new name not this close to one (did you mean %2?)</source>
        <extracomment>%1: what the field holds (such as side effect), %2: the known names nearest to what was typed.</extracomment>
        <translation>ein bekannter Wert für %1 oder ein neuer Name, der einem solchen nicht so ähnlich ist (meinten Sie %2?)</translation>
    </message>
    <message>
        <source>a name of at most %1 characters (longer text belongs in a note)</source>
        <translation>ein Name mit höchstens %1 Zeichen (längerer Text gehört in eine Notiz)</translation>
    </message>
    <message>
        <source>a name made of letters, digits, spaces and hyphens</source>
        <translation>ein Name aus Buchstaben, Ziffern, Leerzeichen und Bindestrichen</translation>
    </message>
    <message>
        <source>names separated by commas, with no empty item</source>
        <translation>durch Kommas getrennte Namen ohne leere Einträge</translation>
    </message>
</context>
<context>
    <name>relief::core::zone</name>
    <message>
        <source>a local time as YYYY-MM-DDTHH:MM, such as 2026-03-01T08:30 (or with an offset, such as 2026-03-01T08:30+01:00)</source>
        <translation>eine Ortszeit im Format JJJJ-MM-TTTHH:MM, etwa 2026-03-01T08:30 (oder mit Zeitverschiebung, etwa 2026-03-01T08:30+01:00)</translation>
    </message>
    <message>
        <source>a time zone such as Europe/London or America/New_York</source>
        <translation>eine Zeitzone wie Europe/Berlin oder America/New_York</translation>
    </message>
    <message>
        <source>a time zone such as Europe/London or America/New_York (did you mean %1?)</source>
        <translation>eine Zeitzone wie Europe/Berlin oder America/New_York (meinten Sie %1?)</translation>
    </message>
    <message>
        <source>a time that exists in %1 (the clocks skip it on that day for daylight saving time)</source>
        <extracomment>%1: the time zone, such as Europe/Berlin.</extracomment>
        <translation>eine Uhrzeit, die es in %1 gibt (an diesem Tag wird sie wegen der Zeitumstellung übersprungen)</translation>
    </message>
    <message>
        <source>a time from 1900 to 9999, both in UTC and on the clock of %1</source>
        <translation>eine Zeit zwischen 1900 und 9999, sowohl in UTC als auch nach der Uhr von %1</translation>
    </message>
    <message>
        <source>a UTC time as YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>eine UTC-Zeit im Format JJJJ-MM-TTTHH:MM:SSZ</translation>
    </message>
</context>
<context>
    <name>relief::sharing::change_file</name>
    <message>
        <source>it is incomplete: it ends before its last part (it may still be copying)</source>
        <translation>sie ist unvollständig: Sie endet vor ihrem letzten Teil (vielleicht wird sie noch kopiert)</translation>
    </message>
    <message>
        <source>it is damaged or was changed, or it was not written with this share&apos;s key</source>
        <translation>sie ist beschädigt oder wurde verändert, oder sie wurde nicht mit dem Schlüssel dieses geteilten Tagebuchs geschrieben</translation>
    </message>
</context>
<context>
    <name>relief::sharing::share</name>
    <message>
        <source>there is no folder %1: is the sync tool (or the USB stick) there?</source>
        <extracomment>%1: the folder.</extracomment>
        <translation>es gibt keinen Ordner %1: Ist das Synchronisierungsprogramm (oder der USB-Stick) da?</translation>
    </message>
    <message>
        <source>%1 holds no shared journal (relief-share.json is missing): create the share on the first device, or wait until the sync tool has brought it</source>
        <extracomment>%1: the folder.</extracomment>
        <translation>%1 enthält kein geteiltes Tagebuch (relief-share.json fehlt): Teilen Sie das Tagebuch auf dem ersten Gerät, oder warten Sie, bis das Synchronisierungsprogramm es gebracht hat</translation>
    </message>
    <message>
        <source>%1 was written by another version of Relief Journal; update it on this device</source>
        <translation>%1 wurde von einer anderen Version von Relief Journal geschrieben; aktualisieren Sie Relief Journal auf diesem Gerät</translation>
    </message>
    <message>
        <source>%1 is damaged (it is not the description of a share)</source>
        <extracomment>%1: the file.</extracomment>
        <translation>%1 ist beschädigt (es ist keine Beschreibung eines geteilten Tagebuchs)</translation>
    </message>
    <message>
        <source>these words do not open the share in %1: check each word (or the passphrase) against the device that created it</source>
        <extracomment>%1: the folder.</extracomment>
        <translation>diese Wörter öffnen das geteilte Tagebuch in %1 nicht: Vergleichen Sie jedes Wort (oder die Passphrase) mit dem Gerät, auf dem es angelegt wurde</translation>
    </message>
    <message>
        <source>this journal is already shared in %1; stop sharing it first (relief share leave)</source>
        <extracomment>%1: the folder it is shared in.</extracomment>
        <translation>dieses Tagebuch wird bereits in %1 geteilt; beenden Sie zuerst das Teilen (relief share leave)</translation>
    </message>
    <message>
        <source>a journal open read-only cannot start a share</source>
        <translation>ein schreibgeschützt geöffnetes Tagebuch kann nicht geteilt werden</translation>
    </message>
    <message>
        <source>%1 already holds a shared journal: join it instead (relief share join)</source>
        <extracomment>%1: the folder.</extracomment>
        <translation>%1 enthält bereits ein geteiltes Tagebuch: Treten Sie stattdessen diesem bei (relief share join)</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <extracomment>%1: the folder, %2: the system&apos;s reason (in English).</extracomment>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>a device joins read-only with a new journal: this one already has entries of its own. Use a new journal file (relief --journal FILE share join ...)</source>
        <translation>ein Gerät tritt schreibgeschützt mit einem neuen Tagebuch bei: Dieses hat schon eigene Einträge. Verwenden Sie eine neue Tagebuchdatei (relief --journal FILE share join ...)</translation>
    </message>
    <message>
        <source>this journal is not shared</source>
        <translation>dieses Tagebuch ist nicht geteilt</translation>
    </message>
    <message>
        <source>this journal is not shared: create a share (relief share init) or join one</source>
        <translation>dieses Tagebuch ist nicht geteilt: Teilen Sie es (relief share init) oder treten Sie einem geteilten Tagebuch bei</translation>
    </message>
    <message>
        <source>%1 now holds another shared journal than the one this journal joined</source>
        <extracomment>%1: the folder.</extracomment>
        <translation>%1 enthält jetzt ein anderes geteiltes Tagebuch als das, dem dieses Tagebuch beigetreten ist</translation>
    </message>
    <message>
        <source>the key this journal keeps no longer opens the share in %1</source>
        <translation>der Schlüssel, den dieses Tagebuch aufbewahrt, öffnet das geteilte Tagebuch in %1 nicht mehr</translation>
    </message>
    <message>
        <source>this journal is a copy of one that shares (it was moved or restored from a backup): to share from here, stop sharing (relief share leave) and join again</source>
        <translation>dieses Tagebuch ist eine Kopie eines geteilten Tagebuchs (es wurde verschoben oder aus einer Sicherungskopie wiederhergestellt): Um von hier aus zu teilen, beenden Sie das Teilen (relief share leave) und treten Sie erneut bei</translation>
    </message>
    <message>
        <source>%1 is missing, so %2 waits for it</source>
        <extracomment>%1: the file that is missing, %2: the file that waits for it.</extracomment>
        <translation>%1 fehlt, daher wartet %2 darauf</translation>
    </message>
    <message>
        <source>it is not the file its name says (it was copied or renamed)</source>
        <translation>sie ist nicht die Datei, die ihr Name angibt (sie wurde kopiert oder umbenannt)</translation>
    </message>
    <message>
        <source>%1 was not applied: %2</source>
        <extracomment>%1: the file, %2: what is wrong with it.</extracomment>
        <translation>%1 wurde nicht übernommen: %2</translation>
    </message>
    <message>
        <source>the changes from %1 wait: %2</source>
        <extracomment>%1: the device&apos;s name, %2: why its changes wait.</extracomment>
        <translation>die Änderungen von %1 warten: %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Nicht geteilt</translation>
    </message>
    <message>
        <source>No changes from other devices yet</source>
        <translation>Noch keine Änderungen von anderen Geräten</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Last change from %1 %2</source>
        <extracomment>%1: the device&apos;s name, %2: how long ago, such as 3 minutes ago.</extracomment>
        <translation>Letzte Änderung von %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::sharing::share_key</name>
    <message>
        <source>the cryptography library could not start</source>
        <translation>die Kryptografie-Bibliothek konnte nicht starten</translation>
    </message>
    <message>
        <source>the share&apos;s description is damaged (a value is not what it should be)</source>
        <translation>die Beschreibung des geteilten Tagebuchs ist beschädigt (ein Wert ist nicht so, wie er sein sollte)</translation>
    </message>
    <message>
        <source>the words or passphrase are too short: a share&apos;s key is at least 16 characters</source>
        <translation>die Wörter oder die Passphrase sind zu kurz: Der Schlüssel eines geteilten Tagebuchs hat mindestens 16 Zeichen</translation>
    </message>
    <message>
        <source>there is not enough memory to work out the share&apos;s key</source>
        <translation>es gibt nicht genug Arbeitsspeicher, um den Schlüssel des geteilten Tagebuchs zu berechnen</translation>
    </message>
</context>
<context>
    <name>relief::storage::actions</name>
    <message>
        <source>add a medication</source>
        <translation>ein Medikament hinzufügen</translation>
    </message>
    <message>
        <source>change a medication</source>
        <translation>ein Medikament ändern</translation>
    </message>
    <message>
        <source>change a prescription</source>
        <translation>eine Verordnung ändern</translation>
    </message>
    <message>
        <source>change it</source>
        <translation>es ändern</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>change the profile</source>
        <translation>das Profil ändern</translation>
    </message>
    <message>
        <source>delete an entry</source>
        <translation>einen Eintrag löschen</translation>
    </message>
    <message>
        <source>edit an entry</source>
        <translation>einen Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>log an entry</source>
        <translation>einen Eintrag erfassen</translation>
    </message>
    <message>
        <source>mark an alert as discussed</source>
        <translation>einen Hinweis als besprochen markieren</translation>
    </message>
    <message>
        <source>record a visit</source>
        <translation>einen Arzttermin erfassen</translation>
    </message>
    <message>
        <source>record alerts</source>
        <translation>Hinweise speichern</translation>
    </message>
    <message>
        <source>remove a prescription change</source>
        <translation>eine Änderung der Verordnung entfernen</translation>
    </message>
    <message>
        <source>restore an entry</source>
        <translation>einen Eintrag wiederherstellen</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importieren</translation>
    </message>
</context>
<context>
    <name>relief::storage::advice</name>
    <message>
        <source>open it read-only</source>
        <translation>öffnen Sie es schreibgeschützt</translation>
    </message>
    <message>
        <source>open it once for writing, not read-only</source>
        <translation>öffnen Sie es einmal zum Schreiben, nicht schreibgeschützt</translation>
    </message>
    <message>
        <source>Create a new journal, or open another file</source>
        <translation>Legen Sie ein neues Tagebuch an oder öffnen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>Restore your latest backup copy of the journal</source>
        <translation>Stellen Sie Ihre neueste Sicherungskopie des Tagebuchs wieder her</translation>
    </message>
    <message>
        <source>the Alerts page lists them</source>
        <translation>die Seite Hinweise listet sie auf</translation>
    </message>
</context>
<context>
    <name>relief::storage::csv</name>
    <message>
        <source>this is not a text CSV file (binary data found)</source>
        <translation>dies ist keine CSV-Textdatei (Binärdaten gefunden)</translation>
    </message>
    <message>
        <source>this is not a UTF-8 text CSV file</source>
        <translation>dies ist keine CSV-Textdatei in UTF-8</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>relief::storage::demo_story</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>relief::storage::journal</name>
    <message>
        <source>%1 is not a Relief Journal (it is not an SQLite database)</source>
        <translation>%1 ist kein Relief-Journal-Tagebuch (es ist keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>%1 is not a Relief Journal (the file is empty)</source>
        <translation>%1 ist kein Relief-Journal-Tagebuch (die Datei ist leer)</translation>
    </message>
    <message>
        <source>%1 is not a Relief Journal (it is another program&apos;s database)</source>
        <translation>%1 ist kein Relief-Journal-Tagebuch (es ist die Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Relief Journal (format %2; this version reads up to %3). Update Relief Journal to open it; the file was not changed.</source>
        <extracomment>%1: the file, %2: its format number, %3: the newest format this version reads.</extracomment>
        <translation>%1 wurde von einer neueren Version von Relief Journal geschrieben (Format %2; diese Version liest bis Format %3). Aktualisieren Sie Relief Journal, um es zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 uses an older format (%2) that must be upgraded before it can be read; %3</source>
        <extracomment>%1: the file, %2: its format number, %3: what to do (such as open it once for writing, not read-only).</extracomment>
        <translation>%1 hat ein älteres Format (%2), das vor dem Lesen aktualisiert werden muss; %3</translation>
    </message>
    <message>
        <source>cannot open %1: %2 beside it is a symbolic link, not SQLite&apos;s own working file; someone may be trying to redirect the journal&apos;s changes. Check where it points, remove it, and try again</source>
        <extracomment>%1: the journal, %2: the link beside it.</extracomment>
        <translation>%1 kann nicht geöffnet werden: %2 daneben ist eine symbolische Verknüpfung, nicht die Arbeitsdatei von SQLite; womöglich versucht jemand, die Änderungen am Tagebuch umzuleiten. Prüfen Sie, wohin sie zeigt, entfernen Sie sie und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 already exists; open it, or choose another file</source>
        <translation>%1 gibt es bereits; öffnen Sie es oder wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>cannot create journal %1: %2</source>
        <extracomment>%1: the file, %2: the error as SQLite reports it (in English).</extracomment>
        <translation>das Tagebuch %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>no journal at %1. %2</source>
        <extracomment>%1: the file, %2: what to do (such as Create a new journal, or open another file).</extracomment>
        <translation>unter %1 gibt es kein Tagebuch. %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a journal file</source>
        <translation>%1 ist ein Ordner, keine Tagebuchdatei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1: the file, %2: the system&apos;s reason (in English, such as permission denied).</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2. To look without changing anything, %3</source>
        <extracomment>%1: the file, %2: why, %3: how to open it without changing it (such as open it read-only).</extracomment>
        <translation>in %1 kann nicht geschrieben werden: %2. Um es anzusehen, ohne etwas zu ändern, %3</translation>
    </message>
    <message>
        <source>the file system it is on is read-only (a locked USB stick or a read-only mount)</source>
        <translation>das Dateisystem, auf dem sie liegt, ist schreibgeschützt (ein gesperrter USB-Stick oder ein schreibgeschütztes Laufwerk)</translation>
    </message>
    <message>
        <source>cannot open %1: it is being written to right now. Try again in a moment</source>
        <translation>%1 kann nicht geöffnet werden: gerade wird hineingeschrieben. Versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>this journal is open read-only (the caregiver&apos;s view): cannot %1</source>
        <extracomment>%1: what was asked, such as log an entry.</extracomment>
        <translation>dieses Tagebuch ist schreibgeschützt geöffnet (die Ansicht der Betreuungsperson): Folgendes ist nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot write backup %1: it is a folder</source>
        <translation>die Sicherungskopie %1 kann nicht geschrieben werden: es ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot write backup %1: %2</source>
        <extracomment>%1: the backup file, %2: the error as SQLite reports it (in English).</extracomment>
        <translation>die Sicherungskopie %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>this journal follows a shared journal read-only (it was joined as a caregiver&apos;s): cannot %1</source>
        <extracomment>%1: what was asked, such as log an entry.</extracomment>
        <translation>dieses Tagebuch verfolgt ein geteiltes Tagebuch schreibgeschützt mit (es ist als das einer Betreuungsperson beigetreten): Folgendes ist nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>relief::storage::journal_alerts</name>
    <message>
        <source>alert %1 in the journal is damaged: %2</source>
        <extracomment>%1: the alert&apos;s number, %2: what is wrong with it (in English, from the JSON reader).</extracomment>
        <translation>der Hinweis %1 im Tagebuch ist beschädigt: %2</translation>
    </message>
    <message>
        <source>there is no alert with id %1; %2</source>
        <extracomment>%1: the number asked for, %2: where the alerts are listed (such as the Alerts page lists them).</extracomment>
        <translation>es gibt keinen Hinweis mit der Nummer %1; %2</translation>
    </message>
</context>
<context>
    <name>relief::storage::journal_csv</name>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a whole number (this column is required here)</source>
        <translation>eine ganze Zahl (diese Spalte ist hier erforderlich)</translation>
    </message>
    <message>
        <source>&apos;yes&apos; or &apos;no&apos;</source>
        <extracomment>The words stay as they are: they are what the file holds.</extracomment>
        <translation>&apos;yes&apos; oder &apos;no&apos;</translation>
    </message>
    <message>
        <source>the dose in mg</source>
        <translation>die Dosis in mg</translation>
    </message>
    <message>
        <source>when the change was written, YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>wann die Änderung geschrieben wurde, JJJJ-MM-TTTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>entry id %1 appears twice</source>
        <translation>die Eintrags-ID %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1 %2 is in the future (it is now %3)</source>
        <extracomment>%1: a column of the file (at_utc, created_utc, deleted_utc), %2: its value, %3: the time now (UTC).</extracomment>
        <translation>%1 %2 liegt in der Zukunft (jetzt ist es %3)</translation>
    </message>
    <message>
        <source>deleted_utc %1 is before the row was written (created_utc %2)</source>
        <translation>deleted_utc %1 liegt vor dem Schreiben der Zeile (created_utc %2)</translation>
    </message>
    <message>
        <source>entry %1 is replaced_by itself</source>
        <translation>Eintrag %1 ist replaced_by sich selbst</translation>
    </message>
    <message>
        <source>replaced_by %1 is not an entry listed in this file</source>
        <translation>replaced_by %1 ist kein Eintrag dieser Datei</translation>
    </message>
    <message>
        <source>entry %1 replaces both entry %2 and entry %3; an edit has one earlier version</source>
        <translation>Eintrag %1 ersetzt sowohl Eintrag %2 als auch Eintrag %3; eine Bearbeitung hat genau eine frühere Version</translation>
    </message>
    <message>
        <source>the replaced_by links through entry %1 form a loop; each edit must lead to one current version</source>
        <translation>die replaced_by-Verweise über Eintrag %1 bilden eine Schleife; jede Bearbeitung muss zu genau einer aktuellen Version führen</translation>
    </message>
    <message>
        <source>condition names</source>
        <translation>Namen von Erkrankungen</translation>
    </message>
    <message>
        <source>setting %1</source>
        <extracomment>%1: the setting&apos;s name as the file has it (goal.1).</extracomment>
        <translation>Einstellung %1</translation>
    </message>
    <message>
        <source>zone, profile.*, threshold.*, max-daily.*, reminders.* or goal.1/goal.2</source>
        <extracomment>The setting names stay as they are: they are what the file holds.</extracomment>
        <translation>zone, profile.*, threshold.*, max-daily.*, reminders.* oder goal.1/goal.2</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; in the header; expected the columns of a Relief Journal export, starting with record,id,at_utc</source>
        <translation>unbekannte Spalte &apos;%1&apos; in der Kopfzeile; erwartet werden die Spalten eines Relief-Journal-Exports, beginnend mit record,id,at_utc</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>die Spalte &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>the header lacks the column &apos;%1&apos;</source>
        <translation>in der Kopfzeile fehlt die Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>erwartet wurden %1 Felder, gefunden %2</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line</source>
        <translation>die Datei ist leer; erwartet wurde eine Kopfzeile</translation>
    </message>
    <message>
        <source>medication_id %1 is not a medication listed in this file</source>
        <translation>medication_id %1 ist kein Medikament dieser Datei</translation>
    </message>
    <message>
        <source>%1 already has a prescription change from %2; remove one of them first</source>
        <translation>%1 hat bereits eine Änderung der Verordnung ab dem %2; entfernen Sie zuerst eine davon</translation>
    </message>
    <message>
        <source>the setting&apos;s name</source>
        <translation>der Name der Einstellung</translation>
    </message>
    <message>
        <source>&apos;setting&apos;, &apos;medication&apos;, &apos;prescription&apos; or &apos;entry&apos;</source>
        <translation>&apos;setting&apos;, &apos;medication&apos;, &apos;prescription&apos; oder &apos;entry&apos;</translation>
    </message>
    <message>
        <source>the thresholds in this file do not fit together: %1</source>
        <extracomment>%1: why, as a message about the setting.</extracomment>
        <translation>die Schwellenwerte in dieser Datei passen nicht zusammen: %1</translation>
    </message>
    <message>
        <source>medication id %1 appears twice</source>
        <translation>die Medikamenten-ID %1 kommt zweimal vor</translation>
    </message>
</context>
<context>
    <name>relief::storage::journal_entries</name>
    <message>
        <source>a medication in this journal</source>
        <translation>ein Medikament aus diesem Tagebuch</translation>
    </message>
    <message>
        <source>there is no entry with id %1</source>
        <translation>es gibt keinen Eintrag mit der Nummer %1</translation>
    </message>
    <message>
        <source>entry %1 was edited; its current version is entry %2</source>
        <translation>Eintrag %1 wurde bearbeitet; seine aktuelle Version ist Eintrag %2</translation>
    </message>
    <message>
        <source>entry %1 is deleted; restore it first</source>
        <translation>Eintrag %1 ist gelöscht; stellen Sie ihn zuerst wieder her</translation>
    </message>
    <message>
        <source>entry %1 is already deleted</source>
        <translation>Eintrag %1 ist bereits gelöscht</translation>
    </message>
    <message>
        <source>entry %1 is not deleted</source>
        <translation>Eintrag %1 ist nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>relief::storage::journal_medications</name>
    <message>
        <source>there is no medication with id %1</source>
        <translation>es gibt kein Medikament mit der Nummer %1</translation>
    </message>
</context>
<context>
    <name>relief::storage::journal_share</name>
    <message>
        <source>a shared change is not valid (%1); nothing of its file was applied</source>
        <extracomment>%1: what is wrong with the record.</extracomment>
        <translation>eine geteilte Änderung ist ungültig (%1); nichts aus ihrer Datei wurde übernommen</translation>
    </message>
    <message>
        <source>the changes claim to come from this device</source>
        <translation>die Änderungen geben vor, von diesem Gerät zu stammen</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <source>not a record</source>
        <translation>kein Datensatz</translation>
    </message>
    <message>
        <source>they name a medication another device&apos;s changes have not brought yet</source>
        <extracomment>The changes of one device name a medication whose own change file has not arrived yet.</extracomment>
        <translation>sie nennen ein Medikament, das die Änderungen eines anderen Geräts noch nicht gebracht haben</translation>
    </message>
    <message>
        <source>they delete an entry another device&apos;s changes have not brought yet</source>
        <translation>sie löschen einen Eintrag, den die Änderungen eines anderen Geräts noch nicht gebracht haben</translation>
    </message>
    <message>
        <source>unknown kind of change %1</source>
        <extracomment>%1: the kind of record, as written in the file.</extracomment>
        <translation>unbekannte Art von Änderung %1</translation>
    </message>
</context>
<context>
    <name>relief::storage::private_file</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write a temporary file beside %1: %2</source>
        <translation>neben %1 kann keine temporäre Datei geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>keine Ausgabedatei angegeben</translation>
    </message>
    <message>
        <source>cannot write %1: it is a symbolic link; give the name of the file itself (a planted link could make Relief Journal overwrite another file)</source>
        <translation>in %1 kann nicht geschrieben werden: es ist eine symbolische Verknüpfung; geben Sie den Namen der Datei selbst an (eine untergeschobene Verknüpfung könnte Relief Journal eine andere Datei überschreiben lassen)</translation>
    </message>
    <message>
        <source>cannot write %1: it is a working file of the database %2; choose another file name</source>
        <extracomment>%1: the file, %2: the database whose working file it is.</extracomment>
        <translation>in %1 kann nicht geschrieben werden: es ist eine Arbeitsdatei der Datenbank %2; wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder; give a file name</source>
        <translation>in %1 kann nicht geschrieben werden: es ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>cannot write %1: it is not a regular file; give a file name</source>
        <translation>in %1 kann nicht geschrieben werden: es ist keine normale Datei; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>cannot write %1: it is the journal itself; choose another file</source>
        <translation>in %1 kann nicht geschrieben werden: es ist das Tagebuch selbst; wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>cannot write %1: it is a database (perhaps a journal); choose another file</source>
        <translation>in %1 kann nicht geschrieben werden: es ist eine Datenbank (vielleicht ein Tagebuch); wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder, not a file</source>
        <translation>in %1 kann nicht geschrieben werden: es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>relief::storage::row_codec</name>
    <message>
        <source>&apos;immediate&apos; or &apos;extended-release&apos;</source>
        <translation>&apos;immediate&apos; oder &apos;extended-release&apos;</translation>
    </message>
    <message>
        <source>entry %1 in the journal is damaged: %2</source>
        <extracomment>%1: the entry&apos;s number, %2: what is wrong with it.</extracomment>
        <translation>Eintrag %1 im Tagebuch ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>relief::storage::write_error</name>
    <message>
        <source>the file system it is on is read-only (a locked USB stick or a read-only mount), and SQLite needs to create its working files (%1-wal and -shm) beside the journal even to read it. Copy the journal to a folder you can write to</source>
        <extracomment>%1: the journal&apos;s file name; NAME-wal and NAME-shm are SQLite&apos;s working files.</extracomment>
        <translation>das Dateisystem, auf dem es liegt, ist schreibgeschützt (ein gesperrter USB-Stick oder ein schreibgeschütztes Laufwerk), und SQLite muss seine Arbeitsdateien (%1-wal und -shm) neben dem Tagebuch anlegen, selbst um es zu lesen. Kopieren Sie das Tagebuch in einen Ordner, in den Sie schreiben können</translation>
    </message>
    <message>
        <source>the folder %1 does not let Relief Journal create its working files (%2-wal and -shm) beside the journal, which SQLite needs even to read it. Copy the journal to a folder you can write to, or ask the folder&apos;s owner for write access</source>
        <extracomment>%1: the folder, %2: the journal&apos;s file name.</extracomment>
        <translation>der Ordner %1 erlaubt Relief Journal nicht, seine Arbeitsdateien (%2-wal und -shm) neben dem Tagebuch anzulegen, die SQLite selbst zum Lesen braucht. Kopieren Sie das Tagebuch in einen Ordner, in den Sie schreiben können, oder bitten Sie die Person, der der Ordner gehört, um Schreibrechte</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again</source>
        <translation>der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>another program is writing to it. Close the other program (or wait) and try again</source>
        <translation>ein anderes Programm schreibt gerade hinein. Schließen Sie das andere Programm (oder warten Sie) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the file or its folder %1 is read-only. To look without changing anything, %2</source>
        <extracomment>%1: the folder, %2: how to open the journal without changing it.</extracomment>
        <translation>die Datei oder ihr Ordner %1 ist schreibgeschützt. Um es anzusehen, ohne etwas zu ändern, %2</translation>
    </message>
    <message>
        <source>the folder %1 does not let Relief Journal create its working files (%2-wal and -shm). Move the journal to a folder you can write to</source>
        <translation>der Ordner %1 erlaubt Relief Journal nicht, seine Arbeitsdateien (%2-wal und -shm) anzulegen. Verschieben Sie das Tagebuch in einen Ordner, in den Sie schreiben können</translation>
    </message>
    <message>
        <source>the disk reported an error (%1). Check the disk and try again</source>
        <extracomment>%1: the error as SQLite reports it (in English).</extracomment>
        <translation>der Datenträger hat einen Fehler gemeldet (%1). Prüfen Sie den Datenträger und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the file is damaged. %1</source>
        <extracomment>%1: what to do, such as Restore your latest backup copy of the journal.</extracomment>
        <translation>die Datei ist beschädigt. %1</translation>
    </message>
    <message>
        <source>cannot save to %1: %2. Nothing was changed.</source>
        <extracomment>%1: the journal file, %2: why (a sentence without its full stop).</extracomment>
        <translation>in %1 kann nicht gespeichert werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>cannot open %1: %2.</source>
        <extracomment>%1: the journal file, %2: why (a sentence without its full stop).</extracomment>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
</context>
</TS>
