#include "connectordialog.h"

#include "connectoricon.h"
#include "connectorpickerpage.h"
#include "definitionsmodel.h"
#include "forms/connectorform.h"
#include "forms/formstyle.h"

#include "airbyte/connectordrafts.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>

namespace Dsp {

namespace {

using namespace std::chrono_literals;
constexpr std::chrono::milliseconds DraftDelay{800ms};

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

ConnectorDialog::ConnectorDialog(AirbyteClient *client, AirbyteClient::Kind kind,
                                 const QString &workspaceId, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_kind(kind)
    , m_workspaceId(workspaceId)
    , m_steps(new QStackedWidget(this))
    , m_picker(new ConnectorPickerPage(kind, m_steps))
    , m_draftTimer(new QTimer(this))
{
    setWindowTitle(kind == AirbyteClient::Kind::Source ? tr("New source") : tr("New destination"));
    resize(860, 760);

    // The preset's question: where the Airbyte server reaches the service.
    m_presetPage = new QWidget(m_steps);
    m_presetTitle = plainLabel(m_presetPage);
    QFont bold = m_presetTitle->font();
    bold.setBold(true);
    m_presetTitle->setFont(bold);
    m_presetDescription = plainLabel(m_presetPage);
    m_endpointLabel = plainLabel(m_presetPage);
    m_endpoint = new QLineEdit(m_presetPage);
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_endpointWarning = plainLabel(m_presetPage);
    QPalette warning = m_endpointWarning->palette();
    warning.setColor(QPalette::WindowText, errorColor(warning));
    m_endpointWarning->setPalette(warning);
    auto *presetBack = new QPushButton(tr("Back"), m_presetPage);
    auto *presetNext = new QPushButton(tr("Continue"), m_presetPage);
    presetNext->setObjectName(QStringLiteral("continue"));
    presetNext->setDefault(true);
    auto *presetForm = new QVBoxLayout;
    presetForm->addWidget(m_endpoint);
    presetForm->addWidget(m_endpointWarning);
    auto *presetButtons = new QHBoxLayout;
    presetButtons->addWidget(presetBack);
    presetButtons->addStretch();
    presetButtons->addWidget(presetNext);
    auto *presetLayout = new QVBoxLayout(m_presetPage);
    presetLayout->addWidget(m_presetTitle);
    presetLayout->addWidget(m_presetDescription);
    presetLayout->addSpacing(8);
    presetLayout->addWidget(m_endpointLabel);
    presetLayout->addLayout(presetForm);
    presetLayout->addStretch();
    presetLayout->addLayout(presetButtons);
    connect(m_endpoint, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_preset)
            m_endpointWarning->setText(presetEndpointWarning(*m_preset, text));
    });
    connect(presetBack, &QPushButton::clicked, this, [this] { showStep(Step::Picker); });
    connect(presetNext, &QPushButton::clicked, this, &ConnectorDialog::applyPreset);
    connect(m_endpoint, &QLineEdit::returnPressed, this, &ConnectorDialog::applyPreset);

    // The form.
    m_formPage = new QWidget(m_steps);
    m_header = plainLabel(m_formPage);
    m_header->setFont(bold);
    m_draftNote = plainLabel(m_formPage);
    m_draftNote->setObjectName(QStringLiteral("draftNote"));
    m_resume = new QPushButton(tr("Resume the draft"), m_formPage);
    m_resume->setObjectName(QStringLiteral("resumeDraft"));
    m_discard = new QPushButton(tr("Discard it"), m_formPage);
    m_discard->setObjectName(QStringLiteral("discardDraft"));
    auto *draftRow = new QHBoxLayout;
    draftRow->addWidget(m_draftNote, 1);
    draftRow->addWidget(m_resume);
    draftRow->addWidget(m_discard);
    m_name = new QLineEdit(m_formPage);
    m_name->setObjectName(QStringLiteral("name"));
    m_nameError = makeErrorLabel(m_formPage);
    auto *nameCell = new QVBoxLayout;
    nameCell->addWidget(m_name);
    nameCell->addWidget(m_nameError);
    auto *nameForm = new QFormLayout;
    nameForm->addRow(tr("Name"), nameCell);
    m_scroll = new QScrollArea(m_formPage);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_status = plainLabel(m_formPage);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_back = new QPushButton(tr("Back"), m_formPage);
    m_test = new QPushButton(tr("Test connection"), m_formPage);
    m_test->setObjectName(QStringLiteral("test"));
    m_cancelCall = new QPushButton(tr("Cancel"), m_formPage);
    m_cancelCall->setObjectName(QStringLiteral("cancelCall"));
    m_save = new QPushButton(tr("Create"), m_formPage);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    auto *close = new QPushButton(tr("Close"), m_formPage);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_test);
    buttons->addWidget(m_cancelCall);
    buttons->addWidget(m_save);
    buttons->addWidget(close);
    auto *formLayout = new QVBoxLayout(m_formPage);
    formLayout->addWidget(m_header);
    formLayout->addLayout(draftRow);
    formLayout->addLayout(nameForm);
    formLayout->addWidget(m_scroll, 1);
    formLayout->addWidget(m_status);
    formLayout->addLayout(buttons);

