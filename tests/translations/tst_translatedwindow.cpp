#include "DesktopController.h"
#include "MainWindow.h"
#include "PeriodPanel.h"
#include "SettingsDialog.h"
#include "TestArtifacts.h"
#include "UsageChartPanel.h"
#include "secrets/MemorySecretStore.h"
#include "settings/AppSettings.h"
#include "setup/Localization.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <functional>

// The main window and the settings dialog in Bengali and Hindi (one language per process, set
// by KILOWATCH_TEST_LANG before any widget exists): every tab is screenshotted at 1280x720 for
// the artifacts, and no label, button, tab, menu title, group title, combo box or column title
// is cut off.
namespace {

QString describe(const QWidget *w, const QString &text)
{
    return QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()), text);
}

// "&File" is drawn as "File" with the F underlined; "&&" is one ampersand.
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

int textWidth(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    return widest;
}

// What does not fit: a text wider than the room its widget gives it, or a widget reaching past
// the window's edge.
QStringList cutOffTexts(QWidget *window)
{
    QStringList problems;
    const QRect windowRect = window->rect();
    const auto outside = [&](QWidget *w) {
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        return !windowRect.contains(r);
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            QString text = label->text();
            if (text.isEmpty() || label->wordWrap())
                continue;
            if (Qt::mightBeRichText(text)) {
                QTextDocument doc;
                doc.setHtml(text);
                text = doc.toPlainText();
            } else if (label->buddy() || label->text().contains(QLatin1Char('&'))) {
                text = withoutMnemonic(text);
            }
            if (textWidth(label->fontMetrics(), text) > label->contentsRect().width() + 1 || outside(label))
                problems << describe(label, text);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty() || qobject_cast<QTabBar *>(button->parentWidget()))
                continue;
            if (button->sizeHint().width() > button->width() + 1 || outside(button))
                problems << describe(button, button->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            if (!group->title().isEmpty() &&
                group->fontMetrics().horizontalAdvance(group->title()) > group->contentsRect().width())
                problems << describe(group, group->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            // Tabs that do not fit get scroll buttons: the last tab must end inside the bar.
            for (int i = 0; i < tabs->count(); ++i) {
                const QRect r = tabs->tabRect(i);
                if (r.right() > tabs->width() ||
                    r.width() < tabs->fontMetrics().horizontalAdvance(withoutMnemonic(tabs->tabText(i))))
                    problems << describe(tabs, tabs->tabText(i));
            }
        } else if (auto *menus = qobject_cast<QMenuBar *>(w)) {
            for (QAction *action : menus->actions()) {
                const QRect r = menus->actionGeometry(action);
                if (r.isEmpty() || r.right() > menus->width())
                    problems << describe(menus, action->text());
            }
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (combo->isEditable() || combo->currentText().isEmpty())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.currentText = combo->currentText();
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                               QStyle::SC_ComboBoxEditField, combo);
            const int iconRoom =
                combo->itemIcon(combo->currentIndex()).isNull() ? 0 : combo->iconSize().width() + 4;
            if (combo->fontMetrics().horizontalAdvance(combo->currentText()) + iconRoom > field.width() + 1 ||
                outside(combo))
                problems << describe(combo, combo->currentText());
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int i = 0; i < header->count(); ++i) {
                if (header->isSectionHidden(i))
                    continue;
                const QString title = header->model()->headerData(i, Qt::Horizontal).toString();
                if (header->sectionSize(i) < header->fontMetrics().horizontalAdvance(title) + margin)
                    problems << describe(header, title);
            }
        }
    }
    problems.removeDuplicates();
    return problems;
}

