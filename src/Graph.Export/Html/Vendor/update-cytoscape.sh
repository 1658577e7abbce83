#!/usr/bin/env bash
# Refreshes the vendored Cytoscape.js that `graph export --format html` inlines into every page, from npm:
#   src/Graph.Export/Html/Vendor/update-cytoscape.sh [VERSION]     (default: the version in VERSION beside this script)
# Copies dist/cytoscape.min.js and the licence (MIT) of the npm package; nothing else is needed at build or run time.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="${1:-$(cat "$here/VERSION")}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "cytoscape@$version" >/dev/null)
tar -xzf "$work"/cytoscape-*.tgz -C "$work" package/dist/cytoscape.min.js package/LICENSE
cp "$work/package/dist/cytoscape.min.js" "$here/cytoscape.min.js"
cp "$work/package/LICENSE" "$here/cytoscape.LICENSE"
echo "$version" >"$here/VERSION"
echo "cytoscape $version vendored into $here" >&2
