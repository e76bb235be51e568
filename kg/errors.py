"""Domain errors: small named classes, turned into one-line messages at the CLI edge."""

from __future__ import annotations


class KgError(Exception):
    """Base of every error the library raises on purpose."""


class DocumentError(KgError):
    """One input file could not be read as a document; the others still build."""

    def __init__(self, file_name: str, reason: str) -> None:
        super().__init__(f"{file_name}: {reason}")
        self.file_name = file_name
        self.reason = reason

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        """Picklable as itself, so an error raised in a worker process reaches the build unchanged."""
        return (DocumentError, (self.file_name, self.reason))


class NoDocumentsError(KgError):
    """Nothing buildable was found under the given paths."""


class QueryError(KgError):
    """A SPARQL query was refused or failed."""


def first_line(exc: BaseException) -> str:
    """An exception's message cut to its first line (parsers write whole paragraphs), or its type's name."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
