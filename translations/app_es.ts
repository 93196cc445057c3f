<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddMedicationForm</name>
    <message>
        <source>Add a medication</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <source>Type its name or brand; the list suggests the ones Relief Journal knows.</source>
        <translation>Escriba su nombre o su marca; la lista le sugiere los que Relief Journal conoce.</translation>
    </message>
    <message>
        <source>Type the medication&apos;s name first.</source>
        <translation>Escriba primero el nombre del medicamento.</translation>
    </message>
    <message>
        <source>Choose what kind of medicine %1 is (or “other”).</source>
        <translation>Elija qué tipo de medicamento es %1 (u «otro»).</translation>
    </message>
    <message>
        <source>Type the times you take it, for example 8:00, 20:00, or choose “Only when needed”.</source>
        <translation>Escriba las horas a las que lo toma, por ejemplo 8:00, 20:00, o elija «Solo cuando lo necesite».</translation>
    </message>
    <message>
        <source>Added %1. It appears on the Today page under “As needed”.</source>
        <translation>%1 añadido. Aparece en la página Hoy, en «Cuando lo necesite».</translation>
    </message>
    <message>
        <source>Added %1. Its doses now appear on the Today page.</source>
        <translation>%1 añadido. Sus dosis aparecen ahora en la página Hoy.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>for example baclofen, Flexeril, tizanidine</source>
        <translation>por ejemplo baclofeno, Flexeril, tizanidina</translation>
    </message>
    <message>
        <source>What kind of medicine is it?</source>
        <translation>¿Qué tipo de medicamento es?</translation>
    </message>
    <message>
        <source>Relief Journal does not know this name. Choose its kind so the alerts can check it, or “other”.</source>
        <translation>Relief Journal no conoce este nombre. Elija su tipo para que los avisos puedan revisarlo, u «otro».</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Kind of medicine</source>
        <translation>Tipo de medicamento</translation>
    </message>
    <message>
        <source>One dose</source>
        <translation>Una dosis</translation>
    </message>
    <message>
        <source>for example 10 mg</source>
        <translation>por ejemplo 10 mg</translation>
    </message>
    <message>
        <source>How do you take it?</source>
        <translation>¿Cómo lo toma?</translation>
    </message>
    <message>
        <source>At set times</source>
        <translation>A horas fijas</translation>
    </message>
    <message>
        <source>At set times, and more when needed</source>
        <translation>A horas fijas, y más cuando lo necesite</translation>
    </message>
    <message>
        <source>Only when needed</source>
        <translation>Solo cuando lo necesite</translation>
    </message>
    <message>
        <source>How it is taken</source>
        <translation>Cómo se toma</translation>
    </message>
    <message>
        <source>Times each day</source>
        <translation>Horas de cada día</translation>
    </message>
    <message>
        <source>for example 8:00, 20:00</source>
        <translation>por ejemplo 8:00, 20:00</translation>
    </message>
    <message>
        <source>The Today page lists each dose at its time, for Taken or Skipped in one tap.</source>
        <translation>La página Hoy muestra cada dosis a su hora, para marcarla como tomada u omitida con un toque.</translation>
    </message>
    <message>
        <source>Most per day (optional)</source>
        <translation>Máximo al día (opcional)</translation>
    </message>
    <message>
        <source>for example 30 mg</source>
        <translation>por ejemplo 30 mg</translation>
    </message>
    <message>
        <source>The most your prescriber allows in a day, if they told you.</source>
        <translation>Lo máximo que su médico le permite en un día, si se lo ha dicho.</translation>
    </message>
    <message>
        <source>First day (optional)</source>
        <translation>Primer día (opcional)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty for today</source>
        <translation>AAAA-MM-DD; vacío para hoy</translation>
    </message>
    <message>
        <source>Leave it empty to start now: today&apos;s earlier doses are not counted. With an earlier day, the doses from that day on count as missed unless you log them.</source>
        <translation>Déjelo vacío para empezar ahora: las dosis anteriores de hoy no se cuentan. Con un día anterior, las dosis desde ese día cuentan como olvidadas si no las registra.</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Añadir medicamento</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>For your visit</source>
        <translation>Para su consulta</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>These come from patterns in your journal. They are not a diagnosis: bring them to your clinician.</source>
        <translation>Salen de patrones de su diario. No son un diagnóstico: coménteselos a su médico.</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Sin avisos</translation>
    </message>
    <message>
        <source>Keep logging: when your pain, doses or side effects show something worth discussing with your clinician, it appears here, with what it is based on.</source>
        <translation>Siga registrando: cuando su dolor, sus dosis o sus efectos secundarios muestren algo que merezca comentar con su médico, aparecerá aquí, con aquello en lo que se basa.</translation>
    </message>
    <message>
        <source>No current alerts. Keep logging; earlier ones are below.</source>
        <translation>No hay avisos actuales. Siga registrando; los anteriores están debajo.</translation>
    </message>
    <message>
        <source>Resolved alerts (history)</source>
        <translation>Avisos resueltos (historial)</translation>
    </message>
    <message>
        <source>Based on: %1</source>
        <translation>Se basa en: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>Surgió el %1</translation>
    </message>
    <message>
        <source>discussed with your clinician %1</source>
        <translation>comentado con su médico el %1</translation>
    </message>
    <message>
        <source>discussed with your clinician</source>
        <translation>comentado con su médico</translation>
    </message>
    <message>
        <source>Discussed with my clinician</source>
        <translation>Lo he comentado con mi médico</translation>
    </message>
    <message>
        <source>Mark “%1” as discussed with my clinician</source>
        <translation>Marcar «%1» como comentado con mi médico</translation>
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
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>A few questions that show your clinician whether the treatment helps.</source>
        <translation>Unas pocas preguntas que muestran a su médico si el tratamiento le ayuda.</translation>
    </message>
    <message>
        <source>This week: pain and how it gets in the way</source>
        <translation>Esta semana: el dolor y cuánto le limita</translation>
    </message>
    <message>
        <source>What number best describes your pain on average in the past week?</source>
        <translation>¿Qué número describe mejor su dolor, como promedio, durante la última semana?</translation>
    </message>
    <message>
        <source>0 is no pain, 10 is pain as bad as you can imagine.</source>
        <translation>0 es sin dolor, 10 es el peor dolor que pueda imaginar.</translation>
    </message>
    <message>
        <source>Pain on average in the past week:</source>
        <translation>Dolor promedio en la última semana:</translation>
    </message>
    <message>
        <source>What number best describes how, during the past week, pain has interfered with your enjoyment of life?</source>
        <translation>¿Qué número describe mejor cuánto ha interferido el dolor, durante la última semana, en su disfrute de la vida?</translation>
    </message>
    <message>
        <source>0 is does not interfere, 10 is completely interferes.</source>
        <translation>0 es no interfiere, 10 es interfiere por completo.</translation>
    </message>
    <message>
        <source>Pain interfered with enjoyment of life:</source>
        <translation>El dolor interfirió en el disfrute de la vida:</translation>
    </message>
    <message>
        <source>What number best describes how, during the past week, pain has interfered with your general activity?</source>
        <translation>¿Qué número describe mejor cuánto ha interferido el dolor, durante la última semana, en su actividad general?</translation>
    </message>
    <message>
        <source>Pain interfered with general activity:</source>
        <translation>El dolor interfirió en la actividad general:</translation>
    </message>
    <message>
        <source>Save PEG</source>
        <translation>Guardar PEG</translation>
    </message>
    <message>
        <source>Choose a number for each of the three questions first</source>
        <translation>Elija primero un número para cada una de las tres preguntas</translation>
    </message>
    <message>
        <source>Last night&apos;s sleep</source>
        <translation>El sueño de anoche</translation>
    </message>
    <message>
        <source>Hours slept</source>
        <translation>Horas de sueño</translation>
    </message>
    <message>
        <source>for example 7, 6.5 or 6h30</source>
        <translation>por ejemplo 7, 6.5 o 6h30</translation>
    </message>
    <message>
        <source>How well did you sleep? (optional)</source>
        <translation>¿Qué tal durmió? (opcional)</translation>
    </message>
    <message>
        <source>0 is very poorly, 10 is very well.</source>
        <translation>0 es muy mal, 10 es muy bien.</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Calidad del sueño</translation>
    </message>
    <message>
        <source>Save sleep</source>
        <translation>Guardar sueño</translation>
    </message>
    <message>
        <source>Type the hours slept first</source>
        <translation>Escriba primero las horas de sueño</translation>
    </message>
    <message>
        <source>Your goals today</source>
        <translation>Sus objetivos de hoy</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>Not today: %1</source>
        <translation>Hoy no: %1</translation>
    </message>
    <message>
        <source>Overall change, at %1</source>
        <translation>Cambio general (%1)</translation>
    </message>
    <message>
        <source>Since you started, how would you describe the change in your activity, symptoms, mood and quality of life related to your pain?</source>
        <translation>Desde que empezó, ¿cómo describiría el cambio en su actividad, sus síntomas, su estado de ánimo y su calidad de vida en relación con su dolor?</translation>
    </message>
    <message>
        <source>Overall change: %1</source>
        <translation>Cambio general: %1</translation>
    </message>
