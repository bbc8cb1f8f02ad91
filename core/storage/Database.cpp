#include "Database.h"

#include "Logging.h"
#include "SchemaMigrations.h"
#include "SqliteDialect.h"
#include "SqliteFileLocks.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The translation context of this file's messages; lupdate reads it from the macro, so every
// call below, free functions included, lands in the catalogue under the context it is
// looked up with.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextConnectionName()
{
    static QAtomicInteger<quint32> counter;
    return QStringLiteral("kilowatch-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite creates its -wal and -shm files with the main file's mode, so making the main file
// owner-only before SQLite first opens it covers all three.
Status createOwnerOnlyFile(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(
            Tr::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Status::failure(Tr::tr("Could not create the database file %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        qCWarning(lcStorage) << "could not restrict permissions of" << path;
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_dialect(std::make_unique<SqliteDialect>())
{}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return SchemaMigrations::latestVersion();
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    using R = Result<std::unique_ptr<Database>>;
    if (path.trimmed().isEmpty())
        return R::failure(ErrorKind::InvalidInput, Tr::tr("No database file was given."));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);

    if (!QFileInfo::exists(absolute)) {
        if (Status created = createOwnerOnlyFile(absolute); !created)
            return R::failure(created.typedError());
    } else if (QFileInfo(absolute).isDir()) {
        return R::failure(Tr::tr("%1 is a folder, not a database file.").arg(shown));
    }

    // Before SQLite's first lock in this process: no other open and close of the database's
    // files anywhere in the process (a file dialog, an import) may drop the locks after this.
    SqliteFileLocks::install();

    std::unique_ptr<Database> db(new Database(absolute, nextConnectionName()));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (!db->m_db.isValid())
        return R::failure(Tr::tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    db->m_db.setDatabaseName(absolute);
    // Another process holding the write lock (a second Kilowatch, a CLI import) is waited for.
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    // A full disk, a read-only or locked file, a damaged one: one sentence saying what to do.
    const auto storageFailure = [&shown](const Error &error) {
        const StorageError storage(error);
        return R::failure(storage.isFault() ? error.withMessage(storage.sentence(shown)) : error);
    };
    if (!db->m_db.open())
        return storageFailure(StorageError::error(
            db->m_db.lastError(),
            Tr::tr("Could not open the database %1: %2").arg(shown, db->m_db.lastError().text())));

    // Read the version before any pragma that writes, so a newer file is left untouched.
    const Result<int> version = db->m_dialect->readSchemaVersion(db->m_db);
    if (!version && version.typedError().isStorageFault())
        return storageFailure(version.typedError());
    if (!version)
        return R::failure(version.typedError().withMessage(
            Tr::tr("%1 is not a Kilowatch database or is damaged (%2).").arg(shown, version.error())));
    db->m_schemaVersion = version.value();
    if (db->m_schemaVersion > latestSchemaVersion())
        return R::failure(
            Tr::tr("The database %1 was written by a newer version of Kilowatch (schema %2; this "
                   "version understands up to %3). It was not changed; please update Kilowatch.")
                .arg(shown)
                .arg(db->m_schemaVersion)
                .arg(latestSchemaVersion()));

    if (Status configured = db->m_dialect->configureConnection(db->m_db); !configured)
        return storageFailure(configured.typedError());
    if (Status migrated = db->migrate(); !migrated)
        return storageFailure(migrated.typedError());
    qCDebug(lcStorage) << "opened" << absolute << "schema" << db->m_schemaVersion;
    return R(std::move(db));
}

Status Database::migrate()
{
    for (const SchemaMigration &step : SchemaMigrations::all()) {
        if (step.version <= m_schemaVersion)
            continue;
        Transaction tx(*this);
        if (!tx.isActive())
            return Status::failure(tx.errorKind(),
                                   Tr::tr("Could not start the schema upgrade: %1").arg(tx.error()));
        for (const QString &statement : step.statements) {
            QSqlQuery q(m_db);
            if (!q.exec(m_dialect->expand(statement)))
                return Status::failure(StorageError::kindOf(q.lastError()),
                                       Tr::tr("Upgrading the database to schema %1 failed: %2")
                                           .arg(step.version)
                                           .arg(q.lastError().text()));
        }
        if (Status written = m_dialect->writeSchemaVersion(m_db, step.version); !written)
            return Status::failure(written.typedError());
        if (Status committed = tx.commit(); !committed)
            return Status::failure(committed.errorKind(),
                                   Tr::tr("Upgrading the database to schema %1 failed: %2")
                                       .arg(step.version)
                                       .arg(committed.error()));
        qCInfo(lcStorage) << "database schema upgraded to" << step.version << "-" << step.description;
        m_schemaVersion = step.version;
    }
    return {};
}
