#pragma once

// The one QCoreApplication of a fuzz target (Qt's event loop, time zones and translations
// need it), made in LLVMFuzzerInitialize, and quiet logging: millions of runs print nothing
// but what aborts.
namespace FuzzApplication {
void ensure(int *argc, char ***argv);
} // namespace FuzzApplication
