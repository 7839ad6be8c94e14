"""The problems of the open file as a filterable table."""
