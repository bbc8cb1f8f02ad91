#include "TariffPresetRepository.h"

#include "Database.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TariffPresetRepository)
};

} // namespace

TariffPresetRepository::TariffPresetRepository(Database &db)
    : m_db(db)
{}

Status TariffPresetRepository::save(const Row &row)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO tariff_presets (name, currency, spec) VALUES (?, ?, ?)"
                             " ON CONFLICT (name) DO UPDATE SET currency = excluded.currency,"
                             " spec = excluded.spec"));
    q.addBindValue(row.name);
    q.addBindValue(row.currency);
    q.addBindValue(QString::fromUtf8(QJsonDocument(row.spec).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Status::failure(StorageError::kindOf(q.lastError()),
                               Tr::tr("Could not store the tariff preset: %1").arg(q.lastError().text()));
    return {};
}

Result<QList<TariffPresetRepository::Row>> TariffPresetRepository::list() const
{
    using R = Result<QList<Row>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, currency, spec FROM tariff_presets ORDER BY name")))
        return R::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    QList<Row> rows;
    while (q.next()) {
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(2).toString().toUtf8());
        rows.append(Row{q.value(0).toString(), q.value(1).toString(), doc.object()});
    }
    return rows;
}

Status TariffPresetRepository::remove(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM tariff_presets WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Status::failure(StorageError::kindOf(q.lastError()), q.lastError().text());
    if (q.numRowsAffected() == 0)
        return Status::failure(ErrorKind::NotFound, Tr::tr("There is no tariff preset \"%1\".").arg(name));
    return {};
}
