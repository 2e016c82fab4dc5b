#include "filteredlines.h"

#include <algorithm>

namespace Dsp::Logs {

void FilteredLines::append(quint64 line)
{
    if (m_count % ChunkSize == 0) {
        m_chunks.push_back(std::make_shared<std::vector<quint64>>());
        m_chunks.back()->reserve(ChunkSize);
    } else if (m_chunks.back().use_count() > 1) {
        // A snapshot shares the last chunk: copy it before changing it (copy on write).
        m_chunks.back() = std::make_shared<std::vector<quint64>>(*m_chunks.back());
        m_chunks.back()->reserve(ChunkSize);
    }
    m_chunks.back()->push_back(line);
    ++m_count;
}

void FilteredLines::removeLast()
{
    if (m_count == 0)
        return;
    if (m_chunks.back().use_count() > 1)
        m_chunks.back() = std::make_shared<std::vector<quint64>>(*m_chunks.back());
    m_chunks.back()->pop_back();
    if (m_chunks.back()->empty())
        m_chunks.pop_back();
    --m_count;
}

void FilteredLines::clear()
{
    m_chunks.clear();
    m_count = 0;
}

quint64 FilteredLines::rowAtOrAfter(LineNumber line) const
{
    // The first chunk whose last line is >= line, then within it.
    const auto chunk = std::partition_point(m_chunks.begin(), m_chunks.end(),
                                            [&](const auto &c) { return c->back() < line.value; });
    if (chunk == m_chunks.end())
        return m_count;
    const auto in = std::lower_bound((*chunk)->begin(), (*chunk)->end(), line.value);
    return quint64(chunk - m_chunks.begin()) * ChunkSize + quint64(in - (*chunk)->begin());
}

quint64 FilteredLines::rowAtOrBefore(LineNumber line) const
{
    const quint64 after = rowAtOrAfter(line);
    if (after < m_count && lineAt(after) == line)
        return after;
    return after > 0 ? after - 1 : 0;
}

} // namespace Dsp::Logs
