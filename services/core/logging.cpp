#include "logging.h"

Q_LOGGING_CATEGORY(lcAirbyte, "dsp.airbyte", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHttp, "dsp.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHealth, "dsp.health", QtWarningMsg)
Q_LOGGING_CATEGORY(lcS3, "dsp.s3", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPostgres, "dsp.postgres", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "dsp.settings", QtWarningMsg)
