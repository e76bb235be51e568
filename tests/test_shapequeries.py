"""kg.shapequeries: SHACL compiled into SPARQL on oxigraph gives the report pyshacl gives.

tests/shacl/features-shapes.ttl uses every feature the compiler translates,
and features-data.ttl keeps and breaks each of them. The report expected here
was worked out by reading the two files; pyshacl, the reference
implementation, is held to it as well. Shapes that use a feature the
compiler does not translate go to pyshacl, and say so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli import main
from kg.shacl import ValidationError, validate

HERE = Path(__file__).resolve().parent / "shacl"
SHAPES, DATA = HERE / "features-shapes.ttl", HERE / "features-data.ttl"
E = "http://example.org/"

# One line per violation, as ``Violation.line()`` writes it, from reading the data against the shapes.
EXPECTED = sorted([
    'Violation: "carol" rdf:type: typed',  # a literal object of ex:knows has no type
    'Violation: "carol": carol is known, but is text',  # a SPARQL constraint naming $this only in a FILTER
    f"Violation: {E}alice (Alice): {E}alice is not younger than its parent {E}carol",  # 30 >= 13
    f'Violation: {E}alice (Alice) ({E}nick|{E}alias): nick [value: "Ali"@fr]',
    f'Violation: {E}alice (Alice) {E}born: born [value: "1994-02-30"^^xsd:date]',  # no such day
    f'Violation: {E}alice (Alice) {E}email: email [value: "a@x"]',  # not among ex:mail
    f'Violation: {E}alice (Alice) {E}email: email [value: "b@x"]',  # an ex:mail not among ex:email
    f"Violation: {E}alice (Alice) {E}knows: knows [value: {E}bob]",  # also disliked
    f"Violation: {E}alice (Alice) {E}knows: knows [value: {E}rex]",  # not a Person
    f"Violation: {E}alice (Alice) {E}parent*: lineage",  # alice, carol, page, erin: more than 2
    f"Violation: {E}alice (Alice) {E}parent+: own ancestor",  # alice → carol → erin → alice
    f"Violation: {E}alice (Alice) {E}parent?: self or parent [value: {E}page]",
    f'Violation: {E}alice (Alice) {E}start: start [value: "5"^^xsd:integer]',  # not below ex:end 3
    f"Violation: {E}bob ^{E}knows: known by",  # by alice, carol and dave
    f'Violation: {E}bob {E}age: age [value: "-1"^^xsd:integer]',
    f'Violation: {E}bob {E}contact: contact [value: "5"^^xsd:integer]',  # neither an IRI nor a string
    f"Violation: {E}bob {E}id: id",  # a Person, so an Agent by rdfs:subClassOf
    f'Violation: {E}bob {E}knows: knows [value: "carol"]',
    f'Violation: {E}bob {E}low: low [value: "3"^^xsd:integer]',  # above ex:high 1
    f'Violation: {E}bob {E}name: name [value: "B"]',  # too short
    f"Violation: {E}bob {E}pet: pet [value: {E}tom]",  # a Cat, and a Cat is not an Animal here
    f'Violation: {E}bob {E}score: score [value: "11"^^xsd:integer]',
    f'Violation: {E}bob {E}score: score [value: "a"]',
    f"Violation: {E}carol (Carol): role holder",  # a Banned one (the smaller of her two labels)
    f'Violation: {E}carol (Carol) {E}age: a bad age: 13 [value: "13"^^xsd:integer]',
    f'Violation: {E}carol (Carol) {E}age: age [value: "150"^^xsd:integer]',
    f'Violation: {E}carol (Carol) {E}age: age [value: "abc"^^xsd:integer]',  # not an integer
    f"Violation: {E}carol (Carol) {E}name: name",  # two names
    f'Violation: {E}carol (Carol) {E}name: name [value: "Carol1"]',  # a digit
    f"Violation: {E}carol (Carol) {E}role: role [value: {E}other]",
    f'Violation: {E}carol (Carol) {E}start: start [value: "4"^^xsd:integer]',  # equal to ex:end, not below
    f"Violation: {E}carol (Carol) {E}team: team",
    f"Violation: {E}dave: {E}dave is not younger than its parent {E}alice",
    f"Warning: {E}dave ({E}knows/{E}name): friends' names",  # B, Carol1, Caroline, Alice
    f"Violation: {E}dave {E}id: id",
    f'Violation: {E}dave {E}rank: rank [value: "first"]',  # text cannot be compared with 1
    f'Violation: {E}dave {E}start: start [value: "soon"]',  # nor with ex:end 4
    f"Violation: {E}nobody {E}team: team",  # a target node absent from the data
    f"Violation: {E}office {E}city: city",  # a nested property shape on ex:address's values
])


def test_features_report_is_what_the_files_say() -> None:
    report = validate(DATA, shapes=SHAPES)
    assert report.engine == "oxigraph" and report.note == ""
    assert not report.conforms
    assert sorted(v.line() for v in report.violations) == EXPECTED


def test_features_report_is_pyshacls() -> None:
    ours = validate(DATA, shapes=SHAPES, engine="oxigraph")
    reference = validate(DATA, shapes=SHAPES, engine="pyshacl")
    assert reference.engine == "pyshacl"
    assert ours.violations == reference.violations
    assert ours.text().replace("oxigraph", "") == reference.text().replace("pyshacl", "")


def test_a_conforming_graph_conforms(tmp_path: Path) -> None:
    """The features' shapes on data that keeps them all: nothing is reported (no query reports by mistake)."""
    data = tmp_path / "good.ttl"
    data.write_text(
        "@prefix ex: <http://example.org/> .\n"
        'ex:ann a ex:Person ; ex:name "Ann" ; ex:age 20 ; ex:id "7" ; ex:knows ex:ben ; ex:score 3 .\n'
        'ex:ben a ex:Person ; ex:name "Ben" ; ex:age 9 ; ex:id "8" ; ex:role ex:user .\n'
        "ex:bob ex:team ex:red . ex:carol ex:team ex:red . ex:nobody ex:team ex:red .\n",  # the target nodes
        encoding="utf-8")
    report = validate(data, shapes=SHAPES)
    assert report.conforms and report.violations == [], report.text()


