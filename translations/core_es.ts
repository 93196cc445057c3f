<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Date</name>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>How a day is written in text for people, as a QLocale date pattern (d, dd, MM, MMM, yyyy). Keep the four-digit year: a health record outlives a century&apos;s short years.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>relief::core::alert</name>
    <message>
        <source>&apos;info&apos;, &apos;warning&apos; or &apos;urgent&apos;</source>
        <translation>&apos;info&apos;, &apos;warning&apos; o &apos;urgent&apos;</translation>
    </message>
</context>
<context>
    <name>relief::core::amount</name>
    <message>
        <source>a positive amount with a unit, such as &apos;10mg&apos;, &apos;7.5 mg&apos;, &apos;0.5g&apos; or &apos;500mcg&apos;</source>
        <translation>una cantidad positiva con su unidad, como &apos;10mg&apos;, &apos;7.5 mg&apos;, &apos;0.5g&apos; o &apos;500mcg&apos;</translation>
    </message>
    <message>
        <source>%1 (the unit is missing)</source>
        <translation>%1 (falta la unidad)</translation>
    </message>
    <message>
        <source>%1 (unit &apos;%2&apos; is not one of mg, g, mcg)</source>
        <translation>%1 (la unidad &apos;%2&apos; no es mg, g ni mcg)</translation>
    </message>
    <message>
        <source>%1 (no finer than one microgram)</source>
        <translation>%1 (con una precisión máxima de un microgramo)</translation>
    </message>
    <message>
        <source>at most 100 g (100000 mg) in one entry</source>
        <translation>como máximo 100 g (100000 mg) en una entrada</translation>
    </message>
    <message>
        <source>%1 (it must be more than zero)</source>
        <translation>%1 (debe ser mayor que cero)</translation>
    </message>
</context>
<context>
    <name>relief::core::calendar</name>
    <message>
        <source>a date as YYYY-MM-DD, such as 2026-03-01</source>
        <translation>una fecha con el formato AAAA-MM-DD, por ejemplo 2026-03-01</translation>
    </message>
    <message>
        <source>a date that exists on the calendar (%1)</source>
        <translation>una fecha que exista en el calendario (%1)</translation>
    </message>
    <message>
        <source>a date from 1900-01-01 on (%1)</source>
        <translation>una fecha a partir del 1900-01-01 (%1)</translation>
    </message>
    <message>
        <source>a time as HH:MM from 00:00 to 23:59, such as 08:30</source>
        <translation>una hora con el formato HH:MM, de 00:00 a 23:59, por ejemplo 08:30</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero del %1 al %2</translation>
    </message>
</context>
<context>
    <name>relief::core::caregiver_watch</name>
    <message>
        <source>%1: a dose not logged</source>
        <extracomment>%1: the person&apos;s name (from the profile). The caregiver&apos;s notification.</extracomment>
        <translation>%1: una dosis sin registrar</translation>
    </message>
    <message>
        <source>%1: doses not logged</source>
        <translation>%1: dosis sin registrar</translation>
    </message>
    <message>
        <source>A dose not logged</source>
        <translation>Una dosis sin registrar</translation>
    </message>
    <message>
        <source>Doses not logged</source>
        <translation>Dosis sin registrar</translation>
    </message>
    <message>
        <source>Not logged an hour after their time. Perhaps ask how things are.</source>
        <extracomment>Below the doses in the caregiver&apos;s notification.</extracomment>
        <translation>Sin registrar una hora después de la hora prevista. Quizá quiera preguntar qué tal va todo.</translation>
    </message>
</context>
<context>
    <name>relief::core::catalogue</name>
    <message>
        <source>can seriously harm the liver</source>
        <translation>puede dañar gravemente el hígado</translation>
    </message>
    <message>
        <source>%1 tablet</source>
        <extracomment>%1: a number of units (such as 2 or 1.5).</extracomment>
        <translation>%1 comprimido</translation>
    </message>
    <message>
        <source>%1 tablets</source>
        <translation>%1 comprimidos</translation>
    </message>
    <message>
        <source>%1 caplet</source>
        <translation>%1 comprimido oblongo</translation>
    </message>
    <message>
        <source>%1 caplets</source>
        <translation>%1 comprimidos oblongos</translation>
    </message>
    <message>
        <source>%1 capsule</source>
        <translation>%1 cápsula</translation>
    </message>
    <message>
        <source>%1 capsules</source>
        <translation>%1 cápsulas</translation>
    </message>
    <message>
        <source>a number of %1s such as &apos;1 %1&apos;, &apos;2 %1s&apos; or &apos;2&apos; (one %1 is %2), in quarters from 0.25 to %3; or the %4 in the dose, such as &apos;%5mg&apos; for one %1</source>
        <extracomment>How a dose of a combination product may be typed. %1: the unit as typed (tablet, caplet, capsule; keep it and the quoted examples in English: they are what the person types), %2: what one unit holds, %3: the most units in one dose, %4: the first ingredient, %5: its milligrams in one unit.</extracomment>
        <translation>un número de unidades, escrito como &apos;1 %1&apos;, &apos;2 %1s&apos; o &apos;2&apos; (una unidad, %1, contiene %2), en cuartos de 0.25 a %3; o la cantidad de %4 de la dosis, como &apos;%5mg&apos; por cada %1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 would be %4)</source>
        <extracomment>%1: how a dose may be typed, %2: the amount typed (such as 10 mg), %3: the ingredient, %4: the number of units it makes.</extracomment>
        <translation>%1 (%2 de %3 serían %4)</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>A count of units that is not a whole number of quarters: %1 such as 1.33 tablets.</extracomment>
        <translation>unos %1</translation>
    </message>
</context>
<context>
    <name>relief::core::checkins</name>
    <message>
        <source>day %1 of %2</source>
        <extracomment>Why the impression of change is asked now: %1 the day of the course, %2 the medication.</extracomment>
        <translation>día %1 de %2</translation>
    </message>
    <message>
        <source>week %1 of this pain episode</source>
        <extracomment>Why the impression of change is asked now: %1 the week of the episode of pain.</extracomment>
        <translation>semana %1 de este episodio de dolor</translation>
    </message>
</context>
<context>
    <name>relief::core::dose_slot</name>
    <message>
        <source>taken</source>
        <extracomment>What became of a scheduled dose.</extracomment>
        <translation>tomada</translation>
    </message>
    <message>
        <source>taken late</source>
        <translation>tomada tarde</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>olvidada</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasada</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>próxima</translation>
    </message>
</context>
<context>
    <name>relief::core::drug_class</name>
    <message>
        <source>muscle relaxant (for spasms or stiffness)</source>
        <translation>relajante muscular (para espasmos o rigidez)</translation>
    </message>
    <message>
        <source>antispasmodic muscle relaxant (for sudden spasms)</source>
        <translation>relajante muscular antiespasmódico (para espasmos repentinos)</translation>
    </message>
    <message>
        <source>antispastic (for spasticity, as in MS)</source>
        <translation>antiespástico (para la espasticidad, como en la EM)</translation>
    </message>
    <message>
        <source>short-term medicine (acute)</source>
        <translation>medicamento de uso breve (agudo)</translation>
    </message>
    <message>
        <source>long-term medicine (chronic)</source>
        <translation>medicamento de uso prolongado (crónico)</translation>
    </message>
    <message>
        <source>relative of the tricyclic antidepressants (TCA-like)</source>
        <translation>emparentado con los antidepresivos tricíclicos (similar a ATC)</translation>
    </message>
    <message>
        <source>controlled medicine (schedule IV)</source>
        <translation>medicamento controlado (lista IV)</translation>
    </message>
    <message>
        <source>benzodiazepine (such as diazepam or lorazepam)</source>
        <translation>benzodiacepina (como diazepam o lorazepam)</translation>
    </message>
    <message>
        <source>sleep medicine or sedative</source>
        <translation>medicamento para dormir o sedante</translation>
    </message>
    <message>
        <source>pain reliever (analgesic, such as acetaminophen)</source>
        <translation>analgésico (como el paracetamol)</translation>
    </message>
    <message>
        <source>anti-inflammatory pain reliever (NSAID, such as ibuprofen)</source>
        <translation>analgésico antiinflamatorio (AINE, como el ibuprofeno)</translation>
    </message>
    <message>
        <source>nerve pain medicine (gabapentin or pregabalin)</source>
        <translation>medicamento para el dolor neuropático (gabapentina o pregabalina)</translation>
    </message>
    <message>
        <source>tricyclic antidepressant (such as amitriptyline)</source>
        <translation>antidepresivo tricíclico (como la amitriptilina)</translation>
    </message>
    <message>
        <source>opioid pain medicine</source>
        <translation>analgésico opioide</translation>
    </message>
    <message>
        <source>medicine that raises serotonin (serotonergic)</source>
        <translation>medicamento que aumenta la serotonina (serotoninérgico)</translation>
    </message>
    <message>
        <source>SSRI antidepressant (such as sertraline)</source>
        <translation>antidepresivo ISRS (como la sertralina)</translation>
    </message>
    <message>
        <source>SNRI antidepressant (such as duloxetine)</source>
        <translation>antidepresivo IRSN (como la duloxetina)</translation>
    </message>
    <message>
        <source>MAOI (an antidepressant, Parkinson&apos;s medicine or linezolid)</source>
        <translation>IMAO (un antidepresivo, un medicamento para el Parkinson o linezolid)</translation>
    </message>
    <message>
        <source>strong CYP1A2 inhibitor (fluvoxamine, ciprofloxacin)</source>
        <translation>inhibidor potente del CYP1A2 (fluvoxamina, ciprofloxacino)</translation>
    </message>
    <message>
        <source>medicine that raises tizanidine levels (CYP1A2 inhibitor)</source>
        <translation>medicamento que aumenta los niveles de tizanidina (inhibidor del CYP1A2)</translation>
    </message>
    <message>
        <source>water pill (diuretic)</source>
        <translation>diurético (pastilla para orinar)</translation>
    </message>
    <message>
        <source>cholesterol medicine (statin)</source>
        <translation>medicamento para el colesterol (estatina)</translation>
    </message>
    <message>
        <source>asthma or COPD inhaler (beta-agonist)</source>
        <translation>inhalador para el asma o la EPOC (beta-agonista)</translation>
    </message>
    <message>
        <source>medicine that causes drowsiness (CNS depressant)</source>
        <translation>medicamento que produce somnolencia (depresor del SNC)</translation>
    </message>
    <message>
        <source>another kind of medicine (other)</source>
        <translation>otro tipo de medicamento (other)</translation>
    </message>
    <message>
        <source>one of %1</source>
        <extracomment>%1: the class names a person may type (they stay as they are), %2: the closest of them.</extracomment>
        <translation>uno de estos: %1</translation>
    </message>
    <message>
        <source>one of %1 (did you mean %2?)</source>
        <translation>uno de estos: %1 (¿quería decir %2?)</translation>
    </message>
