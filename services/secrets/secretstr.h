#pragma once

#include <QCoreApplication>

namespace Dsp {

// Translation context for the credential store's messages.
struct SecretsTr
{
    Q_DECLARE_TR_FUNCTIONS(Dsp::Secrets)
};

} // namespace Dsp
