<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>relief::cli::arguments</name>
    <message>
        <source>&apos;%1&apos; needs %2 (too few values given)</source>
        <translation>&apos;%1&apos; necesita %2 (faltan valores)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2</source>
        <translation>&apos;%1&apos; necesita %2</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes no values, but %n was given</source>
        <translation>
            <numerusform>&apos;%1&apos; no admite valores, pero se ha dado %n</numerusform>
            <numerusform>&apos;%1&apos; no admite valores, pero se han dado %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes no values, but %n were given</source>
        <translation>
            <numerusform>&apos;%1&apos; no admite valores, pero se ha dado %n</numerusform>
            <numerusform>&apos;%1&apos; no admite valores, pero se han dado %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %2, but %n was given (put text with spaces in quotes)</source>
        <translation>
            <numerusform>&apos;%1&apos; admite %2, pero se ha dado %n (ponga entre comillas un texto con espacios)</numerusform>
            <numerusform>&apos;%1&apos; admite %2, pero se han dado %n (ponga entre comillas un texto con espacios)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %2, but %n were given (put text with spaces in quotes)</source>
        <translation>
            <numerusform>&apos;%1&apos; admite %2, pero se ha dado %n (ponga entre comillas un texto con espacios)</numerusform>
            <numerusform>&apos;%1&apos; admite %2, pero se han dado %n (ponga entre comillas un texto con espacios)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %2, but %n was given</source>
        <translation>
            <numerusform>&apos;%1&apos; admite %2, pero se ha dado %n</numerusform>
            <numerusform>&apos;%1&apos; admite %2, pero se han dado %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %2, but %n were given</source>
        <translation>
            <numerusform>&apos;%1&apos; admite %2, pero se ha dado %n</numerusform>
            <numerusform>&apos;%1&apos; admite %2, pero se han dado %n</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for &apos;relief %2&apos;</source>
        <translation>opción desconocida &apos;%1&apos; para &apos;relief %2&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for &apos;relief %2&apos;; did you mean &apos;%3&apos;?</source>
        <translation>opción desconocida &apos;%1&apos; para &apos;relief %2&apos;; ¿quería decir &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; is given twice</source>
        <translation>la opción &apos;%1&apos; se ha dado dos veces</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; takes no value</source>
        <translation>la opción &apos;%1&apos; no admite ningún valor</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value: %2</source>
        <translation>la opción &apos;%1&apos; necesita un valor: %2</translation>
    </message>
</context>
<context>
    <name>relief::cli::command_table</name>
    <message>
        <source>when it happened: YYYY-MM-DDTHH:MM local time (default: now)</source>
        <translation>cuándo ocurrió: YYYY-MM-DDTHH:MM en hora local (por defecto: ahora)</translation>
    </message>
    <message>
        <source>the time zone you were in, when travelling (default: the journal&apos;s)</source>
        <translation>la zona horaria en la que estaba, si viajaba (por defecto: la del diario)</translation>
    </message>
    <message>
        <source>your home time zone (default: this computer&apos;s)</source>
        <translation>su zona horaria de residencia (por defecto: la de este ordenador)</translation>
    </message>
    <message>
        <source>create a new journal</source>
        <translation>crear un diario nuevo</translation>
    </message>
    <message>
        <source>The journal is one file, readable only by you. Schedules run on the home zone&apos;s clock.
Example:
  relief init --zone Europe/Berlin</source>
        <translation>El diario es un solo archivo que solo usted puede leer. Las pautas siguen el reloj de su zona horaria de residencia.
Ejemplo:
  relief init --zone Europe/Berlin</translation>
    </message>
    <message>
        <source>your name, shown on reports (optional)</source>
        <translation>su nombre, que aparece en los informes (opcional)</translation>
    </message>
    <message>
        <source>year of birth, e.g. 1961</source>
        <translation>año de nacimiento, p. ej. 1961</translation>
    </message>
    <message>
        <source>date of birth, YYYY-MM-DD (sets the year too; &apos;&apos; clears it)</source>
        <translation>fecha de nacimiento, YYYY-MM-DD (fija también el año; &apos;&apos; la borra)</translation>
    </message>
    <message>
        <source>a hospital or insurance number for reports (optional; &apos;&apos; clears it)</source>
        <translation>un número de hospital o de seguro para los informes (opcional; &apos;&apos; lo borra)</translation>
    </message>
    <message>
        <source>whose number it is: a URI such as urn:oid:1.2.3, or a label</source>
        <translation>de quién es el número: un URI como urn:oid:1.2.3, o una etiqueta</translation>
    </message>
    <message>
        <source>conditions, e.g. multiple-sclerosis,kidney-disease (replaces the list)</source>
        <translation>enfermedades, p. ej. multiple-sclerosis,kidney-disease (sustituye la lista)</translation>
    </message>
    <message>
        <source>clear the list of conditions</source>
        <translation>vaciar la lista de enfermedades</translation>
    </message>
    <message>
        <source>the day the current pain began, YYYY-MM-DD</source>
        <translation>el día en que empezó el dolor actual, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>change the home time zone</source>
        <translation>cambiar la zona horaria de residencia</translation>
    </message>
    <message>
        <source>set what the analyser should know about you</source>
        <translation>indicar lo que el análisis debe saber de usted</translation>
    </message>
    <message>
        <source>Example:
  relief profile set --birth-year 1961 --condition multiple-sclerosis --onset 2026-03-01</source>
        <translation>Ejemplo:
  relief profile set --birth-year 1961 --condition multiple-sclerosis --onset 2026-03-01</translation>
    </message>
    <message>
        <source>show the profile</source>
        <translation>mostrar el perfil</translation>
    </message>
    <message>
        <source>one dose, such as 5mg or 0.5g (required)</source>
        <translation>una dosis, como 5mg o 0.5g (obligatorio)</translation>
    </message>
    <message>
        <source>scheduled times each day, such as 08:00,14:00,20:00</source>
        <translation>horas previstas cada día, como 08:00,14:00,20:00</translation>
    </message>
    <message>
        <source>taken when needed (may be combined with --times)</source>
        <translation>se toma cuando hace falta (se puede combinar con --times)</translation>
    </message>
    <message>
        <source>the most your prescriber allows per day</source>
        <translation>lo máximo que le permite al día quien se lo receta</translation>
    </message>
    <message>
        <source>first day (default: today)</source>
        <translation>primer día (por defecto: hoy)</translation>
    </message>
    <message>
        <source>for a drug the catalogue does not know: its class, or &apos;other&apos;</source>
        <translation>para un fármaco que el catálogo no conoce: su clase, u &apos;other&apos;</translation>
    </message>
    <message>
        <source>add a medication</source>
        <translation>añadir un medicamento</translation>
    </message>
    <message>
        <source>NAME is an ingredient or a brand: &apos;Flexeril&apos; is cyclobenzaprine, &apos;Amrix&apos; its extended-release form.
Examples:
  relief med add Flexeril --dose 5mg --times 08:00,14:00,20:00
  relief med add ibuprofen --dose 400mg --as-needed --max-daily 1200mg
  relief med add &apos;Herbal sleep tea&apos; --dose 1mg --as-needed --class sedative</source>
        <translation>NAME es un principio activo o una marca: &apos;Flexeril&apos; es ciclobenzaprina, &apos;Amrix&apos; su forma de liberación prolongada.
Ejemplos:
  relief med add Flexeril --dose 5mg --times 08:00,14:00,20:00
  relief med add ibuprofen --dose 400mg --as-needed --max-daily 1200mg
  relief med add &apos;Infusión para dormir&apos; --dose 1mg --as-needed --class sedative</translation>
    </message>
    <message>
        <source>the last day you take it (default: today)</source>
        <translation>el último día que lo toma (por defecto: hoy)</translation>
    </message>
    <message>
        <source>you are stopping on a taper plan from your clinician</source>
        <translation>lo deja siguiendo un plan de reducción gradual de su médico</translation>
    </message>
    <message>
        <source>record that a medication stops</source>
        <translation>registrar que deja un medicamento</translation>
    </message>
    <message>
        <source>Baclofen and tizanidine should not be stopped suddenly: ask your clinician for a plan.
Example:
  relief med stop baclofen --on 2026-04-30 --taper</source>
        <translation>El baclofeno y la tizanidina no deben dejarse de golpe: pida un plan a su médico.
Ejemplo:
  relief med stop baclofen --on 2026-04-30 --taper</translation>
    </message>
    <message>
        <source>a new dose</source>
        <translation>una dosis nueva</translation>
    </message>
    <message>
        <source>new scheduled times</source>
        <translation>nuevas horas previstas</translation>
    </message>
    <message>
        <source>no scheduled times any more (as needed only)</source>
        <translation>ya sin horas previstas (solo cuando haga falta)</translation>
    </message>
    <message>
        <source>may also be taken as needed</source>
        <translation>también se puede tomar cuando haga falta</translation>
    </message>
    <message>
        <source>no longer taken as needed</source>
        <translation>ya no se toma cuando haga falta</translation>
    </message>
    <message>
        <source>the prescribed maximum per day</source>
        <translation>el máximo recetado al día</translation>
    </message>
    <message>
        <source>correct the first day</source>
        <translation>corregir el primer día</translation>
    </message>
    <message>
        <source>correct a medication (the previous version is kept)</source>
        <translation>corregir un medicamento (se guarda la versión anterior)</translation>
    </message>
    <message>
        <source>A correction applies to the whole medication, past days included (for a medication with
prescription changes: to its first prescription). When the dose or times change from a
given day on, use &apos;relief med change&apos; instead: the days before keep their prescription.
Example:
  relief med edit Flexeril --times 08:00,20:00</source>
        <translation>Una corrección se aplica a todo el medicamento, días pasados incluidos (si la receta ha
cambiado: a su primera receta). Si la dosis o las horas cambian a partir de un día,
use mejor &apos;relief med change&apos;: los días anteriores conservan su receta.
Ejemplo:
  relief med edit Flexeril --times 08:00,20:00</translation>
    </message>
    <message>
        <source>the first day of the new prescription (required)</source>
        <translation>el primer día de la nueva receta (obligatorio)</translation>
    </message>
    <message>
        <source>the new dose (default: as before)</source>
        <translation>la dosis nueva (por defecto: como antes)</translation>
    </message>
    <message>
        <source>the new scheduled times (default: as before)</source>
        <translation>las nuevas horas previstas (por defecto: como antes)</translation>
    </message>
    <message>
        <source>no scheduled times from then on (as needed only)</source>
        <translation>sin horas previstas desde ese día (solo cuando haga falta)</translation>
    </message>
    <message>
        <source>may also be taken as needed from then on</source>
        <translation>desde ese día también se puede tomar cuando haga falta</translation>
    </message>
    <message>
        <source>no longer taken as needed from then on</source>
        <translation>desde ese día ya no se toma cuando haga falta</translation>
    </message>
    <message>
        <source>undo the change from --from (it stays in the history)</source>
        <translation>deshacer el cambio desde --from (queda en el historial)</translation>
    </message>
    <message>
        <source>change a prescription from a given day (titration, taper step)</source>
        <translation>cambiar una receta a partir de un día (ajuste de dosis, paso de reducción)</translation>
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
        <translation>Los días antes de --from conservan la receta anterior: las dosis previstas, el cumplimiento
