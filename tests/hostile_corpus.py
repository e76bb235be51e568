"""A folder of the files a scraped corpus really holds, for the hostile-input tests.

One file per kind of trouble, each with the outcome it must have: built,
failed (with the reason's key words), skipped, or passed over. The articles
that build are ordinary party-building prose, so the graph is not empty and
evidence offsets can be checked in every encoding.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

ARTICLE = (
    "标题：{place}推行“{program}”工作法\n\n"
    "福建省福州市{place}全面推行“{program}”工作法，建立小区党支部{n}个。\n"
    "{place}构建“街道党工委-社区党委-小区党支部-楼栋党小组”四级党建格局。\n"
)
# Markup, quotes, angle brackets, control characters, a newline inside a quoted name, a long name.
INJECTION = (
    "福建省福州市台江区推行“<script>alert(1)</script>”工作法，"
    "实施“\"引号\" > '单引' \\反斜杠 & 符号”工程，"
    "推广“控制\x01字符\x1b[31m红\x7f”机制，"
    "开展“换行\n名称”行动，"
    "打造“" + "长" * 400 + "”品牌，覆盖全区12个社区。\n"
    "台江区瀛洲街道<b>粗体</b>社区建立小区党支部7个。\n"
)
MAX_BYTES = 4000  # the --max-bytes the tests build with; big.txt is over it


@dataclass
class HostileFolder:
    root: Path
    failed: dict[str, list[str]] = field(default_factory=dict)  # name → words its one-line reason holds
    skipped: list[str] = field(default_factory=list)  # paths (as str) of non-document files
    built: dict[str, str] = field(default_factory=dict)  # name → its decoded text
    copies: dict[str, str] = field(default_factory=dict)  # duplicate name → name of the file it copies
    script_only: str = "脚本里工作法"  # a program that appears only inside <script>/<style>


def make_hostile_folder(root: Path) -> HostileFolder:
    root.mkdir(parents=True, exist_ok=True)
    h = HostileFolder(root)

    def put(name: str, data: bytes) -> Path:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path

    def article(place: str, program: str, n: int) -> str:
        return ARTICLE.format(place=place, program=program, n=n)

    text = article("台江区", "近邻服务", 304)
    put("utf8.txt", text.encode("utf-8"))
    h.built["utf8.txt"] = text
    put("copy of utf8.txt", text.encode("utf-8"))  # same bytes, another name: one document
    h.copies["copy of utf8.txt"] = "utf8.txt"

    text = article("鼓楼区", "红色管家", 12)
    put("bom.md", b"\xef\xbb\xbf" + text.encode("utf-8"))
    h.built["bom.md"] = text
    text = article("仓山区", "邻里守望", 21)
    put("gbk.txt", text.encode("gb18030"))
    h.built["gbk.txt"] = text
    text = article("晋安区", "楼道议事", 5)
    put("utf16le.txt", text.encode("utf-16"))  # with BOM
    h.built["utf16le.txt"] = text
    text = article("马尾区", "近邻党建", 9).replace("区", "區").replace("党", "黨")  # Traditional characters
    put("utf16be.md", b"\xfe\xff" + text.encode("utf-16-be"))
    h.built["utf16be.md"] = text

    html = (
        "<html><head><title>长乐区推行“红色领航”工作法</title>"
        f"<style>p::before {{ content: '“{h.script_only}”' }}</style>"
        f"<script>var s = '福州市长乐区推行“{h.script_only}”。'; if (a < b) {{}}</script></head>\n"
        "<body><p>福建省福州市长乐区推行“红色领航”工作法，建立小区党支部8个。</p>\n"
        "<!-- 福州市长乐区推行“注释里”工作法 -->\n</body></html>\n"
    )
    put("page.htm", html.encode("utf-8"))
    h.built["page.htm"] = html
    for folder, place in (("news", "闽侯县"), ("notice", "连江县")):  # the same name in two folders
        text = f"<html><body><p>{article(place, '党群连心', 3)}</p></body></html>"
        put(f"{folder}/index.html", text.encode("utf-8"))
        h.built[f"{folder}/index.html"] = text

    put("inject <b>\"name\"</b> #%.txt", INJECTION.encode("utf-8"))
    h.built["inject <b>\"name\"</b> #%.txt"] = INJECTION

    put("empty.txt", b"")
    h.failed["empty.txt"] = ["empty"]
    put("blank.md", " \n\t\u3000\n".encode())
    h.failed["blank.md"] = ["empty"]
    put("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    h.failed["binary.txt"] = ["binary"]
    put("undecodable.txt", b"\xff\xff\xff\xfe\x80 not text")
    h.failed["undecodable.txt"] = ["not UTF-8", "GB18030"]
    put("lone-surrogate.txt", b"\xff\xfe" + "台江区".encode("utf-16-le") + b"\x00\xd8" + "社区".encode("utf-16-le"))
    h.failed["lone-surrogate.txt"] = ["UTF-16"]
    put("big.txt", ("台江区推行“近邻服务”工作法。" * 400).encode("utf-8"))
    h.failed["big.txt"] = ["larger than", str(MAX_BYTES)]

    for name in ("photo.png", "report.docx"):
        h.skipped.append(str(put(name, b"\x00\x01 not an article")))
    put(".hidden.txt", "台江区推行“隐藏文件”工作法。".encode())  # dot-files are never read
    put(".git/HEAD.txt", b"ref: refs/heads/main\n")
    return h
