<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>relief::reports::chart</name>
    <message>
        <source>Pain (0-10)</source>
        <translation>Dolor (0-10)</translation>
    </message>
    <message>
        <source>No pain scores were logged in this period.</source>
        <translation>No se anotaron valores de dolor en este periodo.</translation>
    </message>
    <message>
        <source>daily mean</source>
        <comment>legend</comment>
        <translation>media diaria</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <comment>legend</comment>
        <translation>media de 7 días</translation>
    </message>
    <message>
        <source>period mean</source>
        <comment>legend</comment>
        <translation>media del periodo</translation>
    </message>
    <message>
        <source>PEG score (0-10): mean of pain, enjoyment and activity</source>
        <translation>PEG (0-10): dolor, disfrute, actividad</translation>
    </message>
    <message>
        <source>No PEG answers were logged in this period.</source>
        <translation>No se anotaron respuestas PEG en este periodo.</translation>
    </message>
    <message>
        <source>%1 % improvement</source>
        <comment>legend</comment>
        <extracomment>The PEG chart&apos;s line of the improvement looked for: %1 in percent.</extracomment>
        <translation>mejora del %1 %</translation>
    </message>
    <message>
        <source>PEG score</source>
        <comment>legend</comment>
        <translation>PEG</translation>
    </message>
    <message>
        <source>first answer</source>
        <comment>legend</comment>
        <translation>primera respuesta</translation>
    </message>
    <message>
        <source>Daily doses: total a day, each row from 0 to its highest day</source>
        <translation>Dosis diarias: total por día, cada fila de 0 a su día más alto</translation>
    </message>
    <message>
        <source>No doses were logged in this period.</source>
        <translation>No se anotaron dosis en este periodo.</translation>
    </message>
    <message>
        <source>%1: highest %2 a day</source>
        <extracomment>A row of the dose chart: %1 the medication, %2 its highest total in a day (&quot;800 mg&quot;).</extracomment>
        <translation>%1: máximo %2 al día</translation>
    </message>
    <message>
        <source>Events by day</source>
        <translation>Sucesos por día</translation>
    </message>
    <message>
        <source>mild</source>
        <comment>legend</comment>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>legend</comment>
        <translation>moderado</translation>
    </message>
    <message>
        <source>severe</source>
        <comment>legend</comment>
        <translation>grave</translation>
    </message>
    <message>
        <source>cramp</source>
        <comment>legend</comment>
        <translation>calambre</translation>
    </message>
    <message>
        <source>taken 80 %+</source>
        <comment>legend</comment>
        <translation>tomadas 80 %+</translation>
    </message>
    <message>
        <source>50-79 %</source>
        <comment>legend</comment>
        <translation>50-79 %</translation>
    </message>
    <message>
        <source>under 50 %</source>
        <comment>legend</comment>
        <translation>menos del 50 %</translation>
    </message>
    <message>
        <source>side effects</source>
        <comment>lane</comment>
        <translation>efectos secundarios</translation>
    </message>
    <message>
        <source>cramps</source>
        <comment>lane</comment>
        <translation>calambres</translation>
    </message>
    <message>
        <source>doses taken</source>
        <comment>lane</comment>
        <translation>dosis tomadas</translation>
    </message>
    <message>
        <source>Function by day</source>
        <translation>Funcionalidad por día</translation>
    </message>
    <message>
        <source>No PEG, sleep or goals were logged in this period.</source>
        <translation>No se anotaron PEG, sueño ni objetivos en este periodo.</translation>
    </message>
    <message>
        <source>hours slept</source>
        <comment>legend</comment>
        <translation>horas de sueño</translation>
    </message>
    <message>
        <source>goal managed</source>
        <comment>legend</comment>
        <translation>objetivo cumplido</translation>
    </message>
    <message>
        <source>not that day</source>
        <comment>legend</comment>
        <translation>ese día no</translation>
    </message>
    <message>
        <source>PEG score (0-10: pain, enjoyment, activity)</source>
        <comment>lane</comment>
        <translation>puntuación PEG (0-10: dolor, disfrute, actividad)</translation>
    </message>
    <message>
        <source>sleep (hours, 0-12)</source>
        <comment>lane</comment>
        <translation>sueño (horas, 0-12)</translation>
    </message>
    <message>
        <source>goals</source>
        <comment>lane</comment>
        <translation>objetivos</translation>
    </message>
