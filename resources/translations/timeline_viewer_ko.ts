<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>ActorChoiceModel</name>
        <message>
            <location filename="../../viewer/ui/editing/actor_choices.py" line="116" />
            <source>%1 (not in the timeline)</source>
            <translation>%1 (타임라인에 없음)</translation>
        </message>
    </context>
    <context>
        <name>ActorDialog</name>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="149" />
            <source>Cannot apply: %1</source>
            <translation>적용할 수 없음: %1</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="153" />
            <source>Rename actor '%1'</source>
            <translation>관련자 '%1' 이름 변경</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="153" />
            <source>Edit actor '%1'</source>
            <translation>관련자 '%1' 편집</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="161" />
            <source>Manage Actors</source>
            <translation>관련자 관리</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="162" />
            <source>Filter actors</source>
            <translation>관련자 필터</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="163" />
            <source>Find actors by id, name or alias</source>
            <translation>ID, 이름 또는 별칭으로 관련자 찾기</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="164" />
            <source>Actors</source>
            <translation>관련자</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="165" />
            <source>&amp;Add…</source>
            <translation>추가(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="166" />
            <source>Add a new actor</source>
            <translation>새 관련자 추가</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="167" />
            <source>&amp;Merge Into…</source>
            <translation>다른 관련자에 병합(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="168" />
            <source>Fold this actor into another one, which is kept</source>
            <translation>이 관련자를 남길 다른 관련자에 합칩니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="169" />
            <source>&amp;Delete</source>
            <translation>삭제(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="170" />
            <source>Delete this actor; only possible when no event uses it</source>
            <translation>이 관련자를 삭제합니다. 이 관련자를 쓰는 사건이 없을 때만 가능합니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="171" />
            <source>A&amp;pply</source>
            <translation>적용(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="217" />
            <source>Add Actor</source>
            <translation>관련자 추가</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="217" />
            <source>English name of the new actor:</source>
            <translation>새 관련자의 영어 이름:</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="228" />
            <source>Add actor '%1'</source>
            <translation>관련자 '%1' 추가</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="247" />
            <source>Merge Into</source>
            <translation>다른 관련자에 병합</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="248" />
            <source>Keep which actor? '%1' is folded into it:</source>
            <translation>남길 관련자를 고르세요. '%1'은(는) 이 관련자에 병합됩니다:</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="258" />
            <source>Merge Actors</source>
            <translation>관련자 병합</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="261" />
            <source>Merge '%1' into '%2'?

Events that refer to '%1' will refer to '%2', and the names of '%1' become aliases of '%2'.</source>
            <translation>'%1'을(를) '%2'에 병합할까요?

'%1'을(를) 가리키던 사건은 '%2'을(를) 가리키게 되고, '%1'의 이름은 '%2'의 별칭이 됩니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="276" />
            <source>Merge '%1' into '%2'</source>
            <translation>'%1'을(를) '%2'에 병합</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="290" />
            <source>Cannot Delete Actor</source>
            <translation>관련자를 삭제할 수 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="291" />
            <source>'%1' cannot be deleted: %2.</source>
            <translation>'%1'을(를) 삭제할 수 없습니다: %2.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="296" />
            <source>Delete actor '%1'</source>
            <translation>관련자 '%1' 삭제</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="319" />
            <source>Unapplied Changes</source>
            <translation>적용하지 않은 변경 사항</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="320" />
            <source>Apply your changes to '%1'?</source>
            <translation>'%1'에 대한 변경 사항을 적용할까요?</translation>
        </message>
    </context>
    <context>
        <name>ActorForm</name>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="116" />
            <source>an actor needs an id</source>
            <translation>관련자에는 ID가 있어야 합니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="118" />
            <source>an id cannot contain spaces</source>
            <translation>ID에는 공백을 넣을 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="120" />
            <source>an actor needs a name</source>
            <translation>관련자에는 이름이 있어야 합니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="163" />
            <source>&amp;Id:</source>
            <translation>ID(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="164" />
            <source>&amp;English name:</source>
            <translation>영어 이름(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="165" />
            <source>&amp;Korean name:</source>
            <translation>한국어 이름(&amp;K):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="166" />
            <source>Ki&amp;nd:</source>
            <translation>유형(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="167" />
            <source>A&amp;liases:</source>
            <translation>별칭(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="168" />
            <source>English des&amp;cription:</source>
            <translation>영어 설명(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="169" />
            <source>Korean desc&amp;ription:</source>
            <translation>한국어 설명(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="173" />
            <source>Changing the id updates every event that refers to the actor</source>
            <translation>ID를 바꾸면 이 관련자를 가리키는 모든 사건도 함께 바뀝니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="174" />
            <source>Other spellings, one per line</source>
            <translation>다른 표기, 한 줄에 하나씩</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="193" />
            <source>No actor selected</source>
            <translation>선택한 관련자 없음</translation>
        </message>
    </context>
    <context>
        <name>ActorModel</name>
        <message>
            <location filename="../../viewer/ui/actors/model.py" line="105" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/model.py" line="105" />
            <source>Other name</source>
            <translation>다른 언어 이름</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/model.py" line="105" />
            <source>Events</source>
            <translation>사건 수</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/model.py" line="261" />
            <source>Also written:</source>
            <translation>다른 표기:</translation>
        </message>
    </context>
    <context>
        <name>ActorPanel</name>
        <message>
            <location filename="../../viewer/ui/actors/panel.py" line="108" />
            <source>Filter actors</source>
            <translation>관련자 필터</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/panel.py" line="109" />
            <source>Find actors by any of their names or aliases</source>
            <translation>이름이나 별칭으로 관련자 찾기</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/panel.py" line="110" />
            <source>Show events with:</source>
            <translation>사건 표시 조건:</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/panel.py" line="111" />
            <source>any checked actor</source>
            <translation>체크한 관련자 중 하나 이상</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/panel.py" line="112" />
            <source>all checked actors</source>
            <translation>체크한 관련자 모두</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/panel.py" line="113" />
            <source>Clear</source>
            <translation>모두 해제</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/panel.py" line="114" />
            <source>Uncheck all actors and show every event</source>
            <translation>모든 관련자의 체크를 해제하고 사건을 모두 표시</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/panel.py" line="115" />
            <source>Actors</source>
            <translation>관련자</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/actors/panel.py" line="184" />
            <source>Events shown: %1 of %2</source>
            <translation>표시된 사건: %2개 중 %1개</translation>
        </message>
    </context>
    <context>
        <name>ActorPicker</name>
        <message>
            <location filename="../../viewer/ui/editing/actor_picker.py" line="125" />
            <source>Filter by name or alias</source>
            <translation>이름이나 별칭으로 필터</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/actor_picker.py" line="126" />
            <source>Filter actors</source>
            <translation>관련자 필터</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/actor_picker.py" line="127" />
            <source>&amp;New actor…</source>
            <translation>새 관련자(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/actor_picker.py" line="128" />
            <source>Add an actor to the timeline and to this event</source>
            <translation>타임라인과 이 사건에 관련자 추가</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/actor_picker.py" line="129" />
            <source>Actors of the event</source>
            <translation>이 사건의 관련자</translation>
        </message>
    </context>
    <context>
        <name>Agreement</name>
        <message>
            <location filename="../../viewer/ui/common/agreement_text.py" line="30" />
            <source>No source</source>
            <translation>출처 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/agreement_text.py" line="31" />
            <source>1 source</source>
            <translation>출처 1개</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/agreement_text.py" line="32" />
            <source>2 sources</source>
            <translation>출처 2개</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/agreement_text.py" line="33" />
            <source>3 sources</source>
            <translation>출처 3개</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/agreement_text.py" line="34" />
            <source>4 sources</source>
            <translation>출처 4개</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/agreement_text.py" line="35" />
            <source>5 or more sources</source>
            <translation>출처 5개 이상</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/agreement_text.py" line="55" />
            <source>Gives %1</source>
            <translation>%1(으)로 씀</translation>
        </message>
    </context>
    <context>
        <name>AnchorNotices</name>
        <message>
            <location filename="../../viewer/ui/source/notices.py" line="20" />
            <source>This evidence has no quote.</source>
            <translation>이 근거에는 인용문이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/notices.py" line="23" />
            <source>Quote not found in this source. The evidence quotes: “%1”</source>
            <translation>이 출처에서 인용문을 찾을 수 없습니다. 근거의 인용문: “%1”</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/notices.py" line="30" />
            <source>The quote differs in meaning from the highlighted passage: %1. Check the passage and correct the quote.</source>
            <translation>인용문이 강조된 대목과 뜻이 다릅니다: %1. 대목을 확인하고 인용문을 고치세요.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/notices.py" line="38" />
            <source>Quote matches only approximately (%1%); the highlighted passage may differ.</source>
            <translation>인용문이 대략적으로만 일치합니다(%1%). 강조 표시된 부분은 실제 인용문과 다를 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/notices.py" line="45" />
            <source>The quote occurs %1 times or more in this source; one of them is highlighted.</source>
            <translation>이 출처에 인용문이 %1번 이상 나옵니다. 그중 하나가 강조 표시되어 있습니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/source/notices.py" line="51" />
            <source>The quote occurs %n time(s) in this source; one of them is highlighted.</source>
            <translation>
                <numerusform>이 출처에 인용문이 %n번 나옵니다. 그중 하나가 강조 표시되어 있습니다.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackgroundLoad</name>
        <message>
            <location filename="../../viewer/ui/shell/loading.py" line="53" />
            <source>Opening Timeline</source>
            <translation>타임라인 여는 중</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/loading.py" line="54" />
            <source>Reading and checking %1…</source>
            <translation>%1 읽고 검사하는 중…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/loading.py" line="55" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <location filename="../../viewer/ui/agreement/comparison.py" line="57" />
            <source>Choose an event to compare what its sources say.</source>
            <translation>사건을 고르면 출처들이 말하는 바를 나란히 비교합니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/agreement/comparison.py" line="65" />
            <source>The sources give different dates.</source>
            <translation>출처마다 날짜가 다릅니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/agreement/comparison.py" line="67" />
            <source>The sources differ in what they say.</source>
            <translation>출처마다 내용이 다릅니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/agreement/comparison.py" line="69" />
            <source>The sources agree.</source>
            <translation>출처들이 일치합니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/agreement/comparison.py" line="96" />
            <source>+%n more (see Details)</source>
            <translation>
                <numerusform>+%n개 더 (세부 정보 참고)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="34" />
            <source>(deleted)</source>
            <translation>(삭제됨)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="45" />
            <source>Resolve Merge Conflicts</source>
            <translation>병합 충돌 해결</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="51" />
            <source>Both you and the new version changed these. Choose which to keep, or write the value yourself; what you leave for later stays listed in the Problems panel.</source>
            <translation>내 편집과 새 버전이 모두 바꾼 항목입니다. 어느 쪽을 남길지 고르거나 값을 직접 쓰세요. 나중으로 미룬 항목은 문제 패널에 남습니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="72" />
            <source>Use My Choices</source>
            <translation>고른 대로 적용</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="75" />
            <source>Decide Later</source>
            <translation>나중에 정하기</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="86" />
            <source>%1 '%2'</source>
            <translation>%1 '%2'</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="88" />
            <source>%1, field %2</source>
            <translation>%1, 필드 %2</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="94" />
            <source>Keep mine</source>
            <translation>내 것 유지</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="94" />
            <source>Take theirs</source>
            <translation>상대 것 받기</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="115" />
            <source>Write my own:</source>
            <translation>직접 쓰기:</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="138" />
            <source>Conflict %1: not valid JSON at line %2, column %3</source>
            <translation>충돌 %1: %2행 %3열이 올바른 JSON이 아닙니다</translation>
        </message>
    </context>
    <context>
        <name>DateEditor</name>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="244" />
            <location filename="../../viewer/ui/editing/date_editor.py" line="261" />
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="245" />
            <location filename="../../viewer/ui/editing/date_editor.py" line="262" />
            <source>Month</source>
            <translation>월</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="246" />
            <location filename="../../viewer/ui/editing/date_editor.py" line="263" />
            <source>Day</source>
            <translation>일</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="247" />
            <source>Interval</source>
            <translation>기간</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="248" />
            <source>Open end</source>
            <translation>끝 미정</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="249" />
            <source>Open start</source>
            <translation>시작 미정</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="253" />
            <source>How precise the date is, or whether it is a period</source>
            <translation>날짜의 정밀도 또는 기간 여부</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="254" />
            <source>&amp;Uncertain</source>
            <translation>불확실(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="255" />
            <source>Possibly this date (written with ?)</source>
            <translation>이 날짜일 가능성 (?로 표기)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="256" />
            <source>A&amp;pproximate</source>
            <translation>대략(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="257" />
            <source>About this date (written with ~)</source>
            <translation>이 날짜 무렵 (~로 표기)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="258" />
            <source>From</source>
            <translation>시작</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="259" />
            <source>To</source>
            <translation>끝</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="264" />
            <source>EDTF te&amp;xt:</source>
            <translation>EDTF 텍스트(&amp;X):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="265" />
            <source>e.g. 2023-11-17, 2023-11, 2015~ or 2018/2019</source>
            <translation>예: 2023-11-17, 2023-11, 2015~, 2018/2019</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="266" />
            <source>The date as stored in the file; empty means undated</source>
            <translation>파일에 저장되는 날짜. 비워 두면 날짜 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="390" />
            <source>In English</source>
            <translation>영어 표기</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="391" />
            <source>In Korean</source>
            <translation>한국어 표기</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="161" />
            <source>No event selected</source>
            <translation>선택한 사건 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="162" />
            <source>Actors</source>
            <translation>관련자</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="163" />
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="164" />
            <source>Summary</source>
            <translation>요약</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="165" />
            <source>Notes</source>
            <translation>메모</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="166" />
            <source>Evidence</source>
            <translation>근거</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="167" />
            <source>No evidence</source>
            <translation>근거 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="231" />
            <source>%1 (EDTF)</source>
            <translation>%1 (EDTF)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/details/panel.py" line="244" />
            <source>Supported by %n source(s)</source>
            <translation>
                <numerusform>출처 %n개가 뒷받침</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="244" />
            <source>No source</source>
            <translation>출처 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="249" />
            <source>The sources give different dates: %1</source>
            <translation>출처마다 날짜가 다름: %1</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="251" />
            <source>The sources differ: see each below</source>
            <translation>출처마다 내용이 다름: 아래 각 출처 참고</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="263" />
            <source>Show %1</source>
            <translation>%1 보기</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/details/panel.py" line="306" />
            <source>Show %1 more (%n not shown)</source>
            <translation>
                <numerusform>%1개 더 보기 (%n개 숨김)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="226" />
            <source>Invalid date</source>
            <translation>잘못된 날짜</translation>
        </message>
    </context>
    <context>
        <name>DisagreementsPanel</name>
        <message>
            <location filename="../../viewer/ui/agreement/panel.py" line="80" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/agreement/panel.py" line="80" />
            <source>Event</source>
            <translation>사건</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/agreement/panel.py" line="80" />
            <source>What differs</source>
            <translation>다른 점</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/agreement/panel.py" line="112" />
            <source>%n event(s) whose sources differ</source>
            <translation>
                <numerusform>출처가 엇갈리는 사건 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/agreement/panel.py" line="114" />
            <source>The sources agree on every event.</source>
            <translation>모든 사건에서 출처들이 일치합니다.</translation>
        </message>
    </context>
    <context>
        <name>DisputeModel</name>
        <message>
            <location filename="../../viewer/ui/agreement/model.py" line="84" />
            <source>Accounts differ</source>
            <translation>내용이 다름</translation>
        </message>
    </context>
    <context>
        <name>EditController</name>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="60" />
            <source>&amp;New Event…</source>
            <translation>새 사건(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="61" />
            <source>&amp;Edit Event…</source>
            <translation>사건 편집(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="62" />
            <source>Dupli&amp;cate Event</source>
            <translation>사건 복제(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="63" />
            <source>&amp;Delete Event</source>
            <translation>사건 삭제(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="85" />
            <source>Add event '%1'</source>
            <translation>사건 '%1' 추가</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="102" />
            <source>Edit event '%1'</source>
            <translation>사건 '%1' 편집</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="115" />
            <source>Duplicate event '%1'</source>
            <translation>사건 '%1' 복제</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="126" />
            <source>Delete event '%1'</source>
            <translation>사건 '%1' 삭제</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="138" />
            <source>Add evidence to '%1'</source>
            <translation>'%1'에 근거 추가</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="189" />
            <source>Edit date of '%1'</source>
            <translation>'%1'의 날짜 편집</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/editing/controller.py" line="197" />
            <source>The new date departs from the date quoted in %n source(s) (%1), kept as what they say. Undo to put it back.</source>
            <translation>
                <numerusform>새 날짜가 출처 %n개가 인용한 날짜(%1)와 다릅니다. 그 날짜는 각 출처의 주장으로 남겨 두었습니다. 되돌리려면 실행 취소하세요.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorGuard</name>
        <message>
            <location filename="../../viewer/ui/shell/error_guard.py" line="81" />
            <source>Timeline Viewer met an error it did not expect: %1</source>
            <translation>Timeline Viewer에서 예상하지 못한 오류가 났습니다: %1</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/error_guard.py" line="85" />
            <source>Your unsaved changes were written to a recovery copy. You can go on working; saving now is a good idea.</source>
            <translation>저장하지 않은 변경 사항은 복구 사본에 기록했습니다. 계속 작업할 수 있지만, 지금 저장해 두는 것이 좋습니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/error_guard.py" line="89" />
            <source>Nothing was lost: there were no unsaved changes.</source>
            <translation>잃은 것은 없습니다. 저장하지 않은 변경 사항이 없었습니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/error_guard.py" line="92" />
            <source>The details were written to %1.</source>
            <translation>자세한 내용은 %1에 기록했습니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/error_guard.py" line="95" />
            <source>Something Went Wrong</source>
            <translation>문제가 발생했습니다</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="250" />
            <source>New Event</source>
            <translation>새 사건</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="254" />
            <source>Edit Event — %1</source>
            <translation>사건 편집 — %1</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="257" />
            <source>&amp;Title:</source>
            <translation>제목(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="258" />
            <source>&amp;Id:</source>
            <translation>ID(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="258" />
            <source>&amp;Summary:</source>
            <translation>요약(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="258" />
            <source>&amp;Date:</source>
            <translation>날짜(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="259" />
            <source>&amp;Kind:</source>
            <translation>유형(&amp;K):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="259" />
            <source>&amp;Actors:</source>
            <translation>관련자(&amp;A):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="259" />
            <source>Ta&amp;gs:</source>
            <translation>태그(&amp;G):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="260" />
            <source>N&amp;otes:</source>
            <translation>메모(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="260" />
            <source>&amp;Evidence:</source>
            <translation>근거(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="264" />
            <source>How the file and links refer to this event</source>
            <translation>파일과 링크에서 이 사건을 가리키는 이름</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="265" />
            <source>made from the title</source>
            <translation>제목으로 자동 생성</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="266" />
            <source>comma separated, e.g. governance, investors</source>
            <translation>쉼표로 구분, 예: governance, investors</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="267" />
            <source>Title in English</source>
            <translation>영어 제목</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="268" />
            <source>Title in Korean</source>
            <translation>한국어 제목</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="269" />
            <source>Summary in English</source>
            <translation>영어 요약</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="270" />
            <source>Summary in Korean</source>
            <translation>한국어 요약</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="354" />
            <source>Enter an id</source>
            <translation>ID를 입력하세요</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="356" />
            <source>An id cannot contain spaces</source>
            <translation>ID에는 공백을 넣을 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="358" />
            <source>Another event already has the id '%1'</source>
            <translation>다른 사건이 이미 ID '%1'을(를) 쓰고 있습니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="362" />
            <source>Enter a title in English or Korean</source>
            <translation>영어나 한국어로 제목을 입력하세요</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="373" />
            <source>Cannot save yet: %1</source>
            <translation>아직 저장할 수 없음: %1</translation>
        </message>
    </context>
    <context>
        <name>EventTable</name>
        <message>
            <location filename="../../viewer/ui/table/model.py" line="148" />
            <source>Dates differ</source>
            <translation>날짜가 다름</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/table/model.py" line="150" />
            <source>Accounts differ</source>
            <translation>내용이 다름</translation>
        </message>
    </context>
    <context>
        <name>EventTablePanel</name>
        <message>
            <location filename="../../viewer/ui/table/panel.py" line="107" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/table/panel.py" line="108" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/table/panel.py" line="109" />
            <source>Kind</source>
            <translation>유형</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/table/panel.py" line="110" />
            <source>Actors</source>
            <translation>관련자</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/table/panel.py" line="111" />
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/table/panel.py" line="112" />
            <source>Sources</source>
            <translation>출처 수</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/table/panel.py" line="113" />
            <source>Disagreement</source>
            <translation>이견</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/table/panel.py" line="116" />
            <source>&amp;Copy Rows</source>
            <translation>행 복사(&amp;C)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/table/panel.py" line="244" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>사건 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/table/panel.py" line="246" />
            <source>%1 of %2 events</source>
            <translation>사건 %2개 중 %1개</translation>
        </message>
    </context>
    <context>
        <name>EvidenceEditor</name>
        <message>
            <location filename="../../viewer/ui/editing/evidence_editor.py" line="65" />
            <source>Evidence %1: %2</source>
            <translation>근거 %1: %2</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_editor.py" line="107" />
            <source>Add e&amp;vidence</source>
            <translation>근거 추가(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_editor.py" line="109" />
            <source>Cite a sentence from a source that supports the event</source>
            <translation>사건을 뒷받침하는 출처의 문장 인용</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_editor.py" line="111" />
            <source>The timeline has no sources to cite</source>
            <translation>타임라인에 인용할 출처가 없습니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_editor.py" line="139" />
            <source>No evidence yet: cite the sentence in a source that supports the event</source>
            <translation>아직 근거가 없습니다. 사건을 뒷받침하는 출처의 문장을 인용하세요</translation>
        </message>
    </context>
    <context>
        <name>EvidenceEntry</name>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="199" />
            <source>Evidence %1</source>
            <translation>근거 %1</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="208" />
            <source>Sou&amp;rce:</source>
            <translation>출처(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="209" />
            <source>&amp;Quote:</source>
            <translation>인용문(&amp;Q):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="210" />
            <source>In context:</source>
            <translation>문맥:</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="211" />
            <source>Text before:</source>
            <translation>앞 텍스트:</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="212" />
            <source>Text after:</source>
            <translation>뒤 텍스트:</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="213" />
            <source>&amp;Date stated in:</source>
            <translation>날짜 근거(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="217" />
            <source>The supporting sentence, copied from the source</source>
            <translation>출처에서 그대로 옮긴, 뒷받침하는 문장</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="218" />
            <source>Quote</source>
            <translation>인용문</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="219" />
            <source>The quote in its source</source>
            <translation>출처 안의 인용문</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="220" />
            <source>The quote shows here in its source once found</source>
            <translation>인용문을 출처에서 찾으면 여기에 보입니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="221" />
            <source>Context &amp;hints</source>
            <translation>문맥 힌트(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="223" />
            <source>Text just before or after the quote, to pick one of several occurrences</source>
            <translation>인용문 바로 앞이나 뒤의 텍스트. 여러 번 나오는 인용문 중 하나를 고를 때 씁니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="226" />
            <source>the sentence giving the date, if the quote does not (optional)</source>
            <translation>인용문에 날짜가 없으면 날짜를 밝힌 문장 (선택)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="228" />
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="229" />
            <source>optional</source>
            <translation>선택 사항</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="230" />
            <source>Remove</source>
            <translation>제거</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="231" />
            <source>Remove this evidence entry</source>
            <translation>이 근거 제거</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="236" />
            <source>'%1' (not in the timeline)</source>
            <translation>'%1' (타임라인에 없음)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="238" />
            <source>Choose a source…</source>
            <translation>출처 선택…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="263" />
            <source>Choose a source</source>
            <translation>출처를 선택하세요</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="265" />
            <source>This source is not in the timeline</source>
            <translation>이 출처는 타임라인에 없습니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="271" />
            <source>Enter the quote</source>
            <translation>인용문을 입력하세요</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="276" />
            <source>The source's text could not be read, so the quote cannot be checked</source>
            <translation>출처 텍스트를 읽을 수 없어 인용문을 확인할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="291" />
            <source>Not found in the source</source>
            <translation>출처에서 찾을 수 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="293" />
            <source>Found only approximately: copy the sentence exactly</source>
            <translation>대략적으로만 일치: 문장을 그대로 복사하세요</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="294" />
            <source>Found</source>
            <translation>찾음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="298" />
            <source>Not found</source>
            <translation>찾을 수 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="302" />
            <source>Differs in meaning: %1</source>
            <translation>뜻이 다름: %1</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="305" />
            <source>Approximate match (%1%)</source>
            <translation>대략 일치 (%1%)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="307" />
            <source>Found exactly</source>
            <translation>정확히 일치</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="309" />
            <source>Found (ignoring spaces and quote marks)</source>
            <translation>일치 (공백과 따옴표 무시)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="311" />
            <source>occurs %1 times or more: add context</source>
            <translation>%1번 이상 나옴: 문맥 힌트를 추가하세요</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="314" />
            <source>occurs %n times: add context</source>
            <translation>
                <numerusform>%n번 나옴: 문맥 힌트를 추가하세요</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="318" />
            <source>the one meant of %n occurrences</source>
            <translation>
                <numerusform>%n곳 중 지정한 위치</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EvidenceHeader</name>
        <message>
            <location filename="../../viewer/ui/source/header.py" line="76" />
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/source/header.py" line="89" />
            <source>Reported by %n source(s)</source>
            <translation>
                <numerusform>출처 %n곳에서 보도</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/source/header.py" line="90" />
            <source>Reported by %n source(s): %1</source>
            <translation>
                <numerusform>출처 %n곳에서 보도: %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/header.py" line="119" />
            <location filename="../../viewer/ui/source/header.py" line="120" />
            <source>Previous evidence</source>
            <translation>이전 근거</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/header.py" line="121" />
            <location filename="../../viewer/ui/source/header.py" line="122" />
            <source>Next evidence</source>
            <translation>다음 근거</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/header.py" line="123" />
            <source>Sources cited for this event</source>
            <translation>이 사건에 인용된 출처</translation>
        </message>
    </context>
    <context>
        <name>ExchangeController</name>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="76" />
            <source>&amp;Export…</source>
            <translation>내보내기(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="77" />
            <source>&amp;Print…</source>
            <translation>인쇄(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="78" />
            <source>&amp;Import…</source>
            <translation>가져오기(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="101" />
            <source>Export Timeline</source>
            <translation>타임라인 내보내기</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="103" />
            <source>Export (*%1)</source>
            <translation>내보내기 (*%1)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="118" />
            <source>Could Not Export</source>
            <translation>내보내지 못함</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="119" />
            <source>The export was not written:

%1</source>
            <translation>내보낸 파일을 쓰지 못했습니다:

%1</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="134" />
            <source>Import Timeline</source>
            <translation>타임라인 가져오기</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="137" />
            <source>Timelines (*.json *.csv *.timeline *.xml);;TimelineJS (*.json *.csv);;Timeline (*.timeline);;All files (*)</source>
            <translation>타임라인 (*.json *.csv *.timeline *.xml);;TimelineJS (*.json *.csv);;Timeline (*.timeline);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="157" />
            <location filename="../../viewer/ui/exchange/controller.py" line="173" />
            <source>Cannot Import</source>
            <translation>가져올 수 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="158" />
            <source>Nothing was imported:

%1</source>
            <translation>아무것도 가져오지 않았습니다:

%1</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="163" />
            <source>Folder for the Imported Timeline</source>
            <translation>가져온 타임라인을 둘 폴더</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="174" />
            <source>The imported timeline was not written:

%1</source>
            <translation>가져온 타임라인을 저장하지 못했습니다:

%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/exchange/controller.py" line="184" />
            <source>%n event(s) imported</source>
            <translation>
                <numerusform>사건 %n개를 가져옴</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/exchange/controller.py" line="186" />
            <source>%n period(s), from its eras</source>
            <translation>
                <numerusform>시대 구분 %n개 (원본의 era에서)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/exchange/controller.py" line="188" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>경고 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="189" />
            <source>The new timeline is %1</source>
            <translation>새 타임라인: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/exchange/controller.py" line="193" />
            <source>and %n more warning(s)</source>
            <translation>
                <numerusform>외 경고 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="196" />
            <source>Import Done</source>
            <translation>가져오기 완료</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="202" />
            <source>The chronology report</source>
            <translation>연대기 보고서</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="202" />
            <source>The timeline as shown</source>
            <translation>보이는 그대로의 타임라인</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="204" />
            <source>Print</source>
            <translation>인쇄</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="204" />
            <source>What to print:</source>
            <translation>인쇄할 것:</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="116" />
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="118" />
            <source>Markdown: a publishable chronology (.md)</source>
            <translation>마크다운: 게시용 연대기 (.md)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="119" />
            <source>HTML: one printable page (.html)</source>
            <translation>HTML: 인쇄할 수 있는 한 페이지 (.html)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="120" />
            <source>CSV: one row per event (.csv)</source>
            <translation>CSV: 사건마다 한 행 (.csv)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="121" />
            <source>CSV: one row per quote (.csv)</source>
            <translation>CSV: 인용문마다 한 행 (.csv)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="122" />
            <source>TimelineJS 3 JSON (.json)</source>
            <translation>TimelineJS 3 JSON (.json)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="123" />
            <source>Timeline, the desktop program (.timeline)</source>
            <translation>Timeline 데스크톱 프로그램 (.timeline)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="124" />
            <source>Chronology report: title page, table of events and quotes (.pdf)</source>
            <translation>연대기 보고서: 표지, 사건과 인용문 표 (.pdf)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="125" />
            <source>The timeline as drawn, vector (.pdf)</source>
            <translation>그려진 타임라인, 벡터 (.pdf)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="126" />
            <source>The timeline as drawn, vector (.svg)</source>
            <translation>그려진 타임라인, 벡터 (.svg)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="127" />
            <source>The timeline as drawn, picture (.png)</source>
            <translation>그려진 타임라인, 그림 (.png)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="132" />
            <source>&amp;Format:</source>
            <translation>형식(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="132" />
            <source>&amp;Language:</source>
            <translation>언어(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="132" />
            <source>Events:</source>
            <translation>사건:</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="132" />
            <source>&amp;Dates:</source>
            <translation>날짜(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="137" />
            <source>All events (nothing is filtered)</source>
            <translation>모든 사건 (필터 없음)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="140" />
            <source>Only the %n event(s) the filter shows</source>
            <translation>
                <numerusform>필터가 보여 주는 사건 %n개만</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="142" />
            <source>from (EDTF, optional)</source>
            <translation>부터 (EDTF, 선택)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="143" />
            <source>to (EDTF, optional)</source>
            <translation>까지 (EDTF, 선택)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="144" />
            <source>Use the &amp;View</source>
            <translation>현재 보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="146" />
            <source>The dates the timeline shows now (for a drawing: the span drawn)</source>
            <translation>지금 타임라인에 보이는 날짜 범위 (그림이면 그려질 범위)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="168" />
            <source>Not a date: %1</source>
            <translation>날짜가 아닙니다: %1</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="75" />
            <source>&amp;Save</source>
            <translation>저장(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="76" />
            <source>Save &amp;As…</source>
            <translation>다른 이름으로 저장(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="77" />
            <source>Revert to Bundled Chronology…</source>
            <translation>내장 연표로 되돌리기…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="121" />
            <source>Timelines (%1);;All files (*)</source>
            <translation>타임라인 (%1);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="123" />
            <source>Open Timeline</source>
            <translation>타임라인 열기</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="216" />
            <source>Timelines (%1)</source>
            <translation>타임라인 (%1)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="218" />
            <source>Save Timeline As</source>
            <translation>타임라인을 다른 이름으로 저장</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="247" />
            <source>Unsaved Changes</source>
            <translation>저장하지 않은 변경 사항</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="248" />
            <source>The timeline has changes that are not saved. Save them first?</source>
            <translation>타임라인에 저장하지 않은 변경 사항이 있습니다. 먼저 저장할까요?</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="141" />
            <source>Revert to Bundled Chronology</source>
            <translation>내장 연표로 되돌리기</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="72" />
            <source>&amp;New Timeline…</source>
            <translation>새 타임라인(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="73" />
            <source>&amp;Open…</source>
            <translation>열기(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="74" />
            <source>Open &amp;Bundled Chronology</source>
            <translation>내장 연표 열기(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="98" />
            <source>Cannot Create Timeline</source>
            <translation>타임라인을 만들 수 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="99" />
            <source>The timeline was not created:

%1</source>
            <translation>타임라인을 만들지 못했습니다:

%1</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="143" />
            <source>Your working copy of the bundled chronology will be deleted and the chronology reopened as shipped. This cannot be undone.</source>
            <translation>내장 연표의 작업 사본이 삭제되고 연표가 배포된 원래 상태로 다시 열립니다. 이 작업은 되돌릴 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="162" />
            <source>No Timeline Open</source>
            <translation>열린 타임라인 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="163" />
            <source>Create a timeline (File ▸ New Timeline…) or open one first.</source>
            <translation>먼저 타임라인을 만들거나(파일 ▸ 새 타임라인…) 여세요.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="172" />
            <source>Save Your Working Copy</source>
            <translation>작업 사본 저장</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="174" />
            <source>A source's text is kept beside its timeline, and the bundled chronology is never changed. Save your working copy of it first, and add the source there?</source>
            <translation>출처의 본문은 타임라인 옆에 보관되며, 내장 연대기는 바뀌지 않습니다. 먼저 작업 사본을 저장하고 그곳에 출처를 추가할까요?</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="286" />
            <source>File Changed on Disk</source>
            <translation>디스크의 파일이 변경됨</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="287" />
            <source>%1 was changed by another program. Reload it?</source>
            <translation>다른 프로그램이 %1을(를) 변경했습니다. 다시 불러올까요?</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="322" />
            <source>Cannot Open Timeline</source>
            <translation>타임라인을 열 수 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="323" />
            <source>The file could not be opened:

%1</source>
            <translation>파일을 열 수 없습니다.

%1</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="52" />
            <source>&amp;Clear Filter</source>
            <translation>필터 지우기(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="53" />
            <source>Show every event again</source>
            <translation>모든 사건을 다시 표시</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="73" />
            <source>All of: %1</source>
            <translation>모두 포함: %1</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="73" />
            <source>Actors: %1</source>
            <translation>관련자: %1</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="74" />
            <source>Kind: %1</source>
            <translation>종류: %1</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="74" />
            <source>Tags: %1</source>
            <translation>태그: %1</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="75" />
            <source>Sources: %1</source>
            <translation>출처: %1</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="76" />
            <source>From %1</source>
            <translation>%1부터</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="76" />
            <source>until %1</source>
            <translation>%1까지</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="77" />
            <source>Text: “%1”</source>
            <translation>글: “%1”</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="77" />
            <source>with evidence</source>
            <translation>근거 있음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="78" />
            <source>undated only</source>
            <translation>날짜 없는 사건만</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="99" />
            <source>%1 of %2 events</source>
            <translation>사건 %2개 중 %1개</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="105" />
            <source>Filtered: %1</source>
            <translation>필터: %1</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="117" />
            <source>Kinds</source>
            <translation>종류</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="118" />
            <source>Tags (events with any ticked)</source>
            <translation>태그 (체크한 것 중 하나라도 있는 사건)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="119" />
            <source>Sources (events citing any ticked)</source>
            <translation>출처 (체크한 것 중 하나라도 인용한 사건)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="120" />
            <source>Dates (Shift+drag on the overview strip)</source>
            <translation>날짜 (개요 띠에서 Shift+드래그)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="122" />
            <source>&amp;From:</source>
            <translation>시작(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="122" />
            <source>&amp;To:</source>
            <translation>끝(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="125" />
            <source>EDTF, such as 2023-11</source>
            <translation>EDTF, 예: 2023-11</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="126" />
            <source>EDTF, such as 2023-11-22</source>
            <translation>EDTF, 예: 2023-11-22</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="127" />
            <source>More</source>
            <translation>기타</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="128" />
            <source>Text the events hold</source>
            <translation>사건에 들어 있는 글</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="129" />
            <source>Only events with evidence</source>
            <translation>근거가 있는 사건만</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="130" />
            <source>Only undated events</source>
            <translation>날짜 없는 사건만</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="131" />
            <source>C&amp;lear Filter</source>
            <translation>필터 지우기(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="132" />
            <source>Show every event again (actors included)</source>
            <translation>모든 사건을 다시 표시 (관련자 포함)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="170" />
            <source>Not a date: %1</source>
            <translation>날짜가 아닙니다: %1</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../viewer/ui/source/find_bar.py" line="124" />
            <source>not found</source>
            <translation>찾을 수 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/find_bar.py" line="126" />
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/find_bar.py" line="145" />
            <source>Find in source</source>
            <translation>출처에서 찾기</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/find_bar.py" line="146" />
            <source>Previous match (Shift+Enter)</source>
            <translation>이전 검색 결과 (Shift+Enter)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/find_bar.py" line="147" />
            <source>Next match (Enter)</source>
            <translation>다음 검색 결과 (Enter)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/find_bar.py" line="148" />
            <source>Close (Esc)</source>
            <translation>닫기 (Esc)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/find_bar.py" line="149" />
            <source>Close find bar</source>
            <translation>찾기 표시줄 닫기</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <location filename="../../viewer/ui/shell/guide_dialog.py" line="16" />
            <source>Timeline Viewer User Guide</source>
            <translation>Timeline Viewer 사용 안내서</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/guide_dialog.py" line="23" />
            <source>The guide could not be read: %1</source>
            <translation>안내서를 읽지 못했습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <location filename="../../viewer/ui/shell/help_menu.py" line="49" />
            <source>About Timeline Viewer</source>
            <translation>타임라인 뷰어 정보</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/help_menu.py" line="52" />
            <source>Timeline Viewer %1

Read a news story as a timeline, every event tied to the sentence in its source that supports it.</source>
            <translation>타임라인 뷰어 %1

뉴스 기사를 타임라인으로 읽습니다. 모든 사건은 출처에서 그 사건을 뒷받침하는 문장과 연결됩니다.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="232" />
            <source>Actors</source>
            <translation>관련자</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="233" />
            <source>Sources</source>
            <translation>출처</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="234" />
            <source>Filter</source>
            <translation>필터</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="235" />
            <source>Search</source>
            <translation>검색</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="236" />
            <source>Suggestions</source>
            <translation>제안</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="237" />
            <source>Source</source>
            <translation>출처</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="238" />
            <source>Details</source>
            <translation>세부 정보</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="239" />
            <source>Disagreements</source>
            <translation>엇갈리는 출처</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="240" />
            <source>Events</source>
            <translation>사건</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="241" />
            <source>History</source>
            <translation>편집 기록</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="246" />
            <source>&lt;opened file&gt;</source>
            <translation>&lt;파일을 연 시점&gt;</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="298" />
            <source>New Event Here…</source>
            <translation>여기에 새 사건 만들기…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="327" />
            <source>No dated sentence of this source is left without an event.</source>
            <translation>이 출처에서 사건이 없는 날짜 문장은 더 없습니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="333" />
            <source>Select an event first.</source>
            <translation>먼저 사건을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="334" />
            <source>The selected event has no date: it is first in the Undated strip.</source>
            <translation>선택한 사건에는 날짜가 없습니다. 날짜 없음 줄의 맨 앞에 있습니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="336" />
            <source>The selected event is hidden by the filter: clear it in the bar above the timeline to see it.</source>
            <translation>선택한 사건은 필터에 가려져 있습니다. 보려면 타임라인 위 막대에서 필터를 지우세요.</translation>
        </message>
    </context>
    <context>
        <name>MappingDialog</name>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="28" />
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="29" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="30" />
            <source>End date</source>
            <translation>끝 날짜</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="31" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="32" />
            <source>Title (English)</source>
            <translation>제목(영어)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="33" />
            <source>Title (Korean)</source>
            <translation>제목(한국어)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="34" />
            <source>Summary</source>
            <translation>요약</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="35" />
            <source>Actors</source>
            <translation>관련자</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="36" />
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="37" />
            <source>Kind</source>
            <translation>유형</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="38" />
            <source>Source</source>
            <translation>출처</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="39" />
            <source>Quote</source>
            <translation>인용문</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="81" />
            <source>Columns of the Table</source>
            <translation>표의 열</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="84" />
            <source>Which column holds what? Columns left out are kept with each event as they are, under their own names.</source>
            <translation>어느 열에 무엇이 있나요? 고르지 않은 열은 각 사건에 원래 이름 그대로 보관됩니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="89" />
            <source>(not in the table)</source>
            <translation>(표에 없음)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="100" />
            <source>Choose the column that holds the title.</source>
            <translation>제목이 있는 열을 고르세요.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="104" />
            <source>A column can hold one field only: %1</source>
            <translation>한 열은 한 항목에만 쓸 수 있습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>NewActorDialog</name>
        <message>
            <location filename="../../viewer/ui/editing/new_actor_dialog.py" line="68" />
            <source>New Actor</source>
            <translation>새 관련자</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/new_actor_dialog.py" line="69" />
            <source>&amp;English name:</source>
            <translation>영어 이름(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/new_actor_dialog.py" line="69" />
            <source>&amp;Korean name:</source>
            <translation>한국어 이름(&amp;K):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/new_actor_dialog.py" line="69" />
            <source>Kin&amp;d:</source>
            <translation>유형(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/new_actor_dialog.py" line="88" />
            <source>Enter a name in English or Korean</source>
            <translation>영어나 한국어로 이름을 입력하세요</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/editing/new_actor_dialog.py" line="90" />
            <source>An actor called '%1' already exists</source>
            <translation>'%1'(이)라는 관련자가 이미 있습니다</translation>
        </message>
    </context>
    <context>
        <name>NewTimelineDialog</name>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="68" />
            <source>New Timeline</source>
            <translation>새 타임라인</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="69" />
            <source>&amp;Title:</source>
            <translation>제목(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="70" />
            <source>&amp;Folder:</source>
            <translation>폴더(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="71" />
            <source>What the chronology is about</source>
            <translation>연대기의 주제</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="72" />
            <source>&amp;Choose…</source>
            <translation>선택(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="98" />
            <source>Folder for the New Timeline</source>
            <translation>새 타임라인을 둘 폴더</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="107" />
            <source>Give the timeline a title.</source>
            <translation>타임라인 제목을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="109" />
            <source>Choose a folder.</source>
            <translation>폴더를 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="112" />
            <source>This is a file, not a folder.</source>
            <translation>폴더가 아니라 파일입니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="114" />
            <source>This folder already holds a timeline: open it, or choose another.</source>
            <translation>이 폴더에는 이미 타임라인이 있습니다. 그것을 열거나 다른 폴더를 고르세요.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="125" />
            <source>Creates %1 and a %2 folder for its documents in %3</source>
            <translation>%3에 %1 파일과 문서를 담을 %2 폴더를 만듭니다</translation>
        </message>
    </context>
    <context>
        <name>OutsideChanges</name>
        <message>
            <location filename="../../viewer/ui/shell/outside_change.py" line="44" />
            <source>Merge my changes into the new version</source>
            <translation>내 변경 사항을 새 버전에 병합</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/outside_change.py" line="45" />
            <source>Reload the new version (my changes are dropped)</source>
            <translation>새 버전 다시 불러오기(내 변경 사항은 버림)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/outside_change.py" line="46" />
            <source>Keep my version (saving replaces the new one)</source>
            <translation>내 버전 유지(저장하면 새 버전을 덮어씀)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/outside_change.py" line="50" />
            <source>File Changed on Disk</source>
            <translation>디스크의 파일이 변경됨</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/outside_change.py" line="52" />
            <source>%1 was changed by another program while you have unsaved changes.</source>
            <translation>저장하지 않은 변경 사항이 있는 동안 다른 프로그램이 %1을(를) 바꿨습니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/outside_change.py" line="80" />
            <source>Merge My Changes</source>
            <translation>내 변경 사항 병합</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/outside_change.py" line="90" />
            <source>part of it could not be read</source>
            <translation>일부를 읽을 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/outside_change.py" line="94" />
            <source>Cannot Merge</source>
            <translation>병합할 수 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/outside_change.py" line="95" />
            <source>The new version could not be read whole:

%1</source>
            <translation>새 버전을 온전히 읽을 수 없습니다.

%1</translation>
        </message>
    </context>
    <context>
        <name>OverviewStrip</name>
        <message>
            <location filename="../../viewer/ui/timeline/overview.py" line="34" />
            <source>Whole timeline: drag the frame or click to move the view; Shift+drag to show only the events of the days you span</source>
            <translation>전체 타임라인: 틀을 끌거나 클릭해 보기를 옮기고, Shift+드래그로 그 기간의 사건만 표시</translation>
        </message>
    </context>
    <context>
        <name>PeriodsDialog</name>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="106" />
            <source>Periods</source>
            <translation>시대 구분</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="107" />
            <source>&amp;Add</source>
            <translation>추가(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="108" />
            <source>&amp;Remove</source>
            <translation>제거(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="109" />
            <source>&amp;Id:</source>
            <translation>ID(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="109" />
            <source>&amp;English title:</source>
            <translation>영어 제목(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="109" />
            <source>&amp;Korean title:</source>
            <translation>한국어 제목(&amp;K):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="110" />
            <source>&amp;Date:</source>
            <translation>날짜(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="110" />
            <source>&amp;Colour:</source>
            <translation>색(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="110" />
            <source>&amp;Notes:</source>
            <translation>메모(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="113" />
            <source>EDTF, such as 2023-11-17/2023-11-21</source>
            <translation>EDTF, 예: 2023-11-17/2023-11-21</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="132" />
            <source>New period</source>
            <translation>새 시대 구분</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="222" />
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="205" />
            <source>Period Colour</source>
            <translation>시대 구분 색</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="230" />
            <source>The id “%1” is empty or holds spaces</source>
            <translation>ID “%1”이(가) 비었거나 공백을 담고 있습니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="232" />
            <source>The id “%1” is used twice</source>
            <translation>ID “%1”이(가) 두 번 쓰였습니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="235" />
            <source>The period “%1” needs a title</source>
            <translation>시대 구분 “%1”에 제목이 필요합니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="239" />
            <source>The period “%1” needs a date: %2</source>
            <translation>시대 구분 “%1”에 날짜가 필요합니다: %2</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="253" />
            <source>Edit Periods</source>
            <translation>시대 구분 편집</translation>
        </message>
    </context>
    <context>
        <name>ProblemsModel</name>
        <message>
            <location filename="../../viewer/ui/problems/model.py" line="126" />
            <source>Severity</source>
            <translation>심각도</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/problems/model.py" line="126" />
            <source>Location</source>
            <translation>위치</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/problems/model.py" line="126" />
            <source>Path</source>
            <translation>경로</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/problems/model.py" line="126" />
            <source>Message</source>
            <translation>메시지</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/problems/model.py" line="150" />
            <source>Error</source>
            <translation>오류</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/problems/model.py" line="150" />
            <source>Warning</source>
            <translation>경고</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="111" />
            <source>All</source>
            <translation>전체</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="111" />
            <source>Errors</source>
            <translation>오류</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="111" />
            <source>Warnings</source>
            <translation>경고</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="114" />
            <source>Show problems of this severity</source>
            <translation>이 심각도의 문제만 표시</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="115" />
            <source>Filter problems</source>
            <translation>문제 필터</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/problems/panel.py" line="127" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>오류 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/problems/panel.py" line="129" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>경고 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="151" />
            <source>%1 (%2 shown)</source>
            <translation>%1 (%2개 표시)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="164" />
            <source>Keep Mine</source>
            <translation>내 것 유지</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="164" />
            <source>Take Theirs</source>
            <translation>상대 것 받기</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="174" />
            <source>Resolve Conflict</source>
            <translation>충돌 해결</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="130" />
            <source>No problems</source>
            <translation>문제 없음</translation>
        </message>
    </context>
    <context>
        <name>ReanchorDialog</name>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="37" />
            <source>Exact</source>
            <translation>정확히 일치</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="38" />
            <source>Normalized</source>
            <translation>정규화 후 일치</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="39" />
            <source>Reworded</source>
            <translation>표현만 바뀜</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="40" />
            <source>Meaning changed</source>
            <translation>뜻이 바뀜</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="41" />
            <source>Lost</source>
            <translation>사라짐</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="72" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="76" />
            <source>Not in the new text: “%1”</source>
            <translation>새 본문에 없음: “%1”</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="91" />
            <source>Replace Source Text</source>
            <translation>출처 본문 교체</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="92" />
            <source>Event</source>
            <translation>사건</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="92" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="92" />
            <source>Quote</source>
            <translation>인용문</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="94" />
            <source>&amp;Replace</source>
            <translation>교체(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="101" />
            <source>No evidence cites this source.</source>
            <translation>이 출처를 인용하는 근거가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="103" />
            <source>Reworded quotes will take the new text's wording.</source>
            <translation>표현만 바뀐 인용문은 새 본문의 표현으로 바뀝니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="107" />
            <source>Quotes whose meaning changed or that were lost stay as they are and will be listed under Problems, to be checked.</source>
            <translation>뜻이 바뀌었거나 사라진 인용문은 그대로 두며, 확인할 수 있도록 문제 목록에 나타납니다.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeeper</name>
        <message>
            <location filename="../../viewer/ui/shell/recovery.py" line="120" />
            <source>an untitled timeline</source>
            <translation>제목 없는 타임라인</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/recovery.py" line="124" />
            <source>Restore Unsaved Changes?</source>
            <translation>저장하지 않은 변경 사항을 복구할까요?</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/recovery.py" line="127" />
            <source>The app did not close normally. Unsaved changes to %1 were kept at %2. Restore them? (No opens the saved file and keeps the changes for later.)</source>
            <translation>앱이 정상적으로 종료되지 않았습니다. %1의 저장하지 않은 변경 사항이 %2에 보관되었습니다. 복구할까요? (아니요를 누르면 저장된 파일을 열고 변경 사항은 나중을 위해 보관합니다.)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/recovery.py" line="145" />
            <source>Cannot Restore</source>
            <translation>복구할 수 없음</translation>
        </message>
    </context>
    <context>
        <name>SaveQuestions</name>
        <message>
            <location filename="../../viewer/ui/shell/save_questions.py" line="36" />
            <source>File Changed on Disk</source>
            <translation>디스크의 파일이 변경됨</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/save_questions.py" line="39" />
            <source>%1 was changed by another program since you opened it. Saving will replace those changes with yours.</source>
            <translation>파일을 연 뒤에 다른 프로그램이 %1을(를) 변경했습니다. 저장하면 그 변경 내용을 지금 작업한 내용으로 덮어씁니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/save_questions.py" line="57" />
            <source>Part of the File Could Not Be Read</source>
            <translation>파일의 일부를 읽을 수 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/save_questions.py" line="59" />
            <source>Some entries of this file could not be read (see Problems). Saving will leave them out. Save anyway?</source>
            <translation>이 파일의 일부 항목을 읽을 수 없습니다('문제' 참조). 저장하면 그 항목은 빠집니다. 그래도 저장할까요?</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/save_questions.py" line="74" />
            <source>File Is Read-Only</source>
            <translation>읽기 전용 파일</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/save_questions.py" line="76" />
            <source>%1 is read-only. Replace it with your changes anyway?</source>
            <translation>%1은(는) 읽기 전용입니다. 그래도 변경 내용으로 바꾸시겠습니까?</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/save_questions.py" line="89" />
            <source>Could Not Save</source>
            <translation>저장하지 못함</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/save_questions.py" line="92" />
            <source>The timeline was not saved; your changes are still here and the file on disk is unchanged.

%1</source>
            <translation>타임라인을 저장하지 못했습니다. 변경 사항은 그대로 남아 있고 디스크의 파일도 바뀌지 않았습니다.

%1</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="74" />
            <source>Search events and sources (Ctrl+Shift+F)</source>
            <translation>사건과 출처 검색 (Ctrl+Shift+F)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="77" />
            <source>Finds text in titles, summaries, notes, quotes, actors, tags and the full text of every source</source>
            <translation>제목, 요약, 메모, 인용문, 관련자, 태그와 모든 출처의 본문에서 글을 찾습니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="81" />
            <source>Only matches on the timeline</source>
            <translation>타임라인에 일치 항목만</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="82" />
            <source>Show only the events that match on the timeline</source>
            <translation>타임라인에 검색과 일치하는 사건만 표시</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="84" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="84" />
            <source>Summary</source>
            <translation>요약</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="84" />
            <source>Notes</source>
            <translation>메모</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="85" />
            <source>Quote</source>
            <translation>인용문</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="85" />
            <source>Actor</source>
            <translation>관련자</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="85" />
            <source>Tag</source>
            <translation>태그</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="113" />
            <source>Type in the search field to find text anywhere.</source>
            <translation>검색 칸에 입력하면 어디에 있든 찾습니다.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/search/panel.py" line="137" />
            <source>Events (%n)</source>
            <translation>
                <numerusform>사건 (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="143" />
            <source>%1 (also in %2)</source>
            <translation>%1 (%2에도 있음)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/search/panel.py" line="147" />
            <source>In sources (%n)</source>
            <translation>
                <numerusform>출처 본문 (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="157" />
            <source>%1 · line %2</source>
            <translation>%1 · %2행</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="163" />
            <source>Nothing found for “%1”.</source>
            <translation>“%1”에 대한 결과가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="166" />
            <source>The first %1 results: type more to narrow them.</source>
            <translation>처음 %1개 결과입니다. 더 입력해 좁혀 보세요.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/search/panel.py" line="169" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>결과 %n개</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="28" />
            <source>Keyboard Shortcuts</source>
            <translation>단축키</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="31" />
            <source>Command</source>
            <translation>명령</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="31" />
            <source>Keys</source>
            <translation>키</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="37" />
            <source>Anywhere in the window</source>
            <translation>창 어디서나</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="42" />
            <source>On the timeline</source>
            <translation>타임라인에서</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="78" />
            <source>Zoom in</source>
            <translation>확대</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="79" />
            <source>Zoom out</source>
            <translation>축소</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="80" />
            <source>Select the previous event</source>
            <translation>이전 사건 선택</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="81" />
            <source>Select the next event</source>
            <translation>다음 사건 선택</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="82" />
            <source>Select the first event</source>
            <translation>첫 사건 선택</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="83" />
            <source>Select the last event</source>
            <translation>마지막 사건 선택</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="84" />
            <source>Edit the selected event</source>
            <translation>선택한 사건 편집</translation>
        </message>
    </context>
    <context>
        <name>SourceDialog</name>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="79" />
            <source>Source</source>
            <translation>출처</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="81" />
            <source>Title (&amp;English):</source>
            <translation>제목(영어)(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="81" />
            <source>Title (&amp;Korean):</source>
            <translation>제목(한국어)(&amp;K):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="82" />
            <source>&amp;Author:</source>
            <translation>저자(&amp;A):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="82" />
            <source>&amp;Publisher:</source>
            <translation>발행처(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="83" />
            <source>Pu&amp;blished:</source>
            <translation>발행일(&amp;B):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="83" />
            <source>Add&amp;ress:</source>
            <translation>주소(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="84" />
            <source>&amp;Language:</source>
            <translation>언어(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="84" />
            <source>&amp;Notes:</source>
            <translation>메모(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="88" />
            <source>e.g. 2023-11-22, 2023-11 or 2023</source>
            <translation>예: 2023-11-22, 2023-11 또는 2023</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="113" />
            <source>Not a date: %1</source>
            <translation>날짜가 아닙니다: %1</translation>
        </message>
    </context>
    <context>
        <name>SourcePane</name>
        <message>
            <location filename="../../viewer/ui/source/pane.py" line="128" />
            <source>Select an event to read its source, or open a source in the Sources panel</source>
            <translation>사건을 선택해 출처를 읽거나, 출처 패널에서 출처를 여세요</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/pane.py" line="130" />
            <source>A dated sentence that supports no event yet</source>
            <translation>아직 어떤 사건의 근거도 아닌 날짜 문장</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/pane.py" line="169" />
            <source>This event cites no source.</source>
            <translation>이 사건에는 인용된 출처가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/pane.py" line="178" />
            <source>This evidence cites an unknown source “%1”.</source>
            <translation>이 근거가 인용한 출처를 알 수 없습니다: “%1”</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/pane.py" line="180" />
            <location filename="../../viewer/ui/source/pane.py" line="211" />
            <source>The file of this source could not be read.</source>
            <translation>이 출처의 파일을 읽을 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>SourcesController</name>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="86" />
            <source>Add…</source>
            <translation>추가…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="87" />
            <source>Paste</source>
            <translation>붙여넣기</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="88" />
            <source>Details…</source>
            <translation>정보…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="89" />
            <source>Replace…</source>
            <translation>교체…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="90" />
            <source>Remove</source>
            <translation>제거</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="95" />
            <source>&amp;Add Source…</source>
            <translation>출처 추가(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="96" />
            <source>Paste as New &amp;Source</source>
            <translation>새 출처로 붙여넣기(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="97" />
            <source>Source &amp;Details…</source>
            <translation>출처 정보(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="98" />
            <source>Replace Source &amp;Text…</source>
            <translation>출처 본문 교체(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="99" />
            <source>Re&amp;move Source</source>
            <translation>출처 삭제(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="111" />
            <location filename="../../viewer/ui/sources/controller.py" line="263" />
            <source>Documents (%1);;All files (*)</source>
            <translation>문서 (%1);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="113" />
            <source>Add Source</source>
            <translation>출처 추가</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="137" />
            <source>'%1' is already the source “%2”.</source>
            <translation>'%1'은(는) 이미 출처 “%2”입니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="145" />
            <source>'%1' was not added: the timeline's sources would pass %2 million characters together.</source>
            <translation>'%1'을(를) 추가하지 않았습니다: 타임라인의 출처가 합쳐서 %2백만 자를 넘게 됩니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="153" />
            <source>%1 (%2 of %3)</source>
            <translation>%1 (%3개 중 %2번째)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="161" />
            <source>Some Documents Were Not Added</source>
            <translation>추가하지 못한 문서가 있음</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/sources/controller.py" line="162" />
            <source>%n document(s) could not be added:</source>
            <translation>
                <numerusform>문서 %n개를 추가하지 못했습니다:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="190" />
            <source>Nothing to Paste</source>
            <translation>붙여넣을 내용 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="191" />
            <source>The clipboard holds no text.</source>
            <translation>클립보드에 텍스트가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="198" />
            <source>Cannot Paste</source>
            <translation>붙여넣을 수 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="233" />
            <source>Add Source “%1”</source>
            <translation>출처 “%1” 추가</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="249" />
            <source>Edit Source “%1”</source>
            <translation>출처 “%1” 편집</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="265" />
            <source>Replace Source Text</source>
            <translation>출처 본문 교체</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="273" />
            <source>Cannot Read Document</source>
            <translation>문서를 읽을 수 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="292" />
            <source>Replace Text of “%1”</source>
            <translation>“%1” 본문 교체</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/sources/controller.py" line="315" />
            <source>and %n more event(s)</source>
            <translation>
                <numerusform>외 사건 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="318" />
            <source>Source Is Cited</source>
            <translation>인용 중인 출처</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="321" />
            <source>“%1” cannot be removed while events cite it. Remove or change their evidence first:

%2</source>
            <translation>사건들이 인용하는 동안에는 “%1”을(를) 삭제할 수 없습니다. 먼저 그 근거를 지우거나 바꾸세요:

%2</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="330" />
            <source>Remove Source “%1”</source>
            <translation>출처 “%1” 삭제</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="336" />
            <source>Could Not Add Source</source>
            <translation>출처를 추가하지 못함</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="337" />
            <source>The source's text could not be written:

%1</source>
            <translation>출처 본문을 저장하지 못했습니다:

%1</translation>
        </message>
    </context>
    <context>
        <name>SourcesPanel</name>
        <message>
            <location filename="../../viewer/ui/sources/panel.py" line="117" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/panel.py" line="119" />
            <source>Author · Publisher</source>
            <translation>저자 · 발행처</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/panel.py" line="118" />
            <source>Published</source>
            <translation>발행일</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/panel.py" line="119" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/panel.py" line="117" />
            <source>Events</source>
            <translation>사건 수</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/panel.py" line="114" />
            <source>More</source>
            <translation>기타</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/panel.py" line="118" />
            <source>Coverage</source>
            <translation>활용도</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/panel.py" line="124" />
            <source>No sources yet. Add an article (a text, web page, Word or PDF file), drop files on the window, or paste text as a new source.</source>
            <translation>아직 출처가 없습니다. 기사(텍스트, 웹 페이지, Word 또는 PDF 파일)를 추가하거나, 창에 파일을 끌어다 놓거나, 텍스트를 새 출처로 붙여넣으세요.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/panel.py" line="129" />
            <source>Coverage: the share of the source's dated sentences that support an event</source>
            <translation>활용도: 출처의 날짜 문장 가운데 사건의 근거가 된 비율</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="106" />
            <source>Dismiss Suggestion “%1”</source>
            <translation>제안 “%1” 무시</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="115" />
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="115" />
            <source>Sentence</source>
            <translation>문장</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="115" />
            <source>Actors</source>
            <translation>관련자</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="116" />
            <source>&amp;Accept…</source>
            <translation>수락(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="117" />
            <source>Make an event of this sentence (Enter)</source>
            <translation>이 문장으로 사건 만들기 (Enter)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="118" />
            <source>&amp;Dismiss</source>
            <translation>무시(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="119" />
            <source>This sentence is no event (Delete)</source>
            <translation>이 문장은 사건이 아님 (Delete)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="176" />
            <source>Looking for dated sentences…</source>
            <translation>날짜가 있는 문장을 찾는 중…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="189" />
            <source>This source is too long for suggestions (over %1 characters).</source>
            <translation>이 출처는 너무 길어 제안을 만들지 않습니다 (%1자 초과).</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="193" />
            <source>Open a source to see the events its dated sentences suggest.</source>
            <translation>출처를 열면 그 날짜 문장들이 제안하는 사건이 보입니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="201" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/suggestions/panel.py" line="201" />
            <source>%n suggested event(s)</source>
            <translation>
                <numerusform>제안된 사건 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="216" />
            <source>%1; borrowed from %2</source>
            <translation>%1; %2에서 빌려 옴</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="227" />
            <source>no date of its own</source>
            <translation>자체 날짜 없음</translation>
        </message>
    </context>
    <context>
        <name>SupportPointer</name>
        <message>
            <location filename="../../viewer/ui/source/pointer.py" line="46" />
            <source>Supports:</source>
            <translation>뒷받침하는 사건:</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/pointer.py" line="48" />
            <source>Click to select the event</source>
            <translation>클릭하여 사건 선택</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/pointer.py" line="50" />
            <source>Click to select; click again for the next event</source>
            <translation>클릭하여 선택, 다시 클릭하면 다음 사건 선택</translation>
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="175" />
            <source>Group by:</source>
            <translation>그룹 기준:</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="176" />
            <source>Colour by:</source>
            <translation>색상 기준:</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="177" />
            <source>Story axis</source>
            <translation>이야기 축</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="180" />
            <source>Stretch time where events crowd and compress it where nothing happens, so that long quiet years and one busy week are both readable</source>
            <translation>사건이 몰린 때는 시간을 늘리고 아무 일도 없는 때는 줄여, 조용한 여러 해와 바쁜 한 주를 함께 읽을 수 있게 합니다</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="185" />
            <source>Nothing</source>
            <translation>없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="186" />
            <source>Actor</source>
            <translation>관련자</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="187" />
            <location filename="../../viewer/ui/timeline/panel.py" line="196" />
            <source>Source</source>
            <translation>출처</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="188" />
            <source>Tag</source>
            <translation>태그</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="189" />
            <location filename="../../viewer/ui/timeline/panel.py" line="195" />
            <source>Kind</source>
            <translation>유형</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="197" />
            <source>Corroboration</source>
            <translation>출처 수</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="../../viewer/ui/timeline/painter.py" line="134" />
            <source>No actor</source>
            <translation>관련자 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/painter.py" line="135" />
            <source>No evidence</source>
            <translation>근거 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/painter.py" line="136" />
            <source>No tag</source>
            <translation>태그 없음</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/geometry.py" line="47" />
            <location filename="../../viewer/ui/timeline/painter.py" line="272" />
            <source>+%n more</source>
            <translation>+%n개 더</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/popups.py" line="44" />
            <source>The sources give different dates</source>
            <translation>출처마다 날짜가 다름</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/popups.py" line="47" />
            <source>The sources differ</source>
            <translation>출처마다 내용이 다름</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/popups.py" line="51" />
            <source>Show the other undated events</source>
            <translation>날짜 없는 나머지 사건 보기</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/timeline/view.py" line="70" />
            <source>%n event(s) here: click to zoom in</source>
            <translation>
                <numerusform>이곳에 사건 %n개: 클릭하여 확대</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="53" />
            <source>Fact</source>
            <translation>사실</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="54" />
            <source>Claim</source>
            <translation>주장</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="55" />
            <source>Opinion</source>
            <translation>의견</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="56" />
            <source>Speculation</source>
            <translation>추측</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="64" />
            <source>An established fact</source>
            <translation>확인된 사실</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="65" />
            <source>Attributed to someone</source>
            <translation>특정인의 말로 전해진 내용</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="66" />
            <source>The author's view</source>
            <translation>작성자의 견해</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="67" />
            <source>Conjecture</source>
            <translation>확인되지 않은 추정</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="75" />
            <source>Something that happened, as the sources report it.</source>
            <translation>출처가 전하는 대로 일어난 일.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="78" />
            <source>Something someone says happened, attributed to them.</source>
            <translation>누군가가 일어났다고 말하는 일로, 말한 사람을 밝혀 전합니다.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="81" />
            <source>The author's view or judgement.</source>
            <translation>작성자의 견해나 판단.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="82" />
            <source>A conjecture about what happened or may happen.</source>
            <translation>일어났거나 일어날 수 있는 일에 대한 추정.</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="92" />
            <source>Person</source>
            <translation>인물</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="93" />
            <source>Organization</source>
            <translation>조직</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="94" />
            <source>Group</source>
            <translation>집단</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="102" />
            <source>People</source>
            <translation>인물</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="103" />
            <source>Organizations</source>
            <translation>조직</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="104" />
            <source>Groups</source>
            <translation>집단</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="111" />
            <source>Undated</source>
            <translation>날짜 없음</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="205" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="205" />
            <source>Open &amp;Recent</source>
            <translation>최근 파일 열기(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="205" />
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="206" />
            <source>&amp;Sources</source>
            <translation>출처(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="207" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="207" />
            <source>&amp;Panels</source>
            <translation>패널(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="208" />
            <source>&amp;Language</source>
            <translation>언어(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="208" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="213" />
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="213" />
            <source>&amp;Undo</source>
            <translation>실행 취소(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="213" />
            <source>&amp;Redo</source>
            <translation>다시 실행(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="214" />
            <source>&amp;Find in Source…</source>
            <translation>출처에서 찾기(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="214" />
            <source>Zoom &amp;In</source>
            <translation>확대(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="215" />
            <source>&amp;Search Everything…</source>
            <translation>전체 검색(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="216" />
            <source>Zoom &amp;Out</source>
            <translation>축소(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="216" />
            <source>&amp;Fit Whole Timeline</source>
            <translation>전체 보기(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="217" />
            <source>Zoom to &amp;Selection</source>
            <translation>선택한 사건으로 확대(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="218" />
            <source>New Event from &amp;Selection</source>
            <translation>선택 영역으로 새 사건 만들기(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="219" />
            <source>Add Selection as E&amp;vidence</source>
            <translation>선택 영역을 근거로 추가(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="220" />
            <source>Manage &amp;Actors…</source>
            <translation>관련자 관리(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="220" />
            <source>&amp;Reset Layout</source>
            <translation>레이아웃 초기화(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="221" />
            <source>&amp;Periods…</source>
            <translation>시대 구분(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="222" />
            <source>&amp;Next Unused Dated Sentence</source>
            <translation>다음 미사용 날짜 문장(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="223" />
            <source>Pre&amp;vious Unused Dated Sentence</source>
            <translation>이전 미사용 날짜 문장(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="224" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>단축키(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="225" />
            <source>&amp;User Guide</source>
            <translation>사용 안내서(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="226" />
            <source>&amp;About Timeline Viewer</source>
            <translation>타임라인 뷰어 정보(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="230" />
            <source>Toolbar</source>
            <translation>도구 모음</translation>
        </message>
    </context>
    <context>
        <name>WindowStatus</name>
        <message>
            <location filename="../../viewer/ui/shell/status.py" line="45" />
            <source>Problems</source>
            <translation>문제</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/status.py" line="47" />
            <source>Problems (%1)</source>
            <translation>문제 (%1)</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/status.py" line="59" />
            <source>Timeline Viewer</source>
            <translation>타임라인 뷰어</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/shell/status.py" line="69" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>사건 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/status.py" line="71" />
            <source>%1 of %2 events shown</source>
            <translation>사건 %2개 중 %1개 표시</translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/shell/status.py" line="74" />
            <source>%n problem(s)</source>
            <translation>
                <numerusform>문제 %n개</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkingCopy</name>
        <message>
            <location filename="../../viewer/ui/shell/working_copy.py" line="20" />
            <source>Saved as Your Copy</source>
            <translation>내 사본으로 저장함</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/working_copy.py" line="22" />
            <source>The bundled chronology is never changed: your changes were saved as your own copy,

%1

which File ▸ Open Bundled Chronology opens from now on (Revert to Bundled Chronology… drops it). Show its folder?</source>
            <translation>내장 연표는 바뀌지 않습니다. 변경 사항은 내 사본으로 저장되었습니다.

%1

이제부터 파일 ▸ 내장 연표 열기는 이 사본을 엽니다(내장 연표로 되돌리기…는 사본을 지웁니다). 폴더를 열어 볼까요?</translation>
        </message>
    </context>
</TS>
