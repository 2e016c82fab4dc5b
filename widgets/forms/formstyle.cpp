#include "formstyle.h"

#include "common/secondarytext.h"

#include <QColor>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QPalette>
#include <QRegularExpression>
#include <QUrl>

namespace Dsp {

namespace {

constexpr qsizetype ShortHelp = 240;
const QLatin1String MoreLink("dsp-help:more");

// Specs write help in Markdown with some HTML (links, code, bold, line breaks). Those few tags
// become their Markdown; everything else is escaped and shown as the characters it is made of
// (Markdown would pass HTML through to the label).
QString escaped(QString text)
{
    static const QRegularExpression link(
        QStringLiteral(R"(<a\s+[^>]*?href\s*=\s*["']([^"'<>\s]+)["'][^>]*>(.*?)</a\s*>)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression code(QStringLiteral("</?code>"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bold(QStringLiteral("</?(b|strong)>"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression italic(QStringLiteral("</?(i|em)>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression lineBreak(QStringLiteral("<br\\s*/?>|</?p>"),
                                              QRegularExpression::CaseInsensitiveOption);
    text.replace(link, QStringLiteral("[\\2](\\1)"))
        .replace(code, QStringLiteral("`"))
        .replace(bold, QStringLiteral("**"))
        .replace(italic, QStringLiteral("*"))
        .replace(lineBreak, QStringLiteral("\n\n"));
    return text.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
}

// The first paragraph, cut after a sentence when it is long, without splitting a link.
QString shortened(const QString &text)
{
    QString first = text.section(QLatin1String("\n\n"), 0, 0).trimmed();
    if (first.size() <= ShortHelp && first.size() == text.trimmed().size())
        return {};
    if (first.size() > ShortHelp) {
        qsizetype cut = -1;
        for (qsizetype i = 0; i < ShortHelp; ++i) {
            if (first.at(i) == QLatin1Char('.') &&
                (i + 1 == first.size() || first.at(i + 1).isSpace()))
                cut = i + 1;
        }
        if (cut < 0)
            cut = first.lastIndexOf(QLatin1Char(' '), ShortHelp);
        first = first.left(cut > 0 ? cut : ShortHelp);
        // An unclosed link or code span would swallow the rest.
        if (first.count(QLatin1Char('[')) != first.count(QLatin1Char(']')) ||
            first.count(QLatin1Char('`')) % 2 != 0)
            first = first.left(first.lastIndexOf(QLatin1Char('['))).trimmed();
    }
    return first;
}

} // namespace

QLabel *makeHelpLabel(const QString &markdown, QWidget *parent)
{
    auto *label = new QLabel(parent);
    // Long help (some specs carry a page of it) shows its first sentences and "More…": a
    // label of two thousand characters costs a form tens of milliseconds to lay out.
    const QString full = escaped(markdown);
    const QString brief = shortened(full);
    label->setTextFormat(Qt::MarkdownText);
    label->setText(
        brief.isEmpty()
            ? full
            : brief + QStringLiteral(" [%1](%2)")
                          .arg(QCoreApplication::translate("Dsp::FormStyle", "More…"), MoreLink));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    QObject::connect(label, &QLabel::linkActivated, label, [label, full](const QString &link) {
        if (link == MoreLink) {
            label->setText(full);
            return;
        }
        const QUrl url(link);
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("https") || scheme == QLatin1String("http") ||
            scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
    makeSecondaryText(label);
    return label;
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, errorColor(p));
    label->setPalette(p);
    label->setVisible(false);
    return label;
}

void setErrors(QLabel *label, const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &e : errors) {
        if (!lines.contains(sentence(e.message)))
            lines.append(sentence(e.message));
    }
    label->setText(lines.join(QLatin1Char('\n')));
    label->setVisible(!lines.isEmpty());
}

void setStatusText(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    QPalette p = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (error)
        p.setColor(QPalette::WindowText, errorColor(p));
    label->setPalette(p);
}

QColor errorColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb4, 0x2b, 0x2b);
}

QString sentence(const QString &phrase)
{
    if (phrase.isEmpty())
        return phrase;
    return phrase.at(0).toUpper() + phrase.mid(1);
}

} // namespace Dsp
