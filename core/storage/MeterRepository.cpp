#include "MeterRepository.h"

#include "Database.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MeterRepository)
};

const QString kSelect = QStringLiteral("SELECT id, name, provider, settings, timezone, currency, interval_s,"
                                       " low_balance_milli, created_at FROM meters");

Meter meterFromQuery(const QSqlQuery &q)
{
    Meter m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.provider = q.value(2).toString();
    m.settings = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    m.timezone = q.value(4).toString();
    m.currency = q.value(5).toString();
    m.intervalSeconds = q.value(6).toInt();
    if (!q.value(7).isNull())
        m.lowBalanceMilli = q.value(7).toLongLong();
    m.createdAt = q.value(8).toLongLong();
    return m;
}

void bindMeter(QSqlQuery &q, const Meter &m)
{
    q.bindValue(QStringLiteral(":name"), m.name.trimmed());
    q.bindValue(QStringLiteral(":provider"), m.provider);
    q.bindValue(QStringLiteral(":settings"),
                QString::fromUtf8(QJsonDocument(m.settings).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":timezone"), m.timezone);
    q.bindValue(QStringLiteral(":currency"), m.currency);
    q.bindValue(QStringLiteral(":interval"), m.intervalSeconds);
    q.bindValue(QStringLiteral(":low"), m.lowBalanceMilli ? QVariant(*m.lowBalanceMilli) : QVariant());
}

} // namespace

MeterRepository::MeterRepository(Database &db)
    : m_db(db)
{}

Status MeterRepository::validate(const Meter &meter)
{
    if (meter.name.trimmed().isEmpty())
        return Status::failure(Tr::tr("A meter needs a name."));
    if (meter.name.trimmed().size() > 100)
        return Status::failure(Tr::tr("A meter name can have at most 100 characters."));
    if (meter.provider.isEmpty())
        return Status::failure(Tr::tr("A meter needs a provider."));
    if (!QTimeZone::isTimeZoneIdAvailable(meter.timezone.toUtf8()))
        return Status::failure(
            Tr::tr("\"%1\" is not a known time zone; use an IANA name such as Asia/Kolkata.")
                .arg(meter.timezone));
    if (meter.intervalSeconds < 1 || meter.intervalSeconds > 7 * 24 * 3600)
        return Status::failure(Tr::tr("The polling interval must be between 1 second and 7 days."));
    if (meter.currency.trimmed().isEmpty() || meter.currency.size() > 8)
        return Status::failure(
            Tr::tr("\"%1\" is not a currency code such as INR, BDT or RWF.").arg(meter.currency));
    return {};
}

Result<Meter> MeterRepository::add(Meter meter)
{
    if (Status valid = validate(meter); !valid)
        return Result<Meter>::failure(valid.typedError());
    meter.name = meter.name.trimmed();
    if (findByName(meter.name))
        return Result<Meter>::failure(Tr::tr("A meter named \"%1\" already exists.").arg(meter.name));
    if (meter.createdAt == 0)
        meter.createdAt = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO meters (name, provider, settings, timezone, currency, interval_s,"
                             " low_balance_milli, created_at) VALUES (:name, :provider, :settings, :timezone,"
                             " :currency, :interval, :low, :created)"));
    bindMeter(q, meter);
    q.bindValue(QStringLiteral(":created"), meter.createdAt);
    if (!q.exec())
        return Result<Meter>::failure(StorageError::kindOf(q.lastError()),
                                      Tr::tr("Could not add the meter: %1").arg(q.lastError().text()));
    meter.id = q.lastInsertId().toLongLong();
    return meter;
}

Status MeterRepository::update(const Meter &meter)
{
    if (Status valid = validate(meter); !valid)
        return valid;
    if (const auto other = findByName(meter.name.trimmed()); other && other->id != meter.id)
        return Status::failure(Tr::tr("A meter named \"%1\" already exists.").arg(meter.name.trimmed()));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE meters SET name = :name, provider = :provider, settings = :settings,"
                             " timezone = :timezone, currency = :currency, interval_s = :interval,"
                             " low_balance_milli = :low WHERE id = :id"));
    bindMeter(q, meter);
    q.bindValue(QStringLiteral(":id"), meter.id);
    if (!q.exec())
        return Status::failure(StorageError::kindOf(q.lastError()),
                               Tr::tr("Could not save the meter: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return Status::failure(ErrorKind::NotFound, Tr::tr("The meter no longer exists."));
    return {};
}

Status MeterRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM meters WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(StorageError::kindOf(q.lastError()),
                               Tr::tr("Could not remove the meter: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return Status::failure(ErrorKind::NotFound, Tr::tr("The meter no longer exists."));
    return {};
}

Result<QList<Meter>> MeterRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY name COLLATE NOCASE")))
        return Result<QList<Meter>>::failure(
            StorageError::kindOf(q.lastError()),
            Tr::tr("Could not read the meters: %1").arg(q.lastError().text()));
    QList<Meter> meters;
    while (q.next())
        meters.append(meterFromQuery(q));
    return meters;
}

std::optional<Meter> MeterRepository::findByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (q.exec() && q.next())
        return meterFromQuery(q);
    return std::nullopt;
}

std::optional<Meter> MeterRepository::findById(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return meterFromQuery(q);
    return std::nullopt;
}
