"""Reference values for the engine's campaign statistics, from scipy and statsmodels.

Writes `cases.json` beside this script, which `crates/engine/tests/uplift.rs` checks the
engine (`campaigns::uplift` and `campaigns::power`) against:

* `wilson` and `newcombe`: Wilson score intervals for one purchase rate
  (`statsmodels.stats.proportion.proportion_confint(method="wilson")`) and Newcombe's hybrid
  score interval for the difference of two, sent minus held out
  (`confint_proportions_2indep(compare="diff", method="newcomb")`), 95%.
* `welch`: Welch's 95% interval for the difference of mean revenue per customer
  (`scipy.stats.ttest_ind(equal_var=False).confidence_interval(0.95)`), with each group's
  skewness (`scipy.stats.skew`, biased: g1) and the engine's caution rule n > 28 + 25 g1^2
  worked out here independently. The revenue values are drawn with a seeded generator:
  mostly zeros (customers who did not order), the rest log-normal amounts in cents.
* `detectable`: the smallest uplift in purchase rate the campaign's verdict reads as "made
  a difference" with 80% power, for group sizes and a baseline rate. The power is summed
  here by brute force over every pair of buyer counts (sent, held out) with scipy's
  binomial probabilities, a pair counting when statsmodels' Newcombe interval lies wholly
  above zero and the two groups have at least 10 buyers (the verdict's own rule), then
  solved for the sent group's rate with `scipy.optimize.brentq`. The engine instead finds,
  for each held-out count, the fewest sent buyers that make the verdict clear and sums
  binomial tails: the test holds its uplift to this one within 1e-9.
* `power`: that brute-force power itself for a few groups, rates and extremes.
* `needed`: the holdout a segment needs for an expected uplift, with the same brute-force
  power: every holdout tried, smallest first, for a segment of up to 1,001 customers (the
  power can peak below half the segment, and jumps with each customer); for a larger one,
  the first tenth of half the segment from the top that reaches it, then halving below it,
  as the engine does, and checked here that the holdout found reaches 80% and one fewer
  does not. The percentage is the smallest whose send list (rounded to the nearest
  customer) holds out at least that many and reaches 80% itself; "not reachable" when no
  holdout up to half the segment does. `power_at_held_out` and `power_one_fewer` are stored
  for the test's messages.

Run it (from the repository root); it was made with Python 3.11.7, numpy 2.4.6,
scipy 1.17.1 and statsmodels 0.15.0:

    python3 -m venv /work/venv-uplift
    /work/venv-uplift/bin/pip install scipy statsmodels numpy
    /work/venv-uplift/bin/python crates/engine/tests/uplift/reference.py
"""

import json
import math
import platform
from pathlib import Path

import numpy as np
import scipy
import statsmodels
from scipy import optimize, stats
from statsmodels.stats.proportion import (
    confint_proportions_2indep,
    proportion_confint,
)

HERE = Path(__file__).resolve().parent
ALPHA = 0.05
POWER = 0.80
# The engine's verdict minimums (`campaigns::power::MIN_GROUP`, `MIN_BUYERS`).
MIN_GROUP = 10
MIN_BUYERS = 10
# Segments of up to twice this many have every holdout tried (`campaigns::power::SCANNED`).
SCANNED = 500

WILSON = [(0, 1), (1, 1), (0, 3), (3, 3), (1, 1000), (5, 100), (100, 1000), (500, 1000), (7, 12)]

# (sent buyers, sent, held-out buyers, held out)
NEWCOMBE = [
    (108, 900, 0, 3),  # a holdout of 3 with no buyers
    (900, 1000, 0, 3),
    (0, 1000, 0, 3),
    (50, 50, 20, 20),  # everyone bought
    (1000, 1000, 0, 100),
    (1, 1000, 0, 100),  # 1 of 1,000
    (5, 1000, 1, 1000),
    (9, 10, 0, 10),
    (0, 10, 0, 10),
    (100, 1000, 5, 100),  # the unit test's first fixture: Wald said "clear", Newcombe not
    (200, 1000, 5, 100),
    (20, 920, 5, 100),
    (0, 100, 10, 100),
    (12345, 200000, 1100, 20000),  # large groups
    (250000, 1000000, 24000, 100000),
]

