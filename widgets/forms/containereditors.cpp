#include "containereditors.h"

#include "forms/formstyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Dsp {

namespace {

bool isContainer(const SpecField &f)
{
    return f.kind == SpecFieldKind::Object || f.kind == SpecFieldKind::OneOf ||
           f.kind == SpecFieldKind::ObjectArray;
}

bool isShown(const SpecField &f)
{
    return !f.hidden && !f.isDiscriminator && f.kind != SpecFieldKind::Const;
}

// The errors a row shows itself: at its path, and for a scalar field anything below it (a
// list's entries); a container shows the deeper ones inside.
QList<FieldError> rowErrors(const SpecField &f, const QString &path,
                            const QList<FieldError> &errors)
{
    QList<FieldError> mine;
    const QString below = path + QLatin1Char('/');
    for (const FieldError &e : errors) {
        if (e.path == path || (!isContainer(f) && e.path.startsWith(below)))
            mine.append(e);
    }
    return mine;
}

QString optionTitle(const SpecField &option, int index)
{
    if (!option.title.isEmpty())
        return option.title;
    if (option.optionValue.isString())
        return option.optionValue.toString();
    return ChoiceEditor::tr("Option %1").arg(index + 1);
}

QFormLayout *formLayout(QWidget *owner)
{
    auto *form = new QFormLayout(owner);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

} // namespace

// ---- ObjectEditor

ObjectEditor::ObjectEditor(const SpecField &field, const QList<SpecGroup> &groups, QWidget *parent)
    : FieldEditor(field, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Sections: fields without a group first, then the spec's groups in its order.
    QList<QList<const SpecField *>> sections(groups.size() + 1);
    for (const SpecField &c : field.children) {
        qsizetype section = 0;
        for (qsizetype g = 0; g < groups.size(); ++g) {
            if (groups.at(g).id == c.group)
                section = g + 1;
        }
        sections[section].append(&c);
    }
    for (qsizetype s = 0; s < sections.size(); ++s) {
        if (!sections.at(s).isEmpty())
            addSection(layout, s == 0 ? QString() : groups.at(s - 1).title, sections.at(s));
    }
}

void ObjectEditor::addSection(QVBoxLayout *layout, const QString &title,
                              const QList<const SpecField *> &fields)
{
    QWidget *section = title.isEmpty() ? new QWidget(this) : new QGroupBox(title, this);
    auto *sectionLayout = new QVBoxLayout(section);
    if (title.isEmpty())
        sectionLayout->setContentsMargins(0, 0, 0, 0);
    QFormLayout *main = formLayout(nullptr);
    sectionLayout->addLayout(main);
    QFormLayout *optional = nullptr;
    int foldIndex = -1;
    int optionalCount = 0;
    for (const SpecField *f : fields) {
        Row row;
        row.editor = createFieldEditor(*f, section);
        connect(row.editor, &FieldEditor::edited, this, &FieldEditor::edited);
        m_rows.append(row);
        if (!isShown(*f))
            continue; // hidden, const, a choice's own discriminator: in the value, not on screen
        const bool folded = !f->required && !f->alwaysShow;
        QFormLayout *target = main;
        if (folded) {
            if (!optional) {
                Fold fold;
                fold.toggle = new QToolButton(section);
                fold.toggle->setObjectName(QStringLiteral("optionalFields"));
                fold.toggle->setCheckable(true);
                fold.toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
                fold.toggle->setArrowType(Qt::RightArrow);
                fold.toggle->setAutoRaise(true);
                fold.body = new QWidget(section);
                fold.body->setVisible(false);
                optional = formLayout(fold.body);
                foldIndex = int(m_folds.size());
                m_folds.append(fold);
                connect(fold.toggle, &QToolButton::toggled, this,
                        [this, foldIndex](bool open) { setFoldOpen(foldIndex, open); });
            }
            target = optional;
            m_rows.last().fold = foldIndex;
            ++optionalCount;
        }
        // The editor with its error line and help under it.
        auto *cell = new QWidget(target == main ? section : m_folds.at(foldIndex).body);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        QWidget *editor = row.editor;
        if (f->kind == SpecFieldKind::Object) {
            // A nested group of settings: framed, under its title.
            auto *box = new QGroupBox(f->title, cell);
            auto *boxLayout = new QVBoxLayout(box);
            row.editor->setParent(box);
            boxLayout->addWidget(row.editor);
            editor = box;
        } else {
            row.editor->setParent(cell);
        }
        cellLayout->addWidget(editor);
        m_rows.last().error = makeErrorLabel(cell);
        cellLayout->addWidget(m_rows.last().error);
        if (!f->description.isEmpty())
            cellLayout->addWidget(makeHelpLabel(f->description, cell));
        if (f->kind == SpecFieldKind::Object || row.editor->labelsItself()) {
            target->addRow(cell);
        } else {
            QString label = f->title;
            if (!f->required && !folded)
                label = tr("%1 (optional)").arg(label);
            target->addRow(label, cell);
        }
    }
    if (foldIndex >= 0) {
        const Fold &fold = m_folds.at(foldIndex);
        fold.toggle->setText(tr("Optional fields (%n)", nullptr, optionalCount));
        sectionLayout->addWidget(fold.toggle);
        sectionLayout->addWidget(fold.body);
    }
    layout->addWidget(section);
}

void ObjectEditor::setFoldOpen(int fold, bool open)
{
    const Fold &f = m_folds.at(fold);
    const QSignalBlocker block(f.toggle);
    f.toggle->setChecked(open);
    f.toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    f.body->setVisible(open);
}

void ObjectEditor::setOptionalShown(bool shown)
{
    for (int i = 0; i < m_folds.size(); ++i)
        setFoldOpen(i, shown);
    for (const Row &row : m_rows) {
        if (auto *object = qobject_cast<ObjectEditor *>(row.editor))
            object->setOptionalShown(shown);
    }
}

QJsonValue ObjectEditor::currentValue() const
{
    // What was loaded, with each field's value put in: keys the spec does not know stay.
    QJsonObject object = loadedValue().toObject();
    for (const Row &row : m_rows) {
        const SpecField &c = row.editor->field();
        const QJsonValue v = row.editor->value();
        if (c.key.isEmpty()) {
            // A oneOf merged into this object: its options' keys are this object's.
            for (const SpecField &option : c.children) {
                for (const SpecField &f : option.children)
                    object.remove(f.key);
            }
            const QJsonObject merged = v.toObject();
            for (auto it = merged.begin(); it != merged.end(); ++it)
                object.insert(it.key(), it.value());
            continue;
        }
        const bool emptyOptionalObject = c.kind == SpecFieldKind::Object && !c.required &&
                                         v.isObject() && v.toObject().isEmpty() &&
                                         row.editor->loadedValue().isUndefined();
        if (v.isUndefined() || emptyOptionalObject)
            object.remove(c.key);
        else
            object.insert(c.key, v);
    }
    return object;
}

void ObjectEditor::load(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    for (const Row &row : m_rows) {
        const QString &key = row.editor->field().key;
        row.editor->setValue(key.isEmpty() ? QJsonValue(object) : object.value(key));
    }
}

QList<FieldError> ObjectEditor::inputErrors(const QString &path) const
{
    QList<FieldError> errors;
    for (const Row &row : m_rows) {
        const QString &key = row.editor->field().key;
        errors += row.editor->inputErrors(key.isEmpty() ? path : childPath(path, key));
    }
    return errors;
}

void ObjectEditor::showErrors(const QString &path, const QList<FieldError> &errors,
                              QList<FieldError> *shown)
{
    for (const Row &row : m_rows) {
        const SpecField &f = row.editor->field();
        const QString p = f.key.isEmpty() ? path : childPath(path, f.key);
        const qsizetype before = shown->size();
        if (row.error) {
            const QList<FieldError> mine =
                f.key.isEmpty() ? QList<FieldError>() : rowErrors(f, p, errors);
            setErrors(row.error, mine);
            *shown += mine;
        }
        row.editor->showErrors(p, errors, shown);
        if (row.fold >= 0 && shown->size() > before)
            setFoldOpen(row.fold, true); // an error in a folded field is not left unseen
    }
}

// ---- ChoiceEditor

ChoiceEditor::ChoiceEditor(const SpecField &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_combo(new QComboBox(this))
    , m_frame(new QFrame(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    m_frame->setFrameShape(QFrame::StyledPanel);
    m_body = new QVBoxLayout(m_frame);
    layout->addWidget(m_frame);
    auto *list = qobject_cast<QListView *>(m_combo->view());
    for (int i = 0; i < field.children.size(); ++i) {
        const SpecField &option = field.children.at(i);
        m_combo->addItem(optionTitle(option, i));
        // An airbyte_hidden option is not offered; a saved configuration using it still
        // shows it as the current choice, kept as it is.
        if (option.hidden && list)
            list->setRowHidden(i, true);
        if (!option.description.isEmpty())
            m_combo->setItemData(i, option.description, Qt::ToolTipRole);
    }
    // Options are built when first chosen: the vector stores' specs nest dozens of them.
    m_options.resize(field.children.size(), nullptr);
    connect(m_combo, &QComboBox::activated, this, [this](int i) {
        showOption(i);
        emit edited();
    });
    showOption(qBound(0, field.defaultOption, int(m_options.size()) - 1));
}

FieldEditor *ChoiceEditor::option(int i)
{
    if (i < 0 || i >= m_options.size())
        return nullptr;
    if (!m_options.at(i)) {
        const SpecField &spec = field().children.at(i);
        FieldEditor *editor = createFieldEditor(spec, m_frame);
        editor->setValue(spec.initialValue());
        editor->setVisible(false);
        connect(editor, &FieldEditor::edited, this, &FieldEditor::edited);
        m_body->addWidget(editor);
        m_options[i] = editor;
    }
    return m_options.at(i);
}

void ChoiceEditor::showOption(int i)
{
    if (i < 0 || i >= m_options.size())
        return;
    FieldEditor *next = option(i);
    if (m_current >= 0 && m_current != i && m_options.at(m_current))
        m_options.at(m_current)->setVisible(false);
    m_current = i;
    m_combo->setCurrentIndex(i);
    // An option without fields (e.g. "No tunnel") needs no frame.
    bool empty = next->field().kind == SpecFieldKind::Object;
    for (const SpecField &c : next->field().children)
        empty = empty && (c.hidden || c.isDiscriminator || c.kind == SpecFieldKind::Const);
    next->setVisible(next->field().kind != SpecFieldKind::Const && !next->field().hidden);
    m_frame->setVisible(!empty);
}

FieldEditor *ChoiceEditor::current() const
{
    return m_current >= 0 && m_current < m_options.size() ? m_options.at(m_current) : nullptr;
}

int ChoiceEditor::currentOption() const
{
    return m_current;
}

void ChoiceEditor::setCurrentOption(int i)
{
    if (i < 0 || i >= m_options.size() || i == m_current)
        return;
    showOption(i);
    emit edited();
}

QJsonValue ChoiceEditor::currentValue() const
{
    const FieldEditor *e = current();
    return e ? e->value() : QJsonValue(QJsonValue::Undefined);
}

void ChoiceEditor::load(const QJsonValue &value)
{
    if (m_options.isEmpty())
        return;
    const int i = field().selectedOption(value);
    showOption(i);
    m_options.at(i)->setValue(
        value.isUndefined() || value.isNull() ? field().children.at(i).initialValue() : value);
}

QList<FieldError> ChoiceEditor::inputErrors(const QString &path) const
{
    const FieldEditor *e = current();
    return e ? e->inputErrors(path) : QList<FieldError>();
}

void ChoiceEditor::showErrors(const QString &path, const QList<FieldError> &errors,
                              QList<FieldError> *shown)
{
    for (FieldEditor *e : std::as_const(m_options)) {
        if (e)
            e->showErrors(path, e == current() ? errors : QList<FieldError>(), shown);
    }
}

// ---- EntryListEditor

EntryListEditor::EntryListEditor(const SpecField &field, QWidget *parent)
    : FieldEditor(field, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QVBoxLayout;
    layout->addLayout(m_list);
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addEntry"));
    add->setToolTip(tr("Add an entry to %1").arg(field.title));
    layout->addWidget(add, 0, Qt::AlignLeft);
    connect(add, &QPushButton::clicked, this, &EntryListEditor::addEntry);
}

void EntryListEditor::addEntry()
{
    if (field().children.isEmpty())
        return;
    appendEntry(field().children.first().initialValue());
    emit edited();
}

FieldEditor *EntryListEditor::appendEntry(const QJsonValue &value)
{
    Entry entry;
    entry.frame = new QFrame(this);
    static_cast<QFrame *>(entry.frame)->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(entry.frame);
    auto *header = new QHBoxLayout;
    entry.title = new QLabel(entry.frame);
    header->addWidget(entry.title, 1);
    auto *remove = new QToolButton(entry.frame);
    remove->setObjectName(QStringLiteral("removeEntry"));
    remove->setText(tr("Remove"));
    header->addWidget(remove);
    layout->addLayout(header);
    entry.editor = createFieldEditor(field().children.first(), entry.frame);
    entry.editor->setValue(value);
    layout->addWidget(entry.editor);
    entry.error = makeErrorLabel(entry.frame);
    layout->addWidget(entry.error);
    connect(entry.editor, &FieldEditor::edited, this, &FieldEditor::edited);
    QWidget *frame = entry.frame;
    connect(remove, &QToolButton::clicked, this, [this, frame] {
        removeEntry(frame);
        emit edited();
    });
    m_list->addWidget(entry.frame);
    m_entries.append(entry);
    renumber();
    return entry.editor;
}

void EntryListEditor::removeEntry(QWidget *frame)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).frame == frame) {
            m_entries.removeAt(i);
            frame->deleteLater();
            frame->hide();
            break;
        }
    }
    renumber();
}

