#pragma once

#include "model/Meter.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

// A real SQLite file in a fresh temporary folder, opened and migrated.
class TestDatabase
{
public:
    TestDatabase();

    Database &db() { return *m_db; }
    QString path() const;
    QString folder() const { return m_dir.path(); }
    void close() { m_db.reset(); }
    void reopen();

    // Adds a meter through the repository (validated like a user's).
    Meter addMeter(const QString &name = QStringLiteral("m"),
                   const QString &provider = QStringLiteral("simulator"), int intervalSeconds = 30,
                   const QString &timezone = QStringLiteral("Asia/Kolkata"),
                   const QJsonObject &settings = {});

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};
