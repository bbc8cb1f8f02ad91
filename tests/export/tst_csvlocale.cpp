#include "CsvTestHistory.h"
#include "export/CsvImporter.h"

#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>
#include <cstdio>

using namespace CsvTestHistory;

namespace {

// Every number cell of an export: digits with '.' as the decimal point, never ','.
void verifyDecimalPoints(const QByteArray &csv, const QList<int> &numberColumns)
{
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    const QList<QByteArray> rows = lines(csv);
    QVERIFY(rows.size() > 1);
    int checked = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QList<QByteArray> cells = rows.at(i).split(',');
        for (const int c : numberColumns) {
            const QString cell = QString::fromUtf8(cells.value(c));
            if (cell.isEmpty())
                continue;
            QVERIFY2(number.match(cell).hasMatch(), qPrintable(cell));
            ++checked;
        }
    }
    QVERIFY(checked > 0);
}

} // namespace

// The export and the import under a German locale (decimal comma, both Qt's default locale
// and the C library's LC_NUMERIC): numbers still use '.', and our own files read back.
class TestCsvLocale : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_locales;
    bool m_cLocale = false;

    void exportAndImport()
    {
        TestDatabase t;
        const Meter m = simulated(t, QStringLiteral("home"), 3);
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO recharges (meter_id, t, amount_milli, balance_after_milli, origin)"
                           " VALUES (%1, %2, 1234567, -2500, 'manual')")
                .arg(m.id)
                .arg(fixedNow() - 3600)));
        const QByteArray readings = exportBytes(t.db(), request(CsvExporter::Kind::Readings, m));
        verifyDecimalPoints(readings, {2, 3, 4, 5});
        verifyDecimalPoints(exportBytes(t.db(), request(CsvExporter::Kind::Daily, m)), {2, 3, 4, 5, 6, 7});
        verifyDecimalPoints(exportBytes(t.db(), request(CsvExporter::Kind::Monthly, m)),
                            {2, 3, 4, 5, 6, 7, 8});
        verifyDecimalPoints(exportBytes(t.db(), request(CsvExporter::Kind::Recharges, m)), {2, 3});
        CsvExporter::Request usage = request(CsvExporter::Kind::Usage, m);
        usage.groupMinutes = 30;
        verifyDecimalPoints(exportBytes(t.db(), usage), {3, 4, 5, 6});

        TestDatabase copy;
        const Meter n = copy.addMeter(QStringLiteral("home"), QStringLiteral("manual"), 30);
        QBuffer buffer;
        buffer.setData(readings);
        buffer.open(QIODevice::ReadOnly);
        CsvImporter importer(copy.db());
        importer.setNow(fixedNow());
        const auto r = importer.run(n, buffer, {});
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->badRows, 0);
        QCOMPARE(exportBytes(copy.db(), request(CsvExporter::Kind::Readings, n)), readings);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(QLocale().toString(1.5), QStringLiteral("1,5"));
        // The C library's German locale, compiled into a private folder (no root needed).
        QProcess localedef;
        localedef.start(QStringLiteral("localedef"),
                        {QStringLiteral("-i"), QStringLiteral("de_DE"), QStringLiteral("-f"),
                         QStringLiteral("UTF-8"), m_locales.filePath(QStringLiteral("de_DE.UTF-8"))});
        if (localedef.waitForFinished(60'000) && localedef.exitStatus() == QProcess::NormalExit) {
            qputenv("LOCPATH", QFile::encodeName(m_locales.path()));
            m_cLocale = std::setlocale(LC_ALL, "de_DE.UTF-8") != nullptr;
        }
    }

    void germanQtLocale() { exportAndImport(); }

    void germanCLocale()
    {
        if (!m_cLocale)
            QSKIP("localedef or the de_DE locale source is missing (Debian package locales)");
        QCOMPARE(QByteArray(std::localeconv()->decimal_point), QByteArray(","));
        char text[16];
        std::snprintf(text, sizeof text, "%.1f", 1.5);
        QCOMPARE(QByteArray(text), QByteArray("1,5")); // printf would write commas here
        exportAndImport();
    }
};

QTEST_GUILESS_MAIN(TestCsvLocale)
#include "tst_csvlocale.moc"
