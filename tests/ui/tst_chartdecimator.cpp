#include "ChartDecimator.h"

#include <QRandomGenerator>
#include <QTest>

class TestChartDecimator : public QObject
{
    Q_OBJECT

private slots:
    void smallInputUnchanged()
    {
        const QList<QPointF> points = {{0, 1}, {1, 2}, {2, 0}};
        QCOMPARE(ChartDecimator::minMaxPerColumn(points, 100), points);
    }

    void neverMoreThanFourPointsPerColumnAndKeepsExtremes()
    {
        QList<QPointF> points;
        QRandomGenerator rng(1);
        for (int i = 0; i < 100'000; ++i)
            points.append(QPointF(i, rng.generateDouble()));
        points[51'234].setY(50.0);  // a spike
        points[77'777].setY(-50.0); // a dip
        const QList<QPointF> out = ChartDecimator::minMaxPerColumn(points, 800);
        QVERIFY(out.size() <= 800 * 4);
        QVERIFY(out.size() >= 800);
        bool spike = false;
        bool dip = false;
        for (int i = 0; i < out.size(); ++i) {
            if (i > 0)
                QVERIFY(out[i].x() >= out[i - 1].x()); // still in x order
            spike = spike || out[i] == QPointF(51'234, 50.0);
            dip = dip || out[i] == QPointF(77'777, -50.0);
        }
        QVERIFY(spike);
        QVERIFY(dip);
        QCOMPARE(out.constFirst(), points.constFirst());
        QCOMPARE(out.constLast(), points.constLast());
    }

    void rangedColumnsShareOneBudgetAndKeepTheEdges()
    {
        // Two runs (a gap between them) over one visible range: together within 4 per column,
        // and of what lies outside the range only the neighbours of its edges survive.
        QList<QPointF> left;
        QList<QPointF> right;
        QRandomGenerator rng(2);
        for (int i = -5'000; i < 50'000; ++i)
            left.append(QPointF(i, rng.generateDouble()));
        for (int i = 60'000; i < 120'000; ++i)
            right.append(QPointF(i, rng.generateDouble()));
        const int columns = 500;
        const QList<QPointF> a = ChartDecimator::minMaxPerColumn(left, columns, 0, 100'000);
        const QList<QPointF> b = ChartDecimator::minMaxPerColumn(right, columns, 0, 100'000);
        QVERIFY(a.size() + b.size() <= 4 * columns + 2);
        QCOMPARE(a.constFirst(), left[4'999]);  // the last point before the range
        QCOMPARE(b.constLast().x(), 100'001.0); // the first point after it, and nothing beyond
        int outside = 0;
        for (const QPointF &p : a + b)
            outside += (p.x() < 0 || p.x() > 100'000) ? 1 : 0;
        QCOMPARE(outside, 2);
    }

    void lowHighKeepsTwoPerColumnAndTheExtremes()
    {
        QList<QPointF> points;
        QRandomGenerator rng(3);
        for (int i = 0; i < 100'000; ++i)
            points.append(QPointF(i, rng.generateDouble()));
        points[42'000].setY(7.0);
        points[42'001].setY(-7.0);
        const QList<QPointF> out = ChartDecimator::lowHighPerColumn(points, 400, 0, 100'000);
        QVERIFY(out.size() <= 2 * 400 + 2);
        QVERIFY(out.contains(QPointF(42'000, 7.0)));
        QVERIFY(out.contains(QPointF(42'001, -7.0)));
        for (int i = 1; i < out.size(); ++i)
            QVERIFY(out[i].x() > out[i - 1].x());
    }

    void envelopeKeepsEachColumnsPeakAndNeverBridgesHoles()
    {
        // 10 000 one-second bars over 100 columns, a spike in one, a hole in the middle.
        QList<ChartDecimator::Bar> bars;
        for (int i = 0; i < 10'000; ++i) {
            if (i >= 5'000 && i < 5'300)
                continue; // missing readings
            const double grid = i == 1'234 ? 9.0 : 1.0;
            bars.append({double(i), double(i + 1), grid, grid + (i == 7'777 ? 5.0 : 0.5)});
        }
        const QList<ChartDecimator::Bar> env = ChartDecimator::stackedEnvelope(bars, 100, 0, 10'000);
        QVERIFY(env.size() <= 100 + 2);
        bool spike = false;
        bool generatorPeak = false;
        for (int i = 0; i < env.size(); ++i) {
            spike = spike || (env[i].grid == 9.0 && env[i].x0 <= 1'234 && env[i].x1 > 1'234);
            generatorPeak = generatorPeak || (env[i].total == 6.0 && env[i].x0 <= 7'777 && env[i].x1 > 7'777);
            QVERIFY(env[i].total >= env[i].grid);
            // Nothing drawn over the hole.
            QVERIFY(env[i].x1 <= 5'000 || env[i].x0 >= 5'300);
            if (i > 0)
                QVERIFY(env[i].x0 >= env[i - 1].x1);
        }
        QVERIFY(spike);
        QVERIFY(generatorPeak);
        // Wide bars are left alone; bars outside the range go.
        const QList<ChartDecimator::Bar> wide = {{-200, -100, 1, 1}, {0, 300, 1, 2}, {300, 600, 2, 3}};
        const QList<ChartDecimator::Bar> kept = ChartDecimator::stackedEnvelope(wide, 10, 0, 1'000);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept[1].x0, 300.0);
        QCOMPARE(kept[1].total, 3.0);
    }
};

QTEST_GUILESS_MAIN(TestChartDecimator)
#include "tst_chartdecimator.moc"