</context>
<context>
    <name>ChipPicker</name>
    <message>
        <source>Show fewer</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Mostrar los %1</translation>
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
        <translation>Pulse otra vez para confirmar</translation>
    </message>
</context>
<context>
    <name>CountersCard</name>
    <message>
        <source>What you did</source>
        <translation>Lo que hizo</translation>
    </message>
    <message>
        <source>One tap logs it, %1. A mistake can be undone in the day&apos;s log below.</source>
        <translation>Un toque lo registra, %1. Un error se puede deshacer en el registro del día, más abajo.</translation>
    </message>
    <message>
        <source>One tap logs it. A mistake can be undone in the day&apos;s log below.</source>
        <translation>Un toque lo registra. Un error se puede deshacer en el registro del día, más abajo.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Tried something for the pain</source>
        <translation>Probó algo contra el dolor</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>Registrar %1</translation>
    </message>
    <message>
        <source>%1 logged</source>
        <translation>%1 registrado</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>Bebidas</translation>
    </message>
    <message>
        <source>+1 glass of water</source>
        <translation>+1 vaso de agua</translation>
    </message>
    <message>
        <source>Log one glass of water or other fluid</source>
        <translation>Registrar un vaso de agua u otro líquido</translation>
    </message>
    <message>
        <source>One glass of water logged</source>
        <translation>Un vaso de agua registrado</translation>
    </message>
    <message>
        <source>+1 alcoholic drink</source>
        <translation>+1 bebida alcohólica</translation>
    </message>
    <message>
        <source>Log one alcoholic drink</source>
        <translation>Registrar una bebida alcohólica</translation>
    </message>
    <message>
        <source>One alcoholic drink logged</source>
        <translation>Una bebida alcohólica registrada</translation>
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
        <translation>Calambre o espasmo</translation>
    </message>
    <message>
        <source>Choose where the cramp is first.</source>
        <translation>Elija primero dónde tiene el calambre.</translation>
    </message>
    <message>
        <source>Cramp logged %1.</source>
        <translation>Calambre registrado %1.</translation>
    </message>
    <message>
        <source>Cramp logged.</source>
        <translation>Calambre registrado.</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>¿Dónde?</translation>
    </message>
    <message>
        <source>Cramp location</source>
        <translation>Lugar del calambre</translation>
    </message>
    <message>
        <source>About how long? (optional)</source>
        <translation>¿Cuánto duró, más o menos? (opcional)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Cramp minutes</source>
        <translation>Minutos de calambre</translation>
    </message>
    <message>
        <source>How bad, 0 to 10? (optional)</source>
        <translation>¿Cuánto, de 0 a 10? (opcional)</translation>
    </message>
    <message>
        <source>Cramp severity</source>
        <translation>Intensidad del calambre</translation>
    </message>
    <message>
        <source>Log cramp</source>
        <translation>Registrar calambre</translation>
    </message>
</context>
<context>
    <name>DayLogCard</name>
    <message>
        <source>Today&apos;s log</source>
        <translation>Registro de hoy</translation>
    </message>
    <message>
        <source>Nothing logged yet. Start with your pain score at the top of the page.</source>
        <translation>Aún no hay nada registrado. Empiece con su nivel de dolor, arriba en la página.</translation>
    </message>
    <message>
        <source>Saved. The earlier version stays in the journal&apos;s history.</source>
        <translation>Guardado. La versión anterior queda en el historial del diario.</translation>
    </message>
    <message>
        <source>Undone. It stays in the journal&apos;s history.</source>
        <translation>Deshecho. Queda en el historial del diario.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Close the editor of %1</source>
        <translation>Cerrar la edición de %1</translation>
    </message>
    <message>
        <source>Edit: %1 at %2</source>
        <translation>Editar: %1 a las %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo?</source>
        <translation>¿Deshacer?</translation>
    </message>
    <message>
        <source>Press again to remove %1</source>
        <translation>Pulse otra vez para quitar %1</translation>
    </message>
    <message>
        <source>Undo: %1 at %2</source>
        <translation>Deshacer: %1 a las %2</translation>
    </message>
</context>
<context>
    <name>DosesCard</name>
    <message>
        <source>Doses today</source>
        <translation>Dosis de hoy</translation>
    </message>
    <message>
        <source>%1 marked taken %2.</source>
        <translation>%1 marcado como tomado %2.</translation>
    </message>
    <message>
        <source>%1 marked taken.</source>
        <translation>%1 marcado como tomado.</translation>
    </message>
    <message>
        <source>%1 marked skipped.</source>
        <translation>%1 marcado como omitido.</translation>
    </message>
    <message>
        <source>%1 dose logged %2.</source>
        <translation>Dosis de %1 registrada %2.</translation>
    </message>
    <message>
        <source>%1 dose logged.</source>
        <translation>Dosis de %1 registrada.</translation>
    </message>
    <message>
        <source>Taken at %1</source>
        <translation>Tomada a las %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Taken late, at %1</source>
        <translation>Tomada tarde, a las %1</translation>
    </message>
    <message>
        <source>Taken late</source>
        <translation>Tomada tarde</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Olvidada</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Toca ahora</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Más tarde hoy</translation>
    </message>
    <message>
        <source>No doses were scheduled yesterday.</source>
        <translation>Ayer no había dosis programadas.</translation>
    </message>
    <message>
        <source>No doses to take today. Add your medications and their times on the Medications page, and they will appear here.</source>
        <translation>Hoy no hay dosis que tomar. Añada sus medicamentos y sus horas en la página Medicamentos y aparecerán aquí.</translation>
    </message>
    <message>
        <source>Go to Medications</source>
        <translation>Ir a Medicamentos</translation>
    </message>
    <message>
        <source>Due at %1. Taken %2?</source>
        <translation>Tocaba a las %1. ¿Tomada %2?</translation>
    </message>
    <message>
        <source>Due at %1. Taken now?</source>
        <translation>Tocaba a las %1. ¿La toma ahora?</translation>
    </message>
    <message>
        <source>Press again: %1 is due at %2. Mark it taken %3?</source>
        <translation>Pulse otra vez: %1 toca a las %2. ¿Marcarla como tomada %3?</translation>
    </message>
    <message>
        <source>Press again: %1 is due at %2. Mark it taken now?</source>
        <translation>Pulse otra vez: %1 toca a las %2. ¿Marcarla como tomada ahora?</translation>
    </message>
    <message>
        <source>Taken: %1 at %2</source>
        <translation>Tomada: %1 a las %2</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Registrado %1</translation>
    </message>
    <message>
        <source>Skipped: %1 at %2</source>
        <translation>Omitida: %1 a las %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo?</source>
        <translation>¿Deshacer?</translation>
    </message>
    <message>
        <source>Press again to undo %1 at %2</source>
        <translation>Pulse otra vez para deshacer %1 a las %2</translation>
    </message>
    <message>
        <source>Undo: %1 at %2</source>
        <translation>Deshacer: %1 a las %2</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Deshecho.</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Cuando lo necesite</translation>
    </message>
    <message>
        <source>Took a dose of %1</source>
        <translation>Tomé una dosis de %1</translation>
    </message>
    <message>
        <source>Another dose of %1?</source>
        <translation>¿Otra dosis de %1?</translation>
    </message>
    <message>
        <source>Press again to log another dose of %1</source>
        <translation>Pulse otra vez para registrar otra dosis de %1</translation>
    </message>
    <message>
        <source>Last dose today at %1</source>
        <translation>Última dosis de hoy a las %1</translation>
    </message>
    <message>
        <source>%1 last at %2</source>
        <translation>%1, última a las %2</translation>
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
        <translation>Hora (HH:MM)</translation>
    </message>
    <message>
        <source>Time of %1</source>
        <translation>Hora de %1</translation>
    </message>
    <message>
        <source>Pain score</source>
        <translation>Nivel de dolor</translation>
    </message>
    <message>
        <source>New pain score</source>
        <translation>Nuevo nivel de dolor</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>¿Dónde?</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What does it feel like?</source>
        <translation>¿Cómo lo siente?</translation>
    </message>
    <message>
        <source>Feels</source>
        <translation>Se siente</translation>
    </message>
    <message>
        <source>How bad, 0 to 10? (optional)</source>
        <translation>¿Cuánto, de 0 a 10? (opcional)</translation>
    </message>
    <message>
        <source>Cramp severity</source>
        <translation>Intensidad del calambre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>for example 10 mg</source>
        <translation>por ejemplo 10 mg</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Dose was</source>
        <translation>La dosis fue</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Efecto secundario</translation>
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
        <translation>Intenso</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Minutes (optional)</source>
        <translation>Minutos (opcional)</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>Bebidas</translation>
    </message>
    <message>
        <source>Glasses</source>
        <translation>Vasos</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Pain on average in the past week</source>
        <translation>Dolor promedio en la última semana</translation>
    </message>
    <message>
        <source>New PEG pain</source>
        <translation>Nuevo dolor PEG</translation>
    </message>
    <message>
        <source>Pain interfered with enjoyment of life</source>
        <translation>El dolor interfirió en el disfrute de la vida</translation>
    </message>
    <message>
        <source>New PEG enjoyment of life</source>
        <translation>Nuevo disfrute de la vida PEG</translation>
    </message>
    <message>
        <source>Pain interfered with general activity</source>
        <translation>El dolor interfirió en la actividad general</translation>
    </message>
    <message>
        <source>New PEG general activity</source>
        <translation>Nueva actividad general PEG</translation>
    </message>
    <message>
        <source>Hours slept</source>
        <translation>Horas de sueño</translation>
    </message>
    <message>
        <source>for example 7, 6.5 or 6h30</source>
        <translation>por ejemplo 7, 6.5 o 6h30</translation>
    </message>
    <message>
        <source>How well, 0 to 10? (optional)</source>
        <translation>¿Qué tal, de 0 a 10? (opcional)</translation>
    </message>
    <message>
        <source>New sleep quality</source>
        <translation>Nueva calidad del sueño</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Overall change</source>
        <translation>Cambio general</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the changes to %1</source>
        <translation>Guardar los cambios de %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel editing %1</source>
        <translation>Cancelar la edición de %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Descartar este mensaje</translation>
    </message>
