"""Writes the SciPy reference values that BgNbdReferenceTest compares against.

Independent of the Java code: BG/NBD conditional expectation and P(alive) from Fader, Hardie and Lee (2005)
eqs. (10)-(11) with scipy.special.hyp2f1, 2F1 itself with mpmath at 30 digits, the BG/NBD log-likelihood of the
CDNOW sample at the published parameters, and the documented monthly discounted CLV.

Run from the repository root: python3 predict/src/test/python/bgnbd_reference.py
(SciPy 1.17.1, mpmath 1.3.0 produced the committed files.)
"""
import csv
import datetime as dt
import collections
import math
import pathlib

import mpmath
import numpy as np
from scipy.special import gammaln, hyp2f1

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources/io/marketpilot/predict/clv"
R, ALPHA, A, B = 0.243, 4.414, 0.793, 2.426
P, Q, GAMMA = 6.25, 3.74, 15.44
WEEKS_PER_MONTH = 365.25 / 12 / 7


def expected(t, x, tx, T):
    hyp = hyp2f1(R + x, B + x, A + B + x - 1, t / (ALPHA + T + t))
    num = (A + B + x - 1) / (A - 1) * (1 - ((ALPHA + T) / (ALPHA + T + t)) ** (R + x) * hyp)
    odds = A / (B + x - 1) * ((ALPHA + T) / (ALPHA + tx)) ** (R + x) if x > 0 else 0.0
    return num / (1 + odds)


def p_alive(x, tx, T):
    if x == 0:
        return 1.0
    return 1 / (1 + A / (B + x - 1) * ((ALPHA + T) / (ALPHA + tx)) ** (R + x))


def spend(x, m):
    return (GAMMA + m * x) * P / (P * x + Q - 1)


def clv(x, tx, T, m, months, d):
    total, prev = 0.0, 0.0
    for k in range(1, months + 1):
        cum = expected(k * WEEKS_PER_MONTH, x, tx, T)
        total += (cum - prev) / (1 + d) ** k
        prev = cum
    return spend(x, m) * total


with open(OUT / "bgnbd_reference.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["t", "x", "t_x", "T", "expected", "p_alive"])
    cases = [(39, 2, 30.43, 38.86), (39, 0, 0, 38.86), (39, 0, 0, 0), (1, 1, 5, 30), (52, 7, 35.5, 38),
             (52, 7, 5, 38), (78, 29, 38.5, 39), (104, 3, 20, 32.14), (10, 15, 2, 38), (260, 4, 10, 39)]
    for t, x, tx, T in cases:
        w.writerow([t, x, tx, T, repr(float(expected(t, x, tx, T))), repr(float(p_alive(x, tx, T)))])

with open(OUT / "hyp2f1_reference.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["a", "b", "c", "z", "value"])
    mpmath.mp.dps = 30
    for a, b, c, z in [(1, 1, 2, 0.5), (0.243, 2.426, 2.219, 0.3), (2.243, 4.426, 4.219, 0.9),
                       (30.243, 31.426, 31.219, 0.6), (0.5, 0.5, 1.5, 0.99), (1.3, 2.7, 0.4, 0.7), (3, 4, 5, 0)]:
        w.writerow([a, b, c, z, mpmath.nstr(mpmath.hyp2f1(a, b, c, z), 20)])

with open(OUT / "clv_reference.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["x", "t_x", "T", "m", "months", "monthly_discount", "expected_spend", "clv"])
    for x, tx, T, m, months, d in [(0, 0, 38.86, 0, 12, 0.01), (2, 30.43, 38.86, 25.5, 12, 0.01),
                                   (7, 35.5, 38, 40, 24, 0.02), (1, 2, 39, 10, 6, 0.0)]:
        w.writerow([x, tx, T, m, months, d, repr(spend(x, m)), repr(float(clv(x, tx, T, m, months, d)))])

# log-likelihood of the CDNOW sample at the published parameters
end = dt.date(1997, 9, 30)
days = collections.defaultdict(set)
with open(OUT / "cdnow_sample_orders.csv") as f:
    for row in csv.DictReader(f):
        d = dt.date.fromisoformat(row["order_date"])
        if d <= end:
            days[row["customer_id"]].add(d)
x = np.array([len(s) - 1 for s in days.values()], float)
tx = np.array([(max(s) - min(s)).days / 7 for s in days.values()])
T = np.array([(end - min(s)).days / 7 for s in days.values()])
a1 = gammaln(R + x) - gammaln(R) + R * math.log(ALPHA)
a2 = gammaln(A + B) + gammaln(B + x) - gammaln(B) - gammaln(A + B + x)
a3 = -(R + x) * np.log(ALPHA + T)
a4 = np.where(x > 0, np.log(A) - np.log(np.maximum(B + x - 1, 1e-300)) - (R + x) * np.log(ALPHA + tx), -np.inf)
print("cdnow sample LL at published parameters:", repr(float((a1 + a2 + np.logaddexp(a3, a4)).sum())))
