#include "abctlcredentials.h"

#include "core/json_p.h"

#include <QRegularExpression>
#include <QStringList>

namespace Dsp {

namespace {

// Terminal escape sequences that pterm (abctl's output library) and terminals put around
// text: CSI (colours "ESC[96m", "ESC[0m", cursor moves, erase line), its one-byte form
// U+009B, OSC (window titles, hyperlinks) ended by BEL or ESC \, and two-byte ESC sequences.
const QRegularExpression &escapeSequences()
{
    static const QRegularExpression re(
        QStringLiteral("\\x1b\\[[0-?]*[ -/]*[@-~]"
                       "|\\x{9b}[0-?]*[ -/]*[@-~]"
                       "|\\x1b\\][^\\x07\\x1b\\n]*(?:\\x07|\\x1b\\\\)?"
                       "|\\x1b[ -/]*[0-~]"));
    return re;
}

// The text as a terminal shows it: no escape sequences, no other control characters but
// line feeds and tabs, and a carriage return inside a line (a redrawn spinner) keeps what
// follows it only.
QStringList visibleLines(QString text)
{
    text.remove(escapeSequences());
    text.remove(QChar(0xFEFF)); // a byte-order mark from an editor or a Windows clipboard
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        while (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const qsizetype cr = line.lastIndexOf(QLatin1Char('\r'));
        if (cr >= 0)
            line = line.mid(cr + 1);
        QString visible;
        visible.reserve(line.size());
        for (QChar c : std::as_const(line)) {
            if (c == QLatin1Char('\t') || !(c.category() == QChar::Other_Control))
                visible.append(c);
        }
        lines.append(visible);
    }
    return lines;
}

// "Client-Id", "client-id", "client_id", "Client ID" -> "clientid".
QString normalizedKey(QString key)
{
    key = key.trimmed();
    if (key.size() >= 2 && key.startsWith(QLatin1Char('"')) && key.endsWith(QLatin1Char('"')))
        key = key.mid(1, key.size() - 2);
    key = key.toLower();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    key.remove(QLatin1Char(' '));
    return key;
}

QString cleanedValue(QString value)
{
    value = value.trimmed();
    if (value == QLatin1String("[not set]"))
        return {};
    return value;
}

// Stores `value` under `key` when the key is one of abctl's; false for any other key.
bool assign(AbctlCredentials &c, const QString &key, const QString &value)
{
    const QString k = normalizedKey(key);
    QString *field = nullptr;
    if (k == QLatin1String("email"))
        field = &c.email;
    else if (k == QLatin1String("password"))
        field = &c.password;
    else if (k == QLatin1String("clientid"))
        field = &c.clientId;
    else if (k == QLatin1String("clientsecret"))
        field = &c.clientSecret;
    if (!field)
        return false;
    *field = cleanedValue(value);
    return true;
}

// The JSON form as one object, when the text holds one that parses (pasted on its own, or
// with abctl's box around it: only spaces remain of the box once escapes are gone).
AbctlCredentials fromJsonObject(const QStringList &lines)
{
    AbctlCredentials c;
    const QString text = lines.join(QLatin1Char('\n'));
    const qsizetype open = text.indexOf(QLatin1Char('{'));
    const qsizetype close = text.lastIndexOf(QLatin1Char('}'));
    if (open < 0 || close < open)
        return c;
    const auto json = Json::parse(text.mid(open, close - open + 1).toUtf8());
    if (json.is_discarded() || !json.is_object())
        return c;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.value().is_string()) {
            assign(c, QString::fromStdString(it.key()),
                   QString::fromStdString(it.value().get<std::string>()));
        }
    }
    return c;
}

// One "Label: value" line of abctl >= 0.13, or one `"key": "value",` line of the JSON form
// as abctl 0.11 printed it (values unescaped, so a JSON parser may refuse the whole).
void readLine(AbctlCredentials &c, const QString &line)
{
    QString s = line.trimmed();
    QString key;
    QString value;
    if (s.startsWith(QLatin1Char('"'))) {
        const qsizetype keyEnd = s.indexOf(QLatin1Char('"'), 1);
        if (keyEnd < 0)
            return;
        key = s.mid(1, keyEnd - 1);
        QString rest = s.mid(keyEnd + 1).trimmed();
        if (!rest.startsWith(QLatin1Char(':')))
            return;
        rest = rest.mid(1).trimmed();
        if (rest.endsWith(QLatin1Char(',')))
            rest.chop(1);
        rest = rest.trimmed();
        if (rest.size() < 2 || !rest.startsWith(QLatin1Char('"')) ||
            !rest.endsWith(QLatin1Char('"')))
            return;
        value = rest.mid(1, rest.size() - 2);
    } else {
        // Split at the first ": ": values (a secret, say) may hold colons themselves.
        const qsizetype sep = s.indexOf(QLatin1String(": "));
        if (sep > 0) {
            key = s.left(sep);
            value = s.mid(sep + 2);
        } else if (s.endsWith(QLatin1Char(':'))) {
            key = s.left(s.size() - 1); // "Password:" with nothing after it
        } else {
            return;
        }
    }
    assign(c, key, value);
}

} // namespace

bool AbctlCredentials::isEmpty() const
{
    return email.isEmpty() && password.isEmpty() && clientId.isEmpty() && clientSecret.isEmpty();
}

AbctlCredentials parseAbctlCredentials(const QString &text)
{
    const QStringList lines = visibleLines(text);
    AbctlCredentials c = fromJsonObject(lines);
    if (!c.isEmpty())
        return c;
    // Line by line; when the text holds the output twice, the last one counts.
    for (const QString &line : lines)
        readLine(c, line);
    return c;
}

} // namespace Dsp
