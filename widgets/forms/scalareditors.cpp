#include "scalareditors.h"

#include "common/secretlineedit.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTimeEdit>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

#include <cmath>

namespace Dsp {

namespace {

QHBoxLayout *rowLayout(QWidget *owner)
{
    auto *layout = new QHBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

// A box a few lines high that grows no further (specs' multi-line fields are keys, SQL, JSON).
QPlainTextEdit *textBox(QWidget *parent, int lines)
{
    auto *box = new QPlainTextEdit(parent);
    box->setTabChangesFocus(true);
    box->setLineWrapMode(QPlainTextEdit::NoWrap);
    const int height = box->fontMetrics().lineSpacing() * lines + 2 * box->frameWidth() + 8;
    box->setFixedHeight(height);
    return box;
}

QString numberText(double v)
{
    if (std::abs(v) < 9.0e15 && v == std::floor(v))
        return QString::number(qint64(v));
    return QLocale::c().toString(v, 'g', QLocale::FloatingPointShortest);
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return numberText(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

} // namespace

// ---- TextEditor

TextEditor::TextEditor(const SpecField &field, QWidget *parent)
    : FieldEditor(field, parent)
{
    auto *layout = rowLayout(this);
    // An example, else the pattern's form in words ("YYYY-MM-DD", "Comma-separated list").
    const QString placeholder =
        field.placeholder().isEmpty() ? field.patternDescriptor : field.placeholder();
    if (field.multiline) {
        m_box = textBox(this, field.secret ? 4 : 5);
        m_box->setPlaceholderText(placeholder);
        if (field.kind == SpecFieldKind::String && field.secret) {
            // A multi-line secret (an SSH or TLS key) cannot be masked in a text box: once
            // it holds text, a masked line covers it until the user asks to see it.
            m_box->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData);
            m_cover = new SecretLineEdit(this);
            m_cover->setReadOnly(true);
            m_cover->findChild<QAction *>(QStringLiteral("reveal"))->setVisible(false);
            m_reveal = new QToolButton(this);
            m_reveal->setIcon(QIcon(QStringLiteral(":/icons/reveal.svg")));
            m_reveal->setCheckable(true);
            m_reveal->setToolTip(tr("Show the text"));
            layout->addWidget(m_cover);
            connect(m_reveal, &QToolButton::toggled, this, &TextEditor::updateSecretCover);
        }
        layout->addWidget(m_box);
        if (m_reveal)
            layout->addWidget(m_reveal, 0, Qt::AlignTop);
        connect(m_box, &QPlainTextEdit::textChanged, this, [this] {
            if (m_cover && !m_box->document()->isEmpty() && !m_reveal->isChecked())
                updateSecretCover();
            emit edited();
        });
        updateSecretCover();
    } else {
        m_line = field.secret ? new SecretLineEdit(this) : new QLineEdit(this);
        m_line->setPlaceholderText(placeholder);
        if (field.maxLength > 0)
            m_line->setMaxLength(field.maxLength);
        layout->addWidget(m_line);
        connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::edited);
        if (field.dateKind != SpecDateKind::None) {
            if (placeholder.isEmpty())
                m_line->setPlaceholderText(field.patternDescriptor.isEmpty()
                                               ? QDateTime(QDate(2024, 1, 31), QTime(0, 0), Qt::UTC)
                                                     .toString(field.dateFormat)
                                               : field.patternDescriptor);
            auto *pick = new QToolButton(this);
            pick->setObjectName(QStringLiteral("pickDate"));
            pick->setText(QStringLiteral("…"));
            pick->setToolTip(field.dateKind == SpecDateKind::Date ? tr("Pick a date")
                                                                  : tr("Pick a date and time"));
            layout->addWidget(pick);
            connect(pick, &QToolButton::clicked, this, &TextEditor::pickDate);
        }
    }
}

QString TextEditor::text() const
{
    return m_line ? m_line->text() : m_box->toPlainText();
}

QJsonValue TextEditor::currentValue() const
{
    const QString t = text();
    if (!t.isEmpty())
        return t;
    if (m_masked)
        return ConnectorSpec::maskedSecret();
    // Emptied again after typing: what the server had ("" stays "", absent stays absent).
    if (loadedValue().isString() && loadedValue().toString().isEmpty())
        return QString();
    return QJsonValue(QJsonValue::Undefined);
}

void TextEditor::setText(const QString &text)
{
    const QSignalBlocker block(m_box);
    if (m_line)
        m_line->setText(text);
    else
        m_box->setPlainText(text);
}

void TextEditor::load(const QJsonValue &value)
{
    const bool masked = field().secret && value.toString() == ConnectorSpec::maskedSecret();
    setText(masked ? QString() : scalarText(value));
    m_masked = masked; // an emptied field keeps the server's secret
    if (field().secret) {
        const QString kept = tr("Saved on the server; type to replace it");
        if (m_line)
            m_line->setPlaceholderText(masked ? kept : field().placeholder());
        else
            m_box->setPlaceholderText(masked ? kept : field().placeholder());
    }
    updateSecretCover();
}

void TextEditor::updateSecretCover()
{
    if (!m_cover)
        return;
    const bool hide = !m_reveal->isChecked() && !m_box->document()->isEmpty();
    m_reveal->setToolTip(m_reveal->isChecked() ? tr("Hide the text") : tr("Show the text"));
    m_cover->setText(hide ? QString(16, QLatin1Char('x')) : QString());
    m_cover->setPlaceholderText(hide ? QString() : tr("Hidden"));
    m_cover->setVisible(hide);
    m_box->setVisible(!hide);
    m_reveal->setEnabled(!m_box->document()->isEmpty() || m_reveal->isChecked());
}

void TextEditor::pickDate()
{
    // Built on demand: a calendar per date field would slow every form down.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto *panel = new QWidget(menu);
    auto *layout = new QVBoxLayout(panel);
    auto *calendar = new QCalendarWidget(panel);
    calendar->setObjectName(QStringLiteral("calendar"));
    layout->addWidget(calendar);
    QTimeEdit *time = nullptr;
    const QDateTime current = QDateTime::fromString(m_line->text(), field().dateFormat).isValid()
                                  ? QDateTime::fromString(m_line->text(), field().dateFormat)
                                  : QDateTime::fromString(m_line->text(), Qt::ISODate);
    if (current.isValid())
        calendar->setSelectedDate(current.date());
    if (field().dateKind == SpecDateKind::DateTime) {
        time = new QTimeEdit(panel);
        time->setDisplayFormat(QStringLiteral("HH:mm:ss"));
        time->setTime(current.isValid() ? current.time() : QTime(0, 0));
        layout->addWidget(time);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, panel);
    layout->addWidget(buttons);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(panel);
    menu->addAction(action);
    auto apply = [this, calendar, time, menu] {
        // Dates are UTC, as Airbyte's connectors read them; written in the spec's own form.
        const QDateTime picked(calendar->selectedDate(), time ? time->time() : QTime(0, 0),
                               QTimeZone::utc());
        m_line->setText(QLocale::c().toString(picked, field().dateFormat));
        emit edited();
        menu->close();
    };
    connect(calendar, &QCalendarWidget::activated, menu, apply);
    connect(buttons, &QDialogButtonBox::accepted, menu, apply);
    connect(buttons, &QDialogButtonBox::rejected, menu, &QMenu::close);
    menu->popup(mapToGlobal(QPoint(width(), height())));
}

// ---- NumberEditor

NumberEditor::NumberEditor(const SpecField &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_line(new QLineEdit(this))
{
    rowLayout(this)->addWidget(m_line);
    QString placeholder = field.placeholder();
    if (placeholder.isEmpty() && (field.minimum || field.maximum)) {
        const QLocale locale;
        if (field.minimum && field.maximum)
            placeholder = tr("From %1 to %2")
                              .arg(locale.toString(*field.minimum, 'g', 15),
                                   locale.toString(*field.maximum, 'g', 15));
        else if (field.minimum)
            placeholder = tr("At least %1").arg(locale.toString(*field.minimum, 'g', 15));
        else
            placeholder = tr("At most %1").arg(locale.toString(*field.maximum, 'g', 15));
    }
    m_line->setPlaceholderText(placeholder);
    m_line->setInputMethodHints(field.kind == SpecFieldKind::Integer ? Qt::ImhDigitsOnly
                                                                     : Qt::ImhFormattedNumbersOnly);
    connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::edited);
}

std::optional<double> NumberEditor::parsed() const
{
    const QString t = m_line->text().trimmed();
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QJsonValue NumberEditor::currentValue() const
{
    if (m_line->text().trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const std::optional<double> v = parsed();
    // Kept as typed when it is not a number: the validator then names the field.
    return v ? QJsonValue(*v) : QJsonValue(m_line->text());
}

void NumberEditor::load(const QJsonValue &value)
{
    m_line->setText(value.isDouble() ? QLocale().toString(value.toDouble(), 'g', 17)
                                     : scalarText(value));
    if (value.isDouble() && value.toDouble() == std::floor(value.toDouble()) &&
        std::abs(value.toDouble()) < 9.0e15) {
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        m_line->setText(locale.toString(qint64(value.toDouble())));
    }
}

QList<FieldError> NumberEditor::inputErrors(const QString &path) const
{
    if (m_line->text().trimmed().isEmpty())
        return {};
    const std::optional<double> v = parsed();
    if (!v)
        return {{path, tr("must be a number")}};
    if (field().kind == SpecFieldKind::Integer && *v != std::floor(*v))
        return {{path, tr("must be a whole number")}};
    return {};
}

// ---- BooleanEditor

BooleanEditor::BooleanEditor(const SpecField &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_box(new QCheckBox(field.title, this))
{
    rowLayout(this)->addWidget(m_box);
    m_box->setChecked(field.defaultValue.toBool());
    connect(m_box, &QCheckBox::toggled, this, [this] {
        m_set = true;
        emit edited();
    });
}

QJsonValue BooleanEditor::currentValue() const
{
    if (!m_set && !field().required && field().defaultValue.isUndefined())
        return QJsonValue(QJsonValue::Undefined);
    return m_box->isChecked();
}

void BooleanEditor::load(const QJsonValue &value)
{
    const QSignalBlocker block(m_box);
    m_box->setChecked(value.isBool() ? value.toBool() : field().defaultValue.toBool());
    m_set = value.isBool();
}

// ---- EnumEditor

EnumEditor::EnumEditor(const SpecField &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_combo(new QComboBox(this))
{
    rowLayout(this)->addWidget(m_combo);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContentsOnFirstShow);
    m_hasUnset = !field.required && field.defaultValue.isUndefined();
    if (m_hasUnset)
        m_combo->addItem(tr("(not set)"));
    for (const QJsonValue &v : field.enumValues)
        m_combo->addItem(scalarText(v));
    connect(m_combo, &QComboBox::activated, this, &FieldEditor::edited);
}

QJsonValue EnumEditor::currentValue() const
{
    const int i = m_combo->currentIndex() - (m_hasUnset ? 1 : 0);
    if (i < 0 || i >= field().enumValues.size())
        return QJsonValue(QJsonValue::Undefined);
    return field().enumValues.at(i);
}

void EnumEditor::load(const QJsonValue &value)
{
    const qsizetype i = field().enumValues.toVariantList().indexOf(value.toVariant());
    if (i >= 0) {
        m_combo->setCurrentIndex(int(i) + (m_hasUnset ? 1 : 0));
    } else if (!value.isUndefined() && !value.isNull()) {
        // A value the spec no longer lists (an older connector version): shown and kept.
        m_combo->addItem(scalarText(value));
        m_combo->setCurrentIndex(m_combo->count() - 1);
    } else {
        m_combo->setCurrentIndex(0);
    }
}

// ---- FixedEditor

FixedEditor::FixedEditor(const SpecField &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_value(field.kind == SpecFieldKind::Const ? field.constValue : field.defaultValue)
{
    setVisible(false);
}

void FixedEditor::load(const QJsonValue &value)
{
    if (field().kind == SpecFieldKind::Const)
        return; // always the const
    m_value = value.isUndefined() ? field().defaultValue : value;
}

// ---- RawJsonEditor

RawJsonEditor::RawJsonEditor(const SpecField &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_box(textBox(this, 5))
{
    rowLayout(this)->addWidget(m_box);
    m_box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_box->setPlaceholderText(tr("A JSON value"));
    m_box->setToolTip(tr("This setting is edited as JSON: the panel has no form for it."));
    connect(m_box, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
}

namespace {
// Any JSON value, scalars included (QJsonDocument only parses arrays and objects).
std::optional<QJsonValue> parseJsonValue(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text.toUtf8() + ']', &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}
} // namespace

QJsonValue RawJsonEditor::currentValue() const
{
    const QString text = m_box->toPlainText().trimmed();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const std::optional<QJsonValue> v = parseJsonValue(text);
    return v ? *v : QJsonValue(text);
}

void RawJsonEditor::load(const QJsonValue &value)
{
    const QSignalBlocker block(m_box);
    if (value.isUndefined()) {
        m_box->clear();
        return;
    }
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Indented);
    // Drop the wrapping array's brackets and indentation.
    QString text = QString::fromUtf8(json).trimmed();
    text = text.mid(1, text.size() - 2).trimmed();
    text.replace(QLatin1String("\n    "), QLatin1String("\n"));
    m_box->setPlainText(text);
}

QList<FieldError> RawJsonEditor::inputErrors(const QString &path) const
{
    const QString text = m_box->toPlainText().trimmed();
    if (text.isEmpty() || parseJsonValue(text))
        return {};
    return {{path, tr("is not valid JSON")}};
}

// ---- ScalarListEditor

ScalarListEditor::ScalarListEditor(const SpecField &field, QWidget *parent)
    : FieldEditor(field, parent)
{
    if (!field.enumValues.isEmpty()) {
        // A multi-select: one list of check boxes (a widget per value would slow big forms).
        m_choices = new QListWidget(this);
        m_choices->setObjectName(QStringLiteral("choices"));
        for (const QJsonValue &v : field.enumValues) {
            auto *item = new QListWidgetItem(scalarText(v), m_choices);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        const int rows = int(qMin<qsizetype>(field.enumValues.size(), 6));
        m_choices->setFixedHeight(m_choices->sizeHintForRow(0) * rows +
                                  2 * m_choices->frameWidth() + 2);
        rowLayout(this)->addWidget(m_choices);
        connect(m_choices, &QListWidget::itemChanged, this, &FieldEditor::edited);
        return;
    }
    m_box = textBox(this, 3);
    rowLayout(this)->addWidget(m_box);
    const QString example = field.placeholder();
    m_box->setPlaceholderText(example.isEmpty() ? tr("One entry per line")
                                                : tr("One entry per line, e.g. %1").arg(example));
    connect(m_box, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
}

QStringList ScalarListEditor::lines() const
{
    QStringList out;
    for (const QString &line : m_box->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(field().itemKind == SpecFieldKind::String ? line : line.trimmed());
    }
    return out;
}

QJsonValue ScalarListEditor::currentValue() const
{
    QJsonArray array;
    if (m_box) {
        for (const QString &line : lines()) {
            bool ok = false;
            const double v = QLocale::c().toDouble(line, &ok);
            array.append(field().itemKind != SpecFieldKind::String && ok ? QJsonValue(v)
                                                                         : QJsonValue(line));
        }
    } else {
        for (int i = 0; i < m_choices->count(); ++i) {
            if (m_choices->item(i)->checkState() == Qt::Checked)
                array.append(field().enumValues.at(i));
        }
    }
    if (array.isEmpty() && !field().required && !loadedValue().isArray())
        return QJsonValue(QJsonValue::Undefined);
    return array;
}

void ScalarListEditor::load(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    if (m_box) {
        const QSignalBlocker block(m_box);
        QStringList text;
        for (const QJsonValue &v : array)
            text.append(scalarText(v));
        m_box->setPlainText(text.join(QLatin1Char('\n')));
    } else {
        const QVariantList chosen = array.toVariantList();
        const QSignalBlocker block(m_choices);
        for (int i = 0; i < m_choices->count(); ++i)
            m_choices->item(i)->setCheckState(chosen.contains(field().enumValues.at(i).toVariant())
                                                  ? Qt::Checked
                                                  : Qt::Unchecked);
    }
}

QList<FieldError> ScalarListEditor::inputErrors(const QString &path) const
{
    if (!m_box || field().itemKind == SpecFieldKind::String)
        return {};
    QList<FieldError> errors;
    const QStringList entries = lines();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        bool ok = false;
        QLocale::c().toDouble(entries.at(i), &ok);
        if (!ok)
            errors.append({path + QLatin1Char('/') + QString::number(i), tr("must be a number")});
    }
    return errors;
}

} // namespace Dsp
