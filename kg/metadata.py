"""Article metadata read from the text: title, date, publisher, bylines.

News pages state these in a few conventional forms (a "来源:" line, a
breadcrumb, a byline in brackets, an editor in 【】), so the rules here are
about those conventions, not about any one site.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from kg.model import Block, Document
from kg.normalize import to_simplified
from kg.text import OPEN_QUOTES, QUOTE_CHARS, first_prose, is_han, line_before, written

_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})(?!\d)")
# (数据来源:…委员会): not its bracket; 来源     : the blanks a mirror's pinyin gloss leaves (來(lái)源:)
# (图片来源, 视频转自: the photos', the video's; 转自:中卫发布: the account the page took it from, a field of its own)
_COPY_S_SOURCE = r"稿源(?=[^\S\n]{0,8}[:：]\s*[\u4e00-\u9fff]{1,12}(?:网|报|在线|台)(?![\u4e00-\u9fff]))"
_SOURCE = re.compile(r"(?<!图片)(?<!图)(?<!视频)(?<![“\"])"
                     r"(?:来源|" + _COPY_S_SOURCE + r"|原出处|(?:(?<![^\s(（【\[])|(?<=文章)|(?<=本文))转(?:载)?自)"
                     r"(?:[^\S\n]{0,8}[:：]|(?<=【来源)】)\s*(?:[|｜]\s*)?[【\[]?([^\s|｜,，。)）【】\[\]]{2,20})")
# (来源:【湛江日报-湛江新闻网: the bracket the outlet is set in, no part of its name)
# (原出处:彝族人网: where the piece first ran; 来源: | 乾元镇 |: a table's cell; 凡本网注明“来源:…”的作品, 凡本网未注明
# "来源:山西新闻网"的作品: a notice's words, quoted; 稿源:慈溪新闻网: the copy's source, where an outlet, another
# label for it; 稿源:区委组织部: a body that sent the copy in, the site's own page)
_LOST_CHARACTER = re.compile(r"[^\S\n]*[?？\ufffd]")  # a character the page's encoding lost, where it stood
_WEB_ADDRESS_GLUED = re.compile(r"(?:https?|www\.)[A-Za-z0-9:/.\-_]*$")
_PAPER_NAMED = re.compile(r"(?:当前)?报纸名称\s*[:：]\s*([\u4e00-\u9fff]{2,12})")
_BREADCRUMB = re.compile(r"(?:您现在的位置|当前位置|所在位置)\s*是?\s*[:：]?\s*(.+)")  # (当前位置 : 首页: blanks
# a page's dropped glosses left before the colon; 位置是:首页)
# The roles a byline names people by (一审编辑:唐会军: the reviewers, too)
ROLES = ("责任编辑", "责任编审", "责编", "通讯员", "报道员", "采访人员", "见习记者", "实习记者", "首席记者", "特约记者",
         "记者", "编辑", "编审", "美编", "插画",
         "制图", "统筹", "作者", "撰稿", "摄影", "摄像", "实习生", "文/图", "图/文", "文_", "一审", "二审", "三审",
         "初审", "复审", "终审", "审核", "审校", "校对", "核发",
         "图文编辑", "图文审核", "图文校对", "图文",  # (图文丨廖菊珍: text and pictures by; 图文编辑: an editor)
         "收集编辑",  # (来源:单县融媒收集编辑:单县融媒: a site's field of who gathered the piece, glued after 来源's)
         "签发",  # (签发:李卓: who approved it)
         "特约通讯员", "特约摄影")  # (特约通讯员谭文博: no person 特约 before the role)
# 记者|潘巧: a bar for the colon; 记者?杨唯伟?通讯员?张蕾: a page's spaces turned to ? by a lossy transcoding
# (报道:杨成林 陈应国: reported by, a label only with its colon: 据报道 is none)
# (融媒体记者吴丽娇: the kind of newsroom, a word of its own before the role, is the role's, not the last name's
# before it; 当代贵州融媒体记者: the outlet's, glued to its name)
_ROLE = re.compile(r"(?:(?<![\u4e00-\u9fff])(?:全媒体|全媒|融媒体|融媒|新媒体))?(" + "|".join(ROLES)
                   + r"|(?<![\u4e00-\u9fff])(?:报道|供稿|来稿|策划|采写|制作)(?=[:：]))"
                   r"[\s?]*(?:[:：|｜](?:[\s?]*【(?=[\u4e00-\u9fff·、，, ]{2,30}】))?|(?<=[\u4e00-\u9fff])】)?[\s?]*")
# (编辑:【吴金铭】: the names bracketed after the colon, as 中新网 writes its editor's; the bracket shut after them)
# (供稿:张煜显 审核:董燕: who supplied the piece, its writer; a label only with its colon: 社区供稿 is a credit's
# kind, 供稿 the word after the names; 采写:杨可, who gathered and wrote it; 策划:廖奕文: who planned the series,
# 精心策划 a verb; | 制作: 曾若晨 |: who made the web page, a header's field, 视频制作 a work's kind)
# the next field of a line, glued on (来源:吉林日报责编:蒋硕, 来源:杜集经济开发区发布时间:…)
_NEXT_FIELD = re.compile(r"(?:" + "|".join(ROLES) + r"|字号|浏览次数|点击数?|阅读(?:数|量|次数)?"
                         r"|访问(?:量|次数|人数|人次)|时间|日期)?[^\S\n]*[:：]"
                         r"|发布(?:时间|日期|人)")  # (广西日报阅读:6579: the readers counted)
# a field's label glued after a byline's names (作者:张建萍文章来源:东湖社区 发布日期:…; 编辑:丁文慧字号:[大] [中] [小]:
# the page's font buttons)
_GLUED_FIELD = re.compile(r"(?<=[\u4e00-\u9fff])(?<!图片)(?<!视频)(?:(?:文章|稿件|信息)?来源[:：]"
                          r"|(?:发布|更新)(?:时间|日期|人)|(?:阅读|浏览|点击)(?:数|次数|量)?[:：]|字号[:：])")
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,3}")  # 鲁提普拉·木塔力甫
# a caption's or byline's mark before the names (□ 付梓豪, ▲ 肖志君 摄, 〉〉〉〉〉赵鹏)
_BULLET = re.compile(r"[\s▲△■□●○◆◇★☆▼▽◎※•〉》›»>]*")
# (融媒体编辑 | 朱敬哲, 特约记者：王海: a word or two of the outlet's or of rank before the role; 报道: alone, not
# 系列报道：黄河岸边, a column's heading)
_CREDIT_LINE = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,4}?(?:" + "|".join(map(re.escape, ROLES))
                          + r")|报道|策划|采写)\s*[:：|｜]"
                          # (作者 朱莹: a blank for the colon, names alone after it)
                          r"|\s*(?:作者|记者|通讯员)\s+(?=[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*$)"
                          r"|\s*(?:文/图|图/文)\s+(?=[\u4e00-\u9fff])"  # (文/图 王海涛: a blank for the colon, after
                          r"|\s*[◎●■□▲]?\s*文\s*[/|]\s*(?=[\u4e00-\u9fff]{2,4}\s*$)")  # the credit no prose
# begins with; 文/刘钊, ◎文/刘钊: a line of the writer's name alone)


def _surnamed(names: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    return [n for n in names if n[0][0] in _surnames() or "·" in n[0]]


_DATE_GLUED = re.compile(r"(?<=[\u4e00-\u9fff》])(?:19|20)\d{2}[-./年]\d{1,2}(?:[-./月]\d{1,2})?"
                         r"(?![\u4e00-\u9fff]{2}).*$")  # (a date, not a year inside a name)
_DATE_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])(?:19|20)\d{2}[-./年].*$")
_NAME_TAIL = re.compile(r"(整理|(?:综合|联合)?报道|采写|撰文|摄影|摄)$")  # 张三摄: a photo credit; 李静雯综合报道
_UNKNOWN = ("不详", "未知", "佚名")  # 来源:不详…: the page knows no source (whatever spam is glued on)
# what a byline writes for an unknown author, or for the site's staff (责任编辑:管理员, 编辑:小编)
_NO_NAME = frozenset((*_UNKNOWN, "匿名", "无名", "管理员", "小编", "网管", "编辑部", "本网", "站长",
                      "图文", "文图", "摄影", "摄", "供图", "供稿",
                      "打印", "关闭", "字体", "分享", "收藏", "返回",  # (编辑:admin 【字体: 打印: the page's tools)
                      "党办", "院办", "校办", "厂办", "党政办", "综合办", "宣传科", "宣传部"))  # (撰稿:党办 杨芳: the
# office that wrote it, then its writer)
_STAFF_HANDLES = ("小编", "网编")  # 江南小编, 本网小编: a site's editor named by the site, no person
# (记者 张三/图文: the credit's kind after a slash, no name; 通讯员供图: the photo the correspondent gave)
# a page's field labels, which some pages write before a slash (作者/ 时间/2023-06-19: no author given)
_FIELD_LABELS = frozenset(("时间", "日期", "来源", "发布", "浏览", "阅读", "点击", "字号", "编辑", "作者"))
# 文/图 本报记者 马骏, 通讯员 新华社记者 …: an outlet before a role is no name
_OUTLET = re.compile(r"本[报台刊网站]|新华社|中新社|[\u4e00-\u9fff]{0,6}(?:通讯社|报社)"
                     r"|[\u4e00-\u9fff]报|[\u4e00-\u9fff]{1,6}(?:日报|晚报|时报|商报|早报|周报|新闻)")
# (苏报通讯员: the paper's short name, 苏州日报, before its correspondent's; 潮新闻记者 邹宸: an app's news, before
# its reporter)
# 本报讯（记者 …）, 人民网昆明6月18日电（记者 …）: a dateline of no clause before the brackets
# and after a quotation that ends a paragraph (…新格局。”(兰考县桐乡街道办事处 杨文博))
_BRACKETED_BYLINE = re.compile(
    r"(?:^[^。，,]{0,20}|(?<=。)|(?<=[。！？][”\"」]))\s*[(（【]([^()（）【】]{2,40})[)）】]")
_FULL_STOP = re.compile(r"[。！？]")
_PROSE = re.compile(r"[。！？；，,]")
_ORG_SUFFIX = re.compile(r"(宣传部|报社|日报|晚报|电视台|广播电视台|新闻网|网|杂志社|出版社|融媒体中心|新闻中心)$")
# 编辑:平和妇联: a county's women's federation, no person
_PEOPLE_S_BODY = re.compile(r"(妇联|团委|工会|残联|科协|文联|侨联)$")
_AN_OUTLET_S_CREDIT = re.compile(r"\s*[\u4e00-\u9fff]{2,6}(?:融媒|融媒体|发布|日报|晚报|电视台)\s*[:：]\s*"
                                 r"([\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,2})\s*")
_ACCOUNT = re.compile(r"(发布|融媒|传媒|视点|头条)$")  # 顺庆发布, 卡若融媒: an outlet's account, no person (nor a
# publisher: 权威发布 heads a column)


def _a_headline_below(candidates: list[Block], texts: list[str], block: Block) -> bool:
    """Whether the line after ``block`` among the headline's candidates reads as a headline of its own (not the
    unit that wrote the piece, which a breadcrumb's headline has below it)."""
    i = next((k for k, b in enumerate(candidates) if b.start == block.start), -1)
    if not 0 <= i < len(texts) - 1:
        return False
    below = texts[i + 1]
    return _a_headline(below, clauses=True) and not _an_author_unit(below) and len(below) >= 8 \
        and not below.endswith(_A_UNIT_S_LAST_WORDS) and not _a_unit_s_name(below)


def _over_its_fields(doc: Document, candidates: list[Block], block: Block) -> bool:
    """Whether the line after ``block`` among the headline's candidates stands right over a line of fields (its
    date or 来源), as a page's headline does."""
    i = next((k for k, b in enumerate(candidates) if b.start == block.start), -1)
    if not 0 <= i < len(candidates) - 1:
        return False
    k = doc.blocks.index(candidates[i + 1])
    return k + 1 < len(doc.blocks) and _a_fields_block(doc, doc.blocks[k + 1])


def _a_unit_s_name(line: str) -> bool:
    """雅安市雨城区青江街道, 雅安市雨城区民政局: places, then a body's or a place's kind, no verb, 的 or quotation among
    its words (走进红旗街道阳光社区, 网格里的温暖社区, “十四五”的良好开局: headlines)."""
    from kg.lexicon import cut, word_tag
    return line.endswith(("街道", "社区", "局", "镇", "乡")) and "的" not in line \
        and not any(q in line for q in "“”\"「」") and not any(word_tag(w).startswith("v") for w in cut(line))


# (黄冈市黄州区东湖街道办事处: the unit that wrote the piece, below its headline; 走进红旗街道阳光社区: a headline)
_A_UNIT_S_LAST_WORDS = ("办事处", "党工委", "委员会", "政府", "组织部", "宣传部", "融媒体中心", "办公室")


def _lines(doc: Document, kinds: tuple[str, ...]) -> list[str]:
    return [doc.norm[b.start:b.end] for b in doc.blocks if b.kind in kinds]


def read_title(doc: Document) -> str | None:
    """The headline: the breadcrumb's last step, or the first headline-like line.

    A page that prints its headline twice (Traditional, then Simplified) gets
    the Simplified one, as the vocabulary's labels are Simplified.
    """
    candidates = [b for b in doc.blocks[:12] if b.kind in ("heading", "paragraph", "clutter")
                  or (b.kind == "meta" and _a_reporter_s_headline(doc.norm[b.start:b.end]))]
    texts = [written(doc, b.start, b.end).strip() for b in candidates]
    quoted = None  # 原标题:…, the original title the page quotes
    for b in doc.blocks[:16]:
        line = written(doc, b.start, b.end).strip()
        original = _ORIGINAL_TITLE.match(line)
        if original is not None:
            quoted = line[original.end():].strip()
            if quoted in texts:
                return _without_site(quoted)  # 以党建为统领 助力乡村振兴, its subtitle, its date, 原标题:以党建为
                # 统领…: the line the original title repeats is the headline, not the one nearer the date (a page
                # that retitled the piece keeps its own headline, 原标题 only quoted)
            break
    for t in texts:
        reading = _READING.match(t)
        if reading is not None and len(t) - reading.end() >= 8 and not _PROSE_MARK.search(t, reading.end()):
            return _without_site(t[reading.end():])  # 正在阅读:河北石家庄:…: the page says which it is
    under_bar = _headline_under_a_reader_s_bar(doc)
    if under_bar is not None:
        return under_bar
    for b in candidates:
        m = _BREADCRUMB.search(doc.norm[b.start:b.end])
        if m:
            steps = re.split(r"\s*[>»›|｜]\s*|\s+[/\-－]\s+", written(doc, b.start + m.start(1), b.end).strip())
            last = _SIGN_IN_AFTER.sub("", steps[-1]).strip()  # (…>> 正文 用户登录 新用户注册: the page's last step,
            # then the site's sign-in links on its line)
            if len(last) >= 8 and not ((len(steps) == 1 or _over_its_fields(doc, candidates, b))
                                       and _a_headline_below(candidates, texts, b)):
                return last  # (首页 | 强富美高 | 党的建设: steps, the last a column's name; 当前位置:第30届全国区街
                # 镇工作年会(昆明推进会): one step alone over a headline, the column's name; 首页 > 党建动态 >
                # 党建融合党建融合 over 阿旗盘活资源…, then 时间:…: the headline over its date, the last step a
                # column's)
    after = {a.start: b for a, b in zip(doc.blocks, doc.blocks[1:], strict=False)}  # block → the next
    over_toolbar: str | None = None  # a headline over the site's toolbar, where no date line follows
    for i, (b, t) in enumerate(zip(candidates, texts, strict=True)):
        nxt = after.get(b.start)
        toolbar = nxt is not None and ((_TOOLBAR.search(doc.norm, nxt.start, nxt.end) is not None
                                        and nxt.end - nxt.start <= 24)
                                       or _POSTED_BAR.fullmatch(doc.norm, nxt.start, nxt.end) is not None)
        if toolbar:
            nxt = after.get(nxt.start)  # 【字体: 打印: the page's toolbar between its headline and its date
        author = _an_author_unit(t) or bool(_sent_by_a_body(to_simplified(t)))  # (广东省潮州市潮安区委组织部 刘钿:
        # the body that sent the piece and its writer, under the headline, over the toolbar or the date)
        if nxt is None or not _a_fields_block(doc, nxt):
            if toolbar and over_toolbar is None and len(t) <= 64 and _a_headline(t, clauses=True) and not author:
                over_toolbar = t  # (共产党员网 打印 纠错 under it: the headline, unless one over a date line follows)
            continue
        if _SUBTITLE.match(t) and i > 0 and _a_headline(texts[i - 1]) and len(texts[i - 1]) <= 64:
            return _without_site(texts[i - 1])  # a headline, its subtitle (——记…), then its date or 来源 line
        wire = _wire_headline(t)
        if wire is not None:
            return wire  # 新华社西安5月11日电 题:…, then its credit: the wire's headline
        if author and i > 0 and _a_headline(texts[i - 1], clauses=True) and len(texts[i - 1]) <= 64:
            return _without_site(texts[i - 1])  # a headline, the body that wrote the piece (中共乌鲁木齐市委组织部),
            # then its date line
        if len(t) <= 64 and _a_headline(t, clauses=True) and not author and not _WIDGET_LINE.search(t) \
                and not (i > 0 and _INDEX_NUMBER.fullmatch(texts[i - 1])) \
                and not _an_issuer_s_field(t):  # (…/2023-5407598, 中大槐树街道办事处,
            # 2023-01-16: a government page's index number, then the body that issued it, no headline)
            return _without_site(t)  # a headline, then its date or 来源 line, whatever menus came before it
            # (擂台同竞进,榜列优村名: of two clauses, as headlines are, where a sentence would end in 。)
    if over_toolbar is not None:
        return _without_site(over_toolbar)
    wire = next((w for w in map(_wire_headline, texts) if w is not None), None)
    if wire is not None:
        return wire  # 新华社西安5月11日电 题:…: the headline a wire gives its story, where the page names none above
        # its date or 来源 line
    for i, t in enumerate(texts):
        if t in texts[i + 1:] and _a_headline(t) and not _WIDGET_LINE.search(t):
            return _without_site(t)  # 首页/党员干部教育/正文, 吹响两新党建“集结号”, 吹响…“集结号”: the page's
            # heading printed again above its article, after the menus
    for i, (b, t) in enumerate(zip(candidates, texts, strict=True)):
        if b.kind == "meta":  # 南方农村报记者探秘…自然村, then the lead: a reporter's headline over the body
            nxt = after.get(b.start)
            if nxt is not None and nxt.kind == "paragraph" and _FULL_STOP.search(doc.norm, nxt.start, nxt.end):
                return _without_site(t)
            continue
        if b.kind == "paragraph":
            if _MASTHEAD.search(t) or _a_menu_line(t) or _SITE_WELCOME.fullmatch(to_simplified(t)) or (
                    len(t) <= 64 and _SITE_S_OWN_LINE.search(t) and not _PROSE_MARK.search(t)) \
                    or _A_POP_UP.fullmatch(t):
                continue  # date 2024-12-13 洛阳网首页 新闻 县区 百姓呼声 电子报: the site's bar, a paragraph to the
                # splitter for its length, above the headline (欢迎进入…网站!: its greeting, exclaimed)
            nxt = after.get(b.start)
            if nxt is not None and nxt.kind == "heading" and _CAPTION_CREDITED.search(to_simplified(t)) is not None:
                continue  # …土地流转”模式。赤城县委宣传部供图, then the headline: the photograph's caption and its
                # credit set over the headline, no body begun
            if nxt is not None and nxt.kind == "heading" and nxt.end - nxt.start < 8 \
                    and not _PROSE_MARK.search(doc.norm, nxt.start, nxt.end):
                nxt = after.get(nxt.start)  # …大幸福 | 大美岭南·百村焕新记, 创始人, 2025-12-26 22:11:41: the poster's
                # handle between the headline and its date
            if nxt is not None and nxt.kind == "meta" and len(t) <= 64 and not _PROSE_MARK.search(t):
                return _without_site(t)  # a long headline, then its date or 来源 line
            break  # the body has begun: this page states no headline
        below = after.get(b.start)
        if b.kind == "heading" and 4 <= len(t) < 8 and all(map(is_han, t)) and below is not None \
                and not t.endswith(_COLUMN_ENDS) and _a_dated_byline(doc.norm[below.start:below.end]) \
                and not _a_heading_of_words(doc, after.get(below.start)):  # (经验交流, 2023-09-28 李明, then
            # 城关镇召开…推进会: a column's name, the headline under its byline)
            return t  # 温暖相伴朝阳门, then 2019-09-10李爽常峥: a journal mirror's short headline over its date and
            # authors
        if b.kind == "heading" and _A_LEAD_S_OPENING.match(t) and not _ASKING.search(t) \
                and below is not None and below.kind == "heading" and t.rstrip()[-1:] in _RUNS_ON_AFTER:
            break  # 日前,省民政厅公布了 | 第六批…名单: a lead's first words, its sentence run on to the next line the
            # page broke it at; the body has begun (近日,这个社区火了!, or over its body: an account's headline)
        if b.kind == "heading" and len(t) < 8 and t.endswith((":", "：")) \
                and _a_place(to_simplified(t[:-1]).strip()) and i + 1 < len(texts) \
                and candidates[i + 1].kind == "heading" \
                and _a_headline(texts[i + 1], clauses=True) and not _an_author_unit(texts[i + 1]) \
                and not _ITEM_MARK.match(texts[i + 1]):
            return _without_site(t + texts[i + 1])  # 麒麟区:|“一网一队…”构建治理新格局: a paper's kicker, the place
            # alone, over its headline (as 兴庆区南华社区:|党建引领解民忧… below, whose kicker is longer)
        if b.kind == "heading" and b is doc.blocks[0] and _a_short_headline_over_its_lead(doc, t, below):
            return t  # 潮涌社区唱和谐, 打开文本图片集, then the lead; 西潞“好邻居”, then the lead: the page's first
            # line, a short headline over the body (庙峁村玻璃栈道: a photograph's caption; 集团资讯: a column's)
        if b.kind == "heading" and _A_PROFILE_S_HEADLINE.fullmatch(t) and below is not None \
                and below.kind == "paragraph" and _FULL_STOP.search(doc.norm, below.start, below.end):
            return t  # 洗面桥社区介绍, then the body: a profile's short headline over its text (社区简介: a column's
            # label, no name before it)
        if b.kind != "heading" or len(t) < 8 or _WEB_ADDRESS.fullmatch(t) or not any(map(is_han, t)) \
                or _a_date_line(t) or _a_channel_banner(t) or _voices(texts, i) \
                or _sent_by_a_body(to_simplified(t)) or (
                    _posted_byline(to_simplified(t)) and (below is None or below.kind == "paragraph")
                    and not _its_subject_next(doc, to_simplified(t), below)) \
                or t[:1] in _RUNS_ON or t[-1:] in "；;" or (t[:1] == "。" and not _a_headline(t[1:])) \
                or _SECTION_MARK.match(t) or _an_issuer_s_field(t) \
                or _SPONSOR_LINE.match(t) or _DATELINE.fullmatch(t) \
                or _MENU_ITEM.fullmatch(t) or _READER_FIELD.match(t) or _MASTHEAD.search(t) \
                or (" " in t and _site_header(t) is not None) or _BREADCRUMB.search(t) or _a_menu_line(t) \
                or _EDITION_LINE.search(t) or _an_author_unit(t) or _SITE_S_OWN_LINE.search(t) \
                or _WIDGET_LINE.search(t) or _only_names(to_simplified(t)) or _PHOTO_NOTE.fullmatch(t) \
                or _a_scene_s_caption(to_simplified(t)) or _a_credited_caption(t) \
                or _CAPTION_CREDITED.search(to_simplified(t)) \
                or _PRODUCED_BY.fullmatch(t) or _RECOMMENDED.search(to_simplified(t)) or (
                    _COLUMN_TAG.fullmatch(t) and i + 1 < len(texts) and len(texts[i + 1]) >= 8
                    and candidates[i + 1].kind == "heading" and _a_headline(texts[i + 1])):
            continue  # (a page saved with its site's address above it: yzdj.sanya.gov.cn is no headline, nor
            # is a section's English name, Science and Technology; …“晒秋”场景。婺源县委组织部供图: a photograph's
            # caption, a sentence and its credit)
        if i + 1 < len(texts) and texts[i + 1] != t and to_simplified(t) == texts[i + 1]:
            return _without_site(texts[i + 1])
        if t.endswith((":", "：")) and i + 1 < len(texts) and _a_headline(texts[i + 1], clauses=True) \
                and not _an_author_unit(texts[i + 1]) and not _ITEM_MARK.match(texts[i + 1]):
            return _without_site(t + texts[i + 1])  # 兴庆区南华社区:|党建引领解民忧…: a headline set on two lines
            # (…居民点赞：|中共…区委组织部: its author; …三点经验：|一是…: the piece's first point)
        if _a_field_s_label(t):
            continue  # 通版阅读请点击:, 发布日期:: a label over what follows, no headline (…三点经验：: one)
        if _A_PLACE_S_KICKER.fullmatch(t) and i + 1 < len(texts) and len(texts[i + 1]) >= 8 \
                and candidates[i + 1].kind == "heading" and _a_headline(texts[i + 1], clauses=True):
            continue  # 离石区交口街道城南社区 over 文艺宣传进小区 垃圾分类添动力: a paper's kicker, the place the
            # piece is from, over its headline
        return _without_site(t)
    first = _first_line_headline(doc)
    if first is None and quoted is not None and _a_headline(quoted, clauses=True):
        return _without_site(quoted)  # 原标题:…, and no headline of the page's own: the title it quotes
    if first is None:
        over = _headline_over_its_fields(doc)
        if over is not None:  # a site's long menus above it (• 首页, • 资讯中心, 收藏, 扫一扫 …): the headline
            return _without_site(written(doc, over[0].start, over[0].end).strip())  # over its date or 来源 line
    if first is None and quoted is None:
        return _original_title_closing(doc)  # …社区建设工作。 (原标题:…来雨花区调研): where the page names no
        # headline of its own
    return first