y la dosis que se anota por defecto siguen la receta de cada día. Un segundo cambio desde
el mismo día sustituye al primero; ambos quedan en el historial del diario. Una reducción
anotada como dosis decrecientes cuenta como plan de reducción para el aviso de abstinencia.
--from puede estar en el futuro.
Ejemplos:
  relief med change baclofen --dose 10mg --from 2026-03-05
  relief med change Flexeril --dose 10mg --times 08:00,20:00 --from 2026-03-05
  relief med change baclofen --from 2026-03-05 --remove</translation>
    </message>
    <message>
        <source>list medications</source>
        <translation>listar los medicamentos</translation>
    </message>
    <message>
        <source>where: back, neck, left-leg, left-calf, ...</source>
        <translation>dónde: back, neck, left-leg, left-calf, ... (en inglés)</translation>
    </message>
    <message>
        <source>the same as --location</source>
        <translation>lo mismo que --location</translation>
    </message>
    <message>
        <source>what it feels like: aching, spasm, burning, shooting, ...</source>
        <translation>cómo se siente: aching, spasm, burning, shooting, ... (en inglés)</translation>
    </message>
    <message>
        <source>log a pain score from 0 (none) to 10 (worst imaginable)</source>
        <translation>anotar el dolor de 0 (nada) a 10 (el peor imaginable)</translation>
    </message>
    <message>
        <source>Everyday words are understood: &apos;back&apos; is the lower back, &apos;left leg&apos; is left-leg,
&apos;pins and needles&apos; is tingling.
Example:
  relief log pain 6 --location lower-back --quality spasm,stiffness
  relief log pain 4 --where &quot;left leg&quot; --quality &quot;pins and needles&quot;</source>
        <translation>Se entienden palabras cotidianas en inglés: &apos;back&apos; es la zona lumbar, &apos;left leg&apos; es left-leg,
&apos;pins and needles&apos; es hormigueo (tingling).
Ejemplo:
  relief log pain 6 --location lower-back --quality spasm,stiffness
  relief log pain 4 --where &quot;left leg&quot; --quality &quot;pins and needles&quot;</translation>
    </message>
    <message>
        <source>the dose was skipped</source>
        <translation>la dosis se omitió</translation>
    </message>
    <message>
        <source>log a dose taken (or skipped) of one of your medications</source>
        <translation>anotar una dosis tomada (u omitida) de uno de sus medicamentos</translation>
    </message>
    <message>
        <source>AMOUNT defaults to the medication&apos;s dose.
Examples:
  relief log dose Flexeril
  relief log dose ibuprofen 600mg --at 2026-03-01T13:30
  relief log dose baclofen --skipped</source>
        <translation>AMOUNT es por defecto la dosis del medicamento.
Ejemplos:
  relief log dose Flexeril
  relief log dose ibuprofen 600mg --at 2026-03-01T13:30
  relief log dose baclofen --skipped</translation>
    </message>
    <message>
        <source>how bad (default: mild)</source>
        <translation>intensidad (por defecto: mild, leve)</translation>
    </message>
    <message>
        <source>log a side effect such as drowsiness, dizziness or dry-mouth</source>
        <translation>anotar un efecto secundario como drowsiness (somnolencia), dizziness (mareo) o dry-mouth (boca seca)</translation>
    </message>
    <message>
        <source>Example:
  relief log side-effect drowsiness --severity moderate</source>
        <translation>Ejemplo:
  relief log side-effect drowsiness --severity moderate</translation>
    </message>
    <message>
        <source>where, such as left-calf</source>
        <translation>dónde, como left-calf (pantorrilla izquierda)</translation>
    </message>
    <message>
        <source>how long it lasted</source>
        <translation>cuánto duró</translation>
    </message>
    <message>
        <source>how bad</source>
        <translation>intensidad</translation>
    </message>
    <message>
        <source>log a muscle cramp</source>
        <translation>anotar un calambre muscular</translation>
    </message>
    <message>
        <source>Example:
  relief log cramp --location left-calf --minutes 5 --severity 6</source>
        <translation>Ejemplo:
  relief log cramp --location left-calf --minutes 5 --severity 6</translation>
    </message>
    <message>
        <source>how long</source>
        <translation>cuánto tiempo</translation>
    </message>
    <message>
        <source>log heat, ice, stretching, activity, exercise, physical-therapy, massage or rest</source>
        <translation>anotar calor (heat), hielo (ice), estiramientos (stretching), actividad (activity), ejercicio (exercise), fisioterapia (physical-therapy), masaje (massage) o reposo (rest)</translation>
    </message>
    <message>
        <source>Example:
  relief log measure heat --minutes 20</source>
        <translation>Ejemplo:
  relief log measure heat --minutes 20</translation>
    </message>
    <message>
        <source>log glasses of water or other fluids</source>
        <translation>anotar vasos de agua u otros líquidos</translation>
    </message>
    <message>
        <source>log alcoholic drinks</source>
        <translation>anotar bebidas alcohólicas</translation>
    </message>
    <message>
        <source>log a symptom, such as fever, leg-weakness or bladder-control-loss</source>
        <translation>anotar un síntoma, como fever (fiebre), leg-weakness (debilidad en las piernas) o bladder-control-loss (pérdida del control de la vejiga)</translation>
    </message>
    <message>
        <source>Some symptoms need urgent care; the analyser flags them: bladder-control-loss,
bowel-control-loss, urinary-retention (&quot;can&apos;t pee&quot;), saddle-numbness, leg-weakness,
foot-drop, fever with back pain, pain-after-fall, night-pain, unexplained-weight-loss.
Example:
  relief log symptom &quot;pins and needles&quot;</source>
        <translation>Algunos síntomas necesitan atención urgente; el análisis los señala: bladder-control-loss,
bowel-control-loss, urinary-retention (&quot;can&apos;t pee&quot;, no poder orinar), saddle-numbness, leg-weakness,
foot-drop, fiebre con dolor de espalda, pain-after-fall, night-pain, unexplained-weight-loss.
Ejemplo:
  relief log symptom &quot;pins and needles&quot;</translation>
    </message>
    <message>
        <source>log a note in your own words</source>
        <translation>anotar una nota con sus propias palabras</translation>
    </message>
    <message>
        <source>Example:
  relief log note &quot;Slept badly, back stiff in the morning&quot;</source>
        <translation>Ejemplo:
  relief log note &quot;Dormí mal, espalda rígida por la mañana&quot;</translation>
    </message>
    <message>
        <source>log the PEG: pain, and how it interfered with enjoyment and activity (0-10 each)</source>
        <translation>anotar la escala PEG: dolor, y cuánto afectó al disfrute y a la actividad (0-10 cada uno)</translation>
    </message>
    <message>
        <source>The PEG scale (Krebs et al. 2009) asks about the past week:
  PAIN        what number best describes your pain on average (0 no pain - 10 as bad as you can imagine)
  ENJOYMENT   how pain has interfered with your enjoyment of life (0 not at all - 10 completely)
  ACTIVITY    how pain has interfered with your general activity (0 not at all - 10 completely)
Its score is the mean of the three. Weekly is enough. Example:
  relief log peg 6 5 7</source>
        <translation>La escala PEG (Krebs et al. 2009) pregunta por la última semana:
  PAIN        qué número describe mejor su dolor de media (0 sin dolor - 10 el peor que pueda imaginar)
  ENJOYMENT   cuánto ha afectado el dolor a su disfrute de la vida (0 nada - 10 por completo)
  ACTIVITY    cuánto ha afectado el dolor a su actividad general (0 nada - 10 por completo)
Su puntuación es la media de las tres. Basta con una vez por semana. Ejemplo:
  relief log peg 6 5 7</translation>
    </message>
    <message>
        <source>how well you slept (0 very poorly - 10 very well)</source>
        <translation>qué tal durmió (0 muy mal - 10 muy bien)</translation>
    </message>
    <message>
        <source>log last night&apos;s sleep</source>
        <translation>anotar el sueño de anoche</translation>
    </message>
    <message>
        <source>HOURS such as 7, 6.5h, 6h30 or 6:30. Example:
  relief log sleep 6.5h --quality 4</source>
        <translation>HOURS como 7, 6.5h, 6h30 o 6:30. Ejemplo:
  relief log sleep 6.5h --quality 4</translation>
    </message>
    <message>
        <source>log your impression of change since the treatment began (1-7)</source>
        <translation>anotar su impresión del cambio desde que empezó el tratamiento (1-7)</translation>
    </message>
    <message>
        <source>The Patient Global Impression of Change: 1 very much improved, 2 much improved,
3 minimally improved, 4 no change, 5 minimally worse, 6 much worse, 7 very much worse.
The words work too. Example:
  relief log pgic 3
  relief log pgic &quot;no change&quot;</source>
        <translation>La impresión global de cambio del paciente (PGIC): 1 muchísimo mejor, 2 mucho mejor,
