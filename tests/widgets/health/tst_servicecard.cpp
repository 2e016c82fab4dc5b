// A long server version on a card: whole when the card has room for it, elided in the middle
// (never cut at a fixed length) when it has not, and always whole in the tooltip.
#include "health/servicecard.h"

#include <QLabel>
#include <QTest>

using namespace Dsp;

class TestServiceCard : public QObject
{
    Q_OBJECT

private slots:
    void longVersionUsesTheRoomThereIs()
    {
        const QString version = QStringLiteral("25.2.0-202410241428110000-a963b970");
        ServiceCard card(QStringLiteral("dremio"), QStringLiteral("Dremio"));
        ServiceHealth health;
        health.key = QStringLiteral("dremio");
        health.state = HealthState::Up;
        health.last.state = HealthState::Up;
        health.last.version = version;
        card.setHealth(health, false);
        card.resize(900, card.sizeHint().height());
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        QLabel *shown = nullptr;
        for (QLabel *label : card.findChildren<QLabel *>()) {
            if (label->toolTip().contains(version))
                shown = label;
        }
        QVERIFY(shown);
        QTRY_COMPARE(shown->text(), version);

        card.resize(220, card.height());
        QTRY_VERIFY(shown->text() != version);
        QVERIFY2(shown->text().contains(QChar(0x2026)), qPrintable(shown->text()));
        QVERIFY(shown->text().startsWith(QStringLiteral("25.")));
        QVERIFY(shown->text().endsWith(QStringLiteral("b970")));
        QCOMPARE(card.versionText(), version);

        card.resize(900, card.height());
        QTRY_COMPARE(shown->text(), version);
    }
};

QTEST_MAIN(TestServiceCard)
#include "tst_servicecard.moc"
