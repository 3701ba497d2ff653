#!/usr/bin/env sh
# Training run for the app image's class-data archive (AppCDS): starts the packaged app once on a
# throwaway data folder with --startup-probe (it shows its first frame, opens the data, exits) and
# has the JVM write every class it loaded to lib/app/cchc-desk.jsa; then tells the launcher to use it.
#   usage: train-cds.sh APP_IMAGE_DIR SCRATCH_DIR
# Without a display (a build server), the run goes under xvfb-run when it is installed.
set -eu
image=$1 scratch=$2
launcher="$image/bin/cchc-desk"
appdir="$image/lib/app"
[ -x "$launcher" ] || { launcher="$image/Contents/MacOS/cchc-desk"; appdir="$image/Contents/app"; }
rm -rf "$scratch" && mkdir -p "$scratch"
run() { JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$appdir/cchc-desk.jsa" "$launcher" --startup-probe --data-dir "$scratch/data"; }
if [ -z "${DISPLAY:-}" ] && [ "$(uname)" = Linux ] && command -v xvfb-run >/dev/null 2>&1; then
  JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$appdir/cchc-desk.jsa" xvfb-run -a "$launcher" --startup-probe --data-dir "$scratch/data"
else
  run
fi
if [ -s "$appdir/cchc-desk.jsa" ]; then
  # [JavaOptions] is the last section of the launcher's configuration
  printf 'java-options=-XX:SharedArchiveFile=$APPDIR/cchc-desk.jsa\njava-options=-Xshare:auto\njava-options=-Xlog:cds=off\njava-options=-Xlog:cds+dynamic=off\n' >> "$appdir/cchc-desk.cfg"
  echo "class-data archive: $appdir/cchc-desk.jsa ($(du -h "$appdir/cchc-desk.jsa" | cut -f1))"
else
  echo "no class-data archive was written (no display?): the app still runs, it starts slower" >&2
fi
