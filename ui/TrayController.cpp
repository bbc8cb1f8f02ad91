#include "TrayController.h"

#include "Formatters.h"
#include "alerts/AlertMonitor.h"
#include "analytics/BalanceForecast.h"
#include "model/TimeFormat.h"
#include "polling/PollScheduler.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"

#include <QAction>
#include <QDateTime>
#include <QFile>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>

namespace {

QColor fillOf(TrayController::State state)
{
    switch (state) {
    case TrayController::State::Low:
        return QColor(0xf9, 0xa8, 0x25); // amber
    case TrayController::State::Critical:
        return QColor(0xd3, 0x2f, 0x2f); // red
    case TrayController::State::Failing:
        return QColor(0x75, 0x75, 0x75); // grey
    case TrayController::State::Ok:
        break;
    }
    return QColor(0x2e, 0x7d, 0x32); // green
}

// A round badge with a white rim (it stands out on dark panels) and a dark outline (on light
// ones); a lightning bolt, or "!" when the provider is failing.
QPixmap drawIcon(TrayController::State state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 64.0, size / 64.0);
    p.setPen(QPen(QColor(0x21, 0x21, 0x21), 3));
    p.setBrush(Qt::white);
    p.drawEllipse(QRectF(2, 2, 60, 60));
    p.setPen(Qt::NoPen);
    p.setBrush(fillOf(state));
    p.drawEllipse(QRectF(7, 7, 50, 50));
    const QColor glyph = state == TrayController::State::Low ? QColor(0x21, 0x21, 0x21) : Qt::white;
    p.setBrush(glyph);
    if (state == TrayController::State::Failing) {
        p.drawRoundedRect(QRectF(28, 15, 8, 24), 3, 3);
        p.drawEllipse(QRectF(27.5, 42, 9, 9));
    } else {
        QPainterPath bolt;
        bolt.moveTo(36, 12);
        bolt.lineTo(20, 36);
        bolt.lineTo(31, 36);
        bolt.lineTo(27, 52);
        bolt.lineTo(44, 27);
        bolt.lineTo(33, 27);
        bolt.closeSubpath();
        p.drawPath(bolt);
    }
    return pixmap;
}

} // namespace

TrayController::TrayController(Database &db, PollScheduler &scheduler, AlertMonitor &alerts, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_scheduler(scheduler)
    , m_alerts(alerts)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    const auto add = [this](const QString &name, const QString &text, auto signal) {
        QAction *a = m_menu->addAction(text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, signal);
        return a;
    };
    QAction *open = m_menu->addAction(tr("Open dashboard"));
    open->setObjectName(QStringLiteral("openDashboard"));
    connect(open, &QAction::triggered, this, [this] { emit openDashboardRequested(0); });
    m_menu->setDefaultAction(open);
    m_menu->addSeparator();
    m_meterSeparator = m_menu->addSeparator(); // the meters' balance lines go above this one
    add(QStringLiteral("refreshNow"), tr("Refresh now"), &TrayController::refreshRequested);
    m_pause = m_menu->addAction(tr("Pause polling"));
    m_pause->setObjectName(QStringLiteral("pausePolling"));
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::toggled, this, &TrayController::pauseRequested);
    add(QStringLiteral("exportCsv"), tr("Export CSV…"), &TrayController::exportCsvRequested);
    add(QStringLiteral("settings"), tr("Settings…"), &TrayController::settingsRequested);
    m_menu->addSeparator();
    add(QStringLiteral("quit"), tr("Quit Kilowatch"), &TrayController::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openDashboardRequested(0);
    });
    m_tray->setIcon(iconFor(m_state));
    m_tray->setToolTip(tr("Kilowatch"));
}

TrayController::~TrayController()
{
    delete m_menu; // a QMenu has no QObject parent here (it is a top-level popup)
}

bool TrayController::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::show()
{
    refresh();
    m_tray->show();
}

QString TrayController::stateName(State state)
{
    switch (state) {
    case State::Low:
        return QStringLiteral("low");
    case State::Critical:
        return QStringLiteral("critical");
    case State::Failing:
        return QStringLiteral("failing");
    case State::Ok:
        break;
    }
    return QStringLiteral("ok");
}

QIcon TrayController::iconFor(State state)
{
    const QString packaged = QStringLiteral(":/icons/tray-%1.svg").arg(stateName(state));
    if (QFile::exists(packaged))
        return QIcon(packaged);
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(drawIcon(state, size));
    return icon;
}

QString TrayController::toolTip() const
{
    return m_tray->toolTip();
}

QAction *TrayController::action(const QString &objectName) const
{
    for (QAction *a : m_menu->actions()) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

void TrayController::refresh()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const Result<QList<Meter>> meters = MeterRepository(m_db).list();
    for (QAction *a : std::as_const(m_meterActions)) {
        m_menu->removeAction(a);
        a->deleteLater();
    }
    m_meterActions.clear();
    State worst = State::Ok;
    QStringList tips{tr("Kilowatch")};
    const QLocale locale;
    for (const Meter &m : meters ? meters.value() : QList<Meter>{}) {
        const AlertStanding standing = m_alerts.standing(m);
        const std::optional<Reading> latest = ReadingRepository(m_db).latest(m.id);
        const Result<ForecastResult> f = BalanceForecast(m_db).run(m, now);
        // The level the alerts fired, or the one the balance is at now (as the window shows it).
        std::optional<Alert::Severity> low = MeterAttention::balanceLevel(
            m_alerts.config(), m, latest, f ? std::optional(f.value()) : std::nullopt);
        if (standing.lowBalance && (!low || *standing.lowBalance > *low))
            low = standing.lowBalance;
        const bool failing =
            standing.trouble || m_scheduler.health(m.id).state == MeterHealth::State::Failing;
        const State state =
            MeterAttention::of(low, failing ? MeterHealth::State::Failing : MeterHealth::State::Ok);
        worst = qMax(worst, state);

        QString line = latest && latest->balanceMilli
                           ? tr("%1: %2").arg(m.name, Formatters::money(*latest->balanceMilli, m.currency))
                           : tr("%1: no reading yet").arg(m.name);
        if (f && f->hasForecast())
            line += tr(", runs out on %1").arg(TimeFormat::shortDate(*f->runsOutOn, locale));
        if (state == State::Low || state == State::Critical)
            line += QStringLiteral(" · ") + MeterAttention::words(state);
        if (failing)
            line += tr(" (no fresh data)");
        tips << line;
        auto *a = new QAction(line, m_menu);
        a->setObjectName(QStringLiteral("meter-%1").arg(m.id));
        a->setIcon(iconFor(state));
        const qint64 id = m.id;
        connect(a, &QAction::triggered, this, [this, id] { emit openDashboardRequested(id); });
        m_menu->insertAction(m_meterSeparator, a);
        m_meterActions.append(a);
    }
    {
        const QSignalBlocker block(m_pause);
        m_pause->setChecked(m_scheduler.isPaused());
    }
    if (m_scheduler.isPaused())
        tips << tr("Polling is paused.");
    m_tray->setToolTip(tips.join(QLatin1Char('\n')));
    if (worst != m_state || m_first) {
        m_first = false;
        m_state = worst;
        m_tray->setIcon(iconFor(worst));
        emit stateChanged(worst);
    }
}
