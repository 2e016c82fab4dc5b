#include "connectorform.h"

#include "airbyte/specvalidator.h"
#include "forms/containereditors.h"
#include "forms/formstyle.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>

namespace Dsp {

namespace {

using namespace std::chrono_literals;
constexpr std::chrono::milliseconds RevalidateDelay{250ms};

SpecField rootField(const ConnectorSpec &spec)
{
    SpecField root;
    root.kind = SpecFieldKind::Object;
    root.title = spec.title();
    root.children = spec.fields();
    root.required = true;
    return root;
}

} // namespace

ConnectorForm::ConnectorForm(const ConnectorSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_root(new ObjectEditor(rootField(spec), spec.groups(), this))
    , m_formErrors(makeErrorLabel(this))
    , m_revalidate(new QTimer(this))
{
    m_formErrors->setObjectName(QStringLiteral("formErrors"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_formErrors);
    layout->addWidget(m_root);
    layout->addStretch(1);
    m_root->setValue(spec.defaultConfiguration());
    m_revalidate->setSingleShot(true);
    m_revalidate->setInterval(RevalidateDelay);
    connect(m_revalidate, &QTimer::timeout, this, [this] { validate(); });
    connect(m_root, &FieldEditor::edited, this, [this] {
        if (m_checked)
            m_revalidate->start();
        emit edited();
    });
}

ConnectorForm::~ConnectorForm() = default;

void ConnectorForm::setConfiguration(const QJsonObject &configuration)
{
    m_root->setValue(configuration);
    clearErrors();
}

QJsonObject ConnectorForm::configuration() const
{
    return m_root->value().toObject();
}

QList<FieldError> ConnectorForm::validate()
{
    m_checked = true;
    m_revalidate->stop();
    if (!m_validator)
        m_validator = std::make_unique<SpecValidator>(m_spec);
    // What the editors could not turn into a value first; the validator's word on the same
    // field would only repeat it ("must be a number").
    QList<FieldError> errors = m_root->inputErrors(QString());
    const QList<FieldError> checked = m_validator->validate(configuration());
    for (const FieldError &e : checked) {
        const bool repeated = std::any_of(errors.cbegin(), errors.cend(),
                                          [&e](const FieldError &i) { return i.path == e.path; });
        if (!repeated)
            errors.append(e);
    }
    showErrors(errors);
    return errors;
}

void ConnectorForm::showErrors(const QList<FieldError> &errors)
{
    QList<FieldError> shown;
    m_root->showErrors(QString(), errors, &shown);
    QList<FieldError> rest;
    for (const FieldError &e : errors) {
        const bool placed = std::any_of(shown.cbegin(), shown.cend(), [&e](const FieldError &s) {
            return s.path == e.path && s.message == e.message;
        });
        if (!placed)
            rest.append({e.path, describe(e)});
    }
    setErrors(m_formErrors, rest);
}

void ConnectorForm::clearErrors()
{
    m_checked = false;
    m_revalidate->stop();
    QList<FieldError> shown;
    m_root->showErrors(QString(), {}, &shown);
    setErrors(m_formErrors, {});
}

void ConnectorForm::setOptionalFieldsShown(bool shown)
{
    m_root->setOptionalShown(shown);
}

QString ConnectorForm::describe(const FieldError &error) const
{
    const SpecField *field = m_spec.fieldAt(error.path, configuration());
    if (!field || field->title.isEmpty())
        return error.path.isEmpty() ? sentence(error.message)
                                    : tr("%1: %2").arg(error.path, error.message);
    return tr("%1: %2").arg(field->title, error.message);
}

} // namespace Dsp
