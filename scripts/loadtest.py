#!/usr/bin/env python3
"""loadtest.py: many concurrent tahaluf sessions on one host, as on a shared SSH server, each in
its own pseudo-terminal and receiving keys; what each costs in memory and CPU.

    python3 scripts/loadtest.py --sessions 20,50 --keys 100 -- .build/release/tahaluf --no-mouse

For each session count N: start N sessions (each a pty of --cols x --rows, TERM and LANG set,
terminal queries answered as a terminal would), wait until all have drawn and gone quiet, then
send each --keys keys (cursor moves, pane switches, detail open and close, in the cursor-key mode
a terminal would use) in rounds over all sessions, reading everything they write. Reported per
session: private memory (Private_Clean + Private_Dirty from /proc/PID/smaps_rollup: what the
session costs beyond the shared binary and libraries), peak virtual size (VmPeak, for an address
space limit), threads, and CPU time per key (user + system, from /proc/PID/stat). These are the
numbers the limits recipe in Docs/DEPLOY.md comes from.

Linux only; the standard library only. Not a test: `make bench` runs it (scripts/bench.sh).
"""
import argparse
import fcntl
import os
import re
import select
import signal
import statistics
import struct
import sys
import termios
import time

QUERIES = [(re.compile(rb"\x1b\[[0-9;]*c"), b"\x1b[?62;22c"),   # device attributes
           (re.compile(rb"\x1b\[6n"), b"\x1b[1;1R")]              # cursor position
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


class Session:
    def __init__(self, argv, cols, rows, env):
        pid, fd = os.forkpty()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            try:
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        os.set_blocking(fd, False)
        self.received = 0
        self.application_cursor = False
        self.last_output = time.monotonic()

    def drain(self):
        try:
            data = os.read(self.fd, 65536)
        except (BlockingIOError, OSError):
            return
        if not data:
            return
        self.received += len(data)
        self.last_output = time.monotonic()
        if b"\x1b[?1h" in data:
            self.application_cursor = True
        if b"\x1b[?1l" in data:
            self.application_cursor = False
        for pattern, answer in QUERIES:
            for _ in pattern.findall(data):
                self.send(answer)

    def send(self, data):
        try:
            os.write(self.fd, data)
        except OSError:
            pass

    def key(self, name):
        arrows = {"down": b"B", "up": b"A", "right": b"C", "left": b"D"}
        if name in arrows:
            self.send((b"\x1bO" if self.application_cursor else b"\x1b[") + arrows[name])
        else:
            self.send(name.encode())

    def cpu_seconds(self):
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS

    def private_kib(self):
        total = 0
        with open(f"/proc/{self.pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith(("Private_Clean:", "Private_Dirty:")):
                    total += int(line.split()[1])
        return total

    def status(self, field):
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
        return 0

    def end(self):
        try:
            os.kill(self.pid, signal.SIGTERM)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.fd)


def pump(sessions, until, timeout):
    """Reads from every session until `until()` holds or `timeout` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not until():
        ready, _, _ = select.select([s.fd for s in sessions], [], [], 0.05)
        by_fd = {s.fd: s for s in sessions}
        for fd in ready:
            by_fd[fd].drain()


def quiet(sessions, ms):
    return lambda: all(s.received > 0 and time.monotonic() - s.last_output > ms / 1000 for s in sessions)


# Moves, a pane switch, a detail opened and closed: what a reader does.
KEY_CYCLE = ["down", "down", "down", "up", "\t", "down", "\r", "\x1b", "right", "left"]


def run(count, argv, args, env):
    sessions = [Session(argv, args.cols, args.rows, env) for _ in range(count)]
    try:
        pump(sessions, quiet(sessions, args.quiet_ms), args.timeout)
        if not all(s.received for s in sessions):
            sys.exit(f"loadtest: not every session drew within {args.timeout} s")
        cpu_before = [s.cpu_seconds() for s in sessions]
        for i in range(args.keys):
            for s in sessions:
                s.key(KEY_CYCLE[i % len(KEY_CYCLE)])
            pump(sessions, lambda: False, args.key_gap_ms / 1000)
        pump(sessions, quiet(sessions, args.quiet_ms), args.timeout)
        cpu_ms_per_key = [(s.cpu_seconds() - before) * 1000 / args.keys for s, before in zip(sessions, cpu_before)]
        private_mib = [s.private_kib() / 1024 for s in sessions]
        peak_mib = [s.status("VmPeak") / 1024 for s in sessions]
        threads = [s.status("Threads") for s in sessions]
        return {
            "sessions": count,
            "private_mib_median": statistics.median(private_mib),
            "private_mib_max": max(private_mib),
            "private_mib_total": sum(private_mib),
            "vmpeak_mib_max": max(peak_mib),
            "threads_max": max(threads),
            "cpu_ms_per_key_median": statistics.median(cpu_ms_per_key),
            "cpu_ms_per_key_max": max(cpu_ms_per_key),
        }
    finally:
        for s in sessions:
            s.end()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", default="20,50", help="comma-separated session counts")
    parser.add_argument("--keys", type=int, default=100, help="keys sent to each session")
    parser.add_argument("--cols", type=int, default=120)
    parser.add_argument("--rows", type=int, default=40)
    parser.add_argument("--key-gap-ms", type=float, default=20, help="pause after each round of keys")
    parser.add_argument("--quiet-ms", type=float, default=500, help="silence that counts as settled")
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("command", nargs="+", help="the program and its arguments (after --)")
    args = parser.parse_args()
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    print(f"{'sessions':>8}  {'private MiB (median/max/total)':>30}  {'VmPeak MiB':>10}  "
          f"{'threads':>7}  {'CPU ms/key (median/max)':>23}")
    for count in (int(n) for n in args.sessions.split(",")):
        r = run(count, args.command, args, env)
        print(f"{r['sessions']:>8}  {r['private_mib_median']:>10.1f} / {r['private_mib_max']:>6.1f} / "
              f"{r['private_mib_total']:>8.1f}  {r['vmpeak_mib_max']:>10.0f}  {r['threads_max']:>7}  "
              f"{r['cpu_ms_per_key_median']:>11.2f} / {r['cpu_ms_per_key_max']:>8.2f}", flush=True)


if __name__ == "__main__":
    main()
