// Proof that the asan build's tests can fail: each mode commits one error that the sanitizers
// must report, and ctest expects that report (tests/sanitizers/CMakeLists.txt). Built only
// with KILOWATCH_SANITIZE.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace {

// Through a volatile, so the compiler cannot see the error and fold it away. Each mode returns
// 0 when nothing caught its error, which fails its test.
volatile int g_index = 8;

int heapOverflow()
{
    volatile int *values = new int[8]();
    values[g_index] = 1;
    delete[] values;
    return 0;
}

int signedOverflow()
{
    volatile int big = std::numeric_limits<int>::max();
    big = big + g_index;
    return 0;
}

int leak()
{
    void *lost = std::malloc(64);
    std::memset(lost, 1, 64);
    lost = nullptr;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    if (std::strcmp(argv[1], "heap-overflow") == 0)
        return heapOverflow();
    if (std::strcmp(argv[1], "signed-overflow") == 0)
        return signedOverflow();
    if (std::strcmp(argv[1], "leak") == 0)
        return leak();
    std::fprintf(stderr, "unknown mode %s\n", argv[1]);
    return 2;
}
