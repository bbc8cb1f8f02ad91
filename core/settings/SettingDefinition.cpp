#include "SettingDefinition.h"

#include "model/AmountText.h"

#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTime>
#include <QUrl>

#include <limits>

namespace {

using Type = SettingDefinition::Type;

constexpr qint64 kMilli = 1000;
constexpr qint64 kMaxMoneyMilli = qint64(1'000'000'000) * kMilli; // 1e9 in any currency
constexpr qint64 kMaxBlobBytes = 64 * 1024;
constexpr int kMaxTextLength = 2048;

SettingDefinition row(SettingKey key, const char *name, Type type, QVariant defaultValue,
                      const char *description, qint64 minimum = 0, qint64 maximum = 0,
                      QStringList allowed = {})
{
    // Whole numbers are qint64 throughout, so a default compares equal to a loaded value.
    if (type == Type::Integer || type == Type::Milli)
        defaultValue = QVariant(defaultValue.toLongLong());
    return SettingDefinition{key,     QString::fromLatin1(name), type,       std::move(defaultValue), minimum,
                             maximum, std::move(allowed),        description};
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out.append(QString::fromLatin1(w));
    return out;
}

// clang-format off
std::vector<SettingDefinition> buildTable()
{
    using K = SettingKey;
    std::vector<SettingDefinition> t;
    t.push_back(row(K::Theme, "appearance/theme", Type::Choice, QStringLiteral("system"),
        QT_TRANSLATE_NOOP("SettingDefinition", "Colour theme: follow the system, or always light or dark."),
        0, 0, words({"system", "light", "dark"})));
    t.push_back(row(K::Language, "appearance/language", Type::Language, QStringLiteral("system"),
        QT_TRANSLATE_NOOP("SettingDefinition", "Language of the window: \"system\" or a code such as en, bn or hi. Takes effect at the next start.")));
    t.push_back(row(K::EnergyUnit, "appearance/energy_unit", Type::Choice, QStringLiteral("kWh"),
        QT_TRANSLATE_NOOP("SettingDefinition", "Unit in which energy is shown."),
        0, 0, words({"kWh", "Wh"})));

    t.push_back(row(K::StartMinimised, "desktop/start_minimised", Type::Bool, false,
        QT_TRANSLATE_NOOP("SettingDefinition", "Start in the system tray without opening the window.")));
    t.push_back(row(K::CloseToTray, "desktop/close_to_tray", Type::Bool, true,
        QT_TRANSLATE_NOOP("SettingDefinition", "Closing the window keeps Kilowatch running in the tray (when there is a tray).")));
    t.push_back(row(K::Autostart, "desktop/autostart", Type::Bool, false,
        QT_TRANSLATE_NOOP("SettingDefinition", "Start Kilowatch when you log in.")));

    t.push_back(row(K::LivePollSeconds, "polling/live_interval_seconds", Type::Integer, 30,
        QT_TRANSLATE_NOOP("SettingDefinition", "Default polling interval in seconds for new live meters (such as ELNET)."),
        5, 3600));
    t.push_back(row(K::HourlyPollSeconds, "polling/hourly_interval_seconds", Type::Integer, 3600,
        QT_TRANSLATE_NOOP("SettingDefinition", "Default polling interval in seconds for new meters whose provider updates hourly (such as DESCO and DPDC)."),
        300, 86400));

    t.push_back(row(K::LowBalanceBasis, "alerts/low_balance_basis", Type::Choice, QStringLiteral("money"),
        QT_TRANSLATE_NOOP("SettingDefinition", "Low-balance alerts compare the balance in money, or the days left in the forecast."),
        0, 0, words({"money", "days"})));
    t.push_back(row(K::LowBalanceWarningAmount, "alerts/low_balance_warning_amount", Type::Milli, qint64(500 * kMilli),
        QT_TRANSLATE_NOOP("SettingDefinition", "Warn when the balance falls below this amount (in each meter's currency); a meter's own low-balance amount replaces it."),
        0, kMaxMoneyMilli));
    t.push_back(row(K::LowBalanceCriticalAmount, "alerts/low_balance_critical_amount", Type::Milli, qint64(100 * kMilli),
        QT_TRANSLATE_NOOP("SettingDefinition", "Critical alert when the balance falls below this amount; must be below the warning amount."),
        0, kMaxMoneyMilli));
    t.push_back(row(K::LowBalanceHysteresisAmount, "alerts/low_balance_hysteresis_amount", Type::Milli, qint64(50 * kMilli),
        QT_TRANSLATE_NOOP("SettingDefinition", "A low-balance alert fires again only after the balance rose this much above its threshold."),
        0, kMaxMoneyMilli));
    t.push_back(row(K::LowBalanceWarningDays, "alerts/low_balance_warning_days", Type::Integer, 3,
        QT_TRANSLATE_NOOP("SettingDefinition", "Warn when the forecast says the balance runs out within this many days; a meter's own low-balance amount replaces it."),
        1, 90));
    t.push_back(row(K::LowBalanceCriticalDays, "alerts/low_balance_critical_days", Type::Integer, 1,
        QT_TRANSLATE_NOOP("SettingDefinition", "Critical alert when the balance runs out within this many days; must be below the warning days."),
        0, 89));
    t.push_back(row(K::LowBalanceHysteresisDays, "alerts/low_balance_hysteresis_days", Type::Integer, 1,
        QT_TRANSLATE_NOOP("SettingDefinition", "A days-left alert fires again only after the forecast rose this many days above its threshold."),
        0, 30));
    t.push_back(row(K::DailySummaryEnabled, "alerts/daily_summary_enabled", Type::Bool, true,
        QT_TRANSLATE_NOOP("SettingDefinition", "Send a daily summary of each meter.")));
    t.push_back(row(K::DailySummaryTime, "alerts/daily_summary_time", Type::Time, QTime(23, 59),
        QT_TRANSLATE_NOOP("SettingDefinition", "Local time (HH:mm, in each meter's time zone) of the daily summary.")));
    t.push_back(row(K::QuietHoursEnabled, "alerts/quiet_hours_enabled", Type::Bool, false,
        QT_TRANSLATE_NOOP("SettingDefinition", "During quiet hours only critical alerts are shown.")));
    t.push_back(row(K::QuietHoursStart, "alerts/quiet_hours_start", Type::Time, QTime(22, 0),
        QT_TRANSLATE_NOOP("SettingDefinition", "Start of quiet hours (HH:mm); may be later than the end, crossing midnight.")));
    t.push_back(row(K::QuietHoursEnd, "alerts/quiet_hours_end", Type::Time, QTime(7, 0),
        QT_TRANSLATE_NOOP("SettingDefinition", "End of quiet hours (HH:mm).")));
    t.push_back(row(K::TroubleDelayLiveMinutes, "alerts/trouble_delay_live_minutes", Type::Integer, 15,
        QT_TRANSLATE_NOOP("SettingDefinition", "Report provider trouble when a live meter has had no fresh reading for this many minutes."),
        1, 1440));
    t.push_back(row(K::TroubleDelayHourlyMinutes, "alerts/trouble_delay_hourly_minutes", Type::Integer, 180,
        QT_TRANSLATE_NOOP("SettingDefinition", "Report provider trouble when an hourly meter has had no fresh reading for this many minutes."),
        60, 10080));
    t.push_back(row(K::ConsumptionKwhPerDay, "alerts/consumption_kwh_per_day", Type::OptionalMilli, QVariant(),
        QT_TRANSLATE_NOOP("SettingDefinition", "Alert when a day's use exceeds this many kWh; empty for no alert."),
        1, qint64(1'000'000) * kMilli));
    t.push_back(row(K::ConsumptionMoneyPerDay, "alerts/consumption_money_per_day", Type::OptionalMilli, QVariant(),
        QT_TRANSLATE_NOOP("SettingDefinition", "Alert when a day's spend exceeds this amount (in each meter's currency); empty for no alert."),
        1, kMaxMoneyMilli));

    t.push_back(row(K::TelegramEnabled, "telegram/enabled", Type::Bool, false,
        QT_TRANSLATE_NOOP("SettingDefinition", "Also send alerts to Telegram. The bot token is kept in the OS keychain, never in this file.")));
    t.push_back(row(K::TelegramChatId, "telegram/chat_id", Type::ChatId, QString(),
        QT_TRANSLATE_NOOP("SettingDefinition", "Telegram chat that receives the alerts: a number such as -1001234567890, or @channelname.")));
    t.push_back(row(K::TelegramBaseUrl, "telegram/base_url", Type::Url, QStringLiteral("https://api.telegram.org"),
        QT_TRANSLATE_NOOP("SettingDefinition", "Address of the Telegram Bot API server (https).")));

    t.push_back(row(K::WindowGeometry, "window/geometry", Type::Blob, QByteArray(),
        QT_TRANSLATE_NOOP("SettingDefinition", "Window position and size (base64, written by Kilowatch).")));
    t.push_back(row(K::WindowState, "window/state", Type::Blob, QByteArray(),
        QT_TRANSLATE_NOOP("SettingDefinition", "Window toolbars and docks (base64, written by Kilowatch).")));
    t.push_back(row(K::LastMeterId, "window/last_meter_id", Type::Integer, qint64(0),
        QT_TRANSLATE_NOOP("SettingDefinition", "The meter shown last (0: none)."),
        0, std::numeric_limits<qint64>::max()));
    t.push_back(row(K::ChartIntervalHours, "window/interval_hours", Type::Integer, 720,
        QT_TRANSLATE_NOOP("SettingDefinition", "Hours shown by the usage chart."),
        1, 720));
    t.push_back(row(K::ChartGroupMinutes, "window/group_minutes", Type::Integer, 60,
        QT_TRANSLATE_NOOP("SettingDefinition", "Minutes per bar of the usage chart."),
        1, 1440));
    t.push_back(row(K::ChartUnit, "window/unit", Type::Choice, QStringLiteral("kwh"),
        QT_TRANSLATE_NOOP("SettingDefinition", "The usage chart shows energy or money."),
        0, 0, words({"kwh", "money"})));
    t.push_back(row(K::ChartMode, "window/chart_mode", Type::Choice, QStringLiteral("bars"),
        QT_TRANSLATE_NOOP("SettingDefinition", "The usage chart draws stacked bars or lines."),
        0, 0, words({"bars", "lines"})));
    return t;
}
// clang-format on

const QRegularExpression &secretPattern()
{
    // Telegram bot tokens: the bot's numeric id, a colon, then 35 URL-safe characters.
    static const QRegularExpression re(QStringLiteral("\\d{6,}:[A-Za-z0-9_-]{30,}"));
    return re;
}

QString quoted(const QString &text)
{
    QString shown = text.left(60);
    if (shown.size() < text.size())
        shown += QStringLiteral("…");
    return QStringLiteral("“%1”").arg(shown);
}

bool isNumberType(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

} // namespace

QString SettingDefinition::group() const
{
    return name.section(QLatin1Char('/'), 0, 0);
}

QString SettingDefinition::leaf() const
{
    return name.section(QLatin1Char('/'), 1);
}

QString SettingDefinition::translatedDescription() const
{
    return tr(description);
}

const std::vector<SettingDefinition> &SettingDefinition::all()
{
    static const std::vector<SettingDefinition> table = buildTable();
    return table;
}

const SettingDefinition &SettingDefinition::of(SettingKey key)
{
    // The table is in enum order (a test checks it), so this is an index.
    return all().at(static_cast<size_t>(key));
}

const SettingDefinition *SettingDefinition::find(const QString &name)
{
    static const QHash<QString, const SettingDefinition *> byName = [] {
        QHash<QString, const SettingDefinition *> h;
        for (const SettingDefinition &d : all())
            h.insert(d.name, &d);
        return h;
    }();
    return byName.value(name, nullptr);
}

bool SettingDefinition::looksLikeSecret(const QString &text)
{
    return secretPattern().match(text).hasMatch();
}

QString SettingDefinition::milliToText(qint64 milli)
{
    const bool negative = milli < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(milli) : quint64(milli);
    QString text = QString::number(magnitude / quint64(kMilli));
    const quint64 fraction = magnitude % quint64(kMilli);
    if (fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char('.') + digits;
    }
    return negative ? QLatin1Char('-') + text : text;
}

QString SettingDefinition::allowedText(bool translated) const
{
    // The file is always written in English; messages follow the user's language.
    auto text = [translated](const char *source) {
        return translated ? tr(source) : QString::fromLatin1(source);
    };
    switch (type) {
    case Type::Bool:
        return QStringLiteral("true, false");
    case Type::Integer:
        return text(QT_TR_NOOP("%1 to %2")).arg(minimum).arg(maximum);
    case Type::Milli:
        return text(QT_TR_NOOP("%1 to %2")).arg(milliToText(minimum), milliToText(maximum));
    case Type::OptionalMilli:
        return text(QT_TR_NOOP("empty, or %1 to %2")).arg(milliToText(minimum), milliToText(maximum));
    case Type::Choice:
        return allowed.join(QStringLiteral(", "));
    case Type::Language:
        return text(QT_TR_NOOP("system, or a language code such as en, bn, hi"));
    case Type::Time:
        return text(QT_TR_NOOP("HH:mm, 00:00 to 23:59"));
    case Type::ChatId:
        return text(QT_TR_NOOP("empty, a number, or @channelname"));
    case Type::Url:
        return text(QT_TR_NOOP("an https address"));
    case Type::Blob:
        return text(QT_TR_NOOP("base64"));
    }
    return {};
}

Result<QVariant> SettingDefinition::parse(const QString &rawText, bool clamp, QString *note) const
{
    using R = Result<QVariant>;
    const QString text = rawText.trimmed();
    if (text.size() > kMaxTextLength && type != Type::Blob)
        return R::failure(
            tr("the value is %n characters long, far longer than any valid one", nullptr, int(text.size())));
    // Clamps a whole number (thousandths for the money types) into range, or refuses it.
    auto inRange = [&](qint64 value, const QString &shown) -> R {
        if (value >= minimum && value <= maximum)
            return QVariant(value);
        if (!clamp)
            return R::failure(tr("%1 is outside %2").arg(quoted(shown), allowedText()));
        const qint64 clamped = qBound(minimum, value, maximum);
        if (note)
            *note = tr("%1 is outside %2; %3 is used")
                        .arg(quoted(shown), allowedText(),
                             type == Type::Integer ? QString::number(clamped) : milliToText(clamped));
        return QVariant(clamped);
    };

    switch (type) {
    case Type::Bool: {
        const QString lower = text.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("1") || lower == QLatin1String("yes") ||
            lower == QLatin1String("on"))
            return QVariant(true);
        if (lower == QLatin1String("false") || lower == QLatin1String("0") || lower == QLatin1String("no") ||
            lower == QLatin1String("off"))
            return QVariant(false);
        return R::failure(tr("%1 is neither true nor false").arg(quoted(text)));
    }
    case Type::Integer: {
        static const QRegularExpression digits(QStringLiteral("^[+-]?\\d+$"));
        if (!digits.match(text).hasMatch())
            return R::failure(tr("%1 is not a whole number").arg(quoted(text)));
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok) // too many digits for 64 bits: beyond either end of any range
            return inRange(text.startsWith(QLatin1Char('-')) ? std::numeric_limits<qint64>::min()
                                                             : std::numeric_limits<qint64>::max(),
                           text);
        return inRange(value, text);
    }
    case Type::Milli:
    case Type::OptionalMilli: {
        if (type == Type::OptionalMilli && text.isEmpty())
            return QVariant();
        const AmountText::Parsed parsed = AmountText::parse(text, AmountText::Sign::Any);
        const std::optional<qint64> value = parsed.value();
        if (parsed.problem == AmountText::Problem::TooLarge)
            return inRange(text.startsWith(QLatin1Char('-')) ? std::numeric_limits<qint64>::min()
                                                             : std::numeric_limits<qint64>::max(),
                           text);
        if (!value)
            return R::failure(tr("%1 is not a number such as 500 or 12.5 (a dot, at most three decimals)")
                                  .arg(quoted(text)));
        if (type == Type::OptionalMilli && *value == 0)
            return QVariant();
        return inRange(*value, text);
    }
    case Type::Choice:
        for (const QString &choice : allowed) {
            if (text.compare(choice, Qt::CaseInsensitive) == 0)
                return QVariant(choice);
        }
        return R::failure(tr("%1 is not one of %2").arg(quoted(text), allowedText()));
    case Type::Language: {
        if (text.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
            return QVariant(QStringLiteral("system"));
        static const QRegularExpression re(QStringLiteral("^([A-Za-z]{2,3})(?:[_-]([A-Za-z]{2}|\\d{3}))?$"));
        const QRegularExpressionMatch m = re.match(text);
        if (!m.hasMatch())
            return R::failure(
                tr("%1 is not \"system\" or a language code such as bn or pt_BR").arg(quoted(text)));
        QString code = m.captured(1).toLower();
        if (m.hasCaptured(2) && !m.captured(2).isEmpty())
            code += QLatin1Char('_') + m.captured(2).toUpper();
        return QVariant(code);
    }
    case Type::Time: {
        static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
        const QRegularExpressionMatch m = re.match(text);
        const int hour = m.hasMatch() ? m.captured(1).toInt() : -1;
        const int minute = m.hasMatch() ? m.captured(2).toInt() : -1;
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
            return R::failure(tr("%1 is not a time of day such as 23:59").arg(quoted(text)));
        return QVariant(QTime(hour, minute));
    }
    case Type::ChatId: {
        if (text.isEmpty())
            return QVariant(QString());
        static const QRegularExpression re(QStringLiteral("^(-?\\d{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31})$"));
        if (looksLikeSecret(text))
            return R::failure(tr("this looks like a bot token, which belongs in the keychain, not here"));
        if (!re.match(text).hasMatch())
            return R::failure(
                tr("%1 is not a Telegram chat id (a number such as -1001234567890, or @channelname)")
                    .arg(quoted(text)));
        return QVariant(text);
    }
    case Type::Url: {
        if (looksLikeSecret(text))
            return R::failure(tr("the address contains what looks like a bot token, which belongs in the "
                                 "keychain, not in the address"));
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (text.isEmpty() || !url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return R::failure(
                tr("%1 is not a web address such as https://api.telegram.org").arg(quoted(text)));
        if (!url.userInfo().isEmpty())
            return R::failure(tr("the address must not contain a user name or password"));
        if (url.hasQuery() || url.hasFragment())
            return R::failure(tr("the address must not contain \"?\" or \"#\" parts"));
        if (scheme == QLatin1String("http")) {
            const QHostAddress host(url.host());
            if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0 &&
                !host.isLoopback())
                return R::failure(
                    tr("the address must start with https:// (plain http only to this computer)"));
        }
        QString canonical = url.toString(QUrl::FullyEncoded);
        while (canonical.endsWith(QLatin1Char('/'))) // "https://host/" and "https://host" are one server
            canonical.chop(1);
        return QVariant(canonical);
    }
    case Type::Blob: {
        if (text.isEmpty())
            return QVariant(QByteArray());
        if (text.size() > kMaxBlobBytes * 2)
            return R::failure(tr("the value is longer than window state ever is"));
        for (QChar c : text) {
            if (c.unicode() >= 128)
                return R::failure(tr("the value is not base64"));
        }
        const auto decoded =
            QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return R::failure(tr("the value is not base64"));
        if (decoded.decoded.size() > kMaxBlobBytes)
            return R::failure(tr("the value is longer than window state ever is"));
        return QVariant(decoded.decoded);
    }
    }
    return R::failure(tr("unknown type"));
}

Result<QVariant> SettingDefinition::check(const QVariant &value) const
{
    using R = Result<QVariant>;
    if (value.typeId() == QMetaType::QString && type != Type::Blob)
        return parse(value.toString());
    switch (type) {
    case Type::Bool:
        if (value.typeId() == QMetaType::Bool)
            return value;
        break;
    case Type::Integer:
    case Type::Milli:
    case Type::OptionalMilli:
        if (type == Type::OptionalMilli && (!value.isValid() || value.isNull()))
            return QVariant();
        if (isNumberType(value)) {
            bool ok = false;
            const qint64 number = value.toLongLong(&ok);
            if (!ok)
                break;
            if (type == Type::OptionalMilli && number == 0)
                return QVariant();
            if (number < minimum || number > maximum)
                return R::failure(
                    tr("%1 is outside %2")
                        .arg(quoted(type == Type::Integer ? QString::number(number) : milliToText(number)),
                             allowedText()));
            return QVariant(number);
        }
        break;
    case Type::Time:
        if (value.typeId() == QMetaType::QTime && value.toTime().isValid()) {
            const QTime t = value.toTime();
            return QVariant(QTime(t.hour(), t.minute()));
        }
        break;
    case Type::Blob:
        if (value.typeId() == QMetaType::QByteArray) {
            if (value.toByteArray().size() > kMaxBlobBytes)
                return R::failure(tr("the value is longer than window state ever is"));
            return value;
        }
        break;
    case Type::Choice:
    case Type::Language:
    case Type::ChatId:
    case Type::Url:
        break; // strings only, handled above
    }
    return R::failure(tr("a value of type %1 does not fit").arg(QString::fromLatin1(value.typeName())));
}

QString SettingDefinition::toText(const QVariant &value) const
{
    switch (type) {
    case Type::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Integer:
        return QString::number(value.toLongLong());
    case Type::Milli:
        return milliToText(value.toLongLong());
    case Type::OptionalMilli:
        return value.isNull() ? QString() : milliToText(value.toLongLong());
    case Type::Time:
        return value.toTime().toString(QStringLiteral("HH:mm"));
    case Type::Blob:
        return QString::fromLatin1(value.toByteArray().toBase64());
    case Type::Choice:
    case Type::Language:
    case Type::ChatId:
    case Type::Url:
        return value.toString();
    }
    return {};
}
