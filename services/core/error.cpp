#include "error.h"

namespace Dsp {

Error Error::make(ErrorKind kind, QString message, QString detail)
{
    Error e;
    e.kind = kind;
    e.message = std::move(message);
    e.detail = std::move(detail);
    return e;
}

} // namespace Dsp
