from viewer.core.mentions import mention_spans, mentions, names_in
from viewer.core.model import Actor, LocalText


def _found(text: str, spellings: list[str], not_mentions: tuple[str, ...] = ()) -> list[str]:
    return [text[a:b] for a, b in mention_spans(text, spellings, not_mentions)]


def test_a_korean_name_followed_by_a_particle_is_a_mention() -> None:
    text = "애플이 발표했다. 애플의 주가, 애플에서는, 애플과 구글, 애플."
    assert _found(text, ["애플"]) == ["애플"] * 5


def test_a_korean_name_inside_a_longer_word_is_not() -> None:
    assert _found("애플리케이션 스토어와 애플파이", ["애플"]) == []


def test_spaced_and_latin_names_keep_their_rules() -> None:
    assert _found("샘  올트먼이 왔다", ["샘 올트먼"]) == ["샘  올트먼"]
    assert _found("Also Al and Al's", ["Al"]) == ["Al", "Al"]
    assert _found("오픈AI는 OpenAI의", ["오픈AI", "OpenAI"]) == ["오픈AI", "OpenAI"]


def test_not_mentions_remove_what_the_boundary_rule_lets_through() -> None:
    text = "애플워치에서 애플이"
    assert _found(text, ["애플"]) == ["애플"]  # 워 is no particle: already not a mention
    text = "애플사과가 아니라 애플사가"
    assert _found(text, ["애플"], ("애플사과",)) == ["애플"]
    assert text[mention_spans(text, ["애플"], ("애플사과",))[0][0] :].startswith("애플사가")


def test_actor_helpers_use_its_spellings_and_exclusions() -> None:
    apple = Actor("apple", LocalText.of({"en": "Apple", "ko": "애플"}), not_mentions=("애플리",))
    google = Actor("google", LocalText.of("Google"), aliases=("구글",))
    text = "Apple과 애플리 그리고 애플의"
    assert [text[a:b] for a, b in mentions(text, apple)] == ["Apple", "애플"]
    assert mentions(text, apple)[1][0] == text.rindex("애플")
    assert names_in("구글이 애플리케이션을", (apple, google)) == ("google",)
    assert names_in("아무도", (apple, google)) == ()


def test_a_part_of_the_text_is_searched_as_the_whole_text_reads_there() -> None:
    text = "샘 올트먼은 떠났다. 애플리케이션 출시. 애플은 말했다. Salt Altman."
    apple = Actor(id="apple", name=LocalText.of({"ko": "애플"}), not_mentions=("애플리케이션",))
    whole = mentions(text, apple)
    assert whole == [(text.index("애플은"), text.index("애플은") + 2)]
    # a part that starts at the excluded word still knows it is one
    assert mentions(text, apple, text.index("애플리케이션"), len(text)) == whole
    altman = Actor(id="altman", name=LocalText.of({"en": "Altman"}))
    salt = text.index("Salt")
    # a part that starts inside "Salt" does not take "alt…" for a word start
    assert mentions(text, altman, salt + 1) == [(text.index("Altman"), text.index("Altman") + 6)]
    assert mentions(text, altman, 0, salt) == []
