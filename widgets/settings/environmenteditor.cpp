#include "environmenteditor.h"

#include "airbyte/abctlcredentials.h"
#include "common/secondarytext.h"
#include "common/secretlineedit.h"
#include "health/healthpalette.h"
#include "health/servicetester.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Dsp {

namespace {

QString urlText(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString();
}

QUrl urlFrom(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl::fromUserInput(text);
}

QStringList listFrom(const QLineEdit *edit)
{
    QStringList items = edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed();
    items.removeAll(QString());
    return items;
}

// A URL the probes can use: http or https, with a host.
bool isUsableUrl(const QString &text)
{
    if (text.trimmed().isEmpty())
        return true; // empty: the service is not configured
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

EnvironmentEditor::EnvironmentEditor(QWidget *parent)
    : QWidget(parent)
{
    m_name = lineEdit(QStringLiteral("name"), tr("Local, Recette, Production…"));
    auto nameRow = new QFormLayout;
    nameRow->addRow(tr("Environment name:"), m_name);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("serviceTabs"));
    m_tabs->addTab(airbyteTab(), QStringLiteral("Airbyte"));
    m_tabs->addTab(minioTab(), QStringLiteral("MinIO"));
    m_tabs->addTab(postgresTab(), QStringLiteral("PostgreSQL"));
    m_tabs->addTab(dremioTab(), QStringLiteral("Dremio"));
    m_tabs->addTab(temporalTab(), QStringLiteral("Temporal"));

    m_detect = new QPushButton(tr("Detect"), this);
    m_detect->setObjectName(QStringLiteral("detect"));
    m_detect->setToolTip(tr("Look for the stack on this computer's default ports and fill in "
                            "what answers"));
    m_detectResult = new QLabel(this);
    m_detectResult->setObjectName(QStringLiteral("detectResult"));
    m_detectResult->setTextFormat(Qt::PlainText);
    m_detectResult->setWordWrap(true);
    auto detectRow = new QHBoxLayout;
    detectRow->addWidget(m_detect, 0, Qt::AlignTop);
    detectRow->addWidget(m_detectResult, 1);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(nameRow);
    layout->addLayout(detectRow);
    layout->addWidget(m_tabs, 1);

    connect(m_detect, &QPushButton::clicked, this, &EnvironmentEditor::detect);
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_modified = true;
            emit changed();
        });
    }
    for (QSpinBox *spin : findChildren<QSpinBox *>()) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (!m_loading) {
                m_modified = true;
                emit changed();
            }
        });
    }
    for (QComboBox *combo : findChildren<QComboBox *>()) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateAuthFields();
            if (!m_loading) {
                m_modified = true;
                emit changed();
            }
        });
    }
    setProfile(Profile());
}

QLineEdit *EnvironmentEditor::lineEdit(const QString &objectName, const QString &placeholder)
{
    auto edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

SecretLineEdit *EnvironmentEditor::secretEdit(const QString &objectName)
{
    auto edit = new SecretLineEdit(this);
    edit->setObjectName(objectName);
    return edit;
}

QWidget *EnvironmentEditor::fileChooser(QLineEdit *edit, const QString &title)
{
    auto row = new QWidget(this);
    auto layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto browse = new QToolButton(row);
    browse->setText(tr("Browse…"));
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, title] {
        const QString file = QFileDialog::getOpenFileName(
            this, title, edit->text(), tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!file.isEmpty()) {
            edit->setText(file);
            m_modified = true;
            emit changed();
        }
    });
    return row;
}

QWidget *EnvironmentEditor::withTestRow(QWidget *form, const QString &service)
{
    auto page = new QWidget(this);
    auto button = new QPushButton(tr("Test"), page);
    button->setObjectName(QStringLiteral("test-%1").arg(service));
    button->setToolTip(tr("Check this service with what is typed above, without saving"));
    auto verdict = new QLabel(page);
    verdict->setObjectName(QStringLiteral("verdict-%1").arg(service));
    verdict->setTextFormat(Qt::PlainText); // the reason holds server text
    verdict->setWordWrap(true);
    verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testButtons.insert(service, button);
    m_verdicts.insert(service, verdict);

    auto testRow = new QHBoxLayout;
    testRow->addWidget(button, 0, Qt::AlignTop);
    testRow->addWidget(verdict, 1);
    auto layout = new QVBoxLayout(page);
    layout->addWidget(form);
    layout->addLayout(testRow);
    layout->addStretch();
    connect(button, &QPushButton::clicked, this, [this, service] { test(service); });
    return page;
}

