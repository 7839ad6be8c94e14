"""Anchor evidence quotes in their source texts: exact, normalized or fuzzy spans."""

from __future__ import annotations

import enum
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from viewer.core.sentences import END_CHARS, END_RE, split_sentences

__all__ = [
    "MAX_COUNTED",
    "Anchor",
    "FuzzyBudget",
    "MatchKind",
    "SourceText",
    "find_all",
    "find_quote",
    "nfc",
    "normalize",
    "utf16_offset",
]

_DOUBLE_QUOTES = '\u201c\u201d\u201e\u201f\u2033"\uff02'  # “ ” „ ‟ ″ " ＂
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032'\uff07"  # ‘ ’ ‚ ‛ ′ ' ＇
_DOUBLE_RE = re.compile(f"[{_DOUBLE_QUOTES}]")
_SINGLE_RE = re.compile(f"[{_SINGLE_QUOTES}]")

_ODD_SPACE_RE = re.compile(r"\s{2,}|[^\S ]")  # whitespace that is not one plain space
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
MAX_COUNTED = 1000  # occurrences of a quote are counted up to here
# Indexing a text's sentences costs about a hundred scans of it, so a source with few quotes
# is scanned for each; the index is built once a source has had this many different quotes.
_SCANS_BEFORE_INDEX = 32
_MAX_INDEXED = 2000  # longer sentences are verified by a scan, not by the suffix table
_SCAN_CACHE_SIZE = 4096
_FOUND_CACHE_SIZE = 200_000  # anchors remembered per text (each a few hundred bytes)
_MISSING: list[int] = []


