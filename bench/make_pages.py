#!/usr/bin/env python3
"""Writes the comparison pages of the benchmark next to a copy of the app:

  floor/     the app's first screen in one HTML file: its markup and, in a <style> element, the
             style rules it uses, no script, nothing else to request (the icon is a data:
             address): the fastest this first screen can possibly be
  copy/      the app's first screen as plain static HTML with the app's own stylesheets, no
             script (the benchmark's floor before there was a one-file page)
  surveyjs/  the same questionnaire built with SurveyJS (survey-core + survey-js-ui), from
             content/model.toml and content/en.toml, the same welcome text on its start page,
             one question per page, the library files served from this folder (no CDN)

usage: make_pages.py SITE FIRST_SCREEN_HTML WELCOME_TEXT_HTML FIRST_SCREEN_CSS
  SITE               folder holding app/ (a copy of the release build); the pages go there
  FIRST_SCREEN_HTML  the markup of the app's first screen, as the app rendered it
  WELCOME_TEXT_HTML  the welcome text alone (without the app's buttons), for SurveyJS's start page
  FIRST_SCREEN_CSS   the style rules the first screen uses, as the browser wrote them out

It prints the questionnaire's items (id and kind, in order) as JSON.
"""

import html
import html.parser
import json
import os
import re
import shutil
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MODULES = os.path.join(HERE, "node_modules")

# The SurveyJS files a page without a build step loads, as the library documents it. The
# font-less stylesheet avoids the default theme's web-font requests to another origin.
SURVEYJS_FILES = [
    ("survey-core", "survey.core.min.js"),
    ("survey-js-ui", "survey-js-ui.min.js"),
    ("survey-core", "survey-core.fontless.min.css"),
]


def load_content():
    with open(os.path.join(ROOT, "content", "model.toml"), "rb") as f:
        model = tomllib.load(f)
    with open(os.path.join(ROOT, "content", "en.toml"), "rb") as f:
        strings = tomllib.load(f)
    return model, strings


def head_of(app_index, policy=True):
    """The app page's <head> metadata (charset, viewport, colour scheme, description, title)
    and its stylesheet addresses; scripts, preloads and icons are left out, and with
    policy=False the http-equiv metadata too (the app's content security policy allows no
    <style> element)."""
    with open(app_index, encoding="utf-8") as f:
        page = f.read()
    keep = []
    for tag in re.findall(r"<meta\b[^>]*>|<title>.*?</title>", page, flags=re.S):
        if not policy and re.search(r"\bhttp-equiv=", tag):
            continue
        keep.append(tag)
    styles = re.findall(r'<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"', page)
    styles += re.findall(r'<link\b[^>]*href="([^"]+)"[^>]*rel="stylesheet"', page)
    return keep, list(dict.fromkeys(styles))


class Loads(html.parser.HTMLParser):
    """Finds what in a piece of markup would make the browser request something."""

    FETCHING = {"img", "script", "link", "iframe", "embed", "object", "video", "audio", "source", "track", "image", "feimage"}

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag in self.FETCHING:
            self.found.append(f"<{tag}>")
        for name in ("src", "srcset", "poster", "background"):
            if values.get(name):
                self.found.append(f'{name}="{values[name]}"')
        if tag == "use":
            for name in ("href", "xlink:href"):
                if values.get(name) and not values[name].startswith("#"):
                    self.found.append(f'<use {name}="{values[name]}">')
        if values.get("style"):
            self.found += outside_urls(values["style"])

    handle_startendtag = handle_starttag


def outside_urls(css):
    """The url(…) and @import references of a style text that point outside the page."""
    found = re.findall(r"@import\b[^;]*", css, flags=re.I)
    for url in re.findall(r"url\(\s*['\"]?([^'\")]*)", css, flags=re.I):
        if not url.startswith(("#", "data:")):
            found.append(f"url({url})")
    return found


def write_floor(site, first_screen, css):
    """The one-file page; stops when its markup or style rules would request anything."""
    loads = Loads()
    loads.feed(first_screen)
    problems = loads.found + outside_urls(css)
    if problems:
        sys.exit(f"make_pages.py: the one-file page would request more: {', '.join(problems)}")
    out = os.path.join(site, "floor")
    os.makedirs(out, exist_ok=True)
    meta, _ = head_of(os.path.join(site, "app", "index.html"), policy=False)
    meta = [m for m in meta if "netwhy-service-worker" not in m]
    page = "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            *meta,
            '<link rel="icon" href="data:,">',
            "<style>",
            css.strip(),
            "</style>",
            "</head>",
            "<body>",
            first_screen,
            "</body>",
            "</html>",
            "",
        ]
    )
    with open(os.path.join(out, "index.html"), "w", encoding="utf-8") as f:
        f.write(page)


def write_copy(site, welcome):
    app = os.path.join(site, "app")
    out = os.path.join(site, "copy")
    os.makedirs(out, exist_ok=True)
    meta, styles = head_of(os.path.join(app, "index.html"))
    links = []
    for href in styles:
        name = os.path.basename(href.split("?")[0])
        shutil.copyfile(os.path.join(app, name), os.path.join(out, name))
        links.append(f'<link rel="stylesheet" href="{name}">')
    page = "\n".join(
        ["<!DOCTYPE html>", '<html lang="en">', "<head>", *meta, *links, "</head>", "<body>", welcome, "</body>", "</html>", ""]
    )
    with open(os.path.join(out, "index.html"), "w", encoding="utf-8") as f:
        f.write(page)


