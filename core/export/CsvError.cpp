#include "CsvError.h"

#include <QCoreApplication>

QString CsvError::sentence() const
{
    QString where;
    if (line > 0 && column > 0 && !columnName.isEmpty())
        where = QCoreApplication::translate("CsvError", "Line %1, column %2 (%3)")
                    .arg(line)
                    .arg(column)
                    .arg(columnName);
    else if (line > 0 && column > 0)
        where = QCoreApplication::translate("CsvError", "Line %1, column %2").arg(line).arg(column);
    else if (line > 0)
        where = QCoreApplication::translate("CsvError", "Line %1").arg(line);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}
