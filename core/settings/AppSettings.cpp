#include "AppSettings.h"

#include "Logging.h"
#include "SettingDefinition.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTimer>

namespace {

using Values = std::array<QVariant, SettingKeys::settingKeyCount>;

// Unknown entries are kept, within reason: a damaged file must not be carried on forever.
constexpr int kMaxUnknownEntries = 200;
constexpr int kMaxUnknownKeyLength = 200;
constexpr int kMaxUnknownValueLength = 4096;

Values defaults()
{
    Values values;
    for (const SettingDefinition &d : SettingDefinition::all())
        values[static_cast<size_t>(d.key)] = d.defaultValue;
    return values;
}

QString shownDefault(const SettingDefinition &d)
{
    const QString text = d.toText(d.defaultValue);
    return text.isEmpty() ? AppSettings::tr("empty") : QStringLiteral("“%1”").arg(text);
}

bool hasControlCharacters(const QString &text)
{
    for (QChar c : text) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7F ||
            c == QChar::ReplacementCharacter)
            return true;
    }
    return false;
}

bool nameLooksSecret(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("token|passw|secret|api[_-]?key|credential"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch();
}

// The file as it was, minus lines holding a credential: what is kept as "<file>.damaged".
QByteArray withoutLines(const QByteArray &data, const QSet<int> &lineNumbers)
{
    QByteArray text = data;
    text.replace("\r\n", "\n");
    text.replace('\r', '\n'); // the same line numbers as IniDocument's
    QList<QByteArray> lines = text.split('\n');
    for (int n : lineNumbers) {
        if (n >= 1 && n <= lines.size())
            lines[n - 1] = "; (removed by Kilowatch: this line looked like a credential)";
    }
    return lines.join('\n');
}

template <typename Enum>
Enum choiceAs(const QVariant &value, SettingKey key, Enum fallback)
{
    const qsizetype index = SettingDefinition::of(key).allowed.indexOf(value.toString());
    return index < 0 ? fallback : static_cast<Enum>(index);
}

template <typename Enum>
QString choiceText(SettingKey key, Enum value)
{
    return SettingDefinition::of(key).allowed.value(static_cast<int>(value));
}

} // namespace

AppSettings::AppSettings(QString filePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(filePath))
    , m_values(defaults())
{}

AppSettings::~AppSettings()
{
    if (m_dirty && m_autoSaveDelay > 0) {
        if (Status saved = save(); !saved)
            qCWarning(lcStorage) << "settings not saved on exit:" << saved.error();
    }
}

std::unique_ptr<AppSettings> AppSettings::fromIniData(const QByteArray &data)
{
    auto settings = std::make_unique<AppSettings>(QString());
    settings->loadFromData(data);
    return settings;
}

void AppSettings::load()
{
    QStringList problems;
    const QFileInfo info(m_path);
    if (m_path.isEmpty() || !info.exists()) {
        applyData({}, problems);
        m_moveAside = false;
        return;
    }
    QByteArray data;
    if (info.isDir()) {
        problems.append(tr("The settings file %1 is a folder; the defaults are used.").arg(m_path));
    } else if (info.size() > maxFileBytes) {
        problems.append(tr("The settings file %1 is %2 KiB, far larger than settings ever are; it was not "
                           "read and the defaults are used.")
                            .arg(m_path)
                            .arg(info.size() / 1024));
    } else {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems.append(tr("The settings file %1 could not be read (%2); the defaults are used.")
                                .arg(m_path, file.errorString()));
        } else {
            // Read at most one byte over the limit: a file may grow while it is read.
            data = file.read(maxFileBytes + 1);
            if (data.size() > maxFileBytes) {
                data.clear();
                problems.append(tr("The settings file %1 is far larger than settings ever are; it was "
                                   "not read and the defaults are used.")
                                    .arg(m_path));
            }
        }
    }
    // A file that was not read at all is moved aside as it is when settings are next saved.
    m_moveAside = data.isEmpty() && !problems.isEmpty() && !info.isDir();
    applyData(data, problems);
    if (!m_problems.isEmpty())
        qCWarning(lcStorage).noquote() << "settings file" << m_path << "had" << m_problems.size()
                                       << "problem(s), the first:" << m_problems.constFirst();
}

