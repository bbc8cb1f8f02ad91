#pragma once

#include <QLoggingCategory>

// "kilowatch.alerts": rules raised, deliveries tried (never a secret).
Q_DECLARE_LOGGING_CATEGORY(lcAlerts)
