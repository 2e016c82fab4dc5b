#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <memory>

namespace Dsp {

struct PostgresTarget
{
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QStringList databases; // databases the profile needs
};

// What one inspection found. Plain data: it crosses from the worker thread to the GUI.
struct PostgresReport
{
    enum class Outcome { Up, Degraded, Down, TimedOut, Cancelled };
    Outcome outcome = Outcome::Down;
    QString reason;
    QString version;
    QString details;
};

// Blocking libpq work, for a worker thread only (never the GUI thread). Every wait is
// bounded by `deadline` and checks `cancelled` at least every 100 ms.
class PostgresInspector
{
public:
    static PostgresReport inspect(const PostgresTarget &target, std::chrono::milliseconds budget,
                                  std::shared_ptr<std::atomic_bool> cancelled);
};

} // namespace Dsp