</context>
<context>
    <name>FileChooserDialog</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Type a name for the file.</source>
        <translation>Escriba un nombre para el archivo.</translation>
    </message>
    <message>
        <source>Choose a file, or type its name.</source>
        <translation>Elija un archivo o escriba su nombre.</translation>
    </message>
    <message>
        <source>There is no file called “%1” in this folder.</source>
        <translation>No hay ningún archivo llamado «%1» en esta carpeta.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Up to the parent folder</source>
        <translation>Subir a la carpeta superior</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Carpeta %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Go to the Documents folder</source>
        <translation>Ir a la carpeta Documentos</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Carpeta personal</translation>
    </message>
    <message>
        <source>Go to the home folder</source>
        <translation>Ir a la carpeta personal</translation>
    </message>
    <message>
        <source>Files and folders in %1</source>
        <translation>Archivos y carpetas en %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Esta carpeta está vacía.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>a name for the new file</source>
        <translation>un nombre para el archivo nuevo</translation>
    </message>
    <message>
        <source>the file&apos;s name, or its full path</source>
        <translation>el nombre del archivo, o su ruta completa</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«%1» ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>Reemplazar %1</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Keep the existing file</source>
        <translation>Conservar el archivo existente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Use this folder</source>
        <translation>Usar esta carpeta</translation>
    </message>
    <message>
        <source>There is no folder called “%1” here.</source>
        <translation>Aquí no hay ninguna carpeta llamada «%1».</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>empty for the folder shown, or a folder&apos;s full path</source>
        <translation>vacío para la carpeta mostrada, o la ruta completa de una carpeta</translation>
    </message>
</context>
<context>
    <name>JournalOpener</name>
    <message>
        <source>Open another journal…</source>
        <translation>Abrir otro diario…</translation>
    </message>
    <message>
        <source>Open it read-only</source>
        <translation>Abrirlo en solo lectura</translation>
    </message>
    <message>
        <source>Look at a journal without changing it, for example as a caregiver</source>
        <translation>Ver un diario sin cambiarlo, por ejemplo como persona cuidadora</translation>
    </message>
    <message>
        <source>Open a journal read-only</source>
        <translation>Abrir un diario en solo lectura</translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation>Abrir un diario</translation>
    </message>
    <message>
        <source>Relief journals (.db)</source>
        <translation>Diarios de Relief (.db)</translation>
    </message>
    <message>
        <source>That journal could not be opened.</source>
        <translation>No se pudo abrir ese diario.</translation>
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
        <translation>Relief Journal (solo lectura)</translation>
    </message>
</context>
<context>
    <name>MedicationEditor</name>
    <message>
        <source>Stop %1</source>
        <translation>Dejar de tomar %1</translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation>Corregir %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>This medication is no longer in the list.</source>
        <translation>Este medicamento ya no está en la lista.</translation>
    </message>
    <message>
        <source>Type the times, for example 8:00, 20:00, or choose “Only when needed”.</source>
        <translation>Escriba las horas, por ejemplo 8:00, 20:00, o elija «Solo cuando lo necesite».</translation>
    </message>
    <message>
        <source>Recorded that %1 stops.</source>
        <translation>Se ha registrado que deja %1.</translation>
    </message>
    <message>
        <source>%1 corrected.</source>
        <translation>%1 corregido.</translation>
    </message>
    <message>
        <source>%1 changes from %2.</source>
        <translation>%1 cambia a partir del %2.</translation>
    </message>
    <message>
        <source>%1 changes from today.</source>
        <translation>%1 cambia a partir de hoy.</translation>
    </message>
    <message>
        <source>The change from %1 was taken back.</source>
        <translation>Se ha anulado el cambio del %1.</translation>
    </message>
    <message>
        <source>A correction applies to the whole medication, past days included: use it for a mistake made when it was added.</source>
        <translation>Una corrección se aplica a todo el medicamento, también a los días pasados: úsela para un error cometido al añadirlo.</translation>
    </message>
    <message>
        <source>The new dose or times apply from the day you give; the days before keep the earlier ones, so the journal stays right about them.</source>
        <translation>La nueva dosis o las nuevas horas se aplican desde el día que indique; los días anteriores conservan las de antes, para que el diario siga siendo correcto.</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>for example 10 mg</source>
        <translation>por ejemplo 10 mg</translation>
    </message>
    <message>
        <source>How do you take it?</source>
        <translation>¿Cómo lo toma?</translation>
    </message>
    <message>
        <source>At set times</source>
        <translation>A horas fijas</translation>
    </message>
    <message>
        <source>At set times, and more when needed</source>
        <translation>A horas fijas, y más cuando lo necesite</translation>
    </message>
    <message>
        <source>Only when needed</source>
        <translation>Solo cuando lo necesite</translation>
    </message>
    <message>
        <source>How it is taken</source>
        <translation>Cómo se toma</translation>
    </message>
    <message>
        <source>Times each day</source>
        <translation>Horas de cada día</translation>
    </message>
    <message>
        <source>for example 8:00, 20:00</source>
        <translation>por ejemplo 8:00, 20:00</translation>
    </message>
    <message>
        <source>From which day?</source>
        <translation>¿Desde qué día?</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty for today</source>
        <translation>AAAA-MM-DD; vacío para hoy</translation>
    </message>
    <message>
        <source>Correct a mistake instead…</source>
        <translation>Corregir un error en su lugar…</translation>
    </message>
    <message>
        <source>Correct a mistake in how %1 was added instead</source>
        <translation>Corregir en su lugar un error al añadir %1</translation>
    </message>
    <message>
        <source>Changes so far</source>
        <translation>Cambios hasta ahora</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>Desde el %1: %2</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Take it back?</source>
        <translation>¿Anularlo?</translation>
    </message>
    <message>
        <source>Press again to take back the change from %1</source>
        <translation>Pulse otra vez para anular el cambio del %1</translation>
    </message>
    <message>
        <source>Take back the change from %1</source>
        <translation>Anular el cambio del %1</translation>
    </message>
    <message>
        <source>Baclofen and tizanidine should not be stopped suddenly: ask your clinician for a plan.</source>
        <translation>El baclofeno y la tizanidina no deben dejarse de golpe: pida a su médico una pauta.</translation>
    </message>
    <message>
        <source>Last day you take it</source>
        <translation>Último día que lo toma</translation>
    </message>
    <message>
        <source>I am stopping on a taper plan from my clinician</source>
        <translation>Lo dejo con una pauta de reducción de mi médico</translation>
    </message>
    <message>
        <source>Record the stop</source>
        <translation>Registrar que lo deja</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Guardar la corrección</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Guardar el cambio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>MedicationRow</name>
    <message>
        <source>stopped</source>
        <translation>dejado</translation>
    </message>
    <message>
        <source>%1 · day %2</source>
        <translation>%1 · día %2</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Día %1</translation>
    </message>
    <message>
        <source>Change dose or times…</source>
        <translation>Cambiar dosis u horas…</translation>
    </message>
    <message>
        <source>Change the dose or times of %1</source>
        <translation>Cambiar la dosis o las horas de %1</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Dejar de tomar…</translation>
    </message>
    <message>
        <source>Record that %1 stops</source>
        <translation>Registrar que deja %1</translation>
    </message>
