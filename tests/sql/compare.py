#!/usr/bin/env python3
"""Every customer gets the engine's segment from the SQL of every scheme, on real SQL engines.

    compare.py SEGMENTER_BINARY FILE... [--engines duckdb,bigquery,postgres,spark]
               [--variants rfm-5,tiers,...] [--golden DIR [--write-golden]]

For each FILE (an orders export, in any format the page reads): `segmenter clean` rewrites
it for a warehouse (plain CSV, types in a schema), the table is loaded into each engine,
and for each scheme variant below, `segmenter sql` prints the query, the engine runs it,
and every customer's segment is compared with `segmenter segment` on the original FILE
(the page's "Download all customers" CSV). Variants a file cannot use (no country column
for geography, say) are skipped, as the page greys them out.

Engines: duckdb, postgres (a throwaway cluster), spark (local[2], UI off) and bigquery,
which cannot run here: its query is parsed as BigQuery SQL by sqlglot and run in DuckDB.
With --golden, the BigQuery and PostgreSQL queries of a few schemes on the first FILE are
also compared with the files in that directory (written with --write-golden), so a change
to them shows in review.

Exits 1 on the first difference, printing the customer, both segments and the query.
"""
import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# (label, arguments shared by `segment` and `sql`)
VARIANTS = [
    ("rfm-5", ["--preset", "rfm"]),
    ("rfm-4", ["--preset", "rfm-4"]),
    ("rfm-3", ["--preset", "rfm-3"]),
    ("rfm-typed", ["--preset", "rfm", "--recency-cuts", "30,90,180,365",
                   "--frequency-cuts", "1,2,3,5", "--monetary-cuts", "50,100,250,500"]),
    ("rfm-4-typed", ["--preset", "rfm-4", "--recency-cuts", "60,180,365", "--monetary-cuts", "40,120,300"]),
    ("value-loyalty", ["--preset", "value-loyalty"]),
    ("tiers", ["--preset", "tiers"]),
    ("geo-country", ["--preset", "geo-country"]),
    ("geo-region", ["--preset", "geo-region"]),
    ("geo-postal", ["--preset", "geo-postal_code"]),
    ("age", ["--preset", "age"]),
    ("gender", ["--preset", "gender"]),
    ("weekday", ["--preset", "weekday"]),
    ("month", ["--preset", "month"]),
    ("time-of-day", ["--preset", "time-of-day"]),
    ("seasonal", ["--preset", "seasonal"]),
    ("breadth", ["--preset", "breadth"]),
    ("category", ["--preset", "category"]),
    ("discount", ["--preset", "discount"]),
    ("repeat", ["--preset", "repeat"]),
    ("rhythm", ["--preset", "rhythm"]),
    ("loyalty", ["--preset", "loyalty"]),
    ("future-value", ["--preset", "future-value"]),
    ("custom-and-or", ["--scheme", os.path.join(HERE, "custom-and-or.json")]),
    ("custom-places", ["--scheme", os.path.join(HERE, "custom-places.json")]),
    ("custom-spend-in-period", ["--scheme", os.path.join(HERE, "custom-spend-in-period.json")]),
]

# The schemes whose BigQuery and PostgreSQL queries are kept as golden files.
GOLDEN = ["rfm-5", "rfm-typed", "tiers", "geo-postal", "weekday", "category", "custom-and-or"]

SQL_TYPES = {
    "duckdb": {"text": "VARCHAR", "number": "DOUBLE", "date": "DATE", "timestamp": "TIMESTAMP"},
    "postgres": {"text": "TEXT", "number": "DOUBLE PRECISION", "date": "DATE", "timestamp": "TIMESTAMP"},
}


def segmenter(binary, *args):
    run = subprocess.run([binary, *args], capture_output=True, text=True)
    return run.returncode, run.stdout, run.stderr


