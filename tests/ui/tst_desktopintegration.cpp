// The desktop-integration parts of the window: icons (legible on light and dark trays, crisp
// at HiDPI), the window icon, Help > About with the licences, start at login, the standard
// shortcuts, and bringing the window to the front.
#include "AboutDialog.h"
#include "AppIcons.h"
#include "AutostartAction.h"
#include "DesktopController.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "Version.h"
#include "WindowActivation.h"
#include "polling/PollScheduler.h"
#include "setup/DemoMeter.h"
#include "storage/MeterRepository.h"
#include "storage/ReadingRepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <cmath>

namespace {

double luminance(QColor c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG contrast ratio between two colours (1 to 21).
double contrast(QColor a, QColor b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QImage onBackground(const QIcon &icon, int size, QColor background)
{
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(background);
    QPainter painter(&image);
    painter.drawPixmap(0, 0, icon.pixmap(QSize(size, size), 1.0));
    return image;
}

QList<AppIcons::TrayState> trayStates()
{
    return {AppIcons::TrayState::Ok, AppIcons::TrayState::Low, AppIcons::TrayState::Critical,
            AppIcons::TrayState::Failing};
}

QAction *findAction(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        // Start at login must not touch the real ~/.config.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    }

    void iconsAreEmbeddedAndCrispAtHiDpi()
    {
        QList<QIcon> icons{AppIcons::application()};
        for (AppIcons::TrayState state : trayStates())
            icons.append(AppIcons::tray(state));
        for (const QIcon &icon : icons) {
            QVERIFY(!icon.isNull());
            for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
                for (qreal ratio : {1.0, 2.0}) {
                    // Drawn from the SVG at the device size, not scaled up from a small bitmap.
                    const QPixmap pixmap = icon.pixmap(QSize(size, size), ratio);
                    QCOMPARE(pixmap.size(), QSize(size, size) * ratio);
                    QCOMPARE(pixmap.devicePixelRatio(), ratio);
                }
            }
        }
        const QImage big = AppIcons::application().pixmap(QSize(256, 256), 1.0).toImage();
        // A sharp edge: neighbouring pixels along the middle row jump, as a vector drawing does.
        int maxStep = 0;
        for (int x = 1; x < big.width(); ++x)
            maxStep = qMax(maxStep, qAbs(qGray(big.pixel(x, 128)) - qGray(big.pixel(x - 1, 128))));
        QVERIFY2(maxStep > 60, qPrintable(QString::number(maxStep)));
    }

    void trayIconsAreLegibleOnLightAndDarkTrays()
    {
        // Typical tray backgrounds: light (GNOME, Windows light) and dark (KDE Breeze Dark, macOS).
        for (QColor tray : {QColor(0xff, 0xff, 0xff), QColor(0xf0, 0xf0, 0xf0), QColor(0x2b, 0x2b, 0x2b),
                            QColor(0x00, 0x00, 0x00)}) {
            for (AppIcons::TrayState state : trayStates()) {
                for (int size : {16, 22, 32}) {
                    const QImage image = onBackground(AppIcons::tray(state), size, tray);
                    // The outline stands out from the tray: enough pixels in strong contrast.
                    int standingOut = 0;
                    for (int y = 0; y < size; ++y)
                        for (int x = 0; x < size; ++x)
                            standingOut += contrast(image.pixelColor(x, y), tray) >= 3.0 ? 1 : 0;
                    QVERIFY2(standingOut >= size * size / 4,
                             qPrintable(QStringLiteral("state %1 size %2 tray %3: %4 pixels")
                                            .arg(int(state))
                                            .arg(size)
                                            .arg(tray.name())
                                            .arg(standingOut)));
                    // The glyph stands out from the state colour inside the badge.
                    double lo = 1.0, hi = 0.0;
                    for (int y = size * 3 / 10; y < size * 7 / 10; ++y) {
                        for (int x = size * 3 / 10; x < size * 7 / 10; ++x) {
                            lo = qMin(lo, luminance(image.pixelColor(x, y)));
                            hi = qMax(hi, luminance(image.pixelColor(x, y)));
                        }
                    }
                    QVERIFY2((hi + 0.05) / (lo + 0.05) >= 3.0,
                             qPrintable(QStringLiteral("glyph of state %1 at %2").arg(int(state)).arg(size)));
                }
            }
        }
    }

    void trayStatesLookDifferent()
    {
        // Compared by lightness contrast only, as without colour vision.
        QList<QImage> images;
        for (AppIcons::TrayState state : trayStates())
            images.append(onBackground(AppIcons::tray(state), 22, Qt::white));
        for (int a = 0; a < images.size(); ++a) {
            for (int b = a + 1; b < images.size(); ++b) {
                int different = 0;
                for (int y = 0; y < 22; ++y)
                    for (int x = 0; x < 22; ++x)
                        different += contrast(images[a].pixelColor(x, y), images[b].pixelColor(x, y)) > 1.5;
                // Shape or lightness differ, not the hue alone (colour-blind users, grey trays).
                QVERIFY2(different > 60,
                         qPrintable(QStringLiteral("%1 vs %2: %3").arg(a).arg(b).arg(different)));
            }
        }
    }

    void theWindowHasTheIconTheMenusAndTheShortcuts()
    {
        TestDatabase db;
        PollScheduler scheduler(db.db());
        MainWindow window(db.db(), scheduler);
        QVERIFY(!window.windowIcon().isNull());
        QCOMPARE(window.windowIcon().pixmap(32, 32).toImage(),
                 AppIcons::application().pixmap(32, 32).toImage());

        QAction *quit = findAction(&window, QStringLiteral("&Quit"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        QAction *refresh = findAction(&window, QStringLiteral("&Refresh now"));
        QVERIFY(refresh);
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));

        QMenu *help = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text() == QLatin1String("&Help"))
                help = menu->menu();
        }
        QVERIFY(help);
        // Help is the last menu, as platforms expect.
        QCOMPARE(window.menuBar()->actions().last()->menu(), help);
        QAction *about = findAction(&window, QStringLiteral("&About Kilowatch"));
        QVERIFY(about);
        QCOMPARE(about->menuRole(), QAction::AboutRole);

        // Triggering it opens the About box (closed again from a timer).
        bool seen = false;
        QTimer::singleShot(200, [&seen] {
            if (auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget())) {
                seen = dialog->windowTitle() == QLatin1String("About Kilowatch");
                dialog->reject();
            }
        });
        about->trigger();
        QVERIFY(seen);

