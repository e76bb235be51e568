"""RDF namespaces and prefixes used by the exporters.

The source of truth for the vocabulary is the ontology file
``ontology/pbkg.ttl``; the public contract it implements is
``ontology/vocabulary.md``. ``PB`` below mirrors the ontology as an rdflib
``DefinedNamespace`` with ``_fail = True``, so a misspelt term (``PB.partof``)
raises ``AttributeError`` at the point of use instead of silently minting an
IRI that no saved SPARQL query would ever match. ``tests/test_ontology.py``
checks that ``PB`` and the ontology declare exactly the same terms: to add a
term, declare it in ``pbkg.ttl`` first, then list it here.

This module is imported by every exporter, so it only defines constants; it
must never load the ontology file or do other work at import time.
"""

# No ``from __future__ import annotations`` here: rdflib inspects the
# annotations of a DefinedNamespace at runtime and expects real classes.

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["PB", "PBR", "PREFIXES"]


class PB(DefinedNamespace):
    """The ``pb:`` ontology namespace; terms mirror ``ontology/pbkg.ttl``."""

    _fail = True
    _NS = Namespace("https://w3id.org/pbkg/ontology#")

    # Classes: each node has exactly one of these as its direct rdf:type.
    Document: URIRef
    Province: URIRef
    City: URIRef
    District: URIRef
    Township: URIRef
    Community: URIRef
    Program: URIRef
    OrgTier: URIRef
    Organization: URIRef
    Person: URIRef
    TierStructure: URIRef
    TierLevel: URIRef
    Statistic: URIRef
    Implementation: URIRef
    Evidence: URIRef

    # Helper classes for domains and ranges only; never a direct rdf:type.
    Place: URIRef  # Province | City | District | Township | Community
    Entity: URIRef  # Place | Program | OrgTier | Organization | Person

    # Object properties.
    mentionedIn: URIRef
    partOf: URIRef
    implements: URIRef
    subTierOf: URIRef
    hasTierStructure: URIRef
    hasLevel: URIRef
    tier: URIRef
    about: URIRef
    countOf: URIRef
    agent: URIRef
    program: URIRef
    evidence: URIRef
    document: URIRef

    # Datatype properties.
    adminCode: URIRef
    levelCount: URIRef
    rank: URIRef
    countedThing: URIRef
    value: URIRef
    unit: URIRef
    approximate: URIRef
    quote: URIRef
    charStart: URIRef
    charEnd: URIRef
    fileName: URIRef
    sha256: URIRef
    extractorVersion: URIRef  # project addition
    mentionCount: URIRef  # project addition


PBR = Namespace("https://w3id.org/pbkg/id/")
"""Namespace of the resources (entities and fact nodes) the graph describes."""

PREFIXES: dict[str, str] = {
    "pb": "https://w3id.org/pbkg/ontology#",
    "pbr": "https://w3id.org/pbkg/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}
"""Prefix → namespace IRI, in the fixed order the Turtle writer binds them.

Plain strings so a writer can use them without rdflib; the order is part of
what makes the exported Turtle byte-identical from run to run.
"""
