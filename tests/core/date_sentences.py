"""News sentences with the date a reader gives the event each reports, for the resolver's tests
and for benchmarks/date_accuracy.py.

Rows marked "source" are quoted from the articles in data/openai-crisis/sources (with their
publication dates from data/openai-crisis/timeline.yaml); the others are written in the
style of Korean and English wire copy. `date` is EDTF, or None when a reader can give the
sentence's event no date; `event` marks sentences dated only relative to another event.
"""

from __future__ import annotations

from typing import NamedTuple


class Row(NamedTuple):
    text: str
    published: str | None
    date: str | None
    event: bool = False


# Publication dates of the bundled sources.
SCHEME = "2023-11-22"  # altman-scheme-fiction
DEVDAY = "2023-11-20"  # devday-aftermath
KNIGHT = "2025-05/.."  # ms-white-knight: written in or after May 2025
DOWNFALL = "2023-11-18/2023-11-30"  # openai-downfall-scenarios
EMAILS = "2024-09/.."  # musk-altman-emails
WED = "2023-11-22"  # a Wednesday
MON = "2023-11-20"

ROWS: tuple[Row, ...] = (
    # source: altman-scheme-fiction
    Row("11월 17일: 샘알트만 해고", SCHEME, "2023-11-17"),
    Row("11월 20일: 샘알트만 마이크로 소프트 합류", SCHEME, "2023-11-20"),
    Row("2023.11.22 | 조회 7K |", SCHEME, "2023-11-22"),
    Row(
        '오늘도 OpenAI("OAI") 뉴스 팔로우업하시느라 정신없는 하루를 보내고 있는 실리콘밸리입니다.',
        SCHEME,
        "2023-11-22",
    ),
    Row(
        '아래의 글은 제가 2022년 12월 12일에 GenAI에 관해 쓴 글인데 "좋은 기술이고 기대가 되지만 '
        'FOMO가 너무 많다"라는 요점입니다.',
        SCHEME,
        "2022-12-12",
    ),
    Row(
        "사실 100조원이 넘는 기업가치로 최근 펀드레이징을 하고 있었는데 CEO가 지분이 하나도 없다?",
        SCHEME,
        None,
    ),
    Row(
        "전액 현금이 아니라도 하더라도 $13B이라는 어마어마한 자금을 투입했고, 맨날 구글/애플한테 "
        "밀려서 초식남,노땅소리만 듣다가 이제 겨우 한번 따라잡아볼수도 있지않을까 희망회로를 "
        "열심히 돌리고 있었는데 갑자기 이런 사태가 발생하니 화가 날수밖에 없겠죠.",
        SCHEME,
        None,
    ),
    Row(
        "많은 분들이 관련 뉴스/트위터를 보셨겠지만 OpenAI의 770명의 직원들중에 700명이상의 "
        "직원들이 샘알트만을 복귀시키지 않는다면 회사를 떠나겠다고까지하면 항의중입니다.",
        SCHEME,
        None,
    ),
    Row(
        "아직도 정신도 없고 부끄럽기도 할 Thrive Capital이 최근 $86B 가치에 OpenAI 직원들의 "
        "비상장주식을 구입하는 딜을 진행중이었는데 올해 초 기준으로만 봐도 이미 3배이상 오른 "
        "가격이고 2019년 입사한 직원들에게는 86배가 오른 가격입니다.",
        SCHEME,
        "2023-01/2023-03~",
    ),
    Row(
        "이번 사건의 주동자이자 샘과의 인공지능의 위험성과 미래에 대해 충돌하다 다른 보드멤버들과 "
        '쿠데타를 일으킨것으로 알려진 일리야는 2014년 OpenAI 조인했고 샘알트만이 "세상 최고의 '
        '연구가중 하나이다"라고 할정도로 신임이 두터웠습니다.',
        SCHEME,
        "2014",
    ),
    Row("ㅉㅉㅉ이틀만에 이럴거면 일을 벌이지를 말든가", SCHEME, None, event=True),
    Row(
        "아래는 제가 2023년 2월에 쓴 글인데 그때와 크게 의견이 변하지않았습니다.",
        SCHEME,
        "2023-02",
    ),
    Row("2023 2월...이때 딴 생각말고 마소 주식을 샀어야함", SCHEME, "2023-02"),
    Row(
        "실제로 디지털 침대 스타트업인 EightSleep CEO에 따르면 샌프란에 5시간도 못잔 사람의 수가 "
        "27% 증가했다고 합니다.",
        SCHEME,
        None,
    ),
    Row(
        "평일 매일 실리콘밸리 시간으로 아침 6시 (서울 밤 11시)에 클럽하우스에서 세계 각국에 계신 "
        "패널분들과 1시간동안 최신 뉴스를 읽고 녹음과 기사모음을 뉴스레터로 보내드립니다.",
        SCHEME,
        None,
    ),
    Row(
        "그리고 주간으로 실리콘밸리 스타트업 트렌드와 VC 동향에 대해 일요일 오전 6시(서울 밤 "
        "11시)에 이야기 해보려고 합니다.",
        SCHEME,
        None,
    ),
    # source: devday-aftermath
    Row(
        "OpenAI DevDay 이후 1주일만에 샘 알트만과 그렉 브록만이 이사회에서 해임되었다.",
        DEVDAY,
        None,
        event=True,
    ),
    Row("2023-11-20 | 이영빈", DEVDAY, "2023-11-20"),
    Row(
        "2019년에 OpenAI는 비영리법인하에 두는 영리법인을 만들어 모금 대신 수익사업을 시작하기로 "
        "했습니다.",
        DEVDAY,
        "2019",
    ),
    Row(
        "2021년에는 OpenAI는 GPT-3.5와 GPT-4를 만들기 위해 Microsoft와 협약을 맺었습니다.",
        DEVDAY,
        "2021",
    ),
    Row(
        "OpenAI가 초기에 비영리성을 추구하고 있었지만 AGI를 만들기 위해 필요한 목표 모금액인 "
        "10억달러중에서 일론 머스크가 지원한 금액을 제외하고는 많은 금액이 모이지 않았습니다.",
        DEVDAY,
        None,
    ),
    Row(
        "이런 5가지 조건이 생겨난 조직구조는 OpenAI가 비영리기관에서 시작되었기 때문입니다.",
        DEVDAY,
        None,
    ),
    # source: ms-white-knight (published in or after May 2025: the year of a month-day is unknown)
    Row(
        "2023년 11월 17일 금요일, 오픈AI CEO 샘 올트먼은 휴식차 F1 관람 위해 라스베이거스 호텔에 "
        "있었다.",
        KNIGHT,
        "2023-11-17",
    ),
    Row("그 날 화상회의로 이사회에서 해고를 당한다.", KNIGHT, None, event=True),
    Row("700명 이상, 전체 직원의 90% 이상이 서명했다.", KNIGHT, None),
    Row("11월 20일 월요일, 오픈AI 이사회는 사면초가의 포위 상태에 놓였다.", KNIGHT, None),
    Row("11월 21일 화요일, 이사회는 더 이상 버틸 수 없었다.", KNIGHT, None),
    Row(
        "2020년 오픈AI는 GPT3를 가능한 한 거대(as big as possible)하게 만들고 싶었다.",
        KNIGHT,
        "2020",
    ),
    Row("테크 전문 기자인 캐런 하오가 2025년 5월에 출간한 책입니다.", KNIGHT, "2025-05"),
    Row("밤 사이에 MS가 OpenAI의 지분 27%를 보유하게 된다는 소식이 전해졌습니다.", KNIGHT, None),
    Row(
        "(주. 현재까지도 2,500억 달러 규모의 다년 계약으로 MS의 Azure 클라우드 인프라를 통해 "
        "OpenAI의 AI 모델을 운영하고 있습니다)",
        KNIGHT,
        None,
    ),
    Row(
        "한편, 엔비디아는 오늘 콘퍼런스에서 AI 이후의 컴퓨팅 패러다임 방향성을 제시합니다.",
        KNIGHT,
        None,
    ),
    Row(
        "1만 개 이상의 GPU를 탑재한 초대형 슈퍼컴퓨터를 오픈AI에 공급할 준비를 하고 있었다.",
        KNIGHT,
        None,
    ),
    # source: openai-downfall-scenarios (published between 18 and 30 November 2023)
    Row(
        "2023년 11월 17일, 야심찬 미래를 발표한 OenAI의 DevDay(11월 6일)의 열기가 식기도 전에, "
        "OpenAI발 깜짝 뉴스가 발표 됐습니다.",
        DOWNFALL,
        "2023-11-17",
    ),
    Row("(참고로 아래 글은 금요일에 송고했고, 월요일에 올라왔네요)", DOWNFALL, None),
    Row(
        "불과 며칠 전만 해도 제가 이런 제목으로 글을 쓰게 될 줄은 정말 상상도 못 했습니다.",
        DOWNFALL,
        None,
    ),
    Row(
        "그리고 또 며칠 지나지 않아 샘 알트먼은 마이크로소프트행(이하 MS)을 택하고, 직원들은 샘 "
        "알트먼을 복귀시키지 않으면 퇴사하겠다는 연판장을 돌리는 중입니다.",
        DOWNFALL,
        None,
        event=True,
    ),
    Row(
        "현재 직원들의 바람대로 샘 알트먼의 복귀가 이루어지지 않는다면, 오픈 AI의 770명 정도의 "
        "직원 중 700명 정도가 퇴사할 것이라며 이사회를 압박하고 있습니다.",
        DOWNFALL,
        None,
    ),
    Row(
        "이제 구글이 뭔가 불안한 OpenAI의 대체제가 될 수 있음을 확실히 보여준다면 2024년의 AI "
        "트렌드는 구글이 주도할 가능성이 높지 않을까 싶네요.",
        DOWNFALL,
        "2024",
    ),
    Row(
        "얼마 전 OpenAI의 GPTs 전략을 애플의 아이폰, 그리고 앱스토어에 비교하는 글을 썼는데요.",
        DOWNFALL,
        None,
    ),
    # source: musk-altman-emails
    Row(
        "- 2015년 일론은 구글과 딥마인드가 AGI 독재 체제를 구축하는 것을 막고자 OpenAI를 설립",
        EMAILS,
        "2015",
    ),
    Row(
        "- 2018년 OpenAI 이사회에서 Tesla의 OpenAI 인수안이 최종 부결되자 일론은 OpenAI 이사직을 "
        "사임하고 자금 지원을 중단",
        EMAILS,
        "2018",
    ),
    Row("- 샘 알트만이 OpenAI를 장악, 2019년 CEO로 취임", EMAILS, "2019"),
    Row("- MS로부터 투자금 1억달러 유치", EMAILS, None),
    # Two events; the last predicate (유치) is dated only by 두달만에.
    Row("- 2022년 11월 ChatGPT 공개, 단 두달만에 1억명 사용자 유치", EMAILS, None, event=True),
    Row("- 2023년 3월, 일론 머스크가 독자적인 인공지능 기업 xAI를 설립", EMAILS, "2023-03"),
    Row("- 2023년 11월, OpenAI 이사회가 샘 알트만 CEO의 해고를 전격 결정", EMAILS, "2023-11"),
    Row(
        "- 이사회는 직원과 대중의 지지를 받지 못하고, 샘 알트만은 4일만에 CEO로 복귀",
        EMAILS,
        None,
        event=True,
    ),
    Row("- 2024년 6월, 일리야 수츠케버가 독자적인 인공지능 기업 SSI를 설립", EMAILS, "2024-06"),
    Row("2018년-2019년", EMAILS, "2018/2019"),
    Row(
        "결과만을 놓고 보았을 때, 샘 알트만은 2018년 일론 머스크와의 갈등에서도 승리했고, 2023년 "
        "이사회와의 갈등에서도 승리했습니다.",
        EMAILS,
        "2023",
    ),
    Row(
        "훗날 이 이야기는 Facebook (현 Meta)의 창업 과정에서의 갈등을 다룬 2010년의 영화 "
        "[소셜네트워크]처럼 영화로도 만들어질 것 같습니다.",
        EMAILS,
        "2010",
    ),
    # Korean wire style
    Row("2015년 설립된 오픈AI의 이사회는 11월 17일 올트먼을 해임했다.", WED, "2023-11-17"),
    Row(
        "오픈AI 이사회는 지난 17일(현지시간) 샘 올트먼 최고경영자(CEO)를 전격 해임했다.",
        WED,
        "2023-11-17",
    ),
    Row("마이크로소프트는 20일 올트먼을 영입한다고 발표했다.", WED, "2023-11-20"),
    Row(
        "올트먼은 21일 오픈AI CEO로 복귀하기로 이사회와 원칙적으로 합의했다고 오픈AI가 "
        "22일 밝혔다.",
        WED,
        "2023-11-21",
    ),
    Row("오픈AI 직원 770명 중 700명 이상은 이사회 사퇴를 요구하는 연판장에 서명했다.", WED, None),
    Row("이사회는 어제 에멧 쉬어 전 트위치 CEO를 임시 CEO로 선임했다.", MON, "2023-11-19"),
    Row(
        "오픈AI는 지난 6일 첫 개발자 회의(DevDay)를 열고 GPT-4 터보를 공개했다.",
        WED,
        "2023-11-06",
    ),
    Row("올트먼은 지난 주말 오픈AI 본사를 찾아 복귀 협상을 벌였다.", MON, "2023-11-18/2023-11-19"),
    Row("오픈AI는 지난주 올트먼을 해임했다.", WED, "2023-11-13/2023-11-19"),
    Row("GPT 스토어는 내년 1분기에 문을 열 예정이다.", WED, "2024-01/2024-03"),
    Row("오픈AI는 다음 달 GPT 스토어를 출시한다고 밝혔다.", WED, "2023-12"),
    Row("마이크로소프트는 작년 9월 오픈AI와 클라우드 계약을 확대했다.", WED, "2022-09"),
    Row("오픈AI는 지난해 11월 챗GPT를 공개했다.", WED, "2022-11"),
    Row("오픈AI의 기업가치는 올해 초 290억 달러로 평가됐다.", WED, "2023-01/2023-03~"),
    Row("구글은 2024년 상반기 제미나이 울트라를 내놓을 계획이다.", WED, "2024-01/2024-06"),
    Row("챗GPT는 2022년 말 공개된 뒤 두 달 만에 사용자 1억 명을 모았다.", WED, None, event=True),
    Row("인공지능 투자는 2020년대 들어 급증했다.", WED, "2020/2029"),
    Row("오픈AI는 2015년경 비영리 연구소로 출발했다.", WED, "2015~"),
    Row("이사회와 올트먼은 11월 17~21일 닷새 동안 대치했다.", WED, "2023-11-17/2023-11-21"),
    Row("올트먼은 해임 하루 뒤 오픈AI 본사를 다시 찾았다.", WED, None, event=True),
    Row("이사회는 해임 이틀 후 올트먼과 복귀 협상을 시작했다.", WED, None, event=True),
    Row("올트먼은 해임 사흘 만에 마이크로소프트 합류를 발표했다.", WED, None, event=True),
    Row("직원 2000명이 연판장에 서명했다.", WED, None),
    Row("오픈AI는 오는 28일 이사회를 연다.", WED, "2023-11-28"),
    Row("샘 올트먼은 2019년 오픈AI CEO에 올랐다.", WED, "2019"),
    Row("2019년 오픈AI에 입사한 그는 2023년 11월 CTO에 올랐다.", WED, "2023-11"),
    Row(
        "오픈AI 이사회는 17일 올트먼을 해임했고, 이틀 뒤 그는 복귀 협상에 나섰다.",
        WED,
        None,
        event=True,
    ),
    # The year written once is left out the second time, whenever the article appeared.
    Row("2023년 11월 17일 해임된 그는 11월 21일 복귀했다.", "2024-03-01", "2023-11-21"),
    Row("2023년 11월 17일 해임된 그는 나흘 뒤 복귀했다.", "2024-03-01", None, event=True),
    Row("오픈AI는 2023년 11월 17일 올트먼을 해임했다고 18일 밝혔다.", WED, "2023-11-17"),
    Row("이사회는 2023. 11. 17. 올트먼 해임을 의결했다.", WED, "2023-11-17"),
    Row("오픈AI는 작년 11월 30일 챗GPT를 공개했다.", "2024-01-05", "2023-11-30"),
    Row("그는 12월 29일 이사회에 복귀했다.", "2024-01-05", "2023-12-29"),
    Row("오픈AI는 29일 새 이사진 구성을 마쳤다고 발표했다.", "2024-01-05", "2023-12-29"),
    Row("오픈AI는 3월 GPT-5를 출시할 예정이다.", WED, "2024-03"),
    Row("올트먼은 1월 다보스포럼에 참석했다.", "2024-01-25", "2024-01"),
    Row("오픈AI 이사회는 11월 17일 금요일 올트먼을 해임했다.", "2024-01-05", "2023-11-17"),
    Row("이사회는 지난 금요일 올트먼을 해임했다.", MON, "2023-11-17"),
    Row("오픈AI는 이번 주 새 이사회 명단을 발표할 예정이다.", WED, "2023-11-20/2023-11-26"),
    Row("마이크로소프트는 오는 12월 1일 연례 회의를 연다.", WED, "2023-12-01"),
    Row("2022년 12월 30일 시작된 협상은 1월 5일 끝났다.", "2023-03-01", "2023-01-05"),
    Row("이사회는 그날 밤 성명을 냈다.", WED, None, event=True),
    Row("다음날 오픈AI 직원들은 연판장을 돌렸다.", WED, None, event=True),
    Row("이듬해 오픈AI는 영리법인을 세웠다.", WED, None, event=True),
    Row("오픈AI는 2019년 3월 영리 자회사 오픈AI LP를 설립했다.", WED, "2019-03"),
    Row("그해 7월 마이크로소프트는 10억 달러를 투자했다.", WED, None, event=True),
    Row("샘 올트먼 오픈AI CEO가 해임 닷새 만인 21일 복귀했다.", WED, "2023-11-21"),
    Row("xAI는 2023년 7월 12일 공식 출범했다.", WED, "2023-07-12"),
    Row("올 상반기 매출은 전년 대비 두 배로 늘었다.", WED, "2023-01/2023-06"),
    Row("오픈AI는 연말까지 유료 구독자 100만 명을 확보할 계획이다.", WED, "2023-10~/2023-12"),
    Row("2023년 9월 27일(현지시간) 오픈AI는 챗GPT에 음성 기능을 추가했다.", WED, "2023-09-27"),
    Row("GPT-4는 지난 3월 공개됐다.", WED, "2023-03"),
    Row("올트먼은 2014년부터 2019년까지 와이콤비네이터를 이끌었다.", WED, "2014/2019"),
    Row("이번 사태는 2023년 말부터 이어졌다.", "2024-02-01", "2023-10~/2023-12"),
    Row("2000년대 초 닷컴 버블 이후 최대 규모다.", WED, "2000/2003~"),
    Row("2023년에는 3월 xAI가 설립됐고 11월 올트먼이 해임됐다.", "2025-01-10", "2023-11"),
    Row("어제 이사회가 열렸다.", None, None),
    Row("올트먼은 11월 17일 해임됐다.", None, None),
    Row("올트먼은 11월 17일 해임됐다.", "2023", "2023-11-17"),
    Row("이사회는 오늘 오전 긴급 회의를 열었다.", "2023-11", None),
    # English wire style
    Row("OpenAI's board fired Sam Altman on Friday.", MON, "2023-11-17"),
    Row("The board fired Altman last Friday, saying he had not been candid.", WED, "2023-11-17"),
    Row(
        "Microsoft said on Monday it had hired Altman to lead a new AI research team.",
        WED,
        "2023-11-20",
    ),
    Row("Altman was reinstated as chief executive five days later.", WED, None, event=True),
    Row("A week after his firing, Altman was back at OpenAI.", WED, None, event=True),
    Row("OpenAI was founded in 2015 as a nonprofit research lab.", WED, "2015"),
    Row("ChatGPT was released on November 30, 2022.", WED, "2022-11-30"),
    Row("OpenAI held its first developer conference on Nov. 6.", WED, "2023-11-06"),
    Row("More than 700 of OpenAI's 770 employees signed the letter.", WED, None),
    Row(
        "The company was valued at $86 billion in a share sale planned for early 2024.",
        WED,
        "2024-01/2024-03~",
    ),
    Row("Altman, who was fired on Friday, returned to OpenAI on Tuesday.", WED, "2023-11-21"),
    Row("Yesterday the board agreed in principle to bring Altman back.", WED, "2023-11-21"),
    Row("Musk left OpenAI's board in 2018.", WED, "2018"),
    Row(
        "OpenAI plans to open its GPT Store in the first quarter of next year.",
        WED,
        "2024-01/2024-03",
    ),
    Row("Sales rose in the second half of 2023.", "2024-02-01", "2023-07/2023-12"),
    Row("Altman was briefly ousted in mid-November.", "2023-12-05", "2023-11-11~/2023-11-20~"),
    Row("The firing came three days ago.", MON, "2023-11-17"),
    Row("OpenAI released GPT-4 in March last year.", "2024-02-10", "2023-03"),
    Row("Altman was reinstated on November 21 last year.", "2024-03-08", "2023-11-21"),
    Row(
        "Sutskever left OpenAI in May 2024 and founded SSI the following month.",
        EMAILS,
        None,
        event=True,
    ),
    Row("Some 2000 employees gathered in San Francisco.", WED, None),
    Row("In 2023, the board fired Altman in November.", "2025-01-10", "2023-11"),
    Row("He joined in 2019 and was fired on November 17.", WED, "2023-11-17"),
    Row("The board will meet next Monday.", WED, "2023-11-27"),
    Row("OpenAI will hold a press conference tomorrow.", WED, "2023-11-23"),
    Row("The deal is expected to close by the end of the year.", WED, "2023-10~/2023-12"),
    Row("Altman was chief executive of Y Combinator from 2014 to 2019.", WED, "2014/2019"),
    Row("He was fired on Friday, Nov. 17, and rehired on Tuesday.", WED, "2023-11-21"),
    Row("The board announced its new members on December 29.", "2024-01-05", "2023-12-29"),
    Row("Altman testified before the Senate in May.", WED, "2023-05"),
    Row("The AI boom began in the 2020s.", WED, "2020/2029"),
    Row("GPT-4 and GPT-3.5 models power ChatGPT.", WED, None),
    Row("That week, investors pushed for Altman's return.", WED, None, event=True),
    # Written after the rules above were settled and kept as first written: the resolver
    # passed all 29 on its first run, a check that the table is not only what it was fitted to.
    Row("오픈AI는 지난 10일 샌프란시스코에서 기자간담회를 열었다.", WED, "2023-11-10"),
    Row("이사회는 18일 오후 긴급 화상회의를 소집했다.", MON, "2023-11-18"),
    Row("마이크로소프트 주가는 20일 장중 사상 최고치를 기록했다.", "2023-11-21", "2023-11-20"),
    Row("오픈AI는 내달 초 새 이사진을 발표할 방침이다.", WED, "2023-12-01/2023-12-10~"),
    Row("알트먼은 지난달 말 사우디아라비아를 방문했다.", WED, "2023-10-21~/2023-10-31"),
    Row("챗GPT 유료 구독자는 올해 3분기 200만 명을 넘었다.", WED, "2023-07/2023-09"),
    Row("머스크는 2018년 2월 오픈AI 이사회에서 물러났다.", WED, "2018-02"),
    Row("오픈AI는 2016년 4월 첫 제품인 짐(Gym)을 공개했다.", WED, "2016-04"),
    Row("엔비디아는 다음 주 실적을 발표한다.", "2023-11-15", "2023-11-20/2023-11-26"),
    Row("애플은 올해 6월 비전 프로를 공개했다.", WED, "2023-06"),
    Row("그는 5년 만에 오픈AI를 떠났다.", WED, None, event=True),
    Row("이사회 결정 사흘 뒤인 20일 MS는 올트먼 영입을 발표했다.", WED, "2023-11-20"),
    Row("The board met on Sunday to discuss Altman's return.", MON, "2023-11-19"),
    Row("Shares of Microsoft hit a record high on Nov. 20.", WED, "2023-11-20"),
    Row("OpenAI launched ChatGPT Enterprise in August.", WED, "2023-08"),
    Row("Altman co-founded OpenAI with Musk in December 2015.", WED, "2015-12"),
    Row("The company expects to release GPT-5 later this year.", "2024-03-01", "2024"),
    Row("Two days later, Microsoft hired him.", WED, None, event=True),
    Row("오픈AI 기업가치는 지난 4월 약 290억 달러로 평가됐다.", WED, "2023-04"),
    Row("이 사건은 2023년 하반기 최대 이슈였다.", "2024-01-10", "2023-07/2023-12"),
    Row("구글은 12월 6일 제미나이를 공개했다.", "2023-12-08", "2023-12-06"),
    Row("오픈AI는 올해 1월 MS로부터 100억 달러 투자를 유치했다.", WED, "2023-01"),
    Row("직원 95%가 서명에 동참했다.", WED, None),
    Row("The letter was signed by 738 of the 770 staff.", WED, None),
    Row("알트먼은 2019년 3월부터 오픈AI CEO를 맡아왔다.", WED, "2019-03"),
    Row("11월 말 오픈AI는 새 이사회를 꾸렸다.", "2023-12-05", "2023-11-21~/2023-11-30"),
    Row("오픈AI는 오는 2025년까지 AGI 안전팀을 확대한다.", WED, "2025"),
    Row("한국 시간으로 18일 새벽 해임 소식이 전해졌다.", MON, "2023-11-18"),
    Row("The company said last month that revenue had tripled.", WED, "2023-10"),
)