3 algo mejor, 4 sin cambios, 5 algo peor, 6 mucho peor, 7 muchísimo peor.
También sirven las palabras en inglés. Ejemplo:
  relief log pgic 3
  relief log pgic &quot;no change&quot;</translation>
    </message>
    <message>
        <source>add a personal function goal in your own words (two at most)</source>
        <translation>añadir un objetivo personal con sus propias palabras (dos como máximo)</translation>
    </message>
    <message>
        <source>Examples:
  relief goal add &quot;walk the dog 20 minutes&quot;
  relief goal add &quot;sit through a work day&quot;</source>
        <translation>Ejemplos:
  relief goal add &quot;pasear al perro 20 minutos&quot;
  relief goal add &quot;aguantar sentado una jornada de trabajo&quot;</translation>
    </message>
    <message>
        <source>list your goals</source>
        <translation>listar sus objetivos</translation>
    </message>
    <message>
        <source>log that you did not manage it that day</source>
        <translation>anotar que ese día no lo consiguió</translation>
    </message>
    <message>
        <source>check a goal off for the day (GOAL: its number or its words)</source>
        <translation>marcar un objetivo como cumplido hoy (GOAL: su número o sus palabras)</translation>
    </message>
    <message>
        <source>Example:
  relief goal done 1</source>
        <translation>Ejemplo:
  relief goal done 1</translation>
    </message>
    <message>
        <source>remove a goal (the days checked off stay)</source>
        <translation>quitar un objetivo (los días marcados se conservan)</translation>
    </message>
    <message>
        <source>show what was logged on a day (default: today)</source>
        <translation>mostrar lo anotado un día (por defecto: hoy)</translation>
    </message>
    <message>
        <source>Each scheduled dose shows as taken, taken late (over 60 minutes after its time), skipped,
overdue (its time has passed), missed (6 hours passed and nothing logged) or upcoming.</source>
        <translation>Cada dosis prevista aparece como tomada, tomada tarde (más de 60 minutos después de su hora), omitida,
pendiente (ya pasó su hora), perdida (pasaron 6 horas sin anotar nada) o próxima.</translation>
    </message>
    <message>
        <source>analyse as of this day (default: today)</source>
        <translation>analizar a fecha de este día (por defecto: hoy)</translation>
    </message>
    <message>
        <source>stable JSON for other programs (docs/alerts.md)</source>
        <translation>JSON estable para otros programas (docs/alerts.md)</translation>
    </message>
    <message>
        <source>also list earlier alerts that are no longer current</source>
        <translation>listar también avisos anteriores que ya no están vigentes</translation>
    </message>
    <message>
        <source>check the journal against the guidance and list alerts</source>
        <translation>comprobar el diario con las recomendaciones y listar los avisos</translation>
    </message>
    <message>
        <source>Each alert says why (the evidence), where the guidance comes from, and what to do.
The rules are in docs/rules.md; their thresholds in &apos;relief settings&apos;.</source>
        <translation>Cada aviso dice por qué (los datos), de dónde viene la recomendación y qué hacer.
Las reglas están en docs/rules.md; sus umbrales, en &apos;relief settings&apos;.</translation>
    </message>
    <message>
        <source>mark an alert as discussed with your clinician</source>
        <translation>marcar un aviso como hablado con su médico</translation>
    </message>
    <message>
        <source>The alert stays in the history; it shows again only if it becomes more serious.</source>
        <translation>El aviso queda en el historial; solo vuelve a aparecer si se agrava.</translation>
    </message>
    <message>
        <source>where to write (required)</source>
        <translation>dónde escribir (obligatorio)</translation>
    </message>
    <message>
        <source>the format (default: from the file name: .pdf .html .csv .json)</source>
        <translation>el formato (por defecto: según el nombre del archivo: .pdf .html .csv .json)</translation>
    </message>
    <message>
        <source>first day (default: the last visit, or 30 days ago)</source>
        <translation>primer día (por defecto: la última consulta, o hace 30 días)</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>último día (por defecto: hoy)</translation>
    </message>
    <message>
        <source>PDF paper size (default: a4)</source>
        <translation>tamaño del papel del PDF (por defecto: a4)</translation>
    </message>
    <message>
        <source>FHIR only: a document Bundle to hand over (default), or a transaction to POST to a FHIR server</source>
        <translation>solo FHIR: un Bundle de tipo document para entregar (por defecto), o una transaction para enviar con POST a un servidor FHIR</translation>
    </message>
    <message>
        <source>the language of the report, for a clinician who reads another one (default: the messages&apos; language)</source>
        <translation>el idioma del informe, para un médico que lee otro (por defecto: el idioma de los mensajes)</translation>
    </message>
    <message>
        <source>write a visit report for your clinician</source>
        <translation>escribir un informe para la consulta de su médico</translation>
    </message>
    <message>
        <source>PDF and HTML to read or print; CSV for spreadsheets; FHIR R4 JSON for other software
(docs/report-formats.md, docs/fhir-mapping.md). Examples:
  relief report -o visit.pdf
  relief report --from 2026-03-01 --to 2026-03-31 --format csv -o march.csv
  relief report --format fhir --fhir-bundle transaction -o upload.json</source>
        <translation>PDF y HTML para leer o imprimir; CSV para hojas de cálculo; FHIR R4 JSON para otros programas
(docs/report-formats.md, docs/fhir-mapping.md). Ejemplos:
  relief report -o consulta.pdf
  relief report --from 2026-03-01 --to 2026-03-31 --format csv -o marzo.csv
  relief report --format fhir --fhir-bundle transaction -o upload.json</translation>
    </message>
    <message>
        <source>record a visit to your clinician (default: today)</source>
        <translation>registrar una consulta con su médico (por defecto: hoy)</translation>
    </message>
    <message>
        <source>The next report then starts on that day.</source>
        <translation>El siguiente informe empieza entonces ese día.</translation>
    </message>
    <message>
        <source>plan on this zone&apos;s clock (default: this computer&apos;s)</source>
        <translation>planificar con el reloj de esta zona (por defecto: la de este ordenador)</translation>
    </message>
    <message>
        <source>say whether reminders are on and what rings next, and why</source>
        <translation>decir si los recordatorios están activados, cuál suena después y por qué</translation>
    </message>
    <message>
        <source>Reminders come from relief-reminders, a service that runs while the app is closed
(docs/reminders.md). Switch them on in the app, or with
  relief settings set reminders.enabled yes</source>
        <translation>Los recordatorios vienen de relief-reminders, un servicio que funciona con la app cerrada
(docs/reminders.md). Actívelos en la app, o con
  relief settings set reminders.enabled yes</translation>
    </message>
    <message>
        <source>show a test notification now</source>
        <translation>mostrar ahora una notificación de prueba</translation>
    </message>
    <message>
        <source>Nothing is logged. It fails when the desktop has no notification service.</source>
        <translation>No se anota nada. Falla si el escritorio no tiene servicio de notificaciones.</translation>
    </message>
    <message>
        <source>show the analyser&apos;s thresholds and the reminder settings</source>
        <translation>mostrar los umbrales del análisis y los ajustes de los recordatorios</translation>
    </message>
    <message>
        <source>change a threshold, a daily maximum or a reminder setting</source>
        <translation>cambiar un umbral, un máximo diario o un ajuste de los recordatorios</translation>
    </message>
    <message>
        <source>Examples:
  relief settings set threshold.short-term-warning-day 29
  relief settings set max-daily.baclofen 60mg
  relief settings set reminders.quiet-hours 22:00-07:00</source>
        <translation>Ejemplos:
  relief settings set threshold.short-term-warning-day 29
  relief settings set max-daily.baclofen 60mg
  relief settings set reminders.quiet-hours 22:00-07:00</translation>
    </message>
    <message>
        <source>put a threshold or a reminder setting back to its default</source>
        <translation>devolver un umbral o un ajuste de los recordatorios a su valor por defecto</translation>
    </message>
    <message>
        <source>delete an entry (it stays in the history and can be restored)</source>
        <translation>borrar una entrada (queda en el historial y se puede recuperar)</translation>
    </message>
    <message>
        <source>restore a deleted entry</source>
        <translation>recuperar una entrada borrada</translation>
    </message>
    <message>
        <source>show every version of an entry</source>
        <translation>mostrar todas las versiones de una entrada</translation>
    </message>
    <message>
        <source>export the whole journal, history included, to CSV</source>
        <translation>exportar todo el diario, historial incluido, a CSV</translation>
    </message>
    <message>
        <source>The format is documented in docs/csv-format.md.</source>
        <translation>El formato está descrito en docs/csv-format.md.</translation>
    </message>
    <message>
        <source>import a CSV export (all or nothing)</source>
        <translation>importar una exportación CSV (todo o nada)</translation>
    </message>
    <message>
        <source>Entries already in the journal are not doubled. Into a journal that does not exist yet,
import creates it in the export&apos;s home time zone.</source>
        <translation>Las entradas que ya están en el diario no se duplican. Si el diario aún no existe,