    m_steps->addWidget(m_picker);
    m_steps->addWidget(m_presetPage);
    m_steps->addWidget(m_formPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftDelay);
    connect(m_draftTimer, &QTimer::timeout, this, &ConnectorDialog::saveDraft);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameError->hide();
        m_draftTimer->start();
    });
    connect(m_picker, &ConnectorPickerPage::chosen, this, &ConnectorDialog::choose);
    connect(m_picker, &ConnectorPickerPage::presetChosen, this, &ConnectorDialog::choosePreset);
    connect(m_picker, &ConnectorPickerPage::retryRequested, this,
            &ConnectorDialog::loadDefinitions);
    connect(m_back, &QPushButton::clicked, this,
            [this] { showStep(m_preset ? Step::Preset : Step::Picker); });
    connect(m_test, &QPushButton::clicked, this, &ConnectorDialog::test);
    connect(m_save, &QPushButton::clicked, this, &ConnectorDialog::save);
    connect(m_cancelCall, &QPushButton::clicked, this, [this] { m_call.cancel(); });
    connect(close, &QPushButton::clicked, this, &ConnectorDialog::reject);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (!m_drafts || !m_form)
            return;
        if (const std::optional<ConnectorDraft> d = m_drafts->load(draftKey(), m_form->spec())) {
            m_form->setConfiguration(d->configuration);
            m_name->setText(d->name);
        }
        m_draftNote->hide();
        m_resume->hide();
        m_discard->hide();
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (m_drafts)
            m_drafts->remove(draftKey());
        m_draftNote->hide();
        m_resume->hide();
        m_discard->hide();
    });
    setBusy(false);
}

ConnectorDialog::~ConnectorDialog()
{
    m_call.cancel();
}

QString ConnectorDialog::noun() const
{
    return m_kind == AirbyteClient::Kind::Source ? tr("source") : tr("destination");
}

void ConnectorDialog::setProfile(const Profile &profile)
{
    m_profile = profile;
}

void ConnectorDialog::setDrafts(ConnectorDrafts *drafts)
{
    m_drafts = drafts;
}

void ConnectorDialog::setIconSource(ConnectorIcons *icons)
{
    m_picker->model()->setIconSource(icons);
}

void ConnectorDialog::showStep(Step step)
{
    m_steps->setCurrentIndex(int(step));
}

void ConnectorDialog::startNew()
{
    m_instance.reset();
    m_preset.reset();
    showStep(Step::Picker);
    loadDefinitions();
}

void ConnectorDialog::startEdit(const ConnectorInstance &instance)
{
    m_instance = instance;
    m_preset.reset();
    m_definition = ConnectorDefinition();
    m_definition.id = instance.definitionId;
    m_definition.name = instance.connectorName;
    m_definition.icon = instance.icon;
    setWindowTitle(tr("Edit “%1”").arg(instance.name));
    m_save->setText(tr("Save"));
    m_back->hide();
    loadSpec(instance.definitionId);
}

void ConnectorDialog::loadDefinitions()
{
    if (!m_client)
        return;
    const quint64 generation = ++m_generation;
    m_picker->setStatus(tr("Loading the connectors…"));
    m_client->listDefinitions(
        m_kind, m_workspaceId, this,
        [this, generation](const Result<QList<ConnectorDefinition>> &r) {
            if (generation != m_generation)
                return;
            if (!r) {
                m_picker->setStatus(tr("Could not load the connectors: %1").arg(r.error().message),
                                    true, true);
                return;
            }
            m_picker->setStatus(QString());
            m_picker->setDefinitions(r.value());
            QList<ConnectorPreset> offered;
            if (m_profile) {
                for (const ConnectorPreset &p : connectorPresets(m_kind)) {
                    if (m_picker->definitionFor(p.dockerRepository))
                        offered.append(p);
                }
            }
            m_picker->setPresets(offered);
            m_picker->search()->setFocus();
        });
}

void ConnectorDialog::choose(const ConnectorDefinition &definition)
{
    m_definition = definition;
    m_preset.reset();
    loadSpec(definition.id);
}

void ConnectorDialog::choosePreset(const ConnectorPreset &preset)
{
    const ConnectorDefinition *definition = m_picker->definitionFor(preset.dockerRepository);
    if (!definition || !m_profile)
        return;
    m_definition = *definition;
    m_preset = preset;
    m_presetTitle->setText(preset.title);
    m_presetDescription->setText(preset.description);
    m_endpointLabel->setText(preset.endpointQuestion);
    m_endpoint->setText(presetDefaultEndpoint(preset, *m_profile));
    showStep(Step::Preset);
    m_endpoint->setFocus();
}

