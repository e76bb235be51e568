"""Loads the reference vocabulary (``kg/data/lexicon.toml``) and jieba's word list.

Rules elsewhere ask two kinds of questions: "is this a head noun of the
genre?" (the lexicon) and "is this a common Chinese word rather than a
name?" (jieba's dictionary frequencies, a maintained general resource).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import tomllib
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg.atomic import write_atomic

# A word more frequent than this in jieba's dictionary is a common word, not a name
# (金山 291, 江口 109 are names; 示范 981, 试点 1130, 精品 1959 are not).
COMMON_WORD_FREQ = 700
# a place's or a body's own party body, by the word that ends its name (榴乡街道党工委, 南龚居民区党总支)
PARTY_BODIES = ("党工委", "党委", "党总支", "党支部")
# teams, whose name is their own words before the word for the kind of team (书香志愿服务队, “管家红”先锋队)
TEAMS = ("服务队", "巡逻队", "先锋队", "突击队", "志愿队", "宣讲团", "宣讲队", "艺术团", "调解队")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    data = resources.files("kg").joinpath("data/lexicon.toml").read_text(encoding="utf-8")
    lex = tomllib.loads(data)
    lex["person"]["surnames"] = "".join(lex["person"]["surnames"].split())
    return lex


@lru_cache(maxsize=1)
def clause_times() -> frozenset[str]:
    """今年, 目前, 近日: when a clause happens, never inside a name or a counted noun."""
    return frozenset(lexicon()["clause_times"])


@lru_cache(maxsize=1)
def nominal_verbs() -> frozenset[str]:
    """选派, 产生: verbs jieba tags as nouns, which govern what follows them."""
    return frozenset(lexicon()["nominal_verbs"])


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """The surnames a Han name begins with: bylines, people, and the families villages are named after ask."""
    return frozenset(lexicon()["person"]["surnames"])


@lru_cache(maxsize=1)
def common_surnames() -> frozenset[str]:
    """The hundred commonest surnames (the lexicon lists them by frequency): a family's place is named by one, and
    names set out a character at a time begin each with one."""
    return frozenset(lexicon()["person"]["surnames"][:100])


# A rare surname's character that is itself a word used more than this in jieba's dictionary (花, 红, 年) is
# more often that word than a name, even after a role.
RARE_SURNAME_MAX_FREQ = 10_000
# Nor one whose word is a function word, an adverb, a pronoun, a numeral or a time (都, 从, 那, 元, 秋), nor a
# verb or an adjective, what most often follows a role (居民|养, 党员|扶, 群众|乐): 劳 (a verbal noun) stays.
_FUNCTION_TAGS = ("d", "p", "r", "c", "u", "f", "m", "t")
_PREDICATE_TAGS = ("v", "vg", "a", "ag")


# Characters that count (双报到, 双积分, 半年): a surname of the 百家姓 too, but before a verb or noun a number.
_PAIRS_AND_HALVES = frozenset("双半单")


@lru_cache(maxsize=1)
def rare_surnames() -> frozenset[str]:
    """The 百家姓's surnames beyond the common ones (封, 劳, 楚, 嵇): a name begins with one only where the
    context says a person follows (after a role, in a list of names, before a verb of saying)."""
    common = surnames()
    return frozenset(c for c in lexicon()["person"]["hundred_family"] if not c.isspace() and c not in common
                     and c not in _PAIRS_AND_HALVES
                     and word_freq(c) <= RARE_SURNAME_MAX_FREQ and not word_tag(c).startswith(_FUNCTION_TAGS)
                     and word_tag(c) not in _PREDICATE_TAGS)


@lru_cache(maxsize=1)
def any_surnames() -> frozenset[str]:
    """The common surnames and the rarer ones: where the context says a person follows, either begins a name."""
    return surnames() | rare_surnames()


@lru_cache(maxsize=1)
def place_kinds() -> frozenset[str]:
    """The words of a kind of place, not a name (老旧, 沿边, 自管): places, counts and bodies all ask."""
    return frozenset(lexicon()["place"]["kinds"])


@lru_cache(maxsize=1)
def peoples() -> tuple[str, ...]:
    """The minority peoples' names without 族 (朝鲜, 赫哲), longest first: ethnic places are named with them."""
    return tuple(by_length(lexicon()["place"]["peoples"]))