# (原标题:长沙市委常委、组织部长程水泉一行来雨花区调研): a reprint's original title, in brackets, closing a paragraph or
# on a line of its own
_ORIGINAL_TITLE_BRACKETED = re.compile(r"[(（]\s*原(?:标题|標題)\s*[:：]\s*([^()（）]{8,64}?)\s*[)）]\s*$")


def _original_title_closing(doc: Document) -> str | None:
    """The original title a reprint states in brackets after a paragraph, where it is a headline (no sentence)."""
    for b in doc.blocks:
        if b.kind == "clutter" or doc.norm.find("原标题", b.start, b.end) < 0:
            continue  # (the view is Simplified: 原標題 reads so)
        line = written(doc, b.start, b.end).rstrip()
        m = _ORIGINAL_TITLE_BRACKETED.search(line)
        if m is not None and _a_headline(m.group(1), clauses=True):
            return _without_site(m.group(1))
    return None


def _a_short_headline_over_its_lead(doc: Document, line: str, below: Block | None) -> bool:
    """Whether ``line``, of four to seven characters, reads as a headline over the lead ``below``: a quoted term
    after words of its own (西潞“好邻居”), or, where a periodicals' site's button stands between (打开文本图片集), a
    clause, a verb with words before and after it (潮涌社区唱和谐); a short line of words alone over a paragraph is
    none (温暖相伴朝阳门: no date line under it, no site's furniture), nor is a column's name (集团资讯, “两新”动态), a
    caption of nouns (庙峁村玻璃栈道) or a line whose verb stands at either end (党建引领, 开展书法活动)."""
    from kg.lexicon import cut, word_tag

    bare = to_simplified(line).strip()
    if not 4 <= len(bare) < 8 or any(not is_han(c) and c not in QUOTE_CHARS for c in bare) \
            or bare.endswith(_COLUMN_ENDS) or _NOT_A_HEADLINE.search(bare) or _only_names(bare):
        return False
    widget = below is not None and below.kind == "heading" \
        and _WIDGET_LINE.search(doc.norm, below.start, below.end) is not None
    if widget and below is not None:
        k = doc.blocks.index(below)
        below = doc.blocks[k + 1] if k + 1 < len(doc.blocks) else None
    if below is None or below.kind != "paragraph" or below.end - below.start < 2 * len(bare) \
            or _FULL_STOP.search(doc.norm, below.start, below.end) is None:
        return False  # (a lead of sentences, twice the headline's length at least)
    if _QUOTED_TERM.fullmatch(bare):
        return True
    lead = doc.norm[below.start:below.end]
    opening = _BRACKETED_BYLINE.match(lead)
    if opening is not None and _names_opening(lead, opening):
        return True  # 歌从山阴来, then (宋旭 王东红 吕建全 石颍)洪涛山麓,…: a lead its authors' names open, bracketed,
        # stands under its headline
    words = [w for w in cut(bare) if w.strip()]
    return widget and any(word_tag(w).startswith("v") for w in words[1:-1])


_QUOTED_TERM = re.compile(r"[\u4e00-\u9fff]{2,}[“\"「][\u4e00-\u9fff]{2,}[”\"」]")  # 西潞“好邻居”: words, then the term


# 3 上一篇  下一篇 4 放大 缩小 默认: an e-paper reader's bar over the piece it shows, its buttons to the pieces beside
# and to the size of the print
_RECOMMENDED = re.compile(r"推荐度\s*[:：]\s*[★☆]*\s*$")  # 新型农村社区建设调研报告 推荐度:: a related piece's
# link with its rating, over the page's own headline
_SIGN_IN_AFTER = re.compile(r"(?:\s+(?:新?用户|会员)?(?:登录|注册))+\s*$")  # 正文 用户登录 新用户注册
_READER_S_BAR = re.compile(r"上一篇\s*下一篇\s*\d*\s*放大\s*缩小")


def _headline_under_a_reader_s_bar(doc: Document) -> str | None:
    """3 上一篇 下一篇 4 放大 缩小 默认, then 练就为民服务本领, 株洲高新区415名机关干部进小区, then the lead: an e-paper
    reader shows the piece's headlines between its bar and the lead, the kicker (引题) over the headline; the last
    line is the headline, however many of the paper's pages the reader's menus listed above (a kicker ending in a
    colon, a subtitle's dash: the other rules', joined or set aside)."""
    blocks = doc.blocks[:_FAR_BLOCKS]
    lead = next((k for k, b in enumerate(blocks) if b.kind == "paragraph"), None)
    if lead is None:
        return None
    bar = next((k for k in range(lead - 1, -1, -1)
                if _READER_S_BAR.search(doc.norm, blocks[k].start, blocks[k].end) is not None), None)
    if bar is None:
        return None
    while lead - 1 > bar and blocks[lead - 1].kind == "meta" \
            and byline_names(doc.norm[blocks[lead - 1].start:blocks[lead - 1].end]):
        lead -= 1  # 湖南日报全媒体记者 曾玉玺 通讯员 吴海清: the byline between the headlines and the lead
    if not 1 <= lead - bar - 1 <= 3 or any(b.kind != "heading" for b in blocks[bar + 1:lead]):
        return None
    texts = [written(doc, b.start, b.end).strip() for b in blocks[bar + 1:lead]]
    if len(texts) >= 2 and _SUBTITLE.match(texts[-1]) and not _SUBTITLE.match(texts[-2]):
        texts = texts[:-1]  # 蔡和森故里党旗红, ——双峰县井字镇杨球村见闻: the headline over its subtitle
    if any(t.endswith((":", "：")) or _SUBTITLE.match(t) for t in texts):
        return None
    last = texts[-1]
    if len(last) >= 8:
        return _without_site(last) if _a_headline(last, clauses=True) and not _an_author_unit(last) else None
    return last if len(last) >= 4 and all(map(is_han, last)) else None  # 居民小区党旗飘: short, in words alone


# 日前, 近日,: the time a news lead opens with, then its comma (日前召开…: a headline's verb after it)
_A_LEAD_S_OPENING = re.compile(r"(?:日前|近日|近期|前不久|近来)\s*[,，]")
# (…公布了 | 第六批…: a line the page broke mid-clause)
_RUNS_ON_AFTER = frozenset("了的与和及在将把对为向从被由等、，,")
# 洗面桥社区介绍, 黄塘村简介: a place's name, then a profile's word (社区简介, 本村概况, 基本情况介绍: a column's or a
# section's label, no name)
_A_PROFILE_S_HEADLINE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:社区|村|街道|镇|乡|小区)(?:简介|介绍|概况)")
# a chain of two places or more, each named by a word or two before its kind (离石区|交口街道|城南社区)
_A_PLACE_S_KICKER = re.compile(r"(?:[\u4e00-\u9fff]{1,5}?(?:省|市|州|盟|区|县|旗|街道|镇|乡)){1,3}"
                               r"[\u4e00-\u9fff]{1,5}?(?:街道|社区|村|镇|乡|县|区)")
# 欢迎访问桐城新闻网!, 投稿邮箱:…@126.com, 新闻热线:…, 转自:人民网: the site's greeting, its contacts, or the
# field that says where the piece was taken from, above the headline
# 这已经是最后一期了哦!: an app's pop-up, a short sentence to the reader closing on a particle and its exclamation
# mark, above the headline (no clause's comma: 今年以来,…了哦!, a lead's)
_A_POP_UP = re.compile(r"[^,，。;；:：]{2,16}[哦啦喔呦][!！]")
_SITE_S_OWN_LINE = re.compile(r"欢迎(?:访问|光临)|欢迎来到[\u4e00-\u9fff]{0,10}(?:网|报|站|平台|客户端)$"
                              r"|^官方(?:移动)?(?:新闻|资讯|信息)?发布平台$|^听新闻$"  # (an app's header)
                              r"|(?:投稿|邮箱|热线|电话|信箱|联系我们)\s*[:：]|[\w.-]+@[\w-]+\.[A-Za-z]{2,}"
                              r"|^(?:转自|转载自|来源)\s*[:：]")  # (“书记邮箱”里的…, 12345热线架起…, 欢迎来到幸福家园
# ——记…: headlines; 欢迎来到长治日报: the paper's greeting)
# 扫一扫在手机打开当前页, 分享到: the page's widgets, no headline
# (扫一扫 码上办…: a headline)
_WIDGET_LINE = re.compile(r"扫一扫(?:在手机|用手机|分享|关注)|在手机(?:上)?打开|分享到[:：]?$|打印本页|关闭窗口"
                          r"|打开文本图片集$"  # (a periodicals' site's button over the piece's pictures)
                          r"|^[\u4e00-\u9fff]{0,4}(?:部分内容|全文|在线)阅读$"  # (论文部分内容阅读, 在线阅读: a
                          # papers' site's reading button over the excerpt; 推进全民阅读: a headline)
                          r"|点击(?:蓝字|上方)"  # (点击蓝字·关注我们: an account's call to follow it)
                          r"|本篇文章\d+字|读完(?:约|大约)?\d+分钟|阅读(?:时间|本文)?(?:约|大约|需要)\d+分钟"  # (本篇
                          # 文章3027字,读完约8分钟: how long the piece takes to read)
                          r"|查看精彩图片|(?i:app)下载\S{0,4}\s+注册|注册登录|登录注册"  # (APP下载微信 注册登录: the
                          # site's bar)
                          r"|^查看\s*[:：]\s*\d+\s*[|｜]\s*回复\s*[:：]\s*\d+$"  # (查看: 3845|回复: 0: a forum
                          # thread's counts of views and replies)
                          r"|加[载載]中\s*(?:\.{2,}|…+|。{3})?$|^正在加[载載]")  # (视频加载中..., 視訊加載中...: a
# player's placeholder where the video stood)
# (打开网易新闻 查看精彩图片: an app's prompt between a page's photographs)


_QUOTED_SPAN = re.compile(r"[“「\"][^“”「」\"]{1,10}[”」\"]")  # “七一”: a short quoted term


def _a_scene_s_caption(line: str) -> bool:
    """书香庭苑小区党群服务站活动现场, 红旗社区党员大会现场: a photograph's caption, the scene of an event named by
    nouns alone, set over the article as its pictures were; no headline (直击防汛抢险现场, 走进…一线现场: a verb's, one;
    现场会: a meeting's kind)."""
    from kg.lexicon import cut, word_tag

    if not line.endswith("现场") or len(line) < 8:
        return False
    bare = _QUOTED_SPAN.sub("", line)  # 月塘街道“七一”表彰大会现场: the quoted day names the event, a noun's part
    return all(word_tag(w).startswith("n") or word_tag(w) in ("vn", "j", "m") for w in cut(bare) if w.strip())
    # (月|塘: a place's short name cut into a numeral's and an abbreviation's characters)


def _a_credited_caption(line: str) -> bool:
    """半山大桥连接着…汶潭村。新华网发(林青 摄): a sentence, then the photographer's credit: a photo's caption."""
    return _FULL_STOP.search(line) is not None and _BRACKETED_CREDIT.search(line) is not None


def _only_names(line: str) -> bool:
    """孙泽宇 贺柯玮 曾鹏: a line of two names or more set apart by blanks, the authors', no headline; or one name and
    the pictures' credit in brackets after it."""
    bare = _PICTURES_CREDITED.sub("", line)
    if bare != line:
        return bool(names_line(bare))  # □文弦(图片由…提供): the writer's name, then who gave the pictures
    parts = line.split()
    return len(parts) >= 2 and (len(names_line(line)) == len(parts) or len(_names_but_a_word(line)) == len(parts)
                                or bool(_names_and_a_rare_surname(line)))  # (旷文恒 李 湘: a surname none lists)


# a site's columns, whose names stand over their lists of pieces (工作动态, 通知公告, 本地要闻)
_COLUMN_ENDS = ("动态", "公告", "要闻", "通知", "新闻", "资讯", "专栏", "快讯", "播报", "头条", "时评", "信息")


def _a_heading_of_words(doc: Document, b: Block | None) -> bool:
    """Whether ``b`` is a heading of words, not the authors' names again (李爽 常峥)."""
    return b is not None and b.kind == "heading" and not names_line(doc.norm[b.start:b.end])


def _its_subject_next(doc: Document, line: str, nxt: Block | None) -> bool:
    """Whether the paragraph after a post-and-name line opens with that name (全国优秀村党组织书记 王家明, then
    王家明任村党支部书记以来…): a profile's headline and its subject, no author's line."""
    names = _posted_byline(line)
    return nxt is not None and bool(names) and names[0][0] in doc.norm[nxt.start:min(nxt.end, nxt.start + 40)]
    # (今年58岁的王家明…, “…。”李红梅扎根…: the subject named early in the lead, not only first)


def _a_date_line(line: str) -> bool:
    """A line that opens with a full date and says nothing after it but names (2019-09-10李爽常峥) or a day: the
    page's date, no headline (2023年9月28日城关镇召开…推进会, 2023年7月1日党课讲稿: one that opens with its day)."""
    m = _DATE.match(line.lstrip())
    return m is not None and (sum(map(is_han, line.lstrip()[m.end():])) < 2 or _a_dated_byline(line.lstrip()))


def _a_fields_block(doc: Document, b: Block) -> bool:
    """A page's line of fields under its headline: one the splitter read so, or a date and time alone, perhaps
    set with a list's bullet (• 2023年09月28日 15:24, read as a heading)."""
    return b.kind == "meta" or (b.kind == "heading" and _BULLETED_DATE.fullmatch(doc.norm, b.start, b.end) is not None)


def _a_dated_byline(line: str) -> bool:
    """2019-09-10李爽常峥: a page's date, its authors' names written against it."""
    return _DATED.match(line) is not None and bool(_dated_outlet_names(line))


def _voices(texts: list[str], i: int) -> bool:
    """“今年以来村里的变化,顶得上以前好多年!”, then “预计今年…两倍多!”: a lead's quoted voices, each a line
    wholly in quotation marks, one after another; no headline (one alone may be)."""
    return _WHOLLY_QUOTED.fullmatch(texts[i]) is not None and (
        (i + 1 < len(texts) and _WHOLLY_QUOTED.fullmatch(texts[i + 1]) is not None)
        or (i > 0 and _WHOLLY_QUOTED.fullmatch(texts[i - 1]) is not None))


def _posted_byline(line: str) -> list[tuple[str, int, int]]:
    """盐城市盐都区盐龙街道党工委副书记、办事处主任 施海峰: the writer's unit and posts, a blank, then the writer's
    name (a signed report's author line, no headline); none where a post has no unit before it (书记 王平)."""
    from kg.lexicon import post_titles

    m = _POSTS_THEN_NAMES.match(line)
    if m is None or "的" in m.group(1):
        return []  # (扎根基层的好书记 王家明: a profile's headline, its subject)
    posts = m.group(1).split("、")
    if not all(p.endswith(post_titles()) for p in posts) or not any(
            len(p) >= len(t) + 4 for p in posts for t in post_titles() if p.endswith(t)):
        return []
    return _shifted(names_line(line[m.end():], sent=True), m.end())


_POSTS_THEN_NAMES = re.compile(r"\s*([\u4e00-\u9fff、]{4,40})[ \u3000]+(?=\S)")
_WHOLLY_QUOTED = re.compile(r"\s*[“\"「][^“”\"「」]{4,}[”\"」]\s*")
_BULLETED_DATE = re.compile(r"\s*[•·▪●◆]?\s*" + r"(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?\s*"
                            r"(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*")
# 中国新闻网河南新闻: a site's name, then its channel of a province's news, a banner over the page
_CHANNEL_BANNER = re.compile(r"[\u4e00-\u9fff]{1,8}网(?P<place>[\u4e00-\u9fff]{2,4}?)(?:新闻|频道)")


def _a_channel_banner(line: str) -> bool:
    """中国新闻网河南新闻: a site's channel of a place's news, no headline (织密一张网守护新闻…: no place)."""
    from kg.gazetteer import names_a_division

    m = _CHANNEL_BANNER.fullmatch(to_simplified(line))
    return m is not None and names_a_division(m.group("place"))


_FAR_BLOCKS = 48  # how far down a page's menus may push its headline and its fields
_SITE_NOTICE = re.compile("欢迎访问|欢迎光临|欢迎来到|本站|本网|主办|版权所有|建议使用|浏览器|分辨率")  # a site's words


def _headline_over_its_fields(doc: Document) -> tuple[Block, Block] | None:
    """The first headline-like line right over a line of fields with a date or a source, past a page's menus but
    before its prose begins (a list of other pieces under the article has their titles and dates), and that
    line; None where there is none."""
    blocks = doc.blocks[:_FAR_BLOCKS]
    for b, nxt in pairwise(blocks):
        if b.kind == "paragraph" and "。" in doc.norm[b.start:b.end] \
                and not _SITE_NOTICE.search(doc.norm, b.start, b.end):
            return None  # the article has begun (欢迎访问…网。本站由…主办。: a site's notice above the headline)
        if b.kind not in ("heading", "paragraph") or nxt.kind != "meta":
            continue
        t = doc.norm[b.start:b.end].strip()
        fields = doc.norm[nxt.start:nxt.end]
        if 8 <= len(t) <= 64 and _a_headline(t, clauses=True) and not _a_menu_line(t) \
                and (_DATE.search(fields) or _SOURCE.search(fields)):
            return b, nxt
    return None


