#pragma once

// FilteredLines: the line numbers a filter kept, in order, as an immutable snapshot the view
// reads while the filter's worker goes on adding to its own copy. Stored in chunks of 64 Ki line
// numbers shared between snapshots, so taking one costs a copy of the last chunk at most, not of
// millions of numbers. Any thread (a snapshot never changes).

#include "linetypes.h"

#include <memory>
#include <vector>

namespace Dsp::Logs {

class FilteredLines
{
public:
    static constexpr quint64 ChunkSize = 65536;

    quint64 rowCount() const { return m_count; }
    // The line shown in `row` (< rowCount()).
    LineNumber lineAt(quint64 row) const
    {
        return LineNumber((*m_chunks[row / ChunkSize])[row % ChunkSize]);
    }
    // The first row showing `line` or a line after it (rowCount() when none).
    quint64 rowAtOrAfter(LineNumber line) const;
    // The last row showing `line` or a line before it (0 when none).
    quint64 rowAtOrBefore(LineNumber line) const;

    // Building (the filter's worker, on its own copy).
    void append(quint64 line);
    void removeLast();
    void clear();

private:
    std::vector<std::shared_ptr<std::vector<quint64>>> m_chunks;
    quint64 m_count = 0;
};

} // namespace Dsp::Logs
