#!/usr/bin/env bash
# Builds media/screenshots/tour.gif for the README from the screenshots the end-to-end run
# leaves in test/e2e/.artifacts (run `npm run test:e2e` first). Needs Debian's imagemagick.
set -euo pipefail
cd "$(dirname "$0")/.."
frames=(new-from-pattern readme-diagram problems hover-lesson light-bulb)
args=()
for frame in "${frames[@]}"; do
  file="test/e2e/.artifacts/$frame.png"
  [ -f "$file" ] || { echo "missing $file: run npm run test:e2e first" >&2; exit 1; }
  args+=("$file")
done
/usr/bin/convert -delay 220 -loop 0 "${args[@]}" -resize 1000x -layers Optimize media/screenshots/tour.gif
echo "wrote media/screenshots/tour.gif ($(du -h media/screenshots/tour.gif | cut -f1))"
