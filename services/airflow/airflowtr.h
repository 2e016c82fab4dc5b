#pragma once

#include <QCoreApplication>

namespace Dsp {

// Translation context of what the Airflow export says to the user (non-QObject code).
struct AirflowTr
{
    Q_DECLARE_TR_FUNCTIONS(Dsp::Airflow)
};

} // namespace Dsp