import lo crea con la zona horaria de residencia de la exportación.</translation>
    </message>
    <message>
        <source>write a consistent copy of the journal</source>
        <translation>escribir una copia coherente del diario</translation>
    </message>
    <message>
        <source>how many weeks of story (default: 8)</source>
        <translation>cuántas semanas de historia (por defecto: 8)</translation>
    </message>
    <message>
        <source>another seed tells another story (default: 1)</source>
        <translation>otra semilla cuenta otra historia (por defecto: 1)</translation>
    </message>
    <message>
        <source>time zone for a new demo journal</source>
        <translation>zona horaria para un diario de demostración nuevo</translation>
    </message>
    <message>
        <source>fill an empty journal with a realistic example story</source>
        <translation>llenar un diario vacío con una historia de ejemplo realista</translation>
    </message>
    <message>
        <source>Try it on a scratch journal:
  relief --journal /tmp/demo.db demo
  relief --journal /tmp/demo.db day</source>
        <translation>Pruébelo en un diario de prueba:
  relief --journal /tmp/demo.db demo
  relief --journal /tmp/demo.db day</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Relief Journal: a private journal of pain, muscle relaxants and what helps.</source>
        <translation>Relief Journal: un diario privado del dolor, los relajantes musculares y lo que ayuda.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>Opciones para todas las órdenes:</translation>
    </message>
    <message>
        <source>the journal file (default: $RELIEF_JOURNAL, else
$XDG_DATA_HOME/relief-journal/journal.db)</source>
        <translation>el archivo del diario (por defecto: $RELIEF_JOURNAL, si no
$XDG_DATA_HOME/relief-journal/journal.db)</translation>
    </message>
    <message>
        <source>act as if today were this day (and, with a time, this minute)</source>
        <translation>actuar como si hoy fuera este día (y, con una hora, este minuto)</translation>
    </message>
    <message>
        <source>open the journal without changing it (caregiver&apos;s view)</source>
        <translation>abrir el diario sin cambiarlo (vista de la persona cuidadora)</translation>
    </message>
    <message>
        <source>the language of messages and reports: en, es or de (default:
the one chosen in the app, else the system&apos;s)</source>
        <translation>el idioma de los mensajes y los informes: en, es o de (por defecto:
el elegido en la app, si no el del sistema)</translation>
    </message>
    <message>
        <source>help for relief or for one command</source>
        <translation>ayuda de relief o de una orden</translation>
    </message>
    <message>
        <source>the version</source>
        <translation>la versión</translation>
    </message>
    <message>
        <source>Start with:
  relief init
  relief med add Flexeril --dose 5mg --times 08:00,14:00,20:00
  relief log pain 6 --location lower-back --quality spasm
  relief day</source>
        <translation>Para empezar:
  relief init
  relief med add Flexeril --dose 5mg --times 08:00,14:00,20:00
  relief log pain 6 --location lower-back --quality spasm
  relief day</translation>
    </message>
    <message>
        <source>&apos;relief COMMAND --help&apos; explains a command. Exit codes: 0 done, 1 failed, 2 bad input.</source>
        <translation>&apos;relief COMMAND --help&apos; explica una orden. Códigos de salida: 0 hecho, 1 error, 2 datos no válidos.</translation>
    </message>
    <message>
        <source>what to call this device, such as laptop (default: the computer&apos;s name)</source>
        <translation>cómo llamar a este dispositivo, por ejemplo portátil (por defecto: el nombre del ordenador)</translation>
    </message>
    <message>
        <source>use a passphrase of your own, read from the input, instead of new words</source>
        <translation>usar una frase de contraseña propia, leída de la entrada, en lugar de palabras nuevas</translation>
    </message>
    <message>
        <source>share this journal through a folder that a sync tool keeps in step</source>
        <translation>compartir este diario mediante una carpeta que un programa de sincronización mantiene al día</translation>
    </message>
    <message>
        <source>Choose a folder that Syncthing, Nextcloud, a network share or a USB stick keeps the
same on your devices. The changes written there are encrypted with a key made of 16
words, shown once: type them on each device that joins (docs/sharing.md).
Example:
  relief share init ~/Sync/relief --name laptop</source>
        <translation>Elija una carpeta que Syncthing, Nextcloud, una carpeta de red o una memoria USB mantengan
igual en sus dispositivos. Los cambios que se escriben allí se cifran con una clave de 16
palabras, que se muestra una vez: escríbalas en cada dispositivo que se una (docs/sharing.md).
Ejemplo:
  relief share init ~/Sync/relief --name laptop</translation>
    </message>
    <message>
        <source>what to call this device (default: the computer&apos;s name)</source>
        <translation>cómo llamar a este dispositivo (por defecto: el nombre del ordenador)</translation>
    </message>
    <message>
        <source>follow the journal without changing it (a caregiver&apos;s device)</source>
        <translation>seguir el diario sin cambiarlo (el dispositivo de una persona cuidadora)</translation>
    </message>
    <message>
        <source>join a journal shared in a folder</source>
        <translation>unirse a un diario compartido en una carpeta</translation>
    </message>
    <message>
        <source>Type the share&apos;s words (or passphrase) when asked, or give them on the first line of
input. Joining in full merges this journal with the shared one; a read-only device
starts from a new journal file.
Example:
  relief --journal ~/mum.db share join ~/Sync/relief --read-only --name carer</source>
        <translation>Escriba las palabras del diario compartido (o la frase de contraseña) cuando se le pidan, o
indíquelas en la primera línea de la entrada. Unirse por completo combina este diario con el
compartido; un dispositivo de solo lectura empieza con un archivo de diario nuevo.
Ejemplo:
  relief --journal ~/mum.db share join ~/Sync/relief --read-only --name carer</translation>
    </message>
    <message>
        <source>say where the journal is shared and when the other devices last changed it</source>
        <translation>indicar dónde se comparte el diario y cuándo lo cambiaron por última vez los otros dispositivos</translation>
    </message>
    <message>
        <source>send this device&apos;s changes and take the others&apos;</source>
        <translation>enviar los cambios de este dispositivo y recoger los de los demás</translation>
    </message>
    <message>
        <source>The app does this by itself every minute while it is open. A file another device is
still copying, or one that is damaged, is named and left for the next time.</source>
        <translation>La app lo hace sola cada minuto mientras está abierta. Un archivo que otro dispositivo
aún está copiando, o uno dañado, se indica por su nombre y se deja para la próxima vez.</translation>
    </message>
    <message>
        <source>show the share&apos;s words again (on the device that created it)</source>
        <translation>mostrar de nuevo las palabras del diario compartido (en el dispositivo que lo creó)</translation>
    </message>
    <message>
        <source>stop sharing this journal (it keeps everything)</source>
        <translation>dejar de compartir este diario (lo conserva todo)</translation>
    </message>
    <message>
        <source>tell a caregiver when a dose is not logged within an hour</source>
        <translation>avisar a una persona cuidadora cuando una dosis no se registre en el plazo de una hora</translation>
    </message>
    <message>
        <source>On the person&apos;s device it lets caregivers who follow the journal be told; on a
caregiver&apos;s device it switches the telling on: relief-reminders syncs the share each
minute and shows a notification for each scheduled dose not logged (taken or skipped)
an hour after its time, once. Both must be on.</source>
        <translation>En el dispositivo de la persona, permite que las personas cuidadoras que siguen el diario