</context>
<context>
    <name>MedicationsPage</name>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>This journal is open read-only: the list cannot be changed.</source>
        <translation>Este diario está abierto en solo lectura: la lista no se puede cambiar.</translation>
    </message>
    <message>
        <source>No medications yet</source>
        <translation>Aún no hay medicamentos</translation>
    </message>
    <message>
        <source>This journal has no medications recorded.</source>
        <translation>Este diario no tiene medicamentos registrados.</translation>
    </message>
    <message>
        <source>Add the medicines you take below, with their times. The Today page then shows each dose when it is due, for Taken or Skipped in one tap.</source>
        <translation>Añada abajo los medicamentos que toma, con sus horas. La página Hoy le mostrará cada dosis cuando toque, para marcarla como tomada u omitida con un toque.</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Informe para la consulta</translation>
    </message>
    <message>
        <source>Profile &amp; settings</source>
        <translation>Perfil y ajustes</translation>
    </message>
    <message>
        <source>Relief Journal</source>
        <translation>Relief Journal</translation>
    </message>
    <message>
        <source>Journal file %1</source>
        <translation>Archivo del diario %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>This journal is open read-only</source>
        <translation>Este diario está abierto en solo lectura</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Dark mode</source>
        <translation>Modo oscuro</translation>
    </message>
    <message>
        <source>Open another journal…</source>
        <translation>Abrir otro diario…</translation>
    </message>
    <message>
        <source>%1, 1 current alert</source>
        <extracomment>For a screen reader: a page&apos;s name, then how many alerts are current.</extracomment>
        <translation>%1, 1 aviso actual</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n current alerts</source>
        <translation>
            <numerusform>%1, %n aviso actual</numerusform>
            <numerusform>%1, %n avisos actuales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <source>A note</source>
        <translation>Una nota</translation>
    </message>
    <message>
        <source>Type the note first.</source>
        <translation>Escriba primero la nota.</translation>
    </message>
    <message>
        <source>Note saved %1.</source>
        <translation>Nota guardada %1.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>How the day went, what helped, questions for your clinician…</source>
        <translation>Cómo fue el día, qué le ayudó, preguntas para su médico…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note</source>
        <translation>Ctrl+Intro guarda la nota</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
