"""Drawing one line of text that may mix scripts and directions on a ReportLab canvas.

A name like "محمد رحمن (CFR-000012)" or an Arabic label with a number in it is split into runs:
python-bidi's resolved embedding levels give each character its direction, and each run has one
level and one script, so one font (fonts.font_for) and one HarfBuzz shaping call (ReportLab's
uharfbuzz support). Runs are then put in visual order by the Unicode rule L2 and drawn left to
right; a right-to-left paragraph is aligned to the right when asked for its "start".
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, Protocol

from bidi import algorithm as bidi_algorithm
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

from desktop.printing.fonts import LATIN, has_glyphs, script_font, script_of

Align = Literal["left", "right", "centre", "start", "end"]
# Embeddings, overrides and isolates are dropped (python-bidi removes them from its levels); the
# marks LRM, RLM and ALM stay for the algorithm, which needs them, and are not drawn.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e"))
_MARKS = frozenset("\u200e\u200f\u061c")
_RTL_SCRIPTS = ("arabic", "hebrew")
_BIDI_CONTROLS.update(dict.fromkeys(range(0x2066, 0x206A)))
JOINERS = frozenset("\u200c\u200d")  # ZWNJ, ZWJ: drawn as part of their word's run
_INVISIBLE = ("Cc", "Cf", "Cs", "Cn")  # NUL, BOM, ZWSP, ...: nothing to draw, and bidi drops them


class TextCanvas(Protocol):
    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None: ...

    def drawString(self, x: float, y: float, text: str) -> None: ...


@dataclass(frozen=True)
class Run:
    """A piece of the line in one font and one direction, as placed on the page."""

    text: str  # logical order, as typed
    font: str
    rtl: bool
    x: float = 0.0  # left edge, relative to the line's left edge
    width: float = 0.0
    glyphs: int = 0  # glyphs after shaping (a conjunct or ligature makes fewer than chars)
    shaped: str = ""  # what is drawn: glyph stand-ins in visual order


@dataclass(frozen=True)
class Line:
    text: str
    rtl: bool  # paragraph direction
    size: float
    runs: tuple[Run, ...]  # visual order, left to right

    @property
    def width(self) -> float:
        return sum(run.width for run in self.runs)


def _levels(text: str, rtl: bool | None) -> tuple[list[int], int]:
    storage = bidi_algorithm.get_empty_storage()
    base = bidi_algorithm.get_base_level(text, False) if rtl is None else int(rtl)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    bidi_algorithm.get_embedding_levels(text, storage, False, False)
    bidi_algorithm.explicit_embed_and_overrides(storage, False)
    bidi_algorithm.resolve_weak_types(storage, False)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    levels = [int(ch["level"]) for ch in storage["chars"]]
    # L1: trailing white space takes the paragraph level.
    i = len(levels) - 1
    while i >= 0 and text[i].isspace():
        levels[i] = base
        i -= 1
    return levels, base


def _is_neutral(ch: str) -> bool:
    return script_of(ch) == LATIN and not ch.isalpha()


def _covers(script: str, ch: str, language: str) -> bool:
    return ch.isspace() or has_glyphs(script_font(script, language=language), ch)


def _split(text: str, levels: list[int], language: str) -> list[tuple[str, int, str]]:
    """(text, level, script) pieces in logical order.

    Neutral characters (spaces, digits, punctuation) take the script of their neighbours in the
    same level, so "محمد (12)" stays one Arabic run, unless that font lacks them.
    """
    scripts = ["" if _is_neutral(ch) else script_of(ch) for ch in text]
    for order in (range(len(text)), range(len(text) - 1, -1, -1)):
        last, last_level = "", -1
        for i in order:
            if scripts[i]:
                last, last_level = scripts[i], levels[i]
            elif last and levels[i] == last_level and _covers(last, text[i], language):
                scripts[i] = last
    pieces: list[tuple[str, int, str]] = []
    for ch, level, script in zip(text, levels, scripts, strict=True):
        if ch in _MARKS:
            continue
        script = script or LATIN
        if pieces and pieces[-1][1:] == (level, script):
            pieces[-1] = (pieces[-1][0] + ch, level, script)
        else:
            pieces.append((ch, level, script))
    return pieces


def _visual_order(levels: list[int]) -> list[int]:
    """Indices of runs in visual order (Unicode rule L2) given each run's level."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


def _shape(text: str, font: str, size: float, rtl: bool) -> tuple[str, float, int]:
    """Shaped glyph stand-ins in visual order, the width, and the glyph count."""
    strong_rtl = any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)
    # ReportLab lets HarfBuzz guess the direction from the script; shape only where that guess
    # is this run's direction. The rest (neutrals in RTL, Arabic-Indic digits in LTR) needs no
    # joining: mirror and reverse it here instead.
    harfbuzz_agrees = strong_rtl if rtl else script_of(text) not in _RTL_SCRIPTS
    source = "".join(MIRRORED.get(ch, ch) for ch in reversed(text)) if rtl else text
    face = pdfmetrics.getFont(font)
    if harfbuzz_agrees and getattr(face, "shapable", False):
        shaped = shapeStr(text, font, size, force=True)
        if isinstance(shaped, ShapedStr):
            data = shaped.__shapeData__
            width = sum(d.x_advance for d in data) * size / 1000
            return shaped, width, len(data)
    if rtl and strong_rtl:
        source = get_display(text, base_dir="R")  # a font HarfBuzz cannot use: bidi orders it
    return source, pdfmetrics.stringWidth(source, font, size), len(source)


