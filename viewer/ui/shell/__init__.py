"""The application shell: composition root, main window, actions and shortcuts, files."""