def option_label(strings, item_id, option_id):
    """An option's label: the item's own label, else the channel of that id's name (the
    platforms question lists channels)."""
    own = strings["items"].get(item_id, {}).get("options", {})
    if option_id in own:
        return own[option_id]
    return strings["channels"][option_id]["name"]


def survey_json(model, strings, welcome):
    """The questionnaire as a SurveyJS definition: same items in the same order, same prompts,
    help texts, scale labels and options; one question per page after a start page."""
    elements = []
    previous_layer = None
    for item in model["items"]:
        text = strings["items"][item["id"]]
        question = {"name": item["id"], "title": text["prompt"], "isRequired": True}
        description = []
        if item["layer"] != previous_layer:
            description.append(strings["layers"][item["layer"]]["text"])
            previous_layer = item["layer"]
        if "help" in text:
            description.append(text["help"])
        if description:
            question["description"] = " ".join(description)
        kind = item["kind"]
        if kind == "scale":
            labels = strings["scales"][item["scale"]]
            question.update(type="radiogroup", choices=[{"value": i + 1, "text": t} for i, t in enumerate(labels)])
        elif kind == "single":
            question.update(
                type="radiogroup",
                choices=[{"value": o["id"], "text": option_label(strings, item["id"], o["id"])} for o in item["options"]],
            )
        elif kind == "multi":
            question.update(
                type="checkbox",
                isRequired=False,
                choices=[{"value": o["id"], "text": option_label(strings, item["id"], o["id"])} for o in item["options"]],
            )
        elif kind == "split":
            motives = ["known", "equipped", "connected"]
            total = item.get("total", 10)
            question.update(
                type="multipletext",
                items=[
                    {"name": m, "title": strings["motives"][m]["name"], "inputType": "number", "min": 0, "max": total}
                    for m in motives
                ],
                validators=[
                    {
                        "type": "expression",
                        "expression": " + ".join(f"{{{item['id']}.{m}}}" for m in motives) + f" = {total}",
                        "text": f"Share exactly {total} points.",
                    }
                ],
            )
        else:
            sys.exit(f"make_pages.py: item {item['id']} has a kind this generator does not know: {kind}")
        elements.append(question)
    # The welcome heading becomes the survey's title, styled by SurveyJS's theme; the rest of
    # the welcome text goes on the start page.
    heading = re.search(r"<h1\b[^>]*>(.*?)</h1>", welcome, flags=re.S)
    title = html.unescape(re.sub(r"<[^>]+>", "", heading.group(1))).strip() if heading else "netwhy"
    body = re.sub(r"<h1\b.*?</h1>", "", welcome, count=1, flags=re.S)
    body = re.sub(r'<p class="brand"[^>]*>.*?</p>', "", body, flags=re.S)
    start = {"name": "welcome", "elements": [{"type": "html", "name": "welcome_text", "html": body}]}
    pages = [start] + [{"name": f"p_{q['name']}", "elements": [q]} for q in elements]
    return {
        "title": title,
        "firstPageIsStartPage": True,
        "startSurveyText": "Start",
        "showProgressBar": "top",
        "progressBarType": "pages",
        "completeText": "See my results",
        "showQuestionNumbers": "off",
        "pages": pages,
    }, len(elements)


def write_surveyjs(site, model, strings, welcome):
    out = os.path.join(site, "surveyjs")
    os.makedirs(out, exist_ok=True)
    for package, name in SURVEYJS_FILES:
        shutil.copyfile(os.path.join(MODULES, package, name), os.path.join(out, name))
    definition, count = survey_json(model, strings, welcome)
    script = (
        "const definition = "
        + json.dumps(definition, ensure_ascii=False, indent=1)
        + ";\n"
        + "const survey = new Survey.Model(definition);\n"
        + "survey.onComplete.add((sender) => {\n"
        + "  try { localStorage.setItem('netwhy-surveyjs', JSON.stringify(sender.data)); } catch (e) {}\n"
        + "});\n"
        + "SurveyUI.renderSurvey(survey, document.getElementById('survey'));\n"
    )
    with open(os.path.join(out, "questionnaire.js"), "w", encoding="utf-8") as f:
        f.write(script)
    meta, _ = head_of(os.path.join(site, "app", "index.html"))
    page = "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            *meta,
            '<link rel="stylesheet" href="survey-core.fontless.min.css">',
            '<script src="survey.core.min.js" defer></script>',
            '<script src="survey-js-ui.min.js" defer></script>',
            '<script src="questionnaire.js" defer></script>',
            "</head>",
            "<body>",
            '<div id="survey"></div>',
            "</body>",
            "</html>",
            "",
        ]
    )
    with open(os.path.join(out, "index.html"), "w", encoding="utf-8") as f:
        f.write(page)
    return count


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    site = sys.argv[1]
    with open(sys.argv[2], encoding="utf-8") as f:
        first_screen = f.read()
    with open(sys.argv[3], encoding="utf-8") as f:
        welcome_text = f.read()
    with open(sys.argv[4], encoding="utf-8") as f:
        first_screen_css = f.read()
    model, strings = load_content()
    write_floor(site, first_screen, first_screen_css)
    write_copy(site, first_screen)
    count = write_surveyjs(site, model, strings, welcome_text)
    items = [{"id": i["id"], "kind": i["kind"]} for i in model["items"]]
    assert count == len(items)
    print(json.dumps({"items": items}))


if __name__ == "__main__":
    main()