reciban avisos; en el dispositivo de una persona cuidadora, activa los avisos: relief-reminders
sincroniza el diario compartido cada minuto y muestra una notificación por cada dosis programada
no registrada (tomada u omitida) una hora después de su hora, una sola vez. Ambos deben estar activados.</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_alerts</name>
    <message>
        <source>raised %1</source>
        <translation>surgió el %1</translation>
    </message>
    <message numerus="yes">
        <source>came back %n time</source>
        <translation>
            <numerusform>volvió %n vez</numerusform>
            <numerusform>volvió %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>came back %n times</source>
        <translation>
            <numerusform>volvió %n vez</numerusform>
            <numerusform>volvió %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>resuelto el %1</translation>
    </message>
    <message>
        <source>discussed %1</source>
        <translation>hablado el %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>URGENT: contact your clinician now or seek care</source>
        <translation>URGENTE: contacte ya con su médico o busque atención médica</translation>
    </message>
    <message>
        <source>WARNING: contact your clinician or pharmacist soon</source>
        <translation>ADVERTENCIA: contacte pronto con su médico o su farmacéutico</translation>
    </message>
    <message>
        <source>INFO: worth mentioning at your next visit</source>
        <translation>INFORMACIÓN: conviene comentarlo en su próxima consulta</translation>
    </message>
    <message>
        <source>a day that is not in the future</source>
        <translation>un día que no esté en el futuro</translation>
    </message>
    <message>
        <source>Alerts as of %1</source>
        <translation>Avisos a fecha de %1</translation>
    </message>
    <message>
        <source>No current alerts. Keep logging: the more you log, the more the analyser can see.</source>
        <translation>No hay avisos vigentes. Siga anotando: cuanto más anote, más puede ver el análisis.</translation>
    </message>
    <message>
        <source>Resolved alerts (history)</source>
        <translation>Avisos resueltos (historial)</translation>
    </message>
    <message numerus="yes">
        <source>%n resolved alert in the history: &apos;relief alerts --all&apos; shows them.</source>
        <translation>
            <numerusform>%n aviso resuelto en el historial: &apos;relief alerts --all&apos; lo muestra.</numerusform>
            <numerusform>%n avisos resueltos en el historial: &apos;relief alerts --all&apos; los muestra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved alerts in the history: &apos;relief alerts --all&apos; shows them.</source>
        <translation>
            <numerusform>%n aviso resuelto en el historial: &apos;relief alerts --all&apos; lo muestra.</numerusform>
            <numerusform>%n avisos resueltos en el historial: &apos;relief alerts --all&apos; los muestra.</numerusform>
        </translation>
    </message>
    <message>
        <source>After your visit: &apos;relief alert discuss ID&apos; marks an alert as discussed with your clinician.</source>
        <translation>Después de la consulta: &apos;relief alert discuss ID&apos; marca un aviso como hablado con su médico.</translation>
    </message>
    <message>
        <source>This journal is not a medical device: it points out what to discuss, it does not replace your clinician.</source>
        <translation>Este diario no es un producto sanitario: señala qué comentar, no sustituye a su médico.</translation>
    </message>
    <message>
        <source>alert id</source>
        <translation>número de aviso</translation>
    </message>
    <message>
        <source>Marked alert %1 (%2) as discussed with your clinician. It stays in the history.</source>
        <translation>Aviso %1 (%2) marcado como hablado con su médico. Queda en el historial.</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_data</name>
    <message>
        <source>&apos;relief %1&apos; needs -o FILE</source>
        <translation>&apos;relief %1&apos; necesita -o FILE</translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>no se puede leer %1: el archivo no existe</translation>
    </message>
    <message>
        <source>cannot read %1: it is a folder</source>
        <translation>no se puede leer %1: es una carpeta</translation>
    </message>
    <message>
        <source>cannot read %1: permission denied</source>
        <translation>no se puede leer %1: permiso denegado</translation>
    </message>
    <message>
        <source>Exported %1 and %2 (history included) to %3.</source>
        <extracomment>%1 the medications (a count with its noun), %2 the entry rows (likewise), %3 the file.</extracomment>
        <translation>Exportados %1 y %2 (historial incluido) a %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n medication</source>
        <translation>
            <numerusform>%n medicamento</numerusform>
            <numerusform>%n medicamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medications</source>
        <translation>
            <numerusform>%n medicamento</numerusform>
            <numerusform>%n medicamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry row</source>
        <translation>
            <numerusform>%n fila de entradas</numerusform>
            <numerusform>%n filas de entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry rows</source>
        <translation>
            <numerusform>%n fila de entradas</numerusform>
            <numerusform>%n filas de entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>--read-only was given, and import changes the journal</source>
        <translation>se dio --read-only, e import cambia el diario</translation>
    </message>
    <message numerus="yes">
        <source>%n prescription change</source>
        <translation>
            <numerusform>%n cambio de receta</numerusform>
            <numerusform>%n cambios de receta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prescription changes</source>
        <translation>
            <numerusform>%n cambio de receta</numerusform>
            <numerusform>%n cambios de receta</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 and %3 added</source>
        <extracomment>%1 the file read, %2 the entry rows added, %3 the medications added (counts with their nouns).</extracomment>
        <translation>Importado %1: %2 y %3 añadidos</translation>
    </message>
    <message>
        <source>Imported %1 into a new journal at %4: %2 and %3 added</source>
        <translation>Importado %1 en un diario nuevo en %4: %2 y %3 añadidos</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, con %1</translation>
    </message>
    <message>
        <source>, %1 already present</source>
        <translation>, %1 ya presentes</translation>
    </message>
    <message>
        <source>Backed up the journal to %1 (readable only by you).</source>
        <translation>Copia de seguridad del diario guardada en %1 (solo usted puede leerla).</translation>
    </message>
    <message numerus="yes">
        <source>, %n later edit or deletion merged</source>
        <extracomment>Edits and deletions the file records of entries the journal already had.</extracomment>
        <translation>
            <numerusform>, %n modificación o eliminación posterior combinada</numerusform>
            <numerusform>, %n modificaciones o eliminaciones posteriores combinadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n later edits or deletions merged</source>
        <translation>
            <numerusform>, %n modificación o eliminación posterior combinada</numerusform>
            <numerusform>, %n modificaciones o eliminaciones posteriores combinadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_day</name>
    <message>
        <source>taken</source>
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
        <translation>perdida</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>próxima</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <extracomment>The heading of &apos;relief day&apos;, as a QLocale date pattern: dddd the weekday, dd the day, MMMM the month, yyyy the year (&quot;Tuesday 10 March 2026&quot;).</extracomment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Check-ins for today:</source>
        <translation>Preguntas de hoy:</translation>
    </message>
    <message>
        <source>PEG (weekly): relief log peg PAIN ENJOYMENT ACTIVITY   (0-10 each; see relief log peg --help)</source>
        <translation>PEG (semanal): relief log peg PAIN ENJOYMENT ACTIVITY   (0-10 cada uno; vea relief log peg --help)</translation>
    </message>
    <message>
        <source>Last night&apos;s sleep: relief log sleep HOURS --quality 0-10</source>
        <translation>El sueño de anoche: relief log sleep HOURS --quality 0-10</translation>
    </message>
    <message>
        <source>Goal %1 (%2): relief goal done %1   (or --not-met)</source>
        <extracomment>%1 the goal&apos;s number, %2 the goal in the person&apos;s words.</extracomment>
        <translation>Objetivo %1 (%2): relief goal done %1   (o --not-met)</translation>
    </message>
    <message>
        <source>How things have changed (%1): relief log pgic 1-7   (1 very much improved - 7 very much worse)</source>
        <extracomment>%1 why it is asked now.</extracomment>
        <translation>Cómo han cambiado las cosas (%1): relief log pgic 1-7   (1 muchísimo mejor - 7 muchísimo peor)</translation>
    </message>
    <message>
        <source>Scheduled doses:</source>
        <translation>Dosis previstas:</translation>
    </message>
    <message>
        <source>Scheduled doses (%1 time):</source>
        <translation>Dosis previstas (hora de %1):</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 the state of a dose (taken, taken late), %2 the time it was logged (HH:MM).</extracomment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Nothing logged on this day.</source>
        <translation>No hay nada anotado este día.</translation>
    </message>
    <message>
        <source>Nothing logged on this day. Log something with, for example:
  relief log pain 4</source>
        <translation>No hay nada anotado este día. Anote algo, por ejemplo con:
  relief log pain 4</translation>
    </message>
    <message>
        <source>Logged:</source>
        <translation>Anotado:</translation>
    </message>
    <message>
        <source>(entry %1)</source>
        <translation>(entrada %1)</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_entry</name>
    <message>
        <source>entry id</source>
        <translation>número de entrada</translation>
    </message>
    <message>
        <source>Deleted entry %1 (%2). It stays in the history; &apos;relief restore %1&apos; brings it back.</source>
        <translation>Entrada %1 borrada (%2). Queda en el historial; &apos;relief restore %1&apos; la recupera.</translation>
    </message>
    <message>
        <source>Restored entry %1 as entry %2 (%3). The history keeps when it was deleted: &apos;relief history %2&apos;.</source>
        <extracomment>%1 the deleted entry&apos;s number, %2 the new entry&apos;s number, %3 what it holds.</extracomment>
        <translation>Entrada %1 recuperada como entrada %2 (%3). El historial guarda cuándo se borró: &apos;relief history %2&apos;.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>escrita el %1</translation>
    </message>
    <message>
        <source>, replaced by entry %1</source>
        <translation>, sustituida por la entrada %1</translation>
    </message>
    <message>
        <source>, deleted %1</source>
        <translation>, borrada el %1</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(actual)</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_function</name>
    <message>
        <source>PEG pain (average pain in the past week)</source>
        <translation>dolor PEG (dolor medio en la última semana)</translation>
    </message>
    <message>
        <source>PEG enjoyment (how pain interfered with enjoyment of life)</source>
        <translation>disfrute PEG (cuánto afectó el dolor al disfrute de la vida)</translation>
    </message>
    <message>
        <source>PEG activity (how pain interfered with general activity)</source>
        <translation>actividad PEG (cuánto afectó el dolor a la actividad general)</translation>
    </message>
    <message>
        <source>hours slept</source>
        <translation>horas dormidas</translation>
    </message>
    <message>
        <source>global impression of change</source>
        <translation>impresión global de cambio</translation>
    </message>
    <message>
        <source>Goal %1: %2. Check it off with &apos;relief goal done %1&apos; on the days you manage it.</source>
        <extracomment>%1 the goal&apos;s number, %2 the goal in the person&apos;s words.</extracomment>
        <translation>Objetivo %1: %2. Márquelo con &apos;relief goal done %1&apos; los días que lo consiga.</translation>
    </message>
    <message>
        <source>No goals yet. Add one or two in your own words, such as:
  relief goal add &quot;walk the dog 20 minutes&quot;</source>
        <translation>Todavía no hay objetivos. Añada uno o dos con sus propias palabras, por ejemplo:
  relief goal add &quot;pasear al perro 20 minutos&quot;</translation>
    </message>
    <message>
        <source>Logged %1 on %2 (entry %3).</source>
        <translation>Anotado: %1 el %2 (entrada %3).</translation>
    </message>
    <message>
        <source>Removed goal %1 (%2). The days it was checked off stay in the journal.</source>
        <translation>Objetivo %1 quitado (%2). Los días en que se marcó quedan en el diario.</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_journal</name>
    <message>
        <source>(not set)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>Home time zone:</source>
        <translation>Zona horaria de residencia:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Birth year:</source>
        <translation>Año de nacimiento:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Identificador:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Enfermedades:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Pain began:</source>
        <translation>Inicio del dolor:</translation>
    </message>
    <message>
        <source>--read-only was given, and init creates a journal</source>
        <translation>se dio --read-only, e init crea un diario</translation>
    </message>
    <message>
        <source>Created your journal at %1 (home time zone %2).
Only you can read it. Next, add a medication, for example:
  relief med add Flexeril --dose 5mg --times 08:00,14:00,20:00</source>
        <translation>Su diario se ha creado en %1 (zona horaria de residencia %2).
Solo usted puede leerlo. Ahora añada un medicamento, por ejemplo:
  relief med add Flexeril --dose 5mg --times 08:00,14:00,20:00</translation>
    </message>
    <message>
        <source>&apos;relief profile set&apos; needs at least one option, such as --birth-year 1961</source>
        <translation>&apos;relief profile set&apos; necesita al menos una opción, como --birth-year 1961</translation>
    </message>
    <message>
        <source>give %1 or %2, not both</source>
        <translation>indique %1 o %2, no ambas</translation>
    </message>
    <message>
        <source>the year of the date of birth %1 (or give --birth-date &apos;&apos; to clear the date)</source>
        <translation>el año de la fecha de nacimiento %1 (o indique --birth-date &apos;&apos; para borrar la fecha)</translation>
    </message>
    <message>
        <source>a day that is not in the future</source>
        <translation>un día que no esté en el futuro</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Perfil guardado.</translation>
    </message>
    <message>
        <source>--read-only was given, and demo writes a story</source>
        <translation>se dio --read-only, y demo escribe una historia</translation>
    </message>
    <message>
        <source>--zone is only for a new demo journal; %1 exists</source>
        <translation>--zone es solo para un diario de demostración nuevo; %1 ya existe</translation>
    </message>
    <message numerus="yes">
        <source>Wrote an example story of %n week ending %1 to %2: %3 medications, %4 entries, %5 alerts.
Look at a day, and at the alerts, with:
  relief --journal %2 day %6
  relief --journal %2 alerts --all</source>
        <extracomment>%n the weeks, %1 the last day, %2 the file, %3 medications, %4 entries, %5 alerts (counts), %6 a day as YYYY-MM-DD in a command to type.</extracomment>
        <translation>
            <numerusform>Escrita una historia de ejemplo de %n semana que acaba el %1 en %2: %3 medicamentos, %4 entradas, %5 avisos.
