#!/usr/bin/env bash
# make-corpus.sh - build a benchmark corpus of real gettext PO files from
# Debian's translations.
#
# Usage:
#   bench/make-corpus.sh OUT small|medium|full [--debs DIR] [--force] [--jobs N]
#   bench/make-corpus.sh --list small|medium|full   # print the packages used
#
# What it does
#   For every package that bench/corpus-packages.txt selects for the size,
#   `apt-get download` the .deb (or reuse DIR/<package>_*.deb when --debs DIR
#   already holds one), `dpkg-deb -x` it, and convert every
#   usr/share/locale/<lang>/LC_MESSAGES/<domain>.mo with plain `msgunfmt`
#   (default output style) to
#       OUT/<package>/<domain>/<lang>.po
#   <lang> is the locale directory name as shipped (pt_BR, sr@latin, en@quot...).
#   The C and POSIX locales are skipped; everything else is kept. Catalogs that
#   msgunfmt rejects, catalogs holding no message, and symlinked catalogs are
#   skipped with a warning.
#
# Outputs in OUT
#   MANIFEST.jsonl  one line per PO file, sorted by path:
#                   {"file","package","domain","lang","units","translated"}
#   PACKAGES.tsv    package, version, .deb file, files, units, translated
#   .complete       stamp: line 1 = size name, line 2 = hash of the package
#                   selection. If it matches, the script exits 0 at once
#                   (cache) unless --force is given.
#
# Counting
#   units      = messages in the PO file except the header entry (an entry
#                with a msgctxt or a non-empty msgid); a plural entry
#                (msgid + msgid_plural) is ONE unit.
#   translated = units whose msgstr (or every msgstr[N]) is non-empty; a plural
#                unit counts as ONE translated pair, whatever its number of
#                forms. msgfmt drops untranslated and fuzzy messages, so
#                translated is (almost) always equal to units.
#
# Sizes (bookworm, see corpus-packages.txt for the per-package numbers)
#   small  ~28k pairs, medium ~200k pairs, full ~1.31M pairs; each smaller
#   size is a prefix subset (by tier) of the full package list.
#
# Requirements: apt-get, dpkg-deb, msgunfmt (gettext). When run as root,
# missing tools are installed with apt-get (running `apt-get update` first if
# the install fails). The only network access is apt's.
#
# Downloads go to --debs DIR (kept, and reused on later runs) or to a
# temporary directory that is removed at exit. A .deb already present in DIR
# is used as is, whatever its version, so a kept DIR makes rebuilds
# reproducible and offline.

set -euo pipefail
export LC_ALL=C

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PKG_LIST=${TRANSLINT_CORPUS_PACKAGES:-$SCRIPT_DIR/corpus-packages.txt}
PROG=$(basename "$0")

usage() {
  cat >&2 <<EOF
usage: $PROG OUT small|medium|full [--debs DIR] [--force] [--jobs N]
       $PROG --list small|medium|full
EOF
  exit 2
}
die() { printf '%s: error: %s\n' "$PROG" "$*" >&2; exit 1; }
warn() { printf '%s: warning: %s\n' "$PROG" "$*" >&2; }
info() { printf '%s: %s\n' "$PROG" "$*" >&2; }

# ---------------------------------------------------------------- arguments
OUT="" SIZE="" DEBS_DIR="" FORCE=0 LIST_ONLY=0
JOBS=$(nproc 2>/dev/null || echo 2)
positional=()
while (($#)); do
  case $1 in
    --debs) (($# >= 2)) || usage; DEBS_DIR=$2; shift 2 ;;
    --debs=*) DEBS_DIR=${1#--debs=}; shift ;;
    --force) FORCE=1; shift ;;
    --jobs) (($# >= 2)) || usage; JOBS=$2; shift 2 ;;
    --jobs=*) JOBS=${1#--jobs=}; shift ;;
    --list) LIST_ONLY=1; shift ;;
    -h|--help) usage ;;
    -*) printf '%s: unknown option %s\n' "$PROG" "$1" >&2; usage ;;
    *) positional+=("$1"); shift ;;
  esac
