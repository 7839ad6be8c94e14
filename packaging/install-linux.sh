#!/bin/sh
# Install the desktop bundle for the current user: the program, a menu entry with its icon, and
# the file type of timelines (timeline.yaml, *.timeline.yaml) so that they open with it.
#
#   dist/timeline-viewer/install-linux.sh              (or packaging/install-linux.sh)
#   dist/timeline-viewer/install-linux.sh --uninstall
#
# Files go under $XDG_DATA_HOME (~/.local/share) and ~/.local/bin; nothing needs root.
set -eu

APP_ID=org.timelineviewer.TimelineViewer
HERE=$(cd "$(dirname "$0")" && pwd)
if [ -x "$HERE/timeline-viewer" ]; then
    BUNDLE=$HERE                      # run from inside the bundle
    SHARE=$HERE/share
    ICONS=$HERE/share/icons
else
    BUNDLE=$HERE/../dist/timeline-viewer  # run from the repository, after packaging/build.py
    SHARE=$HERE/linux
    ICONS=$HERE/../resources/icons/app
fi
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=$HOME/.local/bin
TARGET=$DATA/timeline-viewer/app
SIZES="16 24 32 48 64 128 256 512"

refresh() {  # the desktop's caches; a desktop without these tools reads the files as they are
    command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
    command -v update-desktop-database >/dev/null \
        && update-desktop-database -q "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null \
        && gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$DATA/timeline-viewer"
    rm -f "$BIN/timeline-viewer" "$DATA/applications/$APP_ID.desktop" \
        "$DATA/mime/packages/$APP_ID.xml" "$DATA/metainfo/$APP_ID.metainfo.xml" \
        "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        rm -f "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    refresh
    echo "Timeline Viewer removed."
    exit 0
fi

if [ ! -x "$BUNDLE/timeline-viewer" ]; then
    echo "install-linux.sh: no bundle at $BUNDLE; run python packaging/build.py first" >&2
    exit 2
fi
rm -rf "$TARGET"
mkdir -p "$TARGET" "$BIN" "$DATA/applications" "$DATA/mime/packages" "$DATA/metainfo" \
    "$DATA/icons/hicolor/scalable/apps"
cp -R "$BUNDLE"/. "$TARGET"/
ln -sf "$TARGET/timeline-viewer" "$BIN/timeline-viewer"
sed "s|^Exec=timeline-viewer|Exec=\"$TARGET/timeline-viewer\"|" "$SHARE/$APP_ID.desktop" \
    > "$DATA/applications/$APP_ID.desktop"
cp "$SHARE/$APP_ID.xml" "$DATA/mime/packages/$APP_ID.xml"
cp "$SHARE/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
cp "$ICONS/timeline-viewer.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $SIZES; do
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$ICONS/timeline-viewer-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
refresh
echo "Timeline Viewer installed: $BIN/timeline-viewer, and in the menu (Office)."
