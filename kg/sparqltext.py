"""A SHACL-SPARQL constraint's query read as text: can it run once for all focus nodes, and how.

SHACL runs a constraint's SELECT once per focus node, with ``$this``
pre-bound. ``kg.shapequeries`` runs it once for all of them, with the focus
pattern put first in the WHERE group. These functions read the query's
structure (strings, IRIs and comments blanked first, so that braces and
words inside them are not read as syntax) to tell where that means the same,
and rewrite the one idiom oxigraph runs slowly into one it runs fast.
"""

from __future__ import annotations

import re

# Query text that would mean something else if run once for all focus nodes, that names a shape, or that
# SHACL forbids in a constraint (MINUS, VALUES, SERVICE: pyshacl then says the shapes are ill-formed).
NOT_PER_FOCUS = re.compile(r"(?<![?$\w:])(?:LIMIT|OFFSET|GROUP\s+BY|HAVING|SERVICE|MINUS|VALUES)\b|"
                           r"(?<![?$\w:])(?:COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT)\s*\(|"
                           r"[?$](?:currentShape|shapesGraph)\b", re.I)
# Strings, IRIs and comments of a query: blanked before reading its structure.
_LEXEMES = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|'
                      r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*', re.S)
_TOKENS = re.compile(r"[{}()]|[?$]\w+|[A-Za-z_][\w-]*|\S")


def blanked(query: str) -> str:
    """The query with each string, IRI and comment replaced by spaces, so that offsets still match."""
    return _LEXEMES.sub(lambda m: " " * len(m.group(0)), query)


def prebinding_holds(body: str) -> bool:
    """Whether putting the focus pattern first in the WHERE group means what pre-binding ``$this`` means.

    SHACL substitutes the focus node for ``$this`` throughout the query.
    Joining with the focus pattern instead gives the same answer where
    ``$this`` occurs in the WHERE group itself (its BINDs come after the
    focus pattern), in a FILTER EXISTS or NOT EXISTS at any depth (SPARQL
    substitutes there too), or in an OPTIONAL group directly (its triple
    patterns and FILTERs join on ``$this``; a BIND there would not see it).
    A nested group, a union's branch or a subquery is evaluated on its own,
    so ``$this`` there is refused. ``body`` is the blanked text after the
    WHERE group's opening brace.
    """
    frames = ["where"]
    binds: list[bool] = []  # each open parenthesis: is it a BIND's
    before = ""
    for m in _TOKENS.finditer(body):
        token = m.group(0)
        if token == "{":
            frames.append({"OPTIONAL": "optional", "EXISTS": "exists"}.get(before.upper(), "group"))
        elif token == "}":
            frames.pop()
            if not frames:
                return True
        elif token == "(":
            binds.append(before.upper() == "BIND")
        elif token == ")":
            if binds:
                binds.pop()
        elif token.lower() in ("?this", "$this"):
            if not ("exists" in frames or len(frames) == 1
                    or (len(frames) == 2 and frames[1] == "optional" and not any(binds))):
                return False
        before = token
    return True


_OPTIONAL_TRIPLES = re.compile(r"\bOPTIONAL\s*\{([^{}()]*)\}", re.I)


def anti_joined(body: str, code: str) -> str:
    """``OPTIONAL { triples } FILTER (!BOUND(?v))`` as ``MINUS { triples }``, where the two mean the same.

    It is how SPARQL 1.0 said "has no such link", and SHACL forbids MINUS in
    a constraint, so shapes are written this way; oxigraph runs the MINUS
    form 6-12 times faster (one constraint of ours: 12 s against about 1 s
    at 2.5M triples). The two give the same rows when the OPTIONAL group is
    triples alone in the WHERE group itself, ``?v`` occurs nowhere else but
    in that FILTER (also in the WHERE group), and the group shares a
    variable with the triples before it or the focus node, which are bound
    in every row: a row then has a match, which binds ``?v`` and is
    filtered, or it has none and is kept, which is what MINUS keeps.
    ``code`` is ``body`` with strings, IRIs and comments blanked; each
    rewrite keeps every other offset.
    """
    end = group_end(code)
    for m in reversed(list(_OPTIONAL_TRIPLES.finditer(code, 0, end))):
        before, triples = code[:m.start()], m.group(1)
        if re.search(r"[{}()]", before) or re.search(r"\b(?:FILTER|BIND|VALUES|OPTIONAL|MINUS|GRAPH)\b", triples, re.I):
            continue
        outside, inside = _variables(before) | {"this"}, _variables(triples)
        if not inside & outside:
            continue
        for v in sorted(inside - outside):
            unbound = re.compile(r"FILTER\s*\(\s*!\s*BOUND\s*\(\s*[?$]" + v + r"\s*\)\s*\)", re.I)
            found = [f for f in unbound.finditer(code, m.end(), end) if not re.search(r"[{}]", code[m.end():f.start()])]
            named = re.compile(r"[?$]" + v + r"\b")
            if len(found) == 1 and len(named.findall(code)) == len(named.findall(triples)) + 1:
                f = found[0]
                body = body[:f.start()] + " " * (f.end() - f.start()) + body[f.end():]
                body = body[:m.start()] + "MINUS   " + body[m.start() + len("OPTIONAL"):]
                code = code[:m.start()] + "MINUS   " + code[m.start() + len("OPTIONAL"):f.start()] \
                    + " " * (f.end() - f.start()) + code[f.end():]
                break
    return body


def _variables(code: str) -> set[str]:
    return set(re.findall(r"[?$](\w+)", code)) - {"PATH"}  # $PATH is a path, put in later


def group_end(code: str) -> int:
    """Where the WHERE group closes, in ``code`` that starts just inside it."""
    depth = 1
    for m in re.finditer(r"[{}]", code):
        depth += 1 if m.group(0) == "{" else -1
        if depth == 0:
            return m.start()
    return len(code)
