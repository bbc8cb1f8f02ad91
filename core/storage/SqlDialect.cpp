#include "SqlDialect.h"

QString SqlDialect::expand(QString ddl) const
{
    ddl.replace(QStringLiteral("${CLUSTERED}"), clusteredTableSuffix());
    ddl.replace(QStringLiteral("${AUTO_ID}"), autoIdColumn());
    return ddl;
}
