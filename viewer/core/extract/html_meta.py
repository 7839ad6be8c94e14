"""What a web page says about itself: JSON-LD, <meta> tags, <time> and Korean bylines.

The order of trust, for each field: the page's JSON-LD article (schema.org NewsArticle and
kin, which news sites fill for search engines), then Open Graph and other <meta> tags, then
the page's visible parts (<h1>, <time datetime>, a byline such as '김철수 기자').
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from viewer.core.extract.language import language_code
from viewer.core.extract.metadata import clean_author, clean_title, clean_url, edtf_date, first

__all__ = ["BYLINE_RE", "PageMetadata", "korean_byline", "read_page_metadata", "strip_site_name"]

_MAX_JSON = 1 << 20  # characters of one JSON-LD script; past this it is not metadata
_MAX_NODES = 10_000  # JSON-LD objects looked at
_ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "blogposting",
        "socialmediaposting",
        "scholarlyarticle",
        "techarticle",
        "report",
    }
)
_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "title")
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "og:article:author",
    "dable:author",
    "byl",
    "dc.creator",
    "citation_author",
    "sailthru.author",
    "parsely-author",
)
_PUBLISHER_KEYS = ("og:site_name", "publisher", "dc.publisher", "application-name")
_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "citation_publication_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "date",
)
_LANGUAGE_KEYS = ("content-language", "og:locale", "dc.language", "language")
_SEPARATORS = (" - ", " | ", " : ", " :: ", " < ", " – ", " — ", " · ", " ｜ ")
# A Korean CMS titles its pages '제목 < 섹션 < 기사본문 - 매체'.
_CMS_SUFFIX_RE = re.compile(r"\s*<[^<]*<\s*기사본문\s*-.*$")
BYLINE_RE = re.compile(
    r"(?<![가-힣])([가-힣]{2,4})\s?(?:선임|수석|객원|인턴)?\s?(?:기자|특파원)(?![가-힣])"
)
# Words that stand before 기자 without being a name: 취재기자, 사진기자, 담당 기자...
_NOT_NAMES = frozenset(
    [
        "취재",
        "사진",
        "영상",
        "담당",
        "전문",
        "현장",
        "수습",
        "소속",
        "일선",
        "여성",
        "남성",
        "외신",
        "방송",
        "신문",
        "편집",
        "객원",
        "선임",
        "수석",
        "인턴",
        "기자",
        "해당",
        "모든",
        "많은",
        "다른",
        "우리",
        "한국",
        "일본",
        "중국",
        "미국",
        "이날",
        "당시",
        "사회부",
        "정치부",
        "경제부",
        "국제부",
        "문화부",
        "산업부",
    ]
)
_BYLINE_CLASS_RE = re.compile(r"byline|reporter|writer|author|journalist|기자", re.IGNORECASE)


@dataclass
class PageMetadata:
    """The metadata found in a page; None where it says nothing usable."""

    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None


def _meta_tags(root: etree._Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in root.iter("meta"):
        key = first(
            element.get("property"),
            element.get("name"),
            element.get("itemprop"),
            element.get("http-equiv"),
        )
        content = element.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def _json_objects(root: etree._Element) -> Iterator[dict[str, object]]:
    """Every JSON object in the page's JSON-LD scripts, @graph members included."""
    seen = 0
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        source = (script.text or "").strip()
        if not source or len(source) > _MAX_JSON:
            continue
        try:
            data = json.loads(source)
        except (ValueError, RecursionError):
            continue
        stack: list[object] = [data]
        while stack and seen < _MAX_NODES:
            item = stack.pop()
            seen += 1
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))


def _types(item: dict[str, object]) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {value.lower() for value in kinds if isinstance(value, str)}


def _names(value: object) -> object:
    """The name(s) in a JSON-LD person or organisation value."""
    if isinstance(value, list):
        return [name for item in value if isinstance(name := _names(item), str)]
    if isinstance(value, dict):
        return value.get("name")
    return value