def unguarded(cell):
    """A CSV cell as it was before the formula guard of the page's exports."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@\t\r":
        return cell[1:]
    return cell


# Predicted figures, compared customer by customer as well as the segments they decide:
# the page's table rounds them, so to half its last digit (and a hair for the sum's order).
PREDICTED = ["p_alive", "expected_purchases", "expected_order_value", "predicted_value"]


def engine_segments(path):
    """The segment column's name, customer_id → segment, and customer_id → {predicted
    figure: value as written} from the page's customer table."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    column = next(i for i, h in enumerate(header) if h.startswith("segment"))
    figures = [(i, h) for i, h in enumerate(header) if h in PREDICTED]
    return (header[column], {unguarded(r[0]): unguarded(r[column]) for r in rows[1:]},
            {unguarded(r[0]): {h: r[i] for i, h in figures} for r in rows[1:]})


def figures_differ(engine, sql):
    """The first predicted figure where the SQL's value is not the page's, as written."""
    for name, written in engine.items():
        if name not in sql:
            continue
        value = sql[name]
        if written == "" or value is None:
            if (written == "") != (value is None):
                return name, written, value
            continue
        decimals = len(written.split(".")[1]) if "." in written else 0
        if abs(float(written) - float(value)) > 0.5 * 10 ** -decimals + 1e-9 * abs(float(value)):
            return name, written, value
    return None


class DuckDb:
    name = "duckdb"

    def __init__(self):
        import duckdb
        self.db = duckdb.connect()

    def load(self, clean, schema):
        casts = ", ".join(
            f'CAST(NULLIF("{c["name"]}", \'\') AS {SQL_TYPES["duckdb"][c["kind"]]}) AS "{c["name"]}"'
            if c["kind"] != "text" else f'"{c["name"]}"'
            for c in schema)
        self.db.execute("DROP TABLE IF EXISTS orders")
        self.db.execute(
            f"CREATE TABLE orders AS SELECT {casts} FROM read_csv(?, header = true, all_varchar = true, "
            f"quote = '\"', escape = '\"', delim = ',')", [clean])

    def run(self, sql):
        return self.db.execute(sql).fetchall(), [d[0] for d in self.db.description]


class BigQueryViaDuckDb(DuckDb):
    """BigQuery cannot run here: its query is parsed as BigQuery SQL by sqlglot, translated
    to DuckDB's dialect and run there, which checks both its syntax and its meaning. The
    one function DuckDB lacks, FORMAT's flag for grouped thousands, becomes DuckDB's own."""
    name = "bigquery"

    def __init__(self):
        super().__init__()
        self.db.execute("CREATE MACRO grouped_thousands(x) AS format('{:,}', x)")

    def run(self, sql):
        import sqlglot
        sql = sql.replace('FORMAT("%\'d", ', "grouped_thousands(")
        return super().run(sqlglot.transpile(sql, read="bigquery", write="duckdb")[0])


class Spark:
    name = "spark"

    def __init__(self):
        from pyspark.sql import SparkSession
        self.spark = (SparkSession.builder.master("local[2]").appName("segmenter-sql")
                      .config("spark.ui.enabled", "false")
                      .config("spark.ui.showConsoleProgress", "false")
                      .config("spark.driver.memory", "2g")
                      .config("spark.sql.shuffle.partitions", "2")
                      .config("spark.sql.session.timeZone", "UTC")
                      .getOrCreate())
        self.spark.sparkContext.setLogLevel("ERROR")

    def load(self, clean, schema):
        types = {"text": "STRING", "number": "DOUBLE", "date": "DATE", "timestamp": "TIMESTAMP"}
        frame = self.spark.read.csv(clean, header=True, quote='"', escape='"', multiLine=True)
        casts = ", ".join(
            f"CAST(NULLIF(`{c['name']}`, '') AS {types[c['kind']]}) AS `{c['name']}`"
            if c["kind"] != "text" else f"`{c['name']}`" for c in schema)
        frame.createOrReplaceTempView("orders_text")
        self.spark.sql(f"SELECT {casts} FROM orders_text").cache().createOrReplaceTempView("orders")

    def run(self, sql):
        frame = self.spark.sql(sql.strip().rstrip(";"))
        return [tuple(r) for r in frame.collect()], frame.columns


