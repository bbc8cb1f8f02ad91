#include "TariffRepository.h"

#include "Database.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TariffRepository)
};

} // namespace

TariffRepository::TariffRepository(Database &db)
    : m_db(db)
{}

Status TariffRepository::setVersion(qint64 meterId, const QDate &validFrom, const Tariff &tariff)
{
    if (!validFrom.isValid())
        return Status::failure(Tr::tr("A tariff needs the date it starts on."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO tariffs (meter_id, valid_from, spec) VALUES (?, ?, ?)"
                             " ON CONFLICT (meter_id, valid_from) DO UPDATE SET spec = excluded.spec"));
    q.addBindValue(meterId);
    q.addBindValue(validFrom.toString(Qt::ISODate));
    q.addBindValue(QString::fromUtf8(QJsonDocument(tariff.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Status::failure(StorageError::kindOf(q.lastError()),
                               Tr::tr("Could not store the tariff: %1").arg(q.lastError().text()));
    return {};
}

Status TariffRepository::removeVersion(qint64 meterId, const QDate &validFrom)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM tariffs WHERE meter_id = ? AND valid_from = ?"));
    q.addBindValue(meterId);
    q.addBindValue(validFrom.toString(Qt::ISODate));
    if (!q.exec())
        return Status::failure(StorageError::kindOf(q.lastError()),
                               Tr::tr("Could not remove the tariff: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return Status::failure(
            ErrorKind::NotFound,
            Tr::tr("There is no tariff starting on %1.").arg(validFrom.toString(Qt::ISODate)));
    return {};
}

Result<QList<TariffVersion>> TariffRepository::list(qint64 meterId) const
{
    using R = Result<QList<TariffVersion>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT valid_from, spec FROM tariffs WHERE meter_id = ? ORDER BY valid_from"));
    q.addBindValue(meterId);
    if (!q.exec())
        return R::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    QList<TariffVersion> versions;
    while (q.next()) {
        const QDate from = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8(), &error);
        const Result<Tariff> tariff =
            doc.isObject() ? Tariff::fromJson(doc.object()) : Result<Tariff>::failure(error.errorString());
        // A stored version that no longer reads is refused loudly, never skipped: skipping it
        // would price those days with its predecessor.
        if (!from.isValid() || !tariff)
            return R::failure(tariff.errorKind(),
                              Tr::tr("The tariff stored from %1 cannot be read (%2); set it again.")
                                  .arg(q.value(0).toString(), tariff ? QString() : tariff.error()));
        versions.append(TariffVersion{from, tariff.value()});
    }
    return versions;
}

Result<std::optional<TariffVersion>> TariffRepository::inForce(qint64 meterId, const QDate &date) const
{
    using R = Result<std::optional<TariffVersion>>;
    const Result<QList<TariffVersion>> versions = list(meterId);
    if (!versions)
        return R::failure(versions.typedError());
    const int index = indexInForce(versions.value(), date);
    if (index < 0)
        return std::optional<TariffVersion>();
    return std::optional<TariffVersion>(versions.value()[index]);
}

int TariffRepository::indexInForce(const QList<TariffVersion> &versions, const QDate &date)
{
    int found = -1;
    for (int i = 0; i < versions.size() && versions[i].validFrom <= date; ++i)
        found = i;
    return found;
}
