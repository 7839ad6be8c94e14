<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActorChoiceModel</name>
    <message>
        <location filename="../../viewer/ui/actor_picker.py" line="140"/>
        <source>%1 (not in the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorDialog</name>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="210"/>
        <source>Cannot apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="214"/>
        <source>Rename actor &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="214"/>
        <source>Edit actor &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="222"/>
        <source>Manage Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="223"/>
        <source>Filter actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="224"/>
        <source>Find actors by id, name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="225"/>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="226"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="227"/>
        <source>Add a new actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="228"/>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="229"/>
        <source>Fold this actor into another one, which is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="230"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="231"/>
        <source>Delete this actor; only possible when no event uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="233"/>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="234"/>
        <source>&amp;English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="235"/>
        <source>&amp;Korean name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="236"/>
        <source>Ki&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="237"/>
        <source>A&amp;liases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="238"/>
        <source>English des&amp;cription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="239"/>
        <source>Korean desc&amp;ription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="243"/>
        <source>Changing the id updates every event that refers to the actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="244"/>
        <source>Other spellings, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="245"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="245"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="245"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="247"/>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="295"/>
        <source>Add Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="295"/>
        <source>English name of the new actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="307"/>
        <source>Add actor &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="326"/>
        <source>Merge Into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="327"/>
        <source>Keep which actor? &apos;%1&apos; is folded into it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="338"/>
        <source>Merge Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="341"/>
        <source>Merge &apos;%1&apos; into &apos;%2&apos;?

Events that refer to &apos;%1&apos; will refer to &apos;%2&apos;, and the names of &apos;%1&apos; become aliases of &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="356"/>
        <source>Merge &apos;%1&apos; into &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="370"/>
        <source>Cannot Delete Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="371"/>
        <source>&apos;%1&apos; cannot be deleted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="375"/>
        <source>Delete actor &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="404"/>
        <source>No actor selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="437"/>
        <source>an actor needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="439"/>
        <source>an id cannot contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="441"/>
        <source>an actor needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="450"/>
        <source>Unapplied Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_dialog.py" line="452"/>
        <source>Apply your changes to &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorModel</name>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="99"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="99"/>
        <source>Other name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="99"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="208"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="208"/>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="208"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="244"/>
        <source>Also written:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorPanel</name>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="124"/>
        <source>Filter actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="125"/>
        <source>Find actors by any of their names or aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="126"/>
        <source>Show events with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="127"/>
        <source>any checked actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="128"/>
        <source>all checked actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="129"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="130"/>
        <source>Uncheck all actors and show every event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="131"/>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="205"/>
        <source>Events shown: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorPicker</name>
    <message>
        <location filename="../../viewer/ui/actor_picker.py" line="340"/>
        <source>Filter by name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_picker.py" line="341"/>
        <source>Filter actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_picker.py" line="342"/>
        <source>&amp;New actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_picker.py" line="343"/>
        <source>Add an actor to the timeline and to this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_picker.py" line="344"/>
        <source>Actors of the event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="267"/>
        <location filename="../../viewer/ui/date_editor.py" line="408"/>
        <source>Undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="268"/>
        <location filename="../../viewer/ui/date_editor.py" line="285"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="269"/>
        <location filename="../../viewer/ui/date_editor.py" line="286"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="270"/>
        <location filename="../../viewer/ui/date_editor.py" line="287"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="271"/>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="272"/>
        <source>Open end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="273"/>
        <source>Open start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="277"/>
        <source>How precise the date is, or whether it is a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="278"/>
        <source>&amp;Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="279"/>
        <source>Possibly this date (written with ?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="280"/>
        <source>A&amp;pproximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="281"/>
        <source>About this date (written with ~)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="282"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="283"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="288"/>
        <source>EDTF te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="289"/>
        <source>e.g. 2023-11-17, 2023-11, 2015~ or 2018/2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="290"/>
        <source>The date as stored in the file; empty means undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="413"/>
        <source>In English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/date_editor.py" line="414"/>
        <source>In Korean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="327"/>
        <source>No event selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="328"/>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="329"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="330"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="331"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="332"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="333"/>
        <source>No evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="343"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="343"/>
        <source>An established fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="344"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="344"/>
        <source>Attributed to someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="345"/>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="345"/>
        <source>The author&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="346"/>
        <source>Speculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="346"/>
        <source>Conjecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="388"/>
        <source>Invalid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="390"/>
        <source>Undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="393"/>
        <source>{date} (EDTF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="416"/>
        <source>Show {language}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../viewer/ui/edit_controller.py" line="54"/>
        <source>&amp;New Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/edit_controller.py" line="55"/>
        <source>&amp;Edit Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/edit_controller.py" line="56"/>
        <source>Dupli&amp;cate Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/edit_controller.py" line="57"/>
        <source>&amp;Delete Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/edit_controller.py" line="79"/>
        <source>Add event &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/edit_controller.py" line="97"/>
        <source>Edit event &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/edit_controller.py" line="111"/>
        <source>Duplicate event &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/edit_controller.py" line="123"/>
        <source>Delete event &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/edit_controller.py" line="136"/>
        <source>Add evidence to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/edit_controller.py" line="182"/>
        <source>Edit date of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="262"/>
        <source>New Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="266"/>
        <source>Edit Event — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="269"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="269"/>
        <source>한국어</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="269"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="270"/>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="270"/>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="270"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="271"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="271"/>
        <source>&amp;Actors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="271"/>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="272"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="272"/>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="276"/>
        <source>How the file and links refer to this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="277"/>
        <source>made from the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="278"/>
        <source>comma separated, e.g. governance, investors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="279"/>
        <source>Title in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="280"/>
        <source>Title in Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="281"/>
        <source>Summary in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="282"/>
        <source>Summary in Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="284"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="284"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="285"/>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="285"/>
        <source>Speculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="371"/>
        <source>Enter an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="373"/>
        <source>An id cannot contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="375"/>
        <source>Another event already has the id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="379"/>
        <source>Enter a title in English or Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="390"/>
        <source>Cannot save yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="395"/>
        <source>Something that happened, as the sources report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="396"/>
        <source>Something someone says happened, attributed to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="397"/>
        <source>The author&apos;s view or judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/event_dialog.py" line="398"/>
        <source>A conjecture about what happened or may happen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../viewer/ui/timeline_style.py" line="44"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_style.py" line="45"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_style.py" line="46"/>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_style.py" line="47"/>
        <source>Speculation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="342"/>
        <source>Evidence %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="384"/>
        <source>Add e&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="386"/>
        <source>Cite a sentence from a source that supports the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="388"/>
        <source>The timeline has no sources to cite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="416"/>
        <source>No evidence yet: cite the sentence in a source that supports the event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceEntry</name>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="166"/>
        <source>Evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="175"/>
        <source>Sou&amp;rce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="176"/>
        <source>&amp;Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="177"/>
        <source>In context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="178"/>
        <source>Text before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="179"/>
        <source>Text after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="183"/>
        <source>The supporting sentence, copied from the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="184"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="185"/>
        <source>The quote in its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="186"/>
        <source>Context &amp;hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="188"/>
        <source>Text just before or after the quote, to pick one of several occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="190"/>
        <location filename="../../viewer/ui/evidence_editor.py" line="191"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="192"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="193"/>
        <source>Remove this evidence entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="198"/>
        <source>&apos;%1&apos; (not in the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="200"/>
        <source>Choose a source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="225"/>
        <source>Choose a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="227"/>
        <source>This source is not in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="233"/>
        <source>Enter the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="238"/>
        <source>The source&apos;s text could not be read, so the quote cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="249"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="252"/>
        <source>Approximate match (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="254"/>
        <source>Found exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/evidence_editor.py" line="256"/>
        <source>Found (ignoring spaces and quote marks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../viewer/ui/evidence_editor.py" line="258"/>
        <source>occurs %n times: add context</source>
        <translation>
            <numerusform>occurs %n time: add context</numerusform>
            <numerusform>occurs %n times: add context</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../viewer/ui/evidence_editor.py" line="262"/>
        <source>the one meant of %n occurrences</source>
        <translation>
            <numerusform>the one meant of %n occurrence</numerusform>
            <numerusform>the one meant of %n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="59"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="60"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="61"/>
        <source>Revert to Bundled Chronology…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="92"/>
        <source>Save Timeline As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="92"/>
        <source>Timelines (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="122"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="123"/>
        <source>The timeline has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="137"/>
        <source>Revert to Bundled Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="139"/>
        <source>Your working copy of the bundled chronology will be deleted and the chronology reopened as shipped. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="171"/>
        <source>an untitled timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="174"/>
        <source>Restore Unsaved Changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="176"/>
        <source>The app did not close normally. Unsaved changes to %1 were kept at %2. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="190"/>
        <source>Cannot Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="218"/>
        <location filename="../../viewer/ui/file_controller.py" line="235"/>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="219"/>
        <source>%1 was changed by another program. Reload it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="237"/>
        <source>%1 was changed by another program since you opened it. Saving will replace those changes with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="250"/>
        <source>Part of the File Could Not Be Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="252"/>
        <source>Some entries of this file could not be read (see Problems). Saving will leave them out. Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="266"/>
        <source>Cannot Open Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="284"/>
        <source>Could Not Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/file_controller.py" line="286"/>
        <source>The timeline was not saved; your changes are still here and the file on disk is unchanged.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../viewer/ui/find_bar.py" line="122"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/find_bar.py" line="125"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/find_bar.py" line="147"/>
        <source>Find in source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/find_bar.py" line="148"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/find_bar.py" line="149"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/find_bar.py" line="150"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/find_bar.py" line="151"/>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="117"/>
        <source>Cannot open timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="118"/>
        <source>The file could not be opened:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="285"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="286"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="287"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="288"/>
        <source>Open &amp;Bundled Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="289"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="290"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="291"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="292"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="293"/>
        <source>&amp;Find in Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="294"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="295"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="296"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="297"/>
        <source>&amp;Fit Whole Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="298"/>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="299"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="300"/>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="301"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="302"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="303"/>
        <source>&amp;About Timeline Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="304"/>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="305"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="306"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="307"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="308"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="309"/>
        <source>New Event from &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="310"/>
        <source>Add Selection as E&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="311"/>
        <source>Manage &amp;Actors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="312"/>
        <source>&lt;opened file&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="347"/>
        <source>New Event Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="379"/>
        <source>Open Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="381"/>
        <source>Timelines (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="394"/>
        <source>About Timeline Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="396"/>
        <source>Timeline Viewer %1

Read a news story as a timeline, every event tied to the sentence in its source that supports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="403"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="405"/>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="419"/>
        <source>Timeline Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../viewer/ui/main_window.py" line="428"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="431"/>
        <source>%1 of %2 events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../viewer/ui/main_window.py" line="437"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewActorDialog</name>
    <message>
        <location filename="../../viewer/ui/actor_picker.py" line="215"/>
        <source>New Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_picker.py" line="216"/>
        <source>&amp;English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_picker.py" line="216"/>
        <source>&amp;Korean name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_picker.py" line="216"/>
        <source>Kin&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_picker.py" line="220"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_picker.py" line="220"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_picker.py" line="220"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_picker.py" line="237"/>
        <source>Enter a name in English or Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_picker.py" line="239"/>
        <source>An actor called &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <location filename="../../viewer/ui/overview_strip.py" line="26"/>
        <source>Whole timeline: drag the frame or click to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../viewer/ui/problems_model.py" line="125"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_model.py" line="125"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_model.py" line="125"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_model.py" line="125"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_model.py" line="149"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_model.py" line="149"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="105"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="105"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="105"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="108"/>
        <source>Show problems of this severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="109"/>
        <source>Filter problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="123"/>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="125"/>
        <source>{count} errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="129"/>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="131"/>
        <source>{count} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="133"/>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="154"/>
        <source>{counts} ({shown} shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="147"/>
        <source>Select an event to read its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="148"/>
        <location filename="../../viewer/ui/source_pane.py" line="149"/>
        <source>Previous evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="150"/>
        <location filename="../../viewer/ui/source_pane.py" line="151"/>
        <source>Next evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="152"/>
        <source>Sources cited for this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="175"/>
        <source>This event cites no source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="184"/>
        <source>This evidence cites an unknown source “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="186"/>
        <source>The file of this source could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="208"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="221"/>
        <source>Reported by %1 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="224"/>
        <source>Reported by %1 sources: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="295"/>
        <source>This evidence has no quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="297"/>
        <source>Quote not found in this source. The evidence quotes: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="302"/>
        <source>Quote matches only approximately (%1%); the highlighted passage may differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="306"/>
        <source>The quote occurs %1 times in this source; one of them is highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="367"/>
        <source>Supports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="369"/>
        <source>Click to select the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="371"/>
        <source>Click to select; click again for the next event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="74"/>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="75"/>
        <source>Colour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="77"/>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="78"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="79"/>
        <location filename="../../viewer/ui/timeline_panel.py" line="86"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="80"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="81"/>
        <location filename="../../viewer/ui/timeline_panel.py" line="86"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../viewer/ui/timeline_painter.py" line="112"/>
        <source>No actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_painter.py" line="113"/>
        <source>No evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_painter.py" line="114"/>
        <source>No tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_painter.py" line="213"/>
        <location filename="../../viewer/ui/timeline_view.py" line="390"/>
        <source>Undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_painter.py" line="234"/>
        <location filename="../../viewer/ui/timeline_view.py" line="302"/>
        <source>+%n more</source>
        <translation type="unfinished">+%n more</translation>
    </message>
    <message numerus="yes">
        <location filename="../../viewer/ui/timeline_view.py" line="393"/>
        <source>%n events here: click to zoom in</source>
        <translation>
            <numerusform>%n event here: click to zoom in</numerusform>
            <numerusform>%n events here: click to zoom in</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_view.py" line="395"/>
        <source>Show the other undated events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