class Postgres:
    """A throwaway PostgreSQL cluster in a temporary directory, on a Unix socket only."""
    name = "postgres"

    def __init__(self):
        import shutil
        bindir = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True).stdout.strip()
        self.bin = lambda tool: os.path.join(bindir, tool) if bindir else shutil.which(tool)
        self.dir = tempfile.mkdtemp(prefix="segmenter-pg-")
        # PostgreSQL will not run as root: the cluster belongs to the postgres user then.
        self.as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_owner:
            shutil.chown(self.dir, "postgres")
        data = os.path.join(self.dir, "data")
        self.owner_run([self.bin("initdb"), "-D", data, "-A", "trust", "-U", "postgres", "--no-sync"])
        self.owner_run([self.bin("pg_ctl"), "-D", data, "-w", "-l", os.path.join(self.dir, "log"), "start",
                        "-o", f"-c listen_addresses='' -k {self.dir} -c fsync=off -c full_page_writes=off"])
        self.data = data

    def owner_run(self, command):
        run = subprocess.run(self.as_owner + command, capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"{' '.join(command)} failed: {run.stderr}")

    def psql(self, *args, stdin=None):
        run = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", self.dir, "-U", "postgres",
                              "-d", "postgres", *args], capture_output=True, text=True, input=stdin)
        if run.returncode != 0:
            raise RuntimeError(run.stderr)
        return run.stdout

    def load(self, clean, schema):
        columns = ", ".join(f'"{c["name"]}" TEXT' for c in schema)
        casts = ", ".join(
            f'CAST(NULLIF("{c["name"]}", \'\') AS {SQL_TYPES["postgres"][c["kind"]]}) AS "{c["name"]}"'
            if c["kind"] != "text" else f'"{c["name"]}"' for c in schema)
        self.psql("-c", "DROP TABLE IF EXISTS orders; DROP TABLE IF EXISTS orders_text;")
        self.psql("-c", f"CREATE TABLE orders_text ({columns})")
        self.psql("-c", "\\copy orders_text FROM STDIN WITH (FORMAT csv, HEADER true)", stdin=open(clean).read())
        self.psql("-c", f"CREATE TABLE orders AS SELECT {casts} FROM orders_text")

    def run(self, sql):
        out = self.psql("-c", f"COPY ({sql.strip().rstrip(';')}) TO STDOUT WITH (FORMAT csv, HEADER true)")
        rows = list(csv.reader(io.StringIO(out)))
        return [tuple(r) for r in rows[1:]], rows[0]

    def close(self):
        self.owner_run([self.bin("pg_ctl"), "-D", self.data, "-m", "immediate", "stop"])