# 中共乌鲁木齐市委组织部: a body alone on a line under the headline, the piece's author
_AUTHOR_UNIT = re.compile(r"中共[^\s的]{2,16}?(?:组织部|宣传部|统战部|委员会|党委|党工委|党组|办公室|研究室|党校)"
                          r"|中共[^\s的委]{2,12}[省市县区州旗]委"  # (中共成都市武侯区委: a district's committee;
                          # 中共临沂市委第二巡察组进驻…县委: a headline)
                          r"|[^\s的]{2,10}?[省市县区州旗]委(?:组织部|宣传部|统战部|办公室|研究室|党校)"
                          r"|[■□●◆]?\s*[^\s的，,。]{2,14}?(?:课题组|调研组|写作组)")  # (■市委组织部课题组: a
# study group's report, its byline)
def _an_author_unit(line: str) -> bool:
    """中共乌鲁木齐市委组织部, 中共成都市武侯區委: a body alone on a line, in either script, the piece's author (□ 中共
    济南市委组织部: a journal's byline, its mark before the body)."""
    return _AUTHOR_UNIT.fullmatch(to_simplified(line).strip().lstrip("■□●◆◎").lstrip()) is not None


def _an_issuer_s_field(line: str) -> bool:
    """• 发文机构:上海市长宁区人民政府仙霞新村街道办事处: a government page's field of who issued it, no headline."""
    return _ISSUER.match(line.lstrip(" •·\u3000")) is not None


_INDEX_NUMBER = re.compile(r"[0-9A-Z]{6,}[/-][0-9A-Z/-]{4,}")  # 1137010400419034XU/2023-5407598: an index number
# 一、2022年各项工作完成情况: a report's section, its first heading no headline of the page's
_SECTION_MARK = re.compile(r"[一二三四五六七八九十]+、")  # (（一）三元区推行…: a headline may open so)
# a list's point: 一是…, 二、…, 1., (一)
_ITEM_MARK = re.compile(r"[一二三四五六七八九十]+(?:是|[、.．])|\d+[、.．]|[(（][一二三四五六七八九十\d]+[)）]")
# 指导 山西省文明办, 主办：…: who sponsors or runs the site, its chrome (中国青年网吉安12月16日电 alone: a dateline)
_SPONSOR_LINE = re.compile(r"(?:主办|承办|协办|指导|主管|技术支持|运营)(?:单位)?(?:\s*[:：]|[ \u3000]+)\s*\S")
_STEPS = re.compile(r"\S\s*(?:>|»|›)")  # 人民网>>河南频道>>河南各地: a site's steps down to the page
# a page's navigation and its widgets (订阅取消订阅已收藏), an e-paper reader's (返回目录 放大缩小全文复制), a page that
# reads itself aloud (點擊播報本文,約: Traditional, as the page was written)
_TOOL_WORDS = re.compile(r"上一篇|下一篇|上一版|下一版|返回顶部|关闭窗口|打印本页|取消订阅|已收藏|点击播报|點擊播報"
                         r"|返回目录|放大缩小|全文复制")
_WELCOME = re.compile(r"欢迎(?:访问|光临|您)")
_PRODUCED_BY = re.compile(r"\s*([\u4e00-\u9fff]{2,12}?(?:日报|晚报|报|网|融媒体中心|电视台))(?:新媒体|融媒体|客户端)?"
                          r"出品\s*")
_SITE_WELCOME = re.compile(r"\s*(?:您好[,，!！]?\s*)?欢迎(?:来到|访问|光临|进入)\s*"
                           r"([\u4e00-\u9fff]{2,16}?(?:政府|委|部|局|办|厅)(?=(?:门户)?网站)"
                           r"|[\u4e00-\u9fff]{2,12}?(?:网|网站))"
                           r"(?:(?<=[府委部局办厅])(?:门户)?网站)?\s*[!！。]?\s*")  # 您好，欢迎访问…网站！: the site's
# greeting (欢迎进入西吉县委组织部网站!: a body's site, the body its publisher)
# (欢迎光临牡丹江市东安区人民政府门户网站: a government's portal, the government its publisher; 中国政府网: a site's
# name)


def _surnames() -> frozenset[str]:
    from kg.lexicon import surnames

    return surnames()


_BULLETED_ITEM = re.compile(r"\s*[•▪●◆]\s*[^\s，。,：:！？]{1,10}\s*")


def _a_menu_line(line: str) -> bool:
    """Whether a line is a page's menu or toolbar, no headline: steps joined by > (人民网>>河南频道>>河南各地),
    or short words set apart by blanks or + (放大 缩小 默认, 上一篇    下一篇; 姜皓+尹成纯+任红禧, its authors)."""
    if _STEPS.search(line) or _TOOL_WORDS.search(line) or _BULLETED_ITEM.fullmatch(line):
        return True  # (• 中国开发区协会: one item of a bulleted menu)
    parts = line.split()
    if len(parts) >= 3 and all(len(p) <= 2 for p in parts):
        return True  # 放大 缩小 默认
    if len(parts) >= 4 and sum(len(p) <= 4 for p in parts) >= len(parts) - 1 \
            and sum(bool(_SITE_WORDS.search(p)) or p.endswith("入口") for p in parts) >= 2:
        return True  # 泉州网  东南早报  泉州商报  今日台商投资区  旧版入口: a site's links, one of them longer
    authors = re.split(r"[+＋]", line.strip())
    return len(authors) >= 2 and all(2 <= len(a) <= 3 and a[0] in _surnames() for a in authors)  # 姜皓+尹成纯


_CAPTION_CREDITED = re.compile(r"[。！？]\s*[^。！？，,]{2,16}?(?:供图|摄)\s*$")
# “微改造”激活社区治理新活力——…: a headline opening with the short term it quotes, then its words (a lead's quoted
# voice, “以前…乱,现在…舒心!”, is its clauses' marks, and goes on)
_A_TERM_OPENING = re.compile(r"[“「『\"‘][^”」』\"’，,。！？!?]{1,10}[”」』\"’](?=[\u4e00-\u9fff])")


# 芮旭生摄, 张涛 摄, 祁小军/供图: a photograph's credit alone on its line, a name and no words (any surname: the
# line says who took it)
_BARE_CREDIT = re.compile(r"\s*[\u4e00-\u9fff·]{2,4}\s*/?\s*(?:摄|供图)\s*")


def _a_caption_over_its_credit(doc: Document, caption: Block, credit: Block) -> bool:
    """德居里公园成为蓬中村一景。, then 芮旭生摄: a photograph's caption, one short sentence, over its credit alone on
    the next line (一个社区的故事。, then 正文…: no credit under it, no caption)."""
    line = doc.norm[caption.start:caption.end].strip()
    return caption.kind == "paragraph" and len(line) <= 60 and line.endswith("。") \
        and len(_FULL_STOP.findall(line)) == 1 and credit.kind == "heading" \
        and _BARE_CREDIT.fullmatch(doc.norm, credit.start, credit.end) is not None


def _first_line_headline(doc: Document) -> str | None:
    """【连载10】人物对话:直面困难,摸索着向前闯!, then the article: a page whose first line, short and with no
    full stop, stands above a paragraph much longer than itself begins with its headline, though commas or an
    exclamation made it read as a paragraph; so does the first paragraph after the site's menus and the
    breadcrumb (首页 > 理论前沿 > 正文, 【石榴花开 籽籽同心】吉林延吉丹英社区:…, then the article)."""
    first = next((i for i, b in enumerate(doc.blocks) if b.kind not in ("heading", "clutter")), len(doc.blocks))
    if first + 1 >= len(doc.blocks) or doc.blocks[first].kind != "paragraph" or (first > 0 and not any(
            _BREADCRUMB.search(doc.norm, b.start, b.end) or _STEPS.search(doc.norm, b.start, b.end)
            for b in doc.blocks[:first]) and not all(
            _site_header(doc.norm[b.start:b.end].strip()) is not None
            or not any(map(is_han, doc.norm[b.start:b.end])) for b in doc.blocks[:first])):
        return None  # (華文網, then the headline: a site's name above it, as a breadcrumb would be; logo: an
        # image's name, no word of the page's)
    t = written(doc, doc.blocks[first].start, doc.blocks[first].end).strip()
    k = first + 1
    while k + 1 < len(doc.blocks):
        if doc.blocks[k].kind == "heading" \
                and _CAPTION_CREDITED.search(doc.norm, doc.blocks[k].start, doc.blocks[k].end) is not None:
            k += 1  # 党员志愿服务队进社区,开展普法宣传。端州区供图: the photographs' captions between the headline and
            # the article, each a sentence and its credit
        elif k + 2 < len(doc.blocks) and _a_caption_over_its_credit(doc, doc.blocks[k], doc.blocks[k + 1]):
            k += 2  # 德居里公园成为蓬中村一景。, then 芮旭生摄 on a line of its own: a caption, its credit broken off
        else:
            break
    if k + 1 < len(doc.blocks) and doc.blocks[k].kind == "heading" \
            and _PHOTO_NOTE.fullmatch(doc.norm, doc.blocks[k].start, doc.blocks[k].end) is not None:
        k += 1  # (资料图片仅供参考): the note on a photograph between the headline and the article
    j = k
    while j + 1 < len(doc.blocks) and j - k < 2 and doc.blocks[j].kind == "heading" \
            and doc.blocks[j].end - doc.blocks[j].start <= 8 \
            and _PROSE_MARK.search(doc.norm, doc.blocks[j].start, doc.blocks[j].end) is None:
        j += 1
    if j > k and doc.blocks[j].kind == "paragraph" and _outlet_of_dateline(doc.norm, doc.blocks[j]) is not None:
        k = j  # …落地见效, 江江智能助手, 为您阅读基层动态, then 潜江新闻网讯(…): a widget's short labels between the
        # headline and the lead its outlet's dateline opens
    nxt = doc.blocks[k]
    if nxt.kind == "heading" and k + 1 < len(doc.blocks) \
            and _SECTION_MARK.match(doc.norm, nxt.start, nxt.end) is not None:
        nxt = doc.blocks[k + 1]  # 浙江杭州市上城区:…基本单元, then 一、背景情况 and its paragraph: a report's first
        # section under its headline
    if not 8 <= len(t) <= 48 or _NOT_A_HEADLINE.search(t) or t[:1] in _RUNS_ON \
            or (t[:1] in OPEN_QUOTES and not (_A_TERM_OPENING.match(t) and not _PROSE_MARK.search(t))) \
            or (t[:1] == "。" and not _a_headline(t[1:])) \
            or t[-1] in ":：" \
            or _INTRO_LABEL.match(t) or _SITE_WELCOME.fullmatch(to_simplified(t)) \
            or nxt.kind != "paragraph" or (nxt.end - nxt.start < max(60, 2 * len(t))
                                           and not (nxt.end - nxt.start >= 60 and _outlet_of_dateline(doc.norm, nxt))
                                           and not (_A_LEAD_S_OPENING.match(doc.norm, nxt.start) is not None
                                                    and _FULL_STOP.search(doc.norm, nxt.start, nxt.end) is not None
                                                    and _a_headline(t, clauses=True))):
        return None  # (央视网消息(记者 田宏):…: a lead opening with its dateline stands under the headline, however
        # short the lead; so does one opening with its time, 近日,…。, under a headline of a clause and a question:
        # 从贫困村到全国文明村,河池这个村是怎么做到的?)
    t = _LEADING_LABEL.sub("", t)
    return _without_site(t) if any(map(is_han, t)) else None


# 南方农村报记者探秘…, 本报记者蹲点…: the reporter the subject of a headline's verb, a role glued to its words
_REPORTER_AT_WORK = re.compile(r"(?<=[报网台社])(?:记者|通讯员)(?=[\u4e00-\u9fff])(?![^，,]*[，,])")  # (an outlet's
# reporter, one clause: 记者近日走进华清村，了解…: a lead's opening; 本报记者蹲点华清村: no outlet named, a kicker)


def _a_reporter_s_headline(line: str) -> bool:
    """全村人口超两万 小组下设小小组,南方农村报记者探秘中国最大自然村——揭东华清村: a headline that names the outlet's
    reporter at work, which the splitter reads as a byline for its role; none where a name or a field follows
    the role (南方农村报记者黄齐雄, 记者:黄齐雄) or the line holds a date or brackets (a byline's)."""
    return _REPORTER_AT_WORK.search(line) is not None and not any(c in line for c in ":：()（）【】") \
        and _a_headline(line.strip(), clauses=True)


# a line that opens with a comma, a semicolon or 、 goes on from a sentence or list the page broke (,他们是…的冲锋者,
# 、使命在肩的接棒人): no headline; one that opens with a full stop is one only if the rest holds no clause's mark
# (。党中央多次强调,在推进…: a sentence's start)
_RUNS_ON = frozenset("，,；;、")
# 【党旗在基层一线高高飘扬】 alone on its line over a headline: the column, no headline (one alone: the headline)
_COLUMN_TAG = re.compile(r"【[^【】]{2,20}】")
_EDITION_LINE = re.compile(r"\d+\s*期\s*/|第\d+版")  # 3081 期 / 第3版:地方报道: a paper's issue and page
_INTRO_LABEL = re.compile(r"(?:核心提示|编者按|编者的话|导读|内容提要|提要|摘要|阅读提示)\s*[:：]")  # an intro's label
_NOT_A_HEADLINE = re.compile(r"[。；;]|(?:19|20)\d{2}[-./年]|^(?:图为|图片|图:|图：)")  # a sentence's end, a
# page's date, a photo's caption
_PHOTO_NOTE = re.compile(r"[(（](?:资料)?(?:图片|照片|图)[\u4e00-\u9fff]{0,6}[)）]")  # (资料图片仅供参考): a note
# 人民日报客户端新疆频道|…: the site's channel before the headline
_LEADING_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:频道|客户端|网)\s*[|｜]\s*")
_ORIGINAL_TITLE = re.compile(r"^原(?:标题|標題)\s*[:：]\s*")  # (a Traditional page's label as written)
_TITLE_FIELD = re.compile(r"^(?:原?(?:标题|標題)|名\s*称)\s*[:：]\s*")  # (原标题:, and a government notice's
# 标题: or 名 称: field)
# a page's reading tools
# 河南手机报 04-06 15:22 我要分享: an app's bar, the outlet, the month, day and minute it posted the piece, its share
# button, between the headline and the byline
_POSTED_BAR = re.compile(r"\s*[\u4e00-\u9fff]{2,10}[ \u3000]+\d{1,2}-\d{1,2}[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?"
                         r"(?:[ \u3000]*(?:我要分享|分享))?\s*")
_TOOLBAR = re.compile(r"字体\s*[:：]|字号\s*[:：]|打印|关闭窗口|【\s*(?:字号\s*[:：]?\s*)?大\s*中\s*小\s*】")


_PROSE_MARK = re.compile(r"[。！？!?，,；;]")
_SENTENCE_MARK = re.compile(r"[。！？!?；;]")
_FULL_STOP_MARK = re.compile(r"[。；;]")
_ASKING = re.compile(r"[！？!?]")
_PAPER_S_DAY = r"\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]"  # an e-paper's day, as its masthead writes it
# an e-paper reader's fields (当前报纸名称:中国城市报, 日期:10-27), no headline
_READER_FIELD = re.compile(r"(?:当前)?(?:报纸|报刊|刊物)?(?:名称|日期|版面|版次|字号|期数)\s*[:：]")
_MASTHEAD = re.compile(r"(?:数字报纸|数字报|电子报|电子版)$|^\d+版\s*[:：]"  # 浙江日报 数字报纸, 00011版:专刊
                       r"|首页\s*(?:[|｜>/／]|$)|设为首页|加入收藏"  # 人民网首页|上海频道首页: a site's page header
                       r"|" + _PAPER_S_DAY + "$"  # 中国城市报 2022年01月24日 星期一: an e-paper's masthead
                       r"|^(?:您的位置|您现在的位置|当前位置)"  # where the page stands
                       r"|统一刊号|CN\s?\d{2}-\d{4}|广告热线")  # a paper's serial number, its advertising line
# a site's name opening the page, alone or before its home page, a column or a bar (中新网, 人民网首页|…,
# 共产党员网 先锋文汇)
_SITE_HEADER = re.compile(r"([\u4e00-\u9fff]{1,8}网)(首页)?(?:\s|[|｜]|$)")


def _site_header(line: str) -> str | None:
    """The site a page's header line names (人民网, 共产党员网, 红网), or None: no word of its name a verb, a
    number or an idiom, as a site's are not (织密服务网, 一张网, 天罗地网 open headlines)."""
    from kg.lexicon import cut, word_tag

    m = _SITE_HEADER.match(line)
    if m is None:
        return None
    name = m.group(1)
    words = cut(name[:-1])
    if word_tag(name) == "i" or any(len(w) >= 2 and word_tag(w)[:1] in ("v", "m", "i", "l") for w in words) or (
            len(words) >= 3 and all(len(w) == 1 for w in words)):
        return None  # (天|罗|地|网: characters no word holds, an idiom's; 东方网, 未来网, 每日甘肃网 are sites)
    return name


# the national portal every local government site's top bar links to, before its own sign-in (中国政府网 登录): no
# masthead of the page's (人民网 登录 注册: the site's own)
_PORTALS_LINKED = frozenset(("中国政府网",))
# a site's top bar after a name: signing in, its versions (中国政府网 登录 | 无障碍 | 长者模式)
_SIGN_IN_BAR = re.compile(r"(?:[\s|｜]*(?:登录|注册|退出|个人中心|无障碍|长者模式|关怀版|English|繁体|繁體|简体"
                          r"|邮箱))+\s*")
# a government site's top bar of links to the portals above it (中国政府网|重庆市人民政府网)
_PORTAL_BAR = re.compile(r"\s*[|｜]\s*[\u4e00-\u9fff]{2,12}政府网\s*(?:$|[|｜])")
_MENU_ITEM = re.compile(r"\d{1,2}\s*[.、．]\s*[\u4e00-\u9fff]{2,8}")  # 2. 党员干部教育: a numbered menu's step


_SUBTITLE = re.compile(r"\s*(?:——|--|—)")
# what a page's other lines hold and a headline does not: a phone or licence number, a newspaper's page (07版),
# a date, a photo's credit or caption (…供图, 图/…, 图为… 刘洋 摄), a file to download
_NOT_IN_A_HEADLINE = re.compile(r"\d{6,}|\d+版|(?:19|20)\d{2}年\d{1,2}月|供图|图/|下载|附件|^\s*图为|\s摄\s*$")


def _a_headline(text: str, *, clauses: bool = False) -> bool:
    """Whether a line may be a headline: long enough, in Chinese, no sentence of prose (with ``clauses``,
    two clauses joined by a comma may be one: a sentence left without its full stop runs on), no menu, site
    name, subtitle, credit or list of names."""
    if clauses:  # (从“后进生”到“示范生”!平湖这个社区是怎么做到的?: a headline may exclaim and ask)
        prose = _FULL_STOP_MARK.search(text) is not None or len(re.findall("[，,]", text)) > 1 \
            or len(_ASKING.findall(text)) > 2 or _WELCOME.search(text) is not None or (
                _ASKING.search(text) is not None and all(len(p) <= 6 for p in text.split()) and " " in text.strip())
        # (喜迎二十大 奋进新征程！: a banner's slogan, short phrases set apart and exclaimed)
    else:
        prose = _PROSE_MARK.search(text) is not None
    if len(text) < 8 or not any(map(is_han, text)) or prose or text[:1] in _RUNS_ON or _MENU_ITEM.fullmatch(text) \
            or _a_menu_line(text) \
            or _a_field_s_label(text) \
            or _SITE_WORDS.search(text) or _WEB_ADDRESS.fullmatch(text) or ">" in text \
            or _BREADCRUMB.search(text) or _SUBTITLE.match(text) or _NOT_IN_A_HEADLINE.search(text) \
            or _CREDIT_LINE.match(text) or _DATE.search(text) or _READER_FIELD.match(text) \
            or _PRODUCED_BY.fullmatch(text) or _POSTED_BAR.fullmatch(text):
        return False
    parts = [p for p in re.split(r"[_、+＋\s]+", text) if p]
    if len(parts) >= 2 and all(len(p) <= 4 for p in parts):
        return False  # 首页_版面导航_标题导航, 郑晨、葛锦熙、吴怡婧, 姜皓+尹成纯: a menu's steps, a list of names
    if len(_SITE_PARTS.findall(_without_site(text))) >= 2:
        return False  # 进入华声在线_湖南在线_版面导航_…: a menu (a site's names are cut)
    # (asked last: reading a byline's names is the slowest question)
    return not (all(_ORG_SUFFIX.search(to_simplified(p)) for p in text.split()) or byline_names(text))
    # 三亚日报记者 王元锴 通讯员 陈薇宇, 中共丹阳市委宣传部 郑州晚报社: its credits, its publishers


# a paper before its reporter in a byline (光明日报记者, 苏州日报驻昆山首席记者; 本报记者: the page's own, unnamed)
_PAPER_REPORTER = re.compile(r"([\u4e00-\u9fff]{2,10}?(?:日报|晚报|报社|报|网|电视台)"
                             r"|《[\u4e00-\u9fff]{2,10}》(?:新闻周刊|周刊|杂志社|杂志)?"  # (《瞭望》新闻周刊记者: a
                             # periodical, its title in its marks)
                             r"|[\u4e00-\u9fff]{2,6}?(?<![台心媒])新闻|新华社|中新社)"  # (川观新闻记者; 我台新闻记者,
                             # 融媒体中心新闻记者: a reporter's job)
                             # (周口日报·周道客户端记者: the paper's app or news service between them)
                             r"(?:[·•・][\u4e00-\u9fffA-Za-z]{1,8}?(?:客户端|新闻|融媒体?|APP))?(?:客户端)?"
                             r"(?:驻[\u4e00-\u9fff]{1,6}?)?(?:全媒体|全媒|融媒体|融媒)?(?:首席|特约|实习|见习)?记者")