</context>
<context>
    <name>relief::core::entry</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero del %1 al %2</translation>
    </message>
    <message>
        <source>a canonical name</source>
        <translation>un nombre de la lista</translation>
    </message>
    <message>
        <source>&apos;taken&apos; or &apos;skipped&apos;</source>
        <translation>&apos;taken&apos; o &apos;skipped&apos;</translation>
    </message>
    <message>
        <source>&apos;mild&apos;, &apos;moderate&apos; or &apos;severe&apos;</source>
        <translation>&apos;mild&apos;, &apos;moderate&apos; o &apos;severe&apos;</translation>
    </message>
    <message>
        <source>very much improved</source>
        <translation>muchísimo mejor</translation>
    </message>
    <message>
        <source>much improved</source>
        <translation>mucho mejor</translation>
    </message>
    <message>
        <source>minimally improved</source>
        <translation>un poco mejor</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>minimally worse</source>
        <translation>un poco peor</translation>
    </message>
    <message>
        <source>much worse</source>
        <translation>mucho peor</translation>
    </message>
    <message>
        <source>very much worse</source>
        <translation>muchísimo peor</translation>
    </message>
    <message>
        <source>1 very much improved, 2 much improved, 3 minimally improved, 4 no change, 5 minimally worse, 6 much worse, 7 very much worse</source>
        <extracomment>The person may type the number or these English words: keep the numbers and what each one means.</extracomment>
        <translation>un número del 1 al 7 (1 muchísimo mejor, 2 mucho mejor, 3 un poco mejor, 4 sin cambios, 5 un poco peor, 6 mucho peor, 7 muchísimo peor)</translation>
    </message>
    <message>
        <source>hours slept, such as 7, 6.5h, 6h30 or 6:30 (0 to 24 hours)</source>
        <translation>las horas dormidas, como 7, 6.5h, 6h30 o 6:30 (de 0 a 24 horas)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A length of sleep under an hour; %1 is the minutes.</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A length of sleep: %1 hours and %2 minutes.</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A length of sleep in whole hours.</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>yes (met) or no (not met)</source>
        <translation>yes (cumplido) o no (no cumplido)</translation>
    </message>
    <message>
        <source>a medication in the journal</source>
        <translation>un medicamento del diario</translation>
    </message>
    <message>
        <source>more than zero</source>
        <translation>más de cero</translation>
    </message>
    <message>
        <source>(text with control characters)</source>
        <translation>(texto con caracteres de control)</translation>
    </message>
    <message>
        <source>plain text: letters, numbers, punctuation, line breaks</source>
        <translation>texto simple: letras, números, signos de puntuación y saltos de línea</translation>
    </message>
    <message>
        <source>text of 1 to %1 characters</source>
        <translation>un texto de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>a short phrase on one line</source>
        <translation>una frase corta en una sola línea</translation>
    </message>
    <message>
        <source>a phrase of 1 to %1 characters</source>
        <translation>una frase de 1 a %1 caracteres</translation>
    </message>
</context>
<context>
    <name>relief::core::entry_edit</name>
    <message>
        <source>field of a %1 entry</source>
        <extracomment>%1: the kind of entry as the program names it (dose, pain, sleep...).</extracomment>
        <translation>campo de una entrada de tipo %1</translation>
    </message>
</context>
<context>
    <name>relief::core::entry_record</name>
    <message>
        <source>a value for a %1 entry</source>
        <translation>un valor para una entrada de tipo %1</translation>
    </message>
    <message>
        <source>a small whole number</source>
        <translation>un número entero pequeño</translation>
    </message>
    <message>
        <source>&apos;met&apos; or &apos;not-met&apos;</source>
        <translation>&apos;met&apos; o &apos;not-met&apos;</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de estos: %1</translation>
    </message>
</context>
<context>
    <name>relief::core::entry_text</name>
    <message>
        <source>left %1</source>
        <extracomment>A paired part of the body: %1 such as calf, knee.</extracomment>
        <translation>%1 (lado izquierdo)</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>%1 (lado derecho)</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>intenso</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>The pain scale&apos;s words: 0 none, 1-3 mild, 4-6 moderate, 7-9 severe, 10 worst imaginable.</extracomment>
        <translation>sin dolor</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>el peor imaginable</translation>
    </message>
    <message>
        <source>%1/10 (%2)</source>
        <extracomment>A pain score out of 10 and its word: 7/10 (severe).</extracomment>
        <translation>%1/10 (%2)</translation>
    </message>
    <message>
        <source>muscle relaxant</source>
        <translation>relajante muscular</translation>
    </message>
    <message>
        <source>antispasmodic</source>
        <translation>antiespasmódico</translation>
    </message>
    <message>
        <source>antispastic</source>
        <translation>antiespástico</translation>
    </message>
    <message>
        <source>NSAID</source>
        <translation>AINE</translation>
    </message>
    <message>
        <source>analgesic</source>
        <translation>analgésico</translation>
    </message>
    <message>
        <source>opioid</source>
        <translation>opioide</translation>
    </message>
    <message>
        <source>benzodiazepine</source>
        <translation>benzodiacepina</translation>
    </message>
    <message>
        <source>sedative</source>
        <translation>sedante</translation>
    </message>
    <message>
        <source>gabapentinoid</source>
        <translation>gabapentinoide</translation>
    </message>
    <message>
        <source>tricyclic</source>
        <translation>tricíclico</translation>
    </message>
    <message>
        <source>SSRI</source>
        <translation>ISRS</translation>
    </message>
    <message>
        <source>SNRI</source>
        <translation>IRSN</translation>
    </message>
    <message>
        <source>MAOI</source>
        <translation>IMAO</translation>
    </message>
    <message>
        <source>diuretic</source>
        <translation>diurético</translation>
    </message>
    <message>
        <source>statin</source>
        <translation>estatina</translation>
    </message>
    <message>
        <source>beta agonist</source>
        <translation>beta-agonista</translation>
    </message>
    <message>
        <source>other</source>
        <extracomment>The class of a medicine that is none of the listed ones.</extracomment>
        <translation>otro</translation>
    </message>
    <message>
        <source>medication %1</source>
        <extracomment>A medication no longer in the list, by its number.</extracomment>
        <translation>medicamento %1</translation>
    </message>
    <message>
        <source>dose: %1 %2 skipped</source>
        <extracomment>%1: the medication, %2: the amount (such as 10 mg).</extracomment>
        <translation>dosis: %1 %2 omitida</translation>
    </message>
    <message>
        <source>dose: %1 %2 taken</source>
        <translation>dosis: %1 %2 tomada</translation>
    </message>
    <message>
        <source>pain %1: %2; %3</source>
        <extracomment>%1: the score (7/10 (severe)), %2: where, %3: what it is like.</extracomment>
        <translation>dolor %1: %2; %3</translation>
    </message>
    <message>
        <source>pain %1: %2</source>
        <extracomment>%1: the score (7/10 (severe)), %2: where it hurts or what it is like.</extracomment>
        <translation>dolor %1: %2</translation>
    </message>
    <message>
        <source>pain %1</source>
        <translation>dolor %1</translation>
    </message>
    <message>
        <source>side effect: %1 (%2)</source>
        <extracomment>%1: the side effect, %2: mild, moderate or severe.</extracomment>
        <translation>efecto secundario: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>How long a cramp lasted.</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>severity %1/10</source>
        <translation>intensidad %1/10</translation>
    </message>
    <message>
        <source>cramp</source>
        <translation>calambre</translation>
    </message>
    <message>
        <source>cramp: %1</source>
        <extracomment>%1: where, how long and how bad, as known.</extracomment>
        <translation>calambre: %1</translation>
    </message>
    <message>
        <source>measure: %1, %2 min</source>
        <extracomment>Something done against the pain: %1 such as heat, %2 minutes.</extracomment>
        <translation>medida: %1, %2 min</translation>
    </message>
    <message>
        <source>measure: %1</source>
        <translation>medida: %1</translation>
    </message>
    <message numerus="yes">
        <source>fluids: %n glass</source>
        <translation>
            <numerusform>líquidos: %n vaso</numerusform>
            <numerusform>líquidos: %n vasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fluids: %n glasses</source>
        <translation>
            <numerusform>líquidos: %n vaso</numerusform>
            <numerusform>líquidos: %n vasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>alcohol: %n drink</source>
        <translation>
            <numerusform>alcohol: %n bebida</numerusform>
            <numerusform>alcohol: %n bebidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>alcohol: %n drinks</source>
        <translation>
            <numerusform>alcohol: %n bebida</numerusform>
            <numerusform>alcohol: %n bebidas</numerusform>
        </translation>
    </message>
    <message>
        <source>symptom: %1</source>
        <translation>síntoma: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <extracomment>A note the person wrote; %1 is the note itself.</extracomment>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>PEG %1: pain %2, enjoyment of life %3, general activity %4</source>
        <extracomment>The PEG scale (Pain, Enjoyment of life, General activity, each 0-10): %1 the mean score, %2 pain, %3 enjoyment of life, %4 general activity.</extracomment>
        <translation>PEG %1: dolor %2, disfrute de la vida %3, actividad general %4</translation>
    </message>
    <message>
        <source>sleep: %1, quality %2/10</source>
        <extracomment>%1: hours slept (such as 6 h 30 min), %2: the quality of sleep from 0 to 10.</extracomment>
        <translation>sueño: %1, calidad %2/10</translation>
    </message>
    <message>
        <source>sleep: %1</source>
        <translation>sueño: %1</translation>
    </message>
    <message>
        <source>goal met: %1</source>
        <extracomment>A goal of the day checked; %1 is the goal in the person&apos;s words.</extracomment>
        <translation>objetivo cumplido: %1</translation>
    </message>
    <message>
        <source>goal not met: %1</source>
        <translation>objetivo no cumplido: %1</translation>
    </message>
    <message>
        <source>global impression of change: %1 (%2/7)</source>
        <extracomment>The patient&apos;s global impression of change: %1 the answer (such as much improved), %2 its number of 7.</extracomment>
        <translation>impresión global de cambio: %1 (%2/7)</translation>
    </message>
</context>
<context>
    <name>relief::core::errors</name>
    <message>
        <source>invalid %1 &apos;%2&apos;: expected %3</source>
        <extracomment>An input a person gave was refused. %1: the field (or the option the person typed), %2: the value as typed, %3: what is allowed there.</extracomment>
        <translation>valor no válido en %1: &apos;%2&apos;; se esperaba %3</translation>
    </message>
</context>
<context>
    <name>relief::core::fields</name>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dosis</translation>
    </message>
    <message>
        <source>maximum per day</source>
        <translation>máximo diario</translation>
    </message>
    <message>
        <source>drug class</source>
        <translation>clase de medicamento</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>a demanda</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>stop date</source>
        <translation>fecha de fin</translation>
    </message>
    <message>
        <source>Change it on the Medications page</source>
        <translation>Cámbielo en la página Medicamentos</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>intensidad</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>año de nacimiento</translation>
    </message>
    <message>
        <source>UTC time</source>
        <translation>hora UTC</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>drug</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>medication</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>medication name</source>
        <translation>nombre del medicamento</translation>
    </message>
    <message>
        <source>ingredient</source>
        <translation>principio activo</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>pauta</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>ajuste</translation>
    </message>
    <message>
        <source>body location</source>
        <translation>zona del cuerpo</translation>
    </message>
    <message>
        <source>pain quality</source>
        <translation>tipo de dolor</translation>
    </message>
    <message>
        <source>side effect</source>
        <translation>efecto secundario</translation>
    </message>
    <message>
        <source>symptom</source>
        <translation>síntoma</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>enfermedad</translation>
    </message>
    <message>
        <source>hours slept</source>
        <translation>horas dormidas</translation>
    </message>
    <message>
        <source>sleep quality</source>
        <translation>calidad del sueño</translation>
    </message>
    <message>
        <source>PEG pain</source>
        <translation>PEG dolor</translation>
    </message>
    <message>
        <source>PEG enjoyment of life</source>
        <translation>PEG disfrute de la vida</translation>
    </message>
    <message>
        <source>PEG general activity</source>
        <translation>PEG actividad general</translation>
    </message>
    <message>
        <source>pain score</source>
        <translation>puntuación del dolor</translation>
    </message>
    <message>
        <source>cramp minutes</source>
        <translation>minutos del calambre</translation>
    </message>
    <message>
        <source>cramp severity</source>
        <translation>intensidad del calambre</translation>
    </message>
    <message>
        <source>measure minutes</source>
        <translation>minutos de la medida</translation>
    </message>
    <message>
        <source>glasses of fluid</source>
        <translation>vasos de líquido</translation>
    </message>
    <message>
        <source>alcoholic drinks</source>
        <translation>bebidas alcohólicas</translation>
    </message>
    <message>
        <source>sleep minutes</source>
        <translation>minutos de sueño</translation>
    </message>
    <message>
        <source>global impression of change</source>
        <translation>impresión global de cambio</translation>
    </message>
