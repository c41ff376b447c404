// Wide-character ncurses for Swift. pkg-config's -D flags are dropped by SwiftPM, so the
// wide API is switched on here; macros and globals that Swift cannot import become functions.
#ifndef TAHALUF_CNCURSESW_SHIM_H
#define TAHALUF_CNCURSESW_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static inline WINDOW *tah_stdscr(void) { return stdscr; }
static inline WINDOW *tah_curscr(void) { return curscr; }
static inline FILE *tah_stdout(void) { return stdout; }
static inline FILE *tah_stdin(void) { return stdin; }
static inline int tah_lines(void) { return LINES; }
static inline int tah_cols(void) { return COLS; }
static inline int tah_color_pairs(void) { return COLOR_PAIRS; }
static inline int tah_colors(void) { return COLORS; }
static inline void tah_set_escdelay(int ms) { set_escdelay(ms); }

static inline attr_t tah_a_normal(void) { return A_NORMAL; }
static inline attr_t tah_a_bold(void) { return A_BOLD; }
static inline attr_t tah_a_dim(void) { return A_DIM; }
static inline attr_t tah_a_reverse(void) { return A_REVERSE; }
static inline attr_t tah_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tah_a_italic(void) { return A_ITALIC; }
static inline attr_t tah_color_pair(int n) { return COLOR_PAIR(n); }

static inline int tah_key_resize(void) { return KEY_RESIZE; }
static inline int tah_key_mouse(void) { return KEY_MOUSE; }
static inline int tah_key_f(int n) { return KEY_F(n); }

static inline mmask_t tah_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t tah_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t tah_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t tah_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t tah_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t tah_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t tah_button5_pressed(void) { return BUTTON5_PRESSED; }

/// Is the current locale's codeset UTF-8? (call after setlocale)
static inline int tah_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    if (!cs) return 0;
    return (cs[0]=='U'||cs[0]=='u') && (cs[1]=='T'||cs[1]=='t') && (cs[2]=='F'||cs[2]=='f');
}
static inline mmask_t tah_button2_pressed(void) { return BUTTON2_PRESSED; }
static inline mmask_t tah_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t tah_button3_clicked(void) { return BUTTON3_CLICKED; }
static inline mmask_t tah_button1_triple_clicked(void) { return BUTTON1_TRIPLE_CLICKED; }

/// Can ncurses drive the terminal named `term` (NULL: $TERM) full screen?
/// 0: yes; 1: unknown terminal (no terminfo entry); 2: no terminfo database;
/// 3: hard-copy, generic (dumb) or no cursor addressing.
static inline int tah_check_terminal(const char *term, int fd) {
    int err = 0;
    TERMINAL *saved = cur_term;
    if (setupterm(term, fd, &err) != OK) {
        set_curterm(saved);
        return err == 0 ? 1 : 2;
    }
    int result = 0;
    char *cup = tigetstr("cup");
    if (tigetflag("hc") > 0 || tigetflag("gn") > 0 || cup == NULL || cup == (char *)-1) result = 3;
    TERMINAL *mine = set_curterm(saved);
    if (mine) del_curterm(mine);
    return result;
}

/// A terminfo string capability, or NULL when the terminal has none.
static inline const char *tah_tigetstr(const char *cap) {
    char *s = tigetstr(cap);
    return (s == NULL || s == (char *)-1) ? NULL : s;
}
/// The code wget_wch returns for a key terminfo names ("kLFT3": Alt-Left), or 0 if none.
static inline int tah_key_code(const char *cap) {
    const char *s = tah_tigetstr(cap);
    if (s == NULL) return 0;
    int code = key_defined(s);
    return code > 0 ? code : 0;
}
#endif
