#!/usr/bin/env python3
"""ptybench.py: what a person waits for and what a slow link carries, for any full-screen
terminal program, measured over a real pseudo-terminal.

    python3 scripts/ptybench.py --label tahaluf --ready-re 'Enter.*[0-9]+/[0-9]+' \
        --runs 3 --warmup 1 --presses 10 --json out.json -- .build/release/tahaluf

One run: open a pty of --cols x --rows (set before the program starts, so it never sees a
resize), start the program on it with TERM and LANG set, and feed everything it writes into a
`pyte` screen of the same size, answering the terminal queries a real terminal answers (device
attributes, cursor position). Measured:
- ready_ms: from fork to the first moment the --ready-re regex is visible on the emulated
  screen (pick something the program draws last, such as a status line);
- settled_ms and frame_bytes: the last byte, and every byte, before --quiet-ms of silence after
  ready (the first frame's cost on the wire);
- key_bytes: bytes written in answer to each of --presses presses of the Down key (in the
  cursor-key mode the program asked for, as a terminal would send it); the first press is kept
  apart, since it may also clear a start-up notice;
- peak_rss_mib: VmHWM of the process just before it is ended.

Prints one JSON object (--json FILE to write it) with every run and the medians. Needs pyte
(Debian python3-pyte, which `make bench` installs). The project's own tool: nothing here reads
anything outside the repository.
"""
import argparse
import fcntl
import inspect
import json
import os
import re
import select
import signal
import statistics
import struct
import sys
import termios
import time

import pyte


class AnsweringScreen(pyte.Screen):
    """A pyte screen that answers queries on the pty, so a program waiting for a reply goes on."""

    def __init__(self, cols, rows, fd):
        super().__init__(cols, rows)
        self.fd = fd

    def write_process_input(self, data):
        try:
            os.write(self.fd, data.encode())
        except OSError:
            pass



def _tolerate_private(method):
    """pyte hands `private=True` ("CSI ? ...") to handlers that take no such argument and fails;
    those private variants do not change the grid, so they are skipped."""
    def handler(self, *args, **kwargs):
        if kwargs.pop("private", False):
            return None
        return method(self, *args, **kwargs)
    return handler


for _name in set(pyte.Stream.csi.values()):
    _method = getattr(pyte.Screen, _name)
    if "private" not in inspect.signature(_method).parameters:
        setattr(AnsweringScreen, _name, _tolerate_private(_method))


class Session:
    """One start of the program on a fresh pty."""

    def __init__(self, args):
        self.args = args
        self.total = 0
        self.application_cursor = False
        self.eof = False
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", args.rows, args.cols, 0, 0))
        env = dict(os.environ, TERM=args.term, LANG=args.lang, LC_ALL=args.lang)
        self.t0 = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(master)
                os.setsid()
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
                for fd in (0, 1, 2):
                    os.dup2(slave, fd)
                os.execvpe(args.command[0], args.command, env)
            finally:
                os._exit(127)
        os.close(slave)
        self.pid, self.master = pid, master
        self.screen = AnsweringScreen(args.cols, args.rows, master)
        self.stream = pyte.ByteStream(self.screen)

    def read(self, timeout):
        """Waits up to `timeout` s for output; returns the time it arrived, or None."""
        if self.eof:
            time.sleep(timeout)
            return None
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return None
        try:
            data = os.read(self.master, 65536)
        except OSError:
            data = b""
        if not data:
            self.eof = True
            return None
        now = time.perf_counter()
        self.total += len(data)
        for mode in re.finditer(rb"\x1b\[\?([0-9;]+)([hl])", data):
            if b"1" in mode.group(1).split(b";"):
                self.application_cursor = mode.group(2) == b"h"
        self.stream.feed(data)
        return now

    def screen_text(self):
        return "\n".join(self.screen.display)

    def quiet_after(self, quiet, deadline):
        """Reads until `quiet` s of silence; the time of the last byte read (None if none)."""
        last = None
        while time.perf_counter() < deadline:
            got = self.read(quiet)
            if got is None:
                return last
            last = got
        return last

    def peak_rss_mib(self):
        try:
            with open(f"/proc/{self.pid}/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024.0
        except OSError:
            pass
        return None

    def end(self):
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(self.pid, sig)
            except ProcessLookupError:
                break
            deadline = time.monotonic() + 2
            while time.monotonic() < deadline:
                self.read(0.05)
                if os.waitpid(self.pid, os.WNOHANG)[0] == self.pid:
                    os.close(self.master)
                    return
        os.waitpid(self.pid, 0)
        os.close(self.master)


def one_run(args):
    session = Session(args)
    deadline = session.t0 + args.timeout
    quiet = args.quiet_ms / 1000.0
    ready_re = re.compile(args.ready_re)
    ms = lambda t: None if t is None else round((t - session.t0) * 1000.0, 2)
    result = {}
    try:
        ready = None
        while ready is None and time.perf_counter() < deadline and not session.eof:
            got = session.read(0.5)
            if got is not None and ready_re.search(session.screen_text()):
                ready = got
        if ready is None:
            why = "exited before ready" if session.eof else f"not ready within {args.timeout:g} s"
            return {"error": why, "screen": session.screen_text()[-400:]}
        result["ready_ms"] = ms(ready)
        result["ready_bytes"] = session.total
        result["settled_ms"] = ms(session.quiet_after(quiet, deadline) or ready)
        result["frame_bytes"] = session.total
        down = b"\x1bOB" if session.application_cursor else b"\x1b[B"
        per_key = []
        for _ in range(args.presses):
            before = session.total
            os.write(session.master, down)
            session.quiet_after(quiet, time.perf_counter() + 5)
            per_key.append(session.total - before)
        result["key_bytes"] = per_key
        result["peak_rss_mib"] = session.peak_rss_mib()
    finally:
        session.end()
    return result


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--label", default="program")
    parser.add_argument("--cols", type=int, default=120)
    parser.add_argument("--rows", type=int, default=40)
    parser.add_argument("--term", default="xterm-256color")
    parser.add_argument("--lang", default="C.UTF-8")
    parser.add_argument("--ready-re", required=True, help="regex on the screen text that marks the first frame")
    parser.add_argument("--quiet-ms", type=float, default=150)
    parser.add_argument("--presses", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--json", help="write the result here as well")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    if args.command[:1] == ["--"]:
        args.command = args.command[1:]
    if not args.command:
        parser.error("no command to measure (put it after --)")
    for _ in range(args.warmup):
        one_run(args)
    runs = [one_run(args) for _ in range(args.runs)]
    good = [r for r in runs if "error" not in r]
    summary = {
        "label": args.label, "runs": runs, "failed": len(runs) - len(good),
        "ready_ms_median": median(r["ready_ms"] for r in good),
        "settled_ms_median": median(r["settled_ms"] for r in good),
        "frame_bytes_median": median(r["frame_bytes"] for r in good),
        "first_key_bytes_median": median(r["key_bytes"][0] for r in good if r["key_bytes"]),
        "later_key_bytes_median": median(b for r in good for b in r["key_bytes"][1:]),
        "peak_rss_mib_median": median(r["peak_rss_mib"] for r in good),
    }
    text = json.dumps(summary, indent=1)
    if args.json:
        with open(args.json, "w") as out:
            out.write(text)
    print(text)
    return 0 if not summary["failed"] else 1


if __name__ == "__main__":
    sys.exit(main())
