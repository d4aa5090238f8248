#!/usr/bin/env python3
"""Paints the first screen from the page alone: its styles inline, the rest after the first paint.

    python3 scripts/first_styles.py BUILD_DIR

Run by scripts/postbuild.sh after the first screen has been rendered into the page and before
scripts/pwa_postbuild.py (which hashes the inline style into the page's policy).

1. Reads the page's stylesheets (the <link rel="stylesheet"> Trunk wrote) and keeps, in their
   order, every rule that could apply to an element of the first screen in any language (#app,
   the <template id="first-…"> copies and the <noscript> message). "Could apply" errs on the side
   of keeping: every class, id and element a selector names must occur in those screens; pseudo
   classes, attribute selectors and combinators are not narrowed further. The kept rules go into
   one inline <style> where the first stylesheet was.
2. Moves the stylesheet links, the update banner's script, the manifest and the icons into
   <template id="later">: the page's start script (Trunk.toml) adds them once the first screen
   has been painted and starts the app when the styles have arrived. So nothing but the page is
   fetched before the first paint (a browser fetches the manifest, the icon it names for
   installing and the tab's icon as soon as it reads their links). An empty icon (a data:
   address) stands in until then, which the start script removes. Because the full stylesheets
   come after the inline subset and repeat its rules in the same order, what is shown once they
   are in is exactly what the stylesheets alone would show.
3. Copies the links into a <noscript> in the head, for browsers without JavaScript.
"""

import os
import re
import sys
from html.parser import HTMLParser

STYLESHEET = re.compile(r'[ \t]*<link\b[^>]*\brel="stylesheet"[^>]*>\n?', re.I)
HREF = re.compile(r'\bhref="([^"]+)"', re.I)
# The manifest and the icons: nothing of the first screen, each a request of its own.
LATER_LINK = re.compile(r'[ \t]*<link\b[^>]*\brel="(?:manifest|icon|apple-touch-icon)"[^>]*>\n?', re.I)
LATER_SCRIPT = re.compile(r'[ \t]*<script\b[^>]*\bsrc="[^"]*sw-register[^"]*"[^>]*>\s*</script>\n?', re.I)
# Classes the page's own head script sets on <html> before the app runs.
PAGE_CLASSES = {"deep-link"}


def fail(message):
    sys.exit(f"first_styles: {message}")


class Names(HTMLParser):
    """The elements, classes and ids inside <body> (templates and noscript included)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_body = False
        self.tags = {"html", "body"}
        self.classes = set(PAGE_CLASSES)
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        if not self.in_body:
            return
        self.tags.add(tag)
        for name, value in attrs:
            if name == "class" and value:
                self.classes.update(value.split())
            elif name == "id" and value:
                self.ids.add(value)


def strip_comments(css):
    return re.sub(r"/\*.*?\*/", "", css, flags=re.S)


def blocks(css):
    """Top-level items of a stylesheet: (prelude, body) pairs, body without its braces."""
    items, i, n = [], 0, len(css)
    while i < n:
        start = i
        while i < n and css[i] not in "{;":
            i += 1
        if i >= n:
            if css[start:].strip():
                fail(f"unfinished rule: {css[start:start + 60]!r}")
            break
        prelude = css[start:i].strip()
        if css[i] == ";":  # a statement at-rule such as @charset
            items.append((prelude, None))
            i += 1
            continue
        depth, j = 1, i + 1
        while j < n and depth:
            if css[j] == "{":
                depth += 1
            elif css[j] == "}":
                depth -= 1
            elif css[j] in "\"'":
                quote, j = css[j], j + 1
                while j < n and css[j] != quote:
                    j += 2 if css[j] == "\\" else 1
            j += 1
        if depth:
            fail(f"unbalanced braces after {prelude[:60]!r}")
        items.append((prelude, css[i + 1 : j - 1]))
        i = j
    return items


def split_selectors(prelude):
    out, depth, current = [], 0, []
    for ch in prelude:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "," and depth == 0:
            out.append("".join(current))
            current = []
        else:
            current.append(ch)
    out.append("".join(current))
    return [s.strip() for s in out if s.strip()]


def without_brackets(selector):
    """The selector with attribute selectors and pseudo classes' arguments removed."""
    out, depth = [], 0
    for ch in selector:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


