#!/usr/bin/python3
"""Record where pylibmc (libmemcached, behaviors={"ketama_weighted": True}) puts keys.

pylibmc has no "which server holds this key" call, but libmemcached names the server it tried in
every connection error ("host: 127.0.0.2:11211 -> ..."). So each list below names loopback
addresses on which nothing listens: every set() fails at once, with the chosen server in the
message. Placement does not depend on liveness while auto_eject is off (the default).
(ketama_test.ts also checks live memcached processes, where keys really land.)

Run from packages/sharding: /usr/bin/python3 testdata/gen_ketama_vectors.py
"""
import json
import os
import random
import re
import socket

import pylibmc

SERVER_LISTS = [
    # The default port: libmemcached names these "127.0.0.2-0", not "127.0.0.2:11211-0".
    ["127.0.0.2:11211", "127.0.0.3:11211", "127.0.0.4:11211"],
    ["127.0.0.1:21201", "127.0.0.1:21202", "127.0.0.1:21203", "127.0.0.1:21204"],
    ["127.0.0.5:21201:1", "127.0.0.6:21202:2", "127.0.0.7:11211:5"],
    ["127.0.0.1:21211:3"],
    ["127.0.0.%d:%d:%d" % (10 + i, 21300 + i, w) for i, w in enumerate([1, 2, 3, 4, 5, 6, 7])],
    ["127.0.0.%d:%d:%d" % (20 + i, 21400 + i, w) for i, w in enumerate([100, 1, 1, 37, 12, 1, 1, 9, 2, 250])],
    ["127.0.0.30:11211", "127.0.0.31:21501", "127.0.0.32:11211:2", "127.0.0.33:21502:2", "127.0.0.34"],
]

HOST = re.compile(r"host: (\S+):(\d+) ->")


def nobody_listens(spec):
    host, _, rest = spec.partition(":")
    port = int(rest.split(":")[0]) if rest else 11211
    s = socket.socket()
    s.settimeout(1)
    try:
        return s.connect_ex((host, port)) != 0
    finally:
        s.close()


def where(client, key):
    try:
        client.set(key, "x")
    except pylibmc.Error as error:
        match = HOST.search(str(error))
        if match:
            return "%s:%s" % match.groups()
        raise
    raise RuntimeError("a server answered for %r; pick addresses nobody listens on" % key)


def main():
    rng = random.Random(8)
    words = [w for w in open("/usr/share/dict/words", encoding="utf-8").read().split()]
    keys = ["key%d" % i for i in range(100)]
    keys += rng.sample(words, 150)
    keys += ["user:%d:profile" % rng.randrange(10**6) for _ in range(40)]
    keys += ["caf\u00e9", "\u4e2d\u6587", "\U0001f600", "x" * 200, "", "a"]
    cases = []
    for servers in SERVER_LISTS:
        assert all(nobody_listens(s) for s in servers), servers
        client = pylibmc.Client(servers, behaviors={"ketama_weighted": True, "retry_timeout": 0})
        placement = {}
        for key in keys:
            if key == "":
                continue  # libmemcached rejects an empty key before choosing a server
            placement[key] = where(client, key)
        cases.append({"servers": servers, "placement": placement})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pylibmc_ketama_vectors.json")
    with open(out, "w") as f:
        json.dump({"pylibmc": pylibmc.__version__, "libmemcached": pylibmc.libmemcached_version,
                   "cases": cases}, f, ensure_ascii=True, indent=0)
    print(len(cases), "server lists,", sum(len(c["placement"]) for c in cases), "placements")


if __name__ == "__main__":
    main()
