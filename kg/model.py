"""The data model every stage passes along: plain dataclasses, no behaviour.

Data flows one way: ``Document`` (text, blocks, metadata) → ``Mention`` →
``Entity`` and facts (``Implementation``, ``Statistic``, ``TierStructure``),
each fact carrying ``Evidence`` → ``KnowledgeGraph`` (see ``kg.graph``).
Offsets are Python ``str`` indices into ``Document.text``, the decoded source, and
into ``Document.norm``, of the same length. The one exception: a text with pinyin
glosses inside its words (小區(qū)), which the normalised view drops; there the
stages' offsets are the view's, ``Document.source_at`` maps them to the source,
and ``Evidence`` holds the source's (``kg.text.evidence``).
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

# Entity classes of the public vocabulary, in the order the exporters list them.
PLACE_CLASSES = ("Province", "City", "District", "Township", "Community")
ENTITY_CLASSES = (*PLACE_CLASSES, "Program", "OrgTier", "Organization", "Person")
ACTOR_CLASSES = (*PLACE_CLASSES, "Organization")


@dataclass(frozen=True)
class Block:
    """A line of the source with its role: why it is kept or ignored."""

    start: int
    end: int
    kind: str  # "title" | "heading" | "paragraph" | "meta" | "clutter"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    block: int  # index into Document.blocks


@dataclass
class Document:
    """One input article: the decoded source text and what was read off it."""

    file_name: str
    sha256: str
    text: str  # decoded source text (what offsets index)
    norm: str  # same length as ``text``: Simplified, full-width folded, for matching
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    title: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    publishers: list[str] = field(default_factory=list)
    creators: list[str] = field(default_factory=list)  # who wrote it (记者, 作者, 通讯员, 摄影)
    contributors: list[str] = field(default_factory=list)  # who edited or checked it (责任编辑, 审核)
    copies: list[str] = field(default_factory=list)  # other input files with the same bytes, in input order
    source_at: array | None = None  # norm offset → text offset where glosses were dropped (kg.normalize)


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence as written, with exact offsets."""

    file_name: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class Mention:
    """A span of a document that names something of an entity class.

    ``key`` is the resolution key: mentions with equal (cls, key) are one
    entity. ``label`` is the canonical name proposed by this mention and
    ``surface`` the form as written (normalised to Simplified).
    """

    cls: str
    key: str
    label: str
    surface: str
    file_name: str
    start: int
    end: int
    code: str | None = None
    parent_key: str | None = None  # resolution key of the administrative parent
    aliases: tuple[str, ...] = ()


@dataclass
class Entity:
    """One real thing, merged across all documents."""

    id: str  # IRI path below pbr:, e.g. "place/350103"
    cls: str
    label: str
    alt_labels: set[str] = field(default_factory=set)
    code: str | None = None
    part_of: str | None = None  # entity id
    documents: set[str] = field(default_factory=set)  # file names
    mentions: int = 0


@dataclass
class Implementation:
    """The qualified form of one ``pb:implements`` link."""

    agent: str  # entity id
    program: str  # entity id
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Statistic:
    about: str  # entity id
    thing: str  # counted noun, normalised
    value: int | float
    unit: str
    approximate: bool
    evidence: list[Evidence] = field(default_factory=list)
    count_of: str | None = None  # entity id, where the counted noun is one


@dataclass
class TierStructure:
    owner: str  # entity id
    levels: list[str]  # OrgTier entity ids, top first
    level_count: int
    evidence: list[Evidence] = field(default_factory=list)


# ------------------------------------------------------------ per-document findings
# What one document says, before resolution across documents: facts point at
# mentions, which resolution turns into entity ids.


@dataclass(frozen=True)
class CountMention:
    thing: str
    value: int | float
    unit: str
    approximate: bool
    start: int
    end: int
    share: bool = False  # a place's share of the count before it, written without its noun (其中鼓楼区56个)


@dataclass(frozen=True)
class ImplementationFound:
    agent: Mention
    program: Mention
    evidence: Evidence


@dataclass(frozen=True)
class CountFound:
    about: Mention
    count: CountMention
    evidence: Evidence


@dataclass(frozen=True)
class StructureFound:
    owner: Mention
    levels: tuple[Mention, ...]
    stated_count: int | None
    evidence: Evidence


@dataclass
class DocFacts:
    """Everything extracted from one document, ready to be merged with the others."""

    doc: Document
    mentions: list[Mention] = field(default_factory=list)
    implementations: list[ImplementationFound] = field(default_factory=list)
    counts: list[CountFound] = field(default_factory=list)
    structures: list[StructureFound] = field(default_factory=list)
    # who acts in each sentence, kept for the corpus-wide pass over known program names
    context: object | None = field(default=None, repr=False, compare=False)
