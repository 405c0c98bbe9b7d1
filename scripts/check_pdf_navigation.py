#!/usr/bin/env python3
"""Checks that a PDF's navigation resolves: every bookmark (outline item)
leads to a page, and every link annotation leads to a page (a named
destination that exists, or an explicit one) or to an address.

Prints one reason per problem; prints nothing when all is well. Exit code 0
either way (the caller counts the lines), 2 when qpdf cannot read the file.

    scripts/check_pdf_navigation.py FILE.pdf
"""
import json
import subprocess
import sys


def qpdf_json(pdf, key):
    out = subprocess.run(["qpdf", "--json", "--json-key=" + key, pdf], capture_output=True, text=True)
    if out.returncode not in (0, 3):  # 3: warnings, which qpdf --check reports on its own
        print(f"qpdf --json failed: {out.stderr.strip()[:200]}")
        sys.exit(2)
    return json.loads(out.stdout)


def outline_problems(items, path=""):
    for n, item in enumerate(items, 1):
        where = f"{path}{n}"
        if item.get("destpageposfrom1") is None:
            yield f"bookmark {where} '{item.get('title', '')}' leads to no page"
        yield from outline_problems(item.get("kids", []), where + ".")


def name_tree(objects, node, names):
    """Collects the names of a /Dests name tree (its /Names pairs, its /Kids)."""
    if isinstance(node, str) and node.endswith(" R"):
        node = objects.get("obj:" + node, {}).get("value")
    if not isinstance(node, dict):
        return
    pairs = node.get("/Names", [])
    for i in range(0, len(pairs) - 1, 2):
        names[pairs[i]] = pairs[i + 1]
    for kid in node.get("/Kids", []):
        name_tree(objects, kid, names)


def link_problems(objects):
    def value(ref):  # an indirect reference ("12 0 R") resolved, anything else as it is
        if isinstance(ref, str) and ref.endswith(" R"):
            return objects.get("obj:" + ref, {}).get("value")
        return ref

    trailer = objects["trailer"]["value"]
    catalog = value(trailer["/Root"])
    ordered = []  # the page objects in page order

    def walk(node_ref):
        node = value(node_ref)
        if node.get("/Type") == "/Pages":
            for kid in node.get("/Kids", []):
                walk(kid)
        else:
            ordered.append(node_ref)

    walk(catalog["/Pages"])
    pages = set(ordered)
    names = {}
    names_dict = value(catalog.get("/Names", {})) or {}
    name_tree(objects, names_dict.get("/Dests"), names)

    def leads_to_page(dest):
        dest = value(dest)
        if isinstance(dest, str):  # a named destination: u:name or b:hex
            if dest not in names:
                return False
            dest = value(names[dest])
        if isinstance(dest, dict):
            dest = dest.get("/D")
        return isinstance(dest, list) and bool(dest) and dest[0] in pages

    for page_number, page_ref in enumerate(ordered, 1):
        for annot_ref in value(page_ref).get("/Annots", []) or []:
            annot = value(annot_ref)
            if not isinstance(annot, dict) or annot.get("/Subtype") != "/Link":
                continue
            action = value(annot.get("/A")) or {}
            if "/Dest" in annot:
                ok = leads_to_page(annot["/Dest"])
            elif action.get("/S") == "/GoTo":
                ok = leads_to_page(action.get("/D"))
            else:
                ok = action.get("/S") == "/URI" and bool(action.get("/URI"))
            if not ok:
                text = str(annot.get("/Contents", ""))[2:60]
                yield f"link on page {page_number} ('{text}') leads nowhere"


def main():
    if len(sys.argv) != 2:
        print("usage: check_pdf_navigation.py FILE.pdf", file=sys.stderr)
        sys.exit(2)
    pdf = sys.argv[1]
    for problem in outline_problems(qpdf_json(pdf, "outlines")["outlines"]):
        print(problem)
    for problem in link_problems(qpdf_json(pdf, "qpdf")["qpdf"][1]):
        print(problem)


if __name__ == "__main__":
    main()
