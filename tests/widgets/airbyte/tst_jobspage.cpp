// The Jobs page driven as a user drives it, against the Airbyte fake's job engine on a clock
// the test moves: the workspace's jobs newest first and paged as the user scrolls, the
// filters (a reset and a clear are one type), a sync started elsewhere appearing and moving
// live, its details (streams, attempts, the failure in words, the web app's link), Cancel and
// Clear after their confirmations, the chart of the connection's last syncs and of the running
// sync's records, and Airbyte's words when the list fails, the rows kept.
#include "airbyte/jobdetails.h"
#include "airbyte/jobsmodel.h"
#include "airbyte/jobspage.h"
#include "airbyte/syncchart.h"
#include "common/activitybar.h"

#include "airbyte/jobwatcher.h"

#include "airbytetestbed.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace std::chrono_literals;

namespace {

constexpr qint64 T0 = AirbyteTestBed::T0;

QString cell(JobsPage &page, int row, int column)
{
    const QAbstractItemModel *m = page.view()->model();
    return m->data(m->index(row, column)).toString();
}

template<typename T> T *waitForChild(QWidget &parent, const QString &name)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            found = parent.findChild<T *>(name);
            return found && found->isVisible();
        },
        5000);
    return shown ? found : nullptr;
}

} // namespace

class TestJobsPage : public QObject
{
    Q_OBJECT

private:
    AirbyteTestBed m_bed;
    std::unique_ptr<JobWatcher> m_watcher;
    std::unique_ptr<JobsPage> m_page;
    QString m_shop;
    QString m_crm;

    AirbyteJobsFake &engine() { return *m_bed.fake->jobs(); }
    QDateTime fakeNow() { return QDateTime::fromSecsSinceEpoch(engine().now(), Qt::UTC); }

    QString addConnection(const QString &name) { return m_bed.addConnection(name); }

    // Shows the page and waits for its first list.
    bool show()
    {
        QSignalSpy loaded(m_page.get(), &JobsPage::loaded);
        m_page->resize(1100, 700);
        m_page->show();
        return QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 5000);
    }

    bool reload()
    {
        QSignalSpy loaded(m_page.get(), &JobsPage::loaded);
        m_page->refresh();
        return loaded.wait(5000);
    }