</context>
<context>
    <name>relief::core::goals</name>
    <message>
        <source>a goal added first (&apos;relief goal add &quot;walk the dog 20 minutes&quot;&apos;)</source>
        <extracomment>The command stays as it is: it is what the person types.</extracomment>
        <translation>añadir antes un objetivo (&apos;relief goal add &quot;walk the dog 20 minutes&quot;&apos;)</translation>
    </message>
    <message>
        <source>a goal you do not have yet: it is goal %1</source>
        <translation>un objetivo que aún no tenga: ya es el objetivo %1</translation>
    </message>
    <message>
        <source>at most %1 goals at a time; remove one first (&apos;relief goal remove 1&apos;)</source>
        <extracomment>%1: how many goals one may have. The command stays as it is.</extracomment>
        <translation>como máximo %1 objetivos a la vez; quite uno antes (&apos;relief goal remove 1&apos;)</translation>
    </message>
</context>
<context>
    <name>relief::core::medication</name>
    <message>
        <source>%1 from %2</source>
        <extracomment>A field of a prescription change: %1 the field (such as dose), %2 the day it starts.
----------
A prescription and the day it started: %1 such as &quot;10 mg at 08:00&quot;, %2 the day.</extracomment>
        <translation>%1 desde el %2</translation>
    </message>
    <message>
        <source>a dose of more than zero</source>
        <translation>una dosis mayor que cero</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>dose times such as 08:00,20:00 (%1), or %2</source>
        <translation>horas de toma como 08:00,20:00 (%1), o %2</translation>
    </message>
    <message>
        <source>a name in Unicode composed form (NFC)</source>
        <translation>un nombre en forma Unicode compuesta (NFC)</translation>
    </message>
    <message>
        <source>a name of 1 to %1 characters</source>
        <translation>un nombre de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>(text with control characters)</source>
        <translation>(texto con caracteres de control)</translation>
    </message>
    <message>
        <source>plain text: letters, numbers, punctuation</source>
        <translation>texto simple: letras, números y signos de puntuación</translation>
    </message>
    <message>
        <source>the drug&apos;s ingredient name</source>
        <translation>el nombre del principio activo</translation>
    </message>
    <message>
        <source>a day on or after the start date %1</source>
        <translation>un día igual o posterior a la fecha de inicio %1</translation>
    </message>
    <message>
        <source>a day after the start date %1</source>
        <translation>un día posterior a la fecha de inicio %1</translation>
    </message>
    <message>
        <source>one prescription change a day, each after the one before (%1)</source>
        <translation>un cambio de receta por día, cada uno posterior al anterior (%1)</translation>
    </message>
    <message>
        <source>a day on or after its last prescription change, from %1 (or remove that change first)</source>
        <translation>un día igual o posterior a su último cambio de receta, desde el %1 (o quite antes ese cambio)</translation>
    </message>
    <message>
        <source>at least one dose (%1)</source>
        <translation>al menos una dosis (%1)</translation>
    </message>
    <message>
        <source>the first day of a prescription change, but %1 has none</source>
        <translation>el primer día de un cambio de receta, pero %1 no tiene ninguno</translation>
    </message>
    <message>
        <source>the first day of one of %1&apos;s prescription changes: %2</source>
        <translation>el primer día de uno de los cambios de receta de %1: %2</translation>
    </message>
    <message>
        <source>before: %1</source>
        <extracomment>The prescriptions before the current one, the latest first; %1 is one of them.</extracomment>
        <translation>antes: %1</translation>
    </message>
    <message>
        <source>then: %1</source>
        <extracomment>The prescriptions after the current one; %1 is the first of them.</extracomment>
        <translation>después: %1</translation>
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
        <translation>ninguna clase: %1 es %2, que el catálogo ya conoce</translation>
    </message>
    <message>
        <source>a drug the catalogue knows; to add one it does not know, choose its class (%1, for example &apos;other&apos;)</source>
        <translation>un medicamento que el catálogo conozca; para añadir uno que no conoce, elija su clase (%1, por ejemplo &apos;other&apos;)</translation>
    </message>
    <message>
        <source>a drug the catalogue knows (did you mean %1?); to add one it does not know, choose its class (%2, for example &apos;other&apos;)</source>
        <translation>un medicamento que el catálogo conozca (¿quería decir %1?); para añadir uno que no conoce, elija su clase (%2, por ejemplo &apos;other&apos;)</translation>
    </message>
    <message>
        <source>a medication not already in your list: %1 is there from %2. %3, or stop it and add it again from a later day</source>
        <extracomment>%1: the medication, %2: the day it starts, %3: how to change it (a sentence).</extracomment>
        <translation>un medicamento que no esté ya en su lista: %1 figura desde el %2. %3, o suspéndalo y vuelva a añadirlo desde un día posterior</translation>
    </message>
</context>
<context>
    <name>relief::core::prescription</name>
    <message>
        <source>%1 as needed</source>
        <extracomment>A dose taken only when needed; %1 the amount (such as 400 mg).</extracomment>
        <translation>%1 a demanda</translation>
    </message>
    <message>
        <source>%1 at %2, plus as needed</source>
        <extracomment>%1 the amount (such as 5 mg), %2 the times of day (08:00, 20:00); more when needed.</extracomment>
        <translation>%1 a las %2, y a demanda</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 the amount (such as 5 mg), %2 the times of day (08:00, 14:00, 20:00).</extracomment>
        <translation>%1 a las %2</translation>
    </message>
</context>
<context>
    <name>relief::core::prescription_input</name>
    <message>
        <source>a day after %1 started (%2)</source>
        <translation>un día posterior al inicio de %1 (%2)</translation>
    </message>
    <message>
        <source>a day on or before %1&apos;s stop date %2</source>
        <translation>un día igual o anterior a la fecha de fin de %1, %2</translation>
    </message>
    <message>
        <source>dose times such as 08:00,20:00, or %1 (or both)</source>
        <translation>horas de toma como 08:00,20:00, o %1 (o ambas cosas)</translation>
    </message>
    <message>
        <source>at most the maximum per day, %1</source>
        <translation>como máximo el máximo diario, %1</translation>
    </message>
    <message>
        <source>a change to the prescription before %1 (%2): a new dose, times or %3</source>
        <extracomment>%1: the day, %2: the prescription before it, %3: the as-needed field.</extracomment>
        <translation>un cambio respecto a la receta anterior al %1 (%2): una nueva dosis, nuevas horas o %3</translation>
    </message>
    <message>
        <source>a change to the prescription from %1, which is already %2</source>
        <translation>un cambio en la receta desde el %1, que ya es %2</translation>
    </message>
</context>
<context>
    <name>relief::core::profile</name>
    <message>
        <source>a day from %1 to %2</source>
        <translation>un día del %1 al %2</translation>
    </message>
    <message>
        <source>text without control characters such as tabs or line breaks</source>
        <translation>un texto sin caracteres de control, como tabuladores o saltos de línea</translation>
    </message>
    <message>
        <source>text without leading or trailing spaces</source>
        <translation>un texto sin espacios al principio ni al final</translation>
    </message>
    <message>
        <source>the year of the date of birth %1 (%2)</source>
        <extracomment>%1: the date of birth, %2: its year.</extracomment>
        <translation>el año de la fecha de nacimiento %1 (%2)</translation>
    </message>
</context>
<context>
    <name>relief::core::reminder_settings</name>
    <message>
        <source>off, or two times such as 22:00-07:00 (from, to; over midnight is fine)</source>
        <translation>off, o dos horas como 22:00-07:00 (desde, hasta; puede pasar de medianoche)</translation>
    </message>
    <message>
        <source>two different times, such as 22:00-07:00, or off</source>
        <translation>dos horas distintas, como 22:00-07:00, u off</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes o no</translation>
    </message>
    <message>
        <source>remind while the app is closed (the service must be running)</source>
        <translation>recordar aunque la aplicación esté cerrada (el servicio debe estar en marcha)</translation>
    </message>
    <message>
        <source>0 to 120 (0: never repeat)</source>
        <translation>de 0 a 120 (0: no repetir nunca)</translation>
    </message>
    <message>
        <source>repeat an unanswered reminder every this many minutes</source>
        <translation>repetir un recordatorio sin respuesta cada tantos minutos</translation>
    </message>
    <message>
        <source>0 to 12</source>
        <translation>de 0 a 12</translation>
    </message>
    <message>
        <source>repeats after the first reminder, then it stops asking</source>
        <translation>repeticiones tras el primer recordatorio; después deja de preguntar</translation>
    </message>
    <message>
        <source>0 to 120 (0: none)</source>
        <translation>de 0 a 120 (0: ninguno)</translation>
    </message>
    <message>
        <source>a heads-up this many minutes before a dose</source>
        <translation>un aviso previo tantos minutos antes de una dosis</translation>
    </message>
    <message>
        <source>1 to 120</source>
        <translation>de 1 a 120</translation>
    </message>
    <message>
        <source>how long Snooze waits</source>
        <translation>cuánto espera Posponer</translation>
    </message>
    <message>
        <source>off, or 22:00-07:00</source>
        <translation>off, o 22:00-07:00</translation>
    </message>
    <message>
        <source>no reminder sounds in these hours</source>
        <translation>ningún recordatorio suena en estas horas</translation>
    </message>
    <message>
        <source>say &quot;a dose is due&quot; without the medication&apos;s name</source>
        <translation>decir «toca una dosis» sin el nombre del medicamento</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de estos: %1</translation>
    </message>
