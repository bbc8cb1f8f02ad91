// libFuzzer target: the elnet provider's answers (see ProviderHarness.h for the input format).
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
        QStringLiteral("elnet"), QStringLiteral("Asia/Kolkata"), QStringLiteral("INR"),
        QJsonObject{{QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:8080")}});
    static const QHash<QString, QString> secrets{
        {QStringLiteral("token"), QStringLiteral("fuzz-token-5f3a9c")},
        {QStringLiteral("input_type"), QStringLiteral("fuzz-input-8e21d7")}};
    ProviderHarness::run(meter, secrets, data, size);
    return 0;
}
