#!/usr/bin/env python3
"""Mutation check: does the test suite notice when a security or data rule breaks?

Each entry of mutations.txt is a small, named edit of the product's source that
breaks one rule (a permission, the tenant, a record rule, If-Match,
idempotency, a lock, the audit trail, ...). For each, this script applies the
edit to a scratch copy of the tree, builds incrementally and runs the tests the
entry names. The mutation is KILLED when at least one of them fails, and
SURVIVED when they all pass: then no test guards that rule. Every mutation in
the list must be killed.

    tests/mutation/run.py                  all mutations
    tests/mutation/run.py --list           names only
    tests/mutation/run.py NAME [NAME...]   only these
    options: --no-baseline (skip the unmutated run), --jobs N, --scratch DIR

The working tree is never modified: the scratch copy lives in build-mutation/
(or --scratch) and is refreshed from the working tree, uncommitted changes
included, on every run. See docs/testing.md.
"""
import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIST = Path(__file__).resolve().parent / "mutations.txt"
SKIP_TOP = {".git", ".cache"}


class Mutation:
    def __init__(self, title):
        self.name, _, self.description = title.partition(" ")
        self.description = self.description.lstrip("— -")
        self.file = ""
        self.tests = []
        self.original = ""
        self.replacement = ""


def parse(path):
    """== name / file: / tests: / --- original / +++ replacement blocks."""
    mutations, current, section, lines = [], None, None, []

    def close_section():
        if current is not None and section is not None:
            text = "\n".join(lines).rstrip("\n")
            setattr(current, section, text)

    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("== "):
            close_section()
            current, section, lines = Mutation(raw[3:].strip()), None, []
            mutations.append(current)
        elif current is None or (section is None and (raw.startswith("#") or not raw.strip())):
            continue
        elif section is None and raw.startswith("file:"):
            current.file = raw[5:].strip()
        elif section is None and raw.startswith("tests:"):
            current.tests = raw[6:].split()
        elif raw == "--- original":
            close_section()
            section, lines = "original", []
        elif raw == "+++ replacement":
            close_section()
            section, lines = "replacement", []
        elif section is not None:
            lines.append(raw)
        else:
            sys.exit(f"mutations.txt: unexpected line in {current.name}: {raw}")
    close_section()
    for m in mutations:
        if not (m.file and m.tests and m.original and m.original != m.replacement):
            sys.exit(f"mutations.txt: {m.name} needs file:, tests:, an original and a different replacement")
    names = [m.name for m in mutations]
    if len(names) != len(set(names)):
        sys.exit("mutations.txt: names must be unique")
    return mutations


def sync_tree(src, dst):
    """Copies the working tree into dst, rewriting only files whose content
    differs so that the incremental build recompiles only what changed."""
    wanted = set()
    for dirpath, dirnames, filenames in os.walk(src):
        rel = Path(dirpath).relative_to(src)
        if rel == Path("."):
            dirnames[:] = [d for d in dirnames if d not in SKIP_TOP and not d.startswith("build")]
        for f in filenames:
            s = Path(dirpath) / f
            d = dst / rel / f
            wanted.add(d)
            if s.is_symlink() or not s.is_file():
                continue
            data = s.read_bytes()
            if not d.exists() or d.read_bytes() != data:
                d.parent.mkdir(parents=True, exist_ok=True)
                d.write_bytes(data)
                shutil.copymode(s, d)
    for dirpath, dirnames, filenames in os.walk(dst):
        rel = Path(dirpath).relative_to(dst)
        if rel == Path("."):
            dirnames[:] = [d for d in dirnames if not d.startswith("build")]
        for f in filenames:
            p = Path(dirpath) / f
            if p not in wanted:
                p.unlink()


def run(cmd, cwd, log):
    with open(log, "a", encoding="utf-8") as out:
        out.write("\n$ " + " ".join(cmd) + "\n")
        out.flush()
        return subprocess.run(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT).returncode


def build(build_dir, targets, jobs, log):
    return run(["cmake", "--build", str(build_dir), "-j", str(jobs), "--target", *targets], build_dir, log) == 0


