"""The segmenter's RFM customer table computed with polars, for the command-line benchmark.

    rfm_polars.py ORDERS.csv OUT.csv

Reads the generated orders file with all of polars' threads and writes what
`segmenter segment ORDERS.csv -o OUT.csv` writes: one row per customer with the details of
their latest row, the RFM segment and the measures. Scores use the engine's rule (cut points
between distinct values, each where the running count comes nearest 20/40/60/80 %), so the
segments can be compared customer by customer.
"""
import sys
from datetime import timedelta

import numpy as np
import polars as pl

DETAILS = ["email", "country", "region", "postal_code", "customer_gender", "customer_age"]
GRID = [  # (segment, R from, R to, F from, F to), first match wins
    ("Champions", 5, 5, 4, 5),
    ("Loyal Customers", 3, 4, 4, 5),
    ("Potential Loyalist", 4, 5, 2, 3),
    ("New Customers", 5, 5, 1, 1),
    ("Promising", 4, 4, 1, 1),
    ("Need Attention", 3, 3, 3, 3),
    ("About To Sleep", 3, 3, 1, 2),
    ("Can't Lose Them", 1, 2, 5, 5),
    ("At Risk", 1, 2, 3, 4),
    ("Hibernating", 1, 2, 1, 2),
]


def cut_points(values, points=5):
    """The engine's cut points (segmentation/scores.rs, Cuts::quantiles)."""
    distinct, counts = np.unique(values, return_counts=True)
    at_or_below = np.cumsum(counts)
    n, cuts, first = len(values), [], 0
    if len(distinct) <= points:
        return list(distinct[:-1])
    for k in range(1, points):
        last = min(len(distinct) - (points - k + 1), len(distinct) - 2)
        if first > last:
            break
        target = k * n / points
        best = first + int(np.argmin(np.abs(at_or_below[first : last + 1] - target)))
        cuts.append(distinct[best])
        first = best + 1
    return cuts


def score(values, cuts):
    return 1 + np.searchsorted(np.asarray(cuts), values, side="left")


def main(source, out):
    rows = pl.read_csv(
        source,
        schema_overrides={"postal_code": pl.Utf8},
        try_parse_dates=True,
    ).with_row_index("row")
    orders = rows.group_by("order_id").agg(
        pl.col("customer_id").first(), pl.col("order_date").min(), pl.col("amount").sum()
    )
    reference = orders["order_date"].max() + timedelta(days=1)
    customers = orders.group_by("customer_id").agg(
        pl.col("order_date").min().alias("first_order"),
        pl.col("order_date").max().alias("last_order"),
        pl.len().alias("orders"),
        pl.col("amount").sum().alias("total_spent"),
    )
    # Each detail from the customer's latest row that has it (a later row wins a tie).
    latest = (
        rows.sort(["order_date", "row"])
        .group_by("customer_id")
        .agg([pl.col(c).drop_nulls().last() for c in DETAILS])
    )
    customers = customers.join(latest, on="customer_id").with_columns(
        (pl.lit(reference) - pl.col("last_order")).dt.total_days().alias("days_since_last_order"),
        (pl.col("total_spent") / pl.col("orders")).alias("average_order_value"),
        pl.when(pl.col("orders") > 1)
        .then((pl.col("last_order") - pl.col("first_order")).dt.total_days() / (pl.col("orders") - 1))
        .alias("average_days_between_orders"),
    )
    recency = customers["days_since_last_order"].to_numpy()
    frequency = customers["orders"].to_numpy()
    monetary = customers["total_spent"].to_numpy()
    r = 6 - score(recency, cut_points(recency))
    f = score(frequency, cut_points(frequency))
    m = score(monetary, cut_points(monetary))
    customers = customers.with_columns(
        pl.Series("r_score", r), pl.Series("f_score", f), pl.Series("m_score", m)
    )
    segment = pl.lit("No order in this file")
    for name, r_from, r_to, f_from, f_to in reversed(GRID):
        segment = (
            pl.when(pl.col("r_score").is_between(r_from, r_to) & pl.col("f_score").is_between(f_from, f_to))
            .then(pl.lit(name))
            .otherwise(segment)
        )
    customers.with_columns(segment.alias("segment")).select(
        "customer_id", *DETAILS[:-1], "segment", "days_since_last_order", "orders",
        pl.col("total_spent").round(2), pl.col("average_order_value").round(2),
        "first_order", "last_order", pl.col("average_days_between_orders").round(2),
        "r_score", "f_score", "m_score", "customer_age",
    ).write_csv(out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
