#!/usr/bin/env python3
"""Checks every #include in src/ against the module dependencies in CMakeLists.txt.

    python3 tests/check_layering.py [--root DIR]
    python3 tests/check_layering.py --self-test

Each `panelpack_module(FOLDER DEPS ...)` call in CMakeLists.txt declares a
module (the library built from src/FOLDER) and what it depends on: other
modules, named by folder, or external targets (which this check ignores).
A module may include headers of itself and of every module it reaches
through its declared dependencies, and nothing else. So for each .h and .cpp
of a module (its folder's own files, including its *_test.cpp files, which
link the same library; a subfolder that is a module itself is checked as that
module), every `#include "X/..."` whose leading folders name a module (the
longest match wins: "kinds/agenda/agenda.h" is module kinds/agenda,
"kinds/document.h" is module kinds) must name the module itself or one in its
closure. A cycle among the declared dependencies is reported too.

Each violation is printed as

    src/x/y.cpp:LINE: includes "z/w.h" but module x does not depend on z (add it to DEPS in CMakeLists.txt, or move the code)

followed by a summary line; the exit status is 1 if anything was found.
--self-test runs the check on a made-up tree with known mistakes and fails
unless exactly those are reported, so the check itself can fail.
"""

import argparse
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MODULE_CALL = re.compile(r"\bpanelpack_module\s*\(([^)]*)\)", re.S)
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
SOURCE_SUFFIXES = (".h", ".cpp")


def strip_cmake_comments(text):
    """CMakeLists.txt without its # comments (no module call quotes a '#')."""
    return "\n".join(line.split("#", 1)[0] for line in text.splitlines())


def parse_modules(cmake_text):
    """{folder: [module deps in declared order]} from the panelpack_module calls.

    A dependency that is not itself a declared module is an external target
    (yaml-cpp, PkgConfig::HARFBUZZ, panelpack_assets ...) and is dropped.
    """
    declared = {}
    for match in MODULE_CALL.finditer(strip_cmake_comments(cmake_text)):
        args = match.group(1).split()
        if not args:
            continue
        folder, rest = args[0], args[1:]
        deps = rest[rest.index("DEPS") + 1:] if "DEPS" in rest else []
        declared[folder] = deps
    return {folder: [d for d in deps if d in declared] for folder, deps in declared.items()}


def find_cycle(modules):
    """One dependency cycle as a list of folders (first == last), or None."""
    state = {}  # folder -> "open" while on the DFS stack, "done" after
    stack = []

    def visit(folder):
        state[folder] = "open"
        stack.append(folder)
        for dep in modules[folder]:
            if state.get(dep) == "open":
                return stack[stack.index(dep):] + [dep]
            if dep not in state:
                cycle = visit(dep)
                if cycle:
                    return cycle
        stack.pop()
        state[folder] = "done"
        return None

    for folder in modules:
        if folder not in state:
            cycle = visit(folder)
            if cycle:
                return cycle
    return None


def closures(modules):
    """{folder: set of modules reachable through its deps (not itself)}."""
    result = {}
    for folder in modules:
        seen = set()
        todo = list(modules[folder])
        while todo:
            dep = todo.pop()
            if dep not in seen:
                seen.add(dep)
                todo.extend(modules[dep])
        result[folder] = seen
    return result


def module_files(src, folder, modules):
    """The .h/.cpp files of module `folder`: its own folder, and subfolders
    that are not modules themselves."""
    base = src / folder
    if not base.is_dir():
        return []
    files = []
    for path in sorted(base.rglob("*")):
        if not path.is_file() or path.suffix not in SOURCE_SUFFIXES:
            continue
        owner = path.parent.relative_to(src).as_posix()
        while owner not in modules:  # the nearest enclosing module folder
            owner = owner.rsplit("/", 1)[0] if "/" in owner else ""
            if not owner:
                break
        if owner == folder:
            files.append(path)
    return files


def included_module(include, modules):
    """The module an include path names (longest leading folders), or None."""
    parts = include.split("/")[:-1]  # the folders, not the file name
    for n in range(len(parts), 0, -1):
        candidate = "/".join(parts[:n])
        if candidate in modules:
            return candidate
    return None


def check(root):
    """Runs the check on the tree at `root`; returns (report lines, ok)."""
    cmake = root / "CMakeLists.txt"
    src = root / "src"
    modules = parse_modules(cmake.read_text(encoding="utf-8"))
    lines = []
    problems = 0

    missing = [f for f in modules if not (src / f).is_dir()]
    for folder in missing:
        lines.append(f"CMakeLists.txt: module {folder} has no folder src/{folder}")
        problems += 1

    cycle = find_cycle(modules)
    if cycle:
        lines.append("CMakeLists.txt: the module dependencies have a cycle: " + " -> ".join(cycle))
        problems += 1

    reach = closures(modules)
    files_checked = 0
    includes_checked = 0
    bad_files = set()
    for folder in modules:
        for path in module_files(src, folder, modules):
            files_checked += 1
            rel = path.relative_to(root).as_posix()
            text = path.read_text(encoding="utf-8", errors="replace")
            for number, line in enumerate(text.splitlines(), start=1):
                match = INCLUDE.match(line)
                if not match:
                    continue
                include = match.group(1)
                target = included_module(include, modules)
                if target is None:
                    continue  # a header beside the file, or not a module's
                includes_checked += 1
                if target == folder or target in reach[folder]:
                    continue
                lines.append(
                    f'{rel}:{number}: includes "{include}" but module {folder} '
                    f"does not depend on {target} (add it to DEPS in "
                    f"CMakeLists.txt, or move the code)")
                problems += 1
                bad_files.add(rel)

    if problems:
        lines.append(
            f"layering: {problems} problem{'s' if problems != 1 else ''} "
            f"({len(bad_files)} file{'s' if len(bad_files) != 1 else ''} with "
            f"undeclared includes) in {len(modules)} modules, "
            f"{files_checked} files, {includes_checked} module includes")
    else:
        lines.append(
            f"layering: ok ({len(modules)} modules, {files_checked} files, "
            f"{includes_checked} module includes)")
    return lines, problems == 0


