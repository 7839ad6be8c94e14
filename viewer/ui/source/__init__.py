"""The source pane: the article behind the selected evidence, its marks and find bar."""