QWidget *EnvironmentEditor::airbyteTab()
{
    m_airbyteApi =
        lineEdit(QStringLiteral("airbyteApiUrl"), QStringLiteral("http://localhost:8000"));
    m_airbyteUi = lineEdit(QStringLiteral("airbyteUiUrl"), QStringLiteral("http://localhost:8000"));
    m_airbyteAuth = new QComboBox(this);
    m_airbyteAuth->setObjectName(QStringLiteral("airbyteAuth"));
    m_airbyteAuth->addItem(tr("None"), int(Profile::Airbyte::Auth::None));
    m_airbyteAuth->addItem(tr("User name and password (docker-compose proxy)"),
                           int(Profile::Airbyte::Auth::Basic));
    m_airbyteAuth->addItem(tr("Client id and secret (abctl 1.x)"),
                           int(Profile::Airbyte::Auth::ClientCredentials));
    m_airbyteUser = lineEdit(QStringLiteral("airbyteUser"), QStringLiteral("airbyte"));
    m_airbytePassword = secretEdit(QStringLiteral("airbytePassword"));
    m_airbyteClientId = lineEdit(QStringLiteral("airbyteClientId"));
    m_airbyteClientSecret = secretEdit(QStringLiteral("airbyteClientSecret"));
    m_abctlPaste = new QPlainTextEdit(this);
    m_abctlPaste->setObjectName(QStringLiteral("abctlPaste"));
    m_abctlPaste->setPlaceholderText(
        tr("Paste here what `abctl local credentials` printed: the client id and secret are "
           "filled in for you."));
    m_abctlPaste->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_abctlPaste->setTabChangesFocus(true);
    m_abctlResult = new QLabel(this);
    m_abctlResult->setObjectName(QStringLiteral("abctlResult"));
    m_abctlResult->setTextFormat(Qt::PlainText);
    m_abctlResult->setWordWrap(true);
    makeSecondaryText(m_abctlResult);
    m_airbyteCa = lineEdit(QStringLiteral("airbyteCaFile"), tr("system certificates"));

    auto form = new QWidget(this);
    auto layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("API URL:"), m_airbyteApi);
    layout->addRow(tr("Web app URL:"), m_airbyteUi);
    layout->addRow(tr("Authentication:"), m_airbyteAuth);
    layout->addRow(tr("User:"), m_airbyteUser);
    layout->addRow(tr("Password:"), m_airbytePassword);
    layout->addRow(tr("Client id:"), m_airbyteClientId);
    layout->addRow(tr("Client secret:"), m_airbyteClientSecret);
    layout->addRow(tr("abctl output:"), m_abctlPaste);
    layout->addRow(QString(), m_abctlResult);
    layout->addRow(tr("CA certificate:"),
                   fileChooser(m_airbyteCa, tr("Certificate authority for Airbyte")));
    m_basicRows = {m_airbyteUser, m_airbytePassword};
    m_clientRows = {m_airbyteClientId, m_airbyteClientSecret, m_abctlPaste, m_abctlResult};
    connect(m_abctlPaste, &QPlainTextEdit::textChanged, this, &EnvironmentEditor::fillFromAbctl);
    return withTestRow(form, QStringLiteral("airbyte"));
}

