// One row type per kind: `kilowatch-cli --json` and the CSV export (`export --what KIND
// --out -`) of the same database agree field by field. Run through the built kilowatch-cli
// binary, so the test sees what a script sees and does not depend on the CLI's classes.

#include "CsvTestHistory.h"
#include "TestDatabase.h"
#include "alerts/Alert.h"
#include "export/CsvReader.h"
#include "storage/AlertRepository.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#ifndef KILOWATCH_CLI
#error "KILOWATCH_CLI must name the kilowatch-cli executable"
#endif

namespace {

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// "12.30" and 12.3 are the same number: both are written as the shortest exact decimal.
QString normalisedDecimal(QString text)
{
    static const QRegularExpression minusZero(QStringLiteral("^-0(\\.0*)?$"));
    if (minusZero.match(text).hasMatch())
        text = text.mid(1); // -0.00 is 0
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

// A JSON value as the CSV cell it must equal: null is the empty cell, numbers as exact
// decimals (shortest round-trip form, never an exponent), booleans true/false.
QString asCell(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return normalisedDecimal(QLocale::c().toString(v.toDouble(), 'f', QLocale::FloatingPointShortest));
    case QJsonValue::String:
        return v.toString();
    default:
        return QStringLiteral("<%1>").arg(int(v.type()));
    }
}

bool looksNumeric(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    return number.match(text).hasMatch();
}

} // namespace

class TestRowsAgree : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_t;
    Meter m_meter;

    CliRun cli(const QStringList &arguments)
    {
        QProcess p;
        p.start(QStringLiteral(KILOWATCH_CLI),
                QStringList{QStringLiteral("--database"), m_t.path()} + arguments);
        CliRun r;
        if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit)
            return r;
        r.code = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static QStringList words(const QString &line) { return line.split(QLatin1Char(' '), Qt::SkipEmptyParts); }
    static QStringList words(const char *line) { return words(QString::fromUtf8(line)); }

    QList<QJsonObject> jsonRows(const QString &line)
    {
        const CliRun r = cli(QStringList{QStringLiteral("--json")} + words(line));
        if (r.code != 0)
            qWarning("%s: %s", qPrintable(line), r.err.constData());
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("%s: not JSON: %s", qPrintable(line), r.out.left(200).constData());
        QList<QJsonObject> rows;
        if (doc.isObject())
            rows.append(doc.object());
        for (const QJsonValue &v : doc.array())
            rows.append(v.toObject());
        return rows;
    }

    QList<CsvRecord> csvRecords(const QString &line)
    {
        const CliRun r = cli(words(line) + QStringList{QStringLiteral("--out"), QStringLiteral("-")});
        if (r.code != 0)
            qWarning("%s: %s", qPrintable(line), r.err.constData());
        QByteArray bytes = r.out;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QList<CsvRecord> records;
        CsvRecord record;
        while (reader.next(record))
            records.append(record);
        if (reader.hasError())
            qWarning("%s: bad CSV", qPrintable(line));
        return records;
    }

    // Every CSV column is a key of the JSON row with the same value; keys the JSON has beyond
    // the CSV's columns are only those the row type names as JSON-only.
    void agree(const QList<QJsonObject> &json, const QList<CsvRecord> &csv, const QStringList &jsonOnly)
    {
        QVERIFY2(!csv.isEmpty(), "no CSV header");
        const QList<QByteArray> header = csv.first().fields;
        QCOMPARE(qsizetype(json.size()), csv.size() - 1);
        QVERIFY(!json.isEmpty());
        QStringList columns;
        for (const QByteArray &h : header)
            columns.append(QString::fromUtf8(h));
        for (qsizetype i = 0; i < json.size(); ++i) {
            const QJsonObject &row = json.at(i);
            QStringList expectedKeys = columns + jsonOnly;
            expectedKeys.sort();
            QStringList keys = row.keys();
            keys.sort();
            QCOMPARE(keys, expectedKeys);
            const CsvRecord &record = csv.at(i + 1);
            QCOMPARE(record.fields.size(), header.size());
            for (qsizetype c = 0; c < columns.size(); ++c) {
                QString cell = record.text(c);
                if (looksNumeric(cell))
                    cell = normalisedDecimal(cell);
                const QString fromJson = asCell(row.value(columns.at(c)));
                QVERIFY2(cell == fromJson, qPrintable(QStringLiteral("row %1, %2: CSV \"%3\", JSON \"%4\"")
                                                          .arg(i)
                                                          .arg(columns.at(c), cell, fromJson)));
            }
        }
    }

