#include "DatabaseChangeWatcher.h"

#include "Database.h"
#include "Logging.h"

#include <QSqlQuery>
#include <QTimer>

DatabaseChangeWatcher::DatabaseChangeWatcher(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DatabaseChangeWatcher::check);
}

void DatabaseChangeWatcher::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

void DatabaseChangeWatcher::start()
{
    m_version = readVersion();
    m_timer->start();
}

void DatabaseChangeWatcher::stop()
{
    m_timer->stop();
}

void DatabaseChangeWatcher::check()
{
    const qint64 version = readVersion();
    if (version < 0 || version == m_version)
        return;
    const bool first = m_version < 0;
    m_version = version;
    if (!first) {
        qCDebug(lcStorage) << "another connection changed the database";
        emit changed();
    }
}

qint64 DatabaseChangeWatcher::readVersion() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1; // a storage fault is reported where data is written, not here
    return q.value(0).toLongLong();
}
