<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>relief::alerts::adherence_rules</name>
    <message>
        <source>%1 skipped</source>
        <extracomment>%1: the day and time a dose was due.</extracomment>
        <translation>%1 omitida</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <extracomment>%1: the day and time a dose was due; missed: never logged.</extracomment>
        <translation>%1 sin registrar</translation>
    </message>
    <message>
        <source>You took %1 of %2 scheduled doses (%3 %) of %4 from %5 to %6.</source>
        <extracomment>%1 of %2 doses, %3: percent; %4: the medicine; %5 and %6: the first and the last day.</extracomment>
        <translation>Tomó %1 de %2 dosis previstas (%3 %) de %4 entre el %5 y el %6.</translation>
    </message>
    <message>
        <source>Missed doses keep %1 from working and can bring back spasms or cause withdrawal.</source>
        <extracomment>%1: the medicine&apos;s name.</extracomment>
        <translation>Las dosis olvidadas impiden que %1 haga efecto y pueden hacer que vuelvan los espasmos o causar síntomas de abstinencia.</translation>
    </message>
    <message>
        <source>Missed doses can keep %1 from working well.</source>
        <translation>Las dosis olvidadas pueden impedir que %1 funcione bien.</translation>
    </message>
    <message>
        <source>%1 doses often missed</source>
        <translation>Dosis de %1 olvidadas a menudo</translation>
    </message>
    <message>
        <source>Doses taken</source>
        <translation>Dosis tomadas</translation>
    </message>
    <message>
        <source>%1 of %2 scheduled (%3 %)</source>
        <translation>%1 de %2 previstas (%3 %)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Never logged</source>
        <translation>Nunca registradas</translation>
    </message>
    <message>
        <source>Taken late</source>
        <translation>Tomadas tarde</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>below %1 % (setting threshold.adherence-percent)</source>
        <translation>por debajo del %1 % (ajuste threshold.adherence-percent)</translation>
    </message>
    <message>
        <source>below %1 % for baclofen or tizanidine (setting threshold.adherence-low-percent)</source>
        <translation>por debajo del %1 % con baclofeno o tizanidina (ajuste threshold.adherence-low-percent)</translation>
    </message>
    <message>
        <source>Window rule</source>
        <translation>Regla del periodo</translation>
    </message>
    <message>
        <source>the last %1 days, or the course so far from %2 days (settings threshold.adherence-window-days, threshold.adherence-min-course-days)</source>
        <translation>los últimos %1 días, o el tratamiento hasta ahora a partir de %2 días (ajustes threshold.adherence-window-days, threshold.adherence-min-course-days)</translation>
    </message>
    <message numerus="yes">
        <source>You missed %n doses of %1 in a row.</source>
        <extracomment>%n: how many doses; %1: the medicine.</extracomment>
        <translation>
            <numerusform>Olvidó %n dosis de %1.</numerusform>
            <numerusform>Olvidó %n dosis seguidas de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed %1 doses can bring back spasms or cause withdrawal.</source>
        <extracomment>%1: the medicine&apos;s name.</extracomment>
        <translation>Las dosis olvidadas de %1 pueden hacer que vuelvan los espasmos o causar síntomas de abstinencia.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n doses missed in a row</source>
        <extracomment>%1: the medicine&apos;s name; %n: how many doses.</extracomment>
        <translation>
            <numerusform>%1: %n dosis olvidada</numerusform>
            <numerusform>%1: %n dosis seguidas olvidadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Doses not taken in a row</source>
        <translation>Dosis seguidas no tomadas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <source>the latest %1 of %2 doses</source>
        <translation>las %1 más recientes de %2 dosis</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message numerus="yes">
        <source>%n doses in a row (setting threshold.missed-streak)</source>
        <translation>
            <numerusform>%n dosis (ajuste threshold.missed-streak)</numerusform>
            <numerusform>%n dosis seguidas (ajuste threshold.missed-streak)</numerusform>
        </translation>
    </message>
    <message>
        <source>severe</source>
        <translation>intensa</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <extracomment>%1: moderate or severe; %2: the side effect&apos;s name as the journal stores it; %3: a day and time.</extracomment>
        <translation>%2 %1 el %3</translation>
    </message>
    <message>
        <source>Side effects may be getting in the way of your %1 doses; your clinician may adjust the plan.</source>
        <extracomment>%1: the medicine.</extracomment>
        <translation>Puede que los efectos secundarios le impidan tomar sus dosis de %1; su médico puede ajustar la pauta.</translation>
    </message>
    <message>
        <source>%1 doses missed after side effects</source>
        <translation>Dosis de %1 no tomadas tras efectos secundarios</translation>
    </message>
    <message>
        <source>Doses not taken after side effects</source>
        <translation>Dosis no tomadas tras efectos secundarios</translation>
    </message>
    <message>
        <source>%1, after %2</source>
        <extracomment>%1: a dose not taken (&quot;2026-03-05 08:00 skipped&quot;); %2: the side effect before it.</extracomment>
        <translation>%1, tras %2</translation>
    </message>
    <message>
        <source>%1 doses in %2 days (settings threshold.side-effect-skips, threshold.side-effect-skip-window-days)</source>
        <translation>%1 dosis en %2 días (ajustes threshold.side-effect-skips, threshold.side-effect-skip-window-days)</translation>
    </message>
    <message numerus="yes">
        <source>within %n hours after moderate or severe drowsiness or dizziness (setting threshold.side-effect-skip-hours)</source>
        <translation>
            <numerusform>en la %n hora siguiente a una somnolencia o un mareo moderados o intensos (ajuste threshold.side-effect-skip-hours)</numerusform>
            <numerusform>en las %n horas siguientes a una somnolencia o un mareo moderados o intensos (ajuste threshold.side-effect-skip-hours)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::alerts::analysis_context</name>
    <message>
        <source>%1 (%2 to %3)</source>
        <extracomment>A pain mean and the days it was taken over: &quot;6.3 (2026-03-01 to 2026-03-03)&quot;.</extracomment>
        <translation>%1 (del %2 al %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 to %3, %n days logged)</source>
        <extracomment>A pain mean, the days it covers and on how many of them pain was logged.</extracomment>
        <translation>
            <numerusform>%1 (del %2 al %3, %n día registrado)</numerusform>
            <numerusform>%1 (del %2 al %3, %n días registrados)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clinically important improvement</source>
        <translation>Mejoría clínicamente importante</translation>
    </message>
    <message>
        <source>at least %1 points or %2 % below baseline (settings threshold.improvement-points, threshold.improvement-percent)</source>
        <extracomment>The setting names (threshold....) are typed by people: keep them as they are.</extracomment>
        <translation>al menos %1 puntos o un %2 % por debajo del valor inicial (ajustes threshold.improvement-points, threshold.improvement-percent)</translation>
    </message>
    <message numerus="yes">
        <source>%n week</source>
        <extracomment>A length of time after a preposition (&quot;after 3 weeks&quot;, &quot;for 3 weeks&quot;); German: dative.</extracomment>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <extracomment>A length of time after a preposition (&quot;after 5 days&quot;, &quot;for 5 days&quot;); German: dative.</extracomment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Talk to your clinician or pharmacist.</source>
        <translation>Hable con su médico o farmacéutico.</translation>
    </message>
