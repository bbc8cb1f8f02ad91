#!/usr/bin/env python3
"""History benchmark (issue 13): nothing on the poll, start-up, meter list or dashboard paths may
cost more with more history. Runs bench_usagechart and startup_bench.py (one simulator meter) on a
year and on ten years of 30 s readings and prints their figures side by side: the chart's slider
moves, the summary queries, the window's first paint, `meter list` and `poll --once`. Writes
both runs' JSON into one file; never fails on a figure.

    history_bench.py BENCH_USAGECHART KILOWATCH KILOWATCH_CLI [--json FILE] [--days 365,3650]
"""
import json
import os
import subprocess
import sys
import tempfile


def run_json(command, json_path, env=None):
    subprocess.run(command + ["--json", json_path], check=True, env=env, stdout=subprocess.DEVNULL)
    with open(json_path) as f:
        return json.load(f)


def main():
    args = sys.argv[1:]
    chart, app, cli = args[0], args[1], args[2]
    json_path = args[args.index("--json") + 1] if "--json" in args else None
    day_counts = [int(d) for d in (args[args.index("--days") + 1] if "--days" in args else "365,3650").split(",")]
    here = os.path.dirname(os.path.abspath(__file__))
    work = tempfile.mkdtemp(prefix="kilowatch-history-")
    env = dict(os.environ, QT_LOGGING_RULES="kilowatch.*.info=false")

    results = {}
    for days in day_counts:
        print(f"{days} days: the usage chart ...", flush=True)
        usage = run_json([chart, "--days", str(days)], os.path.join(work, f"chart-{days}.json"),
                         dict(env, QT_QPA_PLATFORM="offscreen"))
        print(f"{days} days: start-up, meter list, poll --once ...", flush=True)
        startup = run_json([sys.executable, os.path.join(here, "startup_bench.py"), app, cli, "--days", str(days),
                            "--meters", "1", "--runs", "5"], os.path.join(work, f"startup-{days}.json"), env)
        results[days] = {"usage_chart": usage, "startup": startup}

    rows = []
    first = results[day_counts[0]]
    for i, slider in enumerate(first["usage_chart"]["interval_slider"]):
        rows.append((f"slider {slider['interval_h']} h / {slider['group_min']} min, median ms",
                     lambda r, i=i: r["usage_chart"]["interval_slider"][i]["median_ms"]))
    for i, other in enumerate(first["usage_chart"]["other_interactions"]):
        rows.append((f"{other['interaction']}, median ms",
                     lambda r, i=i: r["usage_chart"]["other_interactions"][i]["median_ms"]))
    for i, summary in enumerate(first["usage_chart"]["summary_queries"]):
        rows.append((f"summary query, every {summary['period']}, median ms",
                     lambda r, i=i: r["usage_chart"]["summary_queries"][i]["median_ms"]))
    rows += [
        ("readings", lambda r: r["usage_chart"]["readings"]),
        ("start-up to first paint, median ms", lambda r: r["startup"]["first_paint_ms"]["median"]),
        ("start-up peak RSS, MB", lambda r: r["startup"]["peak_rss_mb"]["median"]),
        ("kilowatch-cli poll --once, median ms", lambda r: r["startup"]["poll_once_ms"]["median"]),
        ("kilowatch-cli meter list, median ms", lambda r: r["startup"]["meter_list_ms"]["median"]),
    ]
    width = max(len(name) for name, _ in rows)
    print()
    print("figure".ljust(width) + "".join(f"{str(d) + ' days':>14}" for d in day_counts))
    for name, value in rows:
        cells = []
        for days in day_counts:
            v = value(results[days])
            cells.append(f"{v:>14.2f}" if isinstance(v, float) else f"{v:>14}")
        print(name.ljust(width) + "".join(cells))
    print(f"\nLoad average at the end: {open('/proc/loadavg').read().split()[:3]} ({os.cpu_count()} CPUs)")
    if json_path:
        with open(json_path, "w") as f:
            json.dump({str(d): results[d] for d in day_counts}, f, indent=2)


if __name__ == "__main__":
    main()
