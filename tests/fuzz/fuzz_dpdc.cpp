// libFuzzer target: the dpdc provider's answers (see ProviderHarness.h for the input format).
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
        QStringLiteral("dpdc"), QStringLiteral("Asia/Dhaka"), QStringLiteral("BDT"),
        QJsonObject{{QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:8080/")},
                    {QStringLiteral("customer"), QStringLiteral("12345678")},
                    {QStringLiteral("client_id"), QStringLiteral("fuzz-client")}});
    static const QHash<QString, QString> secrets{
        {QStringLiteral("client_secret"), QStringLiteral("fuzz-secret-77b1e4")}};
    ProviderHarness::run(meter, secrets, data, size);
    return 0;
}
