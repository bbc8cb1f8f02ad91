#pragma once

#include "IniDocument.h"
#include "SettingKey.h"
#include "model/Result.h"

#include <QObject>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include <array>
#include <memory>
#include <optional>

class QTimer;

// The application's settings, kept in an INI file (QSettings IniFormat) at a path given to
// it (SettingsLocation::resolve() for the real one). Each key is defined once in
// SettingDefinition's table: type, default, range, description.
//
// Loading never fails and never loses the rest: a missing file means defaults; each bad value
// (unreadable, out of range, inconsistent) falls back to its default, or is clamped into its
// range, with a sentence in problems() the window can show; keys it does not know are kept and
// written back unchanged. Saving writes the whole file atomically (QSaveFile: a new file
// renamed over the old one, never a half-written file), owner-only (0600); when the last load
// could not use everything, the old text is kept as "<file>.damaged" (0600) for the user.
// No secret is ever stored here: the Telegram bot token lives in the OS keychain under
// telegramBotTokenKey(), and values shaped like a token are refused.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };
    Q_ENUM(Theme)
    enum class LowBalanceBasis
    {
        Money, // thresholds in the meter's currency
        Days   // thresholds in days left according to the forecast
    };
    Q_ENUM(LowBalanceBasis)
    enum class EnergyUnit
    {
        KilowattHours,
        WattHours
    };
    Q_ENUM(EnergyUnit)
    enum class ChartUnit
    {
        Energy,
        Money
    };
    Q_ENUM(ChartUnit)
    enum class ChartMode
    {
        Bars,
        Lines
    };
    Q_ENUM(ChartMode)

    // Starts with every default; nothing is read until load().
    explicit AppSettings(QString filePath, QObject *parent = nullptr);
    ~AppSettings() override;

    // The keychain key of the Telegram bot token (SecretStore, service "Kilowatch"). Not a
    // meter's key ("meter-<id>/<field>"), so it can never collide with one.
    static QString telegramBotTokenKey() { return QStringLiteral("app/telegram-bot-token"); }
    // Larger files are not read (a settings file is a few KiB): defaults and a problem.
    static constexpr qint64 maxFileBytes = 1024 * 1024;
    // problems() lists at most this many sentences, then one saying how many more there were.
    static constexpr int maxProblems = 50;

    const QString &filePath() const { return m_path; }
    // Reads the file. Emits changed() for every key whose value differs from before.
    void load();
    // The same from bytes, as if they were the file (tests, the fuzz target).
    void loadFromData(const QByteArray &data);
    // A settings object without a file (save() fails) loaded from `data`.
    static std::unique_ptr<AppSettings> fromIniData(const QByteArray &data);
    // What the last load found wrong, one sentence each (empty: nothing).
    const QStringList &problems() const { return m_problems; }
    // Entries of the file that are no setting of ours ("group/key"); written back unchanged.
    QStringList unknownKeys() const;

    // The file's text as save() writes it.
    QByteArray toIniData() const;
    // Atomic, 0600; the folder is created (0700) if missing. A sentence when it fails.
    Status save();
    bool isDirty() const { return m_dirty; }
    // Saves by itself `delayMs` after the last change (0: only when save() is called), and
    // on destruction; a failure is reported through saveFailed().
    void setAutoSaveDelay(int delayMs);

    QVariant value(SettingKey key) const;
    // Checks the value against the table (type, range, allowed values) and refuses it with a
    // sentence otherwise. Emits changed() when the value really changes.
    Status set(SettingKey key, const QVariant &value);
    void reset(SettingKey key);
    bool isDefault(SettingKey key) const;

    // Typed reading. Money in thousandths of the meter's currency, energy in Wh.
    Theme theme() const;
    QString language() const; // "system" or a code such as "bn"
    EnergyUnit energyUnit() const;
    bool startMinimised() const;
    bool closeToTray() const;
    bool autostart() const;
    int livePollSeconds() const;
    int hourlyPollSeconds() const;
    LowBalanceBasis lowBalanceBasis() const;
    qint64 lowBalanceWarningMilli() const;
    qint64 lowBalanceCriticalMilli() const;
    qint64 lowBalanceHysteresisMilli() const;
    int lowBalanceWarningDays() const;
    int lowBalanceCriticalDays() const;
    int lowBalanceHysteresisDays() const;
    bool dailySummaryEnabled() const;
    QTime dailySummaryTime() const;
    bool quietHoursEnabled() const;
    QTime quietHoursStart() const;
    QTime quietHoursEnd() const;
    // True when quiet hours are on and `localTime` falls in them (start inclusive, end
    // exclusive; a start later than the end crosses midnight; start == end is never quiet).
    bool isQuietAt(QTime localTime) const;
    int troubleDelayLiveMinutes() const;
    int troubleDelayHourlyMinutes() const;
    std::optional<qint64> consumptionWhPerDay() const;    // nullopt: no alert
    std::optional<qint64> consumptionMilliPerDay() const; // nullopt: no alert
    bool telegramEnabled() const;
    QString telegramChatId() const;
    QString telegramBaseUrl() const;
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    qint64 lastMeterId() const; // 0: none
    int chartIntervalHours() const;
    int chartGroupMinutes() const;
    ChartUnit chartUnit() const;
    ChartMode chartMode() const;

    // Typed writing for what the window changes often (the rest goes through set()).
    Status setTheme(Theme theme);
    Status setWindowGeometry(const QByteArray &geometry);
    Status setWindowState(const QByteArray &state);
    Status setLastMeterId(qint64 meterId);
    Status setChartIntervalHours(int hours);
    Status setChartGroupMinutes(int minutes);
    Status setChartUnit(ChartUnit unit);
    Status setChartMode(ChartMode mode);

signals:
    void changed(SettingKey key);
    void saveFailed(const QString &sentence);

private:
    void applyData(const QByteArray &data, QStringList problems);
    void replaceValues(const std::array<QVariant, SettingKeys::settingKeyCount> &values);
    void scheduleAutoSave();
    static Status writePrivately(const QString &path, const QByteArray &data);

    QString m_path;
    std::array<QVariant, SettingKeys::settingKeyCount> m_values;
    QList<IniDocument::Entry> m_unknown; // kept verbatim
    QStringList m_problems;
    bool m_dirty = false;
    // What the last load could not use is kept as "<file>.damaged" at the next save: the file
    // itself when it was not read at all, else its text without credential lines.
    bool m_moveAside = false;
    QByteArray m_keepAside;
    int m_autoSaveDelay = 0;
    QTimer *m_autoSave = nullptr;
};