def _json_ld_article(root: etree._Element) -> PageMetadata:
    for item in _json_objects(root):
        if not _types(item) & _ARTICLE_TYPES:
            continue
        entity = item.get("mainEntityOfPage")
        return PageMetadata(
            title=clean_title(first(_str(item.get("headline")), _str(item.get("name")))),
            author=clean_author(_names(item.get("author"))),
            publisher=clean_title(_str(_names(item.get("publisher")))),
            published=edtf_date(
                first(_str(item.get("datePublished")), _str(item.get("dateCreated")))
            ),
            url=clean_url(first(_str(item.get("url")), _str(_id(entity)))),
            language=language_code(_str(item.get("inLanguage"))),
        )
    return PageMetadata()


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _id(value: object) -> object:
    return value.get("@id") if isinstance(value, dict) else value


def _time_element(root: etree._Element) -> str | None:
    for element in root.iter("time"):
        date = edtf_date(element.get("datetime") or "")
        if date:
            return date
    return None


def korean_byline(text: str) -> str | None:
    """The reporter's name in a Korean byline ('김철수 기자', '[런던=이영희 특파원]')."""
    for match in BYLINE_RE.finditer(text[:20_000]):
        if match.group(1) not in _NOT_NAMES:
            return match.group(1)
    return None


def _byline_text(root: etree._Element) -> str:
    """The text of the elements whose class or id names them a byline or a reporter."""
    parts: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        marker = f"{element.get('class') or ''} {element.get('id') or ''}"
        if _BYLINE_CLASS_RE.search(marker):
            parts.append(" ".join(element.itertext())[:500])
            if len(parts) >= 20:
                break
    return "\n".join(parts)


def strip_site_name(title: str | None, publisher: str | None) -> str | None:
    """A page title without the site's name that pages add to it ('제목 - 한빛일보')."""
    if not title:
        return title
    title = _CMS_SUFFIX_RE.sub("", title)
    if publisher:
        for separator in _SEPARATORS:
            if title.endswith(separator + publisher):
                return title[: -len(separator + publisher)].strip() or title
            if title.startswith(publisher + separator):
                return title[len(publisher + separator) :].strip() or title
    return title


def read_page_metadata(root: etree._Element) -> PageMetadata:
    """The metadata of the page whose parsed tree is `root`."""
    meta = _meta_tags(root)
    ld = _json_ld_article(root)
    heading = next((" ".join(h.itertext()) for h in root.iter("h1")), None)
    title_element = next((" ".join(t.itertext()) for t in root.iter("title")), None)
    publisher = first(ld.publisher, *(clean_title(meta.get(key)) for key in _PUBLISHER_KEYS))
    title = first(
        ld.title,
        *(clean_title(meta.get(key)) for key in _TITLE_KEYS),
        clean_title(heading),
        clean_title(title_element),
    )
    title = strip_site_name(title, publisher)
    heading = clean_title(heading)
    # 'headline | section | site': the page's own heading is the headline alone
    if (
        title
        and heading
        and title != heading
        and title.startswith(heading)
        and title[len(heading) :].lstrip()[:1] in tuple("-|:<–—·｜")
    ):
        title = heading
    author = first(
        ld.author,
        *(clean_author(meta.get(key)) for key in _AUTHOR_KEYS),
        korean_byline(_byline_text(root)),
    )
    published = first(
        ld.published,
        *(edtf_date(meta.get(key)) for key in _DATE_KEYS),
        _time_element(root),
    )
    canonical = next(
        (
            link.get("href")
            for link in root.iter("link")
            if "canonical" in (link.get("rel") or "").lower().split()
        ),
        None,
    )
    url = first(clean_url(meta.get("og:url")), clean_url(canonical), ld.url)
    language = first(
        language_code(root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")),
        ld.language,
        *(language_code(meta.get(key)) for key in _LANGUAGE_KEYS),
    )
    return PageMetadata(title, author, publisher, published, url, language)
