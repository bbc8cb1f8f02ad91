#pragma once

#include <QHash>
#include <QList>
#include <QSpinBox>

#include <optional>

// A spin box for a duration in days, hours or minutes that reads as people say it ("12 h",
// "30 days", "1 day", see ChartText) and takes either that text or a bare number of its unit.
// Page Up/Down go through `pageSteps` (the next larger or smaller one) when set.
class DurationSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    enum class Unit
    {
        Days,
        Hours,
        Minutes,
    };

    explicit DurationSpinBox(Unit unit, QWidget *parent = nullptr);

    void setPageSteps(const QList<int> &steps) { m_pageSteps = steps; }
    // The next of `steps` above (direction > 0) or below `value`, or `value` at the end.
    static int nextStep(const QList<int> &steps, int value, int direction);
    QString text(int value) const;

    void stepBy(int steps) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    QString textFromValue(int value) const override;
    int valueFromText(const QString &input) const override;
    QValidator::State validate(QString &input, int &pos) const override;

private:
    std::optional<int> parse(const QString &input) const;
    // The texts of every value and the widest one: built once per range, language and font,
    // not on every value change (that walked 720 values twice per slider frame).
    struct Texts
    {
        int minimum = 0;
        int maximum = -1;
        QHash<QString, int> values;
        int extraWidth = 0; // of the widest text over the maximum's
    };
    const Texts &texts() const;

    Unit m_unit;
    QList<int> m_pageSteps;
    mutable Texts m_texts;
};
