#!/usr/bin/env python3
"""Writes the seed corpora for the fuzz targets (docs/fuzzing.md) from the
repository's own inputs, so no corpus is committed:

    python3 scripts/fuzz_corpus.py OUT_DIR

OUT_DIR/<target>/ receives one file per seed, named by its content's hash:
  yaml_loader_fuzz     YAML files of the whole-run cases, content/, panelpack.yaml
  csv_reader_fuzz      CSV files of the cases and content/data/
  markdown_fuzz        text values of those YAML files, the docs' paragraphs,
                       string literals of the Markdown unit tests
  css_parser_fuzz      styles/*.css, CSS files of the cases, literals of the style tests
  paper_html_fuzz      markup literals of the layout and paper tests, the
                       built-in templates with their tags taken out
  template_engine_fuzz templates (first byte even), and JSON views made to fit
                       each template (first byte odd)
"""

import hashlib
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HEADER = re.compile(r"^-- (.+) --$")
MAX_SEED = 64 * 1024


def case_files():
    """(name, body) of every file section of the whole-run cases."""
    for case in sorted((REPO / "tests" / "cases").rglob("*.txt")):
        name, body = None, []
        for line in case.read_text(encoding="utf-8").splitlines(keepends=True):
            m = HEADER.match(line.rstrip("\n"))
            if m:
                if name:
                    yield name, "".join(body)
                words = m.group(1).split()
                keyword = words[0] in ("args", "setup", "expect", "copy")
                name = None if keyword else words[-1]
                body = []
            elif name:
                body.append(line)
        if name:
            yield name, "".join(body)


def repo_files(pattern):
    for p in sorted(REPO.glob(pattern)):
        if p.is_file():
            yield p.name, p.read_text(encoding="utf-8", errors="replace")


def cpp_literals(path):
    """The string literals of a C++ file, adjacent ones joined, escapes decoded."""
    text = path.read_text(encoding="utf-8")
    token = re.compile(r'R"([^(\s]*)\((.*?)\)\1"|"((?:[^"\\\n]|\\.)*)"|(\s+)|(.)', re.S)
    out, current = [], None
    for m in token.finditer(text):
        if m.group(2) is not None or m.group(3) is not None:
            piece = m.group(2) if m.group(2) is not None else decode_escapes(m.group(3))
            current = piece if current is None else current + piece
        elif m.group(4) is not None:
            continue
        else:
            if current is not None:
                out.append(current)
            current = None
    if current is not None:
        out.append(current)
    return out


def decode_escapes(s):
    simple = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "'": "'", "0": "\0"}
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            c = s[i + 1]
            if c == "x":
                m = re.match(r"[0-9a-fA-F]+", s[i + 2:])
                if m:
                    out.append(chr(int(m.group(0), 16) & 0xFF))
                    i += 2 + len(m.group(0))
                    continue
            out.append(simple.get(c, c))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def yaml_strings(text):
    """Text values of a YAML file, roughly: block scalars (key: | or >) and
    one-line values. No YAML library, so the script needs only Python."""
    found, lines, i = [], text.splitlines(), 0
    while i < len(lines):
        m = re.match(r"^(\s*)(?:- )?[\w-]+:\s*(.*)$", lines[i])
        i += 1
        if not m:
            continue
        value = m.group(2)
        if value[:1] in ("|", ">"):
            block = []
            while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > len(m.group(1))):
                block.append(lines[i].strip())
                i += 1
            found.append("\n".join(block).strip() + "\n")
        elif value:
            found.append(value.strip("\"'"))
    return found


TAG = re.compile(r"\{\{\{?([#^/>!&=]?)\s*([^}]*?)\s*\}?\}\}")


def view_for(template):
    """A JSON view that fills every tag of a mustache template: a section
    becomes a list of two objects, a variable some text with markup in it."""
    root, stack = {}, []
    scope = root
    for m in TAG.finditer(template):
        kind, name = m.group(1), m.group(2)
        if kind in ("!", ">", "=") or not name or name == ".":
            continue
        if kind in ("#", "^"):
            child = {}
            scope.setdefault(name, [child, child])
            inner = scope[name][0] if isinstance(scope[name], list) and scope[name] and isinstance(scope[name][0], dict) else child
            stack.append(scope)
            scope = inner
        elif kind == "/":
            scope = stack.pop() if stack else root
        else:
            scope.setdefault(name.split(".")[-1], f"{name} & <b>{name}</b>")
    return json.dumps(root, ensure_ascii=False)


def seeds():
    yaml_texts = [b for n, b in case_files() if n.endswith((".yaml", ".yml"))]
    yaml_texts += [b for _, b in repo_files("content/**/*.yaml")] + [b for _, b in repo_files("*.yaml")]
    yield "yaml_loader_fuzz", yaml_texts

    csv = [b for n, b in case_files() if n.endswith(".csv")] + [b for _, b in repo_files("content/data/*.csv")]
    yield "csv_reader_fuzz", csv

    markdown = [s for t in yaml_texts for s in yaml_strings(t) if len(s) > 3]
    for _, doc in repo_files("docs/*.md"):
        markdown += [p for p in re.split(r"\n\s*\n", doc) if p.strip()]
    markdown += cpp_literals(REPO / "src" / "render" / "markdown_test.cpp")
    yield "markdown_fuzz", markdown

    css = [b for _, b in repo_files("styles/*.css")] + [b for n, b in case_files() if n.endswith(".css")]
    for test in sorted((REPO / "src" / "style").glob("*_test.cpp")):
        css += [s for s in cpp_literals(test) if "{" in s or ":" in s]
    yield "css_parser_fuzz", css

    html = []
    for test in sorted((REPO / "src" / "layout").glob("*_test.cpp")) + [REPO / "src" / "render" / "paper_test.cpp"]:
        html += [s for s in cpp_literals(test) if "<" in s and ">" in s]
    templates = [b for _, b in repo_files("templates/*.html")]
    templates += [b for n, b in case_files() if n.endswith(".html")]
    html += [TAG.sub("x", t) for t in templates]
    yield "paper_html_fuzz", html

    engine = ["\0" + t for t in templates]
    for i, t in enumerate(templates):
        engine.append(chr(2 * (i % 4) + 1) + view_for(t))
    yield "template_engine_fuzz", engine


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = Path(sys.argv[1])
    for target, texts in seeds():
        folder = out / target
        folder.mkdir(parents=True, exist_ok=True)
        count = 0
        for text in texts:
            data = text.encode("utf-8", errors="surrogateescape")[:MAX_SEED]
            if not data:
                continue
            (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)
            count += 1
        print(f"{target}: {count} seeds")


if __name__ == "__main__":
    main()
