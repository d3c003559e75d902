#!/bin/sh
# Copies the Breeze icons the client uses from an installed Breeze theme into
# this folder (16/ and 22/ designs) and rewrites icons.qrc. Run by a developer
# after changing the list below (Debian: `apt-get install breeze-icon-theme`);
# the build only reads the copies, never the system theme.
set -eu
BREEZE=${BREEZE:-/usr/share/icons/breeze}
HERE=$(cd "$(dirname "$0")" && pwd)
# Page icons (PageRegistry), action icons (MainWindow, ListPage), in that order.
NAMES="flag view-file-columns view-bank view-pim-contacts view-calendar-tasks
amarok_cart_view mail-folder-inbox tag-people package view-list-details tag
view-list-tree measure system-users user-group-properties network-connect
view-history document-properties view-currency-list view-task
list-add edit-find view-refresh document-export configure system-log-out
application-exit help-contents help-about help-keybord-shortcuts document-edit
edit-delete im-user object-unlocked checkmark document-import edit-entry
transform-move dialog-ok-apply dialog-cancel document-open"
for size in 16 22; do
    mkdir -p "$HERE/$size"
    rm -f "$HERE/$size"/*.svg
    for name in $NAMES; do
        source=$(ls "$BREEZE"/*/"$size/$name.svg" | head -n 1)
        cp -L "$source" "$HERE/$size/$name.svg"
    done
done
{
    echo '<!DOCTYPE RCC>'
    echo '<!-- Written by update-icons.sh. -->'
    echo '<RCC version="1.0">'
    echo '<qresource prefix="/icons">'
    echo '    <file>erp-client.svg</file>'
    for size in 16 22; do
        for name in $NAMES; do
            echo "    <file>$size/$name.svg</file>"
        done
    done
    echo '</qresource>'
    echo '</RCC>'
} >"$HERE/icons.qrc"
