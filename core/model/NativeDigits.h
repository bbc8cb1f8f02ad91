#pragma once

#include <QLocale>
#include <QString>

// ASCII digits as the window's language writes them: Bengali "২০২৬-১২" for "2026-12"; English
// and Hindi keep Latin digits. For texts built from ISO pieces (period labels, UTC offsets) that
// QLocale does not format itself.
namespace NativeDigits {

QString of(const QString &ascii, const QLocale &language = QLocale());

} // namespace NativeDigits
