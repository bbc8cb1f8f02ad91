#include "HourProfile.h"

namespace {

constexpr char kVersion = 1;

void putVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(static_cast<char>((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(static_cast<char>(v));
}

quint64 zigzag(qint64 v)
{
    // All ones for a negative value, as an arithmetic v >> 63 would give; a right shift of a
    // negative signed value is implementation-defined before C++20.
    return (static_cast<quint64>(v) << 1) ^ (v < 0 ? ~quint64(0) : quint64(0));
}

qint64 unzigzag(quint64 v)
{
    return static_cast<qint64>(v >> 1) ^ -static_cast<qint64>(v & 1);
}

bool getVarint(const QByteArray &in, qsizetype &pos, quint64 &v)
{
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= in.size())
            return false;
        const auto byte = static_cast<quint8>(in[pos++]);
        v |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

} // namespace

bool HourProfile::isEmpty() const
{
    for (const MinuteUsage &m : minutes) {
        if (!m.isEmpty())
            return false;
    }
    return true;
}

QByteArray HourProfile::encode() const
{
    QByteArray out;
    out.reserve(64 + 60 * 4);
    out.append(kVersion);
    for (const MinuteUsage &m : minutes) {
        out.append(static_cast<char>(m.flags));
        if (m.has(MinuteUsage::HasEnd)) {
            putVarint(out, zigzag(m.gridWh));
            putVarint(out, zigzag(m.generatorWh));
            putVarint(out, zigzag(m.costMilli));
        }
    }
    return out;
}

bool HourProfile::decode(const QByteArray &blob)
{
    minutes = {};
    if (blob.isEmpty() || blob[0] != kVersion)
        return false;
    qsizetype pos = 1;
    for (MinuteUsage &m : minutes) {
        if (pos >= blob.size()) {
            minutes = {};
            return false;
        }
        m.flags = static_cast<quint8>(blob[pos++]);
        if (m.has(MinuteUsage::HasEnd)) {
            quint64 grid = 0;
            quint64 gen = 0;
            quint64 cost = 0;
            if (!getVarint(blob, pos, grid) || !getVarint(blob, pos, gen) || !getVarint(blob, pos, cost)) {
                minutes = {};
                return false;
            }
            m.gridWh = unzigzag(grid);
            m.generatorWh = unzigzag(gen);
            m.costMilli = unzigzag(cost);
        }
    }
    return pos == blob.size();
}
