"""The languages of the app as the tests see them: each language file's texts by their place,
what a screen shows (text and the labels a screen reader says), English left where another
language is shown, text that does not fit its box, and a pseudo-language made from English."""

import json
import os
import re
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _load(tag):
    with open(os.path.join(ROOT, "content", f"{tag}.toml"), "rb") as f:
        return tomllib.load(f)


def texts(tree, place=""):
    """Every text of a language file by its place ("items.audience.prompt", "scales.agree5.2")."""
    if isinstance(tree, dict):
        for key, value in tree.items():
            yield from texts(value, f"{place}.{key}" if place else key)
    elif isinstance(tree, list):
        for index, value in enumerate(tree):
            yield from texts(value, f"{place}.{index}")
    elif isinstance(tree, str) and place not in ("language",):
        yield place, tree


ENGLISH = dict(texts(_load("en")))
TRANSLATED = {tag: dict(texts(_load(tag))) for tag in ("de", "ar")}

# The text of a screen as a person meets it: what is shown, and the names and descriptions a
# screen reader says (labels, alternative texts, the chart's title and description).
SHOWN = """
const parts = [document.body.innerText];
for (const e of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
  for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
    if (e.hasAttribute(name)) parts.push(e.getAttribute(name));
  }
}
for (const e of document.querySelectorAll('svg title, svg desc')) parts.push(e.textContent);
parts.push(document.title);
return parts.join('\\n');
"""


def shown(driver):
    return driver.execute_script(SHOWN)


def _words(text):
    return " ".join(text.split())


def english_left(page, tag, shortest=12):
    """English texts of the app that `page` shows although the language `tag` says otherwise
    (texts the same in both languages, such as names of platforms, do not count)."""
    page = _words(page)
    found = []
    for place, english in ENGLISH.items():
        english = _words(english)
        if len(english) < shortest or "{" in english:
            continue
        if _words(TRANSLATED[tag].get(place, "")) == english:
            continue
        if english in page:
            found.append(f"{place}: {english}")
    # Texts made with marks: the words around the marks, as written in English.
    for place, english in ENGLISH.items():
        if "{" not in english or _words(TRANSLATED[tag].get(place, "")) == _words(english):
            continue
        for piece in re.split(r"\{[a-z_]+\}", english):
            piece = _words(piece).strip(" .,:;")
            if len(piece) >= shortest and piece in page:
                found.append(f"{place}: …{piece}…")
    return sorted(set(found))


# Elements whose content is wider than their box (text cut off or running out of it), and
# whether the page scrolls sideways. Scrolling regions the app means (wide tables) are left out.
OVERFLOW = """
const wide = [];
for (const e of document.querySelectorAll('body *')) {
  // Text only for screen readers is cut on purpose; wide tables scroll in their own region.
  if (e.closest('svg, .table-scroll, .visually-hidden, script, style, noscript, template')) continue;
  // Form fields scroll their own text (a file field's name, a long entry) by design.
  if (e.matches('input, select, textarea')) continue;
  const style = getComputedStyle(e);
  if (style.display === 'inline' || style.display === 'none' || style.display === 'contents') continue;
  if (e.clientWidth === 0 && e.clientHeight === 0) continue;
  if (e.scrollWidth > e.clientWidth + 1) wide.push(e);
}
// The innermost ones: where the content that does not fit is.
const cut = wide.filter((e) => !wide.some((other) => other !== e && e.contains(other))).map((e) =>
  e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '')
    + ': ' + (e.innerText || e.value || '').trim().replace(/\\s+/g, ' ').slice(0, 60)
    + ' (' + e.scrollWidth + ' > ' + e.clientWidth + ')');
return {
  page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  cut: cut,
};
"""


def overflow(driver):
    """How far the page scrolls sideways (0: not at all) and the elements whose content does
    not fit their width."""
    found = driver.execute_script(OVERFLOW)
    return found["page"], found["cut"]


# Words in the elements matching a selector that are drawn on more than one line: broken
# inside rather than between words (a hyphen or slash may end a line). Each word's text is
# measured with a Range, whose boxes lie on one line unless the word was broken.
BROKEN_WORDS = """
const found = [];
for (const element of document.querySelectorAll(arguments[0])) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const word of node.data.matchAll(/[^\\s\\/-]+/g)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const lines = [];
      for (const box of range.getClientRects()) {
        if (box.width > 0 && !lines.some((top) => Math.abs(top - box.top) < box.height / 2)) lines.push(box.top);
      }
      if (lines.length > 1) {
        found.push(element.tagName.toLowerCase() + '.' + element.className + ': "' + word[0] + '" on ' + lines.length + ' lines');
      }
    }
  }
}
return found;
"""


def broken_words(driver, selector):
    """The words inside the elements matching `selector` that are broken across lines."""
    return driver.execute_script(BROKEN_WORDS, selector)


# ----------------------------------------------------------------------------- pseudo-language

ACCENTED = str.maketrans(
    "aceinousyACEINOUSYdgklrtzDGKLRTZ",
    "àçéîñöüšýÀÇÉÎÑÖÜŠÝďğķļŕţžĎĞĶĻŔŢŽ",
)


def pseudo_text(text):
    """English made strange but readable: every letter accented, 40 % longer, in brackets, and
    the `{marks}` kept as they are."""
    pieces = re.split(r"(\{[a-z_]+\})", text)
    out = "".join(p if p.startswith("{") and p.endswith("}") else p.translate(ACCENTED) for p in pieces)
    padding = "·" * max(1, round(len(text) * 0.4))
    return f"⟦{out}{padding}⟧"


def _pseudo_tree(tree):
    if isinstance(tree, dict):
        return {k: _pseudo_tree(v) for k, v in tree.items()}
    if isinstance(tree, list):
        return [_pseudo_tree(v) for v in tree]
    if isinstance(tree, str):
        return pseudo_text(tree)
    return tree


def pseudo_language(tag):
    """The English texts made pseudo, as the language file of `tag` (served in its place, so
    it takes that language's direction)."""
    tree = _pseudo_tree(_load("en"))
    tree["format"] = _load("en")["format"]
    tree["language"] = tag
    return json.dumps(tree, ensure_ascii=False)


def plain_english_left(page, shortest=12):
    """English texts of the app shown as written while the pseudo-language is in use: text the
    build puts on the screen without taking it from the language file."""
    page = _words(page)
    found = []
    for place, english in ENGLISH.items():
        for piece in re.split(r"\{[a-z_]+\}", english):
            piece = _words(piece).strip(" .,:;")
            # Only texts with a letter the pseudo-language changes.
            if len(piece) >= shortest and piece.translate(ACCENTED) != piece and piece in page:
                found.append(f"{place}: {piece}")
    return sorted(set(found))
