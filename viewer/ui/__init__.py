"""The Qt layer: adapts the core to widgets, item models and undo commands."""
