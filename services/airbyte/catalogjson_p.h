#pragma once

// What catalog.cpp (the catalog and the requests it writes) and catalogreader.cpp (reading an
// answer with simdjson) share: the modes' API names, the JSON writers, the read answer.
// Private to those two files.

#include "airbyte/catalog.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string_view>

namespace Dsp::CatalogJson {

// The API's names of the modes, in the enums' order.
inline const QLatin1String SyncModeNames[] = {QLatin1String("full_refresh"),
                                              QLatin1String("incremental")};
inline const QLatin1String DestinationSyncModeNames[] = {
    QLatin1String("append"),          QLatin1String("overwrite"), QLatin1String("append_dedup"),
    QLatin1String("overwrite_dedup"), QLatin1String("update"),    QLatin1String("soft_delete"),
};

inline QByteArrayView bytes(QLatin1String name)
{
    return QByteArrayView(name.data(), name.size());
}

// The mode `names` gives `name`, nullopt for a name it does not have. `name` is UTF-16 or, read
// from an answer, UTF-8 bytes taken as Latin-1: the names are ASCII, so both match the same.
template<typename Mode, size_t N, typename Name>
std::optional<Mode> modeNamed(const QLatin1String (&names)[N], Name name)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == names[i])
            return Mode(i);
    }
    return std::nullopt;
}

template<typename Mode, size_t N>
std::optional<Mode> modeNamed(const QLatin1String (&names)[N], std::string_view name)
{
    return modeNamed<Mode>(names, QLatin1String(name.data(), qsizetype(name.size())));
}

inline QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The error for an answer that is not a catalog the panel reads (catalogreader.cpp).
Error invalidCatalog(const QString &why);

// Where JSON text goes: a QByteArray, or one of the two below, which let the request be sized
// first and then written in parts on several threads into one buffer.
struct JsonSize
{
    qsizetype size = 0;
    void append(char) { ++size; }
    void append(QByteArrayView bytes) { size += bytes.size(); }
};

struct JsonWriter
{
    char *at;
    void append(char c) { *at++ = c; }
    void append(QByteArrayView bytes)
    {
        std::memcpy(at, bytes.data(), size_t(bytes.size()));
        at += bytes.size();
    }
};

// The `n` characters at `begin` (UTF-8 bytes, or UTF-16 known to be ASCII) as a JSON string,
// quotes included.
template<typename Sink, typename Char> void appendEscaped(Sink &out, const Char *begin, qsizetype n)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const Char *p = begin; p != begin + n; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(char(c));
        } else if (c < 0x20) {
            switch (c) {
            case '\n':
                out.append("\\n");
                break;
            case '\t':
                out.append("\\t");
                break;
            case '\r':
                out.append("\\r");
                break;
            default:
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 0xf]);
            }
        } else {
            out.append(char(c));
        }
    }
    out.append('"');
}

template<typename Sink> void appendString(Sink &out, QStringView value)
{
    // Names are ASCII nearly always: written as they are, without a UTF-8 copy first.
    if (std::all_of(value.begin(), value.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        appendEscaped(out, value.utf16(), value.size());
    } else {
        const QByteArray utf8 = value.toUtf8();
        appendEscaped(out, utf8.constData(), utf8.size());
    }
}

// A key as read from an answer (UTF-8, checked by simdjson), written back as a JSON string.
inline void appendKey(QByteArray &out, std::string_view key)
{
    appendEscaped(out, key.data(), qsizetype(key.size()));
}

// A catalog answer as read, before it becomes a CatalogAnswer.
struct ReadCatalog
{
    QList<CatalogStream> streams;
    bool fieldSelection = false;
    qsizetype listOffset = -1; // its one streams list's '[', -1 when it has none or several
};

struct ReadAnswer
{
    QJsonObject rest;
    std::optional<ReadCatalog> catalog;
};

// The answer `text` holds (it has simdjson's padding), the catalog under `key`: read in slices
// when it is shaped so, else whole.
Result<ReadAnswer> readCatalogAnswer(QByteArray &text, std::string_view key);

} // namespace Dsp::CatalogJson
