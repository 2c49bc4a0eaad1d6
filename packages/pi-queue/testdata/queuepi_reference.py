#!/usr/bin/env python3
# The book's queuepi.py (Foundations of Python Network Programming, 3rd ed., chapter 8), with
# each role runnable on its own against endpoints given on the command line, so tests can swap
# any role for the TypeScript one. The role bodies are the book's, unchanged but for flush=True
# (stdout is a pipe in tests) and a "ready" line on stderr once the sockets are set up.
#
# usage: queuepi_reference.py ROLE [--pubsub URL] [--reqrep URL] [--pushpull URL] [--interval S]

import argparse, random, sys, threading, time, zmq

B = 32  # number of bits of precision in each random integer
INTERVAL = 0.01


def ready():
    print('ready', file=sys.stderr, flush=True)


def ones_and_zeros(digits):
    """Express `n` in at least `d` binary digits, with no special prefix."""
    return bin(random.getrandbits(digits)).lstrip('0b').zfill(digits)


def bitsource(zcontext, url):
    """Produce random points in the unit square."""
    zsock = zcontext.socket(zmq.PUB)
    zsock.bind(url)
    ready()
    while True:
        zsock.send_string(ones_and_zeros(B * 2))
        time.sleep(INTERVAL)


def always_yes(zcontext, in_url, out_url):
    """Coordinates in the lower-left quadrant are inside the unit circle."""
    isock = zcontext.socket(zmq.SUB)
    isock.connect(in_url)
    isock.setsockopt(zmq.SUBSCRIBE, b'00')
    osock = zcontext.socket(zmq.PUSH)
    osock.connect(out_url)
    ready()
    while True:
        isock.recv_string()
        osock.send_string('Y')


def judge(zcontext, in_url, pythagoras_url, out_url):
    """Determine whether each input coordinate is inside the unit circle."""
    isock = zcontext.socket(zmq.SUB)
    isock.connect(in_url)
    for prefix in b'01', b'10', b'11':
        isock.setsockopt(zmq.SUBSCRIBE, prefix)
    psock = zcontext.socket(zmq.REQ)
    psock.connect(pythagoras_url)
    osock = zcontext.socket(zmq.PUSH)
    osock.connect(out_url)
    unit = 2 ** (B * 2)
    ready()
    while True:
        bits = isock.recv_string()
        n, m = int(bits[::2], 2), int(bits[1::2], 2)
        psock.send_json((n, m))
        sumsquares = psock.recv_json()
        osock.send_string('Y' if sumsquares < unit else 'N')


def pythagoras(zcontext, url):
    """Return the sum-of-squares of number sequences."""
    zsock = zcontext.socket(zmq.REP)
    zsock.bind(url)
    ready()
    while True:
        numbers = zsock.recv_json()
        zsock.send_json(sum(n * n for n in numbers))


def tally(zcontext, url):
    """Tally how many points fall within the unit circle, and print pi."""
    zsock = zcontext.socket(zmq.PULL)
    zsock.bind(url)
    ready()
    p = q = 0
    while True:
        decision = zsock.recv_string()
        q += 1
        if decision == 'Y':
            p += 4
        print(decision, p / q, flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('role', choices=['bitsource', 'always_yes', 'judge', 'pythagoras', 'tally', 'all'])
    parser.add_argument('--pubsub', default='tcp://127.0.0.1:6700')
    parser.add_argument('--reqrep', default='tcp://127.0.0.1:6701')
    parser.add_argument('--pushpull', default='tcp://127.0.0.1:6702')
    parser.add_argument('--interval', type=float, default=0.01, help='bitsource pause; 0 removes it')
    parser.add_argument('--seconds', type=float, default=30, help='for role "all"')
    args = parser.parse_args()
    global INTERVAL
    INTERVAL = args.interval
    zcontext = zmq.Context()
    pubsub, reqrep, pushpull = args.pubsub, args.reqrep, args.pushpull
    if args.role == 'all':
        # The book's main(): all five roles as daemon threads in one process.
        for target, targs in [(bitsource, (pubsub,)), (always_yes, (pubsub, pushpull)),
                              (judge, (pubsub, reqrep, pushpull)), (pythagoras, (reqrep,)),
                              (tally, (pushpull,))]:
            thread = threading.Thread(target=target, args=(zcontext,) + targs)
            thread.daemon = True
            thread.start()
        time.sleep(args.seconds)
        return
    role = globals()[args.role]
    if args.role == 'bitsource' or args.role == 'pythagoras':
        role(zcontext, reqrep if args.role == 'pythagoras' else pubsub)
    elif args.role == 'tally':
        role(zcontext, pushpull)
    elif args.role == 'always_yes':
        role(zcontext, pubsub, pushpull)
    else:
        role(zcontext, pubsub, reqrep, pushpull)


if __name__ == '__main__':
    try:
        main()
    except KeyboardInterrupt:
        pass
