#!/usr/bin/python3
"""Vectors for formatPythonPrecision: [repr(x), precision, format(x, '.precision')].

Run from packages/sharding: /usr/bin/python3 testdata/gen_format_vectors.py
"""
import json
import math
import os
import random
import struct

rng = random.Random(20261203)
values = [0.0, -0.0, 1.0, -1.0, 10.0, 100.0, 12.0, 0.1, 0.125, 0.375, 0.5, 1.5, 2.5, 9.5, 0.95,
          99.5, 0.35, 0.2, 0.087, 5e-05, 1e-4, 1e-5, 1e16, 1e17, 1e22, 1e300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, math.pi, math.e, float("inf"), float("-inf"), float("nan")]
# The book's fractions: counts over word-list sizes.
for total in (104334, 99171, 235886, 7):
    for _ in range(60):
        values.append(rng.randrange(total + 1) / total)
# Exact ties in binary: k / 2^j and k / 1000-ish.
for _ in range(400):
    values.append(rng.randrange(1, 10**6) / 2 ** rng.randrange(1, 20))
    values.append(rng.randrange(1, 10**4) / 1000 * rng.choice([1, -1]))
# Random bit patterns across the whole range, and random magnitudes.
for _ in range(600):
    bits = rng.getrandbits(64)
    x = struct.unpack("<d", struct.pack("<Q", bits))[0]
    if math.isfinite(x):
        values.append(x)
    values.append(rng.uniform(-1, 1) * 10 ** rng.randrange(-30, 30))

vectors = []
for x in values:
    for p in sorted({0, 1, 2, 3, rng.randrange(0, 25), rng.randrange(0, 60)}):
        vectors.append([repr(x), p, format(x, ".%d" % p)])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "python_format_vectors.json")
with open(out, "w") as f:
    json.dump(vectors, f, separators=(",", ":"))
print(len(vectors), "vectors")
