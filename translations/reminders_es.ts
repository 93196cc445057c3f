<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>relief::reminders::Notifications</name>
    <message>
        <source>Open Relief Journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relief::reminders::Tray</name>
    <message>
        <source>Nothing is due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n doses are due now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Relief Journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relief::reminders::main</name>
    <message>
        <source>Relief Journal&apos;s reminders: a notification when a scheduled dose is due, with Taken, Skip and Snooze, while the app&apos;s window is closed. Runs until reminders are switched off in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file (default: $RELIEF_JOURNAL, else your own journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind on this zone&apos;s clock (default: the computer&apos;s zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and show once, then exit (for scripts and tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the time from FILE (tests only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no journal at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no notifications; the window still shows what is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no notification service on this desktop yet; waiting for one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
