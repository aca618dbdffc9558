//! Reading a dictionary file line by line, without its comments.
//!
//! Every PETRARCH/Phoenix file mixes three kinds of text that are not entries:
//!
//! * `#` comments, to the end of the line (`GOLLUM  # the ring-bearer`);
//! * XML-style markup lines, which the files use for headers and commented-out blocks: a
//!   line whose first non-blank character is `<` (`<!-- … -->`, `<! -- … -->`, `<Sets>`);
//! * blank lines.
//!
//! The loaders do not all treat these alike, and [`Syntax`] says how each one does, so that
//! each keeps reading its files exactly as it always has:
//!
//! | file | `#` comment | `<!--` without `-->` | blank line | preset |
//! |---|---|---|---|---|
//! | actors, agents | from the first `#` | opens a block to the line holding `-->` | skipped | [`Syntax::ACTORS`] |
//! | verbs | from the first `#` outside `[…]`: `[###]` is a code | opens a block | yielded: it ends a synonym set | [`Syntax::VERBS`] |
//! | discards | from the first `#` | skips that line only | skipped | [`Syntax::DISCARDS`] |
//!
//! Why they differ: verb codes may be written with `#` (TABARI's `[###]`), which actor
//! codes never are; a verb file's `&SET` lists end at a blank line but not at a comment
//! line; and the discards loader has never tracked multi-line markup comments (the shipped
//! discard file has none), so it keeps doing without.

/// How a line's `#` comment is found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HashComments {
    /// Everything from the first `#` on is a comment.
    Anywhere,
    /// A `#` inside a `[code]` belongs to the code (`[###]`); the first `#` outside one
    /// starts the comment.
    OutsideBrackets,
}

/// How markup lines (first non-blank character `<`) are skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Markup {
    /// A markup line holding `<!--` but not `-->` opens a comment block that runs to the
    /// next line holding `-->`; every line of it is skipped.
    Blocks,
    /// Each markup line is skipped on its own; `<!--` opens nothing.
    Lines,
}

/// The comment conventions of one dictionary format (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Syntax {
    comments: HashComments,
    markup: Markup,
    /// Yield blank lines (with empty [`Line::text`]) instead of skipping them. Lines that
    /// are empty only once their comment is removed are skipped either way.
    blank_lines: bool,
}

impl Syntax {
    /// Actor and agent files (`Phoenix.*.actors.txt`, `Phoenix.agents.txt`).
    pub const ACTORS: Syntax = Syntax {
        comments: HashComments::Anywhere,
        markup: Markup::Blocks,
        blank_lines: false,
    };
    /// Verb files (`CAMEO.2.0.txt`, `factum.verbs.txt`).
    pub const VERBS: Syntax = Syntax {
        comments: HashComments::OutsideBrackets,
        markup: Markup::Blocks,
        blank_lines: true,
    };
    /// Discard files (`Phoenix.discards.txt`).
    pub const DISCARDS: Syntax = Syntax {
        comments: HashComments::Anywhere,
        markup: Markup::Lines,
        blank_lines: false,
    };
}

/// One line of a dictionary with its comment removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// 0-based index of the line in the file.
    pub index: usize,
    /// The line without its comment, trimmed; empty only for a blank line, which only
    /// [`Syntax::VERBS`] yields.
    pub text: &'a str,
}

impl Line<'_> {
    /// The 1-based line number errors and provenance use.
    pub fn number(&self) -> u32 {
        self.index as u32 + 1
    }
}

/// The entry lines of `text` read with `syntax`.
pub fn lines(text: &str, syntax: Syntax) -> Lines<'_> {
    Lines {
        lines: text.lines().enumerate(),
        syntax,
        in_comment: false,
    }
}

/// Iterator over a dictionary's entry lines; see [`lines`].
#[derive(Debug, Clone)]
pub struct Lines<'a> {
    lines: std::iter::Enumerate<std::str::Lines<'a>>,
    syntax: Syntax,
    /// Inside a `<!-- … -->` block that started on an earlier line.
    in_comment: bool,
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        for (index, raw) in self.lines.by_ref() {
            if self.in_comment {
                if raw.contains("-->") {
                    self.in_comment = false;
                }
                continue;
            }
            if raw.trim_start().starts_with('<') {
                if self.syntax.markup == Markup::Blocks
                    && raw.contains("<!--")
                    && !raw.contains("-->")
                {
                    self.in_comment = true;
                }
                continue;
            }
            let text = strip_comment(raw, self.syntax.comments).trim();
            if !text.is_empty() || (self.syntax.blank_lines && raw.trim().is_empty()) {
                return Some(Line { index, text });
            }
        }
        None
    }
}

/// `line` without its `#` comment.
fn strip_comment(line: &str, comments: HashComments) -> &str {
    let mut depth = 0i32;
    for (i, c) in line.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            '#' if comments == HashComments::Anywhere || depth <= 0 => return &line[..i],
            _ => {}
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, syntax: Syntax) -> Vec<(u32, &str)> {
        lines(text, syntax).map(|l| (l.number(), l.text)).collect()
    }

    const FILE: &str = "A [X#1] # c\n\n# only a comment\n<!-- open\nhidden\n-->\n<Sets>\n  B  \n";

    #[test]
    fn actors_skip_comments_blocks_and_blanks() {
        assert_eq!(texts(FILE, Syntax::ACTORS), vec![(1, "A [X"), (8, "B")]);
    }

    #[test]
    fn verbs_keep_hashes_in_codes_and_yield_blank_lines() {
        assert_eq!(
            texts(FILE, Syntax::VERBS),
            vec![(1, "A [X#1]"), (2, ""), (8, "B")]
        );
    }

    #[test]
    fn discards_skip_markup_lines_one_at_a_time() {
        assert_eq!(
            texts(FILE, Syntax::DISCARDS),
            vec![(1, "A [X"), (5, "hidden"), (6, "-->"), (8, "B")]
        );
    }
}
