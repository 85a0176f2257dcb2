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
* `detectable`: the smallest detectable uplift in purchase rate for group sizes and a
  baseline rate, two-sided 5% level, 80% power, Cohen's h
  (`NormalIndPower().solve_power(effect_size=None, ...)`, then
  p1 = sin(asin(sqrt(p0)) + h/2)^2). statsmodels' solver stops early (its power can be off
  by 1e-4, so h by about as much), so the script also solves statsmodels' own power
  function with `scipy.optimize.brentq` to full precision. The test holds the engine's
  uplift to `uplift_statsmodels` within 1e-3 and to `uplift_exact` within 1e-9 (relative).
* `needed`: the holdout a segment needs for an expected uplift: the smallest holdout k
  whose `NormalIndPower().power(h, nobs1=k, ratio=(N-k)/k)` reaches 0.8, scanning k
  upwards (not the engine's bisection), then the engine's verdict minimums (at least 10
  customers a group, at least 10 buyers expected); "not reachable" past half the segment.

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
from statsmodels.stats.power import NormalIndPower
from statsmodels.stats.proportion import (
    confint_proportions_2indep,
    proportion_confint,
    proportion_effectsize,
)

HERE = Path(__file__).resolve().parent
ALPHA = 0.05
POWER = 0.80
# The engine's verdict minimums (`campaigns::power::MIN_GROUP`, `MIN_BUYERS`).
MIN_GROUP = 10
MIN_BUYERS = 10

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
    (200000, 20000, 0.12),
    (10, 10, 0.5),
    (50, 50, 0.0),
    (990, 10, 0.001),
    (4500, 500, 0.3),
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


def uplift_from_h(h, p0):
    angle = math.asin(math.sqrt(p0)) + h / 2
    return math.sin(angle) ** 2 - p0 if angle < math.pi / 2 else None


def detectable(n1, n2, p0):
    power = NormalIndPower()
    ratio = n2 / n1
    h_sm = float(power.solve_power(effect_size=None, nobs1=n1, alpha=ALPHA, power=POWER, ratio=ratio))
    h_exact = optimize.brentq(
        lambda h: power.power(h, n1, ALPHA, ratio=ratio) - POWER, 1e-9, 50.0, xtol=1e-15, rtol=1e-15
    )
    return {
        "sent": n1,
        "held_out": n2,
        "baseline": p0,
        "h_statsmodels": h_sm,
        "h_exact": float(h_exact),
        "uplift_statsmodels": uplift_from_h(h_sm, p0),
        "uplift_exact": uplift_from_h(h_exact, p0),
    }


def needed(segment, p0, uplift):
    out = {"segment": segment, "baseline": p0, "uplift": uplift}
    h = proportion_effectsize(p0 + uplift, p0)
    power = NormalIndPower()
    k = next(
        (k for k in range(1, segment // 2 + 1) if power.power(h, k, ALPHA, ratio=(segment - k) / k) >= POWER),
        None,
    )
    if k is not None:
        k = max(k, MIN_GROUP)
    if k is None or k > segment // 2 or segment * p0 + (segment - k) * uplift < MIN_BUYERS:
        out["held_out"] = None
        return out
    # The send list rounds halves away from zero (Rust's f64::round).
    percent = next(p for p in range(1, 51) if math.floor(segment * p / 100 + 0.5) >= k)
    out.update(held_out=k, share=k / segment, percent=percent)
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
        "detectable": [detectable(*c) for c in DETECTABLE],
        "needed": [needed(*c) for c in NEEDED],
    }
    with open(HERE / "cases.json", "w") as f:
        json.dump(cases, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
