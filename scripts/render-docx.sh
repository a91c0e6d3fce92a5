#!/usr/bin/env bash
# Renders a .docx to PNG pages for a visual check: LibreOffice headless → PDF → pdftoppm.
# Usage: scripts/render-docx.sh <file.docx> [out-dir]   (out-dir defaults to /tmp/docx-render)
set -euo pipefail
if [ $# -lt 1 ] || [ ! -f "$1" ]; then
  echo "Usage: $0 <file.docx> [out-dir]" >&2
  exit 2
fi
input="$1"
out="${2:-/tmp/docx-render}"
mkdir -p "$out"
# A private profile per run: concurrent soffice runs otherwise fight over one user profile.
profile="/tmp/lo-profile-$$"
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$input" >/dev/null
stem="$(basename "${input%.*}")"
pdf="$out/$stem.pdf"
[ -f "$pdf" ] || { echo "Conversion failed: $pdf not produced" >&2; exit 1; }
rm -f "$out/$stem"-*.png
pdftoppm -png -r 70 "$pdf" "$out/$stem"
ls -1 "$out/$stem"*.png
