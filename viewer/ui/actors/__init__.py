"""Actors: the tree model, the filter panel and the Manage Actors dialog."""