QWidget *EnvironmentEditor::minioTab()
{
    m_minioEndpoint =
        lineEdit(QStringLiteral("minioEndpoint"), QStringLiteral("http://localhost:9000"));
    m_minioConsole =
        lineEdit(QStringLiteral("minioConsoleUrl"), QStringLiteral("http://localhost:9001"));
    m_minioRegion = lineEdit(QStringLiteral("minioRegion"), QStringLiteral("us-east-1"));
    m_minioAccessKey = lineEdit(QStringLiteral("minioAccessKey"));
    m_minioSecretKey = secretEdit(QStringLiteral("minioSecretKey"));
    m_minioBuckets =
        lineEdit(QStringLiteral("minioBuckets"), QStringLiteral("airbyte-logs, airbyte-staging"));
    m_minioCa = lineEdit(QStringLiteral("minioCaFile"), tr("system certificates"));
    auto form = new QWidget(this);
    auto layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Endpoint:"), m_minioEndpoint);
    layout->addRow(tr("Console URL:"), m_minioConsole);
    layout->addRow(tr("Region:"), m_minioRegion);
    layout->addRow(tr("Access key:"), m_minioAccessKey);
    layout->addRow(tr("Secret key:"), m_minioSecretKey);
    layout->addRow(tr("Buckets to check:"), m_minioBuckets);
    layout->addRow(tr("CA certificate:"),
                   fileChooser(m_minioCa, tr("Certificate authority for MinIO")));
    return withTestRow(form, QStringLiteral("minio"));
}

QWidget *EnvironmentEditor::postgresTab()
{
    m_pgHost = lineEdit(QStringLiteral("postgresHost"), QStringLiteral("localhost"));
    m_pgPort = new QSpinBox(this);
    m_pgPort->setObjectName(QStringLiteral("postgresPort"));
    m_pgPort->setRange(1, 65535);
    m_pgUser = lineEdit(QStringLiteral("postgresUser"), QStringLiteral("postgres"));
    m_pgPassword = secretEdit(QStringLiteral("postgresPassword"));
    m_pgDatabases =
        lineEdit(QStringLiteral("postgresDatabases"), QStringLiteral("business_db, airbyte"));
    m_pgSslMode = new QComboBox(this);
    m_pgSslMode->setObjectName(QStringLiteral("postgresSslMode"));
    const QList<QPair<QString, QString>> modes{
        {QStringLiteral("disable"), tr("disable: never TLS")},
        {QStringLiteral("allow"), tr("allow: TLS if the server insists")},
        {QStringLiteral("prefer"), tr("prefer: TLS when the server offers it")},
        {QStringLiteral("require"), tr("require: TLS, certificate not checked")},
        {QStringLiteral("verify-ca"), tr("verify-ca: TLS, certificate from a trusted CA")},
        {QStringLiteral("verify-full"), tr("verify-full: TLS, trusted CA and host name")},
    };
    for (const auto &[key, text] : modes)
        m_pgSslMode->addItem(text, key);
    m_pgRootCert = lineEdit(QStringLiteral("postgresSslRootCert"), tr("system certificates"));
    auto form = new QWidget(this);
    auto layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Host:"), m_pgHost);
    layout->addRow(tr("Port:"), m_pgPort);
    layout->addRow(tr("User:"), m_pgUser);
    layout->addRow(tr("Password:"), m_pgPassword);
    layout->addRow(tr("Databases to check:"), m_pgDatabases);
    layout->addRow(tr("TLS (sslmode):"), m_pgSslMode);
    layout->addRow(tr("CA certificate:"),
                   fileChooser(m_pgRootCert, tr("Certificate authority for PostgreSQL")));
    return withTestRow(form, QStringLiteral("postgres"));
}

QWidget *EnvironmentEditor::dremioTab()
{
    m_dremioUrl = lineEdit(QStringLiteral("dremioUrl"), QStringLiteral("http://localhost:9047"));
    m_dremioUi = lineEdit(QStringLiteral("dremioUiUrl"), QStringLiteral("http://localhost:9047"));
    m_dremioUser = lineEdit(QStringLiteral("dremioUser"));
    m_dremioPassword = secretEdit(QStringLiteral("dremioPassword"));
    m_dremioCa = lineEdit(QStringLiteral("dremioCaFile"), tr("system certificates"));
    auto form = new QWidget(this);
    auto layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("URL:"), m_dremioUrl);
    layout->addRow(tr("Web UI URL:"), m_dremioUi);
    layout->addRow(tr("User:"), m_dremioUser);
    layout->addRow(tr("Password:"), m_dremioPassword);
    layout->addRow(tr("CA certificate:"),
                   fileChooser(m_dremioCa, tr("Certificate authority for Dremio")));
    return withTestRow(form, QStringLiteral("dremio"));
}

