#!/usr/bin/env bash
# Makes the test documents of cycle-office with a real writer, LibreOffice, from the flat ODF sources
# kept in src/test/resources/fixtures/source: each .fodt becomes .docx, .odt and .doc, each .fods
# becomes .xlsx and .ods, in src/test/resources/fixtures/libreoffice. The generated files are
# committed, so that the build and CI need no LibreOffice; SOURCES.sha256 records which sources they
# were made from, and FixturesTest fails when a source changes without running this again.
#
#   Debian: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui   (LibreOffice 7.4 here)
#   ./cycle-office/make-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/src/test/resources/fixtures"
command -v soffice >/dev/null || { echo "make-fixtures: LibreOffice (soffice) is not installed" >&2; exit 2; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# One LibreOffice start per target format; its harmless "javaldx" warning (no Java needed) is dropped.
convert() {
  local to=$1; shift
  soffice -env:UserInstallation="file://$profile" --headless --convert-to "$to" --outdir libreoffice "$@" \
    2> >(grep -v javaldx >&2) >/dev/null
}
for to in docx odt doc; do convert "$to" source/*.fodt; done
for to in xlsx ods; do convert "$to" source/*.fods; done
(cd source && sha256sum *.fodt *.fods) > SOURCES.sha256
soffice --version | sed 's/ [0-9a-f]\{40\}.*//' > libreoffice/VERSION
ls -l libreoffice