UNSUPPORTED = {
    "sh:uniqueLang": "[ sh:path ex:name ; sh:uniqueLang true ]",
    "sh:qualifiedMinCount": "[ sh:path ex:knows ; sh:qualifiedValueShape [ sh:class ex:Person ] ; "
                              "sh:qualifiedMinCount 1 ]",
    "a SPARQL constraint with LIMIT, OFFSET or aggregates": None,
    "sh:property (on a shape used as a value test": "[ sh:path ex:pet ; sh:node [ sh:property [ sh:path ex:name ; "
                                                     "sh:minCount 1 ] ] ]",
}


@pytest.mark.parametrize("feature", sorted(UNSUPPORTED))
def test_shapes_the_compiler_does_not_translate_go_to_pyshacl(feature: str, tmp_path: Path) -> None:
    prop = UNSUPPORTED[feature]
    body = f"sh:property {prop}" if prop else (
        'sh:sparql [ sh:select "SELECT $this WHERE { $this <http://example.org/knows> ?x } LIMIT 1" ]')
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix ex: <http://example.org/> .\n"
                      f"ex:S a sh:NodeShape ; sh:targetClass ex:Person ; {body} .\n", encoding="utf-8")
    report = validate(DATA, shapes=shapes)
    assert report.engine == "pyshacl"
    assert feature in report.note and str(shapes) in report.note
    assert report.violations == validate(DATA, shapes=shapes, engine="pyshacl").violations
    with pytest.raises(ValidationError, match="only pyshacl checks"):
        validate(DATA, shapes=shapes, engine="oxigraph")


def test_unknown_engine_and_unreadable_shapes_are_errors(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="unknown SHACL engine 'jena'"):
        validate(DATA, shapes=SHAPES, engine="jena")
    bad = tmp_path / "bad-shapes.ttl"
    bad.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\nsh:x sh:y", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"bad-shapes\.ttl: cannot read shapes as Turtle"):
        validate(DATA, shapes=bad)
    with pytest.raises(ValidationError, match="no such shapes file"):
        validate(DATA, shapes=tmp_path / "missing.ttl")


def test_cli_engine_choice(capsys: pytest.CaptureFixture[str]) -> None:
    for engine in ("oxigraph", "pyshacl"):
        assert main(["validate", str(DATA), "--shapes", str(SHAPES), "--engine", engine]) == 1
        out = capsys.readouterr().out.splitlines()
        assert out[0] == f"{DATA}: does not conform: {len(EXPECTED)} violation(s)"
        assert sorted(out[1:]) == EXPECTED