</context>
<context>
    <name>PainCard</name>
    <message>
        <source>How was your pain %1?</source>
        <translation>¿Cómo era su dolor %1?</translation>
    </message>
    <message>
        <source>How is your pain right now?</source>
        <translation>¿Cómo es su dolor ahora mismo?</translation>
    </message>
    <message>
        <source>0 is no pain, 10 is the worst you can imagine.</source>
        <translation>0 es sin dolor, 10 es el peor que pueda imaginar.</translation>
    </message>
    <message>
        <source>Choose a number from 0 to 10 first.</source>
        <translation>Elija primero un número del 0 al 10.</translation>
    </message>
    <message>
        <source>Pain %1 logged %2.</source>
        <translation>Dolor %1 registrado %2.</translation>
    </message>
    <message>
        <source>Pain %1 logged.</source>
        <translation>Dolor %1 registrado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a number to log your pain.</source>
        <translation>Elija un número para registrar su dolor.</translation>
    </message>
    <message>
        <source>Where? (optional, choose any)</source>
        <translation>¿Dónde? (opcional, elija los que quiera)</translation>
    </message>
    <message>
        <source>Pain location</source>
        <translation>Lugar del dolor</translation>
    </message>
    <message>
        <source>What does it feel like? (optional)</source>
        <translation>¿Cómo lo siente? (opcional)</translation>
    </message>
    <message>
        <source>Pain feels</source>
        <translation>El dolor se siente</translation>
    </message>
    <message>
        <source>Log pain</source>
        <translation>Registrar dolor</translation>
    </message>
    <message>
        <source>Log pain %1 %2</source>
        <translation>Registrar dolor %1 %2</translation>
    </message>
    <message>
        <source>Log pain %1</source>
        <translation>Registrar dolor %1</translation>
    </message>
    <message>
        <source>Choose a pain score first</source>
        <translation>Elija primero un nivel de dolor</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the pain choices</source>
        <translation>Borrar lo elegido sobre el dolor</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
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
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Set to %1.</source>
        <translation>Fijado en %1.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Fijar %1</translation>
    </message>
    <message>
        <source>Profile &amp; settings</source>
        <translation>Perfil y ajustes</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <source>All optional. The alerts use it, for example your conditions and age, to know what to look out for.</source>
        <translation>Todo es opcional. Los avisos lo usan, por ejemplo sus enfermedades y su edad, para saber a qué prestar atención.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>shown on the visit report</source>
        <translation>aparece en el informe para la consulta</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>for example 1961</source>
        <translation>por ejemplo 1961</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, for the visit report&apos;s header</source>
        <translation>AAAA-MM-DD, para el encabezado del informe</translation>
    </message>
    <message>
        <source>Patient number</source>
        <translation>Número de paciente</translation>
    </message>
    <message>
        <source>a hospital or insurance number, if your clinic asks for one</source>
        <translation>un número de hospital o de seguro, si su centro se lo pide</translation>
    </message>
    <message>
        <source>Kind of number</source>
        <translation>Tipo de número</translation>
    </message>
    <message>
        <source>for example: hospital number</source>
        <translation>por ejemplo: número de historia clínica</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Enfermedades</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Enfermedad</translation>
    </message>
    <message>
        <source>Other conditions</source>
        <translation>Otras enfermedades</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>separadas por comas</translation>
    </message>
    <message>
        <source>When did this pain or spasticity start?</source>
        <translation>¿Cuándo empezó este dolor o esta espasticidad?</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Zona horaria de casa</translation>
    </message>
    <message>
        <source>type a city, for example Berlin</source>
        <translation>escriba una ciudad, por ejemplo Madrid</translation>
    </message>
    <message>
        <source>Dose times are on this zone&apos;s clock.</source>
        <translation>Las horas de las dosis siguen el reloj de esta zona.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save my profile</source>
        <translation>Guardar mi perfil</translation>
    </message>
    <message>
        <source>Undo my changes</source>
        <translation>Deshacer mis cambios</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>One or two things you want to be able to do again, in your own words. The Today page asks each day whether you managed them.</source>
        <translation>Una o dos cosas que quiere volver a poder hacer, con sus propias palabras. La página Hoy le pregunta cada día si lo ha conseguido.</translation>
    </message>
    <message>
        <source>Added. The Today page asks about it from today.</source>
        <translation>Añadido. La página Hoy le pregunta por él desde hoy.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the goal %1</source>
        <translation>Quitar el objetivo %1</translation>
    </message>
    <message>
        <source>The days it was checked off stay in the journal</source>
        <translation>Los días en que lo cumplió se quedan en el diario</translation>
    </message>
    <message>
        <source>Removed. The days it was checked off stay in the journal.</source>
        <translation>Quitado. Los días en que lo cumplió se quedan en el diario.</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Aún no hay objetivos.</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>for example: walk the dog 20 minutes</source>
        <translation>por ejemplo: pasear al perro 20 minutos</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>At most %1 goals: remove one to add another.</source>
        <translation>Como máximo %1 objetivos: quite uno para añadir otro.</translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation>Umbrales de los avisos</translation>
    </message>
    <message>
        <source>When alerts are raised. Change these only after talking with your clinician.</source>
        <translation>Cuándo surgen los avisos. Cámbielos solo después de hablarlo con su médico.</translation>
    </message>
    <message>
        <source>No thresholds to show: open a journal first.</source>
        <translation>No hay umbrales que mostrar: abra primero un diario.</translation>
    </message>
    <message>
        <source>Hide the thresholds</source>
        <translation>Ocultar los umbrales</translation>
    </message>
    <message>
        <source>Show the %1 thresholds</source>
        <translation>Mostrar los %1 umbrales</translation>
    </message>
    <message>
        <source>Advanced: when each alert is raised</source>
        <translation>Avanzado: cuándo surge cada aviso</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>A notification when a scheduled dose is due, with Taken, Skip and Snooze, also while this window is closed. Your answer is logged in this journal.</source>
        <translation>Una notificación cuando toca una dosis programada, con Tomada, Omitir y Posponer, también con esta ventana cerrada. Su respuesta se registra en este diario.</translation>
    </message>
    <message>
        <source>Remind me when Relief Journal is closed</source>
        <translation>Recordarme cuando Relief Journal esté cerrado</translation>
    </message>
    <message>
        <source>Start reminders now</source>
        <translation>Iniciar los recordatorios ahora</translation>
    </message>
    <message>
        <source>Repeat an unanswered reminder every (minutes, 0 for never)</source>
        <translation>Repetir un recordatorio sin respuesta cada (minutos, 0 para nunca)</translation>
    </message>
    <message>
        <source>Repeats of one reminder, at most</source>
        <translation>Repeticiones de un recordatorio, como máximo</translation>
    </message>
    <message>
        <source>Heads-up before a dose (minutes, 0 for none)</source>
        <translation>Aviso previo antes de una dosis (minutos, 0 para ninguno)</translation>
    </message>
    <message>
        <source>Snooze for (minutes)</source>
        <translation>Posponer durante (minutos)</translation>
    </message>
    <message>
        <source>Quiet hours: no reminder sounds between these times</source>
        <translation>Horas de silencio: ningún recordatorio suena entre estas horas</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Silencio desde</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Silencio hasta</translation>
    </message>
    <message>
        <source>Set the quiet hours</source>
        <translation>Fijar las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet from %1 to %2.</source>
        <translation>Silencio de %1 a %2.</translation>
    </message>
    <message>
        <source>Hide medication names on screen (the reminder says “a dose is due”)</source>
        <translation>Ocultar los nombres de los medicamentos en pantalla (el recordatorio dice «toca una dosis»)</translation>
    </message>
    <message>
        <source>This journal</source>
        <translation>Este diario</translation>
    </message>
    <message>
        <source>Journal file %1</source>
        <translation>Archivo del diario %1</translation>
    </message>
    <message>
        <source>Open read-only: nothing can be changed.</source>
        <translation>Abierto en solo lectura: no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>Open for logging. Only you can read this file; keep a backup copy somewhere safe.</source>
        <translation>Abierto para registrar. Solo usted puede leer este archivo; guarde una copia de seguridad en un lugar seguro.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of this window, of alerts, reports and reminders. Reports can also be written in your clinician&apos;s language on the Report page.</source>
        <translation>El idioma de esta ventana, de los avisos, los informes y los recordatorios. En la página del informe, los informes también se pueden escribir en el idioma de su médico.</translation>
    </message>
    <message>
        <source>A notification when a scheduled dose of the journal you follow has not been logged an hour after its time, also while this window is closed.</source>
        <translation>Una notificación cuando una dosis programada del diario que usted sigue no se ha registrado una hora después de la hora prevista, también con esta ventana cerrada.</translation>
    </message>
    <message>
        <source>Tell me when a dose is not logged within an hour</source>
        <translation>Notificarme cuando una dosis no se registre en el plazo de una hora</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Keep this journal the same on your other computers, or let a caregiver follow it, through a folder that Syncthing, Nextcloud or a USB stick keeps in step. What goes there is encrypted; there is no account and no server.</source>
        <translation>Mantenga este diario igual en sus otros ordenadores, o deje que una persona cuidadora lo siga, mediante una carpeta que Syncthing, Nextcloud o una memoria USB mantienen sincronizada. Lo que se guarda allí va cifrado; no hay cuenta ni servidor.</translation>
    </message>
    <message>
        <source>Following the journal in %1 read-only, as “%2”.</source>
        <translation>Siguiendo en solo lectura el diario compartido en %1, como «%2».</translation>
    </message>
    <message>
        <source>Shared in %1 as “%2”.</source>
        <translation>Compartido en %1 como «%2».</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Sincronizado.</translation>
    </message>
    <message>
        <source>Hide the words</source>
        <translation>Ocultar las palabras</translation>
    </message>
    <message>
        <source>Show the words</source>
        <translation>Mostrar las palabras</translation>
    </message>
    <message>
        <source>The 16 words another device types to join</source>
        <translation>Las 16 palabras que otro dispositivo escribe para unirse</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Press again to stop sharing</source>
        <translation>Pulse otra vez para dejar de compartir</translation>
    </message>
    <message>
        <source>Stopped sharing. This journal keeps everything.</source>
        <translation>Ya no se comparte. Este diario lo conserva todo.</translation>
    </message>
    <message>
        <source>The share&apos;s words: %1</source>
        <translation>Las palabras del diario compartido: %1</translation>
    </message>
    <message>
        <source>Type these words on each device that joins. Keep them as you would a password.</source>
        <translation>Escriba estas palabras en cada dispositivo que se una. Guárdelas como guardaría una contraseña.</translation>
    </message>
    <message>
        <source>Open a journal for writing to share it.</source>
        <translation>Abra un diario con permiso de escritura para compartirlo.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Carpeta compartida</translation>
    </message>
    <message>
        <source>for example ~/Sync/relief</source>
        <translation>por ejemplo ~/Sync/relief</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Elegir la carpeta compartida</translation>
    </message>
    <message>
        <source>This device&apos;s name</source>
        <translation>Nombre de este dispositivo</translation>
    </message>
    <message>
        <source>How the other devices name this one: “Last change from laptop”.</source>
        <translation>Cómo llaman a este los otros dispositivos: «Último cambio desde portátil».</translation>
    </message>
    <message>
        <source>Share this journal</source>
        <translation>Compartir este diario</translation>
    </message>
    <message>
        <source>Shared. Write down the words above and type them on your other devices.</source>
        <translation>Compartido. Anote las palabras de arriba y escríbalas en sus otros dispositivos.</translation>
    </message>
    <message>
        <source>Or join a journal shared in that folder: its 16 words</source>
        <translation>O únase a un diario compartido en esa carpeta: sus 16 palabras</translation>
    </message>
    <message>
        <source>the words shown on the device that shared it</source>
        <translation>las palabras que muestra el dispositivo que lo compartió</translation>
    </message>
    <message>
        <source>Read-only: follow someone&apos;s journal as a caregiver (this journal must be new)</source>
        <translation>Solo lectura: seguir el diario de otra persona como persona cuidadora (este diario debe ser nuevo)</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Joined read-only. This window follows the shared journal.</source>
        <translation>Unido en solo lectura. Esta ventana sigue el diario compartido.</translation>
    </message>
    <message>
        <source>Joined. This journal now has the shared entries too.</source>
        <translation>Unido. Este diario ahora tiene también las entradas compartidas.</translation>
    </message>
    <message>
        <source>Folders (a shared one holds relief-share.json)</source>
        <translation>Carpetas (una compartida contiene relief-share.json)</translation>
    </message>
    <message>
        <source>Let a caregiver who follows this journal be told when a dose is not logged within an hour</source>
        <translation>Permitir que una persona cuidadora que sigue este diario reciba un aviso cuando una dosis no se registre en el plazo de una hora</translation>
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
        <translation>Documentos PDF (.pdf)</translation>
    </message>
    <message>
        <source>to print or bring along</source>
        <translation>para imprimir o llevar</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Web pages (.html)</source>
        <translation>Páginas web (.html)</translation>
    </message>
    <message>
        <source>to open in a browser or email</source>
        <translation>para abrir en un navegador o enviar por correo</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Spreadsheets (.csv)</source>
        <translation>Hojas de cálculo (.csv)</translation>
    </message>
    <message>
        <source>every entry, for a spreadsheet</source>
        <translation>todas las entradas, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>FHIR</source>
        <translation>FHIR</translation>
    </message>
    <message>
        <source>FHIR bundles (.json)</source>
        <translation>Paquetes FHIR (.json)</translation>
    </message>
    <message>
        <source>for a clinic&apos;s health record system</source>
        <translation>para el sistema de historia clínica de un centro</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Informe para la consulta</translation>
    </message>
    <message>
        <source>A short summary for your clinician: how your pain changed, how the doses went, side effects, alerts and your questions.</source>
        <translation>Un resumen breve para su médico: cómo cambió su dolor, cómo fueron las dosis, los efectos secundarios, los avisos y sus preguntas.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last visit: %1</source>
        <translation>Última consulta: %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Since last visit</source>
        <translation>Desde la última consulta</translation>
    </message>
    <message>
        <source>Set the period to since the last visit</source>
        <translation>Fijar el periodo desde la última consulta</translation>
    </message>
    <message>
        <source>What the report will say</source>
        <translation>Lo que dirá el informe</translation>
    </message>
    <message>
        <source>Nothing to report for this period yet. Log on the Today page and the summary appears here.</source>
        <translation>Aún no hay nada que informar en este periodo. Registre en la página Hoy y el resumen aparecerá aquí.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Choose where to save it. Nothing is sent anywhere.</source>
        <translation>Elija dónde guardarlo. No se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Save as %1…</source>
        <translation>Guardar como %1…</translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation>Después de la consulta</translation>
    </message>
    <message>
        <source>Recording the visit starts the next report&apos;s period from today.</source>
        <translation>Al registrar la consulta, el periodo del próximo informe empieza hoy.</translation>
    </message>
    <message>
        <source>Record a visit today</source>
        <translation>Registrar una consulta hoy</translation>
    </message>
    <message>
        <source>Press again to record today&apos;s visit</source>
        <translation>Pulse otra vez para registrar la consulta de hoy</translation>
    </message>
    <message>
        <source>Visit recorded. The next report starts from today.</source>
        <translation>Consulta registrada. El próximo informe empieza hoy.</translation>
    </message>
    <message>
        <source>Save the visit report as %1</source>
        <translation>Guardar el informe para la consulta como %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>Write the report in your clinician&apos;s language; this window keeps its own.</source>
        <translation>Escriba el informe en el idioma de su médico; esta ventana mantiene el suyo.</translation>
    </message>
</context>
<context>
    <name>SideEffectCard</name>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>Noticed something since your last dose? Choose it, then how bad it is.</source>
        <translation>¿Ha notado algo desde su última dosis? Elíjalo y luego indique su intensidad.</translation>
    </message>
    <message>
        <source>Choose a side effect first.</source>
        <translation>Elija primero un efecto secundario.</translation>
    </message>
    <message>
        <source>Choose how bad it is: mild, moderate or severe.</source>
        <translation>Elija su intensidad: leve, moderado o intenso.</translation>
    </message>
    <message>
        <source>%1 logged %2.</source>
        <translation>%1 registrado %2.</translation>
    </message>
    <message>
        <source>%1 logged.</source>
        <translation>%1 registrado.</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Efecto secundario</translation>
    </message>
    <message>
        <source>How bad?</source>
        <translation>¿Cuánto?</translation>
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
        <translation>Intenso</translation>
    </message>
    <message>
        <source>Side effect severity</source>
        <translation>Intensidad del efecto secundario</translation>
    </message>
    <message>
        <source>Log side effect</source>
        <translation>Registrar efecto secundario</translation>
    </message>
    <message>
        <source>Choose how bad it is.</source>
        <translation>Elija su intensidad.</translation>
    </message>