class MatchKind(enum.Enum):
    """How a quote was found in its source."""

    EXACT = "exact"
    NORMALIZED = "normalized"
    FUZZY = "fuzzy"
    NOT_FOUND = "not found"


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a quote stands in a source text, and how sure that is."""

    kind: MatchKind
    start: int
    end: int
    score: float
    occurrences: int
    disambiguated: bool = False
    compared: bool = True  # False when the approximate comparison was skipped (see FuzzyBudget)

    @property
    def found(self) -> bool:
        """True unless the quote was not found."""
        return self.kind is not MatchKind.NOT_FOUND

    @property
    def ambiguous(self) -> bool:
        """True when the quote matches several places and nothing picked one."""
        return self.occurrences > 1 and not self.disambiguated


def _not_found(score: float = 0.0) -> Anchor:
    return Anchor(MatchKind.NOT_FOUND, -1, -1, score, 0, False)


class FuzzyBudget:
    """How much approximate comparing one check may do. Comparing a quote with a 1 MB source
    takes tens of milliseconds; a file of thousands of quotes that match nowhere must not take
    minutes, so past the budget a quote not found as written is reported without comparing."""

    def __init__(self, units: int = 60_000_000) -> None:
        self.units = units

    def spend(self, quote: str, text: str) -> bool:
        """Take the cost of comparing `quote` with `text`; False when it is no longer there."""
        cost = len(text) * (1 + len(quote) // 64)  # rapidfuzz compares 64 characters at once
        if cost > self.units:
            self.units = 0
            return False
        self.units -= cost
        return True


MAX_HINT = 200  # characters of a prefix or suffix that are compared


def nfc(text: str) -> str:
    """The text in Unicode normal form C (composed Hangul syllables)."""
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def _unify_quotes(text: str) -> str:
    return _SINGLE_RE.sub("'", _DOUBLE_RE.sub('"', text))


def normalize(text: str) -> str:
    """Unify quote characters and collapse whitespace runs to one space, stripped."""
    return " ".join(_unify_quotes(text).split())


def _scan(haystack: str, needle: str, limit: int = MAX_COUNTED) -> list[int]:
    """Start offsets of `needle` in `haystack`, overlapping, at most `limit` of them."""
    found: list[int] = []
    i = haystack.find(needle)
    while i >= 0 and len(found) < limit:
        found.append(i)
        i = haystack.find(needle, i + 1)
    return found


class SourceText:
    """One source text, NFC-normalized, with lazily built indexes for anchoring quotes."""

    def __init__(self, text: str) -> None:
        """Keep `text` in NFC; every index is built on first use."""
        self.text: str = nfc(text)
        self._spans: list[tuple[int, int]] | None = None
        self._span_starts: list[int] = []
        self._index: dict[str, list[int] | None] | None = None
        self._scans: dict[str, list[int]] = {}
        self._norm: tuple[str, list[int], list[int]] | None = None
        self._astral: tuple[list[int], list[int]] | None = None
        self._found: dict[tuple[object, ...], Anchor] = {}

    def find(
        self,
        quote: str,
        *,
        prefix: str | None = None,
        suffix: str | None = None,
        occurrence: int | None = None,
        threshold: float = 0.85,
        budget: FuzzyBudget | None = None,
    ) -> Anchor:
        """Anchor `quote`: exact, else ignoring whitespace and quote marks, else fuzzy (within
        `budget`, when one is given)."""
        # A check after each edit asks again for every quote of the file; the answers stand
        # while the text does, except a comparison the budget skipped, tried again next time.
        key = (quote, prefix, suffix, occurrence, threshold)
        anchor = self._found.get(key)
        if anchor is None:
            anchor = self._find(quote, prefix, suffix, occurrence, threshold, budget)
            if anchor.compared:
                if len(self._found) >= _FOUND_CACHE_SIZE:
                    self._found.clear()
                self._found[key] = anchor
        return anchor

    def _find(
        self,
        quote: str,
        prefix: str | None,
        suffix: str | None,
        occurrence: int | None,
        threshold: float,
        budget: FuzzyBudget | None,
    ) -> Anchor:
        q = nfc(quote).strip()
        if not q:
            return _not_found()
        starts = self._exact_starts(q)
        if starts:
            size, picked = len(q), False
            start = starts[0]
            if len(starts) > 1:
                spans = [(s, s + size) for s in starts]
                start, picked = self._pick(spans, prefix, suffix, occurrence)
            return Anchor(MatchKind.EXACT, start, start + size, 1.0, len(starts), picked)
        nq = normalize(q)
        norm, _, _ = self._normalized()
        nstarts = _scan(norm, nq)
        if nstarts:
            spans = [self._original_span(i, i + len(nq)) for i in nstarts]
            (start, end), picked = spans[0], False
            if len(spans) > 1:
                start, picked = self._pick(spans, prefix, suffix, occurrence)
                end = next(e for s, e in spans if s == start)
            return Anchor(MatchKind.NORMALIZED, start, end, 1.0, len(spans), picked)
        if budget is not None and not budget.spend(nq, norm):
            return Anchor(MatchKind.NOT_FOUND, -1, -1, 0.0, 0, compared=False)
        return self._fuzzy(nq, norm, threshold)

    def _exact_starts(self, q: str) -> list[int]:
        if self._index is None and len(self._scans) < _SCANS_BEFORE_INDEX:
            return self._scanned(q)
        index = self._sentence_index()
        starts = index.get(q, _MISSING)
        if starts is None:  # a sentence the suffix table could not vouch for
            starts = index[q] = _scan(self.text, q)
        elif starts is _MISSING:
            starts = self._scanned(q)
        return starts

    def _scanned(self, q: str) -> list[int]:
        starts = self._scans.get(q)
        if starts is None:
            if len(self._scans) >= _SCAN_CACHE_SIZE:
                self._scans.clear()
            starts = self._scans[q] = _scan(self.text, q)
        return starts

    def _pick(
        self,
        spans: list[tuple[int, int]],
        prefix: str | None,
        suffix: str | None,
        occurrence: int | None,
    ) -> tuple[int, bool]:
        """The start of the span the hints choose, and whether they chose among several."""
        candidates = spans
        nprefix, nsuffix = _hint_forms(prefix, suffix)
        if nprefix or nsuffix:
            candidates = [sp for sp in spans if self._context_ok(sp, nprefix, nsuffix)]
        if occurrence is not None and 1 <= occurrence <= len(spans):
            wanted = spans[occurrence - 1]
            if wanted in candidates:
                return wanted[0], True
        if len(candidates) == 1:
            return candidates[0][0], True
        # Hints that fit no occurrence, or several, are ignored rather than failing the quote:
        # the caller still sees `ambiguous` and can warn.
        return (candidates or spans)[0][0], False

    def hints_fit(self, start: int, end: int, prefix: str | None, suffix: str | None) -> bool:
        """Whether `prefix` and `suffix`, compared as `find` compares them, stand just before
        and just after [start, end)."""
        return self._context_ok((start, end), *_hint_forms(prefix, suffix))

    def _context_ok(self, span: tuple[int, int], nprefix: str, nsuffix: str) -> bool:
        if nprefix and not self._near(span[0], len(nprefix), before=True).endswith(nprefix):
            return False
        return not nsuffix or self._near(span[1], len(nsuffix), before=False).startswith(nsuffix)

    def _near(self, pos: int, want: int, *, before: bool) -> str:
        """At least `want` normalized chars (if there are) just before or after `pos`."""
        size, window = len(self.text), want + 16
        while True:
            lo, hi = (max(0, pos - window), pos) if before else (pos, min(size, pos + window))
            near = normalize(self.text[lo:hi])
            if len(near) >= want or (lo == 0 if before else hi == size):
                return near
            window *= 2

    def _fuzzy(self, nq: str, norm: str, threshold: float) -> Anchor:
        if not norm:
            return _not_found()
        from rapidfuzz import fuzz  # loaded on the first fuzzy match; most files need none

        alignment = fuzz.partial_ratio_alignment(nq, norm)
        if alignment is None:
            return _not_found()
        lo, hi = _trim(norm, alignment.dest_start, alignment.dest_end)
        lo, hi = _refine(nq, norm, lo, hi)
        lo, hi = _trim(norm, lo, hi)
        if lo >= hi:
            return _not_found()
        score = fuzz.ratio(nq, norm[lo:hi]) / 100.0
        if score < threshold:
            return _not_found(score)
        start, end = self._original_span(lo, hi)
        return Anchor(MatchKind.FUZZY, start, end, score, 1, False)

    def _sentence_index(self) -> dict[str, list[int] | None]:
        """Each sentence's text mapped to every start offset where that text occurs."""
        if self._index is not None:
            return self._index
        text = self.text
        groups: dict[str, list[int]] = {}
        for a, b in self.sentence_spans():
            groups.setdefault(text[a:b], []).append(a)
        # A sentence may also occur inside a longer sentence ("그렇다." in "정말 그렇다."), so
        # the spans alone undercount. Every occurrence of a sentence that ends in an end char
        # ends at such a char within one span; a sorted table of the reversed text before each
        # end char finds all of them by bisection instead of one scan of the text per sentence.
        longest = max((len(s) for s in groups if s[-1] in END_CHARS), default=0)
        table = self._suffix_table(min(longest, _MAX_INDEXED))
        index: dict[str, list[int] | None] = dict.fromkeys(groups)
        if table is not None:
            keys, ends = table
            for sentence, starts in groups.items():
                if sentence[-1] in END_CHARS and len(sentence) <= _MAX_INDEXED:
                    reverse = sentence[::-1]
                    i = j = bisect_left(keys, reverse)
                    while j < len(keys) and keys[j].startswith(reverse):
                        j += 1
                    if j - i != len(starts):
                        starts = sorted(ends[k] - len(sentence) for k in range(i, j))
                    index[sentence] = starts[:MAX_COUNTED]
        self._index = index
        return index

    def _suffix_table(self, width: int) -> tuple[list[str], list[int]] | None:
        """Reversed text (at most `width` chars, within a span) before each end char, sorted."""
        if width <= 0:
            return None
        text = self.text
        budget = 4 * len(text) + 10_000  # bail out on pathological runs of dots
        keys: list[str] = []
        ends: list[int] = []
        for a, b in self.sentence_spans():
            for m in END_RE.finditer(text, a, b):
                end = m.end()
                lo = max(a, end - width)
                budget -= end - lo
                if budget < 0:
                    return None
                keys.append(text[lo:end][::-1])
                ends.append(end)
        order = sorted(range(len(keys)), key=keys.__getitem__)
        return [keys[i] for i in order], [ends[i] for i in order]

    def _normalized(self) -> tuple[str, list[int], list[int]]:
        """Normalized text, with the normalized and source start of each piece mapped 1:1."""
        if self._norm is None:
            unified = _unify_quotes(self.text)
            core = unified.strip()
            base = len(unified) - len(unified.lstrip())
            # Most separators are one plain space, which normalization keeps in place; only
            # the other whitespace runs shift offsets, so only they start a new piece.
            parts: list[str] = []
            nstarts, ostarts = [0], [base]
            pos = size = 0
            for m in _ODD_SPACE_RE.finditer(core):
                parts += (core[pos : m.start()], " ")
                size += m.start() - pos + 1
                pos = m.end()
                nstarts.append(size)
                ostarts.append(base + pos)
            parts.append(core[pos:])
            self._norm = ("".join(parts), nstarts, ostarts)
        return self._norm

    def _original_span(self, lo: int, hi: int) -> tuple[int, int]:
        """Map a normalized [lo, hi) that starts and ends on non-spaces to source offsets."""
        _, nstarts, ostarts = self._normalized()
        k = bisect_right(nstarts, lo) - 1
        start = ostarts[k] + lo - nstarts[k]
        k = bisect_right(nstarts, hi - 1) - 1
        return start, ostarts[k] + hi - nstarts[k]

    def sentence_spans(self) -> list[tuple[int, int]]:
        """(start, end) of every sentence, in order, without surrounding whitespace; cached."""
        if self._spans is None:
            self._spans = split_sentences(self.text)
            self._span_starts = [a for a, _ in self._spans]
        return self._spans

    def sentence_at(self, offset: int) -> tuple[int, int] | None:
        """The sentence containing `offset` (or ending exactly at it), else None."""
        spans = self.sentence_spans()
        i = bisect_right(self._span_starts, offset) - 1
        if i >= 0 and offset <= spans[i][1]:
            return spans[i]
        return None

    def _astral_table(self) -> tuple[list[int], list[int]]:
        if self._astral is None:
            text = self.text
            # nearly every text has no character beyond U+FFFF: its UTF-16 length says so,
            # and C works it out in a third of the time a search takes (2 ms against 7 in 1 MB)
            if len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):
                offsets = []
            else:
                offsets = [m.start() for m in _ASTRAL_RE.finditer(text)]
            self._astral = (offsets, [a + k + 2 for k, a in enumerate(offsets)])
        return self._astral

    def utf16_offset(self, offset: int) -> int:
        """The UTF-16 position (as Qt counts) of Python offset `offset`, clamped to the text."""
        offset = min(max(offset, 0), len(self.text))
        offsets, _ = self._astral_table()
        return offset + bisect_left(offsets, offset)

    def from_utf16_offset(self, utf16: int) -> int:
        """The Python offset of UTF-16 position `utf16`; inside a surrogate pair, its start."""
        offsets, ends16 = self._astral_table()
        k = bisect_right(ends16, max(utf16, 0))
        offset = max(utf16, 0) - k
        if k < len(offsets) and offset > offsets[k]:
            offset = offsets[k]
        return min(offset, len(self.text))


