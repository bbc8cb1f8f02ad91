#!/usr/bin/env python3
"""Storage faults through the real kilowatch-cli: a full disk (ulimit -f), a read-only file and
a read-only folder, a database locked by another process (python3 holding BEGIN EXCLUSIVE), a
file with garbage over its header and one with garbage in the middle.

Each must give exit code 1 and one sentence on stderr per line that names the problem and what to
do (no raw SQLite message), leave every stored reading in place (the file untouched, or intact
with all of them), and once the fault is gone the same command must work.

usage: cli_storage_faults.py KILOWATCH_CLI
"""
import hashlib
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile

CLI = sys.argv[1]
WORK = tempfile.mkdtemp(prefix="kilowatch-faults-")
os.chmod(WORK, 0o755)
ENV = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", QT_LOGGING_RULES="kilowatch.*.info=false",
           HOME=WORK, XDG_CONFIG_HOME=os.path.join(WORK, "config"))
RAW = ("Unable to", "SQLITE_", "disk I/O error", "database is locked", "readonly database",
       "malformed", "file is not a database", "unable to open")
results = []


def fail(message):
    print(f"storage faults: FAIL: {message}", flush=True)
    sys.exit(1)


def run(db, *args, limit_kib=None, as_nobody=False, stdin=None):
    def limits():
        if limit_kib is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_kib * 1024, limit_kib * 1024))
    command = [CLI, "--database", db, *args]
    if as_nobody:
        command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
    return subprocess.run(command, capture_output=True, text=True, env=ENV, preexec_fn=limits, timeout=120,
                          input=stdin)


