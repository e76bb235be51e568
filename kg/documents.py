"""Documents: files → decoded text, its normalised view, line roles and sentences.

Scraped pages carry navigation, share buttons and lists of other headlines;
those lines are marked ``clutter`` here so no later stage reads facts from
them. Everything keeps offsets into the decoded source text.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path

from kg.errors import DocumentError
from kg.model import Block, Document, Sentence
from kg.normalize import normalise_mapped

SUFFIXES = (".txt", ".md", ".html", ".htm")
MAX_BYTES = 20_000_000

# Lines that are page furniture wherever they occur. Only short lines, or lines
# without a sentence end, are tested: a body sentence may say 扫一扫 or 老字号.
_CLUTTER_LINE = re.compile(
    r"(您现在的位置|当前位置|所在位置|首页\s*>|>\s*正文|^分享(到)?[:：]?$|扫一扫|二维码|下载.{0,8}(客户端|APP|App)|"
    r"^(扫描|扫码)(下载|关注|阅读)|"  # (扫描下载渭水之南: an app's banner above the headline)
    r"关注.{0,10}(微信|微博|公众号)|点击(进入|查看|阅读)|进入.{0,6}频道|频道推荐|"
    r"版权(所有|声明)|Copyright|ICP备|公网安备|^技术支持[:：]|打印本页|关闭窗口|字号[:：]?\s*[大中小]|上一篇|下一篇|"
    r"^(返回|更多|返回顶部|返回首页|收藏|点赞|在看)$|^【?(打印|关闭)】?$|^(关键词|关键字|标签|Tags?)\s*[:：]|"
    r"^((微信|微博|QQ|QQ空间|朋友圈|新浪微博|腾讯微博|抖音)(好友|群)?[\s、/|]*){2,}$|^<\s*[a-z/])",
    re.I,
)
# A share button's instructions, a visitors' counter, an e-paper's page header, a forum poster's profile: asked
# only of a line with no sentence's marks (居民点击右上角“报修”按钮，…。 is a sentence).
_FURNITURE_LINE = re.compile(r"点击右上角|分享功能|访问(人数|人次|量|次数)\s*[:：]|^第\s*[A-Z]?\d{1,3}\s*版|"
                             r"上一版|下一版|签到天数|\[LV\.\d+\]")
_SENTENCE_MARKS = re.compile(r"[。！？!?，,；;]")
# the page's own fields, which a line of furniture may hold too (发布时间:…来源:成都日报访问量:次): page metadata
_PAGE_FIELDS = re.compile(r"来源[^\S\n]?[:：]|发布(?:时间|日期)[:：]")  # (来源 :, a spaced label closed)
# An item of a list of other articles: a bullet, a headline, its date (- 儿童白血病新药“落地”福州2023-03-09)
# (two such lines at least, one after the other, and no field's colon: - 发布时间：2023-03-09 is the page's date)
_LINK_ITEM = re.compile(r"^[-·•▪●◆]\s*[^。！？!?:：\n]{4,60}?\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$")
# A navigation bar: several short words separated by spaces, or many by bars (直通屏山|福建|时评|…|三明: a
# headline's bars part three or four phrases, 党建引领|网格赋能|服务提质), nothing else.
_NAV_LINE = re.compile(r"^(?:[^\s。！？，,]{1,6}\s+){3,}[^\s。！？，,]{1,6}$"
                       r"|^(?:[^\s。！？，,|｜]{1,6}\s*[|｜]\s*){5,}[^\s。！？，,|｜]{1,6}$"
                       # (县区分站:贵池区 | 东至县 | 石台县 | 青阳县: a menu its label names, three bars at least; not
                       # 首批示范村：马坊村｜河头村｜…, the article's list, nor a headline's 鼓楼区：党建引领 | …)
                       r"|^[^\s。！？，,|｜:：]{0,6}(?:分站|导航|链接|频道|栏目|站群)[:：]\s*"
                       r"(?:[^\s。！？，,|｜:：]{1,8}\s*[|｜]\s*){3,}[^\s。！？，,|｜:：]{1,8}$")
# (…松原 延边 长白山保护开发区: a long menu of short names may end in a longer one; not a list the line before
# introduces: 获评的乡镇党委有：|练集镇 黄寨镇 … 老城街道办事处, the article's)
_LONG_MENU = re.compile(r"^(?:[^\s。！？，,]{1,4}\s+){6,}[^\s。！？，,]{7,10}$")
# Lines after which the rest of the page is other articles' headlines.
_TAIL_MARKER = re.compile(
    r"^[【\[]?(相关(新闻|文章|阅读|链接|信息|报道)|推荐阅读|延伸阅读|热点新闻|一周热点|最新.{0,8}新闻|"
    r"猜你喜欢|热门推荐|精彩推荐|往期回顾)"
)
# Bylines and page metadata. A paragraph that merely opens with a byline
# (本报讯（记者 X）…。) is content: only short or unpunctuated lines are meta.
_META_LINE = re.compile(
    r"(来源[^\S\n]?[:：]|发布(时间|日期)[:：]|(?:^|[\s【\[(（])(?:信息|发表|更新)?(?:时间|日期)\s*[:：]\s*[\[【]?\s*(?:19|20)\d{2}"
    r"[-年/.]|"  # (日期:[2024年10月28日] -- 智慧生活报 -- 版次:[B24]: an e-paper's header)
    r"责任编辑|责编|编辑[:：]|记者|通讯员|报道员|采访人员|统筹[:：]|作者[:：]|摄影|"
    r"^\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?(\s|$)|"
    # (时间:2023-11-28, 【信息时间:2020/6/28: a date's field, labelled)
    # a page's time stamp, or its count of readers (衡水新闻网 阅读:2 2025-08-13 11:37:17 评论:0)
    r"(?<!\d)(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}|(?:阅读|浏览|点击)(?:量|数|次数)?[:：]\s*\d)"
)
_PROSE_END = re.compile(r"[。！？!?]")
_READING_TOOLS = re.compile(r"[【\[]?\s*(?:字号\s*[:：]?\s*[大中小](?:\s*[大中小]){0,2}|打印本页|关闭窗口)\s*[】\]]?")
# runs of blanks count as one where a line's length is weighed: a mirror's pinyin glosses, dropped, leave
# blanks behind them (來(lái)源 → 来源     ), which make a byline no longer than it was written; asked only of a
# line that begins as a byline does (a line of photographs' captions, flattened, does not)
_SPACE_RUN = re.compile(r"\s{2,}")
_META_START = re.compile(r"\s*(?:\d{4}[-年/.]|来源|作者|记者|编辑|责任编辑|发布|通讯员)")
# A sentence whose subject is the reporter (记者从区委组织部获悉，…。): the news lead, content, not a byline.
_REPORTER_DOES = re.compile(r"(记者|通讯员)(从|在|近日|日前|昨日|今日|获悉|了解到|走访|来到|看到|注意到|采访|调查|发现)"
                            r"[^\n]*[，,][^\n]*[。！？!?]")
# The reporter as the one spoken to (…的李志芬对记者说：“…, 告诉记者): a sentence's words, whether or not the page
# cut it before its full stop, no byline's
# (对前来采访的记者说, 接受本报记者采访时说：, 带着记者走进…: a few words between the verb and the reporter)
_TO_REPORTER = re.compile(r"(?:对|向|告诉|跟|给|接受|陪同|带着|领着|带领)[^，,。：:记]{0,8}?记者")
# A role or field followed by its separator: how a byline or a field of the page's metadata is written.
_FIELD = re.compile(r"(记者|通讯员|编辑|责编|报道员|采访人员|摄影|作者|来源|发布|统筹)\s*[\s:：/|｜]")
_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")


def _short_prose(line: str) -> bool:
    """A short sentence that names a reporter, not a byline (天山网记者探访了…固原巷社区。, 居民告诉记者,…很好。):
    it ends as a sentence does, and outside brackets it holds no field written as a byline writes it."""
    if not re.search(r"[。！？!?][”’」』\"]*$", line):
        return False
    bare = _BRACKETS.sub("", line)
    return len(bare) >= 15 and _FIELD.search(bare) is None


def _told_the_reporter(line: str) -> bool:
    """A line of clauses or speech whose only byline word is the reporter spoken to (家住…峪前社区的李志芬对记者
    说：“…, the page cut before its full stop): the article's sentence, its people and places with the rest."""
    bare = _TO_REPORTER.sub("", line)
    return bare != line and len(line) >= 20 and re.search(r"[，,：:“]", line) is not None \
        and _META_LINE.search(bare) is None


