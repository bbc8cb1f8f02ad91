// libFuzzer target: AppSettings::fromIniData, the settings file as the app reads it. What a
// load makes of any file must survive save and load unchanged: the text save() writes loads
// into the same values and the same unknown entries (which it keeps, and notes again as
// problems), and writes itself again byte for byte.
#include "FuzzApplication.h"
#include "settings/AppSettings.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzApplication::ensure(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::unique_ptr<AppSettings> first = AppSettings::fromIniData(
        QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    const QByteArray saved = first->toIniData();
    const std::unique_ptr<AppSettings> second = AppSettings::fromIniData(saved);
    for (int k = 0; k < SettingKeys::settingKeyCount; ++k) {
        const auto key = static_cast<SettingKey>(k);
        if (first->value(key) != second->value(key))
            qFatal("AppSettings: setting %d changed through save and load", k);
    }
    if (second->toIniData() != saved)
        qFatal("AppSettings: saving the loaded text gives another text");
    // The same entries; save() writes them grouped, so their order may change once.
    QStringList before = first->unknownKeys();
    QStringList after = second->unknownKeys();
    before.sort();
    after.sort();
    if (before != after)
        qFatal("AppSettings: unknown keys changed through save and load");
    return 0;
}
