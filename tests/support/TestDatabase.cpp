#include "TestDatabase.h"

#include "providers/ProviderRegistry.h"
#include "storage/MeterRepository.h"

#include <QDateTime>
#include <QTest>

TestDatabase::TestDatabase()
{
    reopen();
}

QString TestDatabase::path() const
{
    return m_dir.filePath(QStringLiteral("test.sqlite"));
}

void TestDatabase::reopen()
{
    m_db.reset();
    Result<std::unique_ptr<Database>> opened = Database::open(path());
    if (!opened)
        qFatal("cannot open test database: %s", qPrintable(opened.error()));
    m_db = std::move(opened).value();
}

Meter TestDatabase::addMeter(const QString &name, const QString &provider, int intervalSeconds,
                             const QString &timezone, const QJsonObject &settings)
{
    Meter meter;
    meter.name = name;
    meter.provider = provider;
    meter.intervalSeconds = intervalSeconds;
    meter.timezone = timezone;
    meter.currency = QStringLiteral("INR");
    meter.settings = settings;
    meter.createdAt = QDateTime::currentSecsSinceEpoch();
    if (const ProviderInfo *info = ProviderRegistry::find(provider); info && info->prepare)
        info->prepare(meter);
    const Result<Meter> added = MeterRepository(*m_db).add(meter);
    if (!added)
        qFatal("cannot add test meter: %s", qPrintable(added.error()));
    return added.value();
}