# (… 开展清理工作 [1] - 具体活动…: an aggregator's summary, each point closed by its source's number, no stop)
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』\"]*|[;；](?=\s*$)|…{2,}|\.{6}|(?<=\s)\[\d{1,2}\](?=\s|$)")


def read_bytes(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(path.name, f"larger than {max_bytes} bytes ({size})")
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(path.name, f"cannot read ({exc.strerror or exc})") from exc


def decode(data: bytes, file_name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DocumentError(file_name, f"invalid UTF-16 at byte {exc.start}") from exc
    if b"\x00" in data[:4096]:
        raise DocumentError(file_name, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            raise DocumentError(
                file_name, f"not UTF-8 (invalid byte at {utf8_error.start}) nor GB18030"
            ) from utf8_error


@dataclass(frozen=True)
class InputFile:
    """A file to build and the name it is recorded under.

    The name is the path relative to the folder it was found in, so the
    ``index.html`` of two scraped sections stay two documents with two names.
    """

    path: Path
    name: str


@dataclass
class Inputs:
    files: list[InputFile]
    skipped: list[str]  # files under the folders given that are not documents (not hidden ones)


EXPORT_MARK = b'<meta name="generator" content="kg">'
HTML_SUFFIXES = (".html", ".htm")


def is_html(file_name: str) -> bool:
    """Whether a document is a web page: its markup is blanked for matching and dropped where text is shown."""
    return file_name.lower().endswith(HTML_SUFFIXES)


def is_kg_export(path: Path) -> bool:
    """Whether an .html file is a network view kg wrote (an earlier build's graph.html), not an article."""
    if not is_html(path.name):
        return False
    try:
        with path.open("rb") as f:
            return EXPORT_MARK in f.read(2048)
    except OSError:
        return False


def _listed(folder: Path) -> Iterator[tuple[Path, Path, Path]]:
    """(path, path within ``folder``, resolved path) of each file in ``folder``, hidden ones left out, in the
    order of ``sorted(folder.rglob("*"))``.

    A rebuild lists the whole corpus before it knows what changed, so this
    walks the folders with ``os.scandir``, whose entries already know whether
    they are files, folders or links: ``rglob`` with an ``lstat`` and path
    arithmetic per file took 0.2 s for 4,600 articles. Each folder's entries
    are taken in name order and a folder's files right after its name, which
    is the order of the sorted paths (compared part by part). Like ``rglob``,
    it does not go into a linked folder; ``Path.resolve`` (2 s for 22,000
    articles) is asked only of links.
    """
    root = folder.resolve()

    def walk(directory: str, rel: str) -> Iterator[tuple[Path, Path, Path]]:
        try:
            with os.scandir(directory) as found:
                entries = sorted(found, key=attrgetter("name"))
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            name = f"{rel}/{entry.name}" if rel else entry.name
            try:
                if entry.is_symlink():
                    path = folder / name
                    if path.is_file():
                        yield path, Path(name), path.resolve()
                elif entry.is_dir(follow_symlinks=False):
                    yield from walk(entry.path, name)
                elif entry.is_file(follow_symlinks=False):
                    yield folder / name, Path(name), root / name
            except OSError:
                continue

    yield from walk(str(folder), "")


def find_inputs(paths: Iterable[str | Path], *, exclude: Iterable[str | Path] = ()) -> Inputs:
    """Input files under the given paths, in a stable order.

    Files named on the command line are read whatever their suffix; in a
    folder, only .txt/.md/.html/.htm are, the others are listed as skipped,
    and hidden files and folders (``.git``, the build cache) are passed over
    silently.
    """
    seen: set[Path] = set()
    names: set[str] = set()
    skip = [Path(x).resolve() for x in exclude]  # the output folder, when it lies inside an input folder
    inside = tuple(str(x).rstrip(os.sep) + os.sep for x in skip)  # a resolved path under one of them starts so
    files: list[InputFile] = []
    skipped: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = []
            for f, rel, key in _listed(p):
                if skip and (key in skip or str(key).startswith(inside)):
                    continue
                if f.suffix.lower() in SUFFIXES and not is_kg_export(f):
                    found.append((f, rel.as_posix(), key))
                else:
                    skipped.append(str(f))
        elif p.is_file():
            found = [(p, p.name, p.resolve())]
        else:
            raise DocumentError(str(p), "no such file or folder")
        for f, name, key in found:
            if key in seen:
                continue
            seen.add(key)
            if name in names:  # the same relative name under two of the paths given
                name = f.as_posix()
            names.add(name)
            files.append(InputFile(f, name))
    return Inputs(files, skipped)


def segment(norm: str) -> list[Block]:
    """Classify each non-empty line of the normalised text."""
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for raw in norm.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append((pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    blocks: list[Block] = []
    tail = False
    n = len(lines)
    items = [_LINK_ITEM.match(line) is not None for _, _, line in lines]
    listed = [item and ((i > 0 and items[i - 1]) or (i + 1 < n and items[i + 1])) for i, item in enumerate(items)]
    for i, (start, end, line) in enumerate(lines):
        if not tail and i >= n // 2 and _TAIL_MARKER.match(line):
            tail = True
        size = len(_SPACE_RUN.sub(" ", line))  # (blanks a page's pinyin glosses left, kg.normalize: no length)
        prose = size > 50 and _PROSE_END.search(line.replace("?", "") if _META_START.match(line) else line) is not None
        # (2025-06-12 08:58:51? 作者: 傅韬旭? 来源: 东南网: a page's blanks turned to ?, no question asked)
        menu = _NAV_LINE.match(line) or (_LONG_MENU.match(line) and not (i > 0 and lines[i - 1][2][-1] in ":："))
        tools = _READING_TOOLS.sub("", line).strip()  # 2024-03-18 … 来源:福州晚报 作者:刘露 【字号 大 中 小】: the
        # page's date line, its reading tools after it
        if tail or (not prose and (_CLUTTER_LINE.search(line) or menu) and not (
                tools != line and _META_LINE.search(tools) and not _CLUTTER_LINE.search(tools))) or (
                _FURNITURE_LINE.search(line) and not _SENTENCE_MARKS.search(line) and not _PAGE_FIELDS.search(line)) \
                or listed[i]:
            kind = "clutter"
        elif _META_LINE.search(line) and (len(line) < 80 or (_META_START.match(line) and len(
                _SPACE_RUN.sub(" ", line)) < 80)) and not prose \
                and not _REPORTER_DOES.search(line) \
                and not _short_prose(line) and not _told_the_reporter(line):
            kind = "meta"
        elif size <= 30 and not re.search(r"[。！？!?]$", line) and not _CAPTION_START.match(line):
            kind = "heading"
        else:
            kind = "paragraph"
        caption = (_caption_end(line) or _bracketed_credit_end(line)) if kind == "meta" else None
        if kind == "meta" and caption is None and _CAPTION_START.match(line) and not _CREDIT_TAIL.search(line):
            kind = "paragraph"  # 图为…书记李艳为记者们介绍…: the 记者 it names are its people, no byline's
        if caption is not None:  # 农前朝(左二)和村民查看照片。|新华每日电讯记者徐海涛摄: a caption, then its credit
            blocks.append(Block(start, start + caption, "paragraph"))
            start += caption + (len(line[caption:]) - len(line[caption:].lstrip()))
        blocks.append(Block(start, end, kind))
    return blocks


# a photograph's caption, however short and unpunctuated: 图为七里店社区书记李艳为记者们介绍社区概况 is a
# sentence of the article, its people and places with the rest, not a heading
_CAPTION_START = re.compile(r"[（(]?(?:图为|上图|下图|左图|右图|图片为)")


# a photograph's credit closing a caption line: the outlet and its photographer, 摄 or 摄影 at the end
_CREDIT_TAIL = re.compile(r"[（(]?[^。！？!?]{0,24}(?:记者|通讯员|摄影)[^。！？!?]{0,16}?摄(?:影)?[）)]?\s*$")


# the article's credits in brackets after its last sentence, on the sentence's line: (台湾网上海通讯员 黄佳俊)
_BRACKETED_CREDIT = re.compile(r"\s*[（(][^()（）。！？]{0,24}(?:记者|通讯员|报道员|摄影|作者)"
                               r"[^()（）。！？]{0,24}[)）]\s*")


def _bracketed_credit_end(line: str) -> int | None:
    """Where the sentences end in a line that closes with its credits in brackets (…接待了台湾参访团一行。
    (台湾网上海通讯员 黄佳俊)): the sentences are the article's, its people and places with the rest."""
    stops = [m.end() for m in _PROSE_END.finditer(line)]
    if not stops or stops[-1] < 8 or not _BRACKETED_CREDIT.fullmatch(line, stops[-1]):
        return None
    return stops[-1]


def _caption_end(line: str) -> int | None:
    """Where a caption ends in a line that is a caption and its photograph's credit (…查看手机中的咖啡树照片。
    新华每日电讯记者徐海涛摄): after the caption's last full stop, where what follows is the credit alone. The
    caption is text the page's reader reads, its people and places with the rest; None for a credit alone."""
    stops = [m.end() for m in _PROSE_END.finditer(line)]
    if not stops or stops[-1] < 8 or not _CREDIT_TAIL.fullmatch(line, stops[-1]):
        return None
    return stops[-1]


def split_sentences(norm: str, blocks: list[Block]) -> list[Sentence]:
    out: list[Sentence] = []
    for bi, b in enumerate(blocks):
        if b.kind in ("clutter", "meta"):
            continue
        start = b.start
        for m in _SENTENCE_END.finditer(norm, b.start, b.end):
            if m.end() > start:
                out.append(_trimmed(norm, start, m.end(), bi))
            start = m.end()
        if start < b.end:
            out.append(_trimmed(norm, start, b.end, bi))
    return [s for s in out if s.end > s.start]


def _trimmed(norm: str, start: int, end: int, block: int) -> Sentence:
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    return Sentence(start, end, block)


def make_document(file_name: str, data: bytes) -> Document:
    """Decode and segment one file's bytes (metadata is read by ``kg.metadata``)."""
    text = decode(data, file_name)
    norm, source_at = normalise_mapped(text, is_html=is_html(file_name))
    if not norm.strip():
        raise DocumentError(file_name, "empty document (no text)")
    blocks = segment(norm)
    doc = Document(
        file_name=file_name,
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        norm=norm,
        blocks=blocks,
        sentences=split_sentences(norm, blocks),
        source_at=source_at,
    )
    return doc


def load_document(path: Path, *, max_bytes: int = MAX_BYTES) -> Document:
    return make_document(path.name, read_bytes(path, max_bytes=max_bytes))
