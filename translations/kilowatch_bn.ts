<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kilowatch</source>
        <translation>Kilowatch সম্পর্কে</translation>
    </message>
    <message>
        <source>A tracker for prepaid electricity meters: balance, usage and what a recharge buys, from every meter you have.</source>
        <translation>প্রিপেইড বিদ্যুৎ মিটারের জন্য একটি ট্র্যাকার: আপনার প্রতিটি মিটারের ব্যালেন্স, ব্যবহার আর একটি রিচার্জে কতটা বিদ্যুৎ পাওয়া যায়।</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>লাইসেন্স</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt সম্পর্কে(&amp;Q)</translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2 and QtKeychain %3; running on Qt %4.</source>
        <translation>সংস্করণ %1, Qt %2 ও QtKeychain %3 দিয়ে তৈরি; চলছে Qt %4-এ।</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Kilowatch uses the Qt libraries (Core, GUI, Widgets, Network, SQL, SVG) under the GNU Lesser General Public License version 3 (LGPL-3.0-only), and Qt Charts, which draws the usage charts, under the GNU General Public License version 3 (GPL-3.0-only); Qt Charts has no LGPL edition. Qt is Copyright (C) The Qt Company Ltd. and other contributors. Qt&apos;s source code is available from &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;; the Qt libraries Kilowatch loads can be replaced by other builds of the same version. The licence texts: &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;LGPL-3.0&lt;/a&gt;, &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0&lt;/a&gt;.</source>
        <translation>Kilowatch Qt লাইব্রেরিগুলো (Core, GUI, Widgets, Network, SQL, SVG) ব্যবহার করে GNU Lesser General Public License version 3 (LGPL-3.0-only)-এর অধীনে, আর ব্যবহারের চার্টগুলো আঁকে Qt Charts দিয়ে, যা GNU General Public License version 3 (GPL-3.0-only)-এর অধীনে; Qt Charts-এর কোনো LGPL সংস্করণ নেই। Qt-এর কপিরাইট (C) The Qt Company Ltd. ও অন্যান্য অবদানকারীদের। Qt-এর সোর্স কোড পাওয়া যাবে &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt; থেকে; Kilowatch যে Qt লাইব্রেরিগুলো লোড করে, সেগুলোর বদলে একই সংস্করণের অন্য বিল্ড ব্যবহার করা যায়। লাইসেন্সের পূর্ণ পাঠ: &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;LGPL-3.0&lt;/a&gt;, &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0&lt;/a&gt;।</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>Kilowatch keeps credentials in the operating system&apos;s keychain through QtKeychain, which is distributed under the BSD 2-Clause licence (BSD-2-Clause; its README calls it the Modified BSD License):</source>
        <translation>Kilowatch লগইন তথ্য রাখে অপারেটিং সিস্টেমের কিচেইনে, QtKeychain-এর মাধ্যমে; QtKeychain বিতরণ করা হয় BSD 2-Clause লাইসেন্সের অধীনে (BSD-2-Clause; এর README-তে একে Modified BSD License বলা হয়েছে):</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>The database engine, SQLite, is in the public domain.</source>
        <translation>ডেটাবেস ইঞ্জিন SQLite পাবলিক ডোমেইনে রয়েছে।</translation>
    </message>
    <message>
        <source>Kilowatch is free software under the GNU General Public License version 3 or later (GPL-3.0-or-later), which Qt Charts requires; it comes with no warranty. The licence text: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0&lt;/a&gt;.</source>
        <translation>Kilowatch একটি মুক্ত সফটওয়্যার, GNU General Public License সংস্করণ 3 বা তার পরবর্তী (GPL-3.0-or-later) লাইসেন্সের অধীনে, যা Qt Charts-এর জন্য প্রয়োজন; এর সঙ্গে কোনো ওয়ারেন্টি নেই। লাইসেন্সের পাঠ: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0&lt;/a&gt;।</translation>
    </message>