Vea un día, y los avisos, con:
  relief --journal %2 day %6
  relief --journal %2 alerts --all</numerusform>
            <numerusform>Escrita una historia de ejemplo de %n semanas que acaba el %1 en %2: %3 medicamentos, %4 entradas, %5 avisos.
Vea un día, y los avisos, con:
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
            <numerusform>Escrita una historia de ejemplo de %n semana que acaba el %1 en %2: %3 medicamentos, %4 entradas, %5 avisos.
Vea un día, y los avisos, con:
  relief --journal %2 day %6
  relief --journal %2 alerts --all</numerusform>
            <numerusform>Escrita una historia de ejemplo de %n semanas que acaba el %1 en %2: %3 medicamentos, %4 entradas, %5 avisos.
Vea un día, y los avisos, con:
  relief --journal %2 day %6
  relief --journal %2 alerts --all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_log</name>
    <message>
        <source>either --where or --location, not both</source>
        <translation>--where o --location, no ambas</translation>
    </message>
    <message>
        <source>%1 can be a sign of a serious problem. Seek urgent medical care now.</source>
        <translation>%1 puede ser señal de un problema grave. Busque atención médica urgente ahora.</translation>
    </message>
    <message>
        <source>a time that is not in the future (it is now %1 in %2)</source>
        <translation>una hora que no esté en el futuro (ahora son las %1 en %2)</translation>
    </message>
    <message>
        <source>Logged %1 at %2 (entry %3).</source>
        <translation>Anotado: %1 el %2 (entrada %3).</translation>
    </message>
    <message>
        <source>Logged %1 at %2 %3 (entry %4).</source>
        <extracomment>%1 what was logged, %2 the day and time, %3 the time zone (Area/City), %4 the entry&apos;s number.</extracomment>
        <translation>Anotado: %1 el %2 %3 (entrada %4).</translation>
    </message>
    <message>
        <source>pain score</source>
        <translation>puntuación de dolor</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>That is %1 of %2: %3.</source>
        <extracomment>%1 a count of units (&quot;2 tablets&quot;), %2 the product, %3 its ingredients and amounts.</extracomment>
        <translation>Son %1 de %2: %3.</translation>
    </message>
    <message>
        <source>This answers the dose scheduled at %1 (late).</source>
        <translation>Corresponde a la dosis prevista el %1 (tarde).</translation>
    </message>
    <message>
        <source>This answers the dose scheduled at %1.</source>
        <translation>Corresponde a la dosis prevista el %1.</translation>
    </message>
    <message>
        <source>Note: %1 is recorded as taken from %2 to %3.</source>
        <translation>Nota: %1 consta como tomado del %2 al %3.</translation>
    </message>
    <message>
        <source>Note: %1 is recorded as taken from %2.</source>
        <translation>Nota: %1 consta como tomado desde el %2.</translation>
    </message>
    <message>
        <source>Urgent: %1 (This dose is recorded.)</source>
        <translation>Urgente: %1 (Esta dosis queda anotada.)</translation>
    </message>
    <message>
        <source>Warning: %1 (This dose is recorded.)</source>
        <translation>Advertencia: %1 (Esta dosis queda anotada.)</translation>
    </message>
    <message>
        <source>%1 is a symptom to act on, so it is logged as a symptom.</source>
        <translation>%1 es un síntoma ante el que hay que actuar, así que se anota como síntoma.</translation>
    </message>
    <message>
        <source>glasses</source>
        <translation>vasos</translation>
    </message>
    <message>
        <source>drinks</source>
        <translation>bebidas</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_med</name>
    <message>
        <source>Change it with &apos;relief med change&apos; (from a given day) or &apos;relief med edit&apos; (a correction)</source>
        <translation>Cámbielo con &apos;relief med change&apos; (a partir de un día) o &apos;relief med edit&apos; (una corrección)</translation>
    </message>
    <message>
        <source>one of your medications, but none are recorded yet; add it with &apos;relief med add&apos;</source>
        <translation>uno de sus medicamentos, pero todavía no hay ninguno; añádalo con &apos;relief med add&apos;</translation>
    </message>
    <message>
        <source>one of your medications: %1 (did you mean %2?)</source>
        <translation>uno de sus medicamentos: %1 (¿quería decir %2?)</translation>
    </message>
    <message>
        <source>one of your medications: %1; add this one first with &apos;relief med add&apos;</source>
        <translation>uno de sus medicamentos: %1; añada antes este con &apos;relief med add&apos;</translation>
    </message>
    <message>
        <source>one of your medications: %1</source>
        <translation>uno de sus medicamentos: %1</translation>
    </message>
    <message>
        <source>medication</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>One %1 of %2 is %3; the dose is %4. Log doses as %1s: relief log dose &quot;%2&quot; 2</source>
        <extracomment>%1 the unit (tablet, capsule), %2 the product, %3 what one unit holds, %4 the dose in units (&quot;2 tablets&quot;). The command is typed as it is: only the words around it change.</extracomment>
        <translation>Una unidad (%1) de %2 contiene %3; la dosis es %4. Anote las dosis en unidades (%1): relief log dose &quot;%2&quot; 2</translation>
    </message>
    <message>
        <source>Its %1 counts towards the daily maximum of %1 (%2; urgent above %3) together with every other product that contains it.</source>
        <extracomment>%1 the ingredient, %2 its daily maximum, %3 the amount above which it is urgent.</extracomment>
        <translation>El %1 que contiene cuenta para el máximo diario de %1 (%2; urgente por encima de %3) junto con cualquier otro producto que lo contenga.</translation>
    </message>
    <message>
        <source>Its %1 counts towards the daily maximum of %1 (%2) together with every other product that contains it.</source>
        <translation>El %1 que contiene cuenta para el máximo diario de %1 (%2) junto con cualquier otro producto que lo contenga.</translation>
    </message>
    <message>
        <source>Does %1 contain acetaminophen (paracetamol, APAP)? Many pain relievers and cold medicines do. The journal does not know what %1 contains, so it cannot add its acetaminophen to the daily maximum. Check the label or ask your pharmacist; if it is a product the catalogue knows (such as Percocet, Norco, Vicodin, Ultracet, Tylenol PM, NyQuil or Excedrin), add it under that name instead.</source>
        <translation>¿Contiene %1 paracetamol (acetaminofén, APAP)? Muchos analgésicos y antigripales lo llevan. El diario no sabe qué contiene %1, así que no puede sumar su paracetamol al máximo diario. Mire el prospecto o pregunte en la farmacia; si es un producto que el catálogo conoce (como Percocet, Norco, Vicodin, Ultracet, Tylenol PM, NyQuil o Excedrin), añádalo mejor con ese nombre.</translation>
    </message>
    <message>
        <source>&apos;relief med add&apos; needs --dose, such as --dose 5mg</source>
        <translation>&apos;relief med add&apos; necesita --dose, como --dose 5mg</translation>
    </message>
    <message>
        <source>say when it is taken: --times 08:00,20:00, or --as-needed</source>
        <translation>indique cuándo se toma: --times 08:00,20:00, o --as-needed</translation>
    </message>
    <message>
        <source>Added %1, %2, from %3 (medication %4).</source>
        <extracomment>%1 the medication, %2 its dose and times, %3 the first day, %4 its number.</extracomment>
        <translation>Añadido %1, %2, desde el %3 (medicamento %4).</translation>
    </message>
    <message>
        <source>Label maximum: %1 a day.</source>
        <translation>Máximo según el prospecto: %1 al día.</translation>
    </message>
    <message>
        <source>Note: you also take %1; doses of both count towards the daily maximum of %2.</source>
        <translation>Nota: también toma %1; las dosis de ambos cuentan para el máximo diario de %2.</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>&apos;relief med edit&apos; needs at least one change, such as --dose 10mg</source>
        <translation>&apos;relief med edit&apos; necesita al menos un cambio, como --dose 10mg</translation>
    </message>
    <message>
        <source>give %1 or %2, not both</source>
        <translation>indique %1 o %2, no ambas</translation>
    </message>
    <message>
        <source>a medication needs --times or --as-needed</source>
        <translation>un medicamento necesita --times o --as-needed</translation>
    </message>
    <message>
        <source>Changed %1: %2, from %3. The previous version is kept in the history.</source>
        <translation>Cambiado %1: %2, desde el %3. La versión anterior se guarda en el historial.</translation>
    </message>
    <message>
        <source>Changed %1: %2, from %3 (its changes from %4 on stay as they are). The previous version is kept in the history.</source>
        <extracomment>%4 the day of the first prescription change.</extracomment>
        <translation>Cambiado %1: %2, desde el %3 (sus cambios a partir del %4 siguen igual). La versión anterior se guarda en el historial.</translation>
    </message>
    <message>
        <source>This corrects every day from %1. For a new prescription from a given day, use &apos;relief med change %2 ... --from DATE&apos; instead.</source>
        <extracomment>%2 the medication&apos;s name as typed, inside a command.</extracomment>
        <translation>Esto corrige todos los días desde el %1. Para una receta nueva a partir de un día, use mejor &apos;relief med change %2 ... --from DATE&apos;.</translation>
    </message>
    <message>
        <source>&apos;relief med change&apos; needs --from DATE, the first day of the new prescription</source>
        <translation>&apos;relief med change&apos; necesita --from DATE, el primer día de la nueva receta</translation>
    </message>
    <message>
        <source>--remove undoes the change from --from; give it without --dose, --times or --as-needed</source>
        <translation>--remove deshace el cambio desde --from; indíquelo sin --dose, --times ni --as-needed</translation>
    </message>
    <message>
        <source>say what changes: --dose, --times, --no-times, --as-needed or --no-as-needed</source>
        <translation>indique qué cambia: --dose, --times, --no-times, --as-needed o --no-as-needed</translation>
    </message>
    <message>
        <source>Removed the change to %1 from %2 (%3); from then on it is %4 again. The change stays in the history.</source>
        <extracomment>%1 the medication, %2 the day, %3 the removed prescription, %4 the one in force again.</extracomment>
        <translation>Quitado el cambio de %1 desde el %2 (%3); desde ese día vuelve a ser %4. El cambio queda en el historial.</translation>
    </message>
    <message>
        <source>Changed %1: %2.</source>
        <translation>Cambiado %1: %2.</translation>
    </message>
    <message>
        <source>This replaces the change from the same day (%1), which stays in the history.</source>
        <translation>Sustituye al cambio del mismo día (%1), que queda en el historial.</translation>
    </message>
    <message>
        <source>To remove this change: relief med change %1 --from %2 --remove</source>
        <extracomment>A command to type: %1 the medication as typed, %2 the day as YYYY-MM-DD.</extracomment>
        <translation>Para quitar este cambio: relief med change %1 --from %2 --remove</translation>
    </message>
    <message>
        <source>a medication that is still being taken; it stopped on %1</source>
        <translation>un medicamento que todavía se tome; se dejó el %1</translation>
    </message>
    <message>
        <source>a day on or after its start, %1</source>
        <translation>un día igual o posterior a su inicio, %1</translation>
    </message>
    <message>
        <source>Recorded that %1 stops after %2, on a taper plan.</source>
        <translation>Anotado que %1 se deja después del %2, con un plan de reducción gradual.</translation>
    </message>
    <message>
        <source>Recorded that %1 stops after %2.</source>
        <translation>Anotado que %1 se deja después del %2.</translation>
    </message>
    <message>
        <source>Stopping %1 suddenly can cause withdrawal. If your clinician gave you a taper plan, record it with --taper.</source>
        <translation>Dejar %1 de golpe puede causar síntomas de abstinencia. Si su médico le dio un plan de reducción gradual, anótelo con --taper.</translation>
    </message>
    <message>
        <source>No medications yet. Add one with:
  relief med add NAME --dose AMOUNT --times HH:MM,...</source>
        <translation>Todavía no hay medicamentos. Añada uno con:
  relief med add NAME --dose AMOUNT --times HH:MM,...</translation>
    </message>
    <message>
        <source>, at most %1 a day</source>
        <translation>, como máximo %1 al día</translation>
    </message>
    <message>
        <source>a dose of %1 is %2; one %3 is %4</source>
        <extracomment>%1 the dose, %2 it in units (&quot;2 tablets&quot;), %3 the unit, %4 what one unit holds.</extracomment>
        <translation>una dosis de %1 son %2; una unidad (%3) contiene %4</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>from %1 to %2 (taper)</source>
        <translation>del %1 al %2 (reducción gradual)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>[taking]</source>
        <translation>[en toma]</translation>
    </message>
    <message>
        <source>[not started]</source>
        <translation>[sin empezar]</translation>
    </message>
    <message>
        <source>[stopped]</source>
        <translation>[dejado]</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_reminders</name>
    <message>
        <source>no repeats</source>
        <translation>sin repeticiones</translation>
    </message>
    <message>
        <source>repeat every %1 min, at most %2 times</source>
        <translation>repetir cada %1 min, como máximo %2 veces</translation>
    </message>
    <message>
        <source>heads-up %1 min before</source>
        <translation>aviso previo %1 min antes</translation>
    </message>
    <message>
        <source>heads-up none</source>
        <translation>sin aviso previo</translation>
    </message>
    <message>
        <source>snooze %1 min</source>
        <translation>posponer %1 min</translation>
    </message>
    <message>
        <source>quiet hours %1</source>
        <translation>horas de silencio %1</translation>
    </message>
    <message>
        <source>names hidden</source>
        <translation>nombres ocultos</translation>
    </message>
    <message>
        <source>names shown</source>
        <translation>nombres visibles</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Recordatorios:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <source>Desktop:</source>
        <translation>Escritorio:</translation>
    </message>
    <message>
        <source>Clock:</source>
        <translation>Reloj:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Ajustes:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ahora:</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Siguiente:</translation>
    </message>
    <message>
        <source>Quiet:</source>
        <translation>Silencio:</translation>
    </message>
    <message>
        <source>the journal&apos;s home zone</source>
        <translation>la zona de residencia del diario</translation>
    </message>
    <message>
        <source>this computer&apos;s zone</source>
        <translation>la zona de este ordenador</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activados</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivados</translation>
    </message>
    <message>
        <source>running (relief-reminders)</source>
        <translation>en marcha (relief-reminders)</translation>
    </message>
    <message>
        <source>no D-Bus session bus here, so no notifications</source>
        <translation>aquí no hay bus de sesión D-Bus, así que no hay notificaciones</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>no está en marcha</translation>
    </message>
    <message>
        <source>a notification service is present</source>
        <translation>hay un servicio de notificaciones</translation>
    </message>
    <message>
        <source>no notification service: reminders cannot be shown; the app&apos;s Today page still shows what is due</source>
        <translation>no hay servicio de notificaciones: los recordatorios no se pueden mostrar; la página Hoy de la app sigue mostrando lo pendiente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the time zone (Area/City), %2 why it is the one.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>nothing: no medication has dose times in the next day</source>
        <translation>nada: ningún medicamento tiene horas de dosis en el próximo día</translation>
    </message>
    <message>
        <source>no reminder for doses in quiet hours (%1); they ring when quiet hours end if still within 6 hours</source>
        <translation>no hay recordatorio para las dosis en horas de silencio (%1); suenan al terminar las horas de silencio si aún no han pasado 6 horas</translation>
    </message>
    <message>
        <source>no D-Bus session bus here, so no notification can be shown.</source>
        <translation>aquí no hay bus de sesión D-Bus, así que no se puede mostrar ninguna notificación.</translation>
    </message>
    <message>
        <source>Relief Journal reminders work</source>
        <translation>Los recordatorios de Relief Journal funcionan</translation>
    </message>
    <message>
        <source>This is how a reminder looks. Nothing was logged.</source>
        <translation>Así se ve un recordatorio. No se ha anotado nada.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>no notification service answered (%1). Reminders need one (GNOME, KDE, Xfce and dunst have one); the app&apos;s Today page still shows what is due.</source>
        <translation>ningún servicio de notificaciones respondió (%1). Los recordatorios necesitan uno (GNOME, KDE, Xfce y dunst lo tienen); la página Hoy de la app sigue mostrando lo pendiente.</translation>
    </message>
    <message>
        <source>A test notification was sent. If you do not see it, check the desktop&apos;s notification settings (do not disturb).</source>
        <translation>Se ha enviado una notificación de prueba. Si no la ve, revise los ajustes de notificaciones del escritorio (no molestar).</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <source>not running: it starts at login, or run %1</source>
        <translation>no está en marcha: arranca al iniciar sesión, o ejecute %1</translation>
    </message>
    <message>
        <source>relief-reminders was not found beside relief or on PATH</source>
        <translation>relief-reminders no se encontró junto a relief ni en el PATH</translation>
    </message>
    <message>
        <source>Switch on in the app (Profile &amp; settings &gt; Reminders), or:
  relief settings set reminders.enabled yes &amp;&amp; %1 &amp;</source>
        <translation>Actívelos en la app (Perfil y ajustes &gt; Recordatorios), o:
  relief settings set reminders.enabled yes &amp;&amp; %1 &amp;</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_report</name>
    <message>
        <source>&apos;pdf&apos;, &apos;html&apos;, &apos;csv&apos; or &apos;fhir&apos;</source>
        <translation>&apos;pdf&apos;, &apos;html&apos;, &apos;csv&apos; o &apos;fhir&apos;</translation>
    </message>
    <message>
        <source>say which format with --format pdf|html|csv|fhir (or name the file .pdf, .html, .csv or .json)</source>
        <translation>indique el formato con --format pdf|html|csv|fhir (o ponga al archivo la extensión .pdf, .html, .csv o .json)</translation>
    </message>
    <message>
        <source>option &apos;--language&apos;: &apos;%1&apos; is not a language Relief Journal writes reports in; use one of: %2</source>
        <translation>opción &apos;--language&apos;: &apos;%1&apos; no es un idioma en el que Relief Journal escriba informes; use uno de: %2</translation>
    </message>
    <message>
        <source>&apos;relief report&apos; needs -o FILE</source>
        <translation>&apos;relief report&apos; necesita -o FILE</translation>
    </message>
    <message>
        <source>&apos;a4&apos; or &apos;letter&apos;</source>
        <translation>&apos;a4&apos; o &apos;letter&apos;</translation>
    </message>
    <message>
        <source>--fhir-bundle is only for --format fhir</source>
        <translation>--fhir-bundle es solo para --format fhir</translation>
    </message>
    <message>
        <source>&apos;document&apos; or &apos;transaction&apos;</source>
        <translation>&apos;document&apos; o &apos;transaction&apos;</translation>
    </message>
    <message>
        <source>a day that is not in the future</source>
        <translation>un día que no esté en el futuro</translation>
    </message>
    <message>
        <source>a day on or before the end, %1</source>
        <translation>un día igual o anterior al final, %1</translation>
    </message>
    <message>
        <source>a period of at most 3 years</source>
        <translation>un periodo de 3 años como máximo</translation>
    </message>
    <message>
        <source>Wrote the visit report for %1 to %2 (%3, readable only by you).</source>
        <extracomment>%1 the period, %2 the file, %3 its format (pdf, html, csv or fhir).</extracomment>
        <translation>Informe para la consulta del periodo %1 escrito en %2 (%3, solo usted puede leerlo).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Recorded a visit on %1. The next report starts there unless you give --from.</source>
        <translation>Consulta registrada el %1. El siguiente informe empieza ahí, salvo que indique --from.</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_settings</name>
    <message>
        <source>Analyser thresholds (change with &apos;relief settings set threshold.NAME VALUE&apos;):</source>
        <translation>Umbrales del análisis (cámbielos con &apos;relief settings set threshold.NAME VALUE&apos;):</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>(por defecto %1)</translation>
    </message>
    <message>
        <source>Daily maximum overrides (default: the label maximum; &apos;relief settings set max-daily.INGREDIENT 20mg&apos;):</source>
        <translation>Máximos diarios propios (por defecto: el máximo del prospecto; &apos;relief settings set max-daily.INGREDIENT 20mg&apos;):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>(label %1)</source>
        <translation>(prospecto %1)</translation>
    </message>
    <message>
        <source>Reminders (change with &apos;relief settings set reminders.NAME VALUE&apos;; see &apos;relief reminders status&apos;):</source>
        <translation>Recordatorios (cámbielos con &apos;relief settings set reminders.NAME VALUE&apos;; vea &apos;relief reminders status&apos;):</translation>
    </message>
    <message>
        <source>Set %1 = %2. Reminders ring while relief-reminders runs: the app starts it at login once switched on there; &apos;relief reminders status&apos; says what rings next.</source>
        <extracomment>%1 the setting&apos;s key, %2 its value, both as typed.</extracomment>
        <translation>Fijado %1 = %2. Los recordatorios suenan mientras relief-reminders está en marcha: la app lo arranca al iniciar sesión una vez activado allí; &apos;relief reminders status&apos; dice cuál suena después.</translation>
    </message>
    <message>
        <source>Set %1 = %2. A running relief-reminders ends within a minute.</source>
        <translation>Fijado %1 = %2. Un relief-reminders en marcha se detiene en menos de un minuto.</translation>
    </message>
    <message>
        <source>Set %1 = %2. A running relief-reminders uses it within a minute.</source>
        <translation>Fijado %1 = %2. Un relief-reminders en marcha lo aplica en menos de un minuto.</translation>
    </message>
    <message>
        <source>Set %1 = %2. The analyser uses it from now on.</source>
        <translation>Fijado %1 = %2. El análisis lo usa a partir de ahora.</translation>
    </message>
    <message>
        <source>This is above the label maximum of %1 a day: set it only on your prescriber&apos;s advice. Alerts will use %2.</source>
        <translation>Está por encima del máximo del prospecto, %1 al día: fíjelo solo si se lo indica quien se lo receta. Los avisos usarán %2.</translation>
    </message>
    <message>
        <source>Reset %1 to its default.</source>
        <translation>%1 vuelve a su valor por defecto.</translation>
    </message>
