#include "ScriptedProvider.h"

#include <QTimer>

ScriptedProvider::ScriptedProvider(QObject *parent)
    : MeterProvider(parent)
    , m_current{FetchOutcome::failure(FetchOutcome::Kind::NetworkError, QStringLiteral("nothing scripted")),
                0}
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { emit finished(m_current.outcome); });
}

void ScriptedProvider::enqueue(const FetchOutcome &outcome, int delayMs)
{
    m_steps.append({outcome, delayMs});
}

void ScriptedProvider::setScript(const FetchOutcome &outcome, int delayMs)
{
    m_steps = {{outcome, delayMs}};
}

bool ScriptedProvider::isBusy() const
{
    return m_timer->isActive();
}

void ScriptedProvider::fetch()
{
    ++m_fetches;
    if (!m_steps.isEmpty())
        m_current = m_steps.size() > 1 ? m_steps.takeFirst() : m_steps.constFirst();
    m_timer->start(m_current.delayMs);
}

void ScriptedProvider::abort()
{
    ++m_aborts;
    m_timer->stop();
}

void ScriptedProvider::backfill(qint64 from, qint64 to)
{
    ++m_backfills;
    m_backfillRange = {from, to};
    const FetchOutcome outcome = *m_backfill;
    QTimer::singleShot(0, this, [this, outcome] { emit finished(outcome); });
}
