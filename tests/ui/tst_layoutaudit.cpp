#include "LayoutAudit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

// The audit every screenshot test relies on: it must find each kind of fault it claims to,
// and stay quiet on a screen that is fine.
class TestLayoutAudit : public QObject
{
    Q_OBJECT

private:
    static void show(QWidget &w)
    {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
    }

private slots:
    void aFineFormHasNoProblems()
    {
        QWidget w;
        auto *form = new QFormLayout(&w);
        auto *name = new QLineEdit(&w);
        auto *label = new QLabel(QStringLiteral("&Name:"), &w);
        label->setBuddy(name);
        form->addRow(label, name);
        form->addRow(new QCheckBox(QStringLiteral("Poll this meter"), &w));
        form->addRow(new QPushButton(QStringLiteral("Send a test"), &w));
        auto *help = new QLabel(QStringLiteral("A long line of help that wraps onto more lines when the "
                                               "dialog is narrow, as help texts do."),
                                &w);
        help->setWordWrap(true);
        form->addRow(help);
        w.resize(320, 240);
        show(w);
        QCOMPARE(LayoutAudit::problems(&w), QStringList());
    }

    void findsAClippedLabelButtonAndTitle()
    {
        QWidget w;
        auto *layout = new QVBoxLayout(&w);
        auto *label = new QLabel(QStringLiteral("A label far wider than its room"), &w);
        label->setFixedWidth(40);
        auto *button = new QPushButton(QStringLiteral("A button with a long text"), &w);
        button->setFixedWidth(40);
        auto *box = new QGroupBox(QStringLiteral("A group box title that is long"), &w);
        box->setFixedWidth(40);
        layout->addWidget(label);
        layout->addWidget(button);
        layout->addWidget(box);
        show(w);
        const QStringList found = LayoutAudit::problems(&w);
        QCOMPARE(found.size(), 3);
        QVERIFY(found.at(0).contains(QLatin1String("A label far wider")));
        QVERIFY(found.at(1).contains(QLatin1String("QPushButton")));
        QVERIFY(found.at(2).contains(QLatin1String("title")));
    }

    void findsWrappedTextCutShort()
    {
        QWidget w;
        auto *layout = new QVBoxLayout(&w);
        auto *help = new QLabel(QStringLiteral("Words that must wrap onto several lines because the "
                                               "label is narrow, and then do not get the height."),
                                &w);
        help->setWordWrap(true);
        help->setFixedSize(80, 20);
        layout->addWidget(help);
        show(w);
        const QStringList found = LayoutAudit::problems(&w);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().contains(QLatin1String("wrapped")));
    }

    void findsAWidgetLeftOnTopOfLaidOutOnes()
    {
        // The walkthrough's fault: a form's old label still shown over the new fields.
        QWidget w;
        auto *form = new QFormLayout(&w);
        auto *field = new QLineEdit(&w);
        form->addRow(QStringLiteral("Account:"), field);
        w.resize(300, 100);
        show(w);
        QCOMPARE(LayoutAudit::problems(&w), QStringList());
        auto *stray = new QLabel(QStringLiteral("Old"), &w);
        stray->setGeometry(field->geometry().adjusted(10, 0, 0, 0));
        stray->show();
        const QStringList found = LayoutAudit::problems(&w);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().contains(QLatin1String("overlap")));
    }

    void hiddenWidgetsAreNotAudited()
    {
        QWidget w;
        auto *layout = new QVBoxLayout(&w);
        auto *label = new QLabel(QStringLiteral("A label far wider than its room"), &w);
        label->setFixedWidth(40);
        layout->addWidget(label);
        label->hide();
        show(w);
        QCOMPARE(LayoutAudit::problems(&w), QStringList());
    }
};

QTEST_MAIN(TestLayoutAudit)
#include "tst_layoutaudit.moc"
