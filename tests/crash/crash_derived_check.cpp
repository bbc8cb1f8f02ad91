// crash_derived_check DATABASE [METER ...]: for each meter (default: all), compares what is
// derived from its readings in the file (rollups, recharges, sessions) with a rebuild from
// scratch, inside a transaction that is rolled back, so the file is left as it was.
// Prints "derived ok meters=N" and exits 0, or names the first difference and exits 1.
#include "DerivedSnapshot.h"
#include "analytics/ReadingIngestor.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: crash_derived_check DATABASE [METER ...]\n");
        return 2;
    }
    Result<std::unique_ptr<Database>> opened = Database::open(args.first());
    if (!opened) {
        std::fprintf(stderr, "crash_derived_check: %s\n", qPrintable(opened.error()));
        return 1;
    }
    Database &db = *opened.value();
    const Result<QList<Meter>> meters = MeterRepository(db).list();
    if (!meters) {
        std::fprintf(stderr, "crash_derived_check: %s\n", qPrintable(meters.error()));
        return 1;
    }
    const QStringList wanted = args.mid(1);
    int checked = 0;
    for (const Meter &meter : meters.value()) {
        if (!wanted.isEmpty() && !wanted.contains(meter.name))
            continue;
        const DerivedSnapshot stored = DerivedSnapshot::of(db, meter);
        Transaction scratch(db); // never committed: the rebuild is only compared
        if (!scratch.isActive()) {
            std::fprintf(stderr, "crash_derived_check: %s\n", qPrintable(scratch.error()));
            return 1;
        }
        if (Status rebuilt = ReadingIngestor(db).rebuild(meter); !rebuilt) {
            std::fprintf(stderr, "crash_derived_check: rebuilding %s failed: %s\n", qPrintable(meter.name),
                         qPrintable(rebuilt.error()));
            return 1;
        }
        const QString difference = stored.differenceFrom(DerivedSnapshot::of(db, meter));
        if (!difference.isEmpty()) {
            std::fprintf(stderr, "crash_derived_check: %s: stored and rebuilt differ: %s\n",
                         qPrintable(meter.name), qPrintable(difference));
            return 1;
        }
        ++checked;
    }
    if (checked != (wanted.isEmpty() ? meters.value().size() : wanted.size())) {
        std::fprintf(stderr, "crash_derived_check: %d of the meters named were found\n", checked);
        return 1;
    }
    std::printf("derived ok meters=%d\n", checked);
    return 0;
}
