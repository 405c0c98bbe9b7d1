#!/usr/bin/env python3
"""Writes a small tagged PDF that stands in for a report supplied by others
(the inspectorate's report in the example pack; the supplied appendices of
the tests). Plain text throughout: uncompressed streams and the base-14
Helvetica font, so the file can sit in a test case as it is. Each page has a
heading and paragraphs, tagged (H1, P) under a structure tree, so the tests
can see that a supplied PDF's tags are kept.

Deterministic: no clock, no random numbers.

Usage: scripts/make_supplied_pdf.py OUT TITLE [PAGES] [--encrypt]

--encrypt writes the same document behind the standard security handler
(RC4, 40-bit, empty user password), the way a PDF "protected" against
copying is often supplied; panelpack refuses such a file.
"""
import hashlib
import sys

PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for b in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make(title, pages, encrypt):
    objects = {}  # number -> body (bytes)
    n_pages = pages
    # 1 catalog, 2 pages, 3 font, 4 struct root, 5 document element, 6 parent tree
    page_objs, content_objs, elem_objs = [], [], []
    next_obj = 7
    for _ in range(n_pages):
        page_objs.append(next_obj)
        content_objs.append(next_obj + 1)
        elem_objs.append((next_obj + 2, next_obj + 3))  # H1, P
        next_obj += 4
    for p in range(n_pages):
        heading = title if p == 0 else "%s (continued)" % title
        body = "Page %d of the report supplied by the inspectorate." % (p + 1)
        stream = ("/H1 <</MCID 0>> BDC BT /F1 16 Tf 72 760 Td (%s) Tj ET EMC\n"
                  "/P <</MCID 1>> BDC BT /F1 11 Tf 72 730 Td (%s) Tj ET EMC\n" % (escape(heading), escape(body)))
        objects[content_objs[p]] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream.encode())
        objects[page_objs[p]] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                                 b"/Resources << /Font << /F1 3 0 R >> >> /StructParents %d >>" % (content_objs[p], p))
        h1, para = elem_objs[p]
        objects[h1] = b"<< /Type /StructElem /S /H1 /P 5 0 R /Pg %d 0 R /K 0 >>" % page_objs[p]
        objects[para] = b"<< /Type /StructElem /S /P /P 5 0 R /Pg %d 0 R /K 1 >>" % page_objs[p]
    kids = b" ".join(b"%d 0 R" % o for o in page_objs)
    objects[1] = (b"<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 4 0 R /MarkInfo << /Marked true >> "
                  b"/Lang (en-GB) >>")
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)
    objects[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    elems = b" ".join(b"%d 0 R %d 0 R" % pair for pair in elem_objs)
    objects[4] = b"<< /Type /StructTreeRoot /K 5 0 R /ParentTree 6 0 R /ParentTreeNextKey %d >>" % n_pages
    objects[5] = b"<< /Type /StructElem /S /Document /P 4 0 R /K [%s] >>" % elems
    nums = b" ".join(b"%d [%d 0 R %d 0 R]" % (p, elem_objs[p][0], elem_objs[p][1]) for p in range(n_pages))
    objects[6] = b"<< /Nums [%s] >>" % nums

    file_id = hashlib.md5(title.encode() + b"%d" % n_pages).digest()
    trailer_extra = b""
    if encrypt:
        # Standard security handler, revision 2, empty user and owner passwords.
        o_key = hashlib.md5(PAD).digest()[:5]
        o_value = rc4(o_key, PAD)
        p_value = -44  # printing only
        key = hashlib.md5(PAD + o_value + p_value.to_bytes(4, "little", signed=True) + file_id).digest()[:5]
        u_value = rc4(key, PAD)
        enc = len(objects) + 1
        objects[enc] = (b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
                        % (o_value.hex().encode(), u_value.hex().encode(), p_value))
        trailer_extra = b" /Encrypt %d 0 R" % enc

    out = bytearray(b"%PDF-1.7\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (num, objects[num])
    xref = len(out)
    count = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % count
    for num in range(1, count):
        out += b"%010d 00000 n \n" % offsets[num]
    out += (b"trailer\n<< /Size %d /Root 1 0 R /ID [<%s> <%s>]%s >>\nstartxref\n%d\n%%%%EOF\n"
            % (count, file_id.hex().encode(), file_id.hex().encode(), trailer_extra, xref))
    return bytes(out)


def main():
    args = [a for a in sys.argv[1:] if a != "--encrypt"]
    if len(args) not in (2, 3):
        sys.exit(__doc__)
    pages = int(args[2]) if len(args) == 3 else 2
    with open(args[0], "wb") as f:
        f.write(make(args[1], pages, "--encrypt" in sys.argv))


if __name__ == "__main__":
    main()