def layout_line(
    text: str, size: float, *, bold: bool = False, rtl: bool | None = None, language: str = ""
) -> Line:
    """Split, shape and order `text` (one line). `rtl` forces the paragraph direction."""
    return _layout(text, size, bold, rtl, language)


def _drawable(ch: str) -> bool:
    """Kept for drawing: ZWNJ and ZWJ (they change how letters join), the direction marks (the
    bidi algorithm reads them), and everything that is not a control or format character."""
    if ch in JOINERS or ch in _MARKS:
        return True
    return unicodedata.category(ch) not in _INVISIBLE and unicodedata.bidirectional(ch) != "BN"


def _levels_with_joiners(text: str, rtl: bool | None) -> tuple[list[int], int]:
    """Embedding levels for `text`, joiners included. The bidi algorithm removes ZWNJ and ZWJ
    (rule X9, class BN); each takes the level of the character before it (or after it, at the
    start), so it stays inside its word's run and HarfBuzz sees it while shaping."""
    bare = "".join(ch for ch in text if ch not in JOINERS)
    if not bare:
        base = int(bool(rtl))
        return [base] * len(text), base
    bare_levels, base = _levels(bare, rtl)
    levels: list[int] = []
    seen = 0
    for ch in text:
        if ch in JOINERS:
            levels.append(bare_levels[seen - 1] if seen else bare_levels[0])
        else:
            levels.append(bare_levels[seen])
            seen += 1
    return levels, base


@lru_cache(maxsize=4096)  # forms measure the same labels again and again; a Line is immutable
def _layout(text: str, size: float, bold: bool, rtl: bool | None, language: str) -> Line:
    spaced = text.translate(_BIDI_CONTROLS).replace("\n", " ")
    clean = "".join(ch for ch in spaced if _drawable(ch))
    if not clean:
        return Line(text, bool(rtl), size, ())
    levels, base = _levels_with_joiners(clean, rtl)
    pieces = _split(clean, levels, language)
    runs: list[Run] = []
    for piece, level, script in pieces:
        font = script_font(script, bold=bold, language=language)
        shaped, width, glyphs = _shape(piece, font, size, bool(level % 2))
        runs.append(Run(piece, font, bool(level % 2), 0.0, width, glyphs, shaped))
    placed: list[Run] = []
    x = 0.0
    for index in _visual_order([lv for _, lv, _ in pieces]):
        run = runs[index]
        placed.append(Run(run.text, run.font, run.rtl, x, run.width, run.glyphs, run.shaped))
        x += run.width
    return Line(text, bool(base), size, tuple(placed))


def fit_line(
    text: str,
    size: float,
    max_width: float,
    *,
    bold: bool = False,
    rtl: bool | None = None,
    language: str = "",
    min_size: float = 6.0,
) -> Line:
    """`layout_line`, made smaller (down to `min_size`) until it fits `max_width`."""
    line = layout_line(text, size, bold=bold, rtl=rtl, language=language)
    if line.width > max_width > 0:
        smaller = max(min_size, size * max_width / line.width)
        line = layout_line(text, smaller, bold=bold, rtl=rtl, language=language)
    return line


def draw_line(canvas: TextCanvas, x: float, y: float, line: Line, align: Align = "start") -> float:
    """Draw `line` with its baseline at `y`, aligned at `x`; returns the left edge used."""
    side = align
    if align in ("start", "end"):
        side = "right" if line.rtl == (align == "start") else "left"
    left = x
    if side == "right":
        left = x - line.width
    elif side == "centre":
        left = x - line.width / 2
    for run in line.runs:
        canvas.setFont(run.font, line.size)
        canvas.drawString(left + run.x, y, run.shaped)
    return left


def draw_text(
    canvas: TextCanvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    align: Align = "start",
    bold: bool = False,
    rtl: bool | None = None,
    language: str = "",
    max_width: float = 0.0,
) -> Line:
    """Lay out and draw one line of any script; shrinks it to `max_width` when given."""
    line = fit_line(text, size, max_width, bold=bold, rtl=rtl, language=language)
    draw_line(canvas, x, y, line, align)
    return line


def wrap_text(
    text: str,
    size: float,
    max_width: float,
    *,
    bold: bool = False,
    rtl: bool | None = None,
    language: str = "",
) -> list[Line]:
    """Break `text` into lines no wider than `max_width`: at spaces, or anywhere in CJK."""
    words = text.split(" ")
    by_char = len(words) == 1 and any(script_of(ch) == "cjk" for ch in text)
    units = list(text) if by_char else words
    joiner = "" if by_char else " "
    lines: list[Line] = []
    current: list[str] = []
    for unit in units:
        candidate = joiner.join([*current, unit])
        line = layout_line(candidate, size, bold=bold, rtl=rtl, language=language)
        if current and line.width > max_width:
            lines.append(
                layout_line(joiner.join(current), size, bold=bold, rtl=rtl, language=language)
            )
            current = [unit]
        else:
            current.append(unit)
    if current:
        lines.append(
            fit_line(joiner.join(current), size, max_width, bold=bold, rtl=rtl, language=language)
        )
    return lines
