"""Does a listing page look like a JavaScript application shell (content added by a script)?

A shell is what plain HTTP sees of a React/Vue/Angular front end: an empty mount element
(#root, #app, #__next...), a script bundle, often a <noscript> asking for JavaScript, and
little or no text of its own. Only then is a listing without article links worth rendering.
"""

from __future__ import annotations

import re

from parsel import Selector

# ids and attributes front-end frameworks mount their application on
MOUNT_XPATH = (
    "//*[@id='root' or @id='app' or @id='__next' or @id='__nuxt' or @id='svelte' or @id='main-app'"
    " or @data-reactroot or @ng-app or @data-server-rendered or @data-v-app"
    " or contains(concat(' ', normalize-space(@class), ' '), ' app-root ')]"
)
NOSCRIPT_WORDS = re.compile(r"javascript|\bjs\b|włącz|wlacz|enable", re.IGNORECASE)
STATE_MARKERS = re.compile(r"__NEXT_DATA__|__NUXT__|__INITIAL_STATE__|__APOLLO_STATE__|__PRELOADED_STATE__"
                           r"|\bfetch\s*\(|XMLHttpRequest|axios\.")
LITTLE_TEXT = 400        # characters of visible body text below which a page with scripts is a shell


def _visible_text(sel: Selector) -> str:
    parts = sel.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)"
                      " and not(ancestor::noscript) and not(ancestor::template)]").getall()
    return " ".join(" ".join(parts).split())


def looks_like_app_shell(html: str) -> bool:
    """True when the page's content is evidently added by a script, not in the HTML itself."""
    sel = Selector(text=html or "<html></html>")
    scripts = sel.xpath("//script")
    if not scripts:
        return False
    for mount in sel.xpath(MOUNT_XPATH):
        text = " ".join(" ".join(mount.xpath(".//text()[not(ancestor::script)]").getall()).split())
        if len(text) < 80:              # an empty (or "Loading…") mount point
            return True
    if any(NOSCRIPT_WORDS.search(t) for t in sel.xpath("//noscript//text()").getall()):
        return True
    inline = " ".join(sel.xpath("//script[not(@src)]/text()").getall())
    # a page that builds itself: little text of its own, and scripts that fetch or carry state
    return len(_visible_text(sel)) < LITTLE_TEXT and bool(STATE_MARKERS.search(inline)
                                                          or sel.xpath("//script[@src]"))
