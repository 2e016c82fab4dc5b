#pragma once

#include "forms/fieldeditor.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QFrame;
class QToolButton;
class QVBoxLayout;
QT_END_NAMESPACE

namespace Dsp {

// A group of fields: each a row with its label, editor, error and help. Required fields first;
// the optional ones (but always_show) folded under "Optional fields". At the top of a form,
// the spec's groups become sections. Keys the spec does not know are kept in the value.
class ObjectEditor : public FieldEditor
{
    Q_OBJECT
public:
    ObjectEditor(const SpecField &field, const QList<SpecGroup> &groups, QWidget *parent);

    bool isComposite() const override { return true; }
    QList<FieldError> inputErrors(const QString &path) const override;
    void showErrors(const QString &path, const QList<FieldError> &errors,
                    QList<FieldError> *shown) override;
    // Unfolds (or folds) every "Optional fields" section of this object.
    void setOptionalShown(bool shown);

protected:
    QJsonValue currentValue() const override;
    void load(const QJsonValue &value) override;

private:
    struct Row
    {
        FieldEditor *editor = nullptr;
        QLabel *error = nullptr;
        int fold = -1; // index in m_folds, -1 when shown
    };
    struct Fold
    {
        QToolButton *toggle = nullptr;
        QWidget *body = nullptr;
    };
    void addSection(QVBoxLayout *layout, const QString &title,
                    const QList<const SpecField *> &fields);
    void setFoldOpen(int fold, bool open);

    QList<Row> m_rows;
    QList<Fold> m_folds;
};

// A oneOf: a selector of its options, each with its own sub-form, built when first chosen.
// What is typed in an option stays when the user switches away and back.
class ChoiceEditor : public FieldEditor
{
    Q_OBJECT
public:
    ChoiceEditor(const SpecField &field, QWidget *parent);

    int currentOption() const;
    void setCurrentOption(int option);
    bool isComposite() const override { return true; }
    QList<FieldError> inputErrors(const QString &path) const override;
    void showErrors(const QString &path, const QList<FieldError> &errors,
                    QList<FieldError> *shown) override;

protected:
    QJsonValue currentValue() const override;
    void load(const QJsonValue &value) override;

private:
    FieldEditor *current() const;
    FieldEditor *option(int i); // built on first use
    void showOption(int i);

    QComboBox *m_combo;
    QFrame *m_frame;
    QVBoxLayout *m_body;
    QList<FieldEditor *> m_options; // null until first chosen
    int m_current = -1;
};

// A list of entries (objects, or choices): each entry a sub-form with a Remove button, and an
// Add button that starts an entry with its defaults.
class EntryListEditor : public FieldEditor
{
    Q_OBJECT
public:
    EntryListEditor(const SpecField &field, QWidget *parent);

    int entryCount() const { return int(m_entries.size()); }
    void addEntry();
    bool isComposite() const override { return true; }
    QList<FieldError> inputErrors(const QString &path) const override;
    void showErrors(const QString &path, const QList<FieldError> &errors,
                    QList<FieldError> *shown) override;

protected:
    QJsonValue currentValue() const override;
    void load(const QJsonValue &value) override;

private:
    struct Entry
    {
        QWidget *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *error = nullptr;
        FieldEditor *editor = nullptr;
    };
    FieldEditor *appendEntry(const QJsonValue &value);
    void removeEntry(QWidget *frame);
    void renumber();

    QVBoxLayout *m_list;
    QList<Entry> m_entries;
};

} // namespace Dsp
