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
};

QTEST_GUILESS_MAIN(TestChartDecimator)
#include "tst_chartdecimator.moc"
