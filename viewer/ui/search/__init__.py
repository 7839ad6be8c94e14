"""Search: one field finds text in every event and source; results open where they were found."""
