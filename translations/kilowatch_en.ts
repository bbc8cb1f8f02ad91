<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppSettings</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalanceChartPanel</name>
    <message numerus="yes">
        <source>In this window: %n recharge(s), %1 in all.</source>
        <translation>
            <numerusform>In this window: %n recharge, %1 in all.</numerusform>
            <numerusform>In this window: %n recharges, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the usual spend the balance runs out on %1: %n day(s) left.</source>
        <translation>
            <numerusform>At the usual spend the balance runs out on %1: %n day left.</numerusform>
            <numerusform>At the usual spend the balance runs out on %1: %n days left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalanceChartView</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>duration in days</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration in hours</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration in minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvActions</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Fix them, or choose &quot;Skip bad rows&quot;.</source>
        <translation>
            <numerusform>Nothing was imported: %n row have errors. Fix them, or choose &quot;Skip bad rows&quot;.</numerusform>
            <numerusform>Nothing was imported: %n rows have errors. Fix them, or choose &quot;Skip bad rows&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recharge(s) found in the readings.</source>
        <translation>
            <numerusform>%n recharge found in the readings.</numerusform>
            <numerusform>%n recharges found in the readings.</numerusform>
        </translation>
    </message>
</context>
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
    <name>SettingDefinition</name>
    <message numerus="yes">
        <source>the value is %n characters long, far longer than any valid one</source>
        <translation>
            <numerusform>the value is %n characters long, far longer than any valid one</numerusform>
            <numerusform>the value is %n characters long, far longer than any valid one</numerusform>
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
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
</TS>
