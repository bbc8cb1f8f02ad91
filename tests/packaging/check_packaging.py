#!/usr/bin/env python3
"""Checks of what the Kilowatch packages install (ctest -L packaging).

  check_packaging.py desktop FILE            desktop-file-validate passes
  check_packaging.py metainfo FILE VERSION   appstreamcli validate passes; the newest release is VERSION
  check_packaging.py icons DIR               the .ico and .icns hold the sizes they claim
  check_packaging.py manpage PAGE CLI        the man page's COMMANDS are exactly `CLI --help`'s
  check_packaging.py install BUILD_DIR       `cmake --install` gives the tree the packages hold

A missing validator tool makes the check skip (exit code 77) rather than pass.
"""
import gzip
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SKIP = 77
APP_ID = "io.kilowatch.Kilowatch"
ICON_SIZES = [16, 22, 24, 32, 48, 64, 128, 256, 512]


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def need(tool, package):
    path = shutil.which(tool)
    if not path:
        print(f"SKIP: {tool} is not installed (Debian package {package})")
        sys.exit(SKIP)
    return path


def run(command):
    result = subprocess.run(command, capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    if output:
        print(output)
    return result.returncode, output


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        fail("not a PNG image")
    return struct.unpack(">II", data[16:24])


def check_desktop(path):
    tool = need("desktop-file-validate", "desktop-file-utils")
    code, output = run([tool, path])
    if code != 0 or output:
        fail(f"desktop-file-validate {path}")
    entries = dict(line.split("=", 1) for line in open(path, encoding="utf-8") if "=" in line)
    if entries.get("Icon", "").strip() != APP_ID:
        fail("the desktop file's Icon is not " + APP_ID)
    if os.path.basename(path) != APP_ID + ".desktop":
        fail("the desktop file is not named after the application id")


def check_metainfo(path, version):
    tool = need("appstreamcli", "appstream")
    # --no-net: the CI has no network; --pedantic shows the small things too (they do not fail).
    code, _ = run([tool, "validate", "--no-net", "--pedantic", path])
    if code != 0:
        fail(f"appstreamcli validate {path}")
    root = ET.parse(path).getroot()
    if root.findtext("id") != APP_ID:
        fail("the component id is not " + APP_ID)
    if root.findtext("launchable") != APP_ID + ".desktop":
        fail("the launchable is not the desktop file")
    releases = root.findall("releases/release")
    if not releases or releases[0].get("version") != version:
        fail(f"the newest release in {path} is not {version}: add a <release> for it")
    dates = [r.get("date") for r in releases]
    if dates != sorted(dates, reverse=True):
        fail("releases are not listed newest first")
    images = root.findall("screenshots/screenshot/image")
    if not images or not all(i.text.startswith("https://") for i in images):
        fail("every screenshot needs an https URL")
    binaries = {b.text for b in root.findall("provides/binary")}
    if binaries != {"kilowatch", "kilowatch-cli"}:
        fail(f"provides lists {binaries}")


def check_icons(folder):
    ico = open(os.path.join(folder, "kilowatch.ico"), "rb").read()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    if reserved != 0 or kind != 1 or count < 5:
        fail("kilowatch.ico has a bad header")
    sizes = []
    for i in range(count):
        w, h, _, _, planes, bits, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i:22 + 16 * i])
        w, h = w or 256, h or 256
        if png_size(ico[offset:offset + length]) != (w, h) or bits != 32:
            fail(f"kilowatch.ico entry {i} does not match its directory")
        sizes.append(w)
    if 16 not in sizes or 256 not in sizes:
        fail(f"kilowatch.ico lacks 16 or 256 px: {sizes}")

    icns = open(os.path.join(folder, "kilowatch.icns"), "rb").read()
    if icns[:4] != b"icns" or struct.unpack(">I", icns[4:8])[0] != len(icns):
        fail("kilowatch.icns has a bad header")
    expected = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512,
                b"ic10": 1024, b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512}
    seen, at = set(), 8
    while at < len(icns):
        kind, length = icns[at:at + 4], struct.unpack(">I", icns[at + 4:at + 8])[0]
        if kind not in expected or png_size(icns[at + 8:at + length]) != (expected[kind],) * 2:
            fail(f"kilowatch.icns entry {kind} is wrong")
        seen.add(kind)
        at += length
    if seen != set(expected):
        fail(f"kilowatch.icns lacks {set(expected) - seen}")