QWidget *EnvironmentEditor::temporalTab()
{
    m_temporalHost = lineEdit(QStringLiteral("temporalHost"), QStringLiteral("localhost"));
    m_temporalPort = new QSpinBox(this);
    m_temporalPort->setObjectName(QStringLiteral("temporalPort"));
    m_temporalPort->setRange(1, 65535);
    m_temporalUi =
        lineEdit(QStringLiteral("temporalUiUrl"), QStringLiteral("http://localhost:8080"));
    auto form = new QWidget(this);
    auto layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Host:"), m_temporalHost);
    layout->addRow(tr("gRPC port:"), m_temporalPort);
    layout->addRow(tr("Web UI URL:"), m_temporalUi);
    return withTestRow(form, QStringLiteral("temporal"));
}

void EnvironmentEditor::setTester(ServiceTester *tester)
{
    m_tester = tester;
    delete std::exchange(m_detector, nullptr);
    if (tester) {
        m_detector = new StackDetector(tester, this);
        connect(m_detector, &StackDetector::finished, this, &EnvironmentEditor::showDetection);
    }
}

void EnvironmentEditor::setDetectTarget(const QString &host, const StackDetector::Ports &ports)
{
    m_detectHost = host;
    m_detectPorts = ports;
}

void EnvironmentEditor::setProfile(const Profile &p)
{
    m_loading = true;
    m_base = p;
    m_name->setText(p.name);
    m_airbyteApi->setText(urlText(p.airbyte.apiUrl));
    m_airbyteUi->setText(urlText(p.airbyte.uiUrl));
    m_airbyteAuth->setCurrentIndex(m_airbyteAuth->findData(int(p.airbyte.auth)));
    m_airbyteUser->setText(p.airbyte.user);
    m_airbytePassword->setText(p.airbyte.password);
    m_airbyteClientId->setText(p.airbyte.clientId);
    m_airbyteClientSecret->setText(p.airbyte.clientSecret);
    m_airbyteCa->setText(p.airbyte.caFile);
    m_minioEndpoint->setText(urlText(p.minio.endpoint));
    m_minioConsole->setText(urlText(p.minio.consoleUrl));
    m_minioRegion->setText(p.minio.region);
    m_minioAccessKey->setText(p.minio.accessKey);
    m_minioSecretKey->setText(p.minio.secretKey);
    m_minioBuckets->setText(p.minio.buckets.join(QStringLiteral(", ")));
    m_minioCa->setText(p.minio.caFile);
    m_pgHost->setText(p.postgres.host);
    m_pgPort->setValue(p.postgres.port);
    m_pgUser->setText(p.postgres.user);
    m_pgPassword->setText(p.postgres.password);
    m_pgDatabases->setText(p.postgres.databases.join(QStringLiteral(", ")));
    const int mode = m_pgSslMode->findData(p.postgres.sslMode);
    m_pgSslMode->setCurrentIndex(mode >= 0 ? mode
                                           : m_pgSslMode->findData(QStringLiteral("prefer")));
    m_pgRootCert->setText(p.postgres.sslRootCert);
    m_dremioUrl->setText(urlText(p.dremio.url));
    m_dremioUi->setText(urlText(p.dremio.uiUrl));
    m_dremioUser->setText(p.dremio.user);
    m_dremioPassword->setText(p.dremio.password);
    m_dremioCa->setText(p.dremio.caFile);
    m_temporalHost->setText(p.temporal.host);
    m_temporalPort->setValue(p.temporal.port);
    m_temporalUi->setText(urlText(p.temporal.uiUrl));
    updateAuthFields();
    m_loading = false;
    m_modified = false;
}

