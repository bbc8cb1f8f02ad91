#include "TestArtifacts.h"
#include "settings/AppSettings.h"
#include "settings/IniDocument.h"
#include "settings/SettingDefinition.h"
#include "setup/SettingsLocation.h"

#include <QDir>
#include <QFile>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

// Unix permission bits only (QFileDevice also reports the "User" bits, which mirror them).
QFileDevice::Permissions unixPermissions(const QString &path)
{
    const QFileDevice::Permissions all =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
        QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther |
        QFileDevice::ExeOther;
    return QFile::permissions(path) & all;
}

// A value different from the default for every key, valid for it.
QVariant otherValue(const SettingDefinition &d)
{
    switch (d.type) {
    case SettingDefinition::Type::Bool:
        return !d.defaultValue.toBool();
    case SettingDefinition::Type::Integer:
        return QVariant(d.defaultValue.toLongLong() == d.minimum ? d.minimum + 1 : d.minimum);
    case SettingDefinition::Type::Milli: // +1.234 keeps critical < warning
        return QVariant(d.defaultValue.toLongLong() + 1234);
    case SettingDefinition::Type::OptionalMilli:
        return QVariant(qint64(1234));
    case SettingDefinition::Type::Choice:
        return d.allowed.last() == d.defaultValue.toString() ? d.allowed.first() : d.allowed.last();
    case SettingDefinition::Type::Language:
        return QStringLiteral("bn");
    case SettingDefinition::Type::Time:
        return QTime(6, 5);
    case SettingDefinition::Type::ChatId:
        return QStringLiteral("-1001234567890");
    case SettingDefinition::Type::Url:
        // ';' and ',' need quotes in INI, so this proves the escaping both ways.
        return QStringLiteral("https://proxy.example/tg;v=1,x");
    case SettingDefinition::Type::Blob:
        return QByteArray("\x01\x02geometry\xff\x00", 12);
    }
    return {};
}

QString keyName(SettingKey key)
{
    return QString::fromLatin1(QMetaEnum::fromType<SettingKey>().valueToKey(int(key)));
}

// Every value must be one the table accepts, whatever was loaded.
void verifyAllValid(const AppSettings &settings)
{
    for (const SettingDefinition &d : SettingDefinition::all()) {
        const QVariant v = settings.value(d.key);
        const Result<QVariant> checked = d.check(v);
        QVERIFY2(checked.ok(), qPrintable(d.name + QStringLiteral(": ") + checked.error()));
        QCOMPARE(checked.value(), v);
    }
}

