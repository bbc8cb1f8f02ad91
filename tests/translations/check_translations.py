#!/usr/bin/env python3
"""Fails when a translation catalogue is unfinished, has obsolete messages, or is out of date
with the sources; and when a translation drops a placeholder, a tag or an accelerator.

It runs lupdate exactly as the build's update_translations target does (same project
description: sources and include paths), but on copies of the .ts files, and compares."""
import argparse
import collections
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%(?:L?\d+|n|Ln)')
TAG = re.compile(r'</?[a-zA-Z][^>]*>')
ENTITY = re.compile(r'&(?:amp|lt|gt|quot|nbsp|#\d+);')


def accelerators(text):
    text = ENTITY.sub('', text.replace('&&', ''))
    return len(re.findall(r'&(?=\S)', text))


def placeholders(text, numerus):
    found = collections.Counter(p.replace('%L', '%') for p in PLACEHOLDER.findall(text))
    if numerus:
        found.pop('%n', None)
    return found


def check_messages(path, plural_only):
    """Problems inside one catalogue, message by message."""
    problems = []
    root = ET.parse(path).getroot()
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            source = message.findtext('source') or ''
            translation = message.find('translation')
            kind = translation.get('type') if translation is not None else 'missing'
            where = f'{os.path.basename(path)} [{name}] "{source[:70]}"'
            if kind in ('unfinished', 'missing'):
                problems.append(f'{where}: unfinished')
                continue
            if kind in ('obsolete', 'vanished'):
                problems.append(f'{where}: {kind} (the source no longer has it)')
                continue
            numerus = message.get('numerus') == 'yes'
            forms = [f.text or '' for f in translation.iter('numerusform')] if numerus else [translation.text or '']
            for form in forms:
                if not form.strip():
                    problems.append(f'{where}: an empty form')
                    continue
                if numerus and '%n' in source and not re.search(r'%L?n', form):
                    problems.append(f'{where}: a plural form without %n: "{form}"')
                if placeholders(source, numerus) != placeholders(form, numerus):
                    problems.append(f'{where}: placeholders differ in "{form}"')
                if sorted(TAG.findall(source)) != sorted(TAG.findall(form)):
                    problems.append(f'{where}: markup differs in "{form}"')
                if not plural_only and accelerators(source) != accelerators(form):
                    problems.append(f'{where}: keyboard accelerators differ in "{form}"')
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--lupdate', required=True)
    parser.add_argument('--project-generator', required=True, help="Qt's GenerateLUpdateProject.cmake")
    parser.add_argument('--project', required=True, help='the build\'s .lupdate/<target>_project.cmake')
    parser.add_argument('--plural-only', action='append', default=[], help='a .ts with plural forms only')
    args = parser.parse_args()

    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        project_json = os.path.join(scratch, 'project.json')
        subprocess.run(['cmake', f'-DIN_FILE={args.project}', f'-DOUT_FILE={project_json}', '-P',
                        args.project_generator], check=True)
        project = json.load(open(project_json, encoding='utf-8'))
        catalogues = [(ts, False) for ts in project['translations']] + [(ts, True) for ts in args.plural_only]
        for ts, plural_only in catalogues:
            copy = os.path.join(scratch, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            project['translations'] = [copy]
            one = os.path.join(scratch, 'one.json')
            json.dump(project, open(one, 'w', encoding='utf-8'))
            command = [args.lupdate, '-project', one, '-locations', 'none', '-silent']
            if plural_only:
                command.append('-pluralonly')
            run = subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                 text=True)
            # A tr() lupdate cannot place is a message no catalogue will ever have.
            problems += [line for line in run.stderr.splitlines() if 'without context' in line]
            # What lupdate would write now, without dropping anything: new messages come in as
            # unfinished, removed ones stay as vanished.
            problems += check_messages(copy, plural_only)
            before = open(ts, encoding='utf-8').read().splitlines()
            after = open(copy, encoding='utf-8').read().splitlines()
            if before != after:
                diff = list(difflib.unified_diff(before, after, ts, 'lupdate', n=0, lineterm=''))
                problems.append(f'{os.path.basename(ts)} is out of date with the sources '
                                f'(run the update_translations target):\n  ' + '\n  '.join(diff[:30]))
            counts = collections.Counter()
            for message in ET.parse(ts).getroot().iter('message'):
                counts['numerus' if message.get('numerus') == 'yes' else 'plain'] += 1
            print(f'{os.path.basename(ts)}: {counts["plain"]} messages, {counts["numerus"]} with plural forms')

    for problem in problems:
        print(problem)
    print(f'{len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