</context>
<context>
    <name>relief::core::reminder_text</name>
    <message>
        <source>A dose</source>
        <translation>Una dosis</translation>
    </message>
    <message>
        <source>a dose</source>
        <translation>una dosis</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>One dose of a reminder: %1 the medication and amount (or A dose), %2 the time.</extracomment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>While the computer was asleep</source>
        <translation>Mientras el ordenador estaba en reposo</translation>
    </message>
    <message>
        <source>Not logged:</source>
        <extracomment>A heading above the doses not logged while the computer was asleep.</extracomment>
        <translation>Sin registrar:</translation>
    </message>
    <message>
        <source>Due now:</source>
        <extracomment>A heading above the doses due now.</extracomment>
        <translation>Toca ahora:</translation>
    </message>
    <message>
        <source>Did you take it?</source>
        <translation>¿La tomó?</translation>
    </message>
    <message>
        <source>Did you take them?</source>
        <translation>¿Las tomó?</translation>
    </message>
    <message>
        <source>Coming up at %1: %2</source>
        <extracomment>%1: the time, %2: the medication and amount.</extracomment>
        <translation>Próximamente, a las %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dose is coming up</source>
        <translation>
            <numerusform>Se acerca %n dosis</numerusform>
            <numerusform>Se acercan %n dosis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses are coming up</source>
        <translation>
            <numerusform>Se acerca %n dosis</numerusform>
            <numerusform>Se acercan %n dosis</numerusform>
        </translation>
    </message>
    <message>
        <source>A dose is still due</source>
        <translation>Todavía toca una dosis</translation>
    </message>
    <message>
        <source>A dose is due</source>
        <translation>Toca una dosis</translation>
    </message>
    <message>
        <source>Still due: %1</source>
        <extracomment>%1: the medication and amount, such as Flexeril 5 mg.</extracomment>
        <translation>Todavía pendiente: %1</translation>
    </message>
    <message>
        <source>Time for %1</source>
        <translation>Es hora de tomar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dose is still due</source>
        <translation>
            <numerusform>Todavía toca %n dosis</numerusform>
            <numerusform>Todavía tocan %n dosis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses are still due</source>
        <translation>
            <numerusform>Todavía toca %n dosis</numerusform>
            <numerusform>Todavía tocan %n dosis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dose is due</source>
        <translation>
            <numerusform>Toca %n dosis</numerusform>
            <numerusform>Tocan %n dosis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses are due</source>
        <translation>
            <numerusform>Toca %n dosis</numerusform>
            <numerusform>Tocan %n dosis</numerusform>
        </translation>
    </message>
    <message>
        <source>Coming up:</source>
        <extracomment>A heading above the doses coming up soon.</extracomment>
        <translation>Próximamente:</translation>
    </message>
    <message>
        <source>Taken all</source>
        <extracomment>Buttons of a reminder: the dose was taken (all of the doses shown, when several).</extracomment>
        <translation>Tomadas todas</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Skip all</source>
        <extracomment>Buttons of a reminder: the dose is skipped (all of them, when several).</extracomment>
        <translation>Omitir todas</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <extracomment>A button: remind again in %1 minutes.</extracomment>
        <translation>Posponer %1 min</translation>
    </message>
    <message>
        <source>%1 today</source>
        <extracomment>%1: a time of day.</extracomment>
        <translation>%1 hoy</translation>
    </message>
    <message>
        <source>%1 tomorrow</source>
        <translation>%1 mañana</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1: a time of day, %2: the day.</extracomment>
        <translation>%1 el %2</translation>
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
        <translation>%1 (prevista a las %2)</translation>
    </message>
    <message>
        <source>%1: a heads-up for %2</source>
        <extracomment>The next reminder; %1: when (such as 20:00 today), %2: the dose and its scheduled time.</extracomment>
        <translation>%1: aviso previo de %2</translation>
    </message>
    <message>
        <source>%1: a repeat for %2, not yet answered</source>
        <translation>%1: repetición de %2, aún sin respuesta</translation>
    </message>
    <message>
        <source>%1: what was missed while asleep, first %2</source>
        <translation>%1: lo que quedó pendiente durante el reposo, primero %2</translation>
    </message>
    <message>
        <source>%1: %2 is due</source>
        <translation>%1: toca %2</translation>
    </message>
    <message>
        <source>%1, snoozed</source>
        <extracomment>%1: the next reminder, which was snoozed.</extracomment>
        <translation>%1, pospuesto</translation>
    </message>
    <message>
        <source>%1, held back by quiet hours</source>
        <extracomment>%1: the next reminder, which quiet hours moved.</extracomment>
        <translation>%1, retenido por las horas de silencio</translation>
    </message>
</context>
<context>
    <name>relief::core::schedule</name>
    <message>
        <source>each time once, such as 08:00,14:00,20:00</source>
        <translation>cada hora una sola vez, como 08:00,14:00,20:00</translation>
    </message>
    <message>
        <source>at most 24 times a day</source>
        <translation>como máximo 24 horas al día</translation>
    </message>
</context>
<context>
    <name>relief::core::suggest</name>
    <message>
        <source>or</source>
        <extracomment>The last joiner of a list of choices: &apos;a&apos;, &apos;b&apos; or &apos;c&apos;.</extracomment>
        <translation>o</translation>
    </message>
    <message>
        <source>and</source>
        <extracomment>The last joiner of a list: &apos;a&apos;, &apos;b&apos; and &apos;c&apos;.</extracomment>
        <translation>y</translation>
    </message>
</context>
<context>
    <name>relief::core::thresholds</name>
    <message>
        <source>gap in days that does not break a course</source>
        <translation>días de pausa que no interrumpen un tratamiento</translation>
    </message>
    <message>
        <source>days used (of the regular-use window) for regular use</source>
        <translation>días de toma (dentro del periodo de uso habitual) que cuentan como uso habitual</translation>
    </message>
    <message>
        <source>regular-use window in days</source>
        <translation>periodo de uso habitual, en días</translation>
    </message>
    <message>
        <source>pain window in days</source>
        <translation>periodo de dolor, en días</translation>
    </message>
    <message>
        <source>logged days a window mean needs</source>
        <translation>días registrados que necesita la media de un periodo</translation>
    </message>
    <message>
        <source>logged days that make the baseline</source>
        <translation>días registrados que forman el valor de partida</translation>
    </message>
    <message>
        <source>points below baseline that count as improvement</source>
        <translation>puntos por debajo del valor de partida que cuentan como mejoría</translation>
    </message>
    <message>
        <source>percent below baseline that counts as improvement</source>
        <translation>porcentaje por debajo del valor de partida que cuenta como mejoría</translation>
    </message>
    <message>
        <source>pain that starts an episode</source>
        <translation>dolor que inicia un episodio</translation>
    </message>
    <message>
        <source>pain at or below which days count towards an episode&apos;s end</source>
        <translation>dolor igual o inferior con el que los días cuentan para el final de un episodio</translation>
    </message>
    <message>
        <source>low days in a row that end an episode</source>
        <translation>días seguidos con poco dolor que terminan un episodio</translation>
    </message>
    <message>
        <source>days without pain logged that end an episode</source>
        <translation>días sin dolor registrado que terminan un episodio</translation>
    </message>
    <message>
        <source>course day of the 2-week note for acute relaxants</source>
        <translation>día de tratamiento de la nota de 2 semanas para relajantes de uso agudo</translation>
    </message>
    <message>
        <source>course day of the 3-week warning</source>
        <translation>día de tratamiento de la advertencia de 3 semanas</translation>
    </message>
    <message>
        <source>course day by which cyclobenzaprine should help</source>
        <translation>día de tratamiento en que la ciclobenzaprina ya debería ayudar</translation>
    </message>
    <message>
        <source>episode day for re-assessment</source>
        <translation>día del episodio para la revisión médica</translation>
    </message>
    <message>
        <source>PEG improvement that counts (IMMPACT: 30 %)</source>
        <translation>mejoría del PEG que cuenta (IMMPACT: 30 %)</translation>
    </message>
    <message>
        <source>relaxant course day to judge by the PEG</source>
        <translation>día del tratamiento con relajante en que se valora con el PEG</translation>
    </message>
    <message>
        <source>days a PEG answer stays current</source>
        <translation>días que una respuesta del PEG sigue vigente</translation>
    </message>
    <message>
        <source>episode day when re-assessment is overdue</source>
        <translation>día del episodio en que la revisión médica ya se ha retrasado</translation>
    </message>
    <message>
        <source>rise in the weekly mean that counts as worsening</source>
        <translation>aumento de la media semanal que cuenta como empeoramiento</translation>
    </message>
    <message>
        <source>percent of the daily maximum that is urgent</source>
        <translation>porcentaje del máximo diario que es urgente</translation>
    </message>
    <message>
        <source>hours between tizanidine and a CYP1A2 inhibitor</source>
        <translation>horas entre la tizanidina y un inhibidor del CYP1A2</translation>
    </message>
    <message>
        <source>days after an MAOI when cyclobenzaprine is unsafe</source>
        <translation>días después de un IMAO en que la ciclobenzaprina no es segura</translation>
    </message>
    <message>
        <source>age from which acute relaxants need extra care</source>
        <translation>edad a partir de la cual los relajantes de uso agudo requieren más precaución</translation>
    </message>
    <message>
        <source>days of regular tizanidine before a stop matters</source>
        <translation>días de tizanidina habitual a partir de los cuales importa dejarla</translation>
    </message>
    <message>
        <source>days without an acute muscle relaxant that do not end a run of its (as-needed) use</source>
        <translation>días sin un relajante muscular de uso agudo que no terminan una racha de su uso (a demanda)</translation>
    </message>
    <message>
        <source>whole days without any dose of baclofen or tizanidine that read as a stop</source>
        <translation>días completos sin ninguna dosis de baclofeno o tizanidina que se interpretan como una suspensión</translation>
    </message>
    <message>
        <source>days after a stop that its withdrawal warning stays current</source>
        <translation>días tras una suspensión en que su advertencia de abstinencia sigue vigente</translation>
    </message>
    <message>
        <source>days of regular baclofen before a stop matters</source>
        <translation>días de baclofeno habitual a partir de los cuales importa dejarlo</translation>
    </message>
    <message>
        <source>daily drop in tizanidine that counts as abrupt</source>
        <translation>bajada diaria de tizanidina que cuenta como brusca</translation>
    </message>
    <message>
        <source>carisoprodol course length before a stop is noted</source>
        <translation>duración del tratamiento con carisoprodol a partir de la cual se señala una suspensión</translation>
    </message>
    <message>
        <source>adherence target</source>
        <translation>objetivo de cumplimiento</translation>
    </message>
    <message>
        <source>adherence below which baclofen/tizanidine warn</source>
        <translation>cumplimiento por debajo del cual se avisa con baclofeno/tizanidina</translation>
    </message>
    <message>
        <source>adherence window in days</source>
        <translation>periodo de cumplimiento, en días</translation>
    </message>
    <message>
        <source>course days before adherence is judged</source>
        <translation>días de tratamiento antes de valorar el cumplimiento</translation>
    </message>
    <message>
        <source>scheduled doses missed in a row</source>
        <translation>dosis previstas olvidadas seguidas</translation>
    </message>
    <message>
        <source>doses missed after side effects</source>
        <translation>dosis olvidadas tras efectos secundarios</translation>
    </message>
    <message>
        <source>window for missed doses after side effects</source>
        <translation>periodo para las dosis olvidadas tras efectos secundarios</translation>
    </message>
    <message>
        <source>hours after a side effect that a missed dose counts</source>
        <translation>horas tras un efecto secundario en que cuenta una dosis olvidada</translation>
    </message>
    <message>
        <source>tolerance comparison window in days</source>
        <translation>periodo de comparación de la tolerancia, en días</translation>
    </message>
    <message>
        <source>dose increase that counts as escalation</source>
        <translation>aumento de dosis que cuenta como escalada</translation>
    </message>
    <message>
        <source>rise in as-needed doses that counts</source>
        <translation>aumento de las dosis a demanda que cuenta</translation>
    </message>
    <message>
        <source>days above the prescribed dose that count</source>
        <translation>días por encima de la dosis recetada que cuentan</translation>
    </message>
    <message>
        <source>course day when baclofen titration ends</source>
        <translation>día de tratamiento en que termina el ajuste de dosis del baclofeno</translation>
    </message>
    <message>
        <source>course day when tizanidine titration ends</source>
        <translation>día de tratamiento en que termina el ajuste de dosis de la tizanidina</translation>
    </message>
    <message>
        <source>course day when titration ends for other drugs</source>
        <translation>día de tratamiento en que termina el ajuste de dosis de otros medicamentos</translation>
    </message>
    <message>
        <source>days in a week that make a pain pattern</source>
        <translation>días de una semana que forman un patrón de dolor</translation>
    </message>
    <message>
        <source>days with cramps in a week that count as frequent</source>
        <translation>días con calambres en una semana que cuentan como frecuentes</translation>
    </message>
    <message>
        <source>days between starting a relaxant and cramps</source>
        <translation>días entre empezar un relajante y los calambres</translation>
    </message>
    <message>
        <source>glasses a day under which fluid intake is low</source>
        <translation>vasos al día por debajo de los cuales se bebe poco líquido</translation>
    </message>
    <message>
        <source>relaxant days in a week without non-drug measures</source>
        <translation>días con relajante en una semana sin medidas no farmacológicas</translation>
    </message>
    <message>
        <source>threshold.&lt;name&gt; with one of: %1</source>
        <translation>threshold.&lt;nombre&gt; con uno de estos: %1</translation>
    </message>
    <message>
        <source>max-daily.&lt;ingredient&gt; for an ingredient the catalogue knows</source>
        <translation>max-daily.&lt;principio activo&gt; para un principio activo que el catálogo conozca</translation>
    </message>
    <message>
        <source>threshold.&lt;name&gt; or max-daily.&lt;ingredient&gt;</source>
        <translation>threshold.&lt;nombre&gt; o max-daily.&lt;principio activo&gt;</translation>
    </message>
    <message>
        <source>at least %1 (%2); change that one first</source>
        <extracomment>%1: the other setting (threshold.&lt;name&gt;, as typed), %2: its value.</extracomment>
        <translation>al menos %1 (%2); cambie antes ese ajuste</translation>
    </message>
    <message>
        <source>more than %1 (%2); change that one first</source>
        <translation>más que %1 (%2); cambie antes ese ajuste</translation>
    </message>
