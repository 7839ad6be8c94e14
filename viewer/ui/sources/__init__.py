"""The Sources room: the documents a timeline is built from."""
