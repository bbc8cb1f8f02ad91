// libFuzzer target: the ingufupay provider's answers (see ProviderHarness.h for the input format).
#include "FuzzApplication.h"
#include "ProviderHarness.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzApplication::ensure(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Meter meter = ProviderHarness::meter(
        QStringLiteral("ingufupay"), QStringLiteral("Africa/Kigali"), QStringLiteral("kWh"),
        QJsonObject{{QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:8080")},
                    {QStringLiteral("meter_number"), QStringLiteral("0215123456")}});
    static const QHash<QString, QString> secrets{
        {QStringLiteral("username"), QStringLiteral("fuzz-user-3c9d")},
        {QStringLiteral("password"), QStringLiteral("fuzz-pass-a41f0b")}};
    ProviderHarness::run(meter, secrets, data, size);
    return 0;
}