void AppSettings::loadFromData(const QByteArray &data)
{
    QStringList problems;
    if (data.size() > maxFileBytes) {
        problems.append(tr("The settings are far larger than settings ever are; they were not read and "
                           "the defaults are used."));
        applyData({}, problems);
        return;
    }
    applyData(data, problems);
}

void AppSettings::applyData(const QByteArray &data, QStringList problems)
{
    const IniDocument doc = IniDocument::parse(data);
    // Lossy: something in the file is not kept as written (the user may want it back).
    bool lossy = !problems.isEmpty();
    QSet<int> credentialLines;
    Values values = defaults();
    std::array<int, SettingKeys::settingKeyCount> lineOf{};
    QList<IniDocument::Entry> unknown;
    QSet<QString> unknownSeen;

    lossy = lossy || !doc.unreadableLines().isEmpty();
    for (int line : doc.unreadableLines())
        problems.append(tr("Line %1 is not a setting (key=value) and was ignored.").arg(line));

    for (const IniDocument::Entry &entry : doc.entries()) {
        const QString path = entry.path();
        if (const SettingDefinition *def = SettingDefinition::find(path)) {
            const size_t index = static_cast<size_t>(def->key);
            QString why;
            const std::optional<QString> text = IniDocument::unescape(entry.rawValue, &why);
            if (!text) {
                lossy = true;
                values[index] = def->defaultValue;
                problems.append(tr("Line %1, %2: %3; the default %4 is used.")
                                    .arg(entry.line)
                                    .arg(path, why, shownDefault(*def)));
                continue;
            }
            QString note;
            const Result<QVariant> parsed = def->parse(*text, true, &note);
            if (!parsed) {
                lossy = true;
                if (SettingDefinition::looksLikeSecret(*text))
                    credentialLines.insert(entry.line);
                values[index] = def->defaultValue;
                problems.append(tr("Line %1, %2: %3; the default %4 is used.")
                                    .arg(entry.line)
                                    .arg(path, parsed.error(), shownDefault(*def)));
                continue;
            }
            lossy = lossy || !note.isEmpty();
            if (!note.isEmpty())
                problems.append(tr("Line %1, %2: %3.").arg(entry.line).arg(path, note));
            values[index] = parsed.value();
            lineOf[index] = entry.line;
            continue;
        }

        // Not ours. Keep it (a newer Kilowatch or a later feature may own it), unless it is
        // unreadable, a credential, or there is no end to them.
        const QString shownKey = entry.key.left(60);
        if (nameLooksSecret(path) || SettingDefinition::looksLikeSecret(entry.rawValue)) {
            lossy = true;
            credentialLines.insert(entry.line);
            problems.append(tr("Line %1, %2 looks like a credential. Kilowatch keeps those in the OS "
                               "keychain only, so it is removed from this file when settings are next "
                               "saved.")
                                .arg(entry.line)
                                .arg(shownKey));
            continue;
        }
        if (hasControlCharacters(entry.group) || hasControlCharacters(entry.key) ||
            hasControlCharacters(entry.rawValue) || entry.key.size() > kMaxUnknownKeyLength ||
            entry.group.size() > kMaxUnknownKeyLength || entry.rawValue.size() > kMaxUnknownValueLength ||
            entry.group.contains(QLatin1Char(']'))) {
            lossy = true;
            problems.append(tr("Line %1 is unreadable and was ignored.").arg(entry.line));
            continue;
        }
        if (!unknownSeen.contains(path) && unknownSeen.size() >= kMaxUnknownEntries) {
            lossy = true;
            problems.append(tr("Line %1, %2 is not a Kilowatch setting; there are too many of those, so it "
                               "was ignored.")
                                .arg(entry.line)
                                .arg(shownKey));
            continue;
        }
        for (const SettingDefinition &d : SettingDefinition::all()) {
            if (d.name.compare(path, Qt::CaseInsensitive) == 0) {
                problems.append(tr("Line %1, %2 is not a setting (names are case-sensitive): did you mean "
                                   "%3? It is kept but not used.")
                                    .arg(entry.line)
                                    .arg(path, d.name));
                break;
            }
        }
        if (unknownSeen.contains(path)) { // the later one wins, as in QSettings
            for (IniDocument::Entry &kept : unknown) {
                if (kept.path() == path)
                    kept = entry;
            }
        } else {
            unknownSeen.insert(path);
            unknown.append(entry);
        }
    }

    // Pairs that only make sense together: both back to their defaults, named once.
    auto requireBelow = [&](SettingKey lowKey, SettingKey highKey) {
        const size_t low = static_cast<size_t>(lowKey);
        const size_t high = static_cast<size_t>(highKey);
        if (values[low].toLongLong() < values[high].toLongLong())
            return;
        const SettingDefinition &lowDef = SettingDefinition::of(lowKey);
        const SettingDefinition &highDef = SettingDefinition::of(highKey);
        lossy = true;
        problems.append(tr("Line %1, %2 (%3) must be below %4 (%5); both use their defaults (%6 and %7).")
                            .arg(qMax(lineOf[low], lineOf[high]))
                            .arg(lowDef.name, lowDef.toText(values[low]), highDef.name,
                                 highDef.toText(values[high]), lowDef.toText(lowDef.defaultValue),
                                 highDef.toText(highDef.defaultValue)));
        values[low] = lowDef.defaultValue;
        values[high] = highDef.defaultValue;
    };
    requireBelow(SettingKey::LowBalanceCriticalAmount, SettingKey::LowBalanceWarningAmount);
    requireBelow(SettingKey::LowBalanceCriticalDays, SettingKey::LowBalanceWarningDays);

    if (problems.size() > maxProblems) {
        const qsizetype more = problems.size() - maxProblems;
        problems = problems.mid(0, maxProblems);
        problems.append(tr("… and %n more problem(s).", nullptr, int(more)));
    }
    m_problems = problems;
    m_unknown = unknown;
    m_keepAside = lossy && !data.isEmpty() ? withoutLines(data, credentialLines) : QByteArray();
    replaceValues(values);
    m_dirty = false;
}