private slots:
    void init()
    {
        QVERIFY(m_bed.start());
        m_shop = addConnection(QStringLiteral("shop"));
        m_crm = addConnection(QStringLiteral("crm"));
        m_watcher = std::make_unique<JobWatcher>(m_bed.client.get());
        m_watcher->setIntervals({50ms, 20ms});
        m_watcher->setClock([this] { return fakeNow(); });
        m_watcher->setWorkspace(AirbyteFake::defaultWorkspaceId());
        m_watcher->start();
        m_page = std::make_unique<JobsPage>();
        m_page->setClock([this] { return fakeNow(); });
        m_page->setWebApp(QUrl(QStringLiteral("http://localhost:8000")));
        m_page->setClient(m_bed.client.get(), m_watcher.get());
    }

    void cleanup()
    {
        m_page.reset();
        m_watcher.reset();
        m_bed.stop();
    }

    void pagesThroughThousandsNewestFirst()
    {
        for (int i = 0; i < 130; ++i)
            engine().addFinishedJob(i % 2 ? m_shop : m_crm, QStringLiteral("sync"),
                                    i % 10 == 3 ? QStringLiteral("failed")
                                                : QStringLiteral("succeeded"),
                                    T0 - 3600 * (130 - i), 100 * i);
        QAbstractItemModelTester tester(m_page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(show());
        QCOMPARE(m_page->model()->rowCount(), 50); // one page
        // Newest first: the last one added, on crm? i = 129 is odd: shop.
        QCOMPARE(cell(*m_page, 0, JobsModel::Connection), QStringLiteral("shop"));
        QCOMPARE(cell(*m_page, 0, JobsModel::Status), QStringLiteral("Succeeded"));
        QCOMPARE(cell(*m_page, 0, JobsModel::Records), QLocale().toString(12900));

        // Scrolling to the end asks for the next pages, never a row twice.
        QVERIFY(QTest::qWaitFor(
            [&] {
                m_page->view()->scrollToBottom();
                return m_page->model()->rowCount() == 130;
            },
            10000));
        QVERIFY(!m_page->model()->hasMore());
        QSet<qint64> ids;
        for (int row = 0; row < 130; ++row)
            ids.insert(m_page->model()->jobAt(row)->id);
        QCOMPARE(ids.size(), 130);
        for (int row = 1; row < 130; ++row)
            QVERIFY(m_page->model()->jobAt(row - 1)->createdAt >=
                    m_page->model()->jobAt(row)->createdAt);
    }

    void filtersByStatusTypeConnectionAndPeriod()
    {
        engine().addFinishedJob(m_shop, QStringLiteral("sync"), QStringLiteral("failed"), T0 - 600);
        engine().addFinishedJob(m_shop, QStringLiteral("reset_connection"),
                                QStringLiteral("succeeded"), T0 - 1200);
        engine().addFinishedJob(m_crm, QStringLiteral("sync"), QStringLiteral("succeeded"),
                                T0 - 1800);
        engine().addFinishedJob(m_crm, QStringLiteral("sync"), QStringLiteral("succeeded"),
                                T0 - 3 * 86400);
        QVERIFY(show());
        QCOMPARE(m_page->model()->rowCount(), 4);

        QSignalSpy loaded(m_page.get(), &JobsPage::loaded);
        m_page->setStatusFilter(JobStatus::Failed);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(cell(*m_page, 0, JobsModel::Status), QStringLiteral("Failed"));

        loaded.clear();
        m_page->setStatusFilter(std::nullopt);
        m_page->setTypeFilter(JobType::ResetConnection);
        QVERIFY(loaded.wait(5000)); // the last list's answer: the earlier one is dropped
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(cell(*m_page, 0, JobsModel::Type), jobTypeText(JobType::ResetConnection));

        loaded.clear();
        m_page->setTypeFilter(std::nullopt);
        m_page->setConnectionFilter(m_crm);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_page->model()->rowCount(), 2);
        QCOMPARE(cell(*m_page, 0, JobsModel::Connection), QStringLiteral("crm"));

        loaded.clear();
        m_page->setPeriod(JobsPage::Period::Day);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_page->model()->rowCount(), 1);
        loaded.clear();
        m_page->setConnectionFilter(QString());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_page->model()->rowCount(), 3);
    }

    void aSyncStartedElsewhereMovesLive()
    {
        AirbyteJobsFake::Script script;
        script.attemptSecs = 100;
        script.recordsPerStream = 1000;
        engine().setScript(script);
        QVERIFY(show());
        QCOMPARE(m_page->model()->rowCount(), 0);

        const qint64 id = engine().startSyncElsewhere(m_shop);
        QVERIFY(QTest::qWaitFor([&] { return m_page->model()->rowOf(id) == 0; }, 5000));
        m_page->selectJob(id);
        // The row counts what the job's streams emitted so far, reading after reading.
        const auto liveRecords = [&]() -> qint64 {
            const SyncProgressTracker *p = m_watcher->progress(m_shop);
            return p ? p->last().totals.recordsEmitted : 0;
        };
        engine().advance(20);
        QVERIFY(QTest::qWaitFor([&] { return liveRecords() > 0; }, 5000));
        const qint64 first = liveRecords();
        QVERIFY(QTest::qWaitFor(
            [&] { return cell(*m_page, 0, JobsModel::Records) == QLocale().toString(first); },
            5000));
        QCOMPARE(cell(*m_page, 0, JobsModel::Status), QStringLiteral("Running"));
        engine().advance(10);
        QVERIFY(QTest::qWaitFor([&] { return liveRecords() > first; }, 5000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return cell(*m_page, 0, JobsModel::Records) == QLocale().toString(liveRecords());
            },
            5000));
        QCOMPARE(cell(*m_page, 0, JobsModel::Duration), QStringLiteral("30 s"));

        // The details: records so far with the panel's throughput, a bar towards the
        // estimate the first stream's source gives, the streams with their states.
        JobDetails *details = m_page->details();
        QVERIFY(QTest::qWaitFor(
            [&] { return details->progressText()->text().contains(QStringLiteral("/s")); }, 5000));
        QVERIFY2(details->progressText()->text().startsWith(QLocale().toString(liveRecords())),
                 qPrintable(details->progressText()->text()));
        QVERIFY(details->progressBar()->isVisible());
        QCOMPARE(details->streams()->topLevelItemCount(), 2);
        QCOMPARE(details->streams()->topLevelItem(0)->text(0), QStringLiteral("public.orders"));
        QCOMPARE(details->streams()->topLevelItem(0)->text(4), QStringLiteral("10"));
        QVERIFY(details->streams()->topLevelItem(0)->text(5).startsWith(QStringLiteral("30 %")));

        engine().advance(100);
        QVERIFY(QTest::qWaitFor(
            [&] { return cell(*m_page, 0, JobsModel::Status) == QStringLiteral("Succeeded"); },
            5000));
        QVERIFY(QTest::qWaitFor([&] { return !details->progressBar()->isVisible(); }, 5000));
        QCOMPARE(cell(*m_page, 0, JobsModel::Records), QLocale().toString(3000));
    }

    void aSyncWithoutEstimatesShowsItsCountsAndACalmActivityStripe()
    {
        // Styles animate a busy bar 60 times a second: a few % of a core while it shows. The
        // stripe instead moves with the page's once-a-second tick.
        AirbyteJobsFake::Script script;
        script.attemptSecs = 100;
        script.estimatedStreams = 0;
        engine().setScript(script);
        QVERIFY(show());
        const qint64 id = engine().startSyncElsewhere(m_shop);
        QVERIFY(QTest::qWaitFor([&] { return m_page->model()->rowOf(id) == 0; }, 5000));
        m_page->selectJob(id);
        JobDetails *details = m_page->details();
        QVERIFY(details->progressText()->isVisible());
        QVERIFY(!details->progressBar()->isVisible());
        engine().advance(20);
        QVERIFY(QTest::qWaitFor([&] { return m_watcher->progress(m_shop)->jobId() == id; }, 5000));
        engine().advance(10);
        QVERIFY(QTest::qWaitFor(
            [&] { return details->progressText()->text().contains(QStringLiteral("/s")); }, 5000));
        QVERIFY(!details->progressBar()->isVisible());
        QVERIFY(details->activityBar()->isVisible());
        const int phase = details->activityBar()->phase();
        QVERIFY(QTest::qWaitFor([&] { return details->activityBar()->phase() != phase; }, 3000));
    }

    void aFailedJobExplainsItselfAndLinksToTheWebApp()
    {
        AirbyteJobsFake::Script script;
        script.attemptSecs = 60;
        script.lastAttemptFails = true;
        script.failureOrigin = QStringLiteral("destination");
        script.failureType = QStringLiteral("config_error");
        script.externalMessage = QStringLiteral("<b>Access Denied</b> to bucket lake");
        engine().setScript(script);
        const qint64 id = engine().startSyncElsewhere(m_crm);
        engine().advance(120);
        QVERIFY(show());
        m_page->selectJob(id);
        JobDetails *details = m_page->details();
        QCOMPARE(details->jobId(), id);
        QVERIFY2(details->failure()->text().contains(QStringLiteral("The destination failed")),
                 qPrintable(details->failure()->text()));
        QVERIFY(details->failure()->text().contains(QStringLiteral("<b>Access Denied</b>")));
        QCOMPARE(details->failure()->textFormat(), Qt::PlainText);
        QCOMPARE(details->attempts()->topLevelItemCount(), 1);
        QCOMPARE(details->attempts()->topLevelItem(0)->text(1), QStringLiteral("Failed"));
        QVERIFY(details->summary()->text().contains(QStringLiteral("crm")));

        const QString link = QStringLiteral("http://localhost:8000/workspaces/%1/connections/%2/"
                                            "timeline?openLogs=true&jobId=%3&attemptNumber=0")
                                 .arg(AirbyteFake::defaultWorkspaceId(), m_crm)
                                 .arg(id);
        QCOMPARE(details->jobLink().toString(), link);
        details->findChild<QPushButton *>(QStringLiteral("copyJobLink"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), link);
    }

    void cancelAsksThenStopsTheJob()
    {
        AirbyteJobsFake::Script script;
        script.attemptSecs = 600;
        engine().setScript(script);
        const qint64 id = engine().startSyncElsewhere(m_shop);
        engine().advance(10);
        QVERIFY(show());
        m_page->selectJob(id);
        auto cancel = m_page->findChild<QPushButton *>(QStringLiteral("cancelJob"));
        QVERIFY(QTest::qWaitFor([&] { return cancel->isEnabled(); }, 5000));
        cancel->click();
        auto box = waitForChild<QMessageBox>(*m_page, QStringLiteral("confirmCancel"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("shop")));
        QCOMPARE(engine().jobStatus(id), QStringLiteral("running")); // nothing before the answer
        QSignalSpy finished(m_page.get(), &JobsPage::actionFinished);
        QPushButton *yes = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                yes = qobject_cast<QPushButton *>(b);
        }
        QVERIFY(yes);
        yes->click();
        QVERIFY(finished.wait(5000));
        QCOMPARE(engine().jobStatus(id), QStringLiteral("cancelled"));
        QCOMPARE(cell(*m_page, m_page->model()->rowOf(id), JobsModel::Status),
                 QStringLiteral("Cancelled"));
        QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("cancelled")));
    }

    void clearOfChosenStreamsAfterItsWarning()
    {
        engine().addFinishedJob(m_shop, QStringLiteral("sync"), QStringLiteral("succeeded"),
                                T0 - 600, 10);
        QVERIFY(show());
        m_page->selectJob(m_page->model()->jobAt(0)->id);
        m_page->findChild<QPushButton *>(QStringLiteral("clear"))->click();
        auto dialog = waitForChild<QDialog>(*m_page, QStringLiteral("confirmClear"));
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>()->text().contains(QStringLiteral("cannot be undone")));
        auto list = dialog->findChild<QListWidget *>(QStringLiteral("streams"));
        QVERIFY(list->count() >= 1);
        dialog->findChild<QRadioButton *>(QStringLiteral("someStreams"))->setChecked(true);
        auto buttons = dialog->findChildren<QPushButton *>();
        QPushButton *ok = nullptr;
        for (QPushButton *b : buttons) {
            if (b->text() == JobsPage::tr("Clear the data"))
                ok = b;
        }
        QVERIFY(ok);
        QVERIFY(!ok->isEnabled()); // no stream chosen yet
        list->item(0)->setCheckState(Qt::Checked);
        QVERIFY(ok->isEnabled());
        const QString chosen = list->item(0)->text();
        QSignalSpy finished(m_page.get(), &JobsPage::actionFinished);
        ok->click();
        QVERIFY(finished.wait(5000));
        const Job *job = m_page->model()->jobAt(m_page->model()->rowOf(m_page->selectedJobId()));
        QVERIFY(job);
        QCOMPARE(job->type, JobType::ResetConnection);
        QCOMPARE(job->resetStreams.size(), 1);
        QCOMPARE(job->resetStreams.first().displayName(), chosen);
        QVERIFY2(m_page->statusLabel()->text().contains(chosen),
                 qPrintable(m_page->statusLabel()->text()));
    }

    void theChartShowsTheConnectionsLastThirtySyncs()
    {
        // 35 syncs of shop an hour apart, every fifth failed, a clear after them, and crm's.
        QList<qint64> shop;
        for (int i = 0; i < 35; ++i)
            shop.append(engine().addFinishedJob(m_shop, QStringLiteral("sync"),
                                                i % 5 == 2 ? QStringLiteral("failed")
                                                           : QStringLiteral("succeeded"),
                                                T0 - 3600 * (35 - i), 100 * (i + 1)));
        engine().addFinishedJob(m_shop, QStringLiteral("reset_connection"),
                                QStringLiteral("succeeded"), T0 - 1800);
        const qint64 crm = engine().addFinishedJob(m_crm, QStringLiteral("sync"),
                                                   QStringLiteral("succeeded"), T0 - 900, 42);
        QVERIFY(show());
        m_page->selectJob(shop.last());
        SyncChart *chart = m_page->details()->chart();
        QVERIFY(chart->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(chart->history().bars.size(), 30, 5000);
        QCOMPARE(chart->mode(), SyncChart::Mode::History);
        // The 30 newest of shop's syncs, oldest first; not the clear, not crm's.
        const QList<SyncBar> bars = chart->history().bars;
        for (int i = 0; i < 30; ++i) {
            const int k = 5 + i;
            QCOMPARE(bars[i].jobId, shop[k]);
            QCOMPARE(bars[i].records, 100 * (k + 1)); // a failed one: what it read
            QCOMPARE(bars[i].seconds, 60);
            QCOMPARE(bars[i].failed(), k % 5 == 2);
            QCOMPARE(bars[i].createdAt, QDateTime::fromSecsSinceEpoch(T0 - 3600 * (35 - k)));
        }
        QCOMPARE(chart->history().maxRecords, 3500);
        QCOMPARE(chart->highlightedJob(), shop.last());

        m_page->selectJob(crm);
        QTRY_COMPARE_WITH_TIMEOUT(chart->history().bars.size(), 1, 5000);
        QCOMPARE(chart->history().bars.first().jobId, crm);
        QCOMPARE(chart->history().bars.first().records, 42);
        // Back to shop: from what was read, at once.
        m_page->selectJob(shop[20]);
        QCOMPARE(chart->history().bars.size(), 30);
        QCOMPARE(chart->history().bars.last().jobId, shop.last());
        QCOMPARE(chart->highlightedJob(), shop[20]);
    }

    void theChartFollowsTheRunningSyncThenListsIt()
    {
        AirbyteJobsFake::Script script;
        script.attemptSecs = 100;
        script.recordsPerStream = 1000;
        engine().setScript(script);
        const qint64 before = engine().addFinishedJob(m_shop, QStringLiteral("sync"),
                                                      QStringLiteral("succeeded"), T0 - 3600, 2000);
        QVERIFY(show());
        const qint64 id = engine().startSyncElsewhere(m_shop);
        QVERIFY(QTest::qWaitFor([&] { return m_page->model()->rowOf(id) >= 0; }, 5000));
        m_page->selectJob(id);
        SyncChart *chart = m_page->details()->chart();
        const auto lastPoint = [&] {
            return chart->running().points.isEmpty() ? RunningChartData::Point{-1, 0, 0}
                                                     : chart->running().points.last();
        };
        const auto liveRecords = [&]() -> qint64 {
            const SyncProgressTracker *p = m_watcher->progress(m_shop);
            return p ? p->last().totals.recordsEmitted : 0;
        };

        // One point per reading, at the seconds since the sync started, as the clock moves. A
        // reading asked for before the clock moved may be stamped after it: the next one, at
        // the same time, replaces it.
        engine().advance(20);
        QTRY_VERIFY_WITH_TIMEOUT(lastPoint().seconds == 20 && lastPoint().emitted > 0, 5000);
        QCOMPARE(chart->mode(), SyncChart::Mode::Running);
        const qsizetype pointsAt20 = chart->running().points.size();
        const qint64 recordsAt20 = lastPoint().emitted;
        engine().advance(10);
        QTRY_VERIFY_WITH_TIMEOUT(lastPoint().seconds == 30 && lastPoint().emitted > recordsAt20,
                                 5000);
        QCOMPARE(chart->running().points.size(), pointsAt20 + 1);
        QTRY_COMPARE_WITH_TIMEOUT(lastPoint().emitted, liveRecords(), 5000);
        QCOMPARE(chart->running().maxRecords, lastPoint().emitted);
        QCOMPARE(chart->running().startedAt, QDateTime::fromSecsSinceEpoch(T0, Qt::UTC));

        // It ends: the chart turns to shop's last syncs, read again, this one the newest.
        engine().advance(100);
        QTRY_COMPARE_WITH_TIMEOUT(chart->mode(), SyncChart::Mode::History, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(chart->history().bars.size(), 2, 5000);
        QCOMPARE(chart->history().bars.first().jobId, before);
        QCOMPARE(chart->history().bars.last().jobId, id);
        QCOMPARE(chart->history().bars.last().records, 3000);
        QCOMPARE(chart->history().bars.last().status, JobStatus::Succeeded);
    }

    void aFailedListIsSaidAndTheRowsStay()
    {
        engine().addFinishedJob(m_shop, QStringLiteral("sync"), QStringLiteral("succeeded"),
                                T0 - 600);
        QVERIFY(show());
        QCOMPARE(m_page->model()->rowCount(), 1);
        m_bed.fake->setRequireAuth(true); // the panel's login no longer works
        m_page->refresh();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return m_page->statusLabel()->text().startsWith(
                    JobsPage::tr("Could not load the jobs: %1").arg(QString()));
            },
            5000));
        QCOMPARE(m_page->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestJobsPage)
#include "tst_jobspage.moc"
