#pragma once

// The viewer's figures of bench_logs (see bench_logs_view.cpp); each prints its lines and
// returns false when it could not measure.

#include <QString>

bool measureFirstScreen(const QString &bigLog, const QString &scratchDir);
bool measureTail(const QString &scratchDir, double seconds);
