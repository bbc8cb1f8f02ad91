#pragma once

#include <QList>
#include <QStringList>

// Forward-only schema steps. Step N brings the schema from version N-1 to N; a released
// step is never edited, only followed by a new one.
struct SchemaMigration
{
    int version;
    const char *description;
    QStringList statements; // may use ${CLUSTERED} and ${AUTO_ID}, see SqlDialect
};

class SchemaMigrations
{
public:
    static const QList<SchemaMigration> &all();
    static int latestVersion();
};