</context>
<context>
    <name>relief::reports::html_report</name>
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
    <message numerus="yes">
        <source>%n cramp</source>
        <translation>
            <numerusform>%n calambre</numerusform>
            <numerusform>%n calambres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cramps</source>
        <translation>
            <numerusform>%n calambre</numerusform>
            <numerusform>%n calambres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n day</source>
        <extracomment>%1 how many drinks or cramps (&quot;3 drinks&quot;), on %n days.</extracomment>
        <translation>
            <numerusform>%1 en %n día</numerusform>
            <numerusform>%1 en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n days</source>
        <translation>
            <numerusform>%1 en %n día</numerusform>
            <numerusform>%1 en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 of %n day</source>
        <extracomment>%1 pain scores logged on %2 of the %n days of the period.</extracomment>
        <translation>
            <numerusform>%1 en %2 de %n día</numerusform>
            <numerusform>%1 en %2 de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 of %n days</source>
        <translation>
            <numerusform>%1 en %2 de %n día</numerusform>
            <numerusform>%1 en %2 de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Relief Journal visit report - %1 - %2</source>
        <extracomment>The title of the page: %1 the person&apos;s name, %2 the period.</extracomment>
        <translation>Informe para la consulta de Relief Journal - %1 - %2</translation>
    </message>
    <message>
        <source>Relief Journal visit report - %1</source>
        <extracomment>The title of the page: %1 the period.</extracomment>
        <translation>Informe para la consulta de Relief Journal - %1</translation>
    </message>
    <message>
        <source>Relief Journal visit report</source>
        <translation>Informe para la consulta de Relief Journal</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <extracomment>%1 who the report is about, %2 the age in years.</extracomment>
        <translation>%1 (%2 años)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Afecciones</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última consulta</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no anotada</translation>
    </message>
    <message>
        <source>Three charts from %1 to %2. Top: daily mean pain (dots) on a 0 to 10 scale with the 7-day mean (line) and the period mean (dashed line, %3). Middle: daily total taken of each ingredient (bars)%4. Bottom: side effects, cramps and the share of scheduled doses taken, by day.</source>
        <extracomment>The charts described for a screen reader: %1 and %2 the first and last day, %3 the period&apos;s pain mean, %4 the ingredients charted (&quot;: baclofen, tizanidine&quot;) or nothing.</extracomment>
        <translation>Tres gráficos del %1 al %2. Arriba: dolor medio diario (puntos) en una escala de 0 a 10, con la media de 7 días (línea) y la media del periodo (línea discontinua, %3). En medio: total diario tomado de cada principio activo (barras)%4. Abajo: efectos secundarios, calambres y proporción de dosis programadas tomadas, por día.</translation>
    </message>
    <message>
        <source>Doses and events by day</source>
        <translation>Dosis y sucesos por día</translation>
    </message>
    <message>
        <source>No pain scores or doses were logged in this period, so there is nothing to chart.</source>
        <translation>No se anotaron valores de dolor ni dosis en este periodo, así que no hay nada que representar.</translation>
    </message>
    <message>
        <source>Each chart has its legend; doses are daily totals, each row from 0 to its highest day.</source>
        <translation>Cada gráfico tiene su leyenda; las dosis son totales diarios, cada fila de 0 a su día más alto.</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas para la consulta</translation>
    </message>
    <message>
        <source>No current alert raises a question.</source>
        <translation>Ningún aviso actual plantea preguntas.</translation>
    </message>
    <message>
        <source>Current alerts</source>
        <translation>Avisos actuales</translation>
    </message>
    <message>
        <source>No alerts are current at the end of this period.</source>
        <translation>No hay avisos actuales al final de este periodo.</translation>
    </message>
    <message>
        <source>%1 (raised %2)</source>
        <extracomment>An alert&apos;s heading: %1 its title, %2 the day it was raised.</extracomment>
        <translation>%1 (surgió el %2)</translation>
    </message>
    <message>
        <source>%1 - discussed %2</source>
        <extracomment>%1 an alert&apos;s heading, %2 the day it was discussed with the clinician.</extracomment>
        <translation>%1 - comentado el %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <extracomment>%1 the medical sources of an alert, separated by semicolons.</extracomment>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>Resolved: %1.</source>
        <extracomment>%1 the alerts resolved in the period, separated by semicolons.</extracomment>
        <translation>Resueltos: %1.</translation>
    </message>
    <message>
        <source>Symptoms logged</source>
        <translation>Síntomas anotados</translation>
    </message>
    <message>
        <source>No symptoms were logged in this period.</source>
        <translation>No se anotaron síntomas en este periodo.</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>No medications were taken or scheduled in this period.</source>
        <translation>En este periodo no se tomó ni se programó ningún medicamento.</translation>
    </message>
    <message>
        <source>changed %1: %2</source>
        <extracomment>A change of prescription: %1 the day, %2 the new dose and schedule.</extracomment>
        <translation>cambio del %1: %2</translation>
    </message>
    <message>
        <source>day %1</source>
        <comment>course</comment>
        <extracomment>The day of a course of a muscle relaxant taken day after day.</extracomment>
        <translation>día %1</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Receta</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Taken in the period</source>
        <translation>Tomado en el periodo</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Dolor (0-10)</translation>
    </message>
    <message>
        <source>No pain scores were logged in this period.</source>
        <translation>No se anotaron valores de dolor en este periodo.</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Against the period before</source>
        <translation>Frente al periodo anterior</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Scores logged</source>
        <translation>Valores anotados</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>No locations were given.</source>
        <translation>No se indicó ninguna localización.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localización</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>What it felt like</source>
        <translation>Cómo se sentía</translation>
    </message>
    <message>
        <source>No qualities were given.</source>
        <translation>No se indicó cómo se sentía.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>PEG chart from %1 to %2: the PEG score of each answer (dots joined by a line) on a 0 to 10 scale, the first answer&apos;s score (dotted line, %3).</source>
        <extracomment>The PEG chart described for a screen reader: %1 and %2 the first and last day, %3 the first answer&apos;s score.</extracomment>
        <translation>Gráfico PEG del %1 al %2: la puntuación PEG de cada respuesta (puntos unidos por una línea) en una escala de 0 a 10 y la puntuación de la primera respuesta (línea de puntos, %3).</translation>
    </message>
    <message>
        <source>PEG chart from %1 to %2: the PEG score of each answer (dots joined by a line) on a 0 to 10 scale, the first answer&apos;s score (dotted line, %3) and the %4 % improvement line (dashed, %5).</source>
        <extracomment>The PEG chart described for a screen reader: %1 and %2 the first and last day, %3 the first answer&apos;s score, %4 the improvement looked for in percent, %5 the score that reaches it.</extracomment>
        <translation>Gráfico PEG del %1 al %2: la puntuación PEG de cada respuesta (puntos unidos por una línea) en una escala de 0 a 10, la puntuación de la primera respuesta (línea de puntos, %3) y la línea de mejora del %4 % (discontinua, %5).</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funcionalidad</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>No side effects were logged in this period.</source>
        <translation>No se anotaron efectos secundarios en este periodo.</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Efecto secundario</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Calambres</translation>
    </message>
    <message>
        <source>No cramps were logged in this period.</source>
        <translation>No se anotaron calambres en este periodo.</translation>
    </message>
    <message>
        <source>At night (22:00 to 06:00)</source>
        <translation>De noche (22:00 a 06:00)</translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation>Duración total</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>El más largo</translation>
    </message>
    <message>
        <source>Non-drug measures</source>
        <translation>Medidas sin medicamentos</translation>
    </message>
    <message>
        <source>No non-drug measures were logged in this period.</source>
        <translation>No se anotaron medidas sin medicamentos en este periodo.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Alcohol and fluids</source>
        <translation>Alcohol y líquidos</translation>
    </message>
    <message>
        <source>No alcohol was logged in this period.</source>
        <translation>No se anotó alcohol en este periodo.</translation>
    </message>
    <message>
        <source>No fluids were logged in this period.</source>
        <translation>No se anotaron líquidos en este periodo.</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Fluids logged</source>
        <translation>Líquidos anotados</translation>
    </message>
    <message>
        <source>Mean glasses a day</source>
        <translation>Vasos al día (media)</translation>
    </message>
    <message>
        <source>Days with too little fluid</source>
        <translation>Días con poco líquido</translation>
    </message>
    <message>
        <source>PEG answers and goals by week</source>
        <translation>Respuestas PEG y objetivos por semana</translation>
    </message>
    <message>
        <source>%1 (before the period)</source>
        <extracomment>A PEG answer&apos;s day (%1) that lies before the report&apos;s period.</extracomment>
        <translation>%1 (antes del periodo)</translation>
    </message>
    <message>
        <source>PEG answered</source>
        <translation>Respuesta PEG</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Enjoyment</source>
        <translation>Disfrute</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>PEG score</source>
        <translation>Puntuación PEG</translation>
    </message>
    <message>
        <source>Against the first</source>
        <translation>Frente a la primera</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Days met</source>
        <translation>Días cumplido</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Revisados</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No notes were written in this period.</source>
        <translation>No se escribieron notas en este periodo.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang</comment>
        <extracomment>The language code of this translation for the web page (&quot;es&quot;, &quot;de&quot;): screen readers speak by it.</extracomment>
        <translation>es</translation>
    </message>
    <message>
        <source>Made with Relief Journal on %1 from what was logged in the journal. Relief Journal is not a medical device: it keeps a record and points out patterns to discuss, but it does not diagnose or recommend treatment. Talk to your clinician before changing any medication.</source>
        <extracomment>%1 the day the report was made.</extracomment>
        <translation>Hecho con Relief Journal el %1 a partir de lo anotado en el diario. Relief Journal no es un producto sanitario: lleva un registro y señala patrones para comentar, pero no diagnostica ni recomienda tratamientos. Hable con su médico antes de cambiar cualquier medicamento.</translation>
    </message>
