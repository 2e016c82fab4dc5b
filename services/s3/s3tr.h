#pragma once

#include <QCoreApplication>

namespace Dsp {

struct S3Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dsp::S3)
};

} // namespace Dsp
