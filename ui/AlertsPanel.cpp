#include "AlertsPanel.h"

#include "model/TimeFormat.h"
#include "storage/AlertRepository.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

AlertsPanel::AlertsPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableWidget(this))
    , m_empty(new QWidget(this))
    , m_emptyText(new QLabel(m_empty))
    , m_openSettings(new QPushButton(tr("Set the alert levels…"), m_empty))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Alert"), tr("Severity"), tr("Message")});
    // Time, alert and severity as wide as their text; the message takes the rest.
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < 3; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setAccessibleName(tr("Alert log"));

    m_empty->setObjectName(QStringLiteral("alertsEmptyState"));
    m_emptyText->setObjectName(QStringLiteral("alertsEmptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setText(
        tr("No alerts for this meter yet.") + QStringLiteral("\n\n") +
        tr("A low balance, recharges, the generator starting and stopping, unusual use, the daily "
           "summary and a connection that stops answering will be listed here as they happen, and "
           "shown on the desktop (and on Telegram if you set it up).") +
        QStringLiteral("\n\n") +
        tr("The low-balance levels for all meters are in Settings > Alerts; a meter's own level is in "
           "Meter > Edit meter…."));
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_openSettings);
    buttonRow->addStretch(1);
    emptyLayout->addLayout(buttonRow);
    emptyLayout->addStretch(2);
    connect(m_openSettings, &QPushButton::clicked, this, &AlertsPanel::settingsRequested);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack);
}

void AlertsPanel::setMeter(const std::optional<Meter> &meter)
{
    m_meter = meter;
    refresh();
}

void AlertsPanel::refresh()
{
    m_table->setRowCount(0);
    m_stack->setCurrentWidget(m_empty);
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
    m_stack->setCurrentWidget(shown > 0 ? static_cast<QWidget *>(m_table) : m_empty);
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
    m_table->resizeRowsToContents();
}
