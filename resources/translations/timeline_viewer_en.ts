<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ActorChoiceModel</name>
        <message>
            <location filename="../../viewer/ui/editing/actor_choices.py" line="116" />
            <source>%1 (not in the timeline)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActorDialog</name>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="149" />
            <source>Cannot apply: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="153" />
            <source>Rename actor '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="153" />
            <source>Edit actor '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="161" />
            <source>Manage Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="162" />
            <source>Filter actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="163" />
            <source>Find actors by id, name or alias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="164" />
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="165" />
            <source>&amp;Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="166" />
            <source>Add a new actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="167" />
            <source>&amp;Merge Into…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="168" />
            <source>Fold this actor into another one, which is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="169" />
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="170" />
            <source>Delete this actor; only possible when no event uses it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="171" />
            <source>A&amp;pply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="217" />
            <source>Add Actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="217" />
            <source>English name of the new actor:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="228" />
            <source>Add actor '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="247" />
            <source>Merge Into</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="248" />
            <source>Keep which actor? '%1' is folded into it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="258" />
            <source>Merge Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="261" />
            <source>Merge '%1' into '%2'?

Events that refer to '%1' will refer to '%2', and the names of '%1' become aliases of '%2'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="276" />
            <source>Merge '%1' into '%2'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="290" />
            <source>Cannot Delete Actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="291" />
            <source>'%1' cannot be deleted: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="296" />
            <source>Delete actor '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="319" />
            <source>Unapplied Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/dialog.py" line="320" />
            <source>Apply your changes to '%1'?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActorForm</name>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="116" />
            <source>an actor needs an id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="118" />
            <source>an id cannot contain spaces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="120" />
            <source>an actor needs a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="163" />
            <source>&amp;Id:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="164" />
            <source>&amp;English name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="165" />
            <source>&amp;Korean name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="166" />
            <source>Ki&amp;nd:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="167" />
            <source>A&amp;liases:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="168" />
            <source>English des&amp;cription:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="169" />
            <source>Korean desc&amp;ription:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="173" />
            <source>Changing the id updates every event that refers to the actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="174" />
            <source>Other spellings, one per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/form.py" line="193" />
            <source>No actor selected</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActorModel</name>
        <message>
            <location filename="../../viewer/ui/actors/model.py" line="105" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/model.py" line="105" />
            <source>Other name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/model.py" line="105" />
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/model.py" line="261" />
            <source>Also written:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActorPanel</name>
        <message>
            <location filename="../../viewer/ui/actors/panel.py" line="108" />
            <source>Filter actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/panel.py" line="109" />
            <source>Find actors by any of their names or aliases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/panel.py" line="110" />
            <source>Show events with:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/panel.py" line="111" />
            <source>any checked actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/panel.py" line="112" />
            <source>all checked actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/panel.py" line="113" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/panel.py" line="114" />
            <source>Uncheck all actors and show every event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/panel.py" line="115" />
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/actors/panel.py" line="184" />
            <source>Events shown: %1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActorPicker</name>
        <message>
            <location filename="../../viewer/ui/editing/actor_picker.py" line="125" />
            <source>Filter by name or alias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/actor_picker.py" line="126" />
            <source>Filter actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/actor_picker.py" line="127" />
            <source>&amp;New actor…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/actor_picker.py" line="128" />
            <source>Add an actor to the timeline and to this event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/actor_picker.py" line="129" />
            <source>Actors of the event</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Agreement</name>
        <message>
            <location filename="../../viewer/ui/common/agreement_text.py" line="30" />
            <source>No source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/agreement_text.py" line="31" />
            <source>1 source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/agreement_text.py" line="32" />
            <source>2 sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/agreement_text.py" line="33" />
            <source>3 sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/agreement_text.py" line="34" />
            <source>4 sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/agreement_text.py" line="35" />
            <source>5 or more sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/agreement_text.py" line="55" />
            <source>Gives %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnchorNotices</name>
        <message>
            <location filename="../../viewer/ui/source/notices.py" line="20" />
            <source>This evidence has no quote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/source/notices.py" line="23" />
            <source>Quote not found in this source. The evidence quotes: “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/source/notices.py" line="30" />
            <source>The quote differs in meaning from the highlighted passage: %1. Check the passage and correct the quote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/source/notices.py" line="38" />
            <source>Quote matches only approximately (%1%); the highlighted passage may differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/source/notices.py" line="45" />
            <source>The quote occurs %1 times or more in this source; one of them is highlighted.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/source/notices.py" line="51" />
            <source>The quote occurs %n time(s) in this source; one of them is highlighted.</source>
            <translation>
                <numerusform>The quote occurs %n time in this source; one of them is highlighted.</numerusform>
                <numerusform>The quote occurs %n times in this source; one of them is highlighted.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackgroundLoad</name>
        <message>
            <location filename="../../viewer/ui/shell/loading.py" line="53" />
            <source>Opening Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/loading.py" line="54" />
            <source>Reading and checking %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/loading.py" line="55" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <location filename="../../viewer/ui/agreement/comparison.py" line="57" />
            <source>Choose an event to compare what its sources say.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/agreement/comparison.py" line="65" />
            <source>The sources give different dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/agreement/comparison.py" line="67" />
            <source>The sources differ in what they say.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/agreement/comparison.py" line="69" />
            <source>The sources agree.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/agreement/comparison.py" line="96" />
            <source>+%n more (see Details)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="34" />
            <source>(deleted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="45" />
            <source>Resolve Merge Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="51" />
            <source>Both you and the new version changed these. Choose which to keep, or write the value yourself; what you leave for later stays listed in the Problems panel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="72" />
            <source>Use My Choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="75" />
            <source>Decide Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="86" />
            <source>%1 '%2'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="88" />
            <source>%1, field %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="94" />
            <source>Keep mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="94" />
            <source>Take theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="115" />
            <source>Write my own:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/conflict_dialog.py" line="138" />
            <source>Conflict %1: not valid JSON at line %2, column %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateEditor</name>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="244" />
            <location filename="../../viewer/ui/editing/date_editor.py" line="261" />
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="245" />
            <location filename="../../viewer/ui/editing/date_editor.py" line="262" />
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="246" />
            <location filename="../../viewer/ui/editing/date_editor.py" line="263" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="247" />
            <source>Interval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="248" />
            <source>Open end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="249" />
            <source>Open start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="253" />
            <source>How precise the date is, or whether it is a period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="254" />
            <source>&amp;Uncertain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="255" />
            <source>Possibly this date (written with ?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="256" />
            <source>A&amp;pproximate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="257" />
            <source>About this date (written with ~)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="258" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="259" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="264" />
            <source>EDTF te&amp;xt:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="265" />
            <source>e.g. 2023-11-17, 2023-11, 2015~ or 2018/2019</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="266" />
            <source>The date as stored in the file; empty means undated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="390" />
            <source>In English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/date_editor.py" line="391" />
            <source>In Korean</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="161" />
            <source>No event selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="162" />
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="163" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="164" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="165" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="166" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="167" />
            <source>No evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="231" />
            <source>%1 (EDTF)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/details/panel.py" line="244" />
            <source>Supported by %n source(s)</source>
            <translation>
                <numerusform>Supported by %n source</numerusform>
                <numerusform>Supported by %n sources</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="244" />
            <source>No source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="249" />
            <source>The sources give different dates: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="251" />
            <source>The sources differ: see each below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="263" />
            <source>Show %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/details/panel.py" line="306" />
            <source>Show %1 more (%n not shown)</source>
            <translation>
                <numerusform>Show %1 more (%n not shown)</numerusform>
                <numerusform>Show %1 more (%n not shown)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/details/panel.py" line="226" />
            <source>Invalid date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisagreementsPanel</name>
        <message>
            <location filename="../../viewer/ui/agreement/panel.py" line="80" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/agreement/panel.py" line="80" />
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/agreement/panel.py" line="80" />
            <source>What differs</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/agreement/panel.py" line="112" />
            <source>%n event(s) whose sources differ</source>
            <translation>
                <numerusform>%n event whose sources differ</numerusform>
                <numerusform>%n events whose sources differ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/agreement/panel.py" line="114" />
            <source>The sources agree on every event.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisputeModel</name>
        <message>
            <location filename="../../viewer/ui/agreement/model.py" line="84" />
            <source>Accounts differ</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditController</name>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="60" />
            <source>&amp;New Event…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="61" />
            <source>&amp;Edit Event…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="62" />
            <source>Dupli&amp;cate Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="63" />
            <source>&amp;Delete Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="85" />
            <source>Add event '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="102" />
            <source>Edit event '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="115" />
            <source>Duplicate event '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="126" />
            <source>Delete event '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="138" />
            <source>Add evidence to '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/controller.py" line="189" />
            <source>Edit date of '%1'</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/editing/controller.py" line="197" />
            <source>The new date departs from the date quoted in %n source(s) (%1), kept as what they say. Undo to put it back.</source>
            <translation>
                <numerusform>The new date departs from the date quoted in %n source (%1), kept as what they say. Undo to put it back.</numerusform>
                <numerusform>The new date departs from the date quoted in %n sources (%1), kept as what they say. Undo to put it back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorGuard</name>
        <message>
            <location filename="../../viewer/ui/shell/error_guard.py" line="81" />
            <source>Timeline Viewer met an error it did not expect: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/error_guard.py" line="85" />
            <source>Your unsaved changes were written to a recovery copy. You can go on working; saving now is a good idea.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/error_guard.py" line="89" />
            <source>Nothing was lost: there were no unsaved changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/error_guard.py" line="92" />
            <source>The details were written to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/error_guard.py" line="95" />
            <source>Something Went Wrong</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="250" />
            <source>New Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="254" />
            <source>Edit Event — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="257" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="258" />
            <source>&amp;Id:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="258" />
            <source>&amp;Summary:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="258" />
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="259" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="259" />
            <source>&amp;Actors:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="259" />
            <source>Ta&amp;gs:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="260" />
            <source>N&amp;otes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="260" />
            <source>&amp;Evidence:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="264" />
            <source>How the file and links refer to this event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="265" />
            <source>made from the title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="266" />
            <source>comma separated, e.g. governance, investors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="267" />
            <source>Title in English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="268" />
            <source>Title in Korean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="269" />
            <source>Summary in English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="270" />
            <source>Summary in Korean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="354" />
            <source>Enter an id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="356" />
            <source>An id cannot contain spaces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="358" />
            <source>Another event already has the id '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="362" />
            <source>Enter a title in English or Korean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/event_dialog.py" line="373" />
            <source>Cannot save yet: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventTable</name>
        <message>
            <location filename="../../viewer/ui/table/model.py" line="148" />
            <source>Dates differ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/table/model.py" line="150" />
            <source>Accounts differ</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventTablePanel</name>
        <message>
            <location filename="../../viewer/ui/table/panel.py" line="107" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/table/panel.py" line="108" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/table/panel.py" line="109" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/table/panel.py" line="110" />
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/table/panel.py" line="111" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/table/panel.py" line="112" />
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/table/panel.py" line="113" />
            <source>Disagreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/table/panel.py" line="116" />
            <source>&amp;Copy Rows</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/table/panel.py" line="244" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/table/panel.py" line="246" />
            <source>%1 of %2 events</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidenceEditor</name>
        <message>
            <location filename="../../viewer/ui/editing/evidence_editor.py" line="65" />
            <source>Evidence %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_editor.py" line="107" />
            <source>Add e&amp;vidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_editor.py" line="109" />
            <source>Cite a sentence from a source that supports the event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_editor.py" line="111" />
            <source>The timeline has no sources to cite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_editor.py" line="139" />
            <source>No evidence yet: cite the sentence in a source that supports the event</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidenceEntry</name>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="199" />
            <source>Evidence %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="208" />
            <source>Sou&amp;rce:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="209" />
            <source>&amp;Quote:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="210" />
            <source>In context:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="211" />
            <source>Text before:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="212" />
            <source>Text after:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="213" />
            <source>&amp;Date stated in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="217" />
            <source>The supporting sentence, copied from the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="218" />
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="219" />
            <source>The quote in its source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="220" />
            <source>The quote shows here in its source once found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="221" />
            <source>Context &amp;hints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="223" />
            <source>Text just before or after the quote, to pick one of several occurrences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="226" />
            <source>the sentence giving the date, if the quote does not (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="228" />
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="229" />
            <source>optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="230" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="231" />
            <source>Remove this evidence entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="236" />
            <source>'%1' (not in the timeline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="238" />
            <source>Choose a source…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="263" />
            <source>Choose a source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="265" />
            <source>This source is not in the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="271" />
            <source>Enter the quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="276" />
            <source>The source's text could not be read, so the quote cannot be checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="291" />
            <source>Not found in the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="293" />
            <source>Found only approximately: copy the sentence exactly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="294" />
            <source>Found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="298" />
            <source>Not found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="302" />
            <source>Differs in meaning: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="305" />
            <source>Approximate match (%1%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="307" />
            <source>Found exactly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="309" />
            <source>Found (ignoring spaces and quote marks)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="311" />
            <source>occurs %1 times or more: add context</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="314" />
            <source>occurs %n times: add context</source>
            <translation>
                <numerusform>occurs %n time: add context</numerusform>
                <numerusform>occurs %n times: add context</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/editing/evidence_entry.py" line="318" />
            <source>the one meant of %n occurrences</source>
            <translation>
                <numerusform>the one meant of %n occurrence</numerusform>
                <numerusform>the one meant of %n occurrences</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EvidenceHeader</name>
        <message>
            <location filename="../../viewer/ui/source/header.py" line="76" />
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/source/header.py" line="89" />
            <source>Reported by %n source(s)</source>
            <translation>
                <numerusform>Reported by %n source</numerusform>
                <numerusform>Reported by %n sources</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/source/header.py" line="90" />
            <source>Reported by %n source(s): %1</source>
            <translation>
                <numerusform>Reported by %n source: %1</numerusform>
                <numerusform>Reported by %n sources: %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/source/header.py" line="119" />
            <location filename="../../viewer/ui/source/header.py" line="120" />
            <source>Previous evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/source/header.py" line="121" />
            <location filename="../../viewer/ui/source/header.py" line="122" />
            <source>Next evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/source/header.py" line="123" />
            <source>Sources cited for this event</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExchangeController</name>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="76" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="77" />
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="78" />
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="101" />
            <source>Export Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="103" />
            <source>Export (*%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="118" />
            <source>Could Not Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="119" />
            <source>The export was not written:

%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="134" />
            <source>Import Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="137" />
            <source>Timelines (*.json *.csv *.timeline *.xml);;TimelineJS (*.json *.csv);;Timeline (*.timeline);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="157" />
            <location filename="../../viewer/ui/exchange/controller.py" line="173" />
            <source>Cannot Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="158" />
            <source>Nothing was imported:

%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="163" />
            <source>Folder for the Imported Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="174" />
            <source>The imported timeline was not written:

%1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/exchange/controller.py" line="184" />
            <source>%n event(s) imported</source>
            <translation>
                <numerusform>%n event imported</numerusform>
                <numerusform>%n events imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/exchange/controller.py" line="186" />
            <source>%n period(s), from its eras</source>
            <translation>
                <numerusform>%n period, from its eras</numerusform>
                <numerusform>%n periods, from its eras</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/exchange/controller.py" line="188" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="189" />
            <source>The new timeline is %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/exchange/controller.py" line="193" />
            <source>and %n more warning(s)</source>
            <translation>
                <numerusform>and %n more warning</numerusform>
                <numerusform>and %n more warnings</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="196" />
            <source>Import Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="202" />
            <source>The chronology report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="202" />
            <source>The timeline as shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="204" />
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/controller.py" line="204" />
            <source>What to print:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="116" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="118" />
            <source>Markdown: a publishable chronology (.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="119" />
            <source>HTML: one printable page (.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="120" />
            <source>CSV: one row per event (.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="121" />
            <source>CSV: one row per quote (.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="122" />
            <source>TimelineJS 3 JSON (.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="123" />
            <source>Timeline, the desktop program (.timeline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="124" />
            <source>Chronology report: title page, table of events and quotes (.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="125" />
            <source>The timeline as drawn, vector (.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="126" />
            <source>The timeline as drawn, vector (.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="127" />
            <source>The timeline as drawn, picture (.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="132" />
            <source>&amp;Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="132" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="132" />
            <source>Events:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="132" />
            <source>&amp;Dates:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="137" />
            <source>All events (nothing is filtered)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="140" />
            <source>Only the %n event(s) the filter shows</source>
            <translation>
                <numerusform>Only the %n event the filter shows</numerusform>
                <numerusform>Only the %n events the filter shows</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="142" />
            <source>from (EDTF, optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="143" />
            <source>to (EDTF, optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="144" />
            <source>Use the &amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="146" />
            <source>The dates the timeline shows now (for a drawing: the span drawn)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/export_dialog.py" line="168" />
            <source>Not a date: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="75" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="76" />
            <source>Save &amp;As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="77" />
            <source>Revert to Bundled Chronology…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="121" />
            <source>Timelines (%1);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="123" />
            <source>Open Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="216" />
            <source>Timelines (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="218" />
            <source>Save Timeline As</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="247" />
            <source>Unsaved Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="248" />
            <source>The timeline has changes that are not saved. Save them first?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="141" />
            <source>Revert to Bundled Chronology</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="72" />
            <source>&amp;New Timeline…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="73" />
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="74" />
            <source>Open &amp;Bundled Chronology</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="98" />
            <source>Cannot Create Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="99" />
            <source>The timeline was not created:

%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="143" />
            <source>Your working copy of the bundled chronology will be deleted and the chronology reopened as shipped. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="162" />
            <source>No Timeline Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="163" />
            <source>Create a timeline (File ▸ New Timeline…) or open one first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="172" />
            <source>Save Your Working Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="174" />
            <source>A source's text is kept beside its timeline, and the bundled chronology is never changed. Save your working copy of it first, and add the source there?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="286" />
            <source>File Changed on Disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="287" />
            <source>%1 was changed by another program. Reload it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="322" />
            <source>Cannot Open Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/files.py" line="323" />
            <source>The file could not be opened:

%1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="52" />
            <source>&amp;Clear Filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="53" />
            <source>Show every event again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="73" />
            <source>All of: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="73" />
            <source>Actors: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="74" />
            <source>Kind: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="74" />
            <source>Tags: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="75" />
            <source>Sources: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="76" />
            <source>From %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="76" />
            <source>until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="77" />
            <source>Text: “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="77" />
            <source>with evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="78" />
            <source>undated only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="99" />
            <source>%1 of %2 events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/bar.py" line="105" />
            <source>Filtered: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="117" />
            <source>Kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="118" />
            <source>Tags (events with any ticked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="119" />
            <source>Sources (events citing any ticked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="120" />
            <source>Dates (Shift+drag on the overview strip)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="122" />
            <source>&amp;From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="122" />
            <source>&amp;To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="125" />
            <source>EDTF, such as 2023-11</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="126" />
            <source>EDTF, such as 2023-11-22</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="127" />
            <source>More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="128" />
            <source>Text the events hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="129" />
            <source>Only events with evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="130" />
            <source>Only undated events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="131" />
            <source>C&amp;lear Filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="132" />
            <source>Show every event again (actors included)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/filter/panel.py" line="170" />
            <source>Not a date: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../viewer/ui/source/find_bar.py" line="124" />
            <source>not found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/source/find_bar.py" line="126" />
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/source/find_bar.py" line="145" />
            <source>Find in source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/source/find_bar.py" line="146" />
            <source>Previous match (Shift+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/source/find_bar.py" line="147" />
            <source>Next match (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/source/find_bar.py" line="148" />
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/source/find_bar.py" line="149" />
            <source>Close find bar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <location filename="../../viewer/ui/shell/guide_dialog.py" line="16" />
            <source>Timeline Viewer User Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/guide_dialog.py" line="23" />
            <source>The guide could not be read: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <location filename="../../viewer/ui/shell/help_menu.py" line="49" />
            <source>About Timeline Viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/help_menu.py" line="52" />
            <source>Timeline Viewer %1

Read a news story as a timeline, every event tied to the sentence in its source that supports it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="232" />
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="233" />
            <source>Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="234" />
            <source>Filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="235" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="236" />
            <source>Suggestions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="237" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="238" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="239" />
            <source>Disagreements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="240" />
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="241" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="246" />
            <source>&lt;opened file&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="298" />
            <source>New Event Here…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="327" />
            <source>No dated sentence of this source is left without an event.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="333" />
            <source>Select an event first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="334" />
            <source>The selected event has no date: it is first in the Undated strip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/main_window.py" line="336" />
            <source>The selected event is hidden by the filter: clear it in the bar above the timeline to see it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MappingDialog</name>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="28" />
            <source>Id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="29" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="30" />
            <source>End date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="31" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="32" />
            <source>Title (English)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="33" />
            <source>Title (Korean)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="34" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="35" />
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="36" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="37" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="38" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="39" />
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="81" />
            <source>Columns of the Table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="84" />
            <source>Which column holds what? Columns left out are kept with each event as they are, under their own names.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="89" />
            <source>(not in the table)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="100" />
            <source>Choose the column that holds the title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/exchange/mapping_dialog.py" line="104" />
            <source>A column can hold one field only: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewActorDialog</name>
        <message>
            <location filename="../../viewer/ui/editing/new_actor_dialog.py" line="68" />
            <source>New Actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/new_actor_dialog.py" line="69" />
            <source>&amp;English name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/new_actor_dialog.py" line="69" />
            <source>&amp;Korean name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/new_actor_dialog.py" line="69" />
            <source>Kin&amp;d:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/new_actor_dialog.py" line="88" />
            <source>Enter a name in English or Korean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/editing/new_actor_dialog.py" line="90" />
            <source>An actor called '%1' already exists</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewTimelineDialog</name>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="68" />
            <source>New Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="69" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="70" />
            <source>&amp;Folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="71" />
            <source>What the chronology is about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="72" />
            <source>&amp;Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="98" />
            <source>Folder for the New Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="107" />
            <source>Give the timeline a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="109" />
            <source>Choose a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="112" />
            <source>This is a file, not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="114" />
            <source>This folder already holds a timeline: open it, or choose another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/new_timeline_dialog.py" line="125" />
            <source>Creates %1 and a %2 folder for its documents in %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutsideChanges</name>
        <message>
            <location filename="../../viewer/ui/shell/outside_change.py" line="44" />
            <source>Merge my changes into the new version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/outside_change.py" line="45" />
            <source>Reload the new version (my changes are dropped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/outside_change.py" line="46" />
            <source>Keep my version (saving replaces the new one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/outside_change.py" line="50" />
            <source>File Changed on Disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/outside_change.py" line="52" />
            <source>%1 was changed by another program while you have unsaved changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/outside_change.py" line="80" />
            <source>Merge My Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/outside_change.py" line="90" />
            <source>part of it could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/outside_change.py" line="94" />
            <source>Cannot Merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/outside_change.py" line="95" />
            <source>The new version could not be read whole:

%1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverviewStrip</name>
        <message>
            <location filename="../../viewer/ui/timeline/overview.py" line="34" />
            <source>Whole timeline: drag the frame or click to move the view; Shift+drag to show only the events of the days you span</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeriodsDialog</name>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="106" />
            <source>Periods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="107" />
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="108" />
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="109" />
            <source>&amp;Id:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="109" />
            <source>&amp;English title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="109" />
            <source>&amp;Korean title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="110" />
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="110" />
            <source>&amp;Colour:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="110" />
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="113" />
            <source>EDTF, such as 2023-11-17/2023-11-21</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="132" />
            <source>New period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="222" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="205" />
            <source>Period Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="230" />
            <source>The id “%1” is empty or holds spaces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="232" />
            <source>The id “%1” is used twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="235" />
            <source>The period “%1” needs a title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="239" />
            <source>The period “%1” needs a date: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/periods/dialog.py" line="253" />
            <source>Edit Periods</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemsModel</name>
        <message>
            <location filename="../../viewer/ui/problems/model.py" line="126" />
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/problems/model.py" line="126" />
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/problems/model.py" line="126" />
            <source>Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/problems/model.py" line="126" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/problems/model.py" line="150" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/problems/model.py" line="150" />
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="111" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="111" />
            <source>Errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="111" />
            <source>Warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="114" />
            <source>Show problems of this severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="115" />
            <source>Filter problems</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/problems/panel.py" line="127" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/problems/panel.py" line="129" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="151" />
            <source>%1 (%2 shown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="164" />
            <source>Keep Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="164" />
            <source>Take Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="174" />
            <source>Resolve Conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/problems/panel.py" line="130" />
            <source>No problems</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReanchorDialog</name>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="37" />
            <source>Exact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="38" />
            <source>Normalized</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="39" />
            <source>Reworded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="40" />
            <source>Meaning changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="41" />
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="72" />
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="76" />
            <source>Not in the new text: “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="91" />
            <source>Replace Source Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="92" />
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="92" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="92" />
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="94" />
            <source>&amp;Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="101" />
            <source>No evidence cites this source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="103" />
            <source>Reworded quotes will take the new text's wording.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/reanchor_dialog.py" line="107" />
            <source>Quotes whose meaning changed or that were lost stay as they are and will be listed under Problems, to be checked.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryKeeper</name>
        <message>
            <location filename="../../viewer/ui/shell/recovery.py" line="120" />
            <source>an untitled timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/recovery.py" line="124" />
            <source>Restore Unsaved Changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/recovery.py" line="127" />
            <source>The app did not close normally. Unsaved changes to %1 were kept at %2. Restore them? (No opens the saved file and keeps the changes for later.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/recovery.py" line="145" />
            <source>Cannot Restore</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SaveQuestions</name>
        <message>
            <location filename="../../viewer/ui/shell/save_questions.py" line="36" />
            <source>File Changed on Disk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/save_questions.py" line="39" />
            <source>%1 was changed by another program since you opened it. Saving will replace those changes with yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/save_questions.py" line="57" />
            <source>Part of the File Could Not Be Read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/save_questions.py" line="59" />
            <source>Some entries of this file could not be read (see Problems). Saving will leave them out. Save anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/save_questions.py" line="74" />
            <source>File Is Read-Only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/save_questions.py" line="76" />
            <source>%1 is read-only. Replace it with your changes anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/save_questions.py" line="89" />
            <source>Could Not Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/save_questions.py" line="92" />
            <source>The timeline was not saved; your changes are still here and the file on disk is unchanged.

%1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="74" />
            <source>Search events and sources (Ctrl+Shift+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="77" />
            <source>Finds text in titles, summaries, notes, quotes, actors, tags and the full text of every source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="81" />
            <source>Only matches on the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="82" />
            <source>Show only the events that match on the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="84" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="84" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="84" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="85" />
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="85" />
            <source>Actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="85" />
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="113" />
            <source>Type in the search field to find text anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/search/panel.py" line="137" />
            <source>Events (%n)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="143" />
            <source>%1 (also in %2)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/search/panel.py" line="147" />
            <source>In sources (%n)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="157" />
            <source>%1 · line %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="163" />
            <source>Nothing found for “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/search/panel.py" line="166" />
            <source>The first %1 results: type more to narrow them.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/search/panel.py" line="169" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="28" />
            <source>Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="31" />
            <source>Command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="31" />
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="37" />
            <source>Anywhere in the window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="42" />
            <source>On the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="78" />
            <source>Zoom in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="79" />
            <source>Zoom out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="80" />
            <source>Select the previous event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="81" />
            <source>Select the next event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="82" />
            <source>Select the first event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="83" />
            <source>Select the last event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/shortcuts_dialog.py" line="84" />
            <source>Edit the selected event</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SourceDialog</name>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="79" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="81" />
            <source>Title (&amp;English):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="81" />
            <source>Title (&amp;Korean):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="82" />
            <source>&amp;Author:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="82" />
            <source>&amp;Publisher:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="83" />
            <source>Pu&amp;blished:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="83" />
            <source>Add&amp;ress:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="84" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="84" />
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="88" />
            <source>e.g. 2023-11-22, 2023-11 or 2023</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/dialog.py" line="113" />
            <source>Not a date: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SourcePane</name>
        <message>
            <location filename="../../viewer/ui/source/pane.py" line="128" />
            <source>Select an event to read its source, or open a source in the Sources panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/source/pane.py" line="130" />
            <source>A dated sentence that supports no event yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/source/pane.py" line="169" />
            <source>This event cites no source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/source/pane.py" line="178" />
            <source>This evidence cites an unknown source “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/source/pane.py" line="180" />
            <location filename="../../viewer/ui/source/pane.py" line="211" />
            <source>The file of this source could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SourcesController</name>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="86" />
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="87" />
            <source>Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="88" />
            <source>Details…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="89" />
            <source>Replace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="90" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="95" />
            <source>&amp;Add Source…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="96" />
            <source>Paste as New &amp;Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="97" />
            <source>Source &amp;Details…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="98" />
            <source>Replace Source &amp;Text…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="99" />
            <source>Re&amp;move Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="111" />
            <location filename="../../viewer/ui/sources/controller.py" line="263" />
            <source>Documents (%1);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="113" />
            <source>Add Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="137" />
            <source>'%1' is already the source “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="145" />
            <source>'%1' was not added: the timeline's sources would pass %2 million characters together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="153" />
            <source>%1 (%2 of %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="161" />
            <source>Some Documents Were Not Added</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/sources/controller.py" line="162" />
            <source>%n document(s) could not be added:</source>
            <translation>
                <numerusform>%n document could not be added:</numerusform>
                <numerusform>%n documents could not be added:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="190" />
            <source>Nothing to Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="191" />
            <source>The clipboard holds no text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="198" />
            <source>Cannot Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="233" />
            <source>Add Source “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="249" />
            <source>Edit Source “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="265" />
            <source>Replace Source Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="273" />
            <source>Cannot Read Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="292" />
            <source>Replace Text of “%1”</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/sources/controller.py" line="315" />
            <source>and %n more event(s)</source>
            <translation>
                <numerusform>and %n more event</numerusform>
                <numerusform>and %n more events</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="318" />
            <source>Source Is Cited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="321" />
            <source>“%1” cannot be removed while events cite it. Remove or change their evidence first:

%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="330" />
            <source>Remove Source “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="336" />
            <source>Could Not Add Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/controller.py" line="337" />
            <source>The source's text could not be written:

%1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SourcesPanel</name>
        <message>
            <location filename="../../viewer/ui/sources/panel.py" line="117" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/panel.py" line="119" />
            <source>Author · Publisher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/panel.py" line="118" />
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/panel.py" line="119" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/panel.py" line="117" />
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/panel.py" line="114" />
            <source>More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/panel.py" line="118" />
            <source>Coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/panel.py" line="124" />
            <source>No sources yet. Add an article (a text, web page, Word or PDF file), drop files on the window, or paste text as a new source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/sources/panel.py" line="129" />
            <source>Coverage: the share of the source's dated sentences that support an event</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="106" />
            <source>Dismiss Suggestion “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="115" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="115" />
            <source>Sentence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="115" />
            <source>Actors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="116" />
            <source>&amp;Accept…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="117" />
            <source>Make an event of this sentence (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="118" />
            <source>&amp;Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="119" />
            <source>This sentence is no event (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="176" />
            <source>Looking for dated sentences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="189" />
            <source>This source is too long for suggestions (over %1 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="193" />
            <source>Open a source to see the events its dated sentences suggest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="201" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/suggestions/panel.py" line="201" />
            <source>%n suggested event(s)</source>
            <translation>
                <numerusform>%n suggested event</numerusform>
                <numerusform>%n suggested events</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="216" />
            <source>%1; borrowed from %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/suggestions/panel.py" line="227" />
            <source>no date of its own</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SupportPointer</name>
        <message>
            <location filename="../../viewer/ui/source/pointer.py" line="46" />
            <source>Supports:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/source/pointer.py" line="48" />
            <source>Click to select the event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/source/pointer.py" line="50" />
            <source>Click to select; click again for the next event</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="175" />
            <source>Group by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="176" />
            <source>Colour by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="177" />
            <source>Story axis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="180" />
            <source>Stretch time where events crowd and compress it where nothing happens, so that long quiet years and one busy week are both readable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="185" />
            <source>Nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="186" />
            <source>Actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="187" />
            <location filename="../../viewer/ui/timeline/panel.py" line="196" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="188" />
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="189" />
            <location filename="../../viewer/ui/timeline/panel.py" line="195" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/panel.py" line="197" />
            <source>Corroboration</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="../../viewer/ui/timeline/painter.py" line="134" />
            <source>No actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/painter.py" line="135" />
            <source>No evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/painter.py" line="136" />
            <source>No tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/geometry.py" line="47" />
            <location filename="../../viewer/ui/timeline/painter.py" line="272" />
            <source>+%n more</source>
            <translation type="unfinished">+%n more</translation>
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/popups.py" line="44" />
            <source>The sources give different dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/popups.py" line="47" />
            <source>The sources differ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/timeline/popups.py" line="51" />
            <source>Show the other undated events</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/timeline/view.py" line="70" />
            <source>%n event(s) here: click to zoom in</source>
            <translation>
                <numerusform>%n event here: click to zoom in</numerusform>
                <numerusform>%n events here: click to zoom in</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="53" />
            <source>Fact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="54" />
            <source>Claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="55" />
            <source>Opinion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="56" />
            <source>Speculation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="64" />
            <source>An established fact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="65" />
            <source>Attributed to someone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="66" />
            <source>The author's view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="67" />
            <source>Conjecture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="75" />
            <source>Something that happened, as the sources report it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="78" />
            <source>Something someone says happened, attributed to them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="81" />
            <source>The author's view or judgement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="82" />
            <source>A conjecture about what happened or may happen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="92" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="93" />
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="94" />
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="102" />
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="103" />
            <source>Organizations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="104" />
            <source>Groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/common/vocabulary.py" line="111" />
            <source>Undated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="205" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="205" />
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="205" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="206" />
            <source>&amp;Sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="207" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="207" />
            <source>&amp;Panels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="208" />
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="208" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="213" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="213" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="213" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="214" />
            <source>&amp;Find in Source…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="214" />
            <source>Zoom &amp;In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="215" />
            <source>&amp;Search Everything…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="216" />
            <source>Zoom &amp;Out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="216" />
            <source>&amp;Fit Whole Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="217" />
            <source>Zoom to &amp;Selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="218" />
            <source>New Event from &amp;Selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="219" />
            <source>Add Selection as E&amp;vidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="220" />
            <source>Manage &amp;Actors…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="220" />
            <source>&amp;Reset Layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="221" />
            <source>&amp;Periods…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="222" />
            <source>&amp;Next Unused Dated Sentence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="223" />
            <source>Pre&amp;vious Unused Dated Sentence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="224" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="225" />
            <source>&amp;User Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="226" />
            <source>&amp;About Timeline Viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/actions.py" line="230" />
            <source>Toolbar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowStatus</name>
        <message>
            <location filename="../../viewer/ui/shell/status.py" line="45" />
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/status.py" line="47" />
            <source>Problems (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/status.py" line="59" />
            <source>Timeline Viewer</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/shell/status.py" line="69" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../viewer/ui/shell/status.py" line="71" />
            <source>%1 of %2 events shown</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../viewer/ui/shell/status.py" line="74" />
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkingCopy</name>
        <message>
            <location filename="../../viewer/ui/shell/working_copy.py" line="20" />
            <source>Saved as Your Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../viewer/ui/shell/working_copy.py" line="22" />
            <source>The bundled chronology is never changed: your changes were saved as your own copy,

%1

which File ▸ Open Bundled Chronology opens from now on (Revert to Bundled Chronology… drops it). Show its folder?</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
