#pragma once

#include "airbyte/catalog.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dsp {

// What changed in a source's schema since the connection's catalog was saved, as Airbyte
// says it (CatalogDiff, in web_backend/connections/get with withRefreshedCatalog), with what
// it means for the connection's streams.
struct FieldChange
{
    enum class Kind { Added, Removed, TypeChanged };
    Kind kind = Kind::Added;
    FieldPath path;
    bool breaking = false; // Airbyte's word: the field was the stream's cursor or key
    QString oldType;       // for TypeChanged (and Removed)
    QString newType;       // for TypeChanged (and Added)
};

struct StreamChange
{
    enum class Kind { Added, Removed, Updated };
    Kind kind = Kind::Added;
    QString nameSpace;
    QString name;
    QList<FieldChange> fields;
    bool keyChanged = false; // update_primary_key
    bool breaking = false;   // any breaking field or attribute change

    // "Stream invoices added", "Field phone added", in words, one line each.
    QStringList describe() const;
};

struct CatalogDiff
{
    QList<StreamChange> streams;

    static CatalogDiff fromApi(const QJsonObject &catalogDiff);
    bool isEmpty() const { return streams.isEmpty(); }
    // In `refreshed` (the new catalog with the saved choices carried over, as Airbyte's
    // refresh answers it), forgets a chosen cursor or key field the change removed, so that
    // the stream says what it needs instead of naming a column that is gone. Returns the
    // number of streams changed.
    int forgetRemovedFields(Catalog &refreshed) const;
    bool isBreaking() const;

    // The streams the saved connection syncs (`saved`: its catalog before the refresh) whose
    // data at the destination no longer matches the new schema, so they need a refresh (a
    // full re-read; Airbyte's web app asks the same): selected streams with fields added,
    // removed or retyped, or a new key. Full refresh | Overwrite streams are rewritten every
    // sync and need none.
    QStringList streamsNeedingRefresh(const Catalog &saved) const;
    // Selected streams that can no longer sync as chosen: removed, or their cursor or key
    // field removed; they must be set again before saving.
    QStringList streamsToReconfigure(const Catalog &saved) const;
};

} // namespace Dsp
