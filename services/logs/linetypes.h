#pragma once

// Line numbers, line counts and byte offsets in a log as types of their own, so that one is not
// passed where another is meant (klogg's linetypes.h does the same). Each wraps a quint64, read
// as `.value`; line numbers count from 0.

#include <QtGlobal>

#include <compare>

namespace Dsp::Logs {

template<typename Tag> struct LogQuantity
{
    quint64 value = 0;

    constexpr LogQuantity() = default;
    constexpr explicit LogQuantity(quint64 v)
        : value(v)
    {}
    friend constexpr auto operator<=>(const LogQuantity &, const LogQuantity &) = default;
};

using LineNumber = LogQuantity<struct LineNumberTag>;
using LineCount = LogQuantity<struct LineCountTag>;
using FileOffset = LogQuantity<struct FileOffsetTag>;

} // namespace Dsp::Logs