@lru_cache(maxsize=1)
def program_verbs() -> frozenset[str]:
    """The verbs that introduce a program (实施, 推行 …): places, bodies, counts and implementations all ask."""
    return frozenset(lexicon()["program"]["verbs"])


@lru_cache(maxsize=1)
def honouring_verbs() -> tuple[str, ...]:
    """The verbs before a title won (被评为“五星级党组织”, 荣获“全省红旗村”): a title, no program or place."""
    return tuple(lexicon()["program"]["honouring_verbs"])


# words that make a post a brand (金牌调解员, 红色网格员, 党建联络员, 最美快递员)
_BRAND_WORDS = frozenset(("金牌", "红色", "党建", "先锋", "最美", "星级", "五星", "首席"))  # (not 党员, 巾帼:
# 党员志愿者, 巾帼志愿者 are kinds of people)
# the last characters of a noun for people by what they do (骑手, 快递员, 快递小哥, 货车司机, 志愿者)
_PEOPLE_BY_WORK = ("手", "员", "者", "工", "师", "小哥", "司机", "骑士", "大姐", "大妈", "阿姨")


@lru_cache(maxsize=4096)
def naming_people(name: str) -> bool:
    """Whether ``name`` is a noun for people (外卖|骑手, 快递|小哥, 货车|司机): two words or more, the last a
    person's role the lexicon lists or one ending as people by their work are named. Such a name quoted once
    is a kind of people, written bare in article after article, no program."""
    words = cut(name)
    if len(words) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in name) or words[0] in _BRAND_WORDS:
        return False  # (金牌|调解员, 党建|联络员: a post named as a brand, the program of who holds it)
    last = words[-1]
    return last in lexicon()["person"]["roles"] or (len(last) >= 2 and last.endswith(_PEOPLE_BY_WORK)
                                                    and word_tag(last).startswith("n"))


@lru_cache(maxsize=1)
def post_titles() -> tuple[str, ...]:
    """The titles of a post (书记, 主任), not the forms of address a surname takes alone (张|女士)."""
    return tuple(t for t in lexicon()["person"]["titles"] if t not in ("女士", "先生", "同志"))


@lru_cache(maxsize=1)
def honour_scopes() -> tuple[str, ...]:
    """Whose honour a quoted title is (全省“红旗街道”, 8个省级“红旗村”)."""
    return tuple(lexicon()["program"]["honour_scopes"])


@lru_cache(maxsize=1)
def _title_won() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, by_length(honouring_verbs())))
    scopes = "|".join(map(re.escape, by_length(honour_scopes())))
    return re.compile(rf"(?:{verbs})(?:第[\d一二三四五六七八九十]+批)?(?:{scopes})?$")


def title_won_before(before: str) -> bool:
    """Whether ``before`` ends with a verb of honouring, the honour's batch and scope perhaps after it (被评为“五星级
    党组织”, 被评为第11批全国“一村一品”示范村): what is quoted next is a title won."""
    return _title_won().search(before) is not None


@lru_cache(maxsize=1)
def program_acts() -> frozenset[str]:
    """The other verbs by which an actor runs a program it names (牵头, 引领, 作为 …)."""
    return frozenset(lexicon()["program"]["acts"])


@lru_cache(maxsize=1)
def deictic_words() -> tuple[str, ...]:
    """全区, 全市, 我市 …: the words for the place in focus, longest first."""
    return tuple(by_length(lexicon()["place"]["deictic"]))


@lru_cache(maxsize=1)
def organization_suffixes() -> tuple[str, ...]:
    """党委, 组织部, 办事处 …: what a body's name ends in."""
    return tuple(lexicon()["organization"]["suffixes"])


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(60)
    load_dictionary(jieba.dt, _dictionary_folder())
    return jieba


