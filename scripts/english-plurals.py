#!/usr/bin/env python3
"""Fills translations/kilowatch_en.ts: English needs a catalogue only for plural forms.

Run after `cmake --build build --target update_translations_en`: every "%n thing(s)" source
gets the forms "%n thing" and "%n things"."""
import pathlib
import re

path = pathlib.Path(__file__).resolve().parent.parent / "translations" / "kilowatch_en.ts"
text = path.read_text(encoding="utf-8")


def fill(match):
    block = match.group(0)
    source = re.search(r"<source>(.*?)</source>", block, re.S).group(1)
    forms = (source.replace("(s)", ""), source.replace("(s)", "s"))
    translation = ("<translation>\n            <numerusform>%s</numerusform>\n"
                   "            <numerusform>%s</numerusform>\n        </translation>") % forms
    return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", translation, block, flags=re.S)


path.write_text(re.sub(r'<message numerus="yes">.*?</message>', fill, text, flags=re.S), encoding="utf-8")
