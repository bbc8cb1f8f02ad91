#pragma once

#include "MinuteUsage.h"

#include <QByteArray>

#include <array>

// The 60 minutes of one UTC hour, stored as one compact blob (a flag byte per minute and
// varints for the minutes that hold numbers): a year of 30 s readings needs 8 760 rows of a
// few hundred bytes, and a 720-hour chart reads 720 rows whatever its grouping.
class HourProfile
{
public:
    std::array<MinuteUsage, 60> minutes{};

    bool isEmpty() const;
    QByteArray encode() const;
    // False for a blob that is not a valid profile (then the profile is left empty).
    bool decode(const QByteArray &blob);
};