</context>
<context>
    <name>SuggestField</name>
    <message>
        <source>Suggestions for %1</source>
        <translation>Sugerencias para %1</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion; use the arrow keys</source>
        <translation>
            <numerusform>%n sugerencia; use las flechas</numerusform>
            <numerusform>%n sugerencias; use las flechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions; use the arrow keys</source>
        <translation>
            <numerusform>%n sugerencia; use las flechas</numerusform>
            <numerusform>%n sugerencias; use las flechas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SymptomCard</name>
    <message>
        <source>A symptom</source>
        <translation>Un síntoma</translation>
    </message>
    <message>
        <source>Type the symptom first, for example dizziness.</source>
        <translation>Escriba primero el síntoma, por ejemplo mareo.</translation>
    </message>
    <message>
        <source>Symptom logged %1.</source>
        <translation>Síntoma registrado %1.</translation>
    </message>
    <message>
        <source>Symptom logged.</source>
        <translation>Síntoma registrado.</translation>
    </message>
    <message>
        <source>What did you notice?</source>
        <translation>¿Qué notó?</translation>
    </message>
    <message>
        <source>for example: fever, leg weakness, numbness</source>
        <translation>por ejemplo: fiebre, debilidad en las piernas, entumecimiento</translation>
    </message>
    <message>
        <source>For anything sudden or severe, call your clinician or emergency services: the journal does not alert anyone.</source>
        <translation>Ante algo repentino o grave, llame a su médico o a urgencias: el diario no avisa a nadie.</translation>
    </message>
    <message>
        <source>Log symptom</source>
        <translation>Registrar síntoma</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>This journal is open read-only: you can look at everything, but not log or undo. To log, open your own journal with “Open another journal…”.</source>
        <translation>Este diario está abierto en solo lectura: puede verlo todo, pero no registrar ni deshacer. Para registrar, abra su propio diario con «Abrir otro diario…».</translation>
    </message>
    <message>
        <source>A dose is due now.</source>
        <translation>Ahora toca una dosis.</translation>
    </message>
    <message>
        <source>Nothing is due now. Next: %1.</source>
        <translation>Ahora no toca nada. Siguiente: %1.</translation>
    </message>
    <message>
        <source>No more doses scheduled today.</source>
        <translation>No hay más dosis programadas hoy.</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Mostrarla</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrarlas</translation>
    </message>
    <message>
        <source>Show the doses that are due</source>
        <translation>Mostrar las dosis que tocan</translation>
    </message>
    <message>
        <source>Doses yesterday</source>
        <translation>Dosis de ayer</translation>
    </message>
    <message>
        <source>Doses today</source>
        <translation>Dosis de hoy</translation>
    </message>
    <message>
        <source>Yesterday&apos;s log</source>
        <translation>Registro de ayer</translation>
    </message>
    <message>
        <source>Today&apos;s log</source>
        <translation>Registro de hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n doses are due now.</source>
        <translation>
            <numerusform>Ahora toca %n dosis.</numerusform>
            <numerusform>Ahora tocan %n dosis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 semanas</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 semanas</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>Show the last</source>
        <translation>Mostrar los últimos</translation>
    </message>
    <message>
        <source>Chart of pain, function (PEG, sleep, goals) and doses</source>
        <translation>Gráfico del dolor, la función (PEG, sueño, objetivos) y las dosis</translation>
    </message>
    <message>
        <source>Chart of pain and doses</source>
        <translation>Gráfico del dolor y las dosis</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>Aún no hay nada que mostrar en el gráfico</translation>
    </message>
    <message>
        <source>Log your pain and doses on the Today page. After a few days, this page shows how they change together.</source>
        <translation>Registre su dolor y sus dosis en la página Hoy. Tras unos días, esta página muestra cómo cambian juntos.</translation>
    </message>
    <message>
        <source>Go to Today</source>
        <translation>Ir a Hoy</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Relief Journal</source>
        <translation>Le damos la bienvenida a Relief Journal</translation>
    </message>
    <message>
        <source>A private journal for pain, muscle relaxant doses and side effects. Log in a tap or two; before a visit, print a short report for your clinician. Everything stays in one file on this computer.</source>
        <translation>Un diario privado para el dolor, las dosis de relajantes musculares y los efectos secundarios. Registre con uno o dos toques; antes de una consulta, imprima un informe breve para su médico. Todo se queda en un archivo en este ordenador.</translation>
    </message>
    <message>
        <source>Start my journal</source>
        <translation>Empezar mi diario</translation>
    </message>
    <message>
        <source>It will be saved at %1</source>
        <translation>Se guardará en %1</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>type a city, for example Berlin</source>
        <translation>escriba una ciudad, por ejemplo Madrid</translation>
    </message>
    <message>
        <source>Dose times are on this zone&apos;s clock. It is usually right as it is.</source>
        <translation>Las horas de las dosis siguen el reloj de esta zona. Normalmente ya es la correcta.</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>Crear mi diario</translation>
    </message>
    <message>
        <source>The journal could not be created.</source>
        <translation>No se pudo crear el diario.</translation>
    </message>
    <message>
        <source>Already have a journal?</source>
        <translation>¿Ya tiene un diario?</translation>
    </message>
    <message>
        <source>Open it from a file, for example a copy from another computer, or a relative&apos;s journal read-only.</source>
        <translation>Ábralo desde un archivo, por ejemplo una copia de otro ordenador, o el diario de un familiar en solo lectura.</translation>
    </message>
    <message>
        <source>Open an existing journal…</source>
        <translation>Abrir un diario existente…</translation>
    </message>
    <message>
        <source>Just looking?</source>
        <translation>¿Solo quiere echar un vistazo?</translation>
    </message>
    <message>
        <source>The demo journal is a made-up person&apos;s last few weeks. Nothing you do there touches your own journal.</source>
        <translation>El diario de demostración son las últimas semanas de una persona inventada. Nada de lo que haga ahí afecta a su propio diario.</translation>
    </message>
    <message>
        <source>Try the demo journal</source>
        <translation>Probar el diario de demostración</translation>
    </message>
    <message>
        <source>The demo could not be opened.</source>
        <translation>No se pudo abrir la demostración.</translation>
    </message>
</context>
<context>
    <name>WhenBar</name>
    <message>
        <source>Type the time it happened at the top of the page, or choose “Now”.</source>
        <translation>Escriba arriba en la página la hora a la que ocurrió, o elija «Ahora».</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>a las %1</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>¿Cuándo ocurrió?</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Earlier today</source>
        <translation>Antes, hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Cuándo ocurrió</translation>
    </message>
    <message>
        <source>Time yesterday (HH:MM)</source>
        <translation>Hora de ayer (HH:MM)</translation>
    </message>
    <message>
        <source>Time today (HH:MM)</source>
        <translation>Hora de hoy (HH:MM)</translation>
    </message>
    <message>
        <source>for example 14:05</source>
        <translation>por ejemplo 14:05</translation>
    </message>
    <message>
        <source>Everything you log on this page is recorded at this time until you choose “Now” again.</source>
        <translation>Todo lo que registre en esta página se guarda con esta hora hasta que vuelva a elegir «Ahora».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>option &apos;--lang&apos;: &apos;%1&apos; is not a language Relief Journal speaks; use one of: %2</source>
        <translation>opción «--lang»: «%1» no es un idioma que Relief Journal hable; use uno de estos: %2</translation>
    </message>
    <message>
        <source>Relief Journal: a private journal of pain, muscle relaxants and what helps.</source>
        <translation>Relief Journal: un diario privado del dolor, los relajantes musculares y lo que ayuda.</translation>
    </message>
    <message>
        <source>The journal file to open (default: your own journal).</source>
        <translation>El archivo del diario que se abre (por defecto: su propio diario).</translation>
    </message>
    <message>
        <source>Open the journal read-only (a caregiver&apos;s view).</source>
        <translation>Abrir el diario en solo lectura (la vista de una persona cuidadora).</translation>
    </message>
    <message>
        <source>Load every page with a temporary demo journal; exit 1 on any QML warning.</source>
        <translation>Cargar cada página con un diario de demostración temporal; salir con 1 ante cualquier advertencia de QML.</translation>
    </message>
    <message>
        <source>Save a PNG of every page to DIR and exit (of FILE read-only if given, else of demo data).</source>
        <translation>Guardar un PNG de cada página en DIR y salir (de FILE en solo lectura si se indica; si no, de datos de demostración).</translation>
    </message>
    <message>
        <source>Act as if today were this day.</source>
        <translation>Actuar como si hoy fuera este día.</translation>
    </message>
    <message>
        <source>Window size for --screenshots (default 1280x800).</source>
        <translation>Tamaño de la ventana para --screenshots (por defecto 1280x800).</translation>
    </message>
    <message>
        <source>Print when the first frame was shown (nanoseconds since the epoch) and quit (bench/run.sh).</source>
        <translation>Mostrar cuándo se dibujó el primer fotograma (nanosegundos desde la época) y salir (bench/run.sh).</translation>
    </message>
    <message>
        <source>The language of the window: en, es or de (default: the one chosen in Profile &amp; settings, else the system&apos;s).</source>
        <translation>El idioma de la ventana: en, es o de (por defecto: el elegido en Perfil y ajustes; si no, el del sistema).</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>no se puede crear una carpeta temporal</translation>
    </message>
    <message>
        <source>--size must be at least 800x600</source>
        <translation>--size debe ser al menos 800x600</translation>
    </message>
    <message>
        <source>Print how long each page switch and each logged entry takes to show.</source>
        <translation>Muestra cuánto tarda en verse cada cambio de página y cada entrada registrada.</translation>
    </message>
    <message>
        <source>--profile-tour needs a journal FILE (it writes to it)</source>
        <translation>--profile-tour necesita un FILE de diario (escribe en él)</translation>
    </message>
    <message>
        <source>With FILE: show every page twice, log five glasses of water and show every page again, printing the times (--profile), then quit (bench/run.sh; it writes to FILE).</source>
        <translation>Con FILE: muestra cada página dos veces, registra cinco vasos de agua y vuelve a mostrar cada página, imprimiendo los tiempos (--profile), y termina (bench/run.sh; escribe en FILE).</translation>
    </message>
