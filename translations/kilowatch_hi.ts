<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kilowatch</source>
        <translation>Kilowatch के बारे में</translation>
    </message>
    <message>
        <source>A tracker for prepaid electricity meters: balance, usage and what a recharge buys, from every meter you have.</source>
        <translation>प्रीपेड बिजली मीटरों का ट्रैकर: आपके हर मीटर का बैलेंस, खपत और यह कि एक रिचार्ज में कितनी बिजली मिलती है।</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में(&amp;Q)</translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2 and QtKeychain %3; running on Qt %4.</source>
        <translation>संस्करण %1, Qt %2 और QtKeychain %3 के साथ बना; Qt %4 पर चल रहा है।</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Kilowatch uses the Qt libraries (Core, GUI, Widgets, Network, SQL, SVG) under the GNU Lesser General Public License version 3 (LGPL-3.0-only), and Qt Charts, which draws the usage charts, under the GNU General Public License version 3 (GPL-3.0-only); Qt Charts has no LGPL edition. Qt is Copyright (C) The Qt Company Ltd. and other contributors. Qt&apos;s source code is available from &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt;; the Qt libraries Kilowatch loads can be replaced by other builds of the same version. The licence texts: &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;LGPL-3.0&lt;/a&gt;, &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0&lt;/a&gt;.</source>
        <translation>Kilowatch, Qt लाइब्रेरी (Core, GUI, Widgets, Network, SQL, SVG) का उपयोग GNU Lesser General Public License version 3 (LGPL-3.0-only) के तहत करता है, और Qt Charts का, जो खपत के चार्ट बनाता है, GNU General Public License version 3 (GPL-3.0-only) के तहत; Qt Charts का कोई LGPL संस्करण नहीं है। Qt का कॉपीराइट (C) The Qt Company Ltd. और अन्य योगदानकर्ताओं के पास है। Qt का सोर्स कोड &lt;a href=&quot;https://download.qt.io/&quot;&gt;download.qt.io&lt;/a&gt; से उपलब्ध है; Kilowatch जिन Qt लाइब्रेरी को लोड करता है, उन्हें उसी संस्करण के दूसरे बिल्ड से बदला जा सकता है। लाइसेंस के पाठ: &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;LGPL-3.0&lt;/a&gt;, &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0&lt;/a&gt;।</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>Kilowatch keeps credentials in the operating system&apos;s keychain through QtKeychain, which is distributed under the BSD 2-Clause licence (BSD-2-Clause; its README calls it the Modified BSD License):</source>
        <translation>Kilowatch क्रेडेंशियल को QtKeychain के ज़रिए ऑपरेटिंग सिस्टम के कीचेन में रखता है, जो BSD 2-Clause लाइसेंस (BSD-2-Clause; इसकी README इसे Modified BSD License कहती है) के तहत वितरित होता है:</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>The database engine, SQLite, is in the public domain.</source>
        <translation>डेटाबेस इंजन SQLite पब्लिक डोमेन में है।</translation>
    </message>
    <message>
        <source>Kilowatch is free software under the GNU General Public License version 3 or later (GPL-3.0-or-later), which Qt Charts requires; it comes with no warranty. The licence text: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0&lt;/a&gt;.</source>
        <translation>Kilowatch एक मुक्त सॉफ़्टवेयर है, जो GNU General Public License संस्करण 3 या उसके बाद के संस्करण (GPL-3.0-or-later) के अंतर्गत है, जैसा Qt Charts के लिए ज़रूरी है; इसके साथ कोई वारंटी नहीं है। लाइसेंस का पाठ: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0&lt;/a&gt;।</translation>
    </message>
