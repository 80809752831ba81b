#!/usr/bin/env bash
# Download the Xfce Debian packages the dev set was taken from, extract their
# .mo catalogs for ru de fr es it pl, and turn them back into PO files.
# Usage: bash bench/meaning/build/fetch.sh [WORKDIR]   (default /tmp/meaning-build)
# Needs: apt-get (after `apt-get update`), dpkg-deb, msgunfmt (gettext).
set -euo pipefail
WORK=${1:-/tmp/meaning-build}
mkdir -p "$WORK/debs" "$WORK/root" "$WORK/po"
PKGS="catfish gigolo libexo-2-0 libgarcon-common libxfce4ui-common mousepad orage-data parole
ristretto thunar-archive-plugin thunar-data thunar-media-tags-plugin thunar-volman tumbler-common
xfburn xfce4-appfinder xfce4-battery-plugin xfce4-clipman xfce4-cpufreq-plugin xfce4-cpugraph-plugin
xfce4-datetime-plugin xfce4-dict xfce4-diskperf-plugin xfce4-eyes-plugin xfce4-fsguard-plugin
xfce4-genmon-plugin xfce4-indicator-plugin xfce4-mailwatch-plugin xfce4-mount-plugin
xfce4-netload-plugin xfce4-notifyd xfce4-panel xfce4-panel-profiles xfce4-places-plugin
xfce4-power-manager-data xfce4-pulseaudio-plugin xfce4-screenshooter xfce4-sensors-plugin
xfce4-session xfce4-settings xfce4-smartbookmark-plugin xfce4-systemload-plugin xfce4-taskmanager
xfce4-terminal xfce4-timer-plugin xfce4-verve-plugin xfce4-wavelan-plugin xfce4-weather-plugin
xfce4-whiskermenu-plugin xfce4-xkb-plugin xfconf xfdesktop4-data xfwm4"
cd "$WORK/debs"
for p in $PKGS; do apt-get download "$p" >/dev/null || echo "warning: could not download $p" >&2; done
: > "$WORK/mo2pkg.tsv"
for d in *.deb; do
  pkg=$(dpkg-deb -f "$d" Package); ver=$(dpkg-deb -f "$d" Version)
  dpkg-deb -x "$d" "$WORK/root"
  dpkg-deb -c "$d" | grep -oE 'usr/share/locale/ru/LC_MESSAGES/[^ ]+\.mo' | while read -r m; do
    printf '%s\t%s\t%s\n' "$(basename "$m" .mo)" "$pkg" "$ver" >> "$WORK/mo2pkg.tsv"
  done
done
sort -u -o "$WORK/mo2pkg.tsv" "$WORK/mo2pkg.tsv"
for l in ru de fr es it pl; do
  for f in "$WORK"/root/usr/share/locale/$l/LC_MESSAGES/*.mo; do
    msgunfmt --no-wrap "$f" -o "$WORK/po/$l.$(basename "$f" .mo).po"
  done
done
echo "catalogs in $WORK/po ($(ls "$WORK/po" | wc -l) files); package map in $WORK/mo2pkg.tsv"
