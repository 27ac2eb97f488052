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

# The tmux pane of "$session" (the sourcing script sets it), and waits on what it shows.
pane() { tmux capture-pane -p -t "$session" 2>/dev/null; }
shows() { # text: waits up to 5 s until the pane shows it (fixed string)
    local i
    for i in $(seq 1 50); do
        pane | grep -qF -- "$1" && return 0
        sleep 0.1
    done
    echo "  pane does not show: $1"
    pane | sed 's/^/  | /'
    return 1
}
lacks() { # text: waits up to 5 s until the pane no longer shows it
    local i
    for i in $(seq 1 50); do
        pane | grep -qF -- "$1" || return 0
        sleep 0.1
    done
    echo "  pane still shows: $1"
    return 1
}
to_top() { # Esc one step at a time (no burst) in "$session" until the agency list shows
    local i
    for i in $(seq 1 10); do
        pane | grep -qF "Pilih instansi" && return 0
        tmux send-keys -t "$session" Escape
        sleep 0.3
    done
    shows "Pilih instansi"
}