done
if ((LIST_ONLY)); then
  ((${#positional[@]} == 1)) || usage
  SIZE=${positional[0]}
else
  ((${#positional[@]} == 2)) || usage
  OUT=${positional[0]} SIZE=${positional[1]}
fi
case $SIZE in small|medium|full) ;; *) die "size must be small, medium or full (got '$SIZE')" ;; esac
[[ $JOBS =~ ^[1-9][0-9]*$ ]] || die "--jobs needs a positive integer (got '$JOBS')"
[[ -r $PKG_LIST ]] || die "package list not found: $PKG_LIST"

# ---------------------------------------------------------- package selection
# Prints the packages of $1 in list order; validates the list.
select_packages() {
  awk -v size="$1" -v list="$PKG_LIST" '
    BEGIN { rank["small"] = 1; rank["medium"] = 2; rank["full"] = 3 }
    { sub(/#.*/, "") }
    NF == 0 { next }
    {
      pkg = $1; tier = (NF >= 2 ? $2 : "full")
      if (NF > 2 || !(tier in rank) || pkg !~ /^[a-z0-9][a-z0-9.+-]+$/) {
        printf "%s:%d: bad line: %s\n", list, NR, $0 > "/dev/stderr"; bad = 1; exit 1
      }
      if (pkg in seen) { printf "%s:%d: duplicate package %s\n", list, NR, pkg > "/dev/stderr"; bad = 1; exit 1 }
      seen[pkg] = 1
      if (rank[tier] <= rank[size]) print pkg
    }
    END { if (bad) exit 1 }
  ' "$PKG_LIST"
}
PACKAGES=()
mapfile -t PACKAGES < <(select_packages "$SIZE") || true
select_packages "$SIZE" >/dev/null || die "invalid package list $PKG_LIST"
((${#PACKAGES[@]} > 0)) || die "no packages selected for size $SIZE in $PKG_LIST"

if ((LIST_ONLY)); then
  printf '%s\n' "${PACKAGES[@]}"
  exit 0
fi

SELECTION_HASH=$(printf '%s\n' "${PACKAGES[@]}" | sha256sum | cut -c1-16)
STAMP_WANT=$(printf '%s\npackages %s' "$SIZE" "$SELECTION_HASH")

# -------------------------------------------------------------- summary
summary() { # summary DIR LABEL ELAPSED
  awk -v dir="$1" -v label="$2" -v elapsed="$3" '
    {
      if (match($0, /"package":"[^"]*"/)) pk[substr($0, RSTART + 11, RLENGTH - 12)] = 1
      if (match($0, /"units":[0-9]+/)) u += substr($0, RSTART + 8, RLENGTH - 8)
      if (match($0, /"translated":[0-9]+/)) t += substr($0, RSTART + 13, RLENGTH - 13)
      f++
    }
    END {
      n = 0; for (p in pk) n++
      printf "corpus %s (%s)\n", dir, label
      printf "  packages:          %d\n", n
      printf "  files:             %d\n", f
      printf "  units:             %d\n", u
      printf "  translated pairs:  %d\n", t
      if (elapsed != "") printf "  elapsed:           %ss\n", elapsed
    }
  ' "$1/MANIFEST.jsonl"
}

# ---------------------------------------------------------------- cache
OUT=${OUT%/}
[[ -n $OUT ]] || die "OUT must not be empty"
if [[ $OUT != /* ]]; then OUT=$PWD/$OUT; fi
if ((!FORCE)) && [[ -f $OUT/.complete && -f $OUT/MANIFEST.jsonl ]] &&
   [[ $(cat "$OUT/.complete") == "$STAMP_WANT" ]]; then
  summary "$OUT" "$SIZE, cached; --force rebuilds" ""
  exit 0
fi
if [[ -e $OUT ]]; then
  [[ -d $OUT ]] || die "$OUT exists and is not a directory"
  if ((!FORCE)) && [[ -n $(ls -A "$OUT") && ! -e $OUT/.complete && ! -e $OUT/MANIFEST.jsonl ]]; then
    die "$OUT exists, is not empty and does not look like a corpus; use --force to replace it"
  fi
fi

START=$SECONDS

# ---------------------------------------------------------------- tools
IS_ROOT=0; [[ $(id -u) == 0 ]] && IS_ROOT=1
command -v apt-get >/dev/null || die "apt-get not found: this script needs a Debian-based system"
need=()
command -v dpkg-deb >/dev/null || need+=(dpkg)
command -v msgunfmt >/dev/null || need+=(gettext)
if ((${#need[@]})); then
  ((IS_ROOT)) || die "missing tools (Debian packages: ${need[*]}); install them or run as root"
  info "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y --no-install-recommends "${need[@]}" >&2; then
    apt-get update >&2 || die "apt-get update failed"
    apt-get install -y --no-install-recommends "${need[@]}" >&2 || die "cannot install ${need[*]}"
  fi
  command -v dpkg-deb >/dev/null && command -v msgunfmt >/dev/null || die "tools still missing after install"
fi

# ---------------------------------------------------------------- scratch
TMP=$(mktemp -d "${TMPDIR:-/tmp}/translint-corpus.XXXXXX")
BUILD="$OUT.partial.$$"
cleanup() { rm -rf "$TMP" "$BUILD"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$(dirname "$OUT")"
rm -rf "$BUILD"; mkdir "$BUILD"

# ---------------------------------------------------------------- downloads
if [[ -n $DEBS_DIR ]]; then
  mkdir -p "$DEBS_DIR" || die "cannot create $DEBS_DIR"
  DEBS_DIR=$(cd "$DEBS_DIR" && pwd)
else
  DEBS_DIR=$TMP/debs; mkdir "$DEBS_DIR"
fi

find_deb() { # newest DIR/<pkg>_*.deb, or nothing
  local f
  f=$(find "$DEBS_DIR" -maxdepth 1 -type f -name "$1_*.deb" | sort -V | tail -n 1)
  printf '%s' "$f"
}

missing=()
for pkg in "${PACKAGES[@]}"; do
  [[ -n $(find_deb "$pkg") ]] || missing+=("$pkg")
done
if ((${#missing[@]})); then
  info "downloading ${#missing[@]} package(s) into $DEBS_DIR"
  apt_opts=(-q)
  # root: let apt write straight into DIR (its _apt sandbox user may not).
  ((IS_ROOT)) && apt_opts+=(-o APT::Sandbox::User=root)
  if ! (cd "$DEBS_DIR" && apt-get download "${apt_opts[@]}" "${missing[@]}" >&2); then
    if ((IS_ROOT)); then
      info "apt-get download failed; running apt-get update and retrying"
      apt-get update >&2 || die "apt-get update failed"
      (cd "$DEBS_DIR" && apt-get download "${apt_opts[@]}" "${missing[@]}" >&2) ||
        die "apt-get download failed for: ${missing[*]}"
    else
      die "apt-get download failed for: ${missing[*]} (try 'apt-get update' as root)"
    fi
  fi
fi

# ---------------------------------------------------------------- extract
info "extracting ${#PACKAGES[@]} package(s)"
TASKS=$TMP/tasks
: > "$TASKS"
: > "$TMP/packages.tsv"
for pkg in "${PACKAGES[@]}"; do
  deb=$(find_deb "$pkg")
  [[ -n $deb ]] || die "no .deb for $pkg in $DEBS_DIR after download"
  name=$(dpkg-deb --field "$deb" Package) || die "not a valid .deb: $deb"
  [[ $name == "$pkg" ]] || die "$deb is package '$name', expected '$pkg'"
  version=$(dpkg-deb --field "$deb" Version)
  printf '%s\t%s\t%s\n' "$pkg" "$version" "$(basename "$deb")" >> "$TMP/packages.tsv"
  x=$TMP/x/$pkg
  mkdir -p "$x"
  dpkg-deb -x "$deb" "$x" || die "dpkg-deb -x failed for $deb"
  n=0
  if [[ -d $x/usr/share/locale ]]; then
    while IFS= read -r -d '' mo; do
      rel=${mo#"$x/usr/share/locale/"}      # <lang>/LC_MESSAGES/<domain>.mo
      lang=${rel%%/*}
      domain=${rel##*/}; domain=${domain%.mo}
      case $lang in C|POSIX|C.*|POSIX.*) continue ;; esac
      if [[ -L $mo ]]; then warn "skipping symlinked catalog $pkg:$rel"; continue; fi
      [[ $domain != */* && -n $domain ]] || continue
      printf '%s\0%s\0' "$mo" "$pkg/$domain/$lang.po" >> "$TASKS"
      n=$((n + 1))
    done < <(find "$x/usr/share/locale" -mindepth 3 -maxdepth 3 \
               -path '*/LC_MESSAGES/*.mo' \( -type f -o -type l \) -print0 | sort -z)
  fi
  ((n > 0)) || warn "$pkg ships no usr/share/locale/*/LC_MESSAGES/*.mo catalogs"
done

# ---------------------------------------------------------------- convert
# Counts units / translated units of each PO file named on the command line
# (see "Counting" above); prints "REL<TAB>UNITS<TAB>TRANSLATED" per file,
# REL being the path without the "prefix" variable.
COUNT_AWK='
function flush() {
  if (inent && (ctx || idne)) { u[cur]++; if (nstr > 0 && nstrne == nstr) t[cur]++ }
  inent = 0; ctx = 0; idne = 0; nstr = 0; nstrne = 0; strne = 0; field = ""
}
FNR == 1 { flush(); cur = FILENAME }
/^msgctxt / { flush(); inent = 1; ctx = 1; field = "ctx"; next }
/^msgid / {
  if (field != "ctx") { flush(); inent = 1 }
  field = "id"; if (substr($0, 7) != "\"\"") idne = 1; next
}
/^msgid_plural / { field = "idp"; next }
/^msgstr/ {
  field = "str"; nstr++; s = $0; sub(/^msgstr(\[[0-9]+\])? /, "", s)
  strne = (s != "\"\""); if (strne) nstrne++; next
}
/^"/ {
  if ($0 != "\"\"") {
    if (field == "id") idne = 1
    else if (field == "str" && !strne) { strne = 1; nstrne++ }
  }
  next
}
END {
  flush()
  for (i = 1; i < ARGC; i++) {
    f = ARGV[i]; rel = substr(f, length(prefix) + 1)
    printf "ok\t%s\t%d\t%d\n", rel, u[f], t[f]
  }
}
'
convert_batch() { # pairs of: MO REL ; prints "ok REL UNITS TRANS" / "skip REL"
  local mo rel out err=$BUILD/.err.$BASHPID
  local -a oks=()
  while (($# >= 2)); do
    mo=$1 rel=$2; shift 2
    out=$BUILD/$rel
    if msgunfmt -o "$out" "$mo" 2> "$err"; then
      if [[ -s $out ]]; then
        oks+=("$out")
      else # a catalog holding no message (msgunfmt then writes no file)
        printf '%s: warning: empty catalog, skipping %s\n' make-corpus.sh "$rel" >&2
        rm -f "$out"
        printf 'skip\t%s\n' "$rel"
      fi
    else
      printf '%s: warning: msgunfmt failed, skipping %s: %s\n' make-corpus.sh "$rel" "$(<"$err")" >&2
      rm -f "$out"
      printf 'skip\t%s\n' "$rel"
    fi
  done
  rm -f "$err"
  if ((${#oks[@]})); then awk -v prefix="$BUILD/" "$COUNT_AWK" "${oks[@]}" || return 1; fi
}
export BUILD COUNT_AWK
export -f convert_batch

ntasks=$(( $(tr -cd '\0' < "$TASKS" | wc -c) / 2 ))
# Create the output directories up front (one process instead of one per file).
tr '\0' '\n' < "$TASKS" | awk 'NR % 2 == 0 { sub(/\/[^\/]*$/, ""); print }' | sort -u |
  (cd "$BUILD" && xargs -r mkdir -p)
info "converting $ntasks catalog(s) with msgunfmt ($JOBS job(s))"
xargs -0 -n 64 -P "$JOBS" bash -c 'convert_batch "$@"' _ < "$TASKS" > "$TMP/results" ||
  die "conversion failed"
nok=$(grep -c '^ok' "$TMP/results" || true)
nskip=$(grep -c '^skip' "$TMP/results" || true)
((nok + nskip == ntasks)) || die "conversion lost catalogs ($nok + $nskip != $ntasks)"
((nok > 0)) || die "no catalogs converted"
((nskip == 0)) || warn "$nskip catalog(s) skipped"
find "$BUILD" -mindepth 1 -type d -empty -delete   # dirs of skipped catalogs

# ---------------------------------------------------------------- manifest
grep '^ok' "$TMP/results" | cut -f2- | sort -t "$(printf '\t')" -k1,1 |
  awk -F'\t' '
    function js(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return "\"" s "\"" }
    {
      n = split($1, p, "/"); lang = p[3]; sub(/\.po$/, "", lang)
      printf "{\"file\":%s,\"package\":%s,\"domain\":%s,\"lang\":%s,\"units\":%d,\"translated\":%d}\n",
        js($1), js(p[1]), js(p[2]), js(lang), $2, $3
    }' > "$BUILD/MANIFEST.jsonl"

{
  printf 'package\tversion\tdeb\tfiles\tunits\ttranslated\n'
  grep '^ok' "$TMP/results" | cut -f2- |
    awk -F'\t' 'FNR == NR { split($1, p, "/"); f[p[1]]++; u[p[1]] += $2; t[p[1]] += $3; next }
                { printf "%s\t%d\t%d\t%d\n", $0, f[$1], u[$1], t[$1] }' - "$TMP/packages.tsv"
} > "$BUILD/PACKAGES.tsv"

printf '%s\n' "$STAMP_WANT" > "$BUILD/.complete"

# ---------------------------------------------------------------- install
rm -rf "$TMP/x"
if [[ -e $OUT ]]; then rm -rf "$OUT"; fi
mv "$BUILD" "$OUT"
summary "$OUT" "$SIZE" "$((SECONDS - START))"
