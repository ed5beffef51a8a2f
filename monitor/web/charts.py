"""Bar charts as inline SVG, drawn on the server: the page needs no internet and no JavaScript library.

Every text that reaches the SVG (source names, labels, titles) is escaped here, so the caller may
insert the result as markup. Bars carry a <title> so hovering shows the exact figure.
"""

from __future__ import annotations

from html import escape

# Colour-blind-friendly palette (Okabe-Ito); sources beyond it share the last colour as "other".
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"]
WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 640, 200, 34, 34, 10


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _frame(title: str, body: list[str], height: int) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {WIDTH} {height}" '
            f'width="{WIDTH}" height="{height}" aria-label="{_e(title)}"><title>{_e(title)}</title>'
            + "".join(body) + "</svg>")


def _axis(labels: list[str], top_value: int, slot: float, every: int) -> list[str]:
    base = HEIGHT - BOTTOM
    out = [f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH}" y2="{base}" stroke="#888"/>',
           f'<text x="{LEFT - 4}" y="{TOP + 8}" text-anchor="end" font-size="10">{top_value}</text>',
           f'<text x="{LEFT - 4}" y="{base}" text-anchor="end" font-size="10">0</text>']
    for i, label in enumerate(labels):
        if i % every == 0:
            x = LEFT + slot * i + slot / 2
            out.append(f'<text x="{x:.1f}" y="{base + 14}" text-anchor="middle" font-size="10">{_e(label)}</text>')
    return out


def stacked_bars(labels: list[str], series: dict[str, list[int]], title: str) -> str:
    """One stacked bar per label, one colour per series (the largest series first), with a legend."""
    if not labels or not series:
        return ""
    ranked = sorted(series, key=lambda s: (-sum(series[s]), s))
    if len(ranked) > len(PALETTE):  # fold the smallest sources into "other" so colours stay distinct
        kept, rest = ranked[:len(PALETTE) - 1], ranked[len(PALETTE) - 1:]
        series = {**{k: series[k] for k in kept},
                  "other": [sum(series[s][i] for s in rest) for i in range(len(labels))]}
        ranked = kept + ["other"]
    totals = [sum(series[s][i] for s in ranked) for i in range(len(labels))]
    top_value = max(max(totals), 1)
    slot = (WIDTH - LEFT) / len(labels)
    scale = (HEIGHT - BOTTOM - TOP) / top_value
    body = _axis(labels, top_value, slot, max(1, len(labels) // 6))
    for i, label in enumerate(labels):
        y = HEIGHT - BOTTOM
        for s_index, name in enumerate(ranked):
            n = series[name][i]
            if not n:
                continue
            h = n * scale
            y -= h
            body.append(f'<rect x="{LEFT + slot * i + 2:.1f}" y="{y:.1f}" width="{max(slot - 4, 1):.1f}" '
                        f'height="{h:.1f}" fill="{PALETTE[s_index]}"><title>{_e(name)}, week of {_e(label)}: '
                        f'{n}</title></rect>')
    legend_y = HEIGHT + 4
    x = LEFT
    rows = 0
    for s_index, name in enumerate(ranked):
        width = 18 + 7 * len(name)
        if x + width > WIDTH:
            x, rows = LEFT, rows + 1
        y = legend_y + rows * 16
        body.append(f'<rect x="{x}" y="{y}" width="10" height="10" fill="{PALETTE[s_index]}"/>'
                    f'<text x="{x + 14}" y="{y + 9}" font-size="11">{_e(name)}</text>')
        x += width
    return _frame(title, body, HEIGHT + 20 + rows * 16)


def bars(labels: list[str], values: list[int], title: str, unit: str = "") -> str:
    """One bar per label in a single colour."""
    if not labels:
        return ""
    top_value = max(max(values), 1)
    slot = (WIDTH - LEFT) / len(labels)
    scale = (HEIGHT - BOTTOM - TOP) / top_value
    body = _axis(labels, top_value, slot, max(1, len(labels) // 6))
    for i, (label, n) in enumerate(zip(labels, values)):
        h = n * scale
        body.append(f'<rect x="{LEFT + slot * i + 2:.1f}" y="{HEIGHT - BOTTOM - h:.1f}" '
                    f'width="{max(slot - 4, 1):.1f}" height="{h:.1f}" fill="{PALETTE[1]}">'
                    f'<title>{_e(label)}: {n}{_e(unit)}</title></rect>')
    return _frame(title, body, HEIGHT)
