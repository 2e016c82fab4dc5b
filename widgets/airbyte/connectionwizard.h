#pragma once

#include "airbyte/airbyteclient.h"
#include "settings/profile.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QElapsedTimer;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTimer;
QT_END_NAMESPACE

namespace Dsp {

class ConnectorDrafts;
class ConnectorIcons;
class StreamsFilter;
class StreamsModel;

// New connection, step by step: the source and the destination (or new ones on the way) →
// discovery of the source's streams (progress, cancel, Airbyte's reason and retry on failure)
// → the streams (a model/view table: which to sync, sync modes both ends allow, cursor,
// primary key, fields; every incomplete choice named in its row, and Next refused until none is
// left) → destination namespace and stream prefix → schedule (manual, every N hours, or a cron
// line in either form, said in words with its next three runs) → review and create, then "Sync
// now". A create whose reply was lost is retried by looking the connection up first, so one
// click makes one connection. Edit opens the same steps on a saved connection. GUI thread only;
// calls end with the dialog.
class ConnectionWizard : public QDialog
{
    Q_OBJECT
public:
    enum class Step { Ends, Discover, Streams, Namespace, Schedule, Review, Done, Preset };

    ConnectionWizard(AirbyteClient *client, const QString &workspaceId, QWidget *parent = nullptr);
    ~ConnectionWizard() override;

    void setProfile(const Profile &profile);
    void setDrafts(ConnectorDrafts *drafts);
    void setIconSource(ConnectorIcons *icons);
    // The clock the next runs are counted from (tests fix it).
    void setClock(std::function<QDateTime()> now);

    void startNew();
    // The stack guide's pipeline (PipelinePreset): asks where the Airbyte server reaches
    // PostgreSQL and MinIO, reuses the source and destination that exist or makes them from the
    // environment, then discovers and fills every step; the user goes through and creates.
    void startPipelinePreset();
    // Opens a saved connection: its streams, namespace and schedule, saved with Save.
    void startEdit(const QString &connectionId);

    // Shows the streams step on a catalog already at hand (a benchmark's, a test's).
    void showCatalog(const Catalog &catalog, const QList<DestinationSyncMode> &destinationModes);

    Step step() const { return m_step; }
    bool isBusy() const { return m_call.isRunning(); }
    StreamsModel *streams() const { return m_streams; }
    StreamsFilter *streamsFilter() const { return m_filter; }
    QTableView *streamsView() const { return m_streamsView; }
    // The stream the details below the table edit (-1: none).
    int currentStream() const { return m_current; }
    void setCurrentStream(int row);

    void reject() override;

signals:
    void created(const Dsp::ConnectionDetails &connection);
    void saved(const Dsp::ConnectionDetails &connection);
    void syncStarted(const QString &connectionId, qint64 jobId);

private:
    void buildEndsPage();
    void buildDiscoverPage();
    void buildStreamsPage();
    void buildNamespacePage();
    void buildSchedulePage();
    void buildReviewPage();
    void buildDonePage();
    void buildPresetPage();
    void loadPreset();
    void updatePresetPlan();
    void runPreset();
    void ensurePresetEnd(AirbyteClient::Kind kind, std::function<void(const QString &id)> then);
    void applyPreset();
    void refreshSchema();
    void reviewSchemaChange(const ConnectionDetails &refreshed);
    void showStep(Step step);
    void next();
    void back();
    void updateButtons();
    void setStatus(const QString &text, bool error = false);

    void loadEnds();
    void fillEnds();
    void newEnd(AirbyteClient::Kind kind);
    void updateDefaultName();
    void discover();
    void discovered();
    void showCurrentStream();
    void updateProblems();
    void selectFiltered();
    void cursorChosen(int index);
    void keyChanged();
    void fieldsChanged();
    void updateNamespacePreview();
    void updateSchedule();
    std::optional<ConnectionSchedule> schedule(QString *error) const;
    ConnectionSettings settings() const;
    void fillReview();
    void create();
    void syncNow();

    QPointer<AirbyteClient> m_client;
    QString m_workspaceId;
    std::optional<Profile> m_profile;
    ConnectorDrafts *m_drafts = nullptr;
    ConnectorIcons *m_icons = nullptr;
    std::function<QDateTime()> m_now;

    Step m_step = Step::Ends;
    QString m_editId; // set when editing
    ConnectionDetails m_saved;
    QList<ConnectorInstance> m_sources;
    QList<ConnectorInstance> m_destinations;
    int m_endsPending = 0;
    QString m_sourceCatalogId;
    std::optional<Catalog> m_discoveredCatalog;
    std::optional<QList<DestinationSyncMode>> m_destinationModes;
    QString m_discoveryError;
    QString m_discoveredFor; // source id the streams were discovered for
    bool m_nameTouched = false;
    bool m_createMayExist = false;
    std::optional<ConnectionDetails> m_created;
    AirbyteCall m_call;
    AirbyteCall m_specCall;
    quint64 m_generation = 0;
    int m_current = -1;
    int m_problemCount = 0; // selected streams with an incomplete choice (updateProblems)
    bool m_updatingDetails = false;

    QStackedWidget *m_pages;
    QLabel *m_title;
    QLabel *m_status;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_create;
    QPushButton *m_close;

    // Ends
    QComboBox *m_source;
    QComboBox *m_destination;
    QPushButton *m_newSource;
    QPushButton *m_newDestination;
    QLineEdit *m_name;

    // Discover
    QLabel *m_discoverText;
    QProgressBar *m_discoverBar;
    QPushButton *m_cancelDiscover;
    QPushButton *m_retryDiscover;
    QTimer *m_elapsedTimer;
    std::unique_ptr<QElapsedTimer> m_elapsed;

    // Streams
    StreamsModel *m_streams;
    StreamsFilter *m_filter;
    QLineEdit *m_streamFilter;
    QCheckBox *m_selectedOnly;
    QTableView *m_streamsView;
    QPushButton *m_refreshSchema;
    QStringList m_streamsToRefresh; // after an accepted schema change
    QLabel *m_streamCount;
    QLabel *m_problems;
    QLabel *m_detailsTitle;
    QComboBox *m_cursor;
    QLabel *m_cursorNote;
    QListWidget *m_key;
    QLabel *m_keyNote;
    QCheckBox *m_allFields;
    QListWidget *m_fields;

    // Namespace
    QButtonGroup *m_namespaceGroup;
    QLineEdit *m_namespaceFormat;
    QLineEdit *m_prefix;
    QLabel *m_namespacePreview;

    // Schedule
    QButtonGroup *m_scheduleGroup;
    QComboBox *m_basic;
    QLineEdit *m_cron;
    QComboBox *m_timeZone;
    QLabel *m_cronWords;
    QLabel *m_nextRuns;

    // The guide's pipeline
    bool m_presetMode = false;
    bool m_presetPending = false; // apply the preset's choices once discovered
    int m_presetLoads = 0;
    QString m_presetSourceDefinition;
    QString m_presetDestinationDefinition;
    QLineEdit *m_presetPostgres;
    QLineEdit *m_presetMinio;
    QLabel *m_presetPostgresWarning;
    QLabel *m_presetMinioWarning;
    QLabel *m_presetPlan;
    QLabel *m_presetNote;

    // Review, done
    QLabel *m_review;
    QLabel *m_doneText;
    QPushButton *m_syncNow;
};

} // namespace Dsp
