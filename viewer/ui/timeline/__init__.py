"""The painted timeline: view, geometry, painter, style, overview strip, legend and panel."""
