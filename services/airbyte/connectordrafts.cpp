#include "connectordrafts.h"

#include "airbyte/connectorspec.h"
#include "core/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>

#include <algorithm>

namespace Dsp {

namespace {

const QString FileFormat = QStringLiteral("dsp-connector-draft");
constexpr int FileVersion = 1;
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024; // a draft is a few kB; more is not a draft
constexpr qsizetype MaxPartLength = 64;           // longer ids are hashed
constexpr qsizetype MaxKeyLength = 200;           // with ".json", under every file system's 255
constexpr int MaxArrayIndex = 10000;              // a secret's path never points further

// The secrets typed in this process, by directory and key, then by path. Never on disk.
struct SecretMemory
{
    QMutex mutex;
    QHash<QString, QHash<QString, QJsonValue>> secrets;
};

SecretMemory &secretMemory()
{
    static SecretMemory memory;
    return memory;
}

bool isMasked(const QJsonValue &value)
{
    return value.isString() && value.toString() == ConnectorSpec::maskedSecret();
}

// One part of a key: [a-z0-9_-] as is, every other byte of its UTF-8 as %xx in lower case
// (upper-case letters too, so that ids differing only in case stay apart on Windows and
// macOS); an encoding longer than MaxPartLength becomes "~" and a hash, which no encoding
// starts with.
QString keyPart(const QString &text)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
            out.append(c);
        } else {
            out.append('%');
            out.append(QByteArray(1, c).toHex());
        }
    }
    if (out.size() > MaxPartLength) {
        out = '~' +
              QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(40);
    }
    return QString::fromLatin1(out);
}

QStringList pointerTokens(const QString &path)
{
    QStringList tokens = path.mid(1).split(QLatin1Char('/'));
    for (QString &token : tokens) {
        token.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
    }
    return tokens;
}

QJsonValue valueAt(const QJsonObject &root, const QString &path)
{
    QJsonValue node = root;
    for (const QString &token : pointerTokens(path)) {
        if (node.isArray())
            node = node.toArray().at(token.toInt());
        else
            node = node.toObject().value(token);
    }
    return node;
}

// `node` with `value` at tokens[i...], creating the objects and lists on the way (a list
// where the token is an index and nothing is there yet). A scalar in the way is left alone.
QJsonValue withValueAt(const QJsonValue &node, const QStringList &tokens, qsizetype i,
                       const QJsonValue &value)
{
    if (i == tokens.size())
        return value;
    const QString &token = tokens.at(i);
    bool isIndex = false;
    const int index = token.toInt(&isIndex);
    const bool empty = node.isUndefined() || node.isNull();
    if (node.isArray() || (empty && isIndex)) {
        if (!isIndex || index < 0 || index > MaxArrayIndex)
            return node;
        QJsonArray array = node.toArray();
        while (array.size() <= index)
            array.append(QJsonValue(QJsonValue::Null));
        array.replace(index, withValueAt(array.at(index), tokens, i + 1, value));
        return array;
    }
    if (!node.isObject() && !empty)
        return node;
    QJsonObject object = node.toObject();
    object.insert(token, withValueAt(object.value(token), tokens, i + 1, value));
    return object;
}

void putValueAt(QJsonObject *root, const QString &path, const QJsonValue &value)
{
    if (path.startsWith(QLatin1Char('/')))
        *root = withValueAt(*root, pointerTokens(path), 0, value).toObject();
}

// Whether `path` names a secret field of `spec` given the options `configuration` chose.
bool isSecretPath(const ConnectorSpec &spec, const QString &path, const QJsonObject &configuration)
{
    const SpecField *field = spec.fieldAt(path, configuration);
    return field && field->secret;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            out.append(item.toString());
    }
    return out;
}

} // namespace

ConnectorDrafts::ConnectorDrafts(const QString &directory)
    : m_directory(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()))
{}

QString ConnectorDrafts::keyFor(AirbyteClient::Kind kind, const QString &definitionId,
                                const QString &instanceId)
{
    if (definitionId.isEmpty()) {
        qCWarning(lcAirbyte) << "ConnectorDrafts::keyFor: no definition id";
        return {};
    }
    QString key = kind == AirbyteClient::Kind::Source ? QStringLiteral("source")
                                                      : QStringLiteral("destination");
    key += QLatin1Char('.') + keyPart(definitionId);
    if (!instanceId.isEmpty())
        key += QLatin1Char('.') + keyPart(instanceId);
    return key;
}

bool ConnectorDrafts::isValidKey(const QString &key)
{
    if (key.isEmpty() || key.size() > MaxKeyLength || !key.at(0).isLower())
        return false;
    const bool safe = std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               QStringView(u"._%~-").contains(c);
    });
    if (!safe)
        return false;
    // Windows reserves these device names, whatever the extension.
    static const QStringList reserved = [] {
        QStringList names{QStringLiteral("con"), QStringLiteral("prn"), QStringLiteral("aux"),
                          QStringLiteral("nul")};
        for (int i = 0; i <= 9; ++i) {
            names.append(QStringLiteral("com%1").arg(i));
            names.append(QStringLiteral("lpt%1").arg(i));
        }
        return names;
    }();
    return !reserved.contains(key.section(QLatin1Char('.'), 0, 0));
}

QString ConnectorDrafts::filePath(const QString &key) const
{
    return m_directory + QLatin1Char('/') + key + QLatin1String(".json");
}

QString ConnectorDrafts::memoryKey(const QString &key) const
{
    return m_directory + QLatin1Char('\n') + key;
}

