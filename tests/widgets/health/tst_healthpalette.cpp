#include "health/healthpalette.h"

#include <QTest>

using namespace Dsp;

// Badges are read at a glance: white on each state colour meets WCAG AA (4.5:1 for text).
class TestHealthPalette : public QObject
{
    Q_OBJECT

private slots:
    void badgeTextMeetsWcagAa_data()
    {
        QTest::addColumn<HealthState>("state");
        QTest::newRow("up") << HealthState::Up;
        QTest::newRow("degraded") << HealthState::Degraded;
        QTest::newRow("down") << HealthState::Down;
        QTest::newRow("checking") << HealthState::Checking;
        QTest::newRow("not configured") << HealthState::NotConfigured;
    }
    void badgeTextMeetsWcagAa()
    {
        QFETCH(HealthState, state);
        const double ratio = contrastRatio(healthTextColor(state), healthColor(state));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1:1").arg(ratio, 0, 'f', 2)));
    }

    void contrastRatioMatchesWcagReferenceValues()
    {
        QCOMPARE(qRound(contrastRatio(Qt::white, Qt::black) * 100), 2100);
        // The old "degraded" amber: 2.8:1, the failure the issue reported.
        QCOMPARE(qRound(contrastRatio(Qt::white, QColor(0xd9, 0x8a, 0x00)) * 10), 28);
    }
};

QTEST_GUILESS_MAIN(TestHealthPalette)
#include "tst_healthpalette.moc"
