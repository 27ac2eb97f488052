# Shared by the end-to-end scripts (sourced): counters, `check` and `status_is`, and the
# closing 'N passed, N failed' line. The sourcing script sets $work before using status_is.
passed=0
failed=0
check() { # name, command...
    local name="$1"
    shift
    if "$@"; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}
status_is() { # expected status, command... (stdout in $work/out, stderr in $work/err)
    local expected="$1"
    shift
    "$@" >"$work/out" 2>"$work/err"
    local status=$?
    [ "$status" -eq "$expected" ] || { echo "  status $status, expected $expected"; cat "$work/err"; return 1; }
}
finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}
