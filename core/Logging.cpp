#include "Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "kilowatch.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProvider, "kilowatch.provider", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPoll, "kilowatch.poll", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAnalytics, "kilowatch.analytics", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "kilowatch.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "kilowatch.ui", QtInfoMsg)