</context>
<context>
    <name>relief::app::AlertsModel</name>
    <message>
        <source>Open a journal first.</source>
        <translation>Abra primero un diario.</translation>
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
        <translation>Abra primero un diario.</translation>
    </message>
    <message>
        <source>Undone: %1 at %2.</source>
        <translation>Deshecho: %1 a las %2.</translation>
    </message>
    <message>
        <source>Nothing logged in this window to undo.</source>
        <translation>No hay nada registrado en esta ventana que deshacer.</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Igual que el sistema (%1)</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>the time it happened, such as 14:05</source>
        <translation>la hora a la que ocurrió, por ejemplo 14:05</translation>
    </message>
    <message>
        <source>a time that has passed (it is now %1)</source>
        <translation>una hora que ya haya pasado (ahora son las %1)</translation>
    </message>
</context>
<context>
    <name>relief::app::CheckinsController</name>
    <message>
        <source>average pain</source>
        <translation>dolor promedio</translation>
    </message>
    <message>
        <source>enjoyment of life</source>
        <translation>disfrute de la vida</translation>
    </message>
    <message>
        <source>general activity</source>
        <translation>actividad general</translation>
    </message>
    <message>
        <source>Choose a number for each of the three questions first (still open: %1).</source>
        <translation>Elija primero un número para cada una de las tres preguntas (faltan: %1).</translation>
    </message>
    <message>
        <source>Type how long you slept first, such as 7, 6.5 or 6h30.</source>
        <translation>Escriba primero cuánto durmió, por ejemplo 7, 6.5 o 6h30.</translation>
    </message>
    <message>
        <source>Open a journal first.</source>
        <translation>Abra primero un diario.</translation>
    </message>
    <message>
        <source>Logged: %1.</source>
        <translation>Registrado: %1.</translation>
    </message>
    <message>
        <source>Logged: %1. Nothing else to check in today.</source>
        <translation>Registrado: %1. Hoy no queda nada más por responder.</translation>
    </message>
    <message>
        <source>hours slept</source>
        <translation>horas de sueño</translation>
    </message>
</context>
<context>
    <name>relief::app::DoseSlotsModel</name>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 a las %3</translation>
    </message>
    <message>
        <source>That dose is no longer listed.</source>
        <translation>Esa dosis ya no está en la lista.</translation>
    </message>
    <message>
        <source>Urgent: %1</source>
        <translation>Urgente: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Nothing was logged for this dose.</source>
        <translation>No se registró nada para esta dosis.</translation>
    </message>
    <message>
        <source>Open a journal first.</source>
        <translation>Abra primero un diario.</translation>
    </message>
    <message>
        <source>%1 is not one of your medications.</source>
        <translation>%1 no es uno de sus medicamentos.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
</context>
<context>
    <name>relief::app::FileChooserModel</name>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
</context>
<context>
    <name>relief::app::MedicationsModel</name>
    <message>
        <source>Does %1 contain acetaminophen (paracetamol, APAP)? Many pain relievers and cold medicines do, and Relief Journal cannot count what it does not know. Check the label or ask your pharmacist; if it is Percocet, Norco, Vicodin, Ultracet, Tylenol PM, NyQuil or Excedrin, add it under that name instead.</source>
        <translation>¿Contiene %1 paracetamol (acetaminofén, APAP)? Muchos analgésicos y antigripales lo contienen, y Relief Journal no puede contar lo que no conoce. Mire el prospecto o pregunte en la farmacia; si es Percocet, Norco, Vicodin, Ultracet, Tylenol PM, NyQuil o Excedrin, añádalo mejor con ese nombre.</translation>
    </message>
    <message>
        <source>Open a journal first.</source>
        <translation>Abra primero un diario.</translation>
    </message>
    <message>
        <source>That medication is no longer listed.</source>
        <translation>Ese medicamento ya no está en la lista.</translation>
    </message>
    <message>
        <source>%1; at most %2 a day</source>
        <extracomment>A prescription (for example &quot;10 mg at 08:00, 20:00&quot;), then the most allowed in a day.</extracomment>
        <translation>%1; como máximo %2 al día</translation>
    </message>
    <message>
        <source>first day of the change</source>
        <translation>primer día del cambio</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>último día</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>from %1 to %2 (taper plan)</source>
        <translation>del %1 al %2 (pauta de reducción)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>%1 (extended release): %2</source>
        <extracomment>A medicine&apos;s ingredient (for example &quot;cyclobenzaprine&quot;), then what kind of medicine it is.</extracomment>
        <translation>%1 (liberación prolongada): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (extended release): %2; label maximum %3 a day</source>
        <extracomment>A medicine&apos;s ingredient, what kind of medicine it is, then the most its label allows in a day.</extracomment>
        <translation>%1 (liberación prolongada): %2; máximo según el prospecto %3 al día</translation>
    </message>
    <message>
        <source>%1: %2; label maximum %3 a day</source>
        <translation>%1: %2; máximo según el prospecto %3 al día</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>primer día</translation>
    </message>
    <message>
        <source>today or a day before (it is %1)</source>
        <translation>hoy o un día anterior (hoy es %1)</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dosis</translation>
    </message>
    <message>
        <source>times</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>stop day</source>
        <translation>día en que lo deja</translation>
    </message>