</context>
<context>
    <name>relief::core::typed_text</name>
    <message>
        <source>a name in plain text (letters, digits, spaces and punctuation), without control characters such as tabs or line breaks</source>
        <translation>un nombre en texto simple (letras, cifras, espacios y signos de puntuación), sin caracteres de control como tabuladores o saltos de línea</translation>
    </message>
    <message>
        <source>direction controls reorder how a name is shown; letters of any script are allowed</source>
        <translation>los controles de dirección cambian el orden en que se muestra un nombre; se admiten letras de cualquier alfabeto</translation>
    </message>
    <message>
        <source>a name may hold letters, digits, spaces and punctuation, but nothing invisible, so that two names that look alike are one name</source>
        <translation>un nombre puede tener letras, cifras, espacios y signos de puntuación, pero nada invisible, para que dos nombres que parecen iguales sean uno solo</translation>
    </message>
    <message>
        <source>a name without %1: %2</source>
        <extracomment>%1: the character (such as U+200B ZERO WIDTH SPACE), %2: why it is refused.</extracomment>
        <translation>un nombre sin %1: %2</translation>
    </message>
    <message>
        <source>a name of 1 to %1 characters</source>
        <translation>un nombre de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>(text with control characters)</source>
        <translation>(texto con caracteres de control)</translation>
    </message>
    <message>
        <source>plain text: letters, numbers, punctuation, line breaks</source>
        <translation>texto simple: letras, números, signos de puntuación y saltos de línea</translation>
    </message>
    <message>
        <source>text of 1 to %1 characters</source>
        <translation>un texto de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>text in which %1 is closed by %2 on the same line: an unclosed direction control reorders the text shown after it</source>
        <translation>un texto en el que %1 se cierre con %2 en la misma línea: un control de dirección sin cerrar cambia el orden del texto que le sigue</translation>
    </message>
    <message>
        <source>text without %1 that closes nothing: direction controls come in pairs on one line</source>
        <translation>un texto sin %1 que no cierra nada: los controles de dirección van por parejas en una misma línea</translation>
    </message>
</context>
<context>
    <name>relief::core::unicode_text</name>
    <message>
        <source>a no-break space</source>
        <translation>un espacio de no separación</translation>
    </message>
    <message>
        <source>a soft hyphen</source>
        <translation>un guion discrecional</translation>
    </message>
    <message>
        <source>an Arabic letter mark</source>
        <translation>una marca de letra árabe</translation>
    </message>
    <message>
        <source>a zero-width space</source>
        <translation>un espacio de ancho cero</translation>
    </message>
    <message>
        <source>a zero-width non-joiner</source>
        <translation>un no-unión de ancho cero</translation>
    </message>
    <message>
        <source>a zero-width joiner</source>
        <translation>una unión de ancho cero</translation>
    </message>
    <message>
        <source>a left-to-right mark</source>
        <translation>una marca de izquierda a derecha</translation>
    </message>
    <message>
        <source>a right-to-left mark</source>
        <translation>una marca de derecha a izquierda</translation>
    </message>
    <message>
        <source>a left-to-right embedding</source>
        <translation>una incrustación de izquierda a derecha</translation>
    </message>
    <message>
        <source>a right-to-left embedding</source>
        <translation>una incrustación de derecha a izquierda</translation>
    </message>
    <message>
        <source>a pop directional formatting</source>
        <translation>un fin de formato direccional</translation>
    </message>
    <message>
        <source>a left-to-right override</source>
        <translation>un forzado de izquierda a derecha</translation>
    </message>
    <message>
        <source>a right-to-left override</source>
        <translation>un forzado de derecha a izquierda</translation>
    </message>
    <message>
        <source>a word joiner</source>
        <translation>una unión de palabras</translation>
    </message>
    <message>
        <source>a left-to-right isolate</source>
        <translation>un aislamiento de izquierda a derecha</translation>
    </message>
    <message>
        <source>a right-to-left isolate</source>
        <translation>un aislamiento de derecha a izquierda</translation>
    </message>
    <message>
        <source>a first strong isolate</source>
        <translation>un aislamiento según el primer carácter fuerte</translation>
    </message>
    <message>
        <source>a pop directional isolate</source>
        <translation>un fin de aislamiento direccional</translation>
    </message>
    <message>
        <source>an emoji variation selector</source>
        <translation>un selector de variante emoji</translation>
    </message>
    <message>
        <source>a zero-width no-break space or byte order mark</source>
        <translation>un espacio de no separación de ancho cero o marca de orden de bytes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A character named in a message: %1 such as a zero-width space, %2 its code (U+200B).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the character %1</source>
        <extracomment>%1: a character&apos;s code, such as U+E000.</extracomment>
        <translation>el carácter %1</translation>
    </message>
    <message>
        <source>the character %1 (%2)</source>
        <extracomment>%1: the character&apos;s Unicode name (in English), %2: its code, such as U+00E9.</extracomment>
        <translation>el carácter %1 (%2)</translation>
    </message>