def strip_troff(text):
    text = re.sub(r"\\f[BIRP]", "", text)
    return text.replace("\\-", "-").replace("\\(en", "-")


def check_manpage(page, cli):
    source = open(page, encoding="utf-8").read()
    section = source.split(".SH COMMANDS", 1)[1].split("\n.SH ", 1)[0]
    documented = set()
    lines = section.split("\n")
    for i, line in enumerate(lines):
        if line == ".TP" and i + 1 < len(lines):
            match = re.match(r"\\fB([a-z ]+)\\fR", lines[i + 1])
            if not match:
                fail(f"a COMMANDS item does not start with a bold command name: {lines[i + 1]}")
            documented.add(match.group(1).strip())
    help_text = subprocess.run([cli, "--help"], capture_output=True, text=True, check=True).stdout
    commands = set()
    in_commands = False
    for line in help_text.split("\n"):
        if line.startswith("Commands:"):
            in_commands = True
        elif in_commands and re.match(r"^  \S", line):
            words = []
            for token in line.split():
                if not re.fullmatch(r"[a-z]+", token):
                    break
                words.append(token)
            commands.add(" ".join(words))
        elif in_commands and line and not line.startswith(" "):
            in_commands = False
    if not commands:
        fail("no commands found in kilowatch-cli --help")
    if documented != commands:
        fail(f"{os.path.basename(page)} and kilowatch-cli --help differ: only in the man page "
             f"{sorted(documented - commands)}, only in --help {sorted(commands - documented)}")
    print(f"{len(commands)} commands documented")


def check_install(build_dir):
    prefix = tempfile.mkdtemp(prefix="kilowatch-install-")
    try:
        code, _ = run(["cmake", "--install", build_dir, "--prefix", prefix])
        if code != 0:
            fail("cmake --install failed")
        expected = [
            "bin/kilowatch", "bin/kilowatch-cli",
            f"share/applications/{APP_ID}.desktop",
            f"share/metainfo/{APP_ID}.metainfo.xml",
            f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
            "share/man/man1/kilowatch.1.gz", "share/man/man1/kilowatch-cli.1.gz",
            "share/doc/kilowatch/copyright",
        ] + [f"share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in ICON_SIZES]
        for relative in expected:
            if not os.path.isfile(os.path.join(prefix, relative)):
                fail(f"{relative} is not installed")
        for size in ICON_SIZES:
            data = open(os.path.join(prefix, f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"), "rb").read()
            if png_size(data) != (size, size):
                fail(f"the {size}x{size} icon is {png_size(data)}")
        for binary in ("kilowatch", "kilowatch-cli"):
            if not os.access(os.path.join(prefix, "bin", binary), os.X_OK):
                fail(f"bin/{binary} is not executable")
        man = shutil.which("man")
        for page in ("kilowatch.1.gz", "kilowatch-cli.1.gz"):
            path = os.path.join(prefix, "share/man/man1", page)
            with gzip.open(path) as f:
                if not f.read().startswith(b".\\\""):
                    fail(f"{page} is not a man page")
            if man:
                env = dict(os.environ, MANWIDTH="80", LC_ALL="C.UTF-8")
                result = subprocess.run([man, "--warnings", "-l", path], capture_output=True, text=True, env=env)
                if result.returncode != 0 or result.stderr.strip():
                    fail(f"man {page}: {result.stderr.strip()}")
        unexpected = []
        for folder, _, files in os.walk(prefix):
            for name in files:
                relative = os.path.relpath(os.path.join(folder, name), prefix)
                if relative not in expected and not relative.startswith("share/icons/hicolor/"):
                    unexpected.append(relative)
        if unexpected:
            fail(f"unexpected files in the install tree: {unexpected}")
        print(f"{len(expected)} files installed as expected")
    finally:
        shutil.rmtree(prefix, ignore_errors=True)


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    command, args = argv[1], argv[2:]
    if command == "desktop":
        for path in args:
            check_desktop(path)
    elif command == "metainfo":
        check_metainfo(*args)
    elif command == "icons":
        check_icons(*args)
    elif command == "manpage":
        check_manpage(*args)
    elif command == "install":
        check_install(*args)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    print(f"{command}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
