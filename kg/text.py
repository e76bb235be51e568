"""Small text helpers shared by the extractors: spans, clauses, quotes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Document, Evidence, Sentence

HAN = r"\u4e00-\u9fff"
HAN_RE = re.compile(f"[{HAN}]")
OPEN_QUOTES = "“「『\"‘"
CLOSE_QUOTES = "”」』\"’"
QUOTE_CHARS = OPEN_QUOTES + CLOSE_QUOTES
_QUOTED = re.compile(r"[“「『]([^“”「」『』\n]{1,40})[”」』]")
CLAUSE_BREAK = re.compile(r"[,，;；:：。！？!?]")
NUMERAL_CHARS = "0123456789零〇一二两三四五六七八九十百千万亿"


def is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def quoted_spans(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """(inner start, inner end) of each quoted phrase between start and end."""
    return [(m.start(1), m.end(1)) for m in _QUOTED.finditer(norm, start, end)]


def clauses(norm: str, sent: Sentence) -> Iterator[tuple[int, int]]:
    """Clause spans of a sentence, split at commas, semicolons and colons outside quotes."""
    depth = 0
    start = sent.start
    for i in range(sent.start, sent.end):
        c = norm[i]
        if c in "“「『":
            depth += 1
        elif c in "”」』":
            depth = max(0, depth - 1)
        elif depth == 0 and CLAUSE_BREAK.match(c):
            if i > start:
                yield start, i
            start = i + 1
    if start < sent.end:
        yield start, sent.end


def evidence(doc: Document, sent: Sentence) -> Evidence:
    return Evidence(doc.file_name, sent.start, sent.end, doc.text[sent.start:sent.end])


def strip_quotes(s: str) -> str:
    return re.sub(f"[{re.escape(QUOTE_CHARS)}《》〈〉]", "", s)


def clean_label(s: str) -> str:
    """A canonical label: no quotation marks, whitespace collapsed."""
    return re.sub(r"\s+", " ", strip_quotes(s)).strip()