void ConnectorDialog::applyPreset()
{
    if (m_preset && !m_endpoint->text().trimmed().isEmpty())
        loadSpec(m_definition.id);
}

void ConnectorDialog::loadSpec(const QString &definitionId)
{
    showStep(Step::Form);
    delete m_scroll->takeWidget();
    m_form = nullptr;
    m_draftNote->hide();
    m_resume->hide();
    m_discard->hide();
    m_header->setText(m_definition.name);
    if (!m_client)
        return;
    const quint64 generation = ++m_generation;
    setBusy(true, tr("Loading the form of %1…").arg(m_definition.name));
    m_client->getSpecification(
        m_kind, definitionId, m_workspaceId, this,
        [this, generation](const Result<ConnectorSpecification> &r) {
            if (generation != m_generation)
                return;
            setBusy(false);
            if (!r) {
                m_test->setEnabled(false);
                m_save->setEnabled(false);
                setStatus(tr("Could not load the connector's form: %1").arg(r.error().message),
                          true);
                return;
            }
            showForm(r.value());
        });
}

void ConnectorDialog::showForm(const ConnectorSpecification &specification)
{
    const QByteArray bytes =
        specification.connectionSpecificationJson.isEmpty()
            ? QJsonDocument(specification.connectionSpecification).toJson(QJsonDocument::Compact)
            : specification.connectionSpecificationJson;
    const Result<ConnectorSpec> spec = ConnectorSpec::parse(bytes);
    if (!spec) {
        m_test->setEnabled(false);
        m_save->setEnabled(false);
        setStatus(spec.error().message, true);
        return;
    }
    m_form = new ConnectorForm(spec.value());
    m_form->setObjectName(QStringLiteral("connectorForm"));
    m_scroll->setWidget(m_form);
    QStringList header{m_definition.name};
    if (const QString s = DefinitionsModel::supportLevelText(m_definition.supportLevel);
        !s.isEmpty())
        header.append(s);
    if (const QString s = DefinitionsModel::releaseStageText(m_definition.releaseStage);
        !s.isEmpty())
        header.append(s);
    m_header->setText(header.join(QStringLiteral(" · ")));
    if (m_instance) {
        m_form->setConfiguration(m_instance->configuration);
        m_name->setText(m_instance->name);
    } else if (m_preset && m_profile) {
        m_form->setConfiguration(
            presetConfiguration(*m_preset, *m_profile, m_endpoint->text().trimmed(), spec.value()));
        m_name->setText(m_preset->defaultName);
        // The analyst confirms what the preset filled: none of it folded away (the endpoint).
        m_form->setOptionalFieldsShown(true);
    } else {
        m_name->setText(m_definition.name);
    }
    connect(m_form, &ConnectorForm::edited, m_draftTimer, qOverload<>(&QTimer::start));
    setStatus(m_preset ? tr("Filled from the environment's settings: check and create.")
                       : QString());
    setBusy(false);
    offerDraft();
}

QString ConnectorDialog::draftKey() const
{
    return ConnectorDrafts::keyFor(m_kind, m_definition.id,
                                   m_instance ? m_instance->id : QString());
}

void ConnectorDialog::offerDraft()
{
    if (!m_drafts || !m_form)
        return;
    const std::optional<ConnectorDraft> draft = m_drafts->load(draftKey(), m_form->spec());
    if (!draft)
        return;
    QString note = tr("Unfinished draft from %1.")
                       .arg(QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat));
    QStringList missing;
    for (const QString &path : draft->missingSecrets) {
        const SpecField *f = m_form->spec().fieldAt(path, draft->configuration);
        missing.append(f && !f->title.isEmpty() ? f->title : path);
    }
    if (!missing.isEmpty())
        note += QLatin1Char(' ') + tr("Secrets are not kept on disk: type %1 again.")
                                       .arg(QLocale().createSeparatedList(missing));
    m_draftNote->setText(note);
    m_draftNote->show();
    m_resume->show();
    m_discard->show();
}

void ConnectorDialog::saveDraft()
{
    m_draftTimer->stop();
    if (!m_drafts || !m_form)
        return;
    ConnectorDraft draft;
    draft.definitionId = m_definition.id;
    draft.instanceId = m_instance ? m_instance->id : QString();
    draft.name = m_name->text();
    draft.configuration = m_form->configuration();
    draft.savedAt = QDateTime::currentDateTimeUtc();
    m_drafts->save(draftKey(), m_form->spec(), draft);
}