</context>
<context>
    <name>relief::core::vocabulary</name>
    <message>
        <source>one of %1; paired parts such as &apos;calf&apos; may start with &apos;left-&apos; or &apos;right-&apos;</source>
        <translation>uno de estos: %1; las partes pares, como &apos;calf&apos;, pueden empezar por &apos;left-&apos; o &apos;right-&apos;</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de estos: %1</translation>
    </message>
    <message>
        <source>one of %1; paired parts such as &apos;calf&apos; may start with &apos;left-&apos; or &apos;right-&apos; (did you mean %2?)</source>
        <extracomment>%1: the names a person may type, %2: those nearest to what was typed.</extracomment>
        <translation>uno de estos: %1; las partes pares, como &apos;calf&apos;, pueden empezar por &apos;left-&apos; o &apos;right-&apos; (¿quería decir %2?)</translation>
    </message>
    <message>
        <source>one of %1 (did you mean %2?)</source>
        <translation>uno de estos: %1 (¿quería decir %2?)</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>cuello</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>parte alta de la espalda</translation>
    </message>
    <message>
        <source>mid back</source>
        <translation>parte media de la espalda</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>zona lumbar</translation>
    </message>
    <message>
        <source>shoulder</source>
        <translation>hombro</translation>
    </message>
    <message>
        <source>arm</source>
        <translation>brazo</translation>
    </message>
    <message>
        <source>elbow</source>
        <translation>codo</translation>
    </message>
    <message>
        <source>wrist</source>
        <translation>muñeca</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>mano</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>pecho</translation>
    </message>
    <message>
        <source>abdomen</source>
        <translation>abdomen</translation>
    </message>
    <message>
        <source>hip</source>
        <translation>cadera</translation>
    </message>
    <message>
        <source>buttock</source>
        <translation>nalga</translation>
    </message>
    <message>
        <source>groin</source>
        <translation>ingle</translation>
    </message>
    <message>
        <source>leg</source>
        <translation>pierna</translation>
    </message>
    <message>
        <source>thigh</source>
        <translation>muslo</translation>
    </message>
    <message>
        <source>inner thigh</source>
        <translation>cara interna del muslo</translation>
    </message>
    <message>
        <source>knee</source>
        <translation>rodilla</translation>
    </message>
    <message>
        <source>below knee</source>
        <translation>debajo de la rodilla</translation>
    </message>
    <message>
        <source>shin</source>
        <translation>espinilla</translation>
    </message>
    <message>
        <source>calf</source>
        <translation>pantorrilla</translation>
    </message>
    <message>
        <source>ankle</source>
        <translation>tobillo</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>pie</translation>
    </message>
    <message>
        <source>head</source>
        <translation>cabeza</translation>
    </message>
    <message>
        <source>jaw</source>
        <translation>mandíbula</translation>
    </message>
    <message>
        <source>whole body</source>
        <translation>todo el cuerpo</translation>
    </message>
    <message>
        <source>aching</source>
        <translation>dolor sordo</translation>
    </message>
    <message>
        <source>spasm</source>
        <translation>espasmo</translation>
    </message>
    <message>
        <source>stiffness</source>
        <translation>rigidez</translation>
    </message>
    <message>
        <source>burning</source>
        <translation>ardor</translation>
    </message>
    <message>
        <source>shooting</source>
        <translation>punzante que se irradia</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>hormigueo</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>entumecimiento</translation>
    </message>
    <message>
        <source>stabbing</source>
        <translation>dolor agudo</translation>
    </message>
    <message>
        <source>throbbing</source>
        <translation>pulsátil</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>articular</translation>
    </message>
    <message>
        <source>electric</source>
        <translation>descarga eléctrica</translation>
    </message>
    <message>
        <source>cramping</source>
        <translation>calambres</translation>
    </message>
    <message>
        <source>drowsiness</source>
        <translation>somnolencia</translation>
    </message>
    <message>
        <source>dizziness</source>
        <translation>mareo</translation>
    </message>
    <message>
        <source>dry mouth</source>
        <translation>boca seca</translation>
    </message>
    <message>
        <source>confusion</source>
        <translation>confusión</translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation>cansancio</translation>
    </message>
    <message>
        <source>headache</source>
        <translation>dolor de cabeza</translation>
    </message>
    <message>
        <source>nervousness</source>
        <translation>nerviosismo</translation>
    </message>
    <message>
        <source>blurred vision</source>
        <translation>visión borrosa</translation>
    </message>
    <message>
        <source>fast heartbeat</source>
        <translation>latido rápido</translation>
    </message>
    <message>
        <source>nausea</source>
        <translation>náuseas</translation>
    </message>
    <message>
        <source>vomiting</source>
        <translation>vómitos</translation>
    </message>
    <message>
        <source>constipation</source>
        <translation>estreñimiento</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>debilidad</translation>
    </message>
    <message>
        <source>low blood pressure</source>
        <translation>tensión baja</translation>
    </message>
    <message>
        <source>high blood pressure</source>
        <translation>tensión alta</translation>
    </message>
    <message>
        <source>slow heartbeat</source>
        <translation>latido lento</translation>
    </message>
    <message>
        <source>insomnia</source>
        <translation>insomnio</translation>
    </message>
    <message>
        <source>twitching</source>
        <translation>contracciones musculares</translation>
    </message>
    <message>
        <source>muscle weakness</source>
        <translation>debilidad muscular</translation>
    </message>
    <message>
        <source>hallucinations</source>
        <translation>alucinaciones</translation>
    </message>
    <message>
        <source>rash</source>
        <translation>erupción en la piel</translation>
    </message>
    <message>
        <source>can&apos;t stay awake</source>
        <translation>no puede mantenerse despierto</translation>
    </message>
    <message>
        <source>slow breathing</source>
        <translation>respiración lenta</translation>
    </message>
    <message>
        <source>agitation</source>
        <translation>agitación</translation>
    </message>
    <message>
        <source>tremor</source>
        <translation>temblor</translation>
    </message>
    <message>
        <source>sweating</source>
        <translation>sudoración</translation>
    </message>
    <message>
        <source>unpleasant taste</source>
        <translation>mal sabor de boca</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>hinchazón</translation>
    </message>
    <message>
        <source>shortness of breath</source>
        <translation>falta de aire</translation>
    </message>
    <message>
        <source>itching</source>
        <translation>picor</translation>
    </message>
    <message>
        <source>diarrhea</source>
        <translation>diarrea</translation>
    </message>
    <message>
        <source>stomach pain</source>
        <translation>dolor de estómago</translation>
    </message>
    <message>
        <source>heartburn</source>
        <translation>acidez</translation>
    </message>
    <message>
        <source>dilated pupils</source>
        <translation>pupilas dilatadas</translation>
    </message>
    <message>
        <source>dry eyes</source>
        <translation>ojos secos</translation>
    </message>
    <message>
        <source>urinary retention</source>
        <translation>retención de orina</translation>
    </message>
    <message>
        <source>unsteadiness</source>
        <translation>inestabilidad</translation>
    </message>
    <message>
        <source>slurred speech</source>
        <translation>habla arrastrada</translation>
    </message>
    <message>
        <source>memory problems</source>
        <translation>problemas de memoria</translation>
    </message>
    <message>
        <source>loss of appetite</source>
        <translation>pérdida de apetito</translation>
    </message>
    <message>
        <source>bladder control loss</source>
        <translation>pérdida del control de la vejiga</translation>
    </message>
    <message>
        <source>bowel control loss</source>
        <translation>pérdida del control intestinal</translation>
    </message>
    <message>
        <source>saddle numbness</source>
        <translation>entumecimiento en silla de montar (zona genital y glúteos)</translation>
    </message>
    <message>
        <source>leg weakness</source>
        <translation>debilidad en las piernas</translation>
    </message>
    <message>
        <source>foot drop</source>
        <translation>pie caído</translation>
    </message>
    <message>
        <source>unexplained weight loss</source>
        <translation>pérdida de peso sin causa aparente</translation>
    </message>
    <message>
        <source>night pain</source>
        <translation>dolor nocturno</translation>
    </message>
    <message>
        <source>leg numbness</source>
        <translation>entumecimiento de la pierna</translation>
    </message>
    <message>
        <source>weight loss</source>
        <translation>pérdida de peso</translation>
    </message>
    <message>
        <source>back pain</source>
        <translation>dolor de espalda</translation>
    </message>
    <message>
        <source>fever with back pain</source>
        <translation>fiebre con dolor de espalda</translation>
    </message>
    <message>
        <source>pain after fall</source>
        <translation>dolor tras una caída</translation>
    </message>
    <message>
        <source>fever</source>
        <translation>fiebre</translation>
    </message>
    <message>
        <source>racing heart</source>
        <translation>corazón acelerado</translation>
    </message>
    <message>
        <source>seizure</source>
        <translation>convulsión</translation>
    </message>
    <message>
        <source>palpitations</source>
        <translation>palpitaciones</translation>
    </message>
    <message>
        <source>severe spasms</source>
        <translation>espasmos intensos</translation>
    </message>
    <message>
        <source>muscle stiffness</source>
        <translation>rigidez muscular</translation>
    </message>
    <message>
        <source>shivering</source>
        <translation>escalofríos</translation>
    </message>
    <message>
        <source>heat</source>
        <translation>calor</translation>
    </message>
    <message>
        <source>ice</source>
        <translation>hielo</translation>
    </message>
    <message>
        <source>stretching</source>
        <translation>estiramientos</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>physical therapy</source>
        <translation>fisioterapia</translation>
    </message>
    <message>
        <source>massage</source>
        <translation>masaje</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>reposo</translation>
    </message>
    <message>
        <source>hyperthyroidism</source>
        <translation>hipertiroidismo</translation>
    </message>
    <message>
        <source>hypothyroidism</source>
        <translation>hipotiroidismo</translation>
    </message>
    <message>
        <source>arrhythmia</source>
        <translation>arritmia</translation>
    </message>
    <message>
        <source>heart block</source>
        <translation>bloqueo cardíaco</translation>
    </message>
    <message>
        <source>heart failure</source>
        <translation>insuficiencia cardíaca</translation>
    </message>
    <message>
        <source>heart disease</source>
        <translation>enfermedad del corazón</translation>
    </message>
    <message>
        <source>recent heart attack</source>
        <translation>infarto reciente</translation>
    </message>
    <message>
        <source>liver impairment</source>
        <translation>enfermedad del hígado</translation>
    </message>
    <message>
        <source>kidney disease</source>
        <translation>enfermedad del riñón</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>embarazo</translation>
    </message>
    <message>
        <source>multiple sclerosis</source>
        <translation>esclerosis múltiple</translation>
    </message>
    <message>
        <source>spinal cord injury</source>
        <translation>lesión de la médula espinal</translation>
    </message>
    <message>
        <source>cerebral palsy</source>
        <translation>parálisis cerebral</translation>
    </message>
    <message>
        <source>low back pain</source>
        <translation>lumbalgia</translation>
    </message>
    <message>
        <source>neck pain</source>
        <translation>dolor de cuello</translation>
    </message>
    <message>
        <source>sciatica</source>
        <translation>ciática</translation>
    </message>
    <message>
        <source>fibromyalgia</source>
        <translation>fibromialgia</translation>
    </message>
    <message>
        <source>stroke</source>
        <translation>ictus</translation>
    </message>
    <message>
        <source>epilepsy</source>
        <translation>epilepsia</translation>
    </message>
    <message>
        <source>glaucoma</source>
        <translation>glaucoma</translation>
    </message>
    <message>
        <source>depression</source>
        <translation>depresión</translation>
    </message>
    <message>
        <source>sleep apnea</source>
        <translation>apnea del sueño</translation>
    </message>
    <message>
        <source>breastfeeding</source>
        <translation>lactancia</translation>
    </message>
    <message>
        <source>hypertension</source>
        <translation>hipertensión</translation>
    </message>
    <message>
        <source>hypotension</source>
        <translation>hipotensión</translation>
    </message>
    <message>
        <source>a name such as %1</source>
        <translation>un nombre como %1</translation>
    </message>
    <message>
        <source>a known %1 or a new name not this close to one (did you mean %2?)</source>
        <extracomment>%1: what the field holds (such as side effect), %2: the known names nearest to what was typed.</extracomment>
        <translation>un valor conocido de %1 o un nombre nuevo que no se parezca tanto a uno (¿quería decir %2?)</translation>
    </message>
    <message>
        <source>a name of at most %1 characters (longer text belongs in a note)</source>
        <translation>un nombre de %1 caracteres como máximo (un texto más largo va en una nota)</translation>
    </message>
    <message>
        <source>a name made of letters, digits, spaces and hyphens</source>
        <translation>un nombre hecho de letras, cifras, espacios y guiones</translation>
    </message>
    <message>
        <source>names separated by commas, with no empty item</source>
        <translation>nombres separados por comas, sin elementos vacíos</translation>
    </message>
</context>
<context>
    <name>relief::core::zone</name>
    <message>
        <source>a local time as YYYY-MM-DDTHH:MM, such as 2026-03-01T08:30 (or with an offset, such as 2026-03-01T08:30+01:00)</source>
        <translation>una hora local con el formato AAAA-MM-DDTHH:MM, como 2026-03-01T08:30 (o con desfase horario, como 2026-03-01T08:30+01:00)</translation>
    </message>
    <message>
        <source>a time zone such as Europe/London or America/New_York</source>
        <translation>una zona horaria como Europe/Madrid o America/New_York</translation>
    </message>
    <message>
        <source>a time zone such as Europe/London or America/New_York (did you mean %1?)</source>
        <translation>una zona horaria como Europe/Madrid o America/New_York (¿quería decir %1?)</translation>
    </message>
    <message>
        <source>a time that exists in %1 (the clocks skip it on that day for daylight saving time)</source>
        <extracomment>%1: the time zone, such as Europe/Berlin.</extracomment>
        <translation>una hora que exista en %1 (ese día los relojes se la saltan por el cambio de hora)</translation>
    </message>
    <message>
        <source>a time from 1900 to 9999, both in UTC and on the clock of %1</source>
        <translation>una hora entre 1900 y 9999, tanto en UTC como en el reloj de %1</translation>
    </message>
    <message>
        <source>a UTC time as YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>una hora UTC con el formato AAAA-MM-DDTHH:MM:SSZ</translation>
    </message>
</context>
<context>
    <name>relief::sharing::change_file</name>
    <message>
        <source>it is incomplete: it ends before its last part (it may still be copying)</source>
        <translation>está incompleto: termina antes de su última parte (puede que aún se esté copiando)</translation>
    </message>
    <message>
        <source>it is damaged or was changed, or it was not written with this share&apos;s key</source>
        <translation>está dañado o se modificó, o no se escribió con la clave de este diario compartido</translation>
    </message>