</context>
<context>
    <name>AddReadingDialog</name>
    <message>
        <source>Add reading to %1</source>
        <translation>%1 में रीडिंग जोड़ें</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>बैलेंस</translation>
    </message>
    <message>
        <source>Grid counter</source>
        <translation>ग्रिड काउंटर</translation>
    </message>
    <message>
        <source>Generator counter</source>
        <translation>जनरेटर काउंटर</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>पिछली बार: %1</translation>
    </message>
    <message>
        <source>leave empty if the meter does not show it</source>
        <translation>मीटर में न दिखे तो खाली छोड़ें</translation>
    </message>
    <message>
        <source>e.g. 1000</source>
        <translation>जैसे 1000</translation>
    </message>
    <message>
        <source>Type what the meter shows now, or at the time it was read.</source>
        <translation>मीटर अभी जो दिखा रहा है, या पढ़ते समय जो दिखा रहा था, वह लिखें।</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>कब(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Balance (%1):</source>
        <translation>बैलेंस (%1)(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Grid counter (kWh):</source>
        <translation>ग्रिड काउंटर (kWh)(&amp;G):</translation>
    </message>
    <message>
        <source>Ge&amp;nerator counter (kWh):</source>
        <translation>जनरेटर काउंटर (kWh)(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Add reading</source>
        <translation>रीडिंग जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Storing the reading…</source>
        <translation>रीडिंग सहेजी जा रही है…</translation>
    </message>
</context>
<context>
    <name>AlertEngine</name>
    <message>
        <source>It runs out around %1 (spending about %2 a day).</source>
        <translation>यह लगभग %1 तक खत्म हो जाएगा (रोज़ लगभग %2 खर्च के हिसाब से)।</translation>
    </message>
    <message>
        <source>Balance critical: %1</source>
        <translation>बैलेंस गंभीर रूप से कम: %1</translation>
    </message>
    <message>
        <source>Low balance: %1</source>
        <translation>कम बैलेंस: %1</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>गंभीर</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>The balance is %1, at or below your %2 level of %3.</source>
        <translation>बैलेंस %1 है, जो आपके %2 स्तर %3 के बराबर या उससे कम है।</translation>
    </message>
    <message>
        <source>The balance of %1 lasts about %2, within your %3 level of %4.</source>
        <translation>%1 का बैलेंस लगभग %2 चलेगा, जो आपके %3 स्तर %4 के भीतर है।</translation>
    </message>
    <message>
        <source>A recharge of %1 arrived at %2.</source>
        <translation>%1 का रिचार्ज %2 पर आया।</translation>
    </message>
    <message>
        <source>The balance is now %1.</source>
        <translation>अब बैलेंस %1 है।</translation>
    </message>
    <message>
        <source>Recharge: %1</source>
        <translation>रिचार्ज: %1</translation>
    </message>
    <message>
        <source>Generator on: %1</source>
        <translation>जनरेटर चालू: %1</translation>
    </message>
    <message>
        <source>The power comes from the generator since %1.</source>
        <translation>%1 से बिजली जनरेटर से आ रही है।</translation>
    </message>
    <message>
        <source>The generator ran for %1 (%2 to %3): %4, %5</source>
        <translation>जनरेटर %1 चला (%2 से %3 तक): %4, %5</translation>
    </message>
    <message>
        <source>, %1 on average</source>
        <translation>, औसतन %1</translation>
    </message>
    <message>
        <source>Generator off: %1</source>
        <translation>जनरेटर बंद: %1</translation>
    </message>
    <message>
        <source>High consumption: %1</source>
        <translation>ज़्यादा खपत: %1</translation>
    </message>
    <message>
        <source>Today&apos;s use is %1, above your limit of %2.</source>
        <translation>आज की खपत %1 है, जो आपकी सीमा %2 से ज़्यादा है।</translation>
    </message>
    <message>
        <source>Today&apos;s spend is %1, above your limit of %2.</source>
        <translation>आज का खर्च %1 है, जो आपकी सीमा %2 से ज़्यादा है।</translation>
    </message>
    <message>
        <source>%1: grid %2 (%3), generator %4 (%5).</source>
        <translation>%1: ग्रिड %2 (%3), जनरेटर %4 (%5)।</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Month to date: grid %1 (%2), generator %3 (%4), %5 in all.</source>
        <translation>इस महीने अब तक: ग्रिड %1 (%2), जनरेटर %3 (%4), कुल %5।</translation>
    </message>
    <message>
        <source>Balance: %1.</source>
        <translation>बैलेंस: %1।</translation>
    </message>
    <message>
        <source>(Sent late: Kilowatch was not running at %1.)</source>
        <translation>(देर से भेजा गया: %1 पर Kilowatch चल नहीं रहा था।)</translation>
    </message>
    <message>
        <source>Daily summary: %1, %2</source>
        <translation>दैनिक सारांश: %1, %2</translation>
    </message>
    <message>
        <source>Human check needed: %1</source>
        <translation>मानवीय जाँच ज़रूरी: %1</translation>
    </message>
    <message>
        <source>The provider asks for a human check (a captcha) before it shows the balance of %1. Sign in on the provider&apos;s web site in a browser; Kilowatch tries again in an hour, never sooner.</source>
        <translation>%1 का बैलेंस दिखाने से पहले प्रदाता एक मानवीय जाँच (कैप्चा) माँग रहा है। ब्राउज़र में प्रदाता की वेबसाइट पर साइन इन करें; Kilowatch एक घंटे बाद फिर कोशिश करेगा, उससे पहले नहीं।</translation>
    </message>
    <message>
        <source>No fresh reading from %1 for %2 (the last one is from %3).</source>
        <translation>%2 से %1 की कोई नई रीडिंग नहीं मिली (आखिरी रीडिंग %3 की है)।</translation>
    </message>
    <message>
        <source>No reading from %1 yet.</source>
        <translation>%1 की अभी तक कोई रीडिंग नहीं मिली।</translation>
    </message>
    <message>
        <source>No fresh readings: %1</source>
        <translation>कोई नई रीडिंग नहीं: %1</translation>
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
        <translation>%1 दिन %2 घंटे %3 मिनट</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घंटे %2 मिनट</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 सेकंड</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 दिन</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Kilowatch test</source>
        <translation>Kilowatch परीक्षण</translation>
    </message>
    <message>
        <source>This is a test: Kilowatch&apos;s alerts will reach you here.</source>
        <translation>यह एक परीक्षण है: Kilowatch की चेतावनियाँ आप तक यहाँ पहुँचेंगी।</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>अलर्ट</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>गंभीरता</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Alert log</source>
        <translation>अलर्ट लॉग</translation>
    </message>
    <message>
        <source>(quiet hours: not shown)</source>
        <translation>(शांत समय: नहीं दिखाया गया)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>गंभीर</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>जानकारी</translation>
    </message>
    <message>
        <source>Set the alert levels…</source>
        <translation>चेतावनी की सीमाएँ तय करें…</translation>
    </message>
    <message>
        <source>No alerts for this meter yet.</source>
        <translation>इस मीटर के लिए अभी कोई चेतावनी नहीं है।</translation>
    </message>
    <message>
        <source>A low balance, recharges, the generator starting and stopping, unusual use, the daily summary and a connection that stops answering will be listed here as they happen, and shown on the desktop (and on Telegram if you set it up).</source>
        <translation>कम बैलेंस, रिचार्ज, जनरेटर का चालू और बंद होना, असामान्य खपत, दैनिक सारांश और जवाब देना बंद कर चुका कनेक्शन—ये होते ही यहाँ सूची में आएँगे और डेस्कटॉप पर दिखेंगे (और Telegram सेट हो तो वहाँ भी)।</translation>
    </message>
    <message>
        <source>The low-balance levels for all meters are in Settings &gt; Alerts; a meter&apos;s own level is in Meter &gt; Edit meter….</source>
        <translation>सभी मीटरों की कम-बैलेंस सीमाएँ सेटिंग्स &gt; अलर्ट में हैं; किसी मीटर की अपनी सीमा मीटर &gt; मीटर संपादित करें… में है।</translation>
    </message>
</context>
<context>
    <name>AmountText</name>
    <message>
        <source>Type an amount, such as 1000.</source>
        <translation>एक राशि लिखें, जैसे 1000।</translation>
    </message>
    <message>
        <source>%1 is not an amount such as 1000 or 499.50.</source>
        <translation>%1 कोई राशि नहीं है, जैसे 1000 या 499.50।</translation>
    </message>
    <message>
        <source>%1 has more than three decimals.</source>
        <translation>%1 में दशमलव के बाद तीन से अधिक अंक हैं।</translation>
    </message>
    <message>
        <source>%1 is below zero; type an amount such as 1000.</source>
        <translation>%1 शून्य से कम है; 1000 जैसी कोई राशि लिखें।</translation>
    </message>
    <message>
        <source>%1 is too large an amount.</source>
        <translation>%1 राशि बहुत बड़ी है।</translation>
    </message>
</context>
<context>
    <name>AnalyticsCommands</name>
    <message>
        <source>The meter.</source>
        <translation>मीटर।</translation>
    </message>
    <message>
        <source>day, month or year.</source>
        <translation>day, month या year।</translation>
    </message>
    <message>
        <source>The usage series the chart draws: the last H hours (1-720) in buckets of G minutes (1-1440).</source>
        <translation>चार्ट में दिखने वाली खपत की शृंखला: पिछले H घंटे (1-720), G मिनट (1-1440) के समूहों में।</translation>
    </message>
    <message>
        <source>Window length in hours (1-720).</source>
        <translation>विंडो की लंबाई, घंटों में (1-720)।</translation>
    </message>
    <message>
        <source>Bucket length in minutes (1-1440).</source>
        <translation>समूह की लंबाई, मिनटों में (1-1440)।</translation>
    </message>
    <message>
        <source>kwh or money: the column the table shows.</source>
        <translation>kwh या money: तालिका में दिखने वाला कॉलम।</translation>
    </message>
    <message>
        <source>End of the window (default: now).</source>
        <translation>विंडो का अंत (डिफ़ॉल्ट: अभी)।</translation>
    </message>
    <message>
        <source>Energy, cost, recharges and closing balance per day, month or year.</source>
        <translation>हर दिन, महीने या साल की ऊर्जा, लागत, रिचार्ज और अंतिम बैलेंस।</translation>
    </message>
    <message>
        <source>First day (default: 30 days, 12 months or all years).</source>
        <translation>पहला दिन (डिफ़ॉल्ट: 30 दिन, 12 महीने या सभी साल)।</translation>
    </message>
    <message>
        <source>Last day (default: today).</source>
        <translation>आखिरी दिन (डिफ़ॉल्ट: आज)।</translation>
    </message>
    <message>
        <source>This period so far against the same span of the previous period and of last year.</source>
        <translation>इस अवधि का अब तक का आँकड़ा, पिछली अवधि और पिछले साल की उतनी ही अवधि के मुकाबले।</translation>
    </message>
    <message>
        <source>A moment in the period to compare (default: now).</source>
        <translation>तुलना की जाने वाली अवधि का कोई क्षण (डिफ़ॉल्ट: अभी)।</translation>
    </message>
    <message>
        <source>When the balance runs out, from the robust daily spend of the last 14 days.</source>
        <translation>पिछले 14 दिनों के स्थिर दैनिक खर्च के आधार पर, बैलेंस कब खत्म होगा।</translation>
    </message>
    <message>
        <source>List the alert log: low balance, recharges, generator, daily summaries, provider trouble.</source>
        <translation>अलर्ट लॉग की सूची: कम बैलेंस, रिचार्ज, जनरेटर, दैनिक सारांश, प्रदाता की समस्याएँ।</translation>
    </message>
    <message>
        <source>usage needs --meter, --interval-hours and --group-minutes.
Usage: kilowatch-cli %1</source>
        <translation>usage के लिए --meter, --interval-hours और --group-minutes ज़रूरी हैं।
उपयोग: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>--interval-hours needs a whole number from 1 to 720, not &quot;%1&quot;.</source>
        <translation>--interval-hours के लिए 1 से 720 तक की पूर्ण संख्या चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--group-minutes needs a whole number from 1 to 1440, not &quot;%1&quot;.</source>
        <translation>--group-minutes के लिए 1 से 1440 तक की पूर्ण संख्या चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--unit is kwh or money, not &quot;%1&quot;.</source>
        <translation>--unit का मान kwh या money होता है, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>summary needs --meter and --period.
Usage: kilowatch-cli %1</source>
        <translation>summary के लिए --meter और --period ज़रूरी हैं।
उपयोग: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>--period is day, month or year, not &quot;%1&quot;.</source>
        <translation>--period का मान day, month या year होता है, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to का समय --from से पहले का नहीं होना चाहिए।</translation>
    </message>
    <message>
        <source>That range is longer than 20 years.</source>
        <translation>यह अवधि 20 साल से लंबी है।</translation>
    </message>
    <message>
        <source>compare needs --meter and --period.
Usage: kilowatch-cli %1</source>
        <translation>compare के लिए --meter और --period ज़रूरी हैं।
उपयोग: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>The balance the chart draws: per bucket of G minutes (1-1440) over the last H hours (1-720), its first, last, lowest and highest value and what was recharged.</source>
        <translation>चार्ट में दिखने वाला बैलेंस: पिछले H घंटों (1-720) के हर G मिनट (1-1440) के हिस्से में उसका पहला, आखिरी, सबसे कम और सबसे ज़्यादा मान और कितना रिचार्ज हुआ।</translation>
    </message>
    <message>
        <source>balance needs --meter, --interval-hours and --group-minutes.
Usage: kilowatch-cli %1</source>
        <translation>balance के लिए --meter, --interval-hours और --group-minutes चाहिए।
उपयोग: kilowatch-cli %1</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>empty</source>
        <translation>खाली</translation>
    </message>
    <message>
        <source>The settings file %1 is a folder; the defaults are used.</source>
        <translation>सेटिंग्स फ़ाइल %1 एक फ़ोल्डर है; डिफ़ॉल्ट सेटिंग्स उपयोग की जा रही हैं।</translation>
    </message>
    <message>
        <source>The settings file %1 is %2 KiB, far larger than settings ever are; it was not read and the defaults are used.</source>
        <translation>सेटिंग्स फ़ाइल %1 का आकार %2 KiB है, जो किसी भी सेटिंग्स फ़ाइल से कहीं ज़्यादा है; इसे पढ़ा नहीं गया और डिफ़ॉल्ट सेटिंग्स उपयोग की जा रही हैं।</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read (%2); the defaults are used.</source>
        <translation>सेटिंग्स फ़ाइल %1 पढ़ी नहीं जा सकी (%2); डिफ़ॉल्ट सेटिंग्स उपयोग की जा रही हैं।</translation>
    </message>
    <message>
        <source>The settings file %1 is far larger than settings ever are; it was not read and the defaults are used.</source>
        <translation>सेटिंग्स फ़ाइल %1 किसी भी सेटिंग्स फ़ाइल से कहीं बड़ी है; इसे पढ़ा नहीं गया और डिफ़ॉल्ट सेटिंग्स उपयोग की जा रही हैं।</translation>
    </message>
    <message>
        <source>The settings are far larger than settings ever are; they were not read and the defaults are used.</source>
        <translation>सेटिंग्स सामान्य से कहीं ज़्यादा बड़ी हैं; इन्हें पढ़ा नहीं गया और डिफ़ॉल्ट सेटिंग्स उपयोग की जा रही हैं।</translation>
    </message>
    <message>
        <source>Line %1 is not a setting (key=value) and was ignored.</source>
        <translation>पंक्ति %1 कोई सेटिंग (key=value) नहीं है, इसलिए इसे अनदेखा किया गया।</translation>
    </message>
    <message>
        <source>Line %1, %2: %3; the default %4 is used.</source>
        <translation>पंक्ति %1, %2: %3; डिफ़ॉल्ट %4 उपयोग किया जा रहा है।</translation>
    </message>
    <message>
        <source>Line %1, %2: %3.</source>
        <translation>पंक्ति %1, %2: %3।</translation>
    </message>
    <message>
        <source>Line %1, %2 looks like a credential. Kilowatch keeps those in the OS keychain only, so it is removed from this file when settings are next saved.</source>
        <translation>पंक्ति %1, %2 एक क्रेडेंशियल लगता है। Kilowatch इन्हें केवल OS के कीचेन में रखता है, इसलिए अगली बार सेटिंग्स सहेजते समय इसे इस फ़ाइल से हटा दिया जाएगा।</translation>
    </message>
    <message>
        <source>Line %1 is unreadable and was ignored.</source>
        <translation>पंक्ति %1 पढ़ी नहीं जा सकी, इसलिए इसे अनदेखा किया गया।</translation>
    </message>
    <message>
        <source>Line %1, %2 is not a Kilowatch setting; there are too many of those, so it was ignored.</source>
        <translation>पंक्ति %1, %2 Kilowatch की सेटिंग नहीं है; ऐसी पंक्तियाँ बहुत ज़्यादा हैं, इसलिए इसे अनदेखा किया गया।</translation>
    </message>
    <message>
        <source>Line %1, %2 is not a setting (names are case-sensitive): did you mean %3? It is kept but not used.</source>
        <translation>पंक्ति %1, %2 कोई सेटिंग नहीं है (नामों में छोटे-बड़े अक्षर मायने रखते हैं): क्या आपका मतलब %3 था? इसे रखा गया है, पर उपयोग नहीं किया जाएगा।</translation>
    </message>
    <message>
        <source>Line %1, %2 (%3) must be below %4 (%5); both use their defaults (%6 and %7).</source>
        <translation>पंक्ति %1, %2 (%3) को %4 (%5) से कम होना चाहिए; दोनों के लिए डिफ़ॉल्ट (%6 और %7) उपयोग किए जा रहे हैं।</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… और %Ln अन्य समस्या।</numerusform>
            <numerusform>… और %Ln अन्य समस्याएँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>These settings have no file to be saved to.</source>
        <translation>इन सेटिंग्स को सहेजने के लिए कोई फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>The folder %1 for the settings could not be created.</source>
        <translation>सेटिंग्स के लिए फ़ोल्डर %1 नहीं बनाया जा सका।</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: %2.</source>
        <translation>सेटिंग्स %1 में सहेजी नहीं जा सकीं: %2।</translation>
    </message>
    <message>
        <source>The settings file %1 could not be made private to you.</source>
        <translation>सेटिंग्स फ़ाइल %1 को केवल आपके लिए निजी नहीं बनाया जा सका।</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1: %2. The previous file is unchanged.</source>
        <translation>सेटिंग्स %1 में सहेजी नहीं जा सकीं: %2। पिछली फ़ाइल में कोई बदलाव नहीं हुआ है।</translation>
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
        <translation>फ़ोल्डर %1 नहीं बनाया जा सकता।</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>Cannot write the registry key %1.</source>
        <translation>रजिस्ट्री कुंजी %1 में लिखा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 को हटाया नहीं जा सकता।</translation>
    </message>
</context>
<context>
    <name>AutostartAction</name>
    <message>
        <source>Start Kilowatch at &amp;login</source>
        <translation>लॉगिन पर Kilowatch शुरू करें(&amp;L)</translation>
    </message>
    <message>
        <source>Open Kilowatch when you log in to this computer.</source>
        <translation>इस कंप्यूटर पर लॉग इन करते ही Kilowatch खोलें।</translation>
    </message>
</context>
<context>
    <name>BalanceChartPanel</name>
    <message>
        <source>Balance in this window</source>
        <translation>इस अवधि का बैलेंस</translation>
    </message>
    <message numerus="yes">
        <source>In this window: %n recharge(s), %1 in all.</source>
        <translation>
            <numerusform>इस अवधि में: %Ln रिचार्ज, कुल %1।</numerusform>
            <numerusform>इस अवधि में: %Ln रिचार्ज, कुल %1।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the usual spend the balance runs out on %1: %n day(s) left.</source>
        <translation>
            <numerusform>सामान्य खर्च पर बैलेंस %1 को खत्म होगा: %Ln दिन बाकी।</numerusform>
            <numerusform>सामान्य खर्च पर बैलेंस %1 को खत्म होगा: %Ln दिन बाकी।</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawn in %1 buckets: %2 ones are finer than the chart&apos;s pixels.</source>
        <translation>%1 के समूहों में दिखाया गया: %2 के समूह चार्ट के पिक्सेल से भी बारीक हैं।</translation>
    </message>
</context>
<context>
    <name>BalanceChartView</name>
    <message>
        <source>Forecast range</source>
        <translation>पूर्वानुमान की सीमा</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>कम बैलेंस</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>पूर्वानुमान</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>बैलेंस</translation>
    </message>
    <message>
        <source>Recharge</source>
        <translation>रिचार्ज</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>खत्म होगा</translation>
    </message>
    <message>
        <source>Balance chart</source>
        <translation>बैलेंस चार्ट</translation>
    </message>
    <message>
        <source>The balance over the interval, recharges as rises with their amount, the low-balance level, and the forecast down to the day the balance runs out. Hover a recharge for its details.</source>
        <translation>अंतराल में बैलेंस, राशि के साथ रिचार्ज की छलांग, कम बैलेंस का स्तर, और बैलेंस खत्म होने के दिन तक पूर्वानुमान। विवरण के लिए रिचार्ज पर माउस रखें।</translation>
    </message>
    <message>
        <source>Balance (%1)</source>
        <translation>बैलेंस (%1)</translation>
    </message>
    <message>
        <source>Runs out %1</source>
        <translation>%1 को खत्म होगा</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%Ln दिन बाकी</numerusform>
            <numerusform>%Ln दिन बाकी</numerusform>
        </translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>हाथ से दर्ज</translation>
    </message>
    <message>
        <source>imported from the provider</source>
        <translation>प्रदाता से आयात किया गया</translation>
    </message>
    <message>
        <source>detected from the balance</source>
        <translation>बैलेंस से पहचाना गया</translation>
    </message>
    <message>
        <source>Recharge %1</source>
        <translation>रिचार्ज %1</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>स्रोत: %1</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>कोई टोकन नहीं</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>टोकन: %1</translation>
    </message>
</context>
<context>
    <name>BillCalculator</name>
    <message>
        <source>A bill needs a month.</source>
        <translation>बिल के लिए महीना ज़रूरी है।</translation>
    </message>
    <message>
        <source>%1 has no tariff for %2.</source>
        <translation>%1 के लिए %2 का कोई टैरिफ़ नहीं है।</translation>
    </message>
</context>
<context>
    <name>BillPanel</name>
    <message>
        <source>Bill month</source>
        <translation>बिल का महीना</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>मद</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>ऊर्जा</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Bill lines</source>
        <translation>बिल की पंक्तियाँ</translation>
    </message>
    <message>
        <source>Bill total</source>
        <translation>बिल का कुल योग</translation>
    </message>
    <message>
        <source>Recharge amount</source>
        <translation>रिचार्ज राशि</translation>
    </message>
    <message>
        <source>What the recharge buys</source>
        <translation>रिचार्ज में क्या मिलेगा</translation>
    </message>
    <message>
        <source>Monthly bill</source>
        <translation>मासिक बिल</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>महीना(&amp;M):</translation>
    </message>
    <message>
        <source>What will a recharge buy?</source>
        <translation>रिचार्ज में कितनी बिजली मिलेगी?</translation>
    </message>
    <message>
        <source>Energy %1</source>
        <translation>ऊर्जा %1</translation>
    </message>
    <message>
        <source>%1/kWh</source>
        <translation>%1/kWh</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>जनरेटर</translation>
    </message>
    <message>
        <source>Fixed charges</source>
        <translation>स्थायी शुल्क</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>टैक्स</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>कुल: %1</translation>
    </message>
    <message>
        <source>%1 of %2 days have data.</source>
        <translation>%2 में से %1 दिनों का डेटा है।</translation>
    </message>
    <message>
        <source>%1 could not be priced (no tariff in force).</source>
        <translation>%1 की कीमत नहीं निकाली जा सकी (कोई लागू टैरिफ़ नहीं)।</translation>
    </message>
    <message>
        <source>%1 buys about %2 now.</source>
        <translation>%1 में अभी लगभग %2 मिलेगी।</translation>
    </message>
    <message>
        <source>Set the &amp;tariff…</source>
        <translation>टैरिफ़ सेट करें(&amp;T)…</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>जैसे %1</translation>
    </message>
    <message>
        <source>Set its prices in Meter &gt; Tariff… to see bills and what a recharge buys.</source>
        <translation>बिल और रिचार्ज से कितना मिलेगा देखने के लिए Meter &gt; Tariff… में इसकी दरें सेट करें।</translation>
    </message>
    <message>
        <source>Type an amount such as %1.</source>
        <translation>%1 जैसी कोई राशि लिखें।</translation>
    </message>
    <message>
        <source>Set its prices in Meter &gt; Tariff…</source>
        <translation>Meter &gt; Tariff… में इसकी दरें सेट करें</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>duration in days</comment>
        <translation>
            <numerusform>%Ln दिन</numerusform>
            <numerusform>%Ln दिन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration in hours</comment>
        <translation>
            <numerusform>%Ln घंटा</numerusform>
            <numerusform>%Ln घंटे</numerusform>
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
            <numerusform>%Ln मिनट</numerusform>
            <numerusform>%Ln मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>Grid + generator</source>
        <translation>ग्रिड + जनरेटर</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>जनरेटर</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>ग्रिड</translation>
    </message>
    <message>
        <source>±0 %</source>
        <translation>±0 %</translation>
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
        <translation>अंतराल %1 से %2 घंटे के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>The grouping must be between %1 and %2 minutes.</source>
        <translation>समूहन %1 से %2 मिनट के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>The end of the window must be after its start.</source>
        <translation>समय-सीमा का अंत उसकी शुरुआत के बाद होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>ChartWindowControls</name>
    <message>
        <source>Interval in hours</source>
        <translation>अंतराल, घंटों में</translation>
    </message>
    <message>
        <source>Grouping in minutes</source>
        <translation>समूहन, मिनटों में</translation>
    </message>
    <message>
        <source>&amp;Interval</source>
        <translation>अंतराल(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>समूह(&amp;G)</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The meter.</source>
        <translation>मीटर।</translation>
    </message>
    <message>
        <source>First time (inclusive).</source>
        <translation>पहला समय (इसे शामिल करके)।</translation>
    </message>
    <message>
        <source>Last time (exclusive).</source>
        <translation>आखिरी समय (इसे छोड़कर)।</translation>
    </message>
    <message>
        <source>--meter needs the name of a meter.</source>
        <translation>--meter के लिए मीटर का नाम ज़रूरी है।</translation>
    </message>
    <message>
        <source>There is no meter named &quot;%1&quot;; kilowatch-cli meter list shows them.</source>
        <translation>&quot;%1&quot; नाम का कोई मीटर नहीं है; kilowatch-cli meter list मीटरों की सूची दिखाता है।</translation>
    </message>
    <message>
        <source>--%1 needs a date and time like 2025-07-25T15:30:00+05:30, not &quot;%2&quot;.</source>
        <translation>--%1 के लिए 2025-07-25T15:30:00+05:30 जैसी तारीख और समय चाहिए, &quot;%2&quot; नहीं।</translation>
    </message>
    <message>
        <source>--to must be after --from.</source>
        <translation>--to का समय --from के बाद का होना चाहिए।</translation>
    </message>
    <message>
        <source>%1 needs --meter NAME.
Usage: kilowatch-cli %2</source>
        <translation>%1 के लिए --meter NAME ज़रूरी है।
उपयोग: kilowatch-cli %2</translation>
    </message>
    <message>
        <source>Could not derive the usage of &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; की खपत निकाली नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1 needs --meter NAME.</source>
        <translation>%1 के लिए --meter NAME ज़रूरी है।</translation>
    </message>
</context>
<context>
    <name>CliDispatcher</name>
    <message>
        <source>Show this help, or the options of one command.</source>
        <translation>यह सहायता, या किसी एक कमांड के विकल्प दिखाएँ।</translation>
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
        <translation>उपयोग: kilowatch-cli [--database FILE] [--json] COMMAND [OPTIONS]

Kilowatch प्रीपेड बिजली मीटरों को ट्रैक करता है। सामान्य विकल्प:
  --database FILE  डेटाबेस (डिफ़ॉल्ट: $%1, नहीं तो %2)
  --json           तालिका के बजाय JSON प्रिंट करें
  --lang CODE      इस भाषा में संदेश (bn, hi, ...; डिफ़ॉल्ट: सिस्टम की भाषा)
  --help           यह सहायता दिखाएँ
  --version        संस्करण दिखाएँ

कमांड:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 the command failed, 2 wrong usage, 3 no keychain.
</source>
        <translation>
निकास कोड: 0 सफल, 1 कमांड विफल रहा, 2 गलत उपयोग, 3 कीचेन उपलब्ध नहीं।
</translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation>--database के लिए फ़ाइल का नाम ज़रूरी है।</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>कोई कमांड नहीं दिया गया।</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run kilowatch-cli --help for the list.</source>
        <translation>अज्ञात कमांड &quot;%1&quot;। सूची के लिए kilowatch-cli --help चलाएँ।</translation>
    </message>
    <message>
        <source>%1
Usage: kilowatch-cli %2</source>
        <translation>%1
उपयोग: kilowatch-cli %2</translation>
    </message>
</context>
<context>
    <name>CopyableTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CsvActions</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV निर्यात करें(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV आयात करें(&amp;I)…</translation>
    </message>
    <message>
        <source>Write readings, usage, totals, recharges, sessions or alerts to a CSV file.</source>
        <translation>रीडिंग, खपत, कुल योग, रिचार्ज, सत्र या अलर्ट को CSV फ़ाइल में लिखें।</translation>
    </message>
    <message>
        <source>Read readings or recharges from a CSV file.</source>
        <translation>CSV फ़ाइल से रीडिंग या रिचार्ज पढ़ें।</translation>
    </message>
    <message>
        <source>There is no meter to export yet.</source>
        <translation>निर्यात करने के लिए अभी कोई मीटर नहीं है।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Another export or import is still running.</source>
        <translation>कोई दूसरा निर्यात या आयात अभी चल रहा है।</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 लिखी जा रही है…</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>निर्यात विफल रहा।</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>निर्यात रद्द किया गया; कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%Ln पंक्ति %1 में निर्यात की गई।</numerusform>
            <numerusform>%Ln पंक्तियाँ %1 में निर्यात की गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV आयात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv *.txt);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Add a meter first: imported rows belong to a meter.</source>
        <translation>पहले एक मीटर जोड़ें: आयात की गई पंक्तियाँ किसी मीटर से जुड़ी होती हैं।</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 खोली नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 की जाँच हो रही है…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 आयात हो रही है…</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>आयात विफल रहा।</translation>
    </message>
    <message>
        <source>… and %1 more bad rows.</source>
        <translation>… और %1 अन्य गलत पंक्तियाँ।</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 already stored, %4 bad.</source>
        <translation>%1 पंक्तियाँ: %2 नई, %3 पहले से सहेजी हुई, %4 गलत।</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>आयात रद्द किया गया; कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Fix them, or choose &quot;Skip bad rows&quot;.</source>
        <translation>
            <numerusform>कुछ भी आयात नहीं हुआ: %Ln पंक्ति में त्रुटि है। उसे ठीक करें, या &quot;गलत पंक्तियाँ छोड़ें&quot; चुनें।</numerusform>
            <numerusform>कुछ भी आयात नहीं हुआ: %Ln पंक्तियों में त्रुटियाँ हैं। उन्हें ठीक करें, या &quot;गलत पंक्तियाँ छोड़ें&quot; चुनें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Check: %1 An import would store nothing until the bad rows are fixed or skipped.</source>
        <translation>जाँच: %1 गलत पंक्तियाँ ठीक करने या छोड़ने तक आयात में कुछ भी सहेजा नहीं जाएगा।</translation>
    </message>
    <message>
        <source>Check: %1 Nothing was stored.</source>
        <translation>जाँच: %1 कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>Imported into %1: %2</source>
        <translation>%1 में आयात किया गया: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n recharge(s) found in the readings.</source>
        <translation>
            <numerusform>रीडिंग में %Ln रिचार्ज मिला।</numerusform>
            <numerusform>रीडिंग में %Ln रिचार्ज मिले।</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV निर्यात करें</translation>
    </message>
</context>
<context>
    <name>CsvCommands</name>
    <message>
        <source>Write one kind of data as CSV (RFC 4180, UTF-8); --out - prints it.</source>
        <translation>एक तरह का डेटा CSV (RFC 4180, UTF-8) में लिखें; --out - इसे प्रिंट करता है।</translation>
    </message>
    <message>
        <source>A meter (may be given several times).</source>
        <translation>एक मीटर (कई बार दिया जा सकता है)।</translation>
    </message>
    <message>
        <source>The CSV file to write, or - for standard output.</source>
        <translation>लिखी जाने वाली CSV फ़ाइल, या स्टैंडर्ड आउटपुट के लिए -।</translation>
    </message>
    <message>
        <source>First time (inclusive; day kinds: first day).</source>
        <translation>पहला समय (इसे शामिल करके; दिन वाले प्रकारों के लिए: पहला दिन)।</translation>
    </message>
    <message>
        <source>Last time (exclusive; day kinds: last day, inclusive).</source>
        <translation>आखिरी समय (इसे छोड़कर; दिन वाले प्रकारों के लिए: आखिरी दिन, इसे शामिल करके)।</translation>
    </message>
    <message>
        <source>Start with a byte order mark, for Excel.</source>
        <translation>Excel के लिए, शुरुआत में बाइट ऑर्डर मार्क जोड़ें।</translation>
    </message>
    <message>
        <source>usage: bucket length in minutes (1-1440, 60).</source>
        <translation>usage: समूह की लंबाई, मिनटों में (1-1440, 60)।</translation>
    </message>
    <message>
        <source>usage: the chart&apos;s window, the last H hours before --at.</source>
        <translation>usage: चार्ट की विंडो, --at से पहले के पिछले H घंटे।</translation>
    </message>
    <message>
        <source>usage: end of the --interval-hours window (default: now).</source>
        <translation>usage: --interval-hours विंडो का अंत (डिफ़ॉल्ट: अभी)।</translation>
    </message>
    <message>
        <source>Read readings or recharges from CSV: Kilowatch&apos;s own export, or readings in another layout through the column options. All rows or none; --dry-run only reports.</source>
        <translation>CSV से रीडिंग या रिचार्ज पढ़ें: Kilowatch का अपना निर्यात, या कॉलम विकल्पों के ज़रिए किसी दूसरे ढाँचे की रीडिंग। या तो सभी पंक्तियाँ, या कोई नहीं; --dry-run केवल रिपोर्ट करता है।</translation>
    </message>
    <message>
        <source>The meter the rows belong to.</source>
        <translation>वह मीटर जिसकी ये पंक्तियाँ हैं।</translation>
    </message>
    <message>
        <source>readings or recharges.</source>
        <translation>readings या recharges।</translation>
    </message>
    <message>
        <source>The CSV file, or - for standard input.</source>
        <translation>CSV फ़ाइल, या स्टैंडर्ड इनपुट के लिए -।</translation>
    </message>
    <message>
        <source>Check and count, but store nothing.</source>
        <translation>जाँचें और गिनें, पर कुछ भी सहेजें नहीं।</translation>
    </message>
    <message>
        <source>Import the good rows and skip the bad ones (default: a bad row stops all).</source>
        <translation>सही पंक्तियाँ आयात करें और गलत पंक्तियाँ छोड़ दें (डिफ़ॉल्ट: एक भी गलत पंक्ति पूरा आयात रोक देती है)।</translation>
    </message>
    <message>
        <source>Column of the time (name or number).</source>
        <translation>समय का कॉलम (नाम या संख्या)।</translation>
    </message>
    <message>
        <source>Column of the balance.</source>
        <translation>बैलेंस का कॉलम।</translation>
    </message>
    <message>
        <source>Column of the grid kWh counter.</source>
        <translation>ग्रिड kWh काउंटर का कॉलम।</translation>
    </message>
    <message>
        <source>Column of the generator kWh counter.</source>
        <translation>जनरेटर kWh काउंटर का कॉलम।</translation>
    </message>
    <message>
        <source>Column of the load in kW.</source>
        <translation>kW में लोड का कॉलम।</translation>
    </message>
    <message>
        <source>Column of the power source (grid, generator, unknown).</source>
        <translation>बिजली स्रोत का कॉलम (grid, generator, unknown)।</translation>
    </message>
    <message>
        <source>iso, epoch, epoch-ms or a Qt date format such as dd/MM/yyyy HH:mm (default iso; times without an offset are in the meter&apos;s zone).</source>
        <translation>iso, epoch, epoch-ms या dd/MM/yyyy HH:mm जैसा कोई Qt तारीख फ़ॉर्मेट (डिफ़ॉल्ट iso; बिना ऑफ़सेट वाले समय मीटर के टाइम ज़ोन में माने जाते हैं)।</translation>
    </message>
    <message>
        <source>Numbers use a decimal comma.</source>
        <translation>संख्याओं में दशमलव के लिए कॉमा का उपयोग होता है।</translation>
    </message>
    <message>
        <source>comma (default), semicolon or tab.</source>
        <translation>comma (डिफ़ॉल्ट), semicolon या tab।</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>अनपेक्षित आर्ग्युमेंट &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>export needs --meter, --what and --out.
Usage: kilowatch-cli %1</source>
        <translation>export के लिए --meter, --what और --out ज़रूरी हैं।
उपयोग: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>--what is one of %1, not &quot;%2&quot;.</source>
        <translation>--what का मान %1 में से एक होता है, &quot;%2&quot; नहीं।</translation>
    </message>
    <message>
        <source>--group-minutes, --interval-hours and --at go with --what usage.</source>
        <translation>--group-minutes, --interval-hours और --at केवल --what usage के साथ चलते हैं।</translation>
    </message>
    <message>
        <source>Give either --interval-hours (and --at) or --from/--to, not both.</source>
        <translation>या तो --interval-hours (और --at) दें या --from/--to, दोनों नहीं।</translation>
    </message>
    <message>
        <source>--at needs --interval-hours.</source>
        <translation>--at के लिए --interval-hours ज़रूरी है।</translation>
    </message>
    <message>
        <source>--group-minutes needs a whole number from 1 to 1440, not &quot;%1&quot;.</source>
        <translation>--group-minutes के लिए 1 से 1440 तक की पूर्ण संख्या चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--interval-hours needs a whole number from 1 to 720, not &quot;%1&quot;.</source>
        <translation>--interval-hours के लिए 1 से 720 तक की पूर्ण संख्या चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--to must be after --from.</source>
        <translation>--to का समय --from के बाद का होना चाहिए।</translation>
    </message>
    <message>
        <source>Interrupted; no file was written.</source>
        <translation>बीच में रोका गया; कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>import needs --meter, --what and --in.
Usage: kilowatch-cli %1</source>
        <translation>import के लिए --meter, --what और --in ज़रूरी हैं।
उपयोग: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>--what is readings or recharges, not &quot;%1&quot;.</source>
        <translation>--what का मान readings या recharges होता है, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--delimiter is comma, semicolon or tab, not &quot;%1&quot;.</source>
        <translation>--delimiter का मान comma, semicolon या tab होता है, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>The column options are for readings; recharges are read from Kilowatch&apos;s own layout.</source>
        <translation>कॉलम विकल्प रीडिंग के लिए हैं; रिचार्ज केवल Kilowatch के अपने ढाँचे से पढ़े जाते हैं।</translation>
    </message>
    <message>
        <source>With column options, --time-column is needed.</source>
        <translation>कॉलम विकल्पों के साथ --time-column ज़रूरी है।</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>स्टैंडर्ड इनपुट पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 खोली नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>... and %1 more bad rows.</source>
        <translation>... और %1 अन्य गलत पंक्तियाँ।</translation>
    </message>
    <message>
        <source>The import would store nothing: %1 rows have errors; fix them or add --skip-bad-rows.</source>
        <translation>आयात में कुछ भी सहेजा नहीं जाएगा: %1 पंक्तियों में त्रुटियाँ हैं; उन्हें ठीक करें या --skip-bad-rows जोड़ें।</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows have errors; fix them or add --skip-bad-rows.</source>
        <translation>कुछ भी आयात नहीं हुआ: %1 पंक्तियों में त्रुटियाँ हैं; उन्हें ठीक करें या --skip-bad-rows जोड़ें।</translation>
    </message>
</context>
<context>
    <name>CsvError</name>
    <message>
        <source>Line %1, column %2 (%3)</source>
        <translation>पंक्ति %1, कॉलम %2 (%3)</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>पंक्ति %1, कॉलम %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>पंक्ति %1</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>&amp;Everything stored</source>
        <translation>सहेजा गया सब कुछ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>दिन(&amp;D):</translation>
    </message>
    <message>
        <source>For E&amp;xcel (adds a byte order mark so Excel reads UTF-8)</source>
        <translation>Excel के लिए(&amp;X) (बाइट ऑर्डर मार्क जोड़ता है ताकि Excel UTF-8 पढ़ सके)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV निर्यात करें</translation>
    </message>
    <message>
        <source>Meters to export</source>
        <translation>निर्यात करने के लिए मीटर</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>रीडिंग</translation>
    </message>
    <message>
        <source>Usage, as the chart shows it</source>
        <translation>खपत, जैसी चार्ट में दिखती है</translation>
    </message>
    <message>
        <source>Daily totals</source>
        <translation>दैनिक कुल योग</translation>
    </message>
    <message>
        <source>Monthly totals</source>
        <translation>मासिक कुल योग</translation>
    </message>
    <message>
        <source>Monthly bills</source>
        <translation>मासिक बिल</translation>
    </message>
    <message>
        <source>Recharges</source>
        <translation>रिचार्ज</translation>
    </message>
    <message>
        <source>Grid and generator sessions</source>
        <translation>ग्रिड और जनरेटर सत्र</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>अलर्ट</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>क्या निर्यात करें</translation>
    </message>
    <message>
        <source>What the &amp;chart shows: %1 to %2</source>
        <translation>जो चार्ट में दिख रहा है(&amp;C): %1 से %2 तक</translation>
    </message>
    <message>
        <source>What the &amp;chart shows</source>
        <translation>जो चार्ट में दिख रहा है(&amp;C)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>पहला दिन</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>आखिरी दिन</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Grouping in minutes</source>
        <translation>मिनटों में समूह</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Meters:</source>
        <translation>मीटर(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>क्या(&amp;W):</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>अवधि:</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>समूह(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>फ़ाइल(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>निर्यात करें(&amp;E)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Choose at least one meter.</source>
        <translation>कम से कम एक मीटर चुनें।</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>लिखने के लिए फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The last day must not be before the first.</source>
        <translation>आखिरी दिन पहले दिन से पहले का नहीं होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Choose at least one meter to export.</source>
        <translation>निर्यात के लिए कम से कम एक मीटर चुनें।</translation>
    </message>
    <message>
        <source>The end of the range must be after its start.</source>
        <translation>अवधि का अंत उसकी शुरुआत के बाद होना चाहिए।</translation>
    </message>
    <message>
        <source>The grouping must be between %1 and %2 minutes.</source>
        <translation>समूह %1 से %2 मिनट के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation>CSV फ़ाइल लिखी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 बनाई नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 सहेजी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>Could not derive the usage of &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; की खपत निकाली नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>Could not read the recharges: %1</source>
        <translation>रिचार्ज पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Could not read the sessions: %1</source>
        <translation>सत्र पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Could not read the alerts: %1</source>
        <translation>अलर्ट पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>%1 is Kilowatch&apos;s database; saving the export there would replace it. Choose another file.</source>
        <translation>%1 Kilowatch का डेटाबेस है; निर्यात वहाँ सहेजने से डेटाबेस बदल जाएगा। कोई दूसरी फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2 is a file.</source>
        <translation>फ़ोल्डर %1 बनाया नहीं जा सका: %2 एक फ़ाइल है।</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>फ़ोल्डर %1 बनाया नहीं जा सका।</translation>
    </message>
</context>
<context>
    <name>CsvFieldParser</name>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 बहुत बड़ा है।</translation>
    </message>
    <message>
        <source>a number is missing.</source>
        <translation>संख्या नहीं दी गई है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (the decimal point is &apos;.&apos;; for a decimal comma choose that option).</source>
        <translation>&quot;%1&quot; संख्या नहीं है (दशमलव चिह्न &apos;.&apos; है; दशमलव कॉमा के लिए वह विकल्प चुनें)।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; संख्या नहीं है।</translation>
    </message>
    <message>
        <source>the time is missing.</source>
        <translation>समय नहीं दिया गया है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time like 2025-07-25T15:30:00+05:30.</source>
        <translation>&quot;%1&quot;, 2025-07-25T15:30:00+05:30 जैसी तारीख और समय नहीं है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Unix time (whole %2).</source>
        <translation>&quot;%1&quot; Unix समय नहीं है (पूरे %2)।</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>सेकंड</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>मिलीसेकंड</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in the form %2.</source>
        <translation>&quot;%1&quot;, %2 के रूप में समय नहीं है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (the decimal separator is &apos;,&apos;; &apos;.&apos; only separates thousands, as in 1.234,50).</source>
        <translation>&quot;%1&quot; संख्या नहीं है (दशमलव चिह्न &apos;,&apos; है; &apos;.&apos; केवल हज़ारों को अलग करता है, जैसे 1.234,50)।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: &apos;.&apos; may separate thousands or be a decimal point. Write %2 for the whole number, or turn the decimal comma off.</source>
        <translation>&quot;%1&quot; अस्पष्ट है: &apos;.&apos; हज़ारों को अलग कर सकता है या दशमलव बिंदु हो सकता है। पूर्ण संख्या के लिए %2 लिखें, या दशमलव कॉमा बंद करें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: &apos;,&apos; may separate thousands or be a decimal comma. Write %2 for the whole number, or choose the decimal comma.</source>
        <translation>&quot;%1&quot; अस्पष्ट है: &apos;,&apos; हज़ारों को अलग कर सकता है या दशमलव कॉमा हो सकता है। पूर्ण संख्या के लिए %2 लिखें, या दशमलव कॉमा चुनें।</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Numbers use a decimal &amp;comma (1234,56)</source>
        <translation>संख्याओं में दशमलव कॉमा(&amp;C) है (1234,56)</translation>
    </message>
    <message>
        <source>&amp;Skip bad rows (otherwise one bad row stops the import)</source>
        <translation>गलत पंक्तियाँ छोड़ें(&amp;S) (वरना एक भी गलत पंक्ति आयात रोक देती है)</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>जाँचें(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>आयात करें(&amp;I)</translation>
    </message>
    <message>
        <source>Import CSV: %1</source>
        <translation>CSV आयात करें: %1</translation>
    </message>
    <message>
        <source>Meter the rows belong to</source>
        <translation>वह मीटर जिसकी ये पंक्तियाँ हैं</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>रीडिंग</translation>
    </message>
    <message>
        <source>Recharges (Kilowatch&apos;s own export)</source>
        <translation>रिचार्ज (Kilowatch का अपना निर्यात)</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>फ़ाइल में क्या है</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>कॉमा</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>सेमीकोलन</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>टैब</translation>
    </message>
    <message>
        <source>Field delimiter</source>
        <translation>फ़ील्ड डिलिमिटर</translation>
    </message>
    <message>
        <source>ISO 8601 (2025-07-25T15:30:00+05:30)</source>
        <translation>ISO 8601 (2025-07-25T15:30:00+05:30)</translation>
    </message>
    <message>
        <source>Unix time in seconds</source>
        <translation>सेकंड में Unix समय</translation>
    </message>
    <message>
        <source>Unix time in milliseconds</source>
        <translation>मिलीसेकंड में Unix समय</translation>
    </message>
    <message>
        <source>Pick one, or type a Qt date format such as dd/MM/yy hh:mm AP. Times without an offset are read in the meter&apos;s time zone.</source>
        <translation>इनमें से एक चुनें, या dd/MM/yy hh:mm AP जैसा कोई Qt तारीख फ़ॉर्मेट लिखें। बिना ऑफ़सेट वाले समय मीटर के टाइम ज़ोन में पढ़े जाते हैं।</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>समय फ़ॉर्मेट</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>बैलेंस</translation>
    </message>
    <message>
        <source>Grid kWh</source>
        <translation>ग्रिड kWh</translation>
    </message>
    <message>
        <source>Generator kWh</source>
        <translation>जनरेटर kWh</translation>
    </message>
    <message>
        <source>Load kW</source>
        <translation>लोड kW</translation>
    </message>
    <message>
        <source>Power source</source>
        <translation>बिजली स्रोत</translation>
    </message>
    <message>
        <source>Column of the %1</source>
        <translation>%1 का कॉलम</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>पहली पंक्तियों का पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>&quot;Check&quot; reads the whole file and says what an import would do, without storing anything.</source>
        <translation>&quot;जाँचें&quot; पूरी फ़ाइल पढ़कर बताता है कि आयात करने पर क्या होगा, बिना कुछ सहेजे।</translation>
    </message>
    <message>
        <source>&amp;Meter:</source>
        <translation>मीटर(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;The file holds:</source>
        <translation>फ़ाइल में है(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>डिलिमिटर(&amp;D):</translation>
    </message>
    <message>
        <source>Time &amp;format:</source>
        <translation>समय फ़ॉर्मेट(&amp;F):</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 खोली नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(फ़ाइल में नहीं)</translation>
    </message>
    <message>
        <source>This is a Kilowatch export: its columns are recognised.</source>
        <translation>यह Kilowatch का निर्यात है: इसके कॉलम पहचान लिए गए हैं।</translation>
    </message>
    <message>
        <source>Another layout: choose which column holds what. The time and the balance or a kWh counter are needed.</source>
        <translation>दूसरा ढाँचा: चुनें कि किस कॉलम में क्या है। समय और बैलेंस या कोई kWh काउंटर ज़रूरी हैं।</translation>
    </message>
    <message>
        <source>Recharges are read from Kilowatch&apos;s own export only (meter, time, amount, balance_after, origin, token).</source>
        <translation>रिचार्ज केवल Kilowatch के अपने निर्यात से पढ़े जाते हैं (meter, time, amount, balance_after, origin, token)।</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>unknown time format</source>
        <translation>अज्ञात समय फ़ॉर्मेट</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not grid, generator or unknown</source>
        <translation>&quot;%1&quot; न grid है, न generator, न unknown</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 ऋणात्मक है</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(नहीं है)</translation>
    </message>
    <message>
        <source>Times without an offset are read in %1.</source>
        <translation>बिना ऑफ़सेट वाले समय %1 टाइम ज़ोन में पढ़े जाते हैं।</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>फ़ाइल खाली है: इसमें हेडर पंक्ति नहीं है।</translation>
    </message>
    <message>
        <source>The time format &quot;%1&quot; is neither iso, epoch nor epoch-ms, nor a date format with the year, month and day such as &quot;dd/MM/yyyy HH:mm&quot;.</source>
        <translation>समय फ़ॉर्मेट &quot;%1&quot; न iso है, न epoch, न epoch-ms, और न ही साल, महीना और दिन वाला कोई तारीख फ़ॉर्मेट, जैसे &quot;dd/MM/yyyy HH:mm&quot;।</translation>
    </message>
    <message>
        <source>The %1 column is number %2, but the file has %3 columns.</source>
        <translation>%1 का कॉलम संख्या %2 है, लेकिन फ़ाइल में %3 कॉलम हैं।</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (for the %2); its columns are: %3.</source>
        <translation>फ़ाइल में &quot;%1&quot; नाम का कोई कॉलम नहीं है (%2 के लिए); इसके कॉलम ये हैं: %3।</translation>
    </message>
    <message>
        <source>Line 1 is not the header of a Kilowatch readings export (%1); for another layout, say which column holds the time, the balance and the counters.</source>
        <translation>पंक्ति 1, Kilowatch के रीडिंग निर्यात का हेडर नहीं है (%1); दूसरे ढाँचे के लिए बताएँ कि किस कॉलम में समय, बैलेंस और काउंटर हैं।</translation>
    </message>
    <message>
        <source>time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>बैलेंस</translation>
    </message>
    <message>
        <source>grid kWh</source>
        <translation>ग्रिड kWh</translation>
    </message>
    <message>
        <source>generator kWh</source>
        <translation>जनरेटर kWh</translation>
    </message>
    <message>
        <source>load kW</source>
        <translation>लोड kW</translation>
    </message>
    <message>
        <source>power source</source>
        <translation>बिजली स्रोत</translation>
    </message>
    <message>
        <source>Say which column holds the time of each reading.</source>
        <translation>बताएँ कि किस कॉलम में हर रीडिंग का समय है।</translation>
    </message>
    <message>
        <source>Say which column holds the balance or a kWh counter: a reading needs one.</source>
        <translation>बताएँ कि किस कॉलम में बैलेंस या कोई kWh काउंटर है: रीडिंग के लिए इनमें से एक ज़रूरी है।</translation>
    </message>
    <message>
        <source>Recharges are imported from Kilowatch&apos;s own layout only.</source>
        <translation>रिचार्ज केवल Kilowatch के अपने ढाँचे से आयात किए जाते हैं।</translation>
    </message>
    <message>
        <source>Line 1 is not the header of a Kilowatch recharges export (%1).</source>
        <translation>पंक्ति 1, Kilowatch के रिचार्ज निर्यात का हेडर नहीं है (%1)।</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 फ़ील्ड हैं, जबकि हेडर में %2 हैं।</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 भविष्य का समय है।</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1 का मान ऋणात्मक नहीं हो सकता (%2)।</translation>
    </message>
    <message>
        <source>the file holds more than one meter (&quot;%1&quot;, then &quot;%2&quot;); import one meter at a time.</source>
        <translation>फ़ाइल में एक से ज़्यादा मीटर हैं (&quot;%1&quot;, फिर &quot;%2&quot;); एक बार में एक ही मीटर आयात करें।</translation>
    </message>
    <message>
        <source>The balance</source>
        <translation>बैलेंस</translation>
    </message>
    <message>
        <source>A counter</source>
        <translation>काउंटर</translation>
    </message>
    <message>
        <source>The load</source>
        <translation>लोड</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a power source (grid, generator or unknown).</source>
        <translation>&quot;%1&quot; बिजली स्रोत नहीं है (grid, generator या unknown)।</translation>
    </message>
    <message>
        <source>the row has neither a balance nor a kWh counter.</source>
        <translation>पंक्ति में न बैलेंस है, न कोई kWh काउंटर।</translation>
    </message>
    <message>
        <source>Could not start the import: %1</source>
        <translation>आयात शुरू नहीं किया जा सका: %1</translation>
    </message>
    <message>
        <source>Could not store the import: %1</source>
        <translation>आयात सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>the amount is missing.</source>
        <translation>राशि नहीं दी गई है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin (detected, provider or manual).</source>
        <translation>&quot;%1&quot; कोई मान्य origin नहीं है (detected, provider या manual)।</translation>
    </message>
    <message>
        <source>the token is longer than %1 characters.</source>
        <translation>टोकन %1 अक्षरों से लंबा है।</translation>
    </message>
    <message>
        <source>no detected recharge at this time: detected recharges come from the readings, so import the readings first (or make it a manual recharge).</source>
        <translation>इस समय कोई पहचाना गया रिचार्ज नहीं है: पहचाने गए रिचार्ज रीडिंग से निकलते हैं, इसलिए पहले रीडिंग आयात करें (या इसे मैन्युअल रिचार्ज बनाएँ)।</translation>
    </message>
    <message>
        <source>%1 is before the year 2000; check the time format (epoch counts seconds, epoch-ms milliseconds).</source>
        <translation>%1 साल 2000 से पहले का है; समय फ़ॉर्मेट जाँचें (epoch सेकंड गिनता है, epoch-ms मिलीसेकंड)।</translation>
    </message>
    <message>
        <source>%1 is beyond a billion (%2); check the column and the number format.</source>
        <translation>%1 एक अरब से ज़्यादा है (%2); कॉलम और संख्या का फ़ॉर्मेट जाँचें।</translation>
    </message>
    <message>
        <source>%1 is Kilowatch&apos;s database, not a CSV file. Choose the CSV file to import.</source>
        <translation>%1 Kilowatch का डेटाबेस है, CSV फ़ाइल नहीं। आयात करने के लिए CSV फ़ाइल चुनें।</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>This is not UTF-8 text; save the file as CSV UTF-8.</source>
        <translation>यह UTF-8 टेक्स्ट नहीं है; फ़ाइल को CSV UTF-8 के रूप में सहेजें।</translation>
    </message>
    <message>
        <source>The record is longer than %1 bytes, the limit for one line; this is not a CSV file Kilowatch can read (or its quotes are unbalanced).</source>
        <translation>रिकॉर्ड %1 बाइट से लंबा है, जो एक पंक्ति की सीमा है; यह ऐसी CSV फ़ाइल नहीं है जिसे Kilowatch पढ़ सके (या इसके उद्धरण चिह्न अधूरे हैं)।</translation>
    </message>
    <message>
        <source>A quoted field is never closed (a missing &quot; before the end of the file).</source>
        <translation>उद्धरण चिह्न वाला एक फ़ील्ड कभी बंद नहीं होता (फ़ाइल के अंत से पहले एक &quot; नहीं है)।</translation>
    </message>
    <message>
        <source>A double quote inside a field that does not begin with one; quote the whole field and double the quote (&quot;&quot;).</source>
        <translation>ऐसे फ़ील्ड के अंदर डबल कोट है जो उससे शुरू नहीं होता; पूरे फ़ील्ड को कोट में रखें और कोट को दोहरा करें (&quot;&quot;)।</translation>
    </message>
    <message>
        <source>A NUL byte: this is binary data, not CSV text.</source>
        <translation>एक NUL बाइट: यह बाइनरी डेटा है, CSV टेक्स्ट नहीं।</translation>
    </message>
    <message>
        <source>A carriage return that is not followed by a line feed.</source>
        <translation>ऐसा कैरिज रिटर्न जिसके बाद लाइन फ़ीड नहीं है।</translation>
    </message>
    <message>
        <source>Text after the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>फ़ील्ड के बंद होने वाले कोट के बाद टेक्स्ट है; कोट वाले फ़ील्ड के अंदर कोट दो बार लिखा जाता है (&quot;&quot;)।</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The file could not be written.</source>
        <translation>फ़ाइल लिखी नहीं जा सकी।</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>कोई डेटाबेस फ़ाइल नहीं दी गई।</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 एक फ़ोल्डर है, डेटाबेस फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Qt के लिए SQLite ड्राइवर इंस्टॉल नहीं है (पैकेज libqt6sql6-sqlite)।</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>डेटाबेस %1 खोला नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1 is not a Kilowatch database or is damaged (%2).</source>
        <translation>%1 Kilowatch डेटाबेस नहीं है या खराब हो गया है (%2)।</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Kilowatch (schema %2; this version understands up to %3). It was not changed; please update Kilowatch.</source>
        <translation>डेटाबेस %1, Kilowatch के नए संस्करण ने लिखा है (स्कीमा %2; यह संस्करण %3 तक समझता है)। इसमें कोई बदलाव नहीं किया गया; कृपया Kilowatch अपडेट करें।</translation>
    </message>
    <message>
        <source>Could not start the schema upgrade: %1</source>
        <translation>स्कीमा अपग्रेड शुरू नहीं किया जा सका: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>डेटाबेस को स्कीमा %1 पर अपग्रेड करना विफल रहा: %2</translation>
    </message>
    <message>
        <source>Could not configure the database (%1): %2</source>
        <translation>डेटाबेस कॉन्फ़िगर नहीं किया जा सका (%1): %2</translation>
    </message>
    <message>
        <source>The database could not switch to write-ahead logging.</source>
        <translation>डेटाबेस write-ahead logging पर नहीं जा सका।</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>फ़ोल्डर %1 बनाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>Could not create the database file %1: %2</source>
        <translation>डेटाबेस फ़ाइल %1 बनाई नहीं जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>DemoMeter</name>
    <message>
        <source>Demo meter</source>
        <translation>डेमो मीटर</translation>
    </message>
</context>
<context>
    <name>DescoProvider</name>
    <message>
        <source>--account needs the DESCO account number, digits only, not &quot;%1&quot;.</source>
        <translation>--account के लिए DESCO खाता संख्या चाहिए, केवल अंक, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--meter-number needs the DESCO meter number, digits only, not &quot;%1&quot;.</source>
        <translation>--meter-number के लिए DESCO मीटर नंबर चाहिए, केवल अंक, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>The certificate file %1 (--ca-file) does not exist.</source>
        <translation>सर्टिफ़िकेट फ़ाइल %1 (--ca-file) मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The certificate file %1 (--ca-file) cannot be read: %2</source>
        <translation>सर्टिफ़िकेट फ़ाइल %1 (--ca-file) पढ़ी नहीं जा सकती: %2</translation>
    </message>
    <message>
        <source>it is not a file.</source>
        <translation>यह फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>The certificate file %1 (--ca-file) is larger than 1 MiB; it is not a certificate.</source>
        <translation>सर्टिफ़िकेट फ़ाइल %1 (--ca-file) 1 MiB से बड़ी है; यह सर्टिफ़िकेट नहीं है।</translation>
    </message>
    <message>
        <source>The certificate file %1 (--ca-file) holds no PEM certificate (a block starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>सर्टिफ़िकेट फ़ाइल %1 (--ca-file) में कोई PEM सर्टिफ़िकेट नहीं है (-----BEGIN CERTIFICATE----- से शुरू होने वाला ब्लॉक)।</translation>
    </message>
    <message>
        <source>DESCO&apos;s server is known to send an incomplete certificate chain; add its intermediate certificate (a PEM file) to this meter with --ca-file.</source>
        <translation>DESCO का सर्वर अधूरी सर्टिफ़िकेट चेन भेजने के लिए जाना जाता है; इसका इंटरमीडिएट सर्टिफ़िकेट (एक PEM फ़ाइल) --ca-file से इस मीटर में जोड़ें।</translation>
    </message>
    <message>
        <source>The certificates in %1 (--ca-file) did not complete DESCO&apos;s chain either; check that the file holds DESCO&apos;s current intermediate certificate.</source>
        <translation>%1 (--ca-file) के सर्टिफ़िकेट से भी DESCO की चेन पूरी नहीं हुई; जाँचें कि फ़ाइल में DESCO का मौजूदा इंटरमीडिएट सर्टिफ़िकेट है।</translation>
    </message>
    <message>
        <source>DESCO was not contacted.</source>
        <translation>DESCO से संपर्क नहीं किया गया।</translation>
    </message>
    <message>
        <source>expected an object with code, desc and data.</source>
        <translation>code, desc और data वाला ऑब्जेक्ट अपेक्षित था।</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>कोई कारण नहीं बताया गया</translation>
    </message>
    <message>
        <source>DESCO answered &quot;%1&quot; (code %2) for account %3, meter %4.</source>
        <translation>DESCO ने खाता %3, मीटर %4 के लिए &quot;%1&quot; (कोड %2) जवाब दिया।</translation>
    </message>
    <message>
        <source>Check the account and meter numbers of this meter.</source>
        <translation>इस मीटर की खाता संख्या और मीटर नंबर जाँचें।</translation>
    </message>
    <message>
        <source>DESCO sent no balance for account %1, meter %2; check the account and meter numbers of this meter.</source>
        <translation>DESCO ने खाता %1, मीटर %2 का कोई बैलेंस नहीं भेजा; इस मीटर की खाता संख्या और मीटर नंबर जाँचें।</translation>
    </message>
    <message>
        <source>expected an object with the balance.</source>
        <translation>बैलेंस वाला ऑब्जेक्ट अपेक्षित था।</translation>
    </message>
    <message>
        <source>the answer is about account %1, not %2.</source>
        <translation>जवाब खाता %1 के बारे में है, %2 के बारे में नहीं।</translation>
    </message>
    <message>
        <source>the answer is about meter %1, not %2.</source>
        <translation>जवाब मीटर %1 के बारे में है, %2 के बारे में नहीं।</translation>
    </message>
    <message>
        <source>expected a list.</source>
        <translation>सूची अपेक्षित थी।</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>ऑब्जेक्ट अपेक्षित था।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form %2.</source>
        <translation>&quot;%1&quot;, %2 के रूप में तारीख नहीं है।</translation>
    </message>
    <message>
        <source>the day %1 is in the future.</source>
        <translation>दिन %1 भविष्य में है।</translation>
    </message>
    <message>
        <source>the value is empty.</source>
        <translation>मान खाली है।</translation>
    </message>
</context>
<context>
    <name>DesktopCommandLine</name>
    <message>
        <source>Use this database file (default: $KILOWATCH_DATABASE, else kilowatch.sqlite in the application data folder).</source>
        <translation>यह डेटाबेस फ़ाइल उपयोग करें (डिफ़ॉल्ट: $KILOWATCH_DATABASE, नहीं तो ऐप्लिकेशन डेटा फ़ोल्डर में kilowatch.sqlite)।</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use this settings file (default: $KILOWATCH_SETTINGS, else kilowatch.ini in the configuration folder).</source>
        <translation>यह सेटिंग्स फ़ाइल उपयोग करें (डिफ़ॉल्ट: $KILOWATCH_SETTINGS, नहीं तो कॉन्फ़िगरेशन फ़ोल्डर में kilowatch.ini)।</translation>
    </message>
    <message>
        <source>Show Kilowatch in this language, for example bn (Bengali) or hi (Hindi); default: the system&apos;s.</source>
        <translation>Kilowatch को इस भाषा में दिखाएँ, जैसे bn (बांग्ला) या hi (हिंदी); डिफ़ॉल्ट: सिस्टम की भाषा।</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Kilowatch: a tracker for prepaid electricity meters.</source>
        <translation>Kilowatch: प्रीपेड बिजली मीटरों का ट्रैकर।</translation>
    </message>
</context>
<context>
    <name>DesktopController</name>
    <message>
        <source>Demo meter ready: this is simulated data.</source>
        <translation>डेमो मीटर तैयार है: यह सिम्युलेट किया गया डेटा है।</translation>
    </message>
    <message>
        <source>Kilowatch is still running</source>
        <translation>Kilowatch अभी भी चल रहा है</translation>
    </message>
    <message>
        <source>Kilowatch keeps watching your meters from the system tray. To quit, use Quit in the tray icon&apos;s menu.</source>
        <translation>Kilowatch सिस्टम ट्रे से आपके मीटरों पर नज़र रखता रहता है। बंद करने के लिए ट्रे आइकन के मेनू में &quot;बाहर निकलें&quot; चुनें।</translation>
    </message>
    <message>
        <source>Preparing %1 days of demo history…</source>
        <translation>%1 दिनों का डेमो इतिहास तैयार हो रहा है…</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Open Kilowatch</source>
        <translation>Kilowatch खोलें</translation>
    </message>
    <message>
        <source>No way to show a desktop notification here.</source>
        <translation>यहाँ डेस्कटॉप सूचना दिखाने का कोई तरीका नहीं है।</translation>
    </message>
</context>
<context>
    <name>DpdcProvider</name>
    <message>
        <source>The DPDC customer number must be 1 to %1 digits (0-9), not &quot;%2&quot;; it is on the bill and in the DPDC app.</source>
        <translation>DPDC ग्राहक संख्या 1 से %1 अंकों (0-9) की होनी चाहिए, &quot;%2&quot; नहीं; यह बिल पर और DPDC ऐप में होती है।</translation>
    </message>
    <message>
        <source>The DPDC client id must be given (--client-id) and contain no spaces or special characters.</source>
        <translation>DPDC client id देना ज़रूरी है (--client-id), और इसमें कोई स्पेस या विशेष वर्ण नहीं होने चाहिए।</translation>
    </message>
    <message>
        <source>Check the meter&apos;s settings.</source>
        <translation>मीटर की सेटिंग्स जाँचें।</translation>
    </message>
    <message>
        <source>The stored client_secret is empty or contains spaces or control characters; store it again with kilowatch-cli meter secrets &quot;%1&quot; --secret-stdin.</source>
        <translation>सहेजा गया client_secret खाली है या उसमें स्पेस या कंट्रोल वर्ण हैं; इसे kilowatch-cli meter secrets &quot;%1&quot; --secret-stdin से फिर से सहेजें।</translation>
    </message>
    <message>
        <source>DPDC refused the client id and client secret (HTTP %1); check --client-id and store the client_secret again with kilowatch-cli meter secrets &quot;%2&quot; --secret-stdin.</source>
        <translation>DPDC ने client id और client secret अस्वीकार कर दिए (HTTP %1); --client-id जाँचें और client_secret को kilowatch-cli meter secrets &quot;%2&quot; --secret-stdin से फिर से सहेजें।</translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation>JSON ऑब्जेक्ट अपेक्षित था।</translation>
    </message>
    <message>
        <source>the value is missing.</source>
        <translation>मान नहीं दिया गया है।</translation>
    </message>
    <message>
        <source>expected a token (text without spaces).</source>
        <translation>टोकन अपेक्षित था (बिना स्पेस का टेक्स्ट)।</translation>
    </message>
    <message>
        <source>a negative lifetime for the token.</source>
        <translation>टोकन की वैधता अवधि ऋणात्मक है।</translation>
    </message>
    <message>
        <source>DPDC did not accept a freshly issued access token (HTTP 401); check the client id and client secret.</source>
        <translation>DPDC ने अभी-अभी जारी किया गया access token स्वीकार नहीं किया (HTTP 401); client id और client secret जाँचें।</translation>
    </message>
    <message>
        <source>it answered with a Cloudflare challenge page</source>
        <translation>उसने Cloudflare चैलेंज पेज के साथ जवाब दिया</translation>
    </message>
    <message>
        <source>it answered &quot;Access denied&quot;</source>
        <translation>उसने &quot;Access denied&quot; जवाब दिया</translation>
    </message>
    <message>
        <source>DPDC asks for a human check (%1): its server wants a Cloudflare Turnstile code, which only a person in a browser can get. Kilowatch does not retry before an hour has passed; meanwhile see the balance at amiapp.dpdc.org.bd or in the DPDC app.</source>
        <translation>DPDC मानवीय जाँच माँग रहा है (%1): इसका सर्वर Cloudflare Turnstile कोड चाहता है, जिसे केवल ब्राउज़र में कोई व्यक्ति ही पा सकता है। Kilowatch एक घंटा बीतने से पहले दोबारा कोशिश नहीं करता; तब तक बैलेंस amiapp.dpdc.org.bd पर या DPDC ऐप में देखें।</translation>
    </message>
    <message>
        <source>expected a list of errors.</source>
        <translation>त्रुटियों की सूची अपेक्षित थी।</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(कोई संदेश नहीं)</translation>
    </message>
    <message>
        <source>DPDC: %1</source>
        <translation>DPDC: %1</translation>
    </message>
    <message>
        <source>The stored app client secret is empty or contains spaces or control characters; type it again in Meter &gt; Edit meter….</source>
        <translation>सहेजा गया ऐप क्लाइंट सीक्रेट खाली है या उसमें रिक्त स्थान या नियंत्रण वर्ण हैं; इसे मीटर &gt; मीटर संपादित करें… में फिर से लिखें।</translation>
    </message>
    <message>
        <source>DPDC refused the app client ID and client secret (HTTP %1); check both in Meter &gt; Edit meter….</source>
        <translation>DPDC ने ऐप क्लाइंट आईडी और क्लाइंट सीक्रेट अस्वीकार कर दिए (HTTP %1); मीटर &gt; मीटर संपादित करें… में दोनों जाँचें।</translation>
    </message>
</context>
<context>
    <name>ElnetProvider</name>
    <message>
        <source>The elnet provider needs --base-url (the address of your society&apos;s ELNET server), or both --live-url and --home-url.</source>
        <translation>elnet प्रदाता के लिए --base-url (आपकी सोसाइटी के ELNET सर्वर का पता), या --live-url और --home-url दोनों ज़रूरी हैं।</translation>
    </message>
    <message>
        <source>If the token or the InputType changed in the ELNET app, store the new ones with kilowatch-cli meter secrets &quot;%1&quot; --secret-stdin.</source>
        <translation>अगर ELNET ऐप में टोकन या InputType बदल गया है, तो नए मान kilowatch-cli meter secrets &quot;%1&quot; --secret-stdin से सहेजें।</translation>
    </message>
    <message>
        <source>ELNET said: &quot;%1&quot;.</source>
        <translation>ELNET ने कहा: &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>ELNET answered &quot;%1&quot; without a message.</source>
        <translation>ELNET ने बिना किसी संदेश के &quot;%1&quot; जवाब दिया।</translation>
    </message>
    <message>
        <source>ELNET answered &quot;%1&quot;: %2</source>
        <translation>ELNET ने &quot;%1&quot; जवाब दिया: %2</translation>
    </message>
    <message>
        <source>If the token or the InputType changed in the ELNET app, type the new ones in Meter &gt; Edit meter….</source>
        <translation>अगर ELNET ऐप में टोकन या InputType बदल गया है, तो नए मीटर &gt; मीटर संपादित करें… में लिखें।</translation>
    </message>
</context>
<context>
    <name>EnergyColumns</name>
    <message>
        <source>Grid</source>
        <translation>ग्रिड</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>जनरेटर</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>लागत</translation>
    </message>
</context>
<context>
    <name>FetchOutcome</name>
    <message>
        <source>New reading received.</source>
        <translation>नई रीडिंग मिली।</translation>
    </message>
    <message>
        <source>The provider repeated its last reading; nothing new yet.</source>
        <translation>प्रदाता ने अपनी पिछली रीडिंग दोहराई; अभी कुछ नया नहीं है।</translation>
    </message>
    <message>
        <source>The provider rejected the credentials.</source>
        <translation>प्रदाता ने क्रेडेंशियल अस्वीकार कर दिए।</translation>
    </message>
    <message>
        <source>The provider asks for a human check; open its website or app once, or enter readings by hand meanwhile.</source>
        <translation>प्रदाता मानवीय जाँच माँग रहा है; उसकी वेबसाइट या ऐप एक बार खोलें, या तब तक रीडिंग हाथ से दर्ज करें।</translation>
    </message>
    <message numerus="yes">
        <source>The provider asks to slow down; next try in %n second(s).</source>
        <translation>
            <numerusform>प्रदाता धीमा करने को कह रहा है; अगली कोशिश %Ln सेकंड में।</numerusform>
            <numerusform>प्रदाता धीमा करने को कह रहा है; अगली कोशिश %Ln सेकंड में।</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider asks to slow down.</source>
        <translation>प्रदाता धीमा करने को कह रहा है।</translation>
    </message>
    <message>
        <source>The provider&apos;s server reported an error.</source>
        <translation>प्रदाता के सर्वर ने त्रुटि बताई।</translation>
    </message>
    <message>
        <source>The provider could not be reached.</source>
        <translation>प्रदाता तक पहुँचा नहीं जा सका।</translation>
    </message>
    <message>
        <source>The provider did not answer in time.</source>
        <translation>प्रदाता ने समय पर जवाब नहीं दिया।</translation>
    </message>
    <message>
        <source>The provider sent data Kilowatch cannot use.</source>
        <translation>प्रदाता ने ऐसा डेटा भेजा जिसे Kilowatch उपयोग नहीं कर सकता।</translation>
    </message>
    <message>
        <source>The provider sent an unusable value for %1: %2</source>
        <translation>प्रदाता ने %1 के लिए अनुपयोगी मान भेजा: %2</translation>
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
        <translation>%1 दिन %2 घंटे</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घंटे %2 मिनट</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 सेकंड</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 पहले</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>राशि(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>राशि (%1)(&amp;A):</translation>
    </message>
</context>
<context>
    <name>GenericJsonProvider</name>
    <message>
        <source>%1 has a &quot;${secret:&quot; that is not a placeholder such as ${secret:token}.</source>
        <translation>%1 में एक &quot;${secret:&quot; है जो ${secret:token} जैसा प्लेसहोल्डर नहीं है।</translation>
    </message>
    <message>
        <source>%1 names the credential &quot;%2&quot;; the json provider keeps only %3.</source>
        <translation>%1 में क्रेडेंशियल &quot;%2&quot; का नाम है; json प्रदाता केवल %3 रखता है।</translation>
    </message>
    <message>
        <source>The json provider needs --url, the address of the service&apos;s JSON answer (or a --preset that supplies it).</source>
        <translation>json प्रदाता के लिए --url ज़रूरी है, यानी सेवा के JSON जवाब का पता (या ऐसा --preset जो इसे देता हो)।</translation>
    </message>
    <message>
        <source>--url takes no credentials (addresses end up in logs and proxies); send them in a --header or the --body instead.</source>
        <translation>--url में क्रेडेंशियल नहीं दिए जा सकते (पते लॉग और प्रॉक्सी में पहुँच जाते हैं); इन्हें किसी --header या --body में भेजें।</translation>
    </message>
    <message>
        <source>--url needs an http(s) address, not &quot;%1&quot;.</source>
        <translation>--url के लिए http(s) पता चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--method takes GET, POST or PUT, not &quot;%1&quot;.</source>
        <translation>--method का मान GET, POST या PUT होता है, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--header needs the form &quot;Name: value&quot;, e.g. &quot;Authorization: Bearer ${secret:token}&quot;.</source>
        <translation>--header का रूप &quot;Name: value&quot; होना चाहिए, जैसे &quot;Authorization: Bearer ${secret:token}&quot;।</translation>
    </message>
    <message>
        <source>--header %1 has a line break or another control character.</source>
        <translation>--header %1 में लाइन ब्रेक या कोई दूसरा कंट्रोल वर्ण है।</translation>
    </message>
    <message>
        <source>Give the body&apos;s type with --content-type, not --header.</source>
        <translation>बॉडी का प्रकार --content-type से दें, --header से नहीं।</translation>
    </message>
    <message>
        <source>--header %1 carries a credential: keep it in the keychain and write ${secret:token} (or ${secret:api_key}, ${secret:password}) in its place, e.g. &quot;Authorization: Bearer ${secret:token}&quot; with token=... on --secret-stdin.</source>
        <translation>--header %1 में क्रेडेंशियल है: उसे कीचेन में रखें और उसकी जगह ${secret:token} (या ${secret:api_key}, ${secret:password}) लिखें, जैसे &quot;Authorization: Bearer ${secret:token}&quot; और --secret-stdin पर token=...।</translation>
    </message>
    <message>
        <source>--body needs --method POST or PUT.</source>
        <translation>--body के लिए --method POST या PUT ज़रूरी है।</translation>
    </message>
    <message>
        <source>--content-type has a line break or another control character.</source>
        <translation>--content-type में लाइन ब्रेक या कोई दूसरा कंट्रोल वर्ण है।</translation>
    </message>
    <message>
        <source>--accept-status needs HTTP statuses such as 200,201,409 or 2xx, not &quot;%1&quot;.</source>
        <translation>--accept-status के लिए 200,201,409 या 2xx जैसे HTTP स्टेटस चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>The stored &quot;%1&quot; cannot go into a header: it has a line break or another control character.</source>
        <translation>सहेजा गया &quot;%1&quot; हेडर में नहीं जा सकता: इसमें लाइन ब्रेक या कोई दूसरा कंट्रोल वर्ण है।</translation>
    </message>
    <message>
        <source>The meter&apos;s settings cannot be used: %1</source>
        <translation>मीटर की सेटिंग्स उपयोग नहीं की जा सकतीं: %1</translation>
    </message>
    <message>
        <source>It answered HTTP %1, which is not among the accepted statuses (%2; see --accept-status).</source>
        <translation>इसने HTTP %1 जवाब दिया, जो स्वीकृत स्टेटस (%2; --accept-status देखें) में नहीं है।</translation>
    </message>
    <message>
        <source> The server said: &quot;%1&quot;</source>
        <translation> सर्वर ने कहा: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source> (may be given several times)</source>
        <translation> (कई बार दिया जा सकता है)</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>अज्ञात कमांड &quot;%1&quot;।</translation>
    </message>
</context>
<context>
    <name>HttpProvider</name>
    <message>
        <source>No &quot;%1&quot; is stored for this meter; add it with kilowatch-cli meter secrets &quot;%2&quot; --secret-stdin.</source>
        <translation>इस मीटर के लिए कोई &quot;%1&quot; सहेजा नहीं गया है; इसे kilowatch-cli meter secrets &quot;%2&quot; --secret-stdin से जोड़ें।</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not valid; check the meter&apos;s settings.</source>
        <translation>पता &quot;%1&quot; मान्य नहीं है; मीटर की सेटिंग्स जाँचें।</translation>
    </message>
    <message>
        <source>Kilowatch does not send credentials over plain http to %1; use an https address, or confirm plain http for this meter (--allow-http).</source>
        <translation>Kilowatch, %1 पर सादे http से क्रेडेंशियल नहीं भेजता; https पता उपयोग करें, या इस मीटर के लिए सादे http की पुष्टि करें (--allow-http)।</translation>
    </message>
    <message>
        <source>the answer is larger than %1 KiB; it was not read.</source>
        <translation>जवाब %1 KiB से बड़ा है; इसे पढ़ा नहीं गया।</translation>
    </message>
    <message>
        <source>%1 kept the connection open without finishing.</source>
        <translation>%1 ने कनेक्शन खुला रखा, पर जवाब पूरा नहीं किया।</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 ने समय पर जवाब नहीं दिया।</translation>
    </message>
    <message>
        <source>%1 redirects in a loop.</source>
        <translation>%1 बार-बार एक ही लूप में रीडायरेक्ट करता है।</translation>
    </message>
    <message>
        <source>%1 redirected to an insecure address; not followed.</source>
        <translation>%1 ने असुरक्षित पते पर रीडायरेक्ट किया; उसका पालन नहीं किया गया।</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified; Kilowatch does not turn verification off. (%2)</source>
        <translation>%1 का सर्टिफ़िकेट सत्यापित नहीं हो सका; Kilowatch सत्यापन बंद नहीं करता। (%2)</translation>
    </message>
    <message>
        <source>the compressed answer expands beyond %1 KiB.</source>
        <translation>संपीड़ित जवाब खुलकर %1 KiB से बड़ा हो जाता है।</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the answer was cut off before its end.</source>
        <translation>जवाब पूरा होने से पहले ही कट गया।</translation>
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
        <translation>पता नहीं मिला (HTTP 404); मीटर का बेस URL जाँचें।</translation>
    </message>
    <message>
        <source>the answer was empty.</source>
        <translation>जवाब खाली था।</translation>
    </message>
    <message>
        <source>the server answered with a web page instead of data (a login or error page?).</source>
        <translation>सर्वर ने डेटा की जगह एक वेब पेज भेजा (शायद लॉगिन या त्रुटि पेज?)।</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2).</source>
        <translation>जवाब मान्य JSON नहीं है (बाइट %2 पर %1)।</translation>
    </message>
    <message>
        <source>No &quot;%1&quot; is stored for this meter; type it in Meter &gt; Edit meter….</source>
        <translation>इस मीटर के लिए कोई &quot;%1&quot; सहेजा नहीं गया है; इसे मीटर &gt; मीटर संपादित करें… में लिखें।</translation>
    </message>
</context>
<context>
    <name>IngufuPayProvider</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time.</source>
        <translation>&quot;%1&quot; ISO 8601 समय नहीं है।</translation>
    </message>
    <message>
        <source>the time %1 is in the future.</source>
        <translation>समय %1 भविष्य में है।</translation>
    </message>
    <message>
        <source>no IngufuPay meter number is set for this meter (--meter-number).</source>
        <translation>इस मीटर के लिए कोई IngufuPay मीटर नंबर सेट नहीं है (--meter-number)।</translation>
    </message>
    <message>
        <source>IngufuPay accepted the login but refused the request that followed (HTTP %1).</source>
        <translation>IngufuPay ने लॉगिन स्वीकार किया, पर उसके बाद का अनुरोध अस्वीकार कर दिया (HTTP %1)।</translation>
    </message>
    <message>
        <source>IngufuPay refused to renew the session (HTTP %1).</source>
        <translation>IngufuPay ने सत्र का नवीनीकरण अस्वीकार कर दिया (HTTP %1)।</translation>
    </message>
    <message>
        <source>the renewal answer has no token.</source>
        <translation>नवीनीकरण के जवाब में कोई टोकन नहीं है।</translation>
    </message>
    <message>
        <source>IngufuPay refused the username or password; store the right ones with kilowatch-cli meter secrets &quot;%1&quot; --secret-stdin.</source>
        <translation>IngufuPay ने यूज़रनेम या पासवर्ड अस्वीकार कर दिया; सही विवरण kilowatch-cli meter secrets &quot;%1&quot; --secret-stdin से सहेजें।</translation>
    </message>
    <message>
        <source>the login answer has no token.</source>
        <translation>लॉगिन के जवाब में कोई टोकन नहीं है।</translation>
    </message>
    <message>
        <source>the answer is not a list of meters.</source>
        <translation>जवाब मीटरों की सूची नहीं है।</translation>
    </message>
    <message>
        <source>a meter without a meter number.</source>
        <translation>बिना मीटर नंबर वाला एक मीटर।</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>और %Ln अन्य</numerusform>
            <numerusform>और %Ln अन्य</numerusform>
        </translation>
    </message>
    <message>
        <source>meter %1 is not on this IngufuPay account, which has no meters.</source>
        <translation>मीटर %1 इस IngufuPay खाते में नहीं है, जिसमें कोई मीटर नहीं है।</translation>
    </message>
    <message>
        <source>meter %1 is not on this IngufuPay account; its meters are: %2.</source>
        <translation>मीटर %1 इस IngufuPay खाते में नहीं है; इसके मीटर ये हैं: %2।</translation>
    </message>
    <message>
        <source>IngufuPay lists meter %1 as %2, not active; Kilowatch records no balance for it until it is active again.</source>
        <translation>IngufuPay मीटर %1 को %2 दिखाता है, सक्रिय नहीं; दोबारा सक्रिय होने तक Kilowatch इसका कोई बैलेंस दर्ज नहीं करेगा।</translation>
    </message>
    <message>
        <source>the answer is not a list of transactions.</source>
        <translation>जवाब लेन-देन की सूची नहीं है।</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>ऑब्जेक्ट अपेक्षित था।</translation>
    </message>
    <message>
        <source>the value is missing.</source>
        <translation>मान नहीं दिया गया है।</translation>
    </message>
    <message>
        <source>IngufuPay refused the user name or password; type the right ones in Meter &gt; Edit meter….</source>
        <translation>IngufuPay ने उपयोगकर्ता नाम या पासवर्ड अस्वीकार कर दिया; सही वाले मीटर &gt; मीटर संपादित करें… में लिखें।</translation>
    </message>
</context>
<context>
    <name>IniDocument</name>
    <message>
        <source>a list (a comma outside quotes) where one value belongs</source>
        <translation>एक सूची (उद्धरण चिह्नों के बाहर अल्पविराम), जबकि यहाँ एक ही मान होना चाहिए</translation>
    </message>
    <message>
        <source>a Qt-typed value (starting with @), which Kilowatch does not read</source>
        <translation>Qt-प्रकार का मान (@ से शुरू होने वाला), जिसे Kilowatch नहीं पढ़ता</translation>
    </message>
</context>
<context>
    <name>JsonMapping</name>
    <message>
        <source>%1 needs a JSON path such as data.balance.</source>
        <translation>%1 के लिए data.balance जैसा JSON पाथ चाहिए।</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid JSON path: at character %3, %4</source>
        <translation>%1 &quot;%2&quot; मान्य JSON पाथ नहीं है: अक्षर %3 पर, %4</translation>
    </message>
    <message>
        <source>%1 needs a factor other than zero, e.g. 0.01 for cents.</source>
        <translation>%1 के लिए शून्य के अलावा कोई गुणांक चाहिए, जैसे सेंट या पैसे के लिए 0.01।</translation>
    </message>
    <message>
        <source>%1 needs a factor above zero, e.g. 0.001 for Wh to kWh.</source>
        <translation>%1 के लिए शून्य से बड़ा गुणांक चाहिए, जैसे Wh से kWh के लिए 0.001।</translation>
    </message>
    <message>
        <source>Tell Kilowatch where the reading is in the answer: give at least one of --balance-path, --grid-kwh-path or --generator-kwh-path (e.g. --balance-path data.balance).</source>
        <translation>Kilowatch को बताएँ कि जवाब में रीडिंग कहाँ है: --balance-path, --grid-kwh-path या --generator-kwh-path में से कम से कम एक दें (जैसे --balance-path data.balance)।</translation>
    </message>
    <message>
        <source>--source-path needs --source-grid-values and/or --source-generator-values: the values that mean grid or generator (e.g. --source-grid-values 0,EB --source-generator-values &apos;*&apos;).</source>
        <translation>--source-path के साथ --source-grid-values और/या --source-generator-values भी चाहिए: वे मान जिनका अर्थ ग्रिड या जनरेटर है (जैसे --source-grid-values 0,EB --source-generator-values &apos;*&apos;)।</translation>
    </message>
    <message>
        <source>--source-grid-values and --source-generator-values need --source-path.</source>
        <translation>--source-grid-values और --source-generator-values के लिए --source-path चाहिए।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is both a grid and a generator value.</source>
        <translation>&quot;%1&quot; ग्रिड और जनरेटर दोनों का मान है।</translation>
    </message>
    <message>
        <source>--time-format needs --time-path.</source>
        <translation>--time-format के लिए --time-path चाहिए।</translation>
    </message>
    <message>
        <source>--time-format &quot;%1&quot; is neither iso, epoch nor epoch-ms, nor a date format with the year, month and day such as &quot;dd-MM-yyyy HH:mm:ss&quot;.</source>
        <translation>--time-format &quot;%1&quot; न तो iso, epoch या epoch-ms है, न ही वर्ष, महीने और दिन वाला कोई तारीख फ़ॉर्मेट, जैसे &quot;dd-MM-yyyy HH:mm:ss&quot;।</translation>
    </message>
    <message>
        <source>--expect needs PATH=VALUE, e.g. attributes.unit_of_measurement=kWh, not &quot;%1&quot;.</source>
        <translation>--expect को PATH=VALUE चाहिए, जैसे attributes.unit_of_measurement=kWh, न कि &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>expected an amount, got the text &quot;%1&quot;.</source>
        <translation>राशि अपेक्षित थी, पर टेक्स्ट &quot;%1&quot; मिला।</translation>
    </message>
    <message>
        <source>the number is out of range.</source>
        <translation>संख्या सीमा से बाहर है।</translation>
    </message>
    <message>
        <source>a negative value where only zero or more makes sense.</source>
        <translation>ऋणात्मक मान, जबकि यहाँ केवल शून्य या उससे अधिक ही मान्य है।</translation>
    </message>
    <message>
        <source>expected text or a number for the power source.</source>
        <translation>बिजली स्रोत के लिए टेक्स्ट या संख्या अपेक्षित थी।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time such as 2025-07-25T10:26:59+00:00.</source>
        <translation>&quot;%1&quot; ISO 8601 समय नहीं है, जैसे 2025-07-25T10:26:59+00:00।</translation>
    </message>
    <message>
        <source>expected a time.</source>
        <translation>समय अपेक्षित था।</translation>
    </message>
    <message>
        <source>the time %1 is in the future; check --time-format (epoch counts seconds, epoch-ms milliseconds).</source>
        <translation>समय %1 भविष्य में है; --time-format जाँचें (epoch सेकंड गिनता है, epoch-ms मिलीसेकंड)।</translation>
    </message>
    <message>
        <source>the time %1 is in the future.</source>
        <translation>समय %1 भविष्य में है।</translation>
    </message>
    <message>
        <source>the time %1 is before the year 2000; check --time-format (epoch counts seconds, epoch-ms milliseconds).</source>
        <translation>समय %1 वर्ष 2000 से पहले का है; --time-format जाँचें (epoch सेकंड गिनता है, epoch-ms मिलीसेकंड)।</translation>
    </message>
    <message>
        <source>the value is &quot;%1&quot; where &quot;%2&quot; was expected (--expect).</source>
        <translation>मान &quot;%1&quot; है, जबकि &quot;%2&quot; अपेक्षित था (--expect)।</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>a list</source>
        <translation>सूची</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ऑब्जेक्ट</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>text</source>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true या false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>मौजूद नहीं</translation>
    </message>
    <message>
        <source>The JSON path &quot;%1&quot; is not valid at character %2: %3</source>
        <translation>JSON पाथ &quot;%1&quot; अक्षर %2 पर मान्य नहीं है: %3</translation>
    </message>
    <message>
        <source>the path is empty.</source>
        <translation>पाथ खाली है।</translation>
    </message>
    <message>
        <source>a key is missing at the end.</source>
        <translation>अंत में एक कुंजी छूट गई है।</translation>
    </message>
    <message>
        <source>a key cannot start with a space.</source>
        <translation>कुंजी स्पेस से शुरू नहीं हो सकती।</translation>
    </message>
    <message>
        <source>expected a key, found &quot;%1&quot;.</source>
        <translation>कुंजी अपेक्षित थी, &quot;%1&quot; मिला।</translation>
    </message>
    <message>
        <source>a space in a key; write keys with spaces in brackets, e.g. [&quot;key with spaces&quot;].</source>
        <translation>कुंजी में स्पेस है; स्पेस वाली कुंजियाँ ब्रैकेट में लिखें, जैसे [&quot;key with spaces&quot;]।</translation>
    </message>
    <message>
        <source>a quote in a key; write such keys in brackets, e.g. [&quot;it&apos;s&quot;].</source>
        <translation>कुंजी में उद्धरण चिह्न है; ऐसी कुंजियाँ ब्रैकेट में लिखें, जैसे [&quot;it&apos;s&quot;]।</translation>
    </message>
    <message>
        <source>a &quot;]&quot; without its &quot;[&quot;.</source>
        <translation>&quot;[&quot; के बिना &quot;]&quot;।</translation>
    </message>
    <message>
        <source>a path starts with a key, &quot;$.&quot; or &quot;[&quot;, not with &quot;.&quot;.</source>
        <translation>पाथ कुंजी, &quot;$.&quot; या &quot;[&quot; से शुरू होता है, &quot;.&quot; से नहीं।</translation>
    </message>
    <message>
        <source>the &quot;[&quot; is not closed.</source>
        <translation>&quot;[&quot; बंद नहीं किया गया है।</translation>
    </message>
    <message>
        <source>the quote is not closed.</source>
        <translation>उद्धरण चिह्न बंद नहीं किया गया है।</translation>
    </message>
    <message>
        <source>expected the digits of an index.</source>
        <translation>इंडेक्स के अंक अपेक्षित थे।</translation>
    </message>
    <message>
        <source>the index is too large.</source>
        <translation>इंडेक्स बहुत बड़ा है।</translation>
    </message>
    <message>
        <source>expected an index such as [0] or [-1], or a quoted key such as [&quot;key&quot;].</source>
        <translation>[0] या [-1] जैसा इंडेक्स, या [&quot;key&quot;] जैसी उद्धरण चिह्नों में कुंजी अपेक्षित थी।</translation>
    </message>
    <message>
        <source>expected &quot;]&quot;, found &quot;%1&quot;.</source>
        <translation>&quot;]&quot; अपेक्षित था, &quot;%1&quot; मिला।</translation>
    </message>
    <message>
        <source>expected &quot;.&quot; or &quot;[&quot; before &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; से पहले &quot;.&quot; या &quot;[&quot; अपेक्षित था।</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>%1 is %2, not a list.</source>
        <translation>%1 %2 है, सूची नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n value(s); [%2] is not one of them.</source>
        <translation>
            <numerusform>%1 में %Ln मान है; [%2] उनमें से नहीं है।</numerusform>
            <numerusform>%1 में %Ln मान हैं; [%2] उनमें से नहीं है।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2, not an object with the key &quot;%3&quot;.</source>
        <translation>%1 %2 है, &quot;%3&quot; कुंजी वाला ऑब्जेक्ट नहीं।</translation>
    </message>
    <message>
        <source>%1 has no key &quot;%2&quot;.</source>
        <translation>%1 में &quot;%2&quot; कुंजी नहीं है।</translation>
    </message>
</context>
<context>
    <name>JsonPresets</name>
    <message>
        <source>a usage_app monthly bill (--base-url, --customer ID); the bill is stored as a balance below zero: money owed</source>
        <translation>usage_app का मासिक बिल (--base-url, --customer ID); बिल को शून्य से कम बैलेंस के रूप में सहेजा जाता है: यानी बकाया राशि</translation>
    </message>
    <message>
        <source>a Home Assistant energy sensor in kWh (--base-url, --entity sensor.x; the access token as the secret token)</source>
        <translation>kWh में Home Assistant का ऊर्जा सेंसर (--base-url, --entity sensor.x; एक्सेस टोकन को token सीक्रेट के रूप में दें)</translation>
    </message>
    <message>
        <source>--entity needs a Home Assistant entity id such as sensor.grid_energy, not &quot;%1&quot;.</source>
        <translation>--entity के लिए sensor.grid_energy जैसी Home Assistant एंटिटी ID चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a preset of the json provider; choose one of: %2.</source>
        <translation>&quot;%1&quot; json प्रदाता का प्रीसेट नहीं है; इनमें से एक चुनें: %2।</translation>
    </message>
    <message>
        <source>%1 is used only with --preset %2.</source>
        <translation>%1 का उपयोग केवल --preset %2 के साथ होता है।</translation>
    </message>
    <message>
        <source> or </source>
        <translation> या </translation>
    </message>
    <message>
        <source>The %1 preset needs %2.</source>
        <translation>%1 प्रीसेट को %2 चाहिए।</translation>
    </message>
    <message>
        <source> and </source>
        <translation> और </translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the number is not finite.</source>
        <translation>संख्या परिमित नहीं है।</translation>
    </message>
    <message>
        <source>expected a number, got the text &quot;%1&quot;.</source>
        <translation>संख्या अपेक्षित थी, पर टेक्स्ट &quot;%1&quot; मिला।</translation>
    </message>
    <message>
        <source>the value is missing.</source>
        <translation>मान मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>expected a number.</source>
        <translation>संख्या अपेक्षित थी।</translation>
    </message>
    <message>
        <source>the number is out of range.</source>
        <translation>संख्या सीमा से बाहर है।</translation>
    </message>
    <message>
        <source>a negative value where only zero or more makes sense.</source>
        <translation>ऋणात्मक मान, जबकि यहाँ केवल शून्य या उससे अधिक ही मान्य है।</translation>
    </message>
    <message>
        <source>expected text.</source>
        <translation>टेक्स्ट अपेक्षित था।</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>ऑब्जेक्ट अपेक्षित था।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in the form %2.</source>
        <translation>&quot;%1&quot; %2 रूप वाला समय नहीं है।</translation>
    </message>
    <message>
        <source>the time %1 is in the future.</source>
        <translation>समय %1 भविष्य में है।</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <source>--lang needs a language code, for example --lang bn.</source>
        <translation>--lang के लिए भाषा कोड चाहिए, जैसे --lang bn।</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; the texts stay in English.</source>
        <translation>अज्ञात भाषा &quot;%1&quot;; टेक्स्ट अंग्रेज़ी में ही रहेंगे।</translation>
    </message>
    <message>
        <source>No translation for &quot;%1&quot; yet; the texts stay in English.</source>
        <translation>&quot;%1&quot; का अनुवाद अभी उपलब्ध नहीं है; टेक्स्ट अंग्रेज़ी में ही रहेंगे।</translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <source>Cannot create the log folder %1.</source>
        <translation>लॉग फ़ोल्डर %1 नहीं बनाया जा सका।</translation>
    </message>
    <message>
        <source>Cannot write the log file %1: %2</source>
        <translation>लॉग फ़ाइल %1 में नहीं लिखा जा सका: %2</translation>
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
        <translation>मीटर(&amp;M):</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>मीटर</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>देखें(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>अभी रीफ़्रेश करें(&amp;R)</translation>
    </message>
    <message>
        <source>Recent recharges</source>
        <translation>हाल के रिचार्ज</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>खपत(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Periods</source>
        <translation>अवधियाँ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>डैशबोर्ड(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Recharges</source>
        <translation>रिचार्ज(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>सत्र(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Bills</source>
        <translation>बिल(&amp;B)</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>अलर्ट(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Meter</source>
        <translation>मीटर(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Add meter…</source>
        <translation>मीटर जोड़ें(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit meter…</source>
        <translation>मीटर संपादित करें(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove meter…</source>
        <translation>मीटर हटाएँ(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kilowatch</source>
        <translation>Kilowatch के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>All meters</source>
        <translation>सभी मीटर</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>अभी तक कोई रीडिंग नहीं</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>अभी तक कोई नहीं</translation>
    </message>
    <message>
        <source>Remove meter</source>
        <translation>मीटर हटाएँ</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and everything stored for it (readings, recharges, credentials)?</source>
        <translation>&quot;%1&quot; और इसके लिए सहेजा गया सब कुछ (रीडिंग, रिचार्ज, क्रेडेंशियल) हटाएँ?</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>डेटाबेस में समस्या</translation>
    </message>
    <message>
        <source>Add r&amp;eading…</source>
        <translation>रीडिंग जोड़ें(&amp;E)…</translation>
    </message>
    <message>
        <source>B&amp;alance</source>
        <translation>बैलेंस(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tariff…</source>
        <translation>टैरिफ़(&amp;T)…</translation>
    </message>
    <message>
        <source>Add rea&amp;ding…</source>
        <translation>रीडिंग जोड़ें(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>MeterAttention</name>
    <message>
        <source>Low balance</source>
        <translation>कम बैलेंस</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>गंभीर</translation>
    </message>
    <message>
        <source>Connection failing</source>
        <translation>कनेक्शन विफल हो रहा है</translation>
    </message>
</context>
<context>
    <name>MeterCommands</name>
    <message>
        <source>Read credentials as key=value lines from standard input.</source>
        <translation>स्टैंडर्ड इनपुट से key=value पंक्तियों के रूप में क्रेडेंशियल पढ़ें।</translation>
    </message>
    <message>
        <source>Add a meter.</source>
        <translation>मीटर जोड़ें।</translation>
    </message>
    <message>
        <source>Name of the meter.</source>
        <translation>मीटर का नाम।</translation>
    </message>
    <message>
        <source>Provider kind: %1.</source>
        <translation>प्रदाता का प्रकार: %1।</translation>
    </message>
    <message>
        <source>Polling interval in seconds.</source>
        <translation>पोलिंग का अंतराल, सेकंड में।</translation>
    </message>
    <message>
        <source>IANA time zone of the meter.</source>
        <translation>मीटर का IANA टाइम ज़ोन।</translation>
    </message>
    <message>
        <source>Currency code.</source>
        <translation>मुद्रा कोड।</translation>
    </message>
    <message>
        <source>Warn below this balance.</source>
        <translation>बैलेंस इससे कम होने पर चेतावनी दें।</translation>
    </message>
    <message>
        <source>Allow plain http to a non-loopback server for this meter.</source>
        <translation>इस मीटर के लिए non-loopback सर्वर से सादे http कनेक्शन की अनुमति दें।</translation>
    </message>
    <message>
        <source>List the meters.</source>
        <translation>मीटरों की सूची दिखाएँ।</translation>
    </message>
    <message>
        <source>Remove a meter and everything stored for it.</source>
        <translation>मीटर और उसके लिए सहेजा गया सारा डेटा हटाएँ।</translation>
    </message>
    <message>
        <source>Replace a meter&apos;s credentials with key=value lines read from standard input.</source>
        <translation>मीटर के क्रेडेंशियल को स्टैंडर्ड इनपुट से पढ़ी गई key=value पंक्तियों से बदलें।</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>स्टैंडर्ड इनपुट पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>Line %1 of the secrets is not in the form key=value.</source>
        <translation>सीक्रेट की पंक्ति %1, key=value के रूप में नहीं है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a credential of the %2 provider; it takes: %3.</source>
        <translation>&quot;%1&quot;, %2 प्रदाता का क्रेडेंशियल नहीं है; यह ये लेता है: %3।</translation>
    </message>
    <message>
        <source>The credential &quot;%1&quot; is empty.</source>
        <translation>क्रेडेंशियल &quot;%1&quot; खाली है।</translation>
    </message>
    <message>
        <source>The %1 provider needs the credential &quot;%2&quot; (a line %2=... on standard input).</source>
        <translation>%1 प्रदाता के लिए क्रेडेंशियल &quot;%2&quot; ज़रूरी है (स्टैंडर्ड इनपुट पर %2=... वाली एक पंक्ति)।</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>अनपेक्षित आर्ग्युमेंट &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>meter add needs --name and --provider.
Usage: kilowatch-cli %1</source>
        <translation>meter add के लिए --name और --provider ज़रूरी हैं।
उपयोग: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>--interval needs a whole number of seconds, not &quot;%1&quot;.</source>
        <translation>--interval के लिए सेकंड की पूर्ण संख्या चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--low-balance needs an amount such as 500, not &quot;%1&quot;.</source>
        <translation>--low-balance के लिए 500 जैसी राशि चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>The %1 provider has no default currency; give --currency CODE (e.g. USD, INR, BDT).</source>
        <translation>%1 प्रदाता की कोई डिफ़ॉल्ट मुद्रा नहीं है; --currency CODE दें (जैसे USD, INR, BDT)।</translation>
    </message>
    <message>
        <source>The %1 provider needs --%2.</source>
        <translation>%1 प्रदाता के लिए --%2 ज़रूरी है।</translation>
    </message>
    <message>
        <source>The %1 provider needs credentials (%2): pipe them as key=value lines into --secret-stdin.</source>
        <translation>%1 प्रदाता के लिए क्रेडेंशियल (%2) ज़रूरी हैं: इन्हें key=value पंक्तियों के रूप में --secret-stdin में पाइप करें।</translation>
    </message>
    <message>
        <source>The %1 provider takes no credentials.</source>
        <translation>%1 प्रदाता कोई क्रेडेंशियल नहीं लेता।</translation>
    </message>
    <message>
        <source>meter remove needs exactly one meter name.
Usage: kilowatch-cli %1</source>
        <translation>meter remove के लिए ठीक एक मीटर का नाम चाहिए।
उपयोग: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>Usage: kilowatch-cli %1</source>
        <translation>उपयोग: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>No credentials were given on standard input.</source>
        <translation>स्टैंडर्ड इनपुट पर कोई क्रेडेंशियल नहीं दिया गया।</translation>
    </message>
</context>
<context>
    <name>MeterDialog</name>
    <message>
        <source>Allow plain http to this server (credentials travel unencrypted)</source>
        <translation>इस सर्वर के लिए सादा http की अनुमति दें (क्रेडेंशियल बिना एन्क्रिप्शन के भेजे जाएँगे)</translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation>प्रदाता सेटिंग्स</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>कनेक्शन जाँचें(&amp;T)</translation>
    </message>
    <message>
        <source>Edit meter</source>
        <translation>मीटर संपादित करें</translation>
    </message>
    <message>
        <source>Add meter</source>
        <translation>मीटर जोड़ें</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>कोई कीचेन नहीं</translation>
    </message>
    <message>
        <source>Keep the credentials for this session only?</source>
        <translation>क्रेडेंशियल केवल इस सत्र के लिए रखें?</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>प्रदाता</translation>
    </message>
    <message>
        <source>Meter name</source>
        <translation>मीटर का नाम</translation>
    </message>
    <message>
        <source> s</source>
        <translation> सेकंड</translation>
    </message>
    <message>
        <source>Polling interval in seconds</source>
        <translation>पोलिंग अंतराल (सेकंड में)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>समय क्षेत्र</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <source>Low balance warning</source>
        <translation>कम बैलेंस की चेतावनी</translation>
    </message>
    <message>
        <source>e.g. 500 (optional)</source>
        <translation>जैसे 500 (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>प्रदाता(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम(&amp;N):</translation>
    </message>
    <message>
        <source>Polling &amp;interval:</source>
        <translation>पोलिंग अंतराल(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>समय क्षेत्र(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>मुद्रा(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Low balance below:</source>
        <translation>कम बैलेंस की सीमा(&amp;L):</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>हर पंक्ति में एक</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (आवश्यक):</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>कीचेन में सहेजा गया; बदलने के लिए टाइप करें</translation>
    </message>
    <message>
        <source>kept in the OS keychain</source>
        <translation>OS कीचेन में रखा जाता है</translation>
    </message>
    <message>
        <source>Nothing to set for this provider.</source>
        <translation>इस प्रदाता के लिए कुछ भी सेट करने की ज़रूरत नहीं है।</translation>
    </message>
    <message>
        <source>The low balance warning needs an amount such as 500, not &quot;%1&quot;.</source>
        <translation>कम बैलेंस की चेतावनी के लिए 500 जैसी राशि चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>This provider has no server to test.</source>
        <translation>इस प्रदाता का कोई सर्वर नहीं है जिसे जाँचा जा सके।</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>कनेक्शन ठीक है: %1</translation>
    </message>
    <message>
        <source>The meter was not saved: its credentials have nowhere safe to go.</source>
        <translation>मीटर सहेजा नहीं गया: इसके क्रेडेंशियल रखने के लिए कोई सुरक्षित जगह नहीं है।</translation>
    </message>
    <message>
        <source>Choose the currency</source>
        <translation>मुद्रा चुनें</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>जैसे %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>kWh — the balance is in energy units</source>
        <translation>kWh — बैलेंस ऊर्जा इकाइयों में है</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
</context>
<context>
    <name>MeterHealth</name>
    <message>
        <source>Up to date.</source>
        <translation>अप-टू-डेट है।</translation>
    </message>
    <message>
        <source>The provider keeps repeating old data.</source>
        <translation>प्रदाता बार-बार पुराना डेटा ही भेज रहा है।</translation>
    </message>
    <message>
        <source>Failing: %1</source>
        <translation>विफल: %1</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>अभी तक जाँचा नहीं गया।</translation>
    </message>
    <message>
        <source>Readings are entered by hand.</source>
        <translation>रीडिंग हाथ से दर्ज की जाती हैं।</translation>
    </message>
</context>
<context>
    <name>MeterOverview</name>
    <message>
        <source>All meters</source>
        <translation>सभी मीटर</translation>
    </message>
    <message>
        <source>%1: balance %2, %3</source>
        <translation>%1: बैलेंस %2, %3</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>किसी चीज़ पर ध्यान देने की ज़रूरत नहीं है।</translation>
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
        <translation>मीटर का नाम होना ज़रूरी है।</translation>
    </message>
    <message>
        <source>A meter name can have at most 100 characters.</source>
        <translation>मीटर के नाम में अधिकतम 100 अक्षर हो सकते हैं।</translation>
    </message>
    <message>
        <source>A meter needs a provider.</source>
        <translation>मीटर का प्रदाता होना ज़रूरी है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; use an IANA name such as Asia/Kolkata.</source>
        <translation>&quot;%1&quot; कोई ज्ञात समय क्षेत्र नहीं है; Asia/Kolkata जैसा IANA नाम इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>The polling interval must be between 1 second and 7 days.</source>
        <translation>पोलिंग अंतराल 1 सेकंड से 7 दिन के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as INR, BDT or RWF.</source>
        <translation>&quot;%1&quot; INR, BDT या RWF जैसा मुद्रा कोड नहीं है।</translation>
    </message>
    <message>
        <source>A meter named &quot;%1&quot; already exists.</source>
        <translation>&quot;%1&quot; नाम का मीटर पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>Could not add the meter: %1</source>
        <translation>मीटर नहीं जोड़ा जा सका: %1</translation>
    </message>
    <message>
        <source>Could not save the meter: %1</source>
        <translation>मीटर सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The meter no longer exists.</source>
        <translation>यह मीटर अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Could not remove the meter: %1</source>
        <translation>मीटर हटाया नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Could not read the meters: %1</source>
        <translation>मीटर पढ़े नहीं जा सके: %1</translation>
    </message>
</context>
<context>
    <name>MeterSetup</name>
    <message>
        <source>Choose a provider.</source>
        <translation>कोई प्रदाता चुनें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider; choose one of: %2.</source>
        <translation>&quot;%1&quot; कोई प्रदाता नहीं है; इनमें से एक चुनें: %2।</translation>
    </message>
    <message>
        <source>The %1 provider has no default currency; give a currency code such as USD, INR or BDT.</source>
        <translation>%1 प्रदाता की कोई डिफ़ॉल्ट मुद्रा नहीं है; USD, INR या BDT जैसा मुद्रा कोड दें।</translation>
    </message>
    <message>
        <source>The low balance warning cannot be below zero.</source>
        <translation>कम बैलेंस की चेतावनी शून्य से कम नहीं हो सकती।</translation>
    </message>
    <message>
        <source>--%1 is not an option of the %2 provider.</source>
        <translation>--%1, %2 प्रदाता का विकल्प नहीं है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required for the %2 provider.</source>
        <translation>%2 प्रदाता के लिए &quot;%1&quot; आवश्यक है।</translation>
    </message>
    <message>
        <source>The %1 provider takes no credentials.</source>
        <translation>%1 प्रदाता कोई क्रेडेंशियल नहीं लेता।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a credential of the %2 provider; it takes: %3.</source>
        <translation>&quot;%1&quot;, %2 प्रदाता का क्रेडेंशियल नहीं है; यह ये लेता है: %3।</translation>
    </message>
    <message>
        <source>The credential &quot;%1&quot; is required.</source>
        <translation>क्रेडेंशियल &quot;%1&quot; आवश्यक है।</translation>
    </message>
    <message>
        <source>A meter named &quot;%1&quot; already exists.</source>
        <translation>&quot;%1&quot; नाम का मीटर पहले से मौजूद है।</translation>
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
        <translation>ग्रिड</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>जनरेटर</translation>
    </message>
    <message>
        <source>Period chart</source>
        <translation>अवधि चार्ट</translation>
    </message>
    <message>
        <source>Click a bar, or choose one with the arrow keys and press Enter, to see it in detail.</source>
        <translation>विवरण देखने के लिए किसी बार पर क्लिक करें, या तीर कुंजियों से उसे चुनकर Enter दबाएँ।</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>लागत (%1)</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>ऊर्जा (kWh)</translation>
    </message>
    <message>
        <source>No readings.</source>
        <translation>कोई रीडिंग नहीं।</translation>
    </message>
    <message>
        <source>Grid: %1</source>
        <translation>ग्रिड: %1</translation>
    </message>
    <message>
        <source>Generator: %1</source>
        <translation>जनरेटर: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>कुल: %1</translation>
    </message>
    <message>
        <source>Cost: %1 (estimated)</source>
        <translation>लागत: %1 (अनुमानित)</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>लागत: %1</translation>
    </message>
    <message>
        <source>Recharged: %1</source>
        <translation>रिचार्ज: %1</translation>
    </message>
    <message>
        <source>Readings on %1 of %2 days</source>
        <translation>%2 में से %1 दिनों की रीडिंग</translation>
    </message>
    <message>
        <source>Partial: readings on %1 of %2 days</source>
        <translation>आंशिक: %2 में से %1 दिनों की रीडिंग</translation>
    </message>
    <message>
        <source>Partial: not over yet.</source>
        <translation>आंशिक: अभी पूरी नहीं हुई।</translation>
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
        <translation>पिछली अवधि</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>अगली अवधि</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>ऊपर</translation>
    </message>
    <message>
        <source>Back to the wider period</source>
        <translation>बड़ी अवधि पर वापस जाएँ</translation>
    </message>
    <message>
        <source>Mo&amp;ney</source>
        <translation>पैसा(&amp;N)</translation>
    </message>
    <message>
        <source>Show money instead of energy</source>
        <translation>ऊर्जा के बजाय पैसा दिखाएँ</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>तालिका(&amp;A)</translation>
    </message>
    <message>
        <source>Show the period chart as a table</source>
        <translation>अवधि चार्ट को तालिका के रूप में दिखाएँ</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>पिछले %1 दिन</translation>
    </message>
    <message>
        <source>Show the last %1 days</source>
        <translation>पिछले %1 दिन दिखाएँ</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>महीने</translation>
    </message>
    <message>
        <source>Show the months of a year</source>
        <translation>किसी वर्ष के महीने दिखाएँ</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <source>Show the years</source>
        <translation>वर्ष दिखाएँ</translation>
    </message>
    <message>
        <source>Back to the wider period (Backspace)</source>
        <translation>बड़ी अवधि पर वापस जाएँ (Backspace)</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>दिखाई गई अवधि</translation>
    </message>
    <message>
        <source>Period table</source>
        <translation>अवधि तालिका</translation>
    </message>
    <message>
        <source>Totals of the period</source>
        <translation>अवधि का योग</translation>
    </message>
    <message>
        <source>The last %1 days: %2 – %3</source>
        <translation>पिछले %1 दिन: %2 – %3</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>सभी वर्ष</translation>
    </message>
    <message>
        <source>%1 from the grid, %2 from the generator, %3 spent.</source>
        <translation>ग्रिड से %1, जनरेटर से %2, %3 खर्च।</translation>
    </message>
    <message>
        <source>* Partial: readings on only some of its days.</source>
        <translation>* आंशिक: अवधि के केवल कुछ दिनों की रीडिंग हैं।</translation>
    </message>
    <message>
        <source>Double-click a row or press Enter for its detail.</source>
        <translation>विवरण के लिए किसी पंक्ति पर डबल-क्लिक करें या Enter दबाएँ।</translation>
    </message>
    <message>
        <source>Click a bar for its detail.</source>
        <translation>विवरण के लिए किसी बार पर क्लिक करें।</translation>
    </message>
</context>
<context>
    <name>PeriodTableModel</name>
    <message>
        <source> (estimated)</source>
        <translation> (अनुमानित)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Recharged</source>
        <translation>रिचार्ज</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>अंतिम बैलेंस</translation>
    </message>
    <message>
        <source>Days with readings</source>
        <translation>रीडिंग वाले दिन</translation>
    </message>
</context>
<context>
    <name>PollScheduler</name>
    <message>
        <source>This version of Kilowatch has no provider &quot;%1&quot;.</source>
        <translation>Kilowatch के इस संस्करण में &quot;%1&quot; प्रदाता नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>%Ln सेकंड के भीतर कोई जवाब नहीं मिला।</numerusform>
            <numerusform>%Ln सेकंड के भीतर कोई जवाब नहीं मिला।</numerusform>
        </translation>
    </message>
    <message>
        <source>the reading time is in the future.</source>
        <translation>रीडिंग का समय भविष्य में है।</translation>
    </message>
    <message>
        <source>The reading could not be saved: %1</source>
        <translation>रीडिंग सहेजी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>%1 went back from %2 to %3 kWh</source>
        <translation>%1 %2 से घटकर %3 kWh हो गया</translation>
    </message>
    <message>
        <source>the counter went backwards (%1); if the meter was reset or replaced, the next reading will confirm it.</source>
        <translation>काउंटर पीछे चला गया (%1); यदि मीटर रीसेट हुआ या बदला गया है, तो अगली रीडिंग इसकी पुष्टि करेगी।</translation>
    </message>
    <message>
        <source>the reading time is before the year 2000.</source>
        <translation>रीडिंग का समय साल 2000 से पहले का है।</translation>
    </message>
    <message>
        <source>the value is beyond a billion.</source>
        <translation>मान एक अरब से ज़्यादा है।</translation>
    </message>
</context>
<context>
    <name>PowerSourceIndicator</name>
    <message>
        <source>Power source</source>
        <translation>बिजली स्रोत</translation>
    </message>
    <message>
        <source>Time since the switch</source>
        <translation>बदलाव के बाद से समय</translation>
    </message>
    <message>
        <source>Generator today</source>
        <translation>आज जनरेटर</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>%1 से</translation>
    </message>
    <message>
        <source>No generator today</source>
        <translation>आज जनरेटर नहीं चला</translation>
    </message>
    <message>
        <source>Generator today: %1 · %2</source>
        <translation>आज जनरेटर: %1 · %2</translation>
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
        <translation>--%1 के लिए पूर्ण संख्या चाहिए, &quot;%2&quot; नहीं।</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;.</source>
        <translation>--%1 के लिए संख्या चाहिए, &quot;%2&quot; नहीं।</translation>
    </message>
    <message>
        <source>--%1 needs an http(s) address, not &quot;%2&quot;.</source>
        <translation>--%1 के लिए http(s) पता चाहिए, &quot;%2&quot; नहीं।</translation>
    </message>
    <message>
        <source>--%1 cannot be empty.</source>
        <translation>--%1 खाली नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Simulator (demo meter)</source>
        <translation>सिम्युलेटर (डेमो मीटर)</translation>
    </message>
    <message>
        <source>Seed of the simulated meter (same seed, same data).</source>
        <translation>सिम्युलेट किए गए मीटर का सीड (वही सीड, वही डेटा)।</translation>
    </message>
    <message>
        <source>Share of fetches that fail, 0 to 1, to see how failures are shown.</source>
        <translation>डेटा लाने के कितने प्रयास विफल हों, इसका अनुपात (0 से 1), यह देखने के लिए कि विफलताएँ कैसे दिखाई जाती हैं।</translation>
    </message>
    <message>
        <source>Simulated server latency in milliseconds.</source>
        <translation>सिम्युलेट की गई सर्वर लेटेंसी, मिलीसेकंड में।</translation>
    </message>
    <message>
        <source>Manual entry (no server)</source>
        <translation>मैन्युअल एंट्री (बिना सर्वर)</translation>
    </message>
    <message>
        <source>DPDC prepaid (Dhaka)</source>
        <translation>DPDC प्रीपेड (ढाका)</translation>
    </message>
    <message>
        <source>DPDC customer number (digits, on the bill).</source>
        <translation>DPDC ग्राहक नंबर (केवल अंक, बिल पर छपा होता है)।</translation>
    </message>
    <message>
        <source>Address of the server (default %1).</source>
        <translation>सर्वर का पता (डिफ़ॉल्ट %1)।</translation>
    </message>
    <message>
        <source>Client id of the DPDC web app (sent with the client_secret credential).</source>
        <translation>DPDC वेब ऐप की क्लाइंट ID (client_secret क्रेडेंशियल के साथ भेजी जाती है)।</translation>
    </message>
    <message>
        <source>DESCO prepaid (Dhaka)</source>
        <translation>DESCO प्रीपेड (ढाका)</translation>
    </message>
    <message>
        <source>DESCO account number (digits).</source>
        <translation>DESCO खाता नंबर (केवल अंक)।</translation>
    </message>
    <message>
        <source>DESCO meter number (digits).</source>
        <translation>DESCO मीटर नंबर (केवल अंक)।</translation>
    </message>
    <message>
        <source>Address of DESCO&apos;s customer API (default %1).</source>
        <translation>DESCO के ग्राहक API का पता (डिफ़ॉल्ट %1)।</translation>
    </message>
    <message>
        <source>PEM file with the certificate(s) DESCO&apos;s server leaves out of its chain (its intermediate).</source>
        <translation>वह PEM फ़ाइल जिसमें वे सर्टिफ़िकेट हों जिन्हें DESCO का सर्वर अपनी चेन में नहीं भेजता (उसका इंटरमीडिएट सर्टिफ़िकेट)।</translation>
    </message>
    <message>
        <source>IngufuPay (Rwanda)</source>
        <translation>IngufuPay (रवांडा)</translation>
    </message>
    <message>
        <source>Address of the IngufuPay deployment, e.g. https://ingufupay.example.rw.</source>
        <translation>IngufuPay डिप्लॉयमेंट का पता, जैसे https://ingufupay.example.rw।</translation>
    </message>
    <message>
        <source>The IngufuPay meter number this meter tracks.</source>
        <translation>IngufuPay का वह मीटर नंबर जिसे यह मीटर ट्रैक करता है।</translation>
    </message>
    <message>
        <source>ELNET (Indian gated communities)</source>
        <translation>ELNET (भारत की गेटेड सोसाइटियाँ)</translation>
    </message>
    <message>
        <source>Address of your society&apos;s ELNET server; /api/Dashboard/GetLiveUpdates and /api/Dashboard/HomeData are added to it.</source>
        <translation>आपकी सोसाइटी के ELNET सर्वर का पता; इसमें /api/Dashboard/GetLiveUpdates और /api/Dashboard/HomeData जोड़े जाते हैं।</translation>
    </message>
    <message>
        <source>Full GetLiveUpdates address, where it does not follow --base-url.</source>
        <translation>GetLiveUpdates का पूरा पता, अगर यह --base-url से नहीं बनता।</translation>
    </message>
    <message>
        <source>Full HomeData address, where it does not follow --base-url.</source>
        <translation>HomeData का पूरा पता, अगर यह --base-url से नहीं बनता।</translation>
    </message>
    <message>
        <source>Generic JSON (any REST API)</source>
        <translation>सामान्य JSON (कोई भी REST API)</translation>
    </message>
    <message>
        <source>A ready-made setup: %1. Options given replace the preset&apos;s.</source>
        <translation>पहले से तैयार सेटअप: %1। दिए गए विकल्प प्रीसेट के मानों की जगह लेते हैं।</translation>
    </message>
    <message>
        <source>The service&apos;s address (with --preset).</source>
        <translation>सेवा का पता (--preset के साथ)।</translation>
    </message>
    <message>
        <source>The customer id (--preset usage-app).</source>
        <translation>ग्राहक ID (--preset usage-app के लिए)।</translation>
    </message>
    <message>
        <source>The sensor&apos;s entity id, e.g. sensor.grid_energy (--preset home-assistant).</source>
        <translation>सेंसर की एंटिटी ID, जैसे sensor.grid_energy (--preset home-assistant के लिए)।</translation>
    </message>
    <message>
        <source>The address answering with JSON (required unless a preset supplies it).</source>
        <translation>वह पता जो JSON में जवाब देता है (ज़रूरी है, जब तक कोई प्रीसेट इसे न दे)।</translation>
    </message>
    <message>
        <source>The HTTP method (default GET).</source>
        <translation>HTTP मेथड (डिफ़ॉल्ट GET)।</translation>
    </message>
    <message>
        <source>A request header; values may use ${secret:token}, ${secret:password}, ${secret:api_key}.</source>
        <translation>अनुरोध का एक हेडर; मानों में ${secret:token}, ${secret:password}, ${secret:api_key} का उपयोग किया जा सकता है।</translation>
    </message>
    <message>
        <source>The request body (POST/PUT); may use ${secret:...} placeholders.</source>
        <translation>अनुरोध की बॉडी (POST/PUT); इसमें ${secret:...} प्लेसहोल्डर का उपयोग किया जा सकता है।</translation>
    </message>
    <message>
        <source>The body&apos;s type (default application/json).</source>
        <translation>बॉडी का प्रकार (डिफ़ॉल्ट application/json)।</translation>
    </message>
    <message>
        <source>HTTP statuses whose answer is data, e.g. 200,201,409 (default 2xx).</source>
        <translation>वे HTTP स्टेटस जिनके जवाब को डेटा माना जाए, जैसे 200,201,409 (डिफ़ॉल्ट 2xx)।</translation>
    </message>
    <message>
        <source>JSON path of the balance, e.g. data.balance; &quot;$12.34&quot; and &quot;1,234.5&quot; are read.</source>
        <translation>बैलेंस का JSON पाथ, जैसे data.balance; &quot;$12.34&quot; और &quot;1,234.5&quot; जैसे मान भी पढ़े जाते हैं।</translation>
    </message>
    <message>
        <source>JSON path of the grid counter in kWh.</source>
        <translation>kWh में ग्रिड काउंटर का JSON पाथ।</translation>
    </message>
    <message>
        <source>JSON path of the generator counter in kWh.</source>
        <translation>kWh में जनरेटर काउंटर का JSON पाथ।</translation>
    </message>
    <message>
        <source>JSON path of the present load in kW.</source>
        <translation>kW में मौजूदा लोड का JSON पाथ।</translation>
    </message>
    <message>
        <source>JSON path of the power source (grid or generator).</source>
        <translation>बिजली स्रोत (ग्रिड या जनरेटर) का JSON पाथ।</translation>
    </message>
    <message>
        <source>Source values meaning grid, comma separated; * for any other value.</source>
        <translation>स्रोत के वे मान जिनका अर्थ ग्रिड है, कॉमा से अलग किए हुए; बाकी किसी भी मान के लिए *।</translation>
    </message>
    <message>
        <source>Source values meaning generator, comma separated; * for any other value.</source>
        <translation>स्रोत के वे मान जिनका अर्थ जनरेटर है, कॉमा से अलग किए हुए; बाकी किसी भी मान के लिए *।</translation>
    </message>
    <message>
        <source>JSON path of the reading time (default: the fetch time).</source>
        <translation>रीडिंग के समय का JSON पाथ (डिफ़ॉल्ट: डेटा लाने का समय)।</translation>
    </message>
    <message>
        <source>iso, epoch, epoch-ms or a Qt date format such as dd-MM-yyyy HH:mm:ss (default iso).</source>
        <translation>iso, epoch, epoch-ms या dd-MM-yyyy HH:mm:ss जैसा कोई Qt तारीख फ़ॉर्मेट (डिफ़ॉल्ट iso)।</translation>
    </message>
    <message>
        <source>Multiplies the balance, e.g. 0.01 for cents.</source>
        <translation>बैलेंस को इस गुणांक से गुणा करता है, जैसे सेंट या पैसे के लिए 0.01।</translation>
    </message>
    <message>
        <source>Multiplies the counters, e.g. 0.001 for Wh.</source>
        <translation>काउंटरों को इस गुणांक से गुणा करता है, जैसे Wh के लिए 0.001।</translation>
    </message>
    <message>
        <source>Multiplies the load, e.g. 0.001 for W.</source>
        <translation>लोड को इस गुणांक से गुणा करता है, जैसे W के लिए 0.001।</translation>
    </message>
    <message>
        <source>Use an answer only when PATH holds VALUE, e.g. attributes.unit_of_measurement=kWh.</source>
        <translation>जवाब का उपयोग तभी करें जब PATH में VALUE हो, जैसे attributes.unit_of_measurement=kWh।</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>डेटा बीज संख्या</translation>
    </message>
    <message>
        <source>Failed fetches</source>
        <translation>विफल प्राप्तियाँ</translation>
    </message>
    <message>
        <source>Answer delay</source>
        <translation>उत्तर में देरी</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>ग्राहक संख्या</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>सर्वर का पता</translation>
    </message>
    <message>
        <source>Leave empty to use DPDC&apos;s own server.</source>
        <translation>DPDC का अपना सर्वर इस्तेमाल करने के लिए खाली छोड़ें।</translation>
    </message>
    <message>
        <source>App client ID</source>
        <translation>ऐप क्लाइंट आईडी</translation>
    </message>
    <message>
        <source>The client ID DPDC&apos;s own web app signs in with (see the DPDC guide); it goes with the app client secret.</source>
        <translation>वह क्लाइंट आईडी जिससे DPDC का अपना वेब ऐप साइन इन करता है (DPDC गाइड देखें); यह ऐप क्लाइंट सीक्रेट के साथ जाती है।</translation>
    </message>
    <message>
        <source>App client secret</source>
        <translation>ऐप क्लाइंट सीक्रेट</translation>
    </message>
    <message>
        <source>The client secret that goes with the app client ID; kept in the OS keychain.</source>
        <translation>ऐप क्लाइंट आईडी के साथ का क्लाइंट सीक्रेट; OS कीचेन में रखा जाता है।</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>खाता संख्या</translation>
    </message>
    <message>
        <source>The account number on your DESCO bill or recharge receipt.</source>
        <translation>आपके DESCO बिल या रिचार्ज रसीद पर लिखी खाता संख्या।</translation>
    </message>
    <message>
        <source>Meter number</source>
        <translation>मीटर संख्या</translation>
    </message>
    <message>
        <source>The number printed on your DESCO meter.</source>
        <translation>आपके DESCO मीटर पर छपी संख्या।</translation>
    </message>
    <message>
        <source>Leave empty to use DESCO&apos;s own server.</source>
        <translation>DESCO का अपना सर्वर इस्तेमाल करने के लिए खाली छोड़ें।</translation>
    </message>
    <message>
        <source>Extra certificate file</source>
        <translation>अतिरिक्त प्रमाणपत्र फ़ाइल</translation>
    </message>
    <message>
        <source>The address of your IngufuPay service.</source>
        <translation>आपकी IngufuPay सेवा का पता।</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>The user name you sign in to IngufuPay with.</source>
        <translation>वह उपयोगकर्ता नाम जिससे आप IngufuPay में साइन इन करते हैं।</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Your IngufuPay password; kept in the OS keychain.</source>
        <translation>आपका IngufuPay पासवर्ड; OS कीचेन में रखा जाता है।</translation>
    </message>
    <message>
        <source>Your society&apos;s ELNET server: ask the facility office, or see the ELNET app&apos;s settings.</source>
        <translation>आपकी सोसाइटी का ELNET सर्वर: फ़ैसिलिटी ऑफ़िस से पूछें, या ELNET ऐप की सेटिंग्स देखें।</translation>
    </message>
    <message>
        <source>Live data address</source>
        <translation>लाइव डेटा का पता</translation>
    </message>
    <message>
        <source>Only when your server&apos;s live data is not at the server address (…/api/Dashboard/GetLiveUpdates).</source>
        <translation>केवल तब, जब आपके सर्वर का लाइव डेटा सर्वर के पते पर नहीं है (…/api/Dashboard/GetLiveUpdates)।</translation>
    </message>
    <message>
        <source>Daily data address</source>
        <translation>दैनिक डेटा का पता</translation>
    </message>
    <message>
        <source>Only when your server&apos;s daily data is not at the server address (…/api/Dashboard/HomeData).</source>
        <translation>केवल तब, जब आपके सर्वर का दैनिक डेटा सर्वर के पते पर नहीं है (…/api/Dashboard/HomeData)।</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>एक्सेस टोकन</translation>
    </message>
    <message>
        <source>The sign-in token the ELNET app sends with every request (&quot;Authorization: Bearer …&quot;); kept in the OS keychain.</source>
        <translation>वह साइन-इन टोकन जो ELNET ऐप हर अनुरोध के साथ भेजता है (&quot;Authorization: Bearer …&quot;); OS कीचेन में रखा जाता है।</translation>
    </message>
    <message>
        <source>Meter code (InputType)</source>
        <translation>मीटर कोड (InputType)</translation>
    </message>
    <message>
        <source>A long code the ELNET app makes for your meter and sends as &quot;InputType&quot; with every request. Copy it from the app&apos;s requests as you did the token, or ask your facility office; kept in the OS keychain.</source>
        <translation>एक लंबा कोड जो ELNET ऐप आपके मीटर के लिए बनाता है और हर अनुरोध के साथ &quot;InputType&quot; के रूप में भेजता है। इसे टोकन की तरह ऐप के अनुरोधों से कॉपी करें, या फ़ैसिलिटी ऑफ़िस से पूछें; OS कीचेन में रखा जाता है।</translation>
    </message>
    <message>
        <source>Ready-made setup</source>
        <translation>तैयार सेटअप</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>सेवा का पता</translation>
    </message>
    <message>
        <source>The service&apos;s address, for a ready-made setup.</source>
        <translation>तैयार सेटअप के लिए सेवा का पता।</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ग्राहक आईडी</translation>
    </message>
    <message>
        <source>Your customer ID, for the usage-app setup.</source>
        <translation>usage-app सेटअप के लिए आपकी ग्राहक आईडी।</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>सेंसर</translation>
    </message>
    <message>
        <source>The sensor&apos;s entity ID, for the home-assistant setup.</source>
        <translation>home-assistant सेटअप के लिए सेंसर की entity ID।</translation>
    </message>
    <message>
        <source>Data address</source>
        <translation>डेटा का पता</translation>
    </message>
    <message>
        <source>Request method</source>
        <translation>अनुरोध विधि</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>अनुरोध हेडर</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>अनुरोध बॉडी</translation>
    </message>
    <message>
        <source>Body type</source>
        <translation>बॉडी का प्रकार</translation>
    </message>
    <message>
        <source>Accepted answers</source>
        <translation>स्वीकार्य उत्तर</translation>
    </message>
    <message>
        <source>Balance field</source>
        <translation>बैलेंस फ़ील्ड</translation>
    </message>
    <message>
        <source>Grid counter field</source>
        <translation>ग्रिड काउंटर फ़ील्ड</translation>
    </message>
    <message>
        <source>Generator counter field</source>
        <translation>जनरेटर काउंटर फ़ील्ड</translation>
    </message>
    <message>
        <source>Load field</source>
        <translation>लोड फ़ील्ड</translation>
    </message>
    <message>
        <source>Power source field</source>
        <translation>बिजली स्रोत फ़ील्ड</translation>
    </message>
    <message>
        <source>Values meaning grid</source>
        <translation>ग्रिड दर्शाने वाले मान</translation>
    </message>
    <message>
        <source>Values meaning generator</source>
        <translation>जनरेटर दर्शाने वाले मान</translation>
    </message>
    <message>
        <source>Reading time field</source>
        <translation>रीडिंग समय फ़ील्ड</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>समय प्रारूप</translation>
    </message>
    <message>
        <source>Balance factor</source>
        <translation>बैलेंस गुणक</translation>
    </message>
    <message>
        <source>Counter factor</source>
        <translation>काउंटर गुणक</translation>
    </message>
    <message>
        <source>Load factor</source>
        <translation>लोड गुणक</translation>
    </message>
    <message>
        <source>Use answers only when</source>
        <translation>उत्तर तभी इस्तेमाल करें जब</translation>
    </message>
    <message>
        <source>One &quot;field=value&quot; per line: an answer counts only when the field holds that value, e.g. attributes.unit_of_measurement=kWh.</source>
        <translation>हर पंक्ति में एक &quot;field=value&quot;: उत्तर तभी गिना जाता है जब फ़ील्ड में वही मान हो, जैसे attributes.unit_of_measurement=kWh।</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <source>Used where a header or the body says %1; kept in the OS keychain.</source>
        <translation>जहाँ हेडर या बॉडी में %1 लिखा है वहाँ इस्तेमाल होता है; OS कीचेन में रखा जाता है।</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API कुंजी</translation>
    </message>
    <message>
        <source>A known service&apos;s setup fills in the fields below; with none, fill them in yourself.</source>
        <translation>किसी जानी-पहचानी सेवा का सेटअप नीचे के खाने भर देता है; कोई न चुनें तो उन्हें ख़ुद भरें।</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट पर लौटाएँ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ReadingCommands</name>
    <message>
        <source>The balance shown by the meter.</source>
        <translation>मीटर पर दिखा बैलेंस।</translation>
    </message>
    <message>
        <source>When it was read (default: now).</source>
        <translation>रीडिंग कब ली गई (डिफ़ॉल्ट: अभी)।</translation>
    </message>
    <message>
        <source>The grid counter.</source>
        <translation>ग्रिड काउंटर।</translation>
    </message>
    <message>
        <source>The generator counter.</source>
        <translation>जनरेटर काउंटर।</translation>
    </message>
    <message>
        <source>Fetch from the providers once, or keep polling for a while.</source>
        <translation>प्रदाताओं से एक बार डेटा लाएँ, या कुछ समय तक पोलिंग करते रहें।</translation>
    </message>
    <message>
        <source>Poll only this meter.</source>
        <translation>केवल इस मीटर को पोल करें।</translation>
    </message>
    <message>
        <source>Fetch each meter once.</source>
        <translation>हर मीटर से एक बार डेटा लाएँ।</translation>
    </message>
    <message>
        <source>Keep polling for this many seconds.</source>
        <translation>इतने सेकंड तक पोलिंग करते रहें।</translation>
    </message>
    <message>
        <source>Print stored readings.</source>
        <translation>सहेजी गई रीडिंग प्रिंट करें।</translation>
    </message>
    <message>
        <source>The meter.</source>
        <translation>मीटर।</translation>
    </message>
    <message>
        <source>First time (inclusive).</source>
        <translation>पहला समय (इसे शामिल करके)।</translation>
    </message>
    <message>
        <source>Last time (exclusive).</source>
        <translation>आखिरी समय (इसे छोड़कर)।</translation>
    </message>
    <message>
        <source>Fill a simulator meter with N days of history, fast.</source>
        <translation>सिम्युलेटर मीटर को तेज़ी से N दिनों के इतिहास से भरें।</translation>
    </message>
    <message>
        <source>A simulator meter.</source>
        <translation>एक सिम्युलेटर मीटर।</translation>
    </message>
    <message>
        <source>Days of history ending now.</source>
        <translation>अभी तक के इतिहास के दिन।</translation>
    </message>
    <message>
        <source>Seed of the simulation.</source>
        <translation>सिमुलेशन का सीड।</translation>
    </message>
    <message>
        <source>the alert rules failed: %1</source>
        <translation>अलर्ट नियम विफल रहे: %1</translation>
    </message>
    <message>
        <source>reading add needs --meter NAME and --balance AMOUNT.</source>
        <translation>reading add के लिए --meter NAME और --balance AMOUNT ज़रूरी हैं।</translation>
    </message>
    <message>
        <source>readings needs --meter NAME.</source>
        <translation>readings के लिए --meter NAME ज़रूरी है।</translation>
    </message>
    <message>
        <source>poll needs either --once or --for SECONDS.
Usage: kilowatch-cli %1</source>
        <translation>poll के लिए --once या --for SECONDS में से एक ज़रूरी है।
उपयोग: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>--for needs a number of seconds from 1 to 2592000, not &quot;%1&quot;.</source>
        <translation>--for के लिए 1 से 2592000 तक सेकंड की संख्या चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>There are no meters yet; add one with kilowatch-cli meter add.</source>
        <translation>अभी तक कोई मीटर नहीं है; kilowatch-cli meter add से एक मीटर जोड़ें।</translation>
    </message>
    <message>
        <source>simulate needs --meter NAME and --days N.</source>
        <translation>simulate के लिए --meter NAME और --days N ज़रूरी हैं।</translation>
    </message>
    <message>
        <source>--days needs a number from 1 to 3660, not &quot;%1&quot;.</source>
        <translation>--days के लिए 1 से 3660 तक की संख्या चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not &quot;%1&quot;.</source>
        <translation>--seed के लिए पूर्ण संख्या चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;.</source>
        <translation>--%1 के लिए संख्या चाहिए, &quot;%2&quot; नहीं।</translation>
    </message>
    <message>
        <source>Enter a reading by hand (any meter).</source>
        <translation>हाथ से रीडिंग दर्ज करें (किसी भी मीटर के लिए)।</translation>
    </message>
    <message>
        <source>The meter it was read from.</source>
        <translation>वह मीटर जिससे रीडिंग ली गई।</translation>
    </message>
</context>
<context>
    <name>ReadingEntry</name>
    <message>
        <source>The time %1 is before 2000; check it.</source>
        <translation>समय %1 सन 2000 से पहले का है; इसे जाँचें।</translation>
    </message>
    <message>
        <source>The time %1 is in the future.</source>
        <translation>समय %1 भविष्य का है।</translation>
    </message>
    <message>
        <source>The balance must be within a billion.</source>
        <translation>बैलेंस एक अरब के भीतर होना चाहिए।</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 ऋणात्मक नहीं हो सकता।</translation>
    </message>
    <message>
        <source>%1 must be within a billion kWh.</source>
        <translation>%1 एक अरब kWh के भीतर होना चाहिए।</translation>
    </message>
    <message>
        <source>The grid counter</source>
        <translation>ग्रिड काउंटर</translation>
    </message>
    <message>
        <source>The generator counter</source>
        <translation>जनरेटर काउंटर</translation>
    </message>
    <message>
        <source>A counter is lower than in the reading of %1; check the numbers.</source>
        <translation>कोई काउंटर %1 की रीडिंग से कम है; संख्याएँ जाँचें।</translation>
    </message>
    <message>
        <source>A counter is higher than in the later reading of %1; check the numbers.</source>
        <translation>कोई काउंटर %1 की बाद वाली रीडिंग से ज़्यादा है; संख्याएँ जाँचें।</translation>
    </message>
    <message>
        <source>A reading at that time is already stored.</source>
        <translation>उस समय की एक रीडिंग पहले से सहेजी हुई है।</translation>
    </message>
</context>
<context>
    <name>ReadingRepository</name>
    <message>
        <source>Could not start writing readings: %1</source>
        <translation>रीडिंग लिखना शुरू नहीं किया जा सका: %1</translation>
    </message>
    <message>
        <source>Could not prepare writing readings: %1</source>
        <translation>रीडिंग लिखने की तैयारी नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>Could not store the reading of %1: %2</source>
        <translation>%1 की रीडिंग सहेजी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>Could not store the readings: %1</source>
        <translation>रीडिंग सहेजी नहीं जा सकीं: %1</translation>
    </message>
    <message>
        <source>Could not read the readings: %1</source>
        <translation>रीडिंग पढ़ी नहीं जा सकीं: %1</translation>
    </message>
    <message>
        <source>Could not read the balances: %1</source>
        <translation>बैलेंस पढ़ा नहीं जा सका: %1</translation>
    </message>
</context>
<context>
    <name>RechargeCalculator</name>
    <message>
        <source>Crosses into the dearer slab %1 (%2 per kWh) after %3 kWh.</source>
        <translation>%3 kWh के बाद ज़्यादा महँगे स्लैब %1 (%2 प्रति kWh) में पहुँच जाएगा।</translation>
    </message>
    <message>
        <source>It goes on into slab %1 (%2 per kWh).</source>
        <translation>यह आगे स्लैब %1 (%2 प्रति kWh) तक जाएगा।</translation>
    </message>
    <message>
        <source>The amount must be above zero and at most a billion.</source>
        <translation>राशि शून्य से अधिक और अधिकतम एक अरब होनी चाहिए।</translation>
    </message>
    <message>
        <source>The energy must be above zero and at most 10 GWh.</source>
        <translation>ऊर्जा शून्य से अधिक और अधिकतम 10 GWh होनी चाहिए।</translation>
    </message>
    <message>
        <source>%1 has no tariff on %2.</source>
        <translation>%2 की तारीख पर %1 का कोई टैरिफ़ नहीं है।</translation>
    </message>
</context>
<context>
    <name>RechargeCommands</name>
    <message>
        <source>The meter.</source>
        <translation>मीटर।</translation>
    </message>
    <message>
        <source>The recharge (see recharges).</source>
        <translation>रिचार्ज (recharges देखें)।</translation>
    </message>
    <message>
        <source>List the recharges (detected, from the provider and typed in), each once.</source>
        <translation>रिचार्ज की सूची (पहचाने गए, प्रदाता से मिले और हाथ से दर्ज किए गए), हर एक केवल एक बार।</translation>
    </message>
    <message>
        <source>Record a recharge by hand (the token has 20 digits; spaces and dashes are fine).</source>
        <translation>हाथ से रिचार्ज दर्ज करें (टोकन 20 अंकों का होता है; स्पेस और डैश चल जाएँगे)।</translation>
    </message>
    <message>
        <source>The amount recharged.</source>
        <translation>रिचार्ज की गई राशि।</translation>
    </message>
    <message>
        <source>When (default: now).</source>
        <translation>कब (डिफ़ॉल्ट: अभी)।</translation>
    </message>
    <message>
        <source>The 20-digit prepaid token.</source>
        <translation>20 अंकों का प्रीपेड टोकन।</translation>
    </message>
    <message>
        <source>Correct the amount of a detected or typed-in recharge.</source>
        <translation>पहचाने गए या हाथ से दर्ज किए गए रिचार्ज की राशि ठीक करें।</translation>
    </message>
    <message>
        <source>The right amount.</source>
        <translation>सही राशि।</translation>
    </message>
    <message>
        <source>Delete a recharge (a detected one: that balance rise was no recharge).</source>
        <translation>रिचार्ज हटाएँ (पहचाना गया रिचार्ज हटाने का मतलब: बैलेंस में वह बढ़ोतरी रिचार्ज नहीं थी)।</translation>
    </message>
    <message>
        <source>List the grid and generator sessions with their duration, kWh, cost and average kW.</source>
        <translation>ग्रिड और जनरेटर सत्रों की सूची, उनकी अवधि, kWh, लागत और औसत kW के साथ।</translation>
    </message>
    <message>
        <source>recharge add needs --amount AMOUNT.
Usage: kilowatch-cli %1</source>
        <translation>recharge add के लिए --amount AMOUNT ज़रूरी है।
उपयोग: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>--amount needs an amount above zero such as 500, not &quot;%1&quot;.</source>
        <translation>--amount के लिए शून्य से बड़ी राशि चाहिए, जैसे 500, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--token needs exactly 20 digits (spaces and dashes are fine), not &quot;%1&quot;.</source>
        <translation>--token के लिए ठीक 20 अंक चाहिए (स्पेस और डैश चल जाएँगे), &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--time is in the future.</source>
        <translation>--time भविष्य का समय है।</translation>
    </message>
    <message>
        <source>recharge edit needs --id N and --amount AMOUNT.
Usage: kilowatch-cli %1</source>
        <translation>recharge edit के लिए --id N और --amount AMOUNT ज़रूरी हैं।
उपयोग: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>--id needs a recharge number, not &quot;%1&quot;.</source>
        <translation>--id के लिए रिचार्ज संख्या चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>recharge delete needs --id N.
Usage: kilowatch-cli %1</source>
        <translation>recharge delete के लिए --id N ज़रूरी है।
उपयोग: kilowatch-cli %1</translation>
    </message>
</context>
<context>
    <name>RechargeLedger</name>
    <message>
        <source>The recharge could not be read back.</source>
        <translation>रिचार्ज वापस पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>A recharge needs an amount above zero.</source>
        <translation>रिचार्ज के लिए शून्य से अधिक राशि चाहिए।</translation>
    </message>
    <message>
        <source>A token has exactly 20 digits (spaces and dashes allowed), not &quot;%1&quot;.</source>
        <translation>टोकन में ठीक 20 अंक होते हैं (स्पेस और डैश चल सकते हैं), &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>Meter &quot;%1&quot; has no recharge %2.</source>
        <translation>मीटर &quot;%1&quot; में रिचार्ज %2 नहीं है।</translation>
    </message>
    <message>
        <source>Recharge %1 comes from the provider&apos;s history, whose amount is kept; delete it if it is wrong.</source>
        <translation>रिचार्ज %1 प्रदाता के इतिहास से आया है, इसलिए उसकी राशि वैसी ही रखी जाती है; अगर वह गलत है तो उसे हटा दें।</translation>
    </message>
    <message>
        <source>Only typed-in and provider recharges can be added, not &quot;%1&quot;.</source>
        <translation>केवल हाथ से लिखे और प्रदाता के रिचार्ज जोड़े जा सकते हैं, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>The balance rise stays in the history as a correction of the balance, not a recharge.</source>
        <translation>बैलेंस की बढ़त इतिहास में रहेगी, रिचार्ज के रूप में नहीं, बल्कि बैलेंस के सुधार के रूप में।</translation>
    </message>
    <message>
        <source>The balance rise it explained is then listed as a detected recharge again.</source>
        <translation>इससे समझाई गई बैलेंस की बढ़त फिर से पहचाने गए रिचार्ज के रूप में सूची में आएगी।</translation>
    </message>
    <message>
        <source>It goes from the list and from the totals.</source>
        <translation>यह सूची से और कुल योग से हट जाएगा।</translation>
    </message>
    <message>
        <source>Fetching the provider&apos;s history again does not bring it back.</source>
        <translation>प्रदाता का इतिहास फिर से लाने पर भी यह वापस नहीं आएगा।</translation>
    </message>
    <message>
        <source>Delete this recharge?</source>
        <translation>यह रिचार्ज हटाएँ?</translation>
    </message>
</context>
<context>
    <name>RechargeRepository</name>
    <message>
        <source>Could not store a recharge: %1</source>
        <translation>रिचार्ज सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>A provider recharge without a reference cannot be stored.</source>
        <translation>बिना संदर्भ वाला प्रदाता रिचार्ज सहेजा नहीं जा सकता।</translation>
    </message>
</context>
<context>
    <name>RechargesPanel</name>
    <message>
        <source>Detected</source>
        <translation>पहचाना गया</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>प्रदाता</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>मैन्युअल</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>जोड़ें(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>सुधारें(&amp;C)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>हटाएँ(&amp;L)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>आरंभ तिथि</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <source>any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>न्यूनतम राशि</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>बाद का बैलेंस</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <source>Recharges</source>
        <translation>रिचार्ज</translation>
    </message>
    <message>
        <source>From</source>
        <translation>कब से</translation>
    </message>
    <message>
        <source>to</source>
        <translation>कब तक</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>कम से कम</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Add a recharge</source>
        <translation>रिचार्ज जोड़ें</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>समय(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>टोकन(&amp;O):</translation>
    </message>
    <message>
        <source>The recharge could not be added.</source>
        <translation>रिचार्ज जोड़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>Correct the recharge</source>
        <translation>रिचार्ज सुधारें</translation>
    </message>
    <message>
        <source>Delete the recharge</source>
        <translation>रिचार्ज हटाएँ</translation>
    </message>
    <message>
        <source>Estimated from the balance jump: %1</source>
        <translation>बैलेंस की छलांग से अनुमान: %1</translation>
    </message>
    <message>
        <source>Type the amount, e.g. %1.</source>
        <translation>राशि लिखें, जैसे %1।</translation>
    </message>
    <message>
        <source>%1 digits (optional)</source>
        <translation>%1 अंक (वैकल्पिक)</translation>
    </message>
    <message>
        <source>A token has exactly %1 digits (spaces and dashes are fine).</source>
        <translation>टोकन में ठीक %1 अंक होते हैं (स्पेस और डैश चल जाएँगे)।</translation>
    </message>
    <message>
        <source>No recharges match the filters.</source>
        <translation>फ़िल्टर से मेल खाता कोई रिचार्ज नहीं है।</translation>
    </message>
    <message>
        <source>Recharges listed: %1, together %2.</source>
        <translation>सूची में रिचार्ज: %1, कुल %2।</translation>
    </message>
    <message>
        <source>One every %1 on average.</source>
        <translation>औसतन हर %1 में एक।</translation>
    </message>
    <message>
        <source>Energy bought: %1 (as the provider reports it, for %2 of them).</source>
        <translation>खरीदी गई बिजली: %1 (प्रदाता के बताए अनुसार, इनमें से %2 के लिए)।</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No OS keychain is reachable (on Linux a Secret Service such as GNOME Keyring or KWallet must be running and unlocked). Kilowatch never stores credentials in plain text; it can keep them in memory for this session only.</source>
        <translation>कोई OS कीचेन उपलब्ध नहीं है (Linux पर GNOME Keyring या KWallet जैसी Secret Service चालू और अनलॉक होनी चाहिए)। Kilowatch क्रेडेंशियल कभी भी सादे टेक्स्ट में नहीं सहेजता; वह उन्हें केवल इस सत्र के लिए मेमोरी में रख सकता है।</translation>
    </message>
</context>
<context>
    <name>SessionTimeline</name>
    <message>
        <source>Power-source timeline</source>
        <translation>बिजली स्रोत की समयरेखा</translation>
    </message>
    <message>
        <source>One strip per day, the newest on top</source>
        <translation>हर दिन की एक पट्टी, सबसे नई ऊपर</translation>
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
        <translation>पिछला एक वर्ष</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>समय-सीमा</translation>
    </message>
    <message>
        <source>Generator only</source>
        <translation>केवल जनरेटर</translation>
    </message>
    <message>
        <source>Grid only</source>
        <translation>केवल ग्रिड</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>दोनों</translation>
    </message>
    <message>
        <source>Power source</source>
        <translation>बिजली स्रोत</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>शुरुआत</translation>
    </message>
    <message>
        <source>End</source>
        <translation>अंत</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>ऊर्जा</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>लागत</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>औसत</translation>
    </message>
    <message>
        <source>Power-source sessions</source>
        <translation>बिजली स्रोत के सत्र</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>जनरेटर</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>ग्रिड</translation>
    </message>
    <message>
        <source>still on</source>
        <translation>अभी चालू</translation>
    </message>
    <message>
        <source>Generator hours</source>
        <translation>जनरेटर के घंटे</translation>
    </message>
    <message>
        <source>Generator energy</source>
        <translation>जनरेटर की ऊर्जा</translation>
    </message>
    <message>
        <source>Generator cost</source>
        <translation>जनरेटर की लागत</translation>
    </message>
    <message>
        <source>Generator starts</source>
        <translation>जनरेटर कितनी बार चला</translation>
    </message>
    <message>
        <source>Longest generator run</source>
        <translation>जनरेटर का सबसे लंबा चलना</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>पिछले %1 दिन</translation>
    </message>
    <message>
        <source>Generator in this period</source>
        <translation>इस अवधि में जनरेटर</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>घंटे:</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>ऊर्जा:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>लागत:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>कितनी बार चला:</translation>
    </message>
    <message>
        <source>Longest run:</source>
        <translation>सबसे लंबा चलना:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
</context>
<context>
    <name>SettingDefinition</name>
    <message>
        <source>Colour theme: follow the system, or always light or dark.</source>
        <translation>रंग थीम: सिस्टम के अनुसार, या हमेशा लाइट या डार्क।</translation>
    </message>
    <message>
        <source>Language of the window: &quot;system&quot; or a code such as en, bn or hi. Takes effect at the next start.</source>
        <translation>विंडो की भाषा: &quot;system&quot; या en, bn या hi जैसा कोड। अगली बार शुरू करने पर लागू होती है।</translation>
    </message>
    <message>
        <source>Unit in which energy is shown.</source>
        <translation>वह इकाई जिसमें ऊर्जा दिखाई जाती है।</translation>
    </message>
    <message>
        <source>Start in the system tray without opening the window.</source>
        <translation>विंडो खोले बिना सिस्टम ट्रे में शुरू करें।</translation>
    </message>
    <message>
        <source>Closing the window keeps Kilowatch running in the tray (when there is a tray).</source>
        <translation>विंडो बंद करने पर Kilowatch ट्रे में चलता रहता है (जब ट्रे उपलब्ध हो)।</translation>
    </message>
    <message>
        <source>Start Kilowatch when you log in.</source>
        <translation>लॉग इन करने पर Kilowatch शुरू करें।</translation>
    </message>
    <message>
        <source>Default polling interval in seconds for new live meters (such as ELNET).</source>
        <translation>नए लाइव मीटरों (जैसे ELNET) के लिए डिफ़ॉल्ट पोलिंग अंतराल, सेकंड में।</translation>
    </message>
    <message>
        <source>Default polling interval in seconds for new meters whose provider updates hourly (such as DESCO and DPDC).</source>
        <translation>उन नए मीटरों के लिए डिफ़ॉल्ट पोलिंग अंतराल, सेकंड में, जिनका प्रदाता हर घंटे अपडेट करता है (जैसे DESCO और DPDC)।</translation>
    </message>
    <message>
        <source>Low-balance alerts compare the balance in money, or the days left in the forecast.</source>
        <translation>कम बैलेंस के अलर्ट पैसे में बैलेंस की तुलना करते हैं, या पूर्वानुमान में बचे दिनों की।</translation>
    </message>
    <message>
        <source>Critical alert when the balance falls below this amount; must be below the warning amount.</source>
        <translation>बैलेंस इस राशि से नीचे जाने पर गंभीर अलर्ट; यह चेतावनी वाली राशि से कम होनी चाहिए।</translation>
    </message>
    <message>
        <source>A low-balance alert fires again only after the balance rose this much above its threshold.</source>
        <translation>कम बैलेंस का अलर्ट दोबारा तभी आता है जब बैलेंस अपनी सीमा से इतना ऊपर जा चुका हो।</translation>
    </message>
    <message>
        <source>Critical alert when the balance runs out within this many days; must be below the warning days.</source>
        <translation>गंभीर अलर्ट जब बैलेंस इतने दिनों के भीतर खत्म होने वाला हो; यह चेतावनी वाले दिनों से कम होना चाहिए।</translation>
    </message>
    <message>
        <source>A days-left alert fires again only after the forecast rose this many days above its threshold.</source>
        <translation>बचे दिनों का अलर्ट दोबारा तभी आता है जब पूर्वानुमान अपनी सीमा से इतने दिन ऊपर जा चुका हो।</translation>
    </message>
    <message>
        <source>Send a daily summary of each meter.</source>
        <translation>हर मीटर का दैनिक सारांश भेजें।</translation>
    </message>
    <message>
        <source>Local time (HH:mm, in each meter&apos;s time zone) of the daily summary.</source>
        <translation>दैनिक सारांश का स्थानीय समय (HH:mm, हर मीटर के अपने समय क्षेत्र में)।</translation>
    </message>
    <message>
        <source>During quiet hours only critical alerts are shown.</source>
        <translation>शांत समय के दौरान केवल गंभीर अलर्ट दिखाए जाते हैं।</translation>
    </message>
    <message>
        <source>Start of quiet hours (HH:mm); may be later than the end, crossing midnight.</source>
        <translation>शांत समय की शुरुआत (HH:mm); यह अंत से बाद में हो सकती है, यानी आधी रात के पार।</translation>
    </message>
    <message>
        <source>End of quiet hours (HH:mm).</source>
        <translation>शांत समय का अंत (HH:mm)।</translation>
    </message>
    <message>
        <source>Report provider trouble when a live meter has had no fresh reading for this many minutes.</source>
        <translation>जब किसी लाइव मीटर की इतने मिनट तक कोई नई रीडिंग न आए, तो प्रदाता की समस्या बताएँ।</translation>
    </message>
    <message>
        <source>Report provider trouble when an hourly meter has had no fresh reading for this many minutes.</source>
        <translation>जब किसी घंटेवार मीटर की इतने मिनट तक कोई नई रीडिंग न आए, तो प्रदाता की समस्या बताएँ।</translation>
    </message>
    <message>
        <source>Alert when a day&apos;s use exceeds this many kWh; empty for no alert.</source>
        <translation>किसी दिन की खपत इतने kWh से अधिक होने पर अलर्ट; अलर्ट न चाहिए तो खाली छोड़ें।</translation>
    </message>
    <message>
        <source>Alert when a day&apos;s spend exceeds this amount (in each meter&apos;s currency); empty for no alert.</source>
        <translation>किसी दिन का खर्च इस राशि से अधिक होने पर अलर्ट (हर मीटर की अपनी मुद्रा में); अलर्ट न चाहिए तो खाली छोड़ें।</translation>
    </message>
    <message>
        <source>Also send alerts to Telegram. The bot token is kept in the OS keychain, never in this file.</source>
        <translation>अलर्ट Telegram पर भी भेजें। बॉट टोकन OS कीचेन में रखा जाता है, इस फ़ाइल में कभी नहीं।</translation>
    </message>
    <message>
        <source>Telegram chat that receives the alerts: a number such as -1001234567890, or @channelname.</source>
        <translation>वह Telegram चैट जिसे अलर्ट मिलते हैं: -1001234567890 जैसी संख्या, या @channelname।</translation>
    </message>
    <message>
        <source>Address of the Telegram Bot API server (https).</source>
        <translation>Telegram Bot API सर्वर का पता (https)।</translation>
    </message>
    <message>
        <source>Window position and size (base64, written by Kilowatch).</source>
        <translation>विंडो की स्थिति और आकार (base64, Kilowatch द्वारा लिखा गया)।</translation>
    </message>
    <message>
        <source>Window toolbars and docks (base64, written by Kilowatch).</source>
        <translation>विंडो के टूलबार और डॉक (base64, Kilowatch द्वारा लिखा गया)।</translation>
    </message>
    <message>
        <source>The meter shown last (0: none).</source>
        <translation>आखिरी बार दिखाया गया मीटर (0: कोई नहीं)।</translation>
    </message>
    <message>
        <source>Hours shown by the usage chart.</source>
        <translation>खपत चार्ट में दिखाए जाने वाले घंटे।</translation>
    </message>
    <message>
        <source>Minutes per bar of the usage chart.</source>
        <translation>खपत चार्ट में प्रति बार मिनट।</translation>
    </message>
    <message>
        <source>The usage chart shows energy or money.</source>
        <translation>खपत चार्ट ऊर्जा या पैसा दिखाता है।</translation>
    </message>
    <message>
        <source>The usage chart draws stacked bars or lines.</source>
        <translation>खपत चार्ट स्टैक्ड बार या रेखाएँ बनाता है।</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 से %2</translation>
    </message>
    <message>
        <source>empty, or %1 to %2</source>
        <translation>खाली, या %1 से %2</translation>
    </message>
    <message>
        <source>system, or a language code such as en, bn, hi</source>
        <translation>system, या en, bn, hi जैसा भाषा कोड</translation>
    </message>
    <message>
        <source>HH:mm, 00:00 to 23:59</source>
        <translation>HH:mm, 00:00 से 23:59</translation>
    </message>
    <message>
        <source>empty, a number, or @channelname</source>
        <translation>खाली, एक संख्या, या @channelname</translation>
    </message>
    <message>
        <source>an https address</source>
        <translation>एक https पता</translation>
    </message>
    <message>
        <source>base64</source>
        <translation>base64</translation>
    </message>
    <message numerus="yes">
        <source>the value is %n characters long, far longer than any valid one</source>
        <translation>
            <numerusform>मान %Ln अक्षर लंबा है, किसी भी मान्य मान से कहीं ज़्यादा लंबा</numerusform>
            <numerusform>मान %Ln अक्षर लंबा है, किसी भी मान्य मान से कहीं ज़्यादा लंबा</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is outside %2</source>
        <translation>%1, %2 की सीमा से बाहर है</translation>
    </message>
    <message>
        <source>%1 is outside %2; %3 is used</source>
        <translation>%1, %2 की सीमा से बाहर है; %3 का उपयोग किया गया है</translation>
    </message>
    <message>
        <source>%1 is neither true nor false</source>
        <translation>%1 न true है, न false</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <source>%1 is not a number such as 500 or 12.5 (a dot, at most three decimals)</source>
        <translation>%1, 500 या 12.5 जैसी संख्या नहीं है (दशमलव के लिए बिंदु, अधिकतम तीन दशमलव स्थान)</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 इनमें से कोई नहीं है: %2</translation>
    </message>
    <message>
        <source>%1 is not &quot;system&quot; or a language code such as bn or pt_BR</source>
        <translation>%1 न &quot;system&quot; है, न bn या pt_BR जैसा भाषा कोड</translation>
    </message>
    <message>
        <source>%1 is not a time of day such as 23:59</source>
        <translation>%1, 23:59 जैसा दिन का समय नहीं है</translation>
    </message>
    <message>
        <source>this looks like a bot token, which belongs in the keychain, not here</source>
        <translation>यह बॉट टोकन जैसा दिखता है, जिसकी जगह कीचेन में है, यहाँ नहीं</translation>
    </message>
    <message>
        <source>%1 is not a Telegram chat id (a number such as -1001234567890, or @channelname)</source>
        <translation>%1 Telegram चैट आईडी नहीं है (-1001234567890 जैसी संख्या, या @channelname)</translation>
    </message>
    <message>
        <source>the address contains what looks like a bot token, which belongs in the keychain, not in the address</source>
        <translation>पते में बॉट टोकन जैसा कुछ है, जिसकी जगह कीचेन में है, पते में नहीं</translation>
    </message>
    <message>
        <source>%1 is not a web address such as https://api.telegram.org</source>
        <translation>%1, https://api.telegram.org जैसा वेब पता नहीं है</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password</source>
        <translation>पते में उपयोगकर्ता नाम या पासवर्ड नहीं होना चाहिए</translation>
    </message>
    <message>
        <source>the address must not contain &quot;?&quot; or &quot;#&quot; parts</source>
        <translation>पते में &quot;?&quot; या &quot;#&quot; वाले हिस्से नहीं होने चाहिए</translation>
    </message>
    <message>
        <source>the address must start with https:// (plain http only to this computer)</source>
        <translation>पता https:// से शुरू होना चाहिए (सादा http केवल इसी कंप्यूटर के लिए)</translation>
    </message>
    <message>
        <source>the value is longer than window state ever is</source>
        <translation>मान विंडो की स्थिति के किसी भी मान से ज़्यादा लंबा है</translation>
    </message>
    <message>
        <source>the value is not base64</source>
        <translation>मान base64 नहीं है</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>अज्ञात प्रकार</translation>
    </message>
    <message>
        <source>a value of type %1 does not fit</source>
        <translation>%1 प्रकार का मान यहाँ फिट नहीं होता</translation>
    </message>
    <message>
        <source>Warn when the balance falls below this amount (in each meter&apos;s currency); a meter&apos;s own low-balance amount replaces it.</source>
        <translation>बैलेंस इस राशि से नीचे जाने पर चेतावनी दें (हर मीटर की अपनी मुद्रा में); किसी मीटर की अपनी कम-बैलेंस राशि हो तो वही इसकी जगह लेती है।</translation>
    </message>
    <message>
        <source>Warn when the forecast says the balance runs out within this many days; a meter&apos;s own low-balance amount replaces it.</source>
        <translation>चेतावनी दें जब पूर्वानुमान के अनुसार बैलेंस इतने दिनों के भीतर खत्म होने वाला हो; किसी मीटर की अपनी कम-बैलेंस राशि हो तो वही इसकी जगह लेती है।</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>कोई कीचेन नहीं</translation>
    </message>
    <message>
        <source>Keep the bot token for this session only?</source>
        <translation>बॉट टोकन केवल इस सत्र के लिए रखें?</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>सामान्य(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>अलर्ट(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Polling</source>
        <translation>पोलिंग(&amp;P)</translation>
    </message>
    <message>
        <source>Tele&amp;gram</source>
        <translation>Telegram(&amp;G)</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>सेटिंग्स पेज</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>डायलॉग बटन</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>लाइट</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>डार्क</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>थीम(&amp;T):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>A new language takes effect when Kilowatch starts next.</source>
        <translation>नई भाषा Kilowatch के अगली बार शुरू होने पर लागू होगी।</translation>
    </message>
    <message>
        <source>Energy unit</source>
        <translation>ऊर्जा की इकाई</translation>
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
        <translation>ऊर्जा की इकाई(&amp;E):</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>ट्रे में छोटा करके शुरू करें</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>ट्रे में छोटा करके शुरू करें(&amp;M)</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>विंडो बंद होने पर ट्रे में चलता रहे</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>विंडो बंद होने पर ट्रे में चलता रहे(&amp;K)</translation>
    </message>
    <message>
        <source>Start Kilowatch when I log in</source>
        <translation>लॉग इन करने पर Kilowatch शुरू करें</translation>
    </message>
    <message>
        <source>Start Kilowatch when I l&amp;og in</source>
        <translation>लॉग इन करने पर Kilowatch शुरू करें(&amp;O)</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>कम बैलेंस</translation>
    </message>
    <message>
        <source>Low balance alerts compare</source>
        <translation>कम बैलेंस अलर्ट में तुलना</translation>
    </message>
    <message>
        <source>the balance with an amount</source>
        <translation>बैलेंस की तुलना किसी राशि से</translation>
    </message>
    <message>
        <source>the days left in the forecast</source>
        <translation>पूर्वानुमान में बचे दिनों की तुलना</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>तुलना(&amp;C):</translation>
    </message>
    <message>
        <source>Warning below this balance</source>
        <translation>इस बैलेंस से नीचे चेतावनी</translation>
    </message>
    <message>
        <source>&amp;Warning below:</source>
        <translation>इससे नीचे चेतावनी(&amp;W):</translation>
    </message>
    <message>
        <source>Critical below this balance</source>
        <translation>इस बैलेंस से नीचे गंभीर</translation>
    </message>
    <message>
        <source>C&amp;ritical below:</source>
        <translation>इससे नीचे गंभीर(&amp;R):</translation>
    </message>
    <message>
        <source>Alert again after the balance rose by this much</source>
        <translation>बैलेंस इतना बढ़ने के बाद फिर से अलर्ट</translation>
    </message>
    <message>
        <source>Again after rising &amp;by:</source>
        <translation>इतना बढ़ने के बाद फिर से(&amp;B):</translation>
    </message>
    <message>
        <source>Warning when this many days are left</source>
        <translation>इतने दिन बचे होने पर चेतावनी</translation>
    </message>
    <message>
        <source>Warning at &amp;days left:</source>
        <translation>इतने दिन बचे होने पर चेतावनी(&amp;D):</translation>
    </message>
    <message>
        <source>Critical when this many days are left</source>
        <translation>इतने दिन बचे होने पर गंभीर</translation>
    </message>
    <message>
        <source>Critical at days &amp;left:</source>
        <translation>इतने दिन बचे होने पर गंभीर(&amp;L):</translation>
    </message>
    <message>
        <source>Alert again after the forecast rose by this many days</source>
        <translation>पूर्वानुमान इतने दिन बढ़ने के बाद फिर से अलर्ट</translation>
    </message>
    <message>
        <source>Again after rising b&amp;y:</source>
        <translation>इतना बढ़ने के बाद फिर से(&amp;Y):</translation>
    </message>
    <message>
        <source>Amounts are in each meter&apos;s own currency. A meter&apos;s own low-balance amount, set in its meter dialog, comes first.</source>
        <translation>राशियाँ हर मीटर की अपनी मुद्रा में हैं। मीटर डायलॉग में सेट की गई किसी मीटर की अपनी कम बैलेंस राशि को प्राथमिकता मिलती है।</translation>
    </message>
    <message>
        <source>Provider trouble</source>
        <translation>प्रदाता की समस्या</translation>
    </message>
    <message>
        <source>Report a live meter without fresh readings after this many minutes</source>
        <translation>इतने मिनट तक नई रीडिंग न आने पर लाइव मीटर की सूचना दें</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Li&amp;ve meters after:</source>
        <translation>लाइव मीटर, इतने समय बाद(&amp;V):</translation>
    </message>
    <message>
        <source>Report an hourly meter without fresh readings after this many minutes</source>
        <translation>इतने मिनट तक नई रीडिंग न आने पर घंटेवार मीटर की सूचना दें</translation>
    </message>
    <message>
        <source>&amp;Hourly meters after:</source>
        <translation>घंटेवार मीटर, इतने समय बाद(&amp;H):</translation>
    </message>
    <message>
        <source>Daily summary</source>
        <translation>दैनिक सारांश</translation>
    </message>
    <message>
        <source>Send a daily summary</source>
        <translation>दैनिक सारांश भेजें</translation>
    </message>
    <message>
        <source>Send a daily &amp;summary</source>
        <translation>दैनिक सारांश भेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Daily summary time</source>
        <translation>दैनिक सारांश का समय</translation>
    </message>
    <message>
        <source>A&amp;t (meter&apos;s local time):</source>
        <translation>समय (मीटर का स्थानीय समय)(&amp;T):</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>शांत समय</translation>
    </message>
    <message>
        <source>Quiet hours: only critical alerts</source>
        <translation>शांत समय: केवल गंभीर अलर्ट</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: only critical alerts</source>
        <translation>शांत समय: केवल गंभीर अलर्ट(&amp;Q)</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>शांत समय की शुरुआत</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>कब से(&amp;F):</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>शांत समय का अंत</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>कब तक(&amp;N):</translation>
    </message>
    <message>
        <source>Daily use</source>
        <translation>दैनिक खपत</translation>
    </message>
    <message>
        <source>Daily energy alert threshold in kWh</source>
        <translation>दैनिक ऊर्जा अलर्ट की सीमा, kWh में</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
    <message>
        <source>A day&apos;s &amp;energy above:</source>
        <translation>एक दिन की ऊर्जा इससे अधिक(&amp;E):</translation>
    </message>
    <message>
        <source>Daily spend alert threshold</source>
        <translation>दैनिक खर्च अलर्ट की सीमा</translation>
    </message>
    <message>
        <source>A day&apos;s s&amp;pend above:</source>
        <translation>एक दिन का खर्च इससे अधिक(&amp;P):</translation>
    </message>
    <message>
        <source>Polling interval for new live meters, in seconds</source>
        <translation>नए लाइव मीटरों के लिए पोलिंग अंतराल, सेकंड में</translation>
    </message>
    <message>
        <source> s</source>
        <translation> सेकंड</translation>
    </message>
    <message>
        <source>&amp;Live meters (such as ELNET):</source>
        <translation>लाइव मीटर (जैसे ELNET)(&amp;L):</translation>
    </message>
    <message>
        <source>Polling interval for new hourly meters, in seconds</source>
        <translation>नए घंटेवार मीटरों के लिए पोलिंग अंतराल, सेकंड में</translation>
    </message>
    <message>
        <source>&amp;Hourly providers (such as DESCO, DPDC):</source>
        <translation>घंटेवार प्रदाता (जैसे DESCO, DPDC)(&amp;H):</translation>
    </message>
    <message>
        <source>These are the intervals new meters start with. Each meter keeps its own interval, which its meter dialog changes.</source>
        <translation>ये वे अंतराल हैं जिनसे नए मीटर शुरू होते हैं। हर मीटर अपना अलग अंतराल रखता है, जिसे उसके मीटर डायलॉग में बदला जा सकता है।</translation>
    </message>
    <message>
        <source>Also send alerts to Telegram</source>
        <translation>अलर्ट Telegram पर भी भेजें</translation>
    </message>
    <message>
        <source>Also send alerts to &amp;Telegram</source>
        <translation>अलर्ट Telegram पर भी भेजें(&amp;T)</translation>
    </message>
    <message>
        <source>Telegram chat id</source>
        <translation>Telegram चैट आईडी</translation>
    </message>
    <message>
        <source>-1001234567890 or @channelname</source>
        <translation>-1001234567890 या @channelname</translation>
    </message>
    <message>
        <source>&amp;Chat id:</source>
        <translation>चैट आईडी(&amp;C):</translation>
    </message>
    <message>
        <source>Telegram Bot API server</source>
        <translation>Telegram Bot API सर्वर</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>सर्वर(&amp;S):</translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation>Telegram बॉट टोकन</translation>
    </message>
    <message>
        <source>The token from @BotFather. It is kept in the OS keychain, never in the settings file.</source>
        <translation>@BotFather से मिला टोकन। यह OS कीचेन में रखा जाता है, सेटिंग्स फ़ाइल में कभी नहीं।</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>कीचेन की जाँच हो रही है…</translation>
    </message>
    <message>
        <source>Bot t&amp;oken:</source>
        <translation>बॉट टोकन(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Forget the stored token</source>
        <translation>सहेजा गया टोकन भूल जाएँ(&amp;F)</translation>
    </message>
    <message>
        <source>Forget the stored bot token</source>
        <translation>सहेजा गया बॉट टोकन भूल जाएँ</translation>
    </message>
    <message>
        <source>The bot token is kept in the OS keychain, never in the settings file. Leave the field empty to keep the stored one.</source>
        <translation>बॉट टोकन OS कीचेन में रखा जाता है, सेटिंग्स फ़ाइल में कभी नहीं। सहेजा गया टोकन रखने के लिए फ़ील्ड खाली छोड़ दें।</translation>
    </message>
    <message>
        <source>Removed from the keychain when you apply</source>
        <translation>लागू करने पर कीचेन से हटा दिया जाएगा</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2।</translation>
    </message>
    <message>
        <source>The critical balance (%1) must be below the warning balance (%2).</source>
        <translation>गंभीर बैलेंस (%1) चेतावनी बैलेंस (%2) से कम होना चाहिए।</translation>
    </message>
    <message>
        <source>The critical days left (%1) must be fewer than the warning days left (%2).</source>
        <translation>गंभीर स्तर के बचे दिन (%1) चेतावनी वाले बचे दिनों (%2) से कम होने चाहिए।</translation>
    </message>
    <message>
        <source>Quiet hours need an end time different from their start time.</source>
        <translation>शांत समय का अंत उसकी शुरुआत से अलग होना चाहिए।</translation>
    </message>
    <message>
        <source>A bot token looks like 123456789:AAH… (the bot&apos;s number, a colon, then at least 20 letters, digits, - or _). Copy it again from @BotFather.</source>
        <translation>बॉट टोकन 123456789:AAH… जैसा दिखता है (बॉट का नंबर, एक कोलन, फिर कम से कम 20 अक्षर, अंक, - या _)। इसे @BotFather से फिर से कॉपी करें।</translation>
    </message>
    <message>
        <source>To send alerts to Telegram, enter the chat id that should receive them.</source>
        <translation>Telegram पर अलर्ट भेजने के लिए वह चैट आईडी दर्ज करें जिसे अलर्ट मिलने चाहिए।</translation>
    </message>
    <message>
        <source>To send alerts to Telegram, enter the bot token from @BotFather.</source>
        <translation>Telegram पर अलर्ट भेजने के लिए @BotFather से मिला बॉट टोकन दर्ज करें।</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation>कीचेन में सहेजा गया; बदलने के लिए टाइप करें</translation>
    </message>
    <message>
        <source>No keychain is reachable</source>
        <translation>कोई कीचेन उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>From @BotFather; kept in the OS keychain</source>
        <translation>@BotFather से; OS कीचेन में रखा जाता है</translation>
    </message>
    <message>
        <source>The bot token has nowhere safe to go, so nothing was saved.</source>
        <translation>बॉट टोकन रखने के लिए कोई सुरक्षित जगह नहीं है, इसलिए कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>The bot token could not be stored: %1</source>
        <translation>बॉट टोकन सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The bot token could not be removed: %1</source>
        <translation>बॉट टोकन हटाया नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Settings saved. The new language takes effect when Kilowatch starts next.</source>
        <translation>सेटिंग्स सहेजी गईं। नई भाषा Kilowatch के अगली बार शुरू होने पर लागू होगी।</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>सेटिंग्स सहेजी गईं।</translation>
    </message>
    <message>
        <source>The defaults are filled in; OK or Apply keeps them. The bot token is left as it is.</source>
        <translation>डिफ़ॉल्ट मान भर दिए गए हैं; “ठीक है” या “लागू करें” दबाने पर ये रखे जाएँगे। बॉट टोकन जैसा है वैसा ही रहेगा।</translation>
    </message>
    <message>
        <source>Send a test &amp;notification</source>
        <translation>परीक्षण सूचना भेजें(&amp;N)</translation>
    </message>
    <message>
        <source>Send a test &amp;message</source>
        <translation>परीक्षण संदेश भेजें(&amp;M)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Sent: it should show on your desktop now.</source>
        <translation>भेज दिया: यह अभी आपके डेस्कटॉप पर दिखना चाहिए।</translation>
    </message>
    <message>
        <source>Not shown: %1</source>
        <translation>नहीं दिखा: %1</translation>
    </message>
    <message>
        <source>Give the chat id first.</source>
        <translation>पहले चैट आईडी दें।</translation>
    </message>
    <message>
        <source>Sent: look for it in the Telegram chat.</source>
        <translation>भेज दिया: इसे Telegram चैट में देखें।</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>नहीं भेजा गया: %1</translation>
    </message>
</context>
<context>
    <name>SimulatorBackfill</name>
    <message>
        <source>Only simulator meters can be filled with simulated history; &quot;%1&quot; uses the %2 provider.</source>
        <translation>सिम्युलेटेड इतिहास केवल सिम्युलेटर मीटरों में भरा जा सकता है; &quot;%1&quot; %2 प्रदाता का उपयोग करता है।</translation>
    </message>
    <message>
        <source>The number of days must be between 1 and 3660.</source>
        <translation>दिनों की संख्या 1 से 3660 के बीच होनी चाहिए।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has readings from seed %2; a different seed needs a new meter.</source>
        <translation>&quot;%1&quot; में पहले से सीड %2 की रीडिंग हैं; अलग सीड के लिए नया मीटर चाहिए।</translation>
    </message>
    <message>
        <source>Stopped before the history was stored; nothing of it was kept.</source>
        <translation>इतिहास सहेजे जाने से पहले रोक दिया गया; उसका कुछ भी नहीं रखा गया।</translation>
    </message>
</context>
<context>
    <name>SimulatorProvider</name>
    <message>
        <source>The simulated server is having an outage.</source>
        <translation>सिम्युलेटेड सर्वर में आउटेज चल रहा है।</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Cannot check whether Kilowatch is already running (lock file %1).</source>
        <translation>यह जाँचा नहीं जा सका कि Kilowatch पहले से चल रहा है या नहीं (लॉक फ़ाइल %1)।</translation>
    </message>
    <message>
        <source>Kilowatch is already running with this database but does not answer. Close it (or end its process) and start Kilowatch again.</source>
        <translation>Kilowatch इसी डेटाबेस के साथ पहले से चल रहा है, लेकिन जवाब नहीं दे रहा। उसे बंद करें (या उसकी प्रोसेस समाप्त करें) और Kilowatch फिर से शुरू करें।</translation>
    </message>
</context>
<context>
    <name>StatusCard</name>
    <message>
        <source>Meter status</source>
        <translation>मीटर की स्थिति</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>बैलेंस</translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>डेटा की ताज़गी</translation>
    </message>
    <message>
        <source>Today: %1 · %2</source>
        <translation>आज: %1 · %2</translation>
    </message>
    <message>
        <source>Load: %1</source>
        <translation>लोड: %1</translation>
    </message>
    <message>
        <source>Load: unknown</source>
        <translation>लोड: अज्ञात</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>अभी तक कोई रीडिंग नहीं</translation>
    </message>
    <message>
        <source>Last reading %1 · %2</source>
        <translation>पिछली रीडिंग %1 · %2</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>पूर्वानुमान</translation>
    </message>
    <message numerus="yes">
        <source>Forecast after %n more day(s) of data.</source>
        <translation>
            <numerusform>%Ln और दिन का डेटा मिलने पर पूर्वानुमान दिखेगा।</numerusform>
            <numerusform>%Ln और दिनों का डेटा मिलने पर पूर्वानुमान दिखेगा।</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is being spent: no date to forecast.</source>
        <translation>कोई खर्च नहीं हो रहा: पूर्वानुमान के लिए कोई तारीख नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>Runs out on %1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 को खत्म हो जाएगा (%Ln दिन में)</numerusform>
            <numerusform>%1 को खत्म हो जाएगा (%Ln दिनों में)</numerusform>
        </translation>
    </message>
    <message>
        <source>· between %1 and %2</source>
        <translation>· %1 और %2 के बीच</translation>
    </message>
    <message>
        <source>(rough)</source>
        <translation>(मोटा अनुमान)</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>बचे दिन</translation>
    </message>
    <message>
        <source>Balance level</source>
        <translation>बैलेंस का स्तर</translation>
    </message>
    <message>
        <source>less than a day left</source>
        <translation>एक दिन से कम बचा</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%Ln दिन बचा</numerusform>
            <numerusform>%Ln दिन बचे</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full: nothing new could be saved in %1. Free some space and try again; what was stored before is kept.</source>
        <translation>डिस्क भर गई है: %1 में कुछ भी नया सहेजा नहीं जा सका। कुछ जगह खाली करें और फिर से कोशिश करें; पहले से सहेजा गया डेटा सुरक्षित रहेगा।</translation>
    </message>
    <message>
        <source>The disk refused to write %1 (it is full, over a size limit or failing): nothing new was saved. Free some space or check the disk and try again; what was stored before is kept.</source>
        <translation>डिस्क ने %1 में लिखने से मना कर दिया (डिस्क भरी है, आकार की सीमा पार हो गई है या डिस्क खराब हो रही है): कुछ भी नया सहेजा नहीं गया। कुछ जगह खाली करें या डिस्क जाँचें और फिर से कोशिश करें; पहले से सहेजा गया डेटा सुरक्षित रहेगा।</translation>
    </message>
    <message>
        <source>The database %1 is read-only: nothing new could be saved. Give your user write permission on the file (and its -wal and -shm files) and its folder, then try again.</source>
        <translation>डेटाबेस %1 केवल पढ़ने के लिए (read-only) है: कुछ भी नया सहेजा नहीं जा सका। अपने यूज़र को इस फ़ाइल (और इसकी -wal और -shm फ़ाइलों) और इसके फ़ोल्डर पर लिखने की अनुमति दें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program: nothing new could be saved. Close the other program (or wait until it is done) and try again.</source>
        <translation>डेटाबेस %1 को किसी दूसरे प्रोग्राम ने लॉक कर रखा है: कुछ भी नया सहेजा नहीं जा सका। दूसरा प्रोग्राम बंद करें (या उसके काम पूरा होने तक इंतज़ार करें) और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>%1 is not a Kilowatch database or is damaged: Kilowatch left it as it is. Restore it from a backup, or move it away to start a new one.</source>
        <translation>%1 Kilowatch डेटाबेस नहीं है या खराब हो गया है: Kilowatch ने इसे जैसा था वैसा ही छोड़ दिया है। इसे बैकअप से वापस लाएँ, या नया डेटाबेस शुरू करने के लिए इसे कहीं और हटा दें।</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: check that its folder exists and that your user may read and write there.</source>
        <translation>डेटाबेस %1 खोला नहीं जा सकता: जाँचें कि इसका फ़ोल्डर मौजूद है और आपका यूज़र वहाँ पढ़ और लिख सकता है।</translation>
    </message>
    <message>
        <source>The disk is full: new readings are not being saved. Free some space; Kilowatch keeps trying and keeps what it stored before.</source>
        <translation>डिस्क भर गई है: नई रीडिंग सहेजी नहीं जा रही हैं। कुछ जगह खाली करें; Kilowatch कोशिश करता रहेगा और पहले से सहेजा गया डेटा सुरक्षित रखेगा।</translation>
    </message>
    <message>
        <source>The disk refuses writes (full, over a size limit or failing): new readings are not being saved. Kilowatch keeps trying.</source>
        <translation>डिस्क लिखने से मना कर रही है (डिस्क भरी है, आकार की सीमा पार हो गई है या डिस्क खराब हो रही है): नई रीडिंग सहेजी नहीं जा रही हैं। Kilowatch कोशिश करता रहेगा।</translation>
    </message>
    <message>
        <source>The database is read-only: new readings are not being saved. Give your user write permission on it; Kilowatch keeps trying.</source>
        <translation>डेटाबेस केवल पढ़ने के लिए (read-only) है: नई रीडिंग सहेजी नहीं जा रही हैं। अपने यूज़र को इस पर लिखने की अनुमति दें; Kilowatch कोशिश करता रहेगा।</translation>
    </message>
    <message>
        <source>Another program is holding the database: new readings are not being saved until it lets go. Kilowatch keeps trying.</source>
        <translation>कोई दूसरा प्रोग्राम डेटाबेस को पकड़े हुए है: जब तक वह इसे छोड़ नहीं देता, नई रीडिंग सहेजी नहीं जाएँगी। Kilowatch कोशिश करता रहेगा।</translation>
    </message>
    <message>
        <source>The database is damaged: new readings are not being saved. Quit Kilowatch and restore the database from a backup.</source>
        <translation>डेटाबेस खराब हो गया है: नई रीडिंग सहेजी नहीं जा रही हैं। Kilowatch बंद करें और डेटाबेस को बैकअप से वापस लाएँ।</translation>
    </message>
    <message>
        <source>The database cannot be opened: new readings are not being saved. Check its folder and permissions; Kilowatch keeps trying.</source>
        <translation>डेटाबेस खोला नहीं जा सकता: नई रीडिंग सहेजी नहीं जा रही हैं। इसका फ़ोल्डर और अनुमतियाँ जाँचें; Kilowatch कोशिश करता रहेगा।</translation>
    </message>
</context>
<context>
    <name>SummaryQuery</name>
    <message>
        <source>The end date must not be before the start.</source>
        <translation>अंतिम तिथि शुरुआत से पहले नहीं हो सकती।</translation>
    </message>
</context>
<context>
    <name>SupplyLook</name>
    <message>
        <source>Grid</source>
        <translation>ग्रिड</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>जनरेटर</translation>
    </message>
    <message>
        <source>No supply (outage)</source>
        <translation>आपूर्ति नहीं (बिजली कटौती)</translation>
    </message>
    <message>
        <source>No readings</source>
        <translation>कोई रीडिंग नहीं</translation>
    </message>
    <message>
        <source>Source not known</source>
        <translation>स्रोत ज्ञात नहीं</translation>
    </message>
    <message>
        <source>No supply: outage</source>
        <translation>आपूर्ति नहीं: बिजली कटौती</translation>
    </message>
    <message>
        <source>No supply: meter off</source>
        <translation>आपूर्ति नहीं: मीटर बंद</translation>
    </message>
    <message>
        <source>Power source unknown</source>
        <translation>बिजली का स्रोत अज्ञात</translation>
    </message>
</context>
<context>
    <name>Tariff</name>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 का मान एक संख्या होना चाहिए।</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 का मान ऋणात्मक नहीं हो सकता।</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 बहुत बड़ा है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of %2 (allowed: %3).</source>
        <translation>&quot;%1&quot; %2 का हिस्सा नहीं है (अनुमत: %3)।</translation>
    </message>
    <message>
        <source>a tariff</source>
        <translation>टैरिफ़</translation>
    </message>
    <message>
        <source>A tariff needs either a flat rate or slabs, not both.</source>
        <translation>टैरिफ़ में या तो फ़्लैट दर हो या स्लैब, दोनों नहीं।</translation>
    </message>
    <message>
        <source>The flat rate</source>
        <translation>फ़्लैट दर</translation>
    </message>
    <message>
        <source>The flat rate must be above zero.</source>
        <translation>फ़्लैट दर शून्य से अधिक होनी चाहिए।</translation>
    </message>
    <message>
        <source>&quot;slabs&quot; must be a list of slabs such as {&quot;from_kwh&quot;: 0, &quot;to_kwh&quot;: 20, &quot;rate&quot;: 89}.</source>
        <translation>&quot;slabs&quot; स्लैबों की सूची होनी चाहिए, जैसे {&quot;from_kwh&quot;: 0, &quot;to_kwh&quot;: 20, &quot;rate&quot;: 89}।</translation>
    </message>
    <message>
        <source>slab %1</source>
        <translation>स्लैब %1</translation>
    </message>
    <message>
        <source>Slab %1 must be an object with from_kwh, to_kwh and rate.</source>
        <translation>स्लैब %1 ऐसा ऑब्जेक्ट होना चाहिए जिसमें from_kwh, to_kwh और rate हों।</translation>
    </message>
    <message>
        <source>The start of %1</source>
        <translation>%1 की शुरुआत</translation>
    </message>
    <message>
        <source>The rate of %1</source>
        <translation>%1 की दर</translation>
    </message>
    <message>
        <source>The end of %1</source>
        <translation>%1 का अंत</translation>
    </message>
    <message>
        <source>The first slab must start at 0 kWh, not %1 kWh.</source>
        <translation>पहला स्लैब 0 kWh से शुरू होना चाहिए, %1 kWh से नहीं।</translation>
    </message>
    <message>
        <source>Slabs %1 and %2 overlap: slab %2 starts at %3 kWh, before slab %1 ends at %4 kWh.</source>
        <translation>स्लैब %1 और %2 ओवरलैप करते हैं: स्लैब %2 %3 kWh पर शुरू होता है, जबकि स्लैब %1 %4 kWh पर खत्म होता है।</translation>
    </message>
    <message>
        <source>There is a gap between slabs %1 and %2: nothing prices %3 to %4 kWh.</source>
        <translation>स्लैब %1 और %2 के बीच अंतर है: %3 से %4 kWh की कोई दर तय नहीं है।</translation>
    </message>
    <message>
        <source>Slab %1 ends (%2 kWh) where or before it starts.</source>
        <translation>स्लैब %1 का अंत (%2 kWh) उसकी शुरुआत के बराबर या उससे पहले है।</translation>
    </message>
    <message>
        <source>Only the last slab can be open-ended; slab %1 needs an end.</source>
        <translation>केवल आखिरी स्लैब खुला (बिना अंत वाला) हो सकता है; स्लैब %1 का अंत चाहिए।</translation>
    </message>
    <message>
        <source>The last slab must be open-ended (like &quot;51-&quot;) so that every kWh has a price.</source>
        <translation>आखिरी स्लैब खुला (बिना अंत वाला) होना चाहिए (जैसे &quot;51-&quot;), ताकि हर kWh की कोई दर हो।</translation>
    </message>
    <message>
        <source>The rate of the last slab must be above zero.</source>
        <translation>आखिरी स्लैब की दर शून्य से अधिक होनी चाहिए।</translation>
    </message>
    <message>
        <source>&quot;tou&quot; must be a list of periods such as {&quot;from&quot;: &quot;22:00&quot;, &quot;to&quot;: &quot;06:00&quot;, &quot;rate&quot;: 5.5}.</source>
        <translation>&quot;tou&quot; अवधियों की सूची होनी चाहिए, जैसे {&quot;from&quot;: &quot;22:00&quot;, &quot;to&quot;: &quot;06:00&quot;, &quot;rate&quot;: 5.5}।</translation>
    </message>
    <message>
        <source>time-of-use period %1</source>
        <translation>टाइम-ऑफ़-यूज़ अवधि %1</translation>
    </message>
    <message>
        <source>Time-of-use period %1 must be an object with from, to and rate.</source>
        <translation>टाइम-ऑफ़-यूज़ अवधि %1 ऐसा ऑब्जेक्ट होना चाहिए जिसमें from, to और rate हों।</translation>
    </message>
    <message>
        <source>Time-of-use period %1 needs local times like &quot;22:00&quot; and &quot;06:00&quot;.</source>
        <translation>टाइम-ऑफ़-यूज़ अवधि %1 के लिए &quot;22:00&quot; और &quot;06:00&quot; जैसे स्थानीय समय चाहिए।</translation>
    </message>
    <message>
        <source>Time-of-use period %1 starts and ends at %2; use a flat rate for a whole day.</source>
        <translation>टाइम-ऑफ़-यूज़ अवधि %1 %2 पर ही शुरू और खत्म होती है; पूरे दिन के लिए फ़्लैट दर इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Time-of-use periods %1 and %2 overlap at %3.</source>
        <translation>टाइम-ऑफ़-यूज़ अवधि %1 और %2, %3 पर ओवरलैप करती हैं।</translation>
    </message>
    <message>
        <source>The generator rate</source>
        <translation>जनरेटर की दर</translation>
    </message>
    <message>
        <source>The fixed daily charge</source>
        <translation>दैनिक स्थायी शुल्क</translation>
    </message>
    <message>
        <source>The fixed monthly charge</source>
        <translation>मासिक स्थायी शुल्क</translation>
    </message>
    <message>
        <source>The tax percentage</source>
        <translation>कर प्रतिशत</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a slab like 21-50:310 (kWh from-to:rate per kWh; the last one open, like 51-:369).</source>
        <translation>&quot;%1&quot; 21-50:310 जैसा स्लैब नहीं है (kWh से-तक:प्रति kWh दर; आखिरी स्लैब खुला, जैसे 51-:369)।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time-of-use period like 22:00-06:00:5.5 (local from-to:rate per kWh).</source>
        <translation>&quot;%1&quot; 22:00-06:00:5.5 जैसी टाइम-ऑफ़-यूज़ अवधि नहीं है (स्थानीय से-तक:प्रति kWh दर)।</translation>
    </message>
    <message>
        <source>%1-%2 kWh</source>
        <translation>%1-%2 kWh</translation>
    </message>
    <message>
        <source>above %1 kWh</source>
        <translation>%1 kWh से ऊपर</translation>
    </message>
</context>
<context>
    <name>TariffBook</name>
    <message>
        <source>A tariff needs the date it starts on.</source>
        <translation>टैरिफ़ के लिए उसके शुरू होने की तारीख चाहिए।</translation>
    </message>
</context>
<context>
    <name>TariffCommands</name>
    <message>
        <source>The meter.</source>
        <translation>मीटर।</translation>
    </message>
    <message>
        <source>Set a meter&apos;s tariff from a local date on (earlier days keep their prices).</source>
        <translation>किसी स्थानीय तारीख से मीटर का टैरिफ़ सेट करें (पहले के दिनों की कीमतें वही रहती हैं)।</translation>
    </message>
    <message>
        <source>First local day of this version.</source>
        <translation>इस संस्करण का पहला स्थानीय दिन।</translation>
    </message>
    <message>
        <source>One rate per kWh.</source>
        <translation>प्रति kWh एक ही दर।</translation>
    </message>
    <message>
        <source>Monthly slabs, kWh from-to:rate.</source>
        <translation>मासिक स्लैब, kWh from-to:rate।</translation>
    </message>
    <message>
        <source>Rate per generator kWh.</source>
        <translation>जनरेटर की प्रति kWh दर।</translation>
    </message>
    <message>
        <source>Time-of-use periods, local from-to:rate.</source>
        <translation>टाइम-ऑफ़-यूज़ अवधियाँ, स्थानीय from-to:rate।</translation>
    </message>
    <message>
        <source>Fixed charge per day.</source>
        <translation>प्रति दिन स्थायी शुल्क।</translation>
    </message>
    <message>
        <source>Fixed charge per month.</source>
        <translation>प्रति महीना स्थायी शुल्क।</translation>
    </message>
    <message>
        <source>Tax or levy on the whole bill.</source>
        <translation>पूरे बिल पर टैक्स या शुल्क।</translation>
    </message>
    <message>
        <source>The whole tariff as a JSON file.</source>
        <translation>पूरा टैरिफ़, एक JSON फ़ाइल के रूप में।</translation>
    </message>
    <message>
        <source>List a meter&apos;s tariff versions.</source>
        <translation>मीटर के टैरिफ़ संस्करणों की सूची।</translation>
    </message>
    <message>
        <source>The bill of a local calendar month: energy by slab, generator, fixed charges, tax, total.</source>
        <translation>किसी स्थानीय कैलेंडर महीने का बिल: स्लैब के अनुसार ऊर्जा, जनरेटर, स्थायी शुल्क, टैक्स, कुल।</translation>
    </message>
    <message>
        <source>The local calendar month.</source>
        <translation>स्थानीय कैलेंडर महीना।</translation>
    </message>
    <message>
        <source>What a recharge buys at this month&apos;s slab position (or what an energy costs).</source>
        <translation>इस महीने की स्लैब स्थिति पर एक रिचार्ज में क्या मिलेगा (या किसी ऊर्जा की कीमत क्या होगी)।</translation>
    </message>
    <message>
        <source>The recharge amount, tax included.</source>
        <translation>रिचार्ज राशि, टैक्स सहित।</translation>
    </message>
    <message>
        <source>The energy to buy instead.</source>
        <translation>इसके बजाय खरीदी जाने वाली ऊर्जा।</translation>
    </message>
    <message>
        <source>When (default: now).</source>
        <translation>कब (डिफ़ॉल्ट: अभी)।</translation>
    </message>
    <message>
        <source>Usage: kilowatch-cli %1</source>
        <translation>उपयोग: kilowatch-cli %1</translation>
    </message>
    <message>
        <source>tariff set needs --meter NAME and --from YYYY-MM-DD.
%1</source>
        <translation>tariff set के लिए --meter NAME और --from YYYY-MM-DD ज़रूरी हैं।
%1</translation>
    </message>
    <message>
        <source>--from needs a date like 2025-07-01, not &quot;%1&quot;.</source>
        <translation>--from के लिए 2025-07-01 जैसी तारीख चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--json-spec gives the whole tariff; leave out the other tariff options.</source>
        <translation>--json-spec पूरा टैरिफ़ देता है; टैरिफ़ के बाकी विकल्प न दें।</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2).</source>
        <translation>%1 कोई JSON ऑब्जेक्ट नहीं है (%2)।</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>tariff set needs either --flat RATE or --slabs SLABS.
%1</source>
        <translation>tariff set के लिए --flat RATE या --slabs SLABS में से एक ज़रूरी है।
%1</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;.</source>
        <translation>--%1 के लिए संख्या चाहिए, &quot;%2&quot; नहीं।</translation>
    </message>
    <message>
        <source>bill needs --meter NAME and --month YYYY-MM.</source>
        <translation>bill के लिए --meter NAME और --month YYYY-MM ज़रूरी हैं।</translation>
    </message>
    <message>
        <source>--month needs a month like 2025-02, not &quot;%1&quot;.</source>
        <translation>--month के लिए 2025-02 जैसा महीना चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>%1 day(s) of %2 came before the first tariff; %3 kWh of grid energy are not in this bill.</source>
        <translation>%2 के %1 दिन पहले टैरिफ़ से पहले के हैं; ग्रिड की %3 kWh ऊर्जा इस बिल में शामिल नहीं है।</translation>
    </message>
    <message>
        <source>%1 kWh of generator energy have no generator rate and are not in this bill.</source>
        <translation>जनरेटर की %1 kWh ऊर्जा की कोई जनरेटर दर नहीं है, इसलिए वह इस बिल में शामिल नहीं है।</translation>
    </message>
    <message>
        <source>buy needs --meter NAME and either --amount AMOUNT or --kwh KWH.</source>
        <translation>buy के लिए --meter NAME और --amount AMOUNT या --kwh KWH में से एक ज़रूरी है।</translation>
    </message>
    <message>
        <source>--%1 needs a number above zero, not &quot;%2&quot;.</source>
        <translation>--%1 के लिए शून्य से बड़ी संख्या चाहिए, &quot;%2&quot; नहीं।</translation>
    </message>
    <message>
        <source>Set one with kilowatch-cli tariff set.</source>
        <translation>kilowatch-cli tariff set से टैरिफ़ सेट करें।</translation>
    </message>
</context>
<context>
    <name>TariffDialog</name>
    <message>
        <source>&amp;New version</source>
        <translation>नया संस्करण(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;move version</source>
        <translation>संस्करण हटाएँ(&amp;M)</translation>
    </message>
    <message>
        <source>Save as pr&amp;eset…</source>
        <translation>प्रीसेट के रूप में सहेजें(&amp;E)…</translation>
    </message>
    <message>
        <source>One &amp;rate</source>
        <translation>एक दर(&amp;R)</translation>
    </message>
    <message>
        <source>Monthly s&amp;labs</source>
        <translation>मासिक स्लैब(&amp;L)</translation>
    </message>
    <message>
        <source>From kWh</source>
        <translation>kWh से</translation>
    </message>
    <message>
        <source>To kWh</source>
        <translation>kWh तक</translation>
    </message>
    <message>
        <source>Rate per kWh</source>
        <translation>प्रति kWh दर</translation>
    </message>
    <message>
        <source>Slabs</source>
        <translation>स्लैब</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Time-of-use periods</source>
        <translation>टाइम-ऑफ़-यूज़ अवधियाँ</translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation>संस्करण सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Tariff of %1</source>
        <translation>%1 का टैरिफ़</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>शुरू होने की तारीख</translation>
    </message>
    <message>
        <source>Tariff versions</source>
        <translation>टैरिफ़ के संस्करण</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>प्रीसेट</translation>
    </message>
    <message>
        <source>Generator rate per kWh</source>
        <translation>जनरेटर की प्रति kWh दर</translation>
    </message>
    <message>
        <source>Fixed charge per day</source>
        <translation>प्रति दिन स्थायी शुल्क</translation>
    </message>
    <message>
        <source>Fixed charge per month</source>
        <translation>प्रति महीना स्थायी शुल्क</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>टैक्स</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>Each version is in force from its start until the next one starts; earlier days keep their prices.</source>
        <translation>हर संस्करण अपनी शुरुआत से अगले के शुरू होने तक लागू रहता है; पहले के दिनों की दरें वही रहती हैं।</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>प्रीसेट(&amp;P):</translation>
    </message>
    <message>
        <source>Starts &amp;on:</source>
        <translation>शुरू होने की तारीख(&amp;O):</translation>
    </message>
    <message>
        <source>Grid energy (%1 per kWh)</source>
        <translation>ग्रिड ऊर्जा (प्रति kWh %1)</translation>
    </message>
    <message>
        <source>Add slab</source>
        <translation>स्लैब जोड़ें</translation>
    </message>
    <message>
        <source>Remove slab</source>
        <translation>स्लैब हटाएँ</translation>
    </message>
    <message>
        <source>Slabs follow the month&apos;s use. Leave the last slab&apos;s end empty.</source>
        <translation>स्लैब महीने की खपत के अनुसार चलते हैं। आख़िरी स्लैब का अंत खाली छोड़ें।</translation>
    </message>
    <message>
        <source>Time of use (local time, replaces the rate above)</source>
        <translation>टाइम-ऑफ़-यूज़ (स्थानीय समय, ऊपर की दर की जगह)</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>अवधि जोड़ें</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>अवधि हटाएँ</translation>
    </message>
    <message>
        <source>Times like 22:00; a period may cross midnight.</source>
        <translation>समय 22:00 जैसे लिखें; कोई अवधि आधी रात पार कर सकती है।</translation>
    </message>
    <message>
        <source>Other charges (%1)</source>
        <translation>अन्य शुल्क (%1)</translation>
    </message>
    <message>
        <source>&amp;Generator rate per kWh:</source>
        <translation>जनरेटर की प्रति kWh दर(&amp;G):</translation>
    </message>
    <message>
        <source>Ta&amp;x (%):</source>
        <translation>टैक्स (%)(&amp;X):</translation>
    </message>
    <message>
        <source>Fixed charge per &amp;day:</source>
        <translation>प्रति दिन स्थायी शुल्क(&amp;D):</translation>
    </message>
    <message>
        <source>Fixed charge per mon&amp;th:</source>
        <translation>प्रति महीना स्थायी शुल्क(&amp;T):</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>प्रीसेट के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>प्रीसेट का नाम:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 से %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1 से</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Slab %1</source>
        <translation>स्लैब %1</translation>
    </message>
    <message>
        <source>%1, from kWh</source>
        <translation>%1, kWh से</translation>
    </message>
    <message>
        <source>%1, to kWh</source>
        <translation>%1, kWh तक</translation>
    </message>
    <message>
        <source>%1, rate</source>
        <translation>%1, दर</translation>
    </message>
    <message>
        <source>Period %1, rate</source>
        <translation>अवधि %1, दर</translation>
    </message>
    <message>
        <source>Remove version</source>
        <translation>संस्करण हटाएँ</translation>
    </message>
    <message>
        <source>Remove the tariff version starting on %1? Its days take the prices of the version before it, or none.</source>
        <translation>%1 से शुरू होने वाला टैरिफ़ संस्करण हटाएँ? उसके दिनों पर पिछले संस्करण की दरें लगेंगी, या कोई नहीं।</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>कोई प्रीसेट चुनें…</translation>
    </message>
    <message>
        <source>%1 (yours, %2)</source>
        <translation>%1 (आपका, %2)</translation>
    </message>
    <message>
        <source>This preset&apos;s rates are in %1, this meter&apos;s are in %2: check them before saving.</source>
        <translation>इस प्रीसेट की दरें %1 में हैं, इस मीटर की %2 में: सहेजने से पहले जाँचें।</translation>
    </message>
</context>
<context>
    <name>TariffPresetRepository</name>
    <message>
        <source>Could not store the tariff preset: %1</source>
        <translation>टैरिफ़ प्रीसेट सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>There is no tariff preset &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; नाम का कोई टैरिफ़ प्रीसेट नहीं है।</translation>
    </message>
</context>
<context>
    <name>TariffPresets</name>
    <message>
        <source>REG residential, Rwanda (RWF)</source>
        <translation>REG आवासीय, रवांडा (RWF)</translation>
    </message>
    <message>
        <source>REG residential tariff per month: 0-20 kWh 89, 21-50 kWh 310, above 50 kWh 369 RWF/kWh (from the IngufuPay client&apos;s tariff table).</source>
        <translation>REG आवासीय टैरिफ़, प्रति माह: 0-20 kWh 89, 21-50 kWh 310, 50 kWh से ऊपर 369 RWF/kWh (IngufuPay क्लाइंट की टैरिफ़ तालिका से)।</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>प्रीसेट का नाम चाहिए।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in preset; choose another name.</source>
        <translation>&quot;%1&quot; एक अंतर्निहित प्रीसेट है; कोई दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>A preset needs the currency of its rates.</source>
        <translation>प्रीसेट की दरों की मुद्रा चाहिए।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in and cannot be removed.</source>
        <translation>&quot;%1&quot; अंतर्निहित है और हटाया नहीं जा सकता।</translation>
    </message>
</context>
<context>
    <name>TariffRepository</name>
    <message>
        <source>A tariff needs the date it starts on.</source>
        <translation>टैरिफ़ के लिए उसके शुरू होने की तारीख चाहिए।</translation>
    </message>
    <message>
        <source>Could not store the tariff: %1</source>
        <translation>टैरिफ़ सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The tariff stored from %1 cannot be read (%2); set it again.</source>
        <translation>%1 से सहेजा गया टैरिफ़ पढ़ा नहीं जा सकता (%2); इसे फिर से सेट करें।</translation>
    </message>
    <message>
        <source>Could not remove the tariff: %1</source>
        <translation>टैरिफ़ हटाया नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>There is no tariff starting on %1.</source>
        <translation>%1 से शुरू होने वाला कोई टैरिफ़ नहीं है।</translation>
    </message>
</context>
<context>
    <name>TelegramChannel</name>
    <message>
        <source>The Telegram address must be an https:// URL.</source>
        <translation>Telegram का पता https:// URL होना चाहिए।</translation>
    </message>
    <message>
        <source>No Telegram chat id is set.</source>
        <translation>कोई Telegram चैट आईडी सेट नहीं है।</translation>
    </message>
    <message>
        <source>Kilowatch is closing.</source>
        <translation>Kilowatch बंद हो रहा है।</translation>
    </message>
    <message>
        <source>No Telegram bot token is stored in the keychain.</source>
        <translation>कीचेन में कोई Telegram बॉट टोकन सहेजा नहीं गया है।</translation>
    </message>
    <message>
        <source>Telegram did not answer in time.</source>
        <translation>Telegram ने समय पर जवाब नहीं दिया।</translation>
    </message>
    <message>
        <source>Telegram could not be reached.</source>
        <translation>Telegram से संपर्क नहीं हो सका।</translation>
    </message>
    <message>
        <source>Telegram answered HTTP %1.</source>
        <translation>Telegram ने HTTP %1 लौटाया।</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Open dashboard</source>
        <translation>डैशबोर्ड खोलें</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>अभी रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>पोलिंग रोकें</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV निर्यात करें…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>सेटिंग्स…</translation>
    </message>
    <message>
        <source>Quit Kilowatch</source>
        <translation>Kilowatch से बाहर निकलें</translation>
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
        <translation>%1: अभी तक कोई रीडिंग नहीं</translation>
    </message>
    <message>
        <source>, runs out on %1</source>
        <translation>, %1 को खत्म हो जाएगा</translation>
    </message>
    <message>
        <source> (no fresh data)</source>
        <translation> (नया डेटा नहीं)</translation>
    </message>
    <message>
        <source>Polling is paused.</source>
        <translation>पोलिंग रुकी हुई है।</translation>
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
        <translation>ऊर्जा दिखाएँ</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>पैसा</translation>
    </message>
    <message>
        <source>Show money</source>
        <translation>पैसा दिखाएँ</translation>
    </message>
    <message>
        <source>Totals of the chart</source>
        <translation>चार्ट का योग</translation>
    </message>
    <message>
        <source>In this window: %1 from the grid, %2 from the generator, %3 spent.</source>
        <translation>इस समय-सीमा में: ग्रिड से %1, जनरेटर से %2, %3 खर्च।</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>तालिका(&amp;T)</translation>
    </message>
    <message>
        <source>Show the chart as a table</source>
        <translation>चार्ट को तालिका के रूप में दिखाएँ</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>बार</translation>
    </message>
    <message>
        <source>Draw stacked bars</source>
        <translation>स्टैक्ड बार बनाएँ</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>रेखाएँ</translation>
    </message>
    <message>
        <source>Draw lines</source>
        <translation>रेखाएँ बनाएँ</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>कोई तुलना नहीं</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>पिछली अवधि</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>पिछले वर्ष की यही अवधि</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>इससे तुलना करें</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>ज़ूम रीसेट करें(&amp;R)</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>ज़ूम रीसेट करें</translation>
    </message>
    <message>
        <source>Show the whole interval again (Home in the chart)</source>
        <translation>पूरा अंतराल फिर से दिखाएँ (चार्ट में Home)</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>तुलना(&amp;O)</translation>
    </message>
    <message>
        <source>Usage table</source>
        <translation>खपत तालिका</translation>
    </message>
    <message>
        <source>Zoomed to %1 – %2 in groups of %3. </source>
        <translation>%1 – %2 तक ज़ूम, %3 के समूहों में। </translation>
    </message>
    <message>
        <source>%1: no readings to compare with.</source>
        <translation>%1: तुलना के लिए कोई रीडिंग नहीं।</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2।</translation>
    </message>
    <message>
        <source>%1: %2, change %3.</source>
        <translation>%1: %2, बदलाव %3।</translation>
    </message>
    <message>
        <source>The meter counts energy in steps of %1: bars of %2 show when a step was counted, not the use within them; a longer group shows the use.</source>
        <translation>मीटर ऊर्जा को %1 के चरणों में गिनता है: %2 के बार दिखाते हैं कि कब एक चरण गिना गया, उनके भीतर का उपयोग नहीं; लंबा समूह उपयोग दिखाता है।</translation>
    </message>
</context>
<context>
    <name>UsageChartView</name>
    <message>
        <source>Usage chart</source>
        <translation>खपत चार्ट</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>लागत (%1)</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>ऊर्जा (kWh)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>ग्रिड</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>जनरेटर</translation>
    </message>
    <message>
        <source>No readings</source>
        <translation>कोई रीडिंग नहीं</translation>
    </message>
    <message>
        <source>Hover a bar for its details. Mouse wheel or + and - zoom, dragging or the arrow keys pan, Home or a double click shows the whole window again.</source>
        <translation>किसी बार का विवरण देखने के लिए उस पर माउस ले जाएँ। माउस व्हील या + और - से ज़ूम करें, खींचकर या तीर कुंजियों से खिसकाएँ, Home या डबल क्लिक से पूरी समय-सीमा फिर से दिखेगी।</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>No readings for this time.</source>
        <translation>इस समय की कोई रीडिंग नहीं।</translation>
    </message>
    <message>
        <source>Grid: %1</source>
        <translation>ग्रिड: %1</translation>
    </message>
    <message>
        <source>Generator: %1</source>
        <translation>जनरेटर: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>कुल: %1</translation>
    </message>
    <message>
        <source>Cost: %1 (estimated)</source>
        <translation>लागत: %1 (अनुमानित)</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>लागत: %1</translation>
    </message>
    <message>
        <source>nothing used</source>
        <translation>कोई खपत नहीं</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>स्रोत: %1</translation>
    </message>
    <message>
        <source>Readings are missing for part of this time.</source>
        <translation>इस समय के कुछ हिस्से की रीडिंग नहीं हैं।</translation>
    </message>
    <message>
        <source>Partial period</source>
        <translation>आंशिक अवधि</translation>
    </message>
    <message>
        <source>Recharge</source>
        <translation>रिचार्ज</translation>
    </message>
    <message>
        <source>Partial: only part of a %1 group.</source>
        <translation>आंशिक: %1 समूह का केवल एक भाग।</translation>
    </message>
    <message>
        <source>%1: no readings</source>
        <translation>%1: कोई रीडिंग नहीं</translation>
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
        <translation>कोई रीडिंग नहीं</translation>
    </message>
    <message>
        <source>readings missing for part</source>
        <translation>कुछ हिस्से की रीडिंग नहीं</translation>
    </message>
    <message>
        <source>cost estimated</source>
        <translation>लागत अनुमानित</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>शुरुआत</translation>
    </message>
    <message>
        <source>End</source>
        <translation>अंत</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>आंशिक</translation>
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
        <translation>Kilowatch इसी डेटाबेस के साथ पहले से चल रहा है; उसकी विंडो सामने लाई गई है।</translation>
    </message>
</context>
</TS>
