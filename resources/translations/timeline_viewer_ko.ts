<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ActorModel</name>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="98"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="98"/>
        <source>Other name</source>
        <translation>다른 언어 이름</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="98"/>
        <source>Events</source>
        <translation>사건 수</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="205"/>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="205"/>
        <source>Organizations</source>
        <translation>조직</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="205"/>
        <source>Groups</source>
        <translation>집단</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="238"/>
        <source>Also written:</source>
        <translation>다른 표기:</translation>
    </message>
</context>
<context>
    <name>ActorPanel</name>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="106"/>
        <source>Filter actors</source>
        <translation>관련자 필터</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="107"/>
        <source>Find actors by any of their names or aliases</source>
        <translation>이름이나 별칭으로 관련자 찾기</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="108"/>
        <source>Show events with:</source>
        <translation>사건 표시 조건:</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="109"/>
        <source>any checked actor</source>
        <translation>체크한 관련자 중 하나 이상</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="110"/>
        <source>all checked actors</source>
        <translation>체크한 관련자 모두</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="111"/>
        <source>Clear</source>
        <translation>모두 해제</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="112"/>
        <source>Uncheck all actors and show every event</source>
        <translation>모든 관련자의 체크를 해제하고 사건을 모두 표시</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="113"/>
        <source>Actors</source>
        <translation>관련자</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="168"/>
        <source>Events shown: %1 of %2</source>
        <translation>표시된 사건: %2개 중 %1개</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="301"/>
        <source>No event selected</source>
        <translation>선택한 사건 없음</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="302"/>
        <source>Actors</source>
        <translation>관련자</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="303"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="304"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="305"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="306"/>
        <source>Evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="307"/>
        <source>No evidence</source>
        <translation>근거 없음</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="317"/>
        <source>Fact</source>
        <translation>사실</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="317"/>
        <source>An established fact</source>
        <translation>확인된 사실</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="318"/>
        <source>Claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="318"/>
        <source>Attributed to someone</source>
        <translation>특정인의 말로 전해진 내용</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="319"/>
        <source>Opinion</source>
        <translation>의견</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="319"/>
        <source>The author&apos;s view</source>
        <translation>작성자의 견해</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="320"/>
        <source>Speculation</source>
        <translation>추측</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="320"/>
        <source>Conjecture</source>
        <translation>확인되지 않은 추정</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="362"/>
        <source>Invalid date</source>
        <translation>잘못된 날짜</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="364"/>
        <source>Undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="367"/>
        <source>{date} (EDTF)</source>
        <translation>{date} (EDTF)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="388"/>
        <source>Show {language}</source>
        <translation>{language} 보기</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../viewer/ui/timeline_style.py" line="36"/>
        <source>Fact</source>
        <translation>사실</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_style.py" line="37"/>
        <source>Claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_style.py" line="38"/>
        <source>Opinion</source>
        <translation>의견</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_style.py" line="39"/>
        <source>Speculation</source>
        <translation>추측</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../viewer/ui/find_bar.py" line="122"/>
        <source>not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/find_bar.py" line="125"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/find_bar.py" line="147"/>
        <source>Find in source</source>
        <translation>출처에서 찾기</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/find_bar.py" line="148"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>이전 검색 결과 (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/find_bar.py" line="149"/>
        <source>Next match (Enter)</source>
        <translation>다음 검색 결과 (Enter)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/find_bar.py" line="150"/>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/find_bar.py" line="151"/>
        <source>Close find bar</source>
        <translation>찾기 표시줄 닫기</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="93"/>
        <source>Cannot open timeline</source>
        <translation>타임라인을 열 수 없음</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="94"/>
        <source>The file could not be opened:

%1</source>
        <translation>파일을 열 수 없습니다.

