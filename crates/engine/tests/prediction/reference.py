"""Reference values for the engine's prediction model, from Python `lifetimes`.

Writes the fixtures `cdnow.csv` (one row per customer: the model inputs and lifetimes'
predictions) and `cdnow_params.json` (the fitted parameters) beside this script, which
`crates/engine/tests/prediction.rs` checks the engine against, and `cdnow-orders.csv`,
the same purchases as a shop export (customer_id, order_date, amount; every purchase,
those after the calibration end included), which the test reads as the page reads a file
and predicts as of 1997-10-01.

Run it (from the repository root) with the versions it was made with:

    python3.11 -m venv /work/venv-lifetimes
    /work/venv-lifetimes/bin/pip install lifetimes==0.11.3 "pandas<2" "numpy<1.24" "scipy<1.11" autograd dill
    /work/venv-lifetimes/bin/python crates/engine/tests/prediction/reference.py

(lifetimes 0.11.3, pandas 1.5.3, numpy 1.23.5, scipy 1.10.1, autograd 1.9.1: lifetimes
0.11.3 no longer imports with pandas 2 or numpy 1.24.)

The data is the CDNOW 1/10th sample shipped in the lifetimes wheel
(`lifetimes/datasets/CDNOW_sample.txt`: customer id, customer index, date YYYYMMDD,
number of CDs, dollar value), summarised with `freq="D"` and the calibration period
ending 1997-09-30 (so the engine's reference date is 1997-10-01).

The published values (Fader, Hardie and Lee 2005; Hardie's note 025) are BG/NBD
r 0.243, alpha 4.414 per week, a 0.793, b 2.426 and Gamma-Gamma p 6.25, q 3.74,
v 15.44 on the same 2,357 customers (946 of them repeat buyers). lifetimes on days gives
the same to the published precision (r 0.2426, alpha 30.895 per day = 4.4136 per week,
a 0.7929, b 2.4259; p 6.2496, q 3.7442, v 15.4435): Hardie's summary also merges
purchases on the same day and counts days / 7 (the first customer has T = 38.86 weeks
= 272 days / 7), so the daily fit is the weekly one with alpha multiplied by 7. The engine is checked against what lifetimes gives here (all
digits), not against the rounded published figures.
"""

import json
import math
from pathlib import Path

import pandas as pd
from lifetimes import BetaGeoFitter, GammaGammaFitter
from lifetimes.datasets import load_dataset
from lifetimes.utils import summary_data_from_transaction_data

HERE = Path(__file__).resolve().parent
CALIBRATION_END = "1997-09-30"
HORIZON_DAYS = 365
DISCOUNT_MONTHLY = 0.01

transactions = load_dataset(
    "CDNOW_sample.txt",
    header=None,
    delim_whitespace=True,
    names=["customer_id", "customer_index", "date", "cds", "amount"],
    converters={"date": lambda d: pd.to_datetime(d, format="%Y%m%d")},
)
summary = summary_data_from_transaction_data(
    transactions,
    "customer_id",
    "date",
    monetary_value_col="amount",
    observation_period_end=CALIBRATION_END,
    freq="D",
)

bgf = BetaGeoFitter()
bgf.fit(summary["frequency"], summary["recency"], summary["T"])

returning = summary[(summary["frequency"] > 0) & (summary["monetary_value"] > 0)]
ggf = GammaGammaFitter()
ggf.fit(returning["frequency"], returning["monetary_value"])

f, r, t = summary["frequency"], summary["recency"], summary["T"]
summary["p_alive"] = bgf.conditional_probability_alive(f, r, t)
summary["expected_purchases"] = bgf.conditional_expected_number_of_purchases_up_to_time(
    HORIZON_DAYS, f, r, t
)
summary["expected_order_value"] = ggf.conditional_expected_average_profit(
    f, summary["monetary_value"]
)
summary["clv"] = ggf.customer_lifetime_value(
    bgf,
    f,
    r,
    t,
    summary["monetary_value"],
    time=round(HORIZON_DAYS / 30),
    discount_rate=DISCOUNT_MONTHLY,
    freq="D",
)

summary.to_csv(HERE / "cdnow.csv", float_format="%.12g")
transactions.assign(order_date=transactions["date"].dt.strftime("%Y-%m-%d"))[
    ["customer_id", "order_date", "amount"]
].to_csv(HERE / "cdnow-orders.csv", index=False, float_format="%.2f")

params = {
    "source": "lifetimes 0.11.3 on lifetimes/datasets/CDNOW_sample.txt, freq='D', "
    "calibration end " + CALIBRATION_END,
    "customers": len(summary),
    "repeat_customers_with_spend": len(returning),
    "horizon_days": HORIZON_DAYS,
    "discount_monthly": DISCOUNT_MONTHLY,
    "bg_nbd": {k: float(v) for k, v in bgf.params_.items()},
    "gamma_gamma": {k: float(v) for k, v in ggf.params_.items()},
}
(HERE / "cdnow_params.json").write_text(json.dumps(params, indent=2) + "\n")

print(json.dumps(params, indent=2))
print("alpha per week:", params["bg_nbd"]["alpha"] / 7)
assert all(math.isfinite(v) for v in summary.select_dtypes("number").to_numpy().ravel())