// Every text a person reads in `root` now: visible labels, buttons, group titles, tab and
// column titles, table cells, and what the charts draw (axis labels and titles, legends).
QStringList shownTexts(QWidget *root)
{
    QStringList texts;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            QString text = label->text();
            if (Qt::mightBeRichText(text)) {
                QTextDocument doc;
                doc.setHtml(text);
                text = doc.toPlainText();
            }
            texts << text;
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            texts << button->text();
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            texts << group->title();
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            texts << combo->currentText();
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            const QAbstractItemModel *model = view->model();
            auto *table = qobject_cast<QTableView *>(view);
            for (int c = 0; model && c < model->columnCount(); ++c) {
                // A list has no header (its model would answer "1").
                if (table && table->horizontalHeader()->isVisible())
                    texts << model->headerData(c, Qt::Horizontal).toString();
                for (int r = 0; r < qMin(model->rowCount(), 50); ++r)
                    texts << model->index(r, c).data().toString();
            }
        } else if (auto *chart = qobject_cast<QChartView *>(w)) {
            for (QGraphicsItem *item : chart->scene()->items()) {
                if (!item->isVisible())
                    continue;
                if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                    texts << text->toPlainText();
                else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                    texts << simple->text();
            }
        }
    }
    texts.removeAll(QString());
    texts.removeDuplicates();
    return texts;
}

// Latin digits where the language has its own, or a clock borrowing "AM"/"PM".
QStringList foreignNumbers(const QStringList &texts, bool ownDigits)
{
    static const QRegularExpression amPm(QStringLiteral("\\d\\s*(AM|PM|am|pm)\\b|\\b(AM|PM)\\b"));
    static const QRegularExpression latinDigit(QStringLiteral("[0-9]"));
    QStringList problems;
    for (const QString &text : texts) {
        if ((ownDigits && text.contains(latinDigit)) || text.contains(amPm))
            problems << text;
    }
    return problems;
}

bool hasScript(const QString &text, char32_t first, char32_t last)
{
    for (const char32_t c : text.toUcs4()) {
        if (c >= first && c <= last)
            return true;
    }
    return false;
}

} // namespace

class TestTranslatedWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_language;

    bool inScript(const QString &text) const
    {
        return m_language == QLatin1String("bn") ? hasScript(text, 0x0980, 0x09FF)
                                                 : hasScript(text, 0x0900, 0x097F);
    }

    void saveAndCheck(QWidget *window, const QString &name)
    {
        QTest::qWait(150);
        QVERIFY(window->grab().save(TestArtifacts::path(name)));
        const QStringList cut = cutOffTexts(window);
        QVERIFY2(cut.isEmpty(),
                 qPrintable(name + QStringLiteral(": cut off: ") + cut.join(QStringLiteral("; "))));
    }