def _dictionary_folder() -> Path:
    """Where this user's copy of jieba's prefix dictionary is kept: ``$XDG_CACHE_HOME/kg`` (~/.cache/kg)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg"


def load_dictionary(dt: Any, folder: Path) -> None:
    """Load jieba's prefix dictionary into tokenizer ``dt`` from a pickle of it in ``folder``, made once.

    jieba keeps the dictionary in a marshal file, and reading it took 1.2 s
    here against 0.4 s for a pickle of the same table: every build that
    extracts anything, and each of its worker processes, paid the
    difference. The copy is named by jieba's version and the dictionary
    file's size and time, so an upgraded dictionary makes a new one. A
    pickle can run code when read, so the copy is only read from a folder
    and a file of this user's that no one else can write (not a shared
    /tmp), and it is made from the dictionary file itself, never from
    jieba's own cache in the shared temporary folder (which jieba reads
    without asking whose it is). A custom jieba set-up, or any trouble,
    falls back to jieba's own loading, which gives the same table.
    """
    import jieba

    if dt.initialized:
        return
    if dt.dictionary != jieba.DEFAULT_DICT or dt.cache_file or dt.tmp_dir:
        dt.initialize()
        return
    try:
        with dt.get_dict_file() as f:
            source = os.fstat(f.fileno())
    except Exception:  # a dictionary that is no file (a zipped package): jieba's own way
        dt.initialize()
        return
    stamp = f"{jieba.__version__}|{source.st_size}|{source.st_mtime_ns}|{pickle.HIGHEST_PROTOCOL}"
    path = folder / f"jieba-{hashlib.sha256(stamp.encode()).hexdigest()[:16]}.pickle"
    table = _read_private(folder, path)
    if table is None:
        table = dt.gen_pfdict(dt.get_dict_file())  # the word list itself: 0.8 s, once
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if _private(os.stat(folder)):
                write_atomic(path, pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:  # a home that cannot be written: the word list is read every time
            pass
    with dt.lock:
        dt.FREQ, dt.total = table
        dt.initialized = True


def _read_private(folder: Path, path: Path) -> tuple[dict[str, int], int] | None:
    """The table pickled at ``path``, if it and its folder are this user's alone and it reads as one."""
    try:
        if not _private(os.stat(folder)):
            return None
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as f:
            if not _private(os.fstat(f.fileno())):  # the file opened, not a path looked at before
                return None
            freq, total = pickle.load(f)
    except Exception:  # missing, torn or foreign: made again
        return None
    return (freq, total) if type(freq) is dict and type(total) is int and total > 0 else None


def _private(st: os.stat_result) -> bool:
    """Whether what ``st`` describes is this user's and no one else can write it."""
    return (not hasattr(os, "getuid") or st.st_uid == os.getuid()) and not st.st_mode & 0o022


def word_freq(word: str) -> int:
    """Frequency of ``word`` in jieba's dictionary (0 when unknown)."""
    return int(_jieba().dt.FREQ.get(word) or 0)


def is_common_word(word: str) -> bool:
    return word_freq(word) > COMMON_WORD_FREQ


def word_tag(word: str) -> str:
    """jieba's part-of-speech tag of a dictionary word ("" when unknown)."""
    return _word_tags().get(word, "")


@lru_cache(maxsize=1)
def _word_tags() -> dict[str, str]:
    """jieba's word → tag table, read from its dictionary file as ``jieba.posseg`` reads it.

    Importing ``jieba.posseg`` for its table parses the 349k-line file line by
    line (0.6 s, paid by every process and every incremental build); one
    whitespace split of the whole text gives the same table in a third of the
    time. The shortcut is only taken when every line has exactly the three
    fields (word, frequency, tag) jieba requires; otherwise the lines are
    read one by one with jieba's own rules (blank lines skipped).
    """
    f = _jieba().dt.get_dict_file()
    try:
        text = f.read().decode("utf-8")
    finally:
        f.close()
    fields = text.split()
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    if len(fields) == 3 * lines:
        return dict(zip(fields[0::3], fields[2::3], strict=True))
    table: dict[str, str] = {}
    for line in text.split("\n"):
        line = line.strip(" \t\n\r\x0b\x0c")  # bytes.strip()'s whitespace, as jieba strips each line
        if line:
            word, _, tag = line.split(" ")
            table[word] = tag
    return table


@lru_cache(maxsize=1)
def name_ends() -> dict[str, int]:
    """How many people's names of three characters in jieba's dictionary (its entries tagged nr that begin
    with a surname) end in each character: 强 and 芳 end many, 带 and 回 few, 被 and 却 none. Where a role
    says a name follows and nothing after it tells where the name ends, how often its third character ends
    a name tells whether it is the name's or the next word's."""
    ends: dict[str, int] = {}
    first = any_surnames()
    for word, tag in _word_tags().items():
        if tag == "nr" and len(word) == 3 and word[0] in first:
            ends[word[2]] = ends.get(word[2], 0) + 1
    return ends


