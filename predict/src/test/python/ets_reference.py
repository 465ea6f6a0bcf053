"""Writes the statsmodels reference values that EtsReferenceTest compares against.

Independent of the Java code: statsmodels' ETSModel (additive errors) run with fixed smoothing parameters and known
initial states on one seeded weekly series with trend and a 52-week season. For each form it records the in-sample
SSE, the point forecasts for 60 weeks (past one full season, so the seasonal term of the variance shows), and for the
additive forms the analytic interval half-width over z * sqrt(mse), which is sqrt(1 + sum c_j^2). For the
multiplicative season, whose intervals statsmodels simulates too, it records the simulated 80% and 95% bounds.

Run from the repository root: python3 predict/src/test/python/ets_reference.py
(statsmodels 0.15.0, pandas 3.0.6, NumPy 2.4.6, SciPy 1.17.1 produced the committed file.)
"""
import csv
import pathlib
import warnings

import numpy as np
import pandas as pd
from scipy.stats import norm
from statsmodels.tsa.exponential_smoothing.ets import ETSModel

warnings.simplefilter("ignore")
OUT = pathlib.Path(__file__).resolve().parents[1] / "resources/io/marketpilot/predict/forecast/ets_reference.csv"
N, M, H = 120, 52, 60
rng = np.random.default_rng(20240601)
t = np.arange(N)
Y = 500 + 2 * t + 80 * np.sin(2 * np.pi * t / M) + rng.normal(0, 20, N)
ADD_SEASON = 80 * np.sin(2 * np.pi * np.arange(M) / M)
MUL_SEASON = 1 + 0.16 * np.sin(2 * np.pi * np.arange(M) / M)

# name, trend, damped, seasonal, smoothing parameters in statsmodels order (alpha, beta, gamma, phi as present)
CASES = [
    ("ANN", None, False, None, [0.3]),
    ("AAN", "add", False, None, [0.4, 0.1]),
    ("AAdN", "add", True, None, [0.4, 0.1, 0.9]),
    ("ANA", None, False, "add", [0.2, 0.1]),
    ("AAA", "add", False, "add", [0.2, 0.02, 0.1]),
    ("AAdA", "add", True, "add", [0.2, 0.02, 0.1, 0.92]),
    ("AAM", "add", False, "mul", [0.2, 0.02, 0.05]),
]


def main():
    y = pd.Series(Y, index=pd.date_range("2020-01-06", periods=N, freq="W-MON"))
    rows = [("series", "y", i, v) for i, v in enumerate(Y)]
    for name, trend, damped, seasonal, params in CASES:
        known = {"initial_level": 498.0}
        if trend:
            known["initial_trend"] = 2.0
        if seasonal:
            known["initial_seasonal"] = list(ADD_SEASON if seasonal == "add" else MUL_SEASON)
        model = ETSModel(y, error="add", trend=trend, damped_trend=damped, seasonal=seasonal,
                         seasonal_periods=M if seasonal else None, initialization_method="known", **known)
        res = model.smooth(params)
        names = ["alpha", "beta", "gamma", "phi"]
        present = ["alpha"] + (["beta"] if trend else []) + (["gamma"] if seasonal else []) + (["phi"] if damped else [])
        for key, value in zip(present, params):
            rows.append((name, key, 0, value))
        rows.append((name, "level", 0, known["initial_level"]))
        rows.append((name, "trend", 0, known.get("initial_trend", 0.0)))
        for j, s in enumerate(known.get("initial_seasonal", [])):
            rows.append((name, "season", j, s))
        rows.append((name, "sse", 0, res.sse))
        rows.append((name, "mse", 0, res.mse))
        if seasonal == "mul":
            paths = np.asarray(res.simulate(H, anchor="end", repetitions=20000, rng=np.random.default_rng(7)))
            means = res.forecast(H)
            for h in range(H):
                rows.append((name, "mean", h, means.iloc[h]))
                for kind, q in (("lo95", 0.025), ("hi95", 0.975), ("lo80", 0.10), ("hi80", 0.90)):
                    rows.append((name, kind, h, np.quantile(paths[h], q)))
        else:
            frame = res.get_prediction(start=N, end=N + H - 1).summary_frame(alpha=0.05)
            scale = norm.ppf(0.975) * np.sqrt(res.mse)
            for h in range(H):
                rows.append((name, "mean", h, frame["mean"].iloc[h]))
                rows.append((name, "multiplier", h, (frame["pi_upper"].iloc[h] - frame["mean"].iloc[h]) / scale))
    with OUT.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case", "kind", "index", "value"])
        for case, kind, index, value in rows:
            w.writerow([case, kind, index, repr(float(value))])


if __name__ == "__main__":
    main()