Profile EnvironmentEditor::profile() const
{
    Profile p = m_base;
    p.name = m_name->text().simplified();
    p.airbyte.apiUrl = urlFrom(m_airbyteApi);
    p.airbyte.uiUrl = urlFrom(m_airbyteUi);
    p.airbyte.auth = Profile::Airbyte::Auth(m_airbyteAuth->currentData().toInt());
    p.airbyte.user = m_airbyteUser->text().trimmed();
    p.airbyte.password = m_airbytePassword->text();
    p.airbyte.clientId = m_airbyteClientId->text().trimmed();
    p.airbyte.clientSecret = m_airbyteClientSecret->text().trimmed();
    p.airbyte.caFile = m_airbyteCa->text().trimmed();
    p.minio.endpoint = urlFrom(m_minioEndpoint);
    p.minio.consoleUrl = urlFrom(m_minioConsole);
    p.minio.region = m_minioRegion->text().trimmed();
    if (p.minio.region.isEmpty())
        p.minio.region = QStringLiteral("us-east-1");
    p.minio.accessKey = m_minioAccessKey->text().trimmed();
    p.minio.secretKey = m_minioSecretKey->text();
    p.minio.buckets = listFrom(m_minioBuckets);
    p.minio.caFile = m_minioCa->text().trimmed();
    p.postgres.host = m_pgHost->text().trimmed();
    p.postgres.port = m_pgPort->value();
    p.postgres.user = m_pgUser->text().trimmed();
    p.postgres.password = m_pgPassword->text();
    p.postgres.databases = listFrom(m_pgDatabases);
    p.postgres.sslMode = m_pgSslMode->currentData().toString();
    p.postgres.sslRootCert = m_pgRootCert->text().trimmed();
    p.dremio.url = urlFrom(m_dremioUrl);
    p.dremio.uiUrl = urlFrom(m_dremioUi);
    p.dremio.user = m_dremioUser->text().trimmed();
    p.dremio.password = m_dremioPassword->text();
    p.dremio.caFile = m_dremioCa->text().trimmed();
    p.temporal.host = m_temporalHost->text().trimmed();
    p.temporal.port = m_temporalPort->value();
    p.temporal.uiUrl = urlFrom(m_temporalUi);
    return p;
}

QStringList EnvironmentEditor::problems() const
{
    QStringList out;
    if (m_name->text().simplified().isEmpty())
        out << tr("Give the environment a name.");
    const QList<QPair<QLineEdit *, QString>> urls{
        {m_airbyteApi, tr("Airbyte's API URL")},     {m_airbyteUi, tr("Airbyte's web app URL")},
        {m_minioEndpoint, tr("MinIO's endpoint")},   {m_minioConsole, tr("MinIO's console URL")},
        {m_dremioUrl, tr("Dremio's URL")},           {m_dremioUi, tr("Dremio's web UI URL")},
        {m_temporalUi, tr("Temporal's web UI URL")},
    };
    for (const auto &[edit, what] : urls) {
        if (!isUsableUrl(edit->text()))
            out << tr("%1 is not an http:// or https:// address.").arg(what);
    }
    return out;
}

void EnvironmentEditor::updateAuthFields()
{
    const auto auth = Profile::Airbyte::Auth(m_airbyteAuth->currentData().toInt());
    auto form = qobject_cast<QFormLayout *>(m_airbyteApi->parentWidget()->layout());
    for (QWidget *w : std::as_const(m_basicRows))
        form->setRowVisible(w, auth == Profile::Airbyte::Auth::Basic);
    for (QWidget *w : std::as_const(m_clientRows))
        form->setRowVisible(w, auth == Profile::Airbyte::Auth::ClientCredentials);
}

void EnvironmentEditor::fillFromAbctl()
{
    const QString text = m_abctlPaste->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_abctlResult->clear();
        return;
    }
    const AbctlCredentials c = parseAbctlCredentials(text);
    if (c.clientId.isEmpty() && c.clientSecret.isEmpty()) {
        m_abctlResult->setText(tr("No Client-Id or Client-Secret line found in the pasted text."));
        return;
    }
    if (!c.clientId.isEmpty())
        m_airbyteClientId->setText(c.clientId);
    if (!c.clientSecret.isEmpty())
        m_airbyteClientSecret->setText(c.clientSecret);
    // The pasted text holds the secret: it does not stay on screen.
    const QSignalBlocker blocker(m_abctlPaste);
    m_abctlPaste->clear();
    m_abctlResult->setText(c.email.isEmpty()
                               ? tr("Client id and secret filled in.")
                               : tr("Client id and secret filled in (account %1).").arg(c.email));
    m_modified = true;
    emit changed();
}

