#pragma once

#include "Formatters.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QVariant>

#include <optional>

// The grid, generator, total and cost columns that the period table and the usage table share:
// their header, their raw value (Qt::UserRole) and their text, blank where nothing was read.
// A row type has gridWh, generatorWh, totalWh() and costMilli.
class EnergyColumns
{
    Q_DECLARE_TR_FUNCTIONS(EnergyColumns)
public:
    enum Column
    {
        Grid,
        Generator,
        Total,
        Cost,
        Count
    };

    // The energy column at a model's `column` whose Grid column is `first`, if it is one.
    static std::optional<Column> at(int column, int first)
    {
        const int offset = column - first;
        if (offset < 0 || offset >= Count)
            return std::nullopt;
        return static_cast<Column>(offset);
    }

    static QString header(Column column)
    {
        switch (column) {
        case Grid:
            return tr("Grid");
        case Generator:
            return tr("Generator");
        case Total:
            return tr("Total");
        case Cost:
            return tr("Cost");
        case Count:
            break;
        }
        return {};
    }

    template <class Row>
    static QVariant value(Column column, const Row &row)
    {
        switch (column) {
        case Grid:
            return row.gridWh;
        case Generator:
            return row.generatorWh;
        case Total:
            return row.totalWh();
        case Cost:
            return row.costMilli;
        case Count:
            break;
        }
        return {};
    }

    template <class Row>
    static QString text(Column column, const Row &row, bool blank, const QString &currencyCode,
                        const QLocale &locale)
    {
        if (blank)
            return QString();
        switch (column) {
        case Grid:
            return Formatters::energy(row.gridWh, locale);
        case Generator:
            return Formatters::energy(row.generatorWh, locale);
        case Total:
            return Formatters::energy(row.totalWh(), locale);
        case Cost:
            return Formatters::money(row.costMilli, currencyCode, locale);
        case Count:
            break;
        }
        return QString();
    }
};