def middle_day(clean, schema):
    """The middle day of the file's first date column: a reference date that cuts it in two."""
    column = next((c["name"] for c in schema if c["kind"] in ("date", "timestamp")), None)
    if column is None:
        return None
    with open(clean, encoding="utf-8", newline="") as f:
        days = sorted({r[column][:10] for r in csv.DictReader(f) if r[column]})
    # The middle of the distinct days: some orders before it, some on or after it.
    return days[len(days) // 2] if len(days) > 1 else None


def variants_of(clean, schema):
    """Every scheme, and four of them as the shop stood on the file's middle day."""
    day = middle_day(clean, schema)
    if day is None:
        return VARIANTS
    return VARIANTS + [
        ("rfm-as-of", ["--preset", "rfm", "--as-of", day]),
        ("custom-as-of", ["--scheme", os.path.join(HERE, "custom-and-or.json"), "--as-of", day]),
        ("custom-spend-as-of", ["--scheme", os.path.join(HERE, "custom-spend-in-period.json"),
                                "--as-of", day]),
        ("future-value-as-of", ["--preset", "future-value", "--as-of", day]),
    ]


def compare(binary, files, engines, golden, write_golden, only=None):
    checked = 0
    with tempfile.TemporaryDirectory() as tmp:
        for n, file in enumerate(files):
            clean, schema_path = os.path.join(tmp, f"clean{n}.csv"), os.path.join(tmp, f"schema{n}.json")
            rc, _, err = segmenter(binary, "clean", file, "-o", clean, "--schema", schema_path)
            if rc != 0:
                sys.exit(f"{file}: segmenter clean failed ({rc}): {err}")
            schema = json.load(open(schema_path))
            # The clean file has no currency marks: the query quotes the original's.
            rc, summary, err = segmenter(binary, "segment", file, "--json")
            currency = json.loads(summary)["currency"] if rc == 0 else ""
            for engine in engines:
                engine.load(clean, schema)
            for label, args in variants_of(clean, schema):
                if only and label not in only:
                    continue
                out = os.path.join(tmp, "out.csv")
                rc, _, err = segmenter(binary, "segment", file, *args, "-o", out)
                if rc == 1 and ("cannot be used with this file" in err or "which this file does not have" in err):
                    continue
                if rc != 0:
                    sys.exit(f"{file} {label}: segmenter segment failed ({rc}): {err}")
                column, expected, figures = engine_segments(out)
                for engine in engines:
                    rc, sql, err = segmenter(binary, "sql", clean, "--dialect", engine.name, "--currency", currency, *args)
                    # What the README lists as not compiled yet is skipped, not
                    # failed; so is a scheme whose column
                    # the clean file no longer shows as such (its only values were on rows
                    # the engine leaves out, e.g. a guest's country).
                    if rc == 2 and "cannot be written as SQL yet" in err:
                        break
                    if rc == 1 and "cannot be used with this file" in err:
                        break
                    if rc != 0:
                        sys.exit(f"{file} {label} {engine.name}: segmenter sql failed ({rc}): {err}")
                    rows, columns = engine.run(sql)
                    if columns[1] != column:
                        sys.exit(f"{file} {label} {engine.name}: segment column {columns[1]!r}, the page's {column!r}")
                    got = {str(r[0]): r[1] for r in rows}
                    if len(got) != len(rows):
                        print(sql, file=sys.stderr)
                        sys.exit(f"{file} {label} {engine.name}: {len(rows)} rows for {len(got)} customers: "
                                 f"a customer is in the result more than once")
                    if got != expected:
                        missing = sorted(set(expected) - set(got))[:5]
                        extra = sorted(set(got) - set(expected))[:5]
                        wrong = [(c, expected[c], got[c]) for c in sorted(expected) if c in got and got[c] != expected[c]][:10]
                        print(sql, file=sys.stderr)
                        sys.exit(f"{file} {label} {engine.name}: {len(expected)} customers in the engine, {len(got)} in SQL; "
                                 f"missing {missing}, extra {extra}, different (customer, engine, sql) {wrong}")
                    for customer, row in ((str(r[0]), dict(zip(columns, r))) for r in rows):
                        wrong = figures_differ(figures[customer], row)
                        if wrong:
                            sys.exit(f"{file} {label} {engine.name}: customer {customer}'s {wrong[0]} is {wrong[1]} "
                                     f"in the page, {wrong[2]} in SQL")
                    checked += len(expected)
                if golden and n == 0 and label in GOLDEN:
                    for dialect in ("bigquery", "postgres"):
                        rc, sql, err = segmenter(binary, "sql", clean, "--dialect", dialect, "--currency", currency, *args)
                        path = os.path.join(golden, f"{label}.{dialect}.sql")
                        if write_golden:
                            open(path, "w").write(sql)
                        elif not os.path.exists(path) or open(path).read() != sql:
                            sys.exit(f"{path}: the {dialect} query changed; if that is intended, run with --write-golden and review the diff")
            print(f"{os.path.basename(file)}: every customer of every scheme matches "
                  f"({', '.join(e.name for e in engines)})")
    print(f"{checked} customer segments compared")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--engines", default="duckdb")
    parser.add_argument("--golden")
    parser.add_argument("--write-golden", action="store_true")
    parser.add_argument("--variants", help="only these schemes, by label, comma-separated")
    a = parser.parse_args()
    kinds = {"duckdb": DuckDb, "bigquery": BigQueryViaDuckDb, "spark": Spark, "postgres": Postgres}
    engines = [kinds[e]() for e in a.engines.split(",") if e]
    try:
        only = set(a.variants.split(",")) if a.variants else None
        compare(a.binary, a.files, engines, a.golden, a.write_golden, only)
    finally:
        for engine in engines:
            if hasattr(engine, "close"):
                engine.close()


if __name__ == "__main__":
    main()