private slots:
    void initTestCase()
    {
        // 2025-07-05 .. 2025-07-25 12:00 UTC: twenty days of 30 s readings with generator
        // sessions, detected recharges, and one session still open at the end.
        m_meter = CsvTestHistory::simulated(m_t, QStringLiteral("flat"), 20);
        AlertRepository alerts(m_t.db());
        for (int i = 0; i < 3; ++i) {
            Alert a;
            a.meterId = m_meter.id;
            a.time = CsvTestHistory::fixedNow() - 3600 * (i + 1);
            a.kind = i == 0 ? Alert::Kind::LowBalance : Alert::Kind::GeneratorOn;
            a.severity = i == 0 ? Alert::Severity::Warning : Alert::Severity::Info;
            a.title = QStringLiteral("t");
            a.message = QStringLiteral("Message %1, with a comma").arg(i);
            a.dedupeKey = QStringLiteral("k%1").arg(i);
            QVERIFY(alerts.insert(a));
        }
        m_t.close();
        QCOMPARE(cli(words("tariff set --meter flat --from 2025-07-01 --flat 8.125 --fixed-daily 3.333 "
                           "--tax-percent 18"))
                     .code,
                 0);
        QCOMPARE(cli(words("recharge add --meter flat --amount 250.5 --time 2025-07-20T10:00 "
                           "--token 1234-5678-9012-3456-7890"))
                     .code,
                 0);
    }

    void readings()
    {
        const QString window = QStringLiteral(" --meter flat --from 2025-07-24T10:00 --to 2025-07-24T14:00");
        agree(jsonRows(QStringLiteral("readings") + window),
              csvRecords(QStringLiteral("export --what readings") + window), {});
    }

    void usage()
    {
        agree(jsonRows(QStringLiteral(
                  "usage --meter flat --interval-hours 48 --group-minutes 15 --at 2025-07-25T17:00")),
              csvRecords(QStringLiteral("export --what usage --meter flat --interval-hours 48 "
                                        "--group-minutes 15 --at 2025-07-25T17:00")),
              {});
    }

    void days()
    {
        agree(
            jsonRows(QStringLiteral("summary --meter flat --period day --from 2025-06-30 --to 2025-07-25")),
            csvRecords(QStringLiteral("export --what daily --meter flat --from 2025-06-30 --to 2025-07-25")),
            {});
    }

    void months()
    {
        agree(
            jsonRows(QStringLiteral("summary --meter flat --period month --from 2025-06-01 --to 2025-07-25")),
            csvRecords(
                QStringLiteral("export --what monthly --meter flat --from 2025-06-01 --to 2025-07-25")),
            {});
    }

    void recharges()
    {
        const QList<QJsonObject> json = jsonRows(QStringLiteral("recharges --meter flat"));
        QVERIFY(json.size() > 1);
        agree(json, csvRecords(QStringLiteral("export --what recharges --meter flat")),
              {QStringLiteral("id")});
    }

    void sessions()
    {
        const QList<QJsonObject> json = jsonRows(QStringLiteral("sessions --meter flat"));
        QVERIFY(json.size() > 2);
        QVERIFY(json.last().value(QStringLiteral("end")).isNull()); // the open session is in
        agree(json, csvRecords(QStringLiteral("export --what sessions --meter flat")), {});
    }

    void alerts()
    {
        agree(jsonRows(QStringLiteral("alerts --meter flat")),
              csvRecords(QStringLiteral("export --what alerts --meter flat")), {QStringLiteral("severity")});
    }

    void bill()
    {
        agree(
            jsonRows(QStringLiteral("bill --meter flat --month 2025-07")),
            csvRecords(QStringLiteral("export --what bills --meter flat --from 2025-07-01 --to 2025-07-25")),
            {QStringLiteral("energy_charges")});
    }
};

QTEST_GUILESS_MAIN(TestRowsAgree)
#include "tst_rowsagree.moc"
