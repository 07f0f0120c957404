#!/usr/bin/env bash
# Builds a hooks package with plain javac, no build tool: the Hookwire processor (and JavaPoet) on
# the processor path, the annotations and the runtime on the class path. Optionally runs a main class.
#
#   scripts/javac-build.sh SRC_DIR OUT_DIR [MAIN_CLASS [ARGS...]]
#
#   SRC_DIR     every *.java below it is compiled (a hooks package and the code that calls it)
#   OUT_DIR     gets classes/ (compiled) and generated/ (HookWiring.java and any patches)
#   MAIN_CLASS  run afterwards with OUT_DIR/classes and the class path
#
# Environment:
#   JAVA_HOME                the JDK to use (default: javac and java on PATH)
#   HOOKWIRE_PROCESSOR_PATH  the processor path (default: this checkout's hooks-processor jar + JavaPoet from ~/.m2)
#   HOOKWIRE_CLASSPATH       the class path (default: this checkout's hooks-annotations and hooks-runtime jars)
#   JAVAC_OPTIONS            extra javac options (default: --release 17 -Xlint:all -Werror)
#
# Build the jars first: mvn -q -DskipTests package
set -euo pipefail

if [ $# -lt 2 ]; then
  sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
src=$1
out=$2
shift 2

root=$(cd "$(dirname "$0")/.." && pwd)
bin=${JAVA_HOME:+$JAVA_HOME/bin/}

one_jar() { # the single file a glob names, or an explanation
  local matches=($1)
  if [ ! -f "${matches[0]}" ]; then
    echo "Not found: $1 (build the jars first: mvn -q -DskipTests package, or set $2)" >&2
    exit 1
  fi
  echo "${matches[0]}"
}

if [ -z "${HOOKWIRE_PROCESSOR_PATH:-}" ]; then
  processor=$(one_jar "$root/hooks-processor/target/hooks-processor-*[0-9T].jar" HOOKWIRE_PROCESSOR_PATH)
  javapoet=$(one_jar "$HOME/.m2/repository/com/palantir/javapoet/javapoet/*/javapoet-*[0-9].jar" HOOKWIRE_PROCESSOR_PATH)
  HOOKWIRE_PROCESSOR_PATH="$processor:$javapoet"
fi
if [ -z "${HOOKWIRE_CLASSPATH:-}" ]; then
  annotations=$(one_jar "$root/hooks-annotations/target/hooks-annotations-*[0-9T].jar" HOOKWIRE_CLASSPATH)
  runtime=$(one_jar "$root/hooks-runtime/target/hooks-runtime-*[0-9T].jar" HOOKWIRE_CLASSPATH)
  HOOKWIRE_CLASSPATH="$annotations:$runtime"
fi

mkdir -p "$out/classes" "$out/generated"
sources="$out/sources.txt"
find "$src" -name '*.java' | sort > "$sources"

# shellcheck disable=SC2086 # JAVAC_OPTIONS is a list of options
"${bin}javac" ${JAVAC_OPTIONS:---release 17 -Xlint:all -Werror} \
  -processorpath "$HOOKWIRE_PROCESSOR_PATH" \
  -classpath "$HOOKWIRE_CLASSPATH" \
  -d "$out/classes" -s "$out/generated" \
  @"$sources"
echo "javac: compiled $(wc -l < "$sources") sources; generated: $(cd "$out/generated" && find . -name '*.java' | sed 's|^\./||' | sort | tr '\n' ' ')"

if [ $# -gt 0 ]; then
  main=$1
  shift
  exec "${bin}java" -classpath "$out/classes:$HOOKWIRE_CLASSPATH" "$main" "$@"
fi
