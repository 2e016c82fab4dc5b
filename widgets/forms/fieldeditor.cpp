#include "fieldeditor.h"

#include "airbyte/specreader.h"
#include "forms/containereditors.h"
#include "forms/scalareditors.h"

namespace Dsp {

FieldEditor::FieldEditor(const SpecField &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{
    // The spec's path names the editor: tests and accessibility tools find a field by it.
    setObjectName(field.path);
    setProperty("specPath", field.path);
    // First connection: every later handler of edited() sees the editor as touched.
    connect(this, &FieldEditor::edited, this, [this] { m_touched = true; });
}

QJsonValue FieldEditor::value() const
{
    if (!m_touched && !m_loaded.isUndefined() && !isComposite())
        return m_loaded;
    // An optional group the configuration did not have stays out until the user fills it:
    // an edit must not send a choice (Postgres's CDC replication) nobody made.
    if (!m_touched && m_loaded.isUndefined() && isComposite() && !m_field.required)
        return QJsonValue(QJsonValue::Undefined);
    return currentValue();
}

void FieldEditor::setValue(const QJsonValue &value)
{
    m_loaded = value;
    m_touched = false;
    load(value);
}

QList<FieldError> FieldEditor::inputErrors(const QString &) const
{
    return {};
}

void FieldEditor::showErrors(const QString &, const QList<FieldError> &, QList<FieldError> *) {}

FieldEditor *createFieldEditor(const SpecField &field, QWidget *parent)
{
    if (field.hidden || field.isDiscriminator)
        return new FixedEditor(field, parent);
    switch (field.kind) {
    case SpecFieldKind::String:
        return new TextEditor(field, parent);
    case SpecFieldKind::Integer:
    case SpecFieldKind::Number:
        return new NumberEditor(field, parent);
    case SpecFieldKind::Boolean:
        return new BooleanEditor(field, parent);
    case SpecFieldKind::Enum:
        return new EnumEditor(field, parent);
    case SpecFieldKind::Const:
        return new FixedEditor(field, parent);
    case SpecFieldKind::Object:
        return new ObjectEditor(field, {}, parent);
    case SpecFieldKind::ScalarArray:
        return new ScalarListEditor(field, parent);
    case SpecFieldKind::ObjectArray:
        return new EntryListEditor(field, parent);
    case SpecFieldKind::OneOf:
        return new ChoiceEditor(field, parent);
    case SpecFieldKind::Raw:
        break;
    }
    return new RawJsonEditor(field, parent);
}

QString childPath(const QString &path, const QString &key)
{
    return path + QLatin1Char('/') + specPointerToken(key);
}

} // namespace Dsp
