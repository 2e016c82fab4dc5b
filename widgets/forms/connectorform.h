#pragma once

#include "airbyte/connectorspec.h"
#include "core/error.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QTimer;
QT_END_NAMESPACE

namespace Dsp {

class ObjectEditor;
class SpecValidator;

// The form of a connector's configuration, generated from its spec (ConnectorSpec): an editor
// per field, the spec's groups as sections, optional fields folded, each oneOf a selector with
// its own sub-form, what the generator cannot model as JSON. Validation (SpecValidator) shows
// each problem next to its field, in words; after the first check it follows the typing.
// Nothing typed is lost: not on a failed check, not when switching a choice away and back.
// GUI thread only.
class ConnectorForm : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectorForm(const ConnectorSpec &spec, QWidget *parent = nullptr);
    ~ConnectorForm() override;

    const ConnectorSpec &spec() const { return m_spec; }

    // A new form starts with spec().defaultConfiguration(). A saved configuration comes back
    // from Airbyte with its secrets masked: those are kept unless the user types new ones.
    void setConfiguration(const QJsonObject &configuration);
    QJsonObject configuration() const;

    // Checks what is typed against the spec and shows each problem next to its field.
    // Returns the problems; empty when the configuration is valid.
    QList<FieldError> validate();
    // Shows problems found elsewhere (the fields Airbyte refused) next to their fields; those
    // that belong to no field go above the form.
    void showErrors(const QList<FieldError> &errors);
    void clearErrors();

    // Unfolds every "Optional fields" section.
    void setOptionalFieldsShown(bool shown);

signals:
    void edited();

private:
    QString describe(const FieldError &error) const;

    ConnectorSpec m_spec;
    mutable std::unique_ptr<SpecValidator> m_validator; // compiled on first use
    ObjectEditor *m_root;
    QLabel *m_formErrors;
    QTimer *m_revalidate;
    bool m_checked = false; // validated once: errors then follow the typing
};

} // namespace Dsp