# (name, sent customers, sent share buying, held-out customers, held-out share buying)
WELCH = [
    ("small", 12, 0.5, 10, 0.3),
    ("thirty", 40, 0.4, 30, 0.3),
    ("unit-fixture-size", 900, 0.12, 100, 0.06),
    ("holdout-of-3", 1000, 0.1, 3, 0.67),
    ("large", 5000, 0.05, 500, 0.04),
    ("everyone-bought", 60, 1.0, 45, 1.0),
    ("no-held-out-buyer", 200, 0.2, 50, 0.0),
]

# (sent, held out, baseline)
DETECTABLE = [
    (900, 100, 0.05),
    (90, 10, 0.05),
    (9000, 1000, 0.02),
    (1000, 3, 0.9),  # no rate within 100% would show
    (1000, 3, 0.0),
    (20000, 2000, 0.12),
    (10, 10, 0.5),
    (50, 50, 0.0),
    (990, 10, 0.001),
    (4500, 500, 0.3),
]

# (sent, held out, baseline, rate of those sent)
POWERS = [
    (900, 100, 0.05, 0.05 + 0.0829),  # the old plan's "8.3 points": under 80%
    (60, 20, 0.1, 0.3),
    (45, 15, 0.0, 0.3),  # no held-out buyer ever: the sent group alone must reach 10
    (1000, 10, 0.5, 0.9),
    (9, 100, 0.1, 0.5),  # too few sent for any verdict
    (5000, 500, 0.3, 0.3),  # no uplift: the chance of a false "made a difference"
]

# (segment, baseline, expected uplift)
NEEDED = [
    (5000, 0.05, 0.03),
    (1000, 0.05, 0.03),
    (500, 0.05, 0.03),  # not reachable
    (1000, 0.5, 0.45),  # power needs only a few: the minimum of 10 applies
    (18, 0.5, 0.45),  # half is 9: not reachable
    (100000, 0.02, 0.005),
    (20000, 0.1, 0.02),
    (2000, 0.01, 0.02),
    (300, 0.0, 0.1),
    (40, 0.0, 0.3),  # reachable by power, but fewer than 10 buyers expected
    (7, 0.2, 0.5),
    (1001, 0.2, 0.1),
    (50, 0.1, 0.37),
    (208, 0.02, 0.10),  # power peaks below half the segment
    (160, 0.2, 0.2),
    (5000, 0.02, 0.02),
]


def wilson(buyers, customers):
    low, high = proportion_confint(buyers, customers, alpha=ALPHA, method="wilson")
    return {"buyers": buyers, "customers": customers, "low": float(low), "high": float(high)}


def newcombe(b1, n1, b2, n2):
    low, high = confint_proportions_2indep(b1, n1, b2, n2, compare="diff", method="newcomb", alpha=ALPHA)
    return {
        "sent_buyers": b1,
        "sent": n1,
        "held_out_buyers": b2,
        "held_out": n2,
        "difference": b1 / n1 - b2 / n2,
        "low": float(low),
        "high": float(high),
    }


def revenue(rng, customers, buying):
    buyers = int(round(customers * buying))
    values = np.zeros(customers)
    values[:buyers] = np.round(rng.lognormal(mean=3.8, sigma=0.9, size=buyers), 2)
    rng.shuffle(values)
    return values


def caution(values):
    g1 = float(stats.skew(values)) if np.var(values) > 0 else 0.0
    needed = math.floor(28 + 25 * g1 * g1) + 1
    return {"skewness": g1, "needed": needed, "rough": len(values) < needed}


def welch(rng, name, n1, q1, n2, q2):
    sent, held = revenue(rng, n1, q1), revenue(rng, n2, q2)
    result = stats.ttest_ind(sent, held, equal_var=False)
    ci = result.confidence_interval(0.95)
    return {
        "name": name,
        "sent": sent.tolist(),
        "held_out": held.tolist(),
        "difference": float(sent.mean() - held.mean()),
        "low": float(ci.low),
        "high": float(ci.high),
        "df": float(result.df),
        "sent_caution": caution(sent),
        "held_out_caution": caution(held),
    }


