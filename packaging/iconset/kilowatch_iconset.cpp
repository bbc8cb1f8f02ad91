// kilowatch_iconset: renders the application icon's SVG into the PNG sizes the Linux icon
// themes want, a Windows .ico and a macOS .icns, at build time. Qt's own SVG renderer draws
// them, the same one that draws the icon inside the app, so no extra tool is needed and the
// build downloads nothing.
//
//   kilowatch_iconset SVG --png-dir DIR --name NAME --sizes 16,22,... [--ico FILE] [--icns FILE]
//
// PNGs go to DIR/<N>x<N>/apps/NAME.png (the hicolor layout). .ico and .icns hold PNG-compressed
// images, which Windows Vista and later and macOS 10.7 and later read.
#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSaveFile>
#include <QStringList>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG");
    return png;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        std::fprintf(stderr, "kilowatch_iconset: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

void appendLE16(QByteArray &out, quint16 v)
{
    const quint16 le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&le), 2);
}

void appendLE32(QByteArray &out, quint32 v)
{
    const quint32 le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&le), 4);
}

void appendBE32(QByteArray &out, quint32 v)
{
    const quint32 be = qToBigEndian(v);
    out.append(reinterpret_cast<const char *>(&be), 4);
}

// ICONDIR, one ICONDIRENTRY per image, then the PNG images (sizes up to 256).
QByteArray icoFile(QSvgRenderer &svg)
{
    const QList<int> sizes{16, 24, 32, 48, 64, 128, 256};
    QList<QByteArray> images;
    for (int size : sizes)
        images.append(renderPng(svg, size));
    QByteArray out;
    appendLE16(out, 0);
    appendLE16(out, 1); // icon
    appendLE16(out, quint16(sizes.size()));
    quint32 offset = 6 + 16 * quint32(sizes.size());
    for (int i = 0; i < sizes.size(); ++i) {
        out.append(char(sizes[i] >= 256 ? 0 : sizes[i])); // 0 means 256
        out.append(char(sizes[i] >= 256 ? 0 : sizes[i]));
        out.append(char(0)); // no palette
        out.append(char(0));
        appendLE16(out, 1);  // colour planes
        appendLE16(out, 32); // bits per pixel
        appendLE32(out, quint32(images[i].size()));
        appendLE32(out, offset);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &png : images)
        out.append(png);
    return out;
}

// 'icns', total length, then (type, length, PNG) per size; types per Apple's icon family.
QByteArray icnsFile(QSvgRenderer &svg)
{
    const QList<QPair<QByteArray, int>> types{{"icp4", 16},  {"icp5", 32},  {"ic11", 32},  {"icp6", 64},
                                              {"ic12", 64},  {"ic07", 128}, {"ic08", 256}, {"ic13", 256},
                                              {"ic09", 512}, {"ic14", 512}, {"ic10", 1024}};
    QByteArray body;
    for (const auto &[type, size] : types) {
        const QByteArray png = renderPng(svg, size);
        body.append(type);
        appendBE32(body, quint32(8 + png.size()));
        body.append(png);
    }
    QByteArray out("icns");
    appendBE32(out, quint32(8 + body.size()));
    return out + body;
}

int usage()
{
    std::fprintf(stderr, "usage: kilowatch_iconset SVG --png-dir DIR --name NAME --sizes 16,22,... "
                         "[--ico FILE] [--icns FILE]\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (args.isEmpty())
        return usage();
    const QString svgPath = args.takeFirst();
    QString pngDir, name, ico, icns;
    QList<int> sizes;
    while (args.size() >= 2) {
        const QString option = args.takeFirst();
        const QString value = args.takeFirst();
        if (option == QLatin1String("--png-dir")) {
            pngDir = value;
        } else if (option == QLatin1String("--name")) {
            name = value;
        } else if (option == QLatin1String("--ico")) {
            ico = value;
        } else if (option == QLatin1String("--icns")) {
            icns = value;
        } else if (option == QLatin1String("--sizes")) {
            for (const QString &s : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const int size = s.toInt(&ok);
                if (!ok || size < 1 || size > 4096)
                    return usage();
                sizes.append(size);
            }
        } else {
            return usage();
        }
    }
    if (!args.isEmpty() || (!pngDir.isEmpty() && name.isEmpty()))
        return usage();

    QSvgRenderer svg(svgPath);
    if (!svg.isValid()) {
        std::fprintf(stderr, "kilowatch_iconset: %s is not an SVG Qt can draw\n", qPrintable(svgPath));
        return 1;
    }
    if (!pngDir.isEmpty()) {
        for (int size : sizes) {
            const QString path = QStringLiteral("%1/%2x%2/apps/%3.png").arg(pngDir).arg(size).arg(name);
            if (!writeFile(path, renderPng(svg, size)))
                return 1;
        }
    }
    if (!ico.isEmpty() && !writeFile(ico, icoFile(svg)))
        return 1;
    if (!icns.isEmpty() && !writeFile(icns, icnsFile(svg)))
        return 1;
    return 0;
}
