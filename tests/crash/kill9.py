#!/usr/bin/env python3
"""Kill -9 at random moments, then check that nothing committed was lost.

usage: kill9.py KILOWATCH_CLI CRASH_DERIVED_CHECK [WORKDIR]

Alternates SIGKILL of `kilowatch-cli poll --for` (json meters polling a local HTTP server every
second) and of `kilowatch-cli import` of a large CSV (made with `simulate` and `export`), each
at a random moment. After every kill:
  integrity  PRAGMA integrity_check is "ok"
  committed  every reading seen after an earlier step is still there, unchanged, and every
             reading the killed poll reported as stored is in the file
  import     the killed import's meter has all of the file's rows or none
  derived    rollups, recharges and sessions agree with a rebuild (crash_derived_check)
  restart    `meter list` and `poll --once` succeed
KILOWATCH_CRASH_KILLS (default 50) kills of each kind; KILOWATCH_CRASH_SEED fixes the moments.
"""
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CLI, DERIVED = sys.argv[1], sys.argv[2]
WORK = sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp(prefix="kilowatch-kill9-")
os.makedirs(WORK, exist_ok=True)
DB = os.path.join(WORK, "kill9.sqlite")
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(DB + suffix):
        os.remove(DB + suffix)
KILLS = int(os.environ.get("KILOWATCH_CRASH_KILLS", "50"))
SEED = int(os.environ.get("KILOWATCH_CRASH_SEED", str(int(time.time()))))
POLL_METERS = 4
IMPORT_DAYS = 20
rng = random.Random(SEED)
ENV = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", QT_LOGGING_RULES="kilowatch.*.info=false")
STARTED = time.time()


def fail(message):
    print(f"kill9: FAIL (seed {SEED}): {message}", flush=True)
    sys.exit(1)


def cli(*args, check=True):
    done = subprocess.run([CLI, "--database", DB, *args], capture_output=True, text=True, env=ENV,
                          timeout=120)
    if check and done.returncode != 0:
        fail(f"kilowatch-cli {' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
    return done


class MeterServer(BaseHTTPRequestHandler):
    """A meter per path: the balance falls and the grid counter rises with the clock."""

    def do_GET(self):
        now = time.time()
        elapsed = now - STARTED
        body = json.dumps({"balance": round(5000 - elapsed * 0.01, 3),
                           "grid": round(100 + elapsed * 0.001, 3),
                           "t": int(now)}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), MeterServer)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}"

# Set up: polled meters, and a large CSV from a simulated history.
poll_names = [f"poll{i}" for i in range(POLL_METERS)]
for name in poll_names:
    cli("meter", "add", "--name", name, "--provider", "json", "--url", f"{base}/{name}",
        "--balance-path", "balance", "--grid-kwh-path", "grid", "--time-path", "t", "--time-format", "epoch",
        "--currency", "INR", "--interval", "1")
cli("meter", "add", "--name", "source", "--provider", "simulator", "--timezone", "Asia/Kolkata")
cli("simulate", "--meter", "source", "--days", str(IMPORT_DAYS), "--seed", "7")
csv_path = os.path.join(WORK, "readings.csv")
cli("export", "--meter", "source", "--what", "readings", "--out", csv_path)
cli("meter", "remove", "source")
with open(csv_path, encoding="utf-8") as f:
    csv_rows = sum(1 for _ in f) - 1
# One import left alone: how long it takes, and that it stores every row.
cli("meter", "add", "--name", "imp-whole", "--provider", "manual", "--timezone", "Asia/Kolkata",
    "--interval", "30")
t0 = time.monotonic()
cli("import", "--meter", "imp-whole", "--what", "readings", "--in", csv_path)
import_seconds = time.monotonic() - t0
cli("meter", "remove", "imp-whole")


def readings():
    con = sqlite3.connect(DB, timeout=30)
    try:
        rows = con.execute("SELECT meter_id, t, balance_milli, grid_wh FROM readings").fetchall()
    finally:
        con.close()
    return set(rows)


def meter_id(name):
    con = sqlite3.connect(DB, timeout=30)
    try:
        row = con.execute("SELECT id FROM meters WHERE name = ?", (name,)).fetchone()
    finally:
        con.close()
    return row[0] if row else None