SELF_TEST_CMAKE = """\
panelpack_module(base)
# panelpack_module(commented DEPS nothing)  -- a comment, not a module
panelpack_module(mid  DEPS base yaml-cpp)
panelpack_module(mid/sub DEPS mid)
panelpack_module(top
  DEPS mid PkgConfig::HARFBUZZ)
"""

SELF_TEST_FILES = {
    "src/base/a.h": '#include <string>\n#include "a_detail.h"\n',
    "src/base/a_detail.h": "",
    "src/base/bad.cpp": '#include "base/a.h"\n\n#include "mid/m.h"\n',
    "src/mid/m.h": '#include "base/a.h"\n',
    "src/mid/m_test.cpp": '#include "mid/m.h"\n#include "top/t.h"\n',
    "src/mid/detail/inner.h": '#include "mid/sub/s.h"\n',
    "src/mid/sub/s.h": '#include "mid/m.h"\n#include "base/a.h"\n',
    "src/top/t.h": '#include "mid/m.h"\n#include "base/a.h"\n#include "mid/sub/s.h"\n',
}

SELF_TEST_EXPECTED = [
    'src/base/bad.cpp:3: includes "mid/m.h" but module base does not depend on mid '
    "(add it to DEPS in CMakeLists.txt, or move the code)",
    'src/mid/detail/inner.h:1: includes "mid/sub/s.h" but module mid does not depend '
    "on mid/sub (add it to DEPS in CMakeLists.txt, or move the code)",
    'src/mid/m_test.cpp:2: includes "top/t.h" but module mid does not depend on top '
    "(add it to DEPS in CMakeLists.txt, or move the code)",
    'src/top/t.h:3: includes "mid/sub/s.h" but module top does not depend on mid/sub '
    "(add it to DEPS in CMakeLists.txt, or move the code)",
]


def write_tree(root, cmake, files):
    root.mkdir(parents=True)
    (root / "CMakeLists.txt").write_text(cmake, encoding="utf-8")
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def self_test():
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "violations"
        write_tree(root, SELF_TEST_CMAKE, SELF_TEST_FILES)
        lines, ok = check(root)
        found = sorted(line for line in lines if line.startswith("src/"))
        if ok:
            failures.append("a tree with undeclared includes passed")
        if found != SELF_TEST_EXPECTED:
            failures.append("expected:\n  " + "\n  ".join(SELF_TEST_EXPECTED) +
                            "\ngot:\n  " + "\n  ".join(lines))
        if not lines[-1].startswith("layering: 4 problems "):
            failures.append(f"unexpected summary: {lines[-1]}")

        root = Path(tmp) / "clean"
        clean = dict(SELF_TEST_FILES)
        del clean["src/base/bad.cpp"], clean["src/mid/m_test.cpp"]
        del clean["src/mid/detail/inner.h"]
        write_tree(root, SELF_TEST_CMAKE.replace("DEPS mid PkgConfig", "DEPS mid/sub PkgConfig"), clean)
        lines, ok = check(root)
        if not ok or not lines[-1].startswith("layering: ok (4 modules, "):
            failures.append("a clean tree was refused:\n  " + "\n  ".join(lines))

        root = Path(tmp) / "cycle"
        write_tree(root, "panelpack_module(a DEPS c)\npanelpack_module(b DEPS a)\n"
                   "panelpack_module(c DEPS b)\n",
                   {"src/a/a.h": "", "src/b/b.h": "", "src/c/c.h": ""})
        lines, ok = check(root)
        expected = "CMakeLists.txt: the module dependencies have a cycle: a -> c -> b -> a"
        if ok or expected not in lines:
            failures.append(f"the cycle was not reported as\n  {expected}\ngot:\n  " +
                            "\n  ".join(lines))

    for failure in failures:
        print(f"check_layering self-test: {failure}", file=sys.stderr)
    print(f"check_layering self-test: {'failed' if failures else 'ok'}")
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=REPO,
                        help="the project folder (default: this checkout)")
    parser.add_argument("--self-test", action="store_true",
                        help="check the checker on a made-up tree")
    args = parser.parse_args()
    if args.self_test:
        return self_test()
    lines, ok = check(args.root)
    for line in lines:
        print(line)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