        // Start at login is in the File menu above Quit, off by default.
        auto *autostart = window.findChild<AutostartAction *>();
        QVERIFY(autostart);
        QVERIFY(autostart->isCheckable());
        QVERIFY(!autostart->isChecked());
        QMenu *file = quit->associatedObjects().isEmpty()
                          ? nullptr
                          : qobject_cast<QMenu *>(quit->associatedObjects().first());
        QVERIFY(file);
        QVERIFY(file->actions().indexOf(autostart) < file->actions().indexOf(quit));
    }

    void aboutNamesTheVersionAndTheLicences()
    {
        AboutDialog about;
        const QString version = about.versionText();
        QVERIFY(version.contains(QLatin1String(KILOWATCH_VERSION)));
        QVERIFY(version.contains(QLatin1String(qVersion())));
        QVERIFY(
            version.contains(QStringLiteral("QtKeychain ") + QLatin1String(KILOWATCH_QTKEYCHAIN_VERSION)));
        QVERIFY(QStringLiteral(KILOWATCH_QTKEYCHAIN_VERSION).contains(QLatin1Char('.')));
        const QString licences = about.findChild<QTextBrowser *>()->toPlainText();
        for (const char *needle : {"LGPL-3.0-only", "GPL-3.0-only", "Qt Charts", "BSD-2-Clause",
                                   "Frank Osterfeld", "Redistributions in binary form", "public domain"})
            QVERIFY2(licences.contains(QLatin1String(needle)), needle);
    }

    void startAtLoginWritesTheXdgEntry()
    {
        const Autostart autostart(Autostart::Method::XdgAutostart, QStringLiteral("/usr/bin/kilowatch"));
        AutostartAction action(autostart, nullptr);
        QVERIFY(!action.isChecked());
        action.trigger();
        QVERIFY(action.isChecked());
        QVERIFY(
            QFileInfo::exists(m_config.filePath(QStringLiteral("autostart/io.kilowatch.Kilowatch.desktop"))));
        action.trigger();
        QVERIFY(!action.isChecked());
        QVERIFY(!autostart.isEnabled());

        // A change made elsewhere shows when the menu opens.
        QVERIFY(autostart.enable().ok());
        action.refresh();
        QVERIFY(action.isChecked());
        QVERIFY(autostart.disable().ok());
        action.refresh();
        QVERIFY(!action.isChecked());
    }

    void aFailureToWriteIsReportedAndUnchecked()
    {
        // XDG_CONFIG_HOME points below a regular file: the folder cannot be made.
        QFile blocker(m_config.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(blocker.fileName()));
        AutostartAction action(
            Autostart(Autostart::Method::XdgAutostart, QStringLiteral("/usr/bin/kilowatch")), nullptr);
        QString message;
        connect(&action, &AutostartAction::failed, this, [&message](const QString &m) { message = m; });
        action.trigger();
        qputenv("XDG_CONFIG_HOME", saved);
        QVERIFY(!action.isChecked());
        QVERIFY2(message.startsWith(QStringLiteral("Cannot")), qPrintable(message));
    }

    void quittingDuringTheFirstStartWaitsForTheDemoHistory()
    {
        // SIGTERM or Quit right after the first start: the demo history worker finishes before
        // the controller is gone, instead of running on while the process exits under it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("first.sqlite"));
        auto controller = std::make_unique<DesktopController>(Database::open(path).value());
        controller->start();
        QVERIFY(!controller->isReady()); // the worker is still filling the history
        controller.reset();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const auto meters = MeterRepository(*db.value()).list();
        QCOMPARE(meters->size(), 1);
        const qint64 readings = ReadingRepository(*db.value()).count(meters->at(0).id);
        QVERIFY2(readings > 30 * 2880 * 0.95, qPrintable(QString::number(readings)));
    }

    void aMinimisedWindowComesBack()
    {
        QWidget window;
        window.resize(300, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showMinimized();
        QTRY_VERIFY(window.isMinimized());
        WindowActivation::bringToFront(&window);
        QTRY_VERIFY(!window.isMinimized());
        QVERIFY(window.isVisible());

        window.hide(); // as when closed to the tray
        WindowActivation::bringToFront(&window);
        QVERIFY(window.isVisible());
    }
};

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
