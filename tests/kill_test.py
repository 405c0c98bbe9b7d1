#!/usr/bin/env python3
"""Kills builds at random instants and checks that the output survives.

Builds the example site into DIR, then RUNS times starts a build of the other
edition (members' and public alternate, so the old and the new output differ)
and sends SIGKILL. Odd runs kill after a random delay in [0, typical build
time]; even runs aim at the dangerous part, the writing and the swap: they wait
until DIR.staging appears and kill after a random delay in [0, typical time
from then to the end]. The delays come from a fixed seed. After each
kill DIR must hold exactly the old output or exactly the new one (file list and
bytes, compared with reference builds); the next normal build must exit 0 with
no cleaning by hand, produce the new output, and leave nothing beside DIR.

    python3 tests/kill_test.py --bin build/panelpack [--site .] [--runs 30] [--seed 20250120]

Ends with 'kill test: N passed, M failed' and exits 1 if any run failed.
"""
import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time


def snapshot(folder):
    """Every file below `folder` as {relative path: bytes}; None if it does not exist."""
    if not os.path.lexists(folder):
        return None
    files = {}
    for root, dirs, names in os.walk(folder):
        for name in names + [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, folder)
            with open(path, "rb") as f:
                files[rel] = f.read()
    return files


def describe(snap, refs):
    if snap is None:
        return "absent"
    for name, ref in refs.items():
        if snap == ref:
            return name
    return "%d files, matching no reference" % len(snap)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", required=True)
    ap.add_argument("--site", default=".")
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--seed", type=int, default=20250120)
    args = ap.parse_args()
    binary = os.path.abspath(args.bin)
    rng = random.Random(args.seed)
    editions = {"members' and public": ["--audience", "all"], "public only": ["--audience", "public"]}
    names = list(editions)

    tmp = tempfile.mkdtemp(prefix="panelpack-kill-")
    try:
        def build(out, edition, check=True):
            cmd = [binary, "build", "--site", args.site, "--out", out] + editions[edition]
            r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if check and r.returncode != 0:
                sys.exit("kill test: %s failed (exit %d)\n%s" % (" ".join(cmd), r.returncode, r.stderr.decode()))
            return r

        refs = {}
        took = []
        for name in names:
            ref = os.path.join(tmp, "ref-%d" % len(refs))
            start = time.monotonic()
            build(ref, name)
            took.append(time.monotonic() - start)
            refs[name] = snapshot(ref)
        if refs[names[0]] == refs[names[1]]:
            sys.exit("kill test: the two editions are identical, so old and new output cannot be told apart")
        typical = sum(took) / len(took)

        parent = os.path.join(tmp, "site")
        os.mkdir(parent)
        out = os.path.join(parent, "output")
        staging = out + ".staging"

        def start(edition):
            cmd = [binary, "build", "--site", args.site, "--out", out] + editions[edition]
            return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def wait_for_staging(proc):
            """Waits until the staging folder appears or the build ends; the time it appeared, or None."""
            while proc.poll() is None:
                if os.path.exists(staging):
                    return time.monotonic()
                time.sleep(0.001)
            return None

        # How long the writing and the swap take: from the staging folder's
        # appearance to the end of the build, over an existing output.
        build(out, names[0])
        writing = []
        for edition in names[1], names[0]:
            proc = start(edition)
            seen = wait_for_staging(proc)
            proc.wait()
            if seen is not None:
                writing.append(time.monotonic() - seen)
        writing_time = sum(writing) / len(writing) if writing else typical
        shutil.rmtree(out)
        print("kill test: typical build %.2f s, of which %.3f s writing and swapping; %d runs, seed %d" % (
            typical, writing_time, args.runs, args.seed))
        state = None  # the edition DIR holds; None while it does not exist
        passed = failed = 0
        outcomes = {"old": 0, "new": 0, "absent": 0, "leftovers recovered": 0, "finished before the kill": 0}
        for run in range(args.runs):
            edition = names[run % 2] if state is None else names[1 - names.index(state)]
            aimed = run % 2 == 1
            delay = rng.uniform(0, writing_time if aimed else typical)
            proc = start(edition)
            if aimed:
                wait_for_staging(proc)
            time.sleep(delay)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
            code = proc.wait()
            if code == 0:
                outcomes["finished before the kill"] += 1
            problems = []
            snap = snapshot(out)
            allowed = [refs[edition]] + ([refs[state]] if state else [None])
            if snap not in allowed:
                problems.append("after the kill %s holds %s, expected %s or %s" % (
                    out, describe(snap, refs), state or "absent", edition))
            elif snap is None:
                outcomes["absent"] += 1
            else:
                outcomes["new" if snap == refs[edition] else "old"] += 1
            if sorted(os.listdir(parent)) != ["output"] and sorted(os.listdir(parent)) != []:
                outcomes["leftovers recovered"] += 1
            r = build(out, edition, check=False)
            if r.returncode != 0:
                problems.append("the next build exited %d:\n%s" % (r.returncode, r.stderr.decode().rstrip()))
            elif snapshot(out) != refs[edition]:
                problems.append("the next build left %s holding %s, expected %s" % (
                    out, describe(snapshot(out), refs), edition))
            beside = sorted(os.listdir(parent))
            if beside != ["output"]:
                problems.append("after the next build the folder holds %s, expected only output" % beside)
            if problems:
                failed += 1
                print("FAIL run %d (%s over %s, killed %.3f s after %s):" % (
                    run + 1, edition, state or "nothing", delay, "staging appeared" if aimed else "the start"))
                for p in problems:
                    print("  " + p.replace("\n", "\n  "))
                # Start the next run from a known state.
                shutil.rmtree(parent)
                os.mkdir(parent)
                state = None
            else:
                passed += 1
                state = edition
        print("kill test: after the kill the output was old %(old)d, new %(new)d, absent (first build) %(absent)d; "
              "%(leftovers recovered)d left files beside it for the next build to remove; "
              "%(finished before the kill)d finished before the kill" % outcomes)
        print("kill test: %d passed, %d failed" % (passed, failed))
        return 1 if failed else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
