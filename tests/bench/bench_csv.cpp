// CSV at full size: a year of 30 s readings (about a million rows) exported and imported
// again, timed and printed (figures, not a timed test). KILOWATCH_BENCH_DAYS changes the size.
#include "../export/CsvTestHistory.h"
#include "export/CsvImporter.h"
#include "storage/ReadingRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace CsvTestHistory;

class BenchCsv : public QObject
{
    Q_OBJECT

private slots:
    void yearOfReadings()
    {
        const int days = qEnvironmentVariableIsSet("KILOWATCH_BENCH_DAYS")
                             ? qEnvironmentVariableIntValue("KILOWATCH_BENCH_DAYS")
                             : 365;
        TestDatabase source;
        const Meter m = simulated(source, QStringLiteral("home"), days);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("readings.csv"));

        QElapsedTimer clock;
        clock.start();
        CsvExporter exporter(source.db());
        exporter.setNow(fixedNow());
        const auto written = exporter.writeFile(request(CsvExporter::Kind::Readings, m), path);
        const qint64 exportMs = qMax<qint64>(1, clock.elapsed());
        QVERIFY(written.ok());

        TestDatabase copy;
        const Meter n = copy.addMeter(QStringLiteral("home"), QStringLiteral("manual"), 30);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        clock.restart();
        CsvImporter importer(copy.db());
        importer.setNow(fixedNow());
        const auto imported = importer.run(n, file, {});
        const qint64 importMs = qMax<qint64>(1, clock.elapsed());
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error()));
        QCOMPARE(imported->imported, written->rows);
        qInfo("export: %lld rows (%lld MB) in %lld ms, %lld rows/s", written->rows, file.size() >> 20,
              exportMs, written->rows * 1000 / exportMs);
        qInfo(
            "import: %lld rows in %lld ms, %lld rows/s (readings, rollups and recharges in one transaction)",
            imported->imported, importMs, imported->imported * 1000 / importMs);
    }
};

QTEST_GUILESS_MAIN(BenchCsv)
#include "bench_csv.moc"