bool ConnectorDialog::checkLocally()
{
    if (!m_form)
        return false;
    QList<FieldError> errors = m_form->validate();
    if (m_preset) {
        // What the spec leaves optional but the preset's service needs (MinIO's keys).
        const QList<FieldError> missing = presetMissingValues(*m_preset, m_form->configuration());
        m_form->showErrors(errors + missing);
        errors += missing;
    }
    const bool nameMissing = m_name->text().trimmed().isEmpty();
    setErrors(m_nameError,
              nameMissing ? QList<FieldError>{{QString(), tr("required")}} : QList<FieldError>());
    const qsizetype count = errors.size() + (nameMissing ? 1 : 0);
    if (count == 0)
        return true;
    setStatus(tr("%n field(s) need attention; nothing was sent to Airbyte.", nullptr, int(count)),
              true);
    for (QLabel *label : m_form->findChildren<QLabel *>(QStringLiteral("fieldError"))) {
        if (label->isVisibleTo(m_form)) {
            m_scroll->ensureWidgetVisible(label);
            break;
        }
    }
    return false;
}

void ConnectorDialog::test()
{
    if (checkLocally())
        runCheck([this] { setStatus(tr("✓ Airbyte connected with these settings.")); });
}

void ConnectorDialog::save()
{
    if (checkLocally())
        runCheck([this] { commit(); });
}

void ConnectorDialog::runCheck(std::function<void()> onSuccess)
{
    if (!m_client)
        return;
    saveDraft();
    const quint64 generation = ++m_generation;
    setBusy(true, tr("Testing the connection: Airbyte starts the connector for it, which can "
                     "take minutes…"));
    auto done = [this, generation, onSuccess](const Result<ConnectionCheck> &r) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!r) {
            if (r.error().kind == ErrorKind::Cancelled) {
                setStatus(tr("Test cancelled."));
                return;
            }
            setStatus(tr("The test did not run: %1").arg(r.error().message), true);
            m_form->showErrors(r.error().fieldErrors);
            return;
        }
        if (!r.value().succeeded) {
            const QString reason =
                r.value().message.isEmpty() ? tr("Airbyte gave no reason.") : r.value().message;
            setStatus(tr("Airbyte could not connect with these settings: %1").arg(reason), true);
            return;
        }
        onSuccess();
    };
    const QJsonObject configuration = m_form->configuration();
    if (m_instance)
        m_call = m_client->checkUpdate(m_kind, m_workspaceId, m_definition.id, m_instance->id,
                                       configuration, this, done);
    else
        m_call = m_client->checkConfiguration(m_kind, m_workspaceId, m_definition.id, configuration,
                                              this, done);
}

void ConnectorDialog::commit()
{
    const quint64 generation = ++m_generation;
    const QString name = m_name->text().trimmed();
    setBusy(true, m_instance ? tr("Saving “%1”…").arg(name) : tr("Creating “%1”…").arg(name));
    auto done = [this, generation](const Result<ConnectorInstance> &r) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!r) {
            if (!m_instance && createMayHaveArrived(r.error())) {
                m_createMayExist = true;
                setStatus(tr("Airbyte did not confirm the creation (%1). It may exist already: "
                             "Create again looks it up by name first, so nothing is made twice.")
                              .arg(r.error().message),
                          true);
            } else {
                setStatus(m_instance ? tr("Not saved: %1").arg(r.error().message)
                                     : tr("Not created: %1").arg(r.error().message),
                          true);
            }
            m_form->showErrors(r.error().fieldErrors);
            return;
        }
        if (m_drafts)
            m_drafts->remove(draftKey());
        m_draftTimer->stop();
        m_form = nullptr; // nothing more to keep
        emit saved(r.value());
        accept();
    };
    const QJsonObject configuration = m_form->configuration();
    if (m_instance) {
        m_call = m_client->update(m_kind, m_instance->id, name, configuration, this, done);
    } else if (m_createMayExist) {
        m_client->createOrReuse(m_kind, m_workspaceId, m_definition.id, name, configuration, this,
                                done);
    } else {
        m_call = m_client->create(m_kind, m_workspaceId, m_definition.id, name, configuration, this,
                                  done);
    }
}

void ConnectorDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_test->setEnabled(!busy && m_form);
    m_save->setEnabled(!busy && m_form);
    m_back->setEnabled(!busy);
    m_cancelCall->setVisible(busy);
    m_name->setEnabled(!busy);
    if (m_form)
        m_form->setEnabled(!busy);
    if (busy)
        setStatus(text);
}

void ConnectorDialog::setStatus(const QString &text, bool error)
{
    setStatusText(m_status, text, error);
}

void ConnectorDialog::reject()
{
    m_call.cancel();
    if (m_draftTimer->isActive())
        saveDraft(); // what was typed since the last pause
    QDialog::reject();
}

} // namespace Dsp
