#!/usr/bin/env python3
"""Writes small shops full of ties, where score cut points are hardest to get right.

    tricky.py DIR [--shops N] [--seed S]

Each shop has 1 to 40 customers whose orders fall on a handful of days, with amounts from
a handful of values (so many customers share a recency, a frequency or a spend), a few
refunds, a cancelled order, a guest checkout and orders of two lines in different
categories (the shop's habit: an order total repeated on each line, on the first line
only, or line totals), so favourite categories tie and share order totals. Fewer
distinct values than score points, exactly as many, and many more all occur across shops.
Some shops give their orders a time of day too, at the hours where the parts of the day
meet (05:59, 06:00, 11:59, 12:00, …), so favourite times of day tie and straddle borders:
in the order date, or in a separate time column written as shops write it (`17:30`,
`5:30 PM`, `05:30 p.m.`, `17:30:00Z`, `at 6:00`), with some cells empty or unreadable, where
the order date's own time counts. Some shops sell in several currencies, named in a
currency column (`EUR`, `USD`, `usd`, or nothing), of which one is counted.
"""
import argparse
import os
import random


def written_time(rng):
    """A time of day as a shop's separate time column writes it, near a border of the parts
    of the day; or nothing, or something that is no time."""
    hour, minute = rng.choice([(0, 0), (5, 59), (6, 0), (11, 59), (12, 0), (17, 30), (18, 0), (23, 59), (0, 30)])
    half = "PM" if hour >= 12 else "AM"
    twelve = hour % 12 or 12
    return rng.choice([
        f"{hour:02d}:{minute:02d}",
        f"{hour}:{minute:02d}:00",
        f"{twelve}:{minute:02d} {half}",
        f"{twelve}:{minute:02d}{half.lower()}",
        f"{twelve:02d}:{minute:02d} {half[0].lower()}.m.",
        f"{hour:02d}:{minute:02d}:00Z",
        f"{hour:02d}:{minute:02d}+02:00",
        f"at {hour}:{minute:02d}",
        f"2025-01-01 {hour:02d}:{minute:02d}",
        "",
        "soon",
        "25:00",
        "13:45 pm",
    ])


def shop(rng):
    customers = rng.randint(1, 40)
    days = [f"2025-0{rng.randint(1, 9)}-{rng.randint(10, 28)}" for _ in range(rng.randint(1, 6))]
    amounts = [rng.choice(["10.00", "20.00", "19.99", "0.10", "0.20", "0.30", "45.50", "100"])
               for _ in range(rng.randint(1, 4))]
    timed = rng.random() < 0.4
    separate = timed and rng.random() < 0.5
    currencies = rng.random() < 0.3
    habit = rng.choice(["repeated", "first line", "line totals"])
    categories = ["Toys", "Books", "books", "Garden", ""]
    rows = ["order_id,customer_id,order_date,amount,status,country,category"
            + (",order_time" if separate else "") + (",currency" if currencies else "")]
    order = 1000
    for c in range(customers):
        customer = f"C{c:03d}" if c == 0 or rng.random() > 0.05 else "guest"
        country = rng.choice(["DE", "FR", "US", "DE", ""])
        for _ in range(rng.choice([1, 1, 1, 2, 3, 5])):
            order += 1
            status = rng.choice(["paid"] * 12 + ["cancelled", "refunded", "pending"])
            amount = rng.choice(amounts)
            if rng.random() < 0.05:
                amount = "-" + amount
            day = rng.choice(days)
            if timed:
                day += " " + rng.choice(["00:00", "05:59", "06:00", "11:59", "12:00", "17:30", "18:00", "23:59"]) + ":00"
            category = rng.choice(categories)
            time = "," + written_time(rng) if separate else ""
            if currencies:
                time += "," + rng.choice(["EUR", "EUR", "EUR", "USD", "usd", ""])
            rows.append(f"{order},{customer},{day},{amount},{status},{country},{category}{time}")
            if rng.random() < 0.15:
                # A second line in another category, as the shop writes its amounts.
                second = {"repeated": amount, "first line": "", "line totals": rng.choice(amounts)}[habit]
                rows.append(f"{order},{customer},{day},{second},{status},{country},{rng.choice(categories)}{time}")
    return "\n".join(rows) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--shops", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    a = parser.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.dir, exist_ok=True)
    for n in range(a.shops):
        with open(os.path.join(a.dir, f"tricky-{n:03d}.csv"), "w") as f:
            f.write(shop(rng))


if __name__ == "__main__":
    main()