</context>
<context>
    <name>relief::app::ProfileController</name>
    <message>
        <source>Open a journal first.</source>
        <translation>Abra primero un diario.</translation>
    </message>
    <message>
        <source>%1 is not possible here: %2.</source>
        <translation>%1 no es posible aquí: %2.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>número de paciente</translation>
    </message>
    <message>
        <source>kind of number</source>
        <translation>tipo de número</translation>
    </message>
    <message>
        <source>onset</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>relief::app::RemindersController</name>
    <message>
        <source>%1 is not possible here: %2.</source>
        <translation>%1 no es posible aquí: %2.</translation>
    </message>
    <message>
        <source>Open a journal to set its reminders.</source>
        <translation>Abra un diario para ajustar sus recordatorios.</translation>
    </message>
    <message>
        <source>This desktop has no session bus (D-Bus): reminders cannot be shown while the window is closed. The Today page still shows what is due; nothing is lost.</source>
        <translation>Este escritorio no tiene bus de sesión (D-Bus): no se pueden mostrar recordatorios con la ventana cerrada. La página Hoy sigue mostrando lo que toca; no se pierde nada.</translation>
    </message>
    <message>
        <source>This desktop has no notification service: reminders cannot be shown. The Today page still shows what is due; nothing is lost.</source>
        <translation>Este escritorio no tiene servicio de notificaciones: no se pueden mostrar recordatorios. La página Hoy sigue mostrando lo que toca; no se pierde nada.</translation>
    </message>
    <message>
        <source>Reminders are on for this journal. It is open read-only, so only the person who keeps it can change them.</source>
        <translation>Los recordatorios están activados para este diario. Está abierto en solo lectura, así que solo la persona que lo lleva puede cambiarlos.</translation>
    </message>
    <message>
        <source>Reminders are off for this journal. It is open read-only, so only the person who keeps it can change them.</source>
        <translation>Los recordatorios están desactivados para este diario. Está abierto en solo lectura, así que solo la persona que lo lleva puede cambiarlos.</translation>
    </message>
    <message>
        <source>Reminders are off on this computer: the journal asks for them, but nothing starts them here. Switch them on to start them.</source>
        <translation>Los recordatorios están desactivados en este ordenador: el diario los pide, pero aquí nada los inicia. Actívelos para iniciarlos.</translation>
    </message>
    <message>
        <source>Reminders are off. The Today page shows what is due while the window is open.</source>
        <translation>Los recordatorios están desactivados. La página Hoy muestra lo que toca mientras la ventana está abierta.</translation>
    </message>
    <message>
        <source>Reminders are on, but the reminder service is not running. It starts when you next log in, or now with “Start reminders now”.</source>
        <translation>Los recordatorios están activados, pero el servicio de recordatorios no está en marcha. Se inicia la próxima vez que inicie sesión, o ahora con «Iniciar los recordatorios ahora».</translation>
    </message>
    <message>
        <source>Reminders are on. No scheduled dose is coming up in the next day.</source>
        <translation>Los recordatorios están activados. No hay ninguna dosis programada en el próximo día.</translation>
    </message>
    <message>
        <source>Reminders are on: the next one is at %1.</source>
        <translation>Los recordatorios están activados: el siguiente es a las %1.</translation>
    </message>
    <message>
        <source>Reminders are on.</source>
        <translation>Los recordatorios están activados.</translation>
    </message>
    <message>
        <source>Open a journal first.</source>
        <translation>Abra primero un diario.</translation>
    </message>
    <message>
        <source>The reminder service could not be started now; it starts when you next log in.</source>
        <translation>No se pudo iniciar ahora el servicio de recordatorios; se iniciará la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>The reminder service (relief-reminders) is neither beside Relief Journal nor on the PATH, so reminders cannot be switched on. Reinstall Relief Journal.</source>
        <translation>El servicio de recordatorios (relief-reminders) no está junto a Relief Journal ni en el PATH, así que no se pueden activar los recordatorios. Vuelva a instalar Relief Journal.</translation>
    </message>
    <message>
        <source>Use the switch to turn reminders on or off.</source>
        <translation>Use el interruptor para activar o desactivar los recordatorios.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>A value a person typed, quoted.</extracomment>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Quiet hours hold it back until they end.</source>
        <translation>Las horas de silencio lo retienen hasta que terminen.</translation>
    </message>
    <message numerus="yes">
        <source>%n dose is due and not logged yet; the Today page has it.</source>
        <translation>
            <numerusform>Toca %n dosis que aún no está registrada; está en la página Hoy.</numerusform>
            <numerusform>Tocan %n dosis que aún no están registradas; están en la página Hoy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses are due and not logged yet; the Today page has them.</source>
        <translation>
            <numerusform>Toca %n dosis que aún no está registrada; está en la página Hoy.</numerusform>
            <numerusform>Tocan %n dosis que aún no están registradas; están en la página Hoy.</numerusform>
        </translation>
    </message>
    <message>
        <source>On: you are told when a scheduled dose has not been logged an hour after its time, also while this window is closed.</source>
        <translation>Activado: recibe una notificación cuando una dosis programada no se ha registrado una hora después de la hora prevista, también con esta ventana cerrada.</translation>
    </message>
    <message>
        <source>On, but the reminder service is not running. It starts when you next log in, or now with “Start reminders now”.</source>
        <translation>Activado, pero el servicio de recordatorios no está en marcha. Se inicia la próxima vez que inicie sesión, o ahora con «Iniciar los recordatorios ahora».</translation>
    </message>
    <message>
        <source>Off. Switch it on to be told when a scheduled dose has not been logged an hour after its time.</source>
        <translation>Desactivado. Actívelo para recibir una notificación cuando una dosis programada no se haya registrado una hora después de la hora prevista.</translation>
    </message>
    <message>
        <source>The person who keeps this journal has not asked for it yet: nothing is shown until they do, in their Sharing settings.</source>
        <translation>La persona que lleva este diario aún no lo ha pedido: no se mostrará nada hasta que lo haga en sus ajustes de Compartir.</translation>
    </message>
</context>
<context>
    <name>relief::app::ReportController</name>
    <message>
        <source>Give both days as YYYY-MM-DD.</source>
        <translation>Indique los dos días como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <source>No alerts are current at the end of this period.</source>
        <translation>No hay avisos actuales al final de este periodo.</translation>
    </message>
    <message>
        <source>Question to ask: %1</source>
        <translation>Pregunta para hacer: %1</translation>
    </message>
    <message>
        <source>Open a journal first.</source>
        <translation>Abra primero un diario.</translation>
    </message>
    <message>
        <source>Unknown format %1: choose PDF, HTML, CSV or FHIR.</source>
        <translation>Formato desconocido %1: elija PDF, HTML, CSV o FHIR.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert is current at the end of this period.</source>
        <translation>
            <numerusform>%n aviso está vigente al final de este periodo.</numerusform>
            <numerusform>%n avisos están vigentes al final de este periodo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alerts are current at the end of this period.</source>
        <translation>
            <numerusform>%n aviso está vigente al final de este periodo.</numerusform>
            <numerusform>%n avisos están vigentes al final de este periodo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert was resolved in this period.</source>
        <translation>
            <numerusform>%n aviso se resolvió en este periodo.</numerusform>
            <numerusform>%n avisos se resolvieron en este periodo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alerts were resolved in this period.</source>
        <translation>
            <numerusform>%n aviso se resolvió en este periodo.</numerusform>
            <numerusform>%n avisos se resolvieron en este periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Same as this window</source>
        <translation>Igual que esta ventana</translation>
    </message>
    <message>
        <source>from</source>
        <comment>the first day of the report&apos;s period</comment>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <comment>the last day of the report&apos;s period</comment>
        <translation>hasta</translation>
    </message>
</context>
<context>
    <name>relief::app::ShareController</name>
    <message>
        <source>Choose the folder your sync tool keeps in step first.</source>
        <translation>Elija primero la carpeta que su programa de sincronización mantiene al día.</translation>
    </message>
    <message>
        <source>Choose the shared folder first.</source>
        <translation>Elija primero la carpeta compartida.</translation>
    </message>
</context>
<context>
    <name>relief::app::TodayModel</name>
    <message>
        <source>Open a journal first.</source>
        <translation>Abra primero un diario.</translation>
    </message>
    <message>
        <source>That entry is no longer in the journal.</source>
        <translation>Esa entrada ya no está en el diario.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>a time that has passed</source>
        <translation>una hora que ya haya pasado</translation>
    </message>
</context>
<context>
    <name>relief::app::app_text</name>
    <message>
        <source>No pain scores logged in this period.</source>
        <translation>No hay niveles de dolor registrados en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough pain scores to show a change yet (%n day logged).</source>
        <translation>
            <numerusform>Aún no hay suficientes niveles de dolor para mostrar un cambio (%n día registrado).</numerusform>
            <numerusform>Aún no hay suficientes niveles de dolor para mostrar un cambio (%n días registrados).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough pain scores to show a change yet (%n days logged).</source>
        <translation>
            <numerusform>Aún no hay suficientes niveles de dolor para mostrar un cambio (%n día registrado).</numerusform>
            <numerusform>Aún no hay suficientes niveles de dolor para mostrar un cambio (%n días registrados).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain went down %1 points, from %2 to %3 (a clinically important improvement).</source>
        <translation>El dolor bajó %1 puntos, de %2 a %3 (una mejoría clínicamente importante).</translation>
    </message>
    <message>
        <source>Pain went up %1 points, from %2 to %3 (a clinically important improvement).</source>
        <translation>El dolor subió %1 puntos, de %2 a %3 (una mejoría clínicamente importante).</translation>
    </message>
    <message>
        <source>Pain stayed at %1 (a clinically important improvement).</source>
        <translation>El dolor se mantuvo en %1 (una mejoría clínicamente importante).</translation>
    </message>
    <message>
        <source>Pain went down %1 points, from %2 to %3.</source>
        <translation>El dolor bajó %1 puntos, de %2 a %3.</translation>
    </message>
    <message>
        <source>Pain went up %1 points, from %2 to %3.</source>
        <translation>El dolor subió %1 puntos, de %2 a %3.</translation>
    </message>
    <message>
        <source>Pain stayed at %1.</source>
        <translation>El dolor se mantuvo en %1.</translation>
    </message>
    <message>
        <source>%1: %2; %3 of %4 scheduled doses taken (%5 %).</source>
        <extracomment>A medication, its schedule, then how many of its scheduled doses were taken.</extracomment>
        <translation>%1: %2; %3 de %4 dosis programadas tomadas (%5 %).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>A medication, then its schedule.</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>The %1 %2 is not possible: it must be %3</source>
        <extracomment>The field (for example &quot;birth year&quot;), the value typed, then what the field allows.</extracomment>
        <translation>No es posible %2 como %1: debe ser %3</translation>
    </message>
    <message>
        <source>“the most a day of %1”</source>
        <extracomment>A setting put in words; %1 is a medicine&apos;s name.</extracomment>
        <translation>«lo máximo al día de %1»</translation>
    </message>
    <message>
        <source>%1 · came back once · resolved %2</source>
        <extracomment>The day an alert was raised, then how often it came back, then the day it was resolved.</extracomment>
        <translation>%1 · volvió una vez · resuelto el %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · came back %n times · resolved %2</source>
        <translation>
            <numerusform>%1 · volvió %n vez · resuelto el %2</numerusform>
            <numerusform>%1 · volvió %n veces · resuelto el %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · came back once</source>
        <translation>%1 · volvió una vez</translation>
    </message>
    <message numerus="yes">
        <source>%1 · came back %n times</source>
        <translation>
            <numerusform>%1 · volvió %n vez</numerusform>
            <numerusform>%1 · volvió %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · resolved %2</source>
        <translation>%1 · resuelto el %2</translation>
    </message>
</context>
</TS>
