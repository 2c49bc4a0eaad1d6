#!/usr/bin/python3
"""Placements of modulo, rendezvous, jump, alpha and md5, computed in Python from their
definitions (murmur3_ref.py, hashlib, the jump paper's loop in Python integers), independently
of the TypeScript, for placement_vectors_test.ts. (ketama has its own vectors, from pylibmc.)

Run from packages/sharding: /usr/bin/python3 testdata/gen_placement_vectors.py
"""
import hashlib
import json
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from murmur3_ref import murmur3_x86_32 as mm3


def utf8(key):
    return key.encode("utf-8")


def modulo(servers, key, seed):
    return servers[mm3(utf8(key), seed) % len(servers)]["name"]


def rendezvous(servers, key, seed):
    weighted = any(s["weight"] != 1 for s in servers)
    best, best_score = None, None
    for server in servers:
        h = mm3(utf8(key), mm3(utf8(server["name"]), seed))
        score = -server["weight"] / math.log((h + 0.5) / 2**32) if weighted else h
        if best_score is None or score > best_score:
            best, best_score = server["name"], score
    return best


def jump_paper(key, buckets):
    # Lamping & Veach (2014), figure 1.
    b, j = -1, 0
    while j < buckets:
        b = j
        key = (key * 2862933555777941757 + 1) % 2**64
        j = int((b + 1) * (float(1 << 31) / float((key >> 33) + 1)))
    return b


def jump(servers, key, seed):
    k = (mm3(utf8(key), seed) << 32) | mm3(utf8(key), (seed + 1) % 2**32)
    return servers[jump_paper(k, len(servers))]["name"]


def alpha(servers, key, seed):
    n = len(servers)
    first = ord(key[0])
    if first < ord("a"):
        return servers[0]["name"]
    if first > ord("z"):
        return servers[-1]["name"]
    letter = first - ord("a")
    index = max([k for k in range(n) if 26 * k // n <= letter])
    return servers[index]["name"]


def md5(servers, key, seed):
    return servers[hashlib.md5(utf8(key)).digest()[-1] % len(servers)]["name"]


def indexes(servers, names):
    """Placements as positions in the server list, to keep the file small."""
    position = {server["name"]: i for i, server in enumerate(servers)}
    return "".join(chr(48 + position[name]) for name in names)


ALGORITHMS = {"modulo": modulo, "rendezvous": rendezvous, "jump": jump, "alpha": alpha, "md5": md5}

rng = random.Random(17)
words = open("/usr/share/dict/words", encoding="utf-8").read().split()
keys = rng.sample(words, 200) + ["user:%d" % rng.randrange(10**9) for _ in range(100)]
keys += ["Zebra", "{brace}", "é", "中文", "😀", "x" * 100]

cases = []
for n in (1, 2, 3, 4, 5, 7, 10, 16, 33):
    servers = [{"name": "10.0.%d.%d:%d" % (i // 250, i % 250, 11211 + i), "weight": 1} for i in range(n)]
    for algorithm in ALGORITHMS:
        for seed in ((0,) if algorithm in ("alpha", "md5") else (0, 1, 0xFFFFFFFF)):
            cases.append({"algorithm": algorithm, "seed": seed, "servers": servers,
                          "placement": indexes(servers, [ALGORITHMS[algorithm](servers, k, seed) for k in keys])})
for weights in ([1, 2], [1, 2, 5], [3, 1, 1, 7, 2]):
    servers = [{"name": "w%d" % i, "weight": w} for i, w in enumerate(weights)]
    for seed in (0, 42):
        cases.append({"algorithm": "rendezvous", "seed": seed, "servers": servers,
                      "placement": indexes(servers, [rendezvous(servers, k, seed) for k in keys])})

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "placement_vectors.json")
with open(out, "w") as f:
    json.dump({"keys": keys, "cases": cases}, f, ensure_ascii=True, separators=(",", ":"))
print(len(cases), "cases of", len(keys), "keys")
