#!/usr/bin/env bash
# End-to-end checks of how input arrives (issue 11, Input): CRLF decrees, import time and a size
# limit, and jangka waktu texts that are not time limits. Prints 'N passed, N failed' at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
swift build >/dev/null
bin="$(swift build --show-bin-path)/loket"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
source .ci/lib.sh
seeds="$PWD/seed/decrees"
export LOKET_DB="$work/loket.sqlite"
cd "$work"
"$bin" >/dev/null 2>&1   # creates and seeds the database

# CRLF: a decree saved on Windows imports exactly as the original.
mkdir crlf
for seed in "$seeds"/*.txt; do
    name="$(basename "$seed")"
    sed 's/$/\r/' "$seed" >"crlf/$name"
    check "CRLF copy of ${name%%_*} has CRLF line ends" grep -q $'\r$' "crlf/$name"
    check "  imports as the original (dry-run JSON identical)" \
        cmp -s <("$bin" import --dry-run --format json "$seed") <("$bin" import --dry-run --format json "crlf/$name")
    check "  and as the original (report identical)" \
        cmp -s <("$bin" import --dry-run "$seed") <("$bin" import --dry-run "crlf/$name")
done
check "a CRLF copy of an imported seed changes nothing" bash -c "'$bin' import crlf/004_*.txt | grep -q 'Tidak berubah'"

# Size: above 20 MB refused before it is read; below, time grows with the size, not faster.
head -c 20000001 /dev/zero | tr '\0' 'a' >big.txt
check "a file above 20 MB: exit 65" status_is 65 "$bin" import --dry-run big.txt
check "  says it is too large, and the limit" grep -q "berkas terlalu besar untuk sebuah keputusan (20.000.001 bita; batasnya 20 MB)" "$work/err"
check "  also when importing for real, nothing written" bash -c "! '$bin' import big.txt 2>/dev/null && [ \"\$(sqlite3 '$LOKET_DB' 'select count(*) from catalogRevision')\" = 5 ]"
python3 - <<'PY'
import random, string
random.seed(11)
def word(): return "".join(random.choice(string.ascii_lowercase) for _ in range(random.randint(2, 9)))
def words(): return " ".join(word() for _ in range(random.randint(1, 8)))
shapes = {
    # the issue's repro: random words with tabs and `1.`
    "words": lambda: random.choice(["1.\t" + words() + "\t" + words(), "\t" + words(), words(), "\t" + words() + "\t" + words()]),
    # one row continued by TAB-led lines for a megabyte (was quadratic: 200 kB took minutes)
    "continued": lambda: "\t" + words() + "\t" + words(),
    # markup in every continuation (emphasis, tags, entities)
    "markup": lambda: random.choice(["\t<p>" + words() + "</p>", "\t*" + words() + "*", "\t&amp; " + words(), "\t<" + words()]),
}
for name, line in shapes.items():
    out, size = ["Layanan Uji", "1.\tPersyaratan\tKTP"], 0
    while size < 1_000_000:
        out.append(line()); size += len(out[-1]) + 1
    open(f"{name}.txt", "w").write("\n".join(out) + "\n")
PY
for shape in words continued markup; do
    check "1 MB of '$shape' lines imports within 90 s (debug build)" \
        bash -c "timeout 90 '$bin' import --dry-run $shape.txt >/dev/null"
done

# Jangka waktu texts that are not time limits.
check "deadline '-5 hari kerja': exit 64, not the help" status_is 64 "$bin" deadline --agency SDDEN "-5 hari kerja"
check "  says why, in Indonesian" grep -q "diawali tanda minus tetapi bukan opsi" "$work/err"
check "  prints no help" bash -c "! grep -q -i 'usage\|OPTIONS' '$work/out' '$work/err'"
check "deadline -- '-5 hari kerja': unreadable, not 5 hari kerja" bash -c "'$bin' deadline --agency SDDEN --format json -- '-5 hari kerja' | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d[\"reading\"] == {\"kind\": \"open\"} and d[\"deadline\"] is None, d
assert any(\"bukan jumlah bulat positif\" in w for w in d[\"warnings\"]), d
'"
for text in "1e308 hari" "1E3 hari" "1,5 hari" "0.5 jam"; do
    check "deadline '$text': unreadable, not another amount" bash -c "'$bin' deadline --agency SDDEN --format json '$text' | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d[\"reading\"][\"kind\"] == \"open\" and d[\"deadline\"] is None, d
'"
done
check "deadline '5-7 hari' still reads as a range" bash -c "'$bin' deadline --agency SDDEN --format json '5-7 hari' | grep -q '\"range\"'"
check "service time-limit '-3 hari': exit 64" status_is 64 "$bin" service time-limit "#34" "-3 hari" --reason x
check "  nothing changed" test "$(sqlite3 "$LOKET_DB" 'select count(*) from timeLimitOverride')" = 0

finish
