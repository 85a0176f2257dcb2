#!/usr/bin/env python3
"""Packs sample-shop.csv into sample-shop.bin (beside this script), the form the app embeds.

The sample shop (gen_orders.py 4000 --seed 7) is 390 KB of CSV, 70 KB gzipped: a fifth of
the worker's WebAssembly. Stored column by column, with each customer's details once and
the orders as small integers, it gzips to about 32 KB; crates/engine/src/reading/sample.rs unpacks it to
the same bytes (a native test checks it). Run after changing the CSV:

    python3 crates/engine/assets/pack_sample.py

Layout (integers are LEB128 varints):
    "SEGS1" header-line "\n"
    customers: n, then for each of 7 columns (customer_id, country, region, postal_code,
               customer_age, customer_gender, email) n texts ending in "\n"
    categories: k, then k texts ending in "\n"
    orders: m, first order id, first date (days since 1970-01-01), then 5 columns of m
            varints: customer index, days since the previous order, amount in cents,
            quantity, category index
"""
import csv
import datetime
import pathlib

HERE = pathlib.Path(__file__).parent
CUSTOMER_COLUMNS = [1, 6, 7, 8, 9, 10, 11]


def varint(n):
    out = bytearray()
    while True:
        low, n = n & 0x7F, n >> 7
        out.append(low | (0x80 if n else 0))
        if not n:
            return bytes(out)


def main():
    text = (HERE / "sample-shop.csv").read_text(encoding="utf-8")
    header, *rows = list(csv.reader(text.splitlines()))
    customers, index = [], {}
    for r in rows:
        if r[1] not in index:
            index[r[1]] = len(customers)
            customers.append(r)
        assert [r[i] for i in CUSTOMER_COLUMNS] == [customers[index[r[1]]][i] for i in CUSTOMER_COLUMNS]
    categories = sorted({r[5] for r in rows})
    out = bytearray(b"SEGS1" + ",".join(header).encode() + b"\n")
    out += varint(len(customers))
    for i in CUSTOMER_COLUMNS:
        out += "".join(c[i] + "\n" for c in customers).encode()
    out += varint(len(categories)) + "".join(c + "\n" for c in categories).encode()
    epoch = datetime.date(1970, 1, 1)
    first = datetime.date.fromisoformat(rows[0][2])
    assert [int(r[0]) for r in rows] == list(range(int(rows[0][0]), int(rows[0][0]) + len(rows)))
    out += varint(len(rows)) + varint(int(rows[0][0])) + varint((first - epoch).days)
    columns = [bytearray() for _ in range(5)]
    previous = first
    for r in rows:
        day = datetime.date.fromisoformat(r[2])
        cents = round(float(r[3]) * 100)
        assert f"{cents // 100}.{cents % 100:02d}" == r[3] and day >= previous
        columns[0] += varint(index[r[1]])
        columns[1] += varint((day - previous).days)
        columns[2] += varint(cents)
        columns[3] += varint(int(r[4]))
        columns[4] += varint(categories.index(r[5]))
        previous = day
    for c in columns:
        out += c
    (HERE / "sample-shop.bin").write_bytes(bytes(out))
    print(f"crates/engine/assets/sample-shop.bin: {len(out)} bytes")


if __name__ == "__main__":
    main()
