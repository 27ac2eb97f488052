// The wide-character ncurses API for Swift. Only the terminal backend (LoketTerminal) imports it.
#ifndef LOKET_CNCURSESW_SHIM_H
#define LOKET_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <stdio.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Function-like macros Swift cannot import.
static inline int loket_attr_bold(void) { return (int)A_BOLD; }
static inline int loket_attr_reverse(void) { return (int)A_REVERSE; }
static inline int loket_attr_underline(void) { return (int)A_UNDERLINE; }
static inline int loket_attr_dim(void) { return (int)A_DIM; }
static inline int loket_attr_normal(void) { return (int)A_NORMAL; }
static inline int loket_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int loket_key_f(int n) { return KEY_F(n); }
static inline WINDOW *loket_stdscr(void) { return stdscr; }
static inline FILE *loket_stdin(void) { return stdin; }
static inline FILE *loket_stdout(void) { return stdout; }
static inline int loket_lines(void) { return LINES; }
static inline int loket_cols(void) { return COLS; }
// Whether the terminal (after newterm) can move the cursor: without `cup` (TERM=dumb) a
// full-screen interface draws garbage.
static inline int loket_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != 0 && cup != (char *)-1;
}

// Whether terminfo has an entry for `name`, found without starting curses (so that nothing
// is written to the terminal): setupterm into a fresh TERMINAL, then freed. Declared here
// rather than through <term.h>, whose capability macros (`lines`, `columns`, ...) would leak
// into Swift.
struct term;
extern int setupterm(const char *, int, int *);
extern struct term *set_curterm(struct term *);
extern int del_curterm(struct term *);
static inline int loket_terminfo_knows(const char *name) {
    int error = 0;
    struct term *before = set_curterm((struct term *)0);
    int found = setupterm(name, 1, &error) == 0;
    struct term *probe = set_curterm(before);
    if (probe != 0 && probe != before) { del_curterm(probe); }
    return found && error == 1;
}

#endif