</context>
<context>
    <name>relief::sharing::share</name>
    <message>
        <source>there is no folder %1: is the sync tool (or the USB stick) there?</source>
        <extracomment>%1: the folder.</extracomment>
        <translation>no existe la carpeta %1: ¿está ahí el programa de sincronización (o la memoria USB)?</translation>
    </message>
    <message>
        <source>%1 holds no shared journal (relief-share.json is missing): create the share on the first device, or wait until the sync tool has brought it</source>
        <extracomment>%1: the folder.</extracomment>
        <translation>%1 no contiene ningún diario compartido (falta relief-share.json): comparta el diario en el primer dispositivo, o espere a que el programa de sincronización lo traiga</translation>
    </message>
    <message>
        <source>%1 was written by another version of Relief Journal; update it on this device</source>
        <translation>%1 se escribió con otra versión de Relief Journal; actualice Relief Journal en este dispositivo</translation>
    </message>
    <message>
        <source>%1 is damaged (it is not the description of a share)</source>
        <extracomment>%1: the file.</extracomment>
        <translation>%1 está dañado (no es la descripción de un diario compartido)</translation>
    </message>
    <message>
        <source>these words do not open the share in %1: check each word (or the passphrase) against the device that created it</source>
        <extracomment>%1: the folder.</extracomment>
        <translation>estas palabras no abren el diario compartido en %1: compruebe cada palabra (o la frase de contraseña) con el dispositivo que lo creó</translation>
    </message>
    <message>
        <source>this journal is already shared in %1; stop sharing it first (relief share leave)</source>
        <extracomment>%1: the folder it is shared in.</extracomment>
        <translation>este diario ya está compartido en %1; primero deje de compartirlo (relief share leave)</translation>
    </message>
    <message>
        <source>a journal open read-only cannot start a share</source>
        <translation>un diario abierto en solo lectura no se puede empezar a compartir</translation>
    </message>
    <message>
        <source>%1 already holds a shared journal: join it instead (relief share join)</source>
        <extracomment>%1: the folder.</extracomment>
        <translation>%1 ya contiene un diario compartido: únase a él en su lugar (relief share join)</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <extracomment>%1: the folder, %2: the system&apos;s reason (in English).</extracomment>
        <translation>no se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>a device joins read-only with a new journal: this one already has entries of its own. Use a new journal file (relief --journal FILE share join ...)</source>
        <translation>un dispositivo se une en solo lectura con un diario nuevo: este ya tiene entradas propias. Use un archivo de diario nuevo (relief --journal FILE share join ...)</translation>
    </message>
    <message>
        <source>this journal is not shared</source>
        <translation>este diario no está compartido</translation>
    </message>
    <message>
        <source>this journal is not shared: create a share (relief share init) or join one</source>
        <translation>este diario no está compartido: compártalo (relief share init) o únase a un diario compartido</translation>
    </message>
    <message>
        <source>%1 now holds another shared journal than the one this journal joined</source>
        <extracomment>%1: the folder.</extracomment>
        <translation>%1 contiene ahora un diario compartido distinto de aquel al que se unió este diario</translation>
    </message>
    <message>
        <source>the key this journal keeps no longer opens the share in %1</source>
        <translation>la clave que guarda este diario ya no abre el diario compartido en %1</translation>
    </message>
    <message>
        <source>this journal is a copy of one that shares (it was moved or restored from a backup): to share from here, stop sharing (relief share leave) and join again</source>
        <translation>este diario es una copia de uno que se comparte (se movió o se restauró desde una copia de seguridad): para compartir desde aquí, deje de compartir (relief share leave) y vuelva a unirse</translation>
    </message>
    <message>
        <source>%1 is missing, so %2 waits for it</source>
        <extracomment>%1: the file that is missing, %2: the file that waits for it.</extracomment>
        <translation>falta %1, así que %2 lo espera</translation>
    </message>
    <message>
        <source>it is not the file its name says (it was copied or renamed)</source>
        <translation>no es el archivo que indica su nombre (se copió o se le cambió el nombre)</translation>
    </message>
    <message>
        <source>%1 was not applied: %2</source>
        <extracomment>%1: the file, %2: what is wrong with it.</extracomment>
        <translation>%1 no se aplicó: %2</translation>
    </message>
    <message>
        <source>the changes from %1 wait: %2</source>
        <extracomment>%1: the device&apos;s name, %2: why its changes wait.</extracomment>
        <translation>los cambios de %1 esperan: %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>No compartido</translation>
    </message>
    <message>
        <source>No changes from other devices yet</source>
        <translation>Aún no hay cambios de otros dispositivos</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <source>Last change from %1 %2</source>
        <extracomment>%1: the device&apos;s name, %2: how long ago, such as 3 minutes ago.</extracomment>
        <translation>Último cambio desde %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::sharing::share_key</name>
    <message>
        <source>the cryptography library could not start</source>
        <translation>no se pudo iniciar la biblioteca de criptografía</translation>
    </message>
    <message>
        <source>the share&apos;s description is damaged (a value is not what it should be)</source>
        <translation>la descripción del diario compartido está dañada (un valor no es el que debería ser)</translation>
    </message>
    <message>
        <source>the words or passphrase are too short: a share&apos;s key is at least 16 characters</source>
        <translation>las palabras o la frase de contraseña son demasiado cortas: la clave de un diario compartido tiene al menos 16 caracteres</translation>
    </message>
    <message>
        <source>there is not enough memory to work out the share&apos;s key</source>
        <translation>no hay memoria suficiente para calcular la clave del diario compartido</translation>
    </message>
</context>
<context>
    <name>relief::storage::actions</name>
    <message>
        <source>add a medication</source>
        <translation>añadir un medicamento</translation>
    </message>
    <message>
        <source>change a medication</source>
        <translation>cambiar un medicamento</translation>
    </message>
    <message>
        <source>change a prescription</source>
        <translation>cambiar una receta</translation>
    </message>
    <message>
        <source>change it</source>
        <translation>cambiarlo</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>cambiar los ajustes</translation>
    </message>
    <message>
        <source>change the profile</source>
        <translation>cambiar el perfil</translation>
    </message>
    <message>
        <source>delete an entry</source>
        <translation>borrar una entrada</translation>
    </message>
    <message>
        <source>edit an entry</source>
        <translation>editar una entrada</translation>
    </message>
    <message>
        <source>log an entry</source>
        <translation>registrar una entrada</translation>
    </message>
    <message>
        <source>mark an alert as discussed</source>
        <translation>marcar un aviso como comentado</translation>
    </message>
    <message>
        <source>record a visit</source>
        <translation>registrar una consulta</translation>
    </message>
    <message>
        <source>record alerts</source>
        <translation>registrar avisos</translation>
    </message>
    <message>
        <source>remove a prescription change</source>
        <translation>quitar un cambio de receta</translation>
    </message>
    <message>
        <source>restore an entry</source>
        <translation>restaurar una entrada</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importar</translation>
    </message>
</context>
<context>
    <name>relief::storage::advice</name>
    <message>
        <source>open it read-only</source>
        <translation>ábralo en modo de solo lectura</translation>
    </message>
    <message>
        <source>open it once for writing, not read-only</source>
        <translation>ábralo una vez con permiso de escritura, no en solo lectura</translation>
    </message>
    <message>
        <source>Create a new journal, or open another file</source>
        <translation>Cree un diario nuevo o abra otro archivo</translation>
    </message>
    <message>
        <source>Restore your latest backup copy of the journal</source>
        <translation>Restaure su copia de seguridad más reciente del diario</translation>
    </message>
    <message>
        <source>the Alerts page lists them</source>
        <translation>la página Avisos los muestra</translation>
    </message>
</context>
<context>
    <name>relief::storage::csv</name>
    <message>
        <source>this is not a text CSV file (binary data found)</source>
        <translation>no es un archivo CSV de texto (contiene datos binarios)</translation>
    </message>
    <message>
        <source>this is not a UTF-8 text CSV file</source>
        <translation>no es un archivo CSV de texto UTF-8</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un campo entre comillas no se cierra nunca</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>texto inesperado tras unas comillas de cierre</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>unas comillas dentro de un campo sin comillas</translation>
    </message>
</context>
<context>
    <name>relief::storage::demo_story</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero del %1 al %2</translation>
    </message>
