// libFuzzer target: the generic JSON provider, its settings (JsonMapping, JsonPath, presets,
// the request) and its answers. The first line is the meter's settings as a JSON object
// (e.g. {"balance_path":"data.balance","time_path":"ts","time_format":"epoch"}; "url"
// defaults to a loopback address); the rest are the answers, as ProviderHarness.h describes.
#include "FuzzApplication.h"
#include "ProviderHarness.h"
#include "providers/GenericJsonProvider.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzApplication::ensure(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype end = input.indexOf('\n');
    if (end < 0)
        return 0;
    const QJsonDocument settings = QJsonDocument::fromJson(input.left(end));
    if (!settings.isObject())
        return 0;
    static const QHash<QString, QString> secrets{
        {QStringLiteral("token"), QStringLiteral("fuzz-token-5f3a9c")},
        {QStringLiteral("password"), QStringLiteral("fuzz-pass-a41f0b")},
        {QStringLiteral("api_key"), QStringLiteral("fuzz-key-0d6e2b")}};
    Meter meter;
    meter.id = 1;
    meter.name = QStringLiteral("fuzz");
    meter.provider = QStringLiteral("json");
    meter.timezone = QStringLiteral("Asia/Kolkata");
    meter.settings = settings.object();
    if (!meter.settings.contains(QStringLiteral("url")))
        meter.settings.insert(QStringLiteral("url"), QStringLiteral("http://127.0.0.1:8080/reading"));
    // Only what a placeholder of usable settings names is loaded, so only that must be kept out
    // of the outcome (an answer, or a setting quoted in a complaint, may hold any text).
    QStringList named;
    const bool usable = GenericJsonProvider::validateSettings(meter.settings).ok();
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it) {
        if (usable && input.left(end).contains("${secret:" + it.key().toUtf8() + '}'))
            named.append(it.key());
    }
    // (A list naming no field checks none.)
    ProviderHarness::run(meter, secrets, input.mid(end + 1),
                         named.isEmpty() ? QStringList{QStringLiteral("-")} : named);
    return 0;
}
