#include "DesktopController.h"
#include "FaultServerProcess.h"
#include "MainWindow.h"
#include "StatusCard.h"
#include "polling/PollScheduler.h"
#include "storage/Database.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The real window (DesktopController, its scheduler and network) with meters pointing at the
// fault server's worst modes: the event loop keeps turning and the window keeps painting while
// those fetches run, and each meter's health then says what went wrong.
namespace {

// Per-request timeout of the meters; HttpProvider gives up after twice this.
constexpr int kTimeoutSeconds = 3;
constexpr int kTickMs = 10;
// Worst delay of a 10 ms timer while the fetches run: generous for Xvfb on a loaded machine;
// a blocking read of 100 MB or a synchronous wait would take seconds.
constexpr qint64 kLatencyBoundMs = 500;

// Counts the window's paint events.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestFaultWindow : public QObject
{
    Q_OBJECT

private slots:
    void windowStaysResponsiveWhileServersMisbehave()
    {
        FaultServerProcess server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("window.sqlite"));
        const QStringList modes{QStringLiteral("hang-after-headers"), QStringLiteral("silent"),
                                QStringLiteral("huge"), QStringLiteral("huge-chunked"),
                                QStringLiteral("gzip-bomb")};
        QHash<qint64, QString> modeOf;
        {
            auto db = Database::open(path);
            QVERIFY(db);
            for (const QString &mode : modes) {
                Meter m;
                m.name = mode;
                m.provider = QStringLiteral("json");
                m.timezone = QStringLiteral("UTC");
                m.currency = QStringLiteral("INR");
                m.intervalSeconds = 3600;
                m.createdAt = QDateTime::currentSecsSinceEpoch();
                m.settings = QJsonObject{
                    {QStringLiteral("url"), server.url(mode, QStringLiteral("/meter")).toString()},
                    {QStringLiteral("balance_path"), QStringLiteral("balance")},
                    {QStringLiteral("timeout_s"), kTimeoutSeconds},
                };
                const Result<Meter> added = MeterRepository(*db.value()).add(m);
                QVERIFY2(added, qPrintable(added.error()));
                modeOf.insert(added.value().id, mode);
            }
        }

        auto db = Database::open(path);
        QVERIFY(db);
        DesktopController controller(std::move(db).value());
        PaintCounter counter;
        controller.window()->installEventFilter(&counter);

        // The probe: a 10 ms timer whose worst gap is the event loop's worst stall; it also
        // asks the window for a repaint every 100 ms.
        QElapsedTimer sinceTick;
        qint64 worstGapMs = 0;
        int ticks = 0;
        QTimer probe;
        probe.setInterval(kTickMs);
        connect(&probe, &QTimer::timeout, this, [&] {
            worstGapMs = qMax(worstGapMs, sinceTick.restart());
            if (++ticks % 10 == 0)
                controller.window()->update();
        });
        // Polling starts with ready(): the probe runs before the first fetch does.
        connect(&controller, &DesktopController::ready, this, [&] {
            sinceTick.start();
            probe.start();
        });
        QSignalSpy finished(controller.scheduler(), &PollScheduler::fetchFinished);
        QElapsedTimer clock;
        clock.start();
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= modes.size(), 120'000);
        probe.stop();
        const qint64 elapsed = clock.elapsed();
        const int paints = counter.paints;
        qInfo().noquote() << "all" << modes.size() << "fetches over in" << elapsed
                          << "ms; worst event-loop gap" << worstGapMs << "ms over" << ticks << "ticks;"
                          << paints << "window paints";

        QVERIFY2(ticks > 0, "the probe never ran");
        QVERIFY2(worstGapMs < kLatencyBoundMs, qPrintable(QString::number(worstGapMs)));
        // About 10 repaints a second were asked for during at least 2 s (the hanging modes).
        QVERIFY2(paints >= 5, qPrintable(QString::number(paints)));

        for (auto it = modeOf.cbegin(); it != modeOf.cend(); ++it) {
            const MeterHealth health = controller.scheduler()->health(it.key());
            qInfo().noquote() << "  " << it.value() << health.stateName() << health.sentence();
            QCOMPARE(health.state, MeterHealth::State::Failing);
            QVERIFY(!ReadingRepository(controller.database()).latest(it.key()));
            // The window says so too, for the meter on show.
            controller.window()->selectMeter(it.key());
            QCOMPARE(controller.window()->statusCard()->snapshot().health.state, MeterHealth::State::Failing);
            QVERIFY2(controller.window()->statusCard()->freshnessText().contains(health.lastError),
                     qPrintable(controller.window()->statusCard()->freshnessText()));
        }
    }
};

QTEST_MAIN(TestFaultWindow)
#include "tst_faultwindow.moc"
