#include "AlertsPanel.h"

#include "model/TimeFormat.h"
#include "storage/AlertRepository.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

AlertsPanel::AlertsPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Alert"), tr("Severity"), tr("Message")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Alert log"));
    layout->addWidget(m_table);
}

void AlertsPanel::setMeter(const std::optional<Meter> &meter)
{
    m_meter = meter;
    refresh();
}

void AlertsPanel::refresh()
{
    m_table->setRowCount(0);
    if (!m_meter)
        return;
    const Result<QList<Alert>> alerts =
        AlertRepository(m_db).list(m_meter->id, 0, QDateTime::currentSecsSinceEpoch() + 86400);
    if (!alerts)
        return;
    const QTimeZone zone(m_meter->timezone.toUtf8());
    const QLocale locale;
    const QList<Alert> &list = alerts.value();
    // The latest 500 are plenty for a window; the CLI lists all.
    const int shown = static_cast<int>(qMin<qsizetype>(list.size(), 500));
    m_table->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const Alert &a = list[list.size() - 1 - row];
        const QString when = TimeFormat::shortDateTime(a.time, zone, locale);
        QString message = a.message;
        if (a.silenced)
            message += QLatin1Char(' ') + tr("(quiet hours: not shown)");
        m_table->setItem(row, 0, new QTableWidgetItem(when));
        m_table->setItem(row, 1, new QTableWidgetItem(a.title));
        const QString severity = a.severity == Alert::Severity::Critical  ? tr("Critical")
                                 : a.severity == Alert::Severity::Warning ? tr("Warning")
                                                                          : tr("Info");
        m_table->setItem(row, 2, new QTableWidgetItem(severity));
        m_table->setItem(row, 3, new QTableWidgetItem(message));
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
}