</context>
<context>
    <name>relief::cli::commands_share</name>
    <message>
        <source>the share&apos;s words (or passphrase), typed or given on the first line of input</source>
        <translation>las palabras del diario compartido (o la frase de contraseña), escritas o indicadas en la primera línea de la entrada</translation>
    </message>
    <message>
        <source>Passphrase for the share (at least 16 characters): </source>
        <translation>Frase de contraseña del diario compartido (al menos 16 caracteres): </translation>
    </message>
    <message>
        <source>Sharing this journal in %1 as &quot;%2&quot;.</source>
        <translation>Este diario se comparte en %1 como &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The share&apos;s key, to type on your other devices (keep it as you would a password):</source>
        <translation>La clave del diario compartido, para escribirla en sus otros dispositivos (guárdela como guardaría una contraseña):</translation>
    </message>
    <message>
        <source>On another device: relief share join %1</source>
        <translation>En otro dispositivo: relief share join %1</translation>
    </message>
    <message>
        <source>The share&apos;s words (or passphrase): </source>
        <translation>Palabras del diario compartido (o frase de contraseña): </translation>
    </message>
    <message>
        <source>Following the journal shared in %1, read-only.</source>
        <translation>Siguiendo en solo lectura el diario compartido en %1.</translation>
    </message>
    <message>
        <source>Joined the journal shared in %1.</source>
        <translation>Se ha unido al diario compartido en %1.</translation>
    </message>
    <message>
        <source>This journal is not shared. Share it with &apos;relief share init FOLDER&apos;, or join a share with &apos;relief share join FOLDER&apos;.</source>
        <translation>Este diario no está compartido. Compártalo con &apos;relief share init FOLDER&apos; o únase a un diario compartido con &apos;relief share join FOLDER&apos;.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Este dispositivo:</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>full</source>
        <translation>lectura y escritura</translation>
    </message>
    <message>
        <source>Not yet sent:</source>
        <translation>Sin enviar todavía:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>this journal is not shared</source>
        <translation>este diario no está compartido</translation>
    </message>
    <message>
        <source>this device does not keep the share&apos;s key as words: it was a passphrase of your own, or the share was created on another device</source>
        <translation>este dispositivo no guarda la clave del diario compartido como palabras: era una frase de contraseña propia, o el diario compartido se creó en otro dispositivo</translation>
    </message>
    <message>
        <source>Stopped sharing. The journal keeps everything; the folder keeps what this device sent.</source>
        <translation>Ya no se comparte. El diario lo conserva todo; la carpeta conserva lo que envió este dispositivo.</translation>
    </message>
    <message>
        <source>relief-reminders was not found beside relief or on PATH</source>
        <translation>relief-reminders no se encontró junto a relief ni en el PATH</translation>
    </message>
    <message>
        <source>On: relief-reminders tells you when a scheduled dose has not been logged an hour after its time. It starts at each login, or now with: %1 --journal %2</source>
        <translation>Activado: relief-reminders le notifica cuando una dosis programada no se ha registrado una hora después de la hora prevista. Se inicia en cada inicio de sesión, o ahora con: %1 --journal %2</translation>
    </message>
    <message>
        <source>Off: no more notifications of doses not logged.</source>
        <translation>Desactivado: no habrá más notificaciones de dosis sin registrar.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change.</source>
        <translation>
            <numerusform>Enviado %n cambio.</numerusform>
            <numerusform>Enviados %n cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n changes.</source>
        <translation>
            <numerusform>Enviado %n cambio.</numerusform>
            <numerusform>Enviados %n cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n change from other devices.</source>
        <translation>
            <numerusform>Recibido %n cambio de otros dispositivos.</numerusform>
            <numerusform>Recibidos %n cambios de otros dispositivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n changes from other devices.</source>
        <translation>
            <numerusform>Recibido %n cambio de otros dispositivos.</numerusform>
            <numerusform>Recibidos %n cambios de otros dispositivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>A caregiver who follows this journal may now be told when a dose is not logged within an hour (they switch it on on their device).</source>
        <translation>Una persona cuidadora que sigue este diario puede recibir ahora un aviso cuando una dosis no se registre en el plazo de una hora (lo activa en su dispositivo).</translation>
    </message>
    <message>
        <source>Caregivers who follow this journal are no longer told of doses not logged.</source>
        <translation>Las personas cuidadoras que siguen este diario ya no reciben avisos de dosis no registradas.</translation>
    </message>
    <message>
        <source>The person who keeps the journal has not asked for it yet: nothing is shown until they do (relief share notify on, on their device).</source>
        <translation>La persona que lleva el diario aún no lo ha pedido: no se mostrará nada hasta que lo haga (relief share notify on, en su dispositivo).</translation>
    </message>