void EntryListEditor::renumber()
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_entries.at(i).title->setText(tr("Entry %1").arg(i + 1));
}

QJsonValue EntryListEditor::currentValue() const
{
    QJsonArray array;
    for (const Entry &e : m_entries) {
        const QJsonValue v = e.editor->value();
        array.append(v.isUndefined() ? QJsonValue(QJsonObject()) : v);
    }
    // An empty list stays when it was given one ("queries": [] comes back as it went).
    if (array.isEmpty() && !field().required && !loadedValue().isArray())
        return QJsonValue(QJsonValue::Undefined);
    return array;
}

void EntryListEditor::load(const QJsonValue &value)
{
    for (const Entry &e : std::as_const(m_entries))
        delete e.frame;
    m_entries.clear();
    for (const QJsonValue &item : value.toArray())
        appendEntry(item);
}

QList<FieldError> EntryListEditor::inputErrors(const QString &path) const
{
    QList<FieldError> errors;
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        errors += m_entries.at(i).editor->inputErrors(path + QLatin1Char('/') + QString::number(i));
    return errors;
}

void EntryListEditor::showErrors(const QString &path, const QList<FieldError> &errors,
                                 QList<FieldError> *shown)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        const QString p = path + QLatin1Char('/') + QString::number(i);
        const QList<FieldError> mine = rowErrors(e.editor->field(), p, errors);
        setErrors(e.error, mine);
        *shown += mine;
        e.editor->showErrors(p, errors, shown);
    }
}

} // namespace Dsp
