#pragma once

#include "TestDatabase.h"
#include "export/CsvExporter.h"
#include "setup/SimulatorBackfill.h"
#include "storage/MeterRepository.h"

#include <QBuffer>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

// Helpers shared by the CSV tests: a simulated meter with history, and an export to bytes.
namespace CsvTestHistory {

// 2025-07-25 12:00 UTC: a fixed "now" so every run sees the same history.
inline qint64 fixedNow()
{
    return QDateTime(QDate(2025, 7, 25), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

// A simulator meter with `days` of 30 s history ending at `now`.
inline Meter simulated(TestDatabase &t, const QString &name, int days, qint64 now = fixedNow(),
                       const QString &zone = QStringLiteral("Asia/Kolkata"), quint64 seed = 7)
{
    const Meter added = t.addMeter(name, QStringLiteral("simulator"), 30, zone);
    const Result<Meter> prepared = SimulatorBackfill::prepare(t.db(), added, days, seed, now);
    if (!prepared)
        qFatal("%s", qPrintable(prepared.error()));
    const Result<IngestStats> stored =
        SimulatorBackfill::run(t.db(), prepared.value(), now - qint64(days) * 86400, now);
    if (!stored)
        qFatal("%s", qPrintable(stored.error()));
    return prepared.value();
}

// A manual meter without readings (the kind imports go into).
inline Meter manual(TestDatabase &t, const QString &name,
                    const QString &zone = QStringLiteral("Asia/Kolkata"),
                    const QString &currency = QStringLiteral("INR"))
{
    Meter m = t.addMeter(name, QStringLiteral("manual"), 3600, zone);
    if (m.currency != currency) {
        m.currency = currency;
        if (Status saved = MeterRepository(t.db()).update(m); !saved)
            qFatal("%s", qPrintable(saved.error()));
    }
    return m;
}

inline QByteArray exportBytes(Database &db, const CsvExporter::Request &request, BillSource *bills = nullptr,
                              qint64 now = fixedNow())
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExporter exporter(db, bills);
    exporter.setNow(now);
    const Result<CsvExporter::Stats> written = exporter.write(request, buffer);
    if (!written)
        qFatal("export failed: %s", qPrintable(written.error()));
    return buffer.data();
}

inline CsvExporter::Request request(CsvExporter::Kind kind, const Meter &meter)
{
    CsvExporter::Request r;
    r.kind = kind;
    r.meters = {meter};
    return r;
}

inline QList<QByteArray> lines(const QByteArray &csv)
{
    QList<QByteArray> list = csv.split('\n');
    if (!list.isEmpty() && list.last().isEmpty())
        list.removeLast();
    for (QByteArray &l : list) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    return list;
}

} // namespace CsvTestHistory
