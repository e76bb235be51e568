"""Which files ``kg build --format`` writes, and the one function that writes them.

Each format is a name, the file(s) it produces in the output folder and the
exporter that writes them; every exporter writes atomically (temporary file,
then rename) and deterministically. ``export`` is what the CLI and
``KnowledgeGraph.export`` call.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable
from multiprocessing.connection import Connection
from pathlib import Path

from kg.errors import KgError
from kg.graph import KnowledgeGraph
from kg.parallel import can_fork
from kg.parallel import die_with_parent as _die_with_parent

# name -> (files written, what it is for); the order is the order of writing.
FORMATS: dict[str, tuple[tuple[str, ...], str]] = {
    "ttl": (("graph.ttl",), "Turtle RDF in the public vocabulary"),
    "nt": (("graph.nt",), "N-Triples, for bulk loaders and line tools"),
    "jsonld": (("graph.jsonld",), "JSON-LD with the context of ontology/context.jsonld"),
    "graphml": (("graph.graphml",), "GraphML for Gephi, Cytoscape, yEd"),
    "csv": (("nodes.csv", "edges.csv"), "node and relationship CSV for neo4j-admin import"),
    "html": (("graph.html",), "interactive network view (offline)"),
}
DEFAULT_FORMATS = ("ttl", "html")


class FormatError(KgError):
    """An export format name that kg does not know."""


def parse_formats(spec: str | Iterable[str]) -> list[str]:
    """``"ttl,nt"`` or ``["ttl", "nt"]`` → ``["ttl", "nt"]`` in writing order, duplicates dropped."""
    names = [n.strip().lower() for n in (spec.split(",") if isinstance(spec, str) else spec)]
    names = [n for n in names if n]
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        what = ", ".join(unknown) if unknown else "none given"
        raise FormatError(f"unknown export format: {what} (choose from {', '.join(FORMATS)})")
    return [n for n in FORMATS if n in names]


def export(graph: KnowledgeGraph, outdir: str | Path, formats: str | Iterable[str] = DEFAULT_FORMATS, *,
           parallel: bool | None = None) -> list[Path]:
    """Write the graph in each format into ``outdir``; return the paths written, in order.

    ``parallel`` (None: when it can) writes the view in this process while
    one forked process writes the other formats: on two cores a rebuild's
    Turtle then costs no time beside its view. Only where forking is safe
    (``can_fork``); elsewhere, and with ``parallel=False``, the formats are
    written one after the other. The bytes are the same either way.
    """
    from kg.collector import objects_settled

    names = parse_formats(formats)
    with objects_settled():  # each format's tables, made once, walked by no collection
        return _export(graph, Path(outdir), names, parallel)


def _export(graph: KnowledgeGraph, out: Path, names: list[str], parallel: bool | None) -> list[Path]:
    if parallel is None:
        parallel = (os.cpu_count() or 1) > 1
    if not (parallel and len(names) > 1 and can_fork()):
        return [p for name in names for p in _write(graph, out, name)]
    here = "html" if "html" in names else names[-1]  # the view reads the texts' file: never in the child
    there = [n for n in names if n != here]
    child = _Child(graph, out, there)
    try:
        mine = _write(graph, out, here)
    except BaseException:
        child.wait(quietly=True)  # this process's own error (or Ctrl-C) is the one to report
        raise
    written = {here: mine, **child.wait()}
    return [p for name in names for p in written[name]]


def _write(graph: KnowledgeGraph, out: Path, name: str) -> list[Path]:
    if name == "ttl":
        return [graph.to_turtle(out / "graph.ttl")]
    if name == "nt":
        return [graph.to_ntriples(out / "graph.nt")]
    if name == "jsonld":
        return [graph.to_jsonld(out / "graph.jsonld")]
    if name == "graphml":
        return [graph.to_graphml(out / "graph.graphml")]
    if name == "csv":
        return list(graph.to_csv(out))
    return [graph.to_html(out / "graph.html")]


class _Child:
    """Formats written by a forked copy of this process; its paths, or its error, come back by a pipe."""

    def __init__(self, graph: KnowledgeGraph, out: Path, names: list[str]) -> None:
        ctx = multiprocessing.get_context("fork")
        self._receive, send = ctx.Pipe(duplex=False)
        self._process = ctx.Process(target=_child_main, args=(graph, out, names, send, os.getpid()), daemon=True)
        self._process.start()
        send.close()

    def wait(self, *, quietly: bool = False) -> dict[str, list[Path]]:
        """The child's paths by format, once it has ended; its error raised here (unless ``quietly``)."""
        try:
            reply = self._receive.recv()
        except EOFError:  # it died before a word (killed, out of memory)
            reply = None
        except Exception as exc:  # its error could not be rebuilt here
            reply = ("error", KgError(f"the export process failed and its error could not be read ({exc})"))
        finally:
            self._receive.close()
            self._process.join()
        if quietly:
            return {}
        if reply is None:
            raise KgError(f"the export process died (exit code {self._process.exitcode})")
        if reply[0] == "error":
            raise reply[1]
        return {name: [Path(p) for p in paths] for name, paths in reply[1].items()}


def _child_main(graph: KnowledgeGraph, out: Path, names: list[str], send: Connection, parent: int) -> None:
    _die_with_parent(parent)
    try:
        written = {name: [str(p) for p in _write(graph, out, name)] for name in names}
        send.send(("ok", written))
    except BaseException as exc:  # the error itself goes back, to be raised in the parent as it was
        try:
            send.send(("error", exc))
        except Exception:  # an exception that cannot be pickled: its type and message, then
            send.send(("error", KgError(f"{type(exc).__name__}: {exc}")))
    finally:
        send.close()
