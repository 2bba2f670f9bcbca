#!/usr/bin/env bash
# Builds MakeGood's native packages with the JDK's jpackage, into target/installer/.
#
#   installer/build.sh            Linux: app image + .deb       (tested)
#   installer/build.sh            macOS: app image + .dmg       (written for macOS, not tested)
#   installer/build.sh            Windows, in Git Bash: app image + .msi (not tested; needs WiX 3 on PATH)
#   installer/build.sh exe        Windows: an .exe installer instead of the .msi
#   installer/build.sh app-image  only the app image, on any system
#
# Needs a full JDK 17 with jmods (jlink, jdeps, jpackage) as JAVA_HOME or on PATH, and Maven.
# The jar (target/makegood.jar) is built with `mvn package` when it is missing or older than the sources.
# The app runs the shaded jar on the class path with a trimmed Java runtime made by jlink; JavaFX and its
# native libraries for this system are inside the jar, so a package must be built on the system it is for.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

case "$(uname -s)" in
  Linux*) os=linux; package=deb ;;
  Darwin*) os=mac; package=dmg ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; package=msi ;;
  *) echo "Unknown system $(uname -s)" >&2; exit 1 ;;
esac
[ $# -gt 0 ] && package=$1

if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
fi
bin="$JAVA_HOME/bin"
if [ ! -d "$JAVA_HOME/jmods" ]; then
  echo "$JAVA_HOME has no jmods: jlink needs a full JDK 17 (Debian: apt-get install openjdk-17-jdk)." >&2
  exit 1
fi
if [ "$os" = linux ] && [ "$package" = deb ] && ! command -v fakeroot >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q fakeroot dpkg-dev; else
    echo "jpackage needs fakeroot for a .deb: sudo apt-get install fakeroot dpkg-dev" >&2; exit 1; fi
fi

# Name, version, description, vendor and copyright: from the pom and the messages the About dialog shows.
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
description=$(sed -n 's:^  <description>\(.*\)</description>.*:\1:p' pom.xml | head -1)
vendor=MakeGood
copyright=$(sed -n 's/^about.copyright=//p' src/main/resources/app/makegood/ui/messages.properties | sed 's/\\u00A9/©/')
app_version=${version%%-*}   # jpackage takes numbers only: 1.2.0-SNAPSHOT -> 1.2.0
if [ "$os" = mac ]; then
  # macOS wants a first version number of 1 or more: before 1.0 the bundle says 1.x.y instead of 0.x.y.
  case "$app_version" in 0.*) app_version="1.${app_version#0.}" ;; esac
fi
echo "MakeGood $version ($os, $package) with $("$bin/java" -version 2>&1 | head -1)"

jar=target/makegood.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml src/main assets -newer "$jar" -type f | head -1)" ]; then
  echo "Building $jar"
  mvn -q package -DskipTests
fi

out=target/installer
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"

# The Java modules the app needs: what jdeps finds in the code, plus those only loaded as services or by name:
# jdk.crypto.ec (TLS to mail servers), jdk.charsets (CSV in Windows encodings), jdk.localedata (dates and
# numbers in the user's language), jdk.zipfs (zip file system).
modules=$("$bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")
modules="$modules,jdk.crypto.ec,jdk.charsets,jdk.localedata,jdk.zipfs"
echo "Runtime modules: $modules"
# --generate-cds-archive: the runtime's own classes pre-parsed (class data sharing), so every start is quicker.
# The java command stays (no --strip-native-commands): the Linux package runs it once at install (below).
"$bin/jlink" --add-modules "$modules" --output "$out/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive

# Linux: the classes a start loads, listed from one start under Xvfb (when it can run here). The package's
# post-install step turns the list into a class-data-sharing archive at the installed path
# (/opt/makegood/lib/app/makegood.jsa; Java 17 ties an archive to the jar's absolute path, so it cannot be made
# here); the launcher reads it. Without the list or the archive MakeGood starts as it would without them.
cds_options=()
if [ "$os" = linux ] && command -v Xvfb >/dev/null; then
  n=120; while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  sleep 1
  classes_data=$(mktemp -d)
  if DISPLAY=":$n" "$out/runtime/bin/java" -Xlog:cds=off -XX:DumpLoadedClassList="$out/input/makegood.classlist" \
       -cp "$out/input/makegood.jar" app.makegood.Launcher --data-dir "$classes_data" --first-frame >/dev/null 2>&1; then
    echo "Class list for the archive: $(wc -l <"$out/input/makegood.classlist") classes"
    cds_options=(--java-options "-XX:SharedArchiveFile=\$APPDIR/makegood.jsa" --java-options "-Xlog:cds=off"
                 --java-options "-Xlog:cds+dynamic=off")
  else
    echo "No class list (the app did not start under Xvfb): the package installs without an archive."
    rm -f "$out/input/makegood.classlist"
  fi
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$classes_data"
fi

common=(
  --name MakeGood
  --app-version "$app_version"
  --vendor "$vendor"
  --copyright "$copyright"
  --description "$description"
  --input "$out/input"
  --main-jar makegood.jar
  --main-class app.makegood.Launcher
  --runtime-image "$out/runtime"
  --java-options "-Dfile.encoding=UTF-8"
  "${cds_options[@]}"
  --dest "$out"
)
case "$os" in
  linux) icon=(--icon installer/resources/makegood.png) ;;
  windows) icon=(--icon installer/resources/makegood.ico) ;;
  mac) icon=(--icon installer/resources/makegood.icns) ;;
esac

echo "jpackage: app image"
"$bin/jpackage" --type app-image "${common[@]}" "${icon[@]}"

if [ "$package" != app-image ]; then
  echo "jpackage: $package"
  case "$os" in
    linux)
      extra=(--linux-package-name makegood --linux-menu-group Office --linux-app-category office
             --linux-shortcut --linux-deb-maintainer "makegood@localhost"
             --linux-package-deps libgtk-3-0
             # Our own desktop entry: jpackage's lacks StartupWMClass, so docks showed no icon for the window.
             --resource-dir installer/resources/linux) ;;
    windows)
      # A fixed upgrade code lets a newer .msi replace an older one; keep it for ever.
      extra=(--win-menu --win-menu-group MakeGood --win-shortcut --win-dir-chooser
             --win-upgrade-uuid 6d7c1d0e-6a51-4c47-9a5e-3b1f2f0d8a11) ;;
    mac)
      extra=(--mac-package-name MakeGood --mac-package-identifier app.makegood) ;;
  esac
  "$bin/jpackage" --type "$package" "${common[@]}" "${icon[@]}" "${extra[@]}"
fi

rm -rf "$out/input" "$out/runtime"
echo "Done in $(( $(date +%s) - start )) s:"
du -sh "$out"/* 2>/dev/null
