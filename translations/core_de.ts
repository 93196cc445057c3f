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
</TS>
