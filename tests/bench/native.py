"""Command-line benchmark: the same RFM customer table from a generated orders file, made by
the segmenter's command line, by polars and by DuckDB running the segmenter's SQL, side by
side; then how many customers each puts in the segment the command line gives.

    native.py SEGMENTER_BINARY ORDERS.csv...      (RUNS=n runs each, the median shown)

Each run is its own process, started cold, as a person would run it: wall time from start
to the customer table written, and the process's peak memory.
"""
import csv
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = sys.executable


def run(command):
    """Wall seconds and peak resident bytes of one run of `command`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{' '.join(command)} failed:\n{process.stderr.read().decode()}")
    return seconds, usage.ru_maxrss * 1024


def segments(path):
    """customer_id → segment, from a customer table."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        return {row["customer_id"]: row["segment"] for row in csv.DictReader(f)}


def measure(programs, runs):
    """(name, median seconds, highest peak) per program, the runs taken in turns so a slow
    spell of a shared machine falls on every program alike."""
    results = {name: [] for name, _ in programs}
    for _ in range(runs):
        for name, command in programs:
            results[name].append(run(command))
    return [(name, statistics.median(r[0] for r in rs), max(r[1] for r in rs)) for name, rs in results.items()]


def main():
    binary, files = sys.argv[1], sys.argv[2:]
    runs = int(os.environ.get("RUNS", "3"))
    cores = os.cpu_count()
    print(f"{cores} cores, median of {runs} runs each\n")
    print("| File | Rows | Program | Time | Peak memory | Same segment as the command line |")
    print("| --- | ---: | --- | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as work:
        for source in files:
            rows = sum(1 for _ in open(source, "rb")) - 1
            ours, theirs, duck = (os.path.join(work, n) for n in ("cli.csv", "polars.csv", "duckdb.csv"))
            query = os.path.join(work, "query.sql")
            with open(query, "w") as f:
                subprocess.run([binary, "sql", source, "--dialect", "duckdb"], stdout=f, check=True)
            # The same 18-column table as polars and DuckDB write: without the prediction's
            # columns, which they do not compute (the full command is timed beside them).
            programs = [
                ("segmenter (this engine)", [binary, "segment", source, "--no-predict", "-o", ours]),
                ("segmenter with the prediction", [binary, "segment", source, "-o", os.devnull]),
                ("polars", [PYTHON, os.path.join(HERE, "rfm_polars.py"), source, theirs]),
                ("DuckDB, the segmenter's SQL",
                 [PYTHON, os.path.join(HERE, "rfm_duckdb.py"), source, query, duck]),
            ]
            measured = measure(programs, runs)
            expected = segments(ours)
            # The run with the prediction writes nowhere: its table has more columns.
            for (name, seconds, peak), output in zip(measured, (ours, None, theirs, duck)):
                if output is None:
                    same = "—"
                else:
                    got = segments(output)
                    matching = sum(1 for c, s in expected.items() if got.get(c) == s)
                    same = f"{matching:,} of {len(expected):,}"
                print(f"| {os.path.basename(source)} | {rows:,} | {name} | {seconds:.2f} s "
                      f"| {peak / 1e6:,.0f} MB | {same} |")


if __name__ == "__main__":
    main()