COMPOUND = re.compile(r"[^\s>+~]+")
IDENT = r"-?[_a-zA-Z][-_a-zA-Z0-9]*"


def may_match(selector, names):
    plain = re.sub(r"::?" + IDENT, "", without_brackets(selector))
    for compound in COMPOUND.findall(plain):
        tag = re.match(IDENT, compound)
        if tag and tag.group(0).lower() not in names.tags:
            return False
        if any(c not in names.classes for c in re.findall(r"\.(" + IDENT + ")", compound)):
            return False
        if any(i not in names.ids for i in re.findall(r"#(" + IDENT + ")", compound)):
            return False
    return True


def squeeze(text):
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s*([{};,>])\s*", r"\1", text).replace(";}", "}")


def first_rules(css, names):
    out = []
    for prelude, body in blocks(strip_comments(css)):
        if body is None:
            continue
        if prelude.startswith("@media") or prelude.startswith("@supports"):
            inner = first_rules(body, names)
            if inner:
                out.append(f"{squeeze(prelude)}{{{inner}}}")
        elif prelude.startswith("@"):
            continue  # @page, @keyframes, @font-face: nothing the first screen draws with
        else:
            kept = [s for s in split_selectors(prelude) if may_match(s, names)]
            if kept:
                out.append(f"{','.join(squeeze(s) for s in kept)}{{{squeeze(body)}}}")
    return "".join(out)


def main():
    if len(sys.argv) != 2:
        fail("usage: first_styles.py BUILD_DIR")
    build_dir = sys.argv[1]
    index = os.path.join(build_dir, "index.html")
    with open(index, encoding="utf-8") as f:
        html = f.read()
    if '<template id="later">' in html:
        fail(f"{index} has already been through this step")

    head_end = html.find("</head>")
    links = [m for m in STYLESHEET.finditer(html) if m.start() < head_end]
    if not links:
        fail(f"{index} links no stylesheet")
    names = Names()
    names.feed(html)
    if "app" not in names.ids:
        fail(f"{index} has no #app: run the pre-render step first")

    css = ""
    for link in links:
        href = HREF.search(link.group(0)).group(1)
        with open(os.path.join(build_dir, href.removeprefix("./")), encoding="utf-8") as f:
            css += f.read() + "\n"
    inline = first_rules(css, names)
    if "</" in inline:
        fail("a first-screen rule contains '</', which would end the inline <style>")

    others = [m for m in LATER_LINK.finditer(html) if m.start() < head_end]
    script = LATER_SCRIPT.search(html)
    scripts = [script] if script and script.start() < head_end else []
    linked = [m.group(0).strip() for m in links + others]
    later = linked + [m.group(0).strip() for m in scripts]
    # Until the icons are in, an empty one keeps the browser from asking for /favicon.ico.
    placeholder = '<link rel="icon" href="data:," id="icon-later">\n  ' if others else ""
    moved = (
        f"  {placeholder}<style>{inline}</style>\n"
        f'  <template id="later">{"".join(later)}</template>\n'
        f'  <noscript>{"".join(linked)}</noscript>\n'
    )
    # From the end, so that the earlier places stay where they were found.
    cuts = sorted([(m.start(), m.end(), "") for m in links[1:] + others + scripts]
                  + [(links[0].start(), links[0].end(), moved)], reverse=True)
    for start, end, text in cuts:
        html = html[:start] + text + html[end:]
    with open(index, "w", encoding="utf-8") as f:
        f.write(html)
    print(
        f"first_styles: {len(inline) / 1024:.1f} KB of {len(css) / 1024:.1f} KB of styles inline for the"
        f" first screen; {len(later)} file(s) after the first paint"
    )


if __name__ == "__main__":
    main()