# (河南日报客户端记者 宋敏: the paper's app, glued to it)
_TITLE_MARKS = str.maketrans("", "", "《》")  # (《瞭望》新闻周刊 → 瞭望新闻周刊: the outlet as named elsewhere)
# 湖南日报·新湖南客户端12月23日讯, 新华社西安5月11日电, 深圳新闻网2022年8月11日讯: a dateline, the outlet, where it was
# filed, and the day (中新网 江西广昌8月27日电: a blank after the outlet)
_DATELINE = re.compile(r"\s*据?((?!据)[\u4e00-\u9fff]{2,10}(?:日报|晚报|报|网|电视台|在线)"
                       r"|(?![据该此我本])[\u4e00-\u9fff]网(?=[\u4e00-\u9fff]{1,6}站)|新华社|中新社) ?"
                       r"(?:[·•・][\u4e00-\u9fffA-Za-z]{1,8}?(?:客户端|新闻|融媒体?|APP))?"
                       r"[\u4e00-\u9fff]{0,6}?(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:讯|电|消息|报道)"
                       r"(?:(?=据)|(?![\u4e00-\u9fff]))")  # (东南网8月27日报道(福建日报记者…): 报道 for 讯)
# (中国日报网贵阳…电: the longest outlet; 据四川日报…讯: as the paper reports; 5月11日电话回访: no dateline;
# 红网雨花站12月18日讯: a site of one character's name, then its station, the place it filed from; 该网…: a
# pronoun, the site the text spoke of;
# 中国甘肃网1月5日讯|据西部商报报道: the site's dateline, then the paper it took the piece from;
# 央广网重庆4月23日消息: a broadcaster's)
_OUTLET_LINE = re.compile(r"\s*([\u4e00-\u9fff]{2,10}(?:网|日报|晚报|报|杂志|党员|信息港)(?=\s+(?:原创|取材网络))"
                          r"|[\u4e00-\u9fff]{2,10}(?:杂志|刊|生活|党员|党建|之友|通讯|文摘|画报|时代)"
                          r"(?=\s+(?:19|20)\d{2}年(?:第)?\d{1,2}期))\s+"
                          r"(?:原创|取材网络|(?:19|20)\d{2}年(?:第)?\d{1,2}期)\s*")  # (中原网 取材网络: the
# outlet, the piece gathered from the web; 北京支部生活 2018年11期: a
# periodical, named as periodicals are, before its issue; 党建微课堂 2024年3期: a column's)
# 中共乐山市委党校学报 2023年6期, 党的生活(江苏) 2020年12期: any periodical's name before its issue, where the
# keywords' line follows it, as on a journal mirror (党建微课堂 2024年3期 alone: a column's issue, no publisher)
_ISSUE_LINE = re.compile(r"\s*([\u4e00-\u9fff]{2,16}(?:[(（][\u4e00-\u9fff]{2,4}[)）])?)"
                         r"\s+(?:19|20)\d{2}年第?\d{1,2}期\s*")
_KEYWORDS_LABEL = re.compile(r"\s*关键词\s*[:：]")


def _keywords_next(doc: Document, b: Block) -> bool:
    """Whether the block after ``b`` opens with the keywords' label (关键词:)."""
    k = doc.blocks.index(b)
    return k + 1 < len(doc.blocks) and _KEYWORDS_LABEL.match(doc.norm, doc.blocks[k + 1].start) is not None


# 中国江苏网1月10日连云港讯: the day, then where it was filed
_DATELINE_FILED_AFTER = re.compile(r"\s*((?!据)[\u4e00-\u9fff]{2,10}(?:日报|晚报|报|网|电视台|在线)) ?"
                                   r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?P<at>[\u4e00-\u9fff]{2,4}?)(?:讯|电)"
                                   r"(?![\u4e00-\u9fff])")
# 金山网讯, 昆明信息港讯, 大连新闻网消息(记者…): an outlet's own news, without the day (本报讯: the page's own,
# unnamed)
# (梧州零距离网-梧州日报讯: a site and the paper it carries, joined by a dash)
_OUTLET_NEWS = re.compile(r"\s*据?((?:[\u4e00-\u9fff]{2,8}?(?:网|信息港|客户端|日报|晚报)[-·•・—–/]"
                          r"|[\u4e00-\u9fff]{2,8}?(?:网|报)、)?"  # (市场星报、安徽财经网讯: two outlets that ran it)
                          r"[\u4e00-\u9fff]{2,10}?(?:日报|晚报|报|网|信息港|电视台|客户端|在线))"
                          # (荆楚网(湖北日报网)讯: the site, then its paper's in brackets; 国际在线海南消息:)
                          r"(?:[(（][\u4e00-\u9fff]{2,10}(?:日报网|日报|网)[)）])?"
                          r"(?:讯(?!息)|消息(?=[(（])|(?P<filed>[\u4e00-\u9fff]{2,4}?)消息"
                          r"(?=\s|(?P<colon>[:：])))")  # (安徽网安庆消息; 南海网海口消息: the lead after a colon)
# 中国有线电视新闻网新疆讯: where it was filed, a division's name, between the outlet and 讯 (tried after the outlet
# alone: 新华报业网讯, 长江日报长江网讯)
_OUTLET_NEWS_FILED = re.compile(r"\s*据?((?!据)(?:[\u4e00-\u9fff]{2,8}?(?:网|日报|晚报)/)?"
                                r"[\u4e00-\u9fff]{2,10}?(?:日报|晚报|报|网|信息港|电视台|客户端))"
                                r"(?:[(（][\u4e00-\u9fff]{2,10}(?:日报网|日报|网)[)）])?"
                                r"(?P<at>[\u4e00-\u9fff]{2,3})讯(?!息)")  # (荆楚网(湖北日报网)恩施讯, 据人民网北京讯)
# 中国网文明中华讯 今年来,…: a site's channel between its name and 讯, the lead set apart by a blank (tried after a
# place it was filed from: 荆楚网(湖北日报网)恩施讯)
_OUTLET_CHANNEL_NEWS = re.compile(r"\s*([\u4e00-\u9fff]{2,10}?网)(?P<channel>[\u4e00-\u9fff]{2,4})讯[ \u3000]")
# 今日镇江讯 近日,…: an outlet of any name (an app's, a brand's: no 报 or 网 to tell it by), 讯 and a blank opening
# the lead, the lead's time next
_FILED_FROM = ("街道", "镇", "乡", "村", "社区", "区", "县", "市", "州", "旗")  # (东街街道讯: where it was filed)
_BRAND_NEWS = re.compile(r"\s*((?![本该此我])[\u4e00-\u9fff]{2,6})讯[ \u3000]+"
                         r"(?=日前|近日|近期|前不久|近来|今年以来|(?:19|20)\d{2}年\d|\d{1,2}月\d{1,2}日)")
_OUTLET_BEFORE_TITLE = re.compile(
    r"[【\[]([\u4e00-\u9fff]{2,10}(?:日报|晚报|报|新闻网|网|电视台|杂志|通讯社))[】\]]\s*")
# 人民日報 | 青島:…: a paper's name, then a bar, before the headline, the source a site's channel reprints (燕赵先锋|,
# 区县传真|: a column's name, kept; 工作简报|: a kind of paper)
_PAPER_BEFORE_A_BAR = re.compile(r"([\u4e00-\u9fff]{1,10}(?:日报|晚报|时报|商报|都市报|青年报|法治报|党建报|报社))"
                                 r"\s*[|｜]\s*")  # (人民日报 | …; 党建播报|, 战疫战报|: a column's name)
# 正在阅读:河北石家庄:…: a mobile page's label before its headline; 新华社西安5月11日电 题:…: a wire's dateline,
# then the headline it gives its story
_READING = re.compile(r"^正在阅读\s*[:：]\s*")
_E_PAPER = re.compile(r"\s*([\u4e00-\u9fff]{2,10}(?:日报|晚报|报))\s*(?:数字报纸|数字报|电子报|电子版)\s*")
_E_PAPER_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,10}(?:日报|晚报|报)\s*(?:数字报纸|数字报|电子报|电子版)"
                             r"\s*[-–—_|｜]\s*")
_OUTLET_BRACKETING = re.compile(r"\s*([\u4e00-\u9fff]{2,12}(?:融媒体中心|日报|晚报|报|新闻网|电视台))"
                                r"\s*[(（]\s*(?:记者|通讯员)")
# (中新网 江西广昌8月27日电 题:…: a blank after the agency's name)
_WIRE_TITLE = re.compile(r"^[\u4e00-\u9fff·][\u4e00-\u9fff· ]{1,19}\d{1,2}月\d{1,2}日电\s*题\s*[:：]\s*(\S.{3,60})$")


def _wire_headline(line: str) -> str | None:
    m = _WIRE_TITLE.match(to_simplified(line))  # (新華社長春6月30日電 題:…: a Traditional page's wire, its 電 and 題)
    return line[m.start(1):m.end(1)].strip() if m is not None else None


_WEB_ADDRESS = re.compile(r"(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?::\d+)?(?:/\S*)?")
_SITE_PARTS = re.compile(r"\s*(?:_|\s[-–—|｜]\s|\||-(?=[\u4e00-\u9fff]{2,10}(?:网|频道|在线|客户端|发布)$))\s*")
# (…社区“活”起来-中国共产党新闻网: a site's name after a hyphen at the title's end)
_SITE_WORDS = re.compile(r"(网|频道|新闻|在线|资讯|首页|客户端|日报|晚报|报|发布)$")  # (南通发布: an account)
_COLUMN_WORDS = re.compile(r"(?:动态|要闻|时讯|快讯)$")
# 世界动态:, 党建要闻: a column's name, a word or two then its kind, and its colon opening a headline of eight
# characters or more (动态管理:…: no column's word before it, a headline's own words)
_LEADING_COLUMN = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:动态|要闻|时讯|快讯)\s*[:：]\s*(?=[^\s:：]{8})")
# the outlet a headline's last part names (…新气象|南通发布, …_新闻频道_红网), not a channel's (新闻频道, 首页) nor a
# kind of item (工作简报, 喜报, 统计公报); an account (发布) or a site named 在线 only after a place's name (南通发布,
# 浙江在线; not 权威发布, 问政在线)
_TITLE_OUTLET = re.compile(r"[\u4e00-\u9fff]{1,10}(?:网|日报|晚报|客户端)|(?P<place>[\u4e00-\u9fff]{2,8})(?:在线|发布)")


def _opens_with_a_division(text: str) -> bool:
    from kg.gazetteer import load_gazetteer

    return any(g.start == 0 for g in load_gazetteer().find_all(text[:12]))


_A_RATING = re.compile(r"\s+[★☆]{1,5}$")
_AN_APP_S_AD = re.compile(r"[\u4e00-\u9fff]{2,10}(?i:app)下载")


def _without_site(title: str) -> str:
    """开福区“三联三共”激活小区治理_新闻频道_红网 → the headline, without the site's and channel's names (and
    without 原标题:, the label of a headline a page reprints)."""
    spam = _AN_APP_S_AD.match(title)
    if spam is not None and len(title) - spam.end() >= 8 and _opens_with_a_division(title[spam.end():]):
        title = title[spam.end():]  # 金沙乐娱场app下载|庆阳市西峰区 打造…: an advertisement glued before the headline
        # that opens with its place (学习强国APP下载安装培训…: a headline about the app)
    title = _TITLE_FIELD.sub("", title).strip(" \u3000|｜").rstrip("_").lstrip("•▪●◆ ?？\ufffd:：")  # (…亮点纷呈 |,
    # | 党建品牌聚合力…: a bar a site's name or a column's stood beside, which the page dropped; • 柳州:…: a list's
    # bullet the headline was set with; ?黨建調研行|…: a character the page's encoding lost)
    title = _A_RATING.sub("", title)  # 社区党建工作调研报告  ★★★: an essay site's rating of the piece, beside it
    title = _LEADING_COLUMN.sub("", title)  # 世界动态:乡村振兴看福建|…: the column's name and its colon before the
    # headline
    paper = _E_PAPER_BEFORE.match(to_simplified(title))
    if paper is not None and len(title) - paper.end() >= 6:
        title = title[paper.end():]  # 海南日報數字報-「三信三愛」暖了464個自然村: the e-paper's masthead and a hyphen
        # before the headline (海南日报数字报: the masthead alone, kept)
    seps = list(_SITE_PARTS.finditer(title))
    ends = [m.start() for m in seps] + [len(title)]  # where each part ends; the next begins after its separator
    starts = [0] + [m.end() for m in seps]
    kept = len(ends)
    while kept > 1 and ends[kept - 1] - starts[kept - 1] <= 12 and (_SITE_WORDS.search(
            title, starts[kept - 1], ends[kept - 1]) or (
            _COLUMN_WORDS.search(title, starts[kept - 1], ends[kept - 1]) and ends[kept - 1] - starts[kept - 1] <= 6)):
        kept -= 1  # (…侧记_全球动态: a column; 学习二十大 | 各地党建新动态: a headline's second part)
    return title[:ends[kept - 1]]  # as written (行进中国|从“找麻烦”到“给答案”: the column's mark kept)


# 2021年09月02日 星期四 on the page's first line, then the headline, then 2022-05-11 16:53:14 来源:中国新闻网: the
# site's header, the day the page was read, and the piece's own posting, its time and source (an e-paper's day,
# 2022年05月28日 星期六, over fields of no time, stays the issue's)
_A_DAY_STAMP = re.compile(r"\s*" + _PAPER_S_DAY + r"\s*")
_POSTED_AT_SOURCE = re.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}.{0,12}来源\s*[:：]")


def _a_header_s_day(doc: Document, line: str) -> bool:
    """Whether ``line``, a day and its weekday alone, is the page's first line, a posting's time and source in
    the lines below it (``_A_DAY_STAMP``)."""
    return bool(doc.blocks) and _A_DAY_STAMP.fullmatch(line) is not None \
        and doc.norm[doc.blocks[0].start:doc.blocks[0].end] == line \
        and any(_POSTED_AT_SOURCE.search(doc.norm, b.start, b.end) for b in doc.blocks[1:6])


def read_date(doc: Document) -> str | None:
    for line in _lines(doc, ("meta", "heading"))[:8]:
        if _a_header_s_day(doc, line):
            continue
        m = _DATE.search(line)
        while m is not None and _TODAY.search(line, 0, m.start()) is not None:
            m = _DATE.search(line, m.end())  # 今天是2025年12月03日 星期三: the site's header, the day the page was
            # read, never the piece's (a date after it on the line may be)
        short = _SHORT_YEAR_DATE.search(line) if m is None else None
        if m or short:
            y, mo, d = (int(x) for x in (m or short).groups())  # type: ignore[union-attr]
            found = _iso_date(y + (2000 if short else 0), mo, d)
            if found is not None:
                return found
        dmy = _DAY_FIRST_DATE.match(line)
        if dmy is not None:
            d, mo, y = (int(x) for x in dmy.groups())
            found = _iso_date(y, mo, d)
            if found is not None:
                return found

    for line in _lines(doc, ("meta", "heading"))[:8]:  # 2025 11/05 09:58:17: the year set apart, then the month and
        # day, then the time (only where no line gives a date of the common forms: 发布时间：2024-06-01 below wins)
        apart = _YEAR_APART_DATE.match(line)
        if apart is not None and (found := _iso_date(*(int(x) for x in apart.groups()))) is not None:
            return found
    lead = first_prose(doc)
    leads = _lines(doc, ("paragraph",))[:2] + ([doc.norm[lead.start:lead.end]] if lead is not None else [])
    for k, line in enumerate(leads):  # 深圳新闻网2022年8月11日讯: the day the lead's dateline gives
        m = _DATELINE_DAY.match(line) or (_DAY_S_NEWS.match(line) if k == len(leads) - 1 and lead is not None
                                          else None)  # (2022年12月16日讯:昨天,…: the day alone, the lead's)
        if m is not None:
            found = _iso_date(*(int(x) for x in m.groups()))
            if found is not None:
                return found
    for b in doc.blocks[:8]:  # (a government page's table of fields, before its prose begins: no related piece's)
        line = doc.norm[b.start:b.end]
        m = _LABELLED_DATE.search(line)
        if b.kind == "paragraph" and _PROSE_MARK.search(line, 0, m.start() if m is not None else len(line)):
            break  # (发布时间:2025-11-13 09:53:40 | 来源:… 责任编辑:…近日,…: the fields' line, the lead glued on;
            # 文章来源:七一客户端发布时间:2025-06-23 09:52:14如何让…?: the fields glued together, then the lead; 近日,
            # …发布时间:…: the lead's own words before the label, a date it speaks of)
        if m is not None and (found := _iso_date(*(int(x) for x in m.groups()))) is not None:
            return found
    for b in doc.blocks[:8]:
        m = _ADDRESS_DATED.match(doc.norm, b.start, b.end)
        if m is not None and not _PROSE_MARK.search(doc.norm, b.start, b.end) \
                and (found := _iso_date(*(int(x) for x in m.groups()))) is not None:
            return found  # http://www.sina.com.cn 2006年12月06日07:51 荆楚网-湖北日报: the portal's address, then the
            # day it posted the piece, a paragraph to the splitter
    over = _headline_over_its_fields(doc)
    m = _DATE.search(doc.norm, over[1].start, over[1].end) if over is not None else None
    if m is not None:  # a page's menus first, then its headline and its fields (发布时间:2024年12月04日 14:42)
        return _iso_date(*(int(x) for x in m.groups()))
    for b in doc.blocks[:8]:  # 3上一篇 下一篇4 2024 年 03 月 12 日 星期二: an e-paper reader's bar, the day of the
        # issue it shows among its buttons (clutter to the splitter)
        if b.kind == "clutter" and _TOOL_WORDS.search(doc.norm, b.start, b.end) is not None \
                and (m := _READER_S_DAY.search(doc.norm, b.start, b.end)) is not None \
                and _TODAY.search(doc.norm, b.start, m.start()) is None \
                and (found := _iso_date(*(int(x) for x in m.groups()))) is not None:
            return found
    for b in doc.blocks[:8]:  # 首页 > 旅游 > 作者:YD1662023-02-09 09:44:37: a poster's handle, the time it posted
        if b.kind != "paragraph" and (m := _HANDLE_DATED.search(doc.norm, b.start, b.end)) is not None:
            return _iso_date(*(int(x) for x in m.groups()))  # the piece glued after it, where no other date is
    for b in doc.blocks[:12]:  # 长江云新闻 ©原创 2024-03-27 21:11 under a sidebar's headlines, which pushed it
        if b.kind == "paragraph" and b.end - b.start >= 60:  # out of the first lines: an outlet's line with the
            break  # minute it posted the piece, above the article's first long paragraph
        m = _an_outlet_timed(_OUTLET_TIMED.fullmatch(doc.norm, b.start, b.end)) if b.kind == "meta" else None
        if m is not None and (day := _DATE.search(doc.norm, m.end(1), m.end())) is not None \
                and (found := _iso_date(*(int(x) for x in day.groups()))) is not None:
            return found
    record = _e_paper_s_record(doc)  # --> 2024-01-24 邹利波 … 贵州日报 content_115689.html …: the day the e-paper
    m = _RECORD_S_DAY.match(doc.norm, record.start, record.end) if record is not None else None  # filed it under
    return _iso_date(*(int(x) for x in m.groups())) if m is not None else None


# An e-paper system's record of the piece, its markup's comment left as text at the page's foot (--> 2024-01-24 邹利波
# 仁怀坛厂街道 1 1 贵州日报 content_115689.html 1 邻里驿站集民意… /enpproperty-->): the day, the author, the
# paper, the piece's file
_RECORD_END = "/enpproperty-->"
# a site's address opening a line, then a full date (http://www.sina.com.cn 2006年12月06日07:51)
_ADDRESS_DATED = re.compile(r"\s*(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?:/\S*)?\s+"
                            r"((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})(?!\d)")
_RECORD_S_DAY = re.compile(r"\s*-->\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)")
_RECORD_S_PAPER = re.compile(r"(?<!\S)([\u4e00-\u9fff]{2,10}报)\s+content_\d+\.html?(?!\S)")


def _e_paper_s_record(doc: Document) -> Block | None:
    """The block of an e-paper system's record of the piece (``_RECORD_END`` closes it), or None."""
    return next((b for b in doc.blocks if doc.norm.find(_RECORD_END, b.start, b.end) >= 0), None)


