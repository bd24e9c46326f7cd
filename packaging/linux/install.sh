#!/bin/sh
# Installs HKPath Desktop for the current user: the program into ~/.local/opt/hkpath, the
# command into ~/.local/bin, and the menu entry, icons and AppStream data into ~/.local/share.
# Run it from the unpacked folder: ./install.sh    (./install.sh --uninstall removes it again;
# your households stay in ~/.local/share/HKPath Desktop/).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=io.github.hkpath.HKPath
data=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/hkpath
bin=$HOME/.local/bin

rm -rf "$target" "$bin/hkpath" "$data/applications/$app_id.desktop" \
  "$data/metainfo/$app_id.metainfo.xml"
find "$data/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
if [ "${1:-}" = "--uninstall" ]; then
  echo "HKPath Desktop removed."
  exit 0
fi

mkdir -p "$target" "$bin" "$data/applications" "$data/metainfo"
cp -R "$here/hkpath/." "$target/"
ln -s "$target/hkpath" "$bin/hkpath"
cp -R "$here/share/icons" "$data/"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$data/metainfo/"
sed "s|^Exec=.*|Exec=\"$target/hkpath\"|; s|^TryExec=.*|TryExec=$target/hkpath|" \
  "$here/share/applications/$app_id.desktop" >"$data/applications/$app_id.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "HKPath Desktop installed: find it in your applications menu, or run $bin/hkpath"