void EnvironmentEditor::test(const QString &service)
{
    QLabel *verdict = m_verdicts.value(service);
    if (!verdict || !m_tester)
        return;
    const quint64 generation = ++m_testGeneration[service];
    verdict->setStyleSheet(QString());
    verdict->setText(tr("Checking…"));
    m_testButtons.value(service)->setEnabled(false);
    m_tester->test(profile(), service, this,
                   [this, service, generation](const ProbeResult &result) {
                       if (generation != m_testGeneration.value(service))
                           return;
                       m_testButtons.value(service)->setEnabled(true);
                       showVerdict(service, result);
                       emit testFinished(service, result);
                   });
}

void EnvironmentEditor::showVerdict(const QString &service, const ProbeResult &r)
{
    QLabel *verdict = m_verdicts.value(service);
    QString text = healthStateText(r.state);
    if (r.state == HealthState::Up && !r.version.isEmpty())
        text += QStringLiteral(" — ") + tr("version %1").arg(r.version);
    if (!r.reason.isEmpty())
        text += QStringLiteral(" — ") + r.reason;
    if (r.state == HealthState::NotConfigured)
        text = tr("Not configured: fill in the address first.");
    verdict->setText(text);
    const QColor colour = healthColor(r.state);
    verdict->setStyleSheet(
        QStringLiteral("QLabel { border-left: 4px solid %1; padding-left: 6px; }")
            .arg(colour.name()));
}

void EnvironmentEditor::detect()
{
    if (!m_detector)
        return;
    m_detect->setEnabled(false);
    // Detection fills the fields from what was typed when it started: no typing meanwhile.
    m_tabs->setEnabled(false);
    m_detectResult->setText(tr("Looking for the stack on %1…").arg(m_detectHost));
    m_detector->detect(profile(), m_detectHost, m_detectPorts);
}

bool EnvironmentEditor::isBusy() const
{
    if (m_detector && m_detector->isRunning())
        return true;
    for (QPushButton *b : m_testButtons)
        if (!b->isEnabled())
            return true;
    return false;
}

void EnvironmentEditor::showDetection(const StackDetector::Detection &detection)
{
    m_detect->setEnabled(true);
    m_tabs->setEnabled(true);
    // What was typed meanwhile in the name field stays; the rest is the detected profile,
    // built over what was typed when Detect was pressed (users and passwords kept).
    const QString name = m_name->text();
    const Profile base = m_base;
    setProfile(detection.profile);
    m_base = base;
    m_name->setText(name);
    m_modified = true;

    const QList<QPair<QString, QString>> order{
        {QStringLiteral("airbyte"), QStringLiteral("Airbyte")},
        {QStringLiteral("minio"), QStringLiteral("MinIO")},
        {QStringLiteral("postgres"), QStringLiteral("PostgreSQL")},
        {QStringLiteral("dremio"), QStringLiteral("Dremio")},
        {QStringLiteral("temporal"), QStringLiteral("Temporal")},
    };
    QStringList lines;
    const int found = detection.foundCount();
    if (found == 0)
        lines << tr("Nothing answers on %1's default ports. Type the addresses of your stack "
                    "below.")
                     .arg(m_detectHost);
    else
        lines << tr("Found %n of 5 services on %1.", nullptr, found).arg(m_detectHost);
    for (const auto &[key, title] : order) {
        const StackDetector::Finding f = detection.services.value(key);
        lines << QStringLiteral("%1 %2: %3")
                     .arg(f.found ? QStringLiteral("✓") : QStringLiteral("✗"), title, f.summary);
    }
    m_detectResult->setText(lines.join(QLatin1Char('\n')));
    emit changed();
    emit detectFinished();
}

} // namespace Dsp