# Tags of words that are not names: verbs, adjectives, adverbs, function words, idioms.
_NOT_NAME_TAGS = ("v", "a", "d", "p", "c", "u", "r", "m", "q", "f", "t", "l", "i", "b", "z")


def looks_like_name(word: str, *, min_freq: int) -> bool:
    """Whether a dictionary word can be (part of) a proper name.

    Unknown words are names; common words are not; a rarer word is refused
    when jieba tags it as a verb, adjective or the like and it is used at
    least ``min_freq`` times (place-name tags ns/nr/nz always pass).
    """
    freq = word_freq(word)
    if freq == 0:
        return True
    if freq > COMMON_WORD_FREQ:
        return False
    tag = word_tag(word)
    if tag.startswith(("ns", "nr", "nz")):
        return True
    return not (tag.startswith(_NOT_NAME_TAGS) and freq >= min_freq) and not (
        tag.startswith("n") and freq >= 100 and min_freq <= 50
    )


def cut(text: str) -> list[str]:
    """jieba precise mode without HMM: known words only, so new names stay in pieces.

    The rules cut the same short strings again and again (a quoted name, the
    run before a suffix), and cutting is a pure function of the text and
    jieba's dictionary, so results are remembered; each caller gets its own list.
    """
    return list(_cut(text))


def word_bounds(text: str, start: int, end: int) -> set[int]:
    """Offsets in ``text`` where jieba's words of ``text[start:end]`` begin or end (``start`` and ``end`` too).

    Lets a rule ask whether a match stands as a word of its own (该|小区)
    or sits inside a longer one (种植|合作社).
    """
    return {start, *(at + len(tok) for at, tok in words_at(text, start, end))}


def words_at(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, word) for each of jieba's words of ``text[start:end]``, offsets in ``text``."""
    out, at = [], start
    for tok in cut(text[start:end]):
        out.append((at, tok))
        at += len(tok)
    return out


@lru_cache(maxsize=1 << 16)
def _cut(text: str) -> tuple[str, ...]:
    return tuple(_jieba().cut(text, HMM=False))


def cut_hmm(text: str) -> list[str]:
    """jieba precise mode with its hidden Markov model, which joins the characters of a word its dictionary
    lacks (a person's name: 钱|荫|昌 → 钱荫昌); slower, so asked only of text that may name people."""
    return _jieba().lcut(text, HMM=True)


@lru_cache(maxsize=1)
def strengthening_verbs() -> tuple[str, ...]:
    """The lexicon's verbs of improving a place that end in their result (建强, 管好, 筑牢, 夯实, 做细): never the
    first word of a place's or a body's name (美化, 绿化 and 提升 may be: 园林绿化公司)."""
    return tuple(v for v in lexicon()["place"]["improving_verbs"] if v[-1] in "好强密牢实优细深全紧")


def two_word_verb(tok: str) -> bool:
    """A four-character token of jieba's, a rare entry of its dictionary, that is two common words, the
    second a verb or what a verb makes (大力|发展, 建立|健全, 积极|开展: entries tagged as names, idioms or
    phrases): the clause's verb phrase, never the start of a body's name. A place or a person first
    (广州|发展) is a name's; an entry tagged a noun (综合执法) is a noun."""
    if len(tok) != 4:
        return False
    head, verb = tok[:2], tok[2:]
    if word_tag(head) in ("d", "ad") and word_tag(verb) == "v" and word_freq(verb) >= 500:
        return True  # 充分|发挥, an adverb and a verb, however jieba tags the whole (a noun)
    if word_freq(tok) > 10 or word_tag(tok) not in ("nz", "nr", "nt", "l", "i"):
        return False
    return word_tag(verb) in ("v", "vn", "a") and word_freq(verb) >= 500 and word_freq(head) >= 1000 \
        and not word_tag(head).startswith(("nr", "ns", "nt", "nz"))


def by_length(words: Iterable[str]) -> list[str]:
    """Longest first, so alternations prefer the longest head."""
    return list(_by_length(tuple(words)))


@lru_cache(maxsize=256)
def _by_length(words: tuple[str, ...]) -> tuple[str, ...]:
    """The sort behind ``by_length``, remembered: the rules ask for the same lexicon lists per sentence."""
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))