const QByteArray kBotToken = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fileCounter = 0;

    QString freshPath()
    {
        const QString folder = m_dir.filePath(QStringLiteral("case%1").arg(++m_fileCounter));
        QDir().mkpath(folder);
        return QDir(folder).filePath(QStringLiteral("kilowatch.ini"));
    }

    // Loads `data` as a file (the real path through QFile) and returns the settings.
    std::unique_ptr<AppSettings> loadFile(const QByteArray &data)
    {
        const QString path = freshPath();
        writeFile(path, data);
        auto settings = std::make_unique<AppSettings>(path);
        settings->load();
        return settings;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void theTableHasOneRowPerKeyInOrder()
    {
        const auto &all = SettingDefinition::all();
        QCOMPARE(int(all.size()), SettingKeys::settingKeyCount);
        QSet<QString> names;
        for (size_t i = 0; i < all.size(); ++i) {
            const SettingDefinition &d = all[i];
            QCOMPARE(int(d.key), int(i));
            QVERIFY2(!names.contains(d.name), qPrintable(d.name));
            names.insert(d.name);
            QVERIFY2(QRegularExpression(QStringLiteral("^[a-z]+/[a-z_]+$")).match(d.name).hasMatch(),
                     qPrintable(d.name));
            QVERIFY2(d.description && *d.description, qPrintable(d.name));
            QCOMPARE(SettingDefinition::find(d.name), &d);
            // The default passes its own checks, and survives the file.
            const Result<QVariant> checked = d.check(d.defaultValue);
            QVERIFY2(checked.ok(), qPrintable(d.name + QStringLiteral(": ") + checked.error()));
            const Result<QVariant> parsed = d.parse(d.toText(d.defaultValue));
            QVERIFY2(parsed.ok(), qPrintable(d.name + QStringLiteral(": ") + parsed.error()));
            QCOMPARE(parsed.value(), d.defaultValue);
            QVERIFY(otherValue(d) != d.defaultValue);
        }
        QVERIFY(!SettingDefinition::find(QStringLiteral("appearance/nothing")));
    }

    void defaultsAreTheDocumentedOnes()
    {
        AppSettings settings(freshPath());
        settings.load(); // no file: defaults, no problem, nothing written
        QVERIFY(settings.problems().isEmpty());
        QVERIFY(!QFile::exists(settings.filePath()));
        QCOMPARE(settings.theme(), AppSettings::Theme::System);
        QCOMPARE(settings.language(), QStringLiteral("system"));
        QCOMPARE(settings.energyUnit(), AppSettings::EnergyUnit::KilowattHours);
        QCOMPARE(settings.startMinimised(), false);
        QCOMPARE(settings.closeToTray(), true);
        QCOMPARE(settings.autostart(), false);
        QCOMPARE(settings.livePollSeconds(), 30);
        QCOMPARE(settings.hourlyPollSeconds(), 3600);
        QCOMPARE(settings.lowBalanceBasis(), AppSettings::LowBalanceBasis::Money);
        QCOMPARE(settings.lowBalanceWarningMilli(), 500'000);
        QCOMPARE(settings.lowBalanceCriticalMilli(), 100'000);
        QCOMPARE(settings.lowBalanceHysteresisMilli(), 50'000);
        QCOMPARE(settings.lowBalanceWarningDays(), 3);
        QCOMPARE(settings.lowBalanceCriticalDays(), 1);
        QCOMPARE(settings.lowBalanceHysteresisDays(), 1);
        QCOMPARE(settings.dailySummaryEnabled(), true);
        QCOMPARE(settings.dailySummaryTime(), QTime(23, 59));
        QCOMPARE(settings.quietHoursEnabled(), false);
        QCOMPARE(settings.quietHoursStart(), QTime(22, 0));
        QCOMPARE(settings.quietHoursEnd(), QTime(7, 0));
        QCOMPARE(settings.troubleDelayLiveMinutes(), 15);
        QCOMPARE(settings.troubleDelayHourlyMinutes(), 180);
        QCOMPARE(settings.consumptionWhPerDay(), std::nullopt);
        QCOMPARE(settings.consumptionMilliPerDay(), std::nullopt);
        QCOMPARE(settings.telegramEnabled(), false);
        QCOMPARE(settings.telegramChatId(), QString());
        QCOMPARE(settings.telegramBaseUrl(), QStringLiteral("https://api.telegram.org"));
        QCOMPARE(settings.windowGeometry(), QByteArray());
        QCOMPARE(settings.lastMeterId(), 0);
        QCOMPARE(settings.chartIntervalHours(), 720);
        QCOMPARE(settings.chartGroupMinutes(), 60);
        QCOMPARE(settings.chartUnit(), AppSettings::ChartUnit::Energy);
        QCOMPARE(settings.chartMode(), AppSettings::ChartMode::Bars);
        for (const SettingDefinition &d : SettingDefinition::all())
            QVERIFY2(settings.isDefault(d.key), qPrintable(d.name));
    }

    void everyKeyRoundTripsThroughTheFile()
    {
        const QString path = freshPath();
        AppSettings settings(path);
        for (const SettingDefinition &d : SettingDefinition::all()) {
            const Status set = settings.set(d.key, otherValue(d));
            QVERIFY2(set.ok(), qPrintable(d.name + QStringLiteral(": ") + set.error()));
        }
        QVERIFY(settings.isDirty());
        {
            // A sample for people (and the README): what the file looks like.
            AppSettings sample(TestArtifacts::path(QStringLiteral("kilowatch-settings-sample.ini")));
            QVERIFY(sample.setTheme(AppSettings::Theme::Dark).ok());
            QVERIFY(sample.set(SettingKey::TelegramChatId, QStringLiteral("-1001234567890")).ok());
            QVERIFY(sample.save().ok());
        }
        const Status saved = settings.save();
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QVERIFY(!settings.isDirty());

        AppSettings again(path);
        again.load();
        QVERIFY2(again.problems().isEmpty(), qPrintable(again.problems().join(u'\n')));
        for (const SettingDefinition &d : SettingDefinition::all())
            QCOMPARE(again.value(d.key), settings.value(d.key));
        QCOMPARE(again.toIniData(), settings.toIniData());
        QCOMPARE(again.quietHoursStart(), QTime(6, 5));
        QCOMPARE(again.consumptionWhPerDay(), std::optional<qint64>(1234));
        QCOMPARE(again.windowGeometry(), QByteArray("\x01\x02geometry\xff\x00", 12));
    }

    void qsettingsReadsTheFileWeWrite()
    {
        const QString path = freshPath();
        AppSettings settings(path);
        for (const SettingDefinition &d : SettingDefinition::all())
            QVERIFY(settings.set(d.key, otherValue(d)).ok());
        settings.reset(SettingKey::Theme); // a default: commented out, absent for QSettings
        QVERIFY(settings.save().ok());

        QSettings qt(path, QSettings::IniFormat);
        QCOMPARE(qt.status(), QSettings::NoError);
        for (const SettingDefinition &d : SettingDefinition::all()) {
            const QVariant read = qt.value(d.name);
            if (settings.isDefault(d.key)) {
                QVERIFY2(!read.isValid(), qPrintable(d.name));
                continue;
            }
            QCOMPARE(read.typeId(), int(QMetaType::QString));
            QCOMPARE(read.toString(), d.toText(settings.value(d.key)));
        }
        QCOMPARE(qt.value(QStringLiteral("telegram/base_url")).toString(),
                 QStringLiteral("https://proxy.example/tg;v=1,x"));
    }

    void weReadWhatQSettingsWrites()
    {
        const QString path = freshPath();
        {
            QSettings qt(path, QSettings::IniFormat);
            qt.setValue(QStringLiteral("appearance/theme"), QStringLiteral("dark"));
            qt.setValue(QStringLiteral("desktop/start_minimised"), true);
            qt.setValue(QStringLiteral("window/interval_hours"), 24);
            qt.setValue(QStringLiteral("alerts/quiet_hours_start"), QStringLiteral("21:30"));
            qt.setValue(QStringLiteral("alerts/low_balance_warning_amount"), QStringLiteral("750.5"));
            qt.setValue(QStringLiteral("telegram/chat_id"), QStringLiteral("@kilowatch_alerts"));
            qt.setValue(QStringLiteral("telegram/base_url"), QStringLiteral("https://proxy.example/a,b;c=d"));
            qt.setValue(QStringLiteral("future/note"), QStringLiteral("tab\there, \"quoted\" and ünïcode"));
            qt.sync();
            QCOMPARE(qt.status(), QSettings::NoError);
        }
        AppSettings settings(path);
        settings.load();
        QVERIFY2(settings.problems().isEmpty(), qPrintable(settings.problems().join(u'\n')));
        QCOMPARE(settings.theme(), AppSettings::Theme::Dark);
        QCOMPARE(settings.startMinimised(), true);
        QCOMPARE(settings.chartIntervalHours(), 24);
        QCOMPARE(settings.quietHoursStart(), QTime(21, 30));
        QCOMPARE(settings.lowBalanceWarningMilli(), 750'500);
        QCOMPARE(settings.telegramChatId(), QStringLiteral("@kilowatch_alerts"));
        QCOMPARE(settings.telegramBaseUrl(), QStringLiteral("https://proxy.example/a,b;c=d"));
        QCOMPARE(settings.unknownKeys(), QStringList{QStringLiteral("future/note")});

        // Our save keeps the unknown entry exactly as QSettings wrote it.
        QVERIFY(settings.set(SettingKey::ChartGroupMinutes, 15).ok());
        QVERIFY(settings.save().ok());
        QSettings qt(path, QSettings::IniFormat);
        QCOMPARE(qt.value(QStringLiteral("future/note")).toString(),
                 QStringLiteral("tab\there, \"quoted\" and ünïcode"));
        QCOMPARE(qt.value(QStringLiteral("window/group_minutes")).toString(), QStringLiteral("15"));
    }

    void escapingMatchesQSettings_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QStringLiteral("plain");
        QTest::newRow("empty") << QString();
        QTest::newRow("comma") << QStringLiteral("a, b");
        QTest::newRow("semicolon") << QStringLiteral("a;b");
        QTest::newRow("equals") << QStringLiteral("a=b");
        QTest::newRow("quotes") << QStringLiteral("say \"hi\"");
        QTest::newRow("backslash") << QStringLiteral("C:\\path\\x");
        QTest::newRow("spaces") << QStringLiteral("  padded  ");
        QTest::newRow("at") << QStringLiteral("@not-a-variant");
        QTest::newRow("control") << QStringLiteral("a\nb\tc\x01"
                                                   "d");
        QTest::newRow("nul-hex") << QString(QStringLiteral("x") + QChar(0) + QStringLiteral("f1"));
        QTest::newRow("unicode") << QStringLiteral("বাংলা हिन्दी");
    }
    void escapingMatchesQSettings()
    {
        QFETCH(QString, value);
        // What we write, QSettings reads as the same string...
        const QString path = freshPath();
        writeFile(path, "[x]\nv=" + IniDocument::escape(value).toUtf8() + "\n");
        QSettings qt(path, QSettings::IniFormat);
        QCOMPARE(qt.value(QStringLiteral("x/v")).toString(), value);
        // ... and what QSettings writes, we read as the same string.
        const QString path2 = freshPath();
        {
            QSettings writer(path2, QSettings::IniFormat);
            writer.setValue(QStringLiteral("x/v"), value);
        }
        const IniDocument doc = IniDocument::parse(readAll(path2));
        QCOMPARE(doc.entries().size(), 1);
        QCOMPARE(IniDocument::unescape(doc.entries().at(0).rawValue), std::optional<QString>(value));
    }

    void savingIsAtomicAndPrivate()
    {
        const QString path = freshPath();
        const QString folder = QFileInfo(path).absolutePath();
        writeFile(path, "[appearance]\ntheme=dark\n");
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadGroup | QFileDevice::ReadOther);
        AppSettings settings(path);
        settings.load();
        QVERIFY(settings.set(SettingKey::ChartIntervalHours, 48).ok());
        QVERIFY(settings.save().ok());
        // A shared file becomes private; nothing but the file is left in the folder.
        QCOMPARE(unixPermissions(path), kOwnerOnly);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("kilowatch.ini")});

        // A new file in a new folder: the folder is the user's only, the file 0600.
        const QString nested = m_dir.filePath(QStringLiteral("new/deeper/kilowatch.ini"));
        AppSettings fresh(nested);
        QVERIFY(fresh.set(SettingKey::Theme, QStringLiteral("light")).ok());
        QVERIFY(fresh.save().ok());
        QCOMPARE(unixPermissions(nested), kOwnerOnly);
        QCOMPARE(unixPermissions(QFileInfo(nested).absolutePath()),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void aFailedWriteLeavesTheOldFileWhole()
    {
#ifndef Q_OS_UNIX
        QSKIP("needs RLIMIT_FSIZE");
#else
        const QString path = freshPath();
        const QString folder = QFileInfo(path).absolutePath();
        AppSettings settings(path);
        QVERIFY(settings.set(SettingKey::Theme, QStringLiteral("dark")).ok());
        QVERIFY(settings.save().ok());
        const QByteArray before = readAll(path);

        // The next file is far bigger than the process may write: the disk is "full".
        QVERIFY(settings.set(SettingKey::WindowGeometry, QByteArray(40'000, 'g')).ok());
        QVERIFY(settings.set(SettingKey::Theme, QStringLiteral("light")).ok());
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 8192;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const Status saved = settings.save();
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(path) && saved.error().contains(QStringLiteral("unchanged")),
                 qPrintable(saved.error()));
        QVERIFY(settings.isDirty());
        QCOMPARE(readAll(path), before); // the old file, every byte
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("kilowatch.ini")});
        AppSettings reread(path);
        reread.load();
        QVERIFY(reread.problems().isEmpty());
        QCOMPARE(reread.theme(), AppSettings::Theme::Dark);

        // With room again, the same object saves.
        QVERIFY(settings.save().ok());
        reread.load();
        QCOMPARE(reread.theme(), AppSettings::Theme::Light);
        QCOMPARE(reread.windowGeometry().size(), 40'000);
#endif
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("expectProblems");
        QTest::addColumn<QString>("problemContains");

        QRandomGenerator random(20250725);
        QByteArray binary(64 * 1024, Qt::Uninitialized);
        for (char &c : binary)
            c = char(random.bounded(256));
        const QByteArray good = "[appearance]\ntheme=dark\n[window]\ninterval_hours=48\ngroup_minutes=30\n";

        QTest::newRow("empty") << QByteArray() << false << QString();
        QTest::newRow("only-comments") << QByteArray("; nothing\n# here\n\n") << false << QString();
        QTest::newRow("binary") << binary << true << QStringLiteral("Line");
        QTest::newRow("nul-bytes") << QByteArray(4096, '\0') << true << QStringLiteral("Line 1");
        QTest::newRow("truncated-mid-key") << good.left(good.size() - 5) << true << QStringLiteral("Line 5 ");
        QTest::newRow("truncated-mid-value") << good.left(good.size() - 2) << false << QString();
        QTest::newRow("truncated-mid-time") << QByteArray("[alerts]\ndaily_summary_time=23:") << true
                                            << QStringLiteral("alerts/daily_summary_time");
        QTest::newRow("invalid-utf8")
            << QByteArray("[appearance]\ntheme=\xff\xfe\xc0\n") << true << QStringLiteral("appearance/theme");
        QTest::newRow("unclosed-section")
            << QByteArray("[appearance\ntheme=dark\n") << true << QStringLiteral("Line 1");
        QTest::newRow("no-equals") << QByteArray("[appearance]\ntheme dark\n") << true
                                   << QStringLiteral("Line 2");
        QTest::newRow("qt-variant")
            << QByteArray("[window]\ngeometry=@Variant(\\0\\0\\0\\t\\0\\xff\\xff\\xff\\xf0)\n") << true
            << QStringLiteral("Qt-typed");
        QTest::newRow("qt-bytearray")
            << QByteArray("[window]\nstate=@ByteArray(abc)\n") << true << QStringLiteral("window/state");
        QTest::newRow("list") << QByteArray("[appearance]\ntheme=dark, light\n") << true
                              << QStringLiteral("list");
        QTest::newRow("long-line") << QByteArray("[appearance]\ntheme=") + QByteArray(900'000, 'x') << true
                                   << QStringLiteral("characters long");
        QTest::newRow("many-lines") << QByteArray("garbage\n").repeated(100'000) << true
                                    << QStringLiteral("more problem");
        QTest::newRow("crlf-bom") << QByteArray("\xef\xbb\xbf[appearance]\r\ntheme=dark\r\n") << false
                                  << QString();
        QTest::newRow("bad-base64") << QByteArray("[window]\ngeometry=!!not base64!!\n") << true
                                    << QStringLiteral("base64");
        QTest::newRow("too-large") << QByteArray(AppSettings::maxFileBytes + 1, 'a') << true
                                   << QStringLiteral("larger");
    }
    void damagedFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, expectProblems);
        QFETCH(QString, problemContains);
        QElapsedTimer timer;
        timer.start();
        auto settings = loadFile(data);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        verifyAllValid(*settings);
        QCOMPARE(!settings->problems().isEmpty(), expectProblems);
        QVERIFY(settings->problems().size() <= AppSettings::maxProblems + 1);
        if (!problemContains.isEmpty())
            QVERIFY2(settings->problems().join(u'\n').contains(problemContains),
                     qPrintable(settings->problems().join(u'\n').left(2000)));
        // The same bytes without a file give the same result.
        auto fromData = AppSettings::fromIniData(data);
        QCOMPARE(fromData->problems().size() > 0, expectProblems);
        for (const SettingDefinition &d : SettingDefinition::all())
            QCOMPARE(fromData->value(d.key), settings->value(d.key));
    }

    void aHugeFileIsNotEvenRead()
    {
        const QString path = freshPath();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(2) * 1024 * 1024 * 1024)); // 2 GiB, sparse
        }
        QElapsedTimer timer;
        timer.start();
        AppSettings settings(path);
        settings.load();
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(settings.problems().size(), 1);
        QVERIFY(settings.problems().at(0).contains(QStringLiteral("larger")));
        verifyAllValid(settings);
        QFile::remove(path);
    }

    void goodValuesSurviveBadNeighbours()
    {
        auto settings = loadFile("[appearance]\n"
                                 "theme=dark\n"
                                 "language=klingon-ish!\n"
                                 "[desktop]\n"
                                 "start_minimised=maybe\n"
                                 "close_to_tray=false\n"
                                 "\x01\x02\x03 garbage\n"
                                 "[window]\n"
                                 "interval_hours=48\n"
                                 "group_minutes=abc\n");
        QCOMPARE(settings->theme(), AppSettings::Theme::Dark);
        QCOMPARE(settings->closeToTray(), false);
        QCOMPARE(settings->chartIntervalHours(), 48);
        QCOMPARE(settings->language(), QStringLiteral("system"));
        QCOMPARE(settings->startMinimised(), false);
        QCOMPARE(settings->chartGroupMinutes(), 60);
        const QStringList problems = settings->problems();
        QCOMPARE(problems.size(), 4);
        QVERIFY2(problems.at(0).startsWith(QStringLiteral("Line 7 ")), qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).contains(QStringLiteral("Line 3, appearance/language")) &&
                     problems.at(1).contains(QStringLiteral("the default “system” is used")),
                 qPrintable(problems.at(1)));
        QVERIFY2(problems.at(2).contains(QStringLiteral("“maybe” is neither true nor false")),
                 qPrintable(problems.at(2)));
        QVERIFY2(problems.at(3).contains(
                     QStringLiteral("Line 10, window/group_minutes: “abc” is not a whole number")),
                 qPrintable(problems.at(3)));
    }

    void outOfRangeValuesAreClampedWithAWarning_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<SettingKey>("key");
        QTest::addColumn<QVariant>("expected");
        QTest::addColumn<QString>("problem");
        QTest::newRow("too-many-hours")
            << QByteArray("[window]\ninterval_hours=1000") << SettingKey::ChartIntervalHours
            << QVariant(qint64(720)) << QStringLiteral("“1000” is outside 1 to 720; 720 is used");
        QTest::newRow("zero-minutes")
            << QByteArray("[window]\ngroup_minutes=0") << SettingKey::ChartGroupMinutes << QVariant(qint64(1))
            << QStringLiteral("1 is used");
        QTest::newRow("negative-poll")
            << QByteArray("[polling]\nlive_interval_seconds=-5") << SettingKey::LivePollSeconds
            << QVariant(qint64(5)) << QStringLiteral("5 is used");
        QTest::newRow("overflow") << QByteArray("[polling]\nhourly_interval_seconds=99999999999999999999999")
                                  << SettingKey::HourlyPollSeconds << QVariant(qint64(86400))
                                  << QStringLiteral("86400 is used");
        QTest::newRow("negative-money")
            << QByteArray("[alerts]\nlow_balance_hysteresis_amount=-3.5")
            << SettingKey::LowBalanceHysteresisAmount << QVariant(qint64(0)) << QStringLiteral("0 is used");
        QTest::newRow("choice") << QByteArray("[appearance]\ntheme=purple") << SettingKey::Theme
                                << QVariant(QStringLiteral("system"))
                                << QStringLiteral("“purple” is not one of system, light, dark");
        QTest::newRow("choice-case") << QByteArray("[appearance]\ntheme=DARK") << SettingKey::Theme
                                     << QVariant(QStringLiteral("dark")) << QString();
        QTest::newRow("time") << QByteArray("[alerts]\ndaily_summary_time=24:00")
                              << SettingKey::DailySummaryTime << QVariant(QTime(23, 59))
                              << QStringLiteral("not a time of day");
        QTest::newRow("decimals") << QByteArray("[alerts]\nlow_balance_warning_amount=12.3456")
                                  << SettingKey::LowBalanceWarningAmount << QVariant(qint64(500'000))
                                  << QStringLiteral("at most three decimals");
        QTest::newRow("comma-decimal")
            << QByteArray("[alerts]\nlow_balance_warning_amount=\"12,5\"")
            << SettingKey::LowBalanceWarningAmount << QVariant(qint64(500'000)) << QStringLiteral("a dot");
        QTest::newRow("optional-off") << QByteArray("[alerts]\nconsumption_kwh_per_day=0")
                                      << SettingKey::ConsumptionKwhPerDay << QVariant() << QString();
        QTest::newRow("optional-on") << QByteArray("[alerts]\nconsumption_kwh_per_day=25.5")
                                     << SettingKey::ConsumptionKwhPerDay << QVariant(qint64(25'500))
                                     << QString();
        QTest::newRow("http-url") << QByteArray("[telegram]\nbase_url=http://api.example.org")
                                  << SettingKey::TelegramBaseUrl
                                  << QVariant(QStringLiteral("https://api.telegram.org"))
                                  << QStringLiteral("https://");
        QTest::newRow("loopback-url")
            << QByteArray("[telegram]\nbase_url=http://127.0.0.1:8081/") << SettingKey::TelegramBaseUrl
            << QVariant(QStringLiteral("http://127.0.0.1:8081")) << QString();
        QTest::newRow("url-password")
            << QByteArray("[telegram]\nbase_url=https://me:pw@api.example.org") << SettingKey::TelegramBaseUrl
            << QVariant(QStringLiteral("https://api.telegram.org"))
            << QStringLiteral("user name or password");
        QTest::newRow("language-code") << QByteArray("[appearance]\nlanguage=pt-br") << SettingKey::Language
                                       << QVariant(QStringLiteral("pt_BR")) << QString();
    }
    void outOfRangeValuesAreClampedWithAWarning()
    {
        QFETCH(QByteArray, line);
        QFETCH(SettingKey, key);
        QFETCH(QVariant, expected);
        QFETCH(QString, problem);
        auto settings = loadFile(line + "\n");
        QCOMPARE(settings->value(key), expected);
        if (problem.isEmpty()) {
            QVERIFY2(settings->problems().isEmpty(), qPrintable(settings->problems().join(u'\n')));
        } else {
            QCOMPARE(settings->problems().size(), 1);
            QVERIFY2(settings->problems().at(0).contains(problem), qPrintable(settings->problems().at(0)));
            QVERIFY(settings->problems().at(0).startsWith(QStringLiteral("Line 2, ")));
        }
    }

    void thresholdsThatContradictEachOtherFallBackTogether()
    {
        auto settings = loadFile("[alerts]\nlow_balance_warning_amount=200\nlow_balance_critical_amount=300\n"
                                 "low_balance_warning_days=5\nlow_balance_critical_days=2\n");
        QCOMPARE(settings->lowBalanceWarningMilli(), 500'000);
        QCOMPARE(settings->lowBalanceCriticalMilli(), 100'000);
        QCOMPARE(settings->lowBalanceWarningDays(), 5); // consistent: kept
        QCOMPARE(settings->lowBalanceCriticalDays(), 2);
        QCOMPARE(settings->problems().size(), 1);
        QVERIFY2(settings->problems().at(0).contains(QStringLiteral("must be below")),
                 qPrintable(settings->problems().at(0)));
    }

    void unknownKeysAreKeptAndCredentialsDropped()
    {
        const QString path = freshPath();
        writeFile(path, "[General]\nrootthing=1\n"
                        "[appearance]\ntheme=light\naccent=\"blue, green\" ; a later feature\n"
                        "Theme=dark\n"
                        "[future]\nsetting=@Variant(whatever)\n"
                        "[telegram]\nbot_token=" +
                            kBotToken + "\nchat_id=" + kBotToken +
                            "\n"
                            "[meter-3]\nnote=" +
                            kBotToken + "\n");
        AppSettings settings(path);
        settings.load();
        QCOMPARE(settings.theme(), AppSettings::Theme::Light);
        QCOMPARE(settings.telegramChatId(), QString());
        QCOMPARE(settings.unknownKeys(),
                 (QStringList{QStringLiteral("rootthing"), QStringLiteral("appearance/accent"),
                              QStringLiteral("appearance/Theme"), QStringLiteral("future/setting")}));
        const QString problems = settings.problems().join(u'\n');
        QVERIFY2(problems.contains(QStringLiteral("did you mean appearance/theme")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("bot_token looks like a credential")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("note looks like a credential")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("telegram/chat_id: this looks like a bot token")),
                 qPrintable(problems));

        QVERIFY(settings.save().ok());
        const QByteArray written = readAll(path);
        QVERIFY(!written.contains(kBotToken));
        QVERIFY(!written.contains("bot_token"));
        QVERIFY(written.contains("\n[General]\nrootthing=1\n"));
        QVERIFY(written.contains("\naccent=\"blue, green\"\n"));
        QVERIFY(written.contains("\n[future]\nsetting=@Variant(whatever)\n"));
        QSettings qt(path, QSettings::IniFormat);
        QCOMPARE(qt.value(QStringLiteral("appearance/accent")).toString(), QStringLiteral("blue, green"));
        QCOMPARE(qt.value(QStringLiteral("rootthing")).toString(), QStringLiteral("1"));

        // The original text is kept aside (private), minus the credentials.
        const QString aside = path + QStringLiteral(".damaged");
        QVERIFY(QFile::exists(aside));
        const QByteArray kept = readAll(aside);
        QVERIFY(kept.contains("[telegram]\n; (removed by Kilowatch"));
        QVERIFY(kept.contains("Theme=dark"));
        QVERIFY(!kept.contains(kBotToken));
        QCOMPARE(unixPermissions(aside), kOwnerOnly);
        // A clean file is not moved aside again.
        QFile::remove(aside);
        AppSettings clean(path);
        clean.load();
        QVERIFY(clean.set(SettingKey::Autostart, true).ok());
        QVERIFY(clean.save().ok());
        QVERIFY(!QFile::exists(aside));
    }

    void codeCannotStoreBadValuesOrSecrets()
    {
        AppSettings settings(freshPath());
        QSignalSpy changed(&settings, &AppSettings::changed);
        const Status purple = settings.set(SettingKey::Theme, QStringLiteral("purple"));
        QVERIFY(!purple.ok());
        QCOMPARE(purple.error(),
                 QStringLiteral("appearance/theme: “purple” is not one of system, light, dark."));
        QVERIFY(!settings.set(SettingKey::ChartIntervalHours, 0).ok());
        QVERIFY(!settings.set(SettingKey::ChartIntervalHours, 721).ok());
        QVERIFY(
            !settings.set(SettingKey::ChartIntervalHours, QStringLiteral("1000")).ok()); // strict, no clamp
        QVERIFY(!settings.set(SettingKey::StartMinimised, 1).ok());                      // a bool is a bool
        QVERIFY(!settings.set(SettingKey::DailySummaryTime, QTime()).ok());
        QVERIFY(!settings.set(SettingKey::TelegramBaseUrl, QStringLiteral("ftp://example.org")).ok());
        QVERIFY(!settings
                     .set(SettingKey::TelegramBaseUrl,
                          QStringLiteral("https://api.telegram.org/bot") + QString::fromLatin1(kBotToken))
                     .ok());
        QVERIFY(!settings.set(SettingKey::TelegramChatId, QString::fromLatin1(kBotToken)).ok());
        QVERIFY(!settings.set(SettingKey::TelegramChatId, QStringLiteral("my chat")).ok());
        QVERIFY(!settings.set(SettingKey::WindowGeometry, QByteArray(65 * 1024, 'x')).ok());
        QCOMPARE(changed.count(), 0);
        QVERIFY(!settings.isDirty());

        QVERIFY(settings.set(SettingKey::TelegramBaseUrl, QStringLiteral("http://localhost:8081/")).ok());
        QCOMPARE(settings.telegramBaseUrl(), QStringLiteral("http://localhost:8081"));
        QVERIFY(settings.set(SettingKey::TelegramChatId, QStringLiteral("@kilowatch_home")).ok());
        QVERIFY(settings.set(SettingKey::DailySummaryTime, QTime(7, 30, 45)).ok());
        QCOMPARE(settings.dailySummaryTime(), QTime(7, 30)); // minutes only
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(0).at(0).value<SettingKey>(), SettingKey::TelegramBaseUrl);
        // Setting the same value again changes nothing.
        QVERIFY(settings.setChartIntervalHours(720).ok());
        QCOMPARE(changed.count(), 3);
        QVERIFY(settings.setChartMode(AppSettings::ChartMode::Lines).ok());
        QCOMPARE(settings.value(SettingKey::ChartMode), QVariant(QStringLiteral("lines")));
        QVERIFY(settings.setTheme(AppSettings::Theme::Dark).ok());
        QCOMPARE(settings.theme(), AppSettings::Theme::Dark);
        QCOMPARE(changed.count(), 5);
    }

    void loadingEmitsChangedForWhatChanged()
    {
        const QString path = freshPath();
        writeFile(path, "[appearance]\ntheme=dark\n[window]\nunit=money\n");
        AppSettings settings(path);
        QSignalSpy changed(&settings, &AppSettings::changed);
        settings.load();
        QCOMPARE(changed.count(), 2);
        QSet<SettingKey> keys;
        for (const QList<QVariant> &args : std::as_const(changed))
            keys.insert(args.at(0).value<SettingKey>());
        QCOMPARE(keys, (QSet<SettingKey>{SettingKey::Theme, SettingKey::ChartUnit}));
        QCOMPARE(settings.chartUnit(), AppSettings::ChartUnit::Money);
        changed.clear();
        settings.load();
        QCOMPARE(changed.count(), 0);
    }

    void autoSaveWritesAfterAPauseAndOnExit()
    {
        const QString path = freshPath();
        {
            AppSettings settings(path);
            settings.setAutoSaveDelay(20);
            QVERIFY(settings.setChartGroupMinutes(5).ok());
            QVERIFY(!QFile::exists(path));
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 2000);
            QVERIFY(!settings.isDirty());
            QVERIFY(settings.setChartGroupMinutes(10).ok()); // pending when destroyed
        }
        AppSettings reread(path);
        reread.load();
        QCOMPARE(reread.chartGroupMinutes(), 10);

        // A failure is reported, not swallowed.
        AppSettings noFile(m_dir.filePath(QStringLiteral("case-dir-as-file")));
        QDir().mkpath(noFile.filePath()); // the "file" is a folder
        noFile.setAutoSaveDelay(10);
        QSignalSpy failed(&noFile, &AppSettings::saveFailed);
        QVERIFY(noFile.setLastMeterId(7).ok());
        QVERIFY(failed.wait(2000));
        QVERIFY(failed.at(0).at(0).toString().contains(noFile.filePath()));
        noFile.setAutoSaveDelay(0);
    }

    void settingsWithoutAFileCannotBeSaved()
    {
        auto settings = AppSettings::fromIniData("[appearance]\ntheme=dark\n");
        QCOMPARE(settings->theme(), AppSettings::Theme::Dark);
        const Status saved = settings->save();
        QVERIFY(!saved.ok());
        QVERIFY(!saved.error().isEmpty());
    }

    void quietHours()
    {
        AppSettings settings(freshPath());
        QVERIFY(!settings.isQuietAt(QTime(23, 0))); // off by default
        QVERIFY(settings.set(SettingKey::QuietHoursEnabled, true).ok());
        // 22:00 to 07:00 crosses midnight.
        QVERIFY(settings.isQuietAt(QTime(22, 0)));
        QVERIFY(settings.isQuietAt(QTime(3, 0)));
        QVERIFY(settings.isQuietAt(QTime(6, 59, 59)));
        QVERIFY(!settings.isQuietAt(QTime(7, 0)));
        QVERIFY(!settings.isQuietAt(QTime(12, 0)));
        QVERIFY(settings.set(SettingKey::QuietHoursStart, QTime(13, 0)).ok());
        QVERIFY(settings.set(SettingKey::QuietHoursEnd, QTime(14, 0)).ok());
        QVERIFY(settings.isQuietAt(QTime(13, 30)));
        QVERIFY(!settings.isQuietAt(QTime(14, 0)));
        QVERIFY(!settings.isQuietAt(QTime(3, 0)));
        QVERIFY(settings.set(SettingKey::QuietHoursEnd, QTime(13, 0)).ok());
        QVERIFY(!settings.isQuietAt(QTime(13, 0))); // an empty window
    }

    void theLocationFollowsTheCommandLineThenTheEnvironment()
    {
        QCOMPARE(SettingsLocation::resolve(QStringLiteral("/x/y.ini")), QStringLiteral("/x/y.ini"));
        qputenv(SettingsLocation::environmentVariable(), "/from/env.ini");
        QCOMPARE(SettingsLocation::resolve(), QStringLiteral("/from/env.ini"));
        qunsetenv(SettingsLocation::environmentVariable());
        const QString path = SettingsLocation::resolve();
        QVERIFY2(path.endsWith(QStringLiteral("/kilowatch.ini")), qPrintable(path));
        QCOMPARE(path, QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                           .filePath(QStringLiteral("kilowatch.ini")));
    }

    // A small in-process fuzz run (the libFuzzer target of issue 9 calls the same entry point):
    // mutated files never crash the loader, always give valid values, and whatever it writes it
    // reads back to the same values and the same text.
    void mutatedFilesAreStable()
    {
        AppSettings seed(freshPath());
        for (const SettingDefinition &d : SettingDefinition::all())
            QVERIFY(seed.set(d.key, otherValue(d)).ok());
        const QByteArray base = seed.toIniData() + "[future]\nx=\"a, b\"\n";
        const QList<QByteArray> pieces = {"=",
                                          "[",
                                          "]",
                                          ";",
                                          ",",
                                          "\"",
                                          "\\",
                                          "@",
                                          "\n",
                                          "\r",
                                          QByteArray(1, '\0'),
                                          "\\x",
                                          "@Variant(",
                                          "\xff",
                                          "99999999999999999999",
                                          "-",
                                          ".",
                                          "[General]\n",
                                          "theme=",
                                          "\xe0\xa6\xac"};
        QRandomGenerator random(7);
        // KILOWATCH_SETTINGS_FUZZ_ROUNDS=200000 for a longer run (e.g. in the sanitizer build).
        const int rounds = qMax(1500, qEnvironmentVariableIntValue("KILOWATCH_SETTINGS_FUZZ_ROUNDS"));
        for (int round = 0; round < rounds; ++round) {
            QByteArray data = base;
            const int edits = 1 + int(random.bounded(8));
            for (int e = 0; e < edits; ++e) {
                const int at = int(random.bounded(qint64(data.size()) + 1));
                switch (random.bounded(4)) {
                case 0:
                    data.insert(at, pieces.at(int(random.bounded(qint64(pieces.size())))));
                    break;
                case 1:
                    if (at < data.size())
                        data[at] = char(random.bounded(256));
                    break;
                case 2:
                    data.remove(at, int(random.bounded(40)));
                    break;
                default:
                    data.truncate(at);
                }
            }
            auto first = AppSettings::fromIniData(data);
            verifyAllValid(*first);
            QVERIFY(first->problems().size() <= AppSettings::maxProblems + 1);
            const QByteArray written = first->toIniData();
            auto second = AppSettings::fromIniData(written);
            for (const SettingDefinition &d : SettingDefinition::all()) {
                if (second->value(d.key) != first->value(d.key)) {
                    qWarning().noquote() << "round" << round << "input:" << data.toPercentEncoding(" =[];\n");
                    QFAIL(qPrintable(QStringLiteral("%1 changed after writing").arg(keyName(d.key))));
                }
            }
            // The same unknown entries (grouped by section once written, so sorted here).
            QStringList before = first->unknownKeys(), after = second->unknownKeys();
            before.sort();
            after.sort();
            QCOMPARE(after, before);
            QCOMPARE(second->toIniData(), written);
        }
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