def integrity():
    con = sqlite3.connect(DB, timeout=30)
    try:
        result = con.execute("PRAGMA integrity_check").fetchall()
    finally:
        con.close()
    if result != [("ok",)]:
        fail(f"integrity_check: {result[:5]}")


counts = {"kills_poll": 0, "kills_import": 0, "integrity_ok": 0, "committed_kept": 0,
          "readings_checked": 0, "reported_stored": 0, "imports_whole": 0, "imports_none": 0,
          "derived_ok": 0, "restarts_ok": 0, "polls_ended_before_kill": 0}
committed = readings()
poll_ids = {meter_id(n): n for n in poll_names}


def check_after(kind, imported_meter=None, reported=None):
    global committed
    integrity()
    counts["integrity_ok"] += 1
    now = readings()
    lost = committed - now
    if lost:
        fail(f"after a {kind} kill {len(lost)} committed readings are gone or changed, e.g. {sorted(lost)[:3]}")
    counts["committed_kept"] += 1
    counts["readings_checked"] += len(committed)
    if reported:
        for name, n in reported.items():
            mid = next(i for i, v in poll_ids.items() if v == name)
            new = sum(1 for r in now - committed if r[0] == mid)
            if new < n:
                fail(f"poll reported {n} readings stored for {name}, the file has {new} new ones")
            counts["reported_stored"] += n
    derived_meters = list(poll_names)
    if imported_meter is not None:
        mid = meter_id(imported_meter)
        stored = sum(1 for r in now if r[0] == mid)
        if stored == csv_rows:
            counts["imports_whole"] += 1
        elif stored == 0:
            counts["imports_none"] += 1
        else:
            fail(f"partial import: {stored} of {csv_rows} rows in {imported_meter}")
        derived_meters.append(imported_meter)
    done = subprocess.run([DERIVED, DB, *derived_meters], capture_output=True, text=True, env=ENV, timeout=120)
    if done.returncode != 0:
        fail(f"derived data after a {kind} kill: {done.stderr.strip()}")
    counts["derived_ok"] += 1
    # The next start: a read, a poll of every meter, and (imports) removing the meter again.
    cli("meter", "list")
    cli("poll", "--once")
    if imported_meter is not None:
        cli("meter", "remove", imported_meter)
    counts["restarts_ok"] += 1
    committed = readings()


for round_no in range(KILLS):
    # poll --for, killed after up to 2 s (first fetches come within 1 s, then every second).
    log_path = os.path.join(WORK, "poll.out")
    with open(log_path, "w") as out:
        proc = subprocess.Popen([CLI, "--database", DB, "poll", "--for", "600"], stdout=out,
                                stderr=subprocess.DEVNULL, env=ENV)
        time.sleep(rng.uniform(0.05, 2.0))
        if proc.poll() is not None:
            counts["polls_ended_before_kill"] += 1
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    counts["kills_poll"] += 1
    reported = {}
    with open(log_path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            # "<time>  <meter>  reading  <sentence>": written after the reading was committed.
            if len(parts) >= 3 and parts[2] == "reading":
                reported[parts[1]] = reported.get(parts[1], 0) + 1
    check_after("poll", reported=reported)

    # import of the large CSV into a new meter, killed anywhere from start-up to just after the end.
    name = f"imp{round_no}"
    cli("meter", "add", "--name", name, "--provider", "manual", "--timezone", "Asia/Kolkata",
        "--interval", "30")
    proc = subprocess.Popen([CLI, "--database", DB, "import", "--meter", name, "--what", "readings",
                             "--in", csv_path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    time.sleep(rng.uniform(0.0, import_seconds * 1.15))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    counts["kills_import"] += 1
    check_after("import", imported_meter=name)

server.shutdown()
for leftover in (DB, DB + "-wal", DB + "-shm", csv_path, os.path.join(WORK, "poll.out")):
    if os.path.exists(leftover):
        os.remove(leftover)  # kept only when a check failed, to look at
summary = " ".join(f"{k}={v}" for k, v in counts.items())
print(f"kill9: PASS seed={SEED} csv_rows={csv_rows} import_s={import_seconds:.2f} "
      f"total_s={time.time() - STARTED:.0f} {summary}", flush=True)