private slots:
    void initTestCase()
    {
        m_language = qEnvironmentVariable("KILOWATCH_TEST_LANG");
        QVERIFY2(m_language == QLatin1String("bn") || m_language == QLatin1String("hi"),
                 "set KILOWATCH_TEST_LANG to bn or hi");
        QCOMPARE(Localization::install(*qApp, m_language),
                 m_language == QLatin1String("bn") ? QStringLiteral("bn_BD") : QStringLiteral("hi_IN"));
        // The catalogue is the one the executables embed, and it is complete enough to notice.
        QVERIFY(inScript(QCoreApplication::translate("MainWindow", "&File")));
        QVERIFY(QFontMetrics(qApp->font()).inFontUcs4(m_language == QLatin1String("bn") ? 0x0995 : 0x0915));
    }

    void mainWindowEveryTabAt1280x720()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("translated.sqlite")));
        QVERIFY(db);
        DesktopController controller(std::move(db).value());
        QSignalSpy ready(&controller, &DesktopController::ready);
        controller.start();
        QVERIFY(controller.isReady() || ready.wait(60'000));
        MainWindow *window = controller.window();
        window->resize(1280, 720);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY2(window->minimumSizeHint().width() <= 1280 && window->minimumSizeHint().height() <= 720,
                 qPrintable(QStringLiteral("%1x%2")
                                .arg(window->minimumSizeHint().width())
                                .arg(window->minimumSizeHint().height())));
        QSignalSpy refreshed(window->usagePanel(), &UsageChartPanel::refreshed);
        window->usagePanel()->scheduleRefresh();
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(window->size(), QSize(1280, 720));

        // The menus, the window title and the tabs speak the language.
        QVERIFY(inScript(window->menuBar()->actions().constFirst()->text()));
        QTabWidget *tabs = window->meterTabs();
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY2(inScript(tabs->tabText(i)), qPrintable(tabs->tabText(i)));

        saveAndCheck(window, QStringLiteral("main-window-%1-1280x720.png").arg(m_language));
        const QStringList names = {QStringLiteral("dashboard"), QStringLiteral("recharges"),
                                   QStringLiteral("sessions"), QStringLiteral("bills"),
                                   QStringLiteral("alerts")};
        for (int i = 1; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            saveAndCheck(window, QStringLiteral("main-window-%1-%2.png").arg(m_language, names.value(i)));
        }
        tabs->setCurrentIndex(0);
        window->showOverview();
        saveAndCheck(window, QStringLiteral("main-window-%1-overview.png").arg(m_language));
    }

    // Bengali has its own digits: no Latin digit anywhere in the window (tables, charts, the
    // year navigator, the status card), and neither language reads its clock in AM/PM.
    void numbersAndTimesInTheLanguagesOwnDigits()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("digits.sqlite")));
        QVERIFY(db);
        DesktopController controller(std::move(db).value());
        QSignalSpy ready(&controller, &DesktopController::ready);
        controller.start();
        QVERIFY(controller.isReady() || ready.wait(60'000));
        MainWindow *window = controller.window();
        window->resize(1280, 720);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QSignalSpy refreshed(window->usagePanel(), &UsageChartPanel::refreshed);
        window->usagePanel()->scheduleRefresh();
        QVERIFY(refreshed.wait(10'000));
        const bool ownDigits = m_language == QLatin1String("bn");
        QStringList problems;
        const auto check = [&](const QString &where) {
            QTest::qWait(100);
            for (const QString &text : foreignNumbers(shownTexts(window), ownDigits))
                problems << where + QStringLiteral(": ") + text;
        };
        check(QStringLiteral("dashboard"));
        QTabWidget *tabs = window->meterTabs();
        for (int i = 1; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(QStringLiteral("tab %1").arg(i));
        }
        tabs->setCurrentIndex(0);
        auto *periods = window->findChild<PeriodPanel *>();
        QVERIFY(periods);
        auto *charts = qobject_cast<QTabWidget *>(periods->parentWidget()->parentWidget());
        QVERIFY(charts);
        charts->setCurrentWidget(periods);
        const std::optional<Meter> meter = window->currentMeter();
        QVERIFY(meter);
        const QDate today =
            QDateTime::fromSecsSinceEpoch(window->clock().now(), QTimeZone(meter->timezone.toUtf8())).date();
        const auto showPeriods = [&](const std::function<void()> &go, const QString &where) {
            QSignalSpy done(periods, &PeriodPanel::refreshed);
            go();
            QVERIFY(done.count() > 0 || done.wait(10'000));
            check(where);
            periods->setTableShown(true);
            check(where + QStringLiteral(" table"));
            periods->setTableShown(false);
        };
        showPeriods([&] { periods->showLastDays(); }, QStringLiteral("last days"));
        showPeriods([&] { periods->showYears(); }, QStringLiteral("years"));
        showPeriods([&] { periods->showYear(today.year()); }, QStringLiteral("year"));
        showPeriods([&] { periods->showMonth(today.year(), today.month()); }, QStringLiteral("month"));
        showPeriods([&] { periods->showDay(today.addDays(-1)); }, QStringLiteral("day"));
        QVERIFY(
            window->grab().save(TestArtifacts::path(QStringLiteral("digits-%1-day.png").arg(m_language))));
        charts->setCurrentIndex(0);
        window->showOverview();
        check(QStringLiteral("overview"));
        QVERIFY(window->grab().save(
            TestArtifacts::path(QStringLiteral("digits-%1-overview.png").arg(m_language))));
        problems.removeDuplicates();
        for (const QString &problem : problems)
            qWarning().noquote() << "foreign number:" << problem;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 texts with foreign numbers").arg(problems.size())));
    }

    void settingsDialogFitsAndIsTranslated()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        settings.load();
        MemorySecretStore secrets;
        SettingsDialog dialog(settings, secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(inScript(dialog.windowTitle()));
        const QSize size = dialog.sizeHint();
        QVERIFY2(size.width() <= 1200 && size.height() <= 640,
                 qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
        for (int page = 0; page < dialog.tabs()->count(); ++page) {
            dialog.tabs()->setCurrentIndex(page);
            saveAndCheck(&dialog, QStringLiteral("settings-%1-%2.png").arg(m_language).arg(page + 1));
        }
    }
};

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
