#!/usr/bin/env python3
"""Fill unfinished messages of the bn/hi catalogues from JSON files.

Each JSON file is a list of entries:
  {"context": "RechargesPanel", "source": "Add recharge", "bn": "...", "hi": "..."}
For a plural message (one with %n) "bn" and "hi" may be a list of forms, or one string used
for every form. Run `cmake --build build --target update_translations` first so that the new
messages are in the catalogues; entries that match no unfinished message are reported.

--carry-from REV: code moved to another class gets a new tr() context, and lupdate
(-no-obsolete) drops the old one's translations. With this option, an unfinished message
whose source text (and plural kind) had one translation in the catalogues at git revision
REV, in any context, gets that translation; JSON entries still take precedence.
"""
import subprocess
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(__file__).resolve().parent.parent


def load(files):
    entries = {}
    for f in files:
        for e in json.loads(Path(f).read_text(encoding="utf-8")):
            entries[(e["context"], e["source"])] = e
    return entries


def carried(language, rev):
    """Source text -> (numerus, translation element) from the catalogue at git revision rev."""
    if rev is None:
        return {}
    text = subprocess.run(["git", "-C", str(root), "show", f"{rev}:translations/kilowatch_{language}.ts"],
                          check=True, capture_output=True, text=True).stdout
    found = {}
    for msg in ET.fromstring(text).iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        found[(msg.findtext("source"), msg.get("numerus") == "yes")] = tr
    return found


def apply(language, entries, rev=None):
    old = carried(language, rev)
    path = root / "translations" / f"kilowatch_{language}.ts"
    text = path.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    used, missing = set(), []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            key = (name, msg.findtext("source"))
            e = entries.get(key)
            if e is None:
                previous = old.get((key[1], msg.get("numerus") == "yes"))
                if previous is None:
                    missing.append(key)
                    continue
                forms = [f.text for f in previous.findall("numerusform")]
                value = forms if forms else previous.text
            else:
                value = e[language]
            used.add(key)
            del tr.attrib["type"]
            if msg.get("numerus") == "yes":
                forms = tr.findall("numerusform") or [ET.SubElement(tr, "numerusform") for _ in range(2)]
                values = value if isinstance(value, list) else [value] * len(forms)
                for form, v in zip(forms, values):
                    form.text = v
            else:
                tr.text = value
    header = text[: text.index("<TS")]
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(header + body + "\n", encoding="utf-8")
    return used, missing


args = sys.argv[1:]
rev = None
if args[:1] == ["--carry-from"]:
    rev, args = args[1], args[2:]
entries = load(args)
status = 0
for language in ("bn", "hi"):
    used, missing = apply(language, entries, rev)
    for key in missing:
        print(f"{language}: no translation for {key}", file=sys.stderr)
        status = 1
    if language == "bn":
        for key in sorted(set(entries) - used):
            print(f"unused entry {key}", file=sys.stderr)
sys.exit(status)