</context>
<context>
    <name>AddReadingDialog</name>
    <message>
        <source>Add reading to %1</source>
        <translation>%1-এ রিডিং যোগ করুন</translation>
    </message>
    <message>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>ব্যালেন্স</translation>
    </message>
    <message>
        <source>Grid counter</source>
        <translation>গ্রিডের কাউন্টার</translation>
    </message>
    <message>
        <source>Generator counter</source>
        <translation>জেনারেটরের কাউন্টার</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>সমস্যা</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>শেষবার: %1</translation>
    </message>
    <message>
        <source>leave empty if the meter does not show it</source>
        <translation>মিটারে না দেখালে খালি রাখুন</translation>
    </message>
    <message>
        <source>e.g. 1000</source>
        <translation>যেমন 1000</translation>
    </message>
    <message>
        <source>Type what the meter shows now, or at the time it was read.</source>
        <translation>মিটারে এখন যা দেখাচ্ছে, বা পড়ার সময় যা দেখিয়েছিল, তা লিখুন।</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>কখন(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Balance (%1):</source>
        <translation>ব্যালেন্স (%1)(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Grid counter (kWh):</source>
        <translation>গ্রিডের কাউন্টার (kWh)(&amp;G):</translation>
    </message>
    <message>
        <source>Ge&amp;nerator counter (kWh):</source>
        <translation>জেনারেটরের কাউন্টার (kWh)(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Add reading</source>
        <translation>রিডিং যোগ করুন(&amp;A)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Storing the reading…</source>
        <translation>রিডিংটি সংরক্ষণ করা হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>AlertEngine</name>
    <message>
        <source>It runs out around %1 (spending about %2 a day).</source>
        <translation>আনুমানিক %1 নাগাদ এটি শেষ হয়ে যাবে (দৈনিক খরচ প্রায় %2)।</translation>
    </message>
    <message>
        <source>Balance critical: %1</source>
        <translation>ব্যালেন্স গুরুতরভাবে কম: %1</translation>
    </message>
    <message>
        <source>Low balance: %1</source>
        <translation>ব্যালেন্স কম: %1</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>গুরুতর</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>সতর্কবার্তা</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>অজানা</translation>
    </message>
    <message>
        <source>The balance is %1, at or below your %2 level of %3.</source>
        <translation>ব্যালেন্স এখন %1, যা আপনার %2 সীমা %3-এর সমান বা তার নিচে।</translation>
    </message>
    <message>
        <source>The balance of %1 lasts about %2, within your %3 level of %4.</source>
        <translation>%1 ব্যালেন্সে আনুমানিক %2 চলবে, যা আপনার %3 সীমা %4-এর মধ্যে।</translation>
    </message>
    <message>
        <source>A recharge of %1 arrived at %2.</source>
        <translation>%2 সময়ে %1 রিচার্জ জমা হয়েছে।</translation>
    </message>
    <message>
        <source>The balance is now %1.</source>
        <translation>এখন ব্যালেন্স %1।</translation>
    </message>
    <message>
        <source>Recharge: %1</source>
        <translation>রিচার্জ: %1</translation>
    </message>
    <message>
        <source>Generator on: %1</source>
        <translation>জেনারেটর চালু: %1</translation>
    </message>
    <message>
        <source>The power comes from the generator since %1.</source>
        <translation>%1 থেকে জেনারেটরের বিদ্যুৎ চলছে।</translation>
    </message>
    <message>
        <source>The generator ran for %1 (%2 to %3): %4, %5</source>
        <translation>জেনারেটর %1 চলেছে (%2 থেকে %3): %4, %5</translation>
    </message>
    <message>
        <source>, %1 on average</source>
        <translation>, গড়ে %1</translation>
    </message>
    <message>
        <source>Generator off: %1</source>
        <translation>জেনারেটর বন্ধ: %1</translation>
    </message>
    <message>
        <source>High consumption: %1</source>
        <translation>বেশি ব্যবহার: %1</translation>
    </message>
    <message>
        <source>Today&apos;s use is %1, above your limit of %2.</source>
        <translation>আজকের ব্যবহার %1, যা আপনার সীমা %2-এর বেশি।</translation>
    </message>
    <message>
        <source>Today&apos;s spend is %1, above your limit of %2.</source>
        <translation>আজকের খরচ %1, যা আপনার সীমা %2-এর বেশি।</translation>
    </message>
    <message>
        <source>%1: grid %2 (%3), generator %4 (%5).</source>
        <translation>%1: গ্রিড %2 (%3), জেনারেটর %4 (%5)।</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>আজ</translation>
    </message>
    <message>
        <source>Month to date: grid %1 (%2), generator %3 (%4), %5 in all.</source>
        <translation>মাসের শুরু থেকে এ পর্যন্ত: গ্রিড %1 (%2), জেনারেটর %3 (%4), মোট %5।</translation>
    </message>
    <message>
        <source>Balance: %1.</source>
        <translation>ব্যালেন্স: %1।</translation>
    </message>
    <message>
        <source>(Sent late: Kilowatch was not running at %1.)</source>
        <translation>(দেরিতে পাঠানো হয়েছে: %1-এ Kilowatch চালু ছিল না।)</translation>
    </message>
    <message>
        <source>Daily summary: %1, %2</source>
        <translation>দৈনিক সারসংক্ষেপ: %1, %2</translation>
    </message>
    <message>
        <source>Human check needed: %1</source>
        <translation>মানব যাচাই প্রয়োজন: %1</translation>
    </message>
    <message>
        <source>The provider asks for a human check (a captcha) before it shows the balance of %1. Sign in on the provider&apos;s web site in a browser; Kilowatch tries again in an hour, never sooner.</source>
        <translation>%1-এর ব্যালেন্স দেখানোর আগে প্রদানকারী একটি মানব যাচাই (ক্যাপচা) চাইছে। ব্রাউজারে প্রদানকারীর ওয়েবসাইটে সাইন ইন করুন; Kilowatch এক ঘণ্টা পরে আবার চেষ্টা করবে, তার আগে নয়।</translation>
    </message>
    <message>
        <source>No fresh reading from %1 for %2 (the last one is from %3).</source>
        <translation>%1 থেকে %2 ধরে নতুন কোনো রিডিং আসেনি (শেষটি %3-এর)।</translation>
    </message>
    <message>
        <source>No reading from %1 yet.</source>
        <translation>%1 থেকে এখনো কোনো রিডিং আসেনি।</translation>
    </message>
    <message>
        <source>No fresh readings: %1</source>
        <translation>নতুন রিডিং নেই: %1</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 দিন %2 ঘণ্টা %3 মিনিট</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ঘণ্টা %2 মিনিট</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 মিনিট</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 সেকেন্ড</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 দিন</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Kilowatch test</source>
        <translation>Kilowatch পরীক্ষা</translation>
    </message>
    <message>
        <source>This is a test: Kilowatch&apos;s alerts will reach you here.</source>
        <translation>এটি একটি পরীক্ষা: Kilowatch-এর সতর্কবার্তা এখানে আপনার কাছে পৌঁছাবে।</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Time</source>
        <translation>সময়</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>সতর্কতা</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>গুরুত্ব</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>বার্তা</translation>
    </message>
    <message>
        <source>Alert log</source>
        <translation>সতর্কতার লগ</translation>
    </message>
    <message>
        <source>(quiet hours: not shown)</source>
        <translation>(নীরব সময়: দেখানো হয়নি)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>গুরুতর</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>সতর্কবার্তা</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>তথ্য</translation>
    </message>
    <message>
        <source>Set the alert levels…</source>
        <translation>সতর্কতার সীমা ঠিক করুন…</translation>
    </message>
    <message>
        <source>No alerts for this meter yet.</source>
        <translation>এই মিটারের এখনও কোনো সতর্কবার্তা নেই।</translation>
    </message>
    <message>
        <source>A low balance, recharges, the generator starting and stopping, unusual use, the daily summary and a connection that stops answering will be listed here as they happen, and shown on the desktop (and on Telegram if you set it up).</source>
        <translation>কম ব্যালেন্স, রিচার্জ, জেনারেটর চালু ও বন্ধ হওয়া, অস্বাভাবিক ব্যবহার, দৈনিক সারাংশ এবং সাড়া না দেওয়া সংযোগ—ঘটার সঙ্গে সঙ্গে এখানে তালিকায় আসবে এবং ডেস্কটপে দেখানো হবে (আর Telegram সেট করা থাকলে সেখানেও)।</translation>
    </message>
    <message>
        <source>The low-balance levels for all meters are in Settings &gt; Alerts; a meter&apos;s own level is in Meter &gt; Edit meter….</source>
        <translation>সব মিটারের কম-ব্যালেন্স সীমা সেটিংস &gt; সতর্কতা-তে; কোনো মিটারের নিজস্ব সীমা মিটার &gt; মিটার সম্পাদনা…-তে।</translation>
    </message>
</context>
<context>
    <name>AmountText</name>
    <message>
        <source>Type an amount, such as 1000.</source>
        <translation>একটি পরিমাণ লিখুন, যেমন 1000।</translation>
    </message>
    <message>
        <source>%1 is not an amount such as 1000 or 499.50.</source>
        <translation>%1 কোনো পরিমাণ নয়, যেমন 1000 বা 499.50।</translation>
    </message>
    <message>
        <source>%1 has more than three decimals.</source>
        <translation>%1-এ দশমিকের পরে তিনটির বেশি অঙ্ক আছে।</translation>
    </message>
    <message>
        <source>%1 is below zero; type an amount such as 1000.</source>
        <translation>%1 শূন্যের নিচে; 1000-এর মতো একটি পরিমাণ লিখুন।</translation>
    </message>
    <message>
        <source>%1 is too large an amount.</source>
        <translation>%1 পরিমাণটি অনেক বেশি বড়।</translation>
    </message>
</context>
<context>
    <name>AnalyticsCommands</name>
    <message>
        <source>The meter.</source>
        <translation>মিটার।</translation>
    </message>
    <message>
        <source>day, month or year.</source>
        <translation>day, month অথবা year।</translation>
    </message>
    <message>
        <source>The usage series the chart draws: the last H hours (1-720) in buckets of G minutes (1-1440).</source>
        <translation>চার্টে যে ব্যবহারের ধারা আঁকা হয়: শেষ H ঘণ্টা (1-720), G মিনিটের (1-1440) ভাগে ভাগ করে।</translation>
    </message>
    <message>
        <source>Window length in hours (1-720).</source>
        <translation>সময়সীমার দৈর্ঘ্য, ঘণ্টায় (1-720)।</translation>
    </message>
    <message>
        <source>Bucket length in minutes (1-1440).</source>
        <translation>প্রতিটি ভাগের দৈর্ঘ্য, মিনিটে (1-1440)।</translation>
    </message>
    <message>
        <source>kwh or money: the column the table shows.</source>
        <translation>kwh অথবা money: টেবিলে যে কলাম দেখানো হবে।</translation>
    </message>
    <message>
        <source>End of the window (default: now).</source>
        <translation>সময়সীমার শেষ (ডিফল্ট: এখন)।</translation>
    </message>
    <message>
        <source>Energy, cost, recharges and closing balance per day, month or year.</source>
        <translation>দিন, মাস বা বছর অনুযায়ী বিদ্যুৎ, খরচ, রিচার্জ ও দিনশেষের ব্যালেন্স।</translation>
    </message>
    <message>
        <source>First day (default: 30 days, 12 months or all years).</source>
        <translation>প্রথম দিন (ডিফল্ট: 30 দিন, 12 মাস অথবা সব বছর)।</translation>
    </message>
    <message>
        <source>Last day (default: today).</source>
        <translation>শেষ দিন (ডিফল্ট: আজ)।</translation>
    </message>
    <message>
        <source>This period so far against the same span of the previous period and of last year.</source>
        <translation>এই সময়কালের এ পর্যন্ত হিসাব, আগের সময়কাল ও গত বছরের একই সময়ের সাথে তুলনা করে।</translation>
    </message>
    <message>
        <source>A moment in the period to compare (default: now).</source>
        <translation>যে সময়কালের তুলনা হবে, তার যেকোনো একটি মুহূর্ত (ডিফল্ট: এখন)।</translation>
    </message>
    <message>
        <source>When the balance runs out, from the robust daily spend of the last 14 days.</source>
        <translation>গত 14 দিনের দৈনিক খরচের নির্ভরযোগ্য হিসাব থেকে, ব্যালেন্স কখন শেষ হবে।</translation>
    </message>
    <message>
        <source>List the alert log: low balance, recharges, generator, daily summaries, provider trouble.</source>
        <translation>সতর্কতার লগ দেখান: কম ব্যালেন্স, রিচার্জ, জেনারেটর, দৈনিক সারসংক্ষেপ, প্রদানকারীর সমস্যা।</translation>
    </message>
    <message>
        <source>usage needs --meter, --interval-hours and --group-minutes.
Usage: kilowatch-cli %1</source>
        <translation>usage-এর জন্য --meter, --interval-hours ও --group-minutes দিতে হবে।
ব্যবহার: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>--interval-hours needs a whole number from 1 to 720, not &quot;%1&quot;.</source>
        <translation>--interval-hours-এর সাথে 1 থেকে 720-এর মধ্যে একটি পূর্ণসংখ্যা দিতে হবে, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>--group-minutes needs a whole number from 1 to 1440, not &quot;%1&quot;.</source>
        <translation>--group-minutes-এর সাথে 1 থেকে 1440-এর মধ্যে একটি পূর্ণসংখ্যা দিতে হবে, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>--unit is kwh or money, not &quot;%1&quot;.</source>
        <translation>--unit হবে kwh অথবা money, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>summary needs --meter and --period.
Usage: kilowatch-cli %1</source>
        <translation>summary-এর জন্য --meter ও --period দিতে হবে।
ব্যবহার: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>--period is day, month or year, not &quot;%1&quot;.</source>
        <translation>--period হবে day, month অথবা year, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to কখনো --from-এর আগে হতে পারবে না।</translation>
    </message>
    <message>
        <source>That range is longer than 20 years.</source>
        <translation>এই সময়সীমা 20 বছরের চেয়ে দীর্ঘ।</translation>
    </message>
    <message>
        <source>compare needs --meter and --period.
Usage: kilowatch-cli %1</source>
        <translation>compare-এর জন্য --meter ও --period দিতে হবে।
ব্যবহার: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>The balance the chart draws: per bucket of G minutes (1-1440) over the last H hours (1-720), its first, last, lowest and highest value and what was recharged.</source>
        <translation>চার্টে আঁকা ব্যালেন্স: শেষ H ঘণ্টার (1-720) প্রতিটি G মিনিটের (1-1440) ভাগে তার প্রথম, শেষ, সর্বনিম্ন ও সর্বোচ্চ মান এবং কত রিচার্জ হয়েছে।</translation>
    </message>
    <message>
        <source>balance needs --meter, --interval-hours and --group-minutes.
Usage: kilowatch-cli %1</source>
        <translation>balance-এর জন্য --meter, --interval-hours ও --group-minutes লাগবে।
ব্যবহার: kilowatch-cli %1</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>empty</source>
        <translation>ফাঁকা</translation>
    </message>
    <message>
        <source>The settings file %1 is a folder; the defaults are used.</source>
        <translation>সেটিংস ফাইল %1 আসলে একটি ফোল্ডার; ডিফল্ট সেটিংস ব্যবহার করা হচ্ছে।</translation>
    </message>
    <message>
        <source>The settings file %1 is %2 KiB, far larger than settings ever are; it was not read and the defaults are used.</source>
        <translation>সেটিংস ফাইল %1-এর আকার %2 KiB, যা যেকোনো সেটিংস ফাইলের চেয়ে অনেক বড়; এটি পড়া হয়নি, ডিফল্ট সেটিংস ব্যবহার করা হচ্ছে।</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read (%2); the defaults are used.</source>
        <translation>সেটিংস ফাইল %1 পড়া যায়নি (%2); ডিফল্ট সেটিংস ব্যবহার করা হচ্ছে।</translation>
    </message>
    <message>
        <source>The settings file %1 is far larger than settings ever are; it was not read and the defaults are used.</source>
        <translation>সেটিংস ফাইল %1 যেকোনো সেটিংস ফাইলের চেয়ে অনেক বড়; এটি পড়া হয়নি, ডিফল্ট সেটিংস ব্যবহার করা হচ্ছে।</translation>
    </message>
    <message>
        <source>The settings are far larger than settings ever are; they were not read and the defaults are used.</source>
        <translation>সেটিংস স্বাভাবিকের চেয়ে অনেক বড়; এগুলো পড়া হয়নি, ডিফল্ট সেটিংস ব্যবহার করা হচ্ছে।</translation>
    </message>
    <message>
        <source>Line %1 is not a setting (key=value) and was ignored.</source>
        <translation>লাইন %1 কোনো সেটিং নয় (key=value), তাই উপেক্ষা করা হয়েছে।</translation>
    </message>
    <message>
        <source>Line %1, %2: %3; the default %4 is used.</source>
        <translation>লাইন %1, %2: %3; ডিফল্ট মান %4 ব্যবহার করা হচ্ছে।</translation>
    </message>
    <message>
        <source>Line %1, %2: %3.</source>
        <translation>লাইন %1, %2: %3।</translation>
    </message>
    <message>
        <source>Line %1, %2 looks like a credential. Kilowatch keeps those in the OS keychain only, so it is removed from this file when settings are next saved.</source>
        <translation>লাইন %1, %2 দেখে লগইন তথ্য মনে হচ্ছে। Kilowatch এগুলো শুধু অপারেটিং সিস্টেমের কিচেইনে রাখে, তাই পরের বার সেটিংস সংরক্ষণের সময় এটি এই ফাইল থেকে মুছে ফেলা হবে।</translation>
    </message>
    <message>
        <source>Line %1 is unreadable and was ignored.</source>
        <translation>লাইন %1 পড়া যায় না, তাই উপেক্ষা করা হয়েছে।</translation>
    </message>
    <message>
        <source>Line %1, %2 is not a Kilowatch setting; there are too many of those, so it was ignored.</source>
        <translation>লাইন %1, %2 Kilowatch-এর কোনো সেটিং নয়; এমন লাইন অনেক বেশি, তাই এটি উপেক্ষা করা হয়েছে।</translation>
    </message>
    <message>
        <source>Line %1, %2 is not a setting (names are case-sensitive): did you mean %3? It is kept but not used.</source>
        <translation>লাইন %1, %2 কোনো সেটিং নয় (নামে ছোট-বড় হাতের অক্ষরের পার্থক্য ধরা হয়): আপনি কি %3 বোঝাতে চেয়েছেন? এটি রেখে দেওয়া হয়েছে, তবে ব্যবহার করা হচ্ছে না।</translation>
    </message>
    <message>
        <source>Line %1, %2 (%3) must be below %4 (%5); both use their defaults (%6 and %7).</source>
        <translation>লাইন %1, %2 (%3) অবশ্যই %4 (%5)-এর চেয়ে কম হতে হবে; দুটোতেই ডিফল্ট মান (%6 ও %7) ব্যবহার করা হচ্ছে।</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… এবং আরও %Lnটি সমস্যা।</numerusform>
            <numerusform>… এবং আরও %Lnটি সমস্যা।</numerusform>
        </translation>
    </message>
    <message>
        <source>These settings have no file to be saved to.</source>
        <translation>এই সেটিংস সংরক্ষণ করার মতো কোনো ফাইল নেই।</translation>
    </message>
    <message>
        <source>The folder %1 for the settings could not be created.</source>
        <translation>সেটিংসের জন্য %1 ফোল্ডারটি তৈরি করা যায়নি।</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: %2.</source>
        <translation>সেটিংস %1-এ সংরক্ষণ করা যায়নি: %2।</translation>
    </message>
    <message>
        <source>The settings file %1 could not be made private to you.</source>
        <translation>সেটিংস ফাইল %1 শুধু আপনার জন্য ব্যক্তিগত করা যায়নি।</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: %2. The previous file is unchanged.</source>
        <translation>সেটিংস %1-এ সংরক্ষণ করা যায়নি: %2। আগের ফাইলটি অপরিবর্তিত আছে।</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2।</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 ফোল্ডারটি তৈরি করা যাচ্ছে না।</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 লেখা যাচ্ছে না: %2</translation>
    </message>
    <message>
        <source>Cannot write the registry key %1.</source>
        <translation>রেজিস্ট্রি কী %1 লেখা যাচ্ছে না।</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 মুছে ফেলা যাচ্ছে না।</translation>
    </message>
</context>
<context>
    <name>AutostartAction</name>
    <message>
        <source>Start Kilowatch at &amp;login</source>
        <translation>লগইনের সময় Kilowatch চালু করুন(&amp;L)</translation>
    </message>
    <message>
        <source>Open Kilowatch when you log in to this computer.</source>
        <translation>এই কম্পিউটারে লগ ইন করলেই Kilowatch খুলবে।</translation>
    </message>
</context>
<context>
    <name>BalanceChartPanel</name>
    <message>
        <source>Balance in this window</source>
        <translation>এই পরিসরের ব্যালেন্স</translation>
    </message>
    <message numerus="yes">
        <source>In this window: %n recharge(s), %1 in all.</source>
        <translation>
            <numerusform>এই পরিসরে: %Ln টি রিচার্জ, মোট %1।</numerusform>
            <numerusform>এই পরিসরে: %Ln টি রিচার্জ, মোট %1।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the usual spend the balance runs out on %1: %n day(s) left.</source>
        <translation>
            <numerusform>স্বাভাবিক খরচে ব্যালেন্স %1 তারিখে শেষ হবে: %Ln দিন বাকি।</numerusform>
            <numerusform>স্বাভাবিক খরচে ব্যালেন্স %1 তারিখে শেষ হবে: %Ln দিন বাকি।</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawn in %1 buckets: %2 ones are finer than the chart&apos;s pixels.</source>
        <translation>%1 করে ভাগে আঁকা: %2 করে ভাগ চার্টের পিক্সেলের চেয়েও সূক্ষ্ম।</translation>
    </message>
</context>
<context>
    <name>BalanceChartView</name>
    <message>
        <source>Forecast range</source>
        <translation>পূর্বাভাসের পরিসর</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>কম ব্যালেন্স</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>পূর্বাভাস</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>ব্যালেন্স</translation>
    </message>
    <message>
        <source>Recharge</source>
        <translation>রিচার্জ</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>শেষ হবে</translation>
    </message>
    <message>
        <source>Balance chart</source>
        <translation>ব্যালেন্সের চার্ট</translation>
    </message>
    <message>
        <source>The balance over the interval, recharges as rises with their amount, the low-balance level, and the forecast down to the day the balance runs out. Hover a recharge for its details.</source>
        <translation>পরিসর জুড়ে ব্যালেন্স, পরিমাণসহ রিচার্জের উত্থান, কম ব্যালেন্সের সীমা এবং ব্যালেন্স শেষ হওয়ার দিন পর্যন্ত পূর্বাভাস। বিস্তারিত দেখতে রিচার্জের উপর মাউস রাখুন।</translation>
    </message>
    <message>
        <source>Balance (%1)</source>
        <translation>ব্যালেন্স (%1)</translation>
    </message>
    <message>
        <source>Runs out %1</source>
        <translation>%1 তারিখে শেষ হবে</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%Ln দিন বাকি</numerusform>
            <numerusform>%Ln দিন বাকি</numerusform>
        </translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>হাতে লেখা</translation>
    </message>
    <message>
        <source>imported from the provider</source>
        <translation>প্রদানকারীর কাছ থেকে আনা</translation>
    </message>
    <message>
        <source>detected from the balance</source>
        <translation>ব্যালেন্স থেকে শনাক্ত</translation>
    </message>
    <message>
        <source>Recharge %1</source>
        <translation>রিচার্জ %1</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>উৎস: %1</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>টোকেন নেই</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>টোকেন: %1</translation>
    </message>
</context>
<context>
    <name>BillCalculator</name>
    <message>
        <source>A bill needs a month.</source>
        <translation>বিলের জন্য একটি মাস বেছে নিতে হবে।</translation>
    </message>
    <message>
        <source>%1 has no tariff for %2.</source>
        <translation>%1-এর জন্য %2-এ কোনো ট্যারিফ নেই।</translation>
    </message>
</context>
<context>
    <name>BillPanel</name>
    <message>
        <source>Bill month</source>
        <translation>বিলের মাস</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>অংশ</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>বিদ্যুৎ</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>রেট</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>পরিমাণ</translation>
    </message>
    <message>
        <source>Bill lines</source>
        <translation>বিলের বিবরণ</translation>
    </message>
    <message>
        <source>Bill total</source>
        <translation>বিলের মোট</translation>
    </message>
    <message>
        <source>Recharge amount</source>
        <translation>রিচার্জের পরিমাণ</translation>
    </message>
    <message>
        <source>What the recharge buys</source>
        <translation>রিচার্জে কতটা বিদ্যুৎ পাওয়া যাবে</translation>
    </message>
    <message>
        <source>Monthly bill</source>
        <translation>মাসিক বিল</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>মাস(&amp;M):</translation>
    </message>
    <message>
        <source>What will a recharge buy?</source>
        <translation>রিচার্জে কতটা বিদ্যুৎ পাবেন?</translation>
    </message>
    <message>
        <source>Energy %1</source>
        <translation>বিদ্যুৎ %1</translation>
    </message>
    <message>
        <source>%1/kWh</source>
        <translation>%1/kWh</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>জেনারেটর</translation>
    </message>
    <message>
        <source>Fixed charges</source>
        <translation>নির্ধারিত চার্জ</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>কর</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>মোট: %1</translation>
    </message>
    <message>
        <source>%1 of %2 days have data.</source>
        <translation>%2 দিনের মধ্যে %1 দিনের ডেটা আছে।</translation>
    </message>
    <message>
        <source>%1 could not be priced (no tariff in force).</source>
        <translation>%1-এর দাম হিসাব করা যায়নি (কোনো ট্যারিফ কার্যকর নেই)।</translation>
    </message>
    <message>
        <source>%1 buys about %2 now.</source>
        <translation>এখন %1-এ প্রায় %2 পাওয়া যাবে।</translation>
    </message>
    <message>
        <source>Set the &amp;tariff…</source>
        <translation>ট্যারিফ সেট করুন(&amp;T)…</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>যেমন %1</translation>
    </message>
    <message>
        <source>Set its prices in Meter &gt; Tariff… to see bills and what a recharge buys.</source>
        <translation>বিল আর রিচার্জে কতটা পাওয়া যাবে দেখতে Meter &gt; Tariff…-এ এর দাম সেট করুন।</translation>
    </message>
    <message>
        <source>Type an amount such as %1.</source>
        <translation>%1-এর মতো একটি পরিমাণ লিখুন।</translation>
    </message>
    <message>
        <source>Set its prices in Meter &gt; Tariff…</source>
        <translation>Meter &gt; Tariff…-এ এর দাম সেট করুন</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>duration in days</comment>
        <translation>
            <numerusform>%Ln দিন</numerusform>
            <numerusform>%Ln দিন</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration in hours</comment>
        <translation>
            <numerusform>%Ln ঘণ্টা</numerusform>
            <numerusform>%Ln ঘণ্টা</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>days, then hours</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration in minutes</comment>
        <translation>
            <numerusform>%Ln মিনিট</numerusform>
            <numerusform>%Ln মিনিট</numerusform>
        </translation>
    </message>
    <message>
        <source>Grid + generator</source>
        <translation>গ্রিড + জেনারেটর</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>জেনারেটর</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>গ্রিড</translation>
    </message>
    <message>
        <source>±0 %</source>
        <translation>±০ %</translation>
    </message>
    <message>
        <source>+%1 %</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>−%1 %</source>
        <translation>−%1 %</translation>
    </message>
    <message>
        <source>%1*</source>
        <comment>a partial period&apos;s label</comment>
        <translation>%1*</translation>
    </message>
</context>
<context>
    <name>ChartWindow</name>
    <message>
        <source>The interval must be between %1 and %2 hours.</source>
        <translation>সময়ের পরিসর %1 থেকে %2 ঘণ্টার মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <source>The grouping must be between %1 and %2 minutes.</source>
        <translation>গ্রুপিং %1 থেকে %2 মিনিটের মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <source>The end of the window must be after its start.</source>
        <translation>পরিসরের শেষ অবশ্যই শুরুর পরে হতে হবে।</translation>
    </message>
</context>
<context>
    <name>ChartWindowControls</name>
    <message>
        <source>Interval in hours</source>
        <translation>ঘণ্টায় সময়ের পরিসর</translation>
    </message>
    <message>
        <source>Grouping in minutes</source>
        <translation>মিনিটে গ্রুপিং</translation>
    </message>
    <message>
        <source>&amp;Interval</source>
        <translation>পরিসর(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>গ্রুপ(&amp;G)</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The meter.</source>
        <translation>মিটার।</translation>
    </message>
    <message>
        <source>First time (inclusive).</source>
        <translation>শুরুর সময় (অন্তর্ভুক্ত)।</translation>
    </message>
    <message>
        <source>Last time (exclusive).</source>
        <translation>শেষ সময় (অন্তর্ভুক্ত নয়)।</translation>
    </message>
    <message>
        <source>--meter needs the name of a meter.</source>
        <translation>--meter-এর সাথে একটি মিটারের নাম দিতে হবে।</translation>
    </message>
    <message>
        <source>There is no meter named &quot;%1&quot;; kilowatch-cli meter list shows them.</source>
        <translation>&quot;%1&quot; নামে কোনো মিটার নেই; kilowatch-cli meter list মিটারগুলোর তালিকা দেখায়।</translation>
    </message>
    <message>
        <source>--%1 needs a date and time like 2025-07-25T15:30:00+05:30, not &quot;%2&quot;.</source>
        <translation>--%1-এর সাথে 2025-07-25T15:30:00+05:30-এর মতো তারিখ ও সময় দিতে হবে, &quot;%2&quot; নয়।</translation>
    </message>
    <message>
        <source>--to must be after --from.</source>
        <translation>--to অবশ্যই --from-এর পরে হতে হবে।</translation>
    </message>
    <message>
        <source>%1 needs --meter NAME.
Usage: kilowatch-cli %2</source>
        <translation>%1-এর জন্য --meter NAME দিতে হবে।
ব্যবহার: kilowatch-cli %2</translation>
    </message>
    <message>
        <source>Could not derive the usage of &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;-এর ব্যবহার হিসাব করা যায়নি: %2</translation>
    </message>
    <message>
        <source>%1 needs --meter NAME.</source>
        <translation>%1-এর জন্য --meter NAME দিতে হবে।</translation>
    </message>
</context>
<context>
    <name>CliDispatcher</name>
    <message>
        <source>Show this help, or the options of one command.</source>
        <translation>এই সহায়তা দেখান, অথবা কোনো একটি কমান্ডের অপশনগুলো দেখান।</translation>
    </message>
    <message>
        <source>Usage: kilowatch-cli [--database FILE] [--json] COMMAND [OPTIONS]

Kilowatch tracks prepaid electricity meters. Global options:
  --database FILE  the database (default: $%1, else %2)
  --json           print JSON instead of a table
  --lang CODE      messages in this language (bn, hi, ...; default: the system&apos;s)
  --help           show this help
  --version        show the version

Commands:
</source>
        <translation>ব্যবহার: kilowatch-cli [--database FILE] [--json] COMMAND [OPTIONS]

Kilowatch প্রিপেইড বিদ্যুৎ মিটারের হিসাব রাখে। সাধারণ অপশন:
  --database FILE  ডেটাবেস (ডিফল্ট: $%1, না থাকলে %2)
  --json           টেবিলের বদলে JSON দেখান
  --lang CODE      এই ভাষায় বার্তা দেখান (bn, hi, ...; ডিফল্ট: সিস্টেমের ভাষা)
  --help           এই সহায়তা দেখান
  --version        সংস্করণ দেখান

কমান্ড:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 the command failed, 2 wrong usage, 3 no keychain.
</source>
        <translation>
এক্সিট কোড: 0 সফল, 1 কমান্ড ব্যর্থ, 2 ভুল ব্যবহার, 3 কিচেইন নেই।
</translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation>--database-এর সাথে একটি ফাইলের নাম দিতে হবে।</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>কোনো কমান্ড দেওয়া হয়নি।</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run kilowatch-cli --help for the list.</source>
        <translation>অজানা কমান্ড &quot;%1&quot;। তালিকা দেখতে kilowatch-cli --help চালান।</translation>
    </message>
    <message>
        <source>%1
Usage: kilowatch-cli %2</source>
        <translation>%1
ব্যবহার: kilowatch-cli %2</translation>
    </message>
</context>
<context>
    <name>CopyableTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>কপি(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CsvActions</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV রপ্তানি(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV আমদানি(&amp;I)…</translation>
    </message>
    <message>
        <source>Write readings, usage, totals, recharges, sessions or alerts to a CSV file.</source>
        <translation>রিডিং, ব্যবহার, মোট হিসাব, রিচার্জ, সেশন বা সতর্কতা একটি CSV ফাইলে লিখুন।</translation>
    </message>
    <message>
        <source>Read readings or recharges from a CSV file.</source>
        <translation>একটি CSV ফাইল থেকে রিডিং বা রিচার্জ পড়ুন।</translation>
    </message>
    <message>
        <source>There is no meter to export yet.</source>
        <translation>রপ্তানি করার মতো কোনো মিটার এখনো নেই।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Another export or import is still running.</source>
        <translation>আরেকটি রপ্তানি বা আমদানি এখনো চলছে।</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 লেখা হচ্ছে…</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>রপ্তানি ব্যর্থ হয়েছে।</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>রপ্তানি বাতিল করা হয়েছে; কোনো ফাইল লেখা হয়নি।</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%1-এ %Lnটি সারি রপ্তানি করা হয়েছে।</numerusform>
            <numerusform>%1-এ %Lnটি সারি রপ্তানি করা হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV আমদানি</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ফাইল (*.csv *.txt);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Add a meter first: imported rows belong to a meter.</source>
        <translation>আগে একটি মিটার যোগ করুন: আমদানি করা সারিগুলো কোনো একটি মিটারের অধীনে রাখা হয়।</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 খোলা যায়নি: %2</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 আমদানি করা হচ্ছে…</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>আমদানি ব্যর্থ হয়েছে।</translation>
    </message>
    <message>
        <source>… and %1 more bad rows.</source>
        <translation>… এবং আরও %1টি ত্রুটিপূর্ণ সারি।</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 already stored, %4 bad.</source>
        <translation>%1টি সারি: %2টি নতুন, %3টি আগেই সংরক্ষিত, %4টি ত্রুটিপূর্ণ।</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>আমদানি বাতিল করা হয়েছে; কিছুই সংরক্ষিত হয়নি।</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Fix them, or choose &quot;Skip bad rows&quot;.</source>
        <translation>
            <numerusform>কিছুই আমদানি করা হয়নি: %Lnটি সারিতে ত্রুটি আছে। সেগুলো ঠিক করুন, অথবা &quot;ত্রুটিপূর্ণ সারি বাদ দিন&quot; বেছে নিন।</numerusform>
            <numerusform>কিছুই আমদানি করা হয়নি: %Lnটি সারিতে ত্রুটি আছে। সেগুলো ঠিক করুন, অথবা &quot;ত্রুটিপূর্ণ সারি বাদ দিন&quot; বেছে নিন।</numerusform>
        </translation>
    </message>
    <message>
        <source>Check: %1 An import would store nothing until the bad rows are fixed or skipped.</source>
        <translation>যাচাই: %1 ত্রুটিপূর্ণ সারিগুলো ঠিক না করা বা বাদ না দেওয়া পর্যন্ত আমদানিতে কিছুই সংরক্ষিত হবে না।</translation>
    </message>
    <message>
        <source>Check: %1 Nothing was stored.</source>
        <translation>যাচাই: %1 কিছুই সংরক্ষণ করা হয়নি।</translation>
    </message>
    <message>
        <source>Imported into %1: %2</source>
        <translation>%1-এ আমদানি করা হয়েছে: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n recharge(s) found in the readings.</source>
        <translation>
            <numerusform>রিডিংগুলোতে %Lnটি রিচার্জ পাওয়া গেছে।</numerusform>
            <numerusform>রিডিংগুলোতে %Lnটি রিচার্জ পাওয়া গেছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV রপ্তানি</translation>
    </message>
</context>
<context>
    <name>CsvCommands</name>
    <message>
        <source>Write one kind of data as CSV (RFC 4180, UTF-8); --out - prints it.</source>
        <translation>এক ধরনের ডেটা CSV হিসেবে লিখুন (RFC 4180, UTF-8); --out - দিলে স্ক্রিনে দেখানো হয়।</translation>
    </message>
    <message>
        <source>A meter (may be given several times).</source>
        <translation>একটি মিটার (একাধিকবার দেওয়া যায়)।</translation>
    </message>
    <message>
        <source>The CSV file to write, or - for standard output.</source>
        <translation>যে CSV ফাইলে লেখা হবে, অথবা স্ট্যান্ডার্ড আউটপুটের জন্য -।</translation>
    </message>
    <message>
        <source>First time (inclusive; day kinds: first day).</source>
        <translation>শুরুর সময় (অন্তর্ভুক্ত; দিনভিত্তিক ধরনের জন্য: প্রথম দিন)।</translation>
    </message>
    <message>
        <source>Last time (exclusive; day kinds: last day, inclusive).</source>
        <translation>শেষ সময় (অন্তর্ভুক্ত নয়; দিনভিত্তিক ধরনের জন্য: শেষ দিন, অন্তর্ভুক্ত)।</translation>
    </message>
    <message>
        <source>Start with a byte order mark, for Excel.</source>
        <translation>Excel-এর জন্য শুরুতে একটি বাইট অর্ডার মার্ক যোগ করুন।</translation>
    </message>
    <message>
        <source>usage: bucket length in minutes (1-1440, 60).</source>
        <translation>usage: প্রতিটি ভাগের দৈর্ঘ্য, মিনিটে (1-1440, 60)।</translation>
    </message>
    <message>
        <source>usage: the chart&apos;s window, the last H hours before --at.</source>
        <translation>usage: চার্টের সময়সীমা, --at-এর আগের শেষ H ঘণ্টা।</translation>
    </message>
    <message>
        <source>usage: end of the --interval-hours window (default: now).</source>
        <translation>usage: --interval-hours সময়সীমার শেষ (ডিফল্ট: এখন)।</translation>
    </message>
    <message>
        <source>Read readings or recharges from CSV: Kilowatch&apos;s own export, or readings in another layout through the column options. All rows or none; --dry-run only reports.</source>
        <translation>CSV থেকে রিডিং বা রিচার্জ পড়ুন: Kilowatch-এর নিজের রপ্তানি করা ফাইল, অথবা কলাম অপশনের মাধ্যমে অন্য বিন্যাসের রিডিং। হয় সব সারি, নয়তো একটিও নয়; --dry-run শুধু ফলাফল জানায়।</translation>
    </message>
    <message>
        <source>The meter the rows belong to.</source>
        <translation>সারিগুলো যে মিটারের।</translation>
    </message>
    <message>
        <source>readings or recharges.</source>
        <translation>readings অথবা recharges।</translation>
    </message>
    <message>
        <source>The CSV file, or - for standard input.</source>
        <translation>CSV ফাইল, অথবা স্ট্যান্ডার্ড ইনপুটের জন্য -।</translation>
    </message>
    <message>
        <source>Check and count, but store nothing.</source>
        <translation>যাচাই ও গণনা করুন, কিন্তু কিছু সংরক্ষণ করবেন না।</translation>
    </message>
    <message>
        <source>Import the good rows and skip the bad ones (default: a bad row stops all).</source>
        <translation>ঠিক সারিগুলো আমদানি করুন, ত্রুটিপূর্ণগুলো বাদ দিন (ডিফল্ট: একটি ত্রুটিপূর্ণ সারি থাকলেই সব থেমে যায়)।</translation>
    </message>
    <message>
        <source>Column of the time (name or number).</source>
        <translation>সময়ের কলাম (নাম বা নম্বর)।</translation>
    </message>
    <message>
        <source>Column of the balance.</source>
        <translation>ব্যালেন্সের কলাম।</translation>
    </message>
    <message>
        <source>Column of the grid kWh counter.</source>
        <translation>গ্রিড kWh কাউন্টারের কলাম।</translation>
    </message>
    <message>
        <source>Column of the generator kWh counter.</source>
        <translation>জেনারেটর kWh কাউন্টারের কলাম।</translation>
    </message>
    <message>
        <source>Column of the load in kW.</source>
        <translation>লোডের কলাম, kW-এ।</translation>
    </message>
    <message>
        <source>Column of the power source (grid, generator, unknown).</source>
        <translation>বিদ্যুতের উৎসের কলাম (grid, generator, unknown)।</translation>
    </message>
    <message>
        <source>iso, epoch, epoch-ms or a Qt date format such as dd/MM/yyyy HH:mm (default iso; times without an offset are in the meter&apos;s zone).</source>
        <translation>iso, epoch, epoch-ms অথবা dd/MM/yyyy HH:mm-এর মতো একটি Qt তারিখ ফরম্যাট (ডিফল্ট iso; অফসেট ছাড়া সময়গুলো মিটারের টাইম জোনে ধরা হয়)।</translation>
    </message>
    <message>
        <source>Numbers use a decimal comma.</source>
        <translation>সংখ্যায় দশমিক চিহ্ন হিসেবে কমা ব্যবহৃত হয়েছে।</translation>
    </message>
    <message>
        <source>comma (default), semicolon or tab.</source>
        <translation>comma (ডিফল্ট), semicolon অথবা tab।</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>অপ্রত্যাশিত আর্গুমেন্ট &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>export needs --meter, --what and --out.
Usage: kilowatch-cli %1</source>
        <translation>export-এর জন্য --meter, --what ও --out দিতে হবে।
ব্যবহার: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>--what is one of %1, not &quot;%2&quot;.</source>
        <translation>--what হবে %1-এর যেকোনো একটি, &quot;%2&quot; নয়।</translation>
    </message>
    <message>
        <source>--group-minutes, --interval-hours and --at go with --what usage.</source>
        <translation>--group-minutes, --interval-hours ও --at শুধু --what usage-এর সাথে ব্যবহার করা যায়।</translation>
    </message>
    <message>
        <source>Give either --interval-hours (and --at) or --from/--to, not both.</source>
        <translation>হয় --interval-hours (ও --at) দিন, নয়তো --from/--to; দুটো একসাথে নয়।</translation>
    </message>
    <message>
        <source>--at needs --interval-hours.</source>
        <translation>--at-এর সাথে --interval-hours দিতে হবে।</translation>
    </message>
    <message>
        <source>--group-minutes needs a whole number from 1 to 1440, not &quot;%1&quot;.</source>
        <translation>--group-minutes-এর সাথে 1 থেকে 1440-এর মধ্যে একটি পূর্ণসংখ্যা দিতে হবে, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>--interval-hours needs a whole number from 1 to 720, not &quot;%1&quot;.</source>
        <translation>--interval-hours-এর সাথে 1 থেকে 720-এর মধ্যে একটি পূর্ণসংখ্যা দিতে হবে, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>--to must be after --from.</source>
        <translation>--to অবশ্যই --from-এর পরে হতে হবে।</translation>
    </message>
    <message>
        <source>Interrupted; no file was written.</source>
        <translation>বাধা পেয়ে থেমে গেছে; কোনো ফাইল লেখা হয়নি।</translation>
    </message>
    <message>
        <source>import needs --meter, --what and --in.
Usage: kilowatch-cli %1</source>
        <translation>import-এর জন্য --meter, --what ও --in দিতে হবে।
ব্যবহার: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>--what is readings or recharges, not &quot;%1&quot;.</source>
        <translation>--what হবে readings অথবা recharges, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>--delimiter is comma, semicolon or tab, not &quot;%1&quot;.</source>
        <translation>--delimiter হবে comma, semicolon অথবা tab, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>The column options are for readings; recharges are read from Kilowatch&apos;s own layout.</source>
        <translation>কলাম অপশনগুলো শুধু রিডিংয়ের জন্য; রিচার্জ পড়া হয় Kilowatch-এর নিজস্ব বিন্যাস থেকে।</translation>
    </message>
    <message>
        <source>With column options, --time-column is needed.</source>
        <translation>কলাম অপশন ব্যবহার করলে --time-column দিতে হবে।</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>স্ট্যান্ডার্ড ইনপুট পড়া যায়নি।</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 খোলা যায়নি: %2</translation>
    </message>
    <message>
        <source>... and %1 more bad rows.</source>
        <translation>... এবং আরও %1টি ত্রুটিপূর্ণ সারি।</translation>
    </message>
    <message>
        <source>The import would store nothing: %1 rows have errors; fix them or add --skip-bad-rows.</source>
        <translation>এই আমদানিতে কিছুই সংরক্ষিত হবে না: %1টি সারিতে ত্রুটি আছে; সেগুলো ঠিক করুন অথবা --skip-bad-rows যোগ করুন।</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows have errors; fix them or add --skip-bad-rows.</source>
        <translation>কিছুই আমদানি করা হয়নি: %1টি সারিতে ত্রুটি আছে; সেগুলো ঠিক করুন অথবা --skip-bad-rows যোগ করুন।</translation>
    </message>
</context>
<context>
    <name>CsvError</name>
    <message>
        <source>Line %1, column %2 (%3)</source>
        <translation>লাইন %1, কলাম %2 (%3)</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>লাইন %1, কলাম %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>লাইন %1</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>&amp;Everything stored</source>
        <translation>সংরক্ষিত সবকিছু(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>দিন(&amp;D):</translation>
    </message>
    <message>
        <source>For E&amp;xcel (adds a byte order mark so Excel reads UTF-8)</source>
        <translation>Excel-এর জন্য(&amp;X) (একটি বাইট অর্ডার মার্ক যোগ করে, যাতে Excel UTF-8 ঠিকমতো পড়ে)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV রপ্তানি</translation>
    </message>
    <message>
        <source>Meters to export</source>
        <translation>যে মিটারগুলো রপ্তানি হবে</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>রিডিং</translation>
    </message>
    <message>
        <source>Usage, as the chart shows it</source>
        <translation>ব্যবহার, চার্টে যেমন দেখায়</translation>
    </message>
    <message>
        <source>Daily totals</source>
        <translation>দৈনিক মোট</translation>
    </message>
    <message>
        <source>Monthly totals</source>
        <translation>মাসিক মোট</translation>
    </message>
    <message>
        <source>Monthly bills</source>
        <translation>মাসিক বিল</translation>
    </message>
    <message>
        <source>Recharges</source>
        <translation>রিচার্জ</translation>
    </message>
    <message>
        <source>Grid and generator sessions</source>
        <translation>গ্রিড ও জেনারেটর সেশন</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>সতর্কতা</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>কী রপ্তানি করবেন</translation>
    </message>
    <message>
        <source>What the &amp;chart shows: %1 to %2</source>
        <translation>চার্টে যা দেখানো হচ্ছে(&amp;C): %1 থেকে %2</translation>
    </message>
    <message>
        <source>What the &amp;chart shows</source>
        <translation>চার্টে যা দেখানো হচ্ছে(&amp;C)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>প্রথম দিন</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>শেষ দিন</translation>
    </message>
    <message>
        <source> min</source>
        <translation> মিনিট</translation>
    </message>
    <message>
        <source>Grouping in minutes</source>
        <translation>ভাগের দৈর্ঘ্য (মিনিটে)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>to</source>
        <translation>থেকে</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ব্রাউজ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Meters:</source>
        <translation>মিটার(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>কী(&amp;W):</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>সময়সীমা:</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>ভাগের দৈর্ঘ্য(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ফাইল(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>রপ্তানি(&amp;E)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ফাইল (*.csv);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Choose at least one meter.</source>
        <translation>অন্তত একটি মিটার বেছে নিন।</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>কোন ফাইলে লেখা হবে তা বেছে নিন।</translation>
    </message>
    <message>
        <source>The last day must not be before the first.</source>
        <translation>শেষ দিন প্রথম দিনের আগে হতে পারবে না।</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Choose at least one meter to export.</source>
        <translation>রপ্তানির জন্য অন্তত একটি মিটার বেছে নিন।</translation>
    </message>
    <message>
        <source>The end of the range must be after its start.</source>
        <translation>সময়সীমার শেষ অবশ্যই শুরুর পরে হতে হবে।</translation>
    </message>
    <message>
        <source>The grouping must be between %1 and %2 minutes.</source>
        <translation>ভাগের দৈর্ঘ্য %1 থেকে %2 মিনিটের মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation>CSV ফাইল লেখা যায়নি: %1</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 তৈরি করা যায়নি: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 সংরক্ষণ করা যায়নি: %2</translation>
    </message>
    <message>
        <source>Could not derive the usage of &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;-এর ব্যবহার হিসাব করা যায়নি: %2</translation>
    </message>
    <message>
        <source>Could not read the recharges: %1</source>
        <translation>রিচার্জগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>Could not read the sessions: %1</source>
        <translation>সেশনগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>Could not read the alerts: %1</source>
        <translation>সতর্কতাগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>%1 is Kilowatch&apos;s database; saving the export there would replace it. Choose another file.</source>
        <translation>%1 হলো Kilowatch-এর ডেটাবেস; রপ্তানি সেখানে সংরক্ষণ করলে ডেটাবেসটি প্রতিস্থাপিত হয়ে যাবে। অন্য একটি ফাইল বেছে নিন।</translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2 is a file.</source>
        <translation>%1 ফোল্ডারটি তৈরি করা যায়নি: %2 একটি ফাইল।</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>%1 ফোল্ডারটি তৈরি করা যায়নি।</translation>
    </message>
</context>
<context>
    <name>CsvFieldParser</name>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 অনেক বড়।</translation>
    </message>
    <message>
        <source>a number is missing.</source>
        <translation>একটি সংখ্যা নেই।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (the decimal point is &apos;.&apos;; for a decimal comma choose that option).</source>
        <translation>&quot;%1&quot; কোনো সংখ্যা নয় (দশমিক চিহ্ন হলো &apos;.&apos;; দশমিক কমা ব্যবহার করলে সেই অপশনটি বেছে নিন)।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; কোনো সংখ্যা নয়।</translation>
    </message>
    <message>
        <source>the time is missing.</source>
        <translation>সময় নেই।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time like 2025-07-25T15:30:00+05:30.</source>
        <translation>&quot;%1&quot; 2025-07-25T15:30:00+05:30-এর মতো কোনো তারিখ ও সময় নয়।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Unix time (whole %2).</source>
        <translation>&quot;%1&quot; কোনো Unix সময় নয় (পূর্ণসংখ্যায়, %2 এককে)।</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>সেকেন্ড</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>মিলিসেকেন্ড</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in the form %2.</source>
        <translation>&quot;%1&quot; %2 আকারের কোনো সময় নয়।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (the decimal separator is &apos;,&apos;; &apos;.&apos; only separates thousands, as in 1.234,50).</source>
        <translation>&quot;%1&quot; কোনো সংখ্যা নয় (দশমিক চিহ্ন হলো &apos;,&apos;; &apos;.&apos; শুধু হাজারের ঘর আলাদা করে, যেমন 1.234,50)।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: &apos;.&apos; may separate thousands or be a decimal point. Write %2 for the whole number, or turn the decimal comma off.</source>
        <translation>&quot;%1&quot; দ্ব্যর্থক: &apos;.&apos; হাজারের ঘর আলাদা করতে পারে, আবার দশমিক বিন্দুও হতে পারে। পূর্ণ সংখ্যার জন্য %2 লিখুন, অথবা দশমিক কমা বন্ধ করুন।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: &apos;,&apos; may separate thousands or be a decimal comma. Write %2 for the whole number, or choose the decimal comma.</source>
        <translation>&quot;%1&quot; দ্ব্যর্থক: &apos;,&apos; হাজারের ঘর আলাদা করতে পারে, আবার দশমিক কমাও হতে পারে। পূর্ণ সংখ্যার জন্য %2 লিখুন, অথবা দশমিক কমা বেছে নিন।</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Numbers use a decimal &amp;comma (1234,56)</source>
        <translation>সংখ্যায় দশমিক চিহ্ন হিসেবে কমা(&amp;C) (1234,56)</translation>
    </message>
    <message>
        <source>&amp;Skip bad rows (otherwise one bad row stops the import)</source>
        <translation>ত্রুটিপূর্ণ সারি বাদ দিন(&amp;S) (নইলে একটি ত্রুটিপূর্ণ সারিতেই আমদানি থেমে যাবে)</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>যাচাই(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>আমদানি(&amp;I)</translation>
    </message>
    <message>
        <source>Import CSV: %1</source>
        <translation>CSV আমদানি: %1</translation>
    </message>
    <message>
        <source>Meter the rows belong to</source>
        <translation>সারিগুলো যে মিটারের</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>রিডিং</translation>
    </message>
    <message>
        <source>Recharges (Kilowatch&apos;s own export)</source>
        <translation>রিচার্জ (Kilowatch-এর নিজের রপ্তানি)</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>ফাইলে কী আছে</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>কমা</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>সেমিকোলন</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>ট্যাব</translation>
    </message>
    <message>
        <source>Field delimiter</source>
        <translation>ফিল্ড বিভাজক</translation>
    </message>
    <message>
        <source>ISO 8601 (2025-07-25T15:30:00+05:30)</source>
        <translation>ISO 8601 (2025-07-25T15:30:00+05:30)</translation>
    </message>
    <message>
        <source>Unix time in seconds</source>
        <translation>Unix সময়, সেকেন্ডে</translation>
    </message>
    <message>
        <source>Unix time in milliseconds</source>
        <translation>Unix সময়, মিলিসেকেন্ডে</translation>
    </message>
    <message>
        <source>Pick one, or type a Qt date format such as dd/MM/yy hh:mm AP. Times without an offset are read in the meter&apos;s time zone.</source>
        <translation>একটি বেছে নিন, অথবা dd/MM/yy hh:mm AP-এর মতো একটি Qt তারিখ ফরম্যাট লিখুন। অফসেট ছাড়া সময়গুলো মিটারের টাইম জোন অনুযায়ী পড়া হয়।</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>সময়ের ফরম্যাট</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>সময়</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>ব্যালেন্স</translation>
    </message>
    <message>
        <source>Grid kWh</source>
        <translation>গ্রিড kWh</translation>
    </message>
    <message>
        <source>Generator kWh</source>
        <translation>জেনারেটর kWh</translation>
    </message>
    <message>
        <source>Load kW</source>
        <translation>লোড kW</translation>
    </message>
    <message>
        <source>Power source</source>
        <translation>বিদ্যুতের উৎস</translation>
    </message>
    <message>
        <source>Column of the %1</source>
        <translation>কলাম: %1</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>প্রথম কয়েকটি সারির প্রিভিউ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ফলাফল</translation>
    </message>
    <message>
        <source>&quot;Check&quot; reads the whole file and says what an import would do, without storing anything.</source>
        <translation>&quot;যাচাই&quot; পুরো ফাইলটি পড়ে জানায় আমদানি করলে কী হবে, কিছু সংরক্ষণ না করেই।</translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation>মিটার(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;The file holds:</source>
        <translation>ফাইলে আছে(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>বিভাজক(&amp;D):</translation>
    </message>
    <message>
        <source>Time &amp;format:</source>
        <translation>সময়ের ফরম্যাট(&amp;F):</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 খোলা যায়নি: %2</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(ফাইলে নেই)</translation>
    </message>
    <message>
        <source>This is a Kilowatch export: its columns are recognised.</source>
        <translation>এটি Kilowatch থেকে রপ্তানি করা ফাইল: এর কলামগুলো চেনা গেছে।</translation>
    </message>
    <message>
        <source>Another layout: choose which column holds what. The time and the balance or a kWh counter are needed.</source>
        <translation>অন্য বিন্যাস: কোন কলামে কী আছে তা বেছে নিন। সময় এবং ব্যালেন্স বা একটি kWh কাউন্টার থাকা দরকার।</translation>
    </message>
    <message>
        <source>Recharges are read from Kilowatch&apos;s own export only (meter, time, amount, balance_after, origin, token).</source>
        <translation>রিচার্জ শুধু Kilowatch-এর নিজের রপ্তানি করা ফাইল থেকেই পড়া হয় (meter, time, amount, balance_after, origin, token)।</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>উৎস</translation>
    </message>
    <message>
        <source>unknown time format</source>
        <translation>অজানা সময়ের ফরম্যাট</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not grid, generator or unknown</source>
        <translation>&quot;%1&quot; grid, generator বা unknown কোনোটিই নয়</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 ঋণাত্মক</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(নেই)</translation>
    </message>
    <message>
        <source>Times without an offset are read in %1.</source>
        <translation>অফসেট ছাড়া সময়গুলো %1 টাইম জোন অনুযায়ী পড়া হয়।</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>ফাইলটি ফাঁকা: এতে কোনো হেডার সারি নেই।</translation>
    </message>
    <message>
        <source>The time format &quot;%1&quot; is neither iso, epoch nor epoch-ms, nor a date format with the year, month and day such as &quot;dd/MM/yyyy HH:mm&quot;.</source>
        <translation>সময়ের ফরম্যাট &quot;%1&quot; iso, epoch বা epoch-ms নয়, আবার &quot;dd/MM/yyyy HH:mm&quot;-এর মতো বছর, মাস ও দিনসহ কোনো তারিখ ফরম্যাটও নয়।</translation>
    </message>
    <message>
        <source>The %1 column is number %2, but the file has %3 columns.</source>
        <translation>%1 কলামের নম্বর %2, কিন্তু ফাইলে কলাম আছে %3টি।</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (for the %2); its columns are: %3.</source>
        <translation>ফাইলে &quot;%1&quot; নামে কোনো কলাম নেই (%2 কলামের জন্য); এর কলামগুলো হলো: %3।</translation>
    </message>
    <message>
        <source>Line 1 is not the header of a Kilowatch readings export (%1); for another layout, say which column holds the time, the balance and the counters.</source>
        <translation>লাইন 1 Kilowatch থেকে রপ্তানি করা রিডিং ফাইলের হেডার নয় (%1); অন্য বিন্যাসের ফাইলের জন্য কোন কলামে সময়, ব্যালেন্স ও কাউন্টারগুলো আছে তা জানিয়ে দিন।</translation>
    </message>
    <message>
        <source>time</source>
        <translation>সময়</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>ব্যালেন্স</translation>
    </message>
    <message>
        <source>grid kWh</source>
        <translation>গ্রিড kWh</translation>
    </message>
    <message>
        <source>generator kWh</source>
        <translation>জেনারেটর kWh</translation>
    </message>
    <message>
        <source>load kW</source>
        <translation>লোড kW</translation>
    </message>
    <message>
        <source>power source</source>
        <translation>বিদ্যুতের উৎস</translation>
    </message>
    <message>
        <source>Say which column holds the time of each reading.</source>
        <translation>প্রতিটি রিডিংয়ের সময় কোন কলামে আছে তা জানিয়ে দিন।</translation>
    </message>
    <message>
        <source>Say which column holds the balance or a kWh counter: a reading needs one.</source>
        <translation>ব্যালেন্স বা একটি kWh কাউন্টার কোন কলামে আছে তা জানিয়ে দিন: প্রতিটি রিডিংয়ে এর একটি থাকা দরকার।</translation>
    </message>
    <message>
        <source>Recharges are imported from Kilowatch&apos;s own layout only.</source>
        <translation>রিচার্জ শুধু Kilowatch-এর নিজস্ব বিন্যাস থেকেই আমদানি করা যায়।</translation>
    </message>
    <message>
        <source>Line 1 is not the header of a Kilowatch recharges export (%1).</source>
        <translation>লাইন 1 Kilowatch থেকে রপ্তানি করা রিচার্জ ফাইলের হেডার নয় (%1)।</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>হেডারে ফিল্ড আছে %2টি, কিন্তু এখানে %1টি।</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 ভবিষ্যতের সময়।</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1 ঋণাত্মক হতে পারে না (%2)।</translation>
    </message>
    <message>
        <source>the file holds more than one meter (&quot;%1&quot;, then &quot;%2&quot;); import one meter at a time.</source>
        <translation>ফাইলে একাধিক মিটারের তথ্য আছে (প্রথমে &quot;%1&quot;, তারপর &quot;%2&quot;); একবারে একটি মিটার আমদানি করুন।</translation>
    </message>
    <message>
        <source>The balance</source>
        <translation>ব্যালেন্স</translation>
    </message>
    <message>
        <source>A counter</source>
        <translation>একটি কাউন্টার</translation>
    </message>
    <message>
        <source>The load</source>
        <translation>লোড</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a power source (grid, generator or unknown).</source>
        <translation>&quot;%1&quot; কোনো বিদ্যুতের উৎস নয় (grid, generator বা unknown)।</translation>
    </message>
    <message>
        <source>the row has neither a balance nor a kWh counter.</source>
        <translation>সারিটিতে ব্যালেন্স বা kWh কাউন্টার কোনোটিই নেই।</translation>
    </message>
    <message>
        <source>Could not start the import: %1</source>
        <translation>আমদানি শুরু করা যায়নি: %1</translation>
    </message>
    <message>
        <source>Could not store the import: %1</source>
        <translation>আমদানি করা তথ্য সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>পরিমাণ</translation>
    </message>
    <message>
        <source>the amount is missing.</source>
        <translation>পরিমাণ নেই।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin (detected, provider or manual).</source>
        <translation>&quot;%1&quot; রিচার্জের কোনো বৈধ উৎস নয় (detected, provider বা manual)।</translation>
    </message>
    <message>
        <source>the token is longer than %1 characters.</source>
        <translation>টোকেনটি %1 অক্ষরের চেয়ে লম্বা।</translation>
    </message>
    <message>
        <source>no detected recharge at this time: detected recharges come from the readings, so import the readings first (or make it a manual recharge).</source>
        <translation>এই সময়ে কোনো শনাক্ত করা রিচার্জ নেই: শনাক্ত করা রিচার্জ আসে রিডিং থেকে, তাই আগে রিডিংগুলো আমদানি করুন (অথবা এটিকে ম্যানুয়াল রিচার্জ হিসেবে দিন)।</translation>
    </message>
    <message>
        <source>%1 is before the year 2000; check the time format (epoch counts seconds, epoch-ms milliseconds).</source>
        <translation>%1 সময়টি 2000 সালের আগের; সময়ের ফরম্যাট যাচাই করুন (epoch সেকেন্ডে গোনে, epoch-ms মিলিসেকেন্ডে)।</translation>
    </message>
    <message>
        <source>%1 is beyond a billion (%2); check the column and the number format.</source>
        <translation>%1 একশো কোটি ছাড়িয়ে গেছে (%2); কলাম ও সংখ্যার ফরম্যাট যাচাই করুন।</translation>
    </message>
    <message>
        <source>%1 is Kilowatch&apos;s database, not a CSV file. Choose the CSV file to import.</source>
        <translation>%1 হলো Kilowatch-এর ডেটাবেস, CSV ফাইল নয়। আমদানি করার জন্য CSV ফাইলটি বেছে নিন।</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ফাইলটি পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>This is not UTF-8 text; save the file as CSV UTF-8.</source>
        <translation>এটি UTF-8 টেক্সট নয়; ফাইলটি CSV UTF-8 হিসেবে সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <source>The record is longer than %1 bytes, the limit for one line; this is not a CSV file Kilowatch can read (or its quotes are unbalanced).</source>
        <translation>রেকর্ডটি %1 বাইটের চেয়ে লম্বা, যা এক লাইনের সীমা; এটি এমন কোনো CSV ফাইল নয় যা Kilowatch পড়তে পারে (অথবা এর কোটগুলো জোড়ায় জোড়ায় মেলে না)।</translation>
    </message>
    <message>
        <source>A quoted field is never closed (a missing &quot; before the end of the file).</source>
        <translation>কোট দিয়ে শুরু হওয়া একটি ফিল্ড আর বন্ধ হয়নি (ফাইল শেষ হওয়ার আগে একটি &quot; নেই)।</translation>
    </message>
    <message>
        <source>A double quote inside a field that does not begin with one; quote the whole field and double the quote (&quot;&quot;).</source>
        <translation>এমন একটি ফিল্ডের ভেতরে ডাবল কোট আছে, যা ডাবল কোট দিয়ে শুরু হয়নি; পুরো ফিল্ডটি কোটের মধ্যে রাখুন এবং ভেতরের কোটটি দুবার লিখুন (&quot;&quot;)।</translation>
    </message>
    <message>
        <source>A NUL byte: this is binary data, not CSV text.</source>
        <translation>একটি NUL বাইট: এটি বাইনারি ডেটা, CSV টেক্সট নয়।</translation>
    </message>
    <message>
        <source>A carriage return that is not followed by a line feed.</source>
        <translation>একটি ক্যারেজ রিটার্ন, যার পরে লাইন ফিড নেই।</translation>
    </message>
    <message>
        <source>Text after the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>একটি ফিল্ডের শেষ কোটের পরে টেক্সট আছে; কোটের মধ্যে থাকা ফিল্ডের ভেতরে কোট দুবার লিখতে হয় (&quot;&quot;)।</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The file could not be written.</source>
        <translation>ফাইলটি লেখা যায়নি।</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>কোনো ডেটাবেস ফাইল দেওয়া হয়নি।</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 একটি ফোল্ডার, ডেটাবেস ফাইল নয়।</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Qt-এর জন্য SQLite ড্রাইভার ইনস্টল করা নেই (প্যাকেজ libqt6sql6-sqlite)।</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>ডেটাবেস %1 খোলা যায়নি: %2</translation>
    </message>
    <message>
        <source>%1 is not a Kilowatch database or is damaged (%2).</source>
        <translation>%1 কোনো Kilowatch ডেটাবেস নয়, অথবা এটি নষ্ট হয়ে গেছে (%2)।</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Kilowatch (schema %2; this version understands up to %3). It was not changed; please update Kilowatch.</source>
        <translation>ডেটাবেস %1 Kilowatch-এর একটি নতুন সংস্করণে লেখা হয়েছে (স্কিমা %2; এই সংস্করণ %3 পর্যন্ত বোঝে)। এতে কোনো পরিবর্তন করা হয়নি; অনুগ্রহ করে Kilowatch আপডেট করুন।</translation>
    </message>
    <message>
        <source>Could not start the schema upgrade: %1</source>
        <translation>স্কিমা আপগ্রেড শুরু করা যায়নি: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>ডেটাবেস স্কিমা %1-এ আপগ্রেড করা যায়নি: %2</translation>
    </message>
    <message>
        <source>Could not configure the database (%1): %2</source>
        <translation>ডেটাবেস কনফিগার করা যায়নি (%1): %2</translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging.</source>
        <translation>ডেটাবেস write-ahead logging মোডে যেতে পারেনি।</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>%1 ফোল্ডারটি তৈরি করা যায়নি।</translation>
    </message>
    <message>
        <source>Could not create the database file %1: %2</source>
        <translation>ডেটাবেস ফাইল %1 তৈরি করা যায়নি: %2</translation>
    </message>
</context>
<context>
    <name>DemoMeter</name>
    <message>
        <source>Demo meter</source>
        <translation>ডেমো মিটার</translation>
    </message>
</context>
<context>
    <name>DescoProvider</name>
    <message>
        <source>--account needs the DESCO account number, digits only, not &quot;%1&quot;.</source>
        <translation>--account-এর সাথে DESCO অ্যাকাউন্ট নম্বর দিতে হবে, শুধু অঙ্কে, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>--meter-number needs the DESCO meter number, digits only, not &quot;%1&quot;.</source>
        <translation>--meter-number-এর সাথে DESCO মিটার নম্বর দিতে হবে, শুধু অঙ্কে, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>The certificate file %1 (--ca-file) does not exist.</source>
        <translation>সার্টিফিকেট ফাইল %1 (--ca-file) নেই।</translation>
    </message>
    <message>
        <source>The certificate file %1 (--ca-file) cannot be read: %2</source>
        <translation>সার্টিফিকেট ফাইল %1 (--ca-file) পড়া যাচ্ছে না: %2</translation>
    </message>
    <message>
        <source>it is not a file.</source>
        <translation>এটি কোনো ফাইল নয়।</translation>
    </message>
    <message>
        <source>The certificate file %1 (--ca-file) is larger than 1 MiB; it is not a certificate.</source>
        <translation>সার্টিফিকেট ফাইল %1 (--ca-file) 1 MiB-এর চেয়ে বড়; এটি কোনো সার্টিফিকেট নয়।</translation>
    </message>
    <message>
        <source>The certificate file %1 (--ca-file) holds no PEM certificate (a block starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>সার্টিফিকেট ফাইল %1 (--ca-file)-এ কোনো PEM সার্টিফিকেট নেই (-----BEGIN CERTIFICATE----- দিয়ে শুরু হওয়া একটি ব্লক)।</translation>
    </message>
    <message>
        <source>DESCO&apos;s server is known to send an incomplete certificate chain; add its intermediate certificate (a PEM file) to this meter with --ca-file.</source>
        <translation>DESCO-র সার্ভার অসম্পূর্ণ সার্টিফিকেট চেইন পাঠায় বলে জানা আছে; --ca-file দিয়ে এই মিটারে এর ইন্টারমিডিয়েট সার্টিফিকেট (একটি PEM ফাইল) যোগ করুন।</translation>
    </message>
    <message>
        <source>The certificates in %1 (--ca-file) did not complete DESCO&apos;s chain either; check that the file holds DESCO&apos;s current intermediate certificate.</source>
        <translation>%1 (--ca-file)-এর সার্টিফিকেটগুলো দিয়েও DESCO-র চেইন সম্পূর্ণ হয়নি; ফাইলটিতে DESCO-র বর্তমান ইন্টারমিডিয়েট সার্টিফিকেট আছে কি না যাচাই করুন।</translation>
    </message>
    <message>
        <source>DESCO was not contacted.</source>
        <translation>DESCO-র সাথে যোগাযোগ করা হয়নি।</translation>
    </message>
    <message>
        <source>expected an object with code, desc and data.</source>
        <translation>code, desc ও data সহ একটি অবজেক্ট প্রত্যাশিত ছিল।</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>কোনো কারণ জানানো হয়নি</translation>
    </message>
    <message>
        <source>DESCO answered &quot;%1&quot; (code %2) for account %3, meter %4.</source>
        <translation>অ্যাকাউন্ট %3, মিটার %4-এর জন্য DESCO উত্তর দিয়েছে &quot;%1&quot; (কোড %2)।</translation>
    </message>
    <message>
        <source>Check the account and meter numbers of this meter.</source>
        <translation>এই মিটারের অ্যাকাউন্ট ও মিটার নম্বর যাচাই করুন।</translation>
    </message>
    <message>
        <source>DESCO sent no balance for account %1, meter %2; check the account and meter numbers of this meter.</source>
        <translation>অ্যাকাউন্ট %1, মিটার %2-এর জন্য DESCO কোনো ব্যালেন্স পাঠায়নি; এই মিটারের অ্যাকাউন্ট ও মিটার নম্বর যাচাই করুন।</translation>
    </message>
    <message>
        <source>expected an object with the balance.</source>
        <translation>ব্যালেন্সসহ একটি অবজেক্ট প্রত্যাশিত ছিল।</translation>
    </message>
    <message>
        <source>the answer is about account %1, not %2.</source>
        <translation>উত্তরটি অ্যাকাউন্ট %1-এর, %2-এর নয়।</translation>
    </message>
    <message>
        <source>the answer is about meter %1, not %2.</source>
        <translation>উত্তরটি মিটার %1-এর, %2-এর নয়।</translation>
    </message>
    <message>
        <source>expected a list.</source>
        <translation>একটি তালিকা প্রত্যাশিত ছিল।</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>একটি অবজেক্ট প্রত্যাশিত ছিল।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form %2.</source>
        <translation>&quot;%1&quot; %2 আকারের কোনো তারিখ নয়।</translation>
    </message>
    <message>
        <source>the day %1 is in the future.</source>
        <translation>%1 দিনটি ভবিষ্যতের।</translation>
    </message>
    <message>
        <source>the value is empty.</source>
        <translation>মানটি ফাঁকা।</translation>
    </message>
</context>
<context>
    <name>DesktopCommandLine</name>
    <message>
        <source>Use this database file (default: $KILOWATCH_DATABASE, else kilowatch.sqlite in the application data folder).</source>
        <translation>এই ডেটাবেস ফাইল ব্যবহার করুন (ডিফল্ট: $KILOWATCH_DATABASE, না থাকলে অ্যাপ্লিকেশনের ডেটা ফোল্ডারে kilowatch.sqlite)।</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use this settings file (default: $KILOWATCH_SETTINGS, else kilowatch.ini in the configuration folder).</source>
        <translation>এই সেটিংস ফাইল ব্যবহার করুন (ডিফল্ট: $KILOWATCH_SETTINGS, না থাকলে কনফিগারেশন ফোল্ডারে kilowatch.ini)।</translation>
    </message>
    <message>
        <source>Show Kilowatch in this language, for example bn (Bengali) or hi (Hindi); default: the system&apos;s.</source>
        <translation>Kilowatch এই ভাষায় দেখান, যেমন bn (বাংলা) বা hi (হিন্দি); ডিফল্ট: সিস্টেমের ভাষা।</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Kilowatch: a tracker for prepaid electricity meters.</source>
        <translation>Kilowatch: প্রিপেইড বিদ্যুৎ মিটারের ট্র্যাকার।</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>Demo meter ready: this is simulated data.</source>
        <translation>ডেমো মিটার প্রস্তুত: এগুলো সিমুলেট করা ডেটা।</translation>
    </message>
    <message>
        <source>Kilowatch is still running</source>
        <translation>Kilowatch এখনো চলছে</translation>
    </message>
    <message>
        <source>Kilowatch keeps watching your meters from the system tray. To quit, use Quit in the tray icon&apos;s menu.</source>
        <translation>Kilowatch সিস্টেম ট্রে থেকে আপনার মিটারগুলোর ওপর নজর রাখছে। বন্ধ করতে ট্রে আইকনের মেনু থেকে &quot;প্রস্থান&quot; বেছে নিন।</translation>
    </message>
    <message>
        <source>Preparing %1 days of demo history…</source>
        <translation>%1 দিনের ডেমো ইতিহাস তৈরি করা হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Open Kilowatch</source>
        <translation>Kilowatch খুলুন</translation>
    </message>
    <message>
        <source>No way to show a desktop notification here.</source>
        <translation>এখানে ডেস্কটপ নোটিফিকেশন দেখানোর কোনো উপায় নেই।</translation>
    </message>
</context>
<context>
    <name>DpdcProvider</name>
    <message>
        <source>The DPDC customer number must be 1 to %1 digits (0-9), not &quot;%2&quot;; it is on the bill and in the DPDC app.</source>
        <translation>DPDC গ্রাহক নম্বর 1 থেকে %1 অঙ্কের (0-9) হতে হবে, &quot;%2&quot; নয়; নম্বরটি বিলে এবং DPDC অ্যাপে পাবেন।</translation>
    </message>
    <message>
        <source>The DPDC client id must be given (--client-id) and contain no spaces or special characters.</source>
        <translation>DPDC ক্লায়েন্ট আইডি দিতে হবে (--client-id), এবং তাতে কোনো স্পেস বা বিশেষ অক্ষর থাকা চলবে না।</translation>
    </message>
    <message>
        <source>Check the meter&apos;s settings.</source>
        <translation>মিটারের সেটিংস যাচাই করুন।</translation>
    </message>
    <message>
        <source>The stored client_secret is empty or contains spaces or control characters; store it again with kilowatch-cli meter secrets &quot;%1&quot; --secret-stdin.</source>
        <translation>সংরক্ষিত client_secret ফাঁকা, অথবা তাতে স্পেস বা কন্ট্রোল ক্যারেক্টার আছে; kilowatch-cli meter secrets &quot;%1&quot; --secret-stdin দিয়ে এটি আবার সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <source>DPDC refused the client id and client secret (HTTP %1); check --client-id and store the client_secret again with kilowatch-cli meter secrets &quot;%2&quot; --secret-stdin.</source>
        <translation>DPDC ক্লায়েন্ট আইডি ও ক্লায়েন্ট সিক্রেট গ্রহণ করেনি (HTTP %1); --client-id যাচাই করুন এবং kilowatch-cli meter secrets &quot;%2&quot; --secret-stdin দিয়ে client_secret আবার সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation>একটি JSON অবজেক্ট প্রত্যাশিত ছিল।</translation>
    </message>
    <message>
        <source>the value is missing.</source>
        <translation>মানটি নেই।</translation>
    </message>
    <message>
        <source>expected a token (text without spaces).</source>
        <translation>একটি টোকেন (স্পেস ছাড়া টেক্সট) প্রত্যাশিত ছিল।</translation>
    </message>
    <message>
        <source>a negative lifetime for the token.</source>
        <translation>টোকেনের মেয়াদ ঋণাত্মক।</translation>
    </message>
    <message>
        <source>DPDC did not accept a freshly issued access token (HTTP 401); check the client id and client secret.</source>
        <translation>DPDC সদ্য ইস্যু করা একটি অ্যাক্সেস টোকেনও গ্রহণ করেনি (HTTP 401); ক্লায়েন্ট আইডি ও ক্লায়েন্ট সিক্রেট যাচাই করুন।</translation>
    </message>
    <message>
        <source>it answered with a Cloudflare challenge page</source>
        <translation>এটি একটি Cloudflare চ্যালেঞ্জ পেজ দিয়ে উত্তর দিয়েছে</translation>
    </message>
    <message>
        <source>it answered &quot;Access denied&quot;</source>
        <translation>এটি &quot;Access denied&quot; উত্তর দিয়েছে</translation>
    </message>
    <message>
        <source>DPDC asks for a human check (%1): its server wants a Cloudflare Turnstile code, which only a person in a browser can get. Kilowatch does not retry before an hour has passed; meanwhile see the balance at amiapp.dpdc.org.bd or in the DPDC app.</source>
        <translation>DPDC একটি মানব যাচাই চাইছে (%1): এর সার্ভার একটি Cloudflare Turnstile কোড চায়, যা শুধু ব্রাউজারে একজন মানুষই পেতে পারেন। এক ঘণ্টা না পেরোনো পর্যন্ত Kilowatch আবার চেষ্টা করবে না; এর মধ্যে amiapp.dpdc.org.bd বা DPDC অ্যাপে ব্যালেন্স দেখে নিন।</translation>
    </message>
    <message>
        <source>expected a list of errors.</source>
        <translation>ত্রুটির একটি তালিকা প্রত্যাশিত ছিল।</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(কোনো বার্তা নেই)</translation>
    </message>
    <message>
        <source>DPDC: %1</source>
        <translation>DPDC: %1</translation>
    </message>
    <message>
        <source>The stored app client secret is empty or contains spaces or control characters; type it again in Meter &gt; Edit meter….</source>
        <translation>সংরক্ষিত অ্যাপ ক্লায়েন্ট সিক্রেট খালি অথবা তাতে ফাঁকা জায়গা বা কন্ট্রোল অক্ষর আছে; মিটার &gt; মিটার সম্পাদনা…-তে আবার লিখুন।</translation>
    </message>
    <message>
        <source>DPDC refused the app client ID and client secret (HTTP %1); check both in Meter &gt; Edit meter….</source>
        <translation>DPDC অ্যাপ ক্লায়েন্ট আইডি ও ক্লায়েন্ট সিক্রেট গ্রহণ করেনি (HTTP %1); মিটার &gt; মিটার সম্পাদনা…-তে দুটোই যাচাই করুন।</translation>
    </message>
</context>
<context>
    <name>ElnetProvider</name>
    <message>
        <source>The elnet provider needs --base-url (the address of your society&apos;s ELNET server), or both --live-url and --home-url.</source>
        <translation>elnet প্রদানকারীর জন্য --base-url (আপনার সোসাইটির ELNET সার্ভারের ঠিকানা), অথবা --live-url ও --home-url দুটোই দিতে হবে।</translation>
    </message>
    <message>
        <source>If the token or the InputType changed in the ELNET app, store the new ones with kilowatch-cli meter secrets &quot;%1&quot; --secret-stdin.</source>
        <translation>ELNET অ্যাপে টোকেন বা InputType বদলে থাকলে kilowatch-cli meter secrets &quot;%1&quot; --secret-stdin দিয়ে নতুনগুলো সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <source>ELNET said: &quot;%1&quot;.</source>
        <translation>ELNET জানিয়েছে: &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>ELNET answered &quot;%1&quot; without a message.</source>
        <translation>ELNET কোনো বার্তা ছাড়াই &quot;%1&quot; উত্তর দিয়েছে।</translation>
    </message>
    <message>
        <source>ELNET answered &quot;%1&quot;: %2</source>
        <translation>ELNET উত্তর দিয়েছে &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>If the token or the InputType changed in the ELNET app, type the new ones in Meter &gt; Edit meter….</source>
        <translation>ELNET অ্যাপে টোকেন বা InputType বদলে গেলে, নতুনগুলো মিটার &gt; মিটার সম্পাদনা…-তে লিখুন।</translation>
    </message>
</context>
<context>
    <name>EnergyColumns</name>
    <message>
        <source>Grid</source>
        <translation>গ্রিড</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>জেনারেটর</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>মোট</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>খরচ</translation>
    </message>
</context>
<context>
    <name>FetchOutcome</name>
    <message>
        <source>New reading received.</source>
        <translation>নতুন রিডিং পাওয়া গেছে।</translation>
    </message>
    <message>
        <source>The provider repeated its last reading; nothing new yet.</source>
        <translation>প্রদানকারী তার শেষ রিডিংটিই আবার পাঠিয়েছে; এখনো নতুন কিছু নেই।</translation>
    </message>
    <message>
        <source>The provider rejected the credentials.</source>
        <translation>প্রদানকারী লগইন তথ্য গ্রহণ করেনি।</translation>
    </message>
    <message>
        <source>The provider asks for a human check; open its website or app once, or enter readings by hand meanwhile.</source>
        <translation>প্রদানকারী একটি মানব যাচাই চাইছে; এর ওয়েবসাইট বা অ্যাপ একবার খুলুন, অথবা এর মধ্যে হাতে রিডিং লিখুন।</translation>
    </message>
    <message numerus="yes">
        <source>The provider asks to slow down; next try in %n second(s).</source>
        <translation>
            <numerusform>প্রদানকারী ধীরে অনুরোধ পাঠাতে বলছে; %Ln সেকেন্ড পরে আবার চেষ্টা করা হবে।</numerusform>
            <numerusform>প্রদানকারী ধীরে অনুরোধ পাঠাতে বলছে; %Ln সেকেন্ড পরে আবার চেষ্টা করা হবে।</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider asks to slow down.</source>
        <translation>প্রদানকারী ধীরে অনুরোধ পাঠাতে বলছে।</translation>
    </message>
    <message>
        <source>The provider&apos;s server reported an error.</source>
        <translation>প্রদানকারীর সার্ভার একটি ত্রুটি জানিয়েছে।</translation>
    </message>
    <message>
        <source>The provider could not be reached.</source>
        <translation>প্রদানকারীর সাথে যোগাযোগ করা যায়নি।</translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>প্রদানকারী সময়মতো উত্তর দেয়নি।</translation>
    </message>
    <message>
        <source>The provider sent data Kilowatch cannot use.</source>
        <translation>প্রদানকারী এমন ডেটা পাঠিয়েছে যা Kilowatch ব্যবহার করতে পারে না।</translation>
    </message>
    <message>
        <source>The provider sent an unusable value for %1: %2</source>
        <translation>প্রদানকারী %1-এর জন্য ব্যবহার-অযোগ্য একটি মান পাঠিয়েছে: %2</translation>
    </message>
</context>
<context>
    <name>Formatters</name>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 দিন %2 ঘণ্টা</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ঘণ্টা %2 মিনিট</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 মিনিট</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 সেকেন্ড</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 আগে</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>পরিমাণ(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>পরিমাণ (%1)(&amp;A):</translation>
    </message>
</context>
<context>
    <name>GenericJsonProvider</name>
    <message>
        <source>%1 has a &quot;${secret:&quot; that is not a placeholder such as ${secret:token}.</source>
        <translation>%1-এ এমন একটি &quot;${secret:&quot; আছে, যা ${secret:token}-এর মতো কোনো প্লেসহোল্ডার নয়।</translation>
    </message>
    <message>
        <source>%1 names the credential &quot;%2&quot;; the json provider keeps only %3.</source>
        <translation>%1-এ &quot;%2&quot; লগইন তথ্যের উল্লেখ আছে; json প্রদানকারী শুধু %3 রাখে।</translation>
    </message>
    <message>
        <source>The json provider needs --url, the address of the service&apos;s JSON answer (or a --preset that supplies it).</source>
        <translation>json প্রদানকারীর জন্য --url দিতে হবে, অর্থাৎ সার্ভিসের JSON উত্তরের ঠিকানা (অথবা এমন একটি --preset, যা এটি দেয়)।</translation>
    </message>
    <message>
        <source>--url takes no credentials (addresses end up in logs and proxies); send them in a --header or the --body instead.</source>
        <translation>--url-এ কোনো লগইন তথ্য রাখা যায় না (ঠিকানাগুলো লগ ও প্রক্সিতে থেকে যায়); এর বদলে সেগুলো --header বা --body-তে পাঠান।</translation>
    </message>
    <message>
        <source>--url needs an http(s) address, not &quot;%1&quot;.</source>
        <translation>--url-এর সাথে একটি http(s) ঠিকানা দিতে হবে, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>--method takes GET, POST or PUT, not &quot;%1&quot;.</source>
        <translation>--method হবে GET, POST অথবা PUT, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>--header needs the form &quot;Name: value&quot;, e.g. &quot;Authorization: Bearer ${secret:token}&quot;.</source>
        <translation>--header হতে হবে &quot;Name: value&quot; আকারে, যেমন &quot;Authorization: Bearer ${secret:token}&quot;।</translation>
    </message>
    <message>
        <source>--header %1 has a line break or another control character.</source>
        <translation>--header %1-এ লাইন ব্রেক বা অন্য কোনো কন্ট্রোল ক্যারেক্টার আছে।</translation>
    </message>
    <message>
        <source>Give the body&apos;s type with --content-type, not --header.</source>
        <translation>বডির ধরন --content-type দিয়ে দিন, --header দিয়ে নয়।</translation>
    </message>
    <message>
        <source>--header %1 carries a credential: keep it in the keychain and write ${secret:token} (or ${secret:api_key}, ${secret:password}) in its place, e.g. &quot;Authorization: Bearer ${secret:token}&quot; with token=... on --secret-stdin.</source>
        <translation>--header %1-এ একটি লগইন তথ্য আছে: সেটি কিচেইনে রাখুন এবং তার জায়গায় ${secret:token} (অথবা ${secret:api_key}, ${secret:password}) লিখুন, যেমন &quot;Authorization: Bearer ${secret:token}&quot;, আর --secret-stdin-এ token=... দিন।</translation>
    </message>
    <message>
        <source>--body needs --method POST or PUT.</source>
        <translation>--body-এর জন্য --method POST অথবা PUT দিতে হবে।</translation>
    </message>
    <message>
        <source>--content-type has a line break or another control character.</source>
        <translation>--content-type-এ লাইন ব্রেক বা অন্য কোনো কন্ট্রোল ক্যারেক্টার আছে।</translation>
    </message>
    <message>
        <source>--accept-status needs HTTP statuses such as 200,201,409 or 2xx, not &quot;%1&quot;.</source>
        <translation>--accept-status-এর সাথে 200,201,409 বা 2xx-এর মতো HTTP স্ট্যাটাস দিতে হবে, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>The stored &quot;%1&quot; cannot go into a header: it has a line break or another control character.</source>
        <translation>সংরক্ষিত &quot;%1&quot; কোনো হেডারে বসানো যায় না: এতে লাইন ব্রেক বা অন্য কোনো কন্ট্রোল ক্যারেক্টার আছে।</translation>
    </message>
    <message>
        <source>The meter&apos;s settings cannot be used: %1</source>
        <translation>মিটারের সেটিংস ব্যবহার করা যাচ্ছে না: %1</translation>
    </message>
    <message>
        <source>It answered HTTP %1, which is not among the accepted statuses (%2; see --accept-status).</source>
        <translation>এটি HTTP %1 উত্তর দিয়েছে, যা গ্রহণযোগ্য স্ট্যাটাসগুলোর মধ্যে নেই (%2; --accept-status দেখুন)।</translation>
    </message>
    <message>
        <source> The server said: &quot;%1&quot;</source>
        <translation> সার্ভার বলেছে: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source> (may be given several times)</source>
        <translation> (একাধিকবার দেওয়া যায়)</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>অজানা কমান্ড &quot;%1&quot;।</translation>
    </message>
</context>
<context>
    <name>HttpProvider</name>
    <message>
        <source>No &quot;%1&quot; is stored for this meter; add it with kilowatch-cli meter secrets &quot;%2&quot; --secret-stdin.</source>
        <translation>এই মিটারের জন্য কোনো &quot;%1&quot; সংরক্ষিত নেই; kilowatch-cli meter secrets &quot;%2&quot; --secret-stdin দিয়ে এটি যোগ করুন।</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not valid; check the meter&apos;s settings.</source>
        <translation>ঠিকানা &quot;%1&quot; সঠিক নয়; মিটারের সেটিংস যাচাই করুন।</translation>
    </message>
    <message>
        <source>Kilowatch does not send credentials over plain http to %1; use an https address, or confirm plain http for this meter (--allow-http).</source>
        <translation>Kilowatch সাধারণ http-র মাধ্যমে %1-এ লগইন তথ্য পাঠায় না; একটি https ঠিকানা ব্যবহার করুন, অথবা এই মিটারের জন্য সাধারণ http নিশ্চিত করুন (--allow-http)।</translation>
    </message>
    <message>
        <source>the answer is larger than %1 KiB; it was not read.</source>
        <translation>উত্তরটি %1 KiB-এর চেয়ে বড়; এটি পড়া হয়নি।</translation>
    </message>
    <message>
        <source>%1 kept the connection open without finishing.</source>
        <translation>%1 সংযোগ খোলা রেখেছে, কিন্তু উত্তর শেষ করেনি।</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 সময়মতো উত্তর দেয়নি।</translation>
    </message>
    <message>
        <source>%1 redirects in a loop.</source>
        <translation>%1 বারবার একই চক্রে রিডাইরেক্ট করছে।</translation>
    </message>
    <message>
        <source>%1 redirected to an insecure address; not followed.</source>
        <translation>%1 একটি অনিরাপদ ঠিকানায় রিডাইরেক্ট করেছে; সেখানে যাওয়া হয়নি।</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified; Kilowatch does not turn verification off. (%2)</source>
        <translation>%1-এর সার্টিফিকেট যাচাই করা যায়নি; Kilowatch যাচাই বন্ধ করে না। (%2)</translation>
    </message>
    <message>
        <source>the compressed answer expands beyond %1 KiB.</source>
        <translation>কমপ্রেস করা উত্তরটি খুললে %1 KiB-এর চেয়ে বড় হয়ে যায়।</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the answer was cut off before its end.</source>
        <translation>উত্তরটি শেষ হওয়ার আগেই কেটে গেছে।</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>(HTTP 429)</source>
        <translation>(HTTP 429)</translation>
    </message>
    <message>
        <source>The address was not found (HTTP 404); check the meter&apos;s base URL.</source>
        <translation>ঠিকানাটি পাওয়া যায়নি (HTTP 404); মিটারের বেস URL যাচাই করুন।</translation>
    </message>
    <message>
        <source>the answer was empty.</source>
        <translation>উত্তরটি ফাঁকা ছিল।</translation>
    </message>
    <message>
        <source>the server answered with a web page instead of data (a login or error page?).</source>
        <translation>সার্ভার ডেটার বদলে একটি ওয়েব পেজ পাঠিয়েছে (সম্ভবত লগইন বা ত্রুটির পেজ)।</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2).</source>
        <translation>উত্তরটি বৈধ JSON নয় (বাইট %2-এ %1)।</translation>
    </message>
    <message>
        <source>No &quot;%1&quot; is stored for this meter; type it in Meter &gt; Edit meter….</source>
        <translation>এই মিটারের জন্য কোনো &quot;%1&quot; সংরক্ষিত নেই; মিটার &gt; মিটার সম্পাদনা…-তে লিখুন।</translation>
    </message>
</context>
<context>
    <name>IngufuPayProvider</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time.</source>
        <translation>&quot;%1&quot; কোনো ISO 8601 সময় নয়।</translation>
    </message>
    <message>
        <source>the time %1 is in the future.</source>
        <translation>%1 সময়টি ভবিষ্যতের।</translation>
    </message>
    <message>
        <source>no IngufuPay meter number is set for this meter (--meter-number).</source>
        <translation>এই মিটারের জন্য কোনো IngufuPay মিটার নম্বর সেট করা নেই (--meter-number)।</translation>
    </message>
    <message>
        <source>IngufuPay accepted the login but refused the request that followed (HTTP %1).</source>
        <translation>IngufuPay লগইন গ্রহণ করেছে, কিন্তু পরের অনুরোধটি প্রত্যাখ্যান করেছে (HTTP %1)।</translation>
    </message>
    <message>
        <source>IngufuPay refused to renew the session (HTTP %1).</source>
        <translation>IngufuPay সেশন নবায়ন করতে রাজি হয়নি (HTTP %1)।</translation>
    </message>
    <message>
        <source>the renewal answer has no token.</source>
        <translation>নবায়নের উত্তরে কোনো টোকেন নেই।</translation>
    </message>
    <message>
        <source>IngufuPay refused the username or password; store the right ones with kilowatch-cli meter secrets &quot;%1&quot; --secret-stdin.</source>
        <translation>IngufuPay ইউজারনেম বা পাসওয়ার্ড গ্রহণ করেনি; kilowatch-cli meter secrets &quot;%1&quot; --secret-stdin দিয়ে সঠিকগুলো সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <source>the login answer has no token.</source>
        <translation>লগইনের উত্তরে কোনো টোকেন নেই।</translation>
    </message>
    <message>
        <source>the answer is not a list of meters.</source>
        <translation>উত্তরটি মিটারের তালিকা নয়।</translation>
    </message>
    <message>
        <source>a meter without a meter number.</source>
        <translation>মিটার নম্বর ছাড়া একটি মিটার।</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>এবং আরও %Lnটি</numerusform>
            <numerusform>এবং আরও %Lnটি</numerusform>
        </translation>
    </message>
    <message>
        <source>meter %1 is not on this IngufuPay account, which has no meters.</source>
        <translation>মিটার %1 এই IngufuPay অ্যাকাউন্টে নেই; এই অ্যাকাউন্টে কোনো মিটারই নেই।</translation>
    </message>
    <message>
        <source>meter %1 is not on this IngufuPay account; its meters are: %2.</source>
        <translation>মিটার %1 এই IngufuPay অ্যাকাউন্টে নেই; এর মিটারগুলো হলো: %2।</translation>
    </message>
    <message>
        <source>IngufuPay lists meter %1 as %2, not active; Kilowatch records no balance for it until it is active again.</source>
        <translation>IngufuPay মিটার %1-কে সক্রিয় হিসেবে নয়, %2 হিসেবে দেখাচ্ছে; আবার সক্রিয় না হওয়া পর্যন্ত Kilowatch এর কোনো ব্যালেন্স রেকর্ড করবে না।</translation>
    </message>
    <message>
        <source>the answer is not a list of transactions.</source>
        <translation>উত্তরটি লেনদেনের তালিকা নয়।</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>একটি অবজেক্ট প্রত্যাশিত ছিল।</translation>
    </message>
    <message>
        <source>the value is missing.</source>
        <translation>মানটি নেই।</translation>
    </message>
    <message>
        <source>IngufuPay refused the user name or password; type the right ones in Meter &gt; Edit meter….</source>
        <translation>IngufuPay ব্যবহারকারীর নাম বা পাসওয়ার্ড গ্রহণ করেনি; সঠিকগুলো মিটার &gt; মিটার সম্পাদনা…-তে লিখুন।</translation>
    </message>
</context>
<context>
    <name>IniDocument</name>
    <message>
        <source>a list (a comma outside quotes) where one value belongs</source>
        <translation>যেখানে একটি মান থাকার কথা সেখানে একটি তালিকা (উদ্ধৃতিচিহ্নের বাইরে কমা)</translation>
    </message>
    <message>
        <source>a Qt-typed value (starting with @), which Kilowatch does not read</source>
        <translation>Qt-ধরনের একটি মান (@ দিয়ে শুরু), যা Kilowatch পড়ে না</translation>
    </message>
</context>
<context>
    <name>JsonMapping</name>
    <message>
        <source>%1 needs a JSON path such as data.balance.</source>
        <translation>%1-এর জন্য data.balance-এর মতো একটি JSON পাথ দরকার।</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid JSON path: at character %3, %4</source>
        <translation>%1 &quot;%2&quot; সঠিক JSON পাথ নয়, অক্ষর %3-এ: %4</translation>
    </message>
    <message>
        <source>%1 needs a factor other than zero, e.g. 0.01 for cents.</source>
        <translation>%1-এর জন্য শূন্য ছাড়া অন্য একটি গুণক দরকার, যেমন সেন্টের জন্য 0.01।</translation>
    </message>
    <message>
        <source>%1 needs a factor above zero, e.g. 0.001 for Wh to kWh.</source>
        <translation>%1-এর জন্য শূন্যের বেশি একটি গুণক দরকার, যেমন Wh থেকে kWh-এর জন্য 0.001।</translation>
    </message>
    <message>
        <source>Tell Kilowatch where the reading is in the answer: give at least one of --balance-path, --grid-kwh-path or --generator-kwh-path (e.g. --balance-path data.balance).</source>
        <translation>উত্তরের কোথায় রিডিং আছে তা Kilowatch-কে জানান: --balance-path, --grid-kwh-path বা --generator-kwh-path-এর অন্তত একটি দিন (যেমন --balance-path data.balance)।</translation>
    </message>
    <message>
        <source>--source-path needs --source-grid-values and/or --source-generator-values: the values that mean grid or generator (e.g. --source-grid-values 0,EB --source-generator-values &apos;*&apos;).</source>
        <translation>--source-path-এর সঙ্গে --source-grid-values এবং/অথবা --source-generator-values দরকার: যে মানগুলো গ্রিড বা জেনারেটর বোঝায় (যেমন --source-grid-values 0,EB --source-generator-values &apos;*&apos;)।</translation>
    </message>
    <message>
        <source>--source-grid-values and --source-generator-values need --source-path.</source>
        <translation>--source-grid-values ও --source-generator-values-এর জন্য --source-path দরকার।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is both a grid and a generator value.</source>
        <translation>&quot;%1&quot; একই সঙ্গে গ্রিড ও জেনারেটর দুটিরই মান।</translation>
    </message>
    <message>
        <source>--time-format needs --time-path.</source>
        <translation>--time-format-এর জন্য --time-path দরকার।</translation>
    </message>
    <message>
        <source>--time-format &quot;%1&quot; is neither iso, epoch nor epoch-ms, nor a date format with the year, month and day such as &quot;dd-MM-yyyy HH:mm:ss&quot;.</source>
        <translation>--time-format &quot;%1&quot; iso, epoch বা epoch-ms কোনোটিই নয়, আবার বছর, মাস ও দিনসহ কোনো তারিখের ফরম্যাটও নয় (যেমন &quot;dd-MM-yyyy HH:mm:ss&quot;)।</translation>
    </message>
    <message>
        <source>--expect needs PATH=VALUE, e.g. attributes.unit_of_measurement=kWh, not &quot;%1&quot;.</source>
        <translation>--expect-এর জন্য PATH=VALUE দরকার, যেমন attributes.unit_of_measurement=kWh, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>expected an amount, got the text &quot;%1&quot;.</source>
        <translation>একটি পরিমাণ প্রত্যাশিত ছিল, কিন্তু পাওয়া গেছে লেখা &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>the number is out of range.</source>
        <translation>সংখ্যাটি সীমার বাইরে।</translation>
    </message>
    <message>
        <source>a negative value where only zero or more makes sense.</source>
        <translation>এখানে শুধু শূন্য বা তার বেশি মান অর্থবহ, কিন্তু মানটি ঋণাত্মক।</translation>
    </message>
    <message>
        <source>expected text or a number for the power source.</source>
        <translation>বিদ্যুতের উৎসের জন্য লেখা বা একটি সংখ্যা প্রত্যাশিত ছিল।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time such as 2025-07-25T10:26:59+00:00.</source>
        <translation>&quot;%1&quot; ISO 8601 সময় নয়, যেমন 2025-07-25T10:26:59+00:00।</translation>
    </message>
    <message>
        <source>expected a time.</source>
        <translation>একটি সময় প্রত্যাশিত ছিল।</translation>
    </message>
    <message>
        <source>the time %1 is in the future; check --time-format (epoch counts seconds, epoch-ms milliseconds).</source>
        <translation>%1 সময়টি ভবিষ্যতের; --time-format দেখে নিন (epoch সেকেন্ড গোনে, epoch-ms মিলিসেকেন্ড)।</translation>
    </message>
    <message>
        <source>the time %1 is in the future.</source>
        <translation>%1 সময়টি ভবিষ্যতের।</translation>
    </message>
    <message>
        <source>the time %1 is before the year 2000; check --time-format (epoch counts seconds, epoch-ms milliseconds).</source>
        <translation>%1 সময়টি 2000 সালের আগের; --time-format দেখে নিন (epoch সেকেন্ড গোনে, epoch-ms মিলিসেকেন্ড)।</translation>
    </message>
    <message>
        <source>the value is &quot;%1&quot; where &quot;%2&quot; was expected (--expect).</source>
        <translation>মানটি &quot;%1&quot;, কিন্তু প্রত্যাশিত ছিল &quot;%2&quot; (--expect)।</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>a list</source>
        <translation>একটি তালিকা</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>একটি অবজেক্ট</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>একটি সংখ্যা</translation>
    </message>
    <message>
        <source>text</source>
        <translation>লেখা</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true অথবা false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>অনুপস্থিত</translation>
    </message>
    <message>
        <source>The JSON path &quot;%1&quot; is not valid at character %2: %3</source>
        <translation>JSON পাথ &quot;%1&quot; অক্ষর %2-এ সঠিক নয়: %3</translation>
    </message>
    <message>
        <source>the path is empty.</source>
        <translation>পাথটি খালি।</translation>
    </message>
    <message>
        <source>a key is missing at the end.</source>
        <translation>শেষে একটি কী অনুপস্থিত।</translation>
    </message>
    <message>
        <source>a key cannot start with a space.</source>
        <translation>কোনো কী স্পেস দিয়ে শুরু হতে পারে না।</translation>
    </message>
    <message>
        <source>expected a key, found &quot;%1&quot;.</source>
        <translation>একটি কী প্রত্যাশিত ছিল, পাওয়া গেছে &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>a space in a key; write keys with spaces in brackets, e.g. [&quot;key with spaces&quot;].</source>
        <translation>কী-এর মধ্যে স্পেস আছে; স্পেসযুক্ত কী বন্ধনীর মধ্যে লিখুন, যেমন [&quot;key with spaces&quot;]।</translation>
    </message>
    <message>
        <source>a quote in a key; write such keys in brackets, e.g. [&quot;it&apos;s&quot;].</source>
        <translation>কী-এর মধ্যে উদ্ধৃতিচিহ্ন আছে; এমন কী বন্ধনীর মধ্যে লিখুন, যেমন [&quot;it&apos;s&quot;]।</translation>
    </message>
    <message>
        <source>a &quot;]&quot; without its &quot;[&quot;.</source>
        <translation>&quot;[&quot; ছাড়াই একটি &quot;]&quot;।</translation>
    </message>
    <message>
        <source>a path starts with a key, &quot;$.&quot; or &quot;[&quot;, not with &quot;.&quot;.</source>
        <translation>পাথ শুরু হয় একটি কী, &quot;$.&quot; বা &quot;[&quot; দিয়ে, &quot;.&quot; দিয়ে নয়।</translation>
    </message>
    <message>
        <source>the &quot;[&quot; is not closed.</source>
        <translation>&quot;[&quot; বন্ধ করা হয়নি।</translation>
    </message>
    <message>
        <source>the quote is not closed.</source>
        <translation>উদ্ধৃতিচিহ্ন বন্ধ করা হয়নি।</translation>
    </message>
    <message>
        <source>expected the digits of an index.</source>
        <translation>ইনডেক্সের অঙ্ক প্রত্যাশিত ছিল।</translation>
    </message>
    <message>
        <source>the index is too large.</source>
        <translation>ইনডেক্সটি খুব বড়।</translation>
    </message>
    <message>
        <source>expected an index such as [0] or [-1], or a quoted key such as [&quot;key&quot;].</source>
        <translation>[0] বা [-1]-এর মতো একটি ইনডেক্স, অথবা [&quot;key&quot;]-এর মতো উদ্ধৃতিচিহ্নসহ একটি কী প্রত্যাশিত ছিল।</translation>
    </message>
    <message>
        <source>expected &quot;]&quot;, found &quot;%1&quot;.</source>
        <translation>&quot;]&quot; প্রত্যাশিত ছিল, পাওয়া গেছে &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>expected &quot;.&quot; or &quot;[&quot; before &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;-এর আগে &quot;.&quot; বা &quot;[&quot; প্রত্যাশিত ছিল।</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>উত্তর</translation>
    </message>
    <message>
        <source>%1 is %2, not a list.</source>
        <translation>%1 হলো %2, তালিকা নয়।</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n value(s); [%2] is not one of them.</source>
        <translation>
            <numerusform>%1-এ %Lnটি মান আছে; [%2] তার মধ্যে নেই।</numerusform>
            <numerusform>%1-এ %Lnটি মান আছে; [%2] সেগুলোর মধ্যে নেই।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2, not an object with the key &quot;%3&quot;.</source>
        <translation>%1 হলো %2, &quot;%3&quot; কী-সহ কোনো অবজেক্ট নয়।</translation>
    </message>
    <message>
        <source>%1 has no key &quot;%2&quot;.</source>
        <translation>%1-এ &quot;%2&quot; নামে কোনো কী নেই।</translation>
    </message>
</context>
<context>
    <name>JsonPresets</name>
    <message>
        <source>a usage_app monthly bill (--base-url, --customer ID); the bill is stored as a balance below zero: money owed</source>
        <translation>একটি usage_app মাসিক বিল (--base-url, --customer ID); বিলটি শূন্যের নিচের ব্যালেন্স হিসেবে সংরক্ষিত হয়: বকেয়া টাকা</translation>
    </message>
    <message>
        <source>a Home Assistant energy sensor in kWh (--base-url, --entity sensor.x; the access token as the secret token)</source>
        <translation>kWh-এ বিদ্যুৎ মাপার একটি Home Assistant সেন্সর (--base-url, --entity sensor.x; অ্যাক্সেস টোকেনটি লগইন তথ্য token হিসেবে দিন)</translation>
    </message>
    <message>
        <source>--entity needs a Home Assistant entity id such as sensor.grid_energy, not &quot;%1&quot;.</source>
        <translation>--entity-এর সাথে sensor.grid_energy-এর মতো একটি Home Assistant entity id দিতে হবে, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a preset of the json provider; choose one of: %2.</source>
        <translation>&quot;%1&quot; json প্রদানকারীর কোনো প্রিসেট নয়; এগুলোর একটি বেছে নিন: %2।</translation>
    </message>
    <message>
        <source>%1 is used only with --preset %2.</source>
        <translation>%1 শুধু --preset %2-এর সঙ্গে ব্যবহার করা হয়।</translation>
    </message>
    <message>
        <source> or </source>
        <translation> বা </translation>
    </message>
    <message>
        <source>The %1 preset needs %2.</source>
        <translation>%1 প্রিসেটের জন্য %2 দরকার।</translation>
    </message>
    <message>
        <source> and </source>
        <translation> ও </translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the number is not finite.</source>
        <translation>সংখ্যাটি সসীম নয়।</translation>
    </message>
    <message>
        <source>expected a number, got the text &quot;%1&quot;.</source>
        <translation>একটি সংখ্যা প্রত্যাশিত ছিল, কিন্তু পাওয়া গেছে লেখা &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>the value is missing.</source>
        <translation>মানটি অনুপস্থিত।</translation>
    </message>
    <message>
        <source>expected a number.</source>
        <translation>একটি সংখ্যা প্রত্যাশিত ছিল।</translation>
    </message>
    <message>
        <source>the number is out of range.</source>
        <translation>সংখ্যাটি সীমার বাইরে।</translation>
    </message>
    <message>
        <source>a negative value where only zero or more makes sense.</source>
        <translation>এখানে শুধু শূন্য বা তার বেশি মান অর্থবহ, কিন্তু মানটি ঋণাত্মক।</translation>
    </message>
    <message>
        <source>expected text.</source>
        <translation>লেখা প্রত্যাশিত ছিল।</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>একটি অবজেক্ট প্রত্যাশিত ছিল।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in the form %2.</source>
        <translation>&quot;%1&quot; %2 আকারের সময় নয়।</translation>
    </message>
    <message>
        <source>the time %1 is in the future.</source>
        <translation>%1 সময়টি ভবিষ্যতের।</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <source>--lang needs a language code, for example --lang bn.</source>
        <translation>--lang-এর জন্য একটি ভাষার কোড দরকার, যেমন --lang bn।</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; the texts stay in English.</source>
        <translation>অজানা ভাষা &quot;%1&quot;; লেখাগুলো ইংরেজিতেই থাকবে।</translation>
    </message>
    <message>
        <source>No translation for &quot;%1&quot; yet; the texts stay in English.</source>
        <translation>&quot;%1&quot;-এর অনুবাদ এখনো নেই; লেখাগুলো ইংরেজিতেই থাকবে।</translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <source>Cannot create the log folder %1.</source>
        <translation>লগ ফোল্ডার %1 তৈরি করা যাচ্ছে না।</translation>
    </message>
    <message>
        <source>Cannot write the log file %1: %2</source>
        <translation>লগ ফাইল %1-এ লেখা যাচ্ছে না: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kilowatch</source>
        <translation>Kilowatch</translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation>মিটার(&amp;M):</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>মিটার</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ফাইল(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>প্রস্থান(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>দেখুন(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>এখনই রিফ্রেশ করুন(&amp;R)</translation>
    </message>
    <message>
        <source>Recent recharges</source>
        <translation>সাম্প্রতিক রিচার্জ</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>ব্যবহার(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Periods</source>
        <translation>সময়কাল(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>ড্যাশবোর্ড(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Recharges</source>
        <translation>রিচার্জ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>সেশন(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Bills</source>
        <translation>বিল(&amp;B)</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>সতর্কতা(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>সেটিংস(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Meter</source>
        <translation>মিটার(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Add meter…</source>
        <translation>মিটার যোগ করুন(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit meter…</source>
        <translation>মিটার সম্পাদনা(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove meter…</source>
        <translation>মিটার সরান(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>সাহায্য(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kilowatch</source>
        <translation>Kilowatch সম্পর্কে(&amp;A)</translation>
    </message>
    <message>
        <source>All meters</source>
        <translation>সব মিটার</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>এখনো কোনো রিডিং নেই</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>এখনো নেই</translation>
    </message>
    <message>
        <source>Remove meter</source>
        <translation>মিটার সরান</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and everything stored for it (readings, recharges, credentials)?</source>
        <translation>&quot;%1&quot; এবং এর জন্য সংরক্ষিত সবকিছু (রিডিং, রিচার্জ, লগইন তথ্য) সরিয়ে ফেলবেন?</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>ডেটাবেসে সমস্যা</translation>
    </message>
    <message>
        <source>Add r&amp;eading…</source>
        <translation>রিডিং যোগ করুন(&amp;E)…</translation>
    </message>
    <message>
        <source>B&amp;alance</source>
        <translation>ব্যালেন্স(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tariff…</source>
        <translation>ট্যারিফ(&amp;T)…</translation>
    </message>
    <message>
        <source>Add rea&amp;ding…</source>
        <translation>রিডিং যোগ করুন(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>MeterAttention</name>
    <message>
        <source>Low balance</source>
        <translation>কম ব্যালেন্স</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>সংকটজনক</translation>
    </message>
    <message>
        <source>Connection failing</source>
        <translation>সংযোগ ব্যর্থ হচ্ছে</translation>
    </message>
</context>
<context>
    <name>MeterCommands</name>
    <message>
        <source>Read credentials as key=value lines from standard input.</source>
        <translation>স্ট্যান্ডার্ড ইনপুট থেকে key=value লাইন হিসেবে লগইন তথ্য পড়ুন।</translation>
    </message>
    <message>
        <source>Add a meter.</source>
        <translation>একটি মিটার যোগ করুন।</translation>
    </message>
    <message>
        <source>Name of the meter.</source>
        <translation>মিটারের নাম।</translation>
    </message>
    <message>
        <source>Provider kind: %1.</source>
        <translation>প্রদানকারীর ধরন: %1।</translation>
    </message>
    <message>
        <source>Polling interval in seconds.</source>
        <translation>পোলিংয়ের বিরতি, সেকেন্ডে।</translation>
    </message>
    <message>
        <source>IANA time zone of the meter.</source>
        <translation>মিটারের IANA টাইম জোন।</translation>
    </message>
    <message>
        <source>Currency code.</source>
        <translation>মুদ্রার কোড।</translation>
    </message>
    <message>
        <source>Warn below this balance.</source>
        <translation>ব্যালেন্স এর নিচে নামলে সতর্ক করা হবে।</translation>
    </message>
    <message>
        <source>Allow plain http to a non-loopback server for this meter.</source>
        <translation>এই মিটারের জন্য লুপব্যাক নয় এমন সার্ভারে সাধারণ http ব্যবহারের অনুমতি দিন।</translation>
    </message>
    <message>
        <source>List the meters.</source>
        <translation>মিটারগুলোর তালিকা দেখান।</translation>
    </message>
    <message>
        <source>Remove a meter and everything stored for it.</source>
        <translation>একটি মিটার এবং তার জন্য সংরক্ষিত সবকিছু মুছে ফেলুন।</translation>
    </message>
    <message>
        <source>Replace a meter&apos;s credentials with key=value lines read from standard input.</source>
        <translation>স্ট্যান্ডার্ড ইনপুট থেকে পড়া key=value লাইন দিয়ে একটি মিটারের লগইন তথ্য বদলে দিন।</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>স্ট্যান্ডার্ড ইনপুট পড়া যায়নি।</translation>
    </message>
    <message>
        <source>Line %1 of the secrets is not in the form key=value.</source>
        <translation>গোপন তথ্যের লাইন %1 key=value আকারে নেই।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a credential of the %2 provider; it takes: %3.</source>
        <translation>&quot;%1&quot; %2 প্রদানকারীর কোনো লগইন তথ্য নয়; এটি যেগুলো নেয়: %3।</translation>
    </message>
    <message>
        <source>The credential &quot;%1&quot; is empty.</source>
        <translation>লগইন তথ্য &quot;%1&quot; ফাঁকা।</translation>
    </message>
    <message>
        <source>The %1 provider needs the credential &quot;%2&quot; (a line %2=... on standard input).</source>
        <translation>%1 প্রদানকারীর জন্য &quot;%2&quot; লগইন তথ্য দরকার (স্ট্যান্ডার্ড ইনপুটে %2=... আকারের একটি লাইন)।</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>অপ্রত্যাশিত আর্গুমেন্ট &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>meter add needs --name and --provider.
Usage: kilowatch-cli %1</source>
        <translation>meter add-এর জন্য --name ও --provider দিতে হবে।
ব্যবহার: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>--interval needs a whole number of seconds, not &quot;%1&quot;.</source>
        <translation>--interval-এর সাথে সেকেন্ডের একটি পূর্ণসংখ্যা দিতে হবে, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>--low-balance needs an amount such as 500, not &quot;%1&quot;.</source>
        <translation>--low-balance-এর সাথে 500-এর মতো একটি পরিমাণ দিতে হবে, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>The %1 provider has no default currency; give --currency CODE (e.g. USD, INR, BDT).</source>
        <translation>%1 প্রদানকারীর কোনো ডিফল্ট মুদ্রা নেই; --currency CODE দিন (যেমন USD, INR, BDT)।</translation>
    </message>
    <message>
        <source>The %1 provider needs --%2.</source>
        <translation>%1 প্রদানকারীর জন্য --%2 দিতে হবে।</translation>
    </message>
    <message>
        <source>The %1 provider needs credentials (%2): pipe them as key=value lines into --secret-stdin.</source>
        <translation>%1 প্রদানকারীর জন্য লগইন তথ্য দরকার (%2): key=value লাইন হিসেবে সেগুলো --secret-stdin-এ পাইপ করুন।</translation>
    </message>
    <message>
        <source>The %1 provider takes no credentials.</source>
        <translation>%1 প্রদানকারীর কোনো লগইন তথ্য লাগে না।</translation>
    </message>
    <message>
        <source>meter remove needs exactly one meter name.
Usage: kilowatch-cli %1</source>
        <translation>meter remove-এর জন্য ঠিক একটি মিটারের নাম দিতে হবে।
ব্যবহার: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>Usage: kilowatch-cli %1</source>
        <translation>ব্যবহার: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>No credentials were given on standard input.</source>
        <translation>স্ট্যান্ডার্ড ইনপুটে কোনো লগইন তথ্য দেওয়া হয়নি।</translation>
    </message>
</context>
<context>
    <name>MeterDialog</name>
    <message>
        <source>Allow plain http to this server (credentials travel unencrypted)</source>
        <translation>এই সার্ভারে সাধারণ http-এর অনুমতি দিন (লগইন তথ্য এনক্রিপশন ছাড়াই যাবে)</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>প্রদানকারীর সেটিংস</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>সংযোগ পরীক্ষা করুন(&amp;T)</translation>
    </message>
    <message>
        <source>Edit meter</source>
        <translation>মিটার সম্পাদনা</translation>
    </message>
    <message>
        <source>Add meter</source>
        <translation>মিটার যোগ করুন</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>কিচেইন নেই</translation>
    </message>
    <message>
        <source>Keep the credentials for this session only?</source>
        <translation>লগইন তথ্য কি শুধু এই সেশনের জন্য রাখবেন?</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>প্রদানকারী</translation>
    </message>
    <message>
        <source>Meter name</source>
        <translation>মিটারের নাম</translation>
    </message>
    <message>
        <source> s</source>
        <translation> সেকেন্ড</translation>
    </message>
    <message>
        <source>Polling interval in seconds</source>
        <translation>পোলিং বিরতি, সেকেন্ডে</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>টাইম জোন</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>মুদ্রা</translation>
    </message>
    <message>
        <source>Low balance warning</source>
        <translation>কম ব্যালেন্সের সতর্কবার্তা</translation>
    </message>
    <message>
        <source>e.g. 500 (optional)</source>
        <translation>যেমন 500 (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>বার্তা</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>প্রদানকারী(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>নাম(&amp;N):</translation>
    </message>
    <message>
        <source>Polling &amp;interval:</source>
        <translation>পোলিং বিরতি(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>টাইম জোন(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>মুদ্রা(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Low balance below:</source>
        <translation>কম ব্যালেন্সের সীমা(&amp;L):</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>প্রতি লাইনে একটি</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (আবশ্যক):</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>কিচেইনে সংরক্ষিত; বদলাতে নতুন করে লিখুন</translation>
    </message>
    <message>
        <source>kept in the OS keychain</source>
        <translation>অপারেটিং সিস্টেমের কিচেইনে রাখা হয়</translation>
    </message>
    <message>
        <source>Nothing to set for this provider.</source>
        <translation>এই প্রদানকারীর জন্য কিছু সেট করার নেই।</translation>
    </message>
    <message>
        <source>The low balance warning needs an amount such as 500, not &quot;%1&quot;.</source>
        <translation>কম ব্যালেন্সের সতর্কবার্তার জন্য 500-এর মতো একটি পরিমাণ দরকার, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>This provider has no server to test.</source>
        <translation>এই প্রদানকারীর পরীক্ষা করার মতো কোনো সার্ভার নেই।</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>পরীক্ষা করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>সংযোগ কাজ করছে: %1</translation>
    </message>
    <message>
        <source>The meter was not saved: its credentials have nowhere safe to go.</source>
        <translation>মিটারটি সংরক্ষণ করা হয়নি: এর লগইন তথ্য নিরাপদে রাখার কোনো জায়গা নেই।</translation>
    </message>
    <message>
        <source>Choose the currency</source>
        <translation>মুদ্রা বেছে নিন</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>যেমন %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>kWh — the balance is in energy units</source>
        <translation>kWh — ব্যালেন্স শক্তির এককে</translation>
    </message>
    <message>
        <source>None</source>
        <translation>কোনোটি নয়</translation>
    </message>
</context>
<context>
    <name>MeterHealth</name>
    <message>
        <source>Up to date.</source>
        <translation>হালনাগাদ আছে।</translation>
    </message>
    <message>
        <source>The provider keeps repeating old data.</source>
        <translation>প্রদানকারী বারবার পুরোনো ডেটা দিচ্ছে।</translation>
    </message>
    <message>
        <source>Failing: %1</source>
        <translation>ব্যর্থ হচ্ছে: %1</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>এখনো পরীক্ষা করা হয়নি।</translation>
    </message>
    <message>
        <source>Readings are entered by hand.</source>
        <translation>রিডিং হাতে লিখে দেওয়া হয়।</translation>
    </message>
</context>
<context>
    <name>MeterOverview</name>
    <message>
        <source>All meters</source>
        <translation>সব মিটার</translation>
    </message>
    <message>
        <source>%1: balance %2, %3</source>
        <translation>%1: ব্যালেন্স %2, %3</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>কোনো কিছুতে মনোযোগ দরকার নেই।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MeterRepository</name>
    <message>
        <source>A meter needs a name.</source>
        <translation>মিটারের একটি নাম দরকার।</translation>
    </message>
    <message>
        <source>A meter name can have at most 100 characters.</source>
        <translation>মিটারের নাম সর্বোচ্চ 100 অক্ষরের হতে পারে।</translation>
    </message>
    <message>
        <source>A meter needs a provider.</source>
        <translation>মিটারের একটি প্রদানকারী দরকার।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; use an IANA name such as Asia/Kolkata.</source>
        <translation>&quot;%1&quot; কোনো পরিচিত টাইম জোন নয়; Asia/Kolkata-র মতো একটি IANA নাম ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>The polling interval must be between 1 second and 7 days.</source>
        <translation>পোলিং বিরতি 1 সেকেন্ড থেকে 7 দিনের মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as INR, BDT or RWF.</source>
        <translation>&quot;%1&quot; INR, BDT বা RWF-এর মতো কোনো মুদ্রা কোড নয়।</translation>
    </message>
    <message>
        <source>A meter named &quot;%1&quot; already exists.</source>
        <translation>&quot;%1&quot; নামে একটি মিটার আগে থেকেই আছে।</translation>
    </message>
    <message>
        <source>Could not add the meter: %1</source>
        <translation>মিটারটি যোগ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>Could not save the meter: %1</source>
        <translation>মিটারটি সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The meter no longer exists.</source>
        <translation>মিটারটি আর নেই।</translation>
    </message>
    <message>
        <source>Could not remove the meter: %1</source>
        <translation>মিটারটি সরানো যায়নি: %1</translation>
    </message>
    <message>
        <source>Could not read the meters: %1</source>
        <translation>মিটারগুলো পড়া যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>MeterSetup</name>
    <message>
        <source>Choose a provider.</source>
        <translation>একটি প্রদানকারী বেছে নিন।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider; choose one of: %2.</source>
        <translation>&quot;%1&quot; কোনো প্রদানকারী নয়; এগুলোর মধ্যে একটি বেছে নিন: %2।</translation>
    </message>
    <message>
        <source>The %1 provider has no default currency; give a currency code such as USD, INR or BDT.</source>
        <translation>%1 প্রদানকারীর কোনো ডিফল্ট মুদ্রা নেই; USD, INR বা BDT-এর মতো একটি মুদ্রা কোড দিন।</translation>
    </message>
    <message>
        <source>The low balance warning cannot be below zero.</source>
        <translation>কম ব্যালান্সের সতর্কতা শূন্যের নিচে হতে পারে না।</translation>
    </message>
    <message>
        <source>--%1 is not an option of the %2 provider.</source>
        <translation>--%1 %2 প্রদানকারীর কোনো অপশন নয়।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required for the %2 provider.</source>
        <translation>%2 প্রদানকারীর জন্য &quot;%1&quot; আবশ্যক।</translation>
    </message>
    <message>
        <source>The %1 provider takes no credentials.</source>
        <translation>%1 প্রদানকারীর কোনো লগইন তথ্য লাগে না।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a credential of the %2 provider; it takes: %3.</source>
        <translation>&quot;%1&quot; %2 প্রদানকারীর কোনো লগইন তথ্য নয়; এটি যেগুলো নেয়: %3।</translation>
    </message>
    <message>
        <source>The credential &quot;%1&quot; is required.</source>
        <translation>লগইন তথ্য &quot;%1&quot; আবশ্যক।</translation>
    </message>
    <message>
        <source>A meter named &quot;%1&quot; already exists.</source>
        <translation>&quot;%1&quot; নামে একটি মিটার আগে থেকেই আছে।</translation>
    </message>
</context>
<context>
    <name>MoneyFormat</name>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
</context>
<context>
    <name>PeriodBarChart</name>
    <message>
        <source>Grid</source>
        <translation>গ্রিড</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>জেনারেটর</translation>
    </message>
    <message>
        <source>Period chart</source>
        <translation>সময়কালের চার্ট</translation>
    </message>
    <message>
        <source>Click a bar, or choose one with the arrow keys and press Enter, to see it in detail.</source>
        <translation>বিস্তারিত দেখতে একটি বারে ক্লিক করুন, অথবা তীর-কী দিয়ে বেছে নিয়ে Enter চাপুন।</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>খরচ (%1)</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>বিদ্যুৎ (kWh)</translation>
    </message>
    <message>
        <source>No readings.</source>
        <translation>কোনো রিডিং নেই।</translation>
    </message>
    <message>
        <source>Grid: %1</source>
        <translation>গ্রিড: %1</translation>
    </message>
    <message>
        <source>Generator: %1</source>
        <translation>জেনারেটর: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>মোট: %1</translation>
    </message>
    <message>
        <source>Cost: %1 (estimated)</source>
        <translation>খরচ: %1 (আনুমানিক)</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>খরচ: %1</translation>
    </message>
    <message>
        <source>Recharged: %1</source>
        <translation>রিচার্জ: %1</translation>
    </message>
    <message>
        <source>Readings on %1 of %2 days</source>
        <translation>%2 দিনের মধ্যে %1 দিনের রিডিং আছে</translation>
    </message>
    <message>
        <source>Partial: readings on %1 of %2 days</source>
        <translation>আংশিক: %2 দিনের মধ্যে %1 দিনের রিডিং আছে</translation>
    </message>
    <message>
        <source>Partial: not over yet.</source>
        <translation>আংশিক: এখনো শেষ হয়নি।</translation>
    </message>
</context>
<context>
    <name>PeriodPanel</name>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>আগের সময়কাল</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>পরের সময়কাল</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>উপরে</translation>
    </message>
    <message>
        <source>Back to the wider period</source>
        <translation>বড় সময়কালে ফিরে যান</translation>
    </message>
    <message>
        <source>Mo&amp;ney</source>
        <translation>টাকা(&amp;N)</translation>
    </message>
    <message>
        <source>Show money instead of energy</source>
        <translation>বিদ্যুতের বদলে টাকা দেখান</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>টেবিল(&amp;A)</translation>
    </message>
    <message>
        <source>Show the period chart as a table</source>
        <translation>সময়কালের চার্টটি টেবিল আকারে দেখান</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>গত %1 দিন</translation>
    </message>
    <message>
        <source>Show the last %1 days</source>
        <translation>গত %1 দিন দেখান</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>মাস</translation>
    </message>
    <message>
        <source>Show the months of a year</source>
        <translation>এক বছরের মাসগুলো দেখান</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>বছর</translation>
    </message>
    <message>
        <source>Show the years</source>
        <translation>বছরগুলো দেখান</translation>
    </message>
    <message>
        <source>Back to the wider period (Backspace)</source>
        <translation>বড় সময়কালে ফিরে যান (Backspace)</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>প্রদর্শিত সময়কাল</translation>
    </message>
    <message>
        <source>Period table</source>
        <translation>সময়কালের টেবিল</translation>
    </message>
    <message>
        <source>Totals of the period</source>
        <translation>সময়কালের মোট হিসাব</translation>
    </message>
    <message>
        <source>The last %1 days: %2 – %3</source>
        <translation>গত %1 দিন: %2 – %3</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>সব বছর</translation>
    </message>
    <message>
        <source>%1 from the grid, %2 from the generator, %3 spent.</source>
        <translation>গ্রিড থেকে %1, জেনারেটর থেকে %2, খরচ %3।</translation>
    </message>
    <message>
        <source>* Partial: readings on only some of its days.</source>
        <translation>* আংশিক: সময়কালের কেবল কিছু দিনের রিডিং আছে।</translation>
    </message>
    <message>
        <source>Double-click a row or press Enter for its detail.</source>
        <translation>বিস্তারিত দেখতে একটি সারিতে ডাবল-ক্লিক করুন বা Enter চাপুন।</translation>
    </message>
    <message>
        <source>Click a bar for its detail.</source>
        <translation>বিস্তারিত দেখতে একটি বারে ক্লিক করুন।</translation>
    </message>
</context>
<context>
    <name>PeriodTableModel</name>
    <message>
        <source> (estimated)</source>
        <translation> (আনুমানিক)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>সময়কাল</translation>
    </message>
    <message>
        <source>Recharged</source>
        <translation>রিচার্জ</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>শেষে ব্যালেন্স</translation>
    </message>
    <message>
        <source>Days with readings</source>
        <translation>রিডিংসহ দিন</translation>
    </message>
</context>
<context>
    <name>PollScheduler</name>
    <message>
        <source>This version of Kilowatch has no provider &quot;%1&quot;.</source>
        <translation>Kilowatch-এর এই সংস্করণে &quot;%1&quot; নামে কোনো প্রদানকারী নেই।</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>%Ln সেকেন্ডের মধ্যে কোনো উত্তর আসেনি।</numerusform>
            <numerusform>%Ln সেকেন্ডের মধ্যে কোনো উত্তর আসেনি।</numerusform>
        </translation>
    </message>
    <message>
        <source>the reading time is in the future.</source>
        <translation>রিডিংয়ের সময়টি ভবিষ্যতের।</translation>
    </message>
    <message>
        <source>The reading could not be saved: %1</source>
        <translation>রিডিংটি সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>%1 went back from %2 to %3 kWh</source>
        <translation>%1 %2 থেকে কমে %3 kWh হয়েছে</translation>
    </message>
    <message>
        <source>the counter went backwards (%1); if the meter was reset or replaced, the next reading will confirm it.</source>
        <translation>কাউন্টার পিছিয়ে গেছে (%1); মিটার রিসেট বা বদলানো হয়ে থাকলে পরের রিডিংয়ে তা নিশ্চিত হবে।</translation>
    </message>
    <message>
        <source>the reading time is before the year 2000.</source>
        <translation>রিডিংয়ের সময়টি 2000 সালের আগের।</translation>
    </message>
    <message>
        <source>the value is beyond a billion.</source>
        <translation>মানটি একশো কোটি ছাড়িয়ে গেছে।</translation>
    </message>
</context>
<context>
    <name>PowerSourceIndicator</name>
    <message>
        <source>Power source</source>
        <translation>বিদ্যুতের উৎস</translation>
    </message>
    <message>
        <source>Time since the switch</source>
        <translation>পরিবর্তনের পর থেকে সময়</translation>
    </message>
    <message>
        <source>Generator today</source>
        <translation>আজ জেনারেটর</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>%1 ধরে</translation>
    </message>
    <message>
        <source>No generator today</source>
        <translation>আজ জেনারেটর চলেনি</translation>
    </message>
    <message>
        <source>Generator today: %1 · %2</source>
        <translation>আজ জেনারেটর: %1 · %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1। %2।</translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <source>--%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>--%1-এর জন্য একটি পূর্ণসংখ্যা দরকার, &quot;%2&quot; নয়।</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;.</source>
        <translation>--%1-এর জন্য একটি সংখ্যা দরকার, &quot;%2&quot; নয়।</translation>
    </message>
    <message>
        <source>--%1 needs an http(s) address, not &quot;%2&quot;.</source>
        <translation>--%1-এর জন্য একটি http(s) ঠিকানা দরকার, &quot;%2&quot; নয়।</translation>
    </message>
    <message>
        <source>--%1 cannot be empty.</source>
        <translation>--%1 খালি রাখা যাবে না।</translation>
    </message>
    <message>
        <source>Simulator (demo meter)</source>
        <translation>সিমুলেটর (ডেমো মিটার)</translation>
    </message>
    <message>
        <source>Seed of the simulated meter (same seed, same data).</source>
        <translation>সিমুলেটেড মিটারের সিড (একই সিড দিলে একই ডেটা)।</translation>
    </message>
    <message>
        <source>Share of fetches that fail, 0 to 1, to see how failures are shown.</source>
        <translation>তথ্য আনার কত অংশ ব্যর্থ হবে (0 থেকে 1), ব্যর্থতা কীভাবে দেখানো হয় তা দেখতে।</translation>
    </message>
    <message>
        <source>Simulated server latency in milliseconds.</source>
        <translation>সিমুলেটেড সার্ভারের লেটেন্সি, মিলিসেকেন্ডে।</translation>
    </message>
    <message>
        <source>Manual entry (no server)</source>
        <translation>ম্যানুয়াল এন্ট্রি (সার্ভার ছাড়া)</translation>
    </message>
    <message>
        <source>DPDC prepaid (Dhaka)</source>
        <translation>DPDC প্রিপেইড (ঢাকা)</translation>
    </message>
    <message>
        <source>DPDC customer number (digits, on the bill).</source>
        <translation>DPDC গ্রাহক নম্বর (শুধু অঙ্ক, বিলে লেখা থাকে)।</translation>
    </message>
    <message>
        <source>Address of the server (default %1).</source>
        <translation>সার্ভারের ঠিকানা (ডিফল্ট %1)।</translation>
    </message>
    <message>
        <source>Client id of the DPDC web app (sent with the client_secret credential).</source>
        <translation>DPDC ওয়েব অ্যাপের client id (client_secret লগইন তথ্যের সাথে পাঠানো হয়)।</translation>
    </message>
    <message>
        <source>DESCO prepaid (Dhaka)</source>
        <translation>DESCO প্রিপেইড (ঢাকা)</translation>
    </message>
    <message>
        <source>DESCO account number (digits).</source>
        <translation>DESCO অ্যাকাউন্ট নম্বর (শুধু অঙ্ক)।</translation>
    </message>
    <message>
        <source>DESCO meter number (digits).</source>
        <translation>DESCO মিটার নম্বর (শুধু অঙ্ক)।</translation>
    </message>
    <message>
        <source>Address of DESCO&apos;s customer API (default %1).</source>
        <translation>DESCO-এর গ্রাহক API-এর ঠিকানা (ডিফল্ট %1)।</translation>
    </message>
    <message>
        <source>PEM file with the certificate(s) DESCO&apos;s server leaves out of its chain (its intermediate).</source>
        <translation>যে সার্টিফিকেট(গুলো) DESCO-এর সার্ভার তার চেইনে পাঠায় না (এর ইন্টারমিডিয়েট সার্টিফিকেট), সেগুলোসহ PEM ফাইল।</translation>
    </message>
    <message>
        <source>IngufuPay (Rwanda)</source>
        <translation>IngufuPay (রুয়ান্ডা)</translation>
    </message>
    <message>
        <source>Address of the IngufuPay deployment, e.g. https://ingufupay.example.rw.</source>
        <translation>IngufuPay সার্ভিসের ঠিকানা, যেমন https://ingufupay.example.rw।</translation>
    </message>
    <message>
        <source>The IngufuPay meter number this meter tracks.</source>
        <translation>এই মিটার যে IngufuPay মিটার নম্বরের হিসাব রাখে।</translation>
    </message>
    <message>
        <source>ELNET (Indian gated communities)</source>
        <translation>ELNET (ভারতের গেটেড কমিউনিটি)</translation>
    </message>
    <message>
        <source>Address of your society&apos;s ELNET server; /api/Dashboard/GetLiveUpdates and /api/Dashboard/HomeData are added to it.</source>
        <translation>আপনার সোসাইটির ELNET সার্ভারের ঠিকানা; এর সাথে /api/Dashboard/GetLiveUpdates ও /api/Dashboard/HomeData যোগ করা হয়।</translation>
    </message>
    <message>
        <source>Full GetLiveUpdates address, where it does not follow --base-url.</source>
        <translation>GetLiveUpdates-এর পুরো ঠিকানা, যদি তা --base-url অনুযায়ী না হয়।</translation>
    </message>
    <message>
        <source>Full HomeData address, where it does not follow --base-url.</source>
        <translation>HomeData-এর পুরো ঠিকানা, যদি তা --base-url অনুযায়ী না হয়।</translation>
    </message>
    <message>
        <source>Generic JSON (any REST API)</source>
        <translation>সাধারণ JSON (যেকোনো REST API)</translation>
    </message>
    <message>
        <source>A ready-made setup: %1. Options given replace the preset&apos;s.</source>
        <translation>আগে থেকে তৈরি একটি সেটআপ: %1। আলাদাভাবে দেওয়া অপশনগুলো প্রিসেটের মানের বদলে ব্যবহৃত হয়।</translation>
    </message>
    <message>
        <source>The service&apos;s address (with --preset).</source>
        <translation>সার্ভিসের ঠিকানা (--preset-এর সাথে)।</translation>
    </message>
    <message>
        <source>The customer id (--preset usage-app).</source>
        <translation>গ্রাহকের id (--preset usage-app)।</translation>
    </message>
    <message>
        <source>The sensor&apos;s entity id, e.g. sensor.grid_energy (--preset home-assistant).</source>
        <translation>সেন্সরের entity id, যেমন sensor.grid_energy (--preset home-assistant)।</translation>
    </message>
    <message>
        <source>The address answering with JSON (required unless a preset supplies it).</source>
        <translation>যে ঠিকানা JSON দিয়ে উত্তর দেয় (আবশ্যক, যদি না কোনো প্রিসেট এটি দেয়)।</translation>
    </message>
    <message>
        <source>The HTTP method (default GET).</source>
        <translation>HTTP মেথড (ডিফল্ট GET)।</translation>
    </message>
    <message>
        <source>A request header; values may use ${secret:token}, ${secret:password}, ${secret:api_key}.</source>
        <translation>একটি রিকোয়েস্ট হেডার; এর মানে ${secret:token}, ${secret:password}, ${secret:api_key} ব্যবহার করা যায়।</translation>
    </message>
    <message>
        <source>The request body (POST/PUT); may use ${secret:...} placeholders.</source>
        <translation>রিকোয়েস্টের বডি (POST/PUT); এতে ${secret:...} প্লেসহোল্ডার ব্যবহার করা যায়।</translation>
    </message>
    <message>
        <source>The body&apos;s type (default application/json).</source>
        <translation>বডির ধরন (ডিফল্ট application/json)।</translation>
    </message>
    <message>
        <source>HTTP statuses whose answer is data, e.g. 200,201,409 (default 2xx).</source>
        <translation>যেসব HTTP স্ট্যাটাসের উত্তরকে ডেটা হিসেবে ধরা হবে, যেমন 200,201,409 (ডিফল্ট 2xx)।</translation>
    </message>
    <message>
        <source>JSON path of the balance, e.g. data.balance; &quot;$12.34&quot; and &quot;1,234.5&quot; are read.</source>
        <translation>ব্যালেন্সের JSON পাথ, যেমন data.balance; &quot;$12.34&quot; ও &quot;1,234.5&quot;-এর মতো মানও পড়া যায়।</translation>
    </message>
    <message>
        <source>JSON path of the grid counter in kWh.</source>
        <translation>গ্রিড কাউন্টারের JSON পাথ, kWh-এ।</translation>
    </message>
    <message>
        <source>JSON path of the generator counter in kWh.</source>
        <translation>জেনারেটর কাউন্টারের JSON পাথ, kWh-এ।</translation>
    </message>
    <message>
        <source>JSON path of the present load in kW.</source>
        <translation>বর্তমান লোডের JSON পাথ, kW-এ।</translation>
    </message>
    <message>
        <source>JSON path of the power source (grid or generator).</source>
        <translation>বিদ্যুতের উৎসের JSON পাথ (গ্রিড বা জেনারেটর)।</translation>
    </message>
    <message>
        <source>Source values meaning grid, comma separated; * for any other value.</source>
        <translation>উৎসের যে মানগুলো গ্রিড বোঝায়, কমা দিয়ে আলাদা করা; অন্য যেকোনো মানের জন্য *।</translation>
    </message>
    <message>
        <source>Source values meaning generator, comma separated; * for any other value.</source>
        <translation>উৎসের যে মানগুলো জেনারেটর বোঝায়, কমা দিয়ে আলাদা করা; অন্য যেকোনো মানের জন্য *।</translation>
    </message>
    <message>
        <source>JSON path of the reading time (default: the fetch time).</source>
        <translation>রিডিংয়ের সময়ের JSON পাথ (ডিফল্ট: তথ্য আনার সময়)।</translation>
    </message>
    <message>
        <source>iso, epoch, epoch-ms or a Qt date format such as dd-MM-yyyy HH:mm:ss (default iso).</source>
        <translation>iso, epoch, epoch-ms অথবা dd-MM-yyyy HH:mm:ss-এর মতো একটি Qt তারিখ ফরম্যাট (ডিফল্ট iso)।</translation>
    </message>
    <message>
        <source>Multiplies the balance, e.g. 0.01 for cents.</source>
        <translation>ব্যালেন্সকে এই সংখ্যা দিয়ে গুণ করা হয়, যেমন সেন্টের জন্য 0.01।</translation>
    </message>
    <message>
        <source>Multiplies the counters, e.g. 0.001 for Wh.</source>
        <translation>কাউন্টারগুলোকে এই সংখ্যা দিয়ে গুণ করা হয়, যেমন Wh-এর জন্য 0.001।</translation>
    </message>
    <message>
        <source>Multiplies the load, e.g. 0.001 for W.</source>
        <translation>লোডকে এই সংখ্যা দিয়ে গুণ করা হয়, যেমন W-এর জন্য 0.001।</translation>
    </message>
    <message>
        <source>Use an answer only when PATH holds VALUE, e.g. attributes.unit_of_measurement=kWh.</source>
        <translation>শুধু তখনই উত্তর ব্যবহার করা হবে যখন PATH-এ VALUE থাকে, যেমন attributes.unit_of_measurement=kWh।</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>ডেটার বীজ সংখ্যা</translation>
    </message>
    <message>
        <source>Failed fetches</source>
        <translation>ব্যর্থ আনয়ন</translation>
    </message>
    <message>
        <source>Answer delay</source>
        <translation>উত্তরের দেরি</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>গ্রাহক নম্বর</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>সার্ভারের ঠিকানা</translation>
    </message>
    <message>
        <source>Leave empty to use DPDC&apos;s own server.</source>
        <translation>DPDC-র নিজস্ব সার্ভার ব্যবহার করতে খালি রাখুন।</translation>
    </message>
    <message>
        <source>App client ID</source>
        <translation>অ্যাপ ক্লায়েন্ট আইডি</translation>
    </message>
    <message>
        <source>The client ID DPDC&apos;s own web app signs in with (see the DPDC guide); it goes with the app client secret.</source>
        <translation>DPDC-র নিজস্ব ওয়েব অ্যাপ যে ক্লায়েন্ট আইডি দিয়ে সাইন ইন করে (DPDC নির্দেশিকা দেখুন); এটি অ্যাপ ক্লায়েন্ট সিক্রেটের সঙ্গে যায়।</translation>
    </message>
    <message>
        <source>App client secret</source>
        <translation>অ্যাপ ক্লায়েন্ট সিক্রেট</translation>
    </message>
    <message>
        <source>The client secret that goes with the app client ID; kept in the OS keychain.</source>
        <translation>অ্যাপ ক্লায়েন্ট আইডির সঙ্গের ক্লায়েন্ট সিক্রেট; OS কিচেইনে রাখা হয়।</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>অ্যাকাউন্ট নম্বর</translation>
    </message>
    <message>
        <source>The account number on your DESCO bill or recharge receipt.</source>
        <translation>আপনার DESCO বিল বা রিচার্জ রসিদে থাকা অ্যাকাউন্ট নম্বর।</translation>
    </message>
    <message>
        <source>Meter number</source>
        <translation>মিটার নম্বর</translation>
    </message>
    <message>
        <source>The number printed on your DESCO meter.</source>
        <translation>আপনার DESCO মিটারে ছাপা নম্বর।</translation>
    </message>
    <message>
        <source>Leave empty to use DESCO&apos;s own server.</source>
        <translation>DESCO-র নিজস্ব সার্ভার ব্যবহার করতে খালি রাখুন।</translation>
    </message>
    <message>
        <source>Extra certificate file</source>
        <translation>অতিরিক্ত সার্টিফিকেট ফাইল</translation>
    </message>
    <message>
        <source>The address of your IngufuPay service.</source>
        <translation>আপনার IngufuPay সেবার ঠিকানা।</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ব্যবহারকারীর নাম</translation>
    </message>
    <message>
        <source>The user name you sign in to IngufuPay with.</source>
        <translation>যে ব্যবহারকারীর নাম দিয়ে আপনি IngufuPay-তে সাইন ইন করেন।</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>পাসওয়ার্ড</translation>
    </message>
    <message>
        <source>Your IngufuPay password; kept in the OS keychain.</source>
        <translation>আপনার IngufuPay পাসওয়ার্ড; OS কিচেইনে রাখা হয়।</translation>
    </message>
    <message>
        <source>Your society&apos;s ELNET server: ask the facility office, or see the ELNET app&apos;s settings.</source>
        <translation>আপনার সোসাইটির ELNET সার্ভার: ফ্যাসিলিটি অফিসে জিজ্ঞাসা করুন, বা ELNET অ্যাপের সেটিংস দেখুন।</translation>
    </message>
    <message>
        <source>Live data address</source>
        <translation>লাইভ ডেটার ঠিকানা</translation>
    </message>
    <message>
        <source>Only when your server&apos;s live data is not at the server address (…/api/Dashboard/GetLiveUpdates).</source>
        <translation>শুধু তখনই, যখন আপনার সার্ভারের লাইভ ডেটা সার্ভারের ঠিকানায় নেই (…/api/Dashboard/GetLiveUpdates)।</translation>
    </message>
    <message>
        <source>Daily data address</source>
        <translation>দৈনিক ডেটার ঠিকানা</translation>
    </message>
    <message>
        <source>Only when your server&apos;s daily data is not at the server address (…/api/Dashboard/HomeData).</source>
        <translation>শুধু তখনই, যখন আপনার সার্ভারের দৈনিক ডেটা সার্ভারের ঠিকানায় নেই (…/api/Dashboard/HomeData)।</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>অ্যাক্সেস টোকেন</translation>
    </message>
    <message>
        <source>The sign-in token the ELNET app sends with every request (&quot;Authorization: Bearer …&quot;); kept in the OS keychain.</source>
        <translation>ELNET অ্যাপ প্রতিটি অনুরোধের সঙ্গে যে সাইন-ইন টোকেন পাঠায় (&quot;Authorization: Bearer …&quot;); OS কিচেইনে রাখা হয়।</translation>
    </message>
    <message>
        <source>Meter code (InputType)</source>
        <translation>মিটার কোড (InputType)</translation>
    </message>
    <message>
        <source>A long code the ELNET app makes for your meter and sends as &quot;InputType&quot; with every request. Copy it from the app&apos;s requests as you did the token, or ask your facility office; kept in the OS keychain.</source>
        <translation>ELNET অ্যাপ আপনার মিটারের জন্য যে লম্বা কোড তৈরি করে এবং প্রতিটি অনুরোধে &quot;InputType&quot; হিসেবে পাঠায়। টোকেনের মতোই অ্যাপের অনুরোধ থেকে এটি কপি করুন, বা ফ্যাসিলিটি অফিসে জিজ্ঞাসা করুন; OS কিচেইনে রাখা হয়।</translation>
    </message>
    <message>
        <source>Ready-made setup</source>
        <translation>তৈরি সেটআপ</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>সেবার ঠিকানা</translation>
    </message>
    <message>
        <source>The service&apos;s address, for a ready-made setup.</source>
        <translation>তৈরি সেটআপের জন্য সেবার ঠিকানা।</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>গ্রাহক আইডি</translation>
    </message>
    <message>
        <source>Your customer ID, for the usage-app setup.</source>
        <translation>usage-app সেটআপের জন্য আপনার গ্রাহক আইডি।</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>সেন্সর</translation>
    </message>
    <message>
        <source>The sensor&apos;s entity ID, for the home-assistant setup.</source>
        <translation>home-assistant সেটআপের জন্য সেন্সরের entity ID।</translation>
    </message>
    <message>
        <source>Data address</source>
        <translation>ডেটার ঠিকানা</translation>
    </message>
    <message>
        <source>Request method</source>
        <translation>অনুরোধের পদ্ধতি</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>অনুরোধের হেডার</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>অনুরোধের বডি</translation>
    </message>
    <message>
        <source>Body type</source>
        <translation>বডির ধরন</translation>
    </message>
    <message>
        <source>Accepted answers</source>
        <translation>গ্রহণযোগ্য উত্তর</translation>
    </message>
    <message>
        <source>Balance field</source>
        <translation>ব্যালেন্সের ঘর</translation>
    </message>
    <message>
        <source>Grid counter field</source>
        <translation>গ্রিড কাউন্টারের ঘর</translation>
    </message>
    <message>
        <source>Generator counter field</source>
        <translation>জেনারেটর কাউন্টারের ঘর</translation>
    </message>
    <message>
        <source>Load field</source>
        <translation>লোডের ঘর</translation>
    </message>
    <message>
        <source>Power source field</source>
        <translation>বিদ্যুৎ উৎসের ঘর</translation>
    </message>
    <message>
        <source>Values meaning grid</source>
        <translation>গ্রিড বোঝানো মান</translation>
    </message>
    <message>
        <source>Values meaning generator</source>
        <translation>জেনারেটর বোঝানো মান</translation>
    </message>
    <message>
        <source>Reading time field</source>
        <translation>রিডিংয়ের সময়ের ঘর</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>সময়ের বিন্যাস</translation>
    </message>
    <message>
        <source>Balance factor</source>
        <translation>ব্যালেন্স গুণক</translation>
    </message>
    <message>
        <source>Counter factor</source>
        <translation>কাউন্টার গুণক</translation>
    </message>
    <message>
        <source>Load factor</source>
        <translation>লোড গুণক</translation>
    </message>
    <message>
        <source>Use answers only when</source>
        <translation>উত্তর শুধু তখনই ব্যবহার করুন যখন</translation>
    </message>
    <message>
        <source>One &quot;field=value&quot; per line: an answer counts only when the field holds that value, e.g. attributes.unit_of_measurement=kWh.</source>
        <translation>প্রতি লাইনে একটি &quot;field=value&quot;: ঘরটিতে সেই মান থাকলেই কেবল উত্তরটি গণ্য হয়, যেমন attributes.unit_of_measurement=kWh।</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>টোকেন</translation>
    </message>
    <message>
        <source>Used where a header or the body says %1; kept in the OS keychain.</source>
        <translation>যেখানে হেডার বা বডিতে %1 লেখা, সেখানে ব্যবহৃত হয়; OS কিচেইনে রাখা হয়।</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API কী</translation>
    </message>
    <message>
        <source>A known service&apos;s setup fills in the fields below; with none, fill them in yourself.</source>
        <translation>কোনো পরিচিত সেবার সেটআপ নিচের ঘরগুলো পূরণ করে দেয়; কোনোটি না বাছলে নিজে পূরণ করুন।</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>প্রয়োগ করুন</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ডিফল্টে ফেরান</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>হ্যাঁ(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>না(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ReadingCommands</name>
    <message>
        <source>The balance shown by the meter.</source>
        <translation>মিটারে দেখানো ব্যালেন্স।</translation>
    </message>
    <message>
        <source>When it was read (default: now).</source>
        <translation>কখন রিডিং নেওয়া হয়েছে (ডিফল্ট: এখন)।</translation>
    </message>
    <message>
        <source>The grid counter.</source>
        <translation>গ্রিডের কাউন্টার।</translation>
    </message>
    <message>
        <source>The generator counter.</source>
        <translation>জেনারেটরের কাউন্টার।</translation>
    </message>
    <message>
        <source>Fetch from the providers once, or keep polling for a while.</source>
        <translation>প্রদানকারীদের কাছ থেকে একবার তথ্য আনুন, অথবা কিছু সময় ধরে পোলিং চালিয়ে যান।</translation>
    </message>
    <message>
        <source>Poll only this meter.</source>
        <translation>শুধু এই মিটারটি পোল করুন।</translation>
    </message>
    <message>
        <source>Fetch each meter once.</source>
        <translation>প্রতিটি মিটার থেকে একবার তথ্য আনুন।</translation>
    </message>
    <message>
        <source>Keep polling for this many seconds.</source>
        <translation>এত সেকেন্ড ধরে পোলিং চালিয়ে যান।</translation>
    </message>
    <message>
        <source>Print stored readings.</source>
        <translation>সংরক্ষিত রিডিংগুলো দেখান।</translation>
    </message>
    <message>
        <source>The meter.</source>
        <translation>মিটার।</translation>
    </message>
    <message>
        <source>First time (inclusive).</source>
        <translation>শুরুর সময় (অন্তর্ভুক্ত)।</translation>
    </message>
    <message>
        <source>Last time (exclusive).</source>
        <translation>শেষ সময় (অন্তর্ভুক্ত নয়)।</translation>
    </message>
    <message>
        <source>Fill a simulator meter with N days of history, fast.</source>
        <translation>একটি সিমুলেটর মিটারে দ্রুত N দিনের ইতিহাস ভরে দিন।</translation>
    </message>
    <message>
        <source>A simulator meter.</source>
        <translation>একটি সিমুলেটর মিটার।</translation>
    </message>
    <message>
        <source>Days of history ending now.</source>
        <translation>এখন পর্যন্ত কত দিনের ইতিহাস।</translation>
    </message>
    <message>
        <source>Seed of the simulation.</source>
        <translation>সিমুলেশনের সিড।</translation>
    </message>
    <message>
        <source>the alert rules failed: %1</source>
        <translation>সতর্কতার নিয়মগুলো চালানো যায়নি: %1</translation>
    </message>
    <message>
        <source>reading add needs --meter NAME and --balance AMOUNT.</source>
        <translation>reading add-এর জন্য --meter NAME ও --balance AMOUNT দিতে হবে।</translation>
    </message>
    <message>
        <source>readings needs --meter NAME.</source>
        <translation>readings-এর জন্য --meter NAME দিতে হবে।</translation>
    </message>
    <message>
        <source>poll needs either --once or --for SECONDS.
Usage: kilowatch-cli %1</source>
        <translation>poll-এর জন্য --once অথবা --for SECONDS দিতে হবে।
ব্যবহার: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>--for needs a number of seconds from 1 to 2592000, not &quot;%1&quot;.</source>
        <translation>--for-এর সাথে 1 থেকে 2592000-এর মধ্যে সেকেন্ডের সংখ্যা দিতে হবে, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>There are no meters yet; add one with kilowatch-cli meter add.</source>
        <translation>এখনো কোনো মিটার নেই; kilowatch-cli meter add দিয়ে একটি যোগ করুন।</translation>
    </message>
    <message>
        <source>simulate needs --meter NAME and --days N.</source>
        <translation>simulate-এর জন্য --meter NAME ও --days N দিতে হবে।</translation>
    </message>
    <message>
        <source>--days needs a number from 1 to 3660, not &quot;%1&quot;.</source>
        <translation>--days-এর সাথে 1 থেকে 3660-এর মধ্যে একটি সংখ্যা দিতে হবে, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not &quot;%1&quot;.</source>
        <translation>--seed-এর সাথে একটি পূর্ণসংখ্যা দিতে হবে, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;.</source>
        <translation>--%1-এর জন্য একটি সংখ্যা দরকার, &quot;%2&quot; নয়।</translation>
    </message>
    <message>
        <source>Enter a reading by hand (any meter).</source>
        <translation>হাতে একটি রিডিং লিখুন (যেকোনো মিটারের জন্য)।</translation>
    </message>
    <message>
        <source>The meter it was read from.</source>
        <translation>যে মিটার থেকে রিডিংটি নেওয়া হয়েছে।</translation>
    </message>
</context>
<context>
    <name>ReadingEntry</name>
    <message>
        <source>The time %1 is before 2000; check it.</source>
        <translation>%1 সময়টি ২০০০ সালের আগের; যাচাই করুন।</translation>
    </message>
    <message>
        <source>The time %1 is in the future.</source>
        <translation>%1 সময়টি ভবিষ্যতের।</translation>
    </message>
    <message>
        <source>The balance must be within a billion.</source>
        <translation>ব্যালেন্স একশো কোটির মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 ঋণাত্মক হতে পারে না।</translation>
    </message>
    <message>
        <source>%1 must be within a billion kWh.</source>
        <translation>%1 একশো কোটি kWh-এর মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <source>The grid counter</source>
        <translation>গ্রিডের কাউন্টার</translation>
    </message>
    <message>
        <source>The generator counter</source>
        <translation>জেনারেটরের কাউন্টার</translation>
    </message>
    <message>
        <source>A counter is lower than in the reading of %1; check the numbers.</source>
        <translation>একটি কাউন্টারের মান %1-এর রিডিংয়ের চেয়ে কম; সংখ্যাগুলো যাচাই করুন।</translation>
    </message>
    <message>
        <source>A counter is higher than in the later reading of %1; check the numbers.</source>
        <translation>একটি কাউন্টারের মান %1-এর পরের রিডিংয়ের চেয়ে বেশি; সংখ্যাগুলো যাচাই করুন।</translation>
    </message>
    <message>
        <source>A reading at that time is already stored.</source>
        <translation>ওই সময়ের একটি রিডিং আগেই সংরক্ষিত আছে।</translation>
    </message>
</context>
<context>
    <name>ReadingRepository</name>
    <message>
        <source>Could not start writing readings: %1</source>
        <translation>রিডিং লেখা শুরু করা যায়নি: %1</translation>
    </message>
    <message>
        <source>Could not prepare writing readings: %1</source>
        <translation>রিডিং লেখার প্রস্তুতি নেওয়া যায়নি: %1</translation>
    </message>
    <message>
        <source>Could not store the reading of %1: %2</source>
        <translation>%1-এর রিডিং সংরক্ষণ করা যায়নি: %2</translation>
    </message>
    <message>
        <source>Could not store the readings: %1</source>
        <translation>রিডিংগুলো সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>Could not read the readings: %1</source>
        <translation>রিডিংগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>Could not read the balances: %1</source>
        <translation>ব্যালেন্স পড়া গেল না: %1</translation>
    </message>
</context>
<context>
    <name>RechargeCalculator</name>
    <message>
        <source>Crosses into the dearer slab %1 (%2 per kWh) after %3 kWh.</source>
        <translation>%3 kWh-এর পরে বেশি দামের স্ল্যাব %1-এ (প্রতি kWh %2) চলে যায়।</translation>
    </message>
    <message>
        <source>It goes on into slab %1 (%2 per kWh).</source>
        <translation>এরপর এটি স্ল্যাব %1-এ (প্রতি kWh %2) চলে যায়।</translation>
    </message>
    <message>
        <source>The amount must be above zero and at most a billion.</source>
        <translation>পরিমাণ শূন্যের বেশি এবং সর্বোচ্চ একশো কোটি হতে হবে।</translation>
    </message>
    <message>
        <source>The energy must be above zero and at most 10 GWh.</source>
        <translation>বিদ্যুতের পরিমাণ শূন্যের বেশি এবং সর্বোচ্চ 10 GWh হতে হবে।</translation>
    </message>
    <message>
        <source>%1 has no tariff on %2.</source>
        <translation>%2 তারিখে %1-এর কোনো ট্যারিফ নেই।</translation>
    </message>
</context>
<context>
    <name>RechargeCommands</name>
    <message>
        <source>The meter.</source>
        <translation>মিটার।</translation>
    </message>
    <message>
        <source>The recharge (see recharges).</source>
        <translation>রিচার্জটি (recharges দেখুন)।</translation>
    </message>
    <message>
        <source>List the recharges (detected, from the provider and typed in), each once.</source>
        <translation>রিচার্জগুলোর তালিকা (শনাক্ত করা, প্রদানকারী থেকে পাওয়া ও হাতে লেখা), প্রতিটি একবার করে।</translation>
    </message>
    <message>
        <source>Record a recharge by hand (the token has 20 digits; spaces and dashes are fine).</source>
        <translation>হাতে একটি রিচার্জ লিখে রাখুন (টোকেনে 20টি অঙ্ক থাকে; স্পেস ও ড্যাশ থাকলেও চলবে)।</translation>
    </message>
    <message>
        <source>The amount recharged.</source>
        <translation>রিচার্জ করা পরিমাণ।</translation>
    </message>
    <message>
        <source>When (default: now).</source>
        <translation>কখন (ডিফল্ট: এখন)।</translation>
    </message>
    <message>
        <source>The 20-digit prepaid token.</source>
        <translation>20 অঙ্কের প্রিপেইড টোকেন।</translation>
    </message>
    <message>
        <source>Correct the amount of a detected or typed-in recharge.</source>
        <translation>শনাক্ত করা বা হাতে লেখা একটি রিচার্জের পরিমাণ ঠিক করুন।</translation>
    </message>
    <message>
        <source>The right amount.</source>
        <translation>সঠিক পরিমাণ।</translation>
    </message>
    <message>
        <source>Delete a recharge (a detected one: that balance rise was no recharge).</source>
        <translation>একটি রিচার্জ মুছে ফেলুন (শনাক্ত করা রিচার্জ মুছলে বোঝায়: ব্যালেন্সের ওই বৃদ্ধি আসলে রিচার্জ ছিল না)।</translation>
    </message>
    <message>
        <source>List the grid and generator sessions with their duration, kWh, cost and average kW.</source>
        <translation>গ্রিড ও জেনারেটর সেশনগুলোর তালিকা, সাথে স্থায়িত্ব, kWh, খরচ ও গড় kW।</translation>
    </message>
    <message>
        <source>recharge add needs --amount AMOUNT.
Usage: kilowatch-cli %1</source>
        <translation>recharge add-এর জন্য --amount AMOUNT দিতে হবে।
ব্যবহার: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>--amount needs an amount above zero such as 500, not &quot;%1&quot;.</source>
        <translation>--amount-এর সাথে 500-এর মতো শূন্যের বেশি একটি পরিমাণ দিতে হবে, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>--token needs exactly 20 digits (spaces and dashes are fine), not &quot;%1&quot;.</source>
        <translation>--token-এর সাথে ঠিক 20টি অঙ্ক দিতে হবে (স্পেস ও ড্যাশ থাকলেও চলবে), &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>--time is in the future.</source>
        <translation>--time ভবিষ্যতের একটি সময়।</translation>
    </message>
    <message>
        <source>recharge edit needs --id N and --amount AMOUNT.
Usage: kilowatch-cli %1</source>
        <translation>recharge edit-এর জন্য --id N ও --amount AMOUNT দিতে হবে।
ব্যবহার: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>--id needs a recharge number, not &quot;%1&quot;.</source>
        <translation>--id-এর সাথে একটি রিচার্জ নম্বর দিতে হবে, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>recharge delete needs --id N.
Usage: kilowatch-cli %1</source>
        <translation>recharge delete-এর জন্য --id N দিতে হবে।
ব্যবহার: kilowatch-cli %1</translation>
    </message>
</context>
<context>
    <name>RechargeLedger</name>
    <message>
        <source>The recharge could not be read back.</source>
        <translation>রিচার্জটি আবার পড়া যায়নি।</translation>
    </message>
    <message>
        <source>A recharge needs an amount above zero.</source>
        <translation>রিচার্জের পরিমাণ শূন্যের বেশি হতে হবে।</translation>
    </message>
    <message>
        <source>A token has exactly 20 digits (spaces and dashes allowed), not &quot;%1&quot;.</source>
        <translation>টোকেনে ঠিক 20টি অঙ্ক থাকে (স্পেস ও ড্যাশ চলবে), &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>Meter &quot;%1&quot; has no recharge %2.</source>
        <translation>&quot;%1&quot; মিটারে %2 নম্বর রিচার্জ নেই।</translation>
    </message>
    <message>
        <source>Recharge %1 comes from the provider&apos;s history, whose amount is kept; delete it if it is wrong.</source>
        <translation>রিচার্জ %1 প্রদানকারীর ইতিহাস থেকে এসেছে, তাই এর পরিমাণ বদলানো যায় না; ভুল হলে এটি মুছে ফেলুন।</translation>
    </message>
    <message>
        <source>Only typed-in and provider recharges can be added, not &quot;%1&quot;.</source>
        <translation>শুধু হাতে লেখা ও প্রদানকারীর রিচার্জ যোগ করা যায়, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>The balance rise stays in the history as a correction of the balance, not a recharge.</source>
        <translation>ব্যালেন্সের বৃদ্ধিটি ইতিহাসে থেকে যাবে, রিচার্জ হিসেবে নয়, ব্যালেন্সের সংশোধন হিসেবে।</translation>
    </message>
    <message>
        <source>The balance rise it explained is then listed as a detected recharge again.</source>
        <translation>এটি ব্যালেন্সের যে বৃদ্ধির ব্যাখ্যা দিত, সেটি তখন আবার শনাক্ত রিচার্জ হিসেবে তালিকায় আসবে।</translation>
    </message>
    <message>
        <source>It goes from the list and from the totals.</source>
        <translation>এটি তালিকা ও মোট হিসাব থেকে বাদ যাবে।</translation>
    </message>
    <message>
        <source>Fetching the provider&apos;s history again does not bring it back.</source>
        <translation>প্রদানকারীর ইতিহাস আবার আনলেও এটি ফিরে আসবে না।</translation>
    </message>
    <message>
        <source>Delete this recharge?</source>
        <translation>এই রিচার্জটি মুছবেন?</translation>
    </message>
</context>
<context>
    <name>RechargeRepository</name>
    <message>
        <source>Could not store a recharge: %1</source>
        <translation>একটি রিচার্জ সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>A provider recharge without a reference cannot be stored.</source>
        <translation>রেফারেন্স ছাড়া প্রদানকারীর রিচার্জ সংরক্ষণ করা যায় না।</translation>
    </message>
</context>
<context>
    <name>RechargesPanel</name>
    <message>
        <source>Detected</source>
        <translation>শনাক্ত</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>প্রদানকারী</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>হাতে যোগ করা</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>যোগ করুন(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>সংশোধন করুন(&amp;C)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>মুছুন(&amp;L)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>শুরুর তারিখ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>শেষের তারিখ</translation>
    </message>
    <message>
        <source>any</source>
        <translation>যেকোনো</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>সর্বনিম্ন পরিমাণ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>সব</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>উৎস</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>সময়</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>পরিমাণ</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>রিচার্জের পর ব্যালেন্স</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>টোকেন</translation>
    </message>
    <message>
        <source>Recharges</source>
        <translation>রিচার্জ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>শুরু</translation>
    </message>
    <message>
        <source>to</source>
        <translation>শেষ</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>ন্যূনতম</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>উৎস</translation>
    </message>
    <message>
        <source>Add a recharge</source>
        <translation>রিচার্জ যোগ করুন</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>সময়(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>টোকেন(&amp;O):</translation>
    </message>
    <message>
        <source>The recharge could not be added.</source>
        <translation>রিচার্জটি যোগ করা যায়নি।</translation>
    </message>
    <message>
        <source>Correct the recharge</source>
        <translation>রিচার্জ সংশোধন করুন</translation>
    </message>
    <message>
        <source>Delete the recharge</source>
        <translation>রিচার্জ মুছুন</translation>
    </message>
    <message>
        <source>Estimated from the balance jump: %1</source>
        <translation>ব্যালেন্সের লাফ থেকে অনুমান: %1</translation>
    </message>
    <message>
        <source>Type the amount, e.g. %1.</source>
        <translation>পরিমাণ লিখুন, যেমন %1।</translation>
    </message>
    <message>
        <source>%1 digits (optional)</source>
        <translation>%1 অঙ্ক (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>A token has exactly %1 digits (spaces and dashes are fine).</source>
        <translation>টোকেনে ঠিক %1টি অঙ্ক থাকে (স্পেস ও ড্যাশ চলবে)।</translation>
    </message>
    <message>
        <source>No recharges match the filters.</source>
        <translation>ফিল্টারের সাথে মেলে এমন কোনো রিচার্জ নেই।</translation>
    </message>
    <message>
        <source>Recharges listed: %1, together %2.</source>
        <translation>তালিকাভুক্ত রিচার্জ: %1টি, মোট %2।</translation>
    </message>
    <message>
        <source>One every %1 on average.</source>
        <translation>গড়ে প্রতি %1-এ একটি।</translation>
    </message>
    <message>
        <source>Energy bought: %1 (as the provider reports it, for %2 of them).</source>
        <translation>কেনা বিদ্যুৎ: %1 (প্রদানকারীর দেওয়া হিসাব অনুযায়ী, এর মধ্যে %2টির জন্য)।</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No OS keychain is reachable (on Linux a Secret Service such as GNOME Keyring or KWallet must be running and unlocked). Kilowatch never stores credentials in plain text; it can keep them in memory for this session only.</source>
        <translation>অপারেটিং সিস্টেমের কোনো কিচেইন পাওয়া যাচ্ছে না (Linux-এ GNOME Keyring বা KWallet-এর মতো একটি Secret Service চালু ও আনলক থাকতে হবে)। Kilowatch কখনো লগইন তথ্য সাধারণ লেখা হিসেবে সংরক্ষণ করে না; এটি শুধু এই সেশনের জন্য তথ্যগুলো মেমোরিতে রাখতে পারে।</translation>
    </message>
</context>
<context>
    <name>SessionTimeline</name>
    <message>
        <source>Power-source timeline</source>
        <translation>বিদ্যুতের উৎসের সময়রেখা</translation>
    </message>
    <message>
        <source>One strip per day, the newest on top</source>
        <translation>প্রতিদিনের জন্য একটি সারি, নতুনটি উপরে</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>Last year</source>
        <translation>গত এক বছর</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>সময়কাল</translation>
    </message>
    <message>
        <source>Generator only</source>
        <translation>শুধু জেনারেটর</translation>
    </message>
    <message>
        <source>Grid only</source>
        <translation>শুধু গ্রিড</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>দুটোই</translation>
    </message>
    <message>
        <source>Power source</source>
        <translation>বিদ্যুতের উৎস</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>উৎস</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>শুরু</translation>
    </message>
    <message>
        <source>End</source>
        <translation>শেষ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>স্থায়িত্ব</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>বিদ্যুৎ</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>খরচ</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>গড়</translation>
    </message>
    <message>
        <source>Power-source sessions</source>
        <translation>বিদ্যুতের উৎসভিত্তিক সেশন</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>দেখান</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>জেনারেটর</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>গ্রিড</translation>
    </message>
    <message>
        <source>still on</source>
        <translation>এখনো চালু</translation>
    </message>
    <message>
        <source>Generator hours</source>
        <translation>জেনারেটরের ঘণ্টা</translation>
    </message>
    <message>
        <source>Generator energy</source>
        <translation>জেনারেটরের বিদ্যুৎ</translation>
    </message>
    <message>
        <source>Generator cost</source>
        <translation>জেনারেটরের খরচ</translation>
    </message>
    <message>
        <source>Generator starts</source>
        <translation>জেনারেটর কতবার চালু হয়েছে</translation>
    </message>
    <message>
        <source>Longest generator run</source>
        <translation>জেনারেটরের দীর্ঘতম চালনা</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>গত %1 দিন</translation>
    </message>
    <message>
        <source>Generator in this period</source>
        <translation>এই সময়ে জেনারেটর</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>ঘণ্টা:</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>বিদ্যুৎ:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>খরচ:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>চালু হয়েছে:</translation>
    </message>
    <message>
        <source>Longest run:</source>
        <translation>দীর্ঘতম চালনা:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>নেই</translation>
    </message>
</context>
<context>
    <name>SettingDefinition</name>
    <message>
        <source>Colour theme: follow the system, or always light or dark.</source>
        <translation>রঙের থিম: সিস্টেম অনুসরণ করবে, নাকি সবসময় লাইট বা ডার্ক।</translation>
    </message>
    <message>
        <source>Language of the window: &quot;system&quot; or a code such as en, bn or hi. Takes effect at the next start.</source>
        <translation>উইন্ডোর ভাষা: &quot;system&quot; অথবা en, bn বা hi-এর মতো একটি কোড। পরের বার চালু করার সময় কার্যকর হবে।</translation>
    </message>
    <message>
        <source>Unit in which energy is shown.</source>
        <translation>বিদ্যুৎ যে এককে দেখানো হবে।</translation>
    </message>
    <message>
        <source>Start in the system tray without opening the window.</source>
        <translation>উইন্ডো না খুলে সিস্টেম ট্রেতে চালু হবে।</translation>
    </message>
    <message>
        <source>Closing the window keeps Kilowatch running in the tray (when there is a tray).</source>
        <translation>উইন্ডো বন্ধ করলেও Kilowatch ট্রেতে চলতে থাকবে (যদি ট্রে থাকে)।</translation>
    </message>
    <message>
        <source>Start Kilowatch when you log in.</source>
        <translation>লগইন করলে Kilowatch চালু হবে।</translation>
    </message>
    <message>
        <source>Default polling interval in seconds for new live meters (such as ELNET).</source>
        <translation>নতুন লাইভ মিটারের (যেমন ELNET) ডিফল্ট পোলিং বিরতি, সেকেন্ডে।</translation>
    </message>
    <message>
        <source>Default polling interval in seconds for new meters whose provider updates hourly (such as DESCO and DPDC).</source>
        <translation>যেসব মিটারের প্রদানকারী প্রতি ঘণ্টায় হালনাগাদ করে (যেমন DESCO ও DPDC), সেগুলোর নতুন মিটারের ডিফল্ট পোলিং বিরতি, সেকেন্ডে।</translation>
    </message>
    <message>
        <source>Low-balance alerts compare the balance in money, or the days left in the forecast.</source>
        <translation>কম ব্যালেন্সের সতর্কতা টাকার অঙ্কে ব্যালেন্স তুলনা করে, অথবা পূর্বাভাসে বাকি দিনের সংখ্যা।</translation>
    </message>
    <message>
        <source>Critical alert when the balance falls below this amount; must be below the warning amount.</source>
        <translation>ব্যালেন্স এই পরিমাণের নিচে নামলে গুরুতর সতর্কতা; সতর্কবার্তার পরিমাণের চেয়ে কম হতে হবে।</translation>
    </message>
    <message>
        <source>A low-balance alert fires again only after the balance rose this much above its threshold.</source>
        <translation>কম ব্যালেন্সের সতর্কতা আবার দেখানো হবে কেবল তখনই, যখন ব্যালেন্স তার সীমার ওপরে এই পরিমাণ বাড়বে।</translation>
    </message>
    <message>
        <source>Critical alert when the balance runs out within this many days; must be below the warning days.</source>
        <translation>এত দিনের মধ্যে ব্যালেন্স শেষ হলে গুরুতর সতর্কতা; সতর্কবার্তার দিনের চেয়ে কম হতে হবে।</translation>
    </message>
    <message>
        <source>A days-left alert fires again only after the forecast rose this many days above its threshold.</source>
        <translation>বাকি দিনের সতর্কতা আবার দেখানো হবে কেবল তখনই, যখন পূর্বাভাস তার সীমার ওপরে এত দিন বাড়বে।</translation>
    </message>
    <message>
        <source>Send a daily summary of each meter.</source>
        <translation>প্রতিটি মিটারের দৈনিক সারসংক্ষেপ পাঠাবে।</translation>
    </message>
    <message>
        <source>Local time (HH:mm, in each meter&apos;s time zone) of the daily summary.</source>
        <translation>দৈনিক সারসংক্ষেপের স্থানীয় সময় (HH:mm, প্রতিটি মিটারের টাইম জোনে)।</translation>
    </message>
    <message>
        <source>During quiet hours only critical alerts are shown.</source>
        <translation>নীরব সময়ে শুধু গুরুতর সতর্কতা দেখানো হয়।</translation>
    </message>
    <message>
        <source>Start of quiet hours (HH:mm); may be later than the end, crossing midnight.</source>
        <translation>নীরব সময়ের শুরু (HH:mm); মধ্যরাত পেরিয়ে গেলে শেষের চেয়ে পরে হতে পারে।</translation>
    </message>
    <message>
        <source>End of quiet hours (HH:mm).</source>
        <translation>নীরব সময়ের শেষ (HH:mm)।</translation>
    </message>
    <message>
        <source>Report provider trouble when a live meter has had no fresh reading for this many minutes.</source>
        <translation>কোনো লাইভ মিটারের এত মিনিট ধরে নতুন রিডিং না এলে প্রদানকারীর সমস্যা জানাবে।</translation>
    </message>
    <message>
        <source>Report provider trouble when an hourly meter has had no fresh reading for this many minutes.</source>
        <translation>কোনো ঘণ্টাভিত্তিক মিটারের এত মিনিট ধরে নতুন রিডিং না এলে প্রদানকারীর সমস্যা জানাবে।</translation>
    </message>
    <message>
        <source>Alert when a day&apos;s use exceeds this many kWh; empty for no alert.</source>
        <translation>এক দিনের ব্যবহার এত kWh ছাড়ালে সতর্কতা; সতর্কতা না চাইলে খালি রাখুন।</translation>
    </message>
    <message>
        <source>Alert when a day&apos;s spend exceeds this amount (in each meter&apos;s currency); empty for no alert.</source>
        <translation>এক দিনের খরচ এই পরিমাণ ছাড়ালে সতর্কতা (প্রতিটি মিটারের নিজস্ব মুদ্রায়); সতর্কতা না চাইলে খালি রাখুন।</translation>
    </message>
    <message>
        <source>Also send alerts to Telegram. The bot token is kept in the OS keychain, never in this file.</source>
        <translation>সতর্কতা Telegram-এও পাঠাবে। বট টোকেন অপারেটিং সিস্টেমের কিচেইনে রাখা হয়, এই ফাইলে কখনো নয়।</translation>
    </message>
    <message>
        <source>Telegram chat that receives the alerts: a number such as -1001234567890, or @channelname.</source>
        <translation>যে Telegram চ্যাট সতর্কতা পাবে: -1001234567890-এর মতো একটি সংখ্যা, অথবা @channelname।</translation>
    </message>
    <message>
        <source>Address of the Telegram Bot API server (https).</source>
        <translation>Telegram Bot API সার্ভারের ঠিকানা (https)।</translation>
    </message>
    <message>
        <source>Window position and size (base64, written by Kilowatch).</source>
        <translation>উইন্ডোর অবস্থান ও আকার (base64, Kilowatch লেখে)।</translation>
    </message>
    <message>
        <source>Window toolbars and docks (base64, written by Kilowatch).</source>
        <translation>উইন্ডোর টুলবার ও ডক (base64, Kilowatch লেখে)।</translation>
    </message>
    <message>
        <source>The meter shown last (0: none).</source>
        <translation>সবশেষে দেখানো মিটার (0: কোনোটি নয়)।</translation>
    </message>
    <message>
        <source>Hours shown by the usage chart.</source>
        <translation>ব্যবহারের চার্টে যত ঘণ্টা দেখানো হয়।</translation>
    </message>
    <message>
        <source>Minutes per bar of the usage chart.</source>
        <translation>ব্যবহারের চার্টে প্রতি বারে কত মিনিট।</translation>
    </message>
    <message>
        <source>The usage chart shows energy or money.</source>
        <translation>ব্যবহারের চার্ট বিদ্যুৎ না টাকা দেখাবে।</translation>
    </message>
    <message>
        <source>The usage chart draws stacked bars or lines.</source>
        <translation>ব্যবহারের চার্ট স্তূপীকৃত বার আঁকবে, নাকি রেখা।</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 থেকে %2</translation>
    </message>
    <message>
        <source>empty, or %1 to %2</source>
        <translation>খালি, অথবা %1 থেকে %2</translation>
    </message>
    <message>
        <source>system, or a language code such as en, bn, hi</source>
        <translation>system, অথবা en, bn, hi-এর মতো একটি ভাষার কোড</translation>
    </message>
    <message>
        <source>HH:mm, 00:00 to 23:59</source>
        <translation>HH:mm, 00:00 থেকে 23:59</translation>
    </message>
    <message>
        <source>empty, a number, or @channelname</source>
        <translation>খালি, একটি সংখ্যা, অথবা @channelname</translation>
    </message>
    <message>
        <source>an https address</source>
        <translation>একটি https ঠিকানা</translation>
    </message>
    <message>
        <source>base64</source>
        <translation>base64</translation>
    </message>
    <message numerus="yes">
        <source>the value is %n characters long, far longer than any valid one</source>
        <translation>
            <numerusform>মানটি %Ln অক্ষর লম্বা, যেকোনো সঠিক মানের চেয়ে অনেক বেশি</numerusform>
            <numerusform>মানটি %Ln অক্ষর লম্বা, যেকোনো সঠিক মানের চেয়ে অনেক বেশি</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is outside %2</source>
        <translation>%1 অনুমোদিত সীমার (%2) বাইরে</translation>
    </message>
    <message>
        <source>%1 is outside %2; %3 is used</source>
        <translation>%1 অনুমোদিত সীমার (%2) বাইরে; %3 ব্যবহার করা হচ্ছে</translation>
    </message>
    <message>
        <source>%1 is neither true nor false</source>
        <translation>%1 true বা false কোনোটিই নয়</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 পূর্ণসংখ্যা নয়</translation>
    </message>
    <message>
        <source>%1 is not a number such as 500 or 12.5 (a dot, at most three decimals)</source>
        <translation>%1 500 বা 12.5-এর মতো কোনো সংখ্যা নয় (দশমিক চিহ্ন হিসেবে ডট, সর্বোচ্চ তিন দশমিক ঘর)</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 এগুলোর কোনোটি নয়: %2</translation>
    </message>
    <message>
        <source>%1 is not &quot;system&quot; or a language code such as bn or pt_BR</source>
        <translation>%1 &quot;system&quot; বা bn অথবা pt_BR-এর মতো কোনো ভাষার কোড নয়</translation>
    </message>
    <message>
        <source>%1 is not a time of day such as 23:59</source>
        <translation>%1 23:59-এর মতো দিনের কোনো সময় নয়</translation>
    </message>
    <message>
        <source>this looks like a bot token, which belongs in the keychain, not here</source>
        <translation>এটি দেখতে বট টোকেনের মতো, যা এখানে নয়, কিচেইনে রাখার কথা</translation>
    </message>
    <message>
        <source>%1 is not a Telegram chat id (a number such as -1001234567890, or @channelname)</source>
        <translation>%1 কোনো Telegram চ্যাট আইডি নয় (-1001234567890-এর মতো একটি সংখ্যা, অথবা @channelname)</translation>
    </message>
    <message>
        <source>the address contains what looks like a bot token, which belongs in the keychain, not in the address</source>
        <translation>ঠিকানায় বট টোকেনের মতো কিছু আছে, যা ঠিকানায় নয়, কিচেইনে রাখার কথা</translation>
    </message>
    <message>
        <source>%1 is not a web address such as https://api.telegram.org</source>
        <translation>%1 https://api.telegram.org-এর মতো কোনো ওয়েব ঠিকানা নয়</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password</source>
        <translation>ঠিকানায় ইউজার নেম বা পাসওয়ার্ড থাকা চলবে না</translation>
    </message>
    <message>
        <source>the address must not contain &quot;?&quot; or &quot;#&quot; parts</source>
        <translation>ঠিকানায় &quot;?&quot; বা &quot;#&quot; অংশ থাকা চলবে না</translation>
    </message>
    <message>
        <source>the address must start with https:// (plain http only to this computer)</source>
        <translation>ঠিকানা অবশ্যই https:// দিয়ে শুরু হতে হবে (সাধারণ http শুধু এই কম্পিউটারের জন্য)</translation>
    </message>
    <message>
        <source>the value is longer than window state ever is</source>
        <translation>মানটি উইন্ডোর অবস্থার যেকোনো মানের চেয়ে লম্বা</translation>
    </message>
    <message>
        <source>the value is not base64</source>
        <translation>মানটি base64 নয়</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>অজানা ধরন</translation>
    </message>
    <message>
        <source>a value of type %1 does not fit</source>
        <translation>%1 ধরনের মান এখানে খাটে না</translation>
    </message>
    <message>
        <source>Warn when the balance falls below this amount (in each meter&apos;s currency); a meter&apos;s own low-balance amount replaces it.</source>
        <translation>ব্যালেন্স এই পরিমাণের নিচে নামলে সতর্ক করবে (প্রতিটি মিটারের নিজস্ব মুদ্রায়); কোনো মিটারের নিজের কম ব্যালেন্সের পরিমাণ থাকলে সেটিই এর জায়গা নেয়।</translation>
    </message>
    <message>
        <source>Warn when the forecast says the balance runs out within this many days; a meter&apos;s own low-balance amount replaces it.</source>
        <translation>পূর্বাভাস অনুযায়ী এত দিনের মধ্যে ব্যালেন্স শেষ হলে সতর্ক করবে; কোনো মিটারের নিজের কম ব্যালেন্সের পরিমাণ থাকলে সেটিই এর জায়গা নেয়।</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>কিচেইন নেই</translation>
    </message>
    <message>
        <source>Keep the bot token for this session only?</source>
        <translation>বট টোকেন কি শুধু এই সেশনের জন্য রাখবেন?</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>সাধারণ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>সতর্কতা(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Polling</source>
        <translation>পোলিং(&amp;P)</translation>
    </message>
    <message>
        <source>Tele&amp;gram</source>
        <translation>Telegram(&amp;G)</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>সেটিংসের পাতা</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>বার্তা</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>ডায়ালগের বোতাম</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>থিম</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>সিস্টেম অনুসরণ করুন</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>লাইট</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ডার্ক</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>থিম(&amp;T):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>সিস্টেমের ভাষা</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ভাষা(&amp;L):</translation>
    </message>
    <message>
        <source>A new language takes effect when Kilowatch starts next.</source>
        <translation>নতুন ভাষা Kilowatch পরের বার চালু হলে কার্যকর হবে।</translation>
    </message>
    <message>
        <source>Energy unit</source>
        <translation>বিদ্যুতের একক</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Wh</source>
        <translation>Wh</translation>
    </message>
    <message>
        <source>&amp;Energy unit:</source>
        <translation>বিদ্যুতের একক(&amp;E):</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>ট্রেতে ছোট করে চালু করুন</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>ট্রেতে ছোট করে চালু করুন(&amp;M)</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>উইন্ডো বন্ধ করলেও ট্রেতে চালু রাখুন</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>উইন্ডো বন্ধ করলেও ট্রেতে চালু রাখুন(&amp;K)</translation>
    </message>
    <message>
        <source>Start Kilowatch when I log in</source>
        <translation>আমি লগইন করলে Kilowatch চালু করুন</translation>
    </message>
    <message>
        <source>Start Kilowatch when I l&amp;og in</source>
        <translation>আমি লগইন করলে Kilowatch চালু করুন(&amp;O)</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>কম ব্যালেন্স</translation>
    </message>
    <message>
        <source>Low balance alerts compare</source>
        <translation>কম ব্যালেন্সের সতর্কতায় তুলনা</translation>
    </message>
    <message>
        <source>the balance with an amount</source>
        <translation>একটি পরিমাণের সঙ্গে ব্যালেন্স</translation>
    </message>
    <message>
        <source>the days left in the forecast</source>
        <translation>পূর্বাভাসে বাকি দিন</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>তুলনা(&amp;C):</translation>
    </message>
    <message>
        <source>Warning below this balance</source>
        <translation>ব্যালেন্স এর নিচে নামলে সতর্কবার্তা</translation>
    </message>
    <message>
        <source>&amp;Warning below:</source>
        <translation>সতর্কবার্তার সীমা(&amp;W):</translation>
    </message>
    <message>
        <source>Critical below this balance</source>
        <translation>ব্যালেন্স এর নিচে নামলে গুরুতর</translation>
    </message>
    <message>
        <source>C&amp;ritical below:</source>
        <translation>গুরুতর সতর্কতার সীমা(&amp;R):</translation>
    </message>
    <message>
        <source>Alert again after the balance rose by this much</source>
        <translation>ব্যালেন্স এতটা বাড়ার পর আবার সতর্ক করুন</translation>
    </message>
    <message>
        <source>Again after rising &amp;by:</source>
        <translation>আবার সতর্ক করার আগে বৃদ্ধি(&amp;B):</translation>
    </message>
    <message>
        <source>Warning when this many days are left</source>
        <translation>এত দিন বাকি থাকলে সতর্কবার্তা</translation>
    </message>
    <message>
        <source>Warning at &amp;days left:</source>
        <translation>সতর্কবার্তার জন্য বাকি দিন(&amp;D):</translation>
    </message>
    <message>
        <source>Critical when this many days are left</source>
        <translation>এত দিন বাকি থাকলে গুরুতর</translation>
    </message>
    <message>
        <source>Critical at days &amp;left:</source>
        <translation>গুরুতর সতর্কতার জন্য বাকি দিন(&amp;L):</translation>
    </message>
    <message>
        <source>Alert again after the forecast rose by this many days</source>
        <translation>পূর্বাভাস এত দিন বাড়ার পর আবার সতর্ক করুন</translation>
    </message>
    <message>
        <source>Again after rising b&amp;y:</source>
        <translation>আবার সতর্ক করার আগে বৃদ্ধি(&amp;Y):</translation>
    </message>
    <message>
        <source>Amounts are in each meter&apos;s own currency. A meter&apos;s own low-balance amount, set in its meter dialog, comes first.</source>
        <translation>পরিমাণগুলো প্রতিটি মিটারের নিজস্ব মুদ্রায়। কোনো মিটারের নিজের ডায়ালগে কম ব্যালেন্সের যে পরিমাণ সেট করা আছে, সেটিই আগে প্রযোজ্য।</translation>
    </message>
    <message>
        <source>Provider trouble</source>
        <translation>প্রদানকারীর সমস্যা</translation>
    </message>
    <message>
        <source>Report a live meter without fresh readings after this many minutes</source>
        <translation>কোনো লাইভ মিটারের এত মিনিট পরও নতুন রিডিং না এলে জানান</translation>
    </message>
    <message>
        <source> min</source>
        <translation> মিনিট</translation>
    </message>
    <message>
        <source>Li&amp;ve meters after:</source>
        <translation>লাইভ মিটারের সময়সীমা(&amp;V):</translation>
    </message>
    <message>
        <source>Report an hourly meter without fresh readings after this many minutes</source>
        <translation>কোনো ঘণ্টাভিত্তিক মিটারের এত মিনিট পরও নতুন রিডিং না এলে জানান</translation>
    </message>
    <message>
        <source>&amp;Hourly meters after:</source>
        <translation>ঘণ্টাভিত্তিক মিটারের সময়সীমা(&amp;H):</translation>
    </message>
    <message>
        <source>Daily summary</source>
        <translation>দৈনিক সারসংক্ষেপ</translation>
    </message>
    <message>
        <source>Send a daily summary</source>
        <translation>দৈনিক সারসংক্ষেপ পাঠান</translation>
    </message>
    <message>
        <source>Send a daily &amp;summary</source>
        <translation>দৈনিক সারসংক্ষেপ পাঠান(&amp;S)</translation>
    </message>
    <message>
        <source>Daily summary time</source>
        <translation>দৈনিক সারসংক্ষেপের সময়</translation>
    </message>
    <message>
        <source>A&amp;t (meter&apos;s local time):</source>
        <translation>সময় (মিটারের স্থানীয় সময়)(&amp;T):</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>নীরব সময়</translation>
    </message>
    <message>
        <source>Quiet hours: only critical alerts</source>
        <translation>নীরব সময়: শুধু গুরুতর সতর্কতা</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: only critical alerts</source>
        <translation>নীরব সময়: শুধু গুরুতর সতর্কতা(&amp;Q)</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>নীরব সময়ের শুরু</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>শুরু(&amp;F):</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>নীরব সময়ের শেষ</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>শেষ(&amp;N):</translation>
    </message>
    <message>
        <source>Daily use</source>
        <translation>দৈনিক ব্যবহার</translation>
    </message>
    <message>
        <source>Daily energy alert threshold in kWh</source>
        <translation>দৈনিক বিদ্যুৎ ব্যবহারের সতর্কতার সীমা, kWh-এ</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
    <message>
        <source>A day&apos;s &amp;energy above:</source>
        <translation>দৈনিক বিদ্যুৎ ব্যবহারের সীমা(&amp;E):</translation>
    </message>
    <message>
        <source>Daily spend alert threshold</source>
        <translation>দৈনিক খরচের সতর্কতার সীমা</translation>
    </message>
    <message>
        <source>A day&apos;s s&amp;pend above:</source>
        <translation>দৈনিক খরচের সীমা(&amp;P):</translation>
    </message>
    <message>
        <source>Polling interval for new live meters, in seconds</source>
        <translation>নতুন লাইভ মিটারের পোলিং বিরতি, সেকেন্ডে</translation>
    </message>
    <message>
        <source> s</source>
        <translation> সেকেন্ড</translation>
    </message>
    <message>
        <source>&amp;Live meters (such as ELNET):</source>
        <translation>লাইভ মিটার (যেমন ELNET)(&amp;L):</translation>
    </message>
    <message>
        <source>Polling interval for new hourly meters, in seconds</source>
        <translation>নতুন ঘণ্টাভিত্তিক মিটারের পোলিং বিরতি, সেকেন্ডে</translation>
    </message>
    <message>
        <source>&amp;Hourly providers (such as DESCO, DPDC):</source>
        <translation>ঘণ্টাভিত্তিক প্রদানকারী (যেমন DESCO, DPDC)(&amp;H):</translation>
    </message>
    <message>
        <source>These are the intervals new meters start with. Each meter keeps its own interval, which its meter dialog changes.</source>
        <translation>নতুন মিটার এই বিরতি নিয়ে শুরু হয়। প্রতিটি মিটারের নিজস্ব বিরতি থাকে, যা তার মিটার ডায়ালগ থেকে বদলানো যায়।</translation>
    </message>
    <message>
        <source>Also send alerts to Telegram</source>
        <translation>সতর্কতা Telegram-এও পাঠান</translation>
    </message>
    <message>
        <source>Also send alerts to &amp;Telegram</source>
        <translation>সতর্কতা Telegram-এও পাঠান(&amp;T)</translation>
    </message>
    <message>
        <source>Telegram chat id</source>
        <translation>Telegram চ্যাট আইডি</translation>
    </message>
    <message>
        <source>-1001234567890 or @channelname</source>
        <translation>-1001234567890 অথবা @channelname</translation>
    </message>
    <message>
        <source>&amp;Chat id:</source>
        <translation>চ্যাট আইডি(&amp;C):</translation>
    </message>
    <message>
        <source>Telegram Bot API server</source>
        <translation>Telegram Bot API সার্ভার</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>সার্ভার(&amp;S):</translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation>Telegram বট টোকেন</translation>
    </message>
    <message>
        <source>The token from @BotFather. It is kept in the OS keychain, never in the settings file.</source>
        <translation>@BotFather থেকে পাওয়া টোকেন। এটি অপারেটিং সিস্টেমের কিচেইনে রাখা হয়, সেটিংস ফাইলে কখনো নয়।</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>কিচেইন পরীক্ষা করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Bot t&amp;oken:</source>
        <translation>বট টোকেন(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Forget the stored token</source>
        <translation>সংরক্ষিত টোকেন মুছে ফেলুন(&amp;F)</translation>
    </message>
    <message>
        <source>Forget the stored bot token</source>
        <translation>সংরক্ষিত বট টোকেন মুছে ফেলুন</translation>
    </message>
    <message>
        <source>The bot token is kept in the OS keychain, never in the settings file. Leave the field empty to keep the stored one.</source>
        <translation>বট টোকেন অপারেটিং সিস্টেমের কিচেইনে রাখা হয়, সেটিংস ফাইলে কখনো নয়। সংরক্ষিত টোকেনটি রাখতে ঘরটি খালি রাখুন।</translation>
    </message>
    <message>
        <source>Removed from the keychain when you apply</source>
        <translation>প্রয়োগ করলে কিচেইন থেকে সরানো হবে</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2।</translation>
    </message>
    <message>
        <source>The critical balance (%1) must be below the warning balance (%2).</source>
        <translation>গুরুতর ব্যালেন্স (%1) সতর্কবার্তার ব্যালেন্সের (%2) চেয়ে কম হতে হবে।</translation>
    </message>
    <message>
        <source>The critical days left (%1) must be fewer than the warning days left (%2).</source>
        <translation>গুরুতর অবস্থার বাকি দিন (%1) সতর্কবার্তার বাকি দিনের (%2) চেয়ে কম হতে হবে।</translation>
    </message>
    <message>
        <source>Quiet hours need an end time different from their start time.</source>
        <translation>নীরব সময়ের শেষের সময় শুরুর সময় থেকে আলাদা হতে হবে।</translation>
    </message>
    <message>
        <source>A bot token looks like 123456789:AAH… (the bot&apos;s number, a colon, then at least 20 letters, digits, - or _). Copy it again from @BotFather.</source>
        <translation>বট টোকেন দেখতে 123456789:AAH…-এর মতো (বটের নম্বর, একটি কোলন, তারপর অন্তত 20টি অক্ষর, অঙ্ক, - বা _)। @BotFather থেকে আবার কপি করুন।</translation>
    </message>
    <message>
        <source>To send alerts to Telegram, enter the chat id that should receive them.</source>
        <translation>Telegram-এ সতর্কতা পাঠাতে যে চ্যাট সেগুলো পাবে তার আইডি লিখুন।</translation>
    </message>
    <message>
        <source>To send alerts to Telegram, enter the bot token from @BotFather.</source>
        <translation>Telegram-এ সতর্কতা পাঠাতে @BotFather থেকে পাওয়া বট টোকেন লিখুন।</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation>কিচেইনে সংরক্ষিত; বদলাতে নতুন করে লিখুন</translation>
    </message>
    <message>
        <source>No keychain is reachable</source>
        <translation>কোনো কিচেইন পাওয়া যাচ্ছে না</translation>
    </message>
    <message>
        <source>From @BotFather; kept in the OS keychain</source>
        <translation>@BotFather থেকে; অপারেটিং সিস্টেমের কিচেইনে রাখা হয়</translation>
    </message>
    <message>
        <source>The bot token has nowhere safe to go, so nothing was saved.</source>
        <translation>বট টোকেন নিরাপদে রাখার কোনো জায়গা নেই, তাই কিছুই সংরক্ষণ করা হয়নি।</translation>
    </message>
    <message>
        <source>The bot token could not be stored: %1</source>
        <translation>বট টোকেন সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The bot token could not be removed: %1</source>
        <translation>বট টোকেন সরানো যায়নি: %1</translation>
    </message>
    <message>
        <source>Settings saved. The new language takes effect when Kilowatch starts next.</source>
        <translation>সেটিংস সংরক্ষিত হয়েছে। নতুন ভাষা Kilowatch পরের বার চালু হলে কার্যকর হবে।</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>সেটিংস সংরক্ষিত হয়েছে।</translation>
    </message>
    <message>
        <source>The defaults are filled in; OK or Apply keeps them. The bot token is left as it is.</source>
        <translation>ডিফল্ট মানগুলো বসানো হয়েছে; “ঠিক আছে” বা “প্রয়োগ করুন” চাপলে সেগুলো থাকবে। বট টোকেন যেমন ছিল তেমনই আছে।</translation>
    </message>
    <message>
        <source>Send a test &amp;notification</source>
        <translation>পরীক্ষামূলক বিজ্ঞপ্তি পাঠান(&amp;N)</translation>
    </message>
    <message>
        <source>Send a test &amp;message</source>
        <translation>পরীক্ষামূলক বার্তা পাঠান(&amp;M)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>পাঠানো হচ্ছে…</translation>
    </message>
    <message>
        <source>Sent: it should show on your desktop now.</source>
        <translation>পাঠানো হয়েছে: এখনই আপনার ডেস্কটপে দেখা যাওয়ার কথা।</translation>
    </message>
    <message>
        <source>Not shown: %1</source>
        <translation>দেখানো যায়নি: %1</translation>
    </message>
    <message>
        <source>Give the chat id first.</source>
        <translation>আগে চ্যাট আইডি দিন।</translation>
    </message>
    <message>
        <source>Sent: look for it in the Telegram chat.</source>
        <translation>পাঠানো হয়েছে: Telegram চ্যাটে দেখুন।</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>পাঠানো যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>SimulatorBackfill</name>
    <message>
        <source>Only simulator meters can be filled with simulated history; &quot;%1&quot; uses the %2 provider.</source>
        <translation>শুধু সিমুলেটর মিটারেই সিমুলেটেড ইতিহাস ভরা যায়; &quot;%1&quot; %2 প্রদানকারী ব্যবহার করে।</translation>
    </message>
    <message>
        <source>The number of days must be between 1 and 3660.</source>
        <translation>দিনের সংখ্যা 1 থেকে 3660-এর মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has readings from seed %2; a different seed needs a new meter.</source>
        <translation>&quot;%1&quot;-এ সিড %2 থেকে আগেই রিডিং আছে; ভিন্ন সিডের জন্য নতুন মিটার দরকার।</translation>
    </message>
    <message>
        <source>Stopped before the history was stored; nothing of it was kept.</source>
        <translation>ইতিহাস সংরক্ষণের আগেই থামানো হয়েছে; এর কিছুই রাখা হয়নি।</translation>
    </message>
</context>
<context>
    <name>SimulatorProvider</name>
    <message>
        <source>The simulated server is having an outage.</source>
        <translation>সিমুলেটেড সার্ভারে বিভ্রাট চলছে।</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Cannot check whether Kilowatch is already running (lock file %1).</source>
        <translation>Kilowatch আগে থেকেই চালু আছে কি না পরীক্ষা করা যাচ্ছে না (লক ফাইল %1)।</translation>
    </message>
    <message>
        <source>Kilowatch is already running with this database but does not answer. Close it (or end its process) and start Kilowatch again.</source>
        <translation>এই ডেটাবেস নিয়ে Kilowatch আগে থেকেই চালু আছে, কিন্তু সাড়া দিচ্ছে না। সেটি বন্ধ করুন (বা এর প্রসেস শেষ করুন) এবং Kilowatch আবার চালু করুন।</translation>
    </message>
</context>
<context>
    <name>StatusCard</name>
    <message>
        <source>Meter status</source>
        <translation>মিটারের অবস্থা</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>ব্যালেন্স</translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>ডেটা কতটা নতুন</translation>
    </message>
    <message>
        <source>Today: %1 · %2</source>
        <translation>আজ: %1 · %2</translation>
    </message>
    <message>
        <source>Load: %1</source>
        <translation>লোড: %1</translation>
    </message>
    <message>
        <source>Load: unknown</source>
        <translation>লোড: অজানা</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>এখনো কোনো রিডিং নেই</translation>
    </message>
    <message>
        <source>Last reading %1 · %2</source>
        <translation>শেষ রিডিং %1 · %2</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>পূর্বাভাস</translation>
    </message>
    <message numerus="yes">
        <source>Forecast after %n more day(s) of data.</source>
        <translation>
            <numerusform>আরও %Ln দিনের ডেটা পেলে পূর্বাভাস দেখানো হবে।</numerusform>
            <numerusform>আরও %Ln দিনের ডেটা পেলে পূর্বাভাস দেখানো হবে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is being spent: no date to forecast.</source>
        <translation>কোনো খরচ হচ্ছে না: পূর্বাভাস দেওয়ার মতো তারিখ নেই।</translation>
    </message>
    <message numerus="yes">
        <source>Runs out on %1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 তারিখে শেষ হবে (%Ln দিন পর)</numerusform>
            <numerusform>%1 তারিখে শেষ হবে (%Ln দিন পর)</numerusform>
        </translation>
    </message>
    <message>
        <source>· between %1 and %2</source>
        <translation>· %1 থেকে %2-এর মধ্যে</translation>
    </message>
    <message>
        <source>(rough)</source>
        <translation>(মোটামুটি)</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>বাকি দিন</translation>
    </message>
    <message>
        <source>Balance level</source>
        <translation>ব্যালেন্সের অবস্থা</translation>
    </message>
    <message>
        <source>less than a day left</source>
        <translation>এক দিনেরও কম বাকি</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%Ln দিন বাকি</numerusform>
            <numerusform>%Ln দিন বাকি</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full: nothing new could be saved in %1. Free some space and try again; what was stored before is kept.</source>
        <translation>ডিস্ক পূর্ণ: %1-এ নতুন কিছু সংরক্ষণ করা যায়নি। কিছু জায়গা খালি করে আবার চেষ্টা করুন; আগে যা সংরক্ষিত ছিল তা ঠিক আছে।</translation>
    </message>
    <message>
        <source>The disk refused to write %1 (it is full, over a size limit or failing): nothing new was saved. Free some space or check the disk and try again; what was stored before is kept.</source>
        <translation>ডিস্ক %1-এ লিখতে দেয়নি (ডিস্ক পূর্ণ, আকারের কোনো সীমা পেরিয়ে গেছে, অথবা ডিস্কে ত্রুটি দেখা দিয়েছে): নতুন কিছু সংরক্ষণ করা হয়নি। কিছু জায়গা খালি করুন বা ডিস্কটি পরীক্ষা করুন, তারপর আবার চেষ্টা করুন; আগে যা সংরক্ষিত ছিল তা ঠিক আছে।</translation>
    </message>
    <message>
        <source>The database %1 is read-only: nothing new could be saved. Give your user write permission on the file (and its -wal and -shm files) and its folder, then try again.</source>
        <translation>ডেটাবেস %1 শুধু পড়া যায় (read-only): নতুন কিছু সংরক্ষণ করা যায়নি। আপনার ইউজার অ্যাকাউন্টকে ফাইলটিতে (এবং এর -wal ও -shm ফাইলে) ও এর ফোল্ডারে লেখার অনুমতি দিন, তারপর আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program: nothing new could be saved. Close the other program (or wait until it is done) and try again.</source>
        <translation>ডেটাবেস %1 অন্য একটি প্রোগ্রাম লক করে রেখেছে: নতুন কিছু সংরক্ষণ করা যায়নি। অন্য প্রোগ্রামটি বন্ধ করুন (অথবা সেটির কাজ শেষ হওয়া পর্যন্ত অপেক্ষা করুন), তারপর আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>%1 is not a Kilowatch database or is damaged: Kilowatch left it as it is. Restore it from a backup, or move it away to start a new one.</source>
        <translation>%1 কোনো Kilowatch ডেটাবেস নয়, অথবা এটি নষ্ট হয়ে গেছে: Kilowatch এটিকে যেমন ছিল তেমনই রেখে দিয়েছে। ব্যাকআপ থেকে এটি পুনরুদ্ধার করুন, অথবা নতুন ডেটাবেস শুরু করতে এটিকে অন্য জায়গায় সরিয়ে দিন।</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: check that its folder exists and that your user may read and write there.</source>
        <translation>ডেটাবেস %1 খোলা যাচ্ছে না: এর ফোল্ডারটি আছে কি না এবং আপনার ইউজার অ্যাকাউন্ট সেখানে পড়তে ও লিখতে পারে কি না, তা যাচাই করুন।</translation>
    </message>
    <message>
        <source>The disk is full: new readings are not being saved. Free some space; Kilowatch keeps trying and keeps what it stored before.</source>
        <translation>ডিস্ক পূর্ণ: নতুন রিডিং সংরক্ষণ করা হচ্ছে না। কিছু জায়গা খালি করুন; Kilowatch চেষ্টা চালিয়ে যাচ্ছে এবং আগে যা সংরক্ষণ করেছে তা রেখে দিচ্ছে।</translation>
    </message>
    <message>
        <source>The disk refuses writes (full, over a size limit or failing): new readings are not being saved. Kilowatch keeps trying.</source>
        <translation>ডিস্কে লেখা যাচ্ছে না (ডিস্ক পূর্ণ, আকারের কোনো সীমা পেরিয়ে গেছে, অথবা ডিস্কে ত্রুটি দেখা দিয়েছে): নতুন রিডিং সংরক্ষণ করা হচ্ছে না। Kilowatch চেষ্টা চালিয়ে যাচ্ছে।</translation>
    </message>
    <message>
        <source>The database is read-only: new readings are not being saved. Give your user write permission on it; Kilowatch keeps trying.</source>
        <translation>ডেটাবেসটি শুধু পড়া যায় (read-only): নতুন রিডিং সংরক্ষণ করা হচ্ছে না। আপনার ইউজার অ্যাকাউন্টকে এতে লেখার অনুমতি দিন; Kilowatch চেষ্টা চালিয়ে যাচ্ছে।</translation>
    </message>
    <message>
        <source>Another program is holding the database: new readings are not being saved until it lets go. Kilowatch keeps trying.</source>
        <translation>অন্য একটি প্রোগ্রাম ডেটাবেসটি আটকে রেখেছে: সেটি ছেড়ে না দেওয়া পর্যন্ত নতুন রিডিং সংরক্ষণ করা হবে না। Kilowatch চেষ্টা চালিয়ে যাচ্ছে।</translation>
    </message>
    <message>
        <source>The database is damaged: new readings are not being saved. Quit Kilowatch and restore the database from a backup.</source>
        <translation>ডেটাবেসটি নষ্ট হয়ে গেছে: নতুন রিডিং সংরক্ষণ করা হচ্ছে না। Kilowatch বন্ধ করুন এবং ব্যাকআপ থেকে ডেটাবেসটি পুনরুদ্ধার করুন।</translation>
    </message>
    <message>
        <source>The database cannot be opened: new readings are not being saved. Check its folder and permissions; Kilowatch keeps trying.</source>
        <translation>ডেটাবেসটি খোলা যাচ্ছে না: নতুন রিডিং সংরক্ষণ করা হচ্ছে না। এর ফোল্ডার ও অনুমতিগুলো যাচাই করুন; Kilowatch চেষ্টা চালিয়ে যাচ্ছে।</translation>
    </message>
</context>
<context>
    <name>SummaryQuery</name>
    <message>
        <source>The end date must not be before the start.</source>
        <translation>শেষের তারিখ শুরুর তারিখের আগে হতে পারবে না।</translation>
    </message>
</context>
<context>
    <name>SupplyLook</name>
    <message>
        <source>Grid</source>
        <translation>গ্রিড</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>জেনারেটর</translation>
    </message>
    <message>
        <source>No supply (outage)</source>
        <translation>সরবরাহ নেই (বিদ্যুৎ বিভ্রাট)</translation>
    </message>
    <message>
        <source>No readings</source>
        <translation>কোনো রিডিং নেই</translation>
    </message>
    <message>
        <source>Source not known</source>
        <translation>উৎস জানা নেই</translation>
    </message>
    <message>
        <source>No supply: outage</source>
        <translation>সরবরাহ নেই: বিদ্যুৎ বিভ্রাট</translation>
    </message>
    <message>
        <source>No supply: meter off</source>
        <translation>সরবরাহ নেই: মিটার বন্ধ</translation>
    </message>
    <message>
        <source>Power source unknown</source>
        <translation>বিদ্যুতের উৎস অজানা</translation>
    </message>
</context>
<context>
    <name>Tariff</name>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 একটি সংখ্যা হতে হবে।</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 ঋণাত্মক হতে পারে না।</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 অনেক বড়।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of %2 (allowed: %3).</source>
        <translation>&quot;%1&quot; %2-এর অংশ নয় (অনুমোদিত: %3)।</translation>
    </message>
    <message>
        <source>a tariff</source>
        <translation>ট্যারিফ</translation>
    </message>
    <message>
        <source>A tariff needs either a flat rate or slabs, not both.</source>
        <translation>ট্যারিফে হয় একটি ফ্ল্যাট রেট, নয়তো স্ল্যাব থাকতে হবে, দুটো একসঙ্গে নয়।</translation>
    </message>
    <message>
        <source>The flat rate</source>
        <translation>ফ্ল্যাট রেট</translation>
    </message>
    <message>
        <source>The flat rate must be above zero.</source>
        <translation>ফ্ল্যাট রেট শূন্যের বেশি হতে হবে।</translation>
    </message>
    <message>
        <source>&quot;slabs&quot; must be a list of slabs such as {&quot;from_kwh&quot;: 0, &quot;to_kwh&quot;: 20, &quot;rate&quot;: 89}.</source>
        <translation>&quot;slabs&quot; অবশ্যই {&quot;from_kwh&quot;: 0, &quot;to_kwh&quot;: 20, &quot;rate&quot;: 89}-এর মতো স্ল্যাবের একটি তালিকা হতে হবে।</translation>
    </message>
    <message>
        <source>slab %1</source>
        <translation>স্ল্যাব %1</translation>
    </message>
    <message>
        <source>Slab %1 must be an object with from_kwh, to_kwh and rate.</source>
        <translation>স্ল্যাব %1 অবশ্যই from_kwh, to_kwh ও rate-সহ একটি অবজেক্ট হতে হবে।</translation>
    </message>
    <message>
        <source>The start of %1</source>
        <translation>%1-এর শুরু</translation>
    </message>
    <message>
        <source>The rate of %1</source>
        <translation>%1-এর রেট</translation>
    </message>
    <message>
        <source>The end of %1</source>
        <translation>%1-এর শেষ</translation>
    </message>
    <message>
        <source>The first slab must start at 0 kWh, not %1 kWh.</source>
        <translation>প্রথম স্ল্যাব 0 kWh থেকে শুরু হতে হবে, %1 kWh থেকে নয়।</translation>
    </message>
    <message>
        <source>Slabs %1 and %2 overlap: slab %2 starts at %3 kWh, before slab %1 ends at %4 kWh.</source>
        <translation>স্ল্যাব %1 ও %2 একটি আরেকটির ওপর পড়ছে: স্ল্যাব %1 %4 kWh-এ শেষ হওয়ার আগেই স্ল্যাব %2 %3 kWh-এ শুরু হচ্ছে।</translation>
    </message>
    <message>
        <source>There is a gap between slabs %1 and %2: nothing prices %3 to %4 kWh.</source>
        <translation>স্ল্যাব %1 ও %2-এর মাঝে ফাঁক আছে: %3 থেকে %4 kWh-এর কোনো দাম নির্ধারিত নেই।</translation>
    </message>
    <message>
        <source>Slab %1 ends (%2 kWh) where or before it starts.</source>
        <translation>স্ল্যাব %1 যেখানে শুরু, সেখানে বা তার আগেই শেষ হচ্ছে (%2 kWh)।</translation>
    </message>
    <message>
        <source>Only the last slab can be open-ended; slab %1 needs an end.</source>
        <translation>শুধু শেষ স্ল্যাবই খোলা-শেষ হতে পারে; স্ল্যাব %1-এর একটি শেষ দরকার।</translation>
    </message>
    <message>
        <source>The last slab must be open-ended (like &quot;51-&quot;) so that every kWh has a price.</source>
        <translation>শেষ স্ল্যাবটি খোলা-শেষ হতে হবে (যেমন &quot;51-&quot;), যাতে প্রতিটি kWh-এর দাম থাকে।</translation>
    </message>
    <message>
        <source>The rate of the last slab must be above zero.</source>
        <translation>শেষ স্ল্যাবের রেট শূন্যের বেশি হতে হবে।</translation>
    </message>
    <message>
        <source>&quot;tou&quot; must be a list of periods such as {&quot;from&quot;: &quot;22:00&quot;, &quot;to&quot;: &quot;06:00&quot;, &quot;rate&quot;: 5.5}.</source>
        <translation>&quot;tou&quot; অবশ্যই {&quot;from&quot;: &quot;22:00&quot;, &quot;to&quot;: &quot;06:00&quot;, &quot;rate&quot;: 5.5}-এর মতো সময়কালের একটি তালিকা হতে হবে।</translation>
    </message>
    <message>
        <source>time-of-use period %1</source>
        <translation>সময়ভিত্তিক রেটের সময়কাল %1</translation>
    </message>
    <message>
        <source>Time-of-use period %1 must be an object with from, to and rate.</source>
        <translation>সময়ভিত্তিক রেটের সময়কাল %1 অবশ্যই from, to ও rate-সহ একটি অবজেক্ট হতে হবে।</translation>
    </message>
    <message>
        <source>Time-of-use period %1 needs local times like &quot;22:00&quot; and &quot;06:00&quot;.</source>
        <translation>সময়ভিত্তিক রেটের সময়কাল %1-এর জন্য &quot;22:00&quot; ও &quot;06:00&quot;-এর মতো স্থানীয় সময় দরকার।</translation>
    </message>
    <message>
        <source>Time-of-use period %1 starts and ends at %2; use a flat rate for a whole day.</source>
        <translation>সময়ভিত্তিক রেটের সময়কাল %1 একই সময়ে (%2) শুরু ও শেষ হচ্ছে; পুরো দিনের জন্য ফ্ল্যাট রেট ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>Time-of-use periods %1 and %2 overlap at %3.</source>
        <translation>সময়ভিত্তিক রেটের সময়কাল %1 ও %2 %3-এ একটি আরেকটির ওপর পড়ছে।</translation>
    </message>
    <message>
        <source>The generator rate</source>
        <translation>জেনারেটরের রেট</translation>
    </message>
    <message>
        <source>The fixed daily charge</source>
        <translation>নির্ধারিত দৈনিক চার্জ</translation>
    </message>
    <message>
        <source>The fixed monthly charge</source>
        <translation>নির্ধারিত মাসিক চার্জ</translation>
    </message>
    <message>
        <source>The tax percentage</source>
        <translation>করের শতাংশ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a slab like 21-50:310 (kWh from-to:rate per kWh; the last one open, like 51-:369).</source>
        <translation>&quot;%1&quot; 21-50:310-এর মতো কোনো স্ল্যাব নয় (kWh শুরু-শেষ:প্রতি kWh-এর রেট; শেষটি খোলা, যেমন 51-:369)।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time-of-use period like 22:00-06:00:5.5 (local from-to:rate per kWh).</source>
        <translation>&quot;%1&quot; 22:00-06:00:5.5-এর মতো কোনো সময়ভিত্তিক রেটের সময়কাল নয় (স্থানীয় শুরু-শেষ:প্রতি kWh-এর রেট)।</translation>
    </message>
    <message>
        <source>%1-%2 kWh</source>
        <translation>%1-%2 kWh</translation>
    </message>
    <message>
        <source>above %1 kWh</source>
        <translation>%1 kWh-এর বেশি</translation>
    </message>
</context>
<context>
    <name>TariffBook</name>
    <message>
        <source>A tariff needs the date it starts on.</source>
        <translation>ট্যারিফ কোন তারিখ থেকে শুরু, তা দরকার।</translation>
    </message>
</context>
<context>
    <name>TariffCommands</name>
    <message>
        <source>The meter.</source>
        <translation>মিটার।</translation>
    </message>
    <message>
        <source>Set a meter&apos;s tariff from a local date on (earlier days keep their prices).</source>
        <translation>একটি স্থানীয় তারিখ থেকে মিটারের ট্যারিফ সেট করুন (আগের দিনগুলোর দাম আগের মতোই থাকবে)।</translation>
    </message>
    <message>
        <source>First local day of this version.</source>
        <translation>এই সংস্করণের প্রথম দিন (স্থানীয় সময়ে)।</translation>
    </message>
    <message>
        <source>One rate per kWh.</source>
        <translation>প্রতি kWh-এর জন্য একটিই রেট।</translation>
    </message>
    <message>
        <source>Monthly slabs, kWh from-to:rate.</source>
        <translation>মাসিক স্ল্যাব, kWh from-to:rate আকারে।</translation>
    </message>
    <message>
        <source>Rate per generator kWh.</source>
        <translation>জেনারেটরের প্রতি kWh-এর রেট।</translation>
    </message>
    <message>
        <source>Time-of-use periods, local from-to:rate.</source>
        <translation>সময়ভিত্তিক রেটের সময়কাল, স্থানীয় সময়ে from-to:rate আকারে।</translation>
    </message>
    <message>
        <source>Fixed charge per day.</source>
        <translation>দৈনিক নির্ধারিত চার্জ।</translation>
    </message>
    <message>
        <source>Fixed charge per month.</source>
        <translation>মাসিক নির্ধারিত চার্জ।</translation>
    </message>
    <message>
        <source>Tax or levy on the whole bill.</source>
        <translation>পুরো বিলের উপর কর বা শুল্ক।</translation>
    </message>
    <message>
        <source>The whole tariff as a JSON file.</source>
        <translation>পুরো ট্যারিফ, একটি JSON ফাইল হিসেবে।</translation>
    </message>
    <message>
        <source>List a meter&apos;s tariff versions.</source>
        <translation>মিটারের ট্যারিফের সংস্করণগুলোর তালিকা দেখান।</translation>
    </message>
    <message>
        <source>The bill of a local calendar month: energy by slab, generator, fixed charges, tax, total.</source>
        <translation>একটি স্থানীয় ক্যালেন্ডার মাসের বিল: স্ল্যাব অনুযায়ী বিদ্যুৎ, জেনারেটর, নির্ধারিত চার্জ, কর, মোট।</translation>
    </message>
    <message>
        <source>The local calendar month.</source>
        <translation>স্থানীয় ক্যালেন্ডার মাস।</translation>
    </message>
    <message>
        <source>What a recharge buys at this month&apos;s slab position (or what an energy costs).</source>
        <translation>এই মাসের বর্তমান স্ল্যাব অনুযায়ী একটি রিচার্জে কতটা বিদ্যুৎ পাওয়া যায় (অথবা নির্দিষ্ট পরিমাণ বিদ্যুতের দাম কত)।</translation>
    </message>
    <message>
        <source>The recharge amount, tax included.</source>
        <translation>রিচার্জের পরিমাণ, করসহ।</translation>
    </message>
    <message>
        <source>The energy to buy instead.</source>
        <translation>এর বদলে কতটা বিদ্যুৎ কিনবেন।</translation>
    </message>
    <message>
        <source>When (default: now).</source>
        <translation>কখন (ডিফল্ট: এখন)।</translation>
    </message>
    <message>
        <source>Usage: kilowatch-cli %1</source>
        <translation>ব্যবহার: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>tariff set needs --meter NAME and --from YYYY-MM-DD.
%1</source>
        <translation>tariff set-এর জন্য --meter NAME ও --from YYYY-MM-DD দিতে হবে।
%1</translation>
    </message>
    <message>
        <source>--from needs a date like 2025-07-01, not &quot;%1&quot;.</source>
        <translation>--from-এর সাথে 2025-07-01-এর মতো একটি তারিখ দিতে হবে, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>--json-spec gives the whole tariff; leave out the other tariff options.</source>
        <translation>--json-spec পুরো ট্যারিফ দেয়; ট্যারিফের অন্য অপশনগুলো বাদ দিন।</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 পড়া যায়নি: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2).</source>
        <translation>%1 কোনো JSON অবজেক্ট নয় (%2)।</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>অবজেক্ট নয়</translation>
    </message>
    <message>
        <source>tariff set needs either --flat RATE or --slabs SLABS.
%1</source>
        <translation>tariff set-এর জন্য --flat RATE অথবা --slabs SLABS দিতে হবে।
%1</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;.</source>
        <translation>--%1-এর জন্য একটি সংখ্যা দরকার, &quot;%2&quot; নয়।</translation>
    </message>
    <message>
        <source>bill needs --meter NAME and --month YYYY-MM.</source>
        <translation>bill-এর জন্য --meter NAME ও --month YYYY-MM দিতে হবে।</translation>
    </message>
    <message>
        <source>--month needs a month like 2025-02, not &quot;%1&quot;.</source>
        <translation>--month-এর সাথে 2025-02-এর মতো একটি মাস দিতে হবে, &quot;%1&quot; নয়।</translation>
    </message>
    <message>
        <source>%1 day(s) of %2 came before the first tariff; %3 kWh of grid energy are not in this bill.</source>
        <translation>%2-এর %1 দিন প্রথম ট্যারিফের আগের; গ্রিডের %3 kWh বিদ্যুৎ এই বিলে ধরা হয়নি।</translation>
    </message>
    <message>
        <source>%1 kWh of generator energy have no generator rate and are not in this bill.</source>
        <translation>জেনারেটরের %1 kWh বিদ্যুতের কোনো জেনারেটর রেট নেই, তাই তা এই বিলে ধরা হয়নি।</translation>
    </message>
    <message>
        <source>buy needs --meter NAME and either --amount AMOUNT or --kwh KWH.</source>
        <translation>buy-এর জন্য --meter NAME এবং --amount AMOUNT অথবা --kwh KWH দিতে হবে।</translation>
    </message>
    <message>
        <source>--%1 needs a number above zero, not &quot;%2&quot;.</source>
        <translation>--%1-এর সাথে শূন্যের বেশি একটি সংখ্যা দিতে হবে, &quot;%2&quot; নয়।</translation>
    </message>
    <message>
        <source>Set one with kilowatch-cli tariff set.</source>
        <translation>kilowatch-cli tariff set দিয়ে একটি সেট করুন।</translation>
    </message>
</context>
<context>
    <name>TariffDialog</name>
    <message>
        <source>&amp;New version</source>
        <translation>নতুন সংস্করণ(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;move version</source>
        <translation>সংস্করণ সরান(&amp;M)</translation>
    </message>
    <message>
        <source>Save as pr&amp;eset…</source>
        <translation>প্রিসেট হিসেবে সংরক্ষণ(&amp;E)…</translation>
    </message>
    <message>
        <source>One &amp;rate</source>
        <translation>একটি রেট(&amp;R)</translation>
    </message>
    <message>
        <source>Monthly s&amp;labs</source>
        <translation>মাসিক স্ল্যাব(&amp;L)</translation>
    </message>
    <message>
        <source>From kWh</source>
        <translation>kWh থেকে</translation>
    </message>
    <message>
        <source>To kWh</source>
        <translation>kWh পর্যন্ত</translation>
    </message>
    <message>
        <source>Rate per kWh</source>
        <translation>প্রতি kWh রেট</translation>
    </message>
    <message>
        <source>Slabs</source>
        <translation>স্ল্যাব</translation>
    </message>
    <message>
        <source>From</source>
        <translation>থেকে</translation>
    </message>
    <message>
        <source>To</source>
        <translation>পর্যন্ত</translation>
    </message>
    <message>
        <source>Time-of-use periods</source>
        <translation>সময়ভিত্তিক রেটের সময়কাল</translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation>সংস্করণ সংরক্ষণ(&amp;S)</translation>
    </message>
    <message>
        <source>Tariff of %1</source>
        <translation>%1-এর ট্যারিফ</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>শুরুর তারিখ</translation>
    </message>
    <message>
        <source>Tariff versions</source>
        <translation>ট্যারিফের সংস্করণ</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>প্রিসেট</translation>
    </message>
    <message>
        <source>Generator rate per kWh</source>
        <translation>জেনারেটরের প্রতি kWh রেট</translation>
    </message>
    <message>
        <source>Fixed charge per day</source>
        <translation>দৈনিক নির্ধারিত চার্জ</translation>
    </message>
    <message>
        <source>Fixed charge per month</source>
        <translation>মাসিক নির্ধারিত চার্জ</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>কর</translation>
    </message>
    <message>
        <source>none</source>
        <translation>নেই</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>সমস্যা</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>সংস্করণ</translation>
    </message>
    <message>
        <source>Each version is in force from its start until the next one starts; earlier days keep their prices.</source>
        <translation>প্রতিটি সংস্করণ তার শুরুর দিন থেকে পরেরটি শুরু হওয়া পর্যন্ত চালু থাকে; আগের দিনগুলোর দাম আগের মতোই থাকে।</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>প্রিসেট(&amp;P):</translation>
    </message>
    <message>
        <source>Starts &amp;on:</source>
        <translation>শুরুর তারিখ(&amp;O):</translation>
    </message>
    <message>
        <source>Grid energy (%1 per kWh)</source>
        <translation>গ্রিডের বিদ্যুৎ (প্রতি kWh %1)</translation>
    </message>
    <message>
        <source>Add slab</source>
        <translation>স্ল্যাব যোগ করুন</translation>
    </message>
    <message>
        <source>Remove slab</source>
        <translation>স্ল্যাব সরান</translation>
    </message>
    <message>
        <source>Slabs follow the month&apos;s use. Leave the last slab&apos;s end empty.</source>
        <translation>স্ল্যাব মাসের ব্যবহার অনুযায়ী চলে। শেষ স্ল্যাবের শেষ খালি রাখুন।</translation>
    </message>
    <message>
        <source>Time of use (local time, replaces the rate above)</source>
        <translation>সময়ভিত্তিক রেট (স্থানীয় সময়, ওপরের রেটের বদলে)</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>সময়কাল যোগ করুন</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>সময়কাল সরান</translation>
    </message>
    <message>
        <source>Times like 22:00; a period may cross midnight.</source>
        <translation>সময় লিখুন 22:00-এর মতো; একটি সময়কাল মধ্যরাত পেরোতে পারে।</translation>
    </message>
    <message>
        <source>Other charges (%1)</source>
        <translation>অন্যান্য চার্জ (%1)</translation>
    </message>
    <message>
        <source>&amp;Generator rate per kWh:</source>
        <translation>জেনারেটরের প্রতি kWh রেট(&amp;G):</translation>
    </message>
    <message>
        <source>Ta&amp;x (%):</source>
        <translation>কর (%)(&amp;X):</translation>
    </message>
    <message>
        <source>Fixed charge per &amp;day:</source>
        <translation>দৈনিক নির্ধারিত চার্জ(&amp;D):</translation>
    </message>
    <message>
        <source>Fixed charge per mon&amp;th:</source>
        <translation>মাসিক নির্ধারিত চার্জ(&amp;T):</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>প্রিসেট হিসেবে সংরক্ষণ</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>প্রিসেটের নাম:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 থেকে %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1 থেকে</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Slab %1</source>
        <translation>স্ল্যাব %1</translation>
    </message>
    <message>
        <source>%1, from kWh</source>
        <translation>%1, kWh থেকে</translation>
    </message>
    <message>
        <source>%1, to kWh</source>
        <translation>%1, kWh পর্যন্ত</translation>
    </message>
    <message>
        <source>%1, rate</source>
        <translation>%1, রেট</translation>
    </message>
    <message>
        <source>Period %1, rate</source>
        <translation>সময়কাল %1, রেট</translation>
    </message>
    <message>
        <source>Remove version</source>
        <translation>সংস্করণ সরান</translation>
    </message>
    <message>
        <source>Remove the tariff version starting on %1? Its days take the prices of the version before it, or none.</source>
        <translation>%1 থেকে শুরু হওয়া ট্যারিফ সংস্করণটি সরাবেন? এর দিনগুলো আগের সংস্করণের দাম পাবে, না থাকলে কোনো দাম নয়।</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>একটি প্রিসেট বেছে নিন…</translation>
    </message>
    <message>
        <source>%1 (yours, %2)</source>
        <translation>%1 (আপনার, %2)</translation>
    </message>
    <message>
        <source>This preset&apos;s rates are in %1, this meter&apos;s are in %2: check them before saving.</source>
        <translation>এই প্রিসেটের রেট %1-এ, এই মিটারের %2-এ: সংরক্ষণের আগে যাচাই করুন।</translation>
    </message>
</context>
<context>
    <name>TariffPresetRepository</name>
    <message>
        <source>Could not store the tariff preset: %1</source>
        <translation>ট্যারিফ প্রিসেট সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>There is no tariff preset &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; নামে কোনো ট্যারিফ প্রিসেট নেই।</translation>
    </message>
</context>
<context>
    <name>TariffPresets</name>
    <message>
        <source>REG residential, Rwanda (RWF)</source>
        <translation>REG আবাসিক, রুয়ান্ডা (RWF)</translation>
    </message>
    <message>
        <source>REG residential tariff per month: 0-20 kWh 89, 21-50 kWh 310, above 50 kWh 369 RWF/kWh (from the IngufuPay client&apos;s tariff table).</source>
        <translation>REG আবাসিক ট্যারিফ, প্রতি মাসে: 0-20 kWh 89, 21-50 kWh 310, 50 kWh-এর বেশি 369 RWF/kWh (IngufuPay ক্লায়েন্টের ট্যারিফ তালিকা থেকে)।</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>প্রিসেটের একটি নাম দরকার।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in preset; choose another name.</source>
        <translation>&quot;%1&quot; একটি অন্তর্নির্মিত প্রিসেট; অন্য নাম বেছে নিন।</translation>
    </message>
    <message>
        <source>A preset needs the currency of its rates.</source>
        <translation>প্রিসেটের রেট কোন মুদ্রায়, তা দরকার।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in and cannot be removed.</source>
        <translation>&quot;%1&quot; অন্তর্নির্মিত, তাই সরানো যায় না।</translation>
    </message>
</context>
<context>
    <name>TariffRepository</name>
    <message>
        <source>A tariff needs the date it starts on.</source>
        <translation>ট্যারিফ কোন তারিখ থেকে শুরু, তা দরকার।</translation>
    </message>
    <message>
        <source>Could not store the tariff: %1</source>
        <translation>ট্যারিফ সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The tariff stored from %1 cannot be read (%2); set it again.</source>
        <translation>%1 থেকে সংরক্ষিত ট্যারিফটি পড়া যাচ্ছে না (%2); আবার সেট করুন।</translation>
    </message>
    <message>
        <source>Could not remove the tariff: %1</source>
        <translation>ট্যারিফ সরানো যায়নি: %1</translation>
    </message>
    <message>
        <source>There is no tariff starting on %1.</source>
        <translation>%1 থেকে শুরু হওয়া কোনো ট্যারিফ নেই।</translation>
    </message>
</context>
<context>
    <name>TelegramChannel</name>
    <message>
        <source>The Telegram address must be an https:// URL.</source>
        <translation>Telegram-এর ঠিকানা অবশ্যই একটি https:// URL হতে হবে।</translation>
    </message>
    <message>
        <source>No Telegram chat id is set.</source>
        <translation>কোনো Telegram চ্যাট আইডি সেট করা নেই।</translation>
    </message>
    <message>
        <source>Kilowatch is closing.</source>
        <translation>Kilowatch বন্ধ হচ্ছে।</translation>
    </message>
    <message>
        <source>No Telegram bot token is stored in the keychain.</source>
        <translation>কিচেইনে কোনো Telegram বট টোকেন সংরক্ষিত নেই।</translation>
    </message>
    <message>
        <source>Telegram did not answer in time.</source>
        <translation>Telegram সময়মতো উত্তর দেয়নি।</translation>
    </message>
    <message>
        <source>Telegram could not be reached.</source>
        <translation>Telegram-এর সঙ্গে যোগাযোগ করা যায়নি।</translation>
    </message>
    <message>
        <source>Telegram answered HTTP %1.</source>
        <translation>Telegram HTTP %1 উত্তর দিয়েছে।</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Open dashboard</source>
        <translation>ড্যাশবোর্ড খুলুন</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>এখনই রিফ্রেশ করুন</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>পোলিং থামান</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV রপ্তানি…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>সেটিংস…</translation>
    </message>
    <message>
        <source>Quit Kilowatch</source>
        <translation>Kilowatch বন্ধ করুন</translation>
    </message>
    <message>
        <source>Kilowatch</source>
        <translation>Kilowatch</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no reading yet</source>
        <translation>%1: এখনো কোনো রিডিং নেই</translation>
    </message>
    <message>
        <source>, runs out on %1</source>
        <translation>, %1 তারিখে শেষ হবে</translation>
    </message>
    <message>
        <source> (no fresh data)</source>
        <translation> (নতুন ডেটা নেই)</translation>
    </message>
    <message>
        <source>Polling is paused.</source>
        <translation>পোলিং থামানো আছে।</translation>
    </message>
</context>
<context>
    <name>UsageChartPanel</name>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Show energy</source>
        <translation>বিদ্যুৎ দেখান</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>টাকা</translation>
    </message>
    <message>
        <source>Show money</source>
        <translation>টাকা দেখান</translation>
    </message>
    <message>
        <source>Totals of the chart</source>
        <translation>চার্টের মোট হিসাব</translation>
    </message>
    <message>
        <source>In this window: %1 from the grid, %2 from the generator, %3 spent.</source>
        <translation>এই পরিসরে: গ্রিড থেকে %1, জেনারেটর থেকে %2, খরচ %3।</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>টেবিল(&amp;T)</translation>
    </message>
    <message>
        <source>Show the chart as a table</source>
        <translation>চার্টটি টেবিল আকারে দেখান</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>বার</translation>
    </message>
    <message>
        <source>Draw stacked bars</source>
        <translation>স্তূপীকৃত বার আঁকুন</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>রেখা</translation>
    </message>
    <message>
        <source>Draw lines</source>
        <translation>রেখা আঁকুন</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>তুলনা নেই</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>আগের সময়কাল</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>গত বছরের একই সময়কাল</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>যার সঙ্গে তুলনা</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>জুম রিসেট করুন(&amp;R)</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>জুম রিসেট করুন</translation>
    </message>
    <message>
        <source>Show the whole interval again (Home in the chart)</source>
        <translation>পুরো পরিসর আবার দেখান (চার্টে Home)</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>তুলনা(&amp;O)</translation>
    </message>
    <message>
        <source>Usage table</source>
        <translation>ব্যবহারের টেবিল</translation>
    </message>
    <message>
        <source>Zoomed to %1 – %2 in groups of %3. </source>
        <translation>%1 – %2 পর্যন্ত জুম করা, %3 করে গ্রুপ। </translation>
    </message>
    <message>
        <source>%1: no readings to compare with.</source>
        <translation>%1: তুলনা করার মতো কোনো রিডিং নেই।</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2।</translation>
    </message>
    <message>
        <source>%1: %2, change %3.</source>
        <translation>%1: %2, পরিবর্তন %3।</translation>
    </message>
    <message>
        <source>The meter counts energy in steps of %1: bars of %2 show when a step was counted, not the use within them; a longer group shows the use.</source>
        <translation>মিটারটি %1 ধাপে শক্তি গোনে: %2-এর বারগুলো দেখায় কখন একটি ধাপ গোনা হয়েছে, তার ভেতরের ব্যবহার নয়; লম্বা গ্রুপে ব্যবহার দেখা যায়।</translation>
    </message>
</context>
<context>
    <name>UsageChartView</name>
    <message>
        <source>Usage chart</source>
        <translation>ব্যবহারের চার্ট</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>খরচ (%1)</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>বিদ্যুৎ (kWh)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>গ্রিড</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>জেনারেটর</translation>
    </message>
    <message>
        <source>No readings</source>
        <translation>কোনো রিডিং নেই</translation>
    </message>
    <message>
        <source>Hover a bar for its details. Mouse wheel or + and - zoom, dragging or the arrow keys pan, Home or a double click shows the whole window again.</source>
        <translation>বিস্তারিত দেখতে কোনো বারের ওপর মাউস রাখুন। মাউস হুইল বা + ও - দিয়ে জুম, টেনে বা তীর-কী দিয়ে সরানো যায়; Home বা ডাবল ক্লিকে পুরো পরিসর আবার দেখা যায়।</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>No readings for this time.</source>
        <translation>এই সময়ের কোনো রিডিং নেই।</translation>
    </message>
    <message>
        <source>Grid: %1</source>
        <translation>গ্রিড: %1</translation>
    </message>
    <message>
        <source>Generator: %1</source>
        <translation>জেনারেটর: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>মোট: %1</translation>
    </message>
    <message>
        <source>Cost: %1 (estimated)</source>
        <translation>খরচ: %1 (আনুমানিক)</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>খরচ: %1</translation>
    </message>
    <message>
        <source>nothing used</source>
        <translation>কিছুই ব্যবহার হয়নি</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>উৎস: %1</translation>
    </message>
    <message>
        <source>Readings are missing for part of this time.</source>
        <translation>এই সময়ের একাংশের রিডিং নেই।</translation>
    </message>
    <message>
        <source>Partial period</source>
        <translation>আংশিক সময়কাল</translation>
    </message>
    <message>
        <source>Recharge</source>
        <translation>রিচার্জ</translation>
    </message>
    <message>
        <source>Partial: only part of a %1 group.</source>
        <translation>আংশিক: %1 গ্রুপের কেবল একটি অংশ।</translation>
    </message>
    <message>
        <source>%1: no readings</source>
        <translation>%1: কোনো রিডিং নেই</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message>
        <source>no readings</source>
        <translation>কোনো রিডিং নেই</translation>
    </message>
    <message>
        <source>readings missing for part</source>
        <translation>একাংশের রিডিং নেই</translation>
    </message>
    <message>
        <source>cost estimated</source>
        <translation>খরচ আনুমানিক</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>শুরু</translation>
    </message>
    <message>
        <source>End</source>
        <translation>শেষ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>উৎস</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>মন্তব্য</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>মোট</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>আংশিক</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kilowatch</source>
        <translation>Kilowatch</translation>
    </message>
    <message>
        <source>Kilowatch is already running with this database; its window was brought to the front.</source>
        <translation>এই ডেটাবেস নিয়ে Kilowatch আগে থেকেই চালু আছে; এর উইন্ডোটি সামনে আনা হয়েছে।</translation>
    </message>
</context>
</TS>