bool ConnectorDrafts::save(const QString &key, const ConnectorSpec &spec,
                           const ConnectorDraft &draft)
{
    if (!isValidKey(key)) {
        qCWarning(lcAirbyte) << "draft not saved: not a draft key:" << key;
        return false;
    }
    // Without the spec nothing tells a secret from the rest: write nothing rather than risk it.
    if (spec.isNull()) {
        qCWarning(lcAirbyte) << "draft not saved: no connector spec for" << key;
        return false;
    }
    QJsonObject configuration = spec.withoutSecrets(draft.configuration);
    QHash<QString, QJsonValue> secrets;
    QStringList secretPaths;
    for (const QString &path : spec.secretPathsIn(draft.configuration)) {
        const QJsonValue value = valueAt(draft.configuration, path);
        if (isMasked(value)) {
            // Airbyte's placeholder for the secret it keeps (an edit): it is not a secret,
            // and after a restart it still means "leave the stored secret as it is".
            putValueAt(&configuration, path, value);
            continue;
        }
        secrets.insert(path, value);
        if (!(value.isString() && value.toString().isEmpty()))
            secretPaths.append(path);
    }
    // Secrets already lost (a draft resumed after a restart, saved again before the user
    // typed them): still missing, as long as the options chosen still have them.
    for (const QString &path : draft.missingSecrets) {
        if (!secretPaths.contains(path) && !secrets.contains(path) &&
            isSecretPath(spec, path, draft.configuration))
            secretPaths.append(path);
    }

    const QDateTime savedAt =
        draft.savedAt.isValid() ? draft.savedAt.toUTC() : QDateTime::currentDateTimeUtc();
    const QJsonObject file{
        {QStringLiteral("format"), FileFormat},
        {QStringLiteral("version"), FileVersion},
        {QStringLiteral("definitionId"), draft.definitionId},
        {QStringLiteral("instanceId"), draft.instanceId},
        {QStringLiteral("name"), draft.name},
        {QStringLiteral("savedAt"), savedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("configuration"), configuration},
        {QStringLiteral("secretPaths"), QJsonArray::fromStringList(secretPaths)},
    };

    if (!QDir().mkpath(m_directory)) {
        qCWarning(lcAirbyte) << "draft not saved: cannot create" << m_directory;
        return false;
    }
    QSaveFile out(filePath(key));
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(file).toJson(QJsonDocument::Indented)) < 0 || !out.commit()) {
        qCWarning(lcAirbyte) << "draft not saved:" << out.fileName() << out.errorString();
        return false;
    }

    SecretMemory &memory = secretMemory();
    const QMutexLocker locker(&memory.mutex);
    if (secrets.isEmpty())
        memory.secrets.remove(memoryKey(key));
    else
        memory.secrets.insert(memoryKey(key), secrets);
    return true;
}

std::optional<ConnectorDraft> ConnectorDrafts::load(const QString &key,
                                                    const ConnectorSpec &spec) const
{
    if (!isValidKey(key))
        return std::nullopt;
    QFile in(filePath(key));
    if (!in.exists())
        return std::nullopt;
    if (!in.open(QIODevice::ReadOnly)) {
        qCWarning(lcAirbyte) << "draft not read:" << in.fileName() << in.errorString();
        return std::nullopt;
    }
    if (in.size() > MaxFileBytes) {
        qCWarning(lcAirbyte) << "draft not read:" << in.fileName() << "is too large";
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &error);
    const QJsonObject file = document.object();
    if (error.error != QJsonParseError::NoError || !document.isObject() ||
        file.value(QStringLiteral("format")).toString() != FileFormat ||
        file.value(QStringLiteral("version")).toInt() != FileVersion ||
        !file.value(QStringLiteral("configuration")).isObject()) {
        qCWarning(lcAirbyte) << "draft not read:" << in.fileName() << "is not a draft"
                             << (error.error != QJsonParseError::NoError ? error.errorString()
                                                                         : QString());
        return std::nullopt;
    }

    ConnectorDraft draft;
    draft.definitionId = file.value(QStringLiteral("definitionId")).toString();
    draft.instanceId = file.value(QStringLiteral("instanceId")).toString();
    draft.name = file.value(QStringLiteral("name")).toString();
    draft.savedAt =
        QDateTime::fromString(file.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    draft.configuration = file.value(QStringLiteral("configuration")).toObject();

    QHash<QString, QJsonValue> secrets;
    {
        SecretMemory &memory = secretMemory();
        const QMutexLocker locker(&memory.mutex);
        secrets = memory.secrets.value(memoryKey(key));
    }
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        putValueAt(&draft.configuration, it.key(), it.value());
    for (const QString &path : stringList(file.value(QStringLiteral("secretPaths")))) {
        // A newer connector version may have dropped the field: nothing to ask for then.
        if (!secrets.contains(path) && !draft.missingSecrets.contains(path) &&
            (spec.isNull() || isSecretPath(spec, path, draft.configuration)))
            draft.missingSecrets.append(path);
    }
    return draft;
}

void ConnectorDrafts::remove(const QString &key)
{
    if (!isValidKey(key))
        return;
    {
        SecretMemory &memory = secretMemory();
        const QMutexLocker locker(&memory.mutex);
        memory.secrets.remove(memoryKey(key));
    }
    QFile file(filePath(key));
    if (file.exists() && !file.remove())
        qCWarning(lcAirbyte) << "draft not removed:" << file.fileName() << file.errorString();
}

QStringList ConnectorDrafts::keys() const
{
    QStringList out;
    const QStringList files =
        QDir(m_directory).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString key = name.chopped(5);
        if (isValidKey(key))
            out.append(key);
    }
    return out;
}

void ConnectorDrafts::forgetSecretsForTests()
{
    SecretMemory &memory = secretMemory();
    const QMutexLocker locker(&memory.mutex);
    memory.secrets.clear();
}

} // namespace Dsp
