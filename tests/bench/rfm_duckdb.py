"""The segmenter's SQL for a scheme, run by DuckDB over an orders file, for the command-line
benchmark.

    rfm_duckdb.py ORDERS.csv QUERY.sql OUT.csv

QUERY.sql is what `segmenter sql ORDERS.csv --dialect duckdb` prints; DuckDB reads the CSV
with its own type detection (all its threads) and writes one row per customer.
"""
import sys

import duckdb


def main(source, query, out):
    db = duckdb.connect()
    db.execute(f"CREATE VIEW orders AS SELECT * FROM read_csv('{source}', types={{'postal_code': 'VARCHAR'}})")
    sql = open(query).read().strip().rstrip(";")
    db.execute(f"COPY ({sql}) TO '{out}' (HEADER, DELIMITER ',')")


if __name__ == "__main__":
    main(*sys.argv[1:4])
