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
from kg.shacl import ValidationError, ValidationReport, validate

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
    assert ours.text() == reference.text()


def test_a_conforming_graph_conforms(tmp_path: Path) -> None:
    """The features' shapes on data that keeps them all: nothing is reported (no query reports by mistake)."""
    data = tmp_path / "good.ttl"
    data.write_text(
        "@prefix ex: <http://example.org/> .\n"
        'ex:ann a ex:Person ; ex:name "Ann" ; ex:age 20 ; ex:id "7" ; ex:knows ex:ben ; ex:score 3 .\n'
        'ex:ben a ex:Person ; ex:name "Ben" ; ex:age 9 ; ex:id "8" ; ex:role ex:user .\n'
        "ex:bob ex:team ex:red . ex:carol ex:team ex:red . ex:nobody ex:team ex:red .\n"  # the target nodes
        'ex:alice a ex:Person ; ex:name "Alice" ; ex:id "1" .\n',  # a Person, as ex:parent? reaches her
        encoding="utf-8")
    report = validate(data, shapes=SHAPES)
    assert report.conforms and report.violations == [], report.text()


UNSUPPORTED = {
    "sh:uniqueLang": "[ sh:path ex:name ; sh:uniqueLang true ]",
    "sh:qualifiedMinCount": "[ sh:path ex:knows ; sh:qualifiedValueShape [ sh:class ex:Person ] ; "
                              "sh:qualifiedMinCount 1 ]",
    "a SPARQL constraint with LIMIT, OFFSET, aggregates, SERVICE, MINUS or VALUES": None,
    "sh:uniqueLang (in the shape used as a value test []": "[ sh:path ex:pet ; sh:node [ sh:property [ "
                                                         "sh:path ex:name ; sh:uniqueLang true ] ] ]",
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


# ------------------------------------------------------------------ cases a review found

PREFIXES = ("@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .\n"
            "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .\n")


def reports(tmp_path: Path, shapes: str, data: str, engine: str | None = None) -> tuple[ValidationReport, ...]:
    """The report of ``engine`` (None: the default choice) and pyshacl's, on Turtle given as text."""
    (tmp_path / "s.ttl").write_text(PREFIXES + shapes, encoding="utf-8")
    (tmp_path / "d.ttl").write_text(PREFIXES + data, encoding="utf-8")
    ours = validate(tmp_path / "d.ttl", shapes=tmp_path / "s.ttl", engine=engine)
    return ours, validate(tmp_path / "d.ttl", shapes=tmp_path / "s.ttl", engine="pyshacl")


def lines(report: ValidationReport) -> list[str]:
    return [v.line().replace(E, "ex:") for v in report.violations]


def test_literals_oxigraph_would_rewrite_are_judged_as_written(tmp_path: Path) -> None:
    """oxigraph stores "5"^^xsd:int as "5"^^xsd:integer; SHACL judges the term as written."""
    shapes = 'ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:datatype xsd:int ; sh:message "m" ] .'
    ours, reference = reports(tmp_path, shapes, 'ex:a ex:p "5"^^xsd:int .')
    assert ours.conforms and reference.conforms
    assert ours.engine == "pyshacl" and '"5"^^xsd:int, which oxigraph stores as "5"^^xsd:integer' in ours.note
    forced, _ = reports(tmp_path, shapes, 'ex:a ex:p "5"^^xsd:int .', engine="oxigraph")
    assert forced.engine == "oxigraph" and "checked in that form" in forced.note
    ours, reference = reports(tmp_path, 'ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; '
                                        'sh:in ( "5"^^xsd:int ) ; sh:message "m" ] .', "ex:a ex:p 5 .")
    assert ours.engine == "pyshacl" and 'the literal "5"^^xsd:int' in ours.note
    assert lines(ours) == lines(reference) == ['Violation: ex:a ex:p: m [value: "5"^^xsd:integer]']


def test_paths_of_length_zero_reach_nodes_absent_from_the_data(tmp_path: Path) -> None:
    shapes = ('ex:S sh:targetNode ex:nobody ;'
              ' sh:property [ sh:path [ sh:zeroOrMorePath ex:p ] ; sh:minCount 1 ; sh:message "reached" ] ,'
              ' [ sh:path [ sh:zeroOrOnePath ex:p ] ; sh:class ex:C ; sh:message "class" ] ,'
              ' [ sh:path [ sh:zeroOrOnePath ex:p ] ; sh:hasValue ex:nobody ; sh:message "itself" ] ,'
              ' [ sh:path ( [ sh:zeroOrMorePath ex:p ] [ sh:zeroOrOnePath ex:q ] ) ;'
              '   sh:property [ sh:path ex:r ; sh:minCount 1 ; sh:message "nested" ] ] .')
    ours, reference = reports(tmp_path, shapes, "ex:a ex:p ex:b .")
    assert ours.engine == "oxigraph"
    assert lines(ours) == lines(reference) == ["Violation: ex:nobody ex:p?: class", "Violation: ex:nobody ex:r: nested"]


PER_FOCUS = {  # a constraint's query → whether running it once for all focus nodes means what SHACL means
    "SELECT $this WHERE { $this ex:p ?x . OPTIONAL { ?y ex:q $this } FILTER (!BOUND(?y)) }": True,
    "SELECT $this WHERE { FILTER NOT EXISTS { { ?x ex:q ?y FILTER (?y = $this) } } }": True,
    "SELECT $this ?v WHERE { BIND (STR($this) AS ?v) FILTER (CONTAINS(?v, 'a')) }": True,
    "SELECT $this ?count WHERE { $this ex:p ?count . ?count a ex:max }": True,  # words, not aggregates
    "PREFIX e: <http://example.org/> SELECT $this WHERE { $this e:p ?x }": True,
    "SELECT $this ?x WHERE { $this ex:p ?x . OPTIONAL { ?x ex:q ?y } FILTER (!BOUND(?y)) }": True,  # as MINUS
    "SELECT $this WHERE { OPTIONAL { ?c ex:q $this } FILTER (!BOUND(?c)) }": True,  # as MINUS
    "SELECT $this ?x WHERE { { ?x ex:q ?y . FILTER (?y = $this) } }": False,
    "SELECT $this ?x WHERE { { ?x ex:q $this } UNION { FILTER (isIRI($this)) BIND (1 AS ?x) } }": False,
    "SELECT $this WHERE { OPTIONAL { { ?x ex:q ?y FILTER (sameTerm(?y, $this)) } } FILTER (!BOUND(?x)) }": False,
    "SELECT $this WHERE { { SELECT $this ?y WHERE { ?y ex:q $this } } }": False,
}


@pytest.mark.parametrize("query", sorted(PER_FOCUS))
def test_sparql_constraints_run_once_only_where_that_means_pre_binding(query: str, tmp_path: Path) -> None:
    shapes = (f'ex:S sh:targetClass ex:C ; sh:sparql [ sh:message "m" ; sh:prefixes ex: ; sh:select "{query}" ] .'
              ' ex: sh:declare [ sh:prefix "ex" ; sh:namespace "http://example.org/"^^xsd:anyURI ] .')
    data = "ex:a a ex:C ; ex:p ex:b . ex:b a ex:C , ex:max . ex:c ex:q ex:a ."
    ours, reference = reports(tmp_path, shapes, data)
    assert ours.engine == ("oxigraph" if PER_FOCUS[query] else "pyshacl"), ours.note
    assert lines(ours) == lines(reference)


def test_shapes_without_messages_say_the_same_on_both_engines(tmp_path: Path) -> None:
    shapes = ("ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount 2 ; sh:class ex:C ] ;"
              ' sh:sparql [ sh:select "SELECT $this WHERE { $this <http://example.org/p> ?x }" ] .')
    ours, reference = reports(tmp_path, shapes, "ex:a ex:p ex:b .")
    assert ours.engine == "oxigraph"
    assert lines(ours) == lines(reference) == [
        "Violation: ex:a: violates sh:sparql", "Violation: ex:a ex:p: violates sh:class ex:C [value: ex:b]",
        "Violation: ex:a ex:p: violates sh:minCount 2"]  # a number's parameter as a number


def test_terms_show_the_same_on_both_engines(tmp_path: Path) -> None:
    """Blank nodes (labels differ at each reading) and language tags (oxigraph lowers them) show alike."""
    shapes = 'ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:maxCount 0 ; sh:message "m" ] .'
    ours, reference = reports(tmp_path, shapes, '[] a ex:C ; ex:p "x"@en-US , [ ex:q 1 ] .')
    assert ours.engine == "oxigraph" and lines(ours) == lines(reference) == ["Violation: [] ex:p: m"]
    shapes = 'ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:languageIn ( "fr" ) ; sh:message "m" ] .'
    ours, reference = reports(tmp_path, shapes, 'ex:a ex:p "x"@en-US .')
    assert lines(ours) == lines(reference) == ['Violation: ex:a ex:p: m [value: "x"@en-us]']


def test_an_owl_class_that_is_a_shape_targets_its_instances(tmp_path: Path) -> None:
    shapes = 'ex:C a owl:Class , sh:NodeShape ; sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:message "m" ] .'
    ours, reference = reports(tmp_path, shapes, "ex:a a ex:C .")
    assert ours.engine == "oxigraph" and lines(ours) == lines(reference) == ["Violation: ex:a ex:p: m"]


def test_a_pattern_oxigraph_cannot_read_goes_to_pyshacl(tmp_path: Path) -> None:
    shapes = r'ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:pattern "^(a)\\1$" ; sh:message "m" ] .'
    ours, reference = reports(tmp_path, shapes, 'ex:a ex:p "aa" .')
    assert ours.engine == "pyshacl" and "sh:pattern" in ours.note and ours.conforms and reference.conforms


def test_ill_formed_shapes_are_an_error_on_either_engine(tmp_path: Path) -> None:
    """SHACL forbids MINUS in a constraint's query; pyshacl refuses it, and so does kg validate, in one line."""
    shapes = ('ex:S sh:targetNode ex:a ; sh:sparql [ sh:select '
              '"SELECT $this WHERE { $this <http://example.org/p> ?x MINUS { ?x <http://example.org/q> ?y } }" ] .')
    for engine in (None, "pyshacl"):
        with pytest.raises(ValidationError, match=r"s\.ttl: not well-formed SHACL \(.*MINUS"):
            reports(tmp_path, shapes, "ex:a ex:p ex:b .", engine=engine)
    with pytest.raises(ValidationError, match=r"MINUS.*which only pyshacl checks \(--engine pyshacl\)"):
        reports(tmp_path, shapes, "ex:a ex:p ex:b .", engine="oxigraph")


# ------------------------------------------------------------------ bad input, and what a second review found

def test_shapes_that_are_not_well_formed_are_one_line_errors_on_both_engines(tmp_path: Path) -> None:
    broken = {
        "a query with an undeclared prefix": 'sh:sparql [ sh:select "SELECT $this WHERE { $this nope:p ?x }" ]',
        "a count that is not a number": 'sh:property [ sh:path ex:p ; sh:minCount "x" ]',
    }
    for what, body in broken.items():
        for engine in (None, "pyshacl"):
            with pytest.raises(ValidationError, match=r"s\.ttl: not well-formed SHACL \(") as caught:
                reports(tmp_path, f"ex:S sh:targetNode ex:a ; {body} .", "ex:a ex:p 1 .", engine=engine)
            assert "\n" not in str(caught.value), what


def test_lists_written_as_literals_go_to_pyshacl(tmp_path: Path) -> None:
    shapes = 'ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:in "a" ; sh:message "m" ] .'
    ours, reference = reports(tmp_path, shapes, 'ex:a ex:p "b" .')
    assert ours.engine == "pyshacl" and "malformed" in ours.note and ours.violations == reference.violations


def test_a_select_that_does_not_name_this_goes_to_pyshacl(tmp_path: Path) -> None:
    shapes = ('ex:S sh:targetNode ex:a ; sh:sparql [ sh:message "m" ; '
              'sh:select "SELECT ?x WHERE { $this <http://example.org/p> ?x }" ] .')
    ours, reference = reports(tmp_path, shapes, "ex:a ex:p 1 .")
    assert ours.engine == "pyshacl" and "does not name $this" in ours.note
    assert ours.violations == reference.violations


def test_a_term_longer_than_oxigraph_reads_goes_to_pyshacl(tmp_path: Path) -> None:
    shapes = 'ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:maxCount 0 ; sh:message "m" ] .'
    long_text = "长" * (6 << 20)  # 18 MiB of UTF-8: past oxigraph's 16 MiB for one term
    ours, reference = reports(tmp_path, shapes, f'ex:a ex:q "{long_text}" .')
    assert ours.engine == "pyshacl" and "d.ttl: holds a term longer than oxigraph reads" in ours.note
    assert ours.conforms and reference.conforms


def test_blank_nodes_in_messages_read_the_same_each_time(tmp_path: Path) -> None:
    shapes = ('ex:S sh:targetNode ex:a ; sh:sparql [ sh:message "{?x} and {?path}" ; '
              'sh:select "SELECT $this ?x ?path WHERE { $this <http://example.org/p> ?x . BIND (?x AS ?path) }" ] .')
    first = [reports(tmp_path, shapes, "ex:a ex:p [ ex:q 1 ] , [ ex:q 2 ] .")[0].text() for _ in range(3)]
    assert first[0] == first[1] == first[2]
    assert "Violation: a []: [] and []" in first[0].replace(E, "")  # ?path bound to a blank node too


def test_an_rdflib_graph_oxigraph_cannot_read_goes_to_pyshacl() -> None:
    import rdflib

    g = rdflib.Graph()
    g.add((rdflib.URIRef("relative/a"), rdflib.URIRef(E + "p"), rdflib.Literal(1)))
    report = validate(g, shapes=SHAPES)
    assert report.engine == "pyshacl" and report.note.startswith("graph: holds a term oxigraph cannot read")


def test_a_folder_or_shapes_without_targets_are_errors(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="is a folder, not a graph file"):
        validate(tmp_path, shapes=SHAPES)
    with pytest.raises(ValidationError, match="is a folder, not a shapes file"):
        validate(DATA, shapes=tmp_path)
    for engine in (None, "oxigraph", "pyshacl"):  # the export itself given as shapes: nothing to check
        with pytest.raises(ValidationError, match="holds no SHACL shape with a target"):
            validate(DATA, shapes=DATA, engine=engine)


def test_cli_says_on_stderr_which_engine_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shapes = tmp_path / "s.ttl"
    shapes.write_text(PREFIXES + "ex:S sh:targetClass ex:Person ; sh:property [ sh:path ex:name ; "
                                 "sh:uniqueLang true ] .", encoding="utf-8")
    assert main(["validate", str(DATA), "--shapes", str(shapes)]) == 0
    captured = capsys.readouterr()
    assert captured.err == f"kg: {shapes}: the shapes use sh:uniqueLang (in the shape []), so pyshacl checked it\n"
    assert main(["validate", str(DATA), "--shapes", str(shapes), "--engine", "oxigraph"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.splitlines()) == 1 and "only pyshacl checks" in captured.err


def test_checks_on_threads_find_what_checks_in_turn_find() -> None:
    from kg.shacl import _oxigraph_store
    from kg.shapequeries import compile_shapes, run

    data, _ = _oxigraph_store(DATA, "graph")
    checks = compile_shapes(_oxigraph_store(SHAPES, "shapes")[0], subclasses=True)
    alone, threaded = run(data, checks, threads=1), run(data, checks, threads=4)
    assert len(alone) >= len(EXPECTED) and sorted(map(repr, alone)) == sorted(map(repr, threaded))


ANTI_JOINS = {  # the WHERE group's text → whether OPTIONAL { … } FILTER (!BOUND(?v)) may be run as MINUS { … }
    "$this ex:p ?x . OPTIONAL { ?x ex:q ?y } FILTER (!BOUND(?y)) }": True,
    "OPTIONAL { ?c ex:q $this } FILTER(!bound(?c)) }": True,
    "$this ex:p ?x . OPTIONAL { ?x ex:q ?y FILTER (?y > 1) } FILTER (!BOUND(?y)) }": False,  # a FILTER inside
    "$this ex:p ?x . OPTIONAL { ?x ex:q ?y } FILTER (!BOUND(?y)) ?y ex:r 1 . }": False,  # ?y used again
    "$this ex:p ?x . OPTIONAL { ?z ex:q ?y } FILTER (!BOUND(?y)) }": False,  # shares nothing with the rows
    "{ $this ex:p ?x } OPTIONAL { ?x ex:q ?y } FILTER (!BOUND(?y)) }": False,  # ?x from a nested group
    "$this ex:p ?x . OPTIONAL { ?x ex:q ?y } { FILTER (!BOUND(?y)) } }": False,  # the FILTER in another group
    "$this ex:p ?x . OPTIONAL { ?x ex:q ?y } FILTER (!BOUND(?x)) }": False,  # not the OPTIONAL's own variable
}


@pytest.mark.parametrize("where", sorted(ANTI_JOINS))
def test_optional_with_not_bound_runs_as_minus_only_where_it_means_the_same(where: str) -> None:
    from kg.sparqltext import anti_joined, blanked

    rewritten = anti_joined(where, blanked(where))
    assert len(rewritten) == len(where)
    if ANTI_JOINS[where]:
        assert "MINUS" in rewritten and "OPTIONAL" not in rewritten.upper() and "BOUND" not in rewritten.upper()
    else:
        assert rewritten == where


def test_shapes_named_as_value_tests_may_hold_property_shapes(tmp_path: Path) -> None:
    """sh:or over property shapes ("has an email or a phone"), sh:node to a shape with counts, sh:not of one."""
    shapes = ('ex:S sh:targetClass ex:C ; sh:message "contact" ;'
              ' sh:or ( [ sh:path ex:email ; sh:minCount 1 ] [ sh:path ex:phone ; sh:minCount 1 ] ) ;'
              ' sh:property [ sh:path ex:pet ; sh:node ex:Pet ; sh:message "pet" ] .'
              ' ex:Pet sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ] ,'
              ' [ sh:path ex:tag ; sh:minCount 2 ] ; sh:not [ sh:path ex:owner ; sh:hasValue ex:nobody ] .')
    data = ('ex:a a ex:C ; ex:email "a@x" ; ex:pet ex:p1 . ex:p1 ex:name "Rex" ; ex:tag 1 , 2 .'
            ' ex:b a ex:C ; ex:pet ex:p2 . ex:p2 ex:name "A" , "B" ; ex:tag 1 , 2 .'  # no contact; two names
            ' ex:c a ex:C ; ex:phone "1" ; ex:pet ex:p3 , ex:p4 , ex:p5 , ex:p6 .'
            ' ex:p3 ex:name 5 ; ex:tag 1 , 2 .'  # a name that is not a string
            ' ex:p4 ex:name "D" ; ex:tag 1 .'  # one tag
            ' ex:p5 ex:name "E" ; ex:tag 1 , 2 ; ex:owner ex:nobody .'  # the owner it must not have
            ' ex:p6 ex:name "F" ; ex:tag 1 , 2 , 3 ; ex:owner ex:c .')  # all kept
    ours, reference = reports(tmp_path, shapes, data)
    assert ours.engine == "oxigraph", ours.note
    assert lines(ours) == lines(reference) == [
        "Violation: ex:b: contact", "Violation: ex:b ex:pet: pet [value: ex:p2]",
        "Violation: ex:c ex:pet: pet [value: ex:p3]", "Violation: ex:c ex:pet: pet [value: ex:p4]",
        "Violation: ex:c ex:pet: pet [value: ex:p5]"]


NESTED = {  # node-level constraints of ex:S over shapes that hold property shapes → pyshacl's report, and ours
    "or of counts": "sh:or ( [ sh:path ex:q ; sh:maxCount 1 ] [ sh:path ex:p ; sh:minCount 2 ] )",
    "exactly one of two": "sh:xone ( [ sh:path ex:q ; sh:minCount 1 ] [ sh:path ex:p ; sh:minCount 1 ] )",
    "not two of": "sh:not [ sh:path ex:q ; sh:minCount 2 ]",
    "a sequence path": "sh:node [ sh:property [ sh:path ( ex:p ex:r ) ; sh:minCount 2 ; sh:datatype xsd:integer ] ]",
    "property in property": "sh:node [ sh:property [ sh:path ex:p ; sh:property [ sh:path ex:r ; "
                            "sh:maxInclusive 2 ] ] ]",
    "class and a path's class": "sh:and ( [ sh:class ex:C ] [ sh:path ex:p ; sh:class ex:C ] )",
    "alternative path or a value": "sh:or ( [ sh:path [ sh:alternativePath ( ex:q ex:r ) ] ; sh:minCount 2 ] "
                                   "[ sh:path ex:p ; sh:hasValue ex:e ] )",
    "one or more steps": "sh:node [ sh:property [ sh:path [ sh:oneOrMorePath ex:p ] ; sh:maxCount 1 ] ]",
}


@pytest.mark.parametrize("name", sorted(NESTED))
def test_nested_property_shapes_report_what_pyshacl_reports(name: str, tmp_path: Path) -> None:
    data = ('ex:a a ex:C ; ex:p ex:b , ex:c ; ex:q "x" . ex:b ex:r 1 , 2 . ex:c ex:r 3 .'
            ' ex:d a ex:C ; ex:q "y" , "z" . ex:e a ex:C ; ex:p ex:e . ex:e ex:r 1 .')
    ours, reference = reports(tmp_path, f'ex:S sh:targetClass ex:C ; sh:message "m" ; {NESTED[name]} .', data)
    assert ours.engine == "oxigraph", ours.note
    assert lines(ours) == lines(reference) and not reference.conforms
