#include "LayoutAudit.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTextDocument>
#include <QToolButton>

#include <algorithm>

namespace {

// One pixel of slack: font metrics round up while layouts round to whole pixels.
constexpr int kSlack = 1;

QString nameOf(const QWidget *w)
{
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->accessibleName().isEmpty())
        name += QStringLiteral(" \"%1\"").arg(w->accessibleName());
    else if (!w->objectName().isEmpty())
        name += QStringLiteral(" #%1").arg(w->objectName());
    return name;
}

bool isInternal(const QWidget *w)
{
    return w->objectName().startsWith(QLatin1String("qt_"));
}

// A mnemonic's '&' is not drawn ("&&" draws one).
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

QString plainText(const QLabel *label)
{
    const QString text = label->text();
    if (label->textFormat() == Qt::PlainText || !Qt::mightBeRichText(text))
        return label->buddy() ? withoutMnemonic(text) : text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// The widest line of `text` as `w` draws it.
int widestLine(const QWidget *w, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, w->fontMetrics().horizontalAdvance(line));
    return widest;
}

void auditLabel(const QLabel *label, QStringList &out)
{
    if (label->text().isEmpty() || label->pixmap().isNull() == false)
        return;
    const QString text = plainText(label);
    if (text.trimmed().isEmpty())
        return;
    const QRect room = label->contentsRect();
    const int indent = std::max(0, label->indent()) + 2 * label->margin();
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + kSlack)
            out << QStringLiteral("%1: wrapped text needs %2 px of height, has %3: \"%4\"")
                       .arg(nameOf(label))
                       .arg(needed)
                       .arg(label->height())
                       .arg(text);
        return;
    }
    const int needed = widestLine(label, text) + indent;
    if (needed > room.width() + kSlack)
        out << QStringLiteral("%1: text needs %2 px, has %3: \"%4\"")
                   .arg(nameOf(label))
                   .arg(needed)
                   .arg(room.width())
                   .arg(text);
    const int lines = int(text.count(QLatin1Char('\n'))) + 1;
    const int height = lines * label->fontMetrics().height();
    if (height > room.height() + kSlack)
        out << QStringLiteral("%1: text needs %2 px of height, has %3: \"%4\"")
                   .arg(nameOf(label))
                   .arg(height)
                   .arg(room.height())
                   .arg(text);
}

void auditButton(const QAbstractButton *button, QStringList &out)
{
    const QString text = button->text();
    if (text.isEmpty())
        return;
    if (const auto *tool = qobject_cast<const QToolButton *>(button);
        tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
        return;
    // A button's size hint is its text, icon, indicator and the style's margins: narrower than
    // that, the style clips the text.
    const QSize hint = button->sizeHint();
    if (hint.width() > button->width() + kSlack)
        out << QStringLiteral("%1: needs %2 px, has %3: \"%4\"")
                   .arg(nameOf(button))
                   .arg(hint.width())
                   .arg(button->width())
                   .arg(withoutMnemonic(text));
    else if (button->fontMetrics().height() > button->height() + kSlack)
        out << QStringLiteral("%1: text needs %2 px of height, has %3: \"%4\"")
                   .arg(nameOf(button))
                   .arg(button->fontMetrics().height())
                   .arg(button->height())
                   .arg(withoutMnemonic(text));
}

void auditGroupBox(const QGroupBox *box, QStringList &out)
{
    if (box->title().isEmpty())
        return;
    const QString title = withoutMnemonic(box->title());
    int needed = box->fontMetrics().horizontalAdvance(title);
    if (box->isCheckable())
        needed += box->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, box);
    if (needed > box->width() + kSlack)
        out << QStringLiteral("%1: title needs %2 px, has %3: \"%4\"")
                   .arg(nameOf(box))
                   .arg(needed)
                   .arg(box->width())
                   .arg(title);
}

void collectLaidOut(const QLayout *layout, QList<const QWidget *> &out)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *w = item->widget())
            out << w;
        else if (const QLayout *inner = item->layout())
            collectLaidOut(inner, out);
    }
}

void auditOverlaps(const QWidget *parent, QStringList &out)
{
    const QLayout *layout = parent->layout();
    if (!layout)
        return;
    QList<const QWidget *> laidOut;
    collectLaidOut(layout, laidOut);
    QList<const QWidget *> children;
    for (const QObject *o : parent->children()) {
        const auto *w = qobject_cast<const QWidget *>(o);
        if (w && !w->isWindow() && w->isVisible() && !isInternal(w) && !w->geometry().isEmpty())
            children << w;
    }
    for (int i = 0; i < children.size(); ++i) {
        for (int j = i + 1; j < children.size(); ++j) {
            const QWidget *a = children.at(i);
            const QWidget *b = children.at(j);
            if (!laidOut.contains(a) && !laidOut.contains(b))
                continue; // both placed by hand (overlays): their owner decides
            const QRect overlap = a->geometry().intersected(b->geometry());
            if (overlap.width() > kSlack && overlap.height() > kSlack)
                out << QStringLiteral("%1 and %2 overlap by %3x%4 px")
                           .arg(nameOf(a), nameOf(b))
                           .arg(overlap.width())
                           .arg(overlap.height());
        }
    }
}

void audit(const QWidget *w, QStringList &out)
{
    if (!w->isVisible() || isInternal(w))
        return;
    if (const auto *label = qobject_cast<const QLabel *>(w))
        auditLabel(label, out);
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        auditButton(button, out);
    else if (const auto *box = qobject_cast<const QGroupBox *>(w))
        auditGroupBox(box, out);
    auditOverlaps(w, out);
    for (const QObject *o : w->children()) {
        const auto *child = qobject_cast<const QWidget *>(o);
        if (child && !child->isWindow())
            audit(child, out);
    }
}

} // namespace

namespace LayoutAudit {

QStringList problems(const QWidget *root)
{
    QStringList out;
    if (root)
        audit(root, out);
    return out;
}

QString describe(const QWidget *root, const QString &screen)
{
    const QStringList found = problems(root);
    if (found.isEmpty())
        return {};
    return QStringLiteral("%1: %2 layout problem(s):\n  %3")
        .arg(screen)
        .arg(found.size())
        .arg(found.join(QStringLiteral("\n  ")));
}

} // namespace LayoutAudit
