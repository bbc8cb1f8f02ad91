<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn">
<context>
    <name>CliApplication</name>
    <message>
        <source>Add a meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the meters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a meter and everything stored for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch from the providers once, or keep polling for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print stored readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a simulator meter with N days of history, fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or the options of one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kilowatch-cli [--database FILE] [--json] COMMAND [OPTIONS]

Kilowatch tracks prepaid electricity meters. Global options:
  --database FILE  the database (default: $%1, else %2)
  --json           print JSON instead of a table
  --help           show this help
  --version        show the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 the command failed, 2 wrong usage, 3 no keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run kilowatch-cli --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Usage: kilowatch-cli %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meter needs the name of a meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meter named &quot;%1&quot;; kilowatch-cli meter list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date and time like 2025-07-25T15:30:00+05:30, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider kind: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling interval in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone of the meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn below this balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meter add needs --name and --provider.
Usage: kilowatch-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval needs a whole number of seconds, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--low-balance needs an amount such as 500, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is not an option of the %2 provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 provider needs --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meter remove needs exactly one meter name.
Usage: kilowatch-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll only this meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch each meter once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep polling for this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poll needs either --once or --for SECONDS.
Usage: kilowatch-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for needs a number of seconds from 1 to 2592000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no meters yet; add one with kilowatch-cli meter add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First time (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time (exclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readings needs --meter NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be after --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulator meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of history ending now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the simulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulate needs --meter NAME and --days N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days needs a number from 1 to 3660, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kilowatch database or is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Kilowatch (schema %2; this version understands up to %3). It was not changed; please update Kilowatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the schema upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not configure the database (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoMeter</name>
    <message>
        <source>Demo meter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>Preparing 30 days of demo history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo meter ready: this is simulated data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FetchOutcome</name>
    <message>
        <source>New reading received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider repeated its last reading; nothing new yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider rejected the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider asks for a human check; open its website or app once, or enter readings by hand meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The provider asks to slow down; next try in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The provider asks to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s server reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent data Kilowatch cannot use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent an unusable value for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatters</name>
    <message>
        <source>%1 kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kilowatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterHealth</name>
    <message>
        <source>Up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider keeps repeating old data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterRepository</name>
    <message>
        <source>A meter needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meter name can have at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meter needs a provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; use an IANA name such as Asia/Kolkata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polling interval must be between 1 second and 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as INR, BDT or RWF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meter named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the meter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the meter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the meter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the meters: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollScheduler</name>
    <message>
        <source>This version of Kilowatch has no provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the reading time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <source>--%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs an http(s) address, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingRepository</name>
    <message>
        <source>Could not start writing readings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare writing readings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the reading of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the readings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the readings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatorBackfill</name>
    <message>
        <source>Only simulator meters can be filled with simulated history; &quot;%1&quot; uses the %2 provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of days must be between 1 and 3660.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has readings from seed %2; a different seed needs a new meter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatorProvider</name>
    <message>
        <source>The simulated server is having an outage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCard</name>
    <message>
        <source>Meter status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power source: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power source: %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reading %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageChartPanel</name>
    <message>
        <source>Interval in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals of the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this window: %1 from the grid, %2 from the generator, %3 spent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageChartView</name>
    <message>
        <source>Usage chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageSeriesQuery</name>
    <message>
        <source>The interval must be between %1 and %2 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grouping must be between %1 and %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the window must be after its start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kilowatch: a tracker for prepaid electricity meters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilowatch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
