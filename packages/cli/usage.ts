/** The help text of each command, keyed by its name ("" is `ch8` itself). */
const texts: Record<string, string> = {
  "": `Usage: ch8 [COMMAND] [OPTIONS]

Chapter 8 of Foundations of Python Network Programming, "Caches and Message Queues", running
against real memcached servers and real ZeroMQ sockets.

Commands:
  (none)          the tour: the shard report, the cache runs and 5 seconds of the pi pipeline
  shard           how hashing divides words among four servers (the book's hashing.py)
  cache           the squares cache demo against memcached (the book's squares.py)
  pi              the ZeroMQ pipeline that estimates pi (the book's queuepi.py)
  pi role NAME    run one role of the pipeline alone

Options:
  -h, --help      show help (also after a command: ch8 cache --help)
  -v, --version   show the version
      --debug     show stack traces of errors
`,
  shard: `Usage: ch8 shard [--words FILE] [--seed N]
       ch8 shard [--algorithms A,B,...] [--servers N] [--resize M]
                 [--words FILE | --keys N] [--seed N] [--json]
       ch8 shard locate [--algorithm NAME] --servers host:port[:weight],... [KEY ...]

With no flags: the book's hashing.py. Divides every word of a word file among server0..server3
with three functions (alpha: by first letter; hash: MurmurHash3 mod 4; md5: last byte of the
MD5 digest mod 4) and prints the counts and fractions in the book's format.

With analysis flags: how evenly each algorithm spreads the keys over N servers (counts,
fractions, max/mean load, coefficient of variation, chi-square p-value; bars on a terminal),
and with --resize, the fraction of keys that move when N servers become M.

locate: the server of each KEY (or of each line of standard input), as KEY<TAB>SERVER.

Options:
  --words FILE        word file (default /usr/share/dict/words; without it, the npm word-list)
  --keys N            N generated keys instead of words
  --algorithms LIST   of modulo, ketama, rendezvous, jump, alpha, md5 (default: all)
  --servers N         servers to divide among (default 4); for locate, the server list
  --resize M          also measure movement from N to M servers
  --algorithm NAME    locate's algorithm (default ketama, compatible with libmemcached)
  --seed N            seed of the seeded hashes and of generated keys (default 0)
  --json              one JSON object: { words, algorithms: [{ name, counts, moved?, ... }] }
`,
  cache: `Usage: ch8 cache [OPTIONS]
       ch8 cache cluster [--nodes 3] [--memory-mb 64]

Ten runs of 2000 requests for squares of random numbers, cached in memcached: each run is faster
as the cache fills (the book's squares.py). Several servers form a cluster: each key lives on
the server its placement picks, and a server that stops answering is failed over (counted).

Options:
  --servers LIST     memcached servers, [user:pass@]host:port[,host:port...]
                     (default: $MEMCACHE_SERVERS, else 127.0.0.1:11211; when nothing answers
                     there, a private memcached is started, or an in-process cache is used)
  --placement NAME   ketama (default, as libmemcached/pylibmc), modulo, rendezvous or jump
  --runs N           number of runs (default 10)
  --requests N       requests per run (default 2000)
  --max N            numbers are drawn from 0..N (default 5000)
  --delay-ms MS      the pretend cost of computing a square on a miss (default 1)
  --concurrency N    requests in flight at once (default 1); reports requests per second
  --timeout-ms MS    how long a request waits for a server before failing over
  --stats            per run hits, misses, hit ratio (and the ratio expected), p50/p99 latency;
                     per server the keys it holds
  --json             one JSON object with all of that

cache cluster starts N private memcached processes on free loopback ports (UDP off), prints
their addresses and stops them all on Ctrl-C.
`,
  pi: `Usage: ch8 pi [OPTIONS]
       ch8 pi role NAME [OPTIONS]
       ch8 pi keys > FILE

Estimates pi with five cooperating ZeroMQ roles (the book's queuepi.py): bitsource publishes
random points, always_yes and judge decide whether each lies inside the circle (judge asks
pythagoras for the sum of squares), tally counts the decisions. On a terminal one live line
shows the estimate; piped (or with --plain) tally prints the book's lines ("Y 3.14...").
At the end: points, estimate, standard error, points per second, and how many points were
sent, judged and tallied (equal: bitsource waits for slow subscribers rather than drop points;
--lossy restores the book's dropping PUB socket).

Options:
  --seconds S               how long bitsource publishes (default 30); then the pipeline drains
  --rate N|max              points per second, or max for no pause (default: the book's 100/s)
  --interval-ms MS          bitsource's pause between points when --rate is not given (default 10)
  --batch N                 N points per message (opt-in wire format the book's roles do not read)
  --processes               each role in its own OS process, over TCP on loopback
  --judges K                K judges sharing the judged points (default 1)
  --pythagoras K            K pythagoras workers sharing the requests (default 1)
  --request-timeout-ms MS   judge's wait for pythagoras before asking again (default 1000)
  --window N                judge's requests in flight per pythagoras (default 64)
  --lossy                   the book's PUB socket, which drops points slow subscribers miss
  --curve                   CURVE-encrypt and authenticate every socket (keys: --curve-keys FILE,
                            else PI_QUEUE_CURVE_* variables, else fresh keys for this run)
  --curve-keys FILE         keys made by 'ch8 pi keys'
  --allow-non-loopback      allow binding addresses other hosts can reach
  --plain                   the book's lines, even on a terminal (summary on stderr)
  --json                    one JSON object at the end: points, inside, estimate, standardError,
                            seconds, pointsPerSecond, sent, judged, tallied, ...
  --pubsub URL              default tcp://127.0.0.1:6700
  --reqrep URL              default tcp://127.0.0.1:6701
  --pushpull URL            default tcp://127.0.0.1:6702

ch8 pi role NAME runs one role (bitsource, always_yes, judge, pythagoras, tally) until Ctrl-C,
binding or connecting as the book's roles do, so it mixes with the book's Python ones. It takes
the options above that apply to it, and for judge also --shard I/K (judge I of K) and
--pythagoras-endpoints URL,URL,...
`,
};

/**
 * Returns the help text of a command (`""` for the top level; an unknown name gives that too).
 *
 * @example
 * ```ts
 * import { usage } from "@ch8/cli";
 *
 * usage("shard").split("\n")[0]; //=> "Usage: ch8 shard [--words FILE] [--seed N]"
 * usage("nonsense") === usage(""); //=> true
 * ```
 */
export function usage(command: string): string {
  return texts[command] ?? texts[""]!;
}
