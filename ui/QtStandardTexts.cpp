#include <QtGlobal>

// Qt ships no Bengali or Hindi catalogue of its own, so the standard dialog buttons Kilowatch
// uses are listed here for lupdate: their translations live in our catalogues, under the
// context Qt looks them up with (QPlatformTheme::defaultStandardButtonText).
namespace {

[[maybe_unused]] const char *const kStandardButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"), QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"), QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),  QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
};

} // namespace