def likely(n, p):
    """The buyer counts of a group of n buying at rate p that carry any weight (1e-25)."""
    xs = np.arange(n + 1)
    if p in (0.0, 1.0):
        return xs
    weighty = xs[stats.binom.logpmf(xs, n, p) > math.log(1e-25)]
    return np.arange(max(weighty[0] - 1, 0), min(weighty[-1] + 1, n) + 1)


def clear(n1, n0, x1s, x0s):
    """Which (held-out count, sent count) pairs the verdict reads as "made a difference"."""
    low, _ = confint_proportions_2indep(
        x1s[None, :], n1, x0s[:, None], n0, compare="diff", method="newcomb", alpha=ALPHA
    )
    return (low > 0) & (x1s[None, :] + x0s[:, None] >= MIN_BUYERS)


def brute_power(n1, n0, p0, p1, x1s=None):
    """The chance of "made a difference", summed over every likely pair of counts."""
    if n1 < MIN_GROUP or n0 < MIN_GROUP:
        return 0.0
    x0s = likely(n0, p0)
    x1s = np.arange(n1 + 1) if x1s is None else x1s
    table = clear(n1, n0, x1s, x0s)
    return float(stats.binom.pmf(x0s, n0, p0) @ table @ stats.binom.pmf(x1s, n1, p1))


def detectable(n1, n2, p0):
    out = {"sent": n1, "held_out": n2, "baseline": p0, "uplift": None}
    if n1 < MIN_GROUP or n2 < MIN_GROUP:
        return out
    x0s, x1s = likely(n2, p0), np.arange(n1 + 1)
    table = clear(n1, n2, x1s, x0s).astype(float)
    weights = stats.binom.pmf(x0s, n2, p0) @ table

    def power(p1):
        return float(weights @ stats.binom.pmf(x1s, n1, p1))

    if power(1.0) < POWER:
        return out
    rate = optimize.brentq(lambda p1: power(p1) - POWER, p0, 1.0, xtol=1e-14, rtol=1e-14)
    out.update(uplift=rate - p0, power_at_uplift=power(rate))
    return out


def needed(segment, p0, uplift):
    out = {"segment": segment, "baseline": p0, "uplift": uplift, "held_out": None}
    target = p0 + uplift

    def power(k):
        n1 = segment - k
        return brute_power(n1, k, p0, target, likely(n1, target))

    most = segment // 2
    if most <= SCANNED:
        k = next((k for k in range(MIN_GROUP, most + 1) if power(k) >= POWER), None)
        if k is None:
            return out
        at, fewer = power(k), power(k - 1)
    else:
        top = next((max(most * t // 10, MIN_GROUP) for t in range(10, 0, -1) if power(max(most * t // 10, MIN_GROUP)) >= POWER), None)
        if top is None:
            return out
        low, high = MIN_GROUP - 1, top
        while high - low > 1:
            mid = low + (high - low) // 2
            if power(mid) >= POWER:
                high = mid
            else:
                low = mid
        k = high
        at, fewer = power(k), power(k - 1)
    assert at >= POWER > fewer, (segment, p0, uplift, k, at, fewer)
    # The send list rounds halves away from zero (Rust's f64::round).
    listed = lambda p: math.floor(segment * p / 100 + 0.5)
    percent = next(
        (p for p in range(1, 51) if listed(p) >= k and (listed(p) == k or power(listed(p)) >= POWER)),
        None,
    )
    if percent is None:
        return out
    out.update(held_out=k, share=k / segment, percent=percent, power_at_held_out=at, power_one_fewer=fewer)
    return out


def main():
    rng = np.random.default_rng(20261130)
    cases = {
        "made_with": {
            "python": platform.python_version(),
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "statsmodels": statsmodels.__version__,
        },
        "wilson": [wilson(*c) for c in WILSON],
        "newcombe": [newcombe(*c) for c in NEWCOMBE],
        "welch": [welch(rng, *c) for c in WELCH],
        "power": [
            {"sent": n1, "held_out": n0, "baseline": p0, "rate": p1, "power": brute_power(n1, n0, p0, p1)}
            for n1, n0, p0, p1 in POWERS
        ],
        "detectable": [detectable(*c) for c in DETECTABLE],
        "needed": [needed(*c) for c in NEEDED],
    }
    with open(HERE / "cases.json", "w") as f:
        json.dump(cases, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
