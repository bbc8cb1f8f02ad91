// libFuzzer target: the desco provider's answers (see ProviderHarness.h for the input format).
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
        QStringLiteral("desco"), QStringLiteral("Asia/Dhaka"), QStringLiteral("BDT"),
        QJsonObject{{QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:8080/api/tkdes/customer/")},
                    {QStringLiteral("account"), QStringLiteral("12345678")},
                    {QStringLiteral("meter_number"), QStringLiteral("661234567890")}});
    static const QHash<QString, QString> secrets{};
    ProviderHarness::run(meter, secrets, data, size);
    return 0;
}
