"""Korean documents of every supported kind, made inside the tests: news pages, Word files and
PDFs (reportlab's CID fonts need no font file)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

PARAGRAPHS = [
    "2023년 11월 17일 금요일 오후, 오픈AI 이사회는 샘 올트먼 최고경영자를 전격 해임했다고 "
    "발표했다. 이사회는 올트먼이 이사회와의 소통에서 일관되게 솔직하지 않았다고 밝혔다.",
    "발표 직후 그레그 브록먼 이사회 의장도 자리에서 물러난다고 밝혔고, 회사 안팎에서는 해임 "
    "사유를 두고 여러 추측이 쏟아졌다. 마이크로소프트는 발표 몇 분 전에야 통보를 받은 것으로 "
    "알려졌다.",
    "주말 동안 투자자들은 올트먼의 복귀를 요구하며 이사회를 압박했다. 직원 700명 이상이 이사회 "
    "전원의 사퇴를 요구하는 서한에 서명했고, 그렇지 않으면 회사를 떠나겠다고 경고했다.",
    "11월 20일 월요일 새벽, 마이크로소프트의 사티아 나델라 최고경영자는 올트먼과 브록먼이 "
    "새로운 인공지능 연구 조직을 이끌기 위해 합류한다고 발표했다.",
    "결국 11월 21일 화요일 밤, 오픈AI는 올트먼이 최고경영자로 복귀하고 브렛 테일러를 의장으로 "
    "하는 새 이사회가 꾸려진다고 밝혔다. 닷새 동안 이어진 혼란은 이렇게 일단락됐다.",
    "전문가들은 이번 사태가 비영리 이사회가 영리 자회사를 통제하는 독특한 지배구조의 한계를 "
    "드러냈다고 평가했다. 인공지능 안전과 상업화 사이의 긴장이 표면으로 떠오른 것이다.",
]
ENGLISH = [
    "On Friday, November 17, 2023, the board of OpenAI announced that it had removed Sam Altman "
    "as chief executive, saying he had not been consistently candid in his communications.",
    "Greg Brockman, the chairman, said hours later that he was quitting. Microsoft, the largest "
    "investor, learned of the decision only minutes before it was made public.",
    "More than 700 employees signed a letter threatening to leave unless the board resigned. On "
    "Tuesday night the company said Altman would return under a new board.",
]
TITLE = "오픈AI, 올트먼 해임 닷새 만에 복귀 결정"
COMMENTS = [
    "이번 사태를 보면서 비영리 조직이 거대한 영리 회사를 통제한다는 구조 자체가 애초에 "
    "무리였다는 생각이 듭니다. 투자자와 직원의 이해관계를 이사회가 고려하지 않았습니다.",
    "결국 돈이 이긴 싸움이라고 봅니다. 인공지능 안전을 외치던 이사들은 모두 물러났고, 앞으로 "
    "오픈AI는 더 빠르게 상업화의 길을 걷게 될 것이 분명해 보입니다.",
]
# Text of the page around the article, none of which the article may hold.
NOISE = [
    "많이 본 뉴스",
    "연예인 A씨 결혼 발표에 팬들 축하 물결",
    "관련 기사",
    "오픈AI 새 이사회, 첫 회의서 지배구조 개편 논의",
    "정치",
    "로그인",
    "구독하기",
    "서울특별시 중구 세종대로 123",
    "무단 전재",
    "광고 문의",
    *(comment[:20] for comment in COMMENTS),
]


def news_page(
    *,
    charset: str = "utf-8",
    body: str | None = None,
    head_extra: str = "",
    json_ld: bool = True,
    meta: bool = True,
) -> str:
    """A Korean news article page: menu, headline, byline, body, related articles, most-read
    list, comment thread and footer."""
    if body is None:
        body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"NewsArticle","headline":"' + TITLE + '",'
        '"datePublished":"2023-11-22T10:31:00+09:00","dateModified":"2023-11-23T09:00:00+09:00",'
        '"author":[{"@type":"Person","name":"김철수 기자"}],'
        '"publisher":{"@type":"Organization","name":"한빛일보"}}</script>'
        if json_ld
        else ""
    )
    tags = (
        f'<meta property="og:title" content="{TITLE} - 한빛일보">'
        '<meta property="og:site_name" content="한빛일보">'
        '<meta property="og:url" content="https://news.example/article/2023112201">'
        '<meta name="author" content="김철수">'
        '<meta property="article:published_time" content="2023-11-22T10:31:00+09:00">'
        if meta
        else ""
    )
    comments = "".join(
        f'<li class="comment"><span class="nick">user{i}</span><p>{c}</p></li>'
        for i, c in enumerate(COMMENTS * 3)
    )
    return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="{charset}">
<title>{TITLE} | 한빛일보</title>{tags}{ld}{head_extra}
<script>var _ga = []; function track() {{ return 1; }}</script>
<style>.gnb li {{ display: inline; }}</style></head><body>
<header><div class="logo"><a href="/">한빛일보</a></div><nav class="gnb"><ul>
<li><a href="/politics">정치</a></li><li><a href="/economy">경제</a></li></ul>
<a href="/login">로그인</a> <a href="/subscribe">구독하기</a></nav></header>
<div class="wrap"><main><article class="article-view"><h1 class="headline">{TITLE}</h1>
<div class="byline"><span class="name">김철수 기자</span>
<time datetime="2023-11-22T10:31:00+09:00">2023.11.22 10:31</time></div>
<div class="article-body" itemprop="articleBody">{body}</div></article>
<section class="related"><h3>관련 기사</h3><ul>
<li><a href="/a/3">오픈AI 새 이사회, 첫 회의서 지배구조 개편 논의</a></li></ul></section>
<section id="comments" class="comment-area"><h3>댓글 6</h3><ul>{comments}</ul></section>
</main><aside class="ranking"><h3>많이 본 뉴스</h3><ol>
<li><a href="/a/1">연예인 A씨 결혼 발표에 팬들 축하 물결</a></li></ol>
<div class="ad"><a href="/ads">광고 문의</a></div></aside></div>
<footer><p>한빛일보 | 서울특별시 중구 세종대로 123</p>
<p>Copyright © 한빛일보. All rights reserved. 무단 전재 및 재배포 금지</p></footer>
</body></html>"""