void AppSettings::replaceValues(const Values &values)
{
    const Values before = m_values;
    m_values = values;
    for (size_t i = 0; i < values.size(); ++i) {
        if (before[i] != values[i])
            emit changed(static_cast<SettingKey>(i));
    }
}

QStringList AppSettings::unknownKeys() const
{
    QStringList keys;
    for (const IniDocument::Entry &e : m_unknown)
        keys.append(e.path());
    return keys;
}

QByteArray AppSettings::toIniData() const
{
    QString out;
    out += QStringLiteral(
        "; Kilowatch settings. You may edit this file while Kilowatch is closed: a value it cannot use\n"
        "; falls back to its default with a warning. A key commented out (;key=...) shows its default.\n"
        "; Secrets (the Telegram bot token, meter credentials) live in the OS keychain, never here.\n");

    auto writeUnknown = [&](const QString &group) {
        for (const IniDocument::Entry &e : m_unknown) {
            if (e.group == group)
                out += e.key + QLatin1Char('=') + e.rawValue + QLatin1Char('\n');
        }
    };
    bool hasRootUnknown = false;
    for (const IniDocument::Entry &e : m_unknown)
        hasRootUnknown = hasRootUnknown || e.group.isEmpty();
    if (hasRootUnknown) {
        out += QStringLiteral("\n[General]\n");
        writeUnknown(QString());
    }

    QStringList groups;
    for (const SettingDefinition &d : SettingDefinition::all()) {
        if (!groups.contains(d.group()))
            groups.append(d.group());
    }
    for (const IniDocument::Entry &e : m_unknown) {
        if (!e.group.isEmpty() && !groups.contains(e.group))
            groups.append(e.group);
    }
    for (const QString &group : std::as_const(groups)) {
        out += QStringLiteral("\n[") + group + QStringLiteral("]\n");
        for (const SettingDefinition &d : SettingDefinition::all()) {
            if (d.group() != group)
                continue;
            out += QStringLiteral("; %1 (%2)\n").arg(QString::fromUtf8(d.description), d.allowedText(false));
            const QVariant &v = m_values[static_cast<size_t>(d.key)];
            const bool isDefault = v == d.defaultValue;
            out += (isDefault ? QStringLiteral(";") : QString()) + d.leaf() + QLatin1Char('=') +
                   IniDocument::escape(d.toText(v)) + QLatin1Char('\n');
        }
        writeUnknown(group);
    }
    return out.toUtf8();
}

