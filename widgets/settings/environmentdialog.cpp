#include "environmentdialog.h"

#include "environmenteditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dsp {

EnvironmentDialog::EnvironmentDialog(const Profile &profile, ServiceTester *tester, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Environment"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_editor = new EnvironmentEditor(this);
    m_editor->setTester(tester);
    m_editor->setProfile(profile);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_editor->setEnabled(false);
        m_save->setEnabled(false);
        m_problems->setText(tr("Saving…"));
        m_problems->show();
        emit saveRequested(m_editor->profile());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &EnvironmentEditor::changed, this, &EnvironmentDialog::validate);
    validate();
    resize(640, 600);
}

void EnvironmentDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

Profile EnvironmentDialog::profile() const
{
    return m_editor->profile();
}

void EnvironmentDialog::saveFailed(const QString &message)
{
    m_editor->setEnabled(true);
    validate();
    m_problems->setText(tr("Not saved: %1").arg(message));
    m_problems->show();
}

void EnvironmentDialog::validate()
{
    const QStringList problems = m_editor->problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_save->setEnabled(problems.isEmpty());
}

} // namespace Dsp