# 今天是2025年12月03日 星期三, 今日:…: a site's header, today's date before it
_TODAY = re.compile(r"(?:今天|今日|当前日期|现在)\s*(?:是|为)?\s*[:：]?\s*$")
# (a handle of letters, then digits: 1662023-02-09 is no date to _DATE, the digits run on)
_HANDLE_DATED = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,15}?((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}")


def _iso_date(year: int, month: int, day: int) -> str | None:
    """yyyy-mm-dd, where the month and the day can be one's."""
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


# 18.02.2016, 12.12.2022: a line that is a date written day first (a year first is _DATE's), its time perhaps after
# it (25.08.2021  22:21)
_DAY_FIRST_DATE = re.compile(r"\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
# 2025 11/05 09:58:17: a news site's date line, the year set apart by a blank, then month/day and the time (2025
# 11/05 alone: no time, perhaps a count and a fraction)
_YEAR_APART_DATE = re.compile(r"\s*((?:19|20)\d{2})[^\S\n]+(\d{1,2})/(\d{1,2})[^\S\n]+\d{1,2}:\d{2}(?::\d{2})?"
                              r"(?![\d/:])")
# 2024 年 03 月 12 日 星期二: an e-paper's day, blanks perhaps around its characters, its weekday after it
_READER_S_DAY = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*星期[一二三四五六日天]")
# (该村2023年5月20日|电商…: 电 begins a word, no dateline; 新华社北京2023年7月20日电, 长江云2023年…讯: any outlet, the
# place it filed from)
# 2022年12月16日讯:昨天,…: a lead's dateline of the day alone, no outlet named (2022年12月16日,…: a day, no dateline)
_DAY_S_NEWS = re.compile(r"\s*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日讯(?![\u4e00-\u9fff])")
_DATELINE_DAY = re.compile(r"\s*[\u4e00-\u9fff·•・]{2,16}?((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?:讯|电|消息)"
                           r"(?:(?=据)|(?![\u4e00-\u9fff]))")


# 来源: 2019-12-12 10:35, 来源: 点击次数:3415, 文章来源: 文章作者:邵阳: the field left empty, the page's date or the
# next field's label after it (来源：学习强国：湖南学习平台: an outlet, then its page)
_EMPTY_FIELD = re.compile(r"(?:19|20)\d{2}\s*[-/.年]|(?:文章|稿件|信息)?(?:作者|编辑|责编|责任编辑|时间|日期|发布"
                          r"|点击|浏览|阅读|访问)[\u4e00-\u9fff]{0,2}[:：]")
# 20-12-15 08:44 来源:…: a date line that writes the year's last two digits, then the time (this century's)
_SHORT_YEAR_DATE = re.compile(r"(?:^|(?<=\s))(\d{2})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?![\d-])")
# (内蒙古新闻网  19-04-30 11:56: after the site's name on its line)
# 发文时间: | 2021-12-31 |: a government page's table of fields, a paragraph to the splitter
_A_COLON_NEXT = re.compile(r"[^\S\n]*[:：]")
_LABELLED_DATE = re.compile(r"(?:发文|发布|成文|印发)(?:时间|日期)\s*[:：]\s*[|｜]?\s*"
                            r"((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})(?!\d)")


def _among_readings(doc: Document, b: Block) -> bool:
    """Whether a paper's day line stands beside another (the next block or the one before): a list of readings."""
    k = doc.blocks.index(b)
    near = doc.blocks[max(0, k - 1):k] + doc.blocks[k + 1:k + 2]
    return any(_PAPER_S_DAY_LINE.fullmatch(doc.norm, o.start, o.end) is not None
               or _PAPER_OF_THE_DAY.fullmatch(doc.norm, o.start, o.end) is not None for o in near)


def _an_outlet_s(m: re.Match[str] | None) -> re.Match[str] | None:
    """An outlet's line with its date (``_OUTLET_DATED``), unless a column's label is glued to the date: news of a
    kind (本地新闻2022-10-08 15:04, 最新新闻…), where an app's own name stands before 新闻 (开屏新闻)."""
    if m is None or not m.group(1).endswith("新闻") or not m.string[m.end(1):m.end(1) + 1].isdigit():
        return m
    return None if m.group(1)[:-2] in _NEWS_COLUMNS else m


# the kinds of news a site's columns are named by (本地新闻, 最新新闻, 图片新闻); an app's own name before 新闻 is no
# kind (开屏新闻, 上游新闻, 大众新闻, 长江新闻)
_NEWS_COLUMNS = frozenset("本地 最新 图片 时政 每日 国内 国际 社会 热点 今日 综合 视频 要闻 经济 文化 体育 "
                          "娱乐 滚动 即时 实时 焦点 地方 县域 乡镇 部门 基层 党建 工作 相关 推荐 热门 头条".split())


def read_publishers(doc: Document) -> list[str]:
    out: list[str] = []
    for b in doc.blocks:
        line = doc.norm[b.start:b.end]
        m = _SOURCE.search(line)
        if m and not _EMPTY_FIELD.match(m.group(1)):
            source = _NEXT_FIELD.split(m.group(1))[0]  # 信息来源: 杜集经济开发区发布时间:2012-03-02
            if source.endswith(("”", "」")) and "“" not in source and "「" not in source:
                source = source[:-1]  # 转载请标注“文章来源：中国江西网”: the quotation that held the field closes
            label = next((r for r in ROLES if source.endswith(r)), None) \
                if _A_COLON_NEXT.match(line, m.end(1)) else None
            if label is not None and len(source) - len(label) >= 2:
                source = source[:-len(label)]  # 来源 : 广西日报作者 : 韦鹏雁: the next field's label, its colon
                # after a blank
            if len(source) >= 3 and source.endswith(("日", "晚")) and source == m.group(1) \
                    and _LOST_CHARACTER.match(line, m.end(1)):
                source += "报"  # 来源: 綿陽(yáng)日?qǐng)?bào): a mirror's debris, the paper's last character lost
                # (報, glossed bào) after 日 or 晚, which only 报 follows in a paper's name
            lost = _LOST_CHARACTER.search(source)
            if lost is not None and lost.start() >= 3 and source[lost.start() - 1] in "日晚":
                source = source[:lost.start()] + "报"  # 来源:長治日?qǐng)?bào): the lost character glued to 日,
                # its gloss's debris after it (长治日?qǐng), no blank between
            source = _WEB_ADDRESS_GLUED.sub("", source)  # 来源:昌吉日报http://…: the outlet's address glued on
            source = _DATE_GLUED.sub("", source)  # 来源:人民日报2023-04-07: the page's date glued on (杭州2022年
            # 亚运会组委会: a year inside a name)
            source = _COUNTER_GLUED.sub("", source)  # 来源:…区委组织部次阅读: the page's reading counter glued
            # on, its number lost (or kept: 朝阳日报123次浏览)
            if len(source) >= 2:
                out.extend(_publisher_parts(source))
        m = _PAPER_NAMED.search(line)
        if m:
            out.append(m.group(1))  # 当前报纸名称:九江日报: an e-paper reader's field of the paper shown
        m = _RECORD_S_PAPER.search(line) if _RECORD_END in line else None
        if m:
            out.append(m.group(1))  # … 1 1 贵州日报 content_115689.html … /enpproperty-->: the e-paper's record
            # of the piece, the paper that printed it
        m = _BREADCRUMB.search(line)
        if m:
            first = re.split(r"\s*>\s*", m.group(1).strip())[0].strip()
            if first.endswith("首页") and first not in _HOME_STEPS:
                first = first[:-2]  # 地方经济首页 > 即时新闻: a channel's home page, its name no outlet's unless it
                # ends as one (人民网首页: 人民网)
            if 2 <= len(first) <= 12 and first not in _HOME_STEPS and (
                    _SITE_WORDS.search(first) or _a_body(first) or first.endswith("政府") or _names_a_place(first)):
                out.append(first)  # (当前位置:社区建设 >> 便民服务: a section of the site, no outlet; 宜宾组工,
                # 平安北京: a place's account)
    if not out:  # 光明日报记者 曾毅, (长江日报记者宋磊): a paper whose reporter the byline names, where no field says
        paragraphs = [b for b in doc.blocks if b.kind == "paragraph"][:3]  # (its lead's bracket only)
        for b in doc.blocks:
            if b.kind == "meta" or (b.kind == "clutter" and _a_credit_line(doc.norm[b.start:b.end])) \
                    or b in paragraphs:  # (大众网记者 王君彩 通讯员 游晓青 滨州报道: a credit line read as clutter)
                line = doc.norm[b.start:b.end]
                spans = [line] if b.kind != "paragraph" else [m.group(1) for m in _BRACKETED_BYLINE.finditer(line)]
                out.extend(_undoubled(m.group(1)).translate(_TITLE_MARKS) for text in spans
                           for m in _PAPER_REPORTER.finditer(text)
                           if not m.group(1).startswith(("本", "我")) and not text.rstrip(" )）】").endswith("摄"))
                # ((新华社记者 张龙 摄): a photo's credit, which another outlet may have taken)
    from_a_byline = bool(out) and not any(_SOURCE.search(doc.norm, b.start, b.end) for b in doc.blocks)
    if not out:  # 中新网, 人民网首页|上海频道首页: the site a page's first line names, where nothing else names one
        first = next((b for b in doc.blocks[:3] if b.kind in ("heading", "clutter", "meta")), None)
        line = doc.norm[first.start:first.end] if first is not None else ""
        site = _site_header(line)
        if site is not None and not (site in _PORTALS_LINKED and (
                _SIGN_IN_BAR.fullmatch(line, line.index(site) + len(site))
                or _PORTAL_BAR.match(line, line.index(site) + len(site)))):
            out.append(site)  # (中国政府网 登录: a government site's bar, its link to the country's portal and the
            # sign-in, no masthead; 中国政府网|重庆市人民政府网: its links to the portals above it, neither the page's)
    if not out:  # 共产党员网 打印 纠错: the site's name on the toolbar under the headline, where nothing else names one
        site = next((found for b in doc.blocks[:8] if b.kind != "paragraph"
                     and (found := _site_on_its_toolbar(doc.norm[b.start:b.end].strip())) is not None), None)
        if site is not None:
            out.append(site)
    if not out:  # 海门常乐:…新气象|南通发布: the outlet a headline's last part names, where nothing else names one
        site = _site_of_title(doc)
        if site is not None:
            out.append(site)
    norm = doc.norm
    above_the_body = next((k for k, b in enumerate(doc.blocks[:12]) if b.kind == "paragraph" and b.end - b.start >= 60),
                          12)  # the blocks before the article's first long paragraph
    e_paper = any(_E_PAPER_S_PAGE.search(norm, b.start, b.end) for b in doc.blocks[:8])
    lead = first_prose(doc)
    dateline_blocks = max(8, min(doc.blocks.index(lead) + 1, _FAR_BLOCKS)) if lead is not None else 8  # (a lead
    # under an e-paper reader's menus of its pages: its dateline, wherever it falls)
    for blocks, found in (
        (8, lambda b: _OUTLET_LINE.fullmatch(norm, b.start, b.end)),  # 中原网 原创, 当代党员 2024年2期: a line under
        # the headline of the outlet and its own piece or issue
        (8, lambda b: _ISSUE_LINE.fullmatch(norm, b.start, b.end) if _keywords_next(doc, b) else None),  # 中国报道
        # 2015年10期, then 关键词:…: a journal mirror's line of the periodical and its issue, over the keywords
        (24, lambda b: _ISSUER.search(norm, b.start, b.end)),  # 发布机构 | 乌盖苏木 |: a government page's fields
        (12, lambda b: _DATED_SOURCE.fullmatch(norm, b.start, b.end) if b.kind == "meta" else None),  # 2023-10-11
        # 21:40 天涯党建: a date and time, then the account that posted the piece, alone
        (12, lambda b: _an_outlet_s(_OUTLET_DATED.match(norm, b.start, b.end)) if b.kind == "meta" else (
            _an_outlet_s(_OUTLET_DATED.fullmatch(norm, b.start, b.end)) if b.kind == "heading"
            and _OUTLET_OF_A_HEADING.match(norm, b.start, b.end) else None)),  # 广西日报
        # 2017-05-24 07:15: an outlet, then the date it published the piece
        (12, lambda b: _DATED_OUTLET.match(norm, b.start, b.end) if b.kind == "meta" else None),  # 2021-07-28
        # 10:15 济宁晚报 刘菲: the date, the outlet, then the reporters it sent
        (12, lambda b: _an_outlet_dotted(_OUTLET_DOT_DATED.fullmatch(norm, b.start, b.end)) if b.kind == "meta"
         else None),  # 新浪财经·2026-01-29 03:57: an aggregator's source, a point, then when it posted the piece
        (dateline_blocks, lambda b: _outlet_of_dateline(norm, b)),  # 湖南日报12月23日讯, 新华社西安5月11日电: a
        # dateline's outlet
        (8, lambda b: _OUTLET_BRACKETING.match(norm, b.start, b.end) if b.kind == "paragraph" else None),
        # 神农架融媒体中心(记者 喻玲)8月25日,…: the outlet opening the lead, its reporter in brackets
        (3, lambda b: _PAPER_MASTHEAD.fullmatch(norm, b.start, b.end)),  # 中国城市报 2022年01月24日 星期一: an
        # e-paper's masthead, the paper and its day
        (3, lambda b: _E_PAPER.fullmatch(norm, b.start, b.end)),  # 浙江日报 数字报纸: an e-paper's masthead
        (8, lambda b: _PAPER_ALONE.fullmatch(norm, b.start, b.end) if b.kind == "heading" and e_paper else None),
        # 内蒙古商报 alone on a line of an e-paper's page (第2版:要闻, 版面导航 near it): the paper's masthead
        (12, lambda b: _APP_DATED.fullmatch(norm, b.start, b.end)),  # 北京青年报客户端 2022-10-23 21:30: the
        # outlet's app, then when it posted the piece
        (above_the_body, lambda b: _an_outlet_timed(_OUTLET_TIMED.fullmatch(norm, b.start, b.end))
         if b.kind == "meta" else None),  # 云上老河口  2025-11-28 15:05:21: an app's name, then when it posted
        # the piece, to the minute, above the article
        (3, lambda b: _PRINTED_BY.search(norm, b.start, b.end)),  # 国内统一刊号:CN62-0010 嘉峪关日报社出版: the
        # paper's masthead, the house that prints it
        (12, lambda b: _PAPER_OF_THE_DAY.fullmatch(norm, b.start, b.end) if not _after_a_label(doc, b) else None),
        (above_the_body, lambda b: _PAPER_S_DAY_LINE.fullmatch(norm, b.start, b.end)
         if not _after_a_label(doc, b) and not _among_readings(doc, b) else None),  # 《团结报》2020年11月3日…
        (3, lambda b: _E_PAPER_HEADER.match(norm, b.start, b.end)),  # 日期:[…] -- 智慧生活报 -- 版次:[B24]
        (12, lambda b: _E_PAPER_BYLINE.fullmatch(norm, b.start, b.end) if not _after_a_label(doc, b) else None),
        # 程 姣 《 人民日报海外版 》( 2024年06月13日 第 10 版): an e-paper's byline, the paper in its marks
        (8, lambda b: _PRODUCED_BY.fullmatch(norm, b.start, b.end)),  # 德州日报新媒体出品: the outlet that made it
        (3, lambda b: _SITE_WELCOME.fullmatch(norm, b.start, b.end)),  # 欢迎来到包河先锋网!: the site's greeting,
        # its name, where nothing else names the outlet
        # 《安徽日报》(2025年4月11日4版): the paper that printed the piece, on that day's page (学习篇目：then
        # 《人民日报》(…): a reading cited under its label)
    ):
        if out:
            break
        named = next((m.group(1) for b in doc.blocks[:blocks] if (m := found(b)) is not None), None)
        if named is not None:
            out.extend(_publisher_parts(named))  # (梧州零距离网-梧州日报: the site and its paper, each)
    if from_a_byline:  # 东南网4月26日讯(海峡导报记者 沈华铃): the site that ran the paper's piece, and the paper
        dated = next((m.group(1) for b in doc.blocks[:8] if (m := _outlet_of_dateline(norm, b)) is not None), None)
        if dated is not None:
            out[:0] = [p for p in _publisher_parts(dated) if p not in out]  # (市场星报、安徽财经网讯(…记者…): each)
    # A closing line of one to three organisation names is the publishing body.
    body = [b for b in doc.blocks if b.kind in ("heading", "meta", "paragraph")]
    for b in body[-3:]:
        parts = [re.split(r"[:：】]", p)[-1].lstrip("◆●■▲★·-【[")  # (【来源】…; 来源:【湛江日报:
                 for p in doc.norm[b.start:b.end].split()]  # the bracket the outlet is set in)
        if 1 <= len(parts) <= 3 and all(_ORG_SUFFIX.search(p) and len(p) <= 16 and not any(
                c in QUOTE_CHARS for c in p) for p in parts):  # (织密“幼有善育”幸福网: a section's heading)
            if not any(r in doc.norm[b.start:b.end] for r in ROLES):
                out.extend(n for p in parts for n in _publisher_parts(p))  # ◆素材来源:中山日报 → 中山日报
    return list(dict.fromkeys(out))


# a page's reading tools after the site's name on their bar (打印 纠错, 【字体: 大 中 小】 分享; 投稿须知 投稿: how to
# send the site a piece, and its button)
_TOOLS_AFTER_A_SITE = re.compile(r"(?:[\s|｜【】\[\]]*(?:打印|纠错|分享|收藏|关闭|字体|字号|投稿须知|投稿"
                                 r"|[大中小])[:：]?)+[\s】\]]*")
# 共产党员网来稿: a piece sent to the site, its name before the toolbar (来稿: no column's name)
_SENT_TO_A_SITE = re.compile(r"([\u4e00-\u9fff]{1,8}网)来稿(?=\s)")


def _site_on_its_toolbar(line: str) -> str | None:
    """共产党员网 打印 纠错: the site a toolbar's line names before its buttons, or None (共产党员网 先锋文汇: a column,
    read as the page's header; 织密服务网 打印: no site's name); 共产党员网来稿 打印 纠错: a piece sent to it."""
    line = _SENT_TO_A_SITE.sub(r"\1", line, count=1) if _SENT_TO_A_SITE.match(line) else line
    site = _site_header(line)
    if site is None or not line.startswith(site):
        return None
    rest = line[len(site):]
    return site if rest.strip() and _TOOLS_AFTER_A_SITE.fullmatch(rest) is not None else None


def _names_a_place(words: str) -> bool:
    """Whether a province's or a city's name or short form stands in ``words`` (宜宾组工, 平安北京), or a county's
    before an account's word (蕲春组工, 海曙党建; a county's short forms are words too often elsewhere: 乡村振兴,
    平安建设, 走进和平)."""
    from kg.gazetteer import load_gazetteer, names_a_division

    account = next((w for w in _ACCOUNT_WORDS if words.endswith(w)), None)
    if account is not None and names_a_division(words[:-len(account)]):
        return True
    return any(d.level in ("Province", "City") for m in load_gazetteer().find_all(words) for d in m.candidates)


_ACCOUNT_WORDS = ("组工", "先锋", "党建", "发布", "融媒", "宣传", "政务")  # a place's accounts: 蕲春组工, 余杭先锋


def _site_of_title(doc: Document) -> str | None:
    """The outlet the headline's last part names (…调解出基层治理新气象|南通发布), where the headline is the page's
    (``read_title``'s line) and the part is an outlet's name, not a channel's or a menu's."""
    from kg.gazetteer import names_a_division

    title = doc.title if doc.title is not None else read_title(doc)
    if title is None:
        return None
    for b in doc.blocks[:12]:
        line = written(doc, b.start, b.end).strip()
        if not line.startswith(title) or len(line) == len(title):
            continue
        parts = [p for p in _SITE_PARTS.split(line[len(title):]) if p.strip()]
        last = parts[-1].strip() if parts else ""
        m = _TITLE_OUTLET.fullmatch(last)
        if m is None or (m.group("place") is not None and not names_a_division(m.group("place"))):
            return None
        return last
    return None


# a field's or a page's label, ending in its colon (发布日期:, 通版阅读请点击:): no headline
_A_FIELD_S_LABEL = re.compile(r"(?:点击|日期|时间|来源|作者|编辑|浏览|阅读|下载|版次|版面)\s*[:：]\s*$")


def _a_field_s_label(line: str) -> bool:
    """A short line that is a field's or a page's label (发布日期:, 通版阅读请点击:), not a headline that ends in one
    of those words (党组织换届选举这些关键时间：)."""
    return len(line.strip()) <= 10 and _A_FIELD_S_LABEL.search(line) is not None


_HOME_STEPS = frozenset(("首页", "主页", "网站首页", "本站首页", "返回首页"))  # a breadcrumb's first step, no outlet


def _after_a_label(doc: Document, b: Block) -> bool:
    """Whether the line before block ``b`` is a label ending in a colon (学习篇目：, 参考文献：)."""
    line = line_before(doc, doc.blocks.index(b))
    return line.endswith((":", "：")) or _READING_LABEL.fullmatch(line) is not None


_READING_LABEL = re.compile(r"[【\[]?(?:延伸阅读|相关阅读|相关链接|推荐阅读|扩展阅读)[】\]]?")
# 新闻推荐, 相关新闻: a page's list of other pieces, their headlines and leads, after the article
_NEWS_OFFERED = re.compile(r"[【\[]?(?:新闻推荐|推荐新闻|相关新闻|相关文章|相关报道|热点新闻|猜你喜欢|热门推荐|精彩推荐"
                           r"|往期回顾)[】\]]?")


def _other_pieces_label(line: str) -> bool:
    """新闻推荐, 【相关阅读】: a label alone on its line over a list of other pieces."""
    line = line.strip()
    return _READING_LABEL.fullmatch(line) is not None or _NEWS_OFFERED.fullmatch(line) is not None


# 迎来好消息, 传来好消息, 有新消息, 发布最新消息, 公布重要消息: news arriving or told, no dateline
_NEWS_ARRIVING = re.compile("[来到有出]|好$|最新$|重要$|发布|公布")


def _outlet_of_dateline(norm: str, b: Block) -> re.Match[str] | None:
    m = _DATELINE.match(norm, b.start, b.end) or _OUTLET_NEWS.match(norm, b.start, b.end) \
        or _OUTLET_NEWS_FILED.match(norm, b.start, b.end) or _DATELINE_FILED_AFTER.match(norm, b.start, b.end)
    if m is not None and m.re is _DATELINE_FILED_AFTER:
        from kg.gazetteer import names_a_division

        if not names_a_division(m.group("at")):
            return None  # (…1月10日|召开会议讯: no place it was filed from)
    if m is not None and m.re is _OUTLET_NEWS and m.group("filed") is not None \
            and _NEWS_ARRIVING.search(m.group("filed")) is not None:
        return None  # 农村电网迎来好消息: a headline's words between (大河网郑东新区消息: where it was filed)
    if m is not None and m.re is _OUTLET_NEWS and m.group("colon") is not None:
        from kg.gazetteer import names_a_division

        if not names_a_division(m.group("filed")):
            return None  # (南海网海口消息: a place it was filed from before the colon; 某网独家消息:, a word)
    if m is not None and m.re is _OUTLET_NEWS_FILED:
        from kg.gazetteer import names_a_division

        if not names_a_division(m.group("at")):
            return None  # …网|通讯: a word, no place it was filed from
    if m is None:
        m = _OUTLET_CHANNEL_NEWS.match(norm, b.start, b.end)
        if m is not None:
            from kg.lexicon import cut

            if "讯" not in cut(m.group(0).rstrip()) or _NEWS_ARRIVING.search(m.group("channel")) is not None:
                return None  # (移动互联网传来喜讯 …: 讯 a word's last character, no dateline's)
    if m is None and b.kind == "paragraph":
        m = _BRAND_NEWS.match(norm, b.start, b.end)
        if m is not None:
            from kg.gazetteer import names_a_division
            from kg.lexicon import cut, is_common_word
            from kg.towns import counties_of

            name = m.group(1)
            if cut(m.group(0).rstrip())[-1] != "讯" or names_a_division(name) or name.endswith(_FILED_FROM) \
                    or len(name) < 3 or (cut(name) == [name] and is_common_word(name)) \
                    or any(counties_of(name + kind) for kind in ("镇", "乡", "街道")):
                return None  # (传来喜讯 近日: a word's last character; 镇江讯, 东街街道讯, 梁弄讯 近日: the place it
                # was filed from; 党建讯, 组工讯 近日: a column's word of two characters, no outlet's name)
    return None if m is None or m.group(1).startswith("本") else m  # (本报讯: the page's own, unnamed)


_EDITION = re.compile(r"\s*(?:\d|第)")  # after a paper's name: its date, issue or page
# an e-paper reader's page: its page's number and its buttons (第2版:要闻, 版面导航, 上一版, PDF原版)
_E_PAPER_S_PAGE = re.compile(r"第\s*\d{1,3}\s*版|版面导航|上一版|下一版|PDF原版")
# a paper's name alone (内蒙古商报, 中国城市报; not 工作简报, 社区喜报, 宣传海报: kinds of papers, no masthead)
_PAPER_ALONE = re.compile(r"\s*([\u4e00-\u9fff]{2,10}(?<![简喜快通公汇画情预海学])报)\s*")
_PAPER_MASTHEAD = re.compile(r"\s*([\u4e00-\u9fff]{2,10}(?:日报|晚报|报))\s+" + _PAPER_S_DAY + r"\s*")
_APP_DATED = re.compile(r"\s*([\u4e00-\u9fff]{2,10}(?:日报|晚报|报|网))客户端\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
                        r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*")
# 《安徽日报》(2025年4月11日4版): the paper, its day and page
_E_PAPER_HEADER = re.compile(r"\s*日期\s*[:：]\s*[\[【]?[^\]】]{6,16}[\]】]?\s*-{1,2}\s*([\u4e00-\u9fff]{2,12}?)"
                             r"\s*-{1,2}\s*版次")
_PAPER_OF_THE_DAY = re.compile(r"\s*《\s*([\u4e00-\u9fff]{2,10}(?:日报|晚报|报))\s*》\s*[(（]\s*(?:19|20)\d{2}年"
                               r"\d{1,2}月\d{1,2}日\s*(?:第?\s*\d{1,3}(?:-\d{1,3})?\s*版)?\s*[)）]\s*"
                               r"(?:第?\s*\d{1,3}\s*版\s*)?")  # (《四平日报》(2025年11月26日) 03版: the page after;
# 《 人民日报 》( 2023年04月25日 05 版): 人民网's blanks inside the marks and before 版)
# 程 姣 《 人民日报海外版 》( 2024年06月13日   第 10 版): an e-paper's byline, the writers, the paper in its marks
# (blanks inside them), the day and the page (a paper's name, 日报海外版 too; its page tells it from a reading cited;
# no colon before the marks: 王明：《党建引领基层治理》, a reading)
_E_PAPER_BYLINE = re.compile(r"\s*(?:[^《》()（）\d。，,：:]{2,30}?\s*)?"
                             r"《\s*([\u4e00-\u9fff]{1,10}(?:报|报海外版|時報|日報))\s*》\s*[(（]\s*"
                             r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*第\s*\d{1,3}\s*版\s*[)）]\s*")
# 《团结报》2020年11月3日第4-5版: the brackets left out (above the article's body only: a list of readings at its
# end cites papers so); (《中国社会报》2016年12月16日2版): the whole in brackets, a reprint's note of its source
_PAPER_S_DAY_LINE = re.compile(r"\s*[(（]?\s*《([\u4e00-\u9fff]{2,10}(?:日报|晚报|报))》\s*(?:19|20)\d{2}年\d{1,2}月"
                               r"\d{1,2}日\s*(?:第?\d{1,3}(?:-\d{1,3})?版)?\s*[)）]?\s*")
_PRINTED_BY = re.compile(r"(?:刊号|CN\s?\d{2}-\d{4})[^\u4e00-\u9fff]*\s*([\u4e00-\u9fff]{2,10}(?:日报社|报社))出版")
# 发布机构 | 乌盖苏木 |, 发文机关: 潞州区民政局 |: a government page's field of who issued it
_ISSUER = re.compile(r"(?:发布机构|发文机关|发文机构|发文单位)\s*[|｜:：]\s*"
                     r"([\u4e00-\u9fff]{2,30}?)(?=[^\u4e00-\u9fff]|(?:成文|发布|印发|发文)(?:日期|时间)|$)")
# (发文机构：大田县人民政府办公室成文日期：…: the next field's label glued on)


def _publisher_parts(source: str) -> list[str]:
    """中国义乌网·义乌商报, 合肥在线-合肥日报: a site and its paper, each a publisher."""
    parts = [p.strip() for p in re.split(r"[·•\-—–|｜/、]", source)]  # (魏都区委组织部、许昌市委组织部: two
    # bodies listed)
    parts = [p[1:p.index("》")] if p.startswith("《") and (p.endswith("》") or _EDITION.match(p, p.index("》") + 1))
             else p for p in parts]  # 光明网-《光明日报》; 《中国社会工作报》8月21日4版: the paper, then its date and
    # page (《中国民族》杂志 stays whole)
    parts = [_TRAILING_NUMBER.sub("", p) for p in parts]  # (digits alone, 12345, have no character before them)
    kept = [p for p in parts if len(p) >= 2]
    if len(kept) >= 2:
        kept = [p for p in kept if not p.endswith("频道")] or kept  # 人民网-江苏频道: a site's channel, its page
    kept = [p for p in (kept or [source]) if not _NO_OUTLET.fullmatch(p) and not p.startswith(_UNKNOWN)]
    return kept




# 来源:本站, 本站原创, 本网: the page's own site, unnamed; 来源: sp20241125: a code of the site's, no outlet's name;
# 来源: 管理员, 办公室: who posted it, of no outlet named
_NO_OUTLET = re.compile(r"本(?:站|网|刊|报|台)(?:原创|编辑|综合)?|原创|(?:网站|系统)?管理员|办公室"
                        r"|(?:网络|互联网)(?:整理)?|推广|广告"
                        r"|(?=[A-Za-z0-9_]*\d{4})[A-Za-z0-9_]+"
                        r"|返回(?:上页|上一页|首页|列表|顶部)?|打印(?:本页)?|关闭(?:窗口)?|收藏|分享")
# (来源:  返回上页: an empty field, then the page's buttons; 稿件来源:推广, 来源:网络整理: an advertisement, words
# gathered from the web)


_COUNTER_GLUED = re.compile(r"(?<=[\u4e00-\u9fff])(?:\d*次(?:阅读|浏览|点击|访问)"
                            r"|(?:阅读|浏览|点击|访问)(?:量|数|次数))$")
_TRAILING_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff])\d+$")  # 人民日报222: a counter the page glued on


# a party body or a place's committee credited in a byline, where names would stand (通讯员:龙井村党支部)
# 贯岭镇, 城南街道: a township's name, two or three characters before its kind
_A_TOWNSHIP_CREDITED = re.compile(r"[\u4e00-\u9fff]{2,3}(?:镇|乡|街道)")
_A_BODY_CREDITED = re.compile(r"\s*[\u4e00-\u9fff]{2,10}?(?:党支部|党总支|党委|党工委|支部|委员会|村委会|居委会)"
                              r"(?![\u4e00-\u9fff])")


def byline_names(line: str) -> list[tuple[str, int, int]]:
    """(name, start, end) for people named after a byline role in one line."""
    out: list[tuple[str, int, int]] = []
    roles = list(_ROLE.finditer(line))
    if roles:  # (刘敬宗 本报记者 苏文保): bare names before the first role are authors too
        lead = re.sub(r"(本报|本台|本刊|本网)$", "", line[:roles[0].start()].rstrip()).rstrip()
        outlet = _AN_OUTLET_S_CREDIT.fullmatch(lead)  # 潼关融媒:倪超 编辑:佳雨: the outlet's colon, its writer
        if outlet is not None:
            lead, line_at = outlet.group(1), outlet.start(1)
            out.extend((n, line_at + a, line_at + z) for n, a, z in names_line(lead))
        elif lead and not _PROSE.search(lead):  # (邓爽 农民日报·中国农网记者 吕兵兵): the names before an outlet
            out.extend(names_line(lead) or _leading_names(lead))
    for i, m in enumerate(roles):
        stop = roles[i + 1].start() if i + 1 < len(roles) else len(line)
        segment = line[m.end():stop]
        # names run until a bracket or the end; separated by spaces, 、 or ，
        segment = _GLUED_FIELD.split(re.split(r"[)）】\]]", segment)[0])[0]
        pos = m.end()
        paired = _paired_characters(segment)
        if paired:  # 记者 向 炜 徐 冉 李 宇: two-character names each set out a character at a time
            out.extend((n, pos + a, pos + z) for n, a, z in paired)
            continue
        body = _A_BODY_CREDITED.match(segment)
        if body is not None:  # 通讯员:龙井村党支部: a body credited, no person; the names after it are read on
            segment, pos = segment[body.end():], pos + body.end()  # (通讯员 青岩镇党委 李华 张强)
        for part in _credit_parts().finditer(segment):  # 作者:电视台:黄曦: the body is skipped
            token = _DATE_AFTER.sub("", part.group(0))  # 彭桂红2018-07-06: the page's date glued to the name
            if part.lastgroup == "spaced":  # 责任编辑:覃 茂: a two-character name set out to a three's width
                out.append((token[0] + token[-1], pos + part.start(), pos + part.end()))
                continue
            if segment[part.end():part.end() + 1] in (":", "：") or (
                    segment[part.end():part.end() + 1] == "/" and part.group(0) in _FIELD_LABELS):
                if out and out[-1][1] >= m.end():
                    break  # 作者:方翠霞 来源:油坊店乡: the next field's label ends the names of this one
                continue  # 阅读数：1862, 电视台：黄曦: a field's label, not a name
            lost = len(token) - len(token.lstrip("□■"))  # 记者张勇 □姜秀玲 胡中开: a box where the next role word
            token = token[lost:]  # (通讯员) stood, the names after it the role's
            name = _NAME_TAIL.sub("", token)
            start = pos + part.start() + lost
            if _OUTLET.fullmatch(name) or name in _NO_NAME or name.endswith(_STAFF_HANDLES) \
                    or (name.endswith("报") and name[0] not in _surnames()):
                continue  # 作者:佚名: the page says it has no name to give (编辑:江南小编: the site's staff, a handle;
                # 作者 新快报, 作者:大河报: a paper, no surname first, named in the writer's field)
            if name[:1] in _NEGATIONS and not any(_a_place(token[:k]) for k in (2, 3)):
                continue  # 作者:未通过审核, 无名氏, 不得转载: the page's notice, no name, and the line read on
                # (无锡市…, 无为市…: a place's name begins the body credited)
            if m.end() == m.end(1) and part.start() == 0 and (_a_common_word(name) or _a_verb_run_on(name) or (
                    _a_word_of_no_surname(name) and line[pos + part.end():pos + part.end() + 1].isspace()
                    and _PROSE_MARK.search(line, pos + part.end()) is not None
                    and _ROLE.search(line, pos + part.end()) is None)):
                break  # 记者看到，…, 在记者眼里: a word glued to the role is the sentence's, one the page cut
                # short, no name (记者 陆续: a name set apart stays one; 记者亲见 一年后…,…: a word of jieba's whose
                # first character is no surname, glued to the role, a heading's prose after a blank; 记者别致 alone,
                # 记者满园,通讯员李明: names of rare surnames)
            if m.end() == m.end(1) and part.start() == 0 and m.start() > 0 and is_han(line[m.start() - 1]) \
                    and (m.start() == 1 or not is_han(line[m.start() - 2])) and _a_word_of_no_surname(name):
                break  # 小记者风采: a role one character opens and a word closes, glued on both sides, is a column's
                # name (a children's reporters' page), no credit (张倩记者别致: a name before the role; 本报记者高原:
                # the outlet's)
            if _a_column_s_name(name):
                continue  # 编辑:直通县市: the column that ran the piece, two words and no surname first, no editor
            if name != token and token.endswith("报道") and _a_place(name):
                continue  # 记者 许洪胜 东营报道: where the reporter filed from, not a second reporter
            run = run_together_names(name)
            if len(name) == 4 and run and not name.startswith(compound_surnames()):
                out.extend((n, start + a, start + z) for n, a, z in run)  # 通讯员杨琼柳颖: two names
                continue
            if len(name) == 2 and _an_unsurnamed_word(name):
                break  # 网络编辑 政务 2022-09-19 … 居民 党支部: a common word whose first character is no surname, the
                # page's section, and its tags after it: no names on this line
            if _A_TOWNSHIP_CREDITED.fullmatch(name) and name[0] not in _surnames():
                continue  # 作者:张文奎 林庆丰 贯岭镇: the township that sent the piece with its writers, no person
                # (王家镇: a surname first, a name perhaps)
            if _NAME.fullmatch(name) and not _ORG_SUFFIX.search(name) and not _ACCOUNT.search(name) \
                    and not _an_office(name) and not _PEOPLE_S_BODY.search(name):
                out.append((name, start, start + len(name)))
                continue
            if run:
                out.extend((n, start + a, start + z) for n, a, z in run)
            elif out and token and not _NAME.fullmatch(name):
                break
    return out


@lru_cache(maxsize=1)
def _credit_parts() -> re.Pattern[str]:
    """A credit's names: runs between spaces and marks, or a surname and one character with one space or two
    between them, as pages set a two-character name out to the width of three (作者:王丹莉 武 力, 记者  刘  睿)."""
    from kg.lexicon import surnames

    return re.compile(rf"(?<![\u4e00-\u9fff])(?P<spaced>[{''.join(sorted(surnames()))}][ \u3000]{{1,2}}[\u4e00-\u9fff])"
                      r"(?![ \u3000]{1,2}[\u4e00-\u9fff](?:[\s、,，/:：?]|$))(?=[\s、,，/:：?]|$)|[^\s、,，/:：?]+")


def _a_column_s_name(name: str) -> bool:
    """直通县市, 基层动态: four characters no surname begins that cut into two words of two, one in common use, a
    column's name where a credit's should stand (阿依古丽: one name of jieba's; 欧阳晓东: a compound surname, then
    the given name; 扎西顿珠, 尼玛扎西: two rare words, a Tibetan's name)."""
    from kg.lexicon import any_surnames, cut, is_common_word, word_freq

    words = cut(name)
    return len(name) == 4 and name[0] not in any_surnames() and len(words) == 2 \
        and all(len(w) == 2 and word_freq(w) > 0 for w in words) and any(map(is_common_word, words))


_NEGATIONS = frozenset("未不无没")  # (未通过审核, 无名氏, 不得转载: a notice; no name begins with one)
_OFFICE_ENDS = ("局", "办", "委", "厅", "处", "所", "站", "部", "科", "中心")


def _an_office(name: str) -> bool:
    """编辑:农业局: an office's short name, a word and the office's kind (农业|局), no person's (农 is a surname)."""
    from kg.lexicon import is_common_word

    end = next((e for e in _OFFICE_ENDS if name.endswith(e)), None)
    return end is not None and len(name) > len(end) + 1 and is_common_word(name[:-len(end)])


def _an_unsurnamed_word(name: str) -> bool:
    """政务, 新闻, 综合: a word in common use whose first character is no surname (江南, 高原: reporters' names)."""
    from kg.lexicon import is_common_word

    return _a_word_of_no_surname(name) and is_common_word(name)


_ONE_BY_ONE = re.compile(r"\s*(?:[\u4e00-\u9fff][ \u3000]+){3,}[\u4e00-\u9fff]\s*")


def _paired_characters(segment: str) -> list[tuple[str, int, int]]:
    """Names written one character at a time (向 炜 徐 冉 李 宇, 李 建 国 王 文 华): every second (or third)
    character a surname and none of the others a common one, taken in order; else none."""
    if _ONE_BY_ONE.fullmatch(segment) is None:
        return []
    from kg.lexicon import common_surnames, surnames

    common = common_surnames()
    chars = [(c.group(0), c.start()) for c in re.finditer(r"[\u4e00-\u9fff]", segment)]
    for size in (2, 3):  # (李 建 国 王 文 华: names of three, a surname in the second place of a pair)
        if len(chars) % size == 0 and all(chars[k][0] in surnames() for k in range(0, len(chars), size)) \
                and not any(chars[k][0] in common for k in range(len(chars)) if k % size):
            return [("".join(c for c, _ in chars[k:k + size]), chars[k][1], chars[k + size - 1][1] + 1)
                    for k in range(0, len(chars), size)]
    return []


def _a_word_of_no_surname(name: str) -> bool:
    """亲见, 手记: a word of jieba's, however rare, whose first character no surname is."""
    from kg.lexicon import surnames, word_freq

    return bool(name) and name[0] not in surnames() and word_freq(name) > 0


def _a_verb_run_on(name: str) -> bool:
    """采访获悉, 了解到, 走访中: a verb whose first character no surname is, and more words after it, glued to a
    role: the sentence's (记者采访获悉,…: the reporter learnt), no name (记者别致: one word alone stays a name)."""
    from kg.lexicon import any_surnames, cut, word_tag

    words = cut(name)
    return len(words) > 1 and len(words[0]) > 1 and name[0] not in any_surnames() and word_tag(words[0]) in ("v", "vn")


def _a_common_word(name: str) -> bool:
    """看到, 眼里: a word in common use that no name is, a verb, adverb, locative or the like (江南, 高原, 方向
    are nouns, and reporters' names as well)."""
    from kg.lexicon import is_common_word, word_tag

    return is_common_word(name) and word_tag(name)[:1] in ("v", "d", "s", "f", "r", "p", "c", "u", "t")


def _a_place(name: str) -> bool:
    """A division's name, full or short (东营, 济南市), or two of them run together (广东中山): a dateline's
    place."""
    from kg.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    return bool(gaz.lookup(name)) or any(gaz.lookup(name[:k]) and gaz.lookup(name[k:]) for k in range(2, len(name) - 1))


@lru_cache(maxsize=1)
def compound_surnames() -> tuple[str, ...]:
    from kg.lexicon import lexicon

    return tuple(lexicon()["person"]["compound_surnames"])


def run_together_names(text: str) -> list[tuple[str, int, int]]:
    """通讯员王京京张力董立新: names a page wrote without the spaces between them, when the run splits one
    way only into names of two or three characters, each a common surname first and no common word."""
    from kg.lexicon import is_common_word, surnames

    if not 4 <= len(text) <= 12 or not all(map(is_han, text)):
        return []
    family = surnames()

    def splits(at: int) -> list[list[tuple[int, int]]]:
        if at == len(text):
            return [[]]
        found = []
        for k in (2, 3):
            name = text[at:at + k]
            if len(name) == k and name[0] in family and not is_common_word(name):
                found += [[(at, at + k), *rest] for rest in splits(at + k)]
        return found

    ways = splits(0)
    if len(ways) != 1 or len(ways[0]) < 2:
        return []
    return [(text[a:z], a, z) for a, z in ways[0]]


NAMES_LINE_BLOCKS = 6  # a line of bare names is a byline only among the page's first lines


_OUTLET_ENDS = ("网", "报", "台")  # what a site's, a paper's or a station's short name ends in


def _a_place_s_name(name: str) -> bool:
    """Whether ``name`` is a division's short name or a town's or village's stem (唐山, 柯桥, 宋庄, 马村)."""
    from kg.gazetteer import load_gazetteer
    from kg.towns import counties_of

    return bool(load_gazetteer().lookup(name)) or name.endswith(("村", "庄", "镇", "乡")) or any(
        counties_of(name + kind) for kind in ("镇", "乡", "街道"))


def names_line(line: str, *, sent: bool = False, rare: bool = False) -> list[tuple[str, int, int]]:
    """(name, start, end) when a line is nothing but one to four people's names (徐凌燕 叶诗蕾).

    Pages often put the authors under the headline with no role word. Each
    part must look like a name: two or three characters, a common surname
    first, and not a dictionary word. Names that a body ``sent`` (街道办事处
    江漫), or that a credit's place gives (…建议。(徐洋), (林青 摄)), are names
    whatever their given name is (漫 is a word too), and may be rare words. Where
    the context says only people follow, a ``rare`` surname of the 百家姓 may begin
    one too (…6月26日电(傅飞扬 雷沈英)).
    """
    from kg.lexicon import any_surnames, is_common_word, surnames, word_freq, word_tag

    lead = _BULLET.match(line).end()  # type: ignore[union-attr]
    parts = list(_names_line_parts().finditer(line, lead))  # (陈伟东、孔娜娜、张大维: a list of names)
    if not 1 <= len(parts) <= (_MOST_SENT if sent else 4):
        return []  # (a credit's place gives up to six: 中国报道讯(陈兵 朱波娜 郑梦娇 郭磊 沈骁 报道))
    out = []
    family = any_surnames() if rare else surnames()
    for m in parts:
        name = m.group(0).replace(" ", "").replace("\u3000", "")  # (■唐 燕: set out to a three's width)
        if not (2 <= len(name) <= 3 and _NAME.fullmatch(name) and name[0] in family) or (
                len(parts) == 1 and (name.endswith((*_OUTLET_ENDS, "版")) or (
                    len(name) == 2 and _a_place_s_name(name)))):
            return []  # (黄河网, 华文网 alone on a line: a site's name, its first character a surname's; 唐山, 宋庄: a
            # place's short name, a town's or a village's; 安卓版: an app's edition, a download menu's item)
        spaced = len(name) < len(m.group(0))  # (a name so set out is one, whatever its given name is)
        listed = sent and len(parts) >= 3 and word_tag(name).startswith("nr")  # (陈兵 朱波娜 郑梦娇: among
        # others sent, jieba's person's name, a word too, is the name)
        if is_common_word(name) or (word_freq(name) > (_RARE_WORD if sent else 0) and not _known_person(name)
                                    and not listed) or (
                is_common_word(name[1:]) and not sent and not spaced and len(name) != 2):
            return []  # (王士强 许乐, 葛强: a one-character given name is any character, where the two make no
            # word of the dictionary's)
        out.append((name, m.start(), m.end()))
    return out


_MOST_SENT = 6


def _names_but_a_word(line: str) -> list[tuple[str, int, int]]:
    """〉〉〉〉〉史湘洲 高亢 叶含勇: three or four parts set apart by blanks, each a surname and one or two characters,
    all names but one of two characters that is also a word, seldom used (高亢): the others vouch for it (史湘洲 高亢:
    too few; 史湘洲 时政 要闻: one name among a menu's words; 李明 张华 文字, 高兴: a word in common use)."""
    from kg.lexicon import is_common_word, surnames

    lead = _BULLET.match(line).end()  # type: ignore[union-attr]
    parts = list(re.finditer(r"\S+", line[lead:]))
    if not 3 <= len(parts) <= 4 or not all(
            2 <= len(p.group(0)) <= 3 and all(map(is_han, p.group(0))) and p.group(0)[0] in surnames() for p in parts):
        return []
    named = [p for p in parts if names_line(p.group(0))]
    if len(named) != len(parts) - 1 or any(len(w := p.group(0)) != 2 or is_common_word(w) or w in _NO_NAME
                                           for p in parts if p not in named):
        return []
    return [(p.group(0), lead + p.start(), lead + p.end()) for p in parts]


_A_SERVICE_S_LAST = frozenset("帮屋站坊驿家园苑堂吧所")


def _names_and_a_rare_surname(line: str) -> list[tuple[str, int, int]]:
    """旷文恒 李 湘: two to four parts set apart by blanks, all names but one of three characters whose surname is
    none the lists hold (旷), which make no word and hold none in common use: the others vouch for it (旷文恒 alone:
    too little; 李湘 红旗村, 李湘 党建网, 李湘 新时代: a place, an outlet, words)."""
    from kg.lexicon import is_common_word, word_freq

    lead = _BULLET.match(line).end()  # type: ignore[union-attr]
    parts = list(_names_line_parts().finditer(line, lead))
    if not 2 <= len(parts) <= 4:
        return []
    found = [names_line(p.group(0)) for p in parts]
    odd = [p.group(0) for p, f in zip(parts, found, strict=True) if len(f) != 1]
    if len(odd) != 1 or len(word := odd[0]) != 3 or not all(map(is_han, word)) or word_freq(word) > 0 \
            or is_common_word(word[:2]) or is_common_word(word[1:]) or word[-1] in _PLACE_LAST \
            or word.endswith((*_BODY_OR_PLACE_ENDS, *_OUTLET_ENDS)) or _a_place(word[:2]) \
            or word[-1] in _A_SERVICE_S_LAST:
        return []  # (张伟 邻里帮, 张伟 暖心屋: a service's brand set beside a name)
    return [(f[0][0], p.start() + f[0][1], p.start() + f[0][2]) if f else (p.group(0), p.start(), p.end())
            for p, f in zip(parts, found, strict=True)]


@lru_cache(maxsize=1)
def _names_line_parts() -> re.Pattern[str]:
    """A names line's parts: runs between blanks and 、, or a surname and one character with one blank
    between them (唐 燕), as print sets a two-character name out to the width of three; not where a third
    character follows apart (张 燕 李: three names of one character, or a phrase spaced out)."""
    from kg.lexicon import surnames

    return re.compile(rf"[{''.join(sorted(surnames()))}][ \u3000][\u4e00-\u9fff](?![^\s、])"
                      r"(?![ \u3000][\u4e00-\u9fff](?:[\s、]|$))|[^\s、]+")


# How often a word of jieba's may be used and still be a name where the context sends one (…建议。(徐洋))
_RARE_WORD = 20


def _known_person(name: str) -> bool:
    """王亚东: a three-character name jieba's dictionary holds as a person's (nr) and seldom uses. Two
    characters tagged so are as often words (白云, 周全, 方正), and stay refused."""
    from kg.lexicon import word_freq, word_tag

    return len(name) == 3 and word_tag(name).startswith("nr") and word_freq(name) < 50


def _leading_names(text: str) -> list[tuple[str, int, int]]:
    """The bare names a run of space-separated words begins with (邓爽 农民日报·中国农网: 邓爽)."""
    out = []
    for part in re.finditer(r"\S+", text):
        found = names_line(part.group(0))
        if len(found) != 1:
            break
        name, a, z = found[0]
        out.append((name, part.start() + a, part.start() + z))
    return out if out and len(out) < len(text.split()) else []


def _bracketed(line: str) -> list[tuple[str, int, int]]:
    """The names of the bylines in brackets at a paragraph's start or end."""
    if "(" not in line and "（" not in line and "【" not in line:
        return []  # (most lines: the pattern tries every offset before it fails)
    return [(n, m.start(1) + a, m.start(1) + z) for m in _BRACKETED_BYLINE.finditer(line)
            for n, a, z in (byline_names(m.group(1)) or _closing_names(line, m) or _dateline_names(line, m)
                            or _names_opening(line, m))]


def _names_opening(line: str, m: re.Match[str]) -> list[tuple[str, int, int]]:
    """(宋旭 王东红 吕建全 石颍)洪涛山麓,…: two or more bare names in the brackets that open a lead, nothing before
    them, are its authors (本报讯(王博): a dateline's, read by ``_dateline_names``; (张三)说: one name alone may be
    the sentence's subject)."""
    if line[:m.start(1) - 1].strip() or not line[m.end():m.end() + 1].strip():
        return []
    names = names_line(m.group(1))
    return names if len(names) >= 2 and not any(_a_caption_mark(n) for n, _, _ in names) else []  # ((左起 宋旭
    # 王东红): a photograph's people, left to right)


def _dateline_names(line: str, m: re.Match[str]) -> list[tuple[str, int, int]]:
    """本网唐山讯(白永军): bare names in the brackets right after the dateline's 讯 are the piece's authors;
    a body or a pen-name written there (党建办, 程溪镇, 宁组宣: a word, or the end of a body's or place's
    name) is none."""
    from kg.lexicon import word_freq, word_tag

    before = line[:m.start(1) - 1].rstrip()
    if not before.endswith(("讯", "消息")) and _DATELINE_CABLE.search(before) is None:
        return []  # (宁德网消息(张尚瑶 张声平), 新华社昆明5月15日电(许万虎、刘超))
    inner = m.group(1)
    tail = _NAME_TAIL.search(inner)
    names = names_line(inner[:tail.start()].rstrip() if tail is not None and tail.start() > 0 and inner[
        tail.start() - 1] == " " else inner, sent=True, rare=True)  # (王博: after 讯 a one-character given name too;
    # …沈骁 报道: the names, then their credit's kind; 傅飞扬: a rarer surname, where only people stand)
    if not names and _unsurnamed(m.group(1)):
        return [(m.group(1), 0, len(m.group(1)))]  # 中新网新疆新闻8月30日电(加尔达), …电(阿依古丽): a name no
        # surname begins, as many of Xinjiang's, Tibet's and Inner Mongolia's are, where only a name stands
    if any((word_freq(n) > 0 and not _known_person(n) and not (len(names) >= 3 and word_tag(n).startswith("nr")))
           or n.endswith(_BODY_OR_PLACE_ENDS) for n, _, _ in names):
        return []  # (本报讯(张晓东): a name jieba's dictionary holds as a person's, seldom used, is one)
    return names


def _unsurnamed(text: str) -> bool:
    """A name of two to five characters with no surname: jieba's name (阿依古丽), or syllables it holds no word
    for (加|尔|达); no body, place or words (社区|供稿, 党建|办, 塔城)."""
    from kg.gazetteer import load_gazetteer
    from kg.lexicon import cut, word_tag

    if not _UNSURNAMED.fullmatch(text) or text.endswith(_BODY_OR_PLACE_ENDS) or _a_caption_mark(text):
        return False
    if any(g.start == 0 and g.end == len(text) for g in load_gazetteer().find_all(text)):
        return False
    return word_tag(text) == "nr" or (len(text) >= 3 and all(len(t) == 1 for t in cut(text)))  # (供|图, 上|篇:
    # a credit's or a layout's two characters)


_UNSURNAMED = re.compile(r"[\u4e00-\u9fff]{2,5}")


# a news agency's or a site's dateline: 新华社昆明5月15日电, 网易河南9月20日报道
_DATELINE_CABLE = re.compile(r"\d{1,2}日(?:电|报道)$")
def _a_caption_mark(name: str) -> bool:
    """(左图), (左一), (文图), (金句), (鲁网): where a picture stands, a credit's or a column's label, an outlet;
    read as names once a name closing a paragraph may be any characters."""
    from kg.lexicon import word_freq

    caption_end = name[-1] in "网句版" or (name[-1] in "图文" and (
        len(name) <= 2 or name[0] not in _surnames() or word_freq(name[:2]) > 0))
    # (陈伟文, 李宏图: a surname, then a given name; 全景图, 高清图, 施工图: a word, then 图, a picture's label)
    return name[0] in "左右上下前后中" or caption_end or any(c in "一二三四五六七八九十" for c in name[1:])


_BODY_OR_PLACE_ENDS = tuple("办委镇乡村局部宣站所处厅院队组社")  # what bodies' and places' short names end in


_SENT_IN = re.compile(r"\s+(?:供稿|供图|报送)$")


_PHOTO_BY = re.compile(r"\s*/?\s*摄$")


def _closing_names(line: str, m: re.Match[str]) -> list[tuple[str, int, int]]:
    """…办好事5600多件。(邓慧峰、罗小群): bare names in the brackets that close a paragraph are its authors;
    so are the names after the body that sends the piece (兰考县桐乡街道办事处 杨文博, 企事业组织室 陈汉杰)."""
    if line[m.end():].strip(" \t|｜"):  # (企事业组织室 陈汉杰) |: a page's bar after it is no text
        return []
    inner = _SENT_IN.sub("", m.group(1).replace("、", " "))  # (…区委网信办 沈杰松 供稿): who sent the piece in
    listed = _SENT_IN.sub("", m.group(1))  # (李 涛、郭 瑶): 、 kept between names each set out to a three's width,
    # which blanks alone would run together (李 涛 郭 瑶: four characters apart)
    if " " not in inner.strip():
        inner = listed = _PHOTO_BY.sub("", inner)  # (孙戉摄): the photographer's name, 摄 after it (read_credits: a
        # contributor; 陈思源、林一鸣摄: several, read as before)
    before = line[:m.start(1) - 1].rstrip()
    quoted = before.endswith(("”", '"', "」"))
    # (…意见建议。(徐洋): after a sentence's full stop, a name alone is its author's whatever its given name is)
    closing = before.endswith(("。", "！", "？"))
    names = [] if quoted else names_line(listed, sent=closing)  # 。”(张桂梅): after a quotation, a name alone is
    # its speaker
    if closing:
        names = [n for n in names if not _a_caption_mark(n[0])]
        if not names and not quoted and " " not in listed and not _a_place(listed):
            names = [n for n in run_together_names(listed) if not _a_place_s_name(n[0])]  # …服务水平。(张涛高云):
            # two names the page ran together, split one way only (石家庄市: a place, no names)
    return names or _sent_by_a_body(inner, closing=True)


def _sent_by_a_body(text: str, *, closing: bool = False) -> list[tuple[str, int, int]]:
    """兰考县桐乡街道办事处 杨文博, 云南省临沧市云县委组织部 杨燕 杨李成: a body, then the people it sends the piece
    by."""
    body = re.match(r"\s*(\S+)\s+", text)
    word = body.group(1) if body is not None else ""
    if body is None or not (_a_body(word) or (closing and _a_sending_place(word))
                            or (_OUTLET.fullmatch(word) and not _a_word(word))):
        return []  # ((封面新闻 杨铠): the outlet, then its reporter; (海报 王建国): a poster, a word, no outlet)
    names = names_line(text[body.end():], sent=True)
    if closing and not _a_body(word):  # (平江县 高桥镇), (城关镇 李家湾): a photo's places, no writer's name
        names = [n for n in names if n[0][-1] not in _PLACE_LAST and not _a_place_s_name(n[0])]
    return _shifted(names, body.end())


_SENDING_PLACES = ("街道", "镇", "乡", "社区", "市", "县", "区", "旗")  # ((德凤街道 杨渊): the street's office, its
# writer; (凌海市 王跃辉): the city's)


def _a_body(word: str) -> bool:
    """Whether ``word`` names a body by its suffix (街道办事处, 组织部, 企事业组织室, 日报社)."""
    return len(word) >= 3 and (word.endswith(_body_suffixes()) or _ORG_SUFFIX.search(word) is not None)


def _a_sending_place(word: str) -> bool:
    """Whether ``word`` names a place whose office sends a piece, in the brackets that close it ((德凤街道 杨渊))."""
    return len(word) >= 3 and word.endswith(_SENDING_PLACES)


@lru_cache(maxsize=1)
def _body_suffixes() -> tuple[str, ...]:
    from kg.lexicon import organization_suffixes

    return (*organization_suffixes(), "室", "科", "处", "股")


# 本报讯(记者马龙)2月9日,…: a lead opening with its outlet's news and its credits in brackets (after 新闻推荐: another
# piece's, however the splitter read it, a line of fields for its brackets)
_A_LEAD_S_CREDIT = re.compile(r"\s*[\u4e00-\u9fff]{1,12}(?:讯|电)\s*[(（]")


def byline_blocks(doc: Document) -> list[tuple[int, list[tuple[str, int, int]]]]:
    """(block start, names) of every byline: role lines (记者 张三) and bare-name lines near the top."""
    out = []
    last = max((i for i, b in enumerate(doc.blocks) if b.kind in ("paragraph", "heading")), default=-1)  # the
    # article's last line of text (its fields after it: 责任编辑:…)
    top = True  # no paragraph yet, a page's date or source before: where authors stand by name alone, however
    met = False  # much clutter the page put above its headline (• banner1-4.png …), right after the page's
    others = False  # past a label of other pieces after the body (新闻推荐, 相关阅读): their leads' bylines
    for i, b in enumerate(doc.blocks):  # fields or clutter (not under a heading: 社区党委书记|刘晓燕, a profile's)
        line = doc.norm[b.start:b.end]
        if not others and b.kind in ("heading", "clutter") and _other_pieces_label(line) and any(
                o.kind == "paragraph" and o.end - o.start >= 60 for o in doc.blocks[:i]):
            others = True
        if others and (b.kind in ("paragraph", "heading") or _A_LEAD_S_CREDIT.match(line) is not None):
            continue  # 新闻推荐, 渭城区政协提案工作…, 本报讯(王战利)…: another piece's headline and lead, its writer
            # no author of this page's (责任编辑:… after the list, a field of the page's, is read on)
        top = top and b.kind != "paragraph"
        met = met or b.kind == "meta"
        after_fields = i > 0 and doc.blocks[i - 1].kind in ("meta", "clutter")
        if b.kind in ("meta", "clutter"):  # …社区门外。(刘敬宗 本报记者 苏文保): a sentence holds only its brackets
            names = (byline_names(line) if not _FULL_STOP.search(line) else _closing_credit(line, i >= last)) \
                or _bracketed(line) \
                or _opening_credit(line)  # (记者 周波 通讯员 赵静报道：8月31日，…: a lead the splitter took for fields)
            if line[:1] in "(（" and len(bracketed := _bracketed(line)) > len(names):
                names = bracketed  # (刘敬宗 本报记者 苏文保) after its sentence: a bare name with the role's
            if not names and i < NAMES_LINE_BLOCKS and not _PROSE.search(line):
                names = names_line(line)  # ■ 赵 敏 孙丽华: bare names under the headline, a bullet before them
        elif _CREDIT_LINE.match(line) and len(line) <= 40 and not _PROSE.search(line):
            names = _surnamed(byline_names(line))  # 文/图|叶曙光, 编辑：彭桂红: a credit line of its own, anywhere
            written_by = _WRITTEN_BY.fullmatch(line)
            if not names and written_by is not None:  # 文/刘钊: written by, the writer's name alone
                at = written_by.start(1)
                names = [(n, at + a, at + z) for n, a, z in _surnamed(names_line(written_by.group(1)))]
            # (统筹资源 凝聚合力: a subheading whose first word is a role's, no credit)
        elif (i < NAMES_LINE_BLOCKS or (top and met and after_fields)) and not _PROSE.search(line):
            body_next = i + 1 < len(doc.blocks) and doc.blocks[i + 1].kind == "paragraph" \
                and not _its_subject_next(doc, line, doc.blocks[i + 1])
            names = names_line(line) or names_line(_PICTURES_CREDITED.sub("", line)) or _names_but_a_word(line) \
                or _names_and_a_rare_surname(line) or _bracketed(line) or (
                _sent_by_a_body(line) or (_posted_byline(line) if body_next else []) if top else [])
            # (全国优秀村党组织书记 王家明, then its date line: a profile's headline, its subject no author)
        else:  # 本报讯（记者 陈立新 通讯员 林晓）…, (韩佳彧 崔启楠): bylines in brackets at a paragraph's start or end
            names = _bracketed(line) or _closing_credit(line, i == last) or _opening_credit(line)
        label = doc.blocks[i - 1] if i > 0 else None
        if not names and label is not None and _LONE_AUTHOR_LABEL.fullmatch(doc.norm, label.start, label.end):
            names = names_line(line, sent=True)  # 作者, then 张岩 on the next line: a journal's layout of its byline
        names = names or _photo_credit(line) or _dated_outlet_names(line) or _e_paper_byline_names(line) \
            or _written_by_posted(line)
        names += [n for n in _reported_by(line) if n not in names]  # (宁宁/文 单毅夫 李书炳 图/视频: both credits)
        if names:
            out.append((b.start, names))
    return out


def _e_paper_byline_names(line: str) -> list[tuple[str, int, int]]:
    """程 姣 《 人民日报海外版 》( 2024年06月13日 第 10 版): the writers an e-paper's byline names before the paper."""
    if "《" not in line or _E_PAPER_BYLINE.fullmatch(line) is None:
        return []  # (the common case, without running the pattern)
    head = line[:line.index("《")]
    return byline_names(head) or names_line(head, sent=True)


# (图片由成都市武侯区委社治委提供) after a byline's names: who gave the pictures, in brackets (□文弦(…))
_PICTURES_CREDITED = re.compile(r"\s*[(（](?:图片|照片|配图)[^()（）]{1,30}[)）]\s*$")
# 文/刘钊, 文|林嘉俊, ◎文/刘钊: a line of the writer's name
_WRITTEN_BY = re.compile(r"\s*[◎●■□▲]?\s*文\s*[/|]\s*([\u4e00-\u9fff]{2,4})\s*")
# 文 | 黑龙江省黑河市委书记、市人大常委会主任 李锡文: written by, then the writer's unit, posts and name
_WRITTEN_BY_POSTED = re.compile(r"\s*[◎●■□▲]?\s*文\s*[/|｜丨]\s*(?=[\u4e00-\u9fff])")


def _written_by_posted(line: str) -> list[tuple[str, int, int]]:
    """The writer a signed piece's 文 | credit names after the unit and posts (文 | 黑河市委书记 李锡文); none where
    no post with its unit stands before the name (文 | 书记 王平, 文/图 …)."""
    m = _WRITTEN_BY_POSTED.match(line)
    return _shifted(_posted_byline(line[m.end():]), m.end()) if m is not None else []


_LONE_AUTHOR_LABEL = re.compile(r"\s*(?:作者|撰稿|撰文|执笔)\s*[:：]?\s*")  # a byline's label on a line of its own
# 2021.02.05 09:38 榆林日报 马蕊 王阳: a page's date, time and outlet, then the article's authors
_DATE_TIME = r"\s*(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?"
_DATED_OUTLET = re.compile(
    _DATE_TIME + r"\s+([^\s:：]{2,16}?(?:宣传部|报社|日报|晚报|电视台|新闻网|网|融媒体中心|新闻中心))\s+")
# 2024年04月09日 来源: 浙江在线 共享联盟·台州 陈璐婷 刘挺: the source field's outlet, its desk (a word, a point and a
# place), then the authors it sent, with no role
_SOURCE_THEN_NAMES = re.compile(r"(?:" + _DATE_TIME + r"\s+)?\s*来源\s*[:：]\s*[\u4e00-\u9fff]{2,16}?"
                                r"(?:网|在线|日报|晚报|报|电视台|融媒体中心)\s+(?:[\u4e00-\u9fff]{2,8}[·•・][\u4e00-\u9fff]{2,4}\s+)?")
# 2017-08-30曹煦: a page's date, its author's name written against it (a blank between them may be a place's)
_DATED = re.compile(_DATE_TIME + r"(?=[\u4e00-\u9fff])")
_DATED_SOURCE = re.compile(r"\s*" + _DATE_TIME + r"\s+(?:[-–—]\s*)?(?!浏览|点击|阅读|来源|作者|编辑|责编)"
                           r"([\u4e00-\u9fff]{4,12}|[\u4e00-\u9fff]{2,10}网)\s*")  # (- 浏览次数: a field's label)
# (a name of four or more: no person's; 安徽网, an outlet's; 2024-09-24 11:28:50 - 中卫发布: a dash between)


def _undoubled(name: str) -> str:
    """中国城市报中国城市报 → 中国城市报: a name a page printed twice, run together."""
    half = len(name) // 2
    return name[:half] if len(name) % 2 == 0 and name[:half] == name[half:] else name


def _a_credit_line(line: str) -> bool:
    """Whether a line is credits alone: roles and names, none of its parts longer than a role's (长江日报记者 汪文汉
    通讯员 江组轩; not 上一篇：央视网记者 李华 走进大凉山看新变化, 新华网记者走进三江口: other pieces' headlines)."""
    return not line.startswith(("上一篇", "下一篇", "相关")) and all(len(p) <= 6 for p in line.split())


# a line of its own, an outlet's name then its date (not 党建工作简报, 社区喜报: a kind of piece)
_OUTLET_OF_A_HEADING = re.compile(r"\s*[\u4e00-\u9fff]{2,10}(?:网|在线|杂志|信息港|(?<![简喜快通公汇画])报)\s")
_OUTLET_DATED = re.compile(r"\s*([\u4e00-\u9fff]{2,10}(?:日报|晚报|报|网|在线|杂志|信息港|新闻))"
                           r"(?:\s+|\s*[·•・]\s*|(?=(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}))"
                           r"(?:[\u4e00-\u9fff]{2,4}\s+)?"
                           r"(?:(?:阅读|浏览|点击)(?:数|量|次数)?\s*[:：]\s*\d+\s+)?"  # (衡水新闻网 阅读:2 2025-08-13
                           # 11:37:17: the page's reading counter between the outlet and its day)
                           + _DATE_TIME)  # (光山新闻网 采集侠 2022-09-23 14:32:07: a word between, whoever posted it;
# 南方都市报·2025-12-29 08:45: a point between; 党员生活杂志 2025-03-04, 西青信息港  2022/12/06: a magazine, a site;
# 开屏新闻2022-10-08 15:04: an app's news, glued to the day and the minute it posted the piece)
# (an outlet of any name: 新浪财经, 澎湃新闻; a minute after the day, as a post's time is written)
_OUTLET_DOT_DATED = re.compile(r"\s*([\u4e00-\u9fff]{2,10})\s*[·•・]\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
                               r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*")


# 云上老河口  2025-11-28 15:05:21, 长江云新闻 ©原创 2024-03-27 21:11: an outlet of any name (an app's: 云上X),
# then the day and the minute it posted the piece (its own piece marked 原创), a line of its own
_OUTLET_TIMED = re.compile(r"\s*([\u4e00-\u9fff]{4,10})\s+(?:©\s*)?(?:原创\s+)?(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
                           r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*")
# what ends a field's label or a column's name, no outlet's (发布时间, 更新日期; 工作动态, 通知公告)
_LABEL_OR_COLUMN_ENDS = ("时间", "日期", "发布", "发表", "更新", "来源", "作者", "编辑", "动态", "公告", "通知", "资讯",
                         "要闻", "快讯", "简讯", "信息", "浏览", "点击", "阅读")


def _an_outlet_timed(m: re.Match[str] | None) -> re.Match[str] | None:
    """``_OUTLET_TIMED``'s outlet, unless a label's or a column's (发布时间 2025-…, 工作动态 2025-…), a place's
    (湖北老河口 2025-…: a dateline's) or a person's (欧阳明月 2025-…: a poster's) name."""
    if m is None:
        return None
    name = m.group(1)
    if name.endswith(_LABEL_OR_COLUMN_ENDS) or (name.endswith("新闻") and name[:-2] in _NEWS_COLUMNS) \
            or _a_place(name) or name.startswith(compound_surnames()) or run_together_names(name):
        return None
    return m


def _an_outlet_dotted(m: re.Match[str] | None) -> re.Match[str] | None:
    """``_OUTLET_DOT_DATED``'s outlet, a name that ends as outlets' do (新浪|财经, 澎湃|新闻, 凤凰|网), unless it is
    a column's kind of news (本地新闻·…); no channel's, label's or place's (要闻·, 作者·, 河南·), nor how the piece was
    made (联合创作·2023-09-15 13:38)."""
    if m is None or m.group(1) in _HOME_STEPS or (m.group(1).endswith("新闻") and m.group(1)[:-2] in _NEWS_COLUMNS) \
            or not m.group(1).endswith(_OUTLET_WORDS) or len(m.group(1)) < 3:
        return None  # (要闻·, 社会·, 作者·, 河南·: a channel, a label or a dateline's place, no outlet)
    return m


# what an outlet's name ends in (新浪财经, 澎湃新闻, 凤凰网, 南方日报, 腾讯新闻客户端)
_OUTLET_WORDS = ("财经", "新闻", "网", "报", "客户端", "传媒", "在线", "电视台", "融媒")  # (热点资讯, 短视频, 基层观察,
# 公众号: columns and platforms' labels)


_PLACE_ENDS = tuple("村镇乡县区市州省旗甸滩湾")  # 2023-06-10黄店镇, 曹妃甸: a place, no author


def _shifted(names: list[tuple[str, int, int]], offset: int) -> list[tuple[str, int, int]]:
    """Names found in a part of a line, at their offsets in the line (the part began at ``offset``)."""
    return [(n, offset + a, offset + z) for n, a, z in names]


def _dated_outlet_names(line: str) -> list[tuple[str, int, int]]:
    """The names after a date and an outlet on a line of their own: the authors, whom the outlet sent; or
    after a date alone (2017-08-30曹煦: a page's date and its author, written together)."""
    m = _DATED_OUTLET.match(line) or _SOURCE_THEN_NAMES.match(line)
    if m is not None:
        return _shifted(names_line(line[m.end():], sent=True), m.end())
    m = _DATED.match(line)
    if m is None or line.rstrip().endswith(_PLACE_ENDS):
        return []
    rest = line[m.end():]
    return _shifted(names_line(rest) or run_together_names(rest.rstrip()), m.end())  # (2020-11-23 03:58闫长久张聪慧:
    # the authors' names run together too)


# 本报消息记者刘挺通讯员毕琛雷和平报道雨山区…: an outlet's own news, its credits written into the first
# sentence without brackets, up to 报道
_OPENING_CREDIT = re.compile(r"[\s○●◆■]*(?:本报|本台|本刊|本网|(?:[\u4e00-\u9fff]{2,8}?(?:网|台|报)/)?"
                             r"[\u4e00-\u9fff]{2,8}?(?:网|台|报|信息港|客户端)(?:[\u4e00-\u9fff]{2,3}(?=讯))?"
                             r"|[\u4e00-\u9fff]{2,4}(?=讯\s))(?:消息|讯)\s*((?:"
                             + "|".join(map(re.escape, ROLES))
                             + r")[^。！？“”,，]{1,30}?)\s*(?:报道|(?=\d{1,2}月\d{1,2}日|近日|日前))")
# (昆明信息港讯 通讯员熊艳琳 林增 12月8日: the names, then the day; 南都讯 记者梁锦弟 6月14日: an outlet's short name,
# its 讯 set apart by a blank, as a dateline is; 本报讯通讯员庄妍近日: the names, then 近日 or 日前; 中国江西网/江西头条
# 客户端抚州讯 通讯员…报道: a site and its app, then where it was filed)
# 记者周波 通讯员赵静 程志坚报道:8月31日,…: the roles and names open the lead, 报道 and its colon closing them
_OPENING_REPORTED = re.compile(r"\s*((?:" + "|".join(map(re.escape, ROLES))
                               + r")[^。！？“”,，:：]{1,30}?)\s*报道\s*[:：]")
# who report for an outlet
_REPORTERS = ("见习记者", "实习记者", "首席记者", "特约记者", "记者", "特约通讯员", "通讯员")
# 本报记者郝彦丰报道村民在村里捡烟头…: the outlet's own reporter, no 讯 after 本报, the names up to 报道 and the lead
# glued on (not 本报记者走访报道: a verb, no name, before 报道)
_OWN_REPORTER = re.compile(r"[\s○●◆■]*(?:本报|本台|本刊|本网)((?:" + "|".join(map(re.escape, _REPORTERS))
                           + r")[^。！？“”,，:：]{1,30}?)\s*报道")


# 东北区:田秀艳 尹玉珠 报道: names alone before 报道 on a line of their own, after a dateline's place
_REPORTED_BY = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,8}[:：]\s*)?(\S[^:：]{1,30}?)\s*报道\s*$")


def _reported_by(line: str) -> list[tuple[str, int, int]]:
    """The reporters a line names by themselves before 报道 (report by), each a name; or the
    photographers before 图 or 视频 (宁宁/文 单毅夫 李书炳 图/视频)."""
    stripped = line.rstrip()
    if stripped.endswith("报道"):
        m = _REPORTED_BY.match(line)
        if m is None:
            return []
        return _shifted(names_line(m.group(1)) or _trailing_names(m.group(1)), m.start(1))
    if stripped.endswith(("图", "视频")):
        m = _PICTURED_BY.match(line)
        return _shifted(_trailing_names(m.group(1)), m.start(1)) if m is not None else []
    return []  # the common case, without running the patterns


_PICTURED_BY = re.compile(r"(.+?)\s+(?:图/视频|视频/图|图|视频)\s*$")


def _trailing_names(text: str) -> list[tuple[str, int, int]]:
    """Two names or more written last, apart by spaces, after what is not a name (闪电新闻?…?王安琪 娄冬梅 贾鑫,
    a role's word lost to a lossy transcoding; 宁宁/文 单毅夫 李书炳): the credit's, whatever came before."""
    text = text.replace("?", " ")  # (记者?杨唯伟: a space a lossy transcoding turned to ?)
    parts = list(re.finditer(r"\S+", text))
    for k in range(max(0, len(parts) - 4), len(parts) - 1):
        found = names_line(text[parts[k].start():])
        if found:
            return _shifted(found, parts[k].start())
    return []


def _opening_credit(line: str) -> list[tuple[str, int, int]]:
    """The reporters an outlet's news names at its start, between 本报讯 (咸宁网讯) and 报道, with no brackets."""
    m = _OPENING_CREDIT.match(line) or _OPENING_REPORTED.match(line)
    if m is None:
        return _own_reporters(line)
    names = byline_names(m.group(1))
    if line.startswith(_SOON, m.end()):  # (记者王磊与通讯员李娜日前, 记者了解到近日: the clause's words, then when)
        names = [(n[:2], a, a + 2) if len(n) == 3 and n[-1] in "与和及" and line.startswith(ROLES, m.start(1) + z)
                 else (n, a, z) for n, a, z in names]  # (王磊|与|通讯员…: the conjunction joins two credits)
        names = [n for n in names if not _a_clause_s_words(n[0])]
    return _shifted(names, m.start(1))


_SOON = ("近日", "日前")


def _own_reporters(line: str) -> list[tuple[str, int, int]]:
    """本报记者郝彦丰报道村民…: the outlet's reporters named between 本报 and 报道, the lead glued on; each a name of
    two or three with its surname (a compound one's four), no word nor place (本报记者实地报道, 本报记者张家口报道: the
    way or the place reported from; 本报记者王强近日报道了…, 报道过, 报道的: a sentence's, no byline)."""
    m = _OWN_REPORTER.match(line)
    if m is None or line.startswith(("了", "过", "的"), m.end()):
        return []
    names = [(n, a, z) for n, a, z in _surnamed(byline_names(m.group(1)))
             if (len(n) <= 3 or n.startswith(compound_surnames())) and not _a_clause_s_words(n) and not _a_place(n)]
    return _shifted(names, m.start(1))


def _a_clause_s_words(name: str) -> bool:
    """了解到, 同事: a verb's phrase, a common word: no credit's name."""
    from kg.lexicon import is_common_word

    return "了" in name or name.endswith("到") or is_common_word(name)


def _closing_credit(line: str, last: bool = False) -> list[tuple[str, int, int]]:
    """…奠定了坚实的基础。 通讯员王京京 校对王菲: the credits after a paragraph's last sentence, on its line; in the
    article's last paragraph (``last``), names alone after a blank (…取得成效。 王夏夏)."""
    from kg.lexicon import surnames, word_freq, word_tag

    tail = max(line.rfind(c) for c in "。！？") + 1
    credits = len(line) - len(line[tail:].lstrip())  # where the words after the last sentence begin
    if len(line) - tail > 40 or _PROSE.search(line, tail):
        return []  # a sentence left without its full stop (记者了解到，…) is no credit
    if _ROLE.match(line, credits) is None:
        if not last or tail < _A_PARAGRAPH_S_LENGTH or credits == tail or len(line) - credits > 14 \
                or line.rstrip().endswith(tuple("说道讲问答")) or _NAME_TAIL.search(line.rstrip()) \
                or _A_LIST_ANNOUNCED.search(line, max(line.rfind(c, 0, tail - 1) for c in "。！？") + 1, tail):
            return []  # (…。 张三说: a speaker, no credit; …。 刘璐摄: a photograph's, read as such; 拟将下列同志…
            # 公示。 张晓燕 刘思雨: the people a notice lists; 基层强则国家强，基层安则天下安。 习近平: a saying, short,
            # and who said it)
        names = _shifted(names_line(line[credits:]), credits)  # …取得成效。 王夏夏: the writers' names alone,
        # after a blank (a paper's byline at the piece's end)
        if any(n.endswith(_BODY_OR_PLACE_ENDS) or n[-1] in _PLACE_LAST or (
                word_freq(n) >= 50 and word_tag(n).startswith("nr")) for n, _, _ in names):
            return []  # (…。 龙井村, 周庄镇: a place; …天下安。 习近平: the words' speaker, a well-known person)
        return names
    return [(n, tail + a, tail + z) for n, a, z in byline_names(line[tail:]) if n[0] in surnames()]


_A_LIST_ANNOUNCED = re.compile("下列|以下同志|以下人员|如下|名单|公示")
_A_PARAGRAPH_S_LENGTH = 40  # characters of prose before a byline of names alone (a saying quoted is shorter)
# a place's last character (马家沟, 曾厝垵, 何园)
_PLACE_LAST = frozenset("村镇乡区县市州省湾沟寨屯垵")  # (岭, 园, 营, 庄, 坪 end given names as well: 王海岭)
_CREDIT = re.compile(r"(?:^|(?<=[。！？]))\s*([^。！？]{2,60}?)\s*摄\s*$")
_BRACKETED_CREDIT = re.compile(r"[(（]\s*([^()（）。！？]{2,12}?)\s*摄\s*[)）]\s*$")


def _photo_credit(line: str) -> list[tuple[str, int, int]]:
    """The photographer a caption or a line ends with (刘波 摄, …交流。 新华社记者 黄孝邦摄): names alone, or
    after a role, right before 摄 at the line's end."""
    if line.rstrip().endswith(("摄)", "摄）")) and (b := _BRACKETED_CREDIT.search(line)):
        return _shifted(names_line(b.group(1), sent=True), b.start(1))  # 新华网发(林青 摄)
    if not line.rstrip().endswith("摄"):
        return []  # the common case, without running the pattern
    m = _CREDIT.search(line)
    if m is None:
        return []
    credit = m.group(1).rstrip("/／ ")  # (祁小军/摄)
    found = byline_names(credit + "摄") if _ROLE.search(credit) else names_line(credit)
    if not found and (spaced := _SPACED_NAME.fullmatch(credit)) and spaced.group(1) in _surnames() \
            and not _a_word(spaced.group(1) + spaced.group(2)):  # (黄 山摄: a place photographed)
        found = [(spaced.group(1) + spaced.group(2), 0, len(credit))]  # 闫 军摄: a name set out to a three's width
    elif not found and len(parts := credit.rsplit(None, 1)) == 2:
        # 人民网 邱宇哲摄, …蔬菜园区 祁小军/摄: the outlet or the caption's place, a space, then the photographer
        found = _shifted(names_line(parts[1]), len(credit) - len(parts[1]))
    return _shifted(found, m.start(1))


_SPACED_NAME = re.compile(r"([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])")


def _a_word(text: str) -> bool:
    from kg.lexicon import word_freq, word_tag

    return word_freq(text) > 0 and not word_tag(text).startswith("nr")


# the roles of those who edit or check a piece, not write it (dcterms:contributor, not creator)
_EDITING = frozenset(("责任编辑", "责任编审", "责编", "编辑", "编审", "美编", "一审", "二审", "三审", "初审", "复审",
                      "终审", "审核",
                      "审校", "校对", "核发", "图文编辑", "图文审核", "图文校对", "签发", "收集编辑",
                      "策划", "制作"))  # (策划:廖奕文: who planned the series, not wrote it; 统筹:荆哲 closing a
# piece with no other credit is its writer's, as the seeds' gold reads it; 制作:曾若晨: who made the web page)


def read_credits(doc: Document) -> tuple[list[str], list[str]]:
    """(creators, contributors): who wrote the piece, and who edited, checked or photographed it (责任编辑:马春林,
    一审:唐会军, 摄影 范文勇, 周云祥摄), each by the roles that credit the name (``_roles_before``); one credited both
    ways is a creator. A caption's photographer took a picture of the piece, not wrote it."""
    creators: dict[str, None] = {}
    editors: dict[str, None] = {}
    starts = {b.start: b for b in doc.blocks}
    for start, found in byline_blocks(doc):
        b = starts[start]
        roles = list(_ROLE.finditer(doc.norm, b.start, b.end))
        for name, a, z in found:
            run = _roles_before(doc.norm, roles, b.start + a)
            aside = all(role in _EDITING or role in _PHOTOGRAPHY for role in run) if run \
                else _PHOTOGRAPHED.match(doc.norm, b.start + z) is not None  # (新华社记者 黄孝邦摄: a reporter's)
            (editors if aside else creators)[name] = None
    return list(creators), [n for n in editors if n not in creators]


_PHOTOGRAPHY = frozenset(("摄影", "摄像", "特约摄影"))
_PHOTOGRAPHED = re.compile(r"(?:[\s、，,]+[\u4e00-\u9fff·]{2,4})*[\s/／]*摄(?![影像])")  # (周云祥摄, 周云祥 摄,
# 祁小军/摄, 张涛 李明 摄: the photographers alone)


def _roles_before(norm: str, roles: list[re.Match[str]], at: int) -> list[str]:
    """The byline roles that credit the name at ``at``: the run of roles written together last before it
    (摄影/编辑:王敏: both), where only other names, blanks and marks stand between (图为…审核居民申报材料。 张涛 摄:
    a caption's verb credits no one)."""
    run: list[str] = []
    until = at
    for r in reversed([r for r in roles if r.end() <= at]):
        labelled = re.search("[:：]", r.group(0)) is not None
        if (_ROLES_JOINED.fullmatch(norm, r.end(), until) is None if run else not _a_field_s_names(
                norm, r.end(), until, labelled=labelled)) or (run and labelled):
            break  # (记者 王五 编辑 赵六: a name between two roles ends the run; 摄影/编辑: joined by a mark;
            # 作者: 编辑:李佳莹: a field of its own, left empty)
        run.append(r.group(1))
        until = r.start()
    return run


_LEADING_DASH = re.compile(r"\s*(?:[—–－-]\s*){1,4}")
_CREDIT_GAP = re.compile(r"[\s/／、·:：|｜_\u4e00-\u9fff]{0,40}")  # names, blanks and marks; no sentence's stop
# ((责编:刘_洋、刘洋): a name padded to three characters' width by a mark, as a blank pads 刘 洋)
_ROLES_JOINED = re.compile(r"[\s/／、·]{0,3}")
_NAMES_LISTED = re.compile(r"(?:[\u4e00-\u9fff·]{2,4}\s*[,，]\s*){1,5}")


def _a_field_s_names(norm: str, start: int, until: int, *, labelled: bool) -> bool:
    """Whether only the role's names stand between its end and a name: names, blanks and marks, or, after a
    role's colon, names listed by commas (编辑:刘洋,张宇峰: both the editor's; 图为…审核居民，张涛 摄: no colon, a
    caption's clause)."""
    return _CREDIT_GAP.fullmatch(norm, start, until) is not None or (
        labelled and _NAMES_LISTED.fullmatch(norm, start, until) is not None)


def read_metadata(doc: Document) -> Document:
    title = read_title(doc)
    simple = to_simplified(title) if title else ""
    outlet = _OUTLET_BEFORE_TITLE.match(simple) if len(simple) == len(title or "") else None  # (【安徽日報】…:
    # the Traditional headline's outlet, read as the Simplified one is)
    if outlet is None and len(simple) == len(title or ""):
        outlet = _PAPER_BEFORE_A_BAR.match(simple)
        if outlet is not None and len(simple) - outlet.end() < 8:
            outlet = None  # (人民日报|专访: a bar between two words, no headline after the paper's name)
    doc.title = title[outlet.end():] if title and outlet is not None and outlet.end() < len(title) else title
    dash = _LEADING_DASH.match(doc.title) if doc.title else None
    if doc.title and dash is not None and dash.end() < len(doc.title):
        doc.title = doc.title[dash.end():]  # ——平湖市…实践: a subtitle's dash, the page's only headline (its title cut
        # off above it)
    doc.date = read_date(doc)
    doc.publishers = read_publishers(doc)
    if outlet is not None and outlet.group(1) not in doc.publishers:  # 【人民日报】合肥市包河区:…: a reprint's
        doc.publishers = [outlet.group(1), *doc.publishers]  # source, named before its headline
    doc.creators, doc.contributors = read_credits(doc)
    return doc