</context>
<context>
    <name>relief::storage::journal</name>
    <message>
        <source>%1 is not a Relief Journal (it is not an SQLite database)</source>
        <translation>%1 no es un diario de Relief Journal (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>%1 is not a Relief Journal (the file is empty)</source>
        <translation>%1 no es un diario de Relief Journal (el archivo está vacío)</translation>
    </message>
    <message>
        <source>%1 is not a Relief Journal (it is another program&apos;s database)</source>
        <translation>%1 no es un diario de Relief Journal (es la base de datos de otro programa)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Relief Journal (format %2; this version reads up to %3). Update Relief Journal to open it; the file was not changed.</source>
        <extracomment>%1: the file, %2: its format number, %3: the newest format this version reads.</extracomment>
        <translation>%1 se escribió con una versión más reciente de Relief Journal (formato %2; esta versión lee hasta el %3). Actualice Relief Journal para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 uses an older format (%2) that must be upgraded before it can be read; %3</source>
        <extracomment>%1: the file, %2: its format number, %3: what to do (such as open it once for writing, not read-only).</extracomment>
        <translation>%1 usa un formato antiguo (%2) que debe actualizarse antes de poder leerlo; %3</translation>
    </message>
    <message>
        <source>cannot open %1: %2 beside it is a symbolic link, not SQLite&apos;s own working file; someone may be trying to redirect the journal&apos;s changes. Check where it points, remove it, and try again</source>
        <extracomment>%1: the journal, %2: the link beside it.</extracomment>
        <translation>no se puede abrir %1: %2, a su lado, es un enlace simbólico y no el archivo de trabajo de SQLite; puede que alguien intente desviar los cambios del diario. Compruebe adónde apunta, bórrelo y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>%1 already exists; open it, or choose another file</source>
        <translation>%1 ya existe; ábralo o elija otro archivo</translation>
    </message>
    <message>
        <source>cannot create journal %1: %2</source>
        <extracomment>%1: the file, %2: the error as SQLite reports it (in English).</extracomment>
        <translation>no se puede crear el diario %1: %2</translation>
    </message>
    <message>
        <source>no journal at %1. %2</source>
        <extracomment>%1: the file, %2: what to do (such as Create a new journal, or open another file).</extracomment>
        <translation>no hay ningún diario en %1. %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a journal file</source>
        <translation>%1 es una carpeta, no un archivo de diario</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1: the file, %2: the system&apos;s reason (in English, such as permission denied).</extracomment>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2. To look without changing anything, %3</source>
        <extracomment>%1: the file, %2: why, %3: how to open it without changing it (such as open it read-only).</extracomment>
        <translation>no se puede escribir en %1: %2. Para consultarlo sin cambiar nada, %3</translation>
    </message>
    <message>
        <source>the file system it is on is read-only (a locked USB stick or a read-only mount)</source>
        <translation>el sistema de archivos en el que está es de solo lectura (una memoria USB bloqueada o un montaje de solo lectura)</translation>
    </message>
    <message>
        <source>cannot open %1: it is being written to right now. Try again in a moment</source>
        <translation>no se puede abrir %1: se está escribiendo en él en este momento. Vuelva a intentarlo dentro de un momento</translation>
    </message>
    <message>
        <source>this journal is open read-only (the caregiver&apos;s view): cannot %1</source>
        <extracomment>%1: what was asked, such as log an entry.</extracomment>
        <translation>este diario está abierto en solo lectura (la vista de la persona cuidadora): no se puede %1</translation>
    </message>
    <message>
        <source>cannot write backup %1: it is a folder</source>
        <translation>no se puede escribir la copia de seguridad %1: es una carpeta</translation>
    </message>
    <message>
        <source>cannot write backup %1: %2</source>
        <extracomment>%1: the backup file, %2: the error as SQLite reports it (in English).</extracomment>
        <translation>no se puede escribir la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>this journal follows a shared journal read-only (it was joined as a caregiver&apos;s): cannot %1</source>
        <extracomment>%1: what was asked, such as log an entry.</extracomment>
        <translation>este diario sigue un diario compartido en solo lectura (se unió como el de una persona cuidadora): no se puede %1</translation>
    </message>
</context>
<context>
    <name>relief::storage::journal_alerts</name>
    <message>
        <source>alert %1 in the journal is damaged: %2</source>
        <extracomment>%1: the alert&apos;s number, %2: what is wrong with it (in English, from the JSON reader).</extracomment>
        <translation>el aviso %1 del diario está dañado: %2</translation>
    </message>
    <message>
        <source>there is no alert with id %1; %2</source>
        <extracomment>%1: the number asked for, %2: where the alerts are listed (such as the Alerts page lists them).</extracomment>
        <translation>no hay ningún aviso con el número %1; %2</translation>
    </message>
</context>
<context>
    <name>relief::storage::journal_csv</name>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a whole number (this column is required here)</source>
        <translation>un número entero (esta columna es obligatoria aquí)</translation>
    </message>
    <message>
        <source>&apos;yes&apos; or &apos;no&apos;</source>
        <extracomment>The words stay as they are: they are what the file holds.</extracomment>
        <translation>&apos;yes&apos; o &apos;no&apos;</translation>
    </message>
    <message>
        <source>the dose in mg</source>
        <translation>la dosis en mg</translation>
    </message>
    <message>
        <source>when the change was written, YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>cuándo se escribió el cambio, AAAA-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>entry id %1 appears twice</source>
        <translation>el id de entrada %1 aparece dos veces</translation>
    </message>
    <message>
        <source>%1 %2 is in the future (it is now %3)</source>
        <extracomment>%1: a column of the file (at_utc, created_utc, deleted_utc), %2: its value, %3: the time now (UTC).</extracomment>
        <translation>%1 %2 está en el futuro (ahora es %3)</translation>
    </message>
    <message>
        <source>deleted_utc %1 is before the row was written (created_utc %2)</source>
        <translation>deleted_utc %1 es anterior a cuando se escribió la fila (created_utc %2)</translation>
    </message>
    <message>
        <source>entry %1 is replaced_by itself</source>
        <translation>la entrada %1 tiene replaced_by a sí misma</translation>
    </message>
    <message>
        <source>replaced_by %1 is not an entry listed in this file</source>
        <translation>replaced_by %1 no es una entrada de este archivo</translation>
    </message>
    <message>
        <source>entry %1 replaces both entry %2 and entry %3; an edit has one earlier version</source>
        <translation>la entrada %1 sustituye a la vez a la entrada %2 y a la entrada %3; una edición tiene una sola versión anterior</translation>
    </message>
    <message>
        <source>the replaced_by links through entry %1 form a loop; each edit must lead to one current version</source>
        <translation>los enlaces replaced_by que pasan por la entrada %1 forman un bucle; cada edición debe llevar a una sola versión actual</translation>
    </message>
    <message>
        <source>condition names</source>
        <translation>nombres de enfermedades</translation>
    </message>
    <message>
        <source>setting %1</source>
        <extracomment>%1: the setting&apos;s name as the file has it (goal.1).</extracomment>
        <translation>ajuste %1</translation>
    </message>
    <message>
        <source>zone, profile.*, threshold.*, max-daily.*, reminders.* or goal.1/goal.2</source>
        <extracomment>The setting names stay as they are: they are what the file holds.</extracomment>
        <translation>zone, profile.*, threshold.*, max-daily.*, reminders.* o goal.1/goal.2</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; in the header; expected the columns of a Relief Journal export, starting with record,id,at_utc</source>
        <translation>columna &apos;%1&apos; desconocida en la cabecera; se esperaban las columnas de una exportación de Relief Journal, empezando por record,id,at_utc</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>la columna &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>the header lacks the column &apos;%1&apos;</source>
        <translation>a la cabecera le falta la columna &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>se esperaban %1 campos y hay %2</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line</source>
        <translation>el archivo está vacío; se esperaba una línea de cabecera</translation>
    </message>
    <message>
        <source>medication_id %1 is not a medication listed in this file</source>
        <translation>medication_id %1 no es un medicamento de este archivo</translation>
    </message>
    <message>
        <source>%1 already has a prescription change from %2; remove one of them first</source>
        <translation>%1 ya tiene un cambio de receta desde el %2; quite antes uno de ellos</translation>
    </message>
    <message>
        <source>the setting&apos;s name</source>
        <translation>el nombre del ajuste</translation>
    </message>
    <message>
        <source>&apos;setting&apos;, &apos;medication&apos;, &apos;prescription&apos; or &apos;entry&apos;</source>
        <translation>&apos;setting&apos;, &apos;medication&apos;, &apos;prescription&apos; o &apos;entry&apos;</translation>
    </message>
    <message>
        <source>the thresholds in this file do not fit together: %1</source>
        <extracomment>%1: why, as a message about the setting.</extracomment>
        <translation>los umbrales de este archivo no encajan entre sí: %1</translation>
    </message>
    <message>
        <source>medication id %1 appears twice</source>
        <translation>el id de medicamento %1 aparece dos veces</translation>
    </message>
</context>
<context>
    <name>relief::storage::journal_entries</name>
    <message>
        <source>a medication in this journal</source>
        <translation>un medicamento de este diario</translation>
    </message>
    <message>
        <source>there is no entry with id %1</source>
        <translation>no hay ninguna entrada con el número %1</translation>
    </message>
    <message>
        <source>entry %1 was edited; its current version is entry %2</source>
        <translation>la entrada %1 se editó; su versión actual es la entrada %2</translation>
    </message>
    <message>
        <source>entry %1 is deleted; restore it first</source>
        <translation>la entrada %1 está borrada; restáurela antes</translation>
    </message>
    <message>
        <source>entry %1 is already deleted</source>
        <translation>la entrada %1 ya está borrada</translation>
    </message>
    <message>
        <source>entry %1 is not deleted</source>
        <translation>la entrada %1 no está borrada</translation>
    </message>
</context>
<context>
    <name>relief::storage::journal_medications</name>
    <message>
        <source>there is no medication with id %1</source>
        <translation>no hay ningún medicamento con el número %1</translation>
    </message>
</context>
<context>
    <name>relief::storage::journal_share</name>
    <message>
        <source>a shared change is not valid (%1); nothing of its file was applied</source>
        <extracomment>%1: what is wrong with the record.</extracomment>
        <translation>un cambio compartido no es válido (%1); no se aplicó nada de su archivo</translation>
    </message>
    <message>
        <source>the changes claim to come from this device</source>
        <translation>los cambios dicen venir de este dispositivo</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>no es JSON</translation>
    </message>
    <message>
        <source>not a record</source>
        <translation>no es un registro</translation>
    </message>
    <message>
        <source>they name a medication another device&apos;s changes have not brought yet</source>
        <extracomment>The changes of one device name a medication whose own change file has not arrived yet.</extracomment>
        <translation>nombran un medicamento que los cambios de otro dispositivo aún no han traído</translation>
    </message>
    <message>
        <source>they delete an entry another device&apos;s changes have not brought yet</source>
        <translation>borran una entrada que los cambios de otro dispositivo aún no han traído</translation>
    </message>
    <message>
        <source>unknown kind of change %1</source>
        <extracomment>%1: the kind of record, as written in the file.</extracomment>
        <translation>tipo de cambio desconocido %1</translation>
    </message>
</context>
<context>
    <name>relief::storage::private_file</name>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>no se puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>cannot write a temporary file beside %1: %2</source>
        <translation>no se puede escribir un archivo temporal junto a %1: %2</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>no se puede sustituir %1: %2</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>no se ha indicado ningún archivo de salida</translation>
    </message>
    <message>
        <source>cannot write %1: it is a symbolic link; give the name of the file itself (a planted link could make Relief Journal overwrite another file)</source>
        <translation>no se puede escribir en %1: es un enlace simbólico; indique el nombre del propio archivo (un enlace colocado a propósito podría hacer que Relief Journal sobrescribiera otro archivo)</translation>
    </message>
    <message>
        <source>cannot write %1: it is a working file of the database %2; choose another file name</source>
        <extracomment>%1: the file, %2: the database whose working file it is.</extracomment>
        <translation>no se puede escribir en %1: es un archivo de trabajo de la base de datos %2; elija otro nombre de archivo</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder; give a file name</source>
        <translation>no se puede escribir en %1: es una carpeta; indique un nombre de archivo</translation>
    </message>
    <message>
        <source>cannot write %1: it is not a regular file; give a file name</source>
        <translation>no se puede escribir en %1: no es un archivo normal; indique un nombre de archivo</translation>
    </message>
    <message>
        <source>cannot write %1: it is the journal itself; choose another file</source>
        <translation>no se puede escribir en %1: es el propio diario; elija otro archivo</translation>
    </message>
    <message>
        <source>cannot write %1: it is a database (perhaps a journal); choose another file</source>
        <translation>no se puede escribir en %1: es una base de datos (quizá un diario); elija otro archivo</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder, not a file</source>
        <translation>no se puede escribir en %1: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir en %1: %2</translation>
    </message>
</context>
<context>
    <name>relief::storage::row_codec</name>
    <message>
        <source>&apos;immediate&apos; or &apos;extended-release&apos;</source>
        <translation>&apos;immediate&apos; o &apos;extended-release&apos;</translation>
    </message>
    <message>
        <source>entry %1 in the journal is damaged: %2</source>
        <extracomment>%1: the entry&apos;s number, %2: what is wrong with it.</extracomment>
        <translation>la entrada %1 del diario está dañada: %2</translation>
    </message>
</context>
<context>
    <name>relief::storage::write_error</name>
    <message>
        <source>the file system it is on is read-only (a locked USB stick or a read-only mount), and SQLite needs to create its working files (%1-wal and -shm) beside the journal even to read it. Copy the journal to a folder you can write to</source>
        <extracomment>%1: the journal&apos;s file name; NAME-wal and NAME-shm are SQLite&apos;s working files.</extracomment>
        <translation>el sistema de archivos en el que está es de solo lectura (una memoria USB bloqueada o un montaje de solo lectura), y SQLite necesita crear sus archivos de trabajo (%1-wal y -shm) junto al diario incluso para leerlo. Copie el diario a una carpeta en la que pueda escribir</translation>
    </message>
    <message>
        <source>the folder %1 does not let Relief Journal create its working files (%2-wal and -shm) beside the journal, which SQLite needs even to read it. Copy the journal to a folder you can write to, or ask the folder&apos;s owner for write access</source>
        <extracomment>%1: the folder, %2: the journal&apos;s file name.</extracomment>
        <translation>la carpeta %1 no permite que Relief Journal cree sus archivos de trabajo (%2-wal y -shm) junto al diario, y SQLite los necesita incluso para leerlo. Copie el diario a una carpeta en la que pueda escribir o pida permiso de escritura a quien sea dueño de la carpeta</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again</source>
        <translation>el disco está lleno. Libere espacio y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>another program is writing to it. Close the other program (or wait) and try again</source>
        <translation>otro programa está escribiendo en él. Cierre el otro programa (o espere) y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the file or its folder %1 is read-only. To look without changing anything, %2</source>
        <extracomment>%1: the folder, %2: how to open the journal without changing it.</extracomment>
        <translation>el archivo o su carpeta %1 es de solo lectura. Para consultarlo sin cambiar nada, %2</translation>
    </message>
    <message>
        <source>the folder %1 does not let Relief Journal create its working files (%2-wal and -shm). Move the journal to a folder you can write to</source>
        <translation>la carpeta %1 no permite que Relief Journal cree sus archivos de trabajo (%2-wal y -shm). Mueva el diario a una carpeta en la que pueda escribir</translation>
    </message>
    <message>
        <source>the disk reported an error (%1). Check the disk and try again</source>
        <extracomment>%1: the error as SQLite reports it (in English).</extracomment>
        <translation>el disco informó de un error (%1). Compruebe el disco y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the file is damaged. %1</source>
        <extracomment>%1: what to do, such as Restore your latest backup copy of the journal.</extracomment>
        <translation>el archivo está dañado. %1</translation>
    </message>
    <message>
        <source>cannot save to %1: %2. Nothing was changed.</source>
        <extracomment>%1: the journal file, %2: why (a sentence without its full stop).</extracomment>
        <translation>no se puede guardar en %1: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>cannot open %1: %2.</source>
        <extracomment>%1: the journal file, %2: why (a sentence without its full stop).</extracomment>
        <translation>no se puede abrir %1: %2.</translation>
    </message>
</context>
</TS>