</context>
<context>
    <name>relief::alerts::conditions</name>
    <message>
        <source>hyperthyroidism</source>
        <translation>hipertiroidismo</translation>
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
        <source>recent heart attack</source>
        <translation>infarto reciente</translation>
    </message>
    <message>
        <source>liver impairment</source>
        <translation>insuficiencia hepática</translation>
    </message>
    <message>
        <source>kidney disease</source>
        <translation>enfermedad renal</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>embarazo</translation>
    </message>
    <message>
        <source>%1 (extended-release)</source>
        <extracomment>%1: a medicine&apos;s name.</extracomment>
        <translation>%1 (liberación prolongada)</translation>
    </message>
    <message>
        <source>%1, active since %2</source>
        <extracomment>%1: a medicine&apos;s name; %2: a day.</extracomment>
        <translation>%1, activo desde el %2</translation>
    </message>
    <message>
        <source>%1, last taken %2</source>
        <extracomment>%1: a medicine&apos;s name; %2: a day.</extracomment>
        <translation>%1, última toma el %2</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message numerus="yes">
        <source>active on %1 or taken since %2 (%n days)</source>
        <translation>
            <numerusform>activo el %1 o tomado desde el %2 (%n día)</numerusform>
            <numerusform>activo el %1 o tomado desde el %2 (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your profile lists %1. The label says %2 should not be used with %1.</source>
        <extracomment>%1: a condition (&quot;heart failure&quot;); %2: the medicine.</extracomment>
        <translation>Su perfil indica: %1. Según la ficha técnica, %2 no debe usarse en caso de %1.</translation>
    </message>
    <message>
        <source>Ask your prescriber before the next dose.</source>
        <translation>Consulte a quien se lo recetó antes de la próxima dosis.</translation>
    </message>
    <message>
        <source>Your profile lists %1; %2 needs extra care with %1.</source>
        <translation>Su perfil indica: %1. %2 requiere precaución adicional en caso de %1.</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <extracomment>%1: the medicine; %2: a condition (&quot;heart failure&quot;).</extracomment>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>with %1</source>
        <extracomment>Ends the visit report&apos;s question &quot;Is Flexeril safe with heart failure?&quot;; %1: a condition.</extracomment>
        <translation>con %1</translation>
    </message>
    <message>
        <source>Condition</source>
        <extracomment>%1: the condition&apos;s name as the profile stores it.</extracomment>
        <translation>Enfermedad</translation>
    </message>
    <message>
        <source>%1 (profile)</source>
        <translation>%1 (perfil)</translation>
    </message>
    <message>
        <source>The extended-release form (%1) is not recommended with any liver impairment.</source>
        <extracomment>%1: the medicine&apos;s name.</extracomment>
        <translation>No se recomienda la forma de liberación prolongada (%1) con ningún grado de insuficiencia hepática.</translation>
    </message>
    <message>
        <source>At your age the Beers Criteria advise avoiding it when the kidneys work less well (eGFR below 60).</source>
        <translation>A su edad, los criterios de Beers aconsejan evitarlo cuando los riñones funcionan peor (filtrado glomerular eGFR inferior a 60).</translation>
    </message>
    <message>
        <source>Your profile lists your age as %1. %2 is on the list of medicines adults of %3 or over should avoid (AGS Beers Criteria 2023): it can cause drowsiness, confusion and falls.</source>
        <extracomment>%1: the person&apos;s age; %2: the medicine; %3: the age from which to avoid it.</extracomment>
        <translation>Según su perfil, tiene %1 años. %2 está en la lista de medicamentos que las personas de %3 años o más deben evitar (criterios de Beers de la AGS, 2023): puede causar somnolencia, confusión y caídas.</translation>
    </message>
    <message>
        <source>The extended-release form (%1) is not recommended at this age.</source>
        <extracomment>%1: the medicine&apos;s name.</extracomment>
        <translation>No se recomienda la forma de liberación prolongada (%1) a esta edad.</translation>
    </message>
    <message>
        <source>Ask your clinician whether another option suits you.</source>
        <translation>Pregunte a su médico si le conviene otra opción.</translation>
    </message>
    <message>
        <source>%1 at %2 or over</source>
        <extracomment>%1: the medicine; %2: an age (&quot;Flexeril at 65 or over&quot;).</extracomment>
        <translation>%1 a partir de los %2 años</translation>
    </message>
    <message>
        <source>at %1 or over</source>
        <extracomment>Ends the visit report&apos;s question &quot;Is Flexeril safe at 65 or over?&quot;; %1: an age.</extracomment>
        <translation>a partir de los %1 años</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>%1: the person&apos;s age; %2: this year; %3: their birth year.</extracomment>
        <translation>Edad</translation>
    </message>
    <message>
        <source>%1 in %2 (birth year %3)</source>
        <translation>%1 en %2 (año de nacimiento %3)</translation>
    </message>
    <message>
        <source>Age threshold</source>
        <translation>Edad umbral</translation>
    </message>
    <message>
        <source>%1 (setting threshold.elderly-age)</source>
        <translation>%1 (ajuste threshold.elderly-age)</translation>
    </message>
</context>
<context>
    <name>relief::alerts::cramps</name>
    <message>
        <source>a diuretic</source>
        <translation>un diurético</translation>
    </message>
    <message>
        <source>a statin</source>
        <translation>una estatina</translation>
    </message>
    <message>
        <source>a beta-agonist</source>
        <translation>un agonista beta</translation>
    </message>
    <message>
        <source>last taken %1</source>
        <translation>última toma el %1</translation>
    </message>
    <message>
        <source>on the medication list from %1</source>
        <translation>en la lista de medicamentos desde el %1</translation>
    </message>
    <message>
        <source>Cramps have many causes: fluids, minerals, some medicines.</source>
        <translation>Los calambres tienen muchas causas: los líquidos, los minerales, algunos medicamentos.</translation>
    </message>
    <message>
        <source>Some medicines you take can cause cramps: %1.</source>
        <extracomment>%1: medicines and what they are (&quot;Lasix (furosemide), a diuretic&quot;).</extracomment>
        <translation>Algunos medicamentos que toma pueden causar calambres: %1.</translation>
    </message>
    <message numerus="yes">
        <source>You drank fewer than %1 glasses on %n day in the last %2 days.</source>
        <extracomment>%1: glasses; %n: on how many days; %2: the days looked at.</extracomment>
        <translation>
            <numerusform>Bebió menos de %1 vasos en %n día de los últimos %2 días.</numerusform>
            <numerusform>Bebió menos de %1 vasos en %n días de los últimos %2 días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You drank fewer than %1 glasses on %n days in the last %2 days.</source>
        <translation>
            <numerusform>Bebió menos de %1 vasos en %n día de los últimos %2 días.</numerusform>
            <numerusform>Bebió menos de %1 vasos en %n días de los últimos %2 días.</numerusform>
        </translation>
    </message>
    <message>
        <source>You started %1 shortly before the cramps began; a muscle relaxer may also contribute.</source>
        <extracomment>%1: the muscle relaxants.</extracomment>
        <translation>Empezó a tomar %1 poco antes de que comenzaran los calambres; un relajante muscular también puede influir.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Mention them at your next visit.</source>
        <translation>Coménteselo en su próxima consulta.</translation>
    </message>
    <message>
        <source>Frequent cramps</source>
        <translation>Calambres frecuentes</translation>
    </message>
    <message>
        <source>Cramp days</source>
        <extracomment>%1 of the last %2 days: %3 (the days).</extracomment>
        <translation>Días con calambres</translation>
    </message>
    <message>
        <source>%1 of the last %2: %3</source>
        <translation>%1 de los últimos %2: %3</translation>
    </message>
    <message>
        <source>Medicine that can cause cramps</source>
        <translation>Medicamento que puede causar calambres</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <extracomment>%1: the medicine; %2: what it is (&quot;a diuretic&quot;); %3: why it counts (&quot;last taken 2026-03-05&quot;).</extracomment>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Low fluids</source>
        <translation>Pocos líquidos</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n glasses</source>
        <translation>
            <numerusform>%1: %n vaso</numerusform>
            <numerusform>%1: %n vasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Muscle relaxant started</source>
        <translation>Relajante muscular iniciado</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>%1 of %2 days (setting threshold.cramp-days)</source>
        <translation>%1 de %2 días (ajuste threshold.cramp-days)</translation>
    </message>
    <message>
        <source>fewer than %1 glasses a day (setting threshold.low-fluid-glasses)</source>
        <translation>menos de %1 vasos al día (ajuste threshold.low-fluid-glasses)</translation>
    </message>
    <message numerus="yes">
        <source>started within %n days before the first cramp (setting threshold.cramp-relaxant-start-days)</source>
        <translation>
            <numerusform>iniciado en el %n día anterior al primer calambre (ajuste threshold.cramp-relaxant-start-days)</numerusform>
            <numerusform>iniciado en los %n días anteriores al primer calambre (ajuste threshold.cramp-relaxant-start-days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::alerts::dose_maximum</name>
    <message>
        <source>setting max-daily.%1</source>
        <extracomment>%1 is the end of a setting&apos;s name: keep &quot;max-daily.%1&quot; as it is.</extracomment>
        <translation>ajuste max-daily.%1</translation>
    </message>
    <message>
        <source>the maximum in your settings</source>
        <extracomment>Follows &quot;is above&quot; (&quot;... is above the maximum in your settings (30 mg)&quot;); German: dative.</extracomment>
        <translation>el máximo de sus ajustes</translation>
    </message>
    <message>
        <source>label: %1</source>
        <extracomment>%1: the drug label cited (&quot;Flexeril (cyclobenzaprine) US label&quot;).</extracomment>
        <translation>ficha técnica: %1</translation>
    </message>
    <message>
        <source>the maximum</source>
        <extracomment>Follows &quot;is above&quot; (&quot;... is above the maximum (30 mg)&quot;); German: dative.</extracomment>
        <translation>el máximo</translation>
    </message>
    <message>
        <source>label, course day %1 of the first %2: %3</source>
        <extracomment>%1: the course day; %2: the label&apos;s first days; %3: the drug label cited.</extracomment>
        <translation>ficha técnica, día %1 de los %2 primeros: %3</translation>
    </message>
    <message>
        <source>prescribed for %1</source>
        <extracomment>%1: the medicine&apos;s name.</extracomment>
        <translation>recetado para %1</translation>
    </message>
    <message>
        <source>your prescribed maximum</source>
        <extracomment>Follows &quot;is above&quot; (&quot;... is above your prescribed maximum (30 mg)&quot;); German: dative.</extracomment>
        <translation>su máximo recetado</translation>
    </message>
    <message>
        <source>urgent at %1 (%2 % of the maximum, setting threshold.urgent-dose-percent)</source>
        <extracomment>%1: an amount (&quot;45 mg&quot;); %2: a percent.</extracomment>
        <translation>urgente a partir de %1 (%2 % del máximo, ajuste threshold.urgent-dose-percent)</translation>
    </message>
    <message>
        <source>urgent above %1 (label: %2)</source>
        <extracomment>%1: an amount (&quot;4000 mg&quot;); %2: the drug label cited.</extracomment>
        <translation>urgente por encima de %1 (ficha técnica: %2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <extracomment>%1: the medicine&apos;s name; %2: an amount; %3: its ingredient (&quot;Flexeril (35 mg of cyclobenzaprine)&quot;).</extracomment>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>can seriously harm the liver</source>
        <translation>puede dañar gravemente el hígado</translation>
    </message>
    <message>
        <source>Check with your pharmacist before taking more.</source>
        <translation>Consulte a su farmacéutico antes de tomar más.</translation>
    </message>
    <message>
        <source>Above %1 in 24 hours, %2 %3: contact your pharmacist or clinician now, or a poison control center, even if you feel well.</source>
        <extracomment>%1: an amount (&quot;4000 mg&quot;); %2: the ingredient; %3: the harm (&quot;can seriously harm the liver&quot;).</extracomment>
        <translation>Por encima de %1 en 24 horas, %2 %3: contacte ahora con su farmacéutico o su médico, o con un centro de toxicología, aunque se encuentre bien.</translation>
    </message>
    <message>
        <source>Today&apos;s total of %1 is above %2 (%3).</source>
        <extracomment>%1: the medicine and its total; %2: which maximum (&quot;the maximum&quot;); %3: the maximum&apos;s amount.</extracomment>
        <translation>El total de hoy de %1 supera %2 (%3).</translation>
    </message>
    <message>
        <source>On %1 the total of %2 was above %3 (%4).</source>
        <extracomment>%1: a day; %2: the medicine and its total; %3: which maximum (&quot;the maximum&quot;); %4: the maximum&apos;s amount.</extracomment>
        <translation>El %1, el total de %2 superó %3 (%4).</translation>
    </message>
    <message>
        <source>In the 24 hours up to %1 today, the total of %2 is above %3 (%4).</source>
        <extracomment>%1: the time of the last dose; %2: the medicine and its total; %3: which maximum; %4: its amount.</extracomment>
        <translation>En las 24 horas hasta hoy a las %1, el total de %2 supera %3 (%4).</translation>
    </message>
    <message>
        <source>In the 24 hours up to %1, the total of %2 was above %3 (%4).</source>
        <extracomment>%1: the day and time of the last dose; %2: the medicine and its total; %3: which maximum; %4: its amount.</extracomment>
        <translation>En las 24 horas hasta el %1, el total de %2 superó %3 (%4).</translation>
    </message>
    <message>
        <source>In the 24 hours up to %1 today you took %2 doses of %3; the label allows at most %4 doses in 24 hours.</source>
        <extracomment>%1: the time of the last dose; %2: how many doses; %3: the medicine; %4: the label&apos;s number of doses.</extracomment>
        <translation>En las 24 horas hasta hoy a las %1 tomó %2 dosis de %3; la ficha técnica permite como máximo %4 dosis en 24 horas.</translation>
    </message>
    <message>
        <source>In the 24 hours up to %1 you took %2 doses of %3; the label allows at most %4 doses in 24 hours.</source>
        <extracomment>%1: the day and time of the last dose; %2: how many doses; %3: the medicine; %4: the label&apos;s number.</extracomment>
        <translation>En las 24 horas hasta el %1 tomó %2 dosis de %3; la ficha técnica permite como máximo %4 dosis en 24 horas.</translation>
    </message>
    <message>
        <source>Today you took %1 doses of %2; the label allows at most %3 doses in 24 hours.</source>
        <extracomment>%1: how many doses; %2: the medicine; %3: the label&apos;s number of doses.</extracomment>
        <translation>Hoy tomó %1 dosis de %2; la ficha técnica permite como máximo %3 dosis en 24 horas.</translation>
    </message>
    <message>
        <source>On %1 you took %2 doses of %3; the label allows at most %4 doses in 24 hours.</source>
        <extracomment>%1: a day; %2: how many doses; %3: the medicine; %4: the label&apos;s number of doses.</extracomment>
        <translation>El %1 tomó %2 dosis de %3; la ficha técnica permite como máximo %4 dosis en 24 horas.</translation>
    </message>
    <message>
        <source>the day %1</source>
        <translation>el día %1</translation>
    </message>
    <message>
        <source>24 hours up to %1</source>
        <translation>24 horas hasta el %1</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n dose</source>
        <translation>
            <numerusform>%1 en %n dosis</numerusform>
            <numerusform>%1 en %n dosis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n doses</source>
        <translation>
            <numerusform>%1 en %n dosis</numerusform>
            <numerusform>%1 en %n dosis</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1 (latest: %2)</source>
        <extracomment>%1: how many days; %2: the latest of them.</extracomment>
        <translation>%1 (los más recientes: %2)</translation>
    </message>
    <message>
        <source>%1 above the daily maximum</source>
        <extracomment>%1: the medicine.</extracomment>
        <translation>%1 por encima del máximo diario</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>%1: too many doses in 24 hours</source>
        <extracomment>%1: the medicine.</extracomment>
        <translation>%1: demasiadas dosis en 24 horas</translation>
    </message>
    <message>
        <source>Doses</source>
        <extracomment>%1: how many doses; %2: their total amount.</extracomment>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>%1 (total %2)</source>
        <translation>%1 (total %2)</translation>
    </message>
    <message>
        <source>at most %1 doses in 24 hours (label: %2)</source>
        <extracomment>%1: the label&apos;s number of doses; %2: the drug label cited.</extracomment>
        <translation>como máximo %1 dosis en 24 horas (ficha técnica: %2)</translation>
    </message>
    <message>
        <source>Days above the maximum in the last 12 months</source>
        <translation>Días por encima del máximo en los últimos 12 meses</translation>
    </message>
    <message>
        <source>Days with too many doses in the last 12 months</source>
        <translation>Días con demasiadas dosis en los últimos 12 meses</translation>
    </message>
</context>
<context>
    <name>relief::alerts::duration</name>
    <message>
        <source>%1 beyond %2</source>
        <extracomment>%1: the medicine; %2: a length of time (&quot;3 weeks&quot;).</extracomment>
        <translation>%1 durante más de %2</translation>
    </message>
    <message>
        <source>You have taken %1 for more than %2. It is usually meant for up to 2-3 weeks; longer use is not supported by evidence and raises the risk of side effects.</source>
        <extracomment>%1: the medicine; %2: a length of time (&quot;3 weeks&quot;).</extracomment>
        <translation>Lleva más de %2 tomando %1. Normalmente está indicado para un máximo de 2-3 semanas; no hay pruebas que respalden un uso más largo y aumenta el riesgo de efectos secundarios.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>%1: the medicine; %2: a length of time (&quot;2 weeks&quot;).</extracomment>
        <translation>%1 durante %2</translation>
    </message>
    <message>
        <source>You have taken %1 for %2. It is usually meant for up to 2-3 weeks; ask your clinician whether to continue.</source>
        <extracomment>%1: the medicine; %2: a length of time (&quot;2 weeks&quot;).</extracomment>
        <translation>Lleva %2 tomando %1. Normalmente está indicado para un máximo de 2-3 semanas; pregunte a su médico si debe continuar.</translation>
    </message>
    <message>
        <source>Course day</source>
        <translation>Día de tratamiento</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (desde el %2)</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Última dosis</translation>
    </message>
    <message>
        <source>Days taken in this course</source>
        <translation>Días con toma en este tratamiento</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>course day %1 (setting threshold.%2)</source>
        <extracomment>%2 is the end of a setting&apos;s name: keep &quot;threshold.%2&quot; as it is.</extracomment>
        <translation>día de tratamiento %1 (ajuste threshold.%2)</translation>
    </message>
    <message>
        <source>Course gaps</source>
        <translation>Pausas en el tratamiento</translation>
    </message>
    <message numerus="yes">
        <source>up to %n days without a dose do not end a run of use (settings threshold.use-gap-days, threshold.course-gap-days)</source>
        <translation>
            <numerusform>hasta %n día sin dosis no interrumpe un periodo de uso (ajustes threshold.use-gap-days, threshold.course-gap-days)</numerusform>
            <numerusform>hasta %n días sin dosis no interrumpen un periodo de uso (ajustes threshold.use-gap-days, threshold.course-gap-days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::alerts::function</name>
    <message>
        <source>%1 on %2 (pain %3, enjoyment %4, activity %5)</source>
        <extracomment>One PEG answer: its score, its day, and the three answers (0-10) it is the mean of.</extracomment>
        <translation>%1 el %2 (dolor %3, disfrute %4, actividad %5)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>%1 % lower than the first PEG (IMMPACT: moderately important; setting threshold.peg-improvement-percent)</source>
        <extracomment>IMMPACT is the name of a group of experts; keep the setting name as it is.</extracomment>
        <translation>un %1 % más bajo que el primer PEG (IMMPACT: moderadamente importante; ajuste threshold.peg-improvement-percent)</translation>
    </message>
    <message>
        <source>Function better: PEG %1 % better</source>
        <translation>Mejor función: PEG un %1 % mejor</translation>
    </message>
    <message>
        <source>Function better: PEG %1 % worse</source>
        <translation>Mejor función: PEG un %1 % peor</translation>
    </message>
    <message>
        <source>Good news: your PEG (pain, and how much it gets in the way of enjoying life and of everyday activity) is %3 % better than when you started (%1 to %2). A change of %4 % or more is one patients notice. Tell your clinician what helped.</source>
        <translation>Buenas noticias: su PEG (el dolor y cuánto le impide disfrutar de la vida y hacer sus actividades diarias) es un %3 % mejor que cuando empezó (de %1 a %2). Un cambio del %4 % o más es algo que los pacientes notan. Cuéntele a su médico qué le ha ayudado.</translation>
    </message>
    <message>
        <source>Good news: your PEG (pain, and how much it gets in the way of enjoying life and of everyday activity) is %3 % worse than when you started (%1 to %2). A change of %4 % or more is one patients notice. Tell your clinician what helped.</source>
        <translation>Buenas noticias: su PEG (el dolor y cuánto le impide disfrutar de la vida y hacer sus actividades diarias) es un %3 % peor que cuando empezó (de %1 a %2). Un cambio del %4 % o más es algo que los pacientes notan. Cuéntele a su médico qué le ha ayudado.</translation>
    </message>
    <message>
        <source>First PEG</source>
        <translation>Primer PEG</translation>
    </message>
    <message>
        <source>Latest PEG</source>
        <translation>Último PEG</translation>
    </message>
    <message>
        <source>No %1 % improvement in function after %2</source>
        <extracomment>%1: the setting&apos;s percent; %2: a length of time (&quot;4 weeks&quot;).</extracomment>
        <translation>Sin una mejoría del %1 % en la función tras %2</translation>
    </message>
    <message>
        <source>Your PEG (pain, and how much it gets in the way of enjoying life and of everyday activity) is %3 % better than when this episode began (%1 to %2), after %4. Guidance is to be re-assessed when pain lasts 4-6 weeks without improving. Please arrange a review with your clinician.</source>
        <translation>Su PEG (el dolor y cuánto le impide disfrutar de la vida y hacer sus actividades diarias) es un %3 % mejor que al comienzo de este episodio de dolor (de %1 a %2), tras %4. Las recomendaciones indican una revisión médica cuando el dolor dura 4-6 semanas sin mejorar. Pida una revisión con su médico.</translation>
    </message>
    <message>
        <source>Your PEG (pain, and how much it gets in the way of enjoying life and of everyday activity) is %3 % worse than when this episode began (%1 to %2), after %4. Guidance is to be re-assessed when pain lasts 4-6 weeks without improving. Please arrange a review with your clinician.</source>
        <translation>Su PEG (el dolor y cuánto le impide disfrutar de la vida y hacer sus actividades diarias) es un %3 % peor que al comienzo de este episodio de dolor (de %1 a %2), tras %4. Las recomendaciones indican una revisión médica cuando el dolor dura 4-6 semanas sin mejorar. Pida una revisión con su médico.</translation>
    </message>
    <message>
        <source>Pain episode</source>
        <translation>Episodio de dolor</translation>
    </message>
    <message>
        <source>day %1 (from %2)</source>
        <translation>día %1 (desde el %2)</translation>
    </message>
    <message>
        <source>Re-assessment</source>
        <translation>Revisión médica</translation>
    </message>
    <message>
        <source>episode day %1 (setting threshold.persistent-pain-day)</source>
        <translation>día %1 del episodio (ajuste threshold.persistent-pain-day)</translation>
    </message>
    <message>
        <source>%1: function not better after %2</source>
        <extracomment>%1: the medicine; %2: a length of time (&quot;3 weeks&quot;).</extracomment>
        <translation>%1: la función no mejora tras %2</translation>
    </message>
    <message>
        <source>Since you started %1, your PEG (pain, and how much it gets in the way of life and activity) is %4 % better (%2 to %3). Muscle relaxants like it are meant for 2-3 weeks; ask whether it is worth going on.</source>
        <translation>Desde que empezó a tomar %1, su PEG (el dolor y cuánto le impide vivir y hacer sus actividades) es un %4 % mejor (de %2 a %3). Los relajantes musculares como este están indicados para 2-3 semanas; pregunte si vale la pena continuar.</translation>
    </message>
    <message>
        <source>Since you started %1, your PEG (pain, and how much it gets in the way of life and activity) is %4 % worse (%2 to %3). Muscle relaxants like it are meant for 2-3 weeks; ask whether it is worth going on.</source>
        <translation>Desde que empezó a tomar %1, su PEG (el dolor y cuánto le impide vivir y hacer sus actividades) es un %4 % peor (de %2 a %3). Los relajantes musculares como este están indicados para 2-3 semanas; pregunte si vale la pena continuar.</translation>
    </message>
    <message>
        <source>Course day</source>
        <translation>Día de tratamiento</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (desde el %2)</translation>
    </message>
    <message>
        <source>Course day to judge by</source>
        <translation>Día de tratamiento para valorarlo</translation>
    </message>
    <message>
        <source>%1 (setting threshold.peg-course-day)</source>
        <translation>%1 (ajuste threshold.peg-course-day)</translation>
    </message>
</context>
<context>
    <name>relief::alerts::interactions</name>
    <message>
        <source>alcohol</source>
        <translation>alcohol</translation>
    </message>
    <message numerus="yes">
        <source>%n drink</source>
        <translation>
            <numerusform>%n bebida</numerusform>
            <numerusform>%n bebidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drinks</source>
        <translation>
            <numerusform>%n bebida</numerusform>
            <numerusform>%n bebidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the latest %2 are listed)</source>
        <translation>%1 (se muestran los %2 más recientes)</translation>
    </message>
    <message>
        <source>can&apos;t stay awake</source>
        <translation>no poder mantenerse despierto</translation>
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
        <source>fever</source>
        <translation>fiebre</translation>
    </message>
    <message>
        <source>tremor</source>
        <translation>temblor</translation>
    </message>
    <message>
        <source>racing heart</source>
        <translation>corazón acelerado</translation>
    </message>
    <message>
        <source>palpitations</source>
        <translation>palpitaciones</translation>
    </message>
    <message>
        <source>fast heartbeat</source>
        <translation>latido rápido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1: a sign the person logged (&quot;slow breathing&quot;); %2: a day.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1: a sign&apos;s name as the journal stores it; %2: a day.</extracomment>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <extracomment>%1 and %2: two medicines, or a medicine and alcohol.</extracomment>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Taking %1 together can dangerously increase drowsiness and slow breathing.</source>
        <extracomment>%1: two or more muscle relaxants.</extracomment>
        <translation>Tomar %1 juntos puede aumentar peligrosamente la somnolencia y ralentizar la respiración.</translation>
    </message>
    <message>
        <source>Taking %1 with %2 can dangerously increase drowsiness and slow breathing.</source>
        <extracomment>%1: one or more muscle relaxants; %2: alcohol, an opioid, a sleep medicine...</extracomment>
        <translation>Tomar %1 con %2 puede aumentar peligrosamente la somnolencia y ralentizar la respiración.</translation>
    </message>
    <message>
        <source>You logged %1: contact your clinician now, or seek urgent care if breathing is slow.</source>
        <extracomment>%1: the signs logged, each with its day.</extracomment>
        <translation>Registró %1: contacte ahora con su médico, o busque atención médica urgente si la respiración es lenta.</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>Mismo día</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>on the same local day</source>
        <translation>en el mismo día local</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>%1 h %2 min apart</source>
        <extracomment>The time between two doses: &quot;2 h apart&quot;, &quot;2 h 30 min apart&quot;.</extracomment>
        <translation>con %1 h %2 min de diferencia</translation>
    </message>
    <message>
        <source>%1 h apart</source>
        <translation>con %1 h de diferencia</translation>
    </message>
    <message>
        <source>%1 should not be taken with %2: it can raise tizanidine to dangerous levels.</source>
        <extracomment>%1: tizanidine (the person&apos;s name for it); %2: the other medicine.</extracomment>
        <translation>%1 no debe tomarse con %2: puede elevar la tizanidina a niveles peligrosos.</translation>
    </message>
    <message>
        <source>Contact your clinician or pharmacist now.</source>
        <translation>Contacte ahora con su médico o farmacéutico.</translation>
    </message>
    <message>
        <source>Inhibitor</source>
        <translation>Inhibidor</translation>
    </message>
    <message>
        <source>%1: strong CYP1A2 inhibitor (contraindicated)</source>
        <translation>%1: inhibidor potente de CYP1A2 (contraindicado)</translation>
    </message>
    <message>
        <source>%1: CYP1A2 inhibitor</source>
        <translation>%1: inhibidor de CYP1A2</translation>
    </message>
    <message>
        <source>Closest doses</source>
        <translation>Dosis más próximas</translation>
    </message>
    <message>
        <source>%1 %2 at %3, %4 %5 at %6 (%7)</source>
        <extracomment>Two doses: name, amount and day and time of each (%1 %2 at %3, %4 %5 at %6); %7: the time between.</extracomment>
        <translation>%1 %2 el %3, %4 %5 el %6 (%7)</translation>
    </message>
    <message>
        <source>Within the window on</source>
        <translation>Dentro del intervalo el</translation>
    </message>
    <message>
        <source>%1 h either way (setting threshold.cyp1a2-hours)</source>
        <translation>%1 h antes o después (ajuste threshold.cyp1a2-hours)</translation>
    </message>
    <message>
        <source>%1 last taken %2</source>
        <extracomment>%1: the MAOI; %2: a day.</extracomment>
        <translation>%1, última toma el %2</translation>
    </message>
    <message>
        <source>%1 must not be combined with %2. Contact your clinician or pharmacist now.</source>
        <extracomment>%1: cyclobenzaprine (the person&apos;s name for it); %2: the MAOI.</extracomment>
        <translation>%1 no debe combinarse nunca con %2. Contacte ahora con su médico o farmacéutico.</translation>
    </message>
    <message>
        <source>Cyclobenzaprine taken on</source>
        <translation>Ciclobenzaprina tomada el</translation>
    </message>
    <message numerus="yes">
        <source>MAOI taken on the same day or up to %n days before (setting threshold.maoi-days)</source>
        <translation>
            <numerusform>IMAO tomado el mismo día o hasta %n día antes (ajuste threshold.maoi-days)</numerusform>
            <numerusform>IMAO tomado el mismo día o hasta %n días antes (ajuste threshold.maoi-days)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2: this combination needs monitoring by your clinician.</source>
        <extracomment>%1: cyclobenzaprine (the person&apos;s name for it); %2: the other medicine.</extracomment>
        <translation>%1 con %2: esta combinación requiere vigilancia por parte de su médico.</translation>
    </message>
    <message>
        <source>You logged %1, which can be signs of serotonin syndrome: contact your clinician now or seek urgent care.</source>
        <extracomment>%1: the signs logged, each with its day.</extracomment>
        <translation>Registró %1, que pueden ser signos de síndrome serotoninérgico: contacte ahora con su médico o busque atención médica urgente.</translation>
    </message>
    <message>
        <source>Make sure they know you take both.</source>
        <translation>Asegúrese de que su médico sabe que toma ambos.</translation>
    </message>
    <message>
        <source>both on the same local day</source>
        <translation>ambos en el mismo día local</translation>
    </message>
    <message>
        <source>Days in the last 12 months</source>
        <translation>Días en los últimos 12 meses</translation>
    </message>
</context>
<context>
    <name>relief::alerts::pain_patterns</name>
    <message>
        <source>%1, last taken %2</source>
        <extracomment>%1: the medicine; %2: a day.</extracomment>
        <translation>%1, última toma el %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Ask your clinician or pharmacist about other options.</source>
        <translation>Pregunte a su médico o farmacéutico por otras opciones.</translation>
    </message>
    <message>
        <source>Days with this pain</source>
        <extracomment>%1 of the last %n days; %2: those days.</extracomment>
        <translation>Días con este dolor</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the last %n days (%2)</source>
        <translation>
            <numerusform>%1 del último %n día (%2)</numerusform>
            <numerusform>%1 de los últimos %n días (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged as</source>
        <translation>Registrado como</translation>
    </message>
    <message>
        <source>Muscle relaxant in use</source>
        <translation>Relajante muscular en uso</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n days (setting threshold.pattern-days)</source>
        <translation>
            <numerusform>%1 de %n día (ajuste threshold.pattern-days)</numerusform>
            <numerusform>%1 de %n días (ajuste threshold.pattern-days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nerve-type pain while on %1</source>
        <extracomment>%1: the muscle relaxant.</extracomment>
        <translation>Dolor de tipo nervioso mientras toma %1</translation>
    </message>
    <message numerus="yes">
        <source>On %1 of the last %n days you logged burning, shooting, electric or tingling pain, or pain below the knee while taking %2.</source>
        <extracomment>%1 of the last %n days; %2: the muscle relaxants.</extracomment>
        <translation>
            <numerusform>En %1 del último %n día registró dolor urente, punzante, como descargas eléctricas u hormigueo, o dolor por debajo de la rodilla mientras tomaba %2.</numerusform>
            <numerusform>En %1 de los últimos %n días registró dolor urente, punzante, como descargas eléctricas u hormigueo, o dolor por debajo de la rodilla mientras tomaba %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>This kind of pain often does not respond to muscle relaxers.</source>
        <translation>Este tipo de dolor a menudo no responde a los relajantes musculares.</translation>
    </message>
    <message>
        <source>Joint pain while on %1</source>
        <extracomment>%1: the muscle relaxant.</extracomment>
        <translation>Dolor articular mientras toma %1</translation>
    </message>
    <message numerus="yes">
        <source>On %1 of the last %n days you logged joint pain while taking %2.</source>
        <extracomment>%1 of the last %n days; %2: the muscle relaxants.</extracomment>
        <translation>
            <numerusform>En %1 del último %n día registró dolor articular mientras tomaba %2.</numerusform>
            <numerusform>En %1 de los últimos %n días registró dolor articular mientras tomaba %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Joint pain is not treated by muscle relaxers.</source>
        <translation>Los relajantes musculares no tratan el dolor articular.</translation>
    </message>
</context>
<context>
    <name>relief::alerts::reassessment</name>
    <message>
        <source>%1-%2 weeks</source>
        <extracomment>A range of time after a preposition (&quot;at 4-6 weeks&quot;); German: dative.</extracomment>
        <translation>%1-%2 semanas</translation>
    </message>
    <message>
        <source>%1-%2 days</source>
        <extracomment>A range of time after a preposition (&quot;at 28-42 days&quot;); German: dative.</extracomment>
        <translation>%1-%2 días</translation>
    </message>
    <message>
        <source>Pain for %1: re-assessment overdue</source>
        <translation>Dolor durante %1: revisión médica pendiente</translation>
    </message>
    <message>
        <source>Pain for %1 without improvement</source>
        <translation>Dolor durante %1 sin mejoría</translation>
    </message>
    <message>
        <source>Your pain has lasted %1 without clear improvement. Guidance is to be re-assessed at %2, so a re-assessment is now overdue. Please arrange a review with your clinician.</source>
        <extracomment>%1: how long the pain has lasted (&quot;4 weeks&quot;); %2: when guidance says to re-assess (&quot;4-6 weeks&quot;).</extracomment>
        <translation>Su dolor dura ya %1 sin una mejoría clara. Las recomendaciones indican una revisión médica a las %2, así que la revisión ya está pendiente. Pida una revisión con su médico.</translation>
    </message>
    <message>
        <source>Your pain has lasted %1 without clear improvement. Guidance is to be re-assessed at %2. Please arrange a review with your clinician.</source>
        <extracomment>%1: how long the pain has lasted (&quot;4 weeks&quot;); %2: when guidance says to re-assess (&quot;4-6 weeks&quot;).</extracomment>
        <translation>Su dolor dura ya %1 sin una mejoría clara. Las recomendaciones indican una revisión médica a las %2. Pida una revisión con su médico.</translation>
    </message>
    <message>
        <source>Pain episode</source>
        <translation>Episodio de dolor</translation>
    </message>
    <message>
        <source>day %1 (from %2)</source>
        <translation>día %1 (desde el %2)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valor inicial</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>episode day %1 (setting threshold.persistent-pain-day)</source>
        <translation>día %1 del episodio (ajuste threshold.persistent-pain-day)</translation>
    </message>
    <message>
        <source>Re-assessment</source>
        <translation>Revisión médica</translation>
    </message>
    <message>
        <source>overdue: episode day %1 or later (setting threshold.persistent-pain-overdue-day)</source>
        <translation>pendiente: día %1 del episodio o posterior (ajuste threshold.persistent-pain-overdue-day)</translation>
    </message>
    <message numerus="yes">
        <source>Your pain is getting worse: the last %n days averaged %1, up from %2 the days before. Please arrange a check-up with your clinician.</source>
        <extracomment>%n: the days of each mean; %1 and %2: pain means (0-10), the recent one first.</extracomment>
        <translation>
            <numerusform>Su dolor está empeorando: el último %n día tuvo una media de %1, frente a %2 en los días anteriores. Pida una consulta con su médico.</numerusform>
            <numerusform>Su dolor está empeorando: los últimos %n días tuvieron una media de %1, frente a %2 en los días anteriores. Pida una consulta con su médico.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain getting worse</source>
        <translation>El dolor empeora</translation>
    </message>
    <message numerus="yes">
        <source>Previous %n days</source>
        <translation>
            <numerusform>%n día anterior</numerusform>
            <numerusform>%n días anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Increase</source>
        <extracomment>A rise of the pain mean (0-10): &quot;1.5 points&quot;.</extracomment>
        <translation>Aumento</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message numerus="yes">
        <source>%n point (setting threshold.worsening-points)</source>
        <translation>
            <numerusform>%n punto (ajuste threshold.worsening-points)</numerusform>
            <numerusform>%n puntos (ajuste threshold.worsening-points)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points (setting threshold.worsening-points)</source>
        <translation>
            <numerusform>%n punto (ajuste threshold.worsening-points)</numerusform>
            <numerusform>%n puntos (ajuste threshold.worsening-points)</numerusform>
        </translation>
    </message>
    <message>
        <source>Window mean</source>
        <translation>Media del periodo</translation>
    </message>
    <message numerus="yes">
        <source>needs %1 of %n days logged (setting threshold.window-min-logged-days)</source>
        <translation>
            <numerusform>requiere %1 de %n día registrado (ajuste threshold.window-min-logged-days)</numerusform>
            <numerusform>requiere %1 de %n días registrados (ajuste threshold.window-min-logged-days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::alerts::red_flags</name>
    <message>
        <source>loss of bladder control</source>
        <translation>pérdida del control de la vejiga</translation>
    </message>
    <message>
        <source>loss of bowel control</source>
        <translation>pérdida del control intestinal</translation>
    </message>
    <message>
        <source>numbness in the groin or saddle area</source>
        <translation>entumecimiento en la ingle o en la zona de la silla de montar (entrepierna y nalgas)</translation>
    </message>
    <message>
        <source>new difficulty passing urine</source>
        <translation>dificultad nueva para orinar</translation>
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
        <source>fever with back pain</source>
        <translation>fiebre con dolor de espalda</translation>
    </message>
    <message>
        <source>back pain after a major fall or accident</source>
        <translation>dolor de espalda tras una caída fuerte o un accidente</translation>
    </message>
    <message>
        <source>pain at night or at rest</source>
        <translation>dolor por la noche o en reposo</translation>
    </message>
    <message>
        <source>unexplained weight loss</source>
        <translation>pérdida de peso sin explicación</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Hours and minutes between two entries: &quot;23 h 30 min&quot;.</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>none: any logged red-flag symptom is urgent</source>
        <translation>ninguno: cualquier síntoma de alarma registrado es urgente</translation>
    </message>
    <message>
        <source>You logged fever (%1) and back pain (%2), %3 apart.</source>
        <extracomment>%1 and %2: the day and time each was logged; %3: the time between them (&quot;5 h 0 min&quot;).</extracomment>
        <translation>Registró fiebre (%1) y dolor de espalda (%2), con %3 de diferencia.</translation>
    </message>
    <message>
        <source>Fever logged</source>
        <translation>Fiebre registrada</translation>
    </message>
    <message>
        <source>Back pain logged</source>
        <translation>Dolor de espalda registrado</translation>
    </message>
    <message>
        <source>Time apart</source>
        <translation>Tiempo entre ambos</translation>
    </message>
    <message>
        <source>fever and back pain logged within 24 hours of each other</source>
        <translation>fiebre y dolor de espalda registrados con menos de 24 horas de diferencia</translation>
    </message>
    <message>
        <source>You logged %1 on %2.</source>
        <extracomment>%1: a red-flag symptom (&quot;leg weakness&quot;); %2: a day.</extracomment>
        <translation>Registró %1 el %2.</translation>
    </message>
    <message>
        <source>First logged</source>
        <translation>Primer registro</translation>
    </message>
    <message>
        <source>Logged as</source>
        <translation>Registrado como</translation>
    </message>
    <message>
        <source>numbness or tingling logged at the groin, an inner thigh or both buttocks</source>
        <translation>entumecimiento u hormigueo registrado en la ingle, la cara interna de un muslo o ambas nalgas</translation>
    </message>
    <message>
        <source>These symptoms need prompt medical attention. Seek urgent care now, and let your clinician know.</source>
        <translation>Estos síntomas necesitan atención médica rápida. Busque ayuda médica urgente ahora e informe a su médico.</translation>
    </message>
    <message>
        <source>%1: seek care now</source>
        <extracomment>%1: a red-flag symptom (&quot;Leg weakness&quot;).</extracomment>
        <translation>%1: busque ayuda médica ahora</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Times logged that day</source>
        <translation>Veces registrado ese día</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Days logged in the last 12 months</source>
        <translation>Días registrados en los últimos 12 meses</translation>
    </message>
</context>
<context>
    <name>relief::alerts::response</name>
    <message numerus="yes">
        <source>Benefit from %1 is usually greatest in the first days; your pain scores have not improved much (average %2 when you started, %3 over the last %n days).</source>
        <extracomment>%1: the medicine; %2 and %3: pain means (0-10); %n: the days of the recent mean.</extracomment>
        <translation>
            <numerusform>El beneficio de %1 suele ser mayor en los primeros días; sus puntuaciones de dolor no han mejorado mucho (media de %2 al empezar, %3 en el último %n día).</numerusform>
            <numerusform>El beneficio de %1 suele ser mayor en los primeros días; sus puntuaciones de dolor no han mejorado mucho (media de %2 al empezar, %3 en los últimos %n días).</numerusform>
        </translation>
    </message>
    <message>
        <source>Little benefit from %1 so far</source>
        <translation>Poco beneficio de %1 hasta ahora</translation>
    </message>
    <message>
        <source>Course day</source>
        <translation>Día de tratamiento</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (desde el %2)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valor inicial</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>course day %1 (setting threshold.early-benefit-day)</source>
        <translation>día de tratamiento %1 (ajuste threshold.early-benefit-day)</translation>
    </message>
</context>
<context>
    <name>relief::alerts::rule_specs</name>
    <message>
        <source>Should I keep taking {drug}, and if I stop, how?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>¿Debo seguir tomando {drug}? Y si lo dejo, ¿cómo debo hacerlo?</translation>
    </message>
    <message>
        <source>{drug} has not helped my pain much. Is there a better option?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>{drug} no me ha aliviado mucho el dolor. ¿Hay una opción mejor?</translation>
    </message>
    <message>
        <source>My pain has lasted for weeks. Should it be re-assessed?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Mi dolor dura ya varias semanas. ¿Debería hacerse una revisión médica?</translation>
    </message>
    <message>
        <source>My pain is getting worse. What should we check?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Mi dolor está empeorando. ¿Qué deberíamos revisar?</translation>
    </message>
    <message>
        <source>My pain and function are better. What should I keep doing?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Mi dolor y mi función han mejorado. ¿Qué debo seguir haciendo?</translation>
    </message>
    <message>
        <source>My pain still gets in the way after weeks. Should it be re-assessed?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Después de semanas, el dolor me sigue limitando. ¿Debería hacerse una revisión médica?</translation>
    </message>
    <message>
        <source>{drug} has not made my pain easier to live with. Is it worth going on?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>{drug} no me ha hecho el dolor más llevadero. ¿Vale la pena continuar?</translation>
    </message>
    <message>
        <source>I had {topic}. What does it mean, and what should I do if it happens again?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>He tenido {topic}. ¿Qué significa y qué debo hacer si vuelve a pasar?</translation>
    </message>
    <message>
        <source>Some days I took more {drug} than the maximum. What should I do when the pain is bad?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Algunos días tomé más {drug} del máximo. ¿Qué debo hacer cuando el dolor es fuerte?</translation>
    </message>
    <message>
        <source>Is it safe to take {drugs} together?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>¿Es seguro tomar {drugs} juntos?</translation>
    </message>
    <message>
        <source>Is {drug} safe {topic}?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>¿Es seguro {drug} {topic}?</translation>
    </message>
    <message>
        <source>I stopped {drug}. Should I restart it, or how do I stop it safely?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Dejé de tomar {drug}. ¿Debo volver a tomarlo o cómo lo dejo de forma segura?</translation>
    </message>
    <message>
        <source>I often miss doses of {drug}. Could the plan be easier to keep?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>A menudo olvido dosis de {drug}. ¿Se podría hacer la pauta más fácil de seguir?</translation>
    </message>
    <message>
        <source>Side effects keep me from taking {drug}. Could the plan change?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Los efectos secundarios me impiden tomar {drug}. ¿Se podría cambiar la pauta?</translation>
    </message>
    <message>
        <source>I am taking more {drug} without more relief. Should the plan change?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Tomo más {drug} sin más alivio. ¿Debería cambiar la pauta?</translation>
    </message>
    <message>
        <source>Could my burning or shooting pain be nerve pain, and would another treatment help?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>¿Mi dolor urente o punzante podría ser dolor de origen nervioso? ¿Me ayudaría otro tratamiento?</translation>
    </message>
    <message>
        <source>Muscle relaxers do not treat joint pain. What would help my joints?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>Los relajantes musculares no tratan el dolor articular. ¿Qué me ayudaría con las articulaciones?</translation>
    </message>
    <message>
        <source>What could be causing my cramps, and what can I do about them?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>¿Qué podría estar causando mis calambres y qué puedo hacer?</translation>
    </message>
    <message>
        <source>Should I try other options before opioids?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>¿Debería probar otras opciones antes que los opioides?</translation>
    </message>
    <message>
        <source>Which exercises or therapies should I do alongside my medicine?</source>
        <extracomment>A question the person may ask at the visit. Keep {drug}, {drugs} and {topic}: the names go there.</extracomment>
        <translation>¿Qué ejercicios o terapias debería hacer además de tomar mi medicamento?</translation>
    </message>
    <message>
        <source>Can we talk about this: %1?</source>
        <extracomment>%1: an alert&apos;s title.</extracomment>
        <translation>¿Podemos hablar de esto: %1?</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>it</source>
        <extracomment>Stands for the medicine in a question when the alert names none (&quot;Should I keep taking it?&quot;).</extracomment>
        <translation>este medicamento</translation>
    </message>
    <message>
        <source>these</source>
        <extracomment>Stands for the medicines in a question when the alert names none (&quot;Is it safe to take these together?&quot;).</extracomment>
        <translation>estos medicamentos</translation>
    </message>
</context>
<context>
    <name>relief::alerts::tolerance</name>
    <message>
        <source>%1 %2 to %3: %4 of %5 (%6 %)</source>
        <extracomment>%1: the medicine&apos;s name; %2 and %3: the window&apos;s days; %4 of %5 doses taken; %6: percent.</extracomment>
        <translation>%1 del %2 al %3: %4 de %5 (%6 %)</translation>
    </message>
    <message>
        <source>daily dose</source>
        <translation>dosis diaria</translation>
    </message>
    <message>
        <source>as-needed doses</source>
        <translation>dosis a demanda</translation>
    </message>
    <message>
        <source>doses above the prescribed dose</source>
        <translation>dosis por encima de la recetada</translation>
    </message>
    <message>
        <source>You are taking more %1 but your pain has not improved. This can happen as the body adapts. Do not raise the dose yourself; review the plan with your clinician.</source>
        <extracomment>%1: the medicine.</extracomment>
        <translation>Está tomando más %1, pero su dolor no ha mejorado. Esto puede ocurrir cuando el cuerpo se acostumbra (tolerancia). No aumente la dosis por su cuenta; revise la pauta con su médico.</translation>
    </message>
    <message>
        <source>%1 use rising without relief</source>
        <translation>Uso creciente de %1 sin alivio</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <extracomment>%1: an amount (&quot;20 mg&quot;); %2 and %3: the first and the last day it is the mean of.</extracomment>
        <translation>%1 (del %2 al %3)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>day %1 (from %2)</source>
        <translation>día %1 (desde el %2)</translation>
    </message>
    <message>
        <source>Average daily dose</source>
        <translation>Dosis diaria media</translation>
    </message>
    <message>
        <source>Previous average daily dose</source>
        <translation>Dosis diaria media anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>%1 % of before</source>
        <translation>%1 % de la anterior</translation>
    </message>
    <message>
        <source>As-needed doses per day</source>
        <translation>Dosis a demanda al día</translation>
    </message>
    <message>
        <source>%1 (before: %2)</source>
        <translation>%1 (antes: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Days above the prescribed dose (last %n)</source>
        <translation>
            <numerusform>Días por encima de la dosis recetada (último %n)</numerusform>
            <numerusform>Días por encima de la dosis recetada (últimos %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain mean</source>
        <translation>Dolor medio</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Rose as of %1</source>
        <translation>Aumentó a fecha de %1</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message numerus="yes">
        <source>%1 % of the previous %n days&apos; average (settings threshold.tolerance-increase-percent, threshold.tolerance-window-days)</source>
        <translation>
            <numerusform>un %1 % de la media del %n día anterior (ajustes threshold.tolerance-increase-percent, threshold.tolerance-window-days)</numerusform>
            <numerusform>un %1 % de la media de los %n días anteriores (ajustes threshold.tolerance-increase-percent, threshold.tolerance-window-days)</numerusform>
        </translation>
    </message>
    <message>
        <source>as-needed doses up %1 % (setting threshold.tolerance-prn-increase-percent)</source>
        <translation>dosis a demanda un %1 % más (ajuste threshold.tolerance-prn-increase-percent)</translation>
    </message>
    <message numerus="yes">
        <source>above the prescribed dose on %1 of %n days (setting threshold.tolerance-above-prescribed-days)</source>
        <translation>
            <numerusform>por encima de la dosis recetada %1 de %n día (ajuste threshold.tolerance-above-prescribed-days)</numerusform>
            <numerusform>por encima de la dosis recetada %1 de %n días (ajuste threshold.tolerance-above-prescribed-days)</numerusform>
        </translation>
    </message>
    <message>
        <source>both windows from course day %1 (setting threshold.%2)</source>
        <extracomment>%2 is the end of a setting&apos;s name: keep &quot;threshold.%2&quot; as it is.</extracomment>
        <translation>ambos periodos desde el día de tratamiento %1 (ajuste threshold.%2)</translation>
    </message>
    <message>
        <source>adherence at least %1 % in both windows (setting threshold.adherence-percent)</source>
        <translation>cumplimiento de al menos el %1 % en ambos periodos (ajuste threshold.adherence-percent)</translation>
    </message>
</context>
<context>
    <name>relief::alerts::treatment</name>
    <message>
        <source>medication</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>an opioid</source>
        <translation>un opioide</translation>
    </message>
    <message>
        <source>In the pain episode from %1 you took %2 before any NSAID, acetaminophen or non-drug measure such as heat or stretching. Opioids are not a first choice for back pain.</source>
        <extracomment>%1: the day the pain episode began; %2: the opioid.</extracomment>
        <translation>En el episodio de dolor desde el %1 tomó %2 antes de cualquier AINE, paracetamol o medida sin medicamentos como el calor o los estiramientos. Los opioides no son la primera opción para el dolor de espalda.</translation>
    </message>
    <message>
        <source>Opioid before first-line treatment</source>
        <translation>Opioide antes del tratamiento de primera línea</translation>
    </message>
    <message>
        <source>First opioid dose</source>
        <extracomment>%1: a dose (&quot;oxycodone 5 mg&quot;); %2: the day and time it was logged.</extracomment>
        <translation>Primera dosis de opioide</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Pain episode</source>
        <translation>Episodio de dolor</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>First NSAID, acetaminophen or non-drug measure</source>
        <translation>Primer AINE, paracetamol o medida sin medicamentos</translation>
    </message>
    <message>
        <source>%1 at %2, after the opioid</source>
        <extracomment>%1: a dose or a measure (&quot;heat&quot;); %2: the day and time it was logged.</extracomment>
        <translation>%1 el %2, después del opioide</translation>
    </message>
    <message>
        <source>none logged in the episode</source>
        <translation>ninguno registrado en el episodio</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>none: any opioid dose before first-line treatment</source>
        <translation>ninguno: cualquier dosis de opioide antes del tratamiento de primera línea</translation>
    </message>
    <message numerus="yes">
        <source>You took a muscle relaxer (%1) on %2 of the last %n days and logged no heat, stretching, activity, exercise, physical therapy or massage. Heat, gentle activity and stretching are first-line; medicines should add to them, not replace them. Ask your clinician or pharmacist which would suit you.</source>
        <extracomment>%1: the muscle relaxants; %2 of the last %n days.</extracomment>
        <translation>
            <numerusform>Tomó un relajante muscular (%1) en %2 del último %n día y no registró calor, estiramientos, actividad, ejercicio, fisioterapia ni masaje. El calor, la actividad suave y los estiramientos son la primera opción; los medicamentos deben sumarse a ellos, no sustituirlos. Pregunte a su médico o farmacéutico qué le convendría.</numerusform>
            <numerusform>Tomó un relajante muscular (%1) en %2 de los últimos %n días y no registró calor, estiramientos, actividad, ejercicio, fisioterapia ni masaje. El calor, la actividad suave y los estiramientos son la primera opción; los medicamentos deben sumarse a ellos, no sustituirlos. Pregunte a su médico o farmacéutico qué le convendría.</numerusform>
        </translation>
    </message>
    <message>
        <source>Muscle relaxer without heat or stretching</source>
        <translation>Relajante muscular sin calor ni estiramientos</translation>
    </message>
    <message>
        <source>Days with a muscle relaxant</source>
        <extracomment>%1 of the last %n days; %2: those days.</extracomment>
        <translation>Días con un relajante muscular</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the last %n days (%2)</source>
        <translation>
            <numerusform>%1 del último %n día (%2)</numerusform>
            <numerusform>%1 de los últimos %n días (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Muscle relaxants</source>
        <translation>Relajantes musculares</translation>
    </message>
    <message>
        <source>Last non-drug measure</source>
        <translation>Última medida sin medicamentos</translation>
    </message>
    <message>
        <source>none logged</source>
        <translation>ninguna registrada</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n days (setting threshold.non-drug-relaxant-days)</source>
        <translation>
            <numerusform>%1 de %n día (ajuste threshold.non-drug-relaxant-days)</numerusform>
            <numerusform>%1 de %n días (ajuste threshold.non-drug-relaxant-days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::alerts::withdrawal</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1: a symptom&apos;s name as the journal stores it; %2: a day.</extracomment>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Your daily %1 fell from %2 to %3 on %4 without a taper plan.</source>
        <extracomment>%1: the medicine; %2 and %3: daily amounts (&quot;8 mg&quot;); %4: a day.</extracomment>
        <translation>Su dosis diaria de %1 bajó de %2 a %3 el %4 sin un plan de reducción gradual.</translation>
    </message>
    <message>
        <source>%1 was stopped on %2 after regular use, without a taper plan.</source>
        <extracomment>%1: the medicine; %2: a day.</extracomment>
        <translation>%1 se dejó el %2 tras un uso regular, sin un plan de reducción gradual.</translation>
    </message>
    <message numerus="yes">
        <source>No dose of %1 is logged since %2 (%n whole days), after regular use. If you took doses and did not log them, log them.</source>
        <extracomment>%1: the medicine; %2: the day of the last dose; %n: the whole days since.</extracomment>
        <translation>
            <numerusform>No hay ninguna dosis de %1 registrada desde el %2 (%n día completo), tras un uso regular. Si tomó dosis y no las registró, regístrelas.</numerusform>
            <numerusform>No hay ninguna dosis de %1 registrada desde el %2 (%n días completos), tras un uso regular. Si tomó dosis y no las registró, regístrelas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping or cutting down suddenly can cause withdrawal: watch for %1. Call your clinician today about restarting or a plan to taper.</source>
        <extracomment>%1: the withdrawal signs to watch for (&quot;hallucinations, confusion, ...&quot;).</extracomment>
        <translation>Dejarlo o reducirlo de golpe puede causar síntomas de abstinencia: vigile si aparecen %1. Llame hoy a su médico para hablar de volver a tomarlo o de un plan de reducción gradual.</translation>
    </message>
    <message>
        <source>You logged possible withdrawal symptoms after the drop: seek urgent care or contact your clinician now.</source>
        <translation>Registró posibles síntomas de abstinencia después de la reducción: busque atención médica urgente o contacte ahora con su médico.</translation>
    </message>
    <message>
        <source>You logged possible withdrawal symptoms after the stop: seek urgent care or contact your clinician now.</source>
        <translation>Registró posibles síntomas de abstinencia después de dejarlo: busque atención médica urgente o contacte ahora con su médico.</translation>
    </message>
    <message>
        <source>%1 cut down suddenly</source>
        <extracomment>%1: the medicine.</extracomment>
        <translation>%1 reducido de golpe</translation>
    </message>
    <message>
        <source>%1 stopped without a taper</source>
        <translation>%1 dejado sin reducción gradual</translation>
    </message>
    <message numerus="yes">
        <source>%1 not taken for %n days</source>
        <extracomment>%1: the medicine; %n: whole days without a dose.</extracomment>
        <translation>
            <numerusform>%1 sin tomar desde hace %n día</numerusform>
            <numerusform>%1 sin tomar desde hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Regular use</source>
        <translation>Uso regular</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n days)</source>
        <translation>
            <numerusform>del %1 al %2 (%n día)</numerusform>
            <numerusform>del %1 al %2 (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily dose on %1</source>
        <translation>Dosis diaria el %1</translation>
    </message>
    <message>
        <source>Days without a dose</source>
        <translation>Días sin dosis</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (desde el %2)</translation>
    </message>
    <message>
        <source>Stop recorded</source>
        <translation>Suspensión registrada</translation>
    </message>
    <message>
        <source>Taper plan</source>
        <translation>Plan de reducción gradual</translation>
    </message>
    <message>
        <source>none set, and the logged doses did not fall before the stop</source>
        <translation>no hay ninguno, y las dosis registradas no bajaron antes de dejarlo</translation>
    </message>
    <message>
        <source>Logged after the stop</source>
        <translation>Registrado después de dejarlo</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message numerus="yes">
        <source>%n days of regular use (setting threshold.%1)</source>
        <extracomment>%1 is the end of a setting&apos;s name: keep &quot;threshold.%1&quot; as it is.</extracomment>
        <translation>
            <numerusform>%n día de uso regular (ajuste threshold.%1)</numerusform>
            <numerusform>%n días de uso regular (ajuste threshold.%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whole days without any dose (setting threshold.withdrawal-gap-days); a skipped or forgotten dose belongs to adherence</source>
        <translation>
            <numerusform>%n día completo sin ninguna dosis (ajuste threshold.withdrawal-gap-days); una dosis omitida u olvidada corresponde al cumplimiento</numerusform>
            <numerusform>%n días completos sin ninguna dosis (ajuste threshold.withdrawal-gap-days); una dosis omitida u olvidada corresponde al cumplimiento</numerusform>
        </translation>
    </message>
    <message>
        <source>Regular use means</source>
        <translation>Uso regular significa</translation>
    </message>
    <message>
        <source>taken on %1 of %2 days (settings threshold.regular-use-days, threshold.regular-use-window-days)</source>
        <translation>tomado %1 de %2 días (ajustes threshold.regular-use-days, threshold.regular-use-window-days)</translation>
    </message>
    <message>
        <source>a drop of more than %1 a day, on %2 days in a row (settings threshold.tizanidine-drop-mg, threshold.withdrawal-gap-days)</source>
        <extracomment>%1: an amount (&quot;2 mg&quot;); %2: a number of days.</extracomment>
        <translation>una bajada de más de %1 al día, %2 días seguidos (ajustes threshold.tizanidine-drop-mg, threshold.withdrawal-gap-days)</translation>
    </message>
    <message numerus="yes">
        <source>Stopping %1 after %n days can cause withdrawal: watch for anxiety, sleeplessness, shaking or muscle twitching. Tell your clinician if they come.</source>
        <extracomment>%1: the medicine; %n: the days of the course.</extracomment>
        <translation>
            <numerusform>Dejar %1 después de %n día puede causar síntomas de abstinencia: vigile si aparecen ansiedad, insomnio, temblores o sacudidas musculares. Avise a su médico si aparecen.</numerusform>
            <numerusform>Dejar %1 después de %n días puede causar síntomas de abstinencia: vigile si aparecen ansiedad, insomnio, temblores o sacudidas musculares. Avise a su médico si aparecen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped after %n days</source>
        <translation>
            <numerusform>%1 dejado tras %n día</numerusform>
            <numerusform>%1 dejado tras %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>First day without a dose</source>
        <translation>Primer día sin dosis</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>no hay ninguno</translation>
    </message>
    <message numerus="yes">
        <source>a course of more than %n days (setting threshold.carisoprodol-days)</source>
        <translation>
            <numerusform>un tratamiento de más de %n día (ajuste threshold.carisoprodol-days)</numerusform>
            <numerusform>un tratamiento de más de %n días (ajuste threshold.carisoprodol-days)</numerusform>
        </translation>
    </message>
    <message>
        <source>a fast heartbeat, high blood pressure, anxiety, shaking and spasms coming back</source>
        <translation>latidos rápidos, tensión arterial alta, ansiedad, temblores y que vuelvan los espasmos</translation>
    </message>
    <message>
        <source>hallucinations, confusion, seizures, high fever, and stiffness or spasms coming back</source>
        <translation>alucinaciones, confusión, convulsiones, fiebre alta y que vuelvan la rigidez o los espasmos</translation>
    </message>
</context>
</TS>
