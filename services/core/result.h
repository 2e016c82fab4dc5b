#pragma once

#include "error.h"

#include <variant>

namespace Dsp {

// Either a value or an Error (std::expected needs C++23). Shape follows Qt Creator's
// Utils::Result: test with `if (r)`, read with value() / error().
template<typename T> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool hasValue() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return hasValue(); }

    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace Dsp