def ok(db, *args, **kw):
    done = run(db, *args, **kw)
    if done.returncode != 0:
        fail(f"{' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
    return done


def expect_sentence(name, done, *words):
    """Exit 1; every stderr line one sentence with the words, none of SQLite's raw text."""
    lines = [l for l in done.stderr.splitlines() if l.strip()]
    if done.returncode != 1:
        fail(f"{name}: exit code {done.returncode}, expected 1; stderr: {done.stderr.strip()}")
    if not lines:
        fail(f"{name}: nothing on stderr")
    for line in lines:
        if not line.startswith("kilowatch-cli: "):
            fail(f"{name}: a line that is not the command's sentence: {line}")
        for w in words:
            if w.lower() not in line.lower():
                fail(f"{name}: {line!r} does not say {w!r}")
        for raw in RAW:
            if raw in line:
                fail(f"{name}: raw SQLite text {raw!r} in {line!r}")
    if len(set(lines)) != 1:
        fail(f"{name}: more than one message: {lines}")
    results.append((name, lines[0][len("kilowatch-cli: "):]))


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def readings(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        if con.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            fail(f"{db} is not intact")
        return set(con.execute("SELECT meter_id, t, balance_milli, grid_wh FROM readings"))
    finally:
        con.close()


def copy(name, folder=None):
    where = os.path.join(WORK, folder) if folder else WORK
    os.makedirs(where, exist_ok=True)
    path = os.path.join(where, name)
    shutil.copyfile(BASE, path)
    return path


# The database every case starts from: a simulated meter with two days of readings, a manual
# meter, and a large CSV to import.
BASE = os.path.join(WORK, "base.sqlite")
ok(BASE, "meter", "add", "--name", "sim", "--provider", "simulator")
ok(BASE, "simulate", "--meter", "sim", "--days", "2")
ok(BASE, "meter", "add", "--name", "hand", "--provider", "manual", "--timezone", "Asia/Kolkata")
ok(BASE, "meter", "add", "--name", "big", "--provider", "simulator", "--seed", "9")
csv_path = os.path.join(WORK, "year.csv")
scratch = os.path.join(WORK, "scratch.sqlite")
ok(scratch, "meter", "add", "--name", "sim", "--provider", "simulator")
ok(scratch, "simulate", "--meter", "sim", "--days", "30")
ok(scratch, "export", "--meter", "sim", "--what", "readings", "--out", csv_path)
stored = readings(BASE)
base_size = os.path.getsize(BASE)

# Disk full: a file size limit just above the database, then a write far beyond it.
db = copy("full.sqlite")
limit = base_size // 1024 + 16
done = run(db, "import", "--meter", "hand", "--what", "readings", "--in", csv_path, limit_kib=limit)
expect_sentence("disk full: import", done, "disk", "free some space")
if not stored <= readings(db) or len(readings(db)) != len(stored):
    fail("disk full: the import changed the readings")
done = run(db, "simulate", "--meter", "big", "--days", "30", limit_kib=limit)
expect_sentence("disk full: simulate", done, "disk", "free some space")
if readings(db) != stored:
    fail("disk full: readings lost or half written")
ok(db, "import", "--meter", "hand", "--what", "readings", "--in", csv_path)  # space again: works
whole = readings(db)
if not stored < whole:
    fail("disk full: the import after the fault stored nothing")
# The limit hit at every stage of the import (rows, rollups, the commit): all rows or none.
outcomes = {"none": 0, "all": 0}
for extra_kib in (4, 16, 48, 128, 256, 512, 1024, 1536, 2048, 3072, 4096, 8192):
    db = copy("sweep.sqlite")
    done = run(db, "import", "--meter", "hand", "--what", "readings", "--in", csv_path,
               limit_kib=base_size // 1024 + extra_kib)
    now = readings(db)
    if now == stored and done.returncode == 1:
        expect_sentence(f"disk full: import with {extra_kib} KiB to spare", done, "disk", "free some space")
        outcomes["none"] += 1
    elif now == whole and done.returncode == 0:
        outcomes["all"] += 1
    else:
        fail(f"disk full with {extra_kib} KiB to spare: exit {done.returncode}, {len(now - stored)} of "
             f"{len(whole - stored)} rows stored: {done.stderr.strip()}")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
if not outcomes["none"] or not outcomes["all"]:
    fail(f"disk full: the sweep never hit one side: {outcomes}")
results = [r for r in results if "to spare" not in r[0]]
results.append(("disk full: import sweep", f"{outcomes['none']} limits stored nothing, {outcomes['all']} all"))

# Read-only file (0400) and read-only folder (0500). root writes anyway, so as nobody then.
root = os.geteuid() == 0
if root:
    shutil.copy(CLI, os.path.join(WORK, "kilowatch-cli"))
    CLI = os.path.join(WORK, "kilowatch-cli")
for case, folder_mode, file_mode in (("read-only file", 0o755, 0o400), ("read-only folder", 0o500, 0o600)):
    folder = "ro-file" if file_mode == 0o400 else "ro-folder"
    db = copy("ro.sqlite", folder)
    if root:
        for p in (os.path.dirname(db), db):
            os.chown(p, 65534, 65534)
    os.chmod(db, file_mode)
    os.chmod(os.path.dirname(db), folder_mode)
    before = digest(db)
    done = run(db, "reading", "add", "--meter", "hand", "--balance", "12.5", as_nobody=root)
    expect_sentence(f"{case}: reading add", done, "read-only", "permission")
    done = run(db, "poll", "--once", "--meter", "sim", as_nobody=root)
    expect_sentence(f"{case}: poll --once", done, "read-only", "permission")
    if digest(db) != before:
        fail(f"{case}: the file was changed")
    # The fault cleared as the message says: the folder, the file and the files beside it.
    os.chmod(os.path.dirname(db), 0o755)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.chmod(db + suffix, 0o600)
    ok(db, "reading", "add", "--meter", "hand", "--balance", "12.5", as_nobody=root)
    if not stored < readings(db):
        fail(f"{case}: after the fault the reading was not stored")

# Locked by another process: python3 holds an exclusive transaction until told to let go.
db = copy("locked.sqlite")
holder = subprocess.Popen([sys.executable, "-c",
                           "import sqlite3, sys\n"
                           "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                           "c.execute('BEGIN EXCLUSIVE')\n"
                           "print('holding', flush=True)\n"
                           "sys.stdin.readline()\n"
                           "c.execute('ROLLBACK')\n", db],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
if holder.stdout.readline().strip() != "holding":
    fail("locked: the holder did not get its lock")
done = run(db, "reading", "add", "--meter", "hand", "--balance", "12.5")
expect_sentence("locked: reading add", done, "locked by another program", "close the other program")
done = run(db, "poll", "--once", "--meter", "sim")
expect_sentence("locked: poll --once", done, "another program", "holding the database")
holder.stdin.write("\n")
holder.stdin.close()
holder.wait()
ok(db, "reading", "add", "--meter", "hand", "--balance", "12.5")
if not stored < readings(db):
    fail("locked: nothing stored after the lock was released")

# Damaged: garbage over the header; garbage over the middle half of the file.
for case, start, length in (("garbage over the header", 0, 100), ("garbage in the middle", base_size // 4,
                                                                  base_size // 2)):
    db = copy("damaged.sqlite")
    with open(db, "r+b") as f:
        f.seek(start)
        f.write(bytes((i * 151 + 17) % 256 for i in range(length)))
    before = digest(db)
    for args in (("meter", "list"), ("readings", "--meter", "sim"), ("poll", "--once", "--meter", "sim")):
        done = run(db, *args)
        expect_sentence(f"{case}: {args[0]}", done, "damaged", "backup")
    if digest(db) != before:
        fail(f"{case}: the damaged file was changed")
    for suffix in ("-wal", "-shm"):
        if os.path.exists(db + suffix) and os.path.getsize(db + suffix) > 32768:
            fail(f"{case}: something was written beside the damaged file")
    shutil.copyfile(BASE, db)  # restored from "a backup": works again
    for suffix in ("-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    ok(db, "meter", "list")

for name, sentence in results:
    print(f"{name}: {sentence}")
print(f"storage faults: PASS cases={len(results)}", flush=True)
shutil.rmtree(WORK, ignore_errors=True)
