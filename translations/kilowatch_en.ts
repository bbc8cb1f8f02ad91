<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FetchOutcome</name>
    <message numerus="yes">
        <source>The provider asks to slow down; next try in %n second(s).</source>
        <translation>
            <numerusform>The provider asks to slow down; next try in %n second.</numerusform>
            <numerusform>The provider asks to slow down; next try in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IngufuPayProvider</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message numerus="yes">
        <source>%1 has %n value(s); [%2] is not one of them.</source>
        <translation>
            <numerusform>%1 has %n value; [%2] is not one of them.</numerusform>
            <numerusform>%1 has %n values; [%2] is not one of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollScheduler</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusCard</name>
    <message numerus="yes">
        <source>Forecast after %n more day(s) of data.</source>
        <translation>
            <numerusform>Forecast after %n more day of data.</numerusform>
            <numerusform>Forecast after %n more days of data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Runs out on %1 (in %n day(s))</source>
        <translation>
            <numerusform>Runs out on %1 (in %n day)</numerusform>
            <numerusform>Runs out on %1 (in %n days)</numerusform>
        </translation>
    </message>
</context>
</TS>