Status AppSettings::save()
{
    if (m_path.isEmpty())
        return Status::failure(tr("These settings have no file to be saved to."));
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return Status::failure(tr("The folder %1 for the settings could not be created.").arg(folder));
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // What the last load could not use stays available beside the file, for the user.
    const QString aside = m_path + QStringLiteral(".damaged");
    if (m_moveAside && info.exists() && !info.isDir()) {
        QFile::remove(aside);
        if (QFile::rename(m_path, aside))
            QFile::setPermissions(aside, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        else
            qCWarning(lcStorage) << "the unreadable settings file could not be moved to" << aside;
    } else if (!m_keepAside.isEmpty()) {
        if (Status kept = writePrivately(aside, m_keepAside); !kept)
            qCWarning(lcStorage).noquote() << kept.error();
    }

    if (Status written = writePrivately(m_path, toIniData()); !written)
        return written;
    m_dirty = false;
    m_moveAside = false;
    m_keepAside.clear();
    return {};
}

Status AppSettings::writePrivately(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    // Only a complete file ever replaces the old one: never write in place.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            tr("The settings could not be saved to %1: %2.").arg(path, file.errorString()));
    // Until commit() this is the new temporary file: owner-only before any byte is in it.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Status::failure(tr("The settings file %1 could not be made private to you.").arg(path));
    }
    if (file.write(data) != data.size() || !file.commit()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Status::failure(
            tr("The settings could not be saved to %1: %2. The previous file is unchanged.").arg(path, why));
    }
    return {};
}

void AppSettings::setAutoSaveDelay(int delayMs)
{
    m_autoSaveDelay = qMax(0, delayMs);
    if (m_autoSaveDelay == 0) {
        delete m_autoSave;
        m_autoSave = nullptr;
        return;
    }
    if (!m_autoSave) {
        m_autoSave = new QTimer(this);
        m_autoSave->setSingleShot(true);
        connect(m_autoSave, &QTimer::timeout, this, [this] {
            if (Status saved = save(); !saved)
                emit saveFailed(saved.error());
        });
    }
    m_autoSave->setInterval(m_autoSaveDelay);
    if (m_dirty)
        m_autoSave->start();
}

void AppSettings::scheduleAutoSave()
{
    if (m_autoSave)
        m_autoSave->start();
}

QVariant AppSettings::value(SettingKey key) const
{
    return m_values[static_cast<size_t>(key)];
}

Status AppSettings::set(SettingKey key, const QVariant &value)
{
    const SettingDefinition &def = SettingDefinition::of(key);
    const Result<QVariant> checked = def.check(value);
    if (!checked)
        return Status::failure(checked.errorKind(), tr("%1: %2.").arg(def.name, checked.error()));
    QVariant &slot = m_values[static_cast<size_t>(key)];
    if (slot == checked.value())
        return {};
    slot = checked.value();
    m_dirty = true;
    scheduleAutoSave();
    emit changed(key);
    return {};
}

void AppSettings::reset(SettingKey key)
{
    set(key, SettingDefinition::of(key).defaultValue);
}

bool AppSettings::isDefault(SettingKey key) const
{
    return value(key) == SettingDefinition::of(key).defaultValue;
}

bool AppSettings::isQuietAt(QTime localTime) const
{
    if (!quietHoursEnabled() || !localTime.isValid())
        return false;
    const int start = quietHoursStart().msecsSinceStartOfDay();
    const int end = quietHoursEnd().msecsSinceStartOfDay();
    const int now = localTime.msecsSinceStartOfDay();
    if (start == end)
        return false;
    if (start < end)
        return now >= start && now < end;
    return now >= start || now < end; // across midnight
}