def portal_page() -> str:
    """A portal's article: the body is one element, its paragraphs separated by <br><br>."""
    body = "<br><br>".join(PARAGRAPHS[:2])
    body += '<br><br><span class="end_photo_org"><em class="img_desc">샘 올트먼. 연합뉴스</em>'
    body += "</span><br><br>" + "<br><br>".join(PARAGRAPHS[2:])
    return news_page(
        body=f'<article id="dic_area"><strong class="summary">올트먼 복귀</strong>'
        f"<br><br>{body}</article>"
        '<p class="copyright">Copyright ⓒ 한빛일보. 무단 전재 및 재배포 금지.</p>'
    )


DOCX_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)


def docx_paragraph(text: str, style: str | None = None) -> str:
    """A <w:p> of one run."""
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def make_docx(
    path: Path,
    body: str,
    *,
    title: str | None = None,
    creator: str | None = None,
    created: str | None = None,
    modified: str | None = None,
    footnotes: str | None = None,
    styles: str | None = None,
    document_xml: bytes | None = None,
) -> Path:
    """A .docx whose body is the given WordprocessingML."""
    document = (
        document_xml
        or (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f"<w:document {DOCX_NS}><w:body>{body}<w:sectPr/></w:body></w:document>"
        ).encode()
    )
    core = ['<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties']
    core.append(
        ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    )
    if title is not None:
        core.append(f"<dc:title>{escape(title)}</dc:title>")
    if creator is not None:
        core.append(f"<dc:creator>{escape(creator)}</dc:creator>")
    for tag, value in (("created", created), ("modified", modified)):
        if value is not None:
            core.append(f'<dcterms:{tag} xsi:type="dcterms:W3CDTF">{value}</dcterms:{tag}>')
    core.append("</cp:coreProperties>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        archive.writestr("word/document.xml", document)
        archive.writestr("docProps/core.xml", "".join(core))
        if footnotes is not None:
            archive.writestr(
                "word/footnotes.xml", f"<w:footnotes {DOCX_NS}>{footnotes}</w:footnotes>"
            )
        if styles is not None:
            archive.writestr("word/styles.xml", f"<w:styles {DOCX_NS}>{styles}</w:styles>")
    return path


def make_pdf(
    path: Path,
    paragraphs: list[str],
    *,
    font: str = "HYSMyeongJo-Medium",
    repeat: int = 1,
    cjk_wrap: bool = False,
    first_indent: float = 0,
    space_after: float = 8,
    title: str | None = None,
    author: str | None = None,
    header: str | None = None,
) -> Path:
    """A PDF of the paragraphs, typeset by reportlab (CID fonts need no font file)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    if font != "Helvetica":
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    style = ParagraphStyle(
        "body",
        fontName=font,
        fontSize=11,
        leading=16,
        spaceAfter=space_after,
        firstLineIndent=first_indent,
        wordWrap="CJK" if cjk_wrap else None,
    )

    def decorate(canvas, document) -> None:
        canvas.setFont(font, 9)
        if header:
            canvas.drawString(72, 800, header)
        canvas.drawString(290, 30, f"- {document.page} -")

    template = SimpleDocTemplate(str(path), pagesize=A4, title=title or "", author=author or "")
    story = [Paragraph(text, style) for _ in range(repeat) for text in paragraphs]
    template.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return path
