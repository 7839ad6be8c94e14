<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActorModel</name>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="98"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="98"/>
        <source>Other name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="98"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="205"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="205"/>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="205"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_model.py" line="238"/>
        <source>Also written:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorPanel</name>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="106"/>
        <source>Filter actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="107"/>
        <source>Find actors by any of their names or aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="108"/>
        <source>Show events with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="109"/>
        <source>any checked actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="110"/>
        <source>all checked actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="111"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="112"/>
        <source>Uncheck all actors and show every event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="113"/>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/actor_panel.py" line="168"/>
        <source>Events shown: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="301"/>
        <source>No event selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="302"/>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="303"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="304"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="305"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="306"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="307"/>
        <source>No evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="317"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="317"/>
        <source>An established fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="318"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="318"/>
        <source>Attributed to someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="319"/>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="319"/>
        <source>The author&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="320"/>
        <source>Speculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="320"/>
        <source>Conjecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="362"/>
        <source>Invalid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="364"/>
        <source>Undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="367"/>
        <source>{date} (EDTF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/details_panel.py" line="388"/>
        <source>Show {language}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../viewer/ui/timeline_style.py" line="36"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_style.py" line="37"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_style.py" line="38"/>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_style.py" line="39"/>
        <source>Speculation</source>
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
        <location filename="../../viewer/ui/main_window.py" line="93"/>
        <source>Cannot open timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="94"/>
        <source>The file could not be opened:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="201"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="202"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="203"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="204"/>
        <source>Open &amp;Bundled Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="205"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="206"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="207"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="208"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="209"/>
        <source>&amp;Find in Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="210"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="211"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="212"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="213"/>
        <source>&amp;Fit Whole Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="214"/>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="215"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="216"/>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="217"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="218"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="219"/>
        <source>&amp;About Timeline Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="220"/>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="221"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="222"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="247"/>
        <source>Open Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="247"/>
        <source>Timelines (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="264"/>
        <source>About Timeline Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="265"/>
        <source>Timeline Viewer %1

Read a news story as a timeline, every event tied to the sentence in its source that supports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="271"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="273"/>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="287"/>
        <source>Timeline Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../viewer/ui/main_window.py" line="295"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../viewer/ui/main_window.py" line="297"/>
        <source>%1 of %2 events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../viewer/ui/main_window.py" line="301"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
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
        <location filename="../../viewer/ui/problems_model.py" line="116"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_model.py" line="116"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_model.py" line="116"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_model.py" line="117"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_model.py" line="139"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_model.py" line="139"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="101"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="101"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="101"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="104"/>
        <source>Show problems of this severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="105"/>
        <source>Filter problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="118"/>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="119"/>
        <source>{count} errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="121"/>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="122"/>
        <source>{count} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="123"/>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/problems_panel.py" line="144"/>
        <source>{counts} ({shown} shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="143"/>
        <source>Select an event to read its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="144"/>
        <location filename="../../viewer/ui/source_pane.py" line="145"/>
        <source>Previous evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="146"/>
        <location filename="../../viewer/ui/source_pane.py" line="147"/>
        <source>Next evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="148"/>
        <source>Sources cited for this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="171"/>
        <source>This event cites no source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="180"/>
        <source>This evidence cites an unknown source “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="182"/>
        <source>The file of this source could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="204"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="217"/>
        <source>Reported by %1 sources: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="264"/>
        <source>This evidence has no quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="266"/>
        <source>Quote not found in this source. The evidence quotes: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="271"/>
        <source>Quote matches only approximately (%1%); the highlighted passage may differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="275"/>
        <source>The quote occurs %1 times in this source; one of them is highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="334"/>
        <source>Supports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="336"/>
        <source>Click to select the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/source_pane.py" line="338"/>
        <source>Click to select; click again for the next event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="67"/>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="68"/>
        <source>Colour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="70"/>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="71"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="72"/>
        <location filename="../../viewer/ui/timeline_panel.py" line="78"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="73"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_panel.py" line="74"/>
        <location filename="../../viewer/ui/timeline_panel.py" line="78"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../viewer/ui/timeline_painter.py" line="104"/>
        <source>No actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_painter.py" line="105"/>
        <source>No evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_painter.py" line="106"/>
        <source>No tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_painter.py" line="196"/>
        <location filename="../../viewer/ui/timeline_view.py" line="435"/>
        <source>Undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_painter.py" line="210"/>
        <location filename="../../viewer/ui/timeline_view.py" line="353"/>
        <location filename="../../viewer/ui/timeline_view.py" line="355"/>
        <source>+%n more</source>
        <translation type="unfinished">+%n more</translation>
    </message>
    <message numerus="yes">
        <location filename="../../viewer/ui/timeline_view.py" line="438"/>
        <source>%n events here: click to zoom in</source>
        <translation>
            <numerusform>%n event here: click to zoom in</numerusform>
            <numerusform>%n events here: click to zoom in</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../viewer/ui/timeline_view.py" line="440"/>
        <source>Show the other undated events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
