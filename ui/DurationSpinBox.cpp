#include "DurationSpinBox.h"

#include "charts/ChartText.h"

#include <QEvent>
#include <QLocale>

#include <algorithm>
#include <cstdlib>

DurationSpinBox::DurationSpinBox(Unit unit, QWidget *parent)
    : QSpinBox(parent)
    , m_unit(unit)
{
    // Typed values count when confirmed (Enter, leaving the box): "96" is not first "9".
    setKeyboardTracking(false);
}

int DurationSpinBox::nextStep(const QList<int> &steps, int value, int direction)
{
    if (direction > 0) {
        for (const int step : steps) {
            if (step > value)
                return step;
        }
    } else {
        for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
            if (*it < value)
                return *it;
        }
    }
    return value;
}

QString DurationSpinBox::text(int value) const
{
    switch (m_unit) {
    case Unit::Days:
        return ChartText::days(value);
    case Unit::Hours:
        return ChartText::hours(value);
    case Unit::Minutes:
        break;
    }
    return ChartText::minutes(value);
}

void DurationSpinBox::stepBy(int steps)
{
    // QAbstractSpinBox turns Page Up/Down into ten single steps.
    if (m_pageSteps.isEmpty() || std::abs(steps) < 10) {
        QSpinBox::stepBy(steps);
        return;
    }
    setValue(nextStep(m_pageSteps, value(), steps));
    selectAll();
}

const DurationSpinBox::Texts &DurationSpinBox::texts() const
{
    if (m_texts.minimum == minimum() && m_texts.maximum == maximum())
        return m_texts;
    Texts t;
    t.minimum = minimum();
    t.maximum = maximum();
    // QSpinBox sizes itself for the texts of its minimum and maximum; "29 days 23 h" is wider
    // than "30 days": the widest text of any value.
    const QFontMetrics metrics = fontMetrics();
    const int atMaximum = metrics.horizontalAdvance(text(maximum()));
    int widest = atMaximum;
    t.values.reserve(std::max(0, maximum() - minimum() + 1));
    for (int v = minimum(); v <= maximum(); ++v) {
        const QString s = text(v);
        if (!t.values.contains(s)) // the first value with a text, as typed
            t.values.insert(s, v);
        widest = std::max(widest, metrics.horizontalAdvance(s));
    }
    t.extraWidth = widest - atMaximum;
    m_texts = std::move(t);
    return m_texts;
}

void DurationSpinBox::changeEvent(QEvent *event)
{
    QSpinBox::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        m_texts = {}; // the texts and their widths change with them
        break;
    default:
        break;
    }
}

QSize DurationSpinBox::sizeHint() const
{
    return QSpinBox::sizeHint() + QSize(texts().extraWidth, 0);
}

QSize DurationSpinBox::minimumSizeHint() const
{
    return QSpinBox::minimumSizeHint() + QSize(texts().extraWidth, 0);
}

QString DurationSpinBox::textFromValue(int value) const
{
    return text(value);
}

std::optional<int> DurationSpinBox::parse(const QString &input) const
{
    const QString trimmed = input.trimmed();
    // A bare number is in the box's own unit.
    bool ok = false;
    const int number = locale().toInt(trimmed, &ok);
    if (ok)
        return number;
    const auto found = texts().values.constFind(trimmed);
    if (found != texts().values.cend())
        return *found;
    return std::nullopt;
}

int DurationSpinBox::valueFromText(const QString &input) const
{
    return parse(input).value_or(value());
}

QValidator::State DurationSpinBox::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos);
    const std::optional<int> v = parse(input);
    if (v && *v >= minimum() && *v <= maximum())
        return QValidator::Acceptable;
    return QValidator::Intermediate;
}
