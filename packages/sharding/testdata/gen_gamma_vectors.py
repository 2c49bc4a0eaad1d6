#!/usr/bin/python3
"""Vectors for regularizedUpperGamma: Q(s, x) from closed forms, computed independently of the
series and continued fraction the TypeScript uses.

  Q(n, x)     = exp(-x) * sum_{k<n} x^k / k!                 (integer n)
  Q(1/2, x)   = erfc(sqrt(x))
  Q(s + 1, x) = Q(s, x) + x^s exp(-x) / Gamma(s + 1)         (half-integer s by recurrence)

Sums of positive terms, in 60-digit decimal arithmetic. Run from packages/sharding:
/usr/bin/python3 testdata/gen_gamma_vectors.py
"""
import json
import math
import os
from decimal import Decimal, getcontext

getcontext().prec = 60


def dexp(x):
    return Decimal(x).exp()


def q_integer(n, x):
    x = Decimal(x)
    term = Decimal(1)
    total = Decimal(1)
    for k in range(1, n):
        term = term * x / k
        total += term
    return (-x).exp() * total


def derfc(x):
    # erfc by its continued fraction / series in high precision: use the series of erf for
    # small x and the asymptotic-free continued fraction for large x.
    x = Decimal(x)
    if x < 3:
        # erf(x) = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1))
        pi = Decimal("3.14159265358979323846264338327950288419716939937510582097494")
        total = Decimal(0)
        term = x
        n = 0
        while True:
            add = term / (2 * n + 1)
            total += add
            if abs(add) < Decimal(10) ** -58:
                break
            n += 1
            term = -term * x * x / n
        return 1 - 2 / pi.sqrt() * total
    # Lentz continued fraction for erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...))))
    pi = Decimal("3.14159265358979323846264338327950288419716939937510582097494")
    f = x
    for k in range(400, 0, -1):
        f = x + Decimal(k) / 2 / f
    return (-(x * x)).exp() / pi.sqrt() / f


def q_half(m, x):
    """Q(m + 1/2, x) for integer m >= 0."""
    xd = Decimal(x)
    q = derfc(xd.sqrt())
    s = Decimal(1) / 2
    # Gamma(s + 1) for s = 1/2, 3/2, ...: Gamma(1/2) = sqrt(pi)
    pi = Decimal("3.14159265358979323846264338327950288419716939937510582097494")
    gamma = pi.sqrt()  # Gamma(1/2)
    for _ in range(m):
        gamma = gamma * s  # Gamma(s + 1) = s Gamma(s)
        q += (xd ** s) * (-xd).exp() / gamma if xd > 0 else 0
        s += 1
    return q


vectors = []
for n in [1, 2, 3, 4, 5, 7, 10, 15, 20, 31, 50, 99]:
    for x in [0.01, 0.1, 0.5, 1, 2, 3.5, 5, 7.8, 10, 15, 20, 30, 50, 75, 100, 150]:
        vectors.append([n, x, float(q_integer(n, x))])
for m in [0, 1, 2, 3, 5, 9, 20]:
    for x in [0.01, 0.1, 0.5, 1, 2, 3.5, 5, 10, 20, 40]:
        vectors.append([m + 0.5, x, float(q_half(m, x))])

# Sanity: the textbook chi-square critical values.
assert abs(float(q_half(1, 7.814727903251178 / 2)) - 0.05) < 1e-12
assert abs(float(q_integer(5, 18.307038053275146 / 2)) - 0.05) < 1e-12

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gamma_vectors.json")
with open(out, "w") as f:
    json.dump(vectors, f)
print(len(vectors), "vectors")