def run_tests(build_dir, tests, jobs, log):
    pattern = "^(" + "|".join(tests) + ")$"
    return run(["ctest", "--test-dir", str(build_dir), "--output-on-failure", "-j", str(jobs),
                "--timeout", "600", "-R", pattern], build_dir, log) == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--jobs", type=int, default=int(os.environ.get("ERP_JOBS", os.cpu_count() or 2)))
    ap.add_argument("--scratch", type=Path, default=ROOT / "build-mutation")
    args = ap.parse_args()

    mutations = parse(LIST)
    if args.list:
        for m in mutations:
            print(f"{m.name:38} {m.description}\n{'':38} {m.file} [{' '.join(m.tests)}]")
        return 0
    if args.names:
        unknown = set(args.names) - {m.name for m in mutations}
        if unknown:
            sys.exit("unknown mutation(s): " + ", ".join(sorted(unknown)))
        mutations = [m for m in mutations if m.name in args.names]

    src = args.scratch.resolve() / "src"
    build_dir = src / "build"
    log = args.scratch.resolve() / "mutation.log"
    src.mkdir(parents=True, exist_ok=True)
    log.write_text("", encoding="utf-8")
    print(f"scratch copy: {src}\nlog: {log}")
    sync_tree(ROOT, src)

    # Every mutation's original text must be in the tree exactly once: a list
    # that no longer matches the source is an error, not a pass.
    stale = []
    for m in mutations:
        path = src / m.file
        count = path.read_text(encoding="utf-8").count(m.original) if path.exists() else 0
        if count != 1:
            stale.append(f"{m.name}: original text found {count} times in {m.file}")
    if stale:
        print("mutations.txt does not match the source (update it):\n  " + "\n  ".join(stale))
        return 2

    env_launcher = []
    if shutil.which("ccache"):
        os.environ.setdefault("CCACHE_BASEDIR", str(ROOT.parent))
        # Debug builds otherwise hash the build directory into every entry.
        os.environ.setdefault("CCACHE_NOHASHDIR", "1")
        env_launcher = ["-DCMAKE_CXX_COMPILER_LAUNCHER=ccache", "-DCMAKE_C_COMPILER_LAUNCHER=ccache"]
    if run(["cmake", "-S", str(src), "-B", str(build_dir), "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Debug",
            "-DERP_BUILD_TESTS=ON", *env_launcher], src, log) != 0:
        print("configure failed; see the log")
        return 2
    all_tests = sorted({t for m in mutations for t in m.tests})
    print(f"building {len(all_tests)} test(s) and the server ...", flush=True)
    if not build(build_dir, ["erp-server", *all_tests], args.jobs, log):
        print("the unmutated tree does not build; see the log")
        return 2
    if not args.no_baseline:
        print("baseline: the tests must pass before anything is mutated ...", flush=True)
        if not run_tests(build_dir, all_tests, args.jobs, log):
            print("baseline FAILED: fix the tests first (see the log)")
            return 2

    results = []
    for m in mutations:
        path = src / m.file
        original = path.read_text(encoding="utf-8")
        started = time.monotonic()
        print(f"{m.name:38} ", end="", flush=True)
        path.write_text(original.replace(m.original, m.replacement, 1), encoding="utf-8")
        try:
            if not build(build_dir, ["erp-server", *m.tests], args.jobs, log):
                outcome = "BUILD FAILED"
            else:
                outcome = "survived" if run_tests(build_dir, m.tests, args.jobs, log) else "killed"
        finally:
            path.write_text(original, encoding="utf-8")
        results.append((m, outcome))
        print(f"{outcome:13} {time.monotonic() - started:5.0f} s", flush=True)

    killed = sum(1 for _, o in results if o == "killed")
    print(f"\nscore: {killed}/{len(results)} killed")
    for m, o in results:
        if o != "killed":
            print(f"  {o}: {m.name}: {m.description} ({m.file}; tests {' '.join(m.tests)})")
    # Leave the scratch build matching the tree again for the next run.
    build(build_dir, ["erp-server", *all_tests], args.jobs, log)
    return 0 if killed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
