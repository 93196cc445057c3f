<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>relief::reminders::Notifications</name>
    <message>
        <source>Open Relief Journal</source>
        <translation>Abrir Relief Journal</translation>
    </message>
</context>
<context>
    <name>relief::reminders::Tray</name>
    <message>
        <source>Nothing is due now.</source>
        <translation>Ahora no toca nada.</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>Toca ahora: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n doses are due now.</source>
        <translation>
            <numerusform>Ahora toca %n dosis.</numerusform>
            <numerusform>Ahora tocan %n dosis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Tomada: %1</translation>
    </message>
    <message>
        <source>Open Relief Journal</source>
        <translation>Abrir Relief Journal</translation>
    </message>
</context>
<context>
    <name>relief::reminders::main</name>
    <message>
        <source>Relief Journal&apos;s reminders: a notification when a scheduled dose is due, with Taken, Skip and Snooze, while the app&apos;s window is closed. Runs until reminders are switched off in the journal.</source>
        <translation>Los recordatorios de Relief Journal: una notificación cuando toca una dosis programada, con Tomada, Omitir y Posponer, mientras la ventana de la aplicación está cerrada. Funciona hasta que se desactivan los recordatorios en el diario.</translation>
    </message>
    <message>
        <source>The journal file (default: $RELIEF_JOURNAL, else your own journal).</source>
        <translation>El archivo del diario (por defecto: $RELIEF_JOURNAL; si no, su propio diario).</translation>
    </message>
    <message>
        <source>Remind on this zone&apos;s clock (default: the computer&apos;s zone).</source>
        <translation>Recordar según el reloj de esta zona (por defecto: la zona del ordenador).</translation>
    </message>
    <message>
        <source>Plan and show once, then exit (for scripts and tests).</source>
        <translation>Planificar y mostrar una vez, y salir (para scripts y pruebas).</translation>
    </message>
    <message>
        <source>Read the time from FILE (tests only).</source>
        <translation>Leer la hora de FILE (solo para pruebas).</translation>
    </message>
    <message>
        <source>no journal at %1</source>
        <translation>no hay ningún diario en %1</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no notifications; the window still shows what is due</source>
        <translation>no hay bus de sesión D-Bus, así que no hay notificaciones; la ventana sigue mostrando lo que toca</translation>
    </message>
    <message>
        <source>no notification service on this desktop yet; waiting for one</source>
        <translation>aún no hay servicio de notificaciones en este escritorio; esperando a que haya uno</translation>
    </message>
</context>
</TS>