</context>
<context>
    <name>relief::cli::context</name>
    <message>
        <source>use --read-only</source>
        <translation>use --read-only</translation>
    </message>
    <message>
        <source>open it once without --read-only</source>
        <translation>ábralo una vez sin --read-only</translation>
    </message>
    <message>
        <source>Create one with &apos;relief init&apos;, or name another with --journal FILE</source>
        <translation>Cree uno con &apos;relief init&apos;, o indique otro con --journal FILE</translation>
    </message>
    <message>
        <source>Restore your latest backup (made with &apos;relief backup -o FILE&apos;)</source>
        <translation>Restaure su última copia de seguridad (hecha con &apos;relief backup -o FILE&apos;)</translation>
    </message>
    <message>
        <source>&apos;relief alerts&apos; lists them</source>
        <translation>&apos;relief alerts&apos; los lista</translation>
    </message>
    <message>
        <source>--read-only was given, and this command changes the journal</source>
        <translation>se dio --read-only, y esta orden cambia el diario</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD, or a date and time as YYYY-MM-DDTHH:MM</source>
        <translation>una fecha como YYYY-MM-DD, o una fecha y hora como YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>a day up to today (%1): --today can look back, not ahead</source>
        <translation>un día hasta hoy (%1): --today puede mirar atrás, no adelante</translation>
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
        <translation>&apos;relief %1&apos; necesita una de: %2</translation>
    </message>
    <message>
        <source>unknown command &apos;relief %1&apos;
It takes one of: %2</source>
        <translation>orden desconocida &apos;relief %1&apos;
Admite una de: %2</translation>
    </message>
    <message>
        <source>unknown command &apos;relief %1&apos;; did you mean &apos;%2&apos;?
It takes one of: %3</source>
        <translation>orden desconocida &apos;relief %1&apos;; ¿quería decir &apos;%2&apos;?
Admite una de: %3</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;
See &apos;relief --help&apos; for the list of commands.</source>
        <translation>orden desconocida &apos;%1&apos;
Vea &apos;relief --help&apos; para la lista de órdenes.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; did you mean &apos;%2&apos;?
See &apos;relief --help&apos; for the list of commands.</source>
        <translation>orden desconocida &apos;%1&apos;; ¿quería decir &apos;%2&apos;?
Vea &apos;relief --help&apos; para la lista de órdenes.</translation>
    </message>
    <message>
        <source>option &apos;--lang&apos; needs a language: one of %1</source>
        <translation>la opción &apos;--lang&apos; necesita un idioma: uno de %1</translation>
    </message>
    <message>
        <source>option &apos;--lang&apos;: &apos;%1&apos; is not a language Relief Journal speaks; use one of: %2</source>
        <translation>opción &apos;--lang&apos;: &apos;%1&apos; no es un idioma que Relief Journal hable; use uno de: %2</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>la opción &apos;%1&apos; necesita un valor</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;
See &apos;relief --help&apos;.</source>
        <translation>opción desconocida &apos;%1&apos;
Vea &apos;relief --help&apos;.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; did you mean &apos;%2&apos;?
See &apos;relief --help&apos;.</source>
        <translation>opción desconocida &apos;%1&apos;; ¿quería decir &apos;%2&apos;?
Vea &apos;relief --help&apos;.</translation>
    </message>
    <message>
        <source>Try &apos;relief %1 --help&apos;.</source>
        <translation>Pruebe &apos;relief %1 --help&apos;.</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
</context>
</TS>
