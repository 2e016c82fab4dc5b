#pragma once

#include <QCoreApplication>

namespace Dsp {

// Translation context for the profiles' messages.
struct SettingsTr
{
    Q_DECLARE_TR_FUNCTIONS(Dsp::Settings)
};

} // namespace Dsp