%1</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="201"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="202"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="203"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="204"/>
        <source>Open &amp;Bundled Chronology</source>
        <translation>내장 연표 열기(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="205"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="206"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="207"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="208"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="209"/>
        <source>&amp;Find in Source…</source>
        <translation>출처에서 찾기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="210"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="211"/>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="212"/>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="213"/>
        <source>&amp;Fit Whole Timeline</source>
        <translation>전체 보기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="214"/>
        <source>Zoom to &amp;Selection</source>
        <translation>선택한 사건으로 확대(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="215"/>
        <source>&amp;Panels</source>
        <translation>패널(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="216"/>
        <source>&amp;Reset Layout</source>
        <translation>레이아웃 초기화(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="217"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="218"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="219"/>
        <source>&amp;About Timeline Viewer</source>
        <translation>타임라인 뷰어 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="220"/>
        <source>Actors</source>
        <translation>관련자</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="221"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="222"/>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="247"/>
        <source>Open Timeline</source>
        <translation>타임라인 열기</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="247"/>
        <source>Timelines (*.yaml *.yml);;All files (*)</source>
        <translation>타임라인 (*.yaml *.yml);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="264"/>
        <source>About Timeline Viewer</source>
        <translation>타임라인 뷰어 정보</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="265"/>
        <source>Timeline Viewer %1

Read a news story as a timeline, every event tied to the sentence in its source that supports it.</source>
        <translation>타임라인 뷰어 %1

뉴스 기사를 타임라인으로 읽습니다. 모든 사건은 출처에서 그 사건을 뒷받침하는 문장과 연결됩니다.</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="271"/>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="273"/>
        <source>Problems (%1)</source>
        <translation>문제 (%1)</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="287"/>
        <source>Timeline Viewer</source>
        <translation>타임라인 뷰어</translation>
    </message>
    <message numerus="yes">
        <location filename="../../viewer/ui/main_window.py" line="295"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="297"/>
        <source>%1 of %2 events shown</source>
        <translation>사건 %2개 중 %1개 표시</translation>
    </message>
    <message numerus="yes">
        <location filename="../../viewer/ui/main_window.py" line="301"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>문제 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <location filename="../../viewer/ui/overview_strip.py" line="26"/>
        <source>Whole timeline: drag the frame or click to move the view</source>
        <translation>전체 타임라인: 테두리 상자를 끌거나 클릭하여 보이는 구간을 옮깁니다</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../viewer/ui/problems_model.py" line="116"/>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_model.py" line="116"/>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_model.py" line="116"/>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_model.py" line="117"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_model.py" line="139"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_model.py" line="139"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="101"/>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="101"/>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="101"/>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="104"/>
        <source>Show problems of this severity</source>
        <translation>이 심각도의 문제만 표시</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="105"/>
        <source>Filter problems</source>
        <translation>문제 필터</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="118"/>
        <source>1 error</source>
        <translation>오류 1개</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="119"/>
        <source>{count} errors</source>
        <translation>오류 {count}개</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="121"/>
        <source>1 warning</source>
        <translation>경고 1개</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="122"/>
        <source>{count} warnings</source>
        <translation>경고 {count}개</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="123"/>
        <source>No problems</source>
        <translation>문제 없음</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="144"/>
        <source>{counts} ({shown} shown)</source>
        <translation>{counts} ({shown}개 표시)</translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="143"/>
        <source>Select an event to read its source</source>
        <translation>사건을 선택하면 출처를 볼 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="144"/>
        <location filename="../../viewer/ui/source_pane.py" line="145"/>
        <source>Previous evidence</source>
        <translation>이전 근거</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="146"/>
        <location filename="../../viewer/ui/source_pane.py" line="147"/>
        <source>Next evidence</source>
        <translation>다음 근거</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="148"/>
        <source>Sources cited for this event</source>
        <translation>이 사건에 인용된 출처</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="171"/>
        <source>This event cites no source.</source>
        <translation>이 사건에는 인용된 출처가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="180"/>
        <source>This evidence cites an unknown source “%1”.</source>
        <translation>이 근거가 인용한 출처를 알 수 없습니다: “%1”</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="182"/>
        <source>The file of this source could not be read.</source>
        <translation>이 출처의 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="204"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="217"/>
        <source>Reported by %1 sources: %2</source>
        <translation>출처 %1곳에서 보도: %2</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="264"/>
        <source>This evidence has no quote.</source>
        <translation>이 근거에는 인용문이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="266"/>
        <source>Quote not found in this source. The evidence quotes: “%1”</source>
        <translation>이 출처에서 인용문을 찾을 수 없습니다. 근거의 인용문: “%1”</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="271"/>
        <source>Quote matches only approximately (%1%); the highlighted passage may differ.</source>
        <translation>인용문이 대략적으로만 일치합니다(%1%). 강조 표시된 부분은 실제 인용문과 다를 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="275"/>
        <source>The quote occurs %1 times in this source; one of them is highlighted.</source>
        <translation>이 출처에 인용문이 %1번 나옵니다. 그중 하나가 강조 표시되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="334"/>
        <source>Supports:</source>
        <translation>뒷받침하는 사건:</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="336"/>
        <source>Click to select the event</source>
        <translation>클릭하여 사건 선택</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="338"/>
        <source>Click to select; click again for the next event</source>
        <translation>클릭하여 선택, 다시 클릭하면 다음 사건 선택</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="67"/>
        <source>Group by:</source>
        <translation>그룹 기준:</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="68"/>
        <source>Colour by:</source>
        <translation>색상 기준:</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="70"/>
        <source>Nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="71"/>
        <source>Actor</source>
        <translation>관련자</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="72"/>
        <location filename="../../viewer/ui/timeline_panel.py" line="78"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="73"/>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="74"/>
        <location filename="../../viewer/ui/timeline_panel.py" line="78"/>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../viewer/ui/timeline_painter.py" line="104"/>
        <source>No actor</source>
        <translation>관련자 없음</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_painter.py" line="105"/>
        <source>No evidence</source>
        <translation>근거 없음</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_painter.py" line="106"/>
        <source>No tag</source>
        <translation>태그 없음</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_painter.py" line="196"/>
        <location filename="../../viewer/ui/timeline_view.py" line="435"/>
        <source>Undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_painter.py" line="210"/>
        <location filename="../../viewer/ui/timeline_view.py" line="353"/>
        <location filename="../../viewer/ui/timeline_view.py" line="355"/>
        <source>+%n more</source>
        <translation>+%n개 더</translation>
    </message>
    <message numerus="yes">
        <location filename="../../viewer/ui/timeline_view.py" line="438"/>
        <source>%n events here: click to zoom in</source>
        <translation>
            <numerusform>이곳에 사건 %n개: 클릭하여 확대</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_view.py" line="440"/>
        <source>Show the other undated events</source>
        <translation>날짜 없는 나머지 사건 보기</translation>
    </message>
</context>
</TS>
