#pragma once

#include "airbyte/connectorspec.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QWidget>

namespace Dsp {

// The editor of one field of a connector's form (SpecField), built by createFieldEditor().
// Scalar editors hold a value; container editors (object, choice, lists) hold the editors of
// their sub-fields. A parent lays out the label, help and error of each child; the editor is
// the input alone. GUI thread only; owned by its parent widget.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    FieldEditor(const SpecField &field, QWidget *parent);

    const SpecField &field() const { return m_field; }

    // The value for the configuration; Undefined leaves the field out. A field the user has
    // not edited gives exactly what setValue() gave it, and a group is made of its fields'
    // values over what it was given: a configuration loaded and saved unchanged is sent back
    // unchanged, keys the spec does not know included.
    QJsonValue value() const;
    // Shows `value` (Undefined or null: empty). A masked secret ("**********") is kept as the
    // value until the user types a new one.
    void setValue(const QJsonValue &value);
    // What setValue() was last given (Undefined before).
    const QJsonValue &loadedValue() const { return m_loaded; }
    // What the user typed that is not yet a value (a number that is not one, JSON that does
    // not parse), at `path` (this field's path with real list indexes) and below.
    virtual QList<FieldError> inputErrors(const QString &path) const;
    // Shows the errors at `path` and below that belong inside this editor (its children's)
    // and adds what it showed to `shown`. Scalar editors show nothing: their parent row does.
    virtual void showErrors(const QString &path, const QList<FieldError> &errors,
                            QList<FieldError> *shown);
    // True when a row's label would repeat what the editor shows (a check box has its text).
    virtual bool labelsItself() const { return false; }
    // True for an editor made of other editors (object, choice, list of entries).
    virtual bool isComposite() const { return false; }

signals:
    // The user changed the value (never emitted by setValue()).
    void edited();

protected:
    // The value as the editor shows it now.
    virtual QJsonValue currentValue() const = 0;
    virtual void load(const QJsonValue &value) = 0;

private:
    SpecField m_field;
    QJsonValue m_loaded{QJsonValue::Undefined};
    bool m_touched = false;
};

// The editor for `field`, whatever its kind (a Raw field gets a JSON editor).
FieldEditor *createFieldEditor(const SpecField &field, QWidget *parent);

// `path` + the pointer token of `key` ("" + "host" -> "/host").
QString childPath(const QString &path, const QString &key);

} // namespace Dsp
