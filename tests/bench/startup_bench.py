#!/usr/bin/env python3
"""Start-up benchmark (issues 6, 9 and 13): a year (--days) of 30 s readings for each of 3
(--meters) simulator meters generated through kilowatch-cli into a fresh database, then the real
`kilowatch` started on it several times: time from process start to the window's first paint,
and peak RSS; and the two commands that must not cost more with more history, `kilowatch-cli
meter list` and `poll --once`, timed from process start to exit. Prints a table and JSON; never
fails on a figure.

    startup_bench.py KILOWATCH KILOWATCH_CLI [--json FILE] [--days N] [--meters N] [--runs N]
"""
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time


def main():
    args = sys.argv[1:]
    app, cli = args[0], args[1]
    json_path = args[args.index("--json") + 1] if "--json" in args else None
    days = int(args[args.index("--days") + 1]) if "--days" in args else 365
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 5
    meters = int(args[args.index("--meters") + 1]) if "--meters" in args else 3
    work = tempfile.mkdtemp(prefix="kilowatch-startup-")
    db = os.path.join(work, "bench.sqlite")
    env = dict(os.environ, QT_LOGGING_RULES="kilowatch.*.info=false",
               KILOWATCH_SETTINGS=os.path.join(work, "settings.ini"), HOME=work)

    generated = []
    for n in range(1, meters + 1):
        subprocess.run([cli, "--database", db, "meter", "add", "--name", f"meter {n}", "--provider", "simulator",
                        "--seed", str(n)], check=True, env=env, capture_output=True)
        out = subprocess.run([cli, "--database", db, "--json", "simulate", "--meter", f"meter {n}", "--days",
                              str(days)], check=True, env=env, capture_output=True, text=True).stdout
        generated.append(json.loads(out))
    readings = sum(g["inserted"] for g in generated)
    seconds = sum(g["seconds"] for g in generated)
    size = os.path.getsize(db)
    # Open on meter 1's dashboard (its 720-hour chart), not on the overview of cards.
    with open(env["KILOWATCH_SETTINGS"], "w") as settings:
        settings.write("[window]\nlast_meter_id=1\ninterval_hours=720\ngroup_minutes=60\n")

    def timed(arguments):
        start = time.monotonic()
        subprocess.run([cli, "--database", db] + arguments, check=True, env=env, capture_output=True)
        return (time.monotonic() - start) * 1000.0

    meter_list = [timed(["--json", "meter", "list"]) for _ in range(runs)]
    poll_once = [timed(["--json", "poll", "--once"]) for _ in range(runs)]

    first_paint, peak_rss = [], []
    for _ in range(runs):
        start = time.clock_gettime(time.CLOCK_MONOTONIC) * 1000.0
        proc = subprocess.Popen([app, "--database", db], env=dict(env, KILOWATCH_REPORT_STARTUP="1"),
                                stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        painted = None
        deadline = time.time() + 60
        while time.time() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            if line.startswith("kilowatch-startup "):
                painted = float(re.search(r"first_paint_monotonic_ms=(\d+)", line).group(1)) - start
                break
        time.sleep(3)  # settled: the chart and the cards drawn, polling started
        with open(f"/proc/{proc.pid}/status") as status:
            hwm = next(l for l in status if l.startswith("VmHWM:"))
        proc.terminate()
        proc.wait(timeout=30)
        if painted is not None:
            first_paint.append(painted)
            peak_rss.append(int(hwm.split()[1]) / 1024.0)

    result = {
        "benchmark": f"kilowatch start-up on {days} days of 30 s readings for {meters} meters",
        "meters": meters,
        "days": days,
        "readings": readings,
        "generation_readings_per_s": readings / seconds if seconds else None,
        "generation_seconds_per_meter_year": seconds / meters * 365.0 / days,
        "db_bytes_per_reading": size / readings,
        "first_paint_ms": {"median": statistics.median(first_paint), "max": max(first_paint),
                           "runs": first_paint, "target": 500},
        "peak_rss_mb": {"median": statistics.median(peak_rss), "max": max(peak_rss), "target": 150},
        "meter_list_ms": {"median": statistics.median(meter_list), "max": max(meter_list), "runs": meter_list},
        "poll_once_ms": {"median": statistics.median(poll_once), "max": max(poll_once), "runs": poll_once},
    }
    print(f"Start-up on {readings} readings ({meters} meters x {days} days), {runs} runs:")
    print(f"  generation        {result['generation_readings_per_s']:.0f} readings/s "
          f"({result['generation_seconds_per_meter_year']:.1f} s per meter-year; target < 10 s)")
    print(f"  database          {result['db_bytes_per_reading']:.1f} bytes per reading (target < 80)")
    print(f"  first paint       median {result['first_paint_ms']['median']:.0f} ms, "
          f"max {result['first_paint_ms']['max']:.0f} ms (target < 500 ms)")
    print(f"  peak RSS          median {result['peak_rss_mb']['median']:.1f} MB, "
          f"max {result['peak_rss_mb']['max']:.1f} MB (target < 150 MB)")
    print(f"  meter list        median {result['meter_list_ms']['median']:.0f} ms, "
          f"max {result['meter_list_ms']['max']:.0f} ms (process start to exit)")
    print(f"  poll --once       median {result['poll_once_ms']['median']:.0f} ms, "
          f"max {result['poll_once_ms']['max']:.0f} ms (process start to exit)")
    text = json.dumps(result, indent=2)
    print(text)
    if json_path:
        with open(json_path, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