</context>
<context>
    <name>relief::reports::pdf_report</name>
    <message>
        <source>Name not given</source>
        <extracomment>%1 who the report is about without a name (&quot;born 30 Apr 1961, ID MRN-0042&quot;).</extracomment>
        <translation>Nombre no indicado</translation>
    </message>
    <message>
        <source>Name not given, %1</source>
        <translation>Nombre no indicado, %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n years</source>
        <extracomment>%1 who the report is about, %n the age in years.</extracomment>
        <translation>
            <numerusform>%1, %n año</numerusform>
            <numerusform>%1, %n años</numerusform>
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
        <translation>Relief Journal - informe para la consulta</translation>
    </message>
    <message>
        <source>Generated %1. A patient&apos;s journal, not a medical device.</source>
        <translation>Generado el %1. Diario de un paciente, no un producto sanitario.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Informe para la consulta</translation>
    </message>
    <message>
        <source>Period: %1. Last visit: %2.</source>
        <translation>Periodo: %1. Última consulta: %2.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>No medications were taken or scheduled in this period.</source>
        <translation>En este periodo no se tomó ni se programó ningún medicamento.</translation>
    </message>
    <message>
        <source>changed %1: %2</source>
        <extracomment>A change of prescription: %1 the day, %2 the new dose and schedule.</extracomment>
        <translation>cambio del %1: %2</translation>
    </message>
    <message>
        <source>day %1</source>
        <comment>course</comment>
        <extracomment>The day of a course of a muscle relaxant taken day after day.</extracomment>
        <translation>día %1</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Receta</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Taken in the period</source>
        <translation>Tomado en el periodo</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>term (count)</comment>
        <extracomment>A place or a kind and how often: %1 the term, %2 the count (&quot;3 days&quot;, &quot;2 times&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none logged</source>
        <translation>nada anotado</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Dolor (0-10)</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Against the period before</source>
        <translation>Frente al periodo anterior</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Scores logged</source>
        <extracomment>%1 pain scores logged on %2 of the %n days of the period.</extracomment>
        <translation>Valores anotados</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 of %n day</source>
        <translation>
            <numerusform>%1 en %2 de %n día</numerusform>
            <numerusform>%1 en %2 de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 of %n days</source>
        <translation>
            <numerusform>%1 en %2 de %n día</numerusform>
            <numerusform>%1 en %2 de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What it felt like</source>
        <translation>Cómo se sentía</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funcionalidad</translation>
    </message>
    <message>
        <source>Symptoms logged</source>
        <translation>Síntomas anotados</translation>
    </message>
    <message>
        <source>No symptoms were logged in this period.</source>
        <translation>No se anotaron síntomas en este periodo.</translation>
    </message>
    <message>
        <source>%1: %2  (raised %3)</source>
        <extracomment>An alert&apos;s heading: %1 its severity (&quot;Urgent&quot;), %2 its title, %3 the day it was raised.</extracomment>
        <translation>%1: %2  (surgió el %3)</translation>
    </message>
    <message>
        <source>%1  - discussed %2</source>
        <extracomment>%1 an alert&apos;s heading, %2 the day it was discussed with the clinician.</extracomment>
        <translation>%1  - comentado el %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <extracomment>%1 the medical sources of an alert, separated by semicolons.</extracomment>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>Current alerts</source>
        <translation>Avisos actuales</translation>
    </message>
    <message>
        <source>No alerts are current at the end of this period.</source>
        <translation>No hay avisos actuales al final de este periodo.</translation>
    </message>
    <message>
        <source>Resolved: %1.</source>
        <extracomment>%1 the alerts resolved in the period, separated by semicolons.</extracomment>
        <translation>Resueltos: %1.</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas para la consulta</translation>
    </message>
    <message>
        <source>No current alert raises a question.</source>
        <translation>Ningún aviso actual plantea preguntas.</translation>
    </message>
    <message>
        <source>Doses and events by day</source>
        <translation>Dosis y sucesos por día</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>No side effects were logged in this period.</source>
        <translation>No se anotaron efectos secundarios en este periodo.</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Efecto secundario</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Calambres</translation>
    </message>
    <message>
        <source>No cramps were logged in this period.</source>
        <translation>No se anotaron calambres en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n day, %2 at night (22:00-06:00)</source>
        <extracomment>%1 cramps on %n days, %2 of them at night.</extracomment>
        <translation>
            <numerusform>%1 en %n día, %2 de noche (22:00-06:00)</numerusform>
            <numerusform>%1 en %n días, %2 de noche (22:00-06:00)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n days, %2 at night (22:00-06:00)</source>
        <translation>
            <numerusform>%1 en %n día, %2 de noche (22:00-06:00)</numerusform>
            <numerusform>%1 en %n días, %2 de noche (22:00-06:00)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all, longest %2</source>
        <extracomment>%1 the minutes of cramps in all, %2 the longest cramp (&quot;12 minutes&quot;).</extracomment>
        <translation>%1 en total, el más largo %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Non-drug measures</source>
        <translation>Medidas sin medicamentos</translation>
    </message>
    <message>
        <source>No non-drug measures were logged in this period.</source>
        <translation>No se anotaron medidas sin medicamentos en este periodo.</translation>
    </message>
    <message>
        <source>Alcohol and fluids</source>
        <translation>Alcohol y líquidos</translation>
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
    <message numerus="yes">
        <source>%1 on %n day</source>
        <extracomment>%1 the drinks of alcohol (&quot;3 drinks&quot;) on %n days.</extracomment>
        <translation>
            <numerusform>%1 en %n día</numerusform>
            <numerusform>%1 en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n days</source>
        <translation>
            <numerusform>%1 en %n día</numerusform>
            <numerusform>%1 en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>no anotado</translation>
    </message>
    <message numerus="yes">
        <source>logged on %n day, mean %1 glasses a day; %2 with too little</source>
        <extracomment>Fluids logged on %n days, %1 the mean glasses a day, %2 the days with too little (&quot;2 days&quot;).</extracomment>
        <translation>
            <numerusform>anotado en %n día, media de %1 vasos al día; %2 con poco líquido</numerusform>
            <numerusform>anotado en %n días, media de %1 vasos al día; %2 con poco líquido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>logged on %n days, mean %1 glasses a day; %2 with too little</source>
        <translation>
            <numerusform>anotado en %n día, media de %1 vasos al día; %2 con poco líquido</numerusform>
            <numerusform>anotado en %n días, media de %1 vasos al día; %2 con poco líquido</numerusform>
        </translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Fluids</source>
        <translation>Líquidos</translation>
    </message>
    <message>
        <source>PEG answers and goals by week</source>
        <translation>Respuestas PEG y objetivos por semana</translation>
    </message>
    <message>
        <source>%1 (before the period)</source>
        <extracomment>A PEG answer&apos;s day (%1) that lies before the report&apos;s period.</extracomment>
        <translation>%1 (antes del periodo)</translation>
    </message>
    <message>
        <source>PEG answered</source>
        <translation>Respuesta PEG</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Enjoyment</source>
        <translation>Disfrute</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>PEG score</source>
        <translation>Puntuación PEG</translation>
    </message>
    <message>
        <source>Against the first</source>
        <translation>Frente a la primera</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Days met</source>
        <translation>Días cumplido</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Revisados</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No notes were written in this period.</source>
        <translation>No se escribieron notas en este periodo.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Relief Journal visit report</source>
        <translation>Informe para la consulta de Relief Journal</translation>
    </message>
</context>
<context>
    <name>relief::reports::report_text</name>
    <message>
        <source>Jan</source>
        <comment>month</comment>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>month</comment>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>month</comment>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>month</comment>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>month</comment>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>month</comment>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>month</comment>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>month</comment>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>month</comment>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>month</comment>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>month</comment>
        <translation>dic</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day month year</comment>
        <extracomment>A day in the report: %1 the day of the month, %2 the month&apos;s short name (translated above), %3 the year: &quot;1 Mar 2026&quot;.</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day)</source>
        <translation>
            <numerusform>del %1 al %2 (%n día)</numerusform>
            <numerusform>del %1 al %2 (%n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n days)</source>
        <translation>
            <numerusform>del %1 al %2 (%n día)</numerusform>
            <numerusform>del %1 al %2 (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>a demanda</translation>
    </message>
    <message>
        <source>none due in the period</source>
        <translation>ninguna prevista en el periodo</translation>
    </message>
    <message>
        <source>no doses due yet</source>
        <translation>aún no hay dosis previstas</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <extracomment>Scheduled doses taken: %1 percent, %2 taken of %3 due.</extracomment>
        <translation>%1 % (%2 de %3)</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3), %4 late</source>
        <extracomment>Scheduled doses taken: %1 percent, %2 taken of %3 due, %4 of them taken late.</extracomment>
        <translation>%1 % (%2 de %3), %4 tarde</translation>
    </message>
    <message>
        <source>no pain scores logged</source>
        <translation>no se anotaron valores de dolor</translation>
    </message>
    <message numerus="yes">
        <source>not enough scores to compare (%n days logged)</source>
        <translation>
            <numerusform>no hay valores suficientes para comparar (%n día anotado)</numerusform>
            <numerusform>no hay valores suficientes para comparar (%n días anotados)</numerusform>
        </translation>
    </message>
    <message>
        <source>down %1 from %2 to %3</source>
        <translation>baja %1, de %2 a %3</translation>
    </message>
    <message>
        <source>up %1 from %2 to %3</source>
        <translation>sube %1, de %2 a %3</translation>
    </message>
    <message>
        <source>unchanged from %1 to %2</source>
        <translation>sin cambios, de %1 a %2</translation>
    </message>
    <message>
        <source>%1 (a clinically important improvement)</source>
        <translation>%1 (una mejora clínicamente importante)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
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
    <message numerus="yes">
        <source>%n time</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>not given</source>
        <comment>place</comment>
        <extracomment>A cramp whose place was not logged.</extracomment>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>born %1</source>
        <extracomment>%1 the day (or the year) of birth.</extracomment>
        <translation>nacimiento: %1</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day month</comment>
        <extracomment>A day whose year is clear from its context: %1 the day of the month, %2 the month&apos;s short name: &quot;1 Mar&quot;.</extracomment>
        <translation>%1 %2</translation>
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
        <translation>Dosis programadas tomadas por debajo del 80 %: %1.</translation>
    </message>
    <message>
        <source>Current alerts: %1 urgent, %2 warning, %3 info.</source>
        <extracomment>The number of current alerts by severity: %1 urgent, %2 warning, %3 info.</extracomment>
        <translation>Avisos actuales: urgentes %1, advertencias %2, información %3.</translation>
    </message>
    <message>
        <source>Current alerts: %1 urgent, %2 warning, %3 info; %4 resolved.</source>
        <extracomment>The number of current alerts by severity (%1 urgent, %2 warning, %3 info) and %4 resolved ones.</extracomment>
        <translation>Avisos actuales: urgentes %1, advertencias %2, información %3; resueltos %4.</translation>
    </message>
    <message>
        <source>substantial</source>
        <comment>IMMPACT</comment>
        <translation>sustancial</translation>
    </message>
    <message>
        <source>moderately important</source>
        <comment>IMMPACT</comment>
        <translation>moderadamente importante</translation>
    </message>
    <message>
        <source>minimally important</source>
        <comment>IMMPACT</comment>
        <translation>mínimamente importante</translation>
    </message>
    <message>
        <source>little change</source>
        <comment>IMMPACT</comment>
        <translation>poco cambio</translation>
    </message>
    <message>
        <source>, a %1 % fall</source>
        <extracomment>Ends a sentence about a pain mean: %1 the change in percent.</extracomment>
        <translation>, un descenso del %1 %</translation>
    </message>
    <message>
        <source>, a %1 % rise</source>
        <translation>, un aumento del %1 %</translation>
    </message>
    <message>
        <source>, a %1 % fall (%2)</source>
        <extracomment>Ends a sentence about a pain mean: %1 the change in percent, %2 how important IMMPACT counts it.</extracomment>
        <translation>, un descenso del %1 % (%2)</translation>
    </message>
    <message>
        <source>, a %1 % rise (%2)</source>
        <translation>, un aumento del %1 % (%2)</translation>
    </message>
    <message>
        <source>mean %1, peak %2 on %3</source>
        <translation>media %1, máximo %2 el %3</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>media %1</translation>
    </message>
    <message>
        <source>%1, no flare days</source>
        <translation>%1, ningún día de crisis</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1 the first six flare days; %n how many more there were.</extracomment>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n flare day (%2)</source>
        <extracomment>%1 the pain&apos;s mean and peak, %2 the flare days.</extracomment>
        <translation>
            <numerusform>%1, %n día de crisis (%2)</numerusform>
            <numerusform>%1, %n días de crisis (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n flare days (%2)</source>
        <translation>
            <numerusform>%1, %n día de crisis (%2)</numerusform>
            <numerusform>%1, %n días de crisis (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no comparison: %1 of the %n days before have a score</source>
        <extracomment>%1 how many of the %n days before the period have a pain score.</extracomment>
        <translation>
            <numerusform>sin comparación: hay valores en %1 del %n día anterior</numerusform>
            <numerusform>sin comparación: hay valores en %1 de los %n días anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; first 7 days %2, last 7 days %3%4</source>
        <extracomment>%1 why there is no comparison; %2 and %3 the pain means of the period&apos;s first and last 7 days; %4 the change between them (&quot;, a 35 % fall (moderately important)&quot;) or nothing.</extracomment>
        <translation>%1; primeros 7 días %2, últimos 7 días %3%4</translation>
    </message>
    <message numerus="yes">
        <source>down %1 from %2 in the %n days before%3</source>
        <extracomment>%1 how far the pain mean went down, %2 the mean of the %n days before the period, %3 the change in percent (&quot;, a 35 % fall (moderately important)&quot;) or nothing.</extracomment>
        <translation>
            <numerusform>baja %1 desde %2 en el %n día anterior%3</numerusform>
            <numerusform>baja %1 desde %2 en los %n días anteriores%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up %1 from %2 in the %n days before%3</source>
        <translation>
            <numerusform>sube %1 desde %2 en el %n día anterior%3</numerusform>
            <numerusform>sube %1 desde %2 en los %n días anteriores%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unchanged from %1 in the %n days before%2</source>
        <translation>
            <numerusform>sin cambios frente a %1 en el %n día anterior%2</numerusform>
            <numerusform>sin cambios frente a %1 en los %n días anteriores%2</numerusform>
        </translation>
    </message>
    <message>
        <source>last 7 days %1</source>
        <translation>últimos 7 días %1</translation>
    </message>
    <message>
        <source>last 7 days %1, the 7 days before %2</source>
        <translation>últimos 7 días %1, los 7 días anteriores %2</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <comment>condition</comment>
        <extracomment>%1 the conditions, %2 the day they began.</extracomment>
        <translation>%1 desde el %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n day, stopped %2</source>
        <extracomment>%1 a medication, taken on %n days and stopped on %2.</extracomment>
        <translation>
            <numerusform>%1 %n día, suspendido el %2</numerusform>
            <numerusform>%1 %n días, suspendido el %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n days, stopped %2</source>
        <translation>
            <numerusform>%1 %n día, suspendido el %2</numerusform>
            <numerusform>%1 %n días, suspendido el %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, day %2 of use</source>
        <extracomment>%1 a medication, %2 how many days it has been taken in a row.</extracomment>
        <translation>%1, día %2 de uso</translation>
    </message>
    <message>
        <source>%1, none taken</source>
        <translation>%1, ninguna toma</translation>
    </message>
    <message numerus="yes">
        <source>%1 as needed on %2 of %n day</source>
        <extracomment>%1 a medication taken as needed, on %2 of the %n days of the period.</extracomment>
        <translation>
            <numerusform>%1 a demanda en %2 de %n día</numerusform>
            <numerusform>%1 a demanda en %2 de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 as needed on %2 of %n days</source>
        <translation>
            <numerusform>%1 a demanda en %2 de %n día</numerusform>
            <numerusform>%1 a demanda en %2 de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <comment>medication</comment>
        <extracomment>%1 a medication, %2 the day it was started.</extracomment>
        <translation>%1 desde el %2</translation>
    </message>
    <message numerus="yes">
        <source>pain mean %1 (%2 in the %n days before%3)</source>
        <extracomment>%1 the period&apos;s pain mean, %2 the mean of the %n days before, %3 the change (&quot;, a 58 % fall&quot;) or nothing.</extracomment>
        <translation>
            <numerusform>dolor medio %1 (%2 en el %n día anterior%3)</numerusform>
            <numerusform>dolor medio %1 (%2 en los %n días anteriores%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>pain mean %1 (first 7 days %2, last 7 days %3%4)</source>
        <extracomment>%1 the period&apos;s pain mean, %2 and %3 the means of its first and last 7 days, %4 the change or nothing.</extracomment>
        <translation>dolor medio %1 (primeros 7 días %2, últimos 7 días %3%4)</translation>
    </message>
    <message>
        <source>pain mean %1</source>
        <translation>dolor medio %1</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n flare day, peak %2</source>
        <extracomment>%1 the pain&apos;s mean, %n the flare days, %2 the highest score.</extracomment>
        <translation>
            <numerusform>%1; %n día de crisis, máximo %2</numerusform>
            <numerusform>%1; %n días de crisis, máximo %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n flare days, peak %2</source>
        <translation>
            <numerusform>%1; %n día de crisis, máximo %2</numerusform>
            <numerusform>%1; %n días de crisis, máximo %2</numerusform>
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
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>%1, stopped</source>
        <translation>%1, suspendido</translation>
    </message>
    <message>
        <source>%1; last dose %2</source>
        <translation>%1; última dosis el %2</translation>
    </message>
    <message>
        <source>none taken in the period</source>
        <translation>nada tomado en el periodo</translation>
    </message>
    <message numerus="yes">
        <source>%n day: %1, mean %2 a day, highest %3</source>
        <extracomment>Doses taken on %n days: %1 in all, %2 the mean a day, %3 the highest day.</extracomment>
        <translation>
            <numerusform>%n día: %1, media %2 al día, máximo %3</numerusform>
            <numerusform>%n días: %1, media %2 al día, máximo %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days: %1, mean %2 a day, highest %3</source>
        <translation>
            <numerusform>%n día: %1, media %2 al día, máximo %3</numerusform>
            <numerusform>%n días: %1, media %2 al día, máximo %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 on %n day (%3)</source>
        <extracomment>%1 a symptom, %2 how often (&quot;5 times&quot;), on %n days, %3 when (a day or &quot;3 Nov 2026 to 28 Nov 2026&quot;).</extracomment>
        <translation>
            <numerusform>%1 %2 en %n día (%3)</numerusform>
            <numerusform>%1 %2 en %n días (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 on %n days (%3)</source>
        <translation>
            <numerusform>%1 %2 en %n día (%3)</numerusform>
            <numerusform>%1 %2 en %n días (%3)</numerusform>
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
        <translation>%1 (surgió el %2, resuelto el %3)</translation>
    </message>
    <message>
        <source>%1 (raised %2, resolved %3, discussed %4)</source>
        <extracomment>%1 an alert&apos;s title, raised on %2, resolved on %3, discussed with the clinician on %4.</extracomment>
        <translation>%1 (surgió el %2, resuelto el %3, comentado el %4)</translation>
    </message>
    <message>
        <source>%1 (raised %2, no longer current)</source>
        <extracomment>%1 an alert&apos;s title, raised on %2.</extracomment>
        <translation>%1 (surgió el %2, ya no vigente)</translation>
    </message>
    <message>
        <source>%1 (raised %2, no longer current, discussed %3)</source>
        <extracomment>%1 an alert&apos;s title, raised on %2, discussed with the clinician on %3.</extracomment>
        <translation>%1 (surgió el %2, ya no vigente, comentado el %3)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <comment>PEG</comment>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>less than 1 % lower</source>
        <translation>menos de un 1 % más baja</translation>
    </message>
    <message>
        <source>less than 1 % higher</source>
        <translation>menos de un 1 % más alta</translation>
    </message>
    <message>
        <source>%1 % lower</source>
        <extracomment>A PEG score against the first answer: %1 the change in whole percent.</extracomment>
        <translation>un %1 % más baja</translation>
    </message>
    <message>
        <source>%1 % higher</source>
        <translation>un %1 % más alta</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>score on day</comment>
        <extracomment>A PEG score %1 answered on the day %2.</extracomment>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>%1, the first answer: nothing to compare with yet</source>
        <translation>%1, la primera respuesta: aún no hay nada con qué comparar</translation>
    </message>
    <message>
        <source>the first since the pain episode began on %1</source>
        <translation>la primera desde que empezó el episodio de dolor el %1</translation>
    </message>
    <message>
        <source>the period&apos;s first</source>
        <translation>la primera del periodo</translation>
    </message>
    <message>
        <source>the first answer was 0, so there is no improvement to measure</source>
        <translation>la primera respuesta fue 0, así que no hay mejora que medir</translation>
    </message>
    <message>
        <source>%1, reaching the %2 % improvement that IMMPACT counts as moderately important</source>
        <extracomment>%1 the change (&quot;36 % lower&quot;), %2 the improvement looked for, in percent.</extracomment>
        <translation>%1, alcanza la mejora del %2 % que IMMPACT considera moderadamente importante</translation>
    </message>
    <message>
        <source>%1, reaching the %2 % improvement</source>
        <translation>%1, alcanza la mejora del %2 %</translation>
    </message>
    <message>
        <source>%1; IMMPACT counts 50 % as substantial</source>
        <translation>%1; IMMPACT considera sustancial un 50 %</translation>
    </message>
    <message>
        <source>%1, short of a %2 % improvement</source>
        <extracomment>%1 the change (&quot;20 % lower&quot;), %2 the improvement looked for, in percent.</extracomment>
        <translation>%1, sin llegar a una mejora del %2 %</translation>
    </message>
    <message>
        <source>%1, no improvement</source>
        <translation>%1, sin mejora</translation>
    </message>
    <message>
        <source>%1 (%2) to %3: %4</source>
        <extracomment>%1 the first PEG score and its day, %2 which answer is the first, %3 the latest score and its day, %4 the change and what it means.</extracomment>
        <translation>de %1 (%2) a %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n night logged: mean %1, quality not rated</source>
        <extracomment>%n nights with sleep logged, %1 the mean time asleep (&quot;6 h 40 min&quot;).</extracomment>
        <translation>
            <numerusform>%n noche anotada: media %1, calidad sin valorar</numerusform>
            <numerusform>%n noches anotadas: media %1, calidad sin valorar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nights logged: mean %1, quality not rated</source>
        <translation>
            <numerusform>%n noche anotada: media %1, calidad sin valorar</numerusform>
            <numerusform>%n noches anotadas: media %1, calidad sin valorar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night rated</source>
        <translation>
            <numerusform>%n noche valorada</numerusform>
            <numerusform>%n noches valoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nights rated</source>
        <translation>
            <numerusform>%n noche valorada</numerusform>
            <numerusform>%n noches valoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night logged: mean %1, quality %2 of 10 (%3)</source>
        <extracomment>%n nights with sleep logged, %1 the mean time asleep, %2 the mean quality (0-10), %3 how many nights were rated.</extracomment>
        <translation>
            <numerusform>%n noche anotada: media %1, calidad %2 de 10 (%3)</numerusform>
            <numerusform>%n noches anotadas: media %1, calidad %2 de 10 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nights logged: mean %1, quality %2 of 10 (%3)</source>
        <translation>
            <numerusform>%n noche anotada: media %1, calidad %2 de 10 (%3)</numerusform>
            <numerusform>%n noches anotadas: media %1, calidad %2 de 10 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Goals, last 7 days</source>
        <extracomment>%1 the days of the goals&apos; last week (&quot;1 Mar to 3 Mar 2026&quot;).</extracomment>
        <translation>Objetivos, últimos 7 días</translation>
    </message>
    <message>
        <source>Goals, %1</source>
        <translation>Objetivos, %1</translation>
    </message>
    <message>
        <source>the first</source>
        <comment>PEG answer</comment>
        <translation>la primera</translation>
    </message>
    <message>
        <source>%1: not checked</source>
        <extracomment>%1 a goal the person set themselves.</extracomment>
        <translation>%1: sin revisar</translation>
    </message>
    <message numerus="yes">
        <source>%1: met on %2 of %n day checked</source>
        <extracomment>%1 a goal the person set themselves, met on %2 of the %n days it was checked.</extracomment>
        <translation>
            <numerusform>%1: cumplido %2 de %n día revisado</numerusform>
            <numerusform>%1: cumplido %2 de %n días revisados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: met on %2 of %n days checked</source>
        <translation>
            <numerusform>%1: cumplido %2 de %n día revisado</numerusform>
            <numerusform>%1: cumplido %2 de %n días revisados</numerusform>
        </translation>
    </message>
    <message>
        <source>PEG (0-10)</source>
        <translation>PEG (0-10)</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Global impression (PGIC)</source>
        <translation>Impresión global (PGIC)</translation>
    </message>
    <message>
        <source>very much improved</source>
        <comment>PGIC</comment>
        <translation>muchísimo mejor</translation>
    </message>
    <message>
        <source>much improved</source>
        <comment>PGIC</comment>
        <translation>mucho mejor</translation>
    </message>
    <message>
        <source>minimally improved</source>
        <comment>PGIC</comment>
        <translation>un poco mejor</translation>
    </message>
    <message>
        <source>no change</source>
        <comment>PGIC</comment>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>minimally worse</source>
        <comment>PGIC</comment>
        <translation>un poco peor</translation>
    </message>
    <message>
        <source>much worse</source>
        <comment>PGIC</comment>
        <translation>mucho peor</translation>
    </message>
    <message>
        <source>very much worse</source>
        <comment>PGIC</comment>
        <translation>muchísimo peor</translation>
    </message>
    <message>
        <source>%1 (%2 of 7)</source>
        <extracomment>A PGIC answer: %1 its words, %2 its number on the scale of 7.</extracomment>
        <translation>%1 (%2 de 7)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>answer on day</comment>
        <extracomment>A PGIC answer %1 given on the day %2.</extracomment>
        <translation>%1 el %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n earlier</source>
        <extracomment>%1 the three answers before the latest, %n how many earlier ones there were.</extracomment>
        <translation>
            <numerusform>%1 y %n anterior</numerusform>
            <numerusform>%1 y %n anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; before: %2</source>
        <extracomment>%1 the latest PGIC answer, %2 the ones before it.</extracomment>
        <translation>%1; antes: %2</translation>
    </message>
</context>
</TS>