def _hint_forms(prefix: str | None, suffix: str | None) -> tuple[str, str]:
    """The normalized ends of the hints that are compared with the text around a quote."""
    # the characters next to the quote decide; a hint of a megabyte compares as its end
    nprefix = normalize(prefix[-4 * MAX_HINT :])[-MAX_HINT:] if prefix else ""
    nsuffix = normalize(suffix[: 4 * MAX_HINT])[:MAX_HINT] if suffix else ""
    return nprefix, nsuffix


def _trim(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo] == " ":
        lo += 1
    while hi > lo and text[hi - 1] == " ":
        hi -= 1
    return lo, hi


def _refine(quote: str, text: str, lo: int, hi: int) -> tuple[int, int]:
    """Move the ends of a window to maximize its similarity to `quote`."""
    # partial_ratio compares windows as long as the quote, so an edit that changed the
    # passage's length leaves the window short or long at one end.
    reach = min(max(8, len(quote) // 4), 256)
    from rapidfuzz import fuzz

    best = fuzz.ratio(quote, text[lo:hi])
    for end in range(max(lo + 1, hi - reach), min(len(text), hi + reach) + 1):
        score = fuzz.ratio(quote, text[lo:end], score_cutoff=best)
        if score > best:
            best, hi = score, end
    for start in range(max(0, lo - reach), min(hi - 1, lo + reach) + 1):
        score = fuzz.ratio(quote, text[start:hi], score_cutoff=best)
        if score > best:
            best, lo = score, start
    return lo, hi


def find_quote(
    text: str,
    quote: str,
    *,
    prefix: str | None = None,
    suffix: str | None = None,
    occurrence: int | None = None,
    threshold: float = 0.85,
) -> Anchor:
    """Anchor `quote` in `text` once; build a SourceText to anchor many quotes."""
    return SourceText(text).find(
        quote, prefix=prefix, suffix=suffix, occurrence=occurrence, threshold=threshold
    )


def utf16_offset(text: str, offset: int) -> int:
    """Number of UTF-16 code units in text[:offset]."""
    return len(text[:offset].encode("utf-16-le", "surrogatepass")) // 2


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every non-overlapping (start, end) of the NFC form of `needle` in `text` (already NFC)."""
    needle = nfc(needle)
    if not needle or needle.isspace():
        return []
    spans: list[tuple[int, int]] = []
    i = text.find(needle)
    while i >= 0:
        spans.append((i, i + len(needle)))
        i = text.find(needle, i + len(needle))
    return spans
