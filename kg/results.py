"""Query results as text: SPARQL 1.1 JSON, CSV and TSV, N-Triples, and a table for people.

One writer per format, shared by ``kg query`` and ``kg serve``, so the command
line and the endpoint give the same bytes for the same rows. The standard
formats follow the W3C recommendations:

- JSON: SPARQL 1.1 Query Results JSON Format (``type`` uri/literal/bnode,
  ``xml:lang``, ``datatype``; ASK as ``{"head": {}, "boolean": …}``);
- CSV: SPARQL 1.1 Query Results CSV (plain values, CRLF line ends) — lossy by
  design, it drops datatypes and languages;
- TSV: SPARQL 1.1 Query Results TSV (``?var`` header, terms in N-Triples
  syntax) — lossless.

A CONSTRUCT or DESCRIBE result is a graph; ``ntriples`` writes it sorted.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata

from kg.sparql import PREFIXES, Result, Term

FORMATS = ("table", "csv", "tsv", "json", "nt")

MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "nt": "application/n-triples",
    "table": "text/plain",
}


def render(result: Result, fmt: str) -> str:
    """The result in one of ``FORMATS``; a graph result in ``table`` form is N-Triples."""
    if fmt == "nt" or (fmt == "table" and result.is_graph):
        return ntriples(result)
    if fmt == "json":
        return to_json(result)
    if fmt == "csv":
        return to_csv(result)
    if fmt == "tsv":
        return to_tsv(result)
    if fmt == "table":
        return to_table(result)
    raise ValueError(f"unknown result format {fmt!r}")


def to_json(result: Result) -> str:
    if result.form == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)}) + "\n"
    bindings = [{k: _json_term(v) for k, v in row.items() if v is not None} for row in result]
    doc = {"head": {"vars": result.vars}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False) + "\n"


def _json_term(t: Term) -> dict[str, str]:
    out = {"type": t.kind, "value": str(t)}
    if t.lang:
        out["xml:lang"] = t.lang
    elif t.datatype:
        out["datatype"] = t.datatype
    return out


def to_csv(result: Result) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(result.vars)
    for row in result:
        w.writerow([_csv_value(row.get(n)) for n in result.vars])
    return buf.getvalue()


def _csv_value(t: Term | None) -> str:
    if t is None:
        return ""
    return f"_:{t}" if t.kind == "bnode" else str(t)


def to_tsv(result: Result) -> str:
    lines = ["\t".join("?" + n for n in result.vars)]
    for row in result:
        lines.append("\t".join("" if row.get(n) is None else nt_term(row[n]) for n in result.vars))
    return "\n".join(lines) + "\n"


def ntriples(result: Result) -> str:
    """A graph result as sorted N-Triples (one line per distinct triple)."""
    lines = sorted({f"{nt_term(r['subject'])} {nt_term(r['predicate'])} {nt_term(r['object'])} ."
                    for r in result if r.get("subject") is not None})
    return "".join(line + "\n" for line in lines)


def nt_term(t: Term) -> str:
    """The term in N-Triples syntax: <iri>, _:b, "text"@lang, "text"^^<datatype>."""
    from kg.turtle import escape_literal

    if t.kind == "uri":
        return f"<{t}>"
    if t.kind == "bnode":
        return f"_:{t}"
    body = f'"{escape_literal(str(t))}"'
    if t.lang:
        return f"{body}@{t.lang}"
    if t.datatype:
        return f"{body}^^<{t.datatype}>"
    return body


def compact(iri: str) -> str:
    """``pb:District`` for a full IRI in a known namespace; the IRI itself otherwise."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def to_table(result: Result) -> str:
    """Aligned columns for a terminal: IRIs compacted, CJK characters counted two columns wide."""
    if result.form == "ASK":
        return ("true" if result.boolean else "false") + "\n"
    names = result.vars

    def cell(t: Term | None) -> str:
        if t is None:
            return ""
        text = compact(str(t)) if t.kind == "uri" else str(t)
        return " ".join(text.split()) if any(c in text for c in "\n\r\t") else text

    table = [names] + [[cell(r.get(n)) for n in names] for r in result]
    widths = [max(_width(row[i]) for row in table) for i in range(len(names))]
    lines = []
    for k, row in enumerate(table):
        lines.append("  ".join(c + " " * (widths[i] - _width(c)) for i, c in enumerate(row)).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append(f"({len(result)} row{'s' if len(result) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _width(s: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
