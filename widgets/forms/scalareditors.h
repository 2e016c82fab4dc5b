#pragma once

#include "forms/fieldeditor.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QToolButton;
QT_END_NAMESPACE

namespace Dsp {

// Text: a line, a multi-line box, a masked secret (one line or several, e.g. an SSH key), or a
// date with a picker that writes the spec's form. Empty text leaves the field out.
class TextEditor : public FieldEditor
{
    Q_OBJECT
public:
    TextEditor(const SpecField &field, QWidget *parent);

protected:
    QJsonValue currentValue() const override;
    void load(const QJsonValue &value) override;

public:
    QString text() const;

private:
    void setText(const QString &text);
    void updateSecretCover();
    void pickDate();

    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_box = nullptr;
    QLineEdit *m_cover = nullptr;    // a multi-line secret while hidden
    QToolButton *m_reveal = nullptr; // a multi-line secret's show toggle
    bool m_masked = false;           // holds Airbyte's masked value: kept unless replaced
};

// A whole or decimal number, typed in the user's locale or in C form. What is not a number is
// kept as typed and named by inputErrors().
class NumberEditor : public FieldEditor
{
    Q_OBJECT
public:
    NumberEditor(const SpecField &field, QWidget *parent);

protected:
    QJsonValue currentValue() const override;
    void load(const QJsonValue &value) override;

public:
    QList<FieldError> inputErrors(const QString &path) const override;

private:
    std::optional<double> parsed() const;
    QLineEdit *m_line;
};

// A check box. An optional one without a default is left out until the user sets it.
class BooleanEditor : public FieldEditor
{
    Q_OBJECT
public:
    BooleanEditor(const SpecField &field, QWidget *parent);

protected:
    QJsonValue currentValue() const override;
    void load(const QJsonValue &value) override;

public:
    bool labelsItself() const override { return true; }

private:
    QCheckBox *m_box;
    bool m_set = false;
};

// One of a list of values; an optional one starts on "not set".
class EnumEditor : public FieldEditor
{
    Q_OBJECT
public:
    EnumEditor(const SpecField &field, QWidget *parent);

protected:
    QJsonValue currentValue() const override;
    void load(const QJsonValue &value) override;

public:
private:
    QComboBox *m_combo;
    bool m_hasUnset = false;
};

// A value the user does not edit: a const, an airbyte_hidden field (its default, or what the
// server had), a choice's discriminator. Never shown.
class FixedEditor : public FieldEditor
{
    Q_OBJECT
public:
    FixedEditor(const SpecField &field, QWidget *parent);

protected:
    QJsonValue currentValue() const override { return m_value; }
    void load(const QJsonValue &value) override;

private:
    QJsonValue m_value;
};

// Any JSON, for a construct the generator does not model, so nothing is lost.
class RawJsonEditor : public FieldEditor
{
    Q_OBJECT
public:
    RawJsonEditor(const SpecField &field, QWidget *parent);

protected:
    QJsonValue currentValue() const override;
    void load(const QJsonValue &value) override;

public:
    QList<FieldError> inputErrors(const QString &path) const override;

private:
    QPlainTextEdit *m_box;
};

// A list of strings or numbers: one entry per line, or a checkable list when the entries come
// from a list of values.
class ScalarListEditor : public FieldEditor
{
    Q_OBJECT
public:
    ScalarListEditor(const SpecField &field, QWidget *parent);

protected:
    QJsonValue currentValue() const override;
    void load(const QJsonValue &value) override;

public:
    QList<FieldError> inputErrors(const QString &path) const override;

private:
    QStringList lines() const;
    QPlainTextEdit *m_box = nullptr;
    QListWidget *m_choices = nullptr;
};

} // namespace Dsp
