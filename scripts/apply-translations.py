#!/usr/bin/env python3
"""Fill unfinished messages of the bn/hi catalogues from JSON files.

Each JSON file is a list of entries:
  {"context": "RechargesPanel", "source": "Add recharge", "bn": "...", "hi": "..."}
For a plural message (one with %n) "bn" and "hi" may be a list of forms, or one string used
for every form. Run `cmake --build build --target update_translations` first so that the new
messages are in the catalogues; entries that match no unfinished message are reported.
"""
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


def apply(language, entries):
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
                missing.append(key)
                continue
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


entries = load(sys.argv[1:])
status = 0
for language in ("bn", "hi"):
    used, missing = apply(language, entries)
    for key in missing:
        print(f"{language}: no translation for {key}", file=sys.stderr)
        status = 1
    if language == "bn":
        for key in sorted(set(entries) - used):
            print(f"unused entry {key}", file=sys.stderr)
sys.exit(status)
