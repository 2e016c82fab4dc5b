#pragma once

#include <QString>

namespace Dsp::AirflowDialogItems {

// What the schedule combo's items carry: NoSchedule, a preset ("@daily"), or Cron.
inline const QString NoSchedule = QStringLiteral("none");
inline const QString Cron = QStringLiteral("cron");
// The stack guide's pipeline runs every 6 hours.
inline const QString DefaultCron = QStringLiteral("0 */6 * * *");

} // namespace Dsp::AirflowDialogItems
