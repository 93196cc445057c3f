<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>relief::reminders::Notifications</name>
    <message>
        <source>Open Relief Journal</source>
        <translation>Relief Journal öffnen</translation>
    </message>
</context>
<context>
    <name>relief::reminders::Tray</name>
    <message>
        <source>Nothing is due now.</source>
        <translation>Jetzt ist nichts fällig.</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>Jetzt fällig: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n doses are due now.</source>
        <translation>
            <numerusform>Jetzt ist %n Dosis fällig.</numerusform>
            <numerusform>Jetzt sind %n Dosen fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Eingenommen: %1</translation>
    </message>
    <message>
        <source>Open Relief Journal</source>
        <translation>Relief Journal öffnen</translation>
    </message>
</context>
<context>
    <name>relief::reminders::main</name>
    <message>
        <source>Relief Journal&apos;s reminders: a notification when a scheduled dose is due, with Taken, Skip and Snooze, while the app&apos;s window is closed. Runs until reminders are switched off in the journal.</source>
        <translation>Die Erinnerungen von Relief Journal: eine Benachrichtigung, wenn eine geplante Dosis fällig ist, mit „Eingenommen“, „Auslassen“ und „Später erinnern“, solange das Fenster der App geschlossen ist. Läuft, bis die Erinnerungen im Tagebuch ausgeschaltet werden.</translation>
    </message>
    <message>
        <source>The journal file (default: $RELIEF_JOURNAL, else your own journal).</source>
        <translation>Die Tagebuchdatei (Standard: $RELIEF_JOURNAL, sonst Ihr eigenes Tagebuch).</translation>
    </message>
    <message>
        <source>Remind on this zone&apos;s clock (default: the computer&apos;s zone).</source>
        <translation>Nach der Uhr dieser Zone erinnern (Standard: die Zone des Computers).</translation>
    </message>
    <message>
        <source>Plan and show once, then exit (for scripts and tests).</source>
        <translation>Einmal planen und anzeigen, dann beenden (für Skripte und Tests).</translation>
    </message>
    <message>
        <source>Read the time from FILE (tests only).</source>
        <translation>Die Uhrzeit aus FILE lesen (nur für Tests).</translation>
    </message>
    <message>
        <source>no journal at %1</source>
        <translation>kein Tagebuch unter %1</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no notifications; the window still shows what is due</source>
        <translation>kein D-Bus-Sitzungsbus, also keine Benachrichtigungen; das Fenster zeigt weiterhin, was fällig ist</translation>
    </message>
    <message>
        <source>no notification service on this desktop yet; waiting for one</source>
        <translation>noch kein Benachrichtigungsdienst in dieser Arbeitsumgebung; es wird auf einen gewartet</translation>
    </message>
</context>
</TS>