// clang-format off
AppSettings::Theme AppSettings::theme() const { return choiceAs(value(SettingKey::Theme), SettingKey::Theme, Theme::System); }
QString AppSettings::language() const { return value(SettingKey::Language).toString(); }
AppSettings::EnergyUnit AppSettings::energyUnit() const { return choiceAs(value(SettingKey::EnergyUnit), SettingKey::EnergyUnit, EnergyUnit::KilowattHours); }
bool AppSettings::startMinimised() const { return value(SettingKey::StartMinimised).toBool(); }
bool AppSettings::closeToTray() const { return value(SettingKey::CloseToTray).toBool(); }
bool AppSettings::autostart() const { return value(SettingKey::Autostart).toBool(); }
int AppSettings::livePollSeconds() const { return value(SettingKey::LivePollSeconds).toInt(); }
int AppSettings::hourlyPollSeconds() const { return value(SettingKey::HourlyPollSeconds).toInt(); }
AppSettings::LowBalanceBasis AppSettings::lowBalanceBasis() const { return choiceAs(value(SettingKey::LowBalanceBasis), SettingKey::LowBalanceBasis, LowBalanceBasis::Money); }
qint64 AppSettings::lowBalanceWarningMilli() const { return value(SettingKey::LowBalanceWarningAmount).toLongLong(); }
qint64 AppSettings::lowBalanceCriticalMilli() const { return value(SettingKey::LowBalanceCriticalAmount).toLongLong(); }
qint64 AppSettings::lowBalanceHysteresisMilli() const { return value(SettingKey::LowBalanceHysteresisAmount).toLongLong(); }
int AppSettings::lowBalanceWarningDays() const { return value(SettingKey::LowBalanceWarningDays).toInt(); }
int AppSettings::lowBalanceCriticalDays() const { return value(SettingKey::LowBalanceCriticalDays).toInt(); }
int AppSettings::lowBalanceHysteresisDays() const { return value(SettingKey::LowBalanceHysteresisDays).toInt(); }
bool AppSettings::dailySummaryEnabled() const { return value(SettingKey::DailySummaryEnabled).toBool(); }
QTime AppSettings::dailySummaryTime() const { return value(SettingKey::DailySummaryTime).toTime(); }
bool AppSettings::quietHoursEnabled() const { return value(SettingKey::QuietHoursEnabled).toBool(); }
QTime AppSettings::quietHoursStart() const { return value(SettingKey::QuietHoursStart).toTime(); }
QTime AppSettings::quietHoursEnd() const { return value(SettingKey::QuietHoursEnd).toTime(); }
int AppSettings::troubleDelayLiveMinutes() const { return value(SettingKey::TroubleDelayLiveMinutes).toInt(); }
int AppSettings::troubleDelayHourlyMinutes() const { return value(SettingKey::TroubleDelayHourlyMinutes).toInt(); }
bool AppSettings::telegramEnabled() const { return value(SettingKey::TelegramEnabled).toBool(); }
QString AppSettings::telegramChatId() const { return value(SettingKey::TelegramChatId).toString(); }
QString AppSettings::telegramBaseUrl() const { return value(SettingKey::TelegramBaseUrl).toString(); }
QByteArray AppSettings::windowGeometry() const { return value(SettingKey::WindowGeometry).toByteArray(); }
QByteArray AppSettings::windowState() const { return value(SettingKey::WindowState).toByteArray(); }
qint64 AppSettings::lastMeterId() const { return value(SettingKey::LastMeterId).toLongLong(); }
int AppSettings::chartIntervalHours() const { return value(SettingKey::ChartIntervalHours).toInt(); }
int AppSettings::chartGroupMinutes() const { return value(SettingKey::ChartGroupMinutes).toInt(); }
AppSettings::ChartUnit AppSettings::chartUnit() const { return choiceAs(value(SettingKey::ChartUnit), SettingKey::ChartUnit, ChartUnit::Energy); }
AppSettings::ChartMode AppSettings::chartMode() const { return choiceAs(value(SettingKey::ChartMode), SettingKey::ChartMode, ChartMode::Bars); }

Status AppSettings::setTheme(Theme theme) { return set(SettingKey::Theme, choiceText(SettingKey::Theme, theme)); }
Status AppSettings::setWindowGeometry(const QByteArray &geometry) { return set(SettingKey::WindowGeometry, geometry); }
Status AppSettings::setWindowState(const QByteArray &state) { return set(SettingKey::WindowState, state); }
Status AppSettings::setLastMeterId(qint64 meterId) { return set(SettingKey::LastMeterId, meterId); }
Status AppSettings::setChartIntervalHours(int hours) { return set(SettingKey::ChartIntervalHours, hours); }
Status AppSettings::setChartGroupMinutes(int minutes) { return set(SettingKey::ChartGroupMinutes, minutes); }
Status AppSettings::setChartUnit(ChartUnit unit) { return set(SettingKey::ChartUnit, choiceText(SettingKey::ChartUnit, unit)); }
Status AppSettings::setChartMode(ChartMode mode) { return set(SettingKey::ChartMode, choiceText(SettingKey::ChartMode, mode)); }
// clang-format on

std::optional<qint64> AppSettings::consumptionWhPerDay() const
{
    const QVariant v = value(SettingKey::ConsumptionKwhPerDay);
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

std::optional<qint64> AppSettings::consumptionMilliPerDay() const
{
    const QVariant v = value(SettingKey::ConsumptionMoneyPerDay);
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
