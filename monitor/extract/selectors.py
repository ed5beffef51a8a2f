"""Apply the CSS-or-XPath selector overrides of a source."""

from __future__ import annotations

from parsel import Selector, SelectorList


def select(sel: Selector, expression: str) -> SelectorList:
    """CSS, or XPath when the expression starts with '/' or '(' (the config contract)."""
    if expression.startswith(("/", "(")):
        return sel.xpath(expression)
    return sel.css(expression)


def select_text(sel: Selector, expression: str) -> str:
    """Whitespace-normalised text of everything the expression selects."""
    parts: list[str] = []
    for node in select(sel, expression):
        root = node.root
        if isinstance(root, str):
            parts.append(root)
        else:
            parts.append(" ".join(node.xpath(".//text()").getall()))
    return " ".join(" ".join(parts).split())
