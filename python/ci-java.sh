#!/usr/bin/env bash
# Makes sure a Java 17+ runtime is there for the Spark tests: when `java`
# is missing or older than 17, installs Debian's headless OpenJDK 17 JRE
# (apt-get, as root). python/test.sh runs it under CI=true; run it by hand
# on a development machine if you want the Spark tests there.
#
# Exit code: 0 when Java 17+ is there afterwards, 1 otherwise.
set -euo pipefail

java_major() {
    local v
    v="$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)"
    echo "${v:-0}"
}

if command -v java >/dev/null 2>&1 && [ "$(java_major)" -ge 17 ]; then
    exit 0
fi
echo "python/ci-java.sh: no Java 17+; installing openjdk-17-jre-headless" >&2
if ! command -v apt-get >/dev/null 2>&1; then
    echo "python/ci-java.sh: no apt-get: install a Java 17+ runtime by hand" >&2
    exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends openjdk-17-jre-headless
hash -r
if command -v java >/dev/null 2>&1 && [ "$(java_major)" -ge 17 ]; then
    java -version
    exit 0
fi
echo "python/ci-java.sh: Java 17+ is still missing after the install" >&2
exit 1
