#include "DurationSpinBox.h"

#include "charts/ChartText.h"

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

namespace {

// QSpinBox sizes itself for the texts of its minimum and maximum; "29 days 23 h" is wider
// than "30 days": the widest text of any value.
int extraWidth(const DurationSpinBox &box)
{
    const QFontMetrics metrics = box.fontMetrics();
    const int atMaximum = metrics.horizontalAdvance(box.text(box.maximum()));
    int widest = atMaximum;
    for (int v = box.minimum(); v <= box.maximum(); ++v)
        widest = std::max(widest, metrics.horizontalAdvance(box.text(v)));
    return widest - atMaximum;
}

} // namespace

QSize DurationSpinBox::sizeHint() const
{
    return QSpinBox::sizeHint() + QSize(extraWidth(*this), 0);
}

QSize DurationSpinBox::minimumSizeHint() const
{
    return QSpinBox::minimumSizeHint() + QSize(extraWidth(*this), 0);
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
    for (int v = minimum(); v <= maximum(); ++v) {
        if (text(v) == trimmed)
            return v;
    }
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
